// @vitest-environment node
/**
 * The English kinds of the thirty-ninth session (en39): apology-alone.en.ts, the closing intensified apology, luck hedge
 * and the hoping verb of kinds36.en.ts, the apology closing a thing handed over of kinds30.en.ts, the learner apology words
 * of families.en.ts, the payment hold of jargon39.en.ts. Look-alikes of other trades, spellings and registers are flagged
 * over the words given, and the contrasts stay silent there. The rows live in scripts/en-recall39-matrix.ts (outside the
 * contrast pool of the English learnt reader).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { ALONE39, FLAGGED39, HOLD39, HOLD_SILENT39, OURS39, QUOTED39, SILENT39 } from '../../../scripts/en-recall39-matrix.ts';

const read = (text: string, o: { exclude?: [number, number][] } = {}) => suggestRewrites(text, builtinPacks, { learnt: false, cache: false, ...o });
/** Whether a suggestion of one of `rules` covers `words` in `text`. */
const covers = (text: string, words: string, rules?: ReadonlySet<string>): boolean => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`«${words}» not in «${text}»`);
  return read(text).some((s) => (!rules || rules.has(s.ruleId)) && s.flagged.start < at + words.length && at < s.flagged.end);
};

describe('English recall 39: look-alikes flagged, contrasts silent', () => {
  for (const [text, words] of FLAGGED39)
    it(`flags «${words}» in «${text}»`, () => {
      expect(covers(text, words), JSON.stringify(read(text).map((s) => [s.ruleId, s.original]))).toBe(true);
    });
  for (const [text, words] of SILENT39)
    it(`leaves «${words}» in «${text}»`, () => {
      expect(covers(text, words, OURS39), JSON.stringify(read(text).map((s) => [s.ruleId, s.original]))).toBe(false);
    });
  it('reads only the draft its own: an apology alone in the quoted mail is the customer’s', () => {
    const at = QUOTED39.text.indexOf(QUOTED39.quoteFrom);
    expect(read(QUOTED39.text, { exclude: [[at, QUOTED39.text.length]] }).some((s) => s.ruleId === 'reflex-apology')).toBe(false);
  });
  it('is advice over the apology alone, in both UI languages, and keeps a silenced rule silent', () => {
    const s = read(ALONE39.text).find((x) => x.ruleId === 'reflex-apology');
    expect(s?.kind).toBe('advice');
    expect(s?.replacements).toEqual([]);
    expect(s?.original).toBe(ALONE39.words);
    const fa = suggestRewrites(ALONE39.text, builtinPacks, { learnt: false, cache: false, uiLang: 'fa' }).find((x) => x.ruleId === 'reflex-apology');
    expect(fa?.explanation).toMatch(/[\u0600-\u06FF]/);
    const silenced = suggestRewrites(ALONE39.text, builtinPacks, { learnt: false, cache: false, silenced: new Set(['tactful-generic/reflex-apology']) });
    expect(silenced.some((x) => x.ruleId === 'reflex-apology')).toBe(false);
  });
  for (const [text, term] of HOLD39)
    it(`reads the hold «${term}» in «${text}»`, () => {
      const s = read(text).find((x) => x.ruleId === 'jargon-hold-frame');
      expect(s?.original, JSON.stringify(read(text).map((x) => [x.ruleId, x.original]))).toBe(term);
      expect(s?.kind).toBe('advice');
      expect(s?.category).toBe('jargon');
    });
  for (const [text, words] of HOLD_SILENT39)
    it(`leaves the hold frame off «${words}» in «${text}»`, () => {
      expect(covers(text, words, new Set(['jargon-hold-frame'])), JSON.stringify(read(text).map((s) => [s.ruleId, s.original]))).toBe(false);
    });
});
