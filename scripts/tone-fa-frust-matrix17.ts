/**
 * Persian frustration matrix (issue 13, session 17, tfrfa10): frustrated messages assembled from parts written from
 * knowledge of the language (never from a split's misses), formal and colloquial, each in four spellings (ZWNJ, a
 * space for the ZWNJ, joined, Arabic yeh/kaf), and calm look-alikes that must stay silent.
 *
 * (a) frustrated: emotion words (عصبانی، کلافه، خسته شدم، اعصابم خرده، دیگه تحمل ندارم، شرم‌آوره، افتضاحه، مسخره‌ست) about
 *     the company's failure; sarcasm around a failure («دستتون درد نکنه» + delay); broken promises («قول داده بودید… هنوز
 *     هیچی»); escalation (شکایت، سازمان حمایت، اینستاگرام، کنسل و دیگه خرید نمی‌کنم، پولمو پس بدید); intensifiers and «!!!».
 * (b) calm: worry asking help, strong fault words about a product, negated anger, thanks and «دستتون درد نکنه» said
 *     sincerely after a success, anger at a third party (پیک، هوا، همسایه، ترافیک), «شکایت» as a form name, quoted angry
 *     history under a calm message.
 *
 *   npx tsx scripts/tone-fa-frust-matrix17.ts            per kind: read frustrated / total
 *   npx tsx scripts/tone-fa-frust-matrix17.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { readCustomerTone } from '../lib/tone/index.ts';
import type { MatrixItem } from './tone-calm-matrix.ts';

const ZWNJ = '\u200c';
/** Four spellings of one Persian text: as written (ZWNJ), a space for each ZWNJ, joined, Arabic yeh and kaf. */
export function spellings(s: string): string[] {
  return [s, s.replaceAll(ZWNJ, ' '), s.replaceAll(ZWNJ, ''), s.replaceAll('ی', 'ي').replaceAll('ک', 'ك')];
}

const GREET = ['', 'سلام، ', 'با سلام و احترام، ', 'سلام وقت بخیر، '];
const TAIL = ['', '\n\nرضا', '\n\nارسال شده از گوشی', '\n\nبا تشکر\nمریم'];

/** Every core in every spelling, with a rotating greeting and tail. */
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

/** A failure of the company's, colloquial and formal. */
const FAIL_C = ['سه هفته‌ست سفارشم نرسیده', 'دو بار پول از حسابم کم شده', 'بازم اینترنتم قطعه', 'هنوز پولم برنگشته', 'کالایی که فرستادید خرابه'];
const FAIL_F = ['سفارش اینجانب پس از سه هفته هنوز تحویل نشده است', 'مبلغ دو بار از حساب بنده کسر شده است', 'اینترنت بنده مجدداً قطع شده است', 'وجه بنده هنوز عودت داده نشده است'];

export function faFrustMatrix(): MatrixItem[] {
  const out: MatrixItem[] = [];
  // ---------- (a) frustrated ----------
  vary('F:emotion', true, cross([
    'واقعاً عصبانی‌ام', 'دیگه کلافه شدم', 'خسته شدم از بس زنگ زدم', 'اعصابم خرد شده', 'دیگه تحمل ندارم', 'واقعاً شرم‌آوره', 'افتضاحه', 'واقعاً مسخره‌ست',
  ], FAIL_C, (e, f) => `${f}. ${e}.`), out);
  vary('F:emotionFirst', true, cross([
    'اعصابم خورده از دستتون', 'کلافه‌م کردید', 'خسته شدم دیگه', 'شرم‌آوره واقعاً', 'این وضع افتضاحه', 'مسخره‌ست این وضع',
  ], FAIL_C.slice(0, 3), (e, f) => `${e}! ${f} و هیچ‌کس جواب نمی‌ده.`), out);
  vary('F:emotionFormal', true, cross([
    'بسیار عصبانی هستم', 'واقعاً از این وضعیت خسته شده‌ام', 'دیگر تحمل ندارم', 'این رفتار شرم‌آور است', 'این وضعیت افتضاح است', 'این وضع واقعاً مسخره است',
  ], FAIL_F, (e, f) => `${f}. ${e}.`), out);
  vary('F:sarcasm', true, cross([
    'دستتون درد نکنه واقعاً', 'واقعاً ممنون از این همه سرعت', 'خیلی عالی، باز هم تأخیر', 'دمتون گرم', 'آفرین به این همه نظم', 'چه خدمات عالی‌ای، واقعاً',
  ], ['سه هفته‌ست منتظرم و هنوز خبری نیست', 'دوباره خراب شد', 'باز هم سفارشم دیر شد', 'بعد از ده روز کالای اشتباه فرستادید'], (s, f) => `${f}. ${s}!`), out);
  vary('F:sarcasmFirst', true, cross([
    'دستتون درد نکنه که', 'واقعاً ممنونم که', 'دمتون گرم که',
  ], ['بعد از سه هفته هنوز جواب ندادید', 'دو بار پولمو کم کردید و برنگردوندید', 'سفارشمو بدون خبر کنسل کردید'], (s, f) => `${s} ${f}!`), out);
  vary('F:promise', true, cross([
    'قول داده بودید تا شنبه برسه', 'گفتید سه روزه پول برمی‌گرده', 'قرار بود دیروز تکنسین بیاد', 'وعده داده بودید ظرف ۴۸ ساعت پیگیری کنید',
  ], ['هنوز هیچی', 'دو هفته گذشته و هنوز خبری نیست', 'ولی هیچ اتفاقی نیفتاده', 'هنوز هیچ خبری نیست'], (p, n) => `${p}، ${n}.`), out);
  vary('F:promiseFormal', true, cross([
    'وعده داده شده بود ظرف سه روز کاری وجه عودت شود', 'قرار بود سفارش تا پایان هفته ارسال گردد', 'کارشناس شما قول پیگیری داده بودند',
  ], ['اما تاکنون هیچ اقدامی صورت نگرفته است', 'ولی هنوز هیچ خبری نیست'], (p, n) => `${p}، ${n}.`), out);
  vary('F:escalation', true, cross(FAIL_C.slice(0, 4), [
    'شکایت می‌کنم', 'به سازمان حمایت از مصرف‌کننده شکایت می‌کنم', 'همه‌شو تو اینستاگرام می‌ذارم', 'کنسل می‌کنم و دیگه ازتون خرید نمی‌کنم', 'پول منو پس بدید', 'از طریق تعزیرات پیگیری می‌کنم',
  ], (f, e) => `${f}. ${e}.`), out);
  vary('F:escalationFormal', true, cross(FAIL_F.slice(0, 3), [
    'در صورت عدم رسیدگی، از طریق سازمان حمایت از مصرف‌کنندگان اقدام خواهم کرد', 'لطفاً وجه بنده را عودت دهید، دیگر از شما خرید نخواهم کرد', 'شکایت خود را به مراجع قانونی ارائه خواهم داد',
  ], (f, e) => `${f}. ${e}.`), out);
  vary('F:punct', true, cross(FAIL_C.slice(0, 4), ['یعنی چی؟؟؟', 'تا کی باید صبر کنم؟؟؟', 'واقعاً دیگه!!!', 'این چه وضعیه؟!!'], (f, e) => `${f}!!! ${e}`), out);
  // ---------- (b) calm look-alikes ----------
  vary('worry', false, cross(['نگرانم', 'خیلی نگرانم', 'یه کم دلشوره دارم', 'واقعاً استرس دارم'], ['سفارشم هنوز نرسیده، لطفاً راهنمایی کنید', 'پیامک برداشت اومده ولی خرید ثبت نشده، لطفاً بررسی کنید', 'رمزم کار نمی‌کنه، چیکار کنم؟'], (w, f) => `${w}، ${f}.`), out);
  vary('faultWords', false, cross(['گوشیم کلاً خراب شده', 'صفحه لپ‌تاپ کاملاً سیاه شده', 'باتری به‌شدت داغ میشه', 'یخچال اصلاً سرد نمی‌کنه', 'دستگاه بعد از آپدیت کلاً از کار افتاده'], ['میشه راهنمایی کنید؟', 'گارانتی شاملش میشه؟', 'چطور برای تعمیر بفرستمش؟'], (f, a) => `${f}. ${a}`), out);
  vary('negated', false, cross(['ناراحت نیستم، فقط سؤال دارم', 'عصبانی نیستم، فقط می‌خوام بدونم', 'گلایه‌ای ندارم، فقط خواستم خبر بدم', 'قصد شکایت ندارم، فقط یه سؤال داشتم'], ['سفارشم کی می‌رسه؟', 'فاکتور رو از کجا بگیرم؟', 'چرا مبلغ فاکتور با قبلی فرق داره؟'], (n, q) => `${n}: ${q}`), out);
  vary('thanksAfterSuccess', false, cross(['بسته امروز رسید', 'مشکل حل شد', 'پول برگشت به حسابم', 'تکنسین اومد و درستش کرد'], ['دستتون درد نکنه', 'واقعاً ممنون از سرعتتون', 'دمتون گرم، عالی بود', 'خیلی عالی، ممنونم'], (s, t) => `${s}، ${t}!`), out);
  vary('thanksAfterSuccessFormal', false, cross(['سفارش اینجانب امروز تحویل شد', 'مشکل حساب کاربری بنده برطرف گردید'], ['از پیگیری شما صمیمانه سپاسگزارم', 'دست شما درد نکند', 'از سرعت عمل همکارانتان بسیار ممنونم'], (s, t) => `${s}. ${t}.`), out);
  vary('thirdParty', false, cross([
    'از دست این هوا کلافه شدم، کولرم خوب خنک نمی‌کنه',
    'همسایه‌مون بسته رو گرفته و پس نمیده، واقعاً اعصابم خرده',
    'ترافیک امروز دیوونه‌م کرد، نتونستم برسم تحویل بگیرم',
    'پیک شرکت پست خیلی بداخلاق بود، از دستش عصبانی شدم',
    'بانکم بی‌دلیل کارتمو مسدود کرده، خسته شدم از دستشون',
  ], ['میشه زمان تحویل رو عوض کنید؟', 'راهی هست دوباره بفرستید؟', 'لطفاً راهنمایی کنید.'], (a, b) => `${a}. ${b}`), out);
  vary('complaintForm', false, [
    'فرم شکایت کجای سایته؟', 'بخش شکایات و پیشنهادات رو پیدا نمی‌کنم، لطفاً لینکش رو بفرستید.', 'برای پایان‌نامه‌م روال رسیدگی به شکایات مشتریان رو لازم دارم.',
    'کد پیگیری شکایت قبلیم رو گم کردم، میشه دوباره بفرستید؟', 'در فرم ثبت شکایت گزینه‌ی «سایر» کار نمی‌کنه.',
  ], out);
  vary('quotedAnger', false, [
    'درست شد، ممنون!\n\nدر تاریخ دوشنبه ۳ خرداد، رضا نوشت:\n> واقعاً مسخره‌ست، دیگه تحمل ندارم!!\n> افتضاحه.',
    'پول برگشت، دستتون درد نکنه.\n\nدر تاریخ سه‌شنبه، مریم نوشت:\n> اعصابم خرد شده، سه هفته‌ست منتظرم!!!',
    'ممنون از پیگیری، بسته رسید.\n\n-----پیام اصلی-----\nاز: علی\nموضوع: شکایت\n\nشکایت می‌کنم! شرم‌آوره!',
  ], out);
  vary('urgentCalm', false, cross(['لطفاً تا فردا بررسی کنید', 'اگه امکانش هست امروز بفرستید', 'فوری لازمش دارم، ممنون میشم'], ['فردا سفر دارم', 'برای تولد بچه‌مه'], (a, b) => `${b}، ${a}.`), out);
  // A second batch of look-alikes, written after the reader (./lib/tone/cues/frustration.fa.matrix17.ts) to test each of its
  // constructions: praise or thanks beside a fault said sincerely, a promise kept, going public happily, a polite refund.
  vary('praiseBesideFault', false, [
    'پشتیبانی‌تون خیلی عالی بود، با اینکه ارسال تأخیر داشت.', 'بسته یه روز دیر شد ولی کیفیتش خیلی عالیه، ممنون.', 'همکارتون خیلی عالی بود. فقط دستگاه هنوز خرابه، میشه یکی دیگه بفرستید؟',
    'دستتون درد نکنه بابت پیگیری، فقط هنوز بسته نرسیده، میشه بررسی کنید؟', 'دمتون گرم، تأخیر اصلاً مهم نیست، فقط خواستم بدونم کی می‌رسه.', 'خیلی عالی، پس منتظر می‌مونم تا تکنسین بیاد.',
    'ممنونم که با وجود تأخیر پیگیری کردید.', 'مرسی که اشتراکمو لغو کردید، دیگه لازمش نداشتم.', 'ممنونم که معطلمون نکردید.', 'دمتون گرم که تنهامون نذاشتید.', 'دست شما درد نکند که کم نگذاشتید.', 'دستتون درد نکنه که سفارشو به درخواست من کنسل کردید.', 'ممنونم که با اینکه دیر شده بود جواب دادید.', 'واقعاً ممنون از این همه صبر، می‌دونم سفارشم اشتباه ثبت شده بود.',
  ], out);
  vary('promiseKept', false, [
    'قول داده بودید تا شنبه برسه و رسید، ممنون!', 'قول داده بودید هفته بعد خبر بدید، هنوز هیچ عجله‌ای نیست.', 'وعده داده بودید تخفیف بدید، میشه کدش رو بفرستید؟',
    'قول داده بودید امروز تماس بگیرید، من تا ساعت ۵ سر کارم.',
  ], out);
  vary('publicCalm', false, [
    'عکس مبل رو تو اینستاگرام می‌ذارم، خیلی قشنگه! فقط فاکتور رو بفرستید.', 'تو اینستاگرام دیدم تخفیف دارید، ولی سفارشم هنوز نرسیده. کی می‌رسه؟',
    'اسکرین‌شات خطا رو تو تلگرام براتون می‌فرستم، برنامه هنوز باز نمیشه.', 'به پیج اینستاگرامتون پیام دادم ولی هنوز جوابی نیومده، اینجا هم می‌پرسم.',
  ], out);
  vary('refundPolite', false, [
    'سفارشم اشتباه اومد. لطفاً پولمو پس بدید.', 'کالا خراب بود، میشه پول رو برگردونید؟', 'دستگاه خراب بود، پولمو برگردونید ممنون.', 'سفارش رو کنسل کردم چون دیر شد، لطفاً وجه رو برگردانید.',
  ], out);
  vary('exasperCalm', false, ['ممنون واقعاً دیگه! همه چیز عالی بود.', 'اینم از این، دیگه مشکلی نیست واقعاً دیگه!', 'بسته رسید، دستتون درد نکنه واقعاً دیگه!'], out);
  return out;
}

export function runFaMatrix(items = faFrustMatrix()) {
  const rows = new Map<string, { n: number; fired: number; misses: string[] }>();
  for (const it of items) {
    const key = `${it.frustrated ? 'frustrated' : 'calm'} ${it.kind}`;
    const row = rows.get(key) ?? { n: 0, fired: 0, misses: [] };
    const fired = readCustomerTone(it.text).cues.some((c) => c.kind === 'frustrated');
    row.n++;
    if (fired) row.fired++;
    if (fired !== it.frustrated) row.misses.push(it.text);
    rows.set(key, row);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = runFaMatrix();
  const misses = process.argv.includes('--misses');
  const total: Record<string, [number, number]> = {};
  for (const [key, r] of rows) {
    console.log(`${key.padEnd(34)} read frustrated ${r.fired} / ${r.n}`);
    const t = key.split(' ')[0];
    total[t] = [(total[t]?.[0] ?? 0) + r.fired, (total[t]?.[1] ?? 0) + r.n];
    if (misses) for (const m of r.misses) console.log(`    ${JSON.stringify(m)}`);
  }
  for (const [t, [f, n]] of Object.entries(total)) console.log(`TOTAL ${t}: read frustrated ${f} / ${n}`);
}
