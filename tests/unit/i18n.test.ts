// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalogs, expandPlurals, t } from '../../lib/i18n/index.ts';

describe('UI strings', () => {
  for (const [name, cat] of Object.entries(catalogs)) {
    it(`${name}: every key exists, non-empty, in English and Persian with the same placeholders`, () => {
      const en = cat.en as Record<string, string>;
      const fa = cat.fa as Record<string, string>;
      expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(en[key].trim(), key).not.toBe('');
        expect(fa[key].trim(), key).not.toBe('');
        // Plain placeholders and plural selectors ({count, plural, ...}) name the same parameters in both.
        const ph = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort();
        expect(ph(fa[key]), key).toEqual(ph(en[key]));
        // Persian strings are written in Persian, not left in English (examples such as host names excepted).
        const words = en[key].replace(/\{\w+\}/g, '');
        const looksEnglish = /[A-Za-z]{4,}\s+[A-Za-z]{3,}/.test(words);
        const faHasPersian = /[\u0600-\u06ff]/.test(fa[key]);
        expect(looksEnglish && !faHasPersian, `fa.${key} looks untranslated: ${fa[key]}`).toBe(false);
      }
    });
  }
  it('keys are unique across catalogs', () => {
    const seen = new Map<string, string>();
    for (const [name, cat] of Object.entries(catalogs)) {
      for (const key of Object.keys(cat.en)) {
        expect(seen.get(key), `${key} in ${name} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });
  it('fills placeholders and formats numbers per language', () => {
    expect(t('en', 'core.sites.count', { count: 1200 })).toBe('1,200 sites');
    expect(t('fa', 'core.sites.count', { count: 12 })).toBe('۱۲ سایت');
    expect(t('en', 'core.write.failed', { reason: 'x' })).toBe('Could not write to the reply box: x');
  });
});

describe('plurals (Intl.PluralRules)', () => {
  it('says "1 rule" and "2 rules", and leaves Persian nouns singular after a number', () => {
    expect(t('en', 'packs.rules', { count: 1 })).toBe('1 rule');
    expect(t('en', 'packs.rules', { count: 2 })).toBe('2 rules');
    expect(t('en', 'packs.rules', { count: 0 })).toBe('0 rules');
    expect(t('en', 'core.sites.count', { count: 1 })).toBe('1 site');
    expect(t('en', 'packs.preview.errorCount', { count: 1 })).toBe('1 problem');
    expect(t('fa', 'packs.rules', { count: 1 })).toBe('۱ قاعده');
    expect(t('fa', 'packs.rules', { count: 5 })).toBe('۵ قاعده');
  });
  it('picks a form per parameter when one string counts several things', () => {
    expect(t('en', 'core.data.imported', { packs: 1, articles: 2, events: 1, sites: 0 })).toBe(
      'Backup restored: 1 pack, 2 articles, 1 tag event, 0 sites.',
    );
  });
  it('fills # with the number written for the language', () => {
    expect(expandPlurals('en', '{n, plural, one {# file} other {# files}}', { n: 1200 })).toBe('1,200 files');
    expect(expandPlurals('en', 'x {n, plural, =0 {none} other {#}} y', { n: 0 })).toBe('x none y');
  });
});
