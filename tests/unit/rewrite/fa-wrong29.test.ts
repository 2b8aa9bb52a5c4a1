// @vitest-environment node
/**
 * rwfa29: the kinds of wrong Persian alternative found on late28 (an opener's comma left behind, a reminder rewritten after
 * the head of its «as …» clause) and the kinds that are no flag (a document cited by number or date, a visit set for a
 * day, the customer's letter quoted under a label): the look-alikes of scripts/fa-wrong29-matrix.ts.
 */
import { describe } from 'vitest';
import { APPLIED29, QUIET29, applied29, flagged29w } from '../../../scripts/fa-wrong29-matrix.ts';
import { appliedKindTests, flagKindTests } from './helpers.ts';

describe('rwfa29: Persian applied alternatives and quiet kinds', () => {
  appliedKindTests(APPLIED29, applied29);
  flagKindTests(QUIET29, flagged29w);
});
