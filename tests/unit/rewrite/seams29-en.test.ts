// @vitest-environment node
/**
 * The twenty-ninth session's English seams (rwen29: seams29.en.ts, an apology said more than once thanked for whole, a
 * should-have with more of its clause after it, an offer blank before the sentence restating the rule, a hedge before a
 * recommendation; jargon.en.trades.ts's ACH return codes only about a payment sent back): the look-alike rows of
 * scripts/en-seams29-matrix.ts write what they should under Apply all, or stay flagged with no text change.
 */
import { describe, expect, it } from 'vitest';
import { runSeams29 } from '../../../scripts/en-seams29-matrix.ts';

describe('English seams 29: look-alike rows', () => {
  for (const r of runSeams29()) {
    it(`${r.kind}: Apply all writes what it should`, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
});
