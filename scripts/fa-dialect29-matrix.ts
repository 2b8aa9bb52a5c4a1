/**
 * rwfa29: regional spellings of the negative prefix «نمی» (Isfahani/Shirazi/Yazdi «نیمی‌», Dari/Mashhadi «نِمِ‌»), read as
 * «نمی» by the language layer, the unit stream and the guards' fold (lib/nlp/fa.ts faDialectNegative), and recorded data
 * not wiped before a date (lib/rewrite/neutral26p.fa.ts). Look-alikes written for this matrix (other trades, registers,
 * spellings with and without ZWNJ and kasra, Arabic ي/ك; none copied from an evaluation split): negatives that must be
 * flagged and contrasts that must not be. `npx tsx scripts/fa-dialect29-matrix.ts [--list]`; run by
 * tests/unit/rewrite/fa-dialect29.test.ts.
 */
import { flagged28, runKindMatrix } from './fa-kinds28-matrix.ts';

export const KINDS29: Record<string, { neg: string[]; con: string[] }> = {
  'dialect-negative': {
    neg: [
      'ببخشید، این مدل گوشیو نیمیتونیم گارانتی کنیم.',
      'رزرو سالن برای جمعه دیگه نیمی‌شه، پر شده.',
      'سیستم نیمیذاره فاکتورتونو دوباره صادر کنُم.',
      'ما این دارو رو بدون نسخه نِمِتونیم بدیم.',
      'کلاس آشپزی تا اول آبان شروع نِمِشه جان.',
      'نرم‌افزار انبار قبول نِمِکُنه، کدتون باطل شده.',
      'قانون باشگاه اجازه نِمِده قرارداد رو نصفه فسخ کنیم.',
      'بیمه این هزینه رو پوشش نمیده و ما هم نمتونیم کاری بکنیم.',
      'تا شنبه تعمیرکار نیمیاد، همه سرشون شلوغه.',
      'اين بسته رو نيميتونيم به شهرستان بفرستيم.',
      'ما نمتونیم قسطو عقب بندازیم.',
    ],
    con: [
      'نیمی از سفارش‌ها امروز ارسال شد، بقیه فردا می‌رسه.',
      'نمره‌ی آزمونتون تو پنل ثبت شد.',
      'لطفاً فرم را تکمیل نمایید.',
      'نمونه‌ی پارچه رو براتون فرستادیم.',
      'نمایندگی ما در شیراز از شنبه باز است.',
      'کلاه نمدی هم موجود داریم.',
      'نمک دریایی رو هم اضافه کردیم به سبدتون.',
      'اشتراکتون تا آخر ماه قطع نِمِشه، خیالتون راحت.',
      'خیالت راحت، پولت کم نیمیشه.',
      'نمودار مصرف ماهانه تو اپ هست.',
      'شما که فرق این دو تا رو نمتونید تشخیص بدین، چرا نظر میدین؟',
    ],
  },
  'data-not-wiped': {
    neg: [
      'لکه‌ی کت تا فردا پاک نمیشه.',
      'این سفارش تا فردا از سیستم حذف نمیشه.',
    ],
    con: [
      'فایلاتون تا آخر ماه پاک نمیشه.',
      'اطلاعات حسابتون تا پایان سال حذف نمی‌شود.',
      'عکس‌های آتلیه تا یک سال رو سرور ما هست و تا اون موقع پاک نمیشه.',
      'ویدیوهای کلاس تا پایان ترم پاک نِمِشه، هر وقت خواستی ببین.',
      'پیام‌هاتون تا ۹۰ روز حذف نمی‌شه.',
    ],
  },
};

if (process.argv[1]?.endsWith('fa-dialect29-matrix.ts')) runKindMatrix(KINDS29, flagged28, process.argv);
