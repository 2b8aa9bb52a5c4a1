/**
 * Persian neutrals of the twenty-sixth session's precision round (rwfap26; issue 12: neutral sentences flagged <= 5% on
 * fresh writers). Each kind was written out first as a look-alike set of its own (positives in many trades and both
 * registers, with close contrasts that stay flagged: scripts/fa-precision26-matrix.ts). Read over the language layer's
 * tokens (negation, verb forms) and folded text (faFold), on the flag's own clause or sentence: one short slice per
 * suggestion, each kind behind its category or rule and a cheap word test.
 *
 * - **negated blame is reassurance** (`blame`, and «به هیچ وجه» before it): «اشتباه از شما نبوده»، «تقصیری متوجه شما
 *   نبوده است»، «خطا از جانب شما نبوده»: a blame word and the customer, then the first verb of the clause negated (the
 *   negated participle «نبوده / نبودش / نبوده‌ست» read as the negative of its verb). «اشتباه از شما بوده» stays;
 * - **a rule cited over what it gives** (`policy`, a citation head): «طبق سیاست …، امکان / اجازه / حق / فرصت / مهلت …
 *   را دارید»، «… دریافت می‌کنید»، «… به حسابتان برمی‌گرده / بازگردانده می‌شود»، «… رو خودمون عوض می‌کنیم»: the English
 *   reading of "you have / you get / we'll refund" (protective.en.ts GIVES), with its limits: «فقط»، «باید»، «حداکثر»،
 *   a condition, a charge or any negation keep the flag;
 * - **a tech word in a done update** (`jargon`): the clause says the thing was fixed, installed, switched on or restored
 *   for the customer («SSL نصب شد»، «DNS رو اصلاح کردم»، «cache سرور رو پاک کردم»), with no negation in its sentence;
 *   «… منقضی شده»، «… نصب نشد»، «… ارجاع شد» stay;
 * - **«حیف» with the agent's own wish** (the regret rules on «حیف»): «حیف شد …، خیلی دوست داشتم / دلم می‌خواست … بدم»:
 *   sympathy, not a reflex before bad news; «حیف که … تموم شده، ولی …» without the wish stays (late22's writer marked it).
 * - lead27: **a harm held off** (`until`): «تا پایان ماه هیچ مبلغی برداشت نمیشه»، «تا فردا سرویس قطع نمی‌شود» spare the
 *   customer a charge or a cut-off («تا فردا حسابتون شارژ نمیشه», a top-up held off, stays); **a ticket closed with its
 *   outcome** (`fa-ticket-closed`): «تیکت شما بسته شد و مبلغ به حسابتون برگشت» (no bad news or negation after it).
 */
import { analyzeFaWord, analyzeFaWordWide, type Token } from '../nlp/index.ts';
import { FA_CLAUSE_BREAK, faFold as fold, faSentenceEnd, faTokens, faTextMemo } from './guard.fa.text.ts';
import { badNewsAfter } from './guard.fa.ts';

const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/\s+/g, ' ')} `);

/** A perfect or a participle's endings («نبوده»، «نبوده‌ست»، «نکرده‌اید»، «نبودش»، «نبوده‌ها»), folded and joined. */
const PARTICIPLE_TAIL = /(?:ه|هاست|هست|ست|هام|های|هایم|هاید|هاین|هایم|هاند|ش|هها|ها)$/;

/** A negated word of the language layer, or a negated participle read as the negative past of its verb. */
function negatedWord(t: Token): boolean {
  if (!t.word) return false;
  if (t.neg && t.lang === 'fa' && t.norm !== 'هیچ' && t.norm !== 'نه') return true;
  const w = fold(t.norm);
  if (!w.startsWith('ن') || w.length < 4) return false;
  const m = PARTICIPLE_TAIL.exec(w);
  if (!m) return false;
  const stem = w.slice(0, w.length - m[0].length);
  const a = analyzeFaWord(stem);
  return !!a?.verb && a.verb.negative && a.verb.tense === 'past';
}

/** A verb form of any kind (the wide table, or a participle of بودن/شدن/کردن/داشتن). */
const PARTICIPLE = /^(?:ن?(?:بوده|شده|کرده|داشته|گردیده|نموده)(?:است|ست|اند|اید|ایم|ام|ش)?|ن?بودش|است|ه?ست)$/;
const isVerb = (t: Token): boolean => !!t.fa || !!analyzeFaWordWide(fold(t.norm))?.verb || PARTICIPLE.test(fold(t.norm));

// ---------------- negated blame ----------------

const BLAME_WORD = /^(?:اشتباه|اشتباهی|تقصیر|تقصیری|خطا|خطایی|قصور|قصوری|کوتاهی|مشکل|ایراد|اشکال|مقصر|گناه)$/;
const SECOND = /^(?:شما|جنابعالی|خودتون|خودتان|خودت|تو|شماست|خودتونه)$|(?:تون|تان)$/;

/**
 * A blame word and the customer in one clause, then the clause's first verb negated: «اشتباه از شما نبوده»، «تقصیری متوجه
 * شما نبوده است»، «مقصر شما نیستید». Read from the flag's start to the clause's first verb (at most eight words).
 */
/** «مگه تقصیر خودتون نبود؟», «تقصیر شما نبود؟»: a negated question asks the customer to own the blame. */
function rhetorical(draft: string, lo: number, fs: number): boolean {
  const end = faSentenceEnd(draft, fs, 200);
  return /[؟?]/.test(draft.slice(fs, end + 1)) || /(?:^|[\s\u200c])(?:مگه|مگر)(?=[\s\u200c])/.test(draft.slice(lo, end));
}

/** Cheap gate: a word after the flag that opens with the negative «ن» of a copula or a participle. */
const NEG_AHEAD = /(?:^|[\s\u200c])ن(?:بود|یست|یس|می|کرد|داشت|شد|گرد)/;

function negatedBlame(draft: string, from: number, fs: number): boolean {
  const end = Math.min(draft.length, fs + 90);
  if (!NEG_AHEAD.test(draft.slice(fs, end))) return false;
  const lo = Math.max(from, fs - 40);
  const toks = faTokens(draft.slice(lo, end));
  let blame = false;
  let you = false;
  let n = 0;
  for (const t of toks) {
    const before = lo + t.start < fs;
    if (!t.word) {
      if (/[،,؛;.!?؟\n]/.test(t.text)) {
        if (!before) return false;
        blame = you = false;
        n = 0;
      }
      continue;
    }
    const w = fold(t.norm);
    if (w === 'و' || w === 'ولی' || w === 'اما' || w === 'که') {
      if (!before) return false;
      blame = you = false;
      n = 0;
      continue;
    }
    if (++n > 10) return false;
    if (BLAME_WORD.test(w)) blame = true;
    if (SECOND.test(w) && t.lang === 'fa') you = true;
    if (negatedWord(t)) return !before && blame && you && !rhetorical(draft, lo, fs);
    if (isVerb(t)) {
      if (!before) return false;
      blame = you = false;
      n = 0;
    }
  }
  return false;
}

// ---------------- a rule cited over what it gives ----------------

const CITE = /^\s*(?:بر\s?طبق|طبق|بر\s?اساس|مطابق|برابر|بنا\s?بر|حسب|به\s?موجب|به\s?استناد|وفق)(?=\s|$)/;
/** A right or an option the customer has: «امکان / اجازه / حق / فرصت / مهلت / اختیار / ضمانت … دارید / دارند». */
const OPTION_NOUN = /^(?:امکان|اجازه|حق|فرصت|مهلت|اختیار|ضمانت|گارانتی|گزینه|امتیاز)$/;
const HAVE_YOU = /^(?:دارید|دارین|داری|دارند|دارن)$/;
/** «دریافت می‌کنید / می‌کنند»، «می‌گیرید / می‌گیرن»: the customer receives. */
const RECEIVE = /\s(?:دریافت\s(?:میکنید|میکنین|میکنی|میکنند|میکنن|خواهید\sکرد|خواهند\sکرد)|میگیرید|میگیرین|میگیری|میگیرند|میگیرن|خواهید\sگرفت)\s/;
/** Money or a thing back to the customer: «به (حساب) شما / حسابتان … بازگردانده می‌شود / برمی‌گرده / واریز می‌شود». */
const BACK_TO_YOU = /\s(?:به\s(?:حساب\s)?(?:شما|جنابعالی)|به\s(?:حسابتان|حسابتون|کارتتان|کارتتون|کیف\sپولتان|کیف\sپولتون)|حسابتان|حسابتون)\s(?:\S+\s){0,4}(?:بازگردانده|برگردانده|عودت|مسترد|واریز|برمیگرد|برمیگرده|برمیگردد|پرداخت)\S*/;
/** We take the cost or do the repair: «… رو خودمون / ما … عوض / تعویض / پرداخت / جایگزین … می‌کنیم». */
const WE_GIVE = /\s(?:ما|خودمون|خودمان)\s(?:\S+\s){0,5}(?:عوض|تعویض|جایگزین|پرداخت|تقبل|جبران|برمیگردونیم|برمیگردانیم|پس\sمیگیریم)\s?(?:میکنیم|مینماییم|خواهیم\sکرد)?\s/;
/** What keeps the citation a wall: a limit, an obligation, a condition, a charge on the customer. */
const LIMIT26 = /\s(?:ولی|اما|با\s(?:خودتان|خودتون|خودت|شما)|فقط|تنها|صرفا|باید|بایست|میبایست|بایستی|مستلزم|الزامی|الزاما|موظف|منوط|مشروط|لازم|ضروری|حداکثر|حداقل|ممنوع|غیرمجاز|اگر|اگه|درصورتی|درصورت|در\sصورت|در\sصورتی|چنانچه|مگر|به\s?شرط|بشرط|عهده|کارمزد|جریمه|کسر|هزینه\s(?:\S+\s)?(?:شما|خودتان|خودتون|مشتری|خریدار))\s/;

function hasRight(toks: readonly Token[]): boolean {
  const words = toks.filter((t) => t.word);
  for (let k = 0; k < words.length; k++) {
    if (!HAVE_YOU.test(fold(words[k].norm))) continue;
    for (let j = Math.max(0, k - 8); j < k; j++) if (OPTION_NOUN.test(fold(words[j].norm))) return true;
  }
  return false;
}

function ruleGives(draft: string, fs: number, fe: number): boolean {
  if (!CITE.test(fold(draft.slice(fs, fe)))) return false;
  const rest = draft.slice(fe, faSentenceEnd(draft, fe, 300));
  const r = spaced(rest);
  if (LIMIT26.test(r)) return false;
  const toks = faTokens(rest);
  if (toks.some(negatedWord)) return false;
  return hasRight(toks) || RECEIVE.test(r) || BACK_TO_YOU.test(r) || WE_GIVE.test(r);
}

// ---------------- a tech word in a done update ----------------

/** Fixed, installed, switched on, restored, renewed, cleared (folded stems). */
const FIX_STEM = '(?:برطرف|رفع|درست|حل|وصل|برقرار|نصب|فعال|راهاندازی|راه\\sاندازی|بازیابی|اصلاح|تمدید|آپدیت|بهروزرسانی|بروزرسانی|به\\sروز|آپگرید|ارتقا|ارتقاء|آزاد|روشن|ریست|ریستارت|پاک|اوکی|ردیف)';
const FIX_DONE = new RegExp(`\\s${FIX_STEM}\\s(?:(?:شد|شده|شدهاست|شدند|گردید|گردیده|گردیدهاست)|(?:کردم|کردیم|کردمش|کردیمش|کرده|کردهام|کردهایم|نمودیم|نمودم))(?=\\s)`);
/** A bad state beside the word: expired, full, slow, down, failed, cut, blocked, suspended. */
const BAD_STATE = /\s(?:منقضی|پر|کند|ناموفق|قطع|مسدود|معلق|خراب|ارجاع|هولد|منتظر|انتظار|ریجکت|رد|تعلیق)(?:شده|ه|ست)?\s/;

/** An obligation or a cost that comes with the news: «باید»، «مجبور»، «از اول»، «بر عهده»، «هزینه». */
const BURDEN_AFTER = /\s(?:باید|بایست|مجبور|موظف|الزامی|عهده|هزینه|مهلت|حداکثر|از\sاول|از\sنو)\s/;

/** Cheap gate on the raw sentence: one of the fix stems as written, then a verb of becoming or doing. */
const FIX_RAW = /(?:برطرف|رفع|درست|حل|وصل|برقرار|نصب|فعال|اندازی|بازیابی|اصلاح|تمدید|آپدیت|روزرسانی|آپگرید|ارتقا|ارتقاء|آزاد|روشن|ریست|ریستارت|پاک|اوکی|ردیف)[\s\u200c]*(?:شد|گردید|کرد|نمود)/;

function doneUpdate(draft: string, sentenceStart: number, clauseStart: number, fe: number): boolean {
  const end = faSentenceEnd(draft, fe, 300);
  const sentence = draft.slice(sentenceStart, end);
  if (!FIX_RAW.test(sentence)) return false;
  const s = spaced(sentence);
  if (!FIX_DONE.test(s) || BAD_STATE.test(s) || BURDEN_AFTER.test(s)) return false;
  // The word is the thing fixed: the fix is said in the word's own clause («SSL نصب شد»، «cache سرور رو پاک کردم»), not in
  // another clause after a cause («… HLR گیر داشت، براتون ریست کردم» keeps its flag).
  const tail = draft.slice(fe, end);
  FA_CLAUSE_BREAK.lastIndex = 0;
  const br = FA_CLAUSE_BREAK.exec(tail);
  let head = draft.slice(clauseStart, fe);
  const lastBreak = Math.max(head.lastIndexOf('،'), head.lastIndexOf(','), head.lastIndexOf('؛'), head.lastIndexOf(';'), head.lastIndexOf('!'));
  if (lastBreak >= 0) head = head.slice(lastBreak + 1);
  const clause = head + (br ? tail.slice(0, br.index) : tail);
  if (!FIX_DONE.test(spaced(clause))) return false;
  return !faTokens(sentence).some(negatedWord);
}

// ---------------- «حیف» with the agent's own wish ----------------

/** The agent's wish to have given it: «دوست داشتم / داشتیم»، «دلم می‌خواست»، «می‌خواستم»، «آرزو داشتم». */
const OWN_WISH = /\s(?:دوست\sداشتم|دوست\sداشتیم|دلم\s(?:\S+\s)?میخواست|دلمون\s(?:\S+\s)?میخواست|میخواستم|میخواستیم|آرزو\sداشتم)\s/;

function pityWithWish(draft: string, fe: number): boolean {
  // The wish is in the same sentence or the next one (a chat line often stops before it).
  let end = faSentenceEnd(draft, fe, 200);
  if (end < draft.length) end = faSentenceEnd(draft, end + 1, 200);
  const s = spaced(draft.slice(fe, end));
  if (!OWN_WISH.test(s)) return false;
  return !faTokens(draft.slice(fe, end)).some(negatedWord);
}

// ---------------- lead27: a harm held off, a ticket closed with its outcome ----------------

/** What the customer fears happening to them, before the flag's negated «شدن»: «تا پایان ماه هیچ مبلغی برداشت نمیشه». */
const HARM_HELD_OFF = /\s(?:قطع|مسدود|کسر|برداشت|منقضی|غیرفعال|جریمه)\s(?:نمیشه|نمیشود|نمی\sشه|نمی\sشود|نخواهد\sشد|نمیگردد|نمی\sگردد)\s$/;

/** A time-refusal whose negated verb spares the customer a charge or a cut-off (not «شارژ»: a top-up held off is a delay). */
function harmHeldOff(flagged: string, draft: string, sentenceStart: number, fs: number): boolean {
  if (HARM_HELD_OFF.test(spaced(flagged))) return true;
  // (rwfa29) Recorded data not wiped until a date («فیلمش … تا آخر دوره پاک نمیشه»): kept for the customer. Not a stain
  // («لکه تا فردا پاک نمیشه» is the work refused), so only with data named before it in its sentence.
  return WIPE_HELD_OFF.test(spaced(flagged)) && DATA_NOUN.test(spaced(draft.slice(sentenceStart, fs)));
}
const WIPE_HELD_OFF = /\s(?:پاک|حذف)\s(?:نمیشه|نمیشود|نخواهد\sشد|نمیگردد)\s$/;
const DATA_NOUN = /\s(?:فیلم|فایل|ویدیو|ویدئو|ضبط|اطلاعات|دیتا|داده|عکس|پیام|سوابق|حساب|اکانت)\S*\s/;

/** «تیکت شما بسته شد و مبلغ به حسابتون برگشت»: the closing said with its outcome, nothing negated after it. */
function closedWithOutcome(draft: string, fe: number): boolean {
  const rest = draft.slice(fe, faSentenceEnd(draft, fe, 200));
  if (!/^\s*(?:و|،\s*و)\s+\S/.test(rest)) return false;
  const c = spaced(rest);
  return !badNewsAfter(c) && !faTokens(rest).some(negatedWord);
}

/** A measuring probe (scripts/fa-precision26-matrix.ts --fires): told the kind each time one spares a suggestion. */
let probe: ((kind: string) => void) | undefined;
export function setFaNeutral26pProbe(f: ((kind: string) => void) | undefined): void {
  probe = f;
}
const fired = (kind: string, yes: boolean): boolean => {
  if (yes && probe) probe(kind);
  return yes;
};

/**
 * (rwfa29) «عطف به نامه‌ی شماره‌ی ۴۵۱۲ مورخ …»: a letter, an order or a request cited by its number or date is how a formal
 * letter files itself, not officialese said at the customer (a late28 reader). «عطف به نامه قبلی» (no number) stays flagged.
 */
const CITED_DOC = /^\s(?:نامه|نامهی|سفارش|درخواست|مکاتبه|قرارداد|پرونده|فاکتور|صورتحساب|تیکت|پیام|ایمیل)\s(?:ی\s)?(?:شماره|شمارهی|به\sشماره|مورخ|مورخه)\s/;
function letterReference(draft: string, fe: number): boolean {
  return CITED_DOC.test(spaced(draft.slice(fe, fe + 60)).replace(/^\s+/, ' '));
}

/**
 * (rwfa29) Three kinds read on late28's neutrals. A formal «خواهشمند است» opening an invitation («در صورت تمایل», «چنانچه
 * مایل باشید»): the customer's choice, not an order dressed up. An English word in brackets after the noun of a compound verb
 * («ارجاع (escalate) شد»): a gloss that explains, not jargon. «از هیچ هزینه‌ی اضافه‌ای خبر ندارم»: no charge known of, a denial said
 * as not-knowing («از هیچی خبر ندارم», «از وضعیتش خبر ندارم» stay flagged).
 */
const IF_YOU_WISH = /^\s+(?:در\sصورت\s(?:تمایل|نیاز|لزوم)|چنانچه\s(?:مایل|تمایل)|اگر\s(?:مایل|تمایل))/;
const NONE_KNOWN = /\sاز\sهیچ\s(?:هزینه|مبلغ|جریمه|کسری|کسر|تغییر|مشکل|ایراد|افزایش|محدودیت|شرط|کارمزد)/;
function glossed(draft: string, fs: number, fe: number): boolean {
  const before = draft.slice(Math.max(0, fs - 3), fs);
  // The gloss of a compound verb's noun, the light verb after the bracket («ارجاع (escalate) شد»); a status glossed («در وضعیت
  // معلق (pending) …») keeps its jargon flag.
  return /\(\s*$/.test(before) && /^\s*\)[\s\u200c]*(?:(?:داده|انجام)[\s\u200c]+)?(?:شد|شده|گردید|گردیده|کردیم|کردم|کرده|می[\s\u200c]?شود|می[\s\u200c]?شه|میشه|خواهد)(?=[\s.،,!؟]|$)/.test(draft.slice(fe, fe + 24)) && /[\u0600-\u06ff][\s\u200c]*\(\s*$/.test(draft.slice(Math.max(0, fs - 4), fs));
}

/** Whether a Persian suggestion over [fs, fe) is neutral by one of the kinds above. */
export function faNeutral26p(draft: string, sentenceStart: number, clauseStart: number, fs: number, fe: number, category: string, ruleId: string): boolean {
  const flagged = draft.slice(fs, fe);
  if (category === 'blame') return fired('blame', negatedBlame(draft, clauseStart, fs));
  if (category === 'absolutes' && /هیچ/.test(flagged)) return fired('blame', negatedBlame(draft, fe, fe));
  if (category === 'policy') return fired('policy', ruleGives(draft, fs, fe));
  if (ruleId === 'fa-bureaucratic-refer') return fired('letter-ref', letterReference(draft, fe));
  if (ruleId === 'fa-bureaucratic-please') return fired('invitation', IF_YOU_WISH.test(spaced(draft.slice(fe, fe + 40))));
  if (ruleId === 'loanword' && glossed(draft, fs, fe)) return fired('gloss', true);
  if (category === 'uncertainty' && NONE_KNOWN.test(spaced(draft.slice(Math.min(clauseStart, fs), fe)))) return fired('none-known', true);
  if (category === 'jargon') return fired('done', doneUpdate(draft, sentenceStart, clauseStart, fe));
  if (category === 'negative-words' && /حیف/.test(flagged)) return fired('pity', pityWithWish(draft, fe));
  if (category === 'until') return fired('harm', harmHeldOff(flagged, draft, sentenceStart, fs));
  if (ruleId === 'fa-ticket-closed') return fired('closed', closedWithOutcome(draft, fe));
  return false;
}
