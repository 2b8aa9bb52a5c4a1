// @vitest-environment node
/**
 * Session 14's families for urgency (lib/tone/cues/urgency.kinds14.ts) and repeat contact (repeat.kinds14.ts), read
 * off late10, late8 and fresh3 by kind: each family fires with the words that carry it, and its near-misses stay
 * quiet. Sentences written for this test (not from any eval split).
 */
import { fam } from './family.ts';

fam('urgent', 'an ultimatum a few days out is a threat, not pressure; one for tonight or tomorrow stays', [
  { text: 'If the parcel is not here by tomorrow I am cancelling and going to my bank.', evidence: 'by tomorrow' },
  { text: 'اگه تا امشب وصل نشه میرم شکایت می‌کنم.', evidence: 'تا امشب' },
], [
  'If the refund is not back by Thursday I will go to the ombudsman.',
  'Should the deposit not be returned by Monday, I shall be referring the matter to the tenancy service.',
  'اگر تا آخر هفته جواب ندید از طریق سازمان حمایت شکایت می‌کنم.',
  'در صورت عدم پاسخ ظرف ۷۲ ساعت آینده، موضوع از طریق مراجع قضایی پیگیری خواهد شد.',
]);

fam('urgent', "'now' telling time gone by, a promise told back, a deadline weeks away", [
  { text: 'It is now three weeks later and I need the certificate by Friday for my visa.', evidence: 'by Friday' },
], [
  'It is now three weeks later and still no refund.',
  'Your agent promised a callback within the hour. It is now 5pm.',
  'هر بار زنگ میزنم میگین تا فردا درست میشه.',
  'The funding deadline is at the end of next month, so a delivery date would help.',
]);

fam('urgent', "'urgent' and 'emergency' naming a place or service, 'unauthorised' naming a thing", [
  { text: 'This is urgent, my card was used in a shop I have never been to.', evidence: 'urgent' },
], [
  'I was seen at the urgent care centre last week; can you send the receipt?',
  'Your emergency line number on the website has a typo.',
  'می‌خواستم پارک غیرمجاز جلوی پارکینگ را گزارش کنم.',
]);

fam('urgent', 'the day after tomorrow, a supply running out, still not come before a moment at hand', [
  { text: 'کنکورم پس فرداست و کارت ورودم دانلود نمیشه.', evidence: 'پس فرداست' },
  { text: 'My father has enough for one more day and the pharmacy order is stuck.', evidence: 'enough for one more day' },
  { text: 'Her inhaler prescription never arrived and she has 1 pill left.', evidence: 'pill left' },
  { text: 'پاسپورتم هنوز نیومده و پروازم پس فرداست.', evidence: 'پروازم' },
], ['The exam was the day after tomorrow last year too.']);

fam('urgent', 'a login from somewhere never visited; own details corrected; a fault counted today', [
  { text: 'I got an alert about a sign-in from Brazil and I have never been there.', evidence: 'sign-in from Brazil' },
], [
  'Sorry, I gave you the wrong account number in my last message, it is 1234.',
  'Fifth game today that crashed on loading, is there a patch coming?',
]);

fam('repeat', 'contacts counted as a plural noun, earlier letters, a Persian contact with an earlier day', [
  { text: 'Two months, six tickets, not one fix.', evidence: 'six tickets' },
  { text: 'After three separate calls the meter is still not booked.', evidence: 'three separate calls' },
  { text: 'بعد از چندین تماس هنوز کسی برای نصب نیومده.', evidence: 'چندین تماس' },
  { text: 'متأسفانه هیچ پاسخی دریافت نشده و نامه‌های قبلی هم بی‌جواب ماند.', evidence: 'نامه‌های قبلی' },
  { text: 'دو روز پیش همین مشکل رو گزارش دادم.', evidence: 'دو روز پیش همین مشکل رو گزارش دادم' },
], [
  'Could you reserve 12 tickets for the matinee?',
  'You sent me two emails a day about the sale.',
  'Why does every change take three emails and a phone call?',
]);

fam('repeat', 'no contact: I figured I would, peyro an event, this chat, a bill, own slip, a reply asked for, a callback offered', [
  { text: 'This is my third email about the same refund.', evidence: 'third email' },
], [
  'سلام، گفتم اینجا بپرسم، ساعت کاری شعبه چنده؟',
  'با سلام، پیرو سرقت گوشی اینجانب، خواهشمند است سیم‌کارت مسدود گردد.',
  'your chatbot just told me to email you, so here I am. how do I change my plan?',
  'My statement shows 9 calls charged at 40p each, are those international?',
  'oops I locked myself out AGAIN, can you send a reset link?',
  "Hi, it's Sam again from the chat earlier, here is the serial number you asked for: X1-22.",
  'Could an engineer come today rather than a callback on Thursday?',
  'You sent me three emails a day about the sale, please stop.',
]);

fam('urgent', "money taken for the customer's own purchase and nothing else pressing; a machine at home; a fault counted tonight", [
  { text: 'دو بار از کارتم پول کم شده و فردا قسط وامم باید پرداخت بشه.', evidence: 'پول کم شده' },
  { text: 'Our card machine is down and the shop is full of customers.', evidence: 'machine' },
], [
  'پول از کارتم کم شده ولی شارژ بسته اینترنت فعال نشده.',
  'So now I have been charged twice for one ticket. Brilliant.',
  'My coffee machine shows error E4 and won\'t heat up, is that covered?',
  'The app froze during checkout, third time tonight. Any known issue?',
]);

fam('repeat', 'a count of something done to the customer or tried in the app is no count of contacts', [
  { text: "I've rung your helpline three times about this bill.", evidence: 'three times' },
], [
  'My card was debited TWICE for one taxi ride.',
  'You have now lost my replacement card twice.',
  "I've tried to reset my PIN in the app three times and it fails.",
]);

fam('urgent', 'lost or left behind before a moment at hand; work to be lost within hours', [
  { text: 'کیف پولم تو تاکسی جا موند و فردا صبح پرواز دارم.', evidence: 'فردا صبح' },
  { text: 'The run finishes tonight and the data will be lost if the disk fills up.', evidence: 'data will be lost' },
], ['کارت کتابخانه‌ام گم شده، چطور المثنی بگیرم؟']);

fam('repeat', 'a note-style contact with the subject left out; the same answer had before', [
  { text: 'Spoke to Leon, then to Mia. Nobody knows where my refund is.', evidence: 'Spoke to Leon' },
  { text: 'Your answer is the same reply I got in March, word for word.', evidence: 'same reply I got' },
], ['Spoke to my bank and they say the money left on Monday.', 'Is this the same answer for business accounts?']);

fam('urgent', 'money for rent, bills or food at stake', [
  { text: 'The transfer bounced and it was our food money for the week.', evidence: 'food money' },
  { text: 'Still no refund and I have bills due.', evidence: 'bills due' },
], ['Can I pay my bills through the app?', 'How do I set up a standing order for rent?']);

fam('urgent', 'a window closing on a day, with a need', [
  { text: 'I need the reference letter for a grant call that closes on Thursday.', evidence: 'closes on Thursday' },
], ['What time do you close on Sunday?', 'Does the offer close on Friday or Saturday?']);
