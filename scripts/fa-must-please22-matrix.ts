/**
 * Look-alike set of the twenty-second session (rwfa22) for lib/rewrite/must-please.fa22.ts: a formal «(شما) می‌بایست»
 * before the customer's own present verb is a command said stiffly; «لطفاً» asks the same thing («می‌بایست فرم را امضا
 * کنید» → «لطفاً فرم را امضا کنید»). Written before the pass, many trades; the close contrasts keep their advice: the past
 * («می‌بایست … می‌فرمودید» is blame), a third person or a passive («مدارک می‌بایست … ارسال گردد»), the first person.
 *
 *   npx tsx scripts/fa-must-please22-matrix.ts
 */
import { pathToFileURL } from 'node:url';

export const MUST_POSITIVES: Array<[string, string]> = [
  ['جهت صدور کارت جدید می‌بایست اصل کارت ملی را همراه داشته باشید.', 'جهت صدور کارت جدید لطفاً اصل کارت ملی را همراه داشته باشید.'],
  ['شما می‌بایست فرم انصراف را امضا و اسکن کنید.', 'لطفاً فرم انصراف را امضا و اسکن کنید.'],
  ['برای فعال‌سازی رمز دوم می‌بایستی به یکی از شعب مراجعه فرمایید.', 'برای فعال‌سازی رمز دوم لطفاً به یکی از شعب مراجعه فرمایید.'],
  ['بیمار گرامی، می‌بایست از ۸ ساعت قبل از آزمایش ناشتا باشید.', 'بیمار گرامی، لطفاً از ۸ ساعت قبل از آزمایش ناشتا باشید.'],
  ['در صورت عدم دریافت پیامک، می‌بایست با شماره پشتیبانی تماس بگیرید.', 'در صورت عدم دریافت پیامک، لطفاً با شماره پشتیبانی تماس بگیرید.'],
  ['دانشجوی گرامی، شما می‌بایست تا پایان هفته شهریه را پرداخت نمایید.', 'دانشجوی گرامی، لطفاً تا پایان هفته شهریه را پرداخت نمایید.'],
  ['هنگام تحویل خودرو می‌بایست کارت ماشین را ارائه دهید.', 'هنگام تحویل خودرو لطفاً کارت ماشین را ارائه دهید.'],
  ['پیش از نصب، می‌بایست برق دستگاه را قطع کنید.', 'پیش از نصب، لطفاً برق دستگاه را قطع کنید.'],
  ['می‌بایست رسید پرداخت را به همین ایمیل بفرستید.', 'لطفاً رسید پرداخت را به همین ایمیل بفرستید.'],
  ['مشترک گرامی، می‌بایستی کنتور را در دسترس مأمور قرائت قرار دهید.', 'مشترک گرامی، لطفاً کنتور را در دسترس مأمور قرائت قرار دهید.'],
  ['برای استرداد وجه، می‌بایست شماره شبا را در پنل کاربری ثبت نمایید.', 'برای استرداد وجه، لطفاً شماره شبا را در پنل کاربری ثبت نمایید.'],
  ['شما می‌بایست از شارژر اصلی دستگاه استفاده کنید.', 'لطفاً از شارژر اصلی دستگاه استفاده کنید.'],
  ['کاربر گرامی، شما می‌بایست پیش از ثبت سفارش، نشانی را در کادر مربوط وارد نمایید.', 'کاربر گرامی، لطفاً پیش از ثبت سفارش، نشانی را در کادر مربوط وارد نمایید.'],
  ['مسافر محترم، می‌بایست تا ۴۸ ساعت پیش از پرواز نسبت به استرداد بلیت اقدام فرمایید.', 'مسافر محترم، لطفاً تا ۴۸ ساعت پیش از پرواز نسبت به استرداد بلیت اقدام فرمایید.'],
  ['برای تمدید قرارداد می‌بایست یک ماه قبل به دفتر املاک اطلاع دهید.', 'برای تمدید قرارداد لطفاً یک ماه قبل به دفتر املاک اطلاع دهید.'],
  ['ورزشکار گرامی، می‌بایست گواهی سلامت را تا آغاز دوره به پذیرش تحویل دهید.', 'ورزشکار گرامی، لطفاً گواهی سلامت را تا آغاز دوره به پذیرش تحویل دهید.'],
];

/** Must keep no «لطفاً» rewrite of «می‌بایست». */
export const MUST_CONTRASTS: string[] = [
  'شما می‌بایست پیش از پرداخت، شرایط را مطالعه می‌فرمودید.',
  'می‌بایست زودتر اطلاع می‌دادید.',
  'مدارک می‌بایست ظرف ۳۰ روز به شعبه ارسال گردد.',
  'بسته می‌بایست تا امروز رسیده باشد.',
  'ما می‌بایست شما را از تغییر ساعت مطلع می‌کردیم.',
  'همکار ما می‌بایست با شما تماس بگیرد.',
  'می‌بایست صبر کنیم تا پاسخ بانک برسد.',
  'متقاضی می‌بایست مدارک را شخصاً تحویل دهد.',
  'جنابعالی می‌بایست مرسوله را هنگام تحویل بازبینی می‌فرمودید.',
  'این فرم می‌بایست به امضای هر دو طرف برسد.',
];

/** «باید» before a perfect subjunctive is a conclusion: no command flag. */
export const INFERENCES: string[] = [
  'باید تا الان کد فعال‌سازی براتون اومده باشه، یه نگاه به پیامک‌ها بندازین',
  'مبلغ باید تا امروز عصر به حساب شما برگشته باشد.',
  'پیک باید تا الان بسته رو تحویل نگهبانی داده باشه',
  'قبض جدید باید تا آخر هفته برای شما صادر شده باشد.',
  'نتیجه آزمایش باید تا ظهر روی سامانه بارگذاری شده باشه',
];
/** Still commands. */
export const STILL_COMMANDS: string[] = ['باید تا فردا مدارک رو بفرستین', 'باید تا ساعت ۱۰ در فرودگاه حاضر باشید', 'باید فرم رو امضا کنید'];

async function main() {
  const { builtinPacks } = await import('../lib/packs/index.ts');
  const { suggestRewrites } = await import('../lib/rewrite/index.ts');
  const bad: string[] = [];
  let ok = 0;
  for (const [text, want] of MUST_POSITIVES) {
    const s = suggestRewrites(text, builtinPacks, { generic: true });
    const r = s.find((x) => x.category === 'commands' && x.kind === 'rewrite');
    const got = r ? text.slice(0, r.start) + r.replacements[0] + text.slice(r.end) : `(none) ${s.map((x) => `${x.ruleId}:${x.kind}:"${x.original}"`).join(' ')}`;
    if (got === want) ok++;
    else bad.push(`POS ${text}\n    want ${want}\n    got  ${got}`);
  }
  let cok = 0;
  for (const text of MUST_CONTRASTS) {
    const s = suggestRewrites(text, builtinPacks, { generic: true });
    const r = s.find((x) => x.kind === 'rewrite' && /^لطفاً/.test(x.replacements[0] ?? ''));
    if (!r) cok++;
    else bad.push(`CONTRAST ${text}  -> ${r.ruleId}: ${r.original} => ${r.replacements[0]}`);
  }
  let iok = 0;
  for (const text of INFERENCES) {
    const s = suggestRewrites(text, builtinPacks, { generic: true });
    if (!s.some((x) => x.category === 'commands')) iok++;
    else bad.push(`INFERENCE ${text}  ${s.map((x) => `${x.ruleId}:"${x.original}"`).join(' ')}`);
  }
  let sok = 0;
  for (const text of STILL_COMMANDS) if (suggestRewrites(text, builtinPacks, { generic: true }).some((x) => x.category === 'commands')) sok++;
  else bad.push(`NOT-FLAGGED ${text}`);
  for (const b of bad) console.log(b);
  console.log(`inferences unflagged ${iok}/${INFERENCES.length}; commands still flagged ${sok}/${STILL_COMMANDS.length}`);
  console.log(`positives ${ok}/${MUST_POSITIVES.length}; contrasts ${cok}/${MUST_CONTRASTS.length}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
