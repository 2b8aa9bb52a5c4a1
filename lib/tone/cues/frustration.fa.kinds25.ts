/**
 * Persian frustration, session 25 (tonefa25): kinds named from fresh writers' misses and false alarms, each tried on a
 * look-alike set written across trades and registers (scripts/tone-kinds25-fa-matrix.ts, run by
 * tests/unit/tone/kinds25.fa.test.ts), never on a development sentence's nouns. Read from lib/nlp's tokens (clauses,
 * sentences, negated verbs and their person) behind a cheap test on the lower-cased text.
 *
 * - **praise or thanks around a harm told** (sarcasm; read only where session 12-20's sarcasm readers read none): a
 *   praise or thanks formula («دستتون درد نکنه», «دمتون گرم», «آفرین», «ایول», «عالیه», «ممنون که / از / بابت …»,
 *   «همینجوری ادامه بدید») marked as irony — an ironic emoji beside it (👏 👌 🙂 🙃 🤡 😏), «واقعاً» on it, or praise standing
 *   alone in its clause after the harm was told («… له شده رسید. عالیه، همینجوری ادامه بدید.») — in a message that tells
 *   a harm (a fault word: cold, crushed, broken, torn, wrong, late, cut off, forgotten; a thing that does not work or a
 *   company that did not act, told with a negated verb of the second or third person; a wait of hours or days; or a
 *   complaint an older reader already read). Not when the message tells a success (arrived, solved, works now) in a clause
 *   free of harm, nor when a concession («ولی», «اما», «فقط») stands between the praise and the harm, nor thanks to come
 *   («ممنون میشم», «پیشاپیش ممنون»: a request). Evidence: the praise phrase, as sarcasm.
 * - **the same event counted, told plainly** (calm): «این هفته سومین باره که این اتفاق میفته. راهی هست …؟», «این بار سومیه
 *   که این مشکل پیش میاد، لطفاً بررسی کنید» (the fault told before, the count said of «این اتفاق / این مشکل»): when every piece of evidence is the count of a fault and the message asks for help (a question,
 *   «لطفاً», «میشه»), with no «!!», the customer reports a recurring fault; not upset. Not a fault the company does, counted
 *   («سومین جلسه‌ست که کلاس رو کنسل می‌کنید»: a second-person verb in the sentence is blame), nor the customer's saying
 *   counted («برای چندمین بار عرض می‌کنم»): only an event counted (a third-person verb, «این اتفاق میفته»).
 */
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';
import { faLitotes } from './frustration.fa.fp16.ts';
import { gatedTest } from '../textgate.ts';

type T = readonly ToneToken[];
const NOTHING = { score: 0, evidence: [] as Evidence[] };

// ---- praise or thanks around a harm told ----
const GATE_PRAISE = /درد\s*نکن|گرم|ممنون|مرس[یي]|متشکر|سپاس|آفر[یي]ن|ا[یي]ول|عال[یي]|محشر|ادامه\s*بد/;
/** Standalone praise words (an exclamation when alone in their clause). */
const PRAISE = /^(?:عالیه|عالی|آفرین|ایول|محشره|محشر|فوقالعاده|فوقالعادست|دمتون|دمتان|دمت|دمش)$/;
const THANKS = /^(?:ممنون|ممنونم|مرسی|متشکرم|متشکر|سپاس|سپاسگزارم|تشکر)$/;
/** Words that may stand with praise in its clause: intensifiers, «گرم» of «دمتون گرم», the copula, «همین». */
const PRAISE_MATE = /^(?:خیلی|واقعا|واقعاً|چه|بابا|دیگه|همین|گرم|بود|است|هست|به|این|شما|خیلیم|جدا|جدی|دیگر)$/;
const REALLY = /^(?:واقعا|واقعاً|جدا|جدی)$/;
/** Emoji that mark praise as irony (clapping, OK hand, slight and upside-down smiles, clown, smirk, unamused, facepalm). */
const IRONY_EMOJI = /\u{1F44F}|\u{1F44C}|\u{1F642}|\u{1F643}|\u{1F921}|\u{1F60F}|\u{1F612}|\u{1F926}/u;
/** The same without the slight smile (🙂) and the OK hand (👌), which are as often sincere («باشه ممنون 👌»). */
const STRONG_IRONY = /\u{1F44F}|\u{1F643}|\u{1F921}|\u{1F60F}|\u{1F612}|\u{1F926}/u;

/** Thanks «از / بابت» an object marked as ironic: «این همه …», or a word in quotes right after. */
function ironicObject(t: T, text: string, at: number): boolean {
  if (!/^(?:از|بابت)$/.test(t[at]?.key ?? '')) return false;
  if (t[at + 1]?.key === 'این' && t[at + 2]?.key === 'همه') return true;
  const end = t[Math.min(at + 4, t.length - 1)].end;
  return /[«"“]/.test(text.slice(t[at].end, end));
}
/** Thanks to come, a request: «ممنون میشم», «پیشاپیش ممنون». */
const TO_COME = /^(?:میشم|میشیم|میشوم|خواهم|میشیم|میشدم)$/;

/** A fault word (keys are ZWNJ-less): the harm itself. */
const HARM = /^(?:سرد|له|لهشده|شکسته|شکست|پاره|خراب|خرابه|کثیف|اشتباه|اشتباهی|دیر|تاخیر|تأخیر|معطل|معطلم|قطع|قطعه|گم|فراموش|یادتون|یادتان|کنسل|منتظرم|منتظریم|سوخته|خیس|ناقص|کپک|فاسد|تقلبی)$/;
/** Negated verbs that are not a fault: «درد نکنه» of the thanks, the copula and «داشتن» («مشکلی نیست», «عجله ندارم»). */
const NOT_FAULT_LEMMA = /^(?:بودن|داشتن|دانستن|خواستن)$/;
const NEG_FAIL_KEY = /^(?:نیومده|نیامده|نیومد|نیامد|نرسیده|نرسید|برنگشته|نیومدن|نیامدند)$/;
/** Lemmas of a thing that fails when negated: not arrived, not come, not answered, not returned, not connected. */
const FAILING = /^(?:رسیدن|آمدن|اومدن|برگشتن|برگرداندن|فرستادن)$/;
/** «جواب / پاسخ / خبر نمیده»: «دادن» negated is a failure only of an answer (not «کولر دیگه صدا نمیده»). */
const ANSWER = /^(?:جواب|پاسخ|خبر|جوابی|پاسخی|پیام|جوابمو|جوابمون)$/;
/** «درست / حل / فعال / ثبت / صادر / انجام نشد»: a thing not done. */
const DONE_BEFORE = /^(?:درست|حل|فعال|ثبت|صادر|انجام|وصل|پرداخت|واریز|تحویل|ارسال)$/;
/** A remedy the company made after the harm («سریع کد تخفیف دادین», «زود عوضش کردید»): the praise is for it, sincere. */
const REMEDY = /^(?:سریع|زود|فوری|فورا|بلافاصله|جایگزین|تخفیف|عوض|عوضش|برگردوندید|برگردوندین|برگرداندید|جبران)$/;
/** A duration («دو روزه», «سه هفته‌ست», «یک ساعت و نیم», «۴۸ ساعته»). */
const SPAN_UNIT = /^(?:روزه|روز|هفته|هفتهست|ماهه|ماه|ساعته|ساعت|دقیقه)$/;
const SPAN_COUNT = /^(?:\d+|[۰-۹]+|یه|یک|دو|سه|چهار|پنج|شش|هفت|ده|چند|بیست|چهل)$/;
const WAITED = /^(?:منتظر|منتظرم|معطل|موندم|موندیم|مونده|ماندم|مانده|نگهمون|نگه|پشت)$/;
const SUCCESS = /^(?:رسید|رسیده|اومد|آمد|حل|درست|درسته|درستش|برطرف|وصل|برگشت|برگشته|سالم|اصلاح|اصلاحش)$/;
const CONCEDE = /^(?:ولی|اما|فقط|البته|هرچند|منتها|ولیکن)$/;
/** Praise of the service after a concession. */
const GOOD = /^(?:خوب|خوبه|خوبی|مودب|مؤدب|عالی|عالیه|سالم|راضی|راضیم|محترم|محترمانه|دقیق|تمیز|باحوصله|خوشبرخورد)$/;
/** Sarcasm an older reader read: this reader then only confirms it. */
const SARCASM_WHY = new Set(['tone.why.sarcasm']);
/** Older evidence that is a harm told (a fault, a promise not kept, ironic quotes, a refund demanded): it stands for the harm only beside a strong ironic emoji. */
const HARM_WHY = new Set(['tone.why.failure', 'tone.why.brokenPromise', 'tone.why.irony', 'tone.why.escalation']);

export interface Praise {
  from: number;
  to: number;
}

/** The praise or thanks formula at token i, or null. */
function praiseAt(t: T, i: number): Praise | null {
  const k = t[i].key;
  const n = t[i + 1]?.key ?? '';
  if (/^(?:دستتون|دستتان|دستت|دستشون)$/.test(k) && n === 'درد' && /^(?:نکنه|نکند|نکنن)$/.test(t[i + 2]?.key ?? '')) return { from: i, to: i + 3 };
  if (/^(?:دمتون|دمتان|دمت|دمش)$/.test(k) && n === 'گرم') return { from: i, to: i + 2 };
  if (k === 'همینجوری' || k === 'همینطوری' || k === 'همینطور') {
    if (n === 'ادامه' && /^(?:بدید|بدین|بدهید|بده)$/.test(t[i + 2]?.key ?? '')) return { from: i, to: i + 3 };
    return null;
  }
  // «عالی نبود», «عالی نیست»: the praise denied (Persian negation scope covers the whole clause, so read the next verb only).
  if (PRAISE.test(k) && !(t[i + 1]?.neg && t[i + 1].clause === t[i].clause)) return { from: i, to: i + 1 };
  if (THANKS.test(k)) {
    if (TO_COME.test(n) || t[i - 1]?.key === 'پیشاپیش' || t[i - 1]?.key === 'پیش' || (t[i + 1]?.neg && t[i + 1].clause === t[i].clause)) return null;
    return { from: t[i - 1]?.key === 'خیلی' ? i - 1 : i, to: i + 1 };
  }
  return null;
}

/**
 * Whether a negated verb right after token k denies it («دیر نرسید», «خراب نشده»). Persian negation scope covers the whole
 * clause before the verb, so «دستتون درد نکنه، … اشتباه صادر شده بود» must not read «اشتباه» as negated: read the next words.
 */
function deniedAfter(t: T, k: number): boolean {
  for (let j = k + 1; j < t.length && j <= k + 2 && t[j].clause === t[k].clause; j++) if (t[j].neg || /^(?:نشده|نشد|نبود|نیست|نرسید|نرسیده)$/.test(t[j].key)) return true;
  return false;
}

/** Whether the next verb of token k's clause is the customer's own (first person): «من دیر رسیدم», «گمش کردم». */
function ownVerbAfter(t: T, k: number): boolean {
  for (let j = k + 1; j < t.length && j <= k + 4 && t[j].clause === t[k].clause; j++) if (t[j].verb) return t[j].pastFirst || /(?:م|یم)$/.test(t[j].key);
  return false;
}

/** Whether token k tells a harm. */
export function harmAt(t: T, k: number, skip: Praise): boolean {
  if (k >= skip.from && k < skip.to) return false;
  const x = t[k];
  // A fault word, not of the customer's own doing («من دیر رسیدم»: the next verb of its clause in the first person).
  if (HARM.test(x.key) && !deniedAfter(t, k) && !ownVerbAfter(t, k)) return true;
  // A negated verb of the company («ندادید», «نفرستادین»), or of a thing that fails («جواب نمیده», «نیومد», «کار نمیکنه», «درست
  // نشد»); not «کرایه اضافه نگرفت», «باتریش تموم نمیشه» (a negated verb that is good news), nor the customer's or a copula.
  if (x.verb && x.neg && !x.pastFirst && !NOT_FAULT_LEMMA.test(x.lemma) && !/(?:م|یم)$/.test(x.key)) {
    // Not litotes («چیزی کم نذاشتید», «کوتاهی نکردید»: praise).
    if (x.second) return !faLitotes(t, k);
    if (x.third && (FAILING.test(x.lemma) || (x.lemma === 'دادن' && ANSWER.test(t[k - 1]?.key ?? '')) || (x.lemma === 'کردن' && t[k - 1]?.key === 'کار') || (x.lemma === 'شدن' && DONE_BEFORE.test(t[k - 1]?.key ?? '')))) return true;
  }
  // Negative forms the morphology leaves unread («نیومده», «نرسیده»); not after a fault word («دیر نرسید»: the fault denied).
  if (NEG_FAIL_KEY.test(x.key) && !HARM.test(t[k - 1]?.key ?? '')) return true;
  // A duration waited («یک ساعت و نیم منتظر», «دو روزه»).
  if (SPAN_COUNT.test(x.key) && SPAN_UNIT.test(t[k + 1]?.key ?? '')) {
    for (let j = k + 2; j < t.length && j <= k + 6 && t[j].sentence === x.sentence; j++) if (WAITED.test(t[j].key)) return true;
    // «دو روزه …» with a negated verb or «هنوز» in its sentence (not «یه روزه رسید»: arrived within a day).
    if (/^(?:روزه|هفتهست|ماهه|ساعته)$/.test(t[k + 1].key)) for (let j = k + 2; j < t.length && t[j].sentence === x.sentence; j++) if (t[j].neg || NEG_FAIL_KEY.test(t[j].key) || t[j].key === 'هنوز') return true;
  }
  return false;
}

/** The words of the harm at token k, as a token range [from, to]: a fault word with its verb («خراب شد»), a duration
 * («سه روزه»), a negated verb with the noun it takes («جواب نمیده», «کار نمیکنه»). */
function harmSpan(t: T, k: number): [number, number] {
  const x = t[k];
  if (SPAN_COUNT.test(x.key) && SPAN_UNIT.test(t[k + 1]?.key ?? '')) return [k, k + 1];
  if (x.verb || NEG_FAIL_KEY.test(x.key)) return k > 0 && t[k - 1].clause === x.clause && (ANSWER.test(t[k - 1].key) || DONE_BEFORE.test(t[k - 1].key) || t[k - 1].key === 'کار') ? [k - 1, k] : [k, k];
  const n = t[k + 1];
  if (n && n.clause === x.clause && (n.verb || /^(?:شده|شد|شدن)$/.test(n.key))) return [k, k + 1];
  return [k, k];
}

/** Whether the clause of token k tells a success free of harm («بسته سالم رسید», «مشکل حل شد», «الان وصل شد»). */
export function successIn(t: T, k: number, skip: Praise): boolean {
  const x = t[k];
  if (!SUCCESS.test(x.key) || x.negated || x.neg) return false;
  for (let j = 0; j < t.length; j++) if (t[j].clause === x.clause && harmAt(t, j, skip)) return false;
  // A success with a negated verb right after («درست نشد»).
  const n = t[k + 1];
  return !(n && n.clause === x.clause && n.neg);
}

/** GATE_PRAISE on the latest words, behind its own words' gate (the shared scan): most texts hold none, and then GATE_PRAISE is not run. */
const HAS_PRAISE = gatedTest(GATE_PRAISE);
/** Praise or thanks around a harm told: score and evidence (the praise phrase, as sarcasm). */
export function readFaSarcasm25(ctx: CueContext, prior: readonly Evidence[], before: number): { score: number; evidence: Evidence[] } {
  if (!ctx.fa || !HAS_PRAISE(ctx.low)) return NOTHING;
  // Sarcasm an older reader read counts once: this reading then only confirms it (its marks and the harm), when it stayed weak.
  const read = prior.some((e) => SARCASM_WHY.has(e.why ?? ''));
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  for (let i = 0; i < t.length; i++) {
    const p = praiseAt(t, i);
    // A praise word in quotes («سرویس «عالی»تون») is ironic quotes, read by the older reader: the thanks around it is read here.
    if (!p || /[«"“]$/.test(text.slice(Math.max(0, t[i].start - 1), t[i].start))) continue;
    const s = t[i].sentence;
    const sent = ctx.doc.sentences[s];
    // Irony marked on the praise: an ironic emoji in its sentence, «واقعاً» beside it.
    const sentText = sent ? text.slice(sent.start, sent.end) : '';
    const emoji = IRONY_EMOJI.test(sentText);
    const really = REALLY.test(t[p.from - 1]?.key ?? '') || REALLY.test(t[p.to]?.key ?? '');
    // Praise alone in its clause: every other word of the clause is an intensifier or a copula.
    let alone = true;
    for (let j = 0; j < t.length; j++) if (t[j].clause === t[i].clause && (j < p.from || j >= p.to) && !PRAISE_MATE.test(t[j].key) && !PRAISE.test(t[j].key) && !THANKS.test(t[j].key)) alone = false;
    // Thanks «که / از / بابت» whose own clause tells the harm («ممنون که … نگهمون داشتید»).
    const thanksFor = THANKS.test(t[p.to - 1].key) && /^(?:که|از|بابت)$/.test(t[p.to]?.key ?? '');
    // The harm: in the message, outside the praise; a success free of harm, or a concession between them, makes it sincere.
    let harm = -1;
    let success = false;
    for (let k = 0; k < t.length; k++) {
      if (successIn(t, k, p)) success = true;
      if (harm < 0 && harmAt(t, k, p)) harm = k;
    }
    // A remedy told after the harm: a second-person past verb, not negated, with a word of speed or of making good.
    if (!success && harm >= 0) for (let k = harm + 1; k < t.length && !success; k++) if (t[k].verb && (t[k].second || t[k].third) && t[k].past && !t[k].neg) for (let j = k - 1; j >= 0 && t[j].clause === t[k].clause; j--) if (REMEDY.test(t[j].key)) success = true;
    if (success) return NOTHING;
    const priorHarm = prior.some((e) => HARM_WHY.has(e.why ?? ''));
    if (harm < 0 && !priorHarm) continue;
    if (harm >= 0) {
      const [a, b] = harm < p.from ? [harm, p.from] : [p.to, harm];
      let conceded = false;
      for (let j = a; j < b; j++) if (CONCEDE.test(t[j].key)) conceded = true;
      if (conceded) continue;
    }
    // Which marks make it irony: a strong ironic emoji (👏 👌 🤡 🙃 …) or «واقعاً» on the praise; praise alone after the harm;
    // thanks for the harm itself («ممنون که … جواب ندادید», «ممنون از این همه …», «بابت سرویس «عالی»تون»). «🙂» is weak:
    // it counts only in a message that asks nothing (a question beside thanks and 🙂 is a plain request).
    const asked = /[?؟]/.test(text);
    const strong = STRONG_IRONY.test(sentText);
    const weak = !strong && emoji && !asked;
    const after = harm >= 0 && harm < p.from && t[harm].sentence < s;
    const thanks = THANKS.test(t[p.from].key) || THANKS.test(t[p.to - 1].key);
    const ofHarm = thanks && harm > p.to && t[harm].sentence === s && (t[p.to]?.key === 'که' || ironicObject(t, text, p.to));
    const marked = thanks
      ? strong || (ofHarm && (emoji || really)) || (really && harm >= 0 && !asked)
      : strong || weak || really || (alone && after);
    if (!marked || (harm < 0 && !strong)) continue;
    // The evidence: the praise with its «واقعاً» and its ironic emoji when beside it, and the harm it is around (to its verb).
    let from = t[p.from].start;
    let to = t[p.to - 1].end;
    if (REALLY.test(t[p.from - 1]?.key ?? '') && t[p.from - 1].sentence === s) from = t[p.from - 1].start;
    if (REALLY.test(t[p.to]?.key ?? '') && t[p.to].sentence === s) to = t[p.to].end;
    // Thanks «از / بابت» a noun: the thanks with its object («ممنون بابت این همه سرعت»), to the emoji, «که» or four words
    // (not «بابت اینکه …», a clause: the thanks alone).
    else if (thanks && /^(?:از|بابت)$/.test(t[p.to]?.key ?? '') && (t[p.to + 1]?.key === 'این' ? t[p.to + 2]?.key === 'همه' : !/^(?:اینکه|که)$/.test(t[p.to + 1]?.key ?? ''))) {
      let e = p.to + 1;
      while (e + 1 < t.length && e < p.to + 4 && t[e + 1].clause === t[p.to].clause && !/^(?:که|اینکه)$/.test(t[e + 1].key) && !/\p{Extended_Pictographic}/u.test(text.slice(t[e].end, t[e + 1].start))) e++;
      if (e < t.length) to = t[e].end;
    }
    const m = /^\s*(?:[\u{1F44F}\u{1F44C}\u{1F642}\u{1F643}\u{1F921}\u{1F60F}\u{1F612}\u{1F926}]\s*)+/u.exec(text.slice(to));
    if (m) to += m[0].trimEnd().length;
    // Thanks «که» the harm: the whole phrase («مرسی که نوبت منو بدون خبر کنسل کردید»).
    const hs = harm >= 0 ? harmSpan(t, harm) : null;
    if (ofHarm && t[p.to]?.key === 'که' && hs) to = Math.max(to, t[hs[1]].end);
    const praised = { start: from, end: to };
    // Read already to the threshold by an older reader: counted once, shown as it read it, except a bare thanks word it
    // showed inside this phrase («ممنون» inside «واقعاً ممنون», «ممنون 🙃»): the phrase replaces it (frustration.ts prunes it).
    if (read && before >= 1) {
      const bare = prior.some((e) => SARCASM_WHY.has(e.why ?? '') && THANKS.test(e.text.trim()) && e.start - ctx.offset >= from && e.end - ctx.offset <= to && e.end - e.start < to - from);
      return bare ? { score: 0, evidence: [ctx.ev(praised, 'tone.why.sarcasm')] } : NOTHING;
    }
    const ev = [ctx.ev(praised, 'tone.why.sarcasm')];
    if (hs) ev.push(ctx.ev({ start: t[hs[0]].start, end: t[hs[1]].end }, 'tone.why.sarcasm'));
    // Read already but weakly: the reading made whole, the sarcasm counting once at this reading's weight.
    return { score: read ? Math.max(0.3, 1.1 - before) : 1.1, evidence: ev };
  }
  return NOTHING;
}

// ---- the same fault counted, told plainly ----
const COUNTED = /(?:دوم[یي]ن|سوم[یي]ن|چهارم[یي]ن|پنجم[یي]ن|چندم[یي]ن|بار\s*(?:دوم|سوم|چهارم|پنجم))/;
const EVENT = /^(?:اتفاق|اتفاقی|مشکل|مشکلی|ماجرا|قضیه|میفته|میافته|افتاده|میافتد|پیش)$/;
const ASKS = /[?؟]|لطفا|لطفاً|م[یي]شه|ممکنه|راه[یي]|چ[یي]کار|چطور|چجور[یي]|بررس[یي]\s*کن[یي]د/;

/** Whether every piece of frustration evidence is a fault counted and the message asks for help plainly (no «!!»). */
export function faultCountedCalm25(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!ctx.fa || evidence.length === 0 || !COUNTED.test(ctx.low)) return false;
  if (!evidence.every((e) => COUNTED.test(e.text) && e.why === 'tone.why.complaint')) return false;
  if (/[!！]{2,}|[?؟]{2,}/.test(ctx.doc.text)) return false;
  // A fault the company does, counted («سومین جلسه‌ست که کلاس رو کنسل می‌کنید»): blame, not a report of an event.
  const t = ctx.doc.tokens;
  for (const e of evidence) {
    const at = t.findIndex((x) => x.start >= e.start - ctx.offset);
    if (at < 0) return false;
    const sent = t.filter((x) => x.sentence === t[at].sentence);
    // The count is of an event (a third-person verb: «این اتفاق میفته», «خاموش میشه», «کد نمیاد»), never of what the company
    // does or of what the customer says («تحویل میدید», «عرض می‌کنم»: a person's verb, or a spoken second person in «ید/ین»).
    // Only the anaphoric event («این اتفاق میفته», «این مشکل پیش میاد»): a fault named in the counted clause («چهارمین باره که
    // بسته‌م خالی می‌رسه», «بار سومه که پیک دیر میاد») is the session-19 writers' frustration.
    if (!sent.some((x) => EVENT.test(x.key))) return false;
    if (!sent.some((x) => (x.verb && x.third) || /^(?:میفته|میافته|افتاده|میافتد|میاد|میآید)$/.test(x.key)) || sent.some((x) => (x.verb && (x.second || x.pastFirst || /(?:م|یم)$/.test(x.key))) || /^(?:می|نمی)\S+(?:ید|ین)$/.test(x.key))) return false;
  }
  return ASKS.test(ctx.low);
}

// ---- a harm told and then put right (calm) ----
/** Evidence reasons a harm put right explains: the sarcasm read in praise of the remedy, the fault words, a wait. */
const PUT_RIGHT_WHY = new Set(['tone.why.sarcasm', 'tone.why.failure', 'tone.why.complaint']);

/**
 * Whether the message tells a harm and then its remedy («گوشیم خراب شده بود و تعمیرکارتون تو یه روز درستش کرد», «اینترنتم
 * قطع شد، ده دقیقه بعد وصل شد», «بلیطمو که اشتباه صادر شده بود سریع اصلاح کردید») with praise around it, and every piece
 * of evidence is that praise, the fault or a wait, with no «!!»: thanks for a remedy, not sarcasm.
 */
export function remedyPraised25(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!ctx.fa || evidence.length === 0 || !HAS_PRAISE(ctx.low)) return false;
  if (!evidence.some((e) => e.why === 'tone.why.sarcasm') || !evidence.every((e) => PUT_RIGHT_WHY.has(e.why ?? ''))) return false;
  if (/[!！]{2,}|[?؟]/.test(ctx.doc.text)) return false;
  const t = ctx.doc.tokens;
  const none: Praise = { from: -1, to: -1 };
  let harm = -1;
  for (let k = 0; k < t.length && harm < 0; k++) if (harmAt(t, k, none)) harm = k;
  if (harm < 0) return false;
  for (let k = harm + 1; k < t.length; k++) {
    if (t[k].clause !== t[harm].clause && successIn(t, k, none)) return true;
    // «… دیر رسید ولی پیک خیلی مودب بود»: a concession, then praise of the service in its sentence.
    if (CONCEDE.test(t[k].key)) for (let j = k + 1; j < t.length && t[j].sentence === t[k].sentence; j++) if (GOOD.test(t[j].key)) return true;
    if (t[k].verb && (t[k].second || t[k].third) && t[k].past && !t[k].neg) for (let j = k - 1; j > harm && t[j].clause === t[k].clause; j--) if (REMEDY.test(t[j].key) || SUCCESS.test(t[j].key)) return true;
  }
  return false;
}
