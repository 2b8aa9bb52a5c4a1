// @vitest-environment node
/**
 * harm34: kinds of wrong and awkward Apply-all results that blind readers found in three or more of late27-late33 and
 * that this session's code still produced, written as look-alikes of my own (other trades, registers, spellings) with
 * contrasts whose template or rewrite must stay (lib/rewrite/harm34.ts). Each row: the draft and the whole text Apply all
 * leaves; where the guard turns a template or rewrite into advice, the draft is left as it is (still flagged).
 */
import { describe, expect, it } from 'vitest';
import { applied29 as applied, flagged29w as flagged } from '../../../scripts/fa-wrong29-matrix.ts';
import { appliedKindTests } from './helpers.ts';

/** [draft, what Apply all leaves]. */
const APPLIED34: Record<string, [string, string][]> = {
  // An offer blank where the draft already gives the way forward (a question that offers, an open alternative, a step of
  // someone named, a request to get back in touch): advice.
  'way-forward-en': [
    ['Sorry, we can\'t swap your ferry ticket to the 2pm sailing, it\'s full. The 5pm one has plenty of room, want me to move you?', 'Sorry, we can\'t swap your ferry ticket to the 2pm sailing, it\'s full. The 5pm one has plenty of room, want me to move you?'],
    ['We\'re unable to book the groomer for Monday, all slots taken. Tuesday or Wednesday ok?', 'We\'re unable to book the groomer for Monday, all slots taken. Tuesday or Wednesday ok?'],
    ['We are unable to accept children under 5 in the swimming squad. They are most welcome to join the splash class on Saturdays.', 'We are unable to accept children under 5 in the swimming squad. They are most welcome to join the splash class on Saturdays.'],
    ['Site tours are not available before 10am on Sundays. Our manager will meet you at the gate at 10.', 'Site tours are not available before 10am on Sundays. Our manager will meet you at the gate at 10.'],
    ['I can\'t reset the password from here, drop me a line once you\'re at your desk.', 'I can\'t reset the password from here, drop me a line once you\'re at your desk.'],
    ['Kindly note that we are unable to refund the deposit. You can use it as credit for a future stay.', 'Kindly note that we are unable to refund the deposit. You can use it as credit for a future stay.'],
    // a time's dot ("4.15", "11.15") ends no sentence: the offer after it is read
    ['yeah nah mate, we won\'t be able to swap you to a campervan ticket on that sailing, it\'s chockers. next one at 4.15 has heaps of room tho, want me to move ya?', 'yeah nah mate, we won\'t be able to swap you to a campervan ticket on that sailing, it\'s chockers. next one at 4.15 has heaps of room tho, want me to move ya?'],
    ['Sorry, the 9.30 class is full and we can\'t add another chair. the 11.15 one has plenty of space, shall I book you in?', 'Sorry, the 9.30 class is full and we can\'t add another chair. the 11.15 one has plenty of space, shall I book you in?'],
    ['Sorry, the 9.30 class is full and we can\'t add another chair. the room only holds 12.', 'Sorry, the 9.30 class is full and we can\'t add another chair, but what we can do is ___. the room only holds 12.'],
    // contrasts: a reason, a rule or nothing after the refusal keeps the blank
    ['Sorry, we can\'t swap your ferry ticket to the 2pm sailing, it\'s full.', 'Sorry, we can\'t swap your ferry ticket to the 2pm sailing, it\'s full, but what we can do is ___.'],
    ['We\'re unable to book the groomer for Monday, all slots taken.', 'We\'re unable to book the groomer for Monday, all slots taken, but what we can do is ___.'],
    ['We are unable to accept children under 5 in the swimming squad. The pool is too deep for them.', 'We are unable to accept children under 5 in the swimming squad, but what we can do is ___. The pool is too deep for them.'],
    ['Site tours are not available before 10am on Sundays due to the service.', 'Site tours are not available before 10am on Sundays due to the service, but ___ are.'],
    ['Kindly note that we are unable to refund the deposit. Please see clause 4 of the terms.', 'Kindly note that we are unable to refund the deposit, but what we can do is ___. Please see clause 4 of the terms.'],
  ],
  'way-forward-fa': [
    ['تا دوشنبه هیچ نصابی نمی‌تونه بیاد 😔 دوشنبه صبح در خدمتیم 🙏', 'تا دوشنبه هیچ نصابی نمی‌تونه بیاد 😔 دوشنبه صبح در خدمتیم 🙏'],
    ['ما رنگ مو برای زیر ۱۶ سال کار نمی‌کنیم، دو سال دیگه بیا برات انجام می‌دیم 🌸', 'ما رنگ مو برای زیر ۱۶ سال کار نمی‌کنیم، دو سال دیگه بیا برات انجام می‌دیم 🌸'],
    ['کنتور رو قبل از تسویه وصل نمی‌کنیم. اگه امروز قبض رو بدی، فردا صبح مأمور میاد.', 'کنتور رو قبل از تسویه وصل نمی‌کنیم. اگه امروز قبض رو بدی، فردا صبح مأمور میاد.'],
    ['بلیت کنسرت کنسل نمیشه. تاریخش رو میشه عوض کرد تا یک روز قبل', 'بلیت کنسرت کنسل نمیشه. تاریخش رو میشه عوض کرد تا یک روز قبل'],
    ['با سلام، امکان تمدید قرارداد پس از سررسید وجود ندارد. لطفاً با شعبه‌ی مرکزی تماس بگیرید.', 'با سلام، امکان تمدید قرارداد پس از سررسید وجود ندارد. لطفاً با شعبه‌ی مرکزی تماس بگیرید.'],
    // contrasts: an emoji, a rule, nothing after it keeps the blank
    ['تا دوشنبه هیچ نصابی نمی‌تونه بیاد 😔', 'تا دوشنبه هیچ نصابی نمی‌تونه بیاد، ولی می‌تونیم ___ 😔'],
    ['ما رنگ مو برای زیر ۱۶ سال کار نمی‌کنیم 🌸', 'ما رنگ مو برای زیر ۱۶ سال کار نمی‌کنیم، اما آنچه می‌توانیم انجام دهیم این است که ___ 🌸'],
    ['بلیت کنسرت کنسل نمیشه. قانون سالنه.', 'بلیت کنسرت کنسل نمیشه، ولی کاری که میشه کرد اینه که ___. قانون سالنه.'],
    ['با سلام، امکان تمدید قرارداد پس از سررسید وجود ندارد.', 'با سلام، تمدید قرارداد پس از سررسید ممکن نیست، اما ___.'],
  ],
  // "No problem" that says a worry is no problem (minor, normal, common) is no consent: "of course" stays out; advice.
  'no-problem-reassurance': [
    ['About the rattle in the dashboard: not a problem, it\'s just a loose clip, we\'ll fix it at the service.', 'About the rattle in the dashboard: not a problem, it\'s just a loose clip, we\'ll fix it at the service.'],
    ['No problem, the app is only down for 5 minutes tonight.', 'No problem, the app is only down for 5 minutes tonight.'],
    ['The yellow light on the boiler? No problem, that\'s completely normal after a reset.', 'The yellow light on the boiler? No problem, that\'s completely normal after a reset.'],
    ['No problem, it happens all the time with new routers.', 'No problem, it happens all the time with new routers.'],
    // contrasts: an answer to a request or to thanks keeps "of course"
    ['No problem, I\'ll resend the link.', 'Of course, I\'ll resend the link.'],
    ['Not a problem, it was a pleasure to help you with the route for Scotland!', 'Of course, it was a pleasure to help you with the route for Scotland!'],
    ['That\'s no problem, we can move your booking to Friday.', 'Of course, we can move your booking to Friday.'],
    ['No problem, just send me the photo and I\'ll check it.', 'Of course, just send me the photo and I\'ll check it.'],
  ],
};

describe('harm34: applied alternatives by kind', () => {
  appliedKindTests(APPLIED34, applied);
  // A guard changes the kind, never whether the sentence is flagged.
  for (const rows of Object.values(APPLIED34)) for (const [draft] of rows) it(`still flagged: ${draft}`, () => expect(flagged(draft)).toBe(true));
});
