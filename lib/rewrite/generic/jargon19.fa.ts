/**
 * Persian back-office jargon, nineteenth session (rwfa19): families written from how Iranian back offices talk, checked on
 * scripts/fa-matrix19.ts (each family with look-alikes that must stay quiet). Read by `readJargonFa` (jargon.ts) after its
 * own pass; a hit overlapping one of its own is dropped.
 *
 *  - a support tier named by its loanword and number after a handover: «تیکتتون رفت تیر ۲», «فرستادمش لول دو»
 *    (not a date: «۲ تیر», «تیر ۱۴۰۳»; not a game level without a ticket or a handover);
 *  - an error number said bare: «با خطای ۶۱ ناموفق شد», «ارور ۵۱ میده» (not «خطای ۲ درصدی», «با خطای ۵ دقیقه»);
 *  - message and fault codes of a trade: SWIFT «MT103» in a sentence about money, an OBD fault «P0420» in a sentence about
 *    a car or after «کد / ارور / خطای»;
 *  - two-word terms of a trade: tax notices and boards («برگ تشخیص», «برگ قطعی», «هیئت بدوی», «علی‌الرأس»), brokerage
 *    («تغییر ناظر», «مارجین کال», «اسلیپیج»), exchange tests («تست لوپ»), a parcel's scans («اسکن ورودی»), ledger coding
 *    («کدینگ معین», «معین و تفصیلی»), a car's allocation («تخصیص نخورده»).
 *
 * Keys are token norms folded as jargon.ts does (no ZWNJ, ئ read as ی, digits ASCII).
 */
import type { Token } from '../../nlp/index.ts';
import type { GenericHit } from './types.ts';

const fold = (s: string) => (s.includes('ئ') ? s.replace(/ئ/g, 'ی') : s);
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map((w) => fold(w.replace(/\u200c/g, ''))));

/** Tier words and the numbers of a tier (one to three). */
const TIER = set('تیر لول لایه لِوِل');
const TIER_NUM = set('یک دو سه 1 2 3');
/** A handover right before the tier: «رفت / فرستادم / ارجاع شد / منتقل شد / اسکالیت شد (به)». */
const HANDOVER = /^(?:فرستادم|فرستادیم|فرستادمش|فرستادیمش|فرستاده|فرستادن|ارجاع|ارجاعش|منتقل|اسکالیت|اسکالیتش)$/;
/** Words that make a sentence one about a ticket or a handover («رفت تیر ۲» then reads as one). */
const SUPPORT = /تیکت|کیس|ارجاع|اسکالیت|پشتیبانی|کارشناس|درخواست|پرونده|sla/i;

/** Bare error words before a number. */
const ERROR_WORD = set('خطای ارور اررور error');
/** Units after a number: a margin of error, not an error code. */
const UNIT_AFTER = set('درصد درصدی دقیقه دقیقهای ثانیه ثانیهای روز ساعت میلیمتر سانت سانتیمتر متر کیلو گرم بار تا نفر');

const MONEY = /حواله|سوییفت|سوئیفت|swift|بانک|واریز|حساب|ارز|پرداخت|وجه|انتقال/i;
const CAR = /ماشین|خودرو|موتور|دیاگ|ecu|ایسیو|سنسور|کاتالیزور|کاتالیست|چراغ\s*چک|انژکتور|گیربکس|اویل|بنزین|مکانیک/i;

/** Two- and three-word terms (folded; `a|b` alternatives). */
const PHRASES: readonly (readonly string[])[] = [
  // Tax: the assessment, final and enforcement notices; the first-instance and appeal boards by their stage alone.
  ['برگ|برگه', 'تشخیص|قطعی|اجرایی|مطالبه'],
  ['هیات|هیئت|هییت', 'بدوی|تجدیدنظر|تجدیدنظرخواهی'],
  // Brokerage: the change of a share's broker, a margin call.
  ['تغییر', 'ناظر|کارگزارناظر'],
  ['مارجین', 'کال'],
  ['کال', 'مارجین'],
  // Telecom: the loop test of a line at the exchange.
  ['تست|تستهای', 'لوپ|لوپبک'],
  ['لوپ', 'تست'],
  // Logistics: a parcel's inbound / outbound / hub scan.
  ['اسکن', 'ورودی|خروجی|هاب|ورود|خروج'],
  // Accounting software: the ledger's coding levels.
  ['کدینگ', 'معین|تفصیلی|حساب|حسابها|حسابداری'],
  ['معین', 'و', 'تفصیلی'],
  // Tax: an assessment on estimate, written in two words.
  ['علی', 'الراس|الرأس'],
  // Car sales: a car's allocation "taken" or not.
  ['تخصیص', 'نخورده|خورده|نخورد|خورد|بخوره|میخوره|نمیخوره|نخوردهاست|خوردهاست'],
].map((p) => p.map((x) => fold(x.replace(/\u200c/g, ''))));
const BY_FIRST = new Map<string, (readonly ReadonlySet<string>[])[]>();
for (const p of PHRASES) {
  const slots = p.map((x) => new Set(x.split('|')));
  for (const first of p[0].split('|')) BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), slots]);
}
/** Single words of a trade (folded): a tax assessment on estimate; a trade's slippage and liquidation. */
const TERMS = set('علیالراس علیالرأس اسلیپیج اسلیپج لیکویید لیکوییدیت مارجینکال کالمارجین لاینهال مانیفست مانیفستش');

/** The first word token after k (or undefined). */
function nextWord(tokens: readonly Token[], k: number): number {
  for (let m = k + 1; m < tokens.length; m++) if (tokens[m].word) return m;
  return -1;
}
function prevWord(tokens: readonly Token[], k: number): number {
  for (let m = k - 1; m >= 0; m--) if (tokens[m].word) return m;
  return -1;
}
const key = (t: Token) => (t.lang === 'fa' ? fold(t.norm) : t.norm);

/** Cheap test on the sentence before any token is read: one of the families' first words can occur. */
const MAY = /(?:تیر|لول|لایه)\s*(?:[0-9۰-۹]|یک|دو|سه)|(?:خطای|ارور|اررور|[Ee]rror|ERROR)\s*[0-9۰-۹]|MT\d{3}|[PBCU][0-3]\d{3}|برگه?\s*(?:تشخیص|قطعی|اجرایی|مطالبه)|ه[یي][اأئی]ت\s*(?:بدو|تجدید)|ناظر|مارجین|لوپ|اسکن\s*(?:ورود|خروج|هاب)|کدینگ|معین\s*و|تخصیص\s*(?:ن?خورد|ب?خوره|نمیخوره|میخوره)|علی\s*ال|اسلیپ|لیکو|لاینهال|مانیفست/;

/** The jargon hits of this file in one sentence (sorted by start). */
export function readJargon19Fa(text: string, tokens: readonly Token[]): GenericHit[] {
  // Arabic ي/ك and ZWNJ folded for the sentence-wide tests (tokens are folded already).
  const plain = /[يكة\u200c]/.test(text) ? text.replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/\u200c/g, '') : text;
  if (!MAY.test(plain)) return [];
  const out: GenericHit[] = [];
  const add = (s: number, e: number, construction: 'internal-jargon' | 'loanword') => {
    if (out.length && out[out.length - 1].end > s) return;
    out.push({ start: s, end: e, category: 'jargon', construction });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    const w = key(t);
    // Trade phrases.
    const cands = BY_FIRST.get(w);
    if (cands) {
      let done = false;
      for (const slots of cands) {
        let j = k;
        let ok = true;
        for (let i = 1; i < slots.length; i++) {
          j = nextWord(tokens, j);
          if (j < 0 || !slots[i].has(key(tokens[j]))) {
            ok = false;
            break;
          }
        }
        if (ok) {
          add(t.start, tokens[j].end, 'internal-jargon');
          k = j;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    if (TERMS.has(w)) {
      add(t.start, t.end, 'internal-jargon');
      continue;
    }
    // A support tier after a handover: «رفت تیر ۲», «فرستادمش لول دو».
    if (TIER.has(w)) {
      const n = nextWord(tokens, k);
      const p = prevWord(tokens, k);
      if (n >= 0 && TIER_NUM.has(key(tokens[n]))) {
        const after = nextWord(tokens, n);
        // «تیر دو تا»: a count, not a tier; «تیر ۲ ۱۴۰۳»: a date.
        if (after >= 0 && (key(tokens[after]) === 'تا' || /^\d{2,4}$/.test(tokens[after].norm))) continue;
        if ((p >= 0 && HANDOVER.test(key(tokens[p]))) || SUPPORT.test(plain)) add(t.start, tokens[n].end, 'internal-jargon');
      }
      continue;
    }
    // A bare error number: «خطای ۶۱», «ارور ۵۱» (not a margin «خطای ۲ درصدی»; «کد خطای …» is read by jargon.ts).
    if (ERROR_WORD.has(w)) {
      const n = nextWord(tokens, k);
      if (n >= 0 && /^\d{2,4}$/.test(tokens[n].norm)) {
        const after = nextWord(tokens, n);
        if (!(after >= 0 && UNIT_AFTER.has(key(tokens[after])))) add(t.start, tokens[n].end, 'internal-jargon');
      }
      continue;
    }
    if (t.lang === 'en') {
      if (/^MT\d{3}$/.test(t.text) && MONEY.test(plain)) add(t.start, t.end, 'internal-jargon');
      else if (/^[PBCU][0-3]\d{3}$/.test(t.text)) {
        const p = prevWord(tokens, k);
        if (CAR.test(plain) || (p >= 0 && /^(?:کد|ارور|خطا|خطای)$/.test(key(tokens[p])))) add(t.start, t.end, 'internal-jargon');
      }
    }
  }
  return out;
}

/**
 * «در کارتابل شما قرار گرفت», «کارتابلتون», «رمز عبور کارپوشه», «مابه‌التفاوت به حسابتان برگشت»: the customer's own
 * inbox on a portal they log into, or a refund of the difference, is a word they read every day; the back office's
 * cartable («عودت به کارپوشه», «کارتابل کارشناس») and a deduction of the difference («کسر مابه‌التفاوت») stay jargon.
 */
export function faOwnPortal(tokens: readonly Token[], k: number, folded: string): boolean {
  if (/^مابهالتفاوت/.test(folded)) {
    const p = prevWord(tokens, k);
    return !(p >= 0 && /^(?:کسر|اعمال|محاسبه|بابت)$/.test(key(tokens[p])));
  }
  if (!/^(?:کارتابل|کارپوشه)/.test(folded)) return false;
  if (/(?:تون|تان)$/.test(folded)) return true;
  const n = nextWord(tokens, k);
  const p = prevWord(tokens, k);
  if (n >= 0 && /^(?:شما|جنابعالی|خودتون|خودتان|سامانه|شخصی|کاربری)$/.test(key(tokens[n]))) return true;
  if (p >= 0 && /^(?:عبور|رمز|ورود|سامانه|سایت|پورتال|وارد)$/.test(key(tokens[p]))) return true;
  return /^کارپوشه/.test(folded) && portalInUse(tokens, k, p, n);
}

/** Staff, units and hand-overs: whose cartable it is when it is not the customer's. */
const PORTAL_STAFF = /^(?:کارشناس|کارشناسان|همکار|همکاران|واحد|اداره|ممیز|ممیزی|مسئول|بخش|مدیر|کارمند|اپراتور|حسابرس|بازرس|دفتر|معاون|رئیس|سرپرست|داخلی|کارکنان)/;
/** What the customer does with their portal inbox, or finds there (folded words of the sentence). */
const PORTAL_USE = /^(?:بارگذاری|آپلود|مشاهده|ببینید|ببینین|ببین|بینید|دریافت|دانلود|کفایت|قرار|اومده|آمده|رسیده|بازش|بزنید|بزنین|ثبت|شوید|بشید|بشین|شین)$/;
/** A hand-over or a wait: the back office's queue («ارجاع به کارتابل»، «در انتظار بررسی»). */
const PORTAL_QUEUE = /^(?:ارجاع|عودت|انتظار|بررسی|رسیدگی|کارشناسی|تایید|تأیید)$/;

/**
 * (rwfap26) «در کارپوشه بارگذاری شد», «از طریق کارپوشه … ببینید», «تو کارپوشه یه پیام برات اومده»: the public tax
 * portal's inbox, a name the customer reads on the portal itself, named as a place (after «در / تو / توی / داخل / طریق»),
 * the sentence saying what the customer finds or does there; not someone's («کارپوشه ممیز») nor a hand-over or a wait.
 * «کارتابل» is an office word for a work queue and stays jargon as a place (two writers of other splits mark it).
 */
function portalInUse(tokens: readonly Token[], k: number, p: number, n: number): boolean {
  if (p < 0 || !/^(?:در|تو|توی|داخل|طریق)$/.test(key(tokens[p]))) return false;
  if (n >= 0 && PORTAL_STAFF.test(key(tokens[n]))) return false;
  let use = false;
  for (let j = 0; j < tokens.length; j++) {
    if (!tokens[j].word || j === k) continue;
    const w = key(tokens[j]);
    if (PORTAL_QUEUE.test(w)) return false;
    if (PORTAL_USE.test(w)) use = true;
  }
  return use;
}
