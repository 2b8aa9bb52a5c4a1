// @vitest-environment node
/**
 * The generic reader (lib/rewrite/generic): the constructions of negative phrasing it recognises in
 * the agent's own words, the sentences that look like them and are fine, and how the engine shows
 * them (advice only, never in quoted text, never where a pack rule matched the clause, silenced and
 * disabled like a pack, cached per sentence).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, positivityScore, suggestRewrites, type ScanStats } from '../../../lib/rewrite/index.ts';
import { EXPLAIN_EN, LEX_PHRASES, readGenericEn } from '../../../lib/rewrite/generic/en.ts';
import { explainGeneric, GENERIC_PACK_ID, readGeneric } from '../../../lib/rewrite/generic/index.ts';
import { testPack } from './helpers.ts';

/** What the English reader read: "construction:words" per hit. */
const read = (s: string) => readGenericEn(s).map((h) => `${h.construction}:${s.slice(h.start, h.end)}`);

describe('English generic reader: constructions', () => {
  it('negated ability in the agent\'s voice, with the negation split from its verb', () => {
    expect(read("We can't backdate the discount.")).toEqual(["negated-ability:can't backdate"]);
    expect(read('Our billing team isn\'t able to backdate the discount.')).toEqual(["negated-ability:isn't able to backdate"]);
    expect(read('I am unable to reissue the voucher.')).toEqual(['negated-ability:am unable to reissue']);
    expect(read('We are not in a position to offer compensation.')).toEqual(['negated-ability:are not in a position to offer']);
    expect(read('We will no longer be able to hold the room.')).toEqual(['negated-ability:will no longer be able to hold']);
    expect(read("We're not going to match that offer.")).toEqual(["negated-ability:'re not going to match"]);
    expect(read('i have no authority to override the price')).toEqual(['negated-ability:have no authority to override']);
    expect(read('we wont be reimbursing the taxi fare')).toEqual(['negated-ability:wont be reimbursing']);
    expect(read('Nobody here can authorise that credit.')).toEqual(['negated-ability:can authorise']);
    expect(read("That's not something I'm able to action.")).toEqual(["negated-ability:not something I'm able to action"]);
    expect(read('This is not something that can be changed now.')).toEqual(['negated-ability:not something that can be changed']);
    // A thing refuses only a benefit: "the gym won't refund", not "the app won't open".
    expect(read("ok so the gym wont refund the joining fee")).toEqual(['negated-ability:wont refund']);
    expect(read("The hotel is full and can't take more guests.")).toEqual(["negated-ability:can't take"]);
    expect(read('We don\'t offer exchanges on sale items.')).toEqual(["negated-ability:don't offer"]);
    expect(read('We no longer ship to the islands.')).toEqual(['negated-ability:no longer ship']);
  });

  it('passive refusals: "cannot, under …, be released", "will not be considered", "are not refunded", "has not been upheld"', () => {
    const s = 'Your deposit cannot, under the terms of the lease, be released before May.';
    const [h] = readGenericEn(s);
    expect(h).toMatchObject({ construction: 'passive-refusal', category: 'cant-wont', start: s.indexOf('cannot'), end: s.indexOf('released') + 'released'.length });
    expect(read('Requests filed after the window will not be considered.')).toEqual(['passive-refusal:will not be considered']);
    expect(read('Sale items are not refunded.')).toEqual(['passive-refusal:are not refunded']);
    expect(read('Your appeal has not been upheld.')).toEqual(['passive-refusal:has not been upheld']);
    expect(read("The order can't be cancelled once packed.")).toEqual(["passive-refusal:can't be cancelled"]);
  });

  it('what is not possible, available or allowed, in any voice', () => {
    expect(read('Priority boarding is unavailable to Basic fares.')).toEqual(['not-available:unavailable']);
    expect(read("It's not possible to merge the accounts.")).toEqual(["not-available:'s not possible"]);
    expect(read('Pets are not permitted in our vans.')).toEqual(['not-available:are not permitted']);
    expect(read('A partial refund is out of the question.')).toEqual(['not-available:out of the question']);
    expect(read('The deposit is non-refundable.')).toEqual(['not-available:non-refundable']);
    expect(read('There is no possibility of a refund on this fare.')).toEqual(['not-available:no possibility']);
    expect(read('Customers are not entitled to a replacement.')).toEqual(['not-available:are not entitled']);
  });

  it('refusals announced, and nothing left to do', () => {
    expect(read('Your request has been declined.')).toEqual(['declined:has been declined']);
    expect(read('We decline to reopen the ticket.')).toEqual(['declined:decline']);
    expect(read("We've had to refuse the booking.")).toEqual(['declined:refuse']);
    expect(read('Nothing further can be done.')).toEqual(['nothing-can-be-done:Nothing further can be done']);
    expect(read("There's nothing more we can do.")).toEqual(['nothing-can-be-done:nothing more we can do']);
  });

  it('obligations put on the customer', () => {
    expect(read('You are required to upload a copy of your ID.')).toEqual(['customer-obligation:You are required to']);
    expect(read('Before we go on, you must verify your identity.')).toEqual(['customer-obligation:you must']);
    expect(read('It is mandatory to wear a helmet.')).toEqual(['customer-obligation:is mandatory']);
    expect(read("You'll need to pay by Friday, otherwise the order is cancelled.")).toEqual(["customer-obligation:You'll need to"]);
  });

  it('blame in the second person', () => {
    expect(read('You never replied to our email.')).toEqual(['second-person-blame:You never replied']);
    expect(read("you didnt attach the receipt")).toEqual(['second-person-blame:you didnt attach']);
    expect(read('You failed to cancel in time.')).toEqual(['second-person-blame:You failed']);
    expect(read("It's on you to check the size chart.")).toEqual(["second-person-blame:'s on you"]);
    expect(read('Had you read the email, you would know.')).toEqual(['second-person-blame:Had you read']);
    expect(read('If you had read the terms, this was all there.')).toEqual(['second-person-blame:If you had read']);
    expect(read("Why didn't you call us?")).toEqual(["second-person-blame:Why didn't you call"]);
    expect(read('You were warned about the fee.')).toEqual(['second-person-blame:You were warned']);
    expect(read('You clearly missed the email.')).toEqual(['second-person-blame:You clearly missed']);
    expect(read('It was your mistake.')).toEqual(['second-person-blame:your mistake']);
  });

  it('minimising and stonewalling', () => {
    expect(read("It's not a big deal.")).toEqual(['minimising:not a big deal']);
    expect(read("Honestly you're overthinking this.")).toEqual(['minimising:overthinking']);
    expect(read("It's just a scratch.")).toEqual(["minimising:'s just a scratch"]);
    expect(read('The answer is no.')).toEqual(['stonewalling:answer is no']);
    expect(read('Rules are rules.')).toEqual(['stonewalling:Rules are rules']);
    expect(read('Our decision is final.')).toEqual(['stonewalling:decision is final']);
    expect(read("That's the end of the matter.")).toEqual(['stonewalling:end of the matter']);
    expect(read("I've nothing further to add.")).toEqual(['stonewalling:nothing further to add']);
  });
});

// Session 9 (en.wide): more constructions per family, lexical predicates as data (LEX_PHRASES), guards for neutrals.
describe('English generic reader: wider families (en.wide)', () => {
  it('subjectless refusals and the negation in a "neither … nor" subject', () => {
    expect(read('Unable to process a refund to a closed account.')).toEqual(['negated-ability:Unable to process']);
    expect(read('Cant help with that one sorry.')).toEqual(['negated-ability:Cant help']);
    expect(read('Neither the flight nor the hotel can be cancelled now.')).toEqual(['passive-refusal:can be cancelled']);
    // near-misses: feelings and findings, a condition, a reassurance
    expect(read("Can't wait to see you at the launch.")).toEqual([]);
    expect(read("Can't thank you enough for the feedback.")).toEqual([]);
    expect(read('Neither you nor your partner will be charged.')).toEqual([]);
  });

  it('out of scope, blunt idioms and "says no"', () => {
    expect(read('Bulk exports are outside the scope of the Starter plan.')).toEqual(['out-of-scope:outside the scope']);
    expect(read('Reinstating the account is not within my power.')).toEqual(['out-of-scope:not within my power']);
    expect(read('Your request is out of our hands now.')).toEqual(['out-of-scope:out of our hands']);
    expect(read('Your postcode falls outside our delivery area.')).toEqual(['out-of-scope:falls outside']);
    expect(read('A second replacement is beyond what the warranty covers.')).toEqual(['out-of-scope:beyond what the warranty covers']);
    expect(read('A cash alternative is off the table.')).toEqual(['refusal-idiom:off the table']);
    expect(read('Re the fee waiver, that is a no from finance.')).toEqual(['refusal-idiom:is a no']);
    expect(read("I'm going to have to say no to the discount.")).toEqual(['refusal-idiom:to say no']);
    expect(read('The bank said no to the overdraft extension.')).toEqual(['refusal-idiom:said no']);
    expect(read('That won\'t fly with the underwriters.')).toEqual(["refusal-idiom:That won't fly"]);
    // near-misses
    expect(read('Nothing is off the table, we can repair, replace or refund.')).toEqual([]);
    expect(read('It won\'t happen again, and the setting is fixed.')).toEqual([]);
    expect(read('He said no problem, the van can wait.')).toEqual([]);
    expect(read('You said no to the upgrade, so the plan stays as it is.')).toEqual([]);
    expect(read("That is a no-brainer, the annual plan saves you money.")).toEqual([]);
  });

  it('the system blamed, with any machine as the subject', () => {
    expect(read('our crm wont let me merge the two profiles')).toEqual(['system-blocks:crm wont let']);
    expect(read("The till won't take two vouchers on one order.")).toEqual(["system-blocks:till won't take"]);
    expect(read("The checkout doesn't allow two promo codes.")).toEqual(["system-blocks:checkout doesn't allow"]);
    expect(read('The terminal keeps rejecting the code.')).toEqual(['system-blocks:terminal keeps rejecting']);
    expect(read('The computer says no.')).toEqual(['system-blocks:computer says no']);
    // near-misses: time, privacy, conditions
    expect(read("The app won't take long to update.")).toEqual([]);
    expect(read("The portal won't let anyone else see your documents.")).toEqual([]);
    expect(read("If the website won't accept your card, reply here.")).toEqual([]);
    expect(read("Our system doesn't store your card number.")).toEqual([]);
  });

  it('not knowing, and requests sent elsewhere', () => {
    expect(read("I haven't the faintest idea why the label printed blank.")).toEqual(['not-knowing:I haven\'t the faintest idea']);
    expect(read('Not a clue where the second tyre went.')).toEqual(['not-knowing:Not a clue']);
    expect(read('Why it got flagged is beyond me.')).toEqual(['not-knowing:is beyond me']);
    expect(read('Who knows when the next batch will land.')).toEqual(['not-knowing:Who knows']);
    expect(read('Refunds are handled elsewhere.')).toEqual(['handled-elsewhere:handled elsewhere']);
    expect(read('Those requests are dealt with by a different team.')).toEqual(['handled-elsewhere:dealt with by a different']);
    expect(read('thats not something the lettings desk looks after')).toEqual(['handled-elsewhere:not something the lettings desk looks after']);
    // near-misses
    expect(read("You'll have no idea the update happened, it's that quick.")).toEqual([]);
    expect(read('The customer had no idea the plan renewed.')).toEqual([]);
    expect(read('Refunds are handled by our finance team within a day.')).toEqual([]);
  });

  it('obligations on the customer, not on the company', () => {
    expect(read('You ought to change your password after this.')).toEqual(['customer-obligation:You ought to']);
    expect(read("You'd better check the spam folder.")).toEqual(["customer-obligation:You'd better"]);
    expect(read("You've got to register the warranty within 30 days.")).toEqual(["customer-obligation:You've got to"]);
    expect(read('It is mandatory that you complete the safety briefing.')).toEqual(['customer-obligation:is mandatory that you']);
    // near-misses: the company's own duty, enthusiasm
    expect(read("It's mandatory for us to keep a record of the call.")).toEqual([]);
    expect(read('It is mandatory for the company to send you a copy.')).toEqual([]);
    expect(read("You've got to see the new colours, they're lovely.")).toEqual([]);
    expect(read('You ought to have received it by now.')).not.toContain('customer-obligation:You ought to');
  });

  it('blame: on your end, the mistake was yours, your failure to, a missed deadline, the wrong …', () => {
    expect(read('The problem is on your end, our server is fine.')).toEqual(['second-person-blame:on your end']);
    expect(read('The mistake was yours when you entered the card number.')).toEqual(['second-person-blame:The mistake was yours']);
    expect(read('Your failure to pay on time triggered the late fee.')).toEqual(['second-person-blame:Your failure to']);
    expect(read('you missed the cut-off for cancellations')).toEqual(['second-person-blame:you missed']);
    expect(read("That's down to you, not the courier.")).toEqual(["second-person-blame:'s down to you"]);
    expect(read('You typed the wrong postcode on the order.')).toEqual(['second-person-blame:You typed the wrong']);
    // near-misses
    expect(read("The problem wasn't on your end at all.")).toEqual([]);
    expect(read("It's entirely down to you which plan you pick.")).toEqual([]);
    expect(read('You missed nothing important, the webinar is recorded.')).toEqual([]);
    expect(read('You received the wrong item, so a new one is on its way.')).toEqual([]);
  });

  it('time refusals, hedged effort, non-apologies, talking down and policy shields', () => {
    expect(read('Delivery is no sooner than ten days from now.')).toEqual(['time-refusal:no sooner than']);
    expect(read('the earliest we can do is thursday')).toEqual(['time-refusal:the earliest we can']);
    expect(read("Don't expect it before the weekend.")).toEqual(["time-refusal:Don't expect"]);
    expect(read("We'll see if the warehouse has one.")).toEqual(["hedged-effort:We'll see if"]);
    expect(read("I'll have a go at resetting it from here.")).toEqual(["hedged-effort:I'll have a go"]);
    expect(read('I apologise if you feel let down.')).toEqual(['non-apology:apologise if you feel']);
    expect(read("As you would know if you'd read the email, the venue changed.")).toEqual(['talking-down:As you would know']);
    expect(read('Let me be clear: the account is closed.')).toEqual(['talking-down:Let me be clear']);
    expect(read('In line with our procedures, the card has been frozen.')).toEqual(['policy-shield:In line with our procedures']);
    expect(read('we have a strict policy on photo ID for collections')).toEqual(['policy-shield:strict policy on']);
    expect(read('I have to follow the rules like everyone else.')).toEqual(['policy-shield:have to follow the rules']);
    expect(read('Sharing one licence across two offices is against the rules.')).toEqual(['policy-shield:against the rules']);
    // near-misses
    expect(read('The earliest slot is 9 am and I have held it for you.')).toEqual([]);
    expect(read("We'll have it with you by Friday at the latest.")).toEqual([]);
    expect(read("We'll see you on the 14th!")).toEqual([]);
    expect(read('Sorry if you already paid, please ignore this reminder.')).toEqual([]);
    expect(read('As you know, we moved to a new office in May.')).toEqual([]);
    expect(read('As you may have seen, the prices drop on Friday.')).toEqual([]);
    expect(read("Under our terms, you're covered for accidental damage.")).toEqual([]);
    expect(read("I'll explain the charges, as per the terms and conditions.")).toEqual([]);
    expect(read('It is against the rules for us to charge you for that, so it is removed.')).toEqual([]);
    expect(read('We have a strict privacy policy, so your data is safe.')).toEqual([]);
  });

  it('second batch: nominalised company refusals, announced refusals, duties, errors on your part, not sure, talking down', () => {
    expect(read("Replacement keys aren't something our office can issue.")).toEqual(["negated-ability:n't something our office can issue"]);
    expect(read('Your claim for compensation was turned down.')).toEqual(['declined:was turned down']);
    expect(read('That falls under the exclusions in your policy.')).toEqual(['not-available:falls under the exclusions']);
    expect(read("That's a matter for the landlord.")).toEqual(['handled-elsewhere:a matter for the']);
    expect(read('You will be required to show proof of address.')).toEqual(['customer-obligation:You will be required to']);
    expect(read('You are responsible for returning the equipment.')).toEqual(['customer-obligation:You are responsible for']);
    expect(read("It's your job to keep the login details safe.")).toEqual(['customer-obligation:your job to']);
    expect(read('That was an error on your part.')).toEqual(['second-person-blame:error on your part']);
    expect(read("I'm not too sure about that one.")).toEqual(["not-knowing:I'm not too sure"]);
    expect(read("I couldn't say why it happened.")).toEqual(["not-knowing:I couldn't say"]);
    expect(read("I'll say this one more time: the office is closed.")).toEqual(['talking-down:say this one more time']);
    expect(read("It's clearly stated on the website.")).toEqual(["talking-down:'s clearly stated"]);
    // near-misses
    expect(read('Your card was turned down by the bank, so nothing was taken.')).toEqual([]);
    expect(read("You're not responsible for the repair costs.")).toEqual([]);
    expect(read('There was no error on your part.')).toEqual([]);
    expect(read("I can't tell you how glad we are you're back.")).toEqual([]);
    expect(read("We're not sure yet, but I'll confirm by 3 pm.")).toEqual([]);
    expect(read("I'm sorry this happened for the second time.")).toEqual([]);
  });

  it('the lexical predicates are data: every phrase has a construction with an explanation in both languages', () => {
    for (const p of LEX_PHRASES) {
      expect(EXPLAIN_EN[p.construction], p.seq).toBeDefined();
      expect(p.seq.split(' ')[0].startsWith('?'), p.seq).toBe(false);
    }
    for (const [id, e] of Object.entries(EXPLAIN_EN)) {
      expect(e.en, id).toContain('{words}');
      expect(e.fa, id).toContain('{words}');
    }
  });
});

describe('English generic reader: guards (trust before coverage)', () => {
  const fine = [
    // reassuring negations
    "You won't be charged twice.",
    'There is no extra fee.',
    "There's nothing to worry about.",
    "This won't affect your booking.",
    "Don't worry, it's sorted.",
    "We won't share your address with anyone.",
    "We won't cancel your booking while the dispute is open.",
    'It\'s not possible for anyone else to see your card.',
    "There's no way you'll be charged twice.",
    // negated problems
    "The outage won't happen again.",
    'No errors were found.',
    'The refund can\'t be missed, it shows as its own line.',
    // conditionals about the customer
    "If you can't log in, reset your password.",
    'If the courier can\'t get in, they will leave a card.',
    // first-person regret
    "We shouldn't have closed your ticket.",
    // questions to the customer
    "Can't you log in?",
    "Can you confirm you didn't receive the email?",
    // good news, feelings, findings
    'Your claim has been approved.',
    "We can't wait to see you!",
    "I can't thank you enough.",
    "I can't see any charge on your account.",
    'Your card was declined by the bank.',
    "I won't mark this as solved until you're happy.",
    // help that needs nothing from the customer
    "You don't need to do anything.",
    'You must be exhausted after that trip.',
    'You must have received it by now.',
    'You should have received a text by now.',
    "It's not your fault the code didn't arrive.",
    "It's no big deal if you need to move the date.",
    // the offer is already there
    "We can't change the date, but we can reprint the ticket for free.",
    // the customer's own trouble, not the agent's refusal
    'You are experiencing payment errors and are unable to make a transfer.',
    'Our team will make sure your error is resolved.',
    'The fare is non-flexible.',
  ];
  it.each(fine)('%s', (s) => {
    expect(read(s)).toEqual([]);
  });

  it('never throws and returns nothing on odd input', () => {
    for (const s of ['', 'a', '???', '\u0000\u0000', "can't", 'not not not not', 'x'.repeat(5000)]) expect(() => readGenericEn(s)).not.toThrow();
    expect(readGeneric('en', '')).toEqual([]);
    expect(readGeneric('fa', 'نمی‌تونم')).toBeInstanceOf(Array);
  });

  it('reads a long run-on sentence in one pass (every hit inside it, none overlapping)', () => {
    const s = Array.from({ length: 300 }, (_, k) => (k % 3 ? 'and the gym wont refund the fee' : 'we cannot release the deposit')).join(', ');
    const hits = readGenericEn(s);
    expect(hits.length).toBeGreaterThan(100);
    for (let k = 1; k < hits.length; k++) expect(hits[k].start).toBeGreaterThanOrEqual(hits[k - 1].end);
  });
});

describe('generic advice in the engine', () => {
  const refusal = 'Your deposit cannot, under the terms of the lease, be released before May.';

  it('is advice from the tactful-generic pseudo-pack: no text change, an explanation naming the words', () => {
    const [s] = suggestRewrites(refusal, builtinPacks, { cache: false });
    expect(s).toMatchObject({ packId: GENERIC_PACK_ID, ruleId: 'passive-refusal', kind: 'advice', replacements: [], category: 'cant-wont', language: 'en' });
    expect(s.original).toBe('cannot, under the terms of the lease, be released');
    expect(s.flagged).toEqual({ start: s.start, end: s.end });
    expect(s.explanation).toMatch(/^This reads as a refusal \(cannot, under the terms of the lease, be released\): /);
    // Apply all changes nothing; the score counts it like any flag.
    expect(applyAll(refusal, [s])).toBe(refusal);
    expect(positivityScore(refusal, [s])).toBeLessThan(100);
  });

  it('explains in the UI language, Persian with the English words isolated', () => {
    const [fa] = suggestRewrites(refusal, builtinPacks, { cache: false, uiLang: 'fa' });
    expect(fa.explanation).toContain('پاسخ منفی');
    expect(fa.explanation).toContain('\u2068cannot, under the terms of the lease, be released\u2069');
    for (const [id, e] of Object.entries(EXPLAIN_EN)) {
      expect(e.en, id).toContain('{words}');
      expect(e.fa, id).toMatch(/[\u0600-\u06ff]/);
      expect(explainGeneric('en', id, 'en', 'x')).not.toContain('{words}');
    }
    // A very long span is shortened at its middle.
    expect(explainGeneric('en', 'declined', 'en', 'a'.repeat(200)).length).toBeLessThan(EXPLAIN_EN.declined.en.length + 60);
  });

  it('never in quoted customer text', () => {
    const draft = 'Thanks for writing in.\n\n> Your deposit cannot be released, they said. You never replied.';
    const quote: [number, number] = [draft.indexOf('>'), draft.length];
    expect(suggestRewrites(draft, builtinPacks, { cache: false, exclude: [quote] })).toEqual([]);
    const inline = 'You wrote "nothing further can be done" and I understand.';
    const q: [number, number] = [inline.indexOf('"'), inline.lastIndexOf('"') + 1];
    expect(suggestRewrites(inline, builtinPacks, { cache: false, exclude: [q] }).filter((s) => s.packId === GENERIC_PACK_ID)).toEqual([]);
  });

  it('gives way to a pack rule in the same clause, and stands beside one in another clause', () => {
    const p = testPack([{ patterns: ['cannot be released'], replacements: ['can be released later'] }]);
    const same = suggestRewrites('Your deposit cannot be released before May.', [p], { cache: false });
    expect(same.map((s) => s.packId)).toEqual([p.id]);
    const other = testPack([{ patterns: ['thanks'], replacements: ['thank you'] }]);
    const both = suggestRewrites('Thanks, but your deposit cannot be released before May.', [other], { cache: false });
    expect(both.map((s) => s.packId)).toEqual([other.id, GENERIC_PACK_ID]);
    for (let k = 1; k < both.length; k++) expect(both[k].start).toBeGreaterThanOrEqual(both[k - 1].end);
  });

  it('in Persian, a sentence frame («متأسفانه», an apology) in the clause does not hide the refusal after it', () => {
    const draft = 'متأسفانه امکان ارائه‌ی نسخه‌ی چاپی گواهینامه فراهم نمی‌باشد.';
    const got = suggestRewrites(draft, builtinPacks, { cache: false });
    // The refusal is read (not-available); since the seventeenth session it is a template that keeps «متأسفانه» with the
    // refusal and adds what the agent can do (template16.fa.ts), one suggestion for the sentence.
    expect(got.map((s) => s.packId === GENERIC_PACK_ID ? s.ruleId : s.category)).toEqual(['not-available']);
    expect(got[0].kind).toBe('template');
    expect(got[0].replacements[0]).toBe('متأسفانه امکان ارائه‌ی نسخه‌ی چاپی گواهینامه فراهم نمی‌باشد، اما آنچه می‌توانیم انجام دهیم این است که ___');
    // A pack rule of another kind in the clause still stands alone there.
    const p = testPack([{ patterns: ['امکان'], category: 'cant-wont' }], { languages: ['fa'] });
    expect(suggestRewrites('امکان ارائه‌ی نسخه‌ی چاپی فراهم نمی‌باشد.', [p], { cache: false }).map((s) => s.packId)).toEqual([p.id]);
  });

  it('is silenced per construction and disabled like a pack, and off for pack checks', () => {
    const p = testPack([{ patterns: ['zzz'] }]);
    expect(suggestRewrites(refusal, [p], { cache: false })).toHaveLength(1);
    expect(suggestRewrites(refusal, [p], { cache: false, silenced: new Set([`${GENERIC_PACK_ID}/passive-refusal`]) })).toEqual([]);
    expect(suggestRewrites(refusal, [p], { cache: false, silenced: new Set([`${GENERIC_PACK_ID}/declined`]) })).toHaveLength(1);
    expect(suggestRewrites(refusal, [p], { cache: false, disabledPacks: new Set([GENERIC_PACK_ID]) })).toEqual([]);
    expect(suggestRewrites(refusal, [p], { cache: false, generic: false })).toEqual([]);
    // A minimum severity above the construction's hides it too (obligations are hints).
    expect(suggestRewrites('You are required to upload your ID.', [p], { cache: false, minSeverity: 'warning' })).toEqual([]);
    // Generic advice still comes when every pack is disabled.
    expect(suggestRewrites(refusal, [p], { cache: false, disabledPacks: new Set([p.id]) })).toHaveLength(1);
  });

  it('is read once per sentence and served from the sentence cache on the next keystroke', () => {
    const p = testPack([{ patterns: ['zzz'] }]);
    const draft = `Hello there. ${refusal} Kind regards`;
    const first = suggestRewrites(draft, [p]);
    const stats: ScanStats = { steps: 0, candidates: 0, exceptions: 0, vetoed: 0 };
    const again = suggestRewrites(`${draft}!`, [p], { stats });
    expect(stats.cached).toBeGreaterThanOrEqual(2);
    expect(again).toEqual(first);
    // A sentence cached while generic advice was off gets it when asked for.
    const fresh = 'Refund requests made after 14 days will not be considered.';
    expect(suggestRewrites(fresh, [p], { generic: false })).toEqual([]);
    expect(suggestRewrites(fresh, [p]).map((s) => s.ruleId)).toEqual(['passive-refusal']);
  });

  it('keeps the sentence cache to a bounded number of characters: long pasted text empties it', () => {
    const p = testPack([{ patterns: ['zzz'] }]);
    const draft = `Hello there. ${refusal}`;
    suggestRewrites(draft, [p]);
    const count = (d: string) => {
      const stats: ScanStats = { steps: 0, candidates: 0, exceptions: 0, vetoed: 0 };
      suggestRewrites(d, [p], { stats });
      return stats.cached ?? 0;
    };
    expect(count(draft)).toBe(2);
    // 120 distinct run-on sentences of ~4,000 characters (a pasted log): more characters than the cache keeps.
    const run = Array.from({ length: 120 }, (_, i) => `Line ${i} ${'word '.repeat(800)}end${i}.`).join(' ');
    suggestRewrites(run, [p]);
    expect(count(draft)).toBe(0);
    expect(count(draft)).toBe(2);
  });
});

describe('a reader that throws', () => {
  it('fails the tests instead of silently reading nothing (the extension itself reads nothing for that sentence)', () => {
    // Broken tokens make every reader throw; under vitest the exception must reach the caller, so that a reader
    // that goes blind on some sentence shows up in the unit and quality tests.
    expect(() => readGeneric('en', "I can't do that, it's our policy.", [null as never, null as never])).toThrow();
    expect(() => readGeneric('fa', 'نمیتونم، قانونمون اینه.', [null as never, null as never])).toThrow();
  });
});
