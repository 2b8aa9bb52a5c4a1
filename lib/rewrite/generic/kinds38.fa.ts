/**
 * Persian kinds of the thirty-eighth session (fa38), read by kind over the not-knowing, dismissive and passive-aggressive
 * misses of the writer splits late20 … late37 (lib/rewrite/README.md, "fa38"). Each reads a kind other readers already
 * read in one turn, in the turns fresh writers used.
 *
 *  - **Grudging praise of the customer's act, "at last"** (`sarcasm`): «خوبه / خوب شد / چه خوب / سپاسگزاریم / متشکریم /
 *    ممنونیم / تشکر (که)» then, within four words, «بالاخره / آخرش / آخر سر / سرانجام / حداقل این دفعه / دست‌کم این بار»,
 *    then the customer's own past act in the clause: «خوبه بالاخره جواب دادی», «خوب شد آخرش مدارک رِ فرستادین», «بسیار
 *    سپاسگزاریم که بالاخره فرم … را ارسال فرمودید», «خوبه حداقل این دفعه آدرس رو درست نوشتین». kinds31 reads «آفرین /
 *    ممنون، بالاخره …»; fa.ts «ممنون که بالاخره …». Quiet: news of a thing («خوب شد بالاخره مشکل حل شد»: no second
 *    person), the customer's success or arrival after trouble («خوب شد بالاخره تونستید وارد بشید», «… رسیدید», «… موفق
 *    شدید»), thanks in earnest («… که بالاخره به ما اعتماد کردید»), a negation, a condition, a question.
 *  - **Dialect "I don't know"** (`not-knowing`): the Kermani / Khorasani «نانم», «نیدونم» (for «نمی‌دونم») opening its
 *    clause (after «والا / والله» or an address word at most), and then ending its clause, or followed by an address word,
 *    «والا», or a question word in the clause: «نانم والا کی فیبر وصل بشه», «نانم جان، راننده هنوز جواب نداده», «نیدونم
 *    کاکا کی بار می‌رسه». «نانم» is also "my bread": «نانم تموم شد», «نانم را خوردم» stay quiet (no question word, no pause);
 *    so does «نیدونم چی بگم» (lost for words, an apology's opening).
 *  - **The customer told to relax** (`calm-down`): «ریلکس» heading the sentence, then an address word and a pause («ریلکس
 *    داداش، …»), or «کن / کنید / کنین» and a pause or an address word («ریلکس کنید، …»). fa.ts reads «ریلکس باش(ید)».
 *    Quiet: an invitation («ریلکس کنید و از سفرتون لذت ببرید»: «و» after it), «ریلکس» not heading («اینجا ریلکس کنید»).
 *  - **Counting the times, said again** (`repeating-myself`): «برای بار سوم / دهم / صدم / چندم …» or «برای دهمین بار»
 *    opening the sentence before the customer's command or subjunctive («برای بار دهم 😑 پیام سنجاق‌شده رو بخونید»; kinds6
 *    reads it before «میگم / عرض می‌کنم»); «دوباره / بازم / مجدداً مُگُم» (dialect «I say») ending its clause; «بازم / باز هم
 *    / دوباره همون سوال؟» as a question with no verb. Quiet: the second time («برای بار دوم رمز را وارد کنید»: a step of a
 *    process), the agent's own first person («برای بار سوم از این دستگاه لذت می‌برم»), «همون سوال» with a verb («دوباره
 *    همون سوال پیش اومد؟»).
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

const conditional = (W: readonly FaWord[], j: number): boolean => faClauseStart(W as FaWord[], j).conditional;
const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => !!W[k] && re.test(W[k].w);

/** Forms of address a Persian agent puts after a word said to the customer. */
const ADDRESS = /^(?:داداش|داداشم|دادا|عزیزم|عزیز|جان|جون|بابا|کاکو|کاکا|آقا|اقا|خانم|خانوم|رفیق|قربان|آبجی|ابجی|برادر|برارم|قارداش|اخی|عمو|حاجی|مشتی)$/;
const BY_GOD = /^(?:والا|والله|واللا|بخدا)$/;
const WH = /^(?:کی|چی|چرا|کجا|کجاست|چطور|چطوری|چند|چندتا|کدوم|کدام|چقدر|چه)$/;

// ---------------- grudging praise, "at last" ----------------

const PRAISE_OPEN = /^(?:خوبه|خوب|سپاسگزاریم|سپاسگزارم|متشکریم|ممنونیم|تشکر)$/;
const AT_LAST = /^(?:بالاخره|بالأخره|آخرش|سرانجام|عاقبت)$/;
/** The customer's success or arrival after trouble: glad for them, not a reproach. */
const THEIR_SUCCESS = /^(?:توانستن|رسیدن|شدن|آمدن|گشتن|یافتن)$/;
/** What one thanks for in earnest: trust, choosing us, waiting, bearing with us. */
const EARNEST = /^(?:اعتماد|انتخاب|صبر|صبوری|تحمل|شکیبایی|همراهی|حوصله|انتظار|منتظر)$/;

function atLastFrom(W: readonly FaWord[], i: number): number {
  if (AT_LAST.test(W[i].w)) return i;
  // «آخر سر», «حداقل این دفعه», «دست‌کم این بار».
  if (W[i].w === 'آخر' && at(W, i + 1, /^سر$/)) return i + 1;
  if (/^(?:حداقل|دستکم|لااقل)$/.test(W[i].w) && at(W, i + 1, /^(?:این|اینبار|ایندفعه)$/)) return W[i + 1].w === 'این' ? (at(W, i + 2, /^(?:دفعه|بار|مرتبه)$/) ? i + 2 : -1) : i + 1;
  return -1;
}

function readGrudgingPraise(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question || conditional(W, j)) return null;
  // «خوب» opens only as «خوب شد» or «چه خوب»; «خوبه» heads its clause.
  let k = j + 1;
  if (w === 'خوب') {
    if (at(W, k, /^شد$/)) k++;
    else if (!(j > 0 && W[j - 1].w === 'چه' && at(W, k, /^که$/))) return null;
  } else if (w === 'خوبه' && j > 0 && !W[j].pauseBefore && !W[j].markBefore) return null;
  let last = -1;
  for (let i = k; i < Math.min(W.length, k + 4); i++) {
    if (W[i].stopBefore) return null;
    last = atLastFrom(W, i);
    if (last >= 0) break;
  }
  if (last < 0) return null;
  // The customer's own past act after it, in the same clause (a stop ends it).
  for (let m = last + 1; m < Math.min(W.length, last + 12); m++) {
    if (W[m].stopBefore || (W[m].pauseBefore && m > last + 1) || EARNEST.test(W[m].w)) return null;
    const v = W[m].v;
    if (!v) continue;
    if (v.negative || v.person.person !== 2 || v.tense !== 'past' || THEIR_SUCCESS.test(v.lemma)) return null;
    const first = w === 'خوب' && j > 0 && W[j - 1].w === 'چه' ? j - 1 : j;
    return faHit(W, first, m, 'sarcasm', 'passive-aggressive');
  }
  return null;
}

// ---------------- dialect "I don't know" ----------------

const DONT_KNOW = /^(?:نانم|نیدونم)$/;

function readDialectDontKnow(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!DONT_KNOW.test(W[j].w) || c.question || conditional(W, j)) return null;
  // Opening its clause, «والا» or one address word before it at most.
  const opens = (k: number) => k === 0 || W[k].pauseBefore || W[k].stopBefore || W[k].markBefore;
  if (!opens(j) && !(j === 1 && (BY_GOD.test(W[0].w) || ADDRESS.test(W[0].w)))) return null;
  const n = W[j + 1];
  const ok = !n || n.pauseBefore || n.stopBefore || ADDRESS.test(n.w) || BY_GOD.test(n.w) || (() => {
    for (let k = j + 1; k < Math.min(W.length, j + 6); k++) {
      if (k > j + 1 && (W[k].pauseBefore || W[k].stopBefore)) return false;
      // «نیدونم چی بگم»: lost for words (an apology's opening), not a question left unanswered.
      if (WH.test(W[k].w)) return !(W[k + 1]?.v?.person.person === 1 && /^(?:گفتن|نوشتن|کردن)$/.test(W[k + 1].v!.lemma));
    }
    return false;
  })();
  if (!ok) return null;
  const end = n && BY_GOD.test(n.w) && !n.pauseBefore ? j + 1 : j;
  return faHit(W, j, end, 'not-knowing', 'uncertainty');
}

// ---------------- relax ----------------

function readRelax(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'ریلکس' || j !== 0 || c.question) return null;
  const n = W[j + 1];
  if (!n || n.stopBefore) return null;
  // «ریلکس داداش، …», «ریلکس عزیزم 😅 …»: an address word, then a pause.
  if (ADDRESS.test(n.w) && !n.pauseBefore) {
    const after = W[j + 2];
    return !after || after.pauseBefore || after.markBefore ? faHit(W, j, j, 'calm-down', 'dismissive') : null;
  }
  // «ریلکس کنید، …», «ریلکس کن بابا، …»: not «ریلکس کنید و از سفرتون لذت ببرید».
  if (/^(?:کن|کنید|کنین)$/.test(n.w) && !n.pauseBefore) {
    const after = W[j + 2];
    if (!after || after.pauseBefore || after.markBefore) return faHit(W, j, j + 1, 'calm-down', 'dismissive');
    if (ADDRESS.test(after.w) && (!W[j + 3] || W[j + 3].pauseBefore || W[j + 3].markBefore)) return faHit(W, j, j + 2, 'calm-down', 'dismissive');
  }
  return null;
}

// ---------------- counting the times, said again ----------------

/** Third and later as «بار X‌م»: سوم … دهم, صدم, هزارم, چندم. */
const NTH = /^(?:سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|بیستم|صدم|هزارم|چندم|چندمین|سومین|چهارمین|پنجمین|ششمین|دهمین|صدمین|هزارمین)$/;
const SAY_DIALECT = /^(?:مگم|موگم|مگوم|میگوم|مگُم)$/;

function readCountAgain(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (w === 'برای') {
    if (j !== 0 || conditional(W, j)) return null;
    let e: number;
    if (at(W, j + 1, /^بار$/) && at(W, j + 2, NTH) && !/ین$/.test(W[j + 2].w)) e = j + 2;
    else if (at(W, j + 1, NTH) && /ین$/.test(W[j + 1].w) && at(W, j + 2, /^بار$/)) e = j + 2;
    else return null;
    // The customer's command or subjunctive in the clause, as what they are told again.
    for (let m = e + 1; m < Math.min(W.length, e + 10); m++) {
      if (W[m].stopBefore) return null;
      const v = W[m].v;
      if (!v) continue;
      if (v.person.person === 1) return null;
      if (v.person.person === 2 && !v.negative && v.tense === 'present' && !v.progressive) return faHit(W, j, e, 'repeating-myself', 'passive-aggressive');
      return null;
    }
    return null;
  }
  if (/^(?:دوباره|بازم|مجددا|مجدداً)$/.test(w) || (w === 'باز' && at(W, j + 1, /^هم$/))) {
    const k = w === 'باز' ? j + 2 : j + 1;
    // «دوباره مُگُم، …»: the dialect «I say», ending its clause.
    if (!c.question && at(W, k, SAY_DIALECT) && !W[k].pauseBefore && (!W[k + 1] || W[k + 1].pauseBefore || W[k + 1].markBefore)) return faHit(W, j, k, 'repeating-myself', 'passive-aggressive');
    // «بازم همون سوال؟»: the same question, asked back with no verb.
    if (at(W, k, /^(?:همون|همان)$/) && at(W, k + 1, /^(?:سوال|سؤال|سواله|سوالا|سوالات|سؤالات|حرف|داستان)$/) && faJoined(W, k + 1)) {
      const next = W[k + 2];
      if (!next || next.stopBefore) {
        // Asked back: the sentence is read as a question.
        return c.question ? faHit(W, j, k + 1, 'repeating-myself', 'passive-aggressive') : null;
      }
    }
  }
  return null;
}

/** The first words this file's readers can start at (a gate: constructions.fa.ts runs the reader only there). */
export function kinds38MayStart(w: string): boolean {
  return PRAISE_OPEN.test(w) || DONT_KNOW.test(w) || w === 'ریلکس' || w === 'برای' || w === 'دوباره' || w === 'بازم' || w === 'باز' || w === 'مجددا' || w === 'مجدداً';
}

function readKinds38(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (PRAISE_OPEN.test(w)) return readGrudgingPraise(c, j);
  if (DONT_KNOW.test(w)) return readDialectDontKnow(c, j);
  if (w === 'ریلکس') return readRelax(c, j);
  return readCountAgain(c, j);
}

/** The reader of this file, in the order constructions.fa.ts runs it. */
export const KIND_READERS_FA_38 = [readKinds38];
