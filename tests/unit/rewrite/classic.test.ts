// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

// The two sentences every Tactful demo starts with, through all built-in packs together. The
// rewrite says when it becomes possible and promises nothing new (it used to invent "I can place
// the order for you right now and make sure it ships ...", which issue 12 asks to stop).
const CASES: [string, string][] = [
  [
    "I can't get you that product until next month.",
    'I can get you that product from next month.',
  ],
  [
    'من تا ماه آینده نمی‌توانم آن محصول را برای شما تهیه کنم.',
    // Persian keeps «تا … نمی‌توانم» and leaves the agent a blank for what they can do: «از ماه
    // آینده می‌توانم» read to customers as a promise the agent never made (issue 12, fa.late3.judged.md).
    'من تا ماه آینده نمی‌توانم آن محصول را برای شما تهیه کنم، اما می‌توانم ___.',
  ],
];

describe('classic rewrites with the built-in packs', () => {
  for (const [draft, expected] of CASES) {
    it(draft, () => {
      const found = suggestRewrites(draft, builtinPacks);
      expect(found.length).toBeGreaterThan(0);
      expect(applyAll(draft, found)).toBe(expected);
    });
  }

  it('also when the Persian is typed without ZWNJ', () => {
    const draft = CASES[1][0].replace('\u200c', '');
    expect(applyAll(draft, suggestRewrites(draft, builtinPacks))).toBe(CASES[1][1].replaceAll('\u200c', ''));
  });
});
