/**
 * The Persian sign-off block with no closing above it, of any length, and the notices under it (eighteenth session;
 * scripts/fa-signature-matrix.ts is its family matrix). signature.ts step 3 reads a unit line with at most two lines
 * under it; this reads the draft's last run of sign-off lines from the bottom up:
 *
 *   مریم احمدی                      a name line (short, no verb, no sentence punctuation)
 *   کارشناس پشتیبانی                a role line («کارشناس …», «مسئول …», «اپراتور …», «واحد امور مشترکین»)
 *   صرافی آرین                      a company or unit line (signature.ts's unit words, and a business noun)
 *   تلفن: ۰۲۱-… داخلی ۲۱۴ | www…     a contact line
 *   … مسئولیتی نمی‌پذیرد.            a notice, counted only under one of the lines above
 *
 * Notices read here and nowhere else (only under a role / unit / company / contact line, so the agent's own last sentence
 * with no sign-off above it stays the draft): an institution's third-person disclaimer without «هیچ‌گونه» («صرافی در قبال
 * … مسئولیتی نمی‌پذیرد», «هتل در قبال … مسئولیتی ندارد»; the agent's «ما … نمی‌پذیریم» has a first-person verb and is no
 * notice), unauthorised use («استفاده، انتشار یا کپی غیرمجاز ممنوع است»), never share your password («هرگز رمز خود را در
 * اختیار دیگران قرار ندهید», «کارکنان بانک هرگز رمز شما را درخواست نمی‌کنند»), don't print («از چاپ این ایمیل خودداری کنید»), for information only («صرفاً جنبه
 * اطلاع‌رسانی دارد»), and every footer wording footer.ts knows.
 *
 * The block must hold a role, unit or company line in Persian (a bare name line or a contact line is no anchor: an English
 * draft's phone line or a sentence with a number is left alone), it must begin below the
 * draft's first own line, and a line with a verb of a sentence («واحد امور مشترکین نمی‌تواند …») ends it. Keys are
 * folded (signature.ts's key: ZWNJ as a space, Arabic letters folded, tanwin dropped).
 */
import { isDraftFooterKey } from './footer.ts';
import { isFaNotice19 } from './signature.fa19.ts';
import { signOffTailStart, type SignOffTests } from './signoff-tail.ts';
import { isFaAnchor32, isFaContact32, isFaNotice32 } from './signature32.fa.ts';

/**
 * A verb or sentence punctuation: the line is a sentence of the reply (signature.ts's FA_UNIT_VERB without its «…ند/…ست»
 * endings, which took «کلینیک دندانپزشکی لبخند» for a verb; the copulas and «ندارد/نداریم» named instead).
 */
const VERB = /(?:^| )(?:ن?می |ن?می(?=\p{L})|(?:است|هست|هستند|هستیم|نیست|نیستیم|بود|باشد|شد|شده|کرد|کنید|کنیم|کنند|باشید|بفرمایید|لطفا|باید|نمی|ندارد|ندارم|نداریم|داریم|دارد|دارند|میشه|نمیشه|نمیشود))(?!\p{L})|(?:یم|ید)$|[.!؟?:؛;]$/u;
/** Role nouns that lead a role line. */
const ROLE_LEAD = /^(?:[-–—]\s*)?(?:کارشناس|مسئول|مسوول|سرپرست|مدیر|دبیر|ویراستار|مدیریت|اپراتور|نماینده|مشاور|کارمند|پشتیبان|رئیس|رییس|معاون|منشی|متصدی|کارپرداز|واحد|تیم|دفتر|امور|مرکز|بخش|اداره|دبیرخانه|روابط عمومی|پذیرش|میز|صندوق|حسابداری|انبار|فروش|خدمات)(?![\p{L}\p{M}])/u;
/** Business nouns that lead a company line (beyond signature.ts's unit words). */
const COMPANY_LEAD = /^(?:[-–—]\s*)?(?:شرکت|صرافی|بیمه|بانک|هتل|کلینیک|آژانس|فروشگاه|هواپیمایی|موسسه|مؤسسه|گروه|مجموعه|نمایندگی|شعبه|بیمارستان|داروخانه|آزمایشگاه|مطب|آموزشگاه|دانشگاه|دانشکده|رستوران|کافه|باشگاه|سامانه|اپلیکیشن|پلتفرم|پیج|انتشارات|تعمیرگاه|خانه|کارگاه|سازمان|اتحادیه|هلدینگ|پارک|مجتمع|پاساژ|تور|گالری|استودیو)(?![\p{L}\p{M}])/u;
/** A contact line: phone, extension, web, mail, address. */
const CONTACT = /(?:^|[\s|:])(?:تلفن|تلفن تماس|تلفن گویا|داخلی|همراه|موبایل|فکس|نمابر|وب ?سایت|سایت|ایمیل|پست الکترونیک|نشانی|آدرس|کد پستی|تلگرام|اینستاگرام|واتساپ|شماره تماس)(?:\s*[:：]|\s+[\d۰-۹(+])|www\.|https?:|\S@\S|(?:^|[\s:])[\d۰-۹][\d۰-۹\s()+\-]{3,}[\d۰-۹]/u;
/** Notices under a sign-off line only. */
const NOTICE_UNDER_SIG =
  /(?:استفاده|انتشار|کپی|کپی ?برداری|تکثیر|بازنشر|افشا|نسخه ?برداری)[^.!؟\n]{0,60}(?:غیر ?مجاز|بدون (?:اجازه|مجوز|هماهنگی))[^.!؟\n]{0,40}(?:ممنوع|پیگرد|مجاز نیست|مجاز نمی ?باشد)|مسئولیتی[^.!؟\n]{0,50}(?:نمی ?پذیرد|ندارد|نخواهد داشت|نمی ?باشد|نمی ?گیرد)(?![\p{L}])|(?:هرگز|هیچ ?گاه|هیچ ?وقت|به هیچ وجه|تحت هیچ شرایطی)[^.!؟\n]{0,60}(?:رمز|کد|پین|اطلاعات کارت|اطلاعات حساب)[^.!؟\n]{0,60}(?:قرار ندهید|ندهید|نگذارید|اعلام نکنید|نفرستید)|(?:هرگز|هیچ ?گاه|هیچ ?وقت)[^.!؟\n]{0,60}(?:رمز|کد|پین|اطلاعات کارت)[^.!؟\n]{0,40}(?:درخواست|سوال|سؤال|نمی ?پرس|نمی ?خواه)|از چاپ[^.!؟\n]{0,30}(?:ایمیل|پیام|نامه)[^.!؟\n]{0,20}خودداری|جنبه (?:اطلاع ?رسانی|اطلاعاتی)|(?:صرفا|فقط|تنها) (?:جهت|برای) اطلاع ?رسانی/u;

/** A contact line: a member of the block, never its anchor, and never a sentence («کد رهگیری ۱۲۳۴۵ هنوز فعال نشده»). */
const isContact = (k: string) => (k.length <= 90 && CONTACT.test(k) && !VERB.test(k) && k.split(' ').length <= 10) || isFaContact32(k);
const shortNoVerb = (k: string, words: number) => k.length <= 50 && /[\u0600-\u06ff]/.test(k) && k.split(' ').length <= words && !VERB.test(k.replace(/[،,]$/, ''));
/** A role, unit or company line: an anchor of the block. */
// (wrongfa30) A unit named by a noun in «…ید» («دبیر بخش تولید», «واحد خرید»): no second person plural verb.
const UNIT_NOUN_YD = / (?:تولید|خرید|بازدید|تمدید|تایید|کلید)$/;
const isAnchor18 = (k: string) => (shortNoVerb(k.replace(UNIT_NOUN_YD, ''), 6) && (ROLE_LEAD.test(k) || COMPANY_LEAD.test(k))) || isOneLineSig(k);
// (rwfa32) A line led by a bullet emoji, the channel's admin, a shop by its everyday word (./signature32.fa.ts).
const isAnchor = (k: string) => isAnchor18(k) || isFaAnchor32(k, shortNoVerb, isAnchor18);
/** A one-line sign-off «مریم | پذیرش | کلینیک لبخند» (nineteenth session): two to four short parts, one of them a role or company. */
function isOneLineSig(k: string): boolean {
  if (k.length > 90 || !/\s[|·•]\s/.test(k)) return false;
  const parts = k.split(/\s+[|·•]\s+/).map((p) => p.trim()).filter((p) => p !== '');
  // A name part may end like a verb («مریم»): the parts need only be short, unpunctuated and free of «می/نمی» verbs.
  const short = (p: string) => p.length <= 40 && p.split(' ').length <= 5 && !/[.!؟?:؛;،,]$/.test(p) && !/(?:^| )ن?می(?: |\p{L})/u.test(p) && !/(?:^| )(?:است|نیست|هست|شد|بود)$/.test(p);
  return parts.length >= 2 && parts.length <= 4 && parts.every(short) && parts.some((p) => shortNoVerb(p, 5) && (ROLE_LEAD.test(p) || COMPANY_LEAD.test(p)));
}
/**
 * A brand line with its standing notice after a bar or a dash (twentieth session; scripts/neutral20-matrix.fa.ts, kind
 * `footer`): «پست‌یار | از ارسال کالاهای ممنوعه خودداری کنید», «هتل ساحل | ورود حیوانات خانگی ممنوع است», «آموزشگاه … |
 * شهریه پرداختی قابل استرداد نیست». The head is a short name with no verb; the notice ends in a standing request, a
 * prohibition, a not-returnable rule, a disclaimer or a forfeit, with no first-person verb: the shop's line, not this reply's.
 */
const STANDING_NOTICE =
  /(?:خودداری (?:کنید|فرمایید|نمایید|شود|گردد)|ممنوع(?:ه)?(?: (?:است|می ?باشد|میباشد))?|غیر ?مجاز(?: (?:است|می ?باشد))?|قابل (?:استرداد|تعویض|مرجوع|برگشت|انتقال|بازگشت) (?:نیست|نمی ?باشد|نمیباشد)|مسئولیتی[^.!؟\n]{0,50}(?:نمی ?پذیرد|ندارد)|واگذار (?:می ?شود|میشود|خواهد شد)|الزامی (?:است|می ?باشد)|(?:قرار|ارائه) ندهید)\s*[.!]?$/;
function isBrandNoticeLine(k: string): boolean {
  if (k.length > 160) return false;
  const m = /^([^|—–]{2,40}?)\s+[|—–]\s+(.+)$/.exec(k);
  if (!m) return false;
  const head = m[1].trim();
  const notice = m[2].trim();
  return shortNoVerb(head, 4) && !NOT_A_NAME.test(head) && !FIRST_PERSON.test(notice) && (STANDING_NOTICE.test(notice) || isNotice(notice));
}
const FIRST_PERSON = /(?:^| )(?:ما|من|نمی ?توانیم|نمیتونیم|نمی ?کنیم|نداریم|میکنیم|می ?کنیم|کردیم|هستیم)(?= |$)/;

/** A name line («مریم احمدی», «مهندس کامران نوری», «ارادتمند شما،»): in the block, never its anchor. */
const NOT_A_NAME = /(?:^| )(?:خیر|نه|متاسفانه|متاسفانع|متسفانه|هیچ|هیچی|هرگز|بدون|اصلا|ممنوع|ممنوعه|غیرممکن|غیر ممکن|امکان|امکانش|نمیشه|نمی شه|مشکل|مشکلی|دیگه|ببخشید|شرمنده)(?= |$|[،,])/;
const isNameLike = (k: string) => shortNoVerb(k, 4) && !NOT_A_NAME.test(k);
/**
 * (wrongfa30) A publisher's or sender's disclaimer of commitment in the third person: «ناشر هیچ تعهدی در قبال نسخه‌های
 * تأییدنشده ندارد», «مسئولیت محتوای پیوست با نویسنده است» (the agent's «ما … تعهدی نداریم» is first person).
 */
const NOTICE30 = /(?:هیچ ?گونه|هیچ) تعهدی[^.!؟\n]{0,60}(?:ندارد|نمی ?پذیرد|نخواهد داشت)(?![\u0600-\u06ff])|مسئولیت (?:محتوا|محتوای|محتوی|مطالب|مندرجات|صحت)[^.!؟\n]{0,30} (?:با|بر عهده ?ی?) (?:نویسنده|فرستنده|مولف|مؤلف|نگارنده|ارسال ?کننده|صاحب اثر)(?: آن)? (?:است|می ?باشد)/;
const isNotice = (k: string) => k.length <= 400 && (NOTICE_UNDER_SIG.test(k) || isDraftFooterKey(k) || isFaNotice19(k) || NOTICE30.test(k) || isFaNotice32(k));

const TESTS: SignOffTests = { isAnchor: (k) => isAnchor(k) || isBrandNoticeLine(k), isContact, isNameLike, isNotice, nameUnderContact: false, noticesAtBottom: false };

/**
 * Where the Persian sign-off block the draft ends with begins (an index into `keys`), or -1. `keys`: the own lines' keys,
 * '' for a blank line; `firstOwn`: the draft's first own line (never in the block).
 */
export function faSignOffTailStart(keys: readonly string[], firstOwn: number): number {
  return signOffTailStart(keys, firstOwn, TESTS);
}
