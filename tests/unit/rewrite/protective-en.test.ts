// @vitest-environment node
/**
 * English matches that are no refusal at all (lib/rewrite/protective.en.ts): a charge or a loss delayed, a burden
 * spared, a rule that protects or gives, a restriction lifted. The look-alike stays silent (no flag, no advice, the
 * generic readers' included) and the real negative next to it stays flagged. Sentences are not in the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { protectiveReason } from '../../../lib/rewrite/protective.en.ts';
import { testPack } from './helpers.ts';

const suggest = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false });
const silent = (draft: string) => expect(suggest(draft).map((s) => `${s.ruleId}: ${s.original}`), draft).toEqual([]);
const flagged = (draft: string) => expect(suggest(draft).length, draft).toBeGreaterThan(0);

describe('a charge or a loss delayed is good news', () => {
  it('silent: charged, billed, debited, renewed on the customer\'s word, expiring, lapsing', () => {
    silent('Your card wont be charged until the free month is over.');
    silent('Your account will not be debited until the parcel leaves our warehouse.');
    silent('Your membership won\'t renew until you tell us to.');
    silent('Your plan will not be renewed until you confirm it.');
    silent('Your gift voucher won\'t expire until next summer.');
    silent('Your insurance won\'t lapse until the end of the quarter.');
  });
  it('the built-in hints that name the charge themselves ("…, with only") still offer their rewording', () => {
    expect(suggest('We won\'t charge you until the repair is done.').map((s) => [s.ruleId, s.severity])).toEqual([['wont-charge-you-until', 'hint']]);
    expect(suggest('You won\'t be billed until your first class.').map((s) => [s.ruleId, s.severity])).toEqual([['wont-be-charged-until', 'hint']]);
  });
  it('flagged: a benefit delayed, a renewal held by the company', () => {
    flagged('We won\'t refund you until the parcel is back with us.');
    flagged('Your replacement won\'t be dispatched until the payment clears.');
    flagged('Your passport won\'t be renewed until we get the new photo.');
    flagged('The showroom won\'t be open until Thursday.');
  });
  it('a later clause\'s reassurance does not silence the refusal before it', () => {
    const found = suggest('We can\'t refund the deposit, and you won\'t be charged until Friday.');
    expect(found.some((s) => s.original.includes("can't refund"))).toBe(true);
  });
});

describe('a burden spared', () => {
  it('silent: won\'t need to / don\'t have to wait until', () => {
    silent('You won\'t need to wait until the weekend, it\'s already on its way.');
    silent('You don\'t have to wait until your renewal date to switch plans.');
  });
  it('flagged: the customer made to wait', () => {
    flagged('You won\'t get the code until the weekend.');
  });
});

describe('a rule that protects the customer', () => {
  it('silent: what is forbidden is a charge, or their data seen, shared, sold, asked for', () => {
    silent('The terms don\'t allow us to charge you for the missed delivery.');
    silent('Our rules don\'t permit us to bill you twice for one booking.');
    silent('It\'s against our rules to charge you a second time for the same order.');
    silent('It is against company policy to sell your contact details.');
    silent('Our policy forbids us from sharing your data with advertisers.');
    silent('Company rules prohibit staff from asking for your PIN.');
    silent('It isn\'t possible for anyone else to see your booking details.');
    silent('It\'s not possible for other members to view your address.');
  });
  it('flagged: the customer\'s own request refused', () => {
    flagged('The terms don\'t allow refunds on clearance items.');
    flagged('The terms don\'t allow us to refund you after 14 days.');
    flagged('It\'s against our policy to refund a used voucher.');
    flagged('It\'s against our policy to give out other guests\' room numbers.');
    flagged('It isn\'t possible to change the date.');
    flagged('It won\'t be possible to keep your old username after the move.');
    flagged('We\'re not allowed to give out that information.');
    flagged('We can\'t disclose your account details over the phone.');
    flagged('My system doesn\'t let me charge your card.');
    // The way the customer asked to pay, refused: not a charge spared.
    flagged('The terms don\'t allow us to invoice you quarterly.');
    flagged('Our terms don\'t allow us to bill you separately for each room.');
  });
});

describe('a rule that gives', () => {
  it('silent: "the policy says you are covered / entitled / will get"', () => {
    silent('The policy says you are covered for a cracked screen.');
    silent('The policy states you\'re entitled to a free replacement.');
  });
  it('flagged: the rule limits or refuses', () => {
    flagged('The policy says you are not covered for water damage.');
    flagged('The policy says you\'re covered only if you bought it here.');
    flagged('Our policy says we cannot exchange worn shoes.');
  });
});

describe('a restriction lifted', () => {
  it('silent: "not how it works anymore" with something given', () => {
    silent('That\'s not how it works anymore, you can now pick your seat online.');
    silent('Good news: that isn\'t how it works any more.');
  });
  it('flagged: a correction, or a new restriction', () => {
    flagged('Sorry, that\'s not how it works.');
    flagged('That\'s not how it works anymore, you now need a booking code.');
  });
});

describe('a price held, the agent staying, an impossibility denied, another way now', () => {
  it('silent', () => {
    silent('Your premium won\'t go up until the policy renews.');
    silent('Your monthly rate won\'t change until next spring.');
    silent('Your contact details won\'t be shared with anyone until you say yes.');
    silent('We won\'t give up until the airline finds your case.');
    silent('I\'m not going to stop chasing until the courier replies.');
    silent('We won\'t leave you stranded, a taxi is on its way.');
    silent('A refund to a new card isn\'t impossible, let me ask the payments team.');
    silent('We don\'t do it that way anymore, you can now upload the form yourself.');
  });
  it('flagged: a thing of theirs stopped, a plain impossibility, a new restriction', () => {
    flagged('We won\'t stop the standing order until the arrears are cleared.');
    flagged('That\'s impossible, I\'m afraid.');
    flagged('We don\'t do it that way anymore, sorry, you now have to come in person.');
    flagged('Your funds won\'t be released until the checks are complete.');
  });
});

describe('chat spelling', () => {
  it('silent without apostrophes, with "u" and "ur"', () => {
    silent('its against our rules to charge u twice dont worry');
    silent('it isnt possible for anyone else to see ur details');
    silent('ur card wont be billed till the 5th');
    silent('thats not how it works anymore, u can do it online now');
  });
  it('flagged', () => {
    flagged('its against our policy to refund u after 30 days');
    flagged('ur refund wont go out till the 5th');
  });
});

describe('a rule whose own fixed words name the harm chose it', () => {
  const pack = (patterns: string[]) => testPack([{ category: 'until', patterns, replacements: ['X'] }], { id: 'test.protective' });
  it('a slot that caught "be charged" is read; the rule\'s own "charged" is not', () => {
    const draft = 'You won\'t be charged until Friday.';
    expect(suggestRewrites(draft, [pack(["won't {action} until {time}"])], { cache: false, generic: false })).toEqual([]);
    expect(suggestRewrites(draft, [pack(["won't be charged until {time}"])], { cache: false, generic: false }).length).toBe(1);
  });
  it('reads only the categories it knows', () => {
    const draft = 'You won\'t be charged until Friday.';
    expect(protectiveReason(draft, { start: 4, end: draft.length - 1, caps: [4, draft.length - 1], sentenceStart: 0 }, 'until')).toBe('protective:harm-delayed');
    expect(protectiveReason(draft, { start: 4, end: draft.length - 1, caps: [4, draft.length - 1], sentenceStart: 0 }, 'blame')).toBeNull();
  });
});
