/**
 * Repeat variant matrix (issue 13, trep9): messages assembled from parts — a contact word (email, call, chat, ticket,
 * message, DM, form; «ایمیل», «تماس», «تیکت», «پیام») with a count or an ordinal ("third time", "twice", "again",
 * "still", "yet another"; «سومین بار», «دوباره», «باز هم», «هنوز») about a **contact** (must fire), next to the same
 * counts about a **fault**, a **payment**, an **order**, a **delivery** or an **event**, a **thank-you / sign-off**
 * ("thanks again", «باز هم ممنون»), **the agent's own question answered**, and quoted history under "On … wrote:"
 * (none of which may fire). Typos, lowercase chat and missing apostrophes are mixed into the kinds.
 *
 * Labelling (tests/fixtures/tone-eval/README.md, "Labels (one rule for all)": *repeat* when the customer says they
 * contacted the company before about this matter): a **company promise quoted** ("you said on the phone", "I was told
 * by your agent", «پشتیبانتون گفت») is something the company's people told the customer in an earlier contact, so it
 * is a repeat contact and must fire (as the toner split labels "was told by", "your colleague promised"). A promise
 * printed on the website or the order page ("the website said 2-day delivery") is no contact and stays quiet (kind
 * `sitePromise`).
 *
 *   npx tsx scripts/tone-repeat-matrix.ts            per kind: fired / total
 *   npx tsx scripts/tone-repeat-matrix.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { printCueRows, tallyCue, type CueRow } from './tone-matrix-run.ts';

export interface RepeatItem {
  lang: 'en' | 'fa';
  kind: string;
  repeat: boolean;
  text: string;
}

const EN_GREET = ['', 'Hi, ', 'hey ', 'Hello team, ', 'Dear Sir or Madam, '];
const EN_TAIL = ['', ' Thanks.', '\n\nSent from my iPhone', ' Could you look into it?', '\n\nRegards,\nSam Patel\n07700 900123'];
const FA_GREET = ['', 'سلام، ', 'سلام وقت بخیر، ', 'با سلام و احترام، '];
const FA_TAIL = ['', ' ممنون', '\n\nارسال شده از گوشی سامسونگ', ' لطفا بررسی کنید.', '\n\nبا تشکر\nرضا\n۰۹۱۲۳۴۵۶۷۸۹'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function vary(lang: 'en' | 'fa', kind: string, repeat: boolean, cores: string[], out: RepeatItem[]) {
  const g = lang === 'en' ? EN_GREET : FA_GREET;
  const t = lang === 'en' ? EN_TAIL : FA_TAIL;
  cores.forEach((core, i) => {
    for (let k = 0; k < 2; k++) {
      const greet = g[(i + k * 2) % g.length];
      const tail = t[(i * 3 + k) % t.length];
      const body = lang === 'en' && greet === '' ? cap(core) : core;
      out.push({ lang, kind, repeat, text: `${greet}${body}${tail}` });
    }
  });
}

function cross<A, B>(as: A[], bs: B[], f: (a: A, b: B) => string): string[] {
  return as.flatMap((a) => bs.map((b) => f(a, b)));
}

const EN_ASK = ['Can you check what is going on?', 'What should I do?', 'please sort it'];
const FA_ASK = ['میشه بررسی کنید؟', 'چیکار باید بکنم؟', 'لطفا رسیدگی کنید.'];

export function repeatMatrix(): RepeatItem[] {
  const out: RepeatItem[] = [];
  // ---------------- English: contact (must fire) ----------------
  vary('en', 'contact', true, cross([
    'this is the third time I am emailing about my refund',
    'I have called twice now about the missing parcel',
    'this is my second email about the broken heater',
    'I am sending yet another message about my account',
    'I have opened another ticket about the login problem',
    'I messaged you again yesterday about the invoice',
    'I filled in your contact form twice last week',
    'I still have no reply to my email from Monday',
    'this is the fourth ticket I have raised about this',
    'I DMd you on Instagram again and nobody answered',
    'I have been on chat three times about this order',
    'I rang your helpline again this morning',
  ], EN_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('en', 'contactChat', true, [
    'ive messaged u 3 times now abt my refund',
    'emailed twice already no answer',
    'this is my 2nd chat today same problem',
    'called again still nothing',
    'thrid email about this pls reply',
    'i have emailled you twice and got nothing back',
    'im writing again bc nobody replied',
    'sent u another dm yesterday, no reply',
    'still waiting on a reply to my ticket',
    'wrote to u last week too abt this',
  ], out);
  vary('en', 'promise', true, [
    'You said on the phone the refund would be back in five days and it is not.',
    'I was told by your agent that an engineer would come on Tuesday.',
    'your colleague promised me a callback and nobody called.',
    'On the chat I was told the parcel was on its way.',
    'The lady I spoke to said the charge would be reversed.',
    'I was told in your store that the repair was free.',
  ], out);
  // ---------------- English: not a contact (must stay quiet) ----------------
  vary('en', 'fault', false, cross([
    'the app crashed again this morning',
    'the heater is still broken',
    'this is the third time this week the router has stopped working',
    'the screen froze twice today',
    'I got yet another error when I logged in',
    'my laptop restarted again for no reason',
    'the washing machine leaked again',
    'the printer jammed for the second time today',
    'it still wont turn on',
    'the tv keeps switching off, fourth time tonight',
  ], EN_ASK, (a, b) => `${a}. ${b}`), out);
  vary('en', 'payment', false, cross([
    'I was charged twice for the same order',
    'the payment went through twice',
    'you took the subscription fee again this month',
    'there is a second charge on my card',
    'my card was debited three times',
    'i got billed again even tho i cancelled',
  ], EN_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('en', 'order', false, cross([
    'this is my second order with you',
    'I ordered again because I loved the first one',
    'I placed another order yesterday',
    'this is the third order I have placed this year',
    'I bought the same lamp twice by mistake',
    'this is the second phone I have bought from you',
  ], ['Can I get a discount code?', 'Can you combine the shipping?'], (a, b) => `${a}. ${b}`), out);
  vary('en', 'delivery', false, cross([
    'the courier missed me again today',
    'this was the third delivery attempt',
    'delivery failed twice because nobody had the gate code',
    'the parcel is still not here',
    'the driver came again and left without knocking',
  ], EN_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('en', 'event', false, [
    'The power went off again during the night, is there a planned outage?',
    'We are hosting the event again next year, can we book the same room?',
    'The class is on the third of May, is there parking?',
    'My son broke his glasses again, can we order another pair?',
    'It rained again so the installer could not finish, when can he come back?',
  ], out);
  vary('en', 'thanks', false, [
    'Thanks again for your help yesterday, everything works now.',
    'Thank you again, the replacement arrived.',
    'thx again!! all sorted',
    'Many thanks once again for the quick refund.',
    'Thanks again and have a lovely weekend.',
  ], out);
  vary('en', 'answer', false, [
    'To answer your question, I use Chrome and it crashed twice on the checkout page.',
    'You asked when it started: it froze again on Monday and twice on Tuesday.',
    'In reply to your question, the order number is 44817 and I was charged twice.',
    'As you asked, here are the photos of the crack again from two angles.',
    'Re your question: yes, it happened again after the update.',
  ], out);
  vary('en', 'sitePromise', false, [
    'The website said two day delivery and it has been a week, where is it?',
    'Your product page says it is waterproof but it broke in the rain twice.',
    'The order confirmation said Tuesday, is it still coming?',
  ], out);
  vary('en', 'quoted', false, [
    'Update: it crashed again this morning, same error.\n\nOn Mon, 3 Jun 2024 at 10:02, Sam <sam@example.com> wrote:\n> Hi, the app crashes when I open the camera.',
    'The heater is still broken, same error E4 this morning.\n\nOn Tue, 4 Jun 2024, Sam wrote:\n> My heater shows error E4, what does it mean?',
    'Got the parcel, thanks, all sorted now!\n\nOn Wed, 5 Jun 2024, Sam wrote:\n> This is my third email, where is my parcel??',
  ], out);
  // A contact word that names a product, a service or somebody else's message, next to a count (hard look-alikes).
  vary('en', 'contactWordFault', false, cross([
    'my calls keep dropping again',
    // "the call dropped twice" alone is left out: a support call that dropped is a contact, a phone line's call is not.
    'my calls dropped twice in the middle of a meeting',
    'I cannot send messages again since the update',
    'the messages app crashed for the third time',
    'your contact form still gives an error when I press send',
    'the chat window froze again on the checkout page',
    'emails from my work account are bouncing again',
    'my email app logged me out twice today',
    'my phone keeps restarting again since the update',
    'the ticket scanner at the gate rejected my ticket twice',
    'DMs are still not loading in the app',
  ], EN_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('en', 'theirMessage', false, cross([
    'I received two confirmation emails for one booking',
    'I keep getting your marketing emails again even though I unsubscribed',
    'the verification text came twice',
    'your automated call rang me three times last night',
    'the delivery text said again that it is delayed',
    'I got yet another newsletter today',
  ], EN_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('en', 'chatLookalike', false, [
    'cant send msgs again since the update, what do i do',
    'my emails r bouncing again, pls help',
    'ur chat keeps crashing again on my phone',
    'the form wont submit again, it just spins',
    'texts not coming thru again since yesterday',
    'got ur promo email again even tho i unsubscribed',
    'keep getting ur marketing texts again, how do i stop them',
    'got 2 confirmation emails for 1 order lol',
    'called my bank twice n they say its ur side',
    'bought 2 tickets again by mistake, can i refund one',
  ], out);
  vary('en', 'remindMe', false, [
    'Sorry, what was the phone number again?',
    'whats the email address again for returns?',
    'What was the name of the agent again, the one who sorted my order?',
    'What are your opening hours again?',
  ], out);
  vary('en', 'greetNew', false, [
    'Hello again! Quick question about a different order: can I change the colour?',
    'Sorry to bother you again, separate question: does the lamp come with a bulb?',
    'Hi again, something else: do you ship to Norway?',
    'me again lol, unrelated question, is the blue one in stock',
  ], out);
  vary('en', 'greetChase', true, [
    'Sorry, me again! One more question about the size.',
    'Hello again, is there any update on my refund?',
    'Sorry to bother you again, still no news on the engineer visit.',
    'Hi again, one more question: why has nobody replied to my email from Monday?',
  ], out);
  vary('en', 'thirdPartyContact', false, cross([
    'I called my bank twice and they say the money left my account',
    'I emailed the seller again but they are not answering',
    'I rang the courier again and they said it was delivered',
    'my landlord messaged me again about the noise',
  ], ['Can you check on your side?', 'What can you see?'], (a, b) => `${a}. ${b}`), out);
  vary('en', 'ticketOrder', false, cross([
    'I bought two tickets again for the Saturday show',
    'my train ticket was charged twice',
    'the second ticket in my order has the wrong seat',
    'I need to change the name on my tickets again',
  ], ['Can you fix it?', 'How do I get a refund for one?'], (a, b) => `${a}. ${b}`), out);
  // ---------------- Persian: contact (must fire) ----------------
  vary('fa', 'contact', true, cross([
    'این سومین باریه که درباره بازپرداخت ایمیل میزنم',
    'دو بار تماس گرفتم درباره بسته‌ای که نرسیده',
    'دوباره تیکت زدم برای مشکل ورود',
    'باز هم پیام دادم و جوابی نیومد',
    'هنوز جواب ایمیلم رو ندادین',
    'برای بار سوم پیام میدم',
    'سه بار با پشتیبانی تماس گرفتم',
    'دومین تیکتیه که ثبت می‌کنم',
    'دیروز هم زنگ زدم و کسی جواب نداد',
    'فرم تماس با ما رو دو بار پر کردم',
  ], FA_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('fa', 'promise', true, [
    'پشتیبانتون پشت تلفن گفت تا پنج روز پول برمی‌گرده ولی هنوز نیومده.',
    'همکارتون قول داد که تماس بگیره ولی کسی زنگ نزد.',
    'تو چت بهم گفتن بسته ارسال شده.',
  ], out);
  // ---------------- Persian: not a contact ----------------
  vary('fa', 'fault', false, cross([
    'دوباره خراب شد',
    'برنامه باز هم بسته شد',
    'یخچال هنوز خرابه',
    'این سومین بار این هفته‌ست که مودم قطع میشه',
    'گوشی دو بار امروز خاموش شد',
    'باز هم ارور داد',
  ], FA_ASK, (a, b) => `${a}. ${b}`), out);
  vary('fa', 'payment', false, cross([
    'دو بار از حسابم کسر شد',
    'مبلغ دوباره از کارتم برداشت شد',
    'سه بار پول کشیده شد',
    'اشتراک باز هم تمدید و کسر شد',
  ], FA_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('fa', 'order', false, cross([
    'این دومین سفارشمه از شما',
    'دوباره سفارش دادم چون خیلی خوب بود',
    'باز هم از فروشگاهتون خرید کردم',
  ], ['میشه کد تخفیف بدین؟', 'میشه با هم ارسال بشه؟'], (a, b) => `${a}. ${b}`), out);
  vary('fa', 'delivery', false, cross([
    'پیک دوباره اومد و کسی خونه نبود',
    'سومین بار ارسال ناموفق بود',
    'بسته هنوز نرسیده',
  ], FA_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('fa', 'thanks', false, [
    'باز هم ممنون از راهنماییتون، درست شد.',
    'دوباره ممنون، بسته رسید.',
    'باز هم سپاسگزارم بابت پیگیری سریع.',
    'مرسی دوباره، همه چی اوکیه.',
  ], out);
  vary('fa', 'answer', false, [
    'در جواب سوالتون، از کروم استفاده می‌کنم و دو بار موقع پرداخت بسته شد.',
    'پرسیده بودین از کی شروع شده: دوشنبه دوباره قفل کرد.',
    'طبق خواسته شما عکس‌ها رو دوباره از دو زاویه فرستادم.',
  ], out);
  vary('fa', 'quoted', false, [
    'دوباره امروز صبح همون ارور رو داد.\n\nOn Mon, 3 Jun 2024, Reza wrote:\n> سلام، برنامه موقع باز کردن دوربین بسته میشه.',
    'بسته رسید، ممنون همه چی درسته!\n\nOn Wed, 5 Jun 2024, Reza wrote:\n> این سومین ایمیلمه، بسته‌ام کجاست؟',
  ], out);
  vary('fa', 'contactWordFault', false, cross([
    'تماس‌هام دوباره قطع میشه',
    'پیامک‌ها هنوز نمیاد',
    'فرم ثبت‌نام باز هم ارور میده',
    'ایمیلم دو بار از کار افتاد',
    'چت سایت دوباره بالا نمیاد',
  ], FA_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('fa', 'theirMessage', false, cross([
    'دو تا ایمیل تایید برام اومد',
    'پیامک تبلیغاتی دوباره برام اومد با اینکه لغو کردم',
    'باز هم پیامک کد تایید دو بار اومد',
  ], FA_ASK.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  vary('fa', 'chatLookalike', false, [
    'پیامکا باز نمیاد از دیروز',
    'ایمیلم دوباره بالا نمیاد چیکار کنم',
    'چت سایتتون باز هم هنگ کرد',
    'دوباره پیامک تبلیغاتیتون برام اومد',
    'به پیک دو بار زنگ زدم جواب نداد',
  ], out);
  vary('fa', 'thirdPartyContact', false, cross([
    'دو بار به بانک زنگ زدم میگن پول از حسابم رفته',
    'دوباره به فروشنده پیام دادم ولی جواب نمیده',
  ], ['میشه از طرف خودتون بررسی کنید؟', 'شما چی می‌بینید؟'], (a, b) => `${a}. ${b}`), out);
  // A second batch, written after the first fixes and measured once before it was read (quiet fired 10 / 13 on the
  // session-start code, 3 / 13 after the first fixes; contact 6 / 6 both times).
  out.push(...[
    'My voicemail stopped working again after the update, can you reset it?',
    'The video call froze twice during my daughter\'s lesson. Is the line faulty?',
    'I keep receiving your survey emails again, please remove me.',
    'The reminder text came three times this morning, bit annoying!',
    'I phoned the airline twice and they told me to ask you about the refund.',
    'The insurer emailed me again asking for the receipt, where do I find it?',
    'I need two more tickets for the Sunday match, are there any left?',
    'The message inbox in the app is still empty after the sync.',
    'our work emails keep going to spam again, can you whitelist us',
    'my texts r failing to send again since the new sim',
  ].map((text) => ({ lang: 'en' as const, kind: 'batch2', repeat: false, text })));
  out.push(...['پیامکای بانکی دوباره نمیاد', 'دو بار به شرکت پست زنگ زدم گفتن از طرف شماست', 'ایمیل تاییدیه دو بار برام اومد']
    .map((text) => ({ lang: 'fa' as const, kind: 'batch2', repeat: false, text })));
  out.push(...['I sent a second email on Friday and still no reply.', 'This is the third call I have made to your team this week.',
    'messaged ur support twice, nobody got back to me', 'I have raised two tickets about the leak and heard nothing.']
    .map((text) => ({ lang: 'en' as const, kind: 'batch2', repeat: true, text })));
  out.push(...['سه بار به پشتیبانی ایمیل زدم و جواب ندادین', 'دوباره تیکت ثبت کردم ولی هنوز خبری نیست']
    .map((text) => ({ lang: 'fa' as const, kind: 'batch2', repeat: true, text })));
  return out;
}

export function runRepeatMatrix(items: readonly RepeatItem[] = repeatMatrix()) {
  return tallyCue(items, 'repeat', (it) => `${it.lang} ${it.repeat ? 'fire ' : 'quiet'} ${it.kind}`, (it) => it.repeat);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printRepeatRows(runRepeatMatrix(), process.argv.includes('--misses'));

/** Each kind's firing figure, then the totals per language and side (and the misses under --misses). */
export function printRepeatRows(rows: ReadonlyMap<string, CueRow>, misses: boolean): void {
  printCueRows(rows, { misses, verb: 'fired', width: 26, groupWords: 2 });
}
