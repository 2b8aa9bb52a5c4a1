/**
 * Session 26's Persian frustration kinds (lib/tone/cues/frustration.fa.kinds26.ts): look-alike sets written from general
 * knowledge across trades (gyms, telecoms, insurers, clinics, schools, couriers, landlords, banks, shops, hotels, garages,
 * software), both registers, typed as customers type (often no ZWNJ, emoji now and then), never from a development
 * sentence's nouns. [text, shown]: whether the frustrated cue must show. Each kind carries its close contrasts.
 * Run: `npx tsx scripts/tone-kinds26-fa-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds26.fa.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION26_FA: Record<string, readonly MatrixCase[]> = {
  // A first-person step of leaving or going public, set on the company's failure (a condition, or a fault told).
  leavingOnFailure: [
    ['اگه تا شنبه کولر سالن درست نشه، عضویتمو تمدید نمی‌کنم.', true],
    ['اگه تا آخر هفته پولمو برنگردونید، تو اینستا همه‌جا میگم.', true],
    ['اگر تا پایان ماه اینترنت وصل نشود، اشتراک را تمدید نخواهم کرد.', true],
    ['در صورت ادامه این وضعیت، قرارداد نگهداری تمدید نخواهد شد.', true],
    ['اگه این دفعه هم پیک دیر بیاد دیگه ازتون خرید نمی‌کنم.', true],
    ['اگه مشکل کارتخوان تا فردا حل نشه، یه نظر مفصل تو گوگل‌مپ می‌نویسم.', true],
    ['اگه جواب ندید، تو استوری می‌ذارم که همه بدونن.', true],
    ['اگر خسارت جبران نشود، تجربه‌ام را در شبکه‌های اجتماعی منتشر می‌کنم.', true],
    ['سه هفته‌ست تعمیرکار نیومده و هیچکس جواب نمیده. بیمه‌نامه رو تمدید نمی‌کنم.', true],
    ['کلاس دو بار کنسل شد و جلسه جبرانی هم نذاشتید. ترم بعد ثبت‌نام نمی‌کنم و نظرمو تو سایت می‌نویسم.', true],
    ['یه بار دیگه سفارشم اشتباه بیاد، تو کامنتای پیجتون می‌نویسم.', false],
    // Contrasts: a step that is not negated, the customer's own condition, a good review, a question, a notice with no fault.
    ['اگه تخفیف بدید، عضویتمو یه سال دیگه تمدید می‌کنم.', false],
    ['سه روزه اینترنت قطعه، ولی من اون روزا اصلا از بسته استفاده نکردم. میشه روزاشو برگردونید؟', false],
    ['اگه برنامه کاریم جور نشه، ترم بعد تمدید نمی‌کنم. هزینه انصراف چقدره؟', false],
    ['به خاطر مهاجرت دیگه اشتراکمو تمدید نمی‌کنم، لطفا پرداخت خودکار رو قطع کنید.', false],
    ['قرارداد رو امسال تمدید نمی‌کنیم چون دفترمون جابجا شده. تسویه رو کی بفرستیم؟', false],
    ['خدمات نصابتون عالی بود، حتما تو گوگل‌مپ نظر مثبت می‌ذارم.', false],
    ['کجا میتونم نظرمو درباره دوره بنویسم؟', false],
    ['اگه کلاس خوب بود، حتما به همه دوستام میگم و تو اینستا معرفیتون می‌کنم 😊', false],
    ['سلام، فردا اگه پیک نرسید بهتون خبر میدم. ممنون', false],
    ['اگه تا فردا بسته نرسید، میشه پیگیری کنید؟', false],
    ['با سلام، به اطلاع می‌رساند این شرکت قرارداد را برای سال آینده تمدید نخواهد کرد. لطفاً صورتحساب نهایی را ارسال فرمایید.', false],
    ['از مربی خیلی راضی بودم، پنج ستاره میدم و باز هم ثبت‌نام می‌کنم.', false],
    ['اگه کد تخفیف بدید، تو پیجم معرفیتون می‌کنم 🙏', false],
  ],
  // The company's act questioned with «؟!».
  whyExclaimed: [
    ['چرا بدون خبر قسطمو دو بار کسر کردید؟!', true],
    ['چرا وقتی خونه نبودم بسته رو دم در گذاشتید؟!', true],
    ['چرا بدون اجازه من سرویس اضافه فعال کردید؟! من اینو نخواسته بودم.', true],
    ['چرا نوبتمو کنسل کردید و حتی یه پیامک هم ندادید!؟', true],
    ['چرا کارت مسافرو تمدید نکردید؟! امروز تو ایستگاه گیر کردم.', true],
    // Contrasts: a plain why, delight, a why of a third party or of oneself.
    ['چرا سفارشم لغو شد؟ میشه بررسی کنید؟', false],
    ['چرا برام کد تایید فرستادید؟ من درخواستی نداده بودم، فقط خواستم مطمئن شم مشکلی نیست.', false],
    ['وای چرا انقدر زود فرستادید؟! دیروز سفارش دادم امروز رسید 😍', false],
    ['چرا دخترم هنوز کارت ورود جلسه نگرفته؟ کجا باید پیگیری کنیم؟', false],
    ['چرا من نمی‌تونم وارد حسابم بشم؟! رمزو درست می‌زنم.', false],
  ],
  // What kind of conduct is this, with a fault told.
  whatKind: [
    ['سه بار پول از حسابم کسر شده و سفارش ثبت نشده. این چه سیستمیه؟', true],
    ['قبض این ماه سه برابر شده بدون اینکه مصرفم عوض شده باشه. این چه حسابیه آخه؟', true],
    ['کارشناستون وسط تماس قطع کرد. این چه رفتاریه!', true],
    ['نوبت ساعت ده داشتم، دو ساعت معطل شدم. این چه نظمیه؟', true],
    // Contrasts: a thing asked about by name, no fault told, delight.
    ['برنامه باز نمیشه و یه ارور ۵۰۳ میده، این چه خطاییه؟', false],
    ['یه پیامک از سامانه اومده با کد ۴۴۲۱، این چه کدیه؟', false],
  ],
  // What I give set against what I get, joined by «اونوقت».
  gaveThen: [
    ['ماهی دو میلیون حق عضویت میدم، اونوقت نصف دستگاه‌ها خرابه!', true],
    ['هشت ساله مشتری‌تونم، اونوقت برای یه تعویض ساده سه بار منو فرستادید شعبه؟', true],
    ['قسطامو همیشه سر وقت دادم، اونوقت به خاطر یه روز تاخیر سیستم جریمه کرده!', true],
    ['من هر هفته از شما سفارش میدم، اونوقت کد تخفیف فقط به مشتری جدید میدید؟!', true],
    // Contrasts: the temporal «اونوقت» of a plan or a condition.
    ['اول فرم رو پر کنید، اونوقت کد پیگیری براتون پیامک میشه.', false],
    ['اگه مدارکو امروز بفرستم، اونوقت کارت کی صادر میشه؟', false],
    ['فاکتورو امضا کردم و فرستادم، اونوقت بقیه‌ش با شماست؟ ممنون', false],
    ['وقتی پرداخت انجام شد، اونوقت لینک کلاس فعال میشه؟', false],
  ],
  // The service measured against the company's own claims (advertising, promises), both registers.
  claimsUnmet: [
    ['باید بگویم کیفیت پشتیبانی شما به هیچ وجه با تبلیغاتتان همخوانی ندارد.', true],
    ['سرعت اینترنتتون اصلا با ادعاهاتون جور درنمیاد.', true],
    ['خدمات نظافت این ماه با وعده‌ای که موقع قرارداد دادید مطابقت نداره.', true],
    ['غذای رستورانتون هیچ ربطی به تبلیغات اینستاگرامتون نداره.', true],
    // Contrasts: a product set against its description or photo and asked about; claims that do match.
    ['رنگ مبل با توضیحات سایت همخوانی نداره، کدومش درسته؟', false],
    ['سایز کفش با جدول سایز شما همخوانی نداره، میشه راهنمایی کنید؟', false],
    ['همه چی دقیقا مطابق تبلیغات بود، ممنون از تیمتون 🌸', false],
    ['آیا این بسته با شرایط تبلیغاتتون همخوانی داره؟', false],
  ],
  // «این همه …، آخرش این؟»
  allThatThis: [
    ['این همه تبلیغ کردید، آخرش این؟', true],
    ['این همه پول شهریه دادیم، نتیجه‌ش اینه؟', true],
    ['این همه منتظر موندم که آخرش همین؟', true],
    // Contrasts: a choice asked, or «این همه» of plenty.
    ['این همه مدل گوشی دارید، آخرش کدومو بگیرم؟', false],
    ['وای این همه هدیه برای من؟ مرسی 😍', false],
    ['این همه سفارش رو چطوری به موقع می‌فرستید؟ دمتون گرم', false],
  ],
};

/**
 * Urgency (lib/tone/cues/urgency.kinds14.ts's moneyOnly, widened): money that left the customer's account for their own
 * failed payment («… از حسابم رفت / کم شد / کسر شد») is a payment to put right, not a pressure now; money taken by someone
 * else, or beside a day at hand, stays urgent.
 */
export const URGENCY26_FA: Record<string, readonly MatrixCase[]> = {
  moneyLeftAccount: [
    ['سلام، خواستم شارژ بخرم، پرداخت ناموفق شد ولی پول از حسابم رفت. کی برمیگرده؟', false],
    ['موقع تمدید بیمه‌نامه سایت ارور داد و پول از کارتم کم شد ولی بیمه‌نامه صادر نشد.', false],
    ['برای ثبت‌نام کلاس پرداختو زدم، صفحه بسته شد، مبلغ از حسابم کسر شد ولی ثبت‌نام انجام نشده.', false],
    ['با سلام، هنگام پرداخت اجاره از طریق اپلیکیشن مبلغ از حسابم کسر شد ولی رسید صادر نشد. لطفاً بررسی فرمایید.', false],
    ['بلیت اتوبوس رزرو کردم، پول از حسابم رفت ولی بلیت نیومد. این بار دومه.', false],
    // Contrasts: money taken by someone else, or a day at hand.
    ['یکی ۵ میلیون از حسابم برداشت کرده، من هیچ خریدی نکردم! سریع کارتو مسدود کنید', true],
    ['همین الان دو تا تراکنش ناشناس از کارتم رفت، لطفا فوری مسدودش کنید', true],
    ['پول از کارتم رفت ولی بلیت صادر نشد و پروازم امشب ساعت ۱۰ه!', true],
  ],
};

/** Kinds this reading does not catch (kept out of the asserted sets): sarcastic thanks whose object is the failure with no
 * fault word («با تشکر از سرعت فوق‌العاده … که یک فایل … را در ۴۰ دقیقه …»), a scare-quoted promise set against what came. */
export const KNOWN_MISSES26_FA: readonly string[] = [
  'با تشکر از دقت بی‌نظیر انبار که به جای کفش سایز ۴۲، سایز ۳۸ فرستاد.',
  'ممنون بابت سوئیت «لوکس» که موکتش بوی نم می‌داد.',
];

/** Calm messages older readers (sessions 19-25) still read as frustration: the company's word «سرویس» asked about or praised
 * (the «این چه شرکتیه؟» reader of session 19), delight read as sarcasm. Left for a later session. */
export const KNOWN_FALSE26_FA: readonly string[] = [
  'چرا زودتر نگفتید همچین تخفیفی دارید؟! عالیه، دو تا دیگه می‌خوام 😂',
  'سلام، رو فاکتورم یه ردیف به اسم «حق سرویس» هست، این چه سرویسیه؟',
  'این چه سرویسیه که انقدر خوبه؟! دمتون گرم 😍',
];

if (process.argv[1]?.endsWith('tone-kinds26-fa-matrix.ts')) printCueMatrices('fa, session 26', [[FRUSTRATION26_FA, 'frustrated'], [URGENCY26_FA, 'urgent']]);
