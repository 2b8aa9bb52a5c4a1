// @vitest-environment node
/**
 * rwfa30's Persian kinds (lib/rewrite/generic/kinds30.fa.ts and its Finglish reader): the look-alikes of
 * scripts/fa-kinds30-matrix.ts; negatives flagged, contrasts left alone.
 */
import { describe, expect, it } from 'vitest';
import { KINDS30 } from '../../../scripts/fa-kinds30-matrix.ts';
import { flagged28 } from '../../../scripts/fa-kinds28-matrix.ts';

describe('rwfa30: Persian policy tags, told-already, heads-up, not-ours, dismissive, candour and blame kinds', () => {
  for (const [kind, { neg, con }] of Object.entries(KINDS30)) {
    for (const t of neg) it(`${kind} flags: ${t}`, () => expect(flagged28(t)).toBe(true));
    for (const t of con) it(`${kind} leaves: ${t}`, () => expect(flagged28(t)).toBe(false));
  }
});
