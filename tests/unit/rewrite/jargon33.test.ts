// @vitest-environment node
/**
 * jargon33 (lib/rewrite/generic/jargon33.ts): codes in Finglish, English codes in slots jargon31 does not know, Persian
 * back-office labels named by a number. Positives are my own look-alikes in trades and registers no development item
 * uses (insurance, car finance, parking, school trips, removals, hotels, utilities; Finglish, colloquial and formal
 * Persian, Arabic kaf, no space); contrasts are codes customers know, brands, models, discount codes the customer types,
 * explained and quoted codes, numbers that are no label (a discount, a count of digits, an office's code, a room, a
 * speed), and English sentences that hold the same codes outside the slots.
 */
import { describe, expect, it } from 'vitest';
import { expectMarkedJargon } from './helpers.ts';
import { ampersandCode, finglishSentence, readJargon33En, readJargon33Fa } from '../../../lib/rewrite/generic/jargon33.ts';

/** `[[…]]` marks every term that must be under a jargon flag, read by jargon33 itself. */
const POSITIVES: readonly string[] = [
  // Finglish: a code no everyday list holds, anywhere; any code after «vaziat».
  'parvande-ye shoma be [[KYB]] ersal shode va hanooz javab nadade',
  'bime-ye shoma hanooz [[NCD]] nagerefte, lotfan ta farda sabr konid',
  'mashin-e shoma dar vaziat-e [[R4b]] gharar gerefte ast',
  'salam, otagh-e shoma [[TWN]] ba [[FB]] reserve shod',
  'bar-e shoma hanooz [[POD]]-esh sabt nashode',
  'ghest-e shoma too [[LMS]] sabt nashod, baraye hamin hesab baste shod',
  'gushi-e shoma ba [[EDL]] flash shode va alan amade ast',
  // English: a code that applies or not; a team by its code; "&" initials as a thing of the case.
  'The [[LPC]] no longer applies once the cover is renewed.',
  'Sorry, [[GMP]] does not apply to this policy.',
  'Your listing was flagged by [[T&R]] for a pricing check.',
  'Your transfer is being held by [[FCU]] until the checks are done.',
  'Please wait in the [[K&R]] lane by the school gate.',
  'We have sent it back to the [[Q&C]] team for a second look.',
  // Persian: a label named by its number, got or not, needed, or the line the case is in.
  'پرونده‌تون هنوز [[کد ۷]] نخورده، فردا دوباره پیام بدید.',
  'بسته شما [[برگه ۳]] گرفته و فردا تحویل میشه.',
  'برای نصب کنتور [[فرم ۱۱]] از شهرداری لازم است.',
  'ماشینتون الان تو [[لاین ۴]] رنگه، عصر آماده‌ست.',
  'پرونده شما هنوز [[كد ۹]] نخورده است.',
  'برای تمدید، [[فرم۵]] از دفتر بیمه لازمه.',
  'واسه ترخیص [[برگه‌۸]] از گمرک لازمه داداش.',
  'جناب‌عالی [[فرم ب-۲]] را برای تکمیل پرونده لازم دارید.',
];

/** Codes customers know, brands, models, discount codes, explained codes, numbers that are no label: no flag from this reader. */
const CONTRASTS_EN: readonly string[] = [
  'VAT applies to all orders.',
  'Our T&Cs apply to every booking.',
  'Code SUMMER20 applies at checkout.',
  'Your parcel was checked by DHL at the depot.',
  'Your request was reviewed by HR yesterday.',
  'The B&B breakfast is served from 7.',
  'See you at the Q&A session on Friday!',
  'The M&S voucher can be used online.',
  'The offer applies until Sunday.',
  'KYB (know your business) does not apply to personal accounts.',
  'The email said "the LPC no longer applies", but that was a mistake.',
  'Your room is DBL with HB, see you on Friday.',
  'lotfan code OFF20 ro vared konid ta takhfif faal beshe',
  'sefaresh-e shoma ba DHL ersal shod va farda mirese',
  'PS5-e shoma ersal shod va farda mirese',
  'iPhone-e shoma amade ast, lotfan biayid',
  'SMS baratoon ersal shod, lotfan check konid',
  'salam, lotfan PIN ro vared konid va sabr konid',
  'gushi-e shoma bayad ba USB be laptop vasl beshe',
  'The RMA is open and we will mail you today.',
];
const CONTRASTS_FA: readonly string[] = [
  'یه کد ۵۰ درصدی براتون فعال کردم.',
  'کد ۶ رقمی رو وارد کنید.',
  'دفتر پیشخوان خدمات دولت کد ۱۲۳۴',
  'سرعت خط ۱۶ مگه، یه بار چک کنین.',
  'فرم شماره ۲ رو پر کنید و بفرستید.',
  'سفارش شما با کد 10482 ارسال شد.',
  'طبقه ۳ اتاق ۲۰۵ منتظرتون هستیم.',
  'نوبت ۲ هنوز نخورده، صبر کنید.',
  'ساعت ۵ شده و هنوز نیومده.',
  'لاین ۲ مترو تا ساعت ۱۰ کار می‌کنه.',
  'کد ۱۲ (یعنی مدارک ناقص) در پرونده ثبت شده است.',
];

const own = (text: string) => [...readJargon33En(text), ...readJargon33Fa(text)];

describe('jargon33: codes in Finglish, English codes in new slots, Persian labels by number are flagged', () => {
  for (const marked of POSITIVES) it(marked, () => expectMarkedJargon(marked, own));
});

describe('jargon33: codes customers know, brands, models and numbers that are no label stay quiet (this reader)', () => {
  for (const text of [...CONTRASTS_EN, ...CONTRASTS_FA]) it(text, () => expect(own(text)).toEqual([]));
});

describe('jargon33: helpers', () => {
  it('finglishSentence needs a Persian verb in Latin letters and three Persian words', () => {
    expect(finglishSentence('otagh-e shoma DBL ba HB reserve shode')).toBe(true);
    expect(finglishSentence('Your room is ready, ta-da!')).toBe(false);
    expect(finglishSentence('shoma ba ma')).toBe(false);
  });
  it('ampersandCode leaves the "&" initials customers read every day', () => {
    expect(['T&S', 'P&D', 'K&R'].map(ampersandCode)).toEqual([true, true, true]);
    expect(['Q&A', 'B&B', 'T&Cs', 'M&S', 'A&E', 'F&B'].map(ampersandCode)).toEqual([false, false, false, false, false, false]);
  });
});
