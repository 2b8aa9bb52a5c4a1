/**
 * rwfa33's matrix (lib/rewrite/neutral33.fa.ts, lib/rewrite/generic/kinds33.fa.ts): late32's flagged formal neutrals and
 * its misses by kind, where the kind recurs in three splits or more (late12-31, train31), written as look-alikes of my own
 * (other trades, both registers, Arabic ي/ك, no ZWNJ, Dari and dialect spellings) with close contrasts. For a neutral kind
 * `quiet` holds the look-alikes (no flag) and `flagged` the contrasts that keep theirs; for a miss kind it is the other
 * way round. None of these sentences is a fixture's. Run by tests/unit/rewrite/fa-kinds33.test.ts;
 * `npx tsx scripts/fa-kinds33-matrix.ts` prints the rows that do not hold (learnt readers loaded, as in the tests' setup).
 */
import { pathToFileURL } from 'node:url';
import { loadLearntModels } from '../lib/rewrite/engine.ts';
import { type FlagMatrix, runFlagMatrix } from './lib/flag-matrix.ts';
import { flagged29w as flagged } from './fa-wrong29-matrix.ts';

export const KINDS33: FlagMatrix = {
  // A letter's news that spares the customer a burden: a charge not taken, a need of the customer's effort spared, a debt
  // the file lacks, a sum unchanged. A service, an ability, a coverage refused, a limit or a first person keep the flag.
  'letter-spares': {
    quiet: [
      'احتراماً، به اطلاع می‌رساند جهت تمدید گواهینامه نیازی به مراجعه حضوری نمی‌باشد و هزینه‌ای نیز دریافت نخواهد شد.',
      'بدينوسيله اعلام مي‌گردد کارنامه دانشجو فاقد هرگونه بدهي شهريه بوده و اقدام ديگري از سوي ايشان لازم نميباشد.',
      'لازم به ذکر است هیچ گونه تغییری در مبلغ اجاره بها ایجاد نشده است.',
      'به استحضار می‌رساند جریمه دیرکرد قسط فروردین با توجه به مکاتبه جنابعالی، در صورتحساب منظور نخواهد شد.',
      'شایان ذکر است بابت صدور کارت المثنی کارمزدی از حساب شما کسر نمی‌گردد.',
      'لازم به ذکر است هیچ‌گونه بدهی معوقی در پرونده شما وجود ندارد.',
      // bur35: flagged before only on the formula (its rule retired).
      'به اطلاع می‌رساند نیازی به بررسی مجدد پرونده جنابعالی نمی‌باشد.',
      'به اطلاع می‌رساند هیچ مبلغی به کارت جنابعالی عودت داده نشده است.',
      'به اطلاع می‌رساند ساعات اضافه‌کاری جنابعالی در فیش حقوقی منظور نخواهد شد.',
    ],
    flagged: [
      // bur35: with the formula's rule retired, these contrasts keep their point under «لازم به ذکر است» (fa-bureaucratic-note,
      // which shares the reading); the same news under «به اطلاع می‌رساند» is quiet (below).
      'لازم به ذکر است نیازی به بررسی مجدد پرونده جنابعالی نمی‌باشد.',
      'بدینوسیله اعلام می‌گردد تمدید قرارداد جنابعالی امکان‌پذیر نمی‌باشد.',
      'به اطلاع می‌رساند خسارت اعلام‌شده مشمول پوشش بیمه‌نامه جنابعالی نمی‌گردد.',
      'لازم به ذکر است هزینه ارسال فقط برای خریدهای بالای یک میلیون دریافت نمی‌شود.',
      'بدینوسیله اعلام می‌گردد درخواست جنابعالی پذیرفته نشده است.',
      'لازم به ذکر است هیچ مبلغی به کارت جنابعالی عودت داده نشده است.',
      'به استحضار می‌رساند امکان بازپرداخت هزینه بلیت وجود ندارد.',
      'به اطلاع می‌رساند تخفیف ویژه برای سفارش شما اعمال نمی‌شود.',
      'لازم به ذکر است ساعات اضافه‌کاری جنابعالی در فیش حقوقی منظور نخواهد شد.',
    ],
  },
  // A polite request of the customer's step with its reason (a purpose, a condition), and a right granted with «می‌توانید».
  // A reproach (read it again, from now on, keep calm), a bare request (the rule's own example), an obligation keep the flag.
  'request-with-reason': {
    quiet: [
      'جهت تسریع در صدور کارت، خواهشمند است تصویر کارت ملی را از طریق همین ایمیل ارسال فرمایید.',
      'به منظور تکمیل پرونده، خواهشمند است اصل مدارک را به دفتر آموزشگاه تحویل نمایید.',
      'چنانچه تا پایان هفته پیامکی دریافت نکردید، خواهشمند است با شماره ۱۵۶۲ تماس حاصل فرمایید.',
      'جهت پيگيري سريع‌تر، خواهشمند است شماره پرونده را ذکر فرماييد.',
      'مسافر گرامی، جنابعالی می‌توانید تا پایان مهر نسبت به تغییر صندلی اقدام فرمایید.',
      'مشترک گرامی، شما میتوانید تا آخر ماه نسبت به انتخاب طرح جدید اقدام کنید.',
    ],
    flagged: [
      'خواهشمند است مدارک را ارسال کنید.',
      'جهت اطلاع، خواهشمند است این بار پیام قبلی را با دقت مطالعه فرمایید.',
      'خواهشمند است از این پس جهت پیگیری فقط از طریق سامانه اقدام فرمایید.',
      'جهت ادامه رسیدگی، خواهشمند است آرامش خود را حفظ فرمایید.',
      'خواهشمند است نسبت به پرداخت بدهی اقدام فرمایید.',
      'جنابعالی موظفید تا پایان مهر نسبت به تسویه حساب اقدام فرمایید.',
    ],
  },
  // «عطف به» the customer's own letter; a reference to earlier letters or to the agent's own keeps the flag.
  'refer-own-letter': {
    quiet: [
      'عطف به نامه جنابعالی، کارت عضویت صادر و به نشانی اعلامی ارسال گردید.',
      'عطف به درخواست شما، جلسه مشاوره برای روز شنبه تنظیم گردید.',
      'عطف به پیامتان، فاکتور اصلاح‌شده پیوست است.',
      'عطف به نامه حضرتعالي، موضوع به واحد فني ارجاع گرديد.',
    ],
    flagged: ['عطف به مکاتبات قبلی، مدارک پیوست است.', 'عطف به پیام قبلی اینجانب، پاسخ شما داده شده است.', 'عطف به نامه قبلی، فرم پیوست است.'],
  },
  // A third party's past «could not» told before the remedy; our own, a present, no remedy, or a refusing remedy keep it.
  'third-party-could-not': {
    quiet: [
      'دیروز تکنسین به خاطر ترافیک نتوانست به محل برسد. امروز ساعت ۱۰ صبح در خدمت شما خواهد بود.',
      'هفته قبل پیک به دلیل برف نتونست بسته رو بیاره، ولی امروز صبح تحویل داده شد.',
      'مسافرانی که دیروز به علت طوفان نتوانستند پرواز کنند، بلیت جایگزین دریافت کردند؛ بلیت شما هم صادر شد.',
      'آن روز عکاس به‌خاطر بیماری نتوانست بیاید؛ جلسه عکاسی شما برای پنجشنبه رزرو شده است.',
      'ديروز راننده به دليل خرابي خودرو نتوانست به مبدا برسد. سفر امروز شما رزرو شده است.',
    ],
    flagged: [
      'ما نتوانستیم بسته را به موقع ارسال کنیم.',
      'تکنسین نتوانست به محل برسد و سفارش شما لغو شد.',
      'راننده نتوانست بیاید.',
      'پیک نمی‌تواند بسته را به طبقه بالا بیاورد.',
      'دیروز تکنسین نتوانست بیاید؛ فعلاً نمی‌توانیم زمان جدیدی بدهیم.',
    ],
  },
  // The complaint named as handled with its verb shared by the outcome; a bare «ثبت شد» or a refusal keep the flag.
  'complaint-handled': {
    quiet: ['مشتری گرامی، شکایت شما بررسی و هزینه ارسال به حسابتان عودت داده شد.', 'شکایتتون رسیدگی و کل مبلغ به کارتتون برگشت داده شد.'],
    flagged: ['شکایت شما ثبت شد.', 'شکایت شما بررسی و رد شد.', 'شکایتتون بررسی و متأسفانه پذیرفته نشد.'],
  },
  // Misses. The system as the subject of a lock or a hang, after an address or with words between; a past perfect told as
  // over, a lock that protects, a negation, a condition stay quiet.
  'system-locks': {
    flagged: [
      'داداش سیستم انبار موجودی این مدلو قفل کرده.',
      'خانم سامانه نوبت‌دهی بعد از ساعت ۲۰ قفل میشه.',
      'سامانه‌ي ثبت‌نام دانشگاه تا پايان هفته قفل است.',
      'آقا سیستم صندوق هنگ کرده، فعلا نقدی حساب کنید.',
      'عامو سيستم بانک کارتتو بلاک کرده.',
      'سامانه سفارش‌گیری پس از تحویل سفارش آن را قفل می‌کند.',
    ],
    quiet: [
      'سیستم برای امنیت حساب شما رمز رو قفل کرده؛ با کد یکبار مصرف باز میشه.',
      'دیروز سیستم صندوق هنگ کرده بود، ولی الان درسته.',
      'اگه سیستم قفل کرد، صفحه رو رفرش کنید.',
      'سیستم قفل رو باز کرد و در پارکینگ باز شد.',
      'سامانه قفل نشده، فقط کمی کند است.',
    ],
  },
  // «what do I know» governing the unknown («کی / چرا / کجا …» after it), the dialect «مِ» too; «هر چه / آنچه می‌دانم», a
  // question of the customer's knowing, and the filler before a comma and an estimate (rwfa25's contrast) stay quiet.
  'what-do-i-know': {
    flagged: ['والا چه میدونم کی بار میرسه.', 'خواهر جان چه مِدونم چرا پیامک نیومده.', 'چمیدونم کجا گیر کرده بسته‌تون.', 'چه می‌دانم مدیر کی موافقت می‌کند.', 'عامو چه مدونم چقدر طول مکشه.'],
    quiet: ['هر چه میدونم بهتون گفتم.', 'آنچه می‌دانم این است که سفارش ارسال شده.', 'شما چه می‌دونید از این مدل؟', 'نمی‌دونید چه خوشحالم که راضی بودید!', 'چه میدونم، معمولا یه هفته‌ای طول میکشه.'],
  },
  // The rule as the whole reason, run on after a request with no comma, or closed by «چی بگم / چه کنم»; a quality of the
  // rule, a question, a condition stay quiet.
  'rule-run-on': {
    flagged: ['مدارک اصل همراهتون باشه قانون دانشگاهه.', 'فیش رو نگه دارید قانون بانکه دیگه', 'خانم جان، قانون اداره‌ست چی بگم.', 'آقا، مقررات پارکینگه چه کنم.', 'كارت ملي همراهتون باشه قانون بيمارستانه'],
    quiet: ['کارت ملی بیارید قانون خوبیه، امنیت خودتونه.', 'این قانون جدید شهرداریه؟', 'اگه قانون آموزشگاهه، رعایتش می‌کنیم.', 'قانون شکنی نکردیم، همه چی طبق برنامه‌ست.'],
  },
  // A charge deducted because of the customer's past act (kinds32's loss, «کسر» added); a charge not taken, or ours, stay quiet.
  'charge-because-you': {
    flagged: ['هزينه رزرو از کارت شما کسر شد چون دير مراجعه کرديد.', 'کارمزد از حسابتون کسر شد چون رمزو سه بار اشتباه زدین.'],
    quiet: ['هیچ مبلغی کسر نشد چون به موقع لغو کردید.', 'هزینه از حساب شما کسر شد چون خرید با موفقیت انجام شد.'],
  },
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await loadLearntModels();
  const { neg, negOk, quiet, quietFlagged } = runFlagMatrix(KINDS33, flagged);
  console.log(`flagged rows flagged ${negOk}/${neg}; quiet rows flagged ${quietFlagged}/${quiet}`);
}
