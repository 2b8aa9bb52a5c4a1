// @vitest-environment node
/**
 * The twenty-fifth session's English work (rwen25: lib/rewrite/generic/jargon25.en.ts, kinds25.en.ts and the readers that
 * use them): the look-alike matrix of scripts/en-recall25-matrix.ts keeps its floor of positives caught per kind and its
 * close contrasts stay silent; the packs' "I'll try my best" -> "I'll do my best" is withheld where it keeps the hedge.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { unknownAcronymAt } from '../../../lib/rewrite/generic/jargon25.en.ts';
import { hedgedBestIn } from '../../../lib/rewrite/generic/kinds25.en.ts';
import { runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';
import { KINDS25 } from '../../../scripts/en-recall25-matrix.ts';

/** Positives caught when the session ended. */
const FLOOR: Record<string, number> = {
  'best-effort': 16,
  'unknown-acronym': 20,
  'counterfactual-blame': 10,
  'unclear-whether': 8,
  'sincerely-opener': 5,
  'not-for-us': 4,
  'rulebook-says': 4,
  'named-party-problem': 4,
};

describe('English recall 25: look-alike matrix', () => {
  for (const r of runKinds21(KINDS25)) {
    it(`${r.kind}: positives caught, contrasts silent`, () => {
      expect(r.caught, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[r.kind] ?? r.pos);
      expect(r.falses).toEqual([]);
    });
  }
});

describe('English recall 25: readers', () => {
  const acronyms = (s: string) => {
    const toks = analyzeSentenceTokens(s);
    return toks.filter((_, k) => toks[k].word && unknownAcronymAt(s, toks, k)).map((t) => t.text);
  };
  it('reads an unknown acronym only as a thing of the business', () => {
    expect(acronyms('We are waiting on the QRT before we ship.')).toEqual(['QRT']);
    expect(acronyms('it got KX\'d by the system')).toEqual(['KX']);
    expect(acronyms('Your QRT is attached.')).toEqual([]);
    expect(acronyms('Your appeal was upheld and the QRT cancelled.')).toEqual([]);
    expect(acronyms('The QRT 200 model is in stock.')).toEqual([]);
    expect(acronyms('Type "QRT" in the box.')).toEqual([]);
    expect(acronyms('The BEST part is the TOYS.')).toEqual([]);
  });
  it('reads "do my best" for a result for this customer', () => {
    expect(hedgedBestIn("I'll do my best to have it with you by Friday.")).toBe(true);
    expect(hedgedBestIn("I'll do my best to help you.")).toBe(false);
    expect(hedgedBestIn('We always do our best to keep prices low.')).toBe(false);
  });
  it('withholds the packs\' "do my best" where it keeps the hedge', () => {
    const s = "I'll try my best to get your refund out this week.";
    const g = suggestRewrites(s, builtinPacks, { generic: true }).find((x) => x.ruleId === 'try-my-best');
    expect(g?.kind).toBe('advice');
    const plain = suggestRewrites("I'll try my best to help you.", builtinPacks, { generic: true }).find((x) => x.ruleId === 'try-my-best');
    expect(plain?.kind).toBe('rewrite');
  });
});
