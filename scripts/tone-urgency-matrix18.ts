/**
 * Urgency matrix 18, both languages (session 18, turg18): time pressure told by the situation, with no hurry word
 * (lib/tone/cues/urgency.kinds18.ts). Families are crossed from parts written from knowledge: times (in minutes,
 * hours, tonight, a weekday) × situations (landing, arriving at night, stranded at a port, a sale starting, money lost
 * per day, card details typed into a scam text, food spoiling in an outage) × registers (chat, plain, formal); Persian in
 * four spellings. Look-alikes must stay quiet: the same words in the past, dates weeks away, "every Friday", "no rush",
 * a payment that simply failed, food that arrived spoiled.
 *
 *   npx tsx scripts/tone-urgency-matrix18.ts            per kind: read urgent / total
 *   npx tsx scripts/tone-urgency-matrix18.ts --misses   also the messages read wrong
 */
import { cross, enMessages, faMessages, type MessageFrames } from './tone-matrix-messages.ts';
import { pathToFileURL } from 'node:url';

import { printUrgencyMatrix, type Item } from './tone-urgency-matrix17.ts';
export type { Item };

const FRAMES: MessageFrames = {
  enGreet: ['', 'Hi, ', 'Hello team, ', 'Dear Sir or Madam, '],
  enTail: ['', ' Thanks.', '\n\nSam', '\n\nSent from my iPhone'],
  faGreet: ['', 'سلام، ', 'با سلام و احترام، ', 'سلام وقت بخیر، '],
  faTail: ['', '\n\nرضا', '\n\nارسال شده از گوشی', '\n\nبا تشکر\nمریم'],
};

/** Adders of urgency items built on `frames`: each core as English messages, or as Persian ones in four spellings (also ./tone-urgency-matrix19.ts). */
export function urgencyAdders(frames: MessageFrames) {
  return {
    en(kind: string, urgent: boolean, cores: string[], out: Item[]) {
      for (const text of enMessages(frames, cores)) out.push({ lang: 'en', kind, urgent, text });
    },
    fa(kind: string, urgent: boolean, cores: string[], out: Item[]) {
      for (const text of faMessages(frames, cores)) out.push({ lang: 'fa', kind, urgent, text });
    },
  };
}
const { en, fa } = urgencyAdders(FRAMES);

const ASK_EN = ['Is there anything you can do?', 'Can someone call me please?', 'What are my options?', 'Please help.'];
const ASK_FA = ['میشه کمک کنید؟', 'لطفاً یکی باهام تماس بگیره.', 'چیکار کنم؟', 'خواهشمند است راهنمایی فرمایید.'];

export function urgencyMatrix18(): Item[] {
  const out: Item[] = [];
  // ---------- English, urgent ----------
  en('U:travelNow', true, cross([
    'our flight lands in 40 min and the rental car is unavailable', 'my plane lands in 2 hours and the hotel says there is no booking',
    'we land in an hour and the transfer has not shown up in the app', 'I am boarding in 20 minutes and my e-ticket will not open',
    'the train leaves in half an hour and my seat reservation has vanished', 'we will arrive only around 2 o\'clock in the night because the flight is delayed',
    'we are arriving tonight at 1am and nobody answers at the hotel', 'I will get in after midnight and the key box code does not work',
    'we fly to my father\'s funeral on Friday and the passport is still "in progress"', 'I am flying out tomorrow and the visa letter has not come',
    'we leave on Sunday and the travel insurance documents never arrived', 'we have a reservation for tonight but our flight is delayed and we will arrive late',
  ], ASK_EN, (a, b) => `${a}. ${b}`).filter((_, i) => i % 2 === 0), out);
  en('U:strandedNow', true, cross([
    'the 14:40 sailing has been delayed for three hours now and nobody knows a thing', 'we are stuck at the airport with two kids and no hotel',
    'we\'re stranded at the port, the ferry was cancelled', 'I am sitting at the side of the road with a flat tyre and the recovery van has not come',
    'our coach has been held for two hours now at the border', 'we are still waiting at the terminal and the desk is closed',
  ], ASK_EN.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  en('U:business', true, cross([
    'a pallet of our Black Friday stock is stuck at your depot and the sale starts Thursday', 'our launch is tomorrow and the printed boxes are still at your hub',
    'we have been closed for nine days and are losing about £1,500 a day', 'if the interim payment does not come we won\'t make payroll on Friday',
    'the stock for our Christmas market is missing and the market opens on Saturday', 'we are losing orders every hour while the checkout is broken',
  ], ASK_EN.slice(1, 3), (a, b) => `${a}. ${b}`), out);
  en('U:scam', true, cross([
    'I got a text saying it was from you about a parcel and I typed my card details in', 'I clicked a link in an email and I entered my bank details, now I think it was a scam',
    'a man who said he was from your fraud team rang and I gave him the security code', 'I stupidly put my card number into a fake delivery site',
  ], ['Please can somebody stop my card?', 'What do I do?'], (a, b) => `${a}. ${b}`), out);
  en('U:perishable', true, cross([
    'the power has been off since last night and the freezer is full', 'no electricity since this morning, all the food in the freezer is starting to defrost',
    'the fridge stopped when the power went out and my insulin will spoil', 'the outage is still on and everything in the fridge is going to go off',
  ], ASK_EN.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  en('U:sentWrong', true, [
    'I just transferred £2,000 to the wrong account, one digit was off. Can you stop it?', 'I accidentally sent my rent to a stranger this morning. Please help!',
    'I have mistakenly transferred the deposit to an old payee. Can it be recalled?',
  ], out);
  en('U:scamRead', true, ['A man who said he was from your fraud team rang and I read him the numbers from my card. Could you check my account?'], out);
  en('U:workaroundButSecurity', true, ['Nothing is blocked for now, but someone logged into my account from Russia and changed my password. Please lock it.'], out);
  // ---------- English, quiet look-alikes ----------
  en('workaround', false, [
    'Since Monday none of us can open the archive folder. Nothing is blocked for now. Could you take a look this week?',
    'The card reader in the shop shows an error since Saturday. We are using the old reader for now. Could you send an engineer?',
    'Our booking page is slow since this morning, it is not an emergency, we can manage for now.',
  ], out);
  // ("Last year I transferred money to the wrong account and you helped me" is read urgent by an older reader, not by kinds 18: left out.)
  en('paidTwiceOwn', false, ['Sorry, I think I paid the invoice twice by mistake. Could you refund one of them?'], out);
  en('past', false, [
    'Last week our flight was delayed for three hours and we were stuck at the airport. Could I claim compensation?',
    'We flew on Friday and the flight was lovely, thanks for the help with the booking.',
    'Yesterday we were stranded at the port for hours. I would like a refund of the crossing, please.',
    'The sale started Thursday and went really well, can you send the invoice?', 'Last year we lost about £300 a day while the card machine was down. Is there any compensation scheme?',
    'The food was spoiled when it arrived yesterday. Please refund the order.', 'The chicken arrived spoiled and went in the bin. Can I get my money back?',
  ], out);
  en('farAway', false, [
    'We fly in March and want to add a bag, no rush.', 'Our flight lands at 6pm on 14 June, can we book a transfer?', 'We fly every Friday for work, is there a frequent flyer discount?',
    'Our summer sale starts in July, can you quote for 500 boxes?', 'My trip is in six weeks, could you tell me the baggage allowance?',
    'No rush at all, we fly on Friday week and just want to check seats.', 'Do your planes land in 40 minutes from Leeds to Belfast?',
  ], out);
  en('ultimatumDaysOut', false, [
    'I have waited three weeks. If the refund is not back by Friday I am going to the ombudsman.', 'Fix this by the end of next week or I will cancel my account.',
  ], out);
  en('notScam', false, [
    'I typed my card details in but the payment failed, can you check?', 'I got a text from you about a parcel but I did not click anything. Is it real?',
    'I entered my card details three times and it keeps saying declined. Any idea?', 'How do I update the card details on my account?',
  ], out);
  en('notPerishable', false, [
    'The freezer I bought last month is very noisy, can an engineer look at it?', 'Is the fridge in the holiday cottage big enough for a family of four?',
    'The milk in my order was out of date, please refund it.',
  ], out);
  // ---------- Persian, urgent ----------
  fa('U:travelNow', true, cross([
    'پروازم ۴۰ دقیقه دیگه میشینه و ماشین اجاره‌ای کنسل شده', '۲ ساعت دیگه پرواز دارم و بلیطم تو اپ نمیاد', 'یک ساعت دیگه حرکت می‌کنیم و رزرو هتل پیدا نمیشه',
    'جمعه پرواز داریم و پاسپورتم هنوز «در حال صدور»ه', 'امشب ساعت ۲ می‌رسیم و پذیرش هتل جواب نمیده', 'فردا پرواز دارم و ویزام هنوز نیومده',
  ], ASK_FA.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  fa('U:strandedNow', true, cross([
    'الان سه ساعته تو فرودگاه گیر کردیم و هیچ کس جواب نمیده', 'از صبح تو اسکله معطلیم و کشتی هنوز حرکت نکرده', 'الان با دو تا بچه کنار جاده موندیم و امداد نیومده',
    'هنوز تو ترمینال منتظریم و اتوبوس نیومده',
  ], ASK_FA.slice(0, 2), (a, b) => `${a}. ${b}`), out);
  fa('U:business', true, cross([
    'بار حراج ما تو انبارتون مونده و حراج پنجشنبه شروع میشه', 'نه روزه مغازه بسته‌ست و روزی ۵ میلیون ضرر می‌کنیم', 'اگه خسارت پرداخت نشه حقوق پرسنل رو نمی‌تونم بدم',
    'افتتاحیه فردا شروع میشه و تابلوها هنوز نرسیده',
  ], ASK_FA.slice(1, 3), (a, b) => `${a}. ${b}`), out);
  fa('U:scam', true, cross([
    'یه پیامک اومد که از طرف شماست و من اطلاعات کارتمو تو لینک وارد کردم', 'روی یه لینک زدم و رمز دوم کارتمو وارد کردم، فکر کنم کلاهبرداری بود',
    'یکی زنگ زد گفت از بانکه و من کد تایید رو بهش گفتم', 'شماره کارت و رمز پویا رو تو یه سایت جعلی زدم',
  ], ['لطفاً کارتمو مسدود کنید.', 'چیکار کنم؟'], (a, b) => `${a}. ${b}`), out);
  fa('U:perishable', true, cross([
    'برق خونه ما از دیشب قطعه و یخچال فریزر پر گوشت و مرغه', 'از صبح برق نداریم، تا ظهر همه چی تو فریزر خراب میشه', 'برق رفته و داروهام تو یخچاله، دارن خراب میشن',
    'پیک هنوز نیومده، مشتری منتظره و غذاش داره سرد میشه',
  ], ['کی میاین؟', 'لطفاً سریع‌تر کسی رو بفرستید.'], (a, b) => `${a}. ${b}`), out);
  fa('U:sentWrong', true, ['اشتباهی ۲۰ میلیون کارت به کارت کردم به یه شماره کارت دیگه. چطوری برش گردونم؟', 'الان واریز کردم به یه حساب دیگه، یه رقمش اشتباه بود. لطفاً کمک کنید.'], out);
  // ---------- Persian, quiet look-alikes ----------
  fa('workaround', false, [
    'دستگاه کارتخوان مطب از روز شنبه خطا می‌ده. فعلاً از کارتخوان دیگری استفاده می‌کنیم؛ خواهشمند است کارشناس اعزام فرمایید.',
    'سایت از صبح کند شده ولی فعلاً مشکلی نداریم، هر وقت شد بررسی کنید.',
  ], out);
  fa('paidTwiceOwn', false, ['ببخشید فکر کنم فاکتور رو اشتباهی دو بار پرداخت کردم، میشه یکیش رو برگردونید؟', 'سال پیش اشتباهی به یه حساب دیگه واریز کردم و شما کمکم کردید، ممنون.'], out);
  fa('past', false, [
    'پرواز دیروز سه ساعت تاخیر داشت و تو فرودگاه علاف شدیم. خسارت تأخیر رو چطور بگیرم؟', 'هفته پیش تو اسکله معطل شدیم، میشه هزینه بلیط رو برگردونید؟',
    'غذا دیروز خراب رسید، لطفاً پولمو برگردونید.', 'سال پیش روزی یک میلیون ضرر دادیم وقتی کارتخوان خراب بود، غرامتی دارید؟',
  ], out);
  fa('farAway', false, [
    'سفرم دو ماه دیگه‌ست، عجله‌ای نیست، فقط درباره بار سؤال داشتم.', 'ما هر هفته جمعه‌ها پرواز داریم، تخفیف دارید؟', 'حراج تابستونی ما تیرماه شروع میشه، برای ۵۰۰ تا جعبه قیمت بدید.',
    'پرواز ۱۴ خرداد ساعت ۶ عصر می‌شینه، ترانسفر دارید؟',
  ], out);
  fa('notScam', false, [
    'رمز دوممو وارد کردم ولی پرداخت انجام نشد، میشه بررسی کنید؟', 'یه پیامک از طرف شما اومد ولی روی لینکش نزدم، واقعیه؟', 'چطوری اطلاعات کارتمو تو حسابم عوض کنم؟',
  ], out);
  fa('notPerishable', false, ['یخچالی که ماه پیش خریدم صدا میده، میشه تعمیرکار بفرستید؟', 'شیر توی سفارشم تاریخش گذشته بود، لطفاً پولشو برگردونید.'], out);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printUrgencyMatrix(urgencyMatrix18());
