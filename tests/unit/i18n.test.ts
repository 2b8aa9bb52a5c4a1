import { describe, expect, it } from 'vitest';
import { catalogs, t } from '../../lib/i18n/index.ts';

describe('UI strings', () => {
  for (const [name, cat] of Object.entries(catalogs)) {
    it(`${name}: every key exists, non-empty, in English and Persian with the same placeholders`, () => {
      const en = cat.en as Record<string, string>;
      const fa = cat.fa as Record<string, string>;
      expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(en[key].trim(), key).not.toBe('');
        expect(fa[key].trim(), key).not.toBe('');
        const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
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
