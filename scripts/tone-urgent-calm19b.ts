/**
 * Urgency and repeat-contact false alarms, session 19 (turg19b; lib/tone/cues/urgency.calm19b.ts, repeat.calm19b.ts).
 * Written from knowledge, not from any split: messages that must NOT read urgent or repeat, many trades and registers,
 * Persian colloquial and formal in four spellings, each family with look-alikes (U:… / R:…) that must keep firing.
 *
 * Urgency, quiet: a date or time told without pressure («نوبتم ۲۰ آذره», "my flight is in March"); «فوری» / "urgent" /
 * "ASAP" naming something else or quoted («ارسال فوری», "urgent care", "Express"); a past emergency told as history;
 * "no rush"; an ultimatum a few days out with anger and no need of the customer's own; "at your earliest convenience".
 * Keeps firing: a hacked account, a deadline today or tomorrow, «همین امروز لازم دارم».
 *
 * Repeat, quiet: "again" / «دوباره» / «باز» about the fault; "still" about a state; "my last order"; a reply to the
 * agent's question; «قبلاً هم از شما خرید کرده‌ام»; "thanks again"; a ticket number alone. Keeps firing: "third time
 * I'm writing", «پیام قبلیمو دیدین؟», "I called yesterday and was told …".
 *
 *   npx tsx scripts/tone-urgent-calm19b.ts            per kind: read / total
 *   npx tsx scripts/tone-urgent-calm19b.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { printCueRows, tallyCue } from './tone-matrix-run.ts';
import { spellings } from './tone-fa-frust-matrix17.ts';

export interface Item { lang: 'en' | 'fa'; cue: 'urgent' | 'repeat'; kind: string; fire: boolean; text: string }

const EN_GREET = ['', 'Hi, ', 'Hello team, ', 'Dear Sir or Madam,\n\n'];
const EN_TAIL = ['', ' Thanks.', '\n\nSam', '\n\nKind regards,\nP. Okafor'];
const FA_GREET = ['', 'سلام، ', 'با سلام و احترام\n', 'سلام وقت بخیر، '];
const FA_TAIL = ['', '\n\nرضا', '\n\nارسال شده از گوشی', '\n\nبا تشکر\nمریم'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function en(cue: Item['cue'], kind: string, fire: boolean, cores: string[], out: Item[]) {
  cores.forEach((c, i) => {
    const g = EN_GREET[i % 4];
    out.push({ lang: 'en', cue, kind, fire, text: `${g}${g && !g.endsWith('\n') ? c : cap(c)}${EN_TAIL[(i * 3) % 4]}` });
  });
}
function fa(cue: Item['cue'], kind: string, fire: boolean, cores: string[], out: Item[]) {
  cores.forEach((c, i) => spellings(c).forEach((s, k) => out.push({ lang: 'fa', cue, kind, fire, text: `${FA_GREET[(i + k) % 4]}${s}${FA_TAIL[(i * 3 + k) % 4]}` })));
}

export function urgentCalm19b(): Item[] {
  const out: Item[] = [];
  const u = 'urgent' as const;
  const r = 'repeat' as const;
  // ================================ URGENCY ================================
  // ---- a date or time told, no pressure ----
  fa(u, 'dateNoPressure', false, [
    'نوبتم ۲۰ آذره، میخواستم بدونم باید مدارک خاصی بیارم یا نه؟',
    'پروازم اسفنده، میشه بگین بار مجاز چند کیلوئه؟',
    'قرارداد اجاره‌ام اول بهمن تموم میشه، برای تمدید باید چیکار کنم؟',
    'جلسه دادگاه ما ۱۵ دی ماه است؛ خواهشمند است نحوه دریافت رونوشت را اعلام فرمایید.',
    'تولد دخترم هفته بعده، میخوام یه کیک سفارش بدم. چه طعم‌هایی دارید؟',
    'امتحانم فردا نیست، ماه دیگه‌ست، فقط خواستم بپرسم کتاب کی موجود میشه.',
    'ساعت کاری شعبه ونک تا ساعت چنده؟ امروز عصر میخوام بیام.',
    'اقساط وام من هر ماه ۱۰ام کسر می‌شود. آیا امکان تغییر تاریخ وجود دارد؟',
  ], out);
  en(u, 'dateNoPressure', false, [
    'my flight is in March, can I add a bag now or only closer to the time?',
    'my appointment is on 12 December. Do I need to bring my old glasses?',
    'our wedding is next summer and we wanted to ask about your catering packages.',
    'the lease ends on 31 January. What do I need to do to renew it?',
    'I\'m booked in for a service on Thursday at 9. Is there parking at the garage?',
    'what time does the Leeds branch close today? I might pop in after work.',
    'my exam is in June, when will the second edition be in stock?',
    'my direct debit goes out on the 1st of every month, can I move it to the 15th?',
  ], out);
  // ---- «فوری» / "urgent" / "ASAP" naming something else, or quoted ----
  fa(u, 'foriName', false, [
    'سفارشمو با ارسال فوری ثبت کردم ولی هزینه‌اش دو برابر حساب شد. میشه بررسی کنید؟',
    'گزینه «پست فوری» تو سایتتون برای شهرستان هم فعاله؟',
    'تو سبد خرید نوشته «تحویل فوری»، این یعنی چند روزه میرسه؟',
    'قهوه فوری‌هاتون کی دوباره موجود میشه؟',
    'پسرم هفته پیش رو بردیم اورژانس، حالا میخوام بدونم بیمه هزینه‌اش رو میده؟',
    'خدمات فوری تعمیر لوازم خانگی شما شامل یخچال ساید هم می‌شود؟',
  ], out);
  en(u, 'urgentName', false, [
    'I went to urgent care last month and I\'ve been billed twice for the visit. Can you check?',
    'does the Express Delivery option cover the Highlands?',
    'your ASAP delivery slot was fine, just wondering if you do gift wrapping.',
    'I paid for next day delivery but it took four days, can I get the extra refunded?',
    'the email subject line says URGENT: Action Required but it\'s just a newsletter. Is this really from you?',
    'does the urgent repair plan include boilers over ten years old?',
    'my son was in A&E in October and I need a copy of the discharge letter for the insurer.',
  ], out);
  // ---- a past emergency told as history ----
  fa(u, 'pastEmergency', false, [
    'پارسال که خونه‌مون آب گرفت، بیمه شما خیلی خوب پیگیری کرد. الان میخوام بیمه‌نامه رو تمدید کنم.',
    'ماه پیش کارتم دزدیده شد و همون موقع مسدودش کردید، ممنون. حالا کارت جدید رو کجا باید تحویل بگیرم؟',
    'سال گذشته حساب بنده هک شد و با پشتیبانی شما مشکل حل شد. اکنون قصد دارم رمز دوم را تغییر دهم.',
    'اون دفعه که ماشینم وسط اتوبان خاموش شد امداد شما زود رسید. میخواستم بپرسم این سرویس تو طرح جدید هم هست؟',
  ], out);
  en(u, 'pastEmergency', false, [
    'back in May my account was hacked and your team sorted it, thanks. Now I just want to change my security questions.',
    'last winter our boiler broke down on Christmas Eve and your engineer was great. Can I book this year\'s service?',
    'my card was stolen last month and you blocked it straight away. When will the replacement arrive?',
    'two years ago we had a flood and claimed with you. Does that affect my renewal price?',
  ], out);
  // ---- no rush ----
  fa(u, 'noRush', false, [
    'عجله‌ای نیست، هر وقت وقت کردید جواب بدید.',
    'فوری نیست، فقط خواستم بدونم فاکتور رسمی هم صادر می‌کنید؟',
    'اصلاً عجله ندارم، هر موقع موجود شد خبرم کنید.',
    'این موضوع فوریت ندارد؛ در فرصت مناسب بررسی فرمایید.',
  ], out);
  en(u, 'noRush', false, [
    'no rush at all, whenever you get a chance.',
    'not urgent, but could you send me a copy of last year\'s invoice?',
    'there\'s no hurry on this, just let me know when it\'s back in stock.',
    'it isn\'t urgent, I just wondered whether you deliver on Saturdays.',
  ], out);
  // ---- an ultimatum a few days out, anger, no need of their own ----
  fa(u, 'ultimatumAngry', false, [
    'اگه تا آخر هفته پولمو برنگردونید میرم سازمان حمایت شکایت میکنم. واقعاً مسخره‌ست.',
    'تا سه‌شنبه وقت دارید مشکل رو حل کنید وگرنه قراردادمو فسخ میکنم.',
    'چنانچه تا پایان هفته جاری پاسخی دریافت نکنم، از طریق مراجع قانونی پیگیری خواهم کرد.',
  ], out);
  en(u, 'ultimatumAngry', false, [
    'this is disgraceful. If the refund isn\'t back by the end of next week I\'m going to the ombudsman.',
    'you have until Monday to sort this out or I\'m cancelling my contract and telling everyone I know.',
    'if I don\'t hear back within seven days I will be taking this to small claims.',
  ], out);
  // ---- polite "at your earliest convenience" ----
  fa(u, 'earliestPolite', false, [
    'خواهشمند است در اولین فرصت نسبت به ارسال فاکتور اقدام فرمایید.',
    'لطفاً هر وقت فرصت کردید رسید پرداخت رو برام ایمیل کنید.',
    'در صورت امکان در اسرع وقت نتیجه بررسی را اعلام بفرمایید. با سپاس',
  ], out);
  en(u, 'earliestPolite', false, [
    'could you please send me the invoice at your earliest convenience?',
    'I would be grateful if you could confirm the booking at your earliest convenience.',
    'please let me know as soon as you can whether the item can be exchanged. Many thanks.',
    'could you get back to me when you have a moment about the warranty?',
  ], out);
  // ---- look-alikes that keep firing ----
  fa(u, 'U:hacked', true, [
    'حسابم هک شده و دارن از کارتم خرید میکنن، لطفاً سریع مسدودش کنید!',
    'یکی وارد حساب اینستاگرامم شده و رمزمو عوض کرده، کمک کنید!',
    'همین الان یه پیامک برداشت ۵ میلیونی اومد که من انجام ندادم!',
  ], out);
  en(u, 'U:hacked', true, [
    'my account has been hacked and someone is buying things on my card right now. Please lock it!',
    'someone logged into my account from another country and changed my password. Help!',
    'I just got a text saying £900 was taken from my account and it wasn\'t me.',
  ], out);
  fa(u, 'U:todayNeed', true, [
    'همین امروز لازمش دارم، ساعت ۶ عصر جلسه دارم و لپ‌تاپ هنوز نرسیده.',
    'پروازم فردا صبحه و پاسپورتم هنوز دست شماست!',
    'تا ساعت ۲ امروز باید مدارک رو تحویل بدم وگرنه پذیرشم لغو میشه.',
    'عروسیم فرداست و لباس هنوز نرسیده، تو رو خدا یه کاری کنید.',
  ], out);
  en(u, 'U:todayNeed', true, [
    'I need it today, the party is at 6pm and the cake still hasn\'t arrived.',
    'my flight is tomorrow morning and you still have my passport!',
    'I have to submit this by 5pm today or I lose my place on the course.',
    'the wedding is tomorrow and the suit hasn\'t come. Please help!',
  ], out);
  // Look-alikes of the calm kinds (urgency.calm19b.ts) that keep firing.
  fa(u, 'U:notCalm', true, [
    'لطفاً در اسرع وقت اعلام کنید، داروهای یخچالی مادرم تو انبار شما مونده و نگرانم خراب بشن.',
    'اگه فردا نرسه امتحانمو از دست میدم، کتاب هنوز نیومده!',
    'لطفاً در اسرع وقت کارتمو مسدود کنید، گم شده.',
    'ماه پیش کارتم دزدیده شد و امروز دوباره باهاش خرید شده!',
    'فوری رسیدگی کنید، یکی وارد حسابم شده.',
  ], out);
  en(u, 'U:notCalm', true, [
    'I need an urgent repair, water is pouring through the kitchen ceiling.',
    'URGENT: my card has been stolen and someone is using it.',
    'please block my card as soon as possible, I think it has been stolen.',
    'my account was hacked back in May and it has happened again this morning, they are buying things right now.',
    'please let me know as soon as possible, my flight is tomorrow morning.',
    'please get back to me as soon as possible, water is coming through the light fitting.',
  ], out);
  // ================================ REPEAT ================================
  // ---- "again" / «دوباره» / «باز» about the fault ----
  fa(r, 'againFault', false, [
    'اینترنتم دوباره قطع شده، میشه بررسی کنید؟',
    'باز برق اینجا رفته، کی وصل میشه؟',
    'ماشین لباسشویی بعد از تعمیر دوباره آب نشتی داره.',
    'اپلیکیشن باز بالا نمیاد، مشکل از گوشی منه یا از شما؟',
    'مجدداً پس از به‌روزرسانی، امکان ورود به سامانه وجود ندارد.',
    'این ماه هم دوباره قبض گاز دو برابر اومده!',
  ], out);
  en(r, 'againFault', false, [
    'my broadband has dropped out again, can you check the line?',
    'the app crashed again when I tried to pay.',
    'the boiler is making that banging noise again since the engineer left.',
    'the train was late again this morning, how do I claim delay repay?',
    'my bill has gone up again this month without any explanation.',
  ], out);
  // ---- "still" about a state ----
  fa(r, 'stillState', false, [
    'بسته‌ام هنوز تو گمرکه، معمولاً چقدر طول میکشه؟',
    'هنوز مبلغ بازگشت به حسابم واریز نشده، میشه وضعیتش رو بگید؟',
    'کولر هنوزم باد گرم میزنه.',
  ], out);
  en(r, 'stillState', false, [
    'my order still says processing, is that normal?',
    'the tap is still dripping after the repair.',
    'I still haven\'t received my refund, could you check where it is?',
    'the website still shows my old address.',
  ], out);
  // ---- "my last order", «سفارش قبلی» ----
  fa(r, 'lastOrder', false, [
    'سفارش قبلیم خیلی خوب بود، میخوام همون رو دوباره سفارش بدم.',
    'تو خرید قبلی کد تخفیف زدم ولی اعمال نشد.',
    'بسته قبلی که فرستادید یه قلمش کم بود.',
  ], out);
  en(r, 'lastOrder', false, [
    'my last order came with a broken lid, can I get a replacement?',
    'I\'d like to reorder the same thing as my previous order please.',
    'on my last visit the stylist used a different colour, could I book her again?',
  ], out);
  // ---- a reply to the agent's question in the thread ----
  fa(r, 'replyToAgent', false, [
    'شماره سفارشی که خواسته بودید: ۴۵۸۷۲۱',
    'همونطور که پرسیدید، عکس کالا رو پیوست کردم.',
    'در پاسخ به سوال همکارتان، دستگاه در تاریخ ۳ مهر خریداری شده است.',
  ], out);
  en(r, 'replyToAgent', false, [
    'as requested, here is the serial number: SN-88231.',
    'in answer to your question, I bought it in the Bristol store on 3 May.',
    'yes, that\'s the right address. The postcode is BS1 4DJ.',
    'here are the photos you asked for.',
  ], out);
  // ---- a customer of long standing ----
  fa(r, 'loyalCustomer', false, [
    'قبلاً هم از شما خرید کرده‌ام و همیشه راضی بودم، این بار کالا شکسته رسید.',
    'من چند ساله مشتری شمام، قبلاً هم از همین مدل گرفتم.',
    'بنده سال‌هاست از خدمات شما استفاده می‌کنم؛ این نخستین بار است که با چنین مشکلی مواجه شده‌ام.',
  ], out);
  en(r, 'loyalCustomer', false, [
    'I\'ve bought from you many times before and never had a problem until now.',
    'I\'ve been a customer for ten years and this is the first time I\'ve had to complain.',
    'I ordered this same jacket from you before and the size was different.',
  ], out);
  // ---- thanks again ----
  fa(r, 'thanksAgain', false, ['باز هم ممنون از راهنماییتون.', 'مجدداً از لطف شما سپاسگزارم.', 'بازم مرسی، خیلی کمک کردید.'], out);
  en(r, 'thanksAgain', false, ['thanks again for your help!', 'thank you once again, that\'s sorted it.', 'cheers again, really appreciate it.'], out);
  // ---- a ticket number alone ----
  // An order's or parcel's number alone is no earlier contact; a support case's or ticket's number is (the development
  // splits label "Re: Case 00419827 - the fault is back" repeat), so those are look-alikes that keep firing.
  fa(r, 'orderNumberAlone', false, ['کد رهگیری مرسوله ۱۲۳۴۵۶۷۸۹ هست، کجاست الان؟', 'شماره سفارش ۵۵۱۲۰۹، میخوام آدرس تحویل رو عوض کنم.', 'شماره اشتراک ۸۸۴۱۲۳۳ است؛ لطفاً صورتحساب این ماه را ارسال کنید.'], out);
  en(r, 'orderNumberAlone', false, ['order #55120 — when will it ship?', 'booking ref ABC12345, can I add a second driver?', 'tracking number 77120934, the parcel shows as in transit. Which depot is it at?', 'account number 40991823, please change my billing date to the 15th.'], out);
  fa(r, 'R:caseNumber', true, ['شماره تیکت ۴۴۵۱۲، میخواستم عکس اضافه کنم.', 'پیرو درخواست شماره ۷۷۲۱۹۸، خرابی دوباره تکرار شد.'], out);
  en(r, 'R:caseNumber', true, ['case number 00381244, I\'d like to add a photo to it.', 'Re: ticket #77341 - the same error is back.'], out);
  // ---- look-alikes that keep firing ----
  fa(r, 'R:contactAgain', true, [
    'این سومین باریه که پیام میدم و هنوز کسی جواب نداده.',
    'پیام قبلیمو دیدین؟ هنوز جوابی نگرفتم.',
    'دیروز هم زنگ زدم گفتن امروز درست میشه، ولی هنوز قطعه.',
    'برای بار دوم عرض می‌کنم که مبلغ دو بار کسر شده است.',
    'چند بار ایمیل زدم ولی هیچکس جواب نمیده.',
  ], out);
  en(r, 'R:contactAgain', true, [
    'this is the third time I\'m writing about this.',
    'did you get my last message? I still haven\'t had a reply.',
    'I called yesterday and was told it would be fixed today, but it still isn\'t.',
    'I\'ve emailed twice already and heard nothing back.',
    'I\'m contacting you again because nobody has replied to my complaint.',
  ], out);
  // Look-alikes of the calm kinds (repeat.calm19b.ts) that keep firing; a count of something else stays quiet.
  fa(r, 'R:notCalm', true, [
    'بازم پیام دادم و کسی جواب نداد.',
    'برای بار سوم خدمتتون عرض می‌کنم که سفارشم نرسیده.',
  ], out);
  en(r, 'R:notCalm', true, [
    'case 00381244 is still open after three weeks.',
    'any update on ticket 55123? I raised it last Monday.',
    'I was given reference CS-204519 when I called last week and nothing has happened since.',
  ], out);
  fa(r, 'countOther', false, ['برای بار دوم از شما خرید کردم و باز کالا خراب بود.', 'این دومین باری است که این مدل را سفارش می‌دهم.'], out);
  // Second batch (typing habits, services praised, a hurry declined, a label quoted).
  fa(u, 'foriDeclined', false, ['سفارش فوری نمی‌خوام، همون ارسال عادی کافیه.', 'ارسال فوری لازم نیست، با پست معمولی بفرستید.'], out);
  en(u, 'servicePraised', false, ['The urgent appointment line was really helpful last week, thanks.', 'The emergency plumber you sent yesterday was brilliant. Can I leave a review?',
    'we had a burst pipe last year and you sorted it fast. want to renew now', 'the emergency callout last winter was excellent, is it included in the new plan?'], out);
  fa(r, 'labelQuoted', false, ['توی اپ گزینه «درخواست فوری» رو زدم، هزینه اضافه داره؟', 'دکمه «پیگیری سفارش» کار نمیکنه، چیزی نشون نمیده.'], out);
  fa(u, 'U:storyNow', true, ['ماه پیش کارتم دزدیده شد و الان دارن با کارت جدیدم هم خرید میکنن!', 'پارسال حسابم هک شد و حالا دوباره یکی واردش شده.'], out);
  en(u, 'U:storyNow', true, ['my card was stolen last month and now someone is using the new one too. Please block it.', 'we had a burst pipe last year and now it has burst again, water everywhere.'], out);
  en(u, 'U:serviceNeeded', true, ['I need an emergency plumber today, water is everywhere.', 'please send an emergency engineer, the boiler is leaking gas.'], out);
  fa(u, 'U:foriWanted', true, ['ارسال فوری میخوام، فردا تولدشه.', 'فوری لازمش دارم، لطفاً امروز بفرستید.'], out);
  fa(r, 'R:requestMine', true, ['درخواستم رو دو هفته پیش ثبت کردم و هنوز کسی جواب نداده.'], out);
  // Third batch: the company's speed in a past story, Persian.
  fa(u, 'pastEmergency', false, ['اون موقع که گوشیم دزدیده شد سیم کارتمو سریع مسدود کردید، مرسی. حالا میخوام سیم کارت جدید بگیرم.'], out);
  // «خواهشمند است در اسرع وقت نسبت به صدور گواهی اقدام فرمایید»: an action asked for formally "as soon as possible" is
  // urgent in the development splits' labels (fa wide2); only an answer asked for is calm.
  fa(u, 'U:formalAsapAction', true, ['خواهشمند است نسبت به صدور فاکتور رسمی در اسرع وقت اقدام فرمایید.'], out);
  fa(u, 'U:notCalm', true, ['گوشیم همین الان دزدیده شد، لطفاً سریع سیم کارتمو مسدود کنید!', 'مستدعی است در اسرع وقت رسیدگی فرمایید؛ سه هفته است برق کارگاه قطع است و کارگرانم بیکارند.'], out);
  // Misses older than this round (no cue before it either), kept to be seen: a deadline told as "no later than", a
  // tracking number given weeks ago and nothing heard.
  en(u, 'U:knownMiss', true, ['it has to arrive no later than tomorrow or I lose the deposit.'], out);
  fa(r, 'R:knownMiss', true, ['شماره پیگیری ۴۴۵۱۲۳ رو دو هفته پیش دادن و هنوز خبری نیست.'], out);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const items = urgentCalm19b();
  for (const cue of ['urgent', 'repeat'] as const) {
    const rows = tallyCue(items.filter((i) => i.cue === cue), cue, (it) => `${it.lang} ${it.fire ? cue : 'quiet'} ${it.kind}`, (it) => it.fire);
    printCueRows(rows, { misses: process.argv.includes('--misses'), verb: `read ${cue}`, width: 28, groupWords: 2 });
  }
  console.log(`items: ${items.length}`);
}
