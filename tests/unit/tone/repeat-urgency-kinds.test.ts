// @vitest-environment node
/**
 * Session 10's construction families for repeat contact (lib/tone/cues/repeat.kinds.ts) and urgency
 * (lib/tone/cues/urgency.kinds.ts and the readers in urgency.ts): each family fires with the words that
 * carry it, and its near-misses stay quiet. Sentences written for this test (not from any eval split).
 */
import { fam } from './family.ts';

fam('repeat', 'contacts counted as bare nouns', [
  { text: 'Four emails. One phone call. Zero answers.', evidence: 'Four emails' },
  { text: 'Two weeks and three emails later, the lamp is still missing a shade.', evidence: 'three emails' },
  { text: "I've left two voicemails about the broken lock." },
], ['I got two emails from you about the sale.', 'We have two email addresses on the account.', 'Could you hold 12 tickets for the school trip?', 'Three letters arrived this month, each with a different total.']);

fam('repeat', 'papers handed in again', [
  { text: "I'm not sending my bank statements a fourth time.", evidence: 'fourth time' },
  { text: 'برای بار سوم مدارکمو فرستادم.', evidence: 'بار سوم' },
], ['The upload failed for the third time, what file size do you accept?', 'برای بار دوم خطای آپلود مدارک اومد.']);

fam('repeat', 'on hold on an earlier day, and counted evenings', [
  { text: 'I sat on hold for forty minutes yesterday and nobody picked up.', evidence: 'on hold for forty minutes yesterday' },
  { text: 'Two evenings on hold to your helpline so far.', evidence: 'evenings on hold' },
  { text: 'دیروز نیم ساعت پشت خط موندم.', evidence: 'دیروز نیم ساعت پشت خط' },
], ['Two hours on hold and then the line dropped.', 'سه ساعت پشت خط موندم و قطع شد.', 'Can you put my membership on hold until March?']);

fam('repeat', 'passed around, tickets closed, final attempts, trying since', [
  { text: "I've been passed between three departments about one bill.", evidence: 'been passed between' },
  { text: 'My ticket was auto-closed before anyone looked at it.', evidence: 'auto-closed' },
  { text: 'This is my last attempt at getting the invoice corrected.', evidence: 'my last attempt at' },
  { text: "We've been trying to get this sorted since the spring.", evidence: 'been trying to get this sorted' },
], ['The parcel was passed to another courier.', 'We closed our account last year.', 'My first attempt at baking bread failed.']);

fam('repeat', 'an answer waited for', [
  { text: "I've waited nine days for a simple answer.", evidence: 'waited nine days for a simple answer' },
], ["I'm happy to wait for an answer.", "I've waited nine days for a reply from my bank."]);

fam('repeat', 'back again', [
  { text: 'Sorry, me again! One more question about the size.', evidence: 'me again' },
  { text: 'سلام مجدد خدمت شما، بابت همون سفارش.', evidence: 'سلام مجدد' },
  { text: 'baz salam, bare sevom payam midam', evidence: 'bare sevom' },
], ['It keeps asking me again for the code.', 'سلام، دوباره قبض اشتباه صادر شده.', 'Please charge me again, the first payment failed.']);

fam('repeat', 'Persian: earlier correspondence and the company\'s people', [
  { text: 'همان‌طور که در نامه پیشین به عرض رسید، کالا معیوب است.', evidence: 'نامه پیشین' },
  { text: 'شماره پیگیری قبلی من ۳۳۲۱۰ بود.', evidence: 'پیگیری قبلی' },
  { text: 'خانم احمدی از واحد فروش گفتن هزینه ارسال رایگانه.', evidence: 'از واحد فروش گفتن' },
  { text: 'ببخشید اینقدر پیام میدم، آدرسم عوض شد.', evidence: 'اینقدر پیام' },
], ['مشتریا هی زنگ میزنن که سایت باز نمیشه.', 'امروز ایمیلی از طرف شما دریافت کردم، معتبره؟', 'شماره پیگیری پستی بسته رو میشه بفرستید؟']);

fam('repeat', 'no contact made', [], [
  'The reset worked on the second try, thanks!',
  'I am writing to request a copy of my lease.',
  'I wish to lodge a complaint about the driver on 3 May.',
  'The email says my plan renews on the 12th.',
  'The amount mentioned was already paid on the 2nd.',
]);

fam('urgent', 'an event at hand with something missing', [
  { text: "The gig is tonight and I didn't receive the tickets.", evidence: 'tonight' },
  { text: 'Term starts on Monday and we still have no login codes.', evidence: 'Term starts' },
  { text: 'جشن عروسی پنجشنبه‌ست و کت هنوز تو گمرکه.' },
  { text: 'اقامتم تا دو روز دیگه منقضی میشه و کارت جدید هنوز نرسیده.' },
], ['The concert next spring sounds great, when do tickets go on sale?', 'My card expires on Sunday, will the new one come automatically?']);

fam('urgent', 'a business turning customers away, spoiling stock, Sev 1', [
  { text: 'The card reader died and we are turning customers away.', evidence: 'turning customers away' },
  { text: 'Please treat as Sev 1: nobody in the office can log in.', evidence: 'Sev 1' },
  { text: 'The freezer failed and the stock is spoiling.', evidence: 'stock is spoiling' },
  { text: 'کارتخوان از صبح خوابیده و مشتریا برمی‌گردن.' },
], ['This is the third time our site has gone down this quarter. Why?', 'Could you explain what Sev 1 means in your SLA?']);

fam('urgent', 'deadlines by the clock, money leaving, leaks, medicine', [
  { text: 'The form has to be in by 4pm or the place goes to someone else.', evidence: 'by 4pm' },
  { text: '£20 keeps coming out every few minutes.', evidence: 'every few minutes' },
  { text: 'Water pouring through the bedroom ceiling, please send a plumber.', evidence: 'Water pouring' },
  { text: 'هر چند دقیقه یه بار از کارتم پول کم میشه.' },
], ['Our office is open until 5pm on Fridays.', 'It was due by 5pm yesterday and that was fine.', "I'm not in any hurry, the invoice can wait.", 'Can I get an extension to the deadline for the report?']);

fam('urgent', 'quiet look-alikes', [], [
  'The meter reading on my bill is not mine, please correct it.',
  'یه کم نگرانم، بچه‌م با کارت من یه بازی خریده. برگشت میزنید؟',
  'همین امروز بسته رسید، خیلی ممنون.',
  'فوری بودن ارسال برام مهم نیست.',
  'تا فردا فکرامو می‌کنم و خبر میدم.',
  'چرا دو بار از حسابم کسر شده؟',
  'Students hit by Friday\'s outage, can the late fee be waived?',
]);
