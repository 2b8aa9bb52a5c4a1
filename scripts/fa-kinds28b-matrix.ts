/**
 * rwfab28: the Persian kinds of lib/rewrite/generic/kinds28b.fa.ts as look-alikes written for this matrix (other trades,
 * formal and colloquial, no-ZWNJ spellings; none copied from an evaluation split): negatives that must be flagged and
 * contrasts that must not be. `npx tsx scripts/fa-kinds28b-matrix.ts [--list]`. Run by tests/unit/rewrite/fa-kinds28b.test.ts.
 *
 * Contrasts decided with the existing rules' behaviour: a plural (formal) imperative is how every split's instructions are
 * written («برای فعال‌سازی، کد را وارد کنید» asked for by the customer is not flagged by any rule), so only the singular
 * «تو» imperative is read; an invitation («بفرما», «هر وقت خواستی بیا»), a reassurance («نگران نباش», «مطمئن باش»), a
 * softened one («لطفاً», «بی‌زحمت»), a question and a third party's imperative in reported speech stay quiet.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { runKindMatrix } from './fa-kinds28-matrix.ts';

export const KINDS28B: Record<string, { neg: string[]; con: string[] }> = {
  'bare-imperative': {
    neg: [
      'شنبه ساعت ۹ صبح جلوی دفتر باش.',
      'پس‌فردا ۸ صبح تعمیرگاه باش با کارت ماشین',
      'فردا ساعت ده اونجا باش دیر نکنی',
      'شناسنامه‌تو بیار.',
      'اول بیعانه رو واریز کن بعد نوبت میدم',
      'فیش واریزیو بفرست زود',
      'عکس کارت ملیتو بفرست تا ثبت کنم',
      'کد پیگیریو بفرست ببینم',
      'مدارکت رو بیار دفتر',
      'قبض برق رو بیار با خودت',
      'شماره سفارشو بفرست.',
      'قسطتو اول واریز کن بعد پیام بده',
      'آدرستو بفرست زود',
      'فاکتورو بیار شعبه',
      // a burden lifted after the order leaves the order bare
      'مدارکتو بیار، لازم نیست کپی بگیری.',
    ],
    con: [
      'نگران نباش، فردا ساعت ۹ میرسه.',
      'مطمئن باش فردا ۸ صبح اونجاست.',
      'بفرما، اینم کد تخفیفت.',
      'برای فعال‌سازی، کد را وارد کنید.',
      'لطفاً فیش واریزیو بفرست.',
      'عزیزم بی‌زحمت عکس کارت ملیتو بفرست.',
      'مدارک رو آوردی؟',
      'هر وقت خواستی مدارکتو بیار، عجله‌ای نیست.',
      'همکارم گفت فیش رو بفرست، ولی لازم نیست؛ خودم پیدا کردم.',
      'شنبه ساعت ۹ صبح جلوی دفتر هستیم.',
      'فیش واریزی رو فرستادم.',
      'اگه فیش رو داری بفرست، سریع‌تر پیگیری می‌کنم.',
      'مدارک را فردا ساعت ۱۰ بیاورید.',
      'برای فعال‌سازی، کدو وارد کن.',
      'واسه تمدید، فرم رو پر کن و بفرست.',
      'فردا ساعت ۹ بیا، در خدمتیم.',
      'فردا منتظر تماس ما باش.',
      'مشتری گفت کارت رو بیار، ما هم آوردیم.',
      'کد تخفیفتو موقع خرید وارد کن، ۲۰ درصد کم میشه.',
      'رسیدتو نگه دار، گارانتی داره.',
      'موقع تحویل، کد تحویل رو به پیک بده.',
      'عکس‌های اولی بده، دوباره گرفتیم.',
      'کارت هدیه‌تو بده به دوستت، اونم استفاده کنه.',
      'کارتتو بکش، تراکنش انجام میشه.',
      // twenty-ninth session (a late28 neutral's kind): a burden lifted before the order, what is left is the easy part
      'لازم نیست بیای شعبه، فقط عکس کارتتو بفرست، بقیه‌ش با ما.',
      'نیازی نیست چیزی پرینت بگیری؛ کد رزروتو بفرست کافیه',
      'مدرک اضافه نمیخواد، فقط کارت ملیتو بیار دفتر.',
      'احتیاجی به اصل سند نیست، کپی سندو بفرست.',
      'هیچی لازم نیس بیاری، شماره سفارشو بفرست خودمون میایم.',
      'لازم نیست فیش بگیری؛ فقط مبلغو واریز کن به شماره حساب.',
    ],
  },
  'ni-not-ours': {
    neg: [
      'قفسه‌ی امانات دست ما نی خا، انباردار باید جواب بده.',
      'این دیگه دست مو نی برادر.',
      'کار من نی، مدیر باید امضا کنه.',
      'تمدید بیمه مربوط به ما نی، با نمایندگی تماس بگیرید.',
      'مسئولیت ما نی عزیزم.',
    ],
    con: [
      'دست ما نی لبک هست، فلوت هم داریم.',
      'دست ما نیما رو میشناسه.',
      'کار ما نی‌زنیه، کلاس از شنبه شروع میشه.',
      'کار من نی؟',
      'اگه کار ما نی بگید تا پیگیری کنم.',
    ],
  },
  'stacked-sorry': {
    neg: [
      'نوبت داکتر برای فردا گرفته شد. بسیار بخشید، بسیار معذرت.',
      'سفارش شما روان شد. معذرت، بسیار بخشید!',
      'بلیت صادر شد. خیلی ببخشید، واقعاً شرمنده.',
      'رسید رو فرستادم. شرمنده، ببخشید.',
    ],
    con: [
      'بسیار بخشید، بسته دیر رسید.',
      'معذرت، امروز کمی شلوغ بود؛ بلیت صادر شد.',
      'معذرت، دیر جواب دادم؛ بسیار بخشید که منتظر ماندید.',
      'شرمنده، امروز تعطیل بودیم. فردا ارسال می‌شود.',
      'بسیار بخشید؟',
    ],
  },
};

export const flagged28b = (t: string): boolean => suggestRewrites(t, builtinPacks, { generic: true }).length > 0;

if (process.argv[1]?.endsWith('fa-kinds28b-matrix.ts')) runKindMatrix(KINDS28B, flagged28b, process.argv);
