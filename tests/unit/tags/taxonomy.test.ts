// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addTag,
  defaultTaxonomy,
  exportTaxonomy,
  mergeTags,
  moveTag,
  offeredTags,
  parseTaxonomy,
  recolorTag,
  renameTag,
  reorderTags,
  resolveTagId,
  retireTag,
  setOwnerTeam,
  tagName,
  unmergeTag,
  unretireTag,
  TagError,
} from '../../../lib/tags/index.ts';
import { isArabicScript } from '../../../lib/text/index.ts';

describe('default taxonomy', () => {
  const tax = defaultTaxonomy();
  it('has nine causes with English and Persian names, owners and colours, and parses', () => {
    expect(tax.tags.map((t) => t.id)).toEqual(['billing', 'product-info', 'order-data', 'delivery-delay', 'defect', 'ux', 'account', 'policy', 'other']);
    for (const t of tax.tags) {
      expect(t.name.en).toMatch(/[A-Za-z]/);
      expect([...t.name.fa].some(isArabicScript), t.id).toBe(true);
      expect([...t.description.fa].some(isArabicScript), t.id).toBe(true);
      expect(t.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(t.ownerTeam).not.toBe('');
    }
    expect(tax.tags.find((t) => t.id === 'billing')!.ownerTeam).toBe('finance');
    expect(parseTaxonomy(exportTaxonomy(tax))).toEqual({ ok: true, taxonomy: tax });
  });
  it('is a fresh object each call', () => {
    const a = defaultTaxonomy();
    a.tags[0].name.en = 'changed';
    expect(defaultTaxonomy().tags[0].name.en).not.toBe('changed');
  });
});

describe('taxonomy operations', () => {
  it('add, rename in both languages, recolour and set owner without touching the input', () => {
    const tax = defaultTaxonomy();
    const before = JSON.stringify(tax);
    let next = addTag(tax, { name: { en: 'Fraud report', fa: 'گزارش کلاهبرداری' }, color: '#112233', ownerTeam: 'risk' });
    const added = next.tags.at(-1)!;
    expect(added).toMatchObject({ id: 'fraud-report', order: 10, color: '#112233', ownerTeam: 'risk' });
    next = addTag(next, { name: { en: 'Fraud report' } });
    expect(next.tags.at(-1)!.id).toBe('fraud-report-2');
    next = renameTag(next, 'fraud-report', { fa: 'کلاهبرداری' });
    expect(next.tags.find((t) => t.id === 'fraud-report')!.name).toEqual({ en: 'Fraud report', fa: 'کلاهبرداری' });
    next = recolorTag(next, 'fraud-report', '#AABBCC');
    expect(next.tags.find((t) => t.id === 'fraud-report')!.color).toBe('#aabbcc');
    next = setOwnerTeam(next, 'fraud-report', ' security ');
    expect(next.tags.find((t) => t.id === 'fraud-report')!.ownerTeam).toBe('security');
    expect(JSON.stringify(tax)).toBe(before);
    expect(() => recolorTag(next, 'fraud-report', 'red')).toThrow(TagError);
    expect(() => renameTag(next, 'fraud-report', { en: '', fa: ' ' })).toThrow(TagError);
    expect(() => addTag(next, { name: {} })).toThrow(TagError);
    expect(parseTaxonomy(next).ok).toBe(true);
  });

  it('a Persian-only name gets a generated id and falls back for English', () => {
    const next = addTag(defaultTaxonomy(), { name: { fa: 'مرجوعی' } });
    const t = next.tags.at(-1)!;
    expect(t.id).toBe('tag');
    expect(tagName(t, 'en')).toBe('مرجوعی');
  });

  it('reorders and moves', () => {
    const tax = reorderTags(defaultTaxonomy(), ['other', 'policy']);
    expect(offeredTags(tax).slice(0, 3).map((t) => t.id)).toEqual(['other', 'policy', 'billing']);
    const moved = moveTag(tax, 'billing', -1);
    expect(offeredTags(moved).slice(0, 3).map((t) => t.id)).toEqual(['other', 'billing', 'policy']);
  });

  it('merge: from is marked, leaves the buttons, chains follow to the final target, cycles refused', () => {
    let tax = mergeTags(defaultTaxonomy(), 'ux', 'product-info');
    expect(tax.tags.find((t) => t.id === 'ux')!.mergedInto).toBe('product-info');
    expect(offeredTags(tax).map((t) => t.id)).not.toContain('ux');
    tax = mergeTags(tax, 'product-info', 'defect');
    expect(resolveTagId(tax, 'ux')).toBe('defect');
    expect(tax.tags.find((t) => t.id === 'ux')!.mergedInto).toBe('defect');
    expect(() => mergeTags(tax, 'defect', 'ux')).toThrow(TagError);
    expect(() => mergeTags(tax, 'defect', 'defect')).toThrow(TagError);
    tax = unmergeTag(tax, 'ux');
    expect(resolveTagId(tax, 'ux')).toBe('ux');
    expect(parseTaxonomy(tax).ok).toBe(true);
  });

  it('retire hides the button but keeps the tag; unretire brings it back', () => {
    const tax = retireTag(defaultTaxonomy(), 'policy');
    expect(tax.tags.find((t) => t.id === 'policy')!.retired).toBe(true);
    expect(offeredTags(tax).map((t) => t.id)).not.toContain('policy');
    expect(resolveTagId(tax, 'policy')).toBe('policy');
    expect(offeredTags(unretireTag(tax, 'policy')).map((t) => t.id)).toContain('policy');
  });
});

describe('parseTaxonomy', () => {
  it('reports JSON paths and imports nothing on error', () => {
    const tax = defaultTaxonomy();
    const bad = JSON.parse(JSON.stringify(tax));
    bad.tags[2].color = 'purple';
    bad.tags[4].id = bad.tags[1].id;
    bad.tags[5].mergedInto = 'nowhere';
    const r = parseTaxonomy(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toContain('tags[2].color');
    expect(paths).toContain('tags[4].id');
    expect(paths).toContain('tags[5].mergedInto');
    expect(r.errors.find((e) => e.path === 'tags[4].id')!.message).toMatch(/duplicate id "product-info"/);
    expect('taxonomy' in r).toBe(false);
  });
  it('rejects broken JSON, a wrong version and merge cycles', () => {
    expect(parseTaxonomy('{"formatVersion":1,')).toMatchObject({ ok: false, errors: [{ path: '$' }] });
    expect(parseTaxonomy({ formatVersion: 2, tags: [] })).toMatchObject({ ok: false, errors: [{ path: 'formatVersion' }] });
    const tax = defaultTaxonomy();
    tax.tags[0].mergedInto = 'product-info';
    tax.tags[1].mergedInto = 'billing';
    const r = parseTaxonomy(tax);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => /cycle/.test(e.message))).toBe(true);
  });
  it('accepts a UTF-8 BOM', () => {
    expect(parseTaxonomy('\uFEFF' + exportTaxonomy(defaultTaxonomy())).ok).toBe(true);
  });
});
