// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { neutral20EnMatrix } from '../../../scripts/neutral20-matrix.en.ts';
import { neutral20FaMatrix } from '../../../scripts/neutral20-matrix.fa.ts';
import { runN19 } from '../../../scripts/neutral19-matrix.ts';
import { panelSuggestions } from '../../../scripts/sig-quote-matrix.ts';

// The kinds neutral20.en.ts / neutral20.fa.ts, footer.ts's company notice and signature.fa18.ts's brand notice line read,
// with their look-alikes that must stay flagged (scripts/neutral20-matrix.en.ts, scripts/neutral20-matrix.fa.ts).
const EN_NEUTRAL = ['footer', 'footer-bare-signoff', 'term', 'not-just', 'asked-outcome', 'good-news', 'duration', 'condition', 'regret'];
const EN_NEGATIVE = ['footer-own-refusal', 'reassure-third-neg'];
const FA_NEUTRAL = ['footer', 'complaint-done', 'formal-good', 'offer-neg', 'condition', 'duration', 'regret', 'quoted'];
const FA_NEGATIVE = ['footer-own', 'formal-good-neg', 'good-news-neg', 'reassure-neg', 'quoted-neg'];

describe('neutral20: footers, terms the customer uses, additive "not just", asked outcomes; Persian kinds', () => {
  it('English: leaves every neutral of its kinds unflagged and keeps every look-alike flagged', async () => {
    const items = neutral20EnMatrix().filter((i) => EN_NEUTRAL.includes(i.kind) || EN_NEGATIVE.includes(i.kind));
    const res = await runN19(items);
    expect(res.filter((r) => r.item.label === 'neutral' && r.flags.length).map((r) => r.item.text)).toEqual([]);
    expect(res.filter((r) => r.item.label === 'negative' && !r.flags.length).map((r) => r.item.text)).toEqual([]);
  }, 120_000);
  it('Persian: leaves every neutral of its kinds unflagged and keeps every look-alike flagged', async () => {
    const items = neutral20FaMatrix().filter((i) => FA_NEUTRAL.includes(i.kind) || FA_NEGATIVE.includes(i.kind));
    const res = await runN19(items);
    expect(res.filter((r) => r.item.label === 'neutral' && r.flags.length).map((r) => r.item.text)).toEqual([]);
    expect(res.filter((r) => r.item.label === 'negative' && !r.flags.length).map((r) => r.item.text)).toEqual([]);
  }, 120_000);
  it('gives one jargon advice per term per draft', async () => {
    const suggest = await panelSuggestions();
    const jargon = (t: string) => suggest(t).filter((s) => s.category === 'jargon').map((s) => s.original);
    expect(jargon('The PAC failed, so please request a new PAC and send the PAC to us.')).toEqual(['PAC']);
    expect(jargon('Your RMA is ready; the RMA goes on the box.')).toEqual(['RMA']);
  }, 120_000);
});
