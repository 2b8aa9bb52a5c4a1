// @vitest-environment node
/**
 * (rspeed42) Same-output savings of the English per-candidate checks: each equals the reading it replaces.
 * - neutral16.en.ts `sentenceEnd` answers from the draft's stops read once: equal to the expression over the slice on random
 *   drafts, at every offset (negative and fractional offsets keep the old reading).
 * - neutral20.en.ts runs a term's "on the document" expression only where the term stands before "number / ref / code";
 *   the gate reports to the English gate audit (tests/unit/rewrite/en-gates.test.ts runs it over the development splits);
 *   here, on the sentences that show the reading.
 */
import { describe, expect, it } from 'vitest';
import { auditEnGates } from '../../../lib/rewrite/generic/dispatch.en.ts';
import { SENTENCE_REACH, sentenceEnd } from '../../../lib/rewrite/neutral16.en.ts';
import { neutral20Reason } from '../../../lib/rewrite/neutral20.en.ts';
import { rng } from '../../bench/stats.ts';

const before = (draft: string, at: number): number => {
  const m = /[.!?\n]/.exec(draft.slice(at, at + SENTENCE_REACH));
  return m ? at + m.index + 1 : Math.min(draft.length, at + SENTENCE_REACH);
};

const span = (draft: string, words: string) => {
  const start = draft.indexOf(words);
  return { start, end: start + words.length, sentenceStart: 0 };
};

describe('rspeed42: English per-candidate checks', () => {
  it('sentenceEnd equals the expression over the slice, on random drafts and every offset', () => {
    const next = rng(42);
    const alphabet = ['a', 'b', ' ', ' ', '.', '!', '?', '\n', '؟', 'é', '\r'];
    for (let n = 0; n < 120; n++) {
      const len = Math.floor(next() * (n % 3 === 0 ? 900 : 60));
      let draft = '';
      for (let k = 0; k < len; k++) draft += alphabet[Math.floor(next() * (k % 50 < 40 ? 3 : alphabet.length))];
      const got: number[] = [];
      const want: number[] = [];
      for (const at of [-3, -1, 1.5, ...Array.from({ length: draft.length + 4 }, (_, k) => k)]) {
        got.push(sentenceEnd(draft, at));
        want.push(before(draft, at));
      }
      expect(got).toEqual(want);
    }
  });

  it('a term the customer reads on the document is neutral; its gate skips nothing that matches', () => {
    const cases: Array<[string, string, string | null]> = [
      ['Please send the form back with your RMA number added at the top.', 'RMA', 'neutral:term-customer-uses'],
      ['Your (RMA reference is now printed on the label.', 'RMA', 'neutral:term-customer-uses'],
      ['Your RMA   code was corrected on the form.', 'RMA', 'neutral:term-customer-uses'],
      ['The RMA is pending, and your order number is 12.', 'RMA', null],
      ['We need a PO before we can invoice; the reference is on the way.', 'PO', null],
    ];
    const misses = auditEnGates(() => {
      for (const [draft, words, want] of cases) expect(neutral20Reason(draft, span(draft, words), 'jargon')).toBe(want);
    });
    expect(misses).toEqual([]);
    for (const [draft, words, want] of cases) expect(neutral20Reason(draft, span(draft, words), 'jargon')).toBe(want);
  });
});
