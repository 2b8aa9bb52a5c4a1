/**
 * Persian back-office vocabulary by trade (issue 12, rwfa9): the words Iranian companies use among themselves for their own
 * systems, teams, steps and statuses, which a customer reading a support reply would not know. Read by `readJargonFa`
 * (jargon.ts) in one call, `faTradeJargonAt`, before its own tables.
 *
 * Written from how Iranian back offices talk, not from any split's misses. Trust before coverage: a listed word is jargon in
 * every sentence it appears in, or it carries a condition (a money word in the sentence, a team word before it). Left out
 * on purpose, because customers use them: کنسل، پیگیری، کد رهگیری، شبا، رمز پویا، OTP، تسویه، تیکت، باگ، سرور، آپدیت،
 * رومینگ، بارنامه، مرسوله، واچر، چارتری، سیستمی، انشعاب، علمک، خاموشی، مدیریت بار، گلستان، سما، ارزشیابی، سنوات، سجام،
 * ثنا، صیاد، سیبا، بیمه‌گذار، الحاقیه، کارشناس بازدید، کال‌سنتر، سوپروایزر، وریفای، لاگ، تسک، اینونتوری، کیس (a PC
 * case), پیکاپ (a pick-up truck), ام‌دی‌اف (a furniture board), «کمیسیون ماده ۱۰۰» (the name of a citizen's own building
 * case), «صف بررسی / صف پیگیری», «تیم عملیات», «واحد صدور» (plain Persian a customer reads as meant).
 * Checked on Shekasteh and ArmanEmo (24,197 sentences): one hit, "back-end" in a job advert.
 *
 * Keys are folded like the reader's tokens: no ZWNJ (a word written with ZWNJ is one token: «بک‌آفیس» → بکآفیس), no
 * diacritics, ئ read as ی, Persian digits as ASCII.
 */
import { faFormAnswer, faSlotKey, type Token } from '../../nlp/index.ts';
import { BoundedMemo } from '../../text/memo.ts';
import { words } from './en.ts';

const fold = (s: string) => s.replace(/\u200c/g, '').replace(/ئ/g, 'ی');
const list = (s: string) => words(fold(s));

/**
 * Single words by trade, each a back-office word in every sentence (folded). `loan`: an English loanword in Persian letters
 * (advice: say it in Persian); the rest name a system, a unit or a procedure (advice: explain or leave out).
 */
const TRADES: readonly { trade: string; loan: string; term: string }[] = [
  {
    trade: 'banking and payments',
    // کلیرینگ، نوسترو/وسترو: interbank settlement accounts; دیسپیوت: a card dispute filed between banks; کربنکینگ: the core
    // banking system; مغایرت‌گیری: the reconciliation desk's work; پی‌اس‌پی: the payment provider behind a POS, said in letters.
    loan: 'کلیرینگ نوسترو وسترو دیسپیوت کربنکینگ کوربنکینگ پیاسپی',
    // مغایرت‌گیری: reconciliation; اتکایی is insurance (below); چکاوک/سمات alone need a money word (FA_MONEY_ONLY).
    term: 'مغایرتگیری',
  },
  {
    trade: 'telecom and ISPs',
    // رانژه: the cross-connect at the exchange; کافو: the street cabinet; دی‌اس‌لم: exchange equipment in letters (not
    // «ام‌دی‌اف», also the MDF board of a furniture shop);
    // سیگنالینگ، سوئیچینگ، اینترکانکت: network-core words; ام‌ان‌پی: number porting in letters.
    loan: 'سیگنالینگ سوییچینگ اینترکانکت اینترکانکشن دیاسلم امانپی',
    term: 'رانژه کافو',
  },
  {
    trade: 'insurance',
    // اتکایی: reinsurance; قائم‌مقامی: subrogation; سنهاب: the regulator's central insurance system.
    loan: '',
    term: 'اتکایی قایممقامی سنهاب',
  },
  {
    trade: 'e-commerce and logistics',
    // Warehouse and line-haul steps: cross-dock, sorting, picking, inbound/outbound, cut-off, drop-ship; سلر: a marketplace
    // seller (the customer says «فروشنده»); ریترن: a return in the warehouse's word; اس‌کی‌یو: SKU in letters.
    loan: 'کراسداک سورتینگ پیکینگ اینباند اوتباند اوتباند کاتاف دراپشیپ سلر ریترن اسکییو',
    term: '',
  },
  {
    trade: 'airlines and travel',
    // Reservation-system words: overbooking, no-show, reissue, void, endorse, allotment, the GDS Amadeus, PNR in letters.
    loan: 'اوربوکینگ اووربوکینگ اوربوک اووربوک نوشو ریایشو ریاشو ووید اندورس الوتمنت آلوتمنت امادیوس آمادیوس پیانار',
    term: '',
  },
  {
    trade: 'government e-services and office mail',
    // هامش: the margin note an official writes on a letter; ذی‌حساب: the state accounting officer. («اتوماسیون» alone is also
    // home automation, «اندیکاتور» a trader's indicator: phrases below.)
    loan: '',
    term: 'هامش ذیحساب',
  },
  {
    trade: 'healthcare administration',
    // اچ‌آی‌اس: the hospital information system in letters (HIS in capitals is read by faCapsCode).
    loan: 'اچآیاس اچایاس',
    term: '',
  },
  {
    trade: 'SaaS and IT',
    // Engineering words (not «لاگ»: gamers and webmasters use it): bug fix, staging / production, commit, branch, cron job, webhook, query, back end / front end,
    // post-mortem, reproduce, Jira, refactor, load balancer, Kubernetes, endpoint. (Not «تسک»: users of any task app say
    // it; not «لاگ»; not «پچ», also a whisper.)
    loan: 'ریفکتور ریفکتورینگ لودبالانسر کوبرنتیز اندپوینت باگفیکس استیجینگ پروداکشن پراد کامیت برنچ کرونجاب وبهوک کوییری بکاند بکاند فرانتاند پستمورتم ریپرو جیرا',
    term: '',
  },
  {
    trade: 'utilities',
    // دیماند: the demand charge of an industrial meter. (فیدر alone is also a baby feeder, رایزر a GPU riser: phrases below.)
    loan: 'دیماند',
    term: '',
  },
  {
    trade: 'print and publishing',
    // (jargon30) بلید: the bleed a print file needs past the trim; فیپا: the cataloguing-in-publication record a book waits on
    // before printing. (Not «سلفون», «گلاسه», «شابک»: a customer orders by them.)
    loan: 'بلید',
    term: 'فیپا',
  },
  {
    trade: 'back office, any trade',
    // The back office and front office by name; assigning and closing tickets; follow-up; approving; the dispatcher;
    // rerouting and reprocessing a case.
    loan: 'دیسپچر ریروت ریپروسس بکآفیس بکافیس فرانتآفیس فرانتافیس اساین آساین کلوز فالوآپ فالواپ اپرو اپروو',
    term: '',
  },
];

const LOAN = list(TRADES.map((t) => t.loan).join(' '));
const TERM = list(TRADES.map((t) => t.term).join(' '));

/** System names that are jargon only in a sentence about money: «چکاوک» is also a lark, «سمات» a name. */
const FA_MONEY_ONLY = list('چکاوک سمات');
const FA_MONEY = /چک(?!اوک)|تراکنش|واریز|حساب|کارت|بانک|مبلغ|پرداخت|برداشت|وجه|حواله|وام|تسهیلات|اعتبار/;

/** Persian endings glued to a listed loanword: «لاگ‌هاش», «اساین شده» written together, «کلوزه», «سورتینگش». */
const ENDINGS = ['شدهاست', 'شده', 'شد', 'شون', 'شو', 'ش', 'ه', 'ها', 'هاش', 'هارو', 'ها', 'رو', 'مون', 'تون'];
function listedWithEnding(key: string, set: ReadonlySet<string>): boolean {
  if (set.has(key)) return true;
  for (const e of ENDINGS) if (key.length - e.length >= 3 && key.endsWith(e) && set.has(key.slice(0, -e.length))) return true;
  return false;
}

/**
 * Two- and three-word phrases (folded, `a|b` alternatives): the term in two Persian words, and team and tier names whose
 * words are plain alone («لاین», «صدور», «آنکال» only after a team word).
 */
export const FA_TRADE_PHRASES: readonly (readonly string[])[] = [
  // Banking: the clearing house; the SHAHAB identifier of a bank's customer; the card-risk team.
  ['اتاق', 'پایاپای'],
  ['کد|شناسه', 'شهاب'],
  ['کور|کر', 'بنکینگ'],
  ['مغایرت', 'گیری'],
  // Insurance: the claim reserve; the issuing desk.
  ['ذخیره', 'خسارت|خسارات'],
  // Logistics: reverse logistics, cross-dock in two words, cut-off in two words.
  ['لجستیک', 'معکوس'],
  ['کراس', 'داک'],
  ['کات', 'آف|اف'],
  // Airlines: no-show, over-booking and reissue in two words; the fare basis.
  ['نو', 'شو'],
  ['اور|اوور', 'بوکینگ|بوک'],
  ['ری', 'ایشو|اشو'],
  ['فیر', 'بیسیس'],
  // The office's internal letter system and a letter's registry number.
  ['اتوماسیون', 'اداری'],
  ['شماره', 'اندیکاتور'],
  // Utilities: the sub-transmission grid.
  ['فوق', 'توزیع'],
  ['قطعی|خروج|تریپ', 'فیدر'],
  ['فیدر', 'برق|شبکه|توزیع'],
  // Healthcare: a global-fee tariff.
  ['تعرفه|عمل|بسته', 'گلوبال'],
  // SaaS: back end and front end in two words, bug fix, post-mortem, cron job.
  ['بک|فرانت', 'اند|اندش'],
  ['باگ', 'فیکس'],
  ['پست', 'مورتم'],
  ['کرون', 'جاب'],
  ['لود', 'بالانسر|بالانسرها'],
  ['ریت', 'لیمیت'],
  // Back office, any trade: the back office, tiers by line, on-call, ops and fraud teams in loanwords (not «واحد صدور»,
  // «واحد ریسک», «تیم مانیتورینگ»: plain unit names a signature or a letter carries to the customer).
  ['بک|فرانت', 'آفیس|افیس'],
  // «لاین ۲» alone is also a metro or a road lane: only after a support or team word.
  ['کارشناس|کارشناسان|پشتیبانی|ساپورت|تیم|واحد|همکار|همکاران|همکارای', 'لاین', 'یک|دو|سه|1|2|3'],
  ['تیم|واحد|بخش|کارشناس|کارشناسان|همکار|همکاران|همکارای', 'آنکال|انکال|اپس|آپس|اپریشن|اپریشنز|فراد|کلیرینگ'],
  ['فالو', 'آپ|اپ'],
].map((p) => p.map(fold));

/** Latin words of a trade's back office an agent drops into a Persian sentence (lower case). */
export const FA_TRADE_LATIN = words(`
  bugfix bug-fix hotfix staging prod production backend back-end frontend front-end commit merged
  cronjob webhook query postmortem post-mortem repro oncall on-call backoffice back-office frontoffice
  assign assigned reassign reassigned overbook overbooked overbooking noshow no-show reissue reissued void voided
  cutoff cut-off inbound outbound crossdock cross-dock sorting picking manifest manifested linehaul clearing reconcile
  reconciled dispute disputed provisioning provisioned refactor refactored rerouted reprocessed
`);

/** A phrase slot: words, or a number. */
type Slot = ReadonlySet<string> | '#NUM';
/** The phrases by their first word (every phrase starts with words, never a number): one lookup per token. */
const PHRASES_BY_FIRST = new Map<string, (readonly Slot[])[]>();
for (const p of FA_TRADE_PHRASES) {
  const slots = p.map((x): Slot => (x === '#NUM' ? x : new Set(x.split('|'))));
  for (const first of p[0].split('|')) {
    const list = PHRASES_BY_FIRST.get(first) ?? [];
    list.push(slots);
    PHRASES_BY_FIRST.set(first, list);
  }
}

export const faFold = (norm: string) => (norm.includes('ئ') ? norm.replace(/ئ/g, 'ی') : norm);

/** Where a listed trade phrase read from token k (folded `key`) ends (token index), or -1. */
function tradePhraseEnd(tokens: readonly Token[], k: number, key: string): number {
  const candidates = PHRASES_BY_FIRST.get(key);
  if (!candidates) return -1;
  for (const slots of candidates) {
    let j = k + 1;
    let ok = true;
    for (let i = 1; i < slots.length; i++) {
      const slot = slots[i];
      const t = tokens[j];
      if (!t || !t.word || (slot === '#NUM' ? !/^\d{1,4}$/.test(t.norm) : !slot.has(faFold(t.norm)))) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return j;
  }
  return -1;
}

/**
 * The trade jargon read at token k of a Persian sentence: the token index where it ends and its kind, or null.
 * `text` is the whole sentence (for the money condition); `codeBefore`: the Latin token follows a word that makes it a code
 * the customer types («کد …», «شماره …»), so a Latin word there is not read.
 */
export function faTradeJargonAt(text: string, tokens: readonly Token[], k: number, codeBefore: boolean): { end: number; construction: 'internal-jargon' | 'loanword' } | null {
  const t = tokens[k];
  if (!t.word) return null;
  if (t.lang === 'en') {
    if (!codeBefore && FA_TRADE_LATIN.has(t.norm)) return { end: k + 1, construction: 'loanword' };
    return null;
  }
  if (t.lang !== 'fa') return null;
  const key = faFold(t.norm);
  const e = tradePhraseEnd(tokens, k, key);
  if (e > k) return { end: e, construction: 'internal-jargon' };
  const listed = faFormAnswer(t, LISTED_SLOT, listedMemo, readListedNorm);
  if (listed === LISTED_TERM) return { end: k + 1, construction: 'internal-jargon' };
  if (FA_MONEY_ONLY.has(key) && FA_MONEY.test(text)) return { end: k + 1, construction: 'internal-jargon' };
  if (listed === LISTED_LOAN) return { end: k + 1, construction: 'loanword' };
  return null;
}

/**
 * (perf28) A folded word's single-word listing, read once per word form: a term (TERM, with an ending), else a loanword
 * (LOAN, with an ending), else neither. Pure functions of the word; faTradeJargonAt tried up to 28 endings per token.
 */
const LISTED_NONE = 0;
const LISTED_TERM = 1;
const LISTED_LOAN = 2;
/** By the token's norm (the listing reads its fold), kept on the token's form entry (perffa31: lib/nlp FaWordSlot). */
const listedMemo = new BoundedMemo<string, number>(20_000);
const readListed = (key: string): number => (listedWithEnding(key, TERM) ? LISTED_TERM : listedWithEnding(key, LOAN) ? LISTED_LOAN : LISTED_NONE);
const LISTED_SLOT = faSlotKey();
const readListedNorm = (norm: string): number => readListed(faFold(norm));
