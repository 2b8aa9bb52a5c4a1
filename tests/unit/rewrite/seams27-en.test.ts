// @vitest-environment node
/**
 * rwen27: English alternatives read at their seams (lib/rewrite/seams27.en.ts, the not-knowing template's dropped adverbs
 * in render.ts, "lemme" as the agent's own step in applied21.ts): the look-alike matrix of scripts/en-applied27-matrix.ts
 * through suggestRewrites and Apply all, and the dash cut on its own.
 */
import { describe, expect, it } from 'vitest';
import { cutTemplateAtDash, seams27Reason } from '../../../lib/rewrite/seams27.en.ts';
import { runApplied27 } from '../../../scripts/en-applied27-matrix.ts';

describe('seams27: look-alike matrix', () => {
  for (const r of runApplied27()) it(`${r.kind}: ${r.text}`, () => expect(r.why, r.out).toEqual([]));
});

describe('seams27: the readers', () => {
  it('cuts an elliptical template back to the dash it ran past', () => {
    const draft = "The blue one isn't available in your size – the green one is.";
    const original = "isn't available in your size –";
    const start = draft.indexOf(original);
    const s = { start, end: start + original.length, flagged: { start, end: start + original.length }, kind: 'template' as const, replacements: ["isn't available in your size –, but ___ is"], original };
    const cut = cutTemplateAtDash(draft, s);
    expect(cut?.replacements[0]).toBe("isn't available in your size, but ___ is");
    expect(cut?.original).toBe("isn't available in your size");
    // A rewrite, or a template with no dash, is left alone.
    expect(cutTemplateAtDash(draft, { ...s, kind: 'rewrite' })).toBeNull();
    expect(cutTemplateAtDash('x', { ...s, original: 'isn\'t available', end: start + 15 })).toBeNull();
  });
  it('reads the frame a deleted word leaves', () => {
    expect(seams27Reason('To tell you ', 'honestly ', '', 'sir, it is restored.', 'rewrite')).toBe('dangling:candour-frame');
    expect(seams27Reason('', 'Honestly ', '', 'it is restored.', 'rewrite')).toBeNull();
    expect(seams27Reason('Well, ', 'unfortunately ', '', 'for all of us, the pool is shut.', 'rewrite')).toBe('dangling:regret-for');
    expect(seams27Reason('', 'Unfortunately ', '', 'for now the pool is shut.', 'rewrite')).toBeNull();
    expect(seams27Reason("It's against policy, I think that's right", '', ', but what we can do is ___', '?', 'template')).toBe('template:into-question');
  });
});
