// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { neutral19bMatrix } from '../../../scripts/neutral19b-matrix.ts';
import { runN19 } from '../../../scripts/neutral19-matrix.ts';

// The kinds neutral19b.en.ts reads, and their look-alikes that must stay flagged (scripts/neutral19b-matrix.ts).
const NEUTRAL = ['pos-batch5', 'near-batch4', 'near-lasts', 'near-honest-must', 'near-sorry-owned', 'near-ownership', 'pos-worry-happen', 'pos-dont-worry', 'near-not-demand', 'above-quote', 'sig'];
const NEGATIVE = ['near-lasts-neg', 'near-honest-must-neg', 'near-sorry-neg', 'near-sorry-neg2', 'pos-worry-happen-neg', 'near-demand-neg', 'near-neg-blame', 'above-quote-own-blame'];

describe('neutral19b: owned confusion, consoling shrug, not a demand', () => {
  it('leaves every neutral of its kinds unflagged and keeps every look-alike flagged', async () => {
    const items = neutral19bMatrix().filter((i) => NEUTRAL.includes(i.kind) || NEGATIVE.includes(i.kind));
    const res = await runN19(items);
    const flagged = res.filter((r) => r.item.label === 'neutral' && r.flags.length).map((r) => r.item.text);
    const missed = res.filter((r) => r.item.label === 'negative' && !r.flags.length).map((r) => r.item.text);
    expect(flagged).toEqual([]);
    expect(missed).toEqual([]);
  }, 120_000);
});
