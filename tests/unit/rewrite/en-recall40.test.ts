// @vitest-environment node
/**
 * The English kinds of the fortieth session (en40): not ours in the forms fresh writers use, the breath idiom and the
 * verbless "hopefully … by" of kinds40.en.ts; kinds31's "not under us" beside an insurance company; the relax order and the
 * stock apology with a discourse particle and the apology run with "very" / "a lot" (families.en.ts, en.ts); a generic hit
 * after a spaced dash beside a pack suggestion (engine.ts, dashBetweenEn). Look-alikes are flagged over the words given
 * and the contrasts stay silent there. The rows live in scripts/en-recall40-matrix.ts (outside the contrast pool of the
 * English learnt reader).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { dashBetweenEn } from '../../../lib/rewrite/engine.ts';
import { FLAGGED40, OURS40, SILENT40 } from '../../../scripts/en-recall40-matrix.ts';

const read = (text: string, o: { uiLang?: 'en' | 'fa'; silenced?: Set<string> } = {}) => suggestRewrites(text, builtinPacks, { learnt: false, cache: false, ...o });
/** Whether a suggestion of one of `rules` covers `words` in `text`. */
const covers = (text: string, words: string, rules?: ReadonlySet<string>): boolean => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`«${words}» not in «${text}»`);
  return read(text).some((s) => (!rules || rules.has(s.ruleId)) && s.flagged.start < at + words.length && at < s.flagged.end);
};

describe('English recall 40: look-alikes flagged, contrasts silent', () => {
  for (const [text, words] of FLAGGED40)
    it(`flags «${words}» in «${text}»`, () => {
      expect(covers(text, words), JSON.stringify(read(text).map((s) => [s.ruleId, s.original]))).toBe(true);
    });
  for (const [text, words] of SILENT40)
    it(`leaves «${words}» in «${text}»`, () => {
      expect(covers(text, words, OURS40), JSON.stringify(read(text).map((s) => [s.ruleId, s.original]))).toBe(false);
    });
  it('is advice over the words disowned, in both UI languages, and keeps a silenced rule silent', () => {
    const text = 'thats not us its the letting agent who holds the deposit';
    const s = read(text).find((x) => x.ruleId === 'not-ours');
    expect(s?.kind).toBe('advice');
    expect(s?.replacements).toEqual([]);
    expect(read(text, { uiLang: 'fa' }).find((x) => x.ruleId === 'not-ours')?.explanation).toMatch(/[\u0600-\u06FF]/);
    expect(read(text, { silenced: new Set(['tactful-generic/not-ours']) }).some((x) => x.ruleId === 'not-ours')).toBe(false);
  });
  it('reads a spaced dash between two suggestions as a break, a hyphen inside a word as none', () => {
    const d = 'done by Friday - fingers crossed';
    expect(dashBetweenEn(d, { start: 0, end: 14 }, { start: 17, end: 32 })).toBe(true);
    const h = 'a well-known fingers crossed';
    expect(dashBetweenEn(h, { start: 0, end: 6 }, { start: 13, end: 28 })).toBe(false);
  });
});
