// @vitest-environment node
/**
 * Recap openers that count the repetition become a plain recap, "For future reference," goes, and the look-alikes keep
 * their words (en-core-more's `recap-repeated`, `future-reference-opener`; scripts/en-recap-matrix.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildMatrix, rewritten } from '../../../scripts/en-recap-matrix.ts';

describe('counted recaps', () => {
  it('every item of the matrix as wanted', () => {
    expect(buildMatrix().filter((i) => rewritten(i) !== i.want).map((i) => i.text)).toEqual([]);
  });
});
