/**
 * Repeat-contact matrix 19, both languages (session 19, turg19; lib/tone/cues/repeat.kinds19.ts). Kinds read from fresh
 * writers' false cues and misses (late18, late17, late15), each generated as a family from parts written from knowledge,
 * with look-alikes (R:…) that must keep firing. Persian in four spellings.
 * - the phone as a device ("my work phone won't turn on", "I had my phone for 2 weeks"); keeps firing: "I phoned you",
 *   "I was on the phone to your team for an hour";
 * - a count about a charge or the company's act ("charged me twice", «سه بار سیم کارتمو مسدود کردین», «دو بار پول کم
 *   شد»); keeps firing: a count of the customer's own contacts ("I've emailed twice", «سه بار زنگ زدم»);
 * - tickets for an event or a trip ("my tickets for tonight's gig", "the same two tickets"); keeps firing: a support
 *   ticket ("my ticket #4410 is still open");
 * - a claim's decision appealed ("my claim (CLM-220941) was declined"): a first complaint; keeps firing: a claim or
 *   complaint chased ("I submitted claim CLM-22 three weeks ago and heard nothing");
 * - what the company promised at the counter or in the terms ("u said 3 days", "You promised me a refund on 14
 *   February"); keeps firing: what an agent said in a contact ("you told me on the phone", "your agent told me …");
 * - «باز من مزاحم شدم» with the matter still open (repeat);
 * - a request filed in a system and refused by it («درخواست مرجوعی زدم، سیستم خودکار ردش کرد»);
 * - (recall) time on hold and calling back ("55 minutes on hold … cut off. Rang back, another 40 minutes"), an hour of
 *   chat that ended in an answer («بعد از یه ساعت چت آخرش گفتین …»).
 *
 *   npx tsx scripts/tone-repeat-matrix19.ts            per kind: read repeat / total
 *   npx tsx scripts/tone-repeat-matrix19.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { printCueRows, tallyCue } from './tone-matrix-run.ts';
import { spellings } from './tone-fa-frust-matrix17.ts';
import { en, fa, type Item } from './tone-repeat-matrix18.ts';
import { cross } from './tone-matrix-messages.ts';


export function repeatMatrix19(): Item[] {
  const out: Item[] = [];
  // ---------- the phone as a device (quiet) ----------
  en('phoneDevice', false, cross([
    'I run a taxi firm and my work phone won\'t turn on after it got soaked this morning.', 'my phone screen cracked when I dropped it yesterday.',
    'u had my phone for 2 weeks for a screen fix, u said 3 days.', 'the phone you sold me keeps restarting.',
  ], ['Can you do a same-day repair?', 'What\'s going on?', 'Can I bring it in today?'], (a, b) => `${a} ${b}`), out);
  en('R:phoned', true, cross([
    'I phoned you this morning and was promised a call back.', 'I was on the phone to your team for an hour yesterday.', 'I\'ve rung your helpline twice.',
  ], ['Nothing has happened.', 'The phone still won\'t turn on.'], (a, b) => `${a} ${b}`), out);
  // ---------- a count about a charge or the company's act (quiet) ----------
  en('countOfCharge', false, cross([
    'your website charged me twice for the same two tickets.', 'you took the money twice for one order.', 'you have blocked my SIM three times for "incomplete ID".',
    'the app cancelled my booking twice for no reason.',
  ], ['Please explain how this happened.', 'I want it sorted.'], (a, b) => `${a} ${b}`), out);
  fa('countOfCharge', false, cross([
    'سه بار سیم کارتمو به خاطر «احراز هویت ناقص» مسدود کردین.', 'دو بار پول از حسابم کم کردین.', 'سفارشمو دو بار بی‌دلیل لغو کردین.',
  ], ['اعصابم خورد شد.', 'این چه وضعشه؟'], (a, b) => `${a} ${b}`), out);
  en('R:countOfContacts', true, cross([
    'I\'ve emailed twice about being charged twice.', 'I have called three times about the blocked SIM.', 'this is my third message about the double charge.',
  ], ['Nobody has replied.', 'Please sort it.'], (a, b) => `${a} ${b}`), out);
  fa('R:countOfContacts', true, cross(['سه بار زنگ زدم درباره سیم کارت مسدود شده.', 'دو بار پیام دادم که پول دو بار کم شده.'], ['هیچکس جواب نداد.'], (a, b) => `${a} ${b}`), out);
  // ---------- tickets for an event or a trip (quiet) ----------
  en('eventTickets', false, cross([
    'my tickets for tonight\'s gig still haven\'t come through on the app and doors open at 7.', 'I bought two tickets for the match on Saturday and only got one.',
    'the train tickets I booked are not showing in my account.', 'my concert tickets say the wrong date.',
  ], ['What am I supposed to do?', 'Can you resend them?'], (a, b) => `${a} ${b}`), out);
  en('R:supportTicket', true, cross([
    'my ticket #4410 is still open and nobody has answered.', 'I opened a support ticket last week about this.', 'ticket 55120 was closed without a reply.',
  ], ['Can you resend the tickets?'], (a, b) => `${a} ${b}`), out);
  en('R:ticketsCounted', true, ['Two months, six tickets, not one fix.', 'Three tickets raised and the Wi-Fi still drops every evening.'], out);
  // ---------- a claim's decision appealed (quiet) ----------
  en('claimDecision', false, cross([
    'your rejection of my claim (CLM-220941) for a cancelled trip is absurd.', 'my claim for Biscuit\'s surgery (claim PT-55812) has been declined on the grounds of a pre-existing condition.',
    'you have turned down my claim CLM-77812 for the stolen bike.',
  ], ['I will refer this to the ombudsman if the decision is not reversed.', 'Please reconsider the decision.'], (a, b) => `${a} ${b}`), out);
  en('R:claimChased', true, cross([
    'I submitted claim CLM-22091 three weeks ago and have heard nothing.', 'I am chasing my claim PT-55812 again.', 'I have emailed twice about claim CLM-77812.',
  ], ['Please reply.'], (a, b) => `${a} ${b}`), out);
  // ---------- what the company promised at the counter or in its terms (quiet) ----------
  en('servicePromise', false, cross([
    'u had my phone for 2 weeks, u said 3 days.', 'you had my laptop for a month, you said a week.', 'the repair is now in its third week, you quoted 5 days.',
  ], ['What\'s going on?', 'Frankly, I\'m done being patient.'], (a, b) => `${a} ${b}`), out);
  // (A promise with a date or an act, "You said it would ship Monday, it hasn't yet", is read as an earlier contact by the splits.)
  en('R:saidShip', true, ['You said it would ship Monday, it hasn\'t yet. Could you check?', 'You said the technician was booked for today and now there\'s no appointment at all.'], out);
  en('R:agentToldMe', true, cross([
    'you told me on the phone it would take 3 days.', 'your agent told me last week the refund was approved.', 'when I called on Monday you said it was sorted.',
  ], ['It isn\'t.', 'Nothing has happened.'], (a, b) => `${a} ${b}`), out);
  // ---------- bothering again (repeat): with the matter open; with a new request it is held a repeat contact by
  // tests/unit/tone/repeat-matrix16.test.ts ("Sorry to bother you again, one more question"), though late18 labels one no repeat.
  fa('R:botherAgainSame', true, cross(['ببخشید باز مزاحم شدم.', 'باز من مزاحم شدم.'], ['سفارشم هنوز نرسیده.', 'کارتم هنوز شارژ نشده، پیگیری کردین؟'], (a, b) => `${a} ${b}`), out);
  en('R:botherAgainSame', true, ['Sorry to bother you again, but my refund still hasn\'t arrived.', 'Sorry to bother you again, any news on my order?'], out);
  en('R:promisedContact', true, ['You said you\'d call me back on Monday. Nobody did.', 'You promised someone would email me the form. Still nothing.', 'Last week you said the engineer was booked. Nobody came.'], out);
  en('holdNoContact', false, ['My account has been on hold for 2 days, why?', 'Can you put my order on hold for a week?', 'The payment is on hold. What does that mean?'], out);
  fa('lineNoContact', false, ['خط تلفن خونه دو ساعته قطعه.', 'یه ساعت چت کردن با دوستام کل حجممو تموم کرد؟'], out);
  // ---------- a request filed in a system (quiet) ----------
  fa('systemRequest', false, cross([
    'وقتی درخواست مرجوعی زدم، سیستم به‌صورت خودکار آن را رد کرد.', 'درخواست بازگشت وجه ثبت کردم و سیستم خودکار ردش کرد.',
  ], ['پس این «ضمانت اصالت کالا» به چه دردی می‌خورد؟', 'چرا؟'], (a, b) => `${a} ${b}`), out);
  fa('R:requestChased', true, cross(['دو هفته پیش درخواست مرجوعی زدم و هنوز کسی جواب نداده.', 'درخواست بازگشت وجه ثبت کردم، سه بار هم پیگیری کردم.'], ['لطفاً بررسی کنید.'], (a, b) => `${a} ${b}`), out);
  // ---------- calling back, an hour of chat that ended in an answer (repeat); time on hold alone (quiet in the splits' labels) ----------
  en('R:rangBack', true, cross([
    'spent 55 minutes on hold this morning only to be cut off the moment I got through. Rang back, another 40 minutes, and the advisor told me to email instead.',
    'I was on hold for an hour, got cut off, rang back and waited another 30 minutes.', 'the line went dead so I called back and was told to email.',
  ], ['So here I am.', 'My direct debit has been taken twice.'], (a, b) => `${a} ${b}`), out);
  en('holdOnly', false, ['Wow, great service. Two hours on hold and then the line went dead.', 'Ridiculous. Forty minutes on hold to be told to send an email.',
    'Spent 50 minutes on hold to be told to try turning it off and on. Thanks for nothing.'], out);
  fa('R:chatHour', true, ['بعد از یه ساعت چت آخرش گفتین «مشکل از سمت شما نیست». خب از سمت کیه پس؟ من همچنان نمیتونم وارد حسابم شم', 'بعد از نیم ساعت تماس کارشناس گفت باید حضوری بیام. چرا؟'], out);
  fa('holdOnly', false, ['واقعاً دستتون درد نکنه، دو ساعت پشت خط موندم آخرش هم قطع شد.', 'باشه، مرسی بابت هیچی. دو ساعت پشت خط موندم آخرشم قطع شد 👏👏'], out);
  // Look-alikes of a count about a charge or a request that keep firing: own contacts counted in Persian, a status asked after «مزاحمت مجدد».
  fa('R:countOwnFa', true, ['گاز رو قطع کردین در حالی که پول رو پرداخت کردم و رسیدشم دو بار براتون فرستادم.', 'برای بار چهارم درباره بازپرداخت هزینه‌ای که لغو شد می‌نویسم.',
    'برای چهارمین بار گزارش می‌کنم که کارمزد دو بار کسر می‌شود.'], out);
  fa('R:botherStatus', true, ['با عرض پوزش از مزاحمت مجدد، آیا درخواست بنده در خصوص انتقال اشتراک بررسی شده است؟'], out);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = tallyCue(repeatMatrix19(), 'repeat', (it) => `${it.lang} ${it.repeat ? 'repeat' : 'quiet'} ${it.kind}`, (it) => it.repeat);
  printCueRows(rows, { misses: process.argv.includes('--misses'), verb: 'read repeat', width: 28, groupWords: 2 });
}
