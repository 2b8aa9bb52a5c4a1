// @vitest-environment node
/**
 * rwfa29: the kinds of wrong Persian alternative found on late28 (an opener's comma left behind, a reminder rewritten after
 * the head of its «as …» clause) and the kinds that are no flag (a document cited by number or date, a visit set for a
 * day, the customer's letter quoted under a label): the look-alikes of scripts/fa-wrong29-matrix.ts.
 */
import { describe, expect, it } from 'vitest';
import { APPLIED29, QUIET29, applied29, flagged29w } from '../../../scripts/fa-wrong29-matrix.ts';

describe('rwfa29: Persian applied alternatives and quiet kinds', () => {
  for (const [kind, rows] of Object.entries(APPLIED29)) {
    for (const [draft, want] of rows) it(`${kind}: ${draft}`, () => expect(applied29(draft)).toBe(want));
  }
  for (const [kind, { quiet, flagged }] of Object.entries(QUIET29)) {
    for (const t of quiet) it(`${kind} leaves: ${t}`, () => expect(flagged29w(t)).toBe(false));
    for (const t of flagged) it(`${kind} flags: ${t}`, () => expect(flagged29w(t)).toBe(true));
  }
});
