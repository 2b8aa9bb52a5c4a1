/** English guard tests' helpers: a draft's built-in pack suggestions (no generic readers), the draft after Apply all, and "withheld". */
import { expect } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

export const suggest = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false, generic: false });
export const after = (draft: string) => applyAll(draft, suggest(draft));
/** Flagged as advice: a suggestion over `words`, no text change anywhere. */
export const withheld = (draft: string, words: string) => {
  const found = suggest(draft);
  const s = found.find((x) => draft.slice(x.flagged.start, x.flagged.end).includes(words));
  expect(s, `a suggestion over "${words}"`).toBeDefined();
  expect(s!.kind).toBe('advice');
  expect(s!.replacements).toEqual([]);
  expect(s!.explanation.length).toBeGreaterThan(0);
  expect(after(draft)).toBe(draft);
};
