// @vitest-environment node
/**
 * rwfa28's Persian kinds (lib/rewrite/generic/kinds28.fa.ts): the look-alikes of scripts/fa-kinds28-matrix.ts; negatives
 * flagged, contrasts left alone (one contrast, «نگران نباشید، چیز مهمی نیست …», is fa-core's fa-minimise and stays as it was).
 */
import { describe, expect, it } from 'vitest';
import { KINDS28, flagged28 } from '../../../scripts/fa-kinds28-matrix.ts';

const PACK_FLAGGED_BEFORE = new Set(['نگران نباشید، چیز مهمی نیست و امروز درست می‌شه.']);

describe('rwfa28: Persian kinds', () => {
  for (const [kind, { neg, con }] of Object.entries(KINDS28)) {
    for (const t of neg) it(`${kind} flags: ${t}`, () => expect(flagged28(t)).toBe(true));
    for (const t of con) it(`${kind} leaves: ${t}`, () => expect(flagged28(t)).toBe(PACK_FLAGGED_BEFORE.has(t)));
  }
});
