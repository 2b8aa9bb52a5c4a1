// @vitest-environment node
/**
 * "No problem at all, I've …" answering a request is no brush-off (lib/rewrite/neutral19.en.ts, the lead's session-19
 * reading); after a fault or a complaint told in the draft, and without "at all", the hint stays. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestRewrites } from '../../../lib/rewrite/engine.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';

const hinted = (draft: string) => suggestRewrites(draft, builtinPacks).some((s) => /^no-problem/.test(s.ruleId));

describe('"no problem at all" with the request done', () => {
  it.each([
    "No problem at all, Priya, I've moved your booking to Thursday.",
    'no problem at all, ive added the second bag to your ticket',
    'No problem at all, happy to change the billing date for you.',
  ])('leaves %s', (s) => {
    expect(hinted(s)).toBe(false);
  });

  it.each([
    "No problem at all, I've passed your comments about the cold pizza to the kitchen.",
    "Sorry to hear the lamp arrived broken. No problem at all, I've sent a new one.",
    "No problem, I've moved your booking to Thursday.",
  ])('still hints %s', (s) => {
    expect(hinted(s)).toBe(true);
  });
});
