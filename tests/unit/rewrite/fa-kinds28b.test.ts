// @vitest-environment node
/**
 * rwfab28's Persian kinds (lib/rewrite/generic/kinds28b.fa.ts): the look-alikes of scripts/fa-kinds28b-matrix.ts; negatives
 * flagged, contrasts left alone.
 */
import { describe, expect, it } from 'vitest';
import { KINDS28B } from '../../../scripts/fa-kinds28b-matrix.ts';
import { flagged28 } from '../../../scripts/fa-kinds28-matrix.ts';

describe('rwfab28: Persian kinds', () => {
  for (const [kind, { neg, con }] of Object.entries(KINDS28B)) {
    for (const t of neg) it(`${kind} flags: ${t}`, () => expect(flagged28(t)).toBe(true));
    for (const t of con) it(`${kind} leaves: ${t}`, () => expect(flagged28(t)).toBe(false));
  }
});
