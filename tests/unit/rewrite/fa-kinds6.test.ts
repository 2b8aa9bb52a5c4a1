// @vitest-environment node
/**
 * lib/rewrite/generic/kinds6.fa.ts and guard.fa.lookalike.ts (rwfa10), checked with a sample of the second variant matrix
 * (scripts/fa-matrix2.ts): every family's parts combined, the spelling rotating over ZWNJ, none, a space and Arabic ي/ك,
 * numbers in Persian and Latin digits, and every neutral look-alike of the matrix. Sentences generated from parts written
 * for the matrix, none from an evaluation split.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { faMatrix2 } from '../../../scripts/fa-matrix2.ts';
import { runMatrixItem } from '../../../scripts/fa-matrix.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { sampleByFamily } from './helpers.ts';

describe('Persian variant matrix, second part (sample)', () => {
  const items = sampleByFamily(faMatrix2(), 5);
  beforeAll(() => void runMatrixItem(items[0]));
  it('catches every negative combination sampled', () => {
    const missed = items.filter((i) => i.label === 'negative').map(runMatrixItem).filter((r) => !r.hit).map((r) => r.text);
    expect(missed).toEqual([]);
  });
  // Look-alikes older readers still flag (left for their owners, reported by rwfa10): an option offered with «می‌تونید»
  // read as a deflection (kinds2.fa.ts), and the customer's choice in a relative or «هر وقت» clause read as blame (fa.ts).
  const KNOWN = /از بانکتون هم بپرسید|گزینه.?ای که خودتون انتخاب کردید|هر وقت خودتون خواستید/;
  it('flags no neutral of the matrix (but the known ones)', () => {
    const flagged = items.filter((i) => i.label === 'neutral').map(runMatrixItem).filter((r) => r.hit && !KNOWN.test(r.text)).map((r) => r.text);
    expect(flagged).toEqual([]);
  });
});

const flags = (t: string) => suggestRewrites(t, builtinPacks, { generic: true });

describe('the families over their parts: examples', () => {
  it.each([
    'این موضوع مربوط به بخش فنیه.',
    'این قضیه به ما هیچ ارتباطی نداره.',
    'از عهده ما بیرونه، درخواستتون ثبت شده.',
    'ما فقط ثبت سفارش رو انجام میدیم، بقیه‌اش با خودتونه.',
    'کار این واحد فقط فروش است.',
    'سامانه‌مون اجازه این کار رو نمیده.',
    'تو پنل این گزینه تعریف نشده.',
    'متأسفم، این محدودیت سیستمیه.',
    'سعی خودمو می‌کنم تا فردا پیگیری کنم.',
    'پیگیری می‌کنم ببینیم چی میشه، خبرتون می‌کنم.',
    'پیگیری می‌کنم ولی قول قطعی نمیدم.',
    'حقیقتشو بگم، این مدل زیاد مرجوعی داره.',
    'همونطور که بهتون گفتم، ارسال فقط شنبه‌هاست.',
    'دیروز هم گفتم که ارسال فقط شنبه‌هاست.',
    'بر اساس پیام قبلی، ارسال فقط شنبه‌هاست.',
    'مجدداً توضیح میدم، ارسال فقط شنبه‌هاست.',
    'بار دومه دارم توضیح میدم، دقت کنین لطفاً.',
    'اینکه مشکل بزرگی نیست، یه روز دیرتر می‌رسه.',
    'یه روز دیر شده، این چیزا پیش میاد.',
    'زیادی حساس شدید، درخواستتون ثبت شده.',
    'از کاه کوه نسازید، درخواستتون ثبت شده.',
    'شما اشتباه وارد کرده اید، برای همین سفارش برگشت خورد.',
    'بهتر بود زودتر می‌گفتید، الان دیگه دیر شده.',
    'حق ندارید پلمب رو بشکنید.',
  ])('flags «%s»', (t) => {
    expect(flags(t).length).toBeGreaterThan(0);
  });

  it.each([
    'پرونده را به واحد مالی ارجاع دادم و امروز با شما تماس می‌گیرند.',
    'این هزینه مربوط به ارسال است.',
    'این مشکل هیچ ربطی به حساب شما نداره؛ حسابتون امنه.',
    'ما فقط به شماره سفارش نیاز داریم.',
    'سیستم اجازه نمی‌ده کسی جز شما وارد حسابتون بشه.',
    'بذارید ببینم؛ سفارشتون دیروز ارسال شده.',
    'ببینم چه رنگی دوست دارید تا همون رو بفرستم.',
    'بدون تعارف، هر سؤالی داشتید بپرسید.',
    'روی آیکون بالا سمت راستش بزنید.',
    'طبق پیام قبلی شما، آدرس رو عوض کردم.',
    'همونطور که گفتید، بسته آسیب دیده بود؛ نسخه جدید ارسال شد.',
    'مجدداً از صبرتون ممنونم.',
    'اصلاً مشکلی نیست، سفارش رو براتون عوض کردم.',
    'کاملاً حق دارید عصبانی باشید؛ سفارش جدید ارسال شد.',
    'ما باید زودتر اطلاع می‌دادیم؛ هزینه ارسال برگشت خورد.',
    'اگر رمز رو اشتباه وارد کردید، از گزینه فراموشی رمز استفاده کنید.',
    'حتماً! کد تخفیف رو براتون فعال کردم.',
    'بازگشت وجه ظرف ۳ روز کاری انجام می‌شود.',
  ])('leaves «%s» alone', (t) => {
    expect(flags(t)).toEqual([]);
  });
});
