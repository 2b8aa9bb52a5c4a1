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
