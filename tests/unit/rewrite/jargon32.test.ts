// @vitest-environment node
/**
 * jargon32: a word customers do not write, in a slot where jargon sits (lib/rewrite/generic/jargon32.ts), read against
 * the generated bands of words customers write (lib/rewrite/generic/jargon-common.*.ts; this test never reads the
 * corpus). Positives are trade words of trades no development item uses (haulage, roofing grants, bridges, freight,
 * insurance, boat yards; Persian account, phone and card support), in the slots the reader knows; contrasts are rare
 * everyday words, misspellings, compounds, explained, quoted and linked words, good-news updates and native Persian
 * passives that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { expectMarkedJargon } from './helpers.ts';
import { customerBand } from '../../../lib/rewrite/generic/jargon-common.ts';
import { rareTerm, readJargon32En, readJargon32Fa } from '../../../lib/rewrite/generic/jargon32.ts';

/** `[[…]]` marks every term that must be under a jargon flag. */
const POSITIVES: readonly string[] = [
  // English: the state the case is on.
  'Your van is on [[demurrage]] until the container is collected.',
  'Your wages are on [[garnishment]] until the court order is lifted.',
  // English: a state named as such.
  'Your container is in [[transloading]] status at the port.',
  'Your claim is on [[subrogation]] hold while we talk to the other insurer.',
  // English: done to the customer's own thing.
  'Your pallet has been [[deconsolidated]] at the hub, so the boxes come separately.',
  // English: a check it failed.
  'Your roof survey failed [[thermography]], so the grant is paused.',
  // English: a charge that applies.
  'Please note that [[pontage]] applies on the crossing.',
  // English: a fault named by the part, a tag the customer's thing got.
  'The engineer found a [[solenoid]] failure on the valve, so the part is on order.',
  'Your skip got a [[overfill]] notice from the driver this morning.',
  // Persian: a loanword made a verb.
  'اکانتتون [[دیزیبل]] شده.',
  'سفارشتون هنوز [[پیکاپ]] نشده، فردا میاد.',
  'کارتتون هنوز [[اکتیویت]] نشده.',
  'گوشیتون [[ریفلش]] میخواد.',
  // Persian: a part named by a word customers do not write.
  'یخچالتون سنسور [[دیفراست]] داره که باید عوض بشه.',
];

/** Rare everyday words, misspellings, compounds, names, explained, quoted and linked words: no flag from this reader. */
const CONTRASTS_EN: readonly string[] = [
  'The deposit is forfeited when you cancel late.',
  'Your keys are in the lockbox by the door.',
  'The part is on backorder, we expect it Tuesday.',
  'Your payment has been backdated to the first of the month.',
  "We've escalated this to our senior technician, who will call you today.",
  'Your order has been recieved and is being packed.',
  'Your booking has been pencilled in for Monday.',
  'Your order has been reshipped today.',
  'Your unit is on overlock (locked until the balance is paid).',
  'The email said "your unit is on overlock", but it was sent by mistake.',
  'Your son is on antibiotics until Friday.',
  'She is on maternity leave until June.',
  'Your table is on the rooftop terrace.',
  'Your parcel is on its way.',
  'The seller is on holiday until Monday.',
  'Your file failed to upload, please try again.',
  'A late fee applies to returns after 30 days.',
  'Your case is on Hargreaves until Friday.',
  'Your file failed https://preflight.example.com/check please look.',
  'The port is congested this week, so the vessel is late.',
  'The 14:20 to Leeds was cancelled after a signalling fault.',
  'There is a keyboard fault on your laptop.',
  'Sorry, there was an unexpected error on the page.',
  'Your parcel got a fragile sticker at the depot.',
  'Your order is in processing status.',
  'Our manager is on sabbatical until May.',
  'Your driver is on furlough until next week.',
  'Your account is on autopay now.',
  'Your phone is on speakerphone now.',
  "ur boat's on hardstanding till the survey is done",
  'Your parcel has been misrouted, so it is a day late.',
  'Your config failed `preflight` on line 3.',
  'Kind regards,\nTom | Overlock Storage Ltd',
];
const CONTRASTS_FA: readonly string[] = [
  'درخواست وام شما تصویب شد.',
  'جریمه دیرکرد شما بخشوده شد.',
  'بار شما بارگیری شد.',
  'تیکتتون اسکالیت شد به تیم فنی.',
  'رمز شما بازنشانی شد.',
  'کد رهگیری هنوز سادر نشده.',
  'این کالا نایاب شده است.',
  'وضعیت «ریکوئست» یعنی منتظر تأیید هتل هستیم.',
  'حساب شما مسدود شده.',
  'سفارش شما ارسال شد.',
  'کارت شما تمدید شد.',
  'اشتراک شما فعال شد.',
  'گوشی شما تعمیر شد و آماده تحویل است.',
  'لباس‌ها اتو شده و آماده‌ست.',
  'عکسا زیر نور استودیو گرفته شده.',
  'آگهیتون تو صف بررسیه و تا فردا تایید میشه.',
  'این سری از یخچالا زیاد برد سوزوندن.',
  'پمپ آب خراب شده.',
  'فیلتر هوا رو عوض کردیم.',
  'گل‌ها همین الان تحویل خانومتون شد.',
  'با درخواستتان موافقت شد.',
];

// This reader reads each term itself (by the sentence's script), not only a trade list before it.
const own = (text: string) => (/[\u0600-\u06FF]/.test(text) ? readJargon32Fa(text) : readJargon32En(text));

describe('jargon32: a word customers do not write, in a process slot, is flagged', () => {
  for (const marked of POSITIVES) it(marked, () => expectMarkedJargon(marked, own));
});

describe('jargon32: rare everyday words and the words customers know stay quiet (this reader)', () => {
  for (const text of CONTRASTS_EN) it(text, () => expect(readJargon32En(text)).toEqual([]));
  for (const text of CONTRASTS_FA) it(text, () => expect(readJargon32Fa(text)).toEqual([]));
});

describe('jargon32: the bands of words customers write', () => {
  it('hold everyday customer words in both languages, and not trade words', () => {
    for (const w of ['refund', 'delivered', 'cancel', 'account', 'charged', 'waiting']) expect(customerBand('en', w), w).toBe(2);
    for (const w of ['سفارش', 'پرداخت', 'تراکنش', 'پشتیبانی', 'ارسال', 'تمدید']) expect(customerBand('fa', w), w).toBe(2);
    for (const w of ['demurrage', 'subrogation', 'thermography']) expect(customerBand('en', w), w).toBe(0);
    for (const w of ['دیزیبل', 'اکتیویت']) expect(customerBand('fa', w), w).toBe(0);
  });
  it('rareTerm leaves short words, capitalised words, misspellings and prefixed everyday words', () => {
    for (const w of ['demurrage', 'thermography']) expect(rareTerm('en', w), w).toBe(true);
    for (const w of ['lorry', 'Hargreaves', 'recieved', 'seperate', 'reshipped', 'hand-strip', 'fax']) expect(rareTerm('en', w), w).toBe(false);
    expect(rareTerm('fa', 'سادر')).toBe(false);
    expect(rareTerm('fa', 'دیزیبل')).toBe(true);
  });
});
