/**
 * Repeat-contact matrix 18, both languages (session 18, turg18; lib/tone/cues/repeat.kinds18.ts). Families crossed from
 * parts written from knowledge, each with look-alikes that must stay quiet:
 * - formal chasing letters (a letter sent again, "further to my letter", counts after "despite" / «علی‌رغم», a letter
 *   never answered) × matters; quiet: "further to your letter", a first formal complaint, «عطف به ایمیل شما» answering;
 * - what the company's agent said some days ago × promises; quiet: the agent praised, an engineer who came yesterday;
 * - learner English ("this is third time I write you") × problems; quiet: "first time I write", a fault that repeats;
 * - quiet: an apology for "my last email", "still" about the fault below the agent's quoted question, news told ("I was
 *   told my branch is closing"), a follow-up the customer will do, an app named for data used, a request for the
 *   service itself («درخواست گذرنامه»).
 * Persian in four spellings.
 *
 *   npx tsx scripts/tone-repeat-matrix18.ts            per kind: read repeat / total
 *   npx tsx scripts/tone-repeat-matrix18.ts --misses   also the messages read wrong
 */
import { cross, enMessages, faMessages, type MessageFrames } from './tone-matrix-messages.ts';
import { pathToFileURL } from 'node:url';
import { printCueRows, tallyCue } from './tone-matrix-run.ts';

export interface Item { lang: 'en' | 'fa'; kind: string; repeat: boolean; text: string }

const FRAMES: MessageFrames = {
  enGreet: ['', 'Hi, ', 'Hello, ', 'Dear Sir or Madam,\n\n'],
  enTail: ['', ' Thanks.', '\n\nSam', '\n\nYours faithfully,\nG. Hart'],
  faGreet: ['', 'سلام، ', 'با سلام و احترام\n', 'سلام وقت بخیر، '],
  faTail: ['', '\n\nرضا', '\n\nارسال شده از گوشی', '\n\nبا تشکر\nمریم'],
};

/** Each core as an English message (greeting, core, tail), for this matrix and ./tone-repeat-matrix19.ts. */
export function en(kind: string, repeat: boolean, cores: string[], out: Item[]) {
  for (const text of enMessages(FRAMES, cores)) out.push({ lang: 'en', kind, repeat, text });
}
/** Each core as Persian messages in four spellings. */
export function fa(kind: string, repeat: boolean, cores: string[], out: Item[]) {
  for (const text of faMessages(FRAMES, cores)) out.push({ lang: 'fa', kind, repeat, text });
}

export function repeatMatrix18(): Item[] {
  const out: Item[] = [];
  // ---------- English, repeat ----------
  en('R:formal', true, cross([
    'further to my letter of 2 May,', 'further to my previous email,', 'despite two telephone calls to your branch,', 'despite several emails,',
    'despite repeated reminders,', 'I have yet to receive a reply to my letter of 3 June and', 'I am re-sending my complaint below because', 'resending this as',
  ], ['the redemption statement has still not been issued.', 'the refund of £240 remains outstanding.', 'nobody has come to read the meter.'], (a, b) => `${a} ${b}`), out);
  en('R:agentSaid', true, cross([
    'your agent told me ten days ago that', 'your colleague said last week that', 'your support team promised me on Monday that', '10 days ago your advisor told me that',
  ], ['the refund would take 72 hours. Nothing yet.', 'an engineer would call. Nobody has.'], (a, b) => `${a} ${b}`), out);
  en('R:learner', true, cross([
    'this is third time I write you for same problem.', 'this is the fourth time I call you about this.', 'I write you already two times and nobody answer.',
    'I contact you already three times.', 'I write you again because nobody answer.',
  ], ['Internet not working since 10 days.', 'My parcel is not arrive.'], (a, b) => `${a} ${b}`), out);
  // ---------- English, quiet ----------
  en('apologyOwnMail', false, [
    'Thanks, all sorted now, the cheque arrived. Sorry for the tone of my last email, it had been a long week.',
    'Apologies for my previous message, I found the receipt in my bag. Thank you!', 'Sorry about my earlier email, I was upset. The engineer fixed it today.',
  ], out);
  en('answerQuoted', false, [
    'The serial number is VX-2231-88K. It\'s still completely dead, won\'t charge. What happens next?\n\nOn 3 Jul 2024, at 10:02, Claire (Support) wrote:\n> Could you send us the serial number?',
    'The model is a Greenstar 30i. It\'s still not heating at all.\n\nOn Wed, 12 Apr 2023, HomeCover Support wrote:\n> Could you send us the model number so we can book the right engineer?',
  ], out);
  en('toldNews', false, [
    'Last week I was told my branch is closing. I think this is disgraceful.', 'I was told the paper statements are being discontinued. Is that true?',
  ], out);
  en('serviceRequest', false, [
    'Kindly I request the status of my residence permit application submitted on 2 February.', 'I request a copy of my tenancy agreement, please.',
  ], out);
  en('notOurLetter', false, [
    'Further to your letter of 2 May, please find the signed form attached.', 'Despite two delivery attempts, the parcel went back to the depot. Can I collect it?',
    'This is the first time I write you, I love the product.', 'The printer jammed for the third time today, is it faulty?', 'Your agent was lovely on the phone, thank you.',
  ], out);
  en('inboundLetter', false, [
    'I received a letter saying my appointment on Thursday has been cancelled. When is the new date?', 'The renewal letter shows £412 but last year I paid £298. Can you explain?',
    'The text message she got says the 29th but the letter says the 28th. Which is right?', 'I got an email saying my order has shipped, but the tracking link does not work.',
  ], out);
  en('promiseAtSale', false, [
    'I was assured at sign-up that I could freeze the membership. I now find this is not the case.', 'I was told when I bought the phone that the case was included. Where is it?',
  ], out);
  en('thanksHad', false, [
    'Quick question about selling fees. Thanks again for the help last time with the photos!', 'Hello again! Just wanted to say thank you to Amira who helped me last week. It works perfectly now!',
    'Hi again, thanks so much, the refund arrived and all is sorted now.',
    'The serial number is SN 4471. Thanks again!\n\nOn 4 Mar 2024, at 10:02, Sam (Support) wrote:\n> Could you send us the serial number?',
  ], out);
  en('R:notThanks', true, [
    'Hello again, the refund still has not arrived, this is my third email.', 'Thanks for the help last time, but the problem is back again and I have called twice.',
    'Thanks for your help earlier! One more question about the invoice.',
  ], out);
  // ---------- Persian, repeat ----------
  fa('R:formal', true, cross([
    'نامه زیر که در تاریخ ۱۴۰۲/۰۹/۰۴ ارسال شده بود، جهت استحضار مجدداً ارسال می‌گردد.', 'پیرو نامه قبلی اینجانب به استحضار می‌رساند', 'عطف به درخواست قبلی بنده،',
    'اینجانب طی نامه‌ای به شماره ۲۳۴۵۱ اعتراض نموده‌ام؛ لیکن', 'تاکنون پاسخی دریافت ننموده‌ام و', 'علی‌رغم سه نوبت ثبت خرابی،', 'با وجود چند بار تماس،',
  ], ['قبض اصلاح نشده است.', 'هیچ کارشناسی مراجعه ننموده است.'], (a, b) => `${a} ${b}`), out);
  fa('R:agentSaid', true, cross([
    'پشتیبانتون ۱۰ روز پیش گفت', 'کارشناستون هفته پیش گفت', 'اپراتورتون دیروز قول داد', 'همکارتون دو هفته پیش گفته بود',
  ], ['۷۲ ساعت طول میکشه. هنوز خبری نیست!', 'درست میشه. ولی هنوز همونه.'], (a, b) => `${a} ${b}`), out);
  // ---------- Persian, quiet ----------
  fa('thanksHad', false, ['سلام مجدد، مرسی از پیگیریتون. پول برگشت به حسابم، مشکل حل شد.', 'سلام دوباره، ممنون از راهنماییتون، مشکل برطرف شد.'], out);
  fa('apologyOwnMail', false, ['بابت لحن پیام قبلیم عذر می‌خوام، مشکل حل شد. ممنون.', 'ببخشید بابت ایمیل قبلیم، رسید رو پیدا کردم.'], out);
  fa('ownFollow', false, ['پرواز دیروز لغو شد. حالا پول بلیطا رو کی برمیگردونین؟ خسارت تأخیرم لابد باید جدا پیگیری کنم؟', 'فاکتور رو بفرستید، بقیه‌ش رو خودم پیگیری می‌کنم.'], out);
  fa('appUsage', false, ['بسته ۵۰ گیگ خریدم دو روزه تموم شده، من که فقط اینستا و تلگرام داشتم.', 'حجمم تموم شد در حالی که فقط واتساپ و روبیکا استفاده کردم.'], out);
  fa('serviceRequest', false, ['درخواست گذرنامه‌مو ۴۵ روز پیش ثبت کردم، «در حال صدور» دقیقاً یعنی چی؟', 'برخورد همکار باجه با من که صرفاً درخواست صورت‌حساب داشتم زشت بود.'], out);
  fa('notOurLetter', false, [
    'عطف به ایمیل مورخ ۱۲ خرداد شما، مدارک تکمیلی به پیوست ارسال می‌گردد.', 'کارشناستون دیروز اومد و مشکل رو حل کرد، ممنون.', 'این سومین باره که این هفته گوشی خودبخود خاموش میشه.',
    'با وجود بارون، پیک به موقع رسید. ممنون.',
  ], out);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = tallyCue(repeatMatrix18(), 'repeat', (it) => `${it.lang} ${it.repeat ? 'repeat' : 'quiet'} ${it.kind}`, (it) => it.repeat);
  printCueRows(rows, { misses: process.argv.includes('--misses'), verb: 'read repeat', width: 28, groupWords: 2 });
}
