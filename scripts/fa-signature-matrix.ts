/**
 * Persian signature, notice and quoted-mail matrix (eighteenth session). Complements scripts/sig-quote-matrix.ts, which
 * always puts a closing or a footer wording from its own list under the reply: here the block is built from Persian parts
 * in every arrangement, with and without a closing, and the notices stand directly under a role or unit line with no
 * closing above them. Written from the kinds named in the task (business name line over a third-person notice, role
 * lines, extensions, websites), not from any split's items.
 *
 * Parts: a closing («با احترام»، «با تشکر»، «ارادتمند»، none), a name line, a role line («کارشناس پشتیبانی»، «واحد امور
 * مشترکین»), a company line, a contact line (phone / extension / website); notices (no-reply, unauthorised use, «…
 * مسئولیتی نمی‌پذیرد», never share your password, don't print), each in four spellings: ZWNJ, a space for the ZWNJ, the
 * parts run together, and the Arabic-keyboard letters ي/ك with «لطفا» without its tanwin.
 *
 * Every block must be left out of the draft (no flag in it), while the agent's own negative sentence above it stays
 * flagged. Quoted customer text in Persian forms («در تاریخ … نوشت:», «از: … ارسال: … موضوع:», «پیام اصلی», «شما نوشته
 * بودید: «…»») is never flagged. Look-alikes (kind `own-*`): the agent's own last sentence that reads like a notice
 * («ما مسئولیتی در قبال تأخیر پست نمی‌پذیریم», «لطفاً دیگر به این موضوع پاسخ ندهید، …») with a role line under it or not,
 * and a role/unit word opening a sentence of the reply: must stay flagged.
 *
 *   npx tsx scripts/fa-signature-matrix.ts               per kind: items with a flag in the block / total; negative body kept / total
 *   npx tsx scripts/fa-signature-matrix.ts --list=<kind>  also the failures of that kind (or all)
 */
import { pathToFileURL } from 'node:url';
import { printSigReport, runSigItems, type SigResult } from './sig-quote-matrix.ts';

export interface FaSigItem { kind: string; text: string; blockStart: number; negativeBody: boolean }

const CLEAN = ['سلام آقای کریمی،\n\nدرخواست شما ثبت شد و کارت جدید تا پنج روز کاری برایتان ارسال می‌شود.', 'با سلام و احترام،\nقبض شما اصلاح شد و مبلغ اضافه به حسابتان برگشت.', 'سلام، سفارشتون امروز ارسال شد و فردا می‌رسه.'];
const NEG = ['سلام آقای کریمی،\n\nپرونده را بررسی کردم. ما نمی‌توانیم پول شما را برگردانیم.', 'با سلام،\nاین مشکل شماست، باید قوانین را می‌خواندید.', 'سلام، شما آدرس رو اشتباه وارد کردین، ما کاری نمی‌تونیم بکنیم.'];

const CLOSING = ['با احترام', 'با احترام،', 'با تشکر', 'با تشکر،', 'ارادتمند', 'ارادتمند شما،', 'با سپاس', ''];
const NAME = ['مریم احمدی', 'علی رضایی', 'سارا محمدی', 'مهندس کامران نوری'];
const ROLE = ['کارشناس پشتیبانی', 'واحد امور مشترکین', 'کارشناس ارشد فروش', 'مسئول پذیرش', 'کارشناس امور مشتریان', 'اپراتور مرکز تماس', 'مدیر داخلی', 'واحد رسیدگی به شکایات'];
const COMPANY = ['شرکت نوآوران پارس', 'صرافی آرین', 'بیمه آسیا', 'فروشگاه اینترنتی نیلو', 'هتل پارسیان', 'کلینیک دندانپزشکی لبخند', 'آژانس هواپیمایی آسمان', 'بانک سپهر', 'شرکت گاز استان تهران'];
const CONTACT = ['تلفن: ۰۲۱-۸۸۷۷۶۶۵۵ داخلی ۲۱۴', 'داخلی ۱۲', 'تلفن تماس: 021-88776655 (داخلی 214)', 'وب‌سایت: www.nilo.ir', 'www.aseman.ir | ۰۲۱۴۲۰۰۰', 'تلفن گویا: ۱۵۷۵', 'همراه: ۰۹۱۲۱۲۳۴۵۶۷ - ایمیل: info@nilo.ir'];

/** Notices in their standard spelling (ZWNJ); spell() makes the other three. */
const NOTICE = [
  'این ایمیل به‌صورت خودکار ارسال شده، لطفاً به آن پاسخ ندهید.',
  'این پیام به‌صورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.',
  'استفاده، انتشار یا کپی غیرمجاز ممنوع است.',
  'هرگونه استفاده، انتشار یا کپی غیرمجاز از محتوای این ایمیل ممنوع است.',
  'شرکت در قبال محتوای پیوست‌ها مسئولیتی نمی‌پذیرد.',
  'نرخ‌های اعلامی صرفاً جنبه اطلاع‌رسانی دارد و صرافی در قبال تصمیمات مبتنی بر آن مسئولیتی نمی‌پذیرد.',
  'بیمه در قبال اطلاعات نادرست واردشده توسط بیمه‌گذار مسئولیتی نمی‌پذیرد.',
  'هتل در قبال اشیای قیمتی مسئولیتی ندارد.',
  'هرگز رمز خود را در اختیار دیگران قرار ندهید.',
  'هرگز رمز عبور، کد تأیید یا رمز پویای خود را در اختیار دیگران قرار ندهید.',
  'از چاپ این ایمیل خودداری کنید.',
  'لطفاً از چاپ غیرضروری این ایمیل خودداری کنید.',
  'لطفاً به این پیام پاسخ ندهید؛ این صندوق پستی پایش نمی‌شود.',
  'این پیام صرفاً جهت اطلاع‌رسانی است.',
  'مسئولیت صحت اطلاعات اعلامی با فرستنده است و شرکت مسئولیتی در این خصوص نمی‌پذیرد.',
  'کارکنان بانک هرگز رمز کارت شما را درخواست نمی‌کنند.',
];

/** Four spellings: ZWNJ; a space for the ZWNJ; the parts run together; Arabic-keyboard ي/ك and «لطفا». */
export function spell(s: string, v: number): string {
  if (v === 1) return s.replace(/\u200c/g, ' ');
  if (v === 2) return s.replace(/\u200c/g, '').replace(/لطفاً/g, 'لطفا');
  if (v === 3) return s.replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/لطفاً/g, 'لطفا');
  return s;
}

const pick = <T>(a: readonly T[], i: number): T => a[i % a.length];
const faDigits = (s: string) => s.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

type Part = 'closing' | 'name' | 'role' | 'company' | 'contact' | 'notice';
const LAYOUTS: Part[][] = [
  ['closing', 'name'],
  ['closing', 'name', 'role'],
  ['closing', 'name', 'role', 'company'],
  ['closing', 'name', 'role', 'company', 'contact'],
  ['closing', 'role', 'company'],
  ['closing', 'company', 'notice'],
  ['closing', 'name', 'role', 'notice'],
  ['closing', 'name', 'role', 'company', 'contact', 'notice'],
  ['name', 'role'],
  ['name', 'role', 'company'],
  ['name', 'role', 'company', 'contact'],
  ['role', 'company'],
  ['role', 'notice'],
  ['company', 'notice'],
  ['name', 'role', 'notice'],
  ['role', 'company', 'notice'],
  ['name', 'company', 'contact', 'notice'],
  ['role', 'contact', 'notice'],
  ['company', 'contact', 'notice'],
  ['role', 'company', 'notice', 'notice'],
];

function signatureItems(): FaSigItem[] {
  const out: FaSigItem[] = [];
  let n = 0;
  for (const [li, layout] of LAYOUTS.entries()) {
    for (const sep of ['\n\n', '\n', '\n\n--\n']) {
      for (const negBody of [false, true]) {
        for (let v = 0; v < 4; v++) {
          for (let w = 0; w < 4; w++) {
            n++;
            const body = negBody ? pick(NEG, n) : pick(CLEAN, n);
            let notices = 0;
            const vals = layout
              .map((p) => {
                if (p === 'closing') return pick(CLOSING, n + w);
                if (p === 'notice') return spell(pick(NOTICE, n * 3 + w * 5 + li + notices++), v);
                const a = { name: NAME, role: ROLE, company: COMPANY, contact: CONTACT }[p];
                return spell(pick(a, n * 7 + w * 3 + li), v);
              })
              .filter((x) => x !== '');
            let block = vals.join(w === 3 ? '\n\n' : '\n');
            if (w % 2 === 1) block = faDigits(block);
            out.push({ kind: `sig-${layout.join('+')}`, text: body + sep + block, blockStart: body.length, negativeBody: negBody });
          }
        }
      }
    }
  }
  return out;
}

const ANGRY = ['چرا هنوز پول من برنگشته؟ نمی‌تونم دیگه صبر کنم، این چه وضعشه!', 'شما واقعاً بی‌مسئولیت هستید و دیگر هرگز از شما خرید نمی‌کنم.', 'هیچ‌کس جواب تلفن رو نمی‌ده. افتضاحه!', 'این بدترین آژانسیه که دیدم، پولمو برگردونید.'];
const QUOTES: ((a: string, b: string) => string)[] = [
  (a, b) => `در تاریخ ۱۴۰۲/۰۸/۱۲، علی رضایی نوشت:\n> ${a}\n> ${b}`,
  (a, b) => `در تاریخ ۱۲ مهر ۱۴۰۳، علی رضایی نوشت:\n> ${a} ${b}`,
  (a, b) => `در تاریخ شنبه ۱۰ آذر ۱۴۰۳ ساعت ۱۰:۱۵، مریم احمدی <maryam@example.com> نوشت:\n${a}\n${b}`,
  (a, b) => `از: مریم احمدی\nارسال: دوشنبه ۱۲ شهریور ۱۴۰۲\nبه: پشتیبانی\nموضوع: عدم استرداد وجه\n\n${a} ${b}`,
  (a, b) => `از: فاطمه احمدی\nارسال: دوشنبه ۵ آذر ۱۴۰۳\nبه: پشتیبانی\nموضوع: باز هم نمی‌شود!\n\n${a}\n${b}`,
  (a, b) => `از: رضا کریمی <reza@example.com>\nارسال شده: ۱۰ آذر ۱۴۰۳\nموضوع: شکایت\n${a}\n${b}`,
  (a, b) => `-----پیام اصلی-----\nاز: رضا کریمی\nارسال: شنبه ۱۰ آذر ۱۴۰۳\nبه: پشتیبانی فنی\nموضوع: از دست رفتن اطلاعات سایت\n\n${a} ${b}`,
  (a, b) => `----- پیام اصلی -----\nفرستنده: سارا نوری\nموضوع: لغو تور\n${a} ${b}`,
  (a, b) => `--- پیام اصلی ---\n${a}\n${b}`,
  (a, b) => `پیام اصلی:\n${a} ${b}`,
  (a, b) => `شما نوشته بودید: «${a} ${b}»`,
  (a, b) => `شما نوشته بودید:\n«${a} ${b}»`,
  (a, b) => `شما نوشته بودید:\n${a}\n${b}`,
  (a, b) => `در پیامتان نوشته بودید: «${a}»`,
];

function quoteItems(): FaSigItem[] {
  const out: FaSigItem[] = [];
  let n = 0;
  for (const [fi, form] of QUOTES.entries()) {
    for (const withSig of [false, true]) {
      for (const negBody of [false, true]) {
        for (let v = 0; v < 4; v++) {
          n++;
          const body = (negBody ? pick(NEG, n) : pick(CLEAN, n)) + (withSig ? `\n\n${pick(CLOSING.slice(0, 7), n)}\n${pick(NAME, n)}\n${pick(ROLE, n)}` : '');
          const q = spell(form(pick(ANGRY, v), pick(ANGRY, v + 1)), v);
          out.push({ kind: `quote-${fi}`, text: body + pick(['\n\n', '\n\n\n', '\n'], v) + q, blockStart: body.length, negativeBody: negBody });
        }
      }
    }
  }
  return out;
}

/** The agent's own last words that read like a notice or a unit line: the draft, flagged. */
const OWN = [
  'ما در قبال تأخیر پست مسئولیتی نمی‌پذیریم.',
  'ما هیچ مسئولیتی در قبال کالای آسیب‌دیده نداریم.',
  'لطفاً دیگر به این موضوع پیام ندهید، ما نمی‌توانیم کاری بکنیم.',
  'استفاده از کد تخفیف برای سفارش دوم ممنوع است، باید قوانین را می‌خواندید.',
  'واحد امور مشترکین نمی‌تواند قبض شما را اصلاح کند.',
  'کارشناس پشتیبانی نمی‌تونه این کار رو انجام بده.',
  'شرکت نمی‌تواند هزینه ارسال را برگرداند.',
  'شما باید رمز خود را زودتر عوض می‌کردید.',
  'فروشگاه در قبال تأخیر پست مسئولیتی نمی‌پذیرد.',
  'هتل در قبال اشیای قیمتی مسئولیتی ندارد، باید آن‌ها را در صندوق امانات می‌گذاشتید.',
  'استفاده از این کد برای سفارش دوم غیرمجاز و ممنوع است.',
  'صرافی آرین\nما نرخ دلار امروز را اعلام نمی‌کنیم.',
  'کد رهگیری ۱۲۳۴۵۶۷ هنوز فعال نشده و ما نمی‌تونیم کاری بکنیم.',
  'مرجوعی؟\nمتأسفانه خیر',
  'دیگه امکانش نیست',
  'شماره ۰۲۱۸۸۷۷۶۶۵۵ دیگر فعال نیست، باید زودتر تماس می‌گرفتید.',
];
function ownItems(): FaSigItem[] {
  const out: FaSigItem[] = [];
  let n = 0;
  for (const [oi, o] of OWN.entries()) {
    for (const sig of [0, 1, 2, 3]) {
      for (let v = 0; v < 4; v++) {
        n++;
        const body = 'سلام آقای کریمی،\n\nممنون از پیام شما.\n' + spell(o, v);
        const tail = sig === 0 ? '' : sig === 1 ? `\n\n${pick(NAME, n)}\n${pick(ROLE, n)}` : sig === 2 ? `\n${pick(ROLE, n)}\n${pick(COMPANY, n)}` : `\n\n${pick(CLOSING.slice(0, 7), n)}\n${pick(NAME, n)}\n${pick(ROLE, n)}\n${pick(CONTACT, n)}`;
        out.push({ kind: `own-${oi}`, text: body + tail, blockStart: -1, negativeBody: true });
      }
    }
  }
  return out;
}

export const faSignatureMatrix = (): FaSigItem[] => [...signatureItems(), ...quoteItems(), ...ownItems()];

export type FaSigResult = SigResult<FaSigItem>;
export const runFaSignatureMatrix = (): Promise<FaSigResult[]> => runSigItems(faSignatureMatrix());

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printSigReport(await runFaSignatureMatrix(), (r) => r.item.kind, 44);
