/**
 * rwfa28: the Persian kinds of lib/rewrite/generic/kinds28.fa.ts as look-alikes written for this matrix (other trades,
 * both registers, Dari turns; none copied from an evaluation split): negatives that must be flagged and contrasts that
 * must not be. `npx tsx scripts/fa-kinds28-matrix.ts [--list]`. Run by tests/unit/rewrite/fa-kinds28.test.ts.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

export const KINDS28: Record<string, { neg: string[]; con: string[] }> = {
  'told-bare': {
    neg: [
      'قبلاً جواب دادم. شماره پیگیری در همان پیام است.',
      'قبلا توضیح دادم. مبلغ بعد از ۷۲ ساعت برمی‌گرده.',
      'عرض کردم. نوبت بعدی سه‌شنبه است.',
      'آقا دیروز هم همینو گفتم، قسط دوم آخر ماهه.',
      'عزیزم من قبلاً اینو گفتم، ارسال رایگان نداریم.',
      'پیشتر پاسخ دادم. لطفاً ایمیل را بررسی کنید.',
    ],
    con: [
      'بله، قبلاً جواب دادم.',
      'دیروز به همکارم گفتم، امروز پیگیری می‌کنه.',
      'گفتم. فردا میرسه.',
      'قبلاً جواب دادم؟',
      'همین الان به انبار گفتم که بسته رو جدا کنن.',
      'دیروز با مدیر فروش صحبت کردم و تأیید کرد.',
    ],
  },
  'keep-saying': {
    neg: ['سه بار است که می‌گویم، کلاس از شنبه است.', 'صد بار دارم میگم، کارت باید به نام خودتون باشه.', 'چند بار است که عرض می‌کنم، بیمه این را پوشش نمی‌دهد.'],
    con: ['دو بار در هفته بهتون زنگ می‌زنم تا خبر بدم.', 'سه بار پیامک تأیید فرستادیم.'],
  },
  'no-importance': {
    neg: ['موضوع حائز اهمیت خاصی نمی‌باشد.', 'این مسئله حائز اهمیت نیست و پرونده بسته شد.', 'چیز مهمی نیست بابا، یه خط کوچیکه.', 'قضیه مهمی نیست، دو روز دیر میرسه.'],
    con: ['خوشبختانه چیز مهمی نبود و دستگاه سالمه.', 'نگران نباشید، چیز مهمی نیست و امروز درست می‌شه.', 'برای ما رضایت شما حائز اهمیت است.', 'این موضوع برای ما بسیار مهم است.'],
  },
  'system-closed': {
    neg: ['سایت ثبت‌نام رو بسته عزیزم، فردا باز میشه.', 'نرم‌افزار نوبت‌دهی بسته است. فردا تماس بگیرید.', 'سامانه فروش بسته‌ست، ساعت ۸ باز میشه.', 'پنل پرداخت رو بسته فعلاً.'],
    con: ['سامانه بستهٔ شما را ثبت کرد.', 'سایت تا ساعت ۸ باز است.', 'بستهٔ شما امروز ارسال شد.', 'سیستم بسته‌ها رو خودکار ثبت می‌کنه.'],
  },
  'machine-wont': {
    neg: ['کمپیوتر بل را چاپ نمی‌کند، دستی برایتان نوشتم.', 'صندوق فروشگاه تخفیف دستی را قبول نمی‌کند.', 'کارتخوان کارت‌های خارجی را نمی‌گیرد.', 'رایانه رسید را صادر نمی‌کند.'],
    con: ['صندوق فروشگاه اجازه نمی‌دهد کسی جز صندوقدار تخفیف بزند.', 'کارتخوان جدید نصب شد و کارت شما را می‌گیرد.', 'کامپیوتر را تعمیر کردیم و درست کار می‌کند.'],
  },
  'if-you-had': {
    neg: [
      'چنانچه پیش از خرید نگاهی به جدول سایز انداخته بودید، اکنون نیازی به تعویض نبود.',
      'در صورتی که قرارداد را با دقت خوانده بودید، این هزینه غیرمنتظره نبود.',
      'چنانچه قبض را به موقع پرداخت کرده بودید، جریمه‌ای تعلق نمی‌گرفت.',
    ],
    con: ['چنانچه مدارک را ارسال کرده‌اید، منتظر تماس ما باشید.', 'در صورتی که فرم را پر کرده‌اید، نیازی به مراجعه نیست.', 'چنانچه مایل باشید، نوبت را جابه‌جا می‌کنیم.'],
  },
  'at-last': {
    neg: ['چه عجب، مدارک رسید؛ پرونده امروز بررسی می‌شود.', 'آقا چه عجب یادتون افتاد قسط رو بدید.', 'che ajab payam dadin, sefaresh amade ast', 'salam, che ajab yadetun oftad'],
    con: ['چه عجیب، سفارش دوبار ثبت شده؛ یکی را لغو کردم.', 'چه خوب که پیام دادید.', 'عجب سلیقه‌ای دارید!'],
  },
  'fairly-plain': {
    neg: ['انصافاً از طرف ما کوتاهی نشده، بسته هنوز از انبار خارج نشده.', 'انصافا تقصیر راننده نبود، ترافیک سنگین بود.', 'خواهر جان صاف بگویم، این مدل برای شما مناسب نیست.'],
    con: ['انصافاً کار تمیزی بود.', 'انصافاً از صبرتان ممنونم.', 'صاف و صیقلی تحویل شد.'],
  },
  'finglish28': {
    neg: ['mohem nist ke, faghat ye khat kuchike', 'system ghate felan, ye saat dige zang bezanid', 'khob maloome ke gheymat fargh dare', 'ye kari mikonim ke ta shanbe beresad', 'chize mohemi nist, dorost mishe'],
    con: ['salam, system dobare vasl shod', 'kheili mohem hast ke resid ro negah darid', 'negaran nabashid, chize mohemi nist', 'che khub ke payam dadin'],
  },
  'make-sure-or-else': {
    neg: ['مطمئن شوید قبل از تحویل، کالا را باز کرده‌اید؛ در غیر این صورت ما مسئولیتی نداریم.', 'مطمئن بشید کد ملی درست باشه وگرنه نوبت باطل میشه.'],
    con: ['مطمئن باشید تا فردا ارسال می‌شود.', 'لطفاً مطمئن شوید اینترنت وصل است.', 'مطمئن شوید شارژر به برق وصل است و بعد دستگاه را روشن کنید.'],
  },
  'wrong-dari': {
    neg: ['برادر شما شماره حساب را غلط درج کده بودین، پول برگشت.', 'خواهر جان آدرس را اشتباه وارد کدین، بسته به ولایت دیگر رفت.', 'شما رمز را غلط وارد کدین سه دفعه.'],
    con: ['ما آدرس را اشتباه درج کده بودیم، معذرت؛ امروز اصلاح شد.', 'شما هیچ اشتباهی نکردین، مشکل از سیستم ما بود.'],
  },
};

/** Whether the engine (built-in packs and generic readers) flags a sentence at all: the check every Persian kinds matrix uses. */
export const flagged28 = (t: string): boolean => suggestRewrites(t, builtinPacks, { generic: true }).length > 0;

/** Prints a kind matrix's counts per kind and in all (with --list, each miss and false flag): shared by the kinds matrices. */
export function runKindMatrix(kinds: Record<string, { neg: readonly string[]; con: readonly string[] }>, flagged: (t: string) => boolean, argv: readonly string[]): void {
  const list = argv.includes('--list');
  let n = 0;
  let nt = 0;
  let f = 0;
  let ft = 0;
  for (const [kind, { neg, con }] of Object.entries(kinds)) {
    const caught = neg.filter(flagged);
    const fired = con.filter(flagged);
    console.log(`${kind}: negatives ${caught.length}/${neg.length}, contrasts flagged ${fired.length}/${con.length}`);
    if (list) {
      for (const t of neg) if (!caught.includes(t)) console.log(`  MISS ${t}`);
      for (const t of fired) console.log(`  FALSE ${t}`);
    }
    n += caught.length;
    nt += neg.length;
    f += fired.length;
    ft += con.length;
  }
  console.log(`all: negatives ${n}/${nt}, contrasts flagged ${f}/${ft}`);
}

if (process.argv[1]?.endsWith('fa-kinds28-matrix.ts')) runKindMatrix(KINDS28, flagged28, process.argv);

