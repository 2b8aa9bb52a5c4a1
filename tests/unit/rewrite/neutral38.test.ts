// @vitest-environment node
/**
 * en38: "not a problem at all" closing a warm answer (lib/rewrite/neutral38.en.ts): the look-alike matrix of
 * scripts/en-neutral38-matrix.ts through suggestRewrites, and the reader on its own.
 */
import { describe, expect, it } from 'vitest';
import { neutral38Reason } from '../../../lib/rewrite/neutral38.en.ts';
import { READER38, runNeutral38 } from '../../../scripts/en-neutral38-matrix.ts';

describe('neutral38: look-alike matrix', () => {
  for (const r of runNeutral38()) it(`${r.want}: ${r.text}`, () => expect(r.flagged).toBe(r.want === 'flag'));
});

describe('neutral38: the reader', () => {
  const at = (draft: string, words: string, category = 'other') => {
    const start = draft.indexOf(words);
    return neutral38Reason(draft, { start, end: start + words.length, sentenceStart: 0 } as never, category);
  };
  it('reads only the emphatic "no problem" of its category', () => {
    const d = READER38.emphatic;
    expect(at(d, 'Not a problem at all')).toBe('neutral:no-problem-warm38');
    expect(at(d, 'Not a problem at all', 'commands')).toBeNull();
    expect(at(READER38.plain, 'Not a problem')).toBeNull();
  });
});
