// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { positivity } from '../../../lib/text/positivity.ts';
import { positivityScore, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';

z.config({ jitless: true });

const DEMO = "Hi Dana,\n\nUnfortunately I can't get you the refund until next month. That's our policy. You have to wait for finance to process it.\n\nSorry for the wait.\nSam";

describe('draft positivity (issue 14: the demo draft scored 0/100)', () => {
  it('scores the demo draft by the share of words outside flags, not 0', () => {
    const s = suggestRewrites(DEMO, builtinPacks);
    expect(s.length).toBeGreaterThanOrEqual(4);
    // The old measure reaches 0 at 25 weighted flags per 100 words: this 36-word draft has 9.
    expect(positivityScore(DEMO, s)).toBe(0);
    const score = positivity(DEMO, s.map((x) => ({ ...x.flagged, severity: x.severity })));
    expect(score).toBeGreaterThan(20);
    expect(score).toBeLessThan(70);
  });

  it('is 100 without flags or words, 0 when every word is strongly flagged, and leaves quotes out', () => {
    expect(positivity('Thanks, Dana!', [])).toBe(100);
    expect(positivity('', [])).toBe(100);
    expect(positivity('no way', [{ start: 0, end: 6, severity: 'strong' }])).toBe(0);
    // Half of four words under a hint: 1 − 2 × 0.5 / 4.
    expect(positivity('sadly we cannot help', [{ start: 0, end: 8, severity: 'hint' }])).toBe(75);
    const draft = '> you must pay now\nHappy to help.';
    expect(positivity(draft, [{ start: 2, end: 11, severity: 'warning' }], [[0, 18]])).toBe(100);
  });

  it('counts Persian words (ZWNJ inside a word) the same way', () => {
    const fa = 'متأسفانه نمی‌توانم کمک کنم. ممنون از صبرتان';
    expect(positivity(fa, [{ start: 0, end: 8, severity: 'hint' }])).toBe(Math.round(100 * (1 - 0.5 / 7)));
  });
});
