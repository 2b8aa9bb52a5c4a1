/**
 * Persian variant matrix, nineteenth session (rwfa19): back-office jargon by trade (tiers, bare error numbers, trade codes,
 * two-word trade terms) and ill-try (all our effort, a vague "I'll sort it", whatever I can), each family written as its
 * parts from the language (not read off any split), formal and colloquial, every person the family speaks in, with a
 * matching matrix of look-alikes that must stay quiet.
 *
 *   npx tsx scripts/fa-matrix19.ts              coverage per category and family
 *   npx tsx scripts/fa-matrix19.ts --misses     also the sentences missed and the neutrals flagged
 *   npx tsx scripts/fa-matrix19.ts --ortho=all  every combination in all four spellings (else the spelling rotates)
 */
import { pathToFileURL } from 'node:url';
import { expand, F, N, printMatrixReport, SPELLINGS, type Family, type MatrixItem } from './fa-matrix.ts';

const both = (xs: readonly string[]): string[] => xs.flatMap((x) => (/[۰-۹]/.test(x) ? [x, x.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))] : [x]));

export const FAMILIES19: readonly Family[] = [
  // ---------------- jargon: tiers ----------------
  F('jargon', 'a ticket handed to tier N', '{subj} {moved} [[{tier} {num}]]، {_tail}', {
    subj: ['تیکتتون', 'درخواستتون', 'کیس شما', 'تیکت شما', 'پرونده‌تون'],
    moved: ['رفت', 'رفته', 'فرستادم', 'فرستادیم', 'ارجاع شد به', 'منتقل شد به', 'اسکالیت شد به', 'ارجاع دادیم به'],
    tier: ['تیر', 'لول', 'لایه'],
    num: both(['دو', 'سه', '۲', '۳']),
    _tail: ['اونجا بررسی میشه.', 'به زودی جواب میدن.', 'منتظر پاسخشون هستیم.', 'نتیجه رو خبر میدم.'],
  }),
  N('jargon', 'neutral: a date in Tir, a count, a level of a club', '{neu}', {
    neu: both([
      'سفارش شما ۲ تیر ارسال شد.', 'اقساط از تیر ۱۴۰۴ شروع میشه.', 'بسته‌تون رفت، تا اول تیر می‌رسه.', 'تیر دو تا بسته براتون فرستادیم.',
      'عضویت شما به سطح دو باشگاه مشتریان ارتقا یافت.', 'لول ۳ بازی با آپدیت جدید باز میشه.', 'کلاس‌ها از ۱۵ تیر شروع می‌شوند.',
      'اکانت شما رفت لول ۲ باشگاه، تبریک!',
    ]),
  }),
  // ---------------- jargon: error numbers ----------------
  F('jargon', 'a bare error number', '{pre} [[{err} {num}]] {post}', {
    pre: ['تراکنش شما با', 'پرداختتون با', 'خرید شما با', 'درگاه'],
    err: ['خطای', 'ارور'],
    num: both(['۶۱', '۵۱', '۱۲', '۵۵', '۹۱', '۴۰۳', '۵۰۲']),
    post: ['ناموفق شد.', 'مواجه شد.', 'رد شده.', 'برگشت خورده.'],
  }),
  N('jargon', 'neutral: a margin of error, an error without a number', '{neu}', {
    neu: both([
      'وزن نهایی با خطای ۲ درصد اعلام میشه.', 'زمان تحویل با خطای ۱۵ دقیقه تخمین زده شده.', 'خطای پرداخت شما برطرف شد.',
      'ارور صفحه پرداخت رفع شد، دوباره امتحان کنید.', 'به دلیل یک خطای فنی، پیامک ۲ بار ارسال شد.',
    ]),
  }),
  // ---------------- jargon: trade codes ----------------
  F('jargon', 'a SWIFT message type in a money sentence', '{pre} [[{code}]] {post}', {
    pre: ['حواله ارزی رفت،', 'انتقال وجه انجام شد و', 'حواله سوئیفت ثبت شد،'],
    code: ['MT103', 'MT202', 'MT199'],
    post: ['رو براتون ایمیل می‌کنم.', 'را برایتان ارسال می‌کنیم.', 'تا عصر میاد.'],
  }),
  F('jargon', 'an OBD fault code on a car', '{pre} [[{code}]] {post}', {
    pre: ['ماشین رو دیاگ زدیم، کد', 'خودروتون خطای', 'دیاگ ماشین ارور', 'موتور کد'],
    code: ['P0420', 'P0300', 'P0171', 'U0100', 'C1201'],
    post: ['میده.', 'نشون میده.', 'داره.', 'ثبت کرده است.'],
  }),
  N('jargon', 'neutral: product models and codes the customer types', '{neu}', {
    neu: [
      'مانیتور مدل U2412 موجود است.', 'کد تخفیف P2024 رو موقع خرید وارد کنید.', 'گوشی A5200 فعلاً ناموجوده.', 'سفارش شماره B1234 ارسال شد.',
      'مبلغ حواله MTN به حساب شما واریز شد.', 'پرینتر P1102 رو براتون فرستادیم.',
    ],
  }),
  // ---------------- jargon: trade terms ----------------
  F('jargon', 'tax notices and boards', '{pre} [[{term}]] {post}', {
    pre: ['برای پرونده شما', 'برای پرونده مالیاتی جنابعالی', 'پرونده‌تون رفته'],
    term: ['برگ تشخیص', 'برگ قطعی', 'برگ اجرایی', 'برگه تشخیص', 'هیئت بدوی', 'هیأت تجدیدنظر', 'هيئت بدوي'],
    post: ['صادر شده است.', 'رسیده.', 'قرار دارد.'],
  }),
  F('jargon', 'brokerage, exchange, logistics, ledger, car-sale terms', '{pre} [[{term}]] {post}', {
    pre: ['درخواست شما در مرحله', 'سفارشتون', 'وضعیت پرونده:', 'فعلاً'],
    term: ['تغییر ناظر', 'مارجین کال', 'اسلیپیج', 'تست لوپ', 'اسکن ورودی', 'اسکن خروجی', 'کدینگ معین', 'کدینگ تفصیلی', 'معین و تفصیلی', 'تخصیص نخورده', 'علی‌الرأس'],
    post: ['است.', 'خورده.', 'قرار داره.', 'هست.'],
  }),
  N('jargon', 'neutral: the same words in their plain senses', '{neu}', {
    neu: [
      'لطفاً اسکن کارت ملی را ارسال کنید.', 'برگ سبز خودرو رو همراه داشته باشید.', 'بودجه این طرح تخصیص داده شد.', 'در یک روز معین برای تحویل هماهنگ می‌کنیم.',
      'تغییر آدرس شما ثبت شد.', 'ناظر ساختمان فردا بازدید می‌کند.', 'هیئت مدیره جلسه را به هفته بعد موکول کرد.', 'برگه ثبت‌نام را پر کنید.',
      'کد ورود را به شماره شما پیامک کردیم.', 'مبلغ به حساب معین‌شده واریز شد.',
    ],
  }),
  N('jargon', "neutral: the customer's own portal inbox, a refund of the difference", '{neu}', {
    neu: [
      'گواهی شما صادر و در کارتابل شما قرار گرفت.', 'نتیجه در کارتابلتون قابل مشاهده است.', 'رمز عبور کارپوشه برایتان پیامک شد.',
      'مابه‌التفاوت هزینه به حسابتان برگشت داده شد.', 'گواهی SSL دامنه شما فعال شد.', 'مابه‌التفاوت پرداخت خواهد شد.',
    ],
  }),
  // ---------------- ill-try ----------------
  F('ill-try', 'all our effort, formal', '[[{all} {effort} {obj} {verb}]] {_tail}', {
    all: ['تمام', 'حداکثر', 'نهایت', 'همه‌ی', 'تمامی'],
    effort: ['تلاشمان', 'تلاش خود', 'سعی خود', 'توان خود', 'کوشش خود', 'تلاشم', 'سعی‌مان'],
    obj: ['را به کار', 'را به‌کار', 'را'],
    verb: ['می‌بندیم', 'خواهیم بست', 'می‌بندم', 'خواهم بست', 'خواهیم کرد', 'می‌نماییم', 'می‌گیریم'],
    _tail: ['تا سفارش شما به موقع ارسال شود.', 'تا مشکل برطرف گردد.', 'که فایل تا پایان هفته بارگذاری شود.'],
  }),
  F('ill-try', 'all our effort, colloquial', '[[{all} {effort} {verb}]] {_tail}', {
    all: ['تمام', 'همه‌ی', 'نهایت', 'حداکثر'],
    effort: ['تلاشمونو', 'تلاشمو', 'سعیمونو', 'سعیمو', 'تلاشمون رو', 'سعی‌مون رو'],
    verb: ['میکنیم', 'می‌کنم', 'می‌کنیم', 'میکنم'],
    _tail: ['که زودتر برسه.', 'تا امروز درست شه.', 'که مشکل حل بشه.'],
  }),
  F('ill-try', "a vague 'I'll sort it'", '{_pre} [[{one} {it} {verb}]]، {_tail}', {
    one: ['یه', 'یک'],
    it: ['کاریش', 'فکری براش', 'جوری درستش', 'فکریش', 'کاری براتون'],
    verb: ['میکنم', 'می‌کنیم', 'می‌کنم'],
    _pre: ['حالا', 'باشه', 'نگران نباشید', ''],
    _tail: ['بذارید با مدیر صحبت کنم.', 'ببینم چی میشه.', 'خبرتون می‌کنم.'],
  }),
  F('ill-try', 'whatever I can', '[[{what} {can} {verb}]].', {
    what: ['هر کاری', 'هرکاری', 'هرچه', 'هر چی'],
    can: ['از دستم بربیاد', 'از دستمون بر بیاد', 'در توان داریم'],
    verb: ['انجام میدم', 'انجام می‌دهیم', 'انجام خواهیم داد', 'براتون انجام میدم'],
  }),
  N('ill-try', 'neutral: past effort with its result, thanks, an offer, a command', '{neu}', {
    neu: [
      'تمام تلاشمان را کردیم و سفارش امروز ارسال شد.', 'از تمام تلاش‌های شما سپاسگزاریم.', 'با تمام توان در خدمت شما هستیم.',
      'یه کاری کنید: برنامه رو حذف و دوباره نصب کنید.', 'یه کاریش کردیم، الان درست شده.', 'هر کاری داشتید در خدمتیم.',
      'اگه همه تلاشمونو بکنیم، فردا هم می‌رسه؟', 'تلاش همکاران ما باعث شد سفارش زودتر برسد.', 'یه فکری برای هدیه‌تون کردیم 🙂',
      'همه‌ی تلاشمان این بود که کیفیت بهتر شود و شد.', 'هرچه زودتر مدارک را ارسال کنید بهتر است.',
    ],
  }),
  // ---------------- passive-aggressive: next time, include what you left out ----------------
  F('passive-aggressive', 'please next time include / do X first', '[[{please} {next} {what} {verb}]] {tail}', {
    please: ['لطفاً', 'لطفا', 'خواهشاً', 'خواهشا'],
    next: ['دفعه بعد', 'دفعه‌ی بعد', 'دفعات بعد', 'بار بعد', 'دفعه‌های بعد'],
    what: ['شماره سفارش رو هم', 'شماره مشتری را در عنوان تیکت', 'کد پیگیری را', 'قبل از تماس راهنما رو', 'عکس فاکتور رو هم'],
    verb: ['بفرستین', 'درج کنید', 'ارسال نمایید', 'بنویسید', 'بخونید'],
    tail: ['که معطل نشین.', 'تا نیازی به پرسیدن مجدد نباشد.', ''],
  }),
  N('passive-aggressive', 'neutral: an invitation for next time, a tip after a time clause', '{neu}', {
    neu: [
      'لطفاً دفعه بعد هم از ما خرید کنید 🙂', 'دفعه بعد که تشریف آوردید، کارت تخفیف رو همراه داشته باشید.', 'خوشحال میشیم دفعه بعد هم سر بزنید.',
      'لطفاً دفعه بعد هم نظرتون رو برامون بنویسید، کمک بزرگیه.', 'دفعه بعد سفارش شما با ارسال رایگان فرستاده میشه.',
    ],
  }),
  // ---------------- not-knowing: the agent as puzzled as the customer ----------------
  F('not-knowing', "I can't make sense of it either", '{pre} [[{nosense}]] {why}', {
    pre: ['منم', 'والا منم', 'ما هم', 'راستش خودمم', 'بنده هم'],
    nosense: ['سر در نمیارم', 'سر در نمی‌آورم', 'سردرنمیاریم', 'سر در نمی‌آوریم'],
    why: ['چرا سرورتون از صبح بالا نمیاد.', 'چرا قسط دو بار کسر شده.', 'چطور این اتفاق افتاده.'],
  }),
  F('not-knowing', 'I am puzzled why', '[[{pre} {puzzled}]] {why}', {
    pre: ['منم', 'والا منم', 'ما هم', 'خودمم', 'والا'],
    puzzled: ['موندم', 'موندیم', 'مونده‌ام'],
    why: ['چرا قسط وامتون دو بار کسر شده.', 'که چرا پیامک نیومده.', 'چطوری این اتفاق افتاده.'],
  }),
  N('not-knowing', 'neutral: stayed, a second person, a question', '{neu}', {
    neu: [
      'دیشب تا دیروقت موندم که سفارشتون آماده بشه.', 'اگه از فاکتور سر در نمیارید، زنگ بزنید توضیح بدم.', 'موندم تا بسته برسه؛ رسید!',
      'سر درد دارید؟ این دارو کمکتون می‌کنه.', 'ما هم موندیم تا کار شما تموم بشه.',
    ],
  }),
  // ---------------- policy: «it's the bank's policy» as the whole reason ----------------
  F('policy', "it's the org's policy (colloquial copula)", '{this} [[{policy} {org}]]، {_tail}', {
    this: ['اینو', 'این', ''],
    policy: ['سیاست', 'قانون', 'قوانین', 'مقررات', 'ضوابط', 'پالیسی'],
    org: ['بانکه', 'شرکته', 'فروشگاهه', 'سازمانه', 'ماست', 'هتله', 'دانشگاهه', 'بیمه‌ست'],
    _tail: ['من کاری از دستم برنمیاد.', 'ودیعه فقط با چک صیادی قبول میشه.', 'کاریش نمیشه کرد.'],
  }),
  F('policy', "it's the rules (formal copula, 'part of the rules')", '{this} [[{policy}]] {_tail}', {
    this: ['این', 'این مورد', ''],
    policy: ['جزو قوانینه', 'جزو مقرراته', 'قوانین شرکت است', 'مقررات سازمان می‌باشد', 'سیاست ما است', 'جزء ضوابطه', 'قانونه'],
    _tail: ['و دست من نیست.', '، ودیعه فقط با چک صیادی قبول میشه.', 'دیگه، کاریش نمیشه کرد.'],
  }),
  // Left out: «قانون شرکته که پول شما کامل برگرده», «سیاست ما اینه که همیشه هزینه ارسال مرجوعی با ما باشه» (a grant),
  // which the pack's fa-policy-is / policy-head rules flag already (not this file's readers).
  N('policy', 'neutral: a policy that grants, policy news, a question', '{neu}', {
    neu: [
      'سیاست بانک مرکزی از ماه بعد تغییر می‌کنه.', 'قانون جدید از فردا اجرا میشه و به نفع شماست.',
      'این قانون بانکه؟', 'طبق قوانین، شما حق دارید تا هفت روز کالا رو پس بدید.',
      'این رویه برای همه مشتری‌ها رایگانه.',
    ],
  }),
  // ---------------- time-refusal: it won't start until an event ----------------
  F('time-refusal', 'nothing starts until an event', '{subj} [[{until} {event} {start} {neg}]].', {
    subj: ['ثبت‌نام ترم تابستان', 'ساخت سفارش شما', 'ارسال مرسوله', 'بررسی پرونده', 'پرداخت وام'],
    until: ['تا'],
    event: ['اعلام نتایج نهایی', 'پس از تعطیلات نوروز', 'پایان ماه', 'تکمیل مدارک', 'تأیید واحد مالی', 'بعد از عید'],
    start: ['آغاز', 'شروع', 'انجام', 'ارسال'],
    neg: ['نخواهد شد', 'نمی‌شود', 'نمیشه', 'نمی‌گردد'],
  }),
  N('time-refusal', 'neutral: a thing done before an event, a positive until', '{neu}', {
    neu: [
      'تا پایان ماه ارسال رایگان است.', 'تا اعلام نتایج، پیگیری‌ها ادامه دارد و ما در تماس هستیم.', 'ثبت‌نام تا پایان هفته انجام می‌شود.',
      'تا تکمیل مدارک، پرونده شما باز می‌ماند.', 'هیچ مبلغی تا تأیید شما کسر نمی‌شود.',
    ],
  }),
];

export function faMatrix19(opts: { orthoAll?: boolean; category?: string } = {}): MatrixItem[] {
  const out: MatrixItem[] = [];
  for (const f of FAMILIES19) {
    if (opts.category && f.category !== opts.category) continue;
    expand(f.pattern, f.slots).forEach((s, i) => {
      const spellings = opts.orthoAll ? SPELLINGS : [SPELLINGS[i % SPELLINGS.length]];
      for (const sp of spellings) out.push({ category: f.category, family: f.family, label: f.label, marked: sp(s) });
    });
  }
  return out;
}

function main(argv: readonly string[]): void {
  const category = argv.find((a) => a.startsWith('--cat='))?.slice(6);
  printMatrixReport(faMatrix19({ orthoAll: argv.includes('--ortho=all'), category }), argv.includes('--misses'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
