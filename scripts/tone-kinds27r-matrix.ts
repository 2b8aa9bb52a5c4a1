/**
 * Session 27's look-alike matrix for repeat contact and urgency, English and Persian (tonerep27): per kind, messages that must
 * show the cue and close contrasts that must not, written from general knowledge across trades and registers (Persian formal,
 * colloquial and Finglish) as customers type them, never from a development sentence's nouns. tests/unit/tone/kinds27r.test.ts
 * runs it; `npx tsx scripts/tone-kinds27r-matrix.ts` prints each case that is wrong with the reader's evidence.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const REPEAT27: Record<string, readonly MatrixCase[]> = {
  'earlier contacts counted by the people or replies met, without "again"': [
    ['I have spoken to three different people in two weeks and each one tells me something different.', true],
    ["I've talked to four different agents about this meter and nobody can tell me why the reading is wrong.", true],
    ['I have now had four identical emails telling me my claim is being reviewed.', true],
    ['Each time I get a reply from a different person saying it has been escalated, and then nothing.', true],
    ["I've been told by three different members of staff that my booking is confirmed. It isn't.", true],
    ['Spoke to 2 different advisors on the phone, both said the engineer would call. Nobody called.', true],
    ['I have received three automated replies and not one answer from a person.', true],
    ["I've rebooked the engineer twice now and nobody has turned up.", true],
    ['We have resubmitted the application three times and it still shows as incomplete.', true],
    // Close contrasts: people or mails that are no contact of the customer's with the company.
    ['I resubmitted the form twice because I made typos, is that a problem?', false],
    ['We rebooked the table twice because more friends joined, thanks for being flexible!', false],
    ['Three different people in my office use this printer, can I add them all to the account?', false],
    ['I have received four identical parcels instead of one, can you arrange a collection?', false],
    ['I spoke to three different shops before choosing you, and your price was the best.', false],
    ['Do I need to speak to a different person about business accounts?', false],
    ['I get three emails a day from you with offers, how do I unsubscribe?', false],
  ],
  'earlier contacts told by their days, one after another': [
    ['I asked in March, I asked in April, and the charge is still there.', true],
    ['I rang on Saturday and again on Sunday about the deposit and it is still pending.', true],
    ['I emailed on the 3rd and on the 10th and still have no answer about the refund.', true],
    ['I reported it through the app on Monday and nobody has been in touch.', true],
    ['I reported it via the app on Monday. Any plans to fix it?', true],
    ['I reported the leak on the portal last Tuesday and it is still dripping.', true],
    // Close contrasts: a day of something else, a report to someone else, a report done now.
    ['I ordered on Saturday and again on Sunday because I forgot the batteries, can you combine them?', false],
    ['I reported it to the police on Monday, do you need the crime number for the claim?', false],
    ['I am reporting a fault with the lift in block C, it stopped on Monday.', false],
    ['The parcel came on Saturday and the second one on Sunday, thanks!', false],
  ],
};

export const REPEAT27_FA: Record<string, readonly MatrixCase[]> = {
  'an earlier contact told formally: in person, by letter, brought to your notice': [
    ['با سلام، اینجانب هفته گذشته حضوراً به دفتر شما مراجعه نمودم و اعلام شد ظرف یک هفته پاسخ داده می‌شود. تاکنون خبری نشده است.', true],
    ['موضوع را ماه پیش حضوری با مدیر فروشگاه مطرح کردم و قول پیگیری دادند، ولی هنوز هیچ اقدامی نشده.', true],
    ['احتراماً، این موضوع پیش‌تر نیز به اطلاع واحد پشتیبانی رسانده شده بود و همچنان حل نشده است.', true],
    ['هفته گذشته همین مشکل را به اطلاع پشتیبانی رساندم که گویا بی‌نتیجه بوده است.', true],
    ['در تاریخ ۱۴۰۳/۰۲/۱۰ طی نامه شماره ۳۱۲ پیگیری کرده‌ام، لیکن پاسخی دریافت نشده است.', true],
    ['با سلام، ضمن ارسال مجدد نامه قبلی، خواهشمند است نسبت به صدور گواهی اقدام فرمایید.', true],
    ['سلام، دیروز رفتم شعبه و حضوری گفتم، گفتن درست میشه ولی هنوز کارتم کار نمیکنه.', true],
    ['جهت تمدید کارت، حضوراً به شعبه مراجعه کردم و گفتند سه روز دیگر آماده است؛ هنوز خبری نیست.', true],
    ['دو هفته پیش حضوری رفتم مطب و گفتن جواب آزمایش پیامک میشه، هنوز نیومده.', true],
    ['ماه گذشته حضوراً در نمایندگی شماره ۴۲ ثبت‌نام نمودم و اعلام گردید ظرف ده روز تماس می‌گیرند؛ تاکنون تماسی گرفته نشده است.', true],
    ['اینجانب در تاریخ ۱۴۰۳/۰۱/۲۰ حضوراً به دفتر بیمه مراجعه نمودم و اعلام شد ظرف دو هفته کارت صادر می‌شود. تاکنون کارتی دریافت نشده است.', true],
    // Close contrasts: a visit or a letter with nothing of the company's behind it, a first notice.
    ['فردا حضوراً به شعبه مراجعه می‌کنم، چه مدارکی لازم است؟', false],
    ['حضوری رفتم شعبه و کارم همون روز انجام شد، ممنون از همکارانتون.', false],
    ['با سلام، جهت اطلاع به استحضار می‌رساند نشانی شرکت تغییر کرده است.', false],
    ['سلام، میشه حضوری مراجعه کنم یا باید آنلاین درخواست بدم؟', false],
    ['احتراماً، نامه شماره ۳۱۲ پیوست است. خواهشمند است بررسی فرمایید.', false],
    ['با سلام، برای اولین بار است که این موضوع را به اطلاع شما می‌رسانم: کنتور آب واحد ما نشتی دارد.', false],
    ['دیروز حضوری رفتم نمایشگاه شما و ماشین رو دیدم، قیمت نهایی چنده؟', false],
    ['راننده در مسیر سیگار می‌کشید. قصد شکایت ندارم، صرفاً جهت بهبود خدمات به اطلاع رساندم.', false],
    ['با سلام، این موضوع را جهت اطلاع به اطلاع شما رساندم تا در نوبت بعد رعایت شود.', false],
    ['دیروز موضوع را به اطلاع پلیس رساندم، برای بیمه چه مدارکی لازم است؟', false],
  ],
  'an earlier message or call in Finglish, with "ham" (too) or a day before': [
    ['salam dirooz ham payam dadam, hanooz javab nadadid. sefareshe man kojast?', true],
    ['hafte pish ham zang zadam goftid dorost mishe, vali hanooz internet ghate', true],
    ['sb ham email zadam, kasi javab nadad. refund chi shod?', true],
    ['do bar zang zadam poshtibani, har dafe ye chizi goftan', true],
    // Close contrasts: a message to someone else, a first message, a plan to call.
    ['salam, dirooz be doostam payam dadam ke sefaresh bede, code takhfif kar mikone?', false],
    ['salam, avalin bare payam midam, chetori mitoonam account besazam?', false],
    ['farda zang mizanam agar javab nadid', false],
  ],
  'a call of the customer\'s cut off after waiting': [
    ['از اینکه بعد از ۴۰ دقیقه انتظار پشت خط تماسم قطع شد واقعاً ممنونم!', true],
    ['نیم ساعت پشت خط موندم آخرش تماس قطع شد.', true],
    ['بعد از یه ساعت انتظار، تلفن رو قطع کردن.', true],
    // Close contrasts: a line or supply cut, not the customer's call.
    ['برق ساختمان از صبح قطع شده، کی وصل میشه؟', false],
    ['تلفن ثابت خونه‌مون دو روزه قطعه، بوق نمیزنه.', false],
    ['موقع صحبت با مادرم تماس قطع شد، آنتن این منطقه مشکل داره؟', false],
  ],
  'a fault that repeats, or a count of the customer\'s own tries: no contact': [
    ['باز هم پیک بسته رو دم در گذاشت و رفت. لطفاً بهشون بگید زنگ بزنن.', false],
    ['سه بار کد تأیید رو وارد کردم، هر سه بار میگه نامعتبره.', false],
    ['دوباره برق رفت و یخچال خاموش شد.', false],
  ],
};

export const URGENCY27: Record<string, readonly MatrixCase[]> = {
  'a due date of the customer\'s on a near day, with something still needed before it': [
    ['Our VAT return is due on Thursday and the submission keeps failing. Could someone look at it before then?', true],
    ['My dissertation is due on Friday and the library system still will not let me download the paper.', true],
    ['Staff are supposed to be paid tomorrow and the payroll run failed again.', true],
    ['The rent is due on the 5th and my salary still has not been released by your bank.', true],
    ['My tax return deadline is tomorrow at midnight and the form keeps crashing.', true],
    // Close contrasts: a due date far, a date with nothing missing, a due date passed.
    ['My next payment is due on the 5th, can I change the card it comes from?', false],
    ['The invoice was due on Friday and I paid it on time, could you send a receipt?', false],
    ['When is my next bill due?', false],
    ['My essay was due on Friday, I handed it in, just wanted to check you got it.', false],
  ],
  'help wanted within the hour': [
    ['I need a technician in the next hour or we cannot open the shop.', true],
    ['Our tills are down. I need someone on the phone in the next 30 minutes, please.', true],
    ['The freezer has stopped and I need an engineer within the next hour or the stock is lost.', true],
    // Close contrasts: a question about what happens in the hour, no want, a want in a day or two.
    ['Will the service be back in the next hour or so? Just planning my evening.', false],
    ['The driver will arrive in the next hour, thanks for the update.', false],
    ['I need someone to look at the boiler in the next week or two, no rush.', false],
  ],
  'people kept out now': [
    ['Half the team is locked out of the building since the update this morning.', true],
    ['30 staff locked out in the car park since 8am. The door panel shows an error.', true],
    ["We're locked out of the flat and the smart lock will not take the code.", true],
    // Close contrasts: a past lockout, a question how to avoid it, an account (another kind).
    ['I was locked out last week but the neighbour let me in, can you check the battery?', false],
    ['How do I avoid getting locked out if the battery dies?', false],
    ['The kids were locked out yesterday for an hour, can we add a second code for them?', false],
  ],
};

export const URGENCY27_FA: Record<string, readonly MatrixCase[]> = {
  'the customer stranded away from home now, with the service failing': [
    ['سلام، الان تو فرودگاه استانبولم و خطم کار نمیکنه. رومینگ رو فعال کنید لطفا.', true],
    ['الان کنار جاده چالوس گیر کردیم، ماشین خاموش شده. امداد خودرو شماره‌اش چنده؟', true],
    ['ما الان جلوی هتل هستیم و میگن رزرو به اسم ما نیست. ساعت ۱۱ شبه.', true],
    ['alan too foroodgaham va parvazam cancel shode, hich payami nadadid. che konam??', true],
    ['با سلام، اینجانب در حال حاضر در فرودگاه مشهد هستم و بلیت برگشت صادر نشده است.', true],
    // Close contrasts: a trip ahead or past with nothing failing, at home, a question about a place.
    ['سلام، هفته بعد میرم فرودگاه، پارکینگ فرودگاه رزرو میشه؟', false],
    ['الان تو هتل هستیم و همه‌چی عالیه، ممنون از رزرو خوبتون.', false],
    ['ماه پیش تو فرودگاه کیفم گم شد، پیدا شد بالاخره. ممنون.', false],
    ['الان خونه‌ام، کی پیک میاد؟', false],
    ['فرودگاه امام تا هتل شما چقدر راهه؟', false],
  ],
  'someone ill now with a lack, on the way to the emergency room, a medicine run out': [
    ['بچه تب داره و داروخونه‌ها بسته‌ان، سفارش دارو کی میرسه؟', true],
    ['دخترم بادوم خورده، داریم میریم اورژانس. چطور ممکنه؟', true],
    ['قرص فشار مادرم دیروز تموم شد و سفارش هنوز نرسیده.', true],
    ['با سلام، داروی قلب پدرم تمام شده و مرسوله هنوز نرسیده است. لطفاً پیگیری فرمایید.', true],
    ['پام بعد از تزریق ورم کرده و هنوز کسی جواب نداده، باید برگردم کلینیک؟', true],
    // Close contrasts: an illness told past, a question about a medicine, a medicine run out with a new order and no lack.
    ['ماه پیش بچم تب داشت و دارو رو به موقع رسوندید، ممنون.', false],
    ['برای تب بچه چه شربتی دارید؟', false],
    ['قرص ویتامینم تموم شده، میخوام دوباره سفارش بدم. کد تخفیف دارید؟', false],
    ['هفته پیش رفتیم اورژانس و بیمه هزینه رو پرداخت نکرد، چطور اعتراض بدم؟', false],
  ],
  'money or work lost by the hour or the day now': [
    ['کارتخوان از صبح وصل نمیشه، هر ساعت دارم مشتری از دست میدم.', true],
    ['احتراماً، طی این مدت هر روز خسارت قابل توجهی به این شرکت وارد می‌شود.', true],
    ['من راننده اسنپم، از صبح اینترنتم قطعه و یه مسافر هم نتونستم بگیرم.', true],
    ['har rooz ke in dastgah kar nakone zarar mikonam, zoodtar befrestid', true],
    // Close contrasts: a loss told as past and settled, a rate asked about, a loss of others.
    ['ماه پیش یه روز کارتخوان قطع بود و ضرر کردیم، الان درسته. فقط خواستم بگم.', false],
    ['هزینه روزانه اجاره دستگاه چقدره؟', false],
    ['همسایه‌مون میگه هر روز ضرر میکنه، شما هم همین پکیج رو دارید؟', false],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds27r-matrix.ts')) printCueMatrices('session 27 (repeat and urgency)', [[REPEAT27, 'repeat'], [REPEAT27_FA, 'repeat'], [URGENCY27, 'urgent'], [URGENCY27_FA, 'urgent']]);
