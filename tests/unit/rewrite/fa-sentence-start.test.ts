// @vitest-environment node
/**
 * faSentenceStart (lib/rewrite/guard.fa.text.ts): one search over a draft's end marks instead of a walk back per suggestion
 * (wrong30, wrong31 and fix30 each walked a run-on draft back to its start once per suggestion). It must give what the walk
 * gave, reaching back at most FA_SENTENCE_REACH characters.
 */
import { describe, expect, it } from 'vitest';
import { faSentenceStart, FA_SENTENCE_END, FA_SENTENCE_REACH } from '../../../lib/rewrite/guard.fa.text.ts';
import { rng } from './helpers.ts';

const walk = (draft: string, at: number) => {
  let k = at;
  while (k > 0 && !FA_SENTENCE_END.test(draft[k - 1])) k--;
  return Math.max(k, at - FA_SENTENCE_REACH);
};

describe('faSentenceStart', () => {
  it('finds the start after the nearest end mark, as the walk back did, on drafts of marks and letters', () => {
    const next = rng(32);
    const parts = ['متأسفانه', ' ', '،', '.', '؟', '!', '\n', 'نمی‌تونم', 'ok', '?'];
    for (let n = 0; n < 200; n++) {
      let draft = '';
      const len = 1 + Math.floor(next() * 60);
      for (let i = 0; i < len; i++) draft += parts[Math.floor(next() * parts.length)];
      for (let at = 0; at <= draft.length; at++) expect(faSentenceStart(draft, at)).toBe(walk(draft, at));
    }
  });

  it('reaches back at most FA_SENTENCE_REACH characters in a run-on without end marks', () => {
    const draft = 'متأسفانه امکان‌پذیر نیست، '.repeat(200);
    expect(faSentenceStart(draft, 100)).toBe(0);
    expect(faSentenceStart(draft, 4000)).toBe(4000 - FA_SENTENCE_REACH);
    expect(faSentenceStart('سلام. خوبید؟ بله', 14)).toBe(12);
  });
});
