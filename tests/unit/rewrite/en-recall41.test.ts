// @vitest-environment node
/**
 * The English readings of the forty-first session (en41): the customer's reading doubted, closing the sentence in the past
 * perfect or with the reading as a noun (kinds.en.ts readIfYouReadIt), and the counterfactual reading in the simple form
 * with a verb of knowing or seeing after it (kinds25.en.ts readCounterfactualBlame). The rows live in
 * scripts/en-recall41-matrix.ts (outside the contrast pool of the English learnt reader).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { FLAGGED41, OURS41, SILENT41 } from '../../../scripts/en-recall41-matrix.ts';

const read = (text: string, o: { uiLang?: 'en' | 'fa' } = {}) => suggestRewrites(text, builtinPacks, { learnt: false, cache: false, ...o });
const covers = (text: string, words: string, rules?: ReadonlySet<string>): boolean => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`«${words}» not in «${text}»`);
  return read(text).some((s) => (!rules || rules.has(s.ruleId)) && s.flagged.start < at + words.length && at < s.flagged.end);
};

describe('English recall 41: look-alikes flagged, contrasts silent', () => {
  for (const [text, words] of FLAGGED41)
    it(`flags «${words}» in «${text}»`, () => {
      expect(covers(text, words), JSON.stringify(read(text).map((s) => [s.ruleId, s.original]))).toBe(true);
    });
  for (const [text, words] of SILENT41)
    it(`leaves «${words}» in «${text}»`, () => {
      expect(covers(text, words, OURS41), JSON.stringify(read(text).map((s) => [s.ruleId, s.original]))).toBe(false);
    });
  it('is advice, with the explanation in both UI languages', () => {
    const text = FLAGGED41[0][0];
    const s = read(text).find((x) => OURS41.has(x.ruleId));
    expect(s?.kind).toBe('advice');
    expect(s?.replacements).toEqual([]);
    expect(read(text, { uiLang: 'fa' }).find((x) => OURS41.has(x.ruleId))?.explanation).toMatch(/[\u0600-\u06FF]/);
  });
});
