/**
 * Persian frustration matrix of session 18 (issue 13, tfrfa18): the kinds fresh writers' messages fell into where the reader
 * was wrong (lib/tone/cues/frustration.fa.kinds18.ts), each written as a family from its parts (never a split's sentences),
 * formal and colloquial, several persons, four spellings (ZWNJ, a space for it, joined, Arabic yeh/kaf), with look-alikes in
 * the other direction.
 *
 * (a) frustrated: a formal complaint about conduct («به دور از ادب … بود», «غیرمسئولانه», «پذیرفتنی نیست», «ناخرسندم»,
 *     «بی‌احترامی کرد»); expected more («انتظار از … بیش از این است»); a mocking guess («لابد …، نه؟»); «به به!» before a
 *     failure; «تا کی آخه؟»; waiting in a queue with «کجاست پس؟».
 * (b) calm: «اعتراض» / «شکایت» as a procedure asked about; a length of time asked or still to come; deadline and requirement
 *     questions («تا کی باید مدارک رو بفرستم؟», «حتماً باید … یا …؟»); label quotes (an English error, a stage, a title);
 *     thanks beside one's own doing or slip; a worried customer who tells and asks; «خجالت داره بگم»; «به به!» at a success;
 *     «لابد سرتون شلوغه»; disrespect disowned; a queue told calmly.
 *
 *   npx tsx scripts/tone-fa-frust-matrix18.ts            per kind: read frustrated / total
 *   npx tsx scripts/tone-fa-frust-matrix18.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { printCueRows, tallyCue } from './tone-matrix-run.ts';
import type { MatrixItem } from './tone-calm-matrix.ts';
import { spellings } from './tone-fa-frust-matrix17.ts';

const GREET = ['', 'سلام، ', 'با سلام و احترام\n', 'سلام وقت بخیر\n'];
const TAIL = ['', '\n\nنرگس', '\n\nارسال شده از گوشی', '\n\nبا تشکر\nکامران'];

function vary(kind: string, frustrated: boolean, cores: string[], out: MatrixItem[]) {
  cores.forEach((core, i) => {
    spellings(core).forEach((text, k) => {
      out.push({ lang: 'fa', kind, frustrated, text: `${GREET[(i + k) % GREET.length]}${text}${TAIL[(i * 3 + k) % TAIL.length]}` });
    });
  });
}

function cross<A, B>(as: A[], bs: B[], f: (a: A, b: B) => string): string[] {
  return as.flatMap((a) => bs.map((b) => f(a, b)));
}

/** Who behaved: staff of the company, formal. */
const STAFF_F = ['برخورد همکار شما در شعبه', 'رفتار کارشناس آن شرکت', 'نحوه‌ی پاسخگویی اپراتور تلفنی شما', 'رفتار مأمور اعزامی آن اداره'];
/** A failure of the company's, colloquial (each names a failure the reader knows). */
const FAIL_C = ['سفارشمون بدون هیچ خبری لغو شد', 'اینترنتم دوباره قطع شد', 'بعد از ده روز هنوز بسته نرسیده', 'گوشی که فرستادید خرابه', 'پولم هنوز برنگشته'];

export function faFrustMatrix18(): MatrixItem[] {
  const out: MatrixItem[] = [];
  // ---------- (a) frustrated ----------
  vary('F:conductFormal', true, cross(STAFF_F, [
    'به دور از ادب و شأن مشتری بود', 'کاملاً به دور از احترام بود', 'غیرمسئولانه و به دور از انصاف بود', 'به هیچ عنوان پذیرفتنی نیست', 'به‌هیچ‌وجه قابل پذیرش نمی‌باشد',
  ], (s, p) => `${s} ${p}. خواهشمند است موضوع بررسی گردد.`), out);
  vary('F:displeasedPersons', true, cross([
    'از نحوه‌ی رسیدگی به درخواستم به‌شدت ناخرسندم', 'ما از رفتار کارشناس شما بسیار ناخرسندیم', 'اینجانب از این وضعیت ناخرسند هستم', 'از پاسخ‌های غیرمسئولانه‌ی همکارانتان ناخشنودم',
  ], ['لطفاً پیگیری کنید.', 'خواهشمند است به موضوع رسیدگی شود.'], (a, b) => `${a}. ${b}`), out);
  vary('F:disrespect', true, cross(['اپراتورتون بی‌احترامی کرد و تلفن رو قطع کرد', 'همکاراتون بی‌ادبی کردن و جوابمو ندادن', 'سه روزه جواب نمیدید، خیلی بی‌احترامیه', 'این طرز جواب دادن بی‌احترامی است'], ['', ' لطفاً پیگیری کنید.'], (a, b) => `${a}.${b}`), out);
  vary('F:shame', true, cross(FAIL_C, ['خجالت داره واقعاً.', 'خجالت داره!'], (f, s) => `${f}. ${s}`), out);
  vary('F:expectedMore', true, cross(FAIL_C.slice(0, 3), ['انتظار از شرکتی به این بزرگی بیش از این است.', 'انتظار ما از شما بیش از این بود.'], (f, e) => `${f}. ${e}`), out);
  vary('F:mockGuess', true, cross(FAIL_C, ['لابد باید خودم بیام درستش کنم؟', 'لابد اینم تقصیر منه، نه؟', 'لابد ماه دیگه درست میشه، نه؟', 'لابد اونم باید جدا پیگیری کنیم؟'], (f, g) => `${f}. ${g}`), out);
  vary('F:bahbah', true, FAIL_C.map((f) => `به به! ${f}.`), out);
  vary('F:untilWhen', true, cross(FAIL_C, ['تا کی آخه؟', 'آخه تا کی؟', 'دیگه تا کی؟'], (f, q) => `${f}. ${q}`), out);
  vary('F:queue', true, cross(['نیم ساعته تو صف چت آنلاینم!', 'چهل دقیقه‌ست پشت خطم.', 'یک ساعت است پشت خط هستم.', 'بیست دقیقه‌ست رو موزیک انتظاریم.'], ['اپراتور کجاست پس؟', 'پس کجایید؟', 'پس کجاست این پشتیبانی؟'], (w, q) => `${w} ${q}`), out);
  // ---------- (b) calm look-alikes ----------
  vary('procedure', false, [
    'قصد دارم نسبت به برگ تشخیص مالیات اعتراض نمایم. فرم اعتراض در کدام بخش سامانه قرار دارد؟', 'مهلت ثبت اعتراض به قبض چند روز است؟', 'می‌خوام به نمره‌م اعتراض بدم، فرمش کجاست؟',
    'نحوه‌ی ثبت شکایت از فروشنده چگونه است؟', 'برای اعتراض به جریمه باید به کجا مراجعه کنیم؟', 'اینجانب قصد ثبت اعتراض دارم؛ مراحل آن چیست؟',
  ], out);
  vary('durationAsked', false, [
    'حداکثر مدت اقساط چند ماه است؟', 'مهلت قانونی پرداخت چند روز است؟', 'گارانتی این دستگاه چند سال است؟', 'ارسال به شیراز معمولاً چند روز طول می‌کشه؟', 'دوره‌ی آموزشی چند هفته است؟',
  ], out);
  vary('stillToCome', false, [
    'هنوز دو هفته مونده تا سفرم، فقط می‌خواستم مطمئن شم بلیط صادر شده.', 'درسته هنوز یک ماه مانده، ولی می‌خواستم بدانم رزرو قطعی است؟', 'تا دو هفته دیگه اسباب‌کشی داریم، میشه آدرس رو عوض کنید؟',
  ], out);
  vary('deadline', false, [
    'تا کی باید مدارک رو بفرستم؟', 'تا کی باید قسط این ماه رو پرداخت کنیم؟', 'میزبان تا کی باید رزرو رو تأیید کنه؟', 'تا کی باید فرم رو امضا کنم و برگردونم؟', 'فروشنده تا کی باید فاکتور رو صادر کنه؟',
  ], out);
  vary('requirement', false, [
    'حتماً باید حضوری بیام یا آنلاین هم میشه؟', 'حتماً باید کارت ملی داشته باشم یا شناسنامه هم قبوله؟', 'برای خرید اقساطی حتماً باید چک داشته باشیم یا ضمانت کسر از حقوق هم ممکن است؟',
  ], out);
  vary('labelQuote', false, [
    'موقع ورود پیام «Access denied» میاد، چیکار کنم؟', 'ارور «Payment failed» میده، لطفاً راهنمایی کنید.', 'هنگام ورود پیام «Subscription expired» نمایش داده می‌شود. لطفاً وضعیت تمدید را بررسی فرمایید.',
    'پرونده‌م دو هفته‌ست در مرحله «بررسی مدارک» است، مرحله بعد چیه؟', 'یه ایمیل با عنوان «تأیید حساب» اومده، از طرف شماست؟', 'گذرنامه‌ام ده روزه تو مرحله «چاپ» مونده، میشه بگید کی آماده میشه؟',
  ], out);
  vary('ownDoing', false, [
    'دوره خیلی عالی بود 🙏 هنوز دارم فیلم‌ها رو نگاه می‌کنم 😄 گواهی کی صادر میشه؟', 'مرسی بابت کارگاه، عالی بود. هنوز داریم تمرین‌ها رو حل می‌کنیم.',
    'فقط خواستم تشکر کنم، مبلغی که اشتباهی واریز کرده بودم برگشت داده شد. واقعاً لطف کردید.', 'ممنون، من اشتباهی دو تا سفارش دادم و شما یکی رو لغو کردید. لطف کردید.',
  ], out);
  vary('worriedAsk', false, [
    'یه ویلا رزرو کردم و پولشم دادم، ولی هنوز پیامک تأیید نیومده. یکم نگرانم. اگه تأیید نشه پولم برمی‌گرده؟', 'بلیط خریدم ولی هنوز ایمیلش نیومده، نگرانم. کی می‌فرستید؟',
    'نگران هستم چون پرداخت انجام شده ولی سفارش ثبت نشده. لطفاً بررسی کنید، آیا پول برمی‌گردد؟',
  ], out);
  vary('embarrassed', false, ['خجالت داره بگم ولی رمزمو یادم رفته. چطور عوضش کنم؟', 'خجالت می‌کشم ولی دوباره سؤال دارم: فاکتور کجاست؟', 'خجالت داره ولی باز هم کارت رو جا گذاشتم، میشه نگهش دارید؟'], out);
  vary('bahbahGood', false, ['به به! چه بسته‌بندی قشنگی، ممنون.', 'به به! بالاخره رسید، دستتون درد نکنه.', 'به به! سفارش سالم رسید، عالیه.', 'به به! مشکل حل شد، مرسی.'], out);
  vary('guessCalm', false, ['بسته خراب رسید. لابد تو راه ضربه خورده، نه؟ میشه عوضش کنید؟', 'لابد سرتون خیلی شلوغه، هر وقت تونستید جواب بدید.', 'لابد اشتباه از من بوده، نه؟ لطفاً بررسی کنید.', 'لابد سیستم آپدیت شده، درسته؟ دکمه‌ها جابه‌جا شدن.'], out);
  vary('respectDisowned', false, [
    'قصد بی‌احترامی ندارم، فقط می‌خواستم بپرسم فاکتور کی میاد؟', 'برخورد همکارتون خیلی محترمانه بود، ممنون.', 'رفتار کارشناس شما کاملاً مسئولانه و به دور از تعارف بود.', 'بیش از این انتظار نداشتم، همه چیز عالی بود.',
  ], out);
  vary('queueCalm', false, ['الان تو صفم، نوبتم کی میشه؟', 'نیم ساعته تو صف بانکم، لطفاً شماره حساب رو بفرستید.', 'پس کجا باید مدارک رو تحویل بدم؟', 'بیست دقیقه‌ست پشت خطم، اشکالی نداره، منتظر می‌مونم.'], out);
  // A party of the customer's own (neighbour, building guard, landlord, contractor) and a feeling aimed at it; the company's own staff must still fire.
  vary('partyOwn', false, cross([
    'نگهبان ساختمون ما بسته رو تحویل نگرفت. واقعاً از دست این نگهبان خسته شدم 😤', 'همسایه‌مون موقع بنایی کابل رو قطع کرده و اصلاً هم گردن نمی‌گیره، از دستش کفری‌ام',
    'صاحبخونه‌م کلید رو نمیده، از دست صاحبخونه کلافه شدم', 'سرایدار مجتمع بسته رو گم کرده و اصلاً جواب نمیده. از دست این سرایدار عصبانی‌ام',
    'پیمانکار ساختمون سیم رو بریده، واقعاً از پیمانکار ناراحتیم',
  ], ['میشه دوباره فردا بفرستید؟', 'لطفاً یه تکنسین بفرستید، هزینه‌ش با ما.'], (a, b) => `${a}. ${b}`), out);
  vary('F:staffOwn', true, [
    'از دست این پیکتون خسته شدم، سه بار بسته رو برگردونده.', 'از دست راننده‌ی شما کلافه شدم، دو ساعت دیر اومد و بی‌ادبی هم کرد.', 'از رفتار کارشناس‌تون واقعاً عصبانی‌ام، تلفن رو قطع کرد.',
    'همسایه‌مون گفت پیکتون اصلاً زنگ نزده و بسته رو برگردونده. واقعاً عصبانی‌ام.',
  ], out);
  return out;
}

export function runFaMatrix18(items = faFrustMatrix18()) {
  return tallyCue(items, 'frustrated', (it) => `${it.frustrated ? 'frustrated' : 'calm'} ${it.kind}`, (it) => it.frustrated);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printCueRows(runFaMatrix18(), { misses: process.argv.includes('--misses'), verb: 'read frustrated', width: 34, groupWords: 1 });
