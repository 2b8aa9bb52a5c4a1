// @vitest-environment node
/**
 * The thirty-fourth session's English kinds (rwen34: generic/kinds34.en.ts and policy-grant.en.ts; the non-jargon misses
 * of late27 … late33 and train31 pooled by kind, only kinds with misses in three splits or more): the look-alike rows of
 * scripts/en-recall34-matrix.ts are flagged and their contrasts stay silent; kinds34 reads none of its contrasts.
 */
import { describe, expect, it } from 'vitest';
import { runReader34Silent, runRecall34 } from '../../../scripts/en-recall34-matrix.ts';
import { policyGrantsIn } from '../../../lib/rewrite/policy-grant.en.ts';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';

describe('English recall 34: look-alikes flagged, contrasts silent', () => {
  for (const r of runRecall34()) {
    it(r.kind, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
  it('kinds34 reads none of its contrasts', () => {
    expect(runReader34Silent()).toEqual([]);
  });
  it('a cited grant used up or held back by the business is no grant', () => {
    for (const t of ['As per our policy, members can skip two boxes a year, and both have been used.', 'Per our terms you get one free resit, already used.', 'As per our policy, clients receive the edit and the raw files remain with the studio.'])
      expect(policyGrantsIn(analyzeSentenceTokens(t)), t).toBe(false);
    for (const t of ['As per our policy, members can skip two boxes a year.', 'Per our policy you can keep the courtesy car while yours stays with the garage.'])
      expect(policyGrantsIn(analyzeSentenceTokens(t)), t).toBe(true);
  });
});
