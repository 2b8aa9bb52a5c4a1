// @vitest-environment node
/**
 * rwfa32: the matrix of scripts/fa-kinds32-matrix.ts (late31's kinds that recur, as look-alikes and contrasts of my own).
 */
import { describe, expect, it } from 'vitest';
import { applied29 as applied, flagged29w as flagged } from '../../../scripts/fa-wrong29-matrix.ts';
import { APPLIED32, KINDS32 } from '../../../scripts/fa-kinds32-matrix.ts';
import { flagKindTests } from './helpers.ts';

describe('rwfa32: Persian kinds of late31 that recur, look-alikes and contrasts', () => {
  flagKindTests(KINDS32, flagged, { flagsFirst: true });
  for (const [draft, want] of APPLIED32) it(`applied: ${draft}`, () => expect(applied(draft)).toBe(want));
});
