// @vitest-environment node
/**
 * The twenty-seventh session's English recall (rwen27: lib/rewrite/generic/kinds27.en.ts): the look-alike matrix of
 * scripts/en-recall27-matrix.ts keeps its floor of positives caught per kind and its close contrasts stay silent; every new
 * hit is advice (a policy wall also gets template16's blank), never a rewrite.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';
import { KINDS27 } from '../../../scripts/en-recall27-matrix.ts';

describe('English recall 27: look-alike matrix', () => {
  for (const r of runKinds21(KINDS27)) {
    it(`${r.kind}: positives caught, contrasts silent`, () => {
      expect(r.caught, r.misses.join('\n')).toBe(r.pos);
      expect(r.falses).toEqual([]);
    });
  }
  it('the new readings are advice', () => {
    for (const text of ['our old till refuses to take two cards', 'company rules mate, no dogs on the sofa', 'Not my circus, ask the landlord.', 'booking was flagged NOSHOW-R so the car went']) {
      const s = suggestRewrites(text, builtinPacks).filter((x) => ['system-blocks', 'policy-shield', 'handled-elsewhere', 'internal-jargon'].includes(x.ruleId));
      expect(s.length, text).toBeGreaterThan(0);
      // Advice, or for a policy wall the sentence template every policy-shield advice gets (template16.en.ts): no rewrite.
      expect(s.every((x) => x.kind === 'advice' || (x.ruleId === 'policy-shield' && x.kind === 'template')), text).toBe(true);
    }
  });
});
