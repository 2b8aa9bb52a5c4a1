// @vitest-environment node
/**
 * (perffa32) Same-output speed work on the Persian keystroke path: the guards' fold memo keeps two generations
 * (RecentMemo), agentStepFa (applied21.ts) and the clitic-free register (template16.fa.ts) keep their answers by text.
 * A keystroke (the draft analysed with the sentence cache, then a letter typed) must equal a full analysis of the edited
 * draft, and a draft read again after its memos were filled must equal its first reading.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { RecentMemo } from '../../../lib/text/memo.ts';
import { badExamples, drafts } from '../../bench/rewrite.bench.ts';
import { loadEvalSet } from '../../bench/rewrite-quality.ts';

describe('RecentMemo', () => {
  it('makes a value once per key, remembers null, and keeps the generation before the current one', () => {
    const memo = new RecentMemo<number, number | null>(3);
    let made = 0;
    const make = (k: number) => (made++, k % 2 ? null : k * 10);
    for (let k = 0; k < 3; k++) memo.remember(k, make);
    expect(made).toBe(3);
    // The fourth key starts a new generation: the first three are still answered without being made again.
    expect(memo.remember(3, make)).toBeNull();
    expect(memo.remember(0, make)).toBe(0);
    expect(memo.remember(1, make)).toBeNull();
    expect(made).toBe(4);
    // Two generations on, a key not read since is made again.
    for (let k = 10; k < 16; k++) memo.remember(k, make);
    made = 0;
    expect(memo.remember(2, make)).toBe(20);
    expect(made).toBe(1);
  });
});

describe('the Persian keystroke path equals a full analysis', () => {
  // The bench's drafts, made from the repository's own Persian sentences (as fa-speed31.test.ts).
  const sentences = (['dev', 'dev2', 'test', 'late20', 'late25', 'late30'] as const).flatMap((s) => loadEvalSet('fa', s).map((i) => i.text));
  const list = drafts(sentences, badExamples('fa'), 24, 32);

  it('a letter typed mid-draft, at the start and at the end, after the draft was read with the sentence cache', () => {
    list.forEach((d, i) => {
      suggestRewrites(d, builtinPacks);
      const mid = d.indexOf(' ', Math.floor(d.length / 2));
      const at = [mid, d.indexOf(' '), d.length][i % 3];
      const typed = `${d.slice(0, at)}${'سxم'[i % 3]}${d.slice(at)}`;
      expect(suggestRewrites(typed, builtinPacks), typed.slice(0, 80)).toEqual(suggestRewrites(typed, builtinPacks, { cache: false }));
    });
  });

  it('a draft read again (its memos filled by the drafts between) reads as it did the first time', () => {
    const first = list.map((d) => suggestRewrites(d, builtinPacks, { cache: false }));
    list.forEach((d, i) => expect(suggestRewrites(d, builtinPacks, { cache: false }), d.slice(0, 80)).toEqual(first[i]));
  });
});
