// @vitest-environment node
/**
 * (ml33) The learnt readers' clause gates (lib/rewrite/learnt/gates.clause.ts) and the Persian second span
 * (engine.ts LEARNT_SECOND_SPAN, unmarkedBreak): for each kind the folds kept, look-alikes of my own in other trades,
 * spellings and registers that the gate drops, and contrasts of the same words that it must leave to the reader. The
 * gates are asked directly (a reader span may or may not fall on these words; what is tested is the question the gate
 * asks of a span). learnt-* test files are left out of the readers' training pool.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { LEARNT_SECOND_SPAN, unmarkedBreak } from '../../../lib/rewrite/engine.ts';
import { CLAUSE_GATES33, clauseGateEn, clauseGateFa } from '../../../lib/rewrite/learnt/gates.clause.ts';
import { alternativeOffered, customerSees, outsideHours } from '../../../lib/rewrite/learnt/neg.en.ts';

/** The word tokens of the first occurrence of `words` in `text`, and the sentence's tokens. */
function spanOf(text: string, words: string) {
  const tokens = analyzeSentenceTokens(text);
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`«${words}» not in «${text}»`);
  return { tokens, span: tokens.filter((t) => t.word && t.start >= at && t.end <= at + words.length) };
}

/** Whether the shipped clause gates drop a span of `category` over the first occurrence of `words` in `text`. */
function drops(category: string, text: string, words: string): boolean {
  const tokens = analyzeSentenceTokens(text);
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`«${words}» not in «${text}»`);
  const span = tokens.filter((t) => t.word && t.start >= at && t.end <= at + words.length);
  return /[\u0600-\u06FF]/.test(text) ? clauseGateFa(category, text, tokens, span) : clauseGateEn(category, text, tokens, span);
}

describe('clause gates as shipped (ml33)', () => {
  it('switches on only the gates the folds kept', () => {
    expect(Object.entries(CLAUSE_GATES33.en).filter(([, on]) => on).map(([k]) => k)).toEqual(['refuseNoNeg']);
    expect(Object.entries(CLAUSE_GATES33.fa).filter(([, on]) => on).map(([k]) => k).sort()).toEqual(['harmDenied', 'youPast']);
    expect(LEARNT_SECOND_SPAN).toEqual({ en: false, fa: true });
  });
});

describe('English: a refusal read in a clause that refuses nothing (refuseNoNeg)', () => {
  it('drops a refusal, time-refusal or system span whose clause has no negation and no refusing word', () => {
    expect(drops('system', 'Nobody has beaten the escape room yet, so go ahead and take it as a challenge!', 'take')).toBe(true);
    expect(drops('refusal', 'No one has finished the course in under an hour, so feel free to treat it as a dare.', 'treat')).toBe(true);
    expect(drops('time-refusal', 'The new menu launches on Friday, so give it a try.', 'give')).toBe(true);
    expect(drops('refusal', 'The paint dries overnight, so leave the windows open if you like.', 'leave')).toBe(true);
  });
  it('keeps the spans of a clause that refuses, restricts or names a system or a time limit', () => {
    expect(drops('refusal', "We can't take it back after the return window.", 'take')).toBe(false);
    expect(drops('refusal', 'Refunds are only issued to the original card.', 'issued')).toBe(false);
    expect(drops('system', 'The portal is down until Monday morning.', 'portal')).toBe(false);
    expect(drops('system', "The system won't let me change the seat.", 'system')).toBe(false);
    expect(drops('time-refusal', 'Payment is due before the first class.', 'due')).toBe(false);
    expect(drops('refusal', "That date is fully booked, I'm afraid.", 'booked')).toBe(false);
    expect(drops('refusal', 'nah mate, no can do on the upgrade', 'do')).toBe(false);
    expect(drops('system', "The computer's sayin naw tae the extra bag on that flight.", 'computer')).toBe(false);
  });
  it('leaves other categories alone', () => {
    expect(drops('passive-aggressive', 'Nobody has beaten the escape room yet, so go ahead and take it as a challenge!', 'take')).toBe(false);
  });
});

describe('Persian: the customer’s own past told back (youPast)', () => {
  it('drops a span in a clause of the customer’s past action with no negation, reproach, modal or cause', () => {
    expect(drops('blame', 'شما نوشته بودین که بسته ناقص رسید، باقیش امروز ارسال شد', 'بودین')).toBe(true);
    expect(drops('blame', 'شما دیروز سفارش دادید و امروز صبح ارسال شد', 'دادید')).toBe(true);
    expect(drops('blame', 'رنگی که انتخاب کردین الان موجود شده', 'کردین')).toBe(true);
    expect(drops('blame', 'شما فرم بیمه رو پر کردین، پرونده رفته واحد فنی', 'کردین')).toBe(true);
  });
  it('keeps a reproach, a negation, an obligation or a cause', () => {
    expect(drops('blame', 'شما کد پستی رو اشتباه وارد کردید', 'کردید')).toBe(false);
    expect(drops('blame', 'شما فرم را ارسال نکردید', 'نکردید')).toBe(false);
    expect(drops('blame', 'شما دوباره درخواست دادید و تکراری شد', 'دادید')).toBe(false);
    expect(drops('blame', 'شما باید زودتر ثبت‌نام می‌کردید', 'کردید')).toBe(false);
    expect(drops('blame', 'شما رمز رو عوض کردید، برای همین حساب قفل شد', 'کردید')).toBe(false);
    expect(drops('blame', 'ما سفارش رو دیروز ارسال کردیم', 'کردیم')).toBe(false);
  });
});

describe('Persian: a harm’s state denied of the customer’s thing (harmDenied)', () => {
  it('drops a span on the denial or the harm', () => {
    expect(drops('dismissive', 'حساب شما مسدود نیست، فقط رمز عوض شده', 'نیست')).toBe(true);
    expect(drops('dismissive', 'اشتراکتون لغو نشده، نگران نباشید', 'نشده')).toBe(true);
    expect(drops('refusal', 'کارت بانکی‌تون باطل نیست', 'باطل نیست')).toBe(true);
    expect(drops('dismissive', 'نه عزیزم بیمه‌ت قطع نشده، فقط قسطش عقب افتاده', 'قطع نشده')).toBe(true);
  });
  it('keeps what cannot be done, and a harm done', () => {
    expect(drops('refusal', 'این بلیت قابل لغو نیست', 'نیست')).toBe(false);
    expect(drops('refusal', 'امکان لغو نیست', 'نیست')).toBe(false);
    expect(drops('refusal', 'سفارش شما لغو شد', 'شد')).toBe(false);
    expect(drops('dismissive', 'اجازه حذف نیست، باید با پشتیبانی تماس بگیرید', 'نیست')).toBe(false);
  });
});

describe('a second span beside a rule’s suggestion (unmarkedBreak)', () => {
  const at = (text: string, a: string, b: string) => {
    const i = text.indexOf(a);
    const j = text.indexOf(b);
    return unmarkedBreak(text, { start: i, end: i + a.length }, { start: j, end: j + b.length });
  };
  it('sees a clause break the language layer does not mark: an emoji, an emoticon, a conjunction', () => {
    expect(at('عزیزم بازم میگم 🙂 پیام قبلیمو بخون لطفا', 'بازم میگم', 'پیام قبلیمو بخون')).toBe(true);
    expect(at('گفتم که :) دوباره نپرس', 'گفتم که', 'دوباره نپرس')).toBe(true);
    expect(at('سیستم قبول نمی‌کنه و کاری از من برنمیاد', 'قبول نمی‌کنه', 'کاری از من برنمیاد')).toBe(true);
    expect(at('booking screen greys out saturdays so cant do it', 'cant do it', 'booking screen greys')).toBe(true);
  });
  it('sees none inside one phrase', () => {
    expect(at('لطفا پیام قبلیو یه بار دیگه با دقت بخونید', 'یه بار دیگه با دقت بخونید', 'لطفا پیام')).toBe(false);
    expect(at('Just to reiterate what I said yesterday, the bundle renews on the 1st.', 'Just to reiterate', 'said')).toBe(false);
    expect(at('Kindly re-read the guide attached to my previous message.', 'Kindly re-read the guide', 'previous message')).toBe(false);
  });
});

describe('English gates by kind after the retrain with late32 (neg.en.ts)', () => {
  it('ill-try: the customer is the one who will see what the team can do (customerSees)', () => {
    const sees = (text: string, words: string) => {
      const { tokens, span } = spanOf(text, words);
      return customerSees(tokens, span);
    };
    expect(sees("You'll see what we can do once you try the new app!", "You'll see")).toBe(true);
    expect(sees('Once the filter is fitted you will see what it can do for the pond.', 'you will see')).toBe(true);
    expect(sees("Come to the open day and u'll see what our crew can do", "u'll see")).toBe(true);
    expect(sees("I'll see what I can do about the refund.", "I'll see")).toBe(false);
    expect(sees("We'll see what we can do for Saturday, no promises.", "We'll see")).toBe(false);
    expect(sees('Let me see what I can do, you never know.', 'Let me see')).toBe(false);
  });
  it('not-my-dept: "outside" a time says when, not whose job (outsideHours)', () => {
    const out = (text: string, words: string) => outsideHours(text, spanOf(text, words).span);
    expect(out("Deliveries outside our shop's opening hours are left in the safe box.", "shop's")).toBe(true);
    expect(out('Calls outside office hours go straight to the voicemail.', 'office')).toBe(true);
    expect(out("Parcels arriving outside the clinic's opening times are kept at reception.", "clinic's")).toBe(true);
    expect(out("That's outside our remit, sorry.", 'outside our remit')).toBe(false);
    expect(out('Repairs outside our service area are handled by the manufacturer.', 'outside our service area')).toBe(false);
    expect(out('We are outside our hours of cover, so that one goes to your insurer.', 'your insurer')).toBe(false);
  });
  it('command: an instruction with an alternative the customer may take (alternativeOffered)', () => {
    const alt = (text: string, words: string) => alternativeOffered(text, spanOf(text, words).span);
    expect(alt('Make sure you bring the warranty card, or you can show it on the app.', 'Make sure you')).toBe(true);
    expect(alt('You need to sign the form before the lesson, or you could sign it at the desk on the day.', 'You need to sign')).toBe(true);
    expect(alt('Bring your booking number or you may show the email at the gate', 'Bring your booking number')).toBe(true);
    expect(alt("Make sure you bring the card, or we can't let you in.", 'Make sure you')).toBe(false);
    expect(alt('You must pay by Friday or your place goes to the next person.', 'You must pay')).toBe(false);
    expect(alt('You have to bring ID. Or you can stay home.', 'You have to bring')).toBe(false);
  });
});
