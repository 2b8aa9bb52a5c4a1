/**
 * Persian recall kinds of the thirty-third session (rwfa33b), pooled from the misses of late28 … late32 and train31 and
 * kept only where the kind recurs in three splits or more; written first as look-alikes of their own
 * (tests/unit/rewrite/fa-recall33b.test.ts: other trades, both registers, Arabic ي/ك, no ZWNJ, dialect spellings, and
 * close contrasts that must stay quiet), then read here over the language layer's words. Advice from the generic reader,
 * gated on the first word (kinds33bMayStart).
 *
 *  - **"no problem" said of our own fault** (`minimising`, late28 BK046, late31 BR049, train31 TRD049): «مشکلی نیست /
 *    اشکالی ندارد / عیبی نداره» opening the sentence, then, before the sentence ends, a fault of the service in the third
 *    person (late, a delay, defective, broken, damaged). The customer's own lateness forgiven («مشکلی نیست که دیر پیام
 *    دادید»: a second-person verb), a condition («… اگه دیر برسید»), a reply to thanks («خواهش می‌کنم، مشکلی نیست»), an
 *    intensified reassurance («اصلاً / هیچ / نه بابا … مشکلی نیست») and a clause with no fault stay quiet.
 *  - **a hope where a delivery date should be, in a letter** (`hedged-effort`, late29 BM075, late30 BO074), and **a third
 *    party's ability hoped for** (train31 TRB075, «امیدوارم هتل بتانه …»): «امیدوارم / امیدواریم (که)» before the formal
 *    third-person subjunctive of «رسیدن» with a time in the clause («تا ظهر برسد», «فردا برسند»), or before «بتواند /
 *    بتونه / بتانه» of someone else. The colloquial «امیدوارم بسته تا جمعه برسه» is read by kind in kinds37.fa.ts (fa.dev's
 *    fa-2044 relabelled ill-try in the thirty-seventh session, as every writer marks it); a wish («سالم به دستتان برسد», «راضی باشید», «مفید باشد») and the
 *    customer's own ability («پسرتان بتواند …») stay quiet.
 *  - **the customer's act done late or wrong, as the cause** (`second-person-blame`, late32 BS033, train31 TRD110; late29
 *    BM034 in Finglish is not read): a second-person past verb right after «دیر / اشتباه / غلط / ناقص», in a clause that
 *    «چون / زیرا» opens or that «خودت / شما / جنابعالی» opens. Our own lateness («چون دیر جواب دادیم»), a negated verb, a
 *    lateness forgiven («مشکلی نیست که دیر …»), a condition and a question stay quiet.
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

const conditional = (W: readonly FaWord[], j: number): boolean => faClauseStart(W as FaWord[], j).conditional;

/** Where word j's clause ends (exclusive): the next pause, stop or mark, at most `max` words on. */
function clauseEnd(W: readonly FaWord[], j: number, max: number): number {
  let k = j + 1;
  while (k < W.length && k <= j + max && !W[k].pauseBefore && !W[k].stopBefore && !W[k].markBefore) k++;
  return Math.min(k, W.length);
}

// ---------------- «مشکلی نیست؛ کارت‌های معیوب فردا چاپ می‌شود» ----------------

const NO_PROBLEM = /^(?:مشکلی|اشکالی|اشکال|عیبی|عیب|ایرادی)$/;
/** Words that may stand before it without making it a reply to thanks or an intensified reassurance: a vocative, a greeting. */
const VOCATIVE = /^(?:عزیزم|عزیزی|عزیز|جان|جون|آقا|خانم|خانوم|داداش|داداچ|کاکا|کاکو|عامو|برار|خواهر|گلم|سلام|باسلام|با|سرور|گرامی|محترم|مشترک|مشتری|کاربر)$/;
/** A fault of the service: late, a delay, defective, broken, damaged, scratched, squashed, burnt. */
const FAULT = /^(?:دیر|دیرتر|تاخیر|تأخیر|تاخیرش|تأخیرش|معیوب|معیوبه|خراب|خرابه|شکسته|شکستهست|آسیب|آسیبدیده|خش|خراش|له|سوخته|ناقص|کسری)$/;

function readNoProblemOurFault(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!NO_PROBLEM.test(W[j].w) || c.question) return null;
  const nv = W[j + 1]?.v;
  if (!nv || !faJoined(W, j + 1) || !nv.negative || nv.tense !== 'present' || (nv.lemma !== 'بودن' && nv.lemma !== 'داشتن')) return null;
  // It opens the sentence: only a vocative or a greeting before it.
  for (let k = j - 1; k >= 0; k--) {
    if (W[k + 1].stopBefore) break;
    if (!VOCATIVE.test(W[k].w)) return null;
  }
  let k = j + 2;
  // «اشکالی ندارد که، …»: the particle before a pause; «… که دیر پیام دادید» / «اگه …» are what is allowed, not a shrug.
  if (W[k] && W[k].w === 'که' && faJoined(W, k)) {
    if (!(W[k + 1] && W[k + 1].pauseBefore)) return null;
    k++;
  }
  if (W[k] && faJoined(W, k) && /^(?:اگه|اگر|چنانچه)$/.test(W[k].w)) return null;
  let end = k;
  while (end < W.length && end < k + 16) end++;
  for (let m = k; m < end; m++) {
    const v = W[m].v;
    // The customer's act or the customer addressed («دیر پیام دادید», «دیر برسید»): forgiven or allowed, not our fault.
    if (v && v.person.person === 2) return null;
    if (/^(?:اگه|اگر|چنانچه)$/.test(W[m].w)) return null;
    if (FAULT.test(W[m].w)) {
      // «اشکالی نداره، قطعه معیوب رو عوض می‌کنیم»: the faulty thing as the object of our remedy (a permission granted), not a shrug.
      if ((W[m + 1] && /^(?:رو|را|هارو|هارا)$/.test(W[m + 1].w)) || (W[m + 2] && /^(?:رو|را)$/.test(W[m + 2].w) && !W[m + 1].v)) return null;
      // The fault word's own verb (the next verb in its clause) must not be the customer's.
      for (let n = m + 1; n < Math.min(W.length, m + 6); n++) {
        const u = W[n].v;
        if (!u) continue;
        if (u.person.person === 2) return null;
        break;
      }
      return faHit(W, j, j + 1, 'minimising', 'dismissive');
    }
  }
  return null;
}

// ---------------- «امیدوارم که کامیون تا ظهر به شما برسد», «امیدوارم هتل بتانه …» ----------------

const HOPE = /^(?:امیدوارم|امیدواریم|امیدوارُم)$/;
/** A wish for the customer or a courtesy: safe, pleased, useful, enjoyed, helped. */
const WISH = /^(?:سالم|صحیح|سلامت|سلامتی|راضی|رضایت|مفید|مفیدی|پسند|لذت|خوش|خوشحال|شاد|موفق|بهتر|خوب|کمک|کمکتان|کمکتون|راهگشا|قبول|مبارک)$/;
/** A time in the clause: a deadline or a day. */
const TIME = /^(?:تا|فردا|پسفردا|امروز|امشب|ظهر|عصر|صبح|شب|شنبه|یکشنبه|دوشنبه|سهشنبه|چهارشنبه|پنجشنبه|جمعه|هفته|آخر|پایان)$/;
/** A third party's ability in the subjunctive: «بتواند», «بتونه», the Gilaki «بتانه». */
const CAN3 = /^(?:بتواند|بتوانند|بتونه|بتونن|بتانه|بتانن)$/;
/** A second-person owner on a noun («پسرتان», «بچه‌ت»): the customer's own ability or errand. */
const YOURS = /(?:تون|تان)$/;

function readHopeThirdParty(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!HOPE.test(W[j].w) || c.question || conditional(W, j)) return null;
  let from = j + 1;
  if (W[from]?.w === 'که' && faJoined(W, from)) from++;
  const end = clauseEnd(W, from - 1, 12);
  let time = false;
  for (let k = from; k < end; k++) {
    const w = W[k].w;
    if (WISH.test(w)) return null;
    if (CAN3.test(w)) {
      for (let m = from; m < k; m++) if (YOURS.test(W[m].w) || /^(?:شما|شوما|جنابعالی|خودتون|خودتان)$/.test(W[m].w)) return null;
      return k > from ? faHit(W, j, j, 'hedged-effort', 'uncertainty') : null;
    }
    if (TIME.test(w)) time = true;
    const v = W[k].v;
    if (!v) continue;
    // The formal third-person subjunctive of arriving («برسد», «برسند»), a time in the clause: the date left to hope.
    if (v.lemma === 'رسیدن' && v.subjunctive && v.tense === 'present' && v.person.person === 3 && !v.negative && /د$/.test(w) && time) {
      return faHit(W, j, from > j + 1 ? j + 1 : j, 'hedged-effort', 'uncertainty');
    }
    return null;
  }
  return null;
}

// ---------------- «چون نوبت را دیر لغو کردید», «خودت کارت ورود رو دیر گرفتی» ----------------

const BECAUSE = /^(?:چون|چونکه|زیرا|چراکه)$/;
const YOU_OPENS = /^(?:خودت|خودتون|خودتان|شما|شوما|جنابعالی|حضرتعالی|سرکارعالی)$/;
const LATE_WRONG = /^(?:دیر|اشتباه|اشتباهی|غلط|ناقص)$/;

function readLateYou(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (!(BECAUSE.test(w) || YOU_OPENS.test(w)) || c.question || conditional(W, j)) return null;
  // «شما / خودت» opens its clause (a vocative before it at most); «چون» anywhere.
  if (YOU_OPENS.test(w) && !(j === 0 || W[j].pauseBefore || W[j].stopBefore || W[j].markBefore || (j === 1 && !W[0].v))) return null;
  const end = clauseEnd(W, j, 10);
  for (let k = j + 1; k < end; k++) {
    const v = W[k].v;
    if (!v) continue;
    // The first verb of the clause: the customer's, past, not negated, right after «دیر / اشتباه».
    if (v.person.person !== 2 || v.tense !== 'past' || v.negative) return null;
    let a = k - 1;
    // «دیر لغو کردید»: a light verb's noun between the adverb and the verb.
    if (a > j && !LATE_WRONG.test(W[a].w) && !W[a].v) a--;
    if (a > j && LATE_WRONG.test(W[a].w)) return faHit(W, j, k, 'second-person-blame', 'blame');
    return null;
  }
  return null;
}

/** The first words this file's readers can start at (a gate: constructions.fa.ts runs the reader only there). */
export function kinds33bMayStart(w: string): boolean {
  return NO_PROBLEM.test(w) || HOPE.test(w) || BECAUSE.test(w) || YOU_OPENS.test(w);
}

function readKinds33b(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (NO_PROBLEM.test(w)) return readNoProblemOurFault(c, j);
  if (HOPE.test(w)) return readHopeThirdParty(c, j);
  if (BECAUSE.test(w) || YOU_OPENS.test(w)) return readLateYou(c, j);
  return null;
}

/** The reader of this file, in the order constructions.fa.ts runs it. */
export const KIND_READERS_FA_33B = [readKinds33b];
