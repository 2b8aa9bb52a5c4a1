/**
 * rwfa29: the Persian kinds of lib/rewrite/generic/kinds29.fa.ts (God willing / hoping / praying where the service's own step
 * should be) and the calm-down kind in loanwords and Finglish (lib/rewrite/generic/fa.ts: «ریلکس باش», «aroom bashid»,
 * «Relax dadash,»; «Sa'y mikonim»; Finglish «pak nemishe» of data as a reassurance), as look-alikes written for this matrix
 * (other trades, formal and colloquial, no-ZWNJ and Arabic ي/ك spellings, Finglish; none copied from an evaluation split):
 * negatives that must be flagged and contrasts that must not be. `npx tsx scripts/fa-kinds29-matrix.ts [--list]`; run by
 * tests/unit/rewrite/fa-kinds29.test.ts.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

export const KINDS29H: Record<string, { neg: string[]; con: string[] }> = {
  inshallah: {
    neg: [
      'ایشالا تا شنبه قرارداد رو براتون امضا میکنیم.',
      'انشالله فردا تکنسین میاد.',
      'ان‌شاءالله هفته‌ی بعد کارت‌ها صادر می‌شود.',
      'ایشالله پس‌فردا بار می‌رسه انبار.',
      'انشاالله تا آخر ماه وام رو واریز میکنیم',
      'ايشالا فردا اينترنتتون وصل ميشه.',
    ],
    con: [
      'ایشالا که از خریدتون راضی باشید.',
      'انشالله سفر خوبی داشته باشید.',
      'ان‌شاءالله حالتون زود خوب میشه.',
      'ایشالا دیگه همچین اتفاقی تکرار نمیشه.',
      'انشالله مبارکتون باشه.',
      'ایشالا خوش بگذره!',
      'انشالله که بسته به سلامت رسیده.',
      'اگه ایشالا فردا برسه، خبرتون می‌کنم.',
      'بچه‌ها انشالله به زودی برمیگردن خونه.',
    ],
  },
  'hope-job': {
    neg: [
      'امیدوارم تا عصر گوشیتون تعمیر بشه.',
      'امیدواریم تا پایان هفته درخواست شما تایید شود.',
      'امیدوارم تا ساعت ۵ سفارشتون آماده شه.',
      'امیدوارم که تا فردا خطتون وصل شه',
      'امید است مدارک جنابعالی تا پایان ماه صادر گردد.',
      'امید است پرونده‌ی شما ظرف دو هفته تسویه شود.',
    ],
    con: [
      'امیدوارم بسته تا جمعه برسه دستتون.',
      'امیدوارم تا آخر هفته از سفر لذت ببرید.',
      'امید است از خدمات ما راضی باشید.',
      'امیدوارم این توضیحات کمکتون کنه.',
      'امیدوارم روز خوبی داشته باشید.',
      'سفارش شما آماده شد، امیدوارم خوشتون بیاد.',
      'امیدوارم تا فردا حالتون بهتر بشه.',
    ],
  },
  pray: {
    neg: [
      'دعا کنید هوا خوب باشه تا پرواز انجام بشه.',
      'داداش دعا کن قطعه تا شنبه برسه.',
      'دعا کنین راننده سر وقت برسه.',
    ],
    con: [
      'براتون دعا می‌کنیم، ان‌شاءالله سلامت باشید.',
      'التماس دعا.',
      'دعای خیر شما همراه ماست.',
    ],
  },
  'calm-down-loan': {
    neg: [
      'ریلکس باشید، هنوز یه هفته تا تحویل مونده.',
      'ریلکس باش، سفارشت گم نشده.',
      'aroom bashin, hanooz vaght hast',
      'khonsard bashid, moshkel az shoma nist',
      'Relax dadash, bastat farda mirese',
      'relax khanoom, ghabzeton sabt shode',
      "Sa'y mikonim ta farda befrestim.",
      'talash mikonam emrooz javab bedam',
    ],
    con: [
      'ریلکس باشید و از سفرتون لذت ببرید.',
      'تو سالن ماساژ کاملاً ریلکس باشید، ما مراقب وسایلتون هستیم.',
      'Relax and enjoy your stay!',
      'relax kon va az spa lezat bebar',
      'khiyalet rahat, data-hat pak nemishe',
      'negaran nabashid, aks-hatoon hazf nemishe',
      "ma hamishe sa'y mikonim behtarin bashim",
    ],
  },
  'system-wont-take': {
    neg: [
      'سامانه امکان ویرایش آدرس را فراهم نمی‌نماید.',
      'سیستم اجازه‌ی تمدید دوباره رو نمیده.',
      'متأسفم، ولی پورتال دانشگاه فرم‌های دست‌نویس را نمی‌پذیرد.',
      'سایت کارت‌های خارجی رو قبول نمیکنه.',
      'درگاه پرداخت امکان پرداخت اقساطی رو نمیده',
      'سامانه‌ی نوبت‌دهی درخواست تکراری را قبول نمی‌نماید.',
    ],
    con: [
      'سیستم ما اطلاعات کارت شما را ذخیره نمی‌کند.',
      'سامانه هیچ هزینه‌ای از شما نمی‌گیرد.',
      'سیستم اجازه نمیده کسی جز شما وارد حسابتون بشه.',
      'سامانه درخواست شما را پذیرفت و کد پیگیری صادر شد.',
      'سایت از امروز کارت‌های خارجی رو هم قبول می‌کنه.',
      'اگه سیستم فایلو قبول نکرد، برام ایمیلش کنید.',
    ],
  },
  'greyed-out': {
    neg: [
      'گزینه‌ی ارسال فوری برام خاکستریه.',
      'تو سامانه اون روز خاکستری شده، نمیشه انتخابش کرد.',
      'دکمه‌ی پرداخت خاکستری است و فعال نمی‌شود.',
      'سیستم ساعت ۵ رو خاکستری کرده.',
    ],
    con: [
      'مانتو خاکستریه، سایز ۳۸ هم داره.',
      'دکمه‌ی خاکستری رو بزنید.',
      'روزهای خاکستری تقویم تعطیل رسمی هستند.',
      'رنگ خاکستری این مدل هم موجوده.',
    ],
  },
  'not-ours-regional': {
    neg: [
      'به ما ربطی ندره جان، بیمه باید جواب بده.',
      'این مورد مربوط واحد ما نمی‌شود.',
      'پرداخت قبض مربوط ما نیست.',
      'in ghesmat dast-e ma nist',
      'tamdid-e gozarname kar-e ma nist, edare-ye gozarname anjam mide',
    ],
    con: [
      'moshkel az dast-e ma nist, ghat-e bargh bood.',
      'این موضوع مربوط به دفتر ما نمی‌شود؟',
      'مربوط به ما هم میشه، خودمون پیگیری می‌کنیم.',
    ],
  },
  'once-more-formal': {
    neg: [
      'بار دیگر تکرار می‌کنم، تحویل فقط با کارت ملی انجام می‌شود.',
      'بار دیگه عرض میکنم، نوبت‌ها اینترنتیه.',
      'یک بار دیگر توضیح می‌دهم: بیمه شامل دندان نمی‌شود.',
    ],
    con: [
      'بار دیگر تکرار نمی‌شود، قول می‌دهیم.',
      'بار دیگر از صبر شما تشکر می‌کنم.',
      'یه بار دیگه امتحان کنید، درست شد.',
    ],
  },
  'wrongly-formal-dari': {
    neg: [
      'مشترک گرامی، شماره‌ی شبا را به‌اشتباه درج نموده‌اید.',
      'شما آدرس را اشتباهاً ثبت کرده‌اید و بسته برگشت خورد.',
      'فورم ویزا را ناپوره تکمیل کده بودین.',
    ],
    con: [
      'اگر شماره را به‌اشتباه وارد کرده‌اید، با ما تماس بگیرید.',
      'ما آدرس را به‌اشتباه درج نموده‌ایم، عذرخواهی می‌کنیم.',
      'مبلغ به‌اشتباه کسر شده بود و برگشت داده شد.',
    ],
  },
  'regret-oone': {
    neg: ['متاسفونه سایز ۴۲ تموم شده.', 'متأسفونه امروز تعطیلیم.'],
    con: ['متاسفم که منتظر موندین، سفارشتون ارسال شد.'],
  },
  'apology-times': {
    neg: ['صد بار ببخشید، فاکتور رو اشتباه فرستادم.', 'هزار دفعه عذر میخوام.', 'یه دنیا شرمنده، دیر جواب دادم.', 'سوری سوری، الان می‌فرستم.'],
    con: ['هزار بار ممنون از صبرتون.', 'صد بار هم بپرسید جواب می‌دیم، خواهش می‌کنم.', 'غذای سوری هم داریم.', 'یه دنیا ممنون.'],
  },
};

export const flagged29h = (t: string): boolean => suggestRewrites(t, builtinPacks, { generic: true }).length > 0;

function main(): void {
  const list = process.argv.includes('--list');
  for (const [kind, { neg, con }] of Object.entries(KINDS29H)) {
    const caught = neg.filter(flagged29h);
    const fired = con.filter(flagged29h);
    console.log(`${kind}: negatives ${caught.length}/${neg.length}, contrasts flagged ${fired.length}/${con.length}`);
    if (list) {
      for (const t of neg) if (!caught.includes(t)) console.log(`  MISS ${t}`);
      for (const t of fired) console.log(`  FALSE ${t}`);
    }
  }
}

if (process.argv[1]?.endsWith('fa-kinds29-matrix.ts')) main();
