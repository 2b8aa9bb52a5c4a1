/**
 * rwfa29: Apply all's result on the kinds of wrong alternative a person found on late28 at session start, written as
 * look-alikes of this matrix (other trades, registers, spellings; none copied from an evaluation split), each with the
 * text Apply all must leave, and contrasts that must stay unflagged or keep their flag.
 * `npx tsx scripts/fa-wrong29-matrix.ts [--list]`; run by tests/unit/rewrite/fa-wrong29.test.ts.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';

export const applied29 = (t: string): string => {
  const exclude = draftNotOwnRanges(t);
  return applyAll(t, suggestRewrites(t, builtinPacks, exclude.length ? { exclude, cache: false } : { cache: false }));
};
export const flagged29w = (t: string): boolean => {
  const exclude = draftNotOwnRanges(t);
  return suggestRewrites(t, builtinPacks, exclude.length ? { exclude, cache: false } : { cache: false }).length > 0;
};

/** [draft, what Apply all leaves]. */
export const APPLIED29: Record<string, [string, string][]> = {
  // A «… که» replacement takes the comma after the words it replaces. (bur35) The letter formula «به اطلاع / استحضار
  // می‌رساند،» is no longer rewritten or deleted (its rule retired): Apply all leaves it and its comma as written, and the
  // refusal after it gets its own template; the «که»-and-comma seam is kept with «حواستون باشه که،».
  'opener-comma': [
    ['احتراماً به استحضار می‌رساند، صدور کارت المثنی پیش از دو هفته مقدور نمی‌باشد.', 'احتراماً به استحضار می‌رساند، صدور کارت المثنی پیش از دو هفته مقدور نمی‌باشد، اما ___.'],
    ['احتراما به اطلاع میرساند، نصب کولر در طبقه‌ی پنجم امکان‌پذیر نمی‌باشد.', 'احتراما به اطلاع میرساند، نصب کولر در طبقه‌ی پنجم امکان‌پذیر نمی‌باشد، اما ___.'],
    ['به استحضار میرسانیم، درخواست جنابعالی در دست بررسی است.', 'به استحضار میرسانیم، درخواست جنابعالی در دست بررسی است.'],
    ['به اطلاع می‌رسانیم، کلاس فردا ساعت ۵ برگزار میشه.', 'به اطلاع می‌رسانیم، کلاس فردا ساعت ۵ برگزار میشه.'],
    ['حواستون باشه که، رسید رو تا آخر ماه نگه دارید.', 'لطفاً در نظر داشته باشید که رسید رو تا آخر ماه نگه دارید.'],
    ['حواستان باشد که، کارت پایان خدمت را همراه داشته باشید.', 'لطفاً در نظر داشته باشید که کارت پایان خدمت را همراه داشته باشید.'],
  ],
  // A reminder rewritten with the head of its «as …» clause, never after it.
  'manner-head': [
    ['همو رقم که قبلاً هم گفتم، ارسال به شهرستان دو روز طول میکشه.', 'برای یادآوری، ارسال به شهرستان دو روز طول میکشه.'],
    ['همینطور که قبلا هم گفتم، بیمه شامل عینک نمیشه.', 'برای یادآوری، بیمه شامل عینک نمیشه، ولی شامل ___ میشه.'],
    ['چنانکه قبلاً هم توضیح دادم، مدارک باید برابر اصل باشد.', 'برای یادآوری، مدارک باید برابر اصل باشد.'],
    ['سلام، همو طور که قبلاً هم گفتم، سالن جمعه‌ها بسته‌ست.', 'سلام، برای یادآوری، سالن جمعه‌ها بسته‌ست.'],
    // a «که» clause that is the sentence's subject: advice, the text stays
    ['چیزی که قبلاً هم گفتم این بود که ارسال رایگانه.', 'چیزی که قبلاً هم گفتم این بود که ارسال رایگانه.'],
    // a must-order after «گفتم که» is no reminder head: its own rewrite stands
    ['چند بار گفتم که باید کد رهگیری رو بفرستید', 'بذارین یه بار دیگه توضیح بدم که لطفاً کد رهگیری رو بفرستید'],
  ],
  // A regional refusal followed by the agent's own step in Mashhadi («مِدُم», «مِکُنُم» for «میدم», «میکنم»): no offer blank
  // after a way forward, as with the standard spelling.
  'regional-agent-step': [
    ['کلاس یوگا تا شنبه تشکیل نِمِشه؛ هر وقت ظرفیت باز شد، خودُم بِهِت خبر مِدُم.', 'کلاس یوگا تا شنبه تشکیل نِمِشه؛ هر وقت ظرفیت باز شد، خودُم بِهِت خبر مِدُم.'],
    ['این قطعه رو نِمِتونیم تعویض کنیم، ولی فردا خودُم پیگیری مِکُنُم.', 'این قطعه رو نِمِتونیم تعویض کنیم، ولی فردا خودُم پیگیری مِکُنُم.'],
  ],
};

export const QUIET29: Record<string, { quiet: string[]; flagged: string[] }> = {
  // A document cited by its number or date; a visit or delivery set for a day; the customer's letter quoted under a label.
  'letter-reference': {
    quiet: [
      'عطف به درخواست شماره ۸۸۲۱ جنابعالی، کارت جدید صادر و ارسال گردید.',
      'عطف به قرارداد مورخ ۱۴۰۲/۱۲/۰۱، قسط اول در حساب شما ثبت شد.',
      'به اطلاع می‌رساند کارشناس فردا ساعت ۱۰ جهت نصب اعزام می‌گردد.',
      'به استحضار می‌رساند مرسوله‌ی شما روز شنبه تحویل خواهد شد.',
      'سلام، بسته‌تون فردا ارسال میشه.\n\nمتن نامه‌ی شما:\n«دو هفته است منتظرم و هیچ کس جواب نمیده!»',
      // bur35: a delivery window under the letter formula was flagged only on the formula (its rule now retired).
      'به استحضار می‌رساند ارسال کالا حداکثر تا ۱۰ روز کاری انجام می‌شود.',
    ],
    flagged: [
      'عطف به نامه قبلی، فرم پیوست است.',
      'به استحضار می‌رساند مرسوله در تاریخ ۳ آبان تحویل نمی‌گردد.',
    ],
  },
  // An invitation in officialese, a compound verb glossed in English, no charge known of (late28 neutrals' kinds).
  'invitation-gloss-none-known': {
    quiet: [
      'خواهشمند است در صورت تمایل، نظر خود را در فرم نظرسنجی ثبت فرمایید.',
      'خواهشمند است چنانچه مایل باشید، کارت هدیه را از شعبه دریافت نمایید.',
      'درخواست شما به واحد فنی ارجاع (escalate) شد و امروز پیگیری می‌شود.',
      'مبلغ سفارشتون بازگشت (refund) داده شد، تا دو روز کاری به حسابتون میاد.',
      'ما از هیچ جریمه‌ای اطلاع نداریم، قرارداد همونه.',
      'من از هیچ تغییری خبر ندارم، پرواز سر وقته.',
    ],
    flagged: [
      'خواهشمند است مدارک را تا فردا ارسال فرمایید.',
      'تراکنش شما در وضعیت معلق (pending) در سوئیچ قرار دارد.',
      'من از هیچی خبر ندارم.',
      'از وضعیت بسته‌تون خبر ندارم.',
    ],
  },
};

function main(): void {
  const list = process.argv.includes('--list');
  for (const [kind, rows] of Object.entries(APPLIED29)) {
    const bad = rows.filter(([d, want]) => applied29(d) !== want);
    console.log(`${kind}: applied as expected ${rows.length - bad.length}/${rows.length}`);
    if (list) for (const [d, want] of bad) console.log(`  WRONG ${d}\n     got  ${applied29(d)}\n     want ${want}`);
  }
  for (const [kind, { quiet, flagged }] of Object.entries(QUIET29)) {
    const fired = quiet.filter(flagged29w);
    const missed = flagged.filter((t) => !flagged29w(t));
    console.log(`${kind}: quiet flagged ${fired.length}/${quiet.length}, contrasts missed ${missed.length}/${flagged.length}`);
    if (list) for (const t of [...fired, ...missed]) console.log(`  ${t}`);
  }
}

if (process.argv[1]?.endsWith('fa-wrong29-matrix.ts')) main();
