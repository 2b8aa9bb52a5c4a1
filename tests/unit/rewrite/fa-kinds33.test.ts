// @vitest-environment node
/**
 * rwfa33: the matrix of scripts/fa-kinds33-matrix.ts (late32's formal neutrals and misses by kind that recurs, as look-alikes
 * and contrasts of my own).
 */
import { describe, expect, it } from 'vitest';
import { flagged29w as flagged } from '../../../scripts/fa-wrong29-matrix.ts';
import { KINDS33 } from '../../../scripts/fa-kinds33-matrix.ts';

describe('rwfa33: Persian kinds of late32 that recur, look-alikes and contrasts', () => {
  for (const [kind, { flagged: flags, quiet }] of Object.entries(KINDS33)) {
    for (const t of flags) it(`${kind} flags: ${t}`, () => expect(flagged(t)).toBe(true));
    for (const t of quiet) it(`${kind} leaves: ${t}`, () => expect(flagged(t)).toBe(false));
  }
});
