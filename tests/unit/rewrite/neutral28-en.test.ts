// @vitest-environment node
/**
 * The twenty-eighth session's English neutrals (rwen28: lib/rewrite/neutral28.en.ts, the sign-off notices of
 * lib/text/signature.en19.ts): the look-alike matrix of scripts/en-neutral28-matrix.ts keeps its negatives flagged and its
 * neutrals silent (one known exception: toldOfFault reads "is warm" as a fault, so "glad the radiator is warm again" stays
 * flagged).
 */
import { describe, expect, it } from 'vitest';
import { NEUTRAL28, runNeutral28 } from '../../../scripts/en-neutral28-matrix.ts';

describe('English neutrals 28: look-alike matrix', () => {
  for (const r of runNeutral28(NEUTRAL28)) {
    it(`${r.kind}: negatives flagged, neutrals silent`, () => {
      expect(r.caught, r.misses.join('\n')).toBe(r.pos);
      expect(r.flagged, r.falses.join('\n')).toBeLessThanOrEqual(r.kind === 'no-problem-thanks' ? 1 : 0);
    });
  }
});
