/**
 * Persian calm-but-strong-worded matrix of session 19 (issue 13, tfp19b): calm customer messages a naive reader would call
 * frustrated, written from the writer's own knowledge (no split's sentences), many trades, colloquial and formal, four
 * spellings (ZWNJ, space, joined, Arabic yeh/kaf), with frustrated look-alikes that must keep firing.
 *
 * calm: warm تعارف with intensifiers; worry or panic asking for help; plain fault reports with strong words; a repeated
 * fault told calmly; anger at a third party with the company cleared; anger only in quoted history; negated anger; a calm
 * cancellation; «متأسفانه» in the customer's mouth; «شکایت» in a neutral sense; jokes and emoji of joy; formal requests.
 * frustrated: sarcasm, «واقعاً که», «این چه وضعشه», threats, broken promises, anger at the company.
 *
 *   npx tsx scripts/tone-calm19.fa.ts            per kind: read frustrated / total
 *   npx tsx scripts/tone-calm19.fa.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { printCueRows, tallyCue } from './tone-matrix-run.ts';
import type { MatrixItem } from './tone-calm-matrix.ts';
import { varier } from './tone-fa-frust-matrix17.ts';

const GREET = ['', 'سلام، ', 'با سلام و احترام\n', 'سلام وقت بخیر\n'];
const TAIL = ['', '\n\nنیلوفر', '\n\nارسال شده از گوشی', '\n\nبا سپاس\nکامران'];
const vary = varier(GREET, TAIL);

export function faCalm19(): MatrixItem[] {
  const out: MatrixItem[] = [];
  // ---------- calm ----------
  vary('taarof', false, [
    'واقعاً خیلی خیلی ممنونم از لطفتون، فقط می‌خواستم بپرسم فاکتور رسمی هم صادر می‌کنید؟',
    'بی‌نهایت سپاسگزارم از پیگیری‌های شما. آیا امکان ارسال به شهرستان هم هست؟',
    'شرمنده‌ام که اینقدر مزاحم میشم، واقعاً لطف دارید. کد تخفیفم کجا ثبت میشه؟',
    'خیلی خیلی زحمت کشیدید، دست مریزاد. فقط رسید پرداخت رو هم برام ایمیل می‌کنید؟',
  ], out);
  vary('worry', false, [
    'تو رو خدا کمکم کنید، رمز حسابمو فراموش کردم و فردا باید قسط رو بدم.',
    'خیلی نگرانم، پسرم دیشب تب کرد و نوبت دکترش فردا صبحه. میشه ساعتشو جلوتر بندازید؟',
    'توروخدا یه راهنمایی کنید، پاسپورتم رو توی تاکسی جا گذاشتم. باید چیکار کنم؟',
    'خیلی استرس دارم، فردا جلسه دفاعمه و لپ‌تاپم روشن نمیشه. امروز میشه تعمیرش کرد؟',
    'واقعاً نگرانم که بسته به موقع نرسه، تولد مادرمه. میشه لطفاً وضعیتشو چک کنید؟',
  ], out);
  vary('faultStrong', false, [
    'یخچالم کلاً خراب شده، میشه یه تکنسین بفرستید؟',
    'کولر اصلاً کار نمی‌کنه، کی می‌تونید برای سرویس بیاید؟',
    'گوشیم کاملاً از کار افتاده و هیچ صدایی نداره. گارانتیش هنوز معتبره، کجا بیارمش؟',
    'پکیج شوفاژ کلاً آب نمیده. لطفاً برای بازدید وقت بدید.',
    'اپلیکیشن اصلاً باز نمیشه، روی اندروید ۱۳ هستم. راهی هست؟',
  ], out);
  vary('repeatCalm', false, [
    'دوباره همون خطای ورود رو میده، احتمالاً از سمت منه. میشه یه بار دیگه راهنمایی کنید؟',
    'باز هم چراغ قرمز مودم روشن شده. شماره تماس تکنسین رو دارید؟',
    'طبق پیام قبلیم، ماشین لباسشویی هنوز آب رو تخلیه نمی‌کنه. هر وقت وقت داشتید یکی رو بفرستید.',
  ], out);
  vary('thirdParty', false, [
    'پیک بیچاره زیر بارون موند و بسته یه کم خیس شد، تقصیر شما نیست. فقط میشه جعبه رو عوض کنید؟',
    'همسایه‌مون بسته رو برداشته و پس نمیده، خیلی عصبانی‌ام از دستش. شما کاری نمی‌تونید بکنید، فقط رسید تحویل رو بفرستید.',
    'شرکت قبلی واقعاً افتضاح بود، برای همین اومدم سراغ شما. برای نصب اینترنت چه مدارکی لازمه؟',
  ], out);
  vary('quotedHistory', false, [
    'در تاریخ ۱۲ مهر همکارتون نوشت: «متأسفانه سفارش شما لغو شد». الان دوباره ثبت کردم، فقط می‌خواستم مطمئن بشم اوکیه.',
    'پیام قبلی شما این بود: «مشکل از سمت ماست و عذرخواهی می‌کنیم». ممنون، فقط شماره پیگیری رو می‌خواستم.',
  ], out);
  vary('negated', false, [
    'ناراحت نیستم فقط می‌خوام بدونم بسته کی می‌رسه.',
    'عصبانی نیستم، فقط یه سؤال دارم دربارهٔ صورتحساب.',
    'اصلاً گله‌ای ندارم، فقط بگید قسط بعدی کی کسر میشه.',
    'از شما دلخور نیستیم، فقط می‌خواستیم بدونیم رزرو قطعی شده یا نه.',
  ], out);
  vary('cancel', false, [
    'لطفاً اشتراکم رو از ماه بعد لغو کنید. ممنون از همه چیز.',
    'می‌خوام رزرو هتل رو کنسل کنم چون برنامه سفرمون عوض شد. هزینه‌ای داره؟',
    'احتراماً خواهشمند است قرارداد اینجانب از ابتدای ماه آینده فسخ گردد.',
  ], out);
  vary('sorryOwn', false, [
    'متأسفانه نمی‌تونم فردا سر جلسه بیام، میشه وقتمو جابه‌جا کنید؟',
    'متاسفانه آدرس رو اشتباه وارد کردم، امکان اصلاحش هست؟',
    'متأسفانه بنده در تاریخ مقرر در شهر نیستم؛ لطفاً زمان تحویل را تغییر دهید.',
  ], out);
  vary('complaintNeutral', false, [
    'فرم شکایت کجاست؟ می‌خوام یه پیشنهاد ثبت کنم.',
    'بخش انتقادات و پیشنهادات سایتتون کجاست؟',
    'برای ثبت شکایت از یه فروشنده توی سایت باید از کدوم منو برم؟',
  ], out);
  vary('joy', false, [
    'وای سفارشم رسید، دیوونه‌م کردید انقدر خوشگله 😍😂',
    'خیلی خیلی عالی بود، کشتید منو با این بسته‌بندی 😂🙏',
    'دیگه بدون قهوه‌هاتون نمی‌تونم زندگی کنم 😄 سفارش بعدی رو ثبت کردم.',
  ], out);
  vary('formalRequest', false, [
    'احتراماً، خواهشمند است نسبت به صدور گواهی کار اینجانب اقدام لازم مبذول فرمایید.',
    'بدین‌وسیله درخواست می‌شود مبلغ اضافه کسر شده به حساب این جانب بازگردانده شود. پیشاپیش از همکاری شما سپاسگزارم.',
    'با عرض سلام، مستدعی است وضعیت پرونده اینجانب را اعلام فرمایید.',
  ], out);
  // ---------- frustrated look-alikes ----------
  vary('F:sarcasm', true, [
    'سه هفته‌ست منتظر سفارشمم. دستتون درد نکنه واقعاً، خیلی سریعید!',
    'آفرین، بازم اینترنت قطع شد. عالیه واقعاً.',
  ], out);
  vary('F:vaghean', true, [
    'واقعاً که! سه بار زنگ زدم و هنوز کسی جواب نداده.',
    'این چه وضعشه؟ دو هفته‌ست یخچالم خرابه و تکنسین نیومده.',
    'این چه وضعیه آخه؟ هر روز برق قطعه و کسی پاسخگو نیست.',
  ], out);
  vary('F:threat', true, [
    'اگه تا فردا پولمو برنگردونید، میرم شکایت می‌کنم.',
    'دیگه هیچ‌وقت از شما خرید نمی‌کنم، به همه هم میگم.',
  ], out);
  vary('F:broken', true, [
    'گفتید دیروز تکنسین میاد ولی نیومد. قول دادید و عمل نکردید.',
    'سه بار قول دادید که پول برمی‌گرده و هنوز خبری نیست.',
  ], out);
  vary('F:angryAtYou', true, [
    'از دست شما واقعاً عصبانی‌ام، یخچال کلاً خراب شده و هیچ‌کس جواب نمیده.',
    'ناراحتم که باز هم همون خرابی تکرار شد و شما هیچ کاری نکردید.',
  ], out);
  return out;
}

export function runFaCalm19(items = faCalm19()) {
  return tallyCue(items, 'frustrated', (it) => `${it.frustrated ? 'frustrated' : 'calm'} ${it.kind}`, (it) => it.frustrated);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printCueRows(runFaCalm19(), { misses: process.argv.includes('--misses'), verb: 'read frustrated', width: 34, groupWords: 1 });
