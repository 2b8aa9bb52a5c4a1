// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { builtinPacks, parsePack, validatePackForInstall, type PhrasePack } from '../../../lib/packs/index.ts';
import { findInvisible } from '../../../lib/packs/invisible.ts';
import { starterPack } from '../../../lib/packs/cli.ts';

const ZWNJ = '\u200c';
const good = (): PhrasePack => structuredClone(starterPack('acme.en.billing'));
const withReplacement = (replacement: string, language?: 'fa'): PhrasePack => {
  const p = good();
  if (language) {
    p.languages = ['en', 'fa'];
    p.rules[0].language = 'fa';
  }
  p.rules[0].replacements = [p.rules[0].replacements[0], replacement];
  return p;
};
const errorsOf = (p: PhrasePack) => {
  const r = parsePack(p);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('invisible characters in replacements', () => {
  it('refuses a bidi override with its rule, replacement and character position', () => {
    expect(errorsOf(withReplacement('see the file \u202Egnp.exe'))).toEqual([
      "rules[0].replacements[1]: character 14 is the invisible character U+202E (right-to-left override), which would go unseen into the customer's reply; remove it",
    ]);
  });

  it('refuses isolates, embeddings, marks, zero-width characters, the BOM and tag characters', () => {
    for (const ch of ['\u2066', '\u2067', '\u2068', '\u2069', '\u202A', '\u202B', '\u202C', '\u202D', '\u200E', '\u200F', '\u061C', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u{E0041}', '\u{E0100}']) {
      const errors = errorsOf(withReplacement(`we will${ch} help`));
      expect(errors, `U+${ch.codePointAt(0)!.toString(16)}`).toHaveLength(1);
      expect(errors[0]).toMatch(/^rules\[0\]\.replacements\[1\]: character 8 is the invisible character U\+[0-9A-F]{4,5}/);
    }
  });

  it('allows ZWNJ between letters in Persian rules, where it is spelling, and nowhere else', () => {
    expect(findInvisible(`می${ZWNJ}توانم {item}${ZWNJ}ها را بفرستم`, 'fa')).toEqual([]);
    expect(findInvisible(`${ZWNJ}می توانم`, 'fa')).toEqual([{ at: 1, code: 0x200c }]);
    expect(findInvisible(`می ${ZWNJ}توانم`, 'fa')).toEqual([{ at: 4, code: 0x200c }]);
    expect(findInvisible(`can${ZWNJ}not`, 'en')).toEqual([{ at: 4, code: 0x200c }]);
    expect(errorsOf(withReplacement(`can${ZWNJ}not`))[0]).toMatch(/U\+200C \(zero-width non-joiner\).*it belongs only in Persian rules/);
  });

  it('allows the joiner and emoji presentation selector inside emoji, not in words', () => {
    expect(findInvisible('thanks 👩\u200d💻 ❤\ufe0f', 'en')).toEqual([]);
    expect(findInvisible('th\u200danks', 'en')).toEqual([{ at: 3, code: 0x200d }]);
  });

  it('is checked on install too, and every built-in pack passes', () => {
    const r = validatePackForInstall(withReplacement('we will \u2067help\u2069'));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['rules[0].replacements[1]', 'rules[0].replacements[1]']);
    expect(builtinPacks.length).toBeGreaterThan(1);
    for (const p of builtinPacks) expect(parsePack(p).ok).toBe(true);
  });
});
