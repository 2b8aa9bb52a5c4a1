/**
 * Urgency matrix 19, both languages (session 19, turg19; lib/tone/cues/urgency.kinds19.ts). Kinds read from fresh writers'
 * false cues and misses (late18, late17, late15), each generated as a family from parts written from knowledge, crossed
 * (time frames × tellers × outcomes; situations × registers), Persian in four spellings. Quiet families must stay quiet,
 * their look-alikes (U:…) must keep firing:
 * - a time frame the company promised or advertised, told back («قرار بود ظرف ۷۲ ساعت …», "your site says in under 5
 *   minutes", "it came within two minutes, thanks"); keeps firing: a time frame the customer needs now;
 * - "now" that is no hurry: "what do I do now?", «الان چیکار کنم؟», "three days now", «الان دو هفته گذشته»; keeps
 *   firing: "I need it now", "the courier is outside now";
 * - "scam" as an insult to the company ("this is a scam", «اولش فکر کردم کلاهبرداریه»); keeps firing: a scam that took
 *   the customer's details;
 * - a request to hold or send later ("hold my parcel at the depot till Monday", «تا دوشنبه نگهش دارید»);
 * - the company's speed told back («واسه اجاره دادن که خیلی سریع بودین»); keeps firing: «لطفاً سریع مسدودش کنید»;
 * - «یکی توضیح بده» / "can someone explain": someone asked to answer, no intruder; keeps firing: «یکی وارد حسابم شده»;
 * - money taken with an ultimatum a few days out for the company ("reversed by Friday or a chargeback"): frustrated, not
 *   urgent; keeps firing: money taken while the customer's own payment falls due;
 * - an event cancelled or a chat earlier today told as news ("her appointment on Thursday was cancelled, when will it be
 *   rebooked?", "I chatted with Leo earlier this afternoon");
 * - urgent (recall): a third party's deadline with a consequence for the customer within days ("I'll be withdrawn from
 *   my course if it isn't received by Friday", «اگه تا پنجشنبه نرسه قراردادم فسخ میشه»), card details put into a scam
 *   link ("I clicked it and put my card details in before I realised").
 *
 *   npx tsx scripts/tone-urgency-matrix19.ts            per kind: read urgent / total
 *   npx tsx scripts/tone-urgency-matrix19.ts --misses   also the messages read wrong
 */
import { cross, type MessageFrames } from './tone-matrix-messages.ts';
import { pathToFileURL } from 'node:url';
import { printUrgencyMatrix, type Item } from './tone-urgency-matrix17.ts';
import { urgencyAdders } from './tone-urgency-matrix18.ts';

const FRAMES: MessageFrames = {
  enGreet: ['', 'Hi, ', 'Hello team, ', 'Dear Sir or Madam,\n\n'],
  enTail: ['', ' Thanks.', '\n\nSam', '\n\nSent from my iPhone'],
  faGreet: ['', 'سلام، ', 'با سلام و احترام\n', 'سلام وقت بخیر، '],
  faTail: ['', '\n\nرضا', '\n\nارسال شده از گوشی', '\n\nبا تشکر\nمریم'],
};

const { en, fa } = urgencyAdders(FRAMES);

export function urgencyMatrix19(): Item[] {
  const out: Item[] = [];
  // ---------- a time frame the company promised or advertised, told back (quiet) ----------
  en('promisedFrame', false, cross([
    'you said the refund would be back within 72 hours', 'your email said the money would reach my account within 3 working days',
    'the deposit was supposed to be returned within 48 hours of the car going back', 'your website says top-ups arrive in under 5 minutes',
    'the confirmation said a technician would call within 24 hours', 'your advert promises delivery within 2 hours',
  ], ['It has now been two weeks and nothing.', 'That was ten days ago.', 'Is that actually true?'], (a, b) => `${a}. ${b}`), out);
  en('promisedFramePraise', false, [
    'The gems came within two minutes, brilliant service, thanks!', 'It arrived in under an hour, really impressed. Quick question about the loyalty points though.',
    'The refund landed within 24 hours as you said, thank you.',
  ], out);
  fa('promisedFrame', false, cross([
    'قرار بود ودیعه رو ۷۲ ساعت بعد از تحویل برگردونین', 'موقع لغو سفارش نوشته بودید مبلغ ظرف ۷۲ ساعت برمی‌گردد', 'گفتین ظرف ۲۴ ساعت کارشناس تماس می‌گیره',
    'تو سایتتون زده «شارژ فوری در کمتر از ۵ دقیقه»', 'مقرر بود وجه ظرف ۴۸ ساعت مسترد گردد',
  ], ['الان دو هفته گذشته و هنوز خبری نیست.', 'یعنی واقعا اینقدر سریعه؟'], (a, b) => `${a}. ${b}`), out);
  fa('promisedFramePraise', false, ['یوسی‌ها ظرف دو دقیقه اومد، دمتون گرم. فقط یه سوال، رویال پس هم از همین بخش میشه خرید؟', 'پول ظرف یک ساعت برگشت، ممنون از پیگیریتون.'], out);
  // Look-alikes that keep firing: a time frame still ahead, a thing that has not come.
  fa('U:frameAhead', true, ['اقامتم تا دو روز دیگه منقضی میشه و کارت جدید هنوز نرسیده.', 'ظرف دو ساعت باید مدارک رو تحویل بدم و پرینتش هنوز نیومده، لطفاً سریع بفرستید.'], out);
  en('U:frameAhead', true, ['My visa expires in two days and the new card still hasn\'t arrived.', 'I have to hand the documents in within 2 hours and the print has not arrived. Please send it now.'], out);
  // ---------- "now" that is no hurry (quiet) ----------
  en('nowNoHurry', false, cross([
    'I bought the 500 gem pack and the money left my account but the gems never showed up', 'my internet has been down three days now',
    'the heating has been off for a week now and nobody has come', 'I paid for the top-up and it still has not arrived',
  ], ['What do I do now?', 'So what now?', 'Now what?'], (a, b) => `${a}. ${b}`), out);
  en('nowNoHurryCaps', false, ['WHY IS MY INTERNET STILL DOWN. THREE DAYS NOW. I PAY YOU EVERY MONTH FOR A SERVICE IM NOT GETTING. SORT IT OUT',
    'WHERE IS MY PARCEL. TWO WEEKS NOW. I PAID FOR NEXT DAY DELIVERY', 'MY BROADBAND HAS BEEN DOWN FOR A WEEK NOW. FIX IT'], out);
  fa('nowNoHurry', false, cross([
    'یه بسته ۵۰۰ تایی الماس خریدم، پولش از حسابم کم شد ولی الماسا نیومد تو بازی', 'شارژ خریدم و پولش کم شد ولی شارژ نشد', 'اینترنتم سه روزه قطعه',
  ], ['چیکار کنم الان؟', 'الان باید چیکار کنم؟', 'الان یه هفته گذشته.'], (a, b) => `${a}. ${b}`), out);
  // ---------- "now" that keeps firing ----------
  en('U:nowNeeded', true, cross([
    'I need the boarding pass now, the gate closes in 20 minutes', 'the courier is outside now and needs the code', 'someone is using my card right now, please block it',
  ], ['', ' Please help!'], (a, b) => `${a}.${b}`), out);
  fa('U:nowNeeded', true, ['همین الان یکی داره با کارتم خرید میکنه، لطفاً مسدودش کنید!', 'پیک الان دم دره و کد می‌خواد، سریع جواب بدید.', 'پروازم یه ساعت دیگه‌ست و بلیطم باز نمیشه، الان چیکار کنم؟'], out);
  // ---------- "scam" as an insult (quiet) ----------
  en('scamInsult', false, cross([
    'I bought the gem pack twice because the first one did not show up and now neither has.', 'you took £30 for a subscription I cancelled.', 'the bundle says 50% off but the price went up first.',
  ], ['This is actually a scam.', 'What a scam.', 'Total scam, give me my money back.'], (a, b) => `${a} ${b}`), out);
  fa('scamInsult', false, cross([
    'اولش فکر کردم کلاهبرداریه ولی ظرف دو دقیقه اومد، دمتون گرم.', 'این کارتون کلاهبرداریه، پولمو پس بدید.', 'قیمت رو اول بالا بردید بعد تخفیف زدید، این کلاهبرداریه.',
  ], [''], (a) => a), out);
  en('U:scamGiven', true, cross([
    'I\'ve just had a text claiming to be from you saying my policy will be cancelled unless I pay through a link. I clicked it and put my card details in before I realised it looked dodgy',
    'I got an email that looked like yours and I entered my bank details on the page before I noticed the address was wrong',
    'someone rang saying he was from your security team and I gave him the code from my text',
    'I filled in my card number on a fake delivery page',
  ], ['What should I do now?', 'I have already rung my bank.'], (a, b) => `${a}. ${b}`), out);
  fa('U:scamGiven', true, cross([
    'یه پیامک اومد به اسم شما، روی لینکش زدم و اطلاعات کارتمو وارد کردم بعد فهمیدم جعلیه', 'یکی زنگ زد گفت از پشتیبانیه و من کد پیامک رو بهش دادم',
  ], ['الان چیکار کنم؟', 'کارتمو ببندید لطفاً.'], (a, b) => `${a}. ${b}`), out);
  // ---------- the company's speed told back (quiet); a speed asked for (urgent) ----------
  fa('quickToTake', false, cross(['قرار بود ودیعه رو ۷۲ ساعت بعد از تحویل ماشین برگردونین، الان یه هفته گذشته و هنوز خبری نیست.', 'پول رو دو بار کم کردین و هنوز برنگشته.'],
    ['واسه اجاره دادن که خیلی سریع بودین', 'برای پول گرفتن خیلی سریع هستین'], (a, b) => `${a}\n${b}`), out);
  en('quickToTake', false, cross(['The deposit was meant to come back 72 hours after I returned the car. It has been a week.', 'You took the payment twice and it is still not back.'],
    ['You were quick enough to take my money though.', 'You were very fast at charging me.'], (a, b) => `${a} ${b}`), out);
  fa('U:quickAsked', true, ['کارتم دزدیده شده، لطفاً سریع مسدودش کنید.', 'امشب پرواز دارم و بلیطم صادر نشده، لطفاً سریع بررسی کنید.'], out);
  en('U:quickAsked', true, ['My card has been stolen, please be quick and block it.', 'I fly tonight and the ticket has not been issued, please fix it as fast as you can.'], out);
  // ---------- a request to hold or send later (quiet) ----------
  en('holdLater', false, cross([
    'not your fault at all but the storm has knocked out the road to our village so I doubt the driver can get through tomorrow',
    'I am away until the weekend', 'nobody will be home tomorrow',
  ], ['Can you just hold my parcel at the depot till Monday?', 'Could you deliver it next week instead?', 'Please keep it at the depot until Monday.'], (a, b) => `${a}. ${b}`), out);
  fa('holdLater', false, cross(['فردا خونه نیستم', 'جاده روستامون به خاطر برف بسته‌ست و فکر نکنم پیک فردا بتونه بیاد'], ['میشه بسته رو تا دوشنبه تو انبار نگه دارید؟', 'لطفاً ارسال رو بندازید هفته بعد.'], (a, b) => `${a}. ${b}`), out);
  // Look-alikes of a request for later that keep firing: "take a look" («نگاهی بندازین»), a consequence postponed, "in review".
  fa('U:notHold', true, ['فردا آخرین مهلت انتخاب واحده و سامانه ارور میده. میشه یه نگاهی بندازین؟',
    'جلسه دفاع دوشنبه برگزار میشه و مجوز هنوز تأیید نشده؛ خواهشمند است در اسرع وقت بررسی فرمایید، در غیر این صورت جلسه به تعویق خواهد افتاد.'], out);
  en('U:notHold', true, ['Payment for my son\'s tuition is due Friday and the transfer has been \'in review\' for 5 days. If it doesn\'t arrive he\'ll be deregistered. Can you tell me what\'s holding it up?',
    'Please don\'t postpone the delivery, the wedding is tomorrow and the dress is in that parcel.'], out);
  // ---------- someone asked to answer (quiet) / an intruder (urgent) ----------
  fa('someoneAnswer', false, cross([
    'آگهیمو بدون هیچ دلیلی رد کردین. سه بار ویرایشش کردم، باز رد شد.', 'سفارشم لغو شد و هیچ پیامی هم نیومد.',
  ], ['یکی توضیح بده چه ایرادی داره دیگه!', 'یکی جواب بده چرا؟', 'یکی بگه مشکل چیه.'], (a, b) => `${a} ${b}`), out);
  en('someoneAnswer', false, cross(['My ad was rejected for no reason, three times now.', 'My order was cancelled and nobody told me why.'], ['Can someone explain what is wrong with it?', 'Someone please tell me why.'], (a, b) => `${a} ${b}`), out);
  fa('U:intruder', true, ['یکی وارد حسابم شده و رمزمو عوض کرده، کمک کنید!', 'یکی با کارت من خرید کرده، من هیچ خریدی نکردم.', 'یکی از یه شهر دیگه وارد اکانتم شده، سریع ببندیدش.'], out);
  // ---------- money taken, ultimatum a few days out for the company (quiet) ----------
  en('moneyUltimatum', false, cross([
    'I have been charged twice for the same hotel room (booking 7731902).', 'your website charged me twice for the same order.', 'you took the deposit twice.',
  ], ['I want the duplicate charge reversed by Friday. If it isn\'t, I\'m filing a chargeback.', 'If it is not refunded by the end of the week I will go to my bank.'], (a, b) => `${a} ${b}`), out);
  fa('moneyUltimatum', false, cross([
    'سه بار پول از کارتم کم شده ولی شارژ نشده!!!', 'مبلغ بیعانه رو پرداخت کردم و قرار بود ظرف ۷۲ ساعت مسترد بشه ولی سه هفته گذشته.',
  ], ['اگر تا پایان هفته پول برنگردد، شکایت می‌کنم.', 'در صورت عدم استرداد وجه تا پایان هفته جاری، موضوع از طریق مراجع قضایی پیگیری خواهد شد.'], (a, b) => `${a} ${b}`), out);
  en('U:moneyDue', true, ['You charged me twice and my rent goes out on Friday, I need the duplicate back before then.', 'The payment was taken twice and now I can\'t pay for my mum\'s medicine today.'], out);
  // ---------- a past or cancelled event told as news (quiet) ----------
  en('newsNoPressure', false, [
    'I received a letter saying my mum\'s hospital appointment on Thursday has been cancelled but there\'s no new date given. Could you let me know when it might be rebooked?',
    'I chatted with Leo earlier this afternoon about the seller who hasn\'t shipped my lamp. Just wanted the case number for my records please.',
    'I spoke to someone this morning about my bill. Could you email me a copy of it?',
    'The driver kept me waiting 20 minutes at the corner and then cancelled, and I was charged a cancellation fee. Is that right?',
  ], out);
  fa('newsNoPressure', false, ['راننده ۲۰ دقیقه منو سر کوچه کاشت، آخرش سفرو لغو کرد و هزینه لغو هم از کیف پولم کم شد! یعنی من باید جریمه بدم؟', 'دیروز پرواز ساعت ۸ صبح رو ساعت ۳ بعدازظهر پروندین. خسارت تاخیر رو چطوری پرداخت میکنین؟'], out);
  // ---------- a third party's deadline with a consequence for the customer within days (urgent) ----------
  en('U:thirdPartyDeadline', true, cross([
    'my university says the tuition payment has not come through from you and I will be withdrawn from my course if it isn\'t received by this Friday',
    'the landlord will cancel the tenancy if the deposit is not paid by Thursday', 'the embassy will refuse my visa unless your letter arrives by Monday',
    'my solicitor says the sale falls through if the redemption figure is not with them by tomorrow',
  ], ['Could you check what has happened?', 'Please can you look into it.'], (a, b) => `${a}. ${b}`), out);
  fa('U:thirdPartyDeadline', true, cross([
    'دانشگاه میگه اگه تا پنجشنبه شهریه نرسه ثبت‌نامم لغو میشه', 'صاحبخونه گفته اگه تا شنبه ودیعه واریز نشه قرارداد فسخ میشه', 'سفارت گفته اگه نامه تا دوشنبه نرسه ویزام رد میشه',
  ], ['لطفاً بررسی کنید.', 'چیکار کنم؟'], (a, b) => `${a}. ${b}`), out);
  // ---------- an ultimatum for the company, or a deadline weeks away (quiet) ----------
  en('ultimatumForCompany', false, [
    'If the refund is not in my account by Friday I will go to the ombudsman.', 'I will cancel my contract if this is not fixed by Thursday.',
    'My university needs the payment by 30 September, could you tell me when you will send it?',
  ], out);
  fa('ultimatumForCompany', false, ['اگه تا پنجشنبه پولم برنگرده از طریق ۱۲۴ شکایت میکنم.', 'دانشگاه تا آخر شهریور مهلت داده، کی واریز می‌کنید؟'], out);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printUrgencyMatrix(urgencyMatrix19());
