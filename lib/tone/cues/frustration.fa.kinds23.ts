/**
 * Persian frustration, session 23 (tonefa23): calm kinds named from how fresh writers' false alarms differ from what the
 * earlier readers read, each tried on a look-alike set written across trades and both registers
 * (tests/unit/tone/kinds23.fa.test.ts), never on a development sentence's nouns. All read the tokens of lib/nlp
 * (verb morphology, negation, sentences), never re-tokenise.
 *
 * - **a fault said not to happen**: a fault word that is the nominal of a compound verb whose light verb is negative
 *   («دیگه قطع نمی‌شم», «هیچ‌کدوم خراب نشد», «اصلاً دیر نرسید», «تأخیر نداشت», «اشتباه نبود») tells good news; beside
 *   praise it is no failure praised. Not the fault words that are an absence themselves («هنوز», «نرسیده», «هیچی»).
 * - **sincere praise said with «واقعاً»**: «دمتون گرم واقعا», «دستتون درد نکنه واقعاً», «خسته نباشید واقعاً» are
 *   sarcasm only beside a fault; in a message that tells none (no live failure, failure report, complaint, feeling,
 *   judgement or rhetorical question) they are thanks.
 * - **buying elsewhere as a contingency asked about**: «اگه نمی‌رسه بگید برم از جای دیگه بگیرم», «اگه طول می‌کشه کنسل
 *   کنم از جای دیگه سفارش بدم؟», «اگر موجود نیست بفرمایید از جای دیگری تهیه کنم»: the customer's own next step in the
 *   first-person subjunctive (a deliberation, "shall I …"), under a condition, a question or a request to be told, is
 *   no threat to leave. Not «… از جای دیگه می‌خرم» (an announcement), «باید / مجبورم از جای دیگه بخرم» (a necessity
 *   blamed), «وگرنه …» (an ultimatum), «دارم فکر می‌کنم …» (thinking of leaving).
 * - **a length that belongs to a thing** (read in ./frustration.implicit.ts's time-gone-by reader): «اشتراک سه ماهه‌ی سایت
 *   را تهیه کردم» (the duration inside an object, its «را / رو» before any verb), and «استفاده نمی‌کنم» (a negative «کردن»
 *   of one's own habit: a choice, not something one cannot do) are no time gone by with nothing done.
 * - **a pleasant surprise**: «انتظار نداشتم» after thanks or praise, telling something done fast or well («ممنون،
 *   واقعاً انتظار نداشتم تو دو روز پول برگرده!»), in a message that tells no fault. Not «انتظار نداشتم این‌قدر طول
 *   بکشه», «ممنون ولی انتظار نداشتم …» (a contrast), nor without thanks or praise.
 *
 * The fault-denial test is lent to ./frustration.fa.matrix17.ts (its praise-beside-a-fault reader), the contingency test to
 * ./frustration.fa.kinds13.ts (an escalation offered as the other choice: «… دارید یا از جای دیگه تهیه کنم؟» is a choice).
 */
import type { CueContext } from '../cue.ts';
import type { Hit } from '../tokens.ts';

type Tok = CueContext['doc']['tokens'][number];

// ---- a fault said not to happen ----
/** Light verbs of compound verbs («قطع شدن», «خراب کردن», «اشتباه بودن», «تأخیر داشتن», «دیر رسیدن»). */
const LIGHT = new Set(['شدن', 'کردن', 'بودن', 'داشتن', 'رسیدن', 'زدن', 'افتادن', 'خوردن', 'آمدن', 'اومدن', 'گردیدن', 'نمودن']);
/** Fault words that are an absence or a wait themselves: a negative verb after them is the fault («هنوز نرسیده», «هیچی نیومده»). */
const ABSENCE = new Set(['هنوز', 'هیچی', 'هیچ', 'بدون', 'منتظرم', 'نرسیده', 'نرسید', 'نیومده', 'نیامده', 'برنگشته', 'برنگشت', 'بازم', 'باز']);
const LATE = new Set(['دیر', 'تاخیر', 'تأخیر']);
/** A light verb's negative participle or colloquial perfect, which lib/nlp's morphology does not read as a verb: «قطع نشده», «خراب نبوده», «اشتباه نکرده». */
const NEG_PARTICIPLE = /^ن(?:شده|کرده|بوده|داشته|زده|رسیده|افتاده|خورده|اومده|آمده)(?:ست|است|اند|ن|ه)?$/;
/** Words that may stand between the fault word and its light verb («قطع هم نشد», «خراب دیگه نمیشه»). */
const BETWEEN = new Set(['هم', 'دیگه', 'دیگر', 'اصلا', 'اصلاً', 'هیچوقت', 'هرگز', 'نه']);

/** The failure hit `h` is the nominal of a compound verb whose light verb, right after it, is negative: no fault suffered. */
export function faFaultDenied23(ctx: CueContext, h: Hit): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  const first = t[h.from];
  if (!first?.fa) return false;
  // «اصلاً دیر نرسید», «با تأخیر نیومد»: a negative verb of arriving after a word of lateness denies the lateness.
  if (ABSENCE.has(first.key)) return first.verb && first.neg && h.from > 0 && LATE.has(t[h.from - 1].key) && t[h.from - 1].sentence === first.sentence;
  // The hit itself holds a verb («قطع شد», «کار نمیکنه»): its own polarity said it.
  for (let i = h.from; i < h.to; i++) if (t[i].verb) return false;
  return faNegLightAfter(t, h.to - 1);
}

/** Token k (a fault word) is followed, in its sentence, by a negative light verb or participle («قطع نمیشه», «قطع هم نشده»). */
export function faNegLightAfter(t: readonly Tok[], k: number): boolean {
  let j = k + 1;
  while (j < t.length && j < k + 3 && BETWEEN.has(t[j].key) && t[j].sentence === t[k].sentence) j++;
  const v = t[j];
  return v !== undefined && v.sentence === t[k].sentence && (v.verb && v.neg && LIGHT.has(v.lemma) || NEG_PARTICIPLE.test(v.key));
}

// ---- what "the message tells a fault" means for the two kinds below ----
const FAULT_CATS = new Set(['frustration.failure', 'frustration.report', 'frustration.complaint', 'frustration', 'frustration.judgement', 'frustration.rhetorical', 'frustration.rude', 'frustration.escalation', 'frustration.lacking']);
/** Phrases of displeasure a calm kind may itself be made of (they do not count as the fault beside it). */
function toldFault(ctx: CueContext, except: readonly Hit[]): boolean {
  for (const h of ctx.hits) {
    if (!FAULT_CATS.has(h.category) || h.weight <= 0 || except.includes(h)) continue;
    if (except.some((e) => e.from < h.to && h.from < e.to)) continue;
    if (h.category === 'frustration.failure' && faFaultDenied23(ctx, h)) continue;
    return true;
  }
  const t = ctx.doc.tokens;
  // What nobody did or the company did not: «کسی برنداشت», «هیچکس جواب نداد», «نفرستادید» (a thing's «نیفتاد» is no one's failing).
  let nobody = false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (NOBODY.has(x.key)) nobody = true;
    if (x.verb && x.neg && (x.second || nobody) && !NICE_NEG.test(x.key)) return true;
    if (i + 1 < t.length && t[i + 1].sentence !== x.sentence) nobody = false;
  }
  // A wait told as one: «سه روزه», «دو هفته‌ست».
  // Not time a thing took to be done: «یه روزه رسید», «دو ساعته درست شد» (a positive past verb in its clause is speed).
  for (let i = 0; i < t.length; i++) {
    if (!WAIT_UNIT.test(t[i].key) || i === 0 || !WAIT_COUNT.test(t[i - 1].key)) continue;
    let done = false;
    for (let j = i + 1; j < t.length && t[j].clause === t[i].clause && t[j].sentence === t[i].sentence; j++) if (t[j].verb && t[j].past && !t[j].neg) done = true;
    if (!done) return true;
  }
  return false;
}

const NOBODY = new Set(['کسی', 'هیچکس', 'هیچکی', 'هیچ‌کس', 'کسیم', 'هیچکدوم', 'هیچ‌کدوم']);
/** Negative second-person set phrases of thanks or courtesy («خسته نباشید», «دستتون درد نکنه» is third person). */
const NICE_NEG = /^(?:نباشید|نباشین|نکنید|نکنین|نفرمایید)$/;
const WAIT_UNIT = /^(?:روزه|ماهه|هفتهست|روزست|ماهست|ساعته|ساعتست)$/;
const WAIT_COUNT = /^(?:\d+|یه|یک|دو|سه|چهار|پنج|شش|هفت|ده|چند)$/;

// ---- sincere praise said with «واقعاً» ----
/** The first words of the sarcasm lexicon's formulas of thanks or blessing («دمتون گرم واقعا», «دستتون درد نکنه واقعا», «واقعا خسته نباشید», «آفرین بهتون»). */
const FORMULA_HEAD = new Set(['دمتون', 'دمت', 'دستتون', 'دستت', 'خسته', 'آفرین', 'واقعا', 'دست']);

const GOOD_WORD = /^(?:عالی|عالیه|خوب|خوبه|مودب|مؤدب|تمیز|سریع|سریعتر|زود|حوصله|خوشمزه|خوشمزهست|معرکه|معرکهست|محشر|محشره|صبور|دقیق|کامل|سالم|راضی|راضیم|خوشبرخورد|مرتب|درجهیک|بینظیر|کمک)$/;
const GLAD_EMOJI = /[\u{1f60d}\u{1f64f}\u{1f64c}\u{2764}\u{1f60a}\u{263a}\u{1f970}\u{1f44c}\u{1f490}\u{1f339}\u{1f917}\u{1f496}\u{1f49a}\u{1f499}]/u;

function allToldGood(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  let i = 0;
  while (i < t.length) {
    const s = t[i].sentence;
    let j = i;
    while (j < t.length && t[j].sentence === s) j++;
    // [i, j): one sentence; the formula's own words are no content.
    let content = false;
    let verb = false;
    let good = false;
    for (let k = i; k < j; k++) {
      if (k >= h.from && k < h.to) continue;
      const x = t[k];
      content = true;
      if (x.verb || FIRST_SUBJ_BARE.has(x.key)) verb = true;
      if ((GOOD_WORD.test(x.key) || THANKS_WORD.test(x.key)) && !x.negated) good = true;
    }
    const from = t[i].start;
    const to = j < t.length ? t[j].start : text.length;
    const sentence = text.slice(from, to);
    if (!good) good = GLAD_EMOJI.test(sentence) || /[?؟]/.test(sentence) || doneWell(t, i, j) || ctx.hits.some((p) => p.category === 'frustration.praise' && p.from >= i && p.to <= j && (p.to <= h.from || p.from >= h.to));
    if (content && verb && !good) return false;
    i = j;
  }
  return true;
}

/** A success told in tokens [from, to): «رسید», «برگشت», «درست شد», «حل شد», «تأیید شد» (not negated). */
function doneWell(t: readonly Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const x = t[i];
    if (x.negated || x.neg) continue;
    if (ARRIVED.test(x.key)) return true;
    if (DONE_NOUN.test(x.key) && /^(?:شد|شده|شدش)$/.test(t[i + 1]?.key ?? '') && !t[i + 1].neg) return true;
  }
  return false;
}
const ARRIVED = /^(?:رسید|رسیده|رسیدش|رسوند|رسوندن|برگشت|برگشته|اومد|آمد)$/;
const DONE_NOUN = /^(?:درست|حل|انجام|تایید|تأیید|واریز|تحویل|وصل|فعال)$/;

function sincereFormula(ctx: CueContext, h: Hit, said: readonly Hit[]): boolean {
  if (h.category !== 'frustration.sarcasm') return false;
  const t = ctx.doc.tokens;
  // A formula of thanks or blessing (not «چه جالب», «خیلی جالبه»: wonder is sarcasm's own word).
  if (!FORMULA_HEAD.has(t[h.from].key)) return false;
  // Scare quotes anywhere are read by sarcasm() as the fault («ممنون از «پشتیبانی»تون»).
  if (/[«»"“”]/.test(ctx.doc.text)) return false;
  // Every sentence tells something good, asks, thanks, or is no clause at all (a name, an order number): «کار کردن خیلی
  // تمیز بود», «عالی شده 😍», «کارت امروز رسید و فعال هم شد», «کجا میشه امتیاز داد؟». A sentence with a verb and nothing
  // good may tell a fault in words no lexicon holds («آبی اومده», «یخ کرده»).
  if (!allToldGood(ctx, h)) return false;
  // The sarcasm hits of the same kind (another formula) are no fault either.
  const formulas = said.filter((o) => o.category === 'frustration.sarcasm');
  return !toldFault(ctx, formulas);
}

// ---- buying elsewhere as a contingency asked about ----
const ELSEWHERE_HEAD = new Set(['جای', 'جا', 'شرکت', 'فروشگاه', 'سایت', 'یه', 'یک', 'از', 'سراغ']);
const CONDITION = new Set(['اگه', 'اگر', 'چنانچه', 'درصورتیکه', 'درصورتی']);
/** Necessity, intention or an ultimatum before the step: «باید», «مجبورم», «تصمیم دارم», «وگرنه», «فکر می‌کنم». */
const NOT_ASKED = /^(?:باید|مجبور\S*|ناچار\S*|تصمیم\S*|قصد\S*|فکر|وگرنه|والا|دیگه|دیگر|هیچوقت|هرگز|حتما|حتماً|میخوام|میخواهم|میخوایم)$/;
/** A request to be told or advised («بگید», «بگین», «بفرمایید», «خبر بدید», «اطلاع بدید», «راهنمایی کنید»). */
const TELL_ME = /^(?:بگید|بگین|بگویید|بفرمایید|بفرمایین|بفرمائید|خبرم|خبر|اطلاع|راهنمایی|راهنمائی|بدید|بدین|دهید|کنید|کنین)$/;
/** Verbs of getting a thing that lib/nlp's verb table does not hold, in the first-person subjunctive: «بخرم», «ببرم», «بیارم». */
const OBTAIN_SUBJ = /^ب(?:خر|بر|یار|یاور|فرست|دوز|سپار)(?:م|یم)$/;
const FIRST_SUBJ_BARE = new Set(['کنم', 'کنیم', 'شم', 'بشم', 'نمایم', 'نماییم', 'بدم', 'بدیم']);

/** Token i is a first-person verb in the subjunctive («بگیرم», «برم», «بخرم», «سفارش بدم», «تهیه کنم»). */
function firstSubjunctive(x: Tok): boolean {
  if (x.neg || x.past) return false;
  if (FIRST_SUBJ_BARE.has(x.key) || OBTAIN_SUBJ.test(x.key)) return true;
  return x.verb && x.key.startsWith('ب') && /(?:م|یم)$/.test(x.key) && !x.second && !x.third;
}

/** The escalation hit `h` is buying elsewhere as a contingency asked about (also read by ./frustration.fa.kinds13.ts's choices). */
export function faContingency23(ctx: CueContext, h: Hit): boolean {
  if (h.category !== 'frustration.escalation') return false;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  // «جای دیگه», «یه جای دیگه», «از جای دیگه», «شرکت دیگه»: a place or firm «دیگه / دیگر».
  let other = false;
  for (let i = h.from; i < h.to; i++) if (t[i].key === 'دیگه' || t[i].key === 'دیگر' || t[i].key === 'دیگری') other = true;
  if (!other || !ELSEWHERE_HEAD.has(t[h.from].key)) return false;
  const s = t[h.from].sentence;
  let a = h.from;
  while (a > 0 && t[a - 1].sentence === s) a--;
  let b = h.to;
  while (b < t.length && t[b].sentence === s) b++;
  // The step: the first verb after the place, the customer's own, deliberated.
  // («… بگید گوشیو ببرم یه جای دیگه»: or the verb just before it).
  let step = -1;
  for (let i = h.to; i < b && i < h.to + 4; i++) if (t[i].verb || FIRST_SUBJ_BARE.has(t[i].key)) { step = i; break; }
  if (step < 0 && h.from > a && firstSubjunctive(t[h.from - 1])) step = h.from - 1;
  if (step < 0 || !firstSubjunctive(t[step])) return false;
  // The words before the place in its sentence: a condition or a request to be told, and no necessity or intention.
  let cond = false;
  let tell = false;
  for (let i = a; i < Math.min(h.from, step); i++) {
    const k = t[i].key;
    if (NOT_ASKED.test(k)) return false;
    if (CONDITION.has(k)) cond = true;
    if (TELL_ME.test(k) && (t[i].second || !t[i].verb)) tell = true;
  }
  for (let i = h.to; i < b; i++) if (NOT_ASKED.test(t[i].key) && t[i].key !== 'دیگه' && t[i].key !== 'دیگر') return false;
  const end = b < t.length ? t[b].start : text.length;
  const asked = /[?؟]/.test(text.slice(t[step].end, Math.min(text.length, end + 1)));
  return cond || tell || asked;
}

// ---- a pleasant surprise ----
const GLAD_CATS = new Set(['frustration.praise', 'frustration.thanks']);
const THANKS_WORD = /^(?:ممنون|ممنونم|مرسی|سپاس|سپاسگزارم|متشکرم|تشکر|دمتون|دستتون|ممنونیم)$/;
const CONTRAST = new Set(['ولی', 'اما', 'ولے', 'لیکن']);

function pleasantSurprise(ctx: CueContext, h: Hit): boolean {
  if (h.category !== 'frustration.judgement') return false;
  const t = ctx.doc.tokens;
  let expected = false;
  for (let i = h.from; i < h.to; i++) if (t[i].key === 'انتظار') expected = true;
  if (!expected) return false;
  const s = t[h.from].sentence;
  // No «ولی / اما» in its sentence before it: «ممنون ولی انتظار نداشتم …» is a reproach.
  for (let i = h.from - 1; i >= 0 && t[i].sentence === s; i--) if (CONTRAST.has(t[i].key)) return false;
  const glad = ctx.hits.some((p) => GLAD_CATS.has(p.category)) || t.some((x) => THANKS_WORD.test(x.key));
  return glad && !toldFault(ctx, [h]);
}

/** Drops the Persian hits these calm kinds explain (./frustration.ts, after the other drops; `sarcastic`: sarcasm() paired praise with a failure). */
export function dropFaKinds23(ctx: CueContext, said: Hit[], sarcastic: boolean): void {
  if (!ctx.fa || said.length === 0) return;
  let any = false;
  for (const h of said) if (h.category === 'frustration.sarcasm' || h.category === 'frustration.escalation' || h.category === 'frustration.judgement') any = true;
  if (!any) return;
  const drop = said.filter((h) => (!sarcastic && sincereFormula(ctx, h, said)) || faContingency23(ctx, h) || pleasantSurprise(ctx, h));
  if (drop.length === 0) return;
  for (let k = said.length - 1; k >= 0; k--) if (drop.includes(said[k])) said.splice(k, 1);
}
