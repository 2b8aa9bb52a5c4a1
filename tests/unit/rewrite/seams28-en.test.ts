// @vitest-environment node
/**
 * The twenty-eighth session's English seams (rwen28: seams28.en.ts, the "kindly / do be advised" preface, the told-already
 * opener with its count, "not included" keeping where, render's empty slot, the "it would appear" hedge): the look-alike rows
 * of scripts/en-seams28-matrix.ts write what they should under Apply all, or stay flagged with no text change.
 */
import { describe, expect, it } from 'vitest';
import { runSeams28 } from '../../../scripts/en-seams28-matrix.ts';

describe('English seams 28: look-alike rows', () => {
  for (const r of runSeams28()) {
    it(`${r.kind}: Apply all writes what it should`, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
});
