// @vitest-environment node
/**
 * The twenty-eighth session's English recall (rwen28: lib/rewrite/generic/kinds28.en.ts, readHopefully's outcome by a time,
 * kinds22's reflex apology after "omg", en-core-more's "I am not aware of when …"): the look-alike matrix of
 * scripts/en-recall28-matrix.ts keeps every positive caught and every close contrast silent.
 */
import { describe, expect, it } from 'vitest';
import { runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';
import { KINDS28 } from '../../../scripts/en-recall28-matrix.ts';

describe('English recall 28: look-alike matrix', () => {
  for (const r of runKinds21(KINDS28)) {
    it(`${r.kind}: positives caught, contrasts silent`, () => {
      expect(r.caught, r.misses.join('\n')).toBe(r.pos);
      expect(r.falses).toEqual([]);
    });
  }
});
