// @vitest-environment node
/**
 * (ml32) The learnt readers' clause cues (lib/rewrite/learnt/features.clause.ts) and span trimming (span-trim.ts), read
 * over the language layer's tokens: the cue each kind gives, and the contrasts that must give another (the customer vs
 * the team as subject, a main clause vs a condition, a contrast clause's polarity); a span loses the function words at
 * its edges and the clause tail past its negated verb, never its content. Sentences are this test's own, in other
 * trades than the evaluation sets; learnt-* test files are left out of the readers' training pool.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { featuresEn, featureHashesEn, sentenceFeatureHashesEn, sentenceFeaturesEn } from '../../../lib/rewrite/learnt/features.en.ts';
import { featuresFa, featureHashesFa, sentenceFeatureHashesFa, sentenceFeaturesFa } from '../../../lib/rewrite/learnt/features.fa.ts';
import { CLAUSE_CUES, clauseCuesEn, clauseCuesFa } from '../../../lib/rewrite/learnt/features.clause.ts';
import { hashFeature, wordIndices } from '../../../lib/rewrite/learnt/model.ts';
import { contentWordEn, inConditionEn, loadNegEnModel, ownedPromise, selfObligation, shouted } from '../../../lib/rewrite/learnt/neg.en.ts';
import { contentWordFa } from '../../../lib/rewrite/learnt/neg.fa.ts';
import { trimSpan } from '../../../lib/rewrite/learnt/span-trim.ts';

const cues = (text: string): string[][] => {
  const t = analyzeSentenceTokens(text);
  const w = wordIndices(t);
  return [...(/[\u0600-\u06FF]/.test(text) ? clauseCuesFa(t, w) : clauseCuesEn(t, w)).values()];
};
const all = (text: string) => cues(text).flat();

describe('clause cues (ml32)', () => {
  // The cues are read as CLAUSE_CUES says (the shipped readers' setting); here both languages read them on every word.
  const was = { ...CLAUSE_CUES };
  beforeAll(() => Object.assign(CLAUSE_CUES, { en: true, fa: true, words: 'all' }));
  afterAll(() => Object.assign(CLAUSE_CUES, was));

  it('reads the subject person of a clause and its negation', () => {
    expect(all("You didn't upload the second page of the lease.")).toContain('subj:2|n');
    expect(all("We didn't upload the second page of the lease.")).toContain('subj:1|n');
    expect(all("You didn't upload the second page of the lease.")).toContain('youpast|n');
    expect(all("We didn't upload the second page of the lease.")).not.toContain('youpast|n');
    expect(all('شما مدارک بیمه را بارگذاری نکردید.')).toContain('subj:2p|n');
    expect(all('ما مدارک بیمه را بارگذاری نکردیم.')).toContain('subj:1p|n');
    expect(all('شما مدارک بیمه را بارگذاری نکردید.')).toContain('youpast|n');
    expect(all('ما مدارک بیمه را بارگذاری نکردیم.')).not.toContain('youpast|n');
  });

  it('reads a counterfactual "you should have"', () => {
    expect(all('You should have checked the tyre pressure first.')).toContain('youpast:cf|p');
    expect(all('You should check the tyre pressure first.')).not.toContain('youpast:cf|p');
  });

  it('reads a modal of obligation or ability with its negation', () => {
    expect(all('You have to renew the permit in person.')).toContain('mod:obl|p');
    expect(all("Sorry, we can't reopen the claim.")).toContain('mod:abl|n');
    expect(all('The clinic is unable to move the appointment.')).toContain('mod:abl|n');
    expect(all('We can reopen the claim today.')).toContain('mod:abl|p');
    expect(all('باید فرم رضایت‌نامه را امضا کنید.')).toContain('mod:obl|p');
    expect(all('نمی‌شه نوبت رو جابجا کرد.')).toContain('mod:abl|n');
    expect(all('امکان تمدید قرارداد وجود ندارد.')).toContain('mod:abl|n');
    expect(all('نمی‌تونیم نوبت رو جابجا کنیم.')).toContain('mod:abl|n');
  });

  it('tells a main clause from a condition or a time clause', () => {
    expect(cues("If the parcel hasn't arrived by Friday, call us.")[0]).toContain('sub:if');
    expect(cues("Once the paint is dry, you can't touch up the edge.")[0]).toContain('sub:once');
    expect(cues("The parcel hasn't arrived yet.")[0]).toContain('main');
    expect(cues('اگه بسته تا جمعه نرسید، با ما تماس بگیرید.')[0]).toContain('sub:اگه');
    expect(cues('وقتی رنگ خشک شد، دیگه نمی‌شه لبه‌ها رو اصلاح کرد.')[0]).toContain('sub:وقتی');
    expect(cues('بسته هنوز نرسیده است.')[0]).toContain('main');
  });

  it('reads the polarity of a clause after "but / however", «ولی / اما»', () => {
    expect(all("I understand, but we can't waive the fee.")).toContain('but|n');
    expect(all('I understand, but we can waive the fee this once.')).toContain('but|p');
    expect(all('متوجه هستم، ولی نمی‌تونیم جریمه رو ببخشیم.')).toContain('but|n');
    expect(all('متوجه هستم، اما این بار جریمه رو می‌بخشیم.')).toContain('but|p');
  });

  it('gives the trainer and the reader the same features (names hashed = hashes read)', () => {
    for (const text of ["If you didn't get the code, we can't unlock it, but I can resend it.", 'اگه کد رو نگرفتید، ما نمی‌تونیم بازش کنیم ولی دوباره می‌فرستم.']) {
      const t = analyzeSentenceTokens(text);
      const fa = /[\u0600-\u06FF]/.test(text);
      const names = fa ? featuresFa(t) : featuresEn(t);
      const hashes = fa ? featureHashesFa(t) : featureHashesEn(t);
      expect(names.map((f) => f.map((x) => hashFeature(x) | 0))).toEqual(hashes.map((h) => [...h]));
      expect(names.some((f) => f.some((x) => x.startsWith('c:')))).toBe(true);
      const bag = fa ? sentenceFeaturesFa(t) : sentenceFeaturesEn(t);
      expect(bag.map((x) => hashFeature(x) | 0)).toEqual([...(fa ? sentenceFeatureHashesFa(t) : sentenceFeatureHashesEn(t))]);
      expect(bag.some((x) => x.startsWith('Sc:'))).toBe(true);
    }
  });
});

/** The span of `part` in `text` trimmed, as text (the whole part when nothing is trimmed). */
function trimmed(text: string, part: string): string {
  const t = analyzeSentenceTokens(text);
  const at = text.indexOf(part);
  const words = t.filter((x) => x.word && x.start >= at && x.end <= at + part.length);
  const fa = /[\u0600-\u06FF]/.test(text);
  const r = trimSpan(fa ? 'fa' : 'en', words, fa ? contentWordFa : contentWordEn);
  return r ? text.slice(r[0], r[1]) : part;
}

describe('span trimming (ml32)', () => {
  it('drops function words at either edge', () => {
    expect(trimmed('I do apologise for this, the courier left it at the depot.', 'I do apologise for this')).toBe('I do apologise');
    expect(trimmed("We'll see what the florist can do and get back to you.", "We'll see what")).toBe("We'll see");
    expect(trimmed('The lift is out, so please use the stairs.', 'so please use the')).toBe('please use');
    expect(trimmed('I hope this helps, but the gym cannot refund a used pass.', 'I hope this')).toBe('I hope');
    expect(trimmed('لطفاً به پاسخ قبلی این دفتر که ارسال شده مراجعه کنید.', 'پاسخ قبلی این دفتر که')).toBe('پاسخ قبلی این دفتر');
    expect(trimmed('خواهشمندیم قرارداد را با دقت مطالعه فرمایید.', 'را با دقت مطالعه فرمایید')).toBe('با دقت مطالعه فرمایید');
  });

  it('keeps the words a phrase opens with, and never trims to nothing', () => {
    expect(trimmed('You should have read the terms.', 'You should have read')).toBe('You should have read');
    expect(trimmed('To be fair, the warranty ran out in May.', 'To be fair')).toBe('To be fair');
    expect(trimmed('As I said before, the deposit is not refundable.', 'As I said')).toBe('As I said');
    expect(trimmed('Refunds are handled by the airline, not us.', 'handled by')).toBe('handled by');
    expect(trimmed('Clear your cookies and try again.', 'Clear your')).toBe('Clear your');
    expect(trimmed('با عرض پوزش، سالن تا ساعت ده بسته است.', 'با عرض پوزش')).toBe('با عرض پوزش');
    expect(trimmed('این واحد مسئول نمی‌باشد.', 'این واحد مسئول نمی‌باشد')).toBe('این واحد مسئول نمی‌باشد');
    expect(trimmed('It is the rule.', 'the')).toBe('the');
  });

  it('cuts the clause tail after a negated verb, keeping its first words', () => {
    expect(trimmed('We are not able to refund the booking fee once the season has started.', 'not able to refund the booking fee once the season')).toBe('not able to refund');
  });
});

describe('jargon in a sentence written in capitals (ml32, neg.en.ts shouted)', () => {
  /** Shouted lines of other trades: every word has a term's capitals, none is a term. */
  const SHOUTED = [
    'BAKERY CLOSED SUNDAY, NO BREAD DELIVERIES TILL MON',
    'GATE CODE CHANGED, NEW ONE IS ON THE NOTICE BOARD',
    'POOL SHUT FOR CLEANING SO NO SWIM LESSONS THIS WEEK',
    'SORRY WE CANNOT SHIP TO PO BOXES',
  ];
  /** Mixed case, or a few capitals in a sentence: the capitals still mark a term. */
  const NOT_SHOUTED = ['Your order is on hold in QA until the L2 team signs it off.', 'The PO number is on the invoice.', 'OK, see you Friday.'];

  beforeAll(() => loadNegEnModel());

  it('reads a sentence as shouted only when most of its words are in capitals', () => {
    for (const s of SHOUTED) expect(shouted(analyzeSentenceTokens(s)), s).toBe(true);
    for (const s of NOT_SHOUTED) expect(shouted(analyzeSentenceTokens(s)), s).toBe(false);
  });

  it('shows no jargon advice on a shouted sentence without a digit or a joined code', () => {
    for (const s of SHOUTED) expect(suggestRewrites(s, builtinPacks, { learnt: true, cache: false }).filter((x) => x.ruleId === 'learnt-jargon'), s).toEqual([]);
  });
});

describe('a refusal read inside a condition (ml32, neg.en.ts inConditionEn)', () => {
  const at = (s: string, w: string) => {
    const t = analyzeSentenceTokens(s);
    const i = s.indexOf(w);
    return inConditionEn(t, t.filter((x) => x.word && x.start >= i && x.end <= i + w.length));
  };
  it('reads the case a condition names as a condition, in other trades', () => {
    expect(at('The boiler can still be serviced even if it has not been used all summer.', 'used')).toBe(true);
    expect(at("Your seat stays booked unless the match isn't played.", 'played')).toBe(true);
    expect(at("We can re-send the link even if you haven't opened the first one.", "haven't opened")).toBe(true);
    expect(at('Let us know whether the parcel has not arrived by Friday.', 'arrived')).toBe(true);
  });
  it('leaves a refusal in the main clause read', () => {
    expect(at("If you haven't had the code, we can't reset it.", "can't reset")).toBe(false);
    expect(at("We can't reset it if you haven't had the code.", "can't reset")).toBe(false);
    expect(at("If it's urgent we can't do anything before Monday.", "can't do")).toBe(false);
    expect(at("Sorry, the gym can't freeze memberships.", "can't freeze")).toBe(false);
  });
});

describe('an owned promise (ml32, neg.en.ts ownedPromise)', () => {
  const at = (s: string, w: string) => {
    const t = analyzeSentenceTokens(s);
    const i = s.indexOf(w);
    return ownedPromise(t, t.filter((x) => x.word && x.start >= i && x.end <= i + w.length));
  };
  it('reads the agent promising to make sure as a promise, in other trades', () => {
    expect(at("We'll make sure the engineer brings the right valve.", "We'll make sure")).toBe(true);
    expect(at('I will ensure the refund reaches your card today.', 'I will ensure')).toBe(true);
    expect(at("I'll personally make sure it's sorted by Friday.", 'make sure')).toBe(true);
    expect(at('I will make sure this does not happen again.', 'I will make sure')).toBe(true);
  });
  it('leaves the customer told to make sure read', () => {
    expect(at('Please make sure you read the manual before calling.', 'make sure')).toBe(false);
    expect(at('Make sure you bring your booking number.', 'Make sure')).toBe(false);
    expect(at('I need you to make sure the gate is shut.', 'make sure')).toBe(false);
  });
  it('shows no advice on the promise with the reader on', async () => {
    await loadNegEnModel();
    for (const s of ['I will make sure this does not happen again.', "We'll make sure the engineer brings the right valve."])
      expect(suggestRewrites(s, builtinPacks, { learnt: true, cache: false }).filter((x) => x.ruleId.startsWith('learnt-')), s).toEqual([]);
  });
});

describe('an obligation the agent shares or takes (ml32, neg.en.ts selfObligation)', () => {
  const at = (s: string, w: string) => {
    const t = analyzeSentenceTokens(s);
    const i = s.indexOf(w);
    return selfObligation(t, t.filter((x) => x.word && x.start >= i && x.end <= i + w.length));
  };
  it('reads "we have to / I need to" as the agent’s own, in other trades', () => {
    expect(at('We all have to wait for the planning office on this one.', 'to wait')).toBe(true);
    expect(at('I need to check with the kennel manager first.', 'check')).toBe(true);
    expect(at('We must get the surveyor back out before we sign it off.', 'get')).toBe(true);
  });
  it('leaves an obligation laid on the customer read', () => {
    expect(at('You have to wait for the planning office.', 'to wait')).toBe(false);
    expect(at('We need you to sign the form before Friday.', 'sign')).toBe(false);
    expect(at('Your dog must be vaccinated before the stay.', 'be vaccinated')).toBe(false);
  });
  it('shows no command advice on the shared wait with the reader on', async () => {
    await loadNegEnModel();
    const s = 'We all have to wait for the council on this one, sorry.';
    expect(suggestRewrites(s, builtinPacks, { learnt: true, cache: false }).filter((x) => x.ruleId === 'learnt-command')).toEqual([]);
  });
});
