/**
 * Look-alike set of the twenty-second session (rwfa22) for lib/rewrite/blame-passive.fa22.ts: the customer's own act told
 * as the cause of a fault («… را اشتباه وارد کرده‌اید») becomes the same fact in the impersonal passive. Written before the
 * reader, in many trades, formal and colloquial, every tense and the negation; then close contrasts that must keep no such
 * rewrite (no object marked, a «می» form, first or third person, a noun that ends in «و» itself).
 *
 *   npx tsx scripts/fa-blame-passive22-matrix.ts [--all]
 *     a positive passes when the blame suggestion is a rewrite whose text, applied, gives `want`; one the readers do not
 *     flag at all is counted apart (a recall question, not this pass's); a contrast passes when no blame rewrite is offered.
 */
import { pathToFileURL } from 'node:url';

export const POSITIVES: Array<[string, string]> = [
  ['شماره کارت مقصد را اشتباه وارد کرده‌اید؛ مبلغ به حساب دیگری رفته است.', 'شماره کارت مقصد اشتباه وارد شده است؛ مبلغ به حساب دیگری رفته است.'],
  ['تاریخ تولد رو اشتباه نوشتین واسه همین بیمه‌نامه صادر نشد', 'تاریخ تولد اشتباه نوشته شد واسه همین بیمه‌نامه صادر نشد'],
  ['جنابعالی فرم رضایت‌نامه را امضا ننموده‌اید.', 'فرم رضایت‌نامه امضا نشده است.'],
  ['کد ملی رو ناقص زدی، سیستم قبولش نمیکنه', 'کد ملی ناقص زده شد، سیستم قبولش نمیکنه'],
  ['شما ساعت نوبت رو اشتباه انتخاب کردین، نوبتتون برای عصر ثبت شده', 'ساعت نوبت اشتباه انتخاب شد، نوبتتون برای عصر ثبت شده'],
  ['سایز کفش رو اشتباه سفارش دادین', 'سایز کفش اشتباه سفارش داده شد'],
  ['مدارک شناسایی رو کامل نفرستاده بودین', 'مدارک شناسایی کامل فرستاده نشده بود'],
  ['جنابعالی قبض‌های دو ماه گذشته را پرداخت نکرده‌اید و به همین دلیل اخطار صادر شده است.', 'قبض‌های دو ماه گذشته پرداخت نشده است و به همین دلیل اخطار صادر شده است.'],
  ['پلاک ماشینو اشتباه ثبت کردی، جریمه به اسم یکی دیگه اومده', 'پلاک ماشین اشتباه ثبت شد، جریمه به اسم یکی دیگه اومده'],
  ['ایمیلتونو غلط وارد کردین برای همین رسید نیومده', 'ایمیلتون غلط وارد شد برای همین رسید نیومده'],
  ['شما رمز عبور را سه بار نادرست وارد کرده‌اید و حساب موقتاً مسدود شده است.', 'رمز عبور سه بار نادرست وارد شده است و حساب موقتاً مسدود شده است.'],
  ['خودتون گزینه ارسال فوری رو تیک نزدین', 'گزینه ارسال فوری تیک زده نشد'],
  ['آدرس ایمیل را به اشتباه ثبت نموده‌اید.', 'آدرس ایمیل به اشتباه ثبت شده است.'],
  ['شماره شبا را ناقص درج کرده بودید و واریز برگشت خورد.', 'شماره شبا ناقص درج شده بود و واریز برگشت خورد.'],
  ['ساعت تحویلو اشتباه گذاشتین، پیک صبح اومده بود', 'ساعت تحویل اشتباه گذاشته شد، پیک صبح اومده بود'],
  ['اسم مسافر دوم رو اشتباه تایپ کردین', 'اسم مسافر دوم اشتباه تایپ شد'],
  ['چون شما فیش واریزی را بارگذاری نکرده‌اید، ثبت‌نام تکمیل نشد.', 'چون فیش واریزی بارگذاری نشده است، ثبت‌نام تکمیل نشد.'],
  ['کد تخفیفو دیر وارد کردین، دیگه منقضی شده بود', 'کد تخفیف دیر وارد شد، دیگه منقضی شده بود'],
  ['فرم ارزیابی رو کامل پر نکردی', 'فرم ارزیابی کامل پر نشد'],
  ['مشترک گرامی، جنابعالی کنتور را بدون اطلاع شرکت جابه‌جا نموده‌اید.', 'مشترک گرامی، کنتور بدون اطلاع شرکت جابه‌جا شده است.'],
  ['با توجه به اینکه شما مبلغ پیش‌پرداخت را واریز ننموده‌اید، رزرو لغو گردید.', 'با توجه به اینکه مبلغ پیش‌پرداخت واریز نشده است، رزرو لغو گردید.'],
  ['رنگ رو اشتباه انتخاب کرده بودی عزیزم، واسه همین طوسی اومده', 'رنگ اشتباه انتخاب شده بود عزیزم، واسه همین طوسی اومده'],
  ['شماره پرونده را نادرست اعلام کرده‌اید؛ لطفاً مجدداً بررسی فرمایید.', 'شماره پرونده نادرست اعلام شده است؛ لطفاً مجدداً بررسی فرمایید.'],
  ['دانشجوی گرامی، جنابعالی فرم انتخاب واحد را تأیید نهایی نکرده بودید.', 'دانشجوی گرامی، فرم انتخاب واحد تأیید نهایی نشده بود.'],
  ['آدرس تحویل رو ناقص نوشته بودین، پلاک نداشت', 'آدرس تحویل ناقص نوشته شده بود، پلاک نداشت'],
  ['شما کد پیگیری رو اشتباه به همکارم دادین', 'کد پیگیری اشتباه به همکارم داده شد'],
  ['نسخه رو بدون مهر پزشک فرستادین و داروخانه قبولش نکرد', 'نسخه بدون مهر پزشک فرستاده شد و داروخانه قبولش نکرد'],
  ['تیکت رو اشتباهی برای واحد فروش فرستادی', 'تیکت اشتباهی برای واحد فروش فرستاده شد'],
  ['بیمه‌گذار محترم، جنابعالی مدارک پزشکی را ناقص ارسال نموده‌اید.', 'بیمه‌گذار محترم، مدارک پزشکی ناقص ارسال شده است.'],
  ['رزروتونو خودتون کنسل کردین، پیامکشم اومده', 'رزروتون کنسل شد، پیامکشم اومده'],
  ['کد تأیید رو چند بار اشتباه زده بودی که حساب قفل شد', 'کد تأیید چند بار اشتباه زده شده بود که حساب قفل شد'],
  ['متاسفانه شماره موبایل رو اشتباه وارد کردید', 'متاسفانه شماره موبایل اشتباه وارد شد'],
];

/** Must get no blame rewrite (flagged or not). */
export const CONTRASTS: string[] = [
  'شما در آزمون ورودی شرکت نکرده‌اید.',
  'جنابعالی دیرتر از موعد مراجعه کردید.',
  'باید فرم رو کامل پر میکردین',
  'شما می‌بایست مدارک را زودتر ارسال می‌نمودید.',
  'رمز رو اشتباه وارد کردم، ببخشید الان درستش میکنم',
  'همکارم آدرس رو اشتباه وارد کرده بود، عذر میخوام',
  'دارو اشتباه مصرف کردین؟ لطفاً با پزشک تماس بگیرید',
  'پتو اشتباه فرستادیم، فردا عوضش میکنیم',
  'ما شماره رو اشتباه ثبت کردیم، اصلاح شد',
  'ممنون که فرم رو کامل پر کردین',
  'شما حق دارید، ما کد رو اشتباه فرستادیم',
  'اگه خودتون بخواین میتونین آدرس رو عوض کنین',
  'پیامی که برای شما فرستادم رو دیدین؟',
  'راننده آدرس رو اشتباه رفته بود، ببخشید',
  'سیستم شماره شما را اشتباه ثبت کرده بود؛ اصلاح شد.',
];

/** Must not be flagged as blame at all (the singular widening of generic/fa.ts readBlame). */
export const NEUTRALS: string[] = [
  'اگه رمزو اشتباه زدی، دوباره از اول بزن',
  'آدرسو اشتباه نوشتی یا ما اشتباه خوندیم؟',
  'نه عزیزم، اشتباه نکردی، مشکل از سایت ما بود',
  'اول فکر کردم اشتباه زدی ولی دیدم درست بوده',
  'کد رو درست زدی، الان فعال شد',
  'هر وقت اشتباه زدی بهم بگو درستش کنم',
  'ببخشید من اشتباه فرستادم، الان درستشو میفرستم',
  'اگر فرم رو ناقص پر کردی، نگران نباش، خودم تکمیلش میکنم',
];

async function main(argv: string[]) {
  const { builtinPacks } = await import('../lib/packs/index.ts');
  const { suggestRewrites } = await import('../lib/rewrite/index.ts');
  let ok = 0;
  let unflagged = 0;
  const bad: string[] = [];
  for (const [text, want] of POSITIVES) {
    const s = suggestRewrites(text, builtinPacks, { generic: true });
    const blame = s.filter((x) => x.category === 'blame');
    const r = blame.find((x) => x.kind === 'rewrite');
    if (!blame.length) {
      unflagged++;
      bad.push(`UNFLAGGED ${text}  ${s.map((x) => `${x.ruleId}:${x.kind}`).join(' ')}`);
      continue;
    }
    const got = r ? text.slice(0, r.start) + r.replacements[0] + text.slice(r.end) : '(advice)';
    if (got === want) ok++;
    else bad.push(`POS ${text}\n    want ${want}\n    got  ${got}   [${blame.map((x) => `${x.ruleId}:${x.kind}`).join(' ')}]`);
  }
  let cok = 0;
  for (const text of CONTRASTS) {
    const s = suggestRewrites(text, builtinPacks, { generic: true });
    const r = s.find((x) => x.category === 'blame' && x.kind === 'rewrite' && /(?:شد|شده است|شده بود)$/.test(x.replacements[0] ?? ''));
    if (!r) cok++;
    else bad.push(`CONTRAST ${text}  -> ${r.ruleId}: ${r.original} => ${r.replacements[0]}`);
    if (argv.includes('--all')) console.log(`  c ${text}  ${s.map((x) => `${x.ruleId}:${x.kind}`).join(' ')}`);
  }
  let nok = 0;
  for (const text of NEUTRALS) {
    const s = suggestRewrites(text, builtinPacks, { generic: true });
    const f = s.filter((x) => x.category === 'blame');
    if (!f.length) nok++;
    else bad.push(`NEUTRAL ${text}  ${f.map((x) => `${x.ruleId}:"${x.original}"`).join(' ')}`);
  }
  for (const b of bad) console.log(b);
  console.log(`neutrals unflagged ${nok}/${NEUTRALS.length}`);
  console.log(`positives ${ok}/${POSITIVES.length} (unflagged ${unflagged}); contrasts ${cok}/${CONTRASTS.length}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv.slice(2));
