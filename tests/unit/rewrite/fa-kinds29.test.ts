// @vitest-environment node
/**
 * rwfa29's Persian kinds (lib/rewrite/generic/kinds29.fa.ts, and the calm-down kind in loanwords and Finglish of
 * lib/rewrite/generic/fa.ts): the look-alikes of scripts/fa-kinds29-matrix.ts; negatives flagged, contrasts left alone.
 */
import { describe, expect, it } from 'vitest';
import { KINDS29H } from '../../../scripts/fa-kinds29-matrix.ts';
import { flagged28 } from '../../../scripts/fa-kinds28-matrix.ts';

describe('rwfa29: Persian hope, prayer and calm-down kinds', () => {
  for (const [kind, { neg, con }] of Object.entries(KINDS29H)) {
    for (const t of neg) it(`${kind} flags: ${t}`, () => expect(flagged28(t)).toBe(true));
    for (const t of con) it(`${kind} leaves: ${t}`, () => expect(flagged28(t)).toBe(false));
  }
});
