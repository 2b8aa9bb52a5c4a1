// @vitest-environment node
/**
 * jargon30: a second back-office term in a sentence whose first term is already read. The jargon readers flag every term
 * they know (checked below with two listed terms); what late29's writers' second terms had in common was that no reader
 * knew them. English: a back-office code made a verb ("DNA'd", "RTS'd"). Persian: the interbank switch as the actor of a
 * payment sentence («سوئیچ برش می‌گردونه»), print and publishing words («بلید», «فیپا»), and a trade loanword in Latin letters inside Persian written in Latin letters ("tu hub ast", "no-show hesab mishe").
 * Positives are written in other trades, spellings and registers; contrasts use the same words where they are plain.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { unflaggedMarked } from './helpers.ts';

/** `[[…]]` marks every term that must be under a jargon flag. */
const POSITIVES: readonly string[] = [
  // Two listed terms: each is flagged (the reader does not stop after its first hit).
  'The [[RMA]] is open and the [[SLA]] is 48 hours.',
  'Your parcel got an [[NDR]] and then went [[RTS]].',
  'تراکنش تو [[شاپرک]] مونده و [[کارتابل]] کارشناس هم پره.',
  // The interbank switch as the actor or the place of a payment.
  'مبلغ کسر شده، تا ۷۲ ساعت [[سوئیچ]] برش می‌گردونه.',
  'وجه برداشت‌شده توسط [[سوییچ]] به حسابتون برگشت می‌خوره.',
  'تراکنش کارتتون [[ریورس]] شده و [[سوئیچ]] مبلغ رو برمی‌گردونه.',
  'پرداخت شما از سمت [[سوئیچ]] تأیید نشده.',
  'واریزی‌تون هنوز از [[سوئیچ]] رد نشده، فردا به حساب میشینه.',
  'عضويت شما در حال حاضر فريز شده و جلسات [[PT]] از ماه آينده شارژ مي شود.',
  // Print and publishing.
  'فایل جلد [[بلید]] نداره و مد رنگش [[RGB]]ه، چاپخونه برگشت زد.',
  'لطفاً سه میلی [[بلید]] به طرح کارت ویزیت اضافه کنید.',
  'کتاب‌تون هنوز [[فیپا]] نگرفته، بعدش میره برای چاپ.',
  'این عنوان [[POD]] هسش و [[فیپاش]] هنوز نیومده.',
  // Finglish: a trade loanword in Latin letters.
  'baste-tun vaziat-e [[RTS]] gerefte va alan tu [[hub]] ast.',
  'age ta 18 check-in nakonid [[no-show]] hesab mishe.',
  'mersole-ye shoma alan dar [[hub]] tehran hast va farda ersal mishe.',
  'bar-e shoma [[manifest]] shode va fardan mirese.',
  // English: a back-office code made a verb ("we RMA'd it"): the desk's shorthand for a step of the case, in any trade.
  "mate ya [[DNA'd]] your last appt so you're back on the [[PTL]]",
  "Your parcel was [[RTS'd]] yesterday, so it's on its way back to us.",
  "We've [[RMA'd]] the unit and the courier will collect it Monday.",
  'The batch got [[QCed]] and failed, so we are making it again.',
  "Your claim's been [[FNOL'd]] and an assessor will call.",
  'I [[NDR’d]] the order by mistake, it will go out again tomorrow.',
];

/** The same words where they are plain, or the customer's own: no jargon flag anywhere. */
const CONTRASTS: readonly string[] = [
  'سوئیچ ماشین‌تون رو موقع تحویل به پذیرش بدید.',
  'لطفاً سوئیچ شبکه رو خاموش و روشن کنید.',
  'اگر پرداخت انجام نشد، کارت دیگه‌ای رو سوئیچ کنید.',
  'کلید و سوئیچ خودرو رو فراموش نکنید، مبلغ اجاره هم پرداخت شده.',
  // «فریز» of a gym membership is the pause the customer asks for by that name (older writers leave it unmarked).
  'اشتراک باشگاه‌تون فریز شده تا برگردین.',
  'تمدید یا فریز عضویت دست خودتونه.',
  'اگه گوشی‌تون فریز شد، دکمه پاور رو ده ثانیه نگه دارید.',
  'صفحه بازی فریز میشه؟ لطفاً برنامه رو به‌روز کنید.',
  'مرغ رو فریز کنید تا تازه بمونه.',
  'تیغه بلندر رو با احتیاط بشورید.',
  'Your parcel is at the local hub and will be delivered tomorrow.',
  "If you can't make it, let us know so you're not marked as a no-show.",
  'USB hub-e shoma ersal shod.',
  'The hub of the wheel needs a new bearing.',
  // A code made a verb that everyone says: copied in, messaged, approved, identified, knocked out.
  "I've CC'd my manager so she can see this.",
  "I DM'd you the link a minute ago.",
  "Your doctor OK'd the change, so we can go ahead.",
  "We ID'd the problem and fixed it this morning.",
  "I've DM'd and CC'd you both.",
  "I've BCC'd the team and PM'd you the details.",
  'The DVD’s case was cracked, so we sent a new one.',
  "Your ISP's router needs a restart.",
  "I've OK'ed the refund.",
];

const jargon = (text: string) => suggestRewrites(text, builtinPacks, { generic: true }).filter((s) => s.category === 'jargon');

describe('jargon30: every term in a sentence is flagged', () => {
  for (const marked of POSITIVES) {
    it(marked, () => {
      const { unflagged } = unflaggedMarked(marked, jargon);
      expect(unflagged).toEqual([]);
    });
  }
});

describe('jargon30: the same words where they are plain stay quiet', () => {
  for (const text of CONTRASTS) {
    it(text, () => {
      expect(jargon(text).map((h) => h.original)).toEqual([]);
    });
  }
});
