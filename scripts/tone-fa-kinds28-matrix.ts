/**
 * Session 28's Persian frustration kinds (lib/tone/cues/frustration.fa.kinds28.ts): look-alike sets written from general
 * knowledge across trades (gyms, telecoms, insurers, clinics, schools, couriers, banks, shops, hotels, garages, software,
 * utilities), both registers, typed as customers type (often no ZWNJ, emoji now and then), never from a development
 * sentence's nouns. [text, shown]: whether the frustrated cue must show. Each kind carries its close contrasts (worried
 * but polite, calm serious reports, thank-you follow-ups, sincere praise beside a fault put right).
 * Run: `npx tsx scripts/tone-fa-kinds28-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds28.fa.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION28_FA: Record<string, readonly MatrixCase[]> = {
  // Lofty praise of the company's work («بی‌نظیره», «بی‌نقصه», «شاهکاره», «هوشمندانه») in a message that tells a harm done.
  ironicPraise: [
    ['دو ساعت پشت خط موندم و آخرش قطع شد. واقعا پشتیبانیتون بی‌نظیره.', true],
    ['سه هفته‌ست کارت بانکیم صادر نشده. نظم شعبه‌تون مثل همیشه بی نقصه.', true],
    ['کلاس امروز بدون خبر کنسل شد، اونم وقتی یه ساعت تو راه بودم. برنامه‌ریزی باشگاه واقعاً شاهکاره 👏', true],
    ['کولر رو تعمیر کردید و فرداش دوباره خراب شد. کارتون واقعا ستودنیه.', true],
    ['با سلام، قبض این ماه دو برابر صادر شده است. دقت واحد محاسبات شما واقعاً تحسین‌برانگیز است.', true],
    ['پیتزا سرد رسید و نوشابه هم نبود. سرعت و کیفیتتون بی نظیره 🙃', true],
    ['نصابتون لوله رو اشتباه وصل کرد و آشپزخونه آب گرفت. واقعا مهارتشون بی‌نقصه', true],
    // Contrasts: sincere praise with no harm, praise of a fault put right, praise of a person beside a third party's fault,
    // a mixed review with its concession, praise asked about, a fault of the customer's own.
    ['پشتیبانیتون واقعا بی‌نظیره، ممنون از حوصله‌تون 🙏', false],
    ['کارت بانکیم گم شده بود، شعبه‌تون یه روزه کارت جدید داد. واقعا نظمتون بی‌نظیره.', false],
    ['کولر خراب شده بود و تعمیرکارتون همون روز اومد درستش کرد. کارش بی‌نقص بود.', false],
    ['پرواز به خاطر هوا تاخیر داشت، ولی مهماندارتون برخوردش بی‌نظیر بود. ممنون.', false],
    ['غذا یه کم دیر رسید ولی کیفیتش بی‌نظیر بود، حتما باز سفارش میدم.', false],
    ['طراحی جدید اپ شاهکاره، فقط یه سوال: گزارش ماهانه رو کجا ببینم؟', false],
    ['من رمزمو اشتباه زدم و حسابم قفل شد. پشتیبانیتون سریع بازش کرد، واقعاً بی‌نظیر بودید.', false],
    ['با سلام، از برنامه‌ریزی دقیق و بی‌نقص همایش سپاسگزارم. لطفاً گواهی شرکت را ارسال فرمایید.', false],
    ['این همه سال مشتری‌تونم، کیفیت کارتون همیشه بی‌نظیر بوده. برای تمدید قرارداد باید چیکار کنم؟', false],
    ['اینترنتم قطع شده، نگرانم چون فردا امتحان دارم. کی وصل میشه؟', false],
  ],
  // A step the customer takes against the company after «وگرنه» (cancelling, ending the contract, claiming the loss, taking
  // the money back, deleting the app), or «دفعه آخرم بود» after a harm told.
  ultimatumStep: [
    ['تا فردا ظهر نصاب بفرستید وگرنه کل سفارشو کنسل میکنم.', true],
    ['همین هفته مدرک دوره رو صادر کنید، وگرنه شهریه رو پس میگیرم.', true],
    ['اتاقی که رزرو کرده بودم رو به یکی دیگه دادید. همین امشب یه اتاق دیگه میخوام وگرنه خسارتمو ازتون میگیرم.', true],
    ['تا آخر هفته بیمه‌نامه صادر بشه، وگرنه قرارداد رو فسخ می‌کنیم.', true],
    ['لطفاً تا پایان روز اشکال را برطرف کنید، در غیر این صورت اشتراک را لغو خواهم کرد.', true],
    ['پولمو برگردونید وگرنه اپتونو پاک میکنم.', true],
    ['دو ساعت تو صف موندم و آخرش گفتن سیستم قطعه. دفعه آخرم بود.', true],
    ['غذا سرد و ناقص رسید، پیکم بی‌ادبی کرد. دیگه دفعه آخرمه از اینجا سفارش میدم.', true],
    // Contrasts: a consequence that befalls the customer, a plain request to cancel, a cancel with no fault, a question,
    // «دفعه آخره» as an apology, a step the customer asks how to take.
    ['مدارک باید تا پنجشنبه به دانشگاه برسه، وگرنه ثبت‌نامم باطل میشه. کی تحویل میدید؟', false],
    ['تا فردا باید قسطو بدم وگرنه جریمه میشم، ولی درگاه باز نمیشه. راه دیگه‌ای هست؟', false],
    ['قرارداد باید امروز امضا بشه وگرنه پروژه رو از دست میدیم. لینک امضا رو میفرستید؟', false],
    ['سلام، لطفا سفارشمو کنسل کنید، دیگه لازمش ندارم. ممنون', false],
    ['به خاطر سفر کاری اشتراک باشگاهو لغو میکنم، تسویه چطوریه؟', false],
    ['اگه تا جمعه نمیرسه بگید، وگرنه منتظر میمونم. مرسی', false],
    ['ببخشید باز مزاحم شدم 😅 این دفعه آخره قول میدم. کد تخفیف رو کجا وارد کنم؟', false],
    ['چطوری میتونم قراردادمو فسخ کنم؟ وگرنه باید حضوری بیام؟', false],
    ['اگه میشه امروز بفرستید، وگرنه فردا خودم میام میگیرم.', false],
  ],
  // Thanks marked as irony («واقعاً», a strong ironic emoji, «همینجوری ادامه بدید») over money taken or a price raised.
  thanksOverMoney: [
    ['دستتون درد نکنه واقعاً، بدون اینکه چیزی بخرم ۳۰۰ تومن از کارتم کسر کردید.', true],
    ['مرسی واقعا 👏 اشتراکمو لغو کرده بودم ولی باز پولشو از حسابم کم کردید.', true],
    ['دمتون گرم واقعاً، قسطمو به موقع دادم و بازم جریمه دیرکرد زدید.', true],
    ['ممنون واقعا، تو سایت یه قیمت زدید و موقع پرداخت صد تومن گرون‌تر حساب کردید.', true],
    ['دستتون درد نکنه 🙃 پرداخت ناموفق شد و پولم هم کم شد.', true],
    ['خیلی ممنون واقعاً، هزینه ارسال رو دو بار از حسابم برداشت کردید. عالیه، همینجوری ادامه بدید.', true],
    ['با تشکر فراوان واقعاً، مبلغ بیمه دو بار از حساب بنده کسر شده است 👏', true],
    ['قسط وام رو سر وقت واریز کردم ولی باز ۵۰ تومن جریمه کم کردید. دستتون درد نکنه واقعاً.', true],
    ['قبض گاز این ماه دو برابر شده، در حالی که خونه خالی بود. مرسی واقعا 👏', true],
    // Contrasts: thanks for money put back, thanks to come, thanks beside a worried report, a plain report with thanks.
    ['مرسی واقعا، جریمه رو برداشتید و قسطم درست شد 🙏', false],
    ['ممنون میشم بررسی کنید، ۲۰۰ تومن از حسابم کم شده ولی شارژ نیومده.', false],
    ['سلام، پول از کارتم کم شد ولی بلیط صادر نشد. لطفا بررسی کنید، ممنون.', false],
    ['دستتون درد نکنه بابت پیگیری دیروز. فقط یه سوال: مبلغ کسر شده کی برمیگرده؟', false],
    ['ممنون واقعا از راهنماییتون، کارمزد رو پرداخت کردم و حسابم فعال شد.', false],
    ['سلام وقت بخیر، ببخشید نگرانم، دو بار پول از حسابم کسر شده. میشه چک کنید؟ مرسی', false],
    ['مرسی واقعا ولی یه سوال داشتم، چرا ماه قبل هزینه اشتراک دو بار کم شده؟', false],
    ['دمتون گرم واقعاً، مبلغ اضافه‌ای که ماه قبل کم شده بود امروز به حسابم برگشت 🙏', false],
    ['ممنون واقعا، من خودم اشتباهی دو بار پرداخت کردم و پول از حسابم کم شد. راهی برای برگشتش هست؟', false],
  ],
};

/**
 * Repeat contact (lib/tone/cues/repeat.fa.kinds28.ts): a reply above quoted correspondence with the matter still open. Calm
 * updates above the thread, answers to the company's question, forwarded mails stay quiet.
 */
export const REPEAT28_FA: Record<string, readonly MatrixCase[]> = {
  replyAboveThread: [
    ['هنوز کسی نیومده نصبش کنه.\n\nدر تاریخ ۲ مهر، لیلا نوشت:\n> سلام، کولر گازی خریدم و گفتید سه روزه نصاب میاد. منتظرم.', true],
    ['با سلام، متأسفانه موضوع همچنان پابرجاست.\n\n-----Original Message-----\nFrom: Hamid Rezaei\nSent: Sunday\nTo: support@bimeh.ir\n\nاینجانب سه هفته پیش مدارک را تحویل دادم و هنوز پاسخی دریافت نکرده‌ام.', true],
    ['هنوز پولم برنگشته.\n\n> واحد مالی: مبلغ ظرف ۴۸ ساعت به حساب شما بازگردانده می‌شود.', true],
    ['این کار رو کردم ولی کار نکرد، دوباره همون خطا میاد.\n\nOn Mon, 3 Jun 2024, Support wrote:\n> لطفا برنامه را به‌روزرسانی کنید.', true],
    // Contrasts: a calm update above the thread, an answer to the company's question, a forwarded mail, the customer's own
    // text quoted with a new question about something else.
    ['ممنون، مشکل حل شد.\n\nدر تاریخ ۲ مهر، لیلا نوشت:\n> این چه وضعشه؟ سه روزه منتظر نصابم!', false],
    ['باشه، فهمیدم. تا شنبه صبر می‌کنم.\n\nدر تاریخ ۱ آبان، کامران نوشت:\n> سه روزه منتظرم، کی میاد؟', false],
    ['شماره سفارش ۴۵۸۱۲ است.\n\nدر تاریخ ۴ آذر، پشتیبانی نوشت:\n> لطفاً شماره سفارش خود را ارسال فرمایید.', false],
    ['سلام، این ایمیل همکارم رو براتون فوروارد می‌کنم، لطفا بررسی کنید.\n\n---------- Forwarded message ---------\nFrom: Nima\n> من دیروز سفارش دادم و هنوز نرسیده.', false],
    ['بسته رسید، ممنون 🙏\n\n> پشتیبانی: سفارش شما امروز ارسال شد.', false],
  ],
};

/** Repeat: «باز هم» read by an older reader and then quieted (the session-28 reader runs only below the threshold). */
export const KNOWN_REPEAT_MISSES28_FA: readonly string[] = [
  'ممنون از پاسختون ولی مشکل حل نشد، باز هم برنامه بسته میشه.\n\nدر تاریخ ۵ دی، پشتیبانی نوشت:\n> کاربر گرامی، لطفاً حافظه پنهان را پاک کنید.',
];

/** Kinds this reading does not catch (kept out of the asserted sets): lofty praise after a harm told with no fault word (a
 * parcel left at another address, a server shut down at noon, a room given away): only the company's act tells the harm. */
export const KNOWN_MISSES28_FA: readonly string[] = [
  'بسته‌مو به یه آدرس دیگه تحویل دادید. سیستم ارسالتون هم که حرف نداره، بی‌نظیره.',
  'درست وسط ساعت کاری سرور رو برای به‌روزرسانی خاموش کردید. تصمیم هوشمندانه‌ای بود 👌',
  'هتل اتاقمونو به یکی دیگه داده بود و نصف شب سرگردون شدیم. هماهنگیتون شاهکار بود.',
];

/** Calm messages older readers still read as frustration (session 25's sarcasm reader reads «اشتباهی» as the harm; «واقعاً که»
 * read as reproach). Left for a later session. */
export const KNOWN_FALSE28_FA: readonly string[] = [
  'دستتون درد نکنه واقعاً، پولی که اشتباهی کسر شده بود برگشت.',
  'مرسی واقعاً که تخفیف دادید، قیمتش برام گرون بود.',
];

if (process.argv[1]?.endsWith('tone-fa-kinds28-matrix.ts')) printCueMatrices('fa, session 28', [[FRUSTRATION28_FA, 'frustrated'], [REPEAT28_FA, 'repeat']]);
