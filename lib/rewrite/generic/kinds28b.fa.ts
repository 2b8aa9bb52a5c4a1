/**
 * Persian kinds of rwfab28 (twenty-eighth session), from misses that recur on late24-27, written out first as look-alikes
 * of their own (scripts/fa-kinds28b-matrix.ts), then read here over the language layer's words. Advice from the generic
 * reader (`customer-obligation`), gated on the first word (kinds28bMayStart).
 *
 *  - **a bare singular order to the customer**: the «تو» imperative of handing over or turning up, with nothing to soften it:
 *    a thing of the service as its marked object («مدارکتو بیار», «فیش واریزیو بفرست», «بیعانه رو واریز کن»), or a day or
 *    an hour before «باش» («فردا ۷ صبح دم در باش»). Only the singular: a plural imperative is how the splits' own
 *    instructions are written («برای فعال‌سازی، کد را وارد کنید»; no rule flags it) and it stays quiet. «لطفاً / بی‌زحمت»
 *    in the sentence, an invitation («هر وقت خواستی …»), a condition, a question, a reassurance («مطمئن باش»), and a third
 *    party's order reported («همکارم گفت فیش رو بفرست») stay quiet. Shekasteh's everyday orders («اونو بیار», «برو
 *    بیرون») have no service object and no hour, and are not read.
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

/** Things a customer hands over or pays, in any trade, with a possessive or object ending folded on («مدارکتو»). */
const THING = /^(?:مدارک|مدرک|شناسنامه|کارت|فیش|رسید|قبض|فاکتور|عکس|کد|شماره|بیعانه|پول|مبلغ|پیشپرداخت|ودیعه|کرایه|قسط|چک|سند|گواهی|فرم|آدرس|کپی)(?:ها|های|هات)?(?:ت|تو|ترو|تون|تونو|تان|و|رو)?$/;
const THING_END = /و$/;
const SOFT = /^(?:لطفا|لطفاً|لطفن|خواهشا|خواهشاً|بیزحمت|زحمتش|خواهشمندم|قربونت|قربانت|ممنون|مرسی|هروقت|هرموقع)$/;
const SAID = /^(?:گفت|گفته|گفتن|میگه|میگن|میگوید|گفتند|گفتش|نوشته)$/;
/**
 * Handing over to us: bring, send, pay, sign, upload. Not using or keeping («کد تخفیفو وارد کن», «رسیدتو نگه دار»), and not
 * «بده»: also «it's bad», and a step of a delivery for the customer's own good («کد تحویل رو به پیک بده»; an aside split
 * lost a neutral to it).
 */
const HAND_OVER = /^(?:آوردن|فرستادن)$/;
const LIGHT_NOUN = /^(?:واریز|ارسال|پرداخت|پر|امضا|آپلود|اپلود)$/;
/** The customer's gain, not ours to ask for («کد تخفیفتو بده به دوستت»). */
const GAIN = /^(?:تخفیف|تخفیفتو|تخفیفت|تخفیفو|هدیه|هدیهتو|هدیهات|جایزه|جایزهتو|جایزت|شارژ|اعتبار|امتیاز)/;
const DAY = /^(?:فردا|پسفردا|امروز|امشب|شنبه|یکشنبه|دوشنبه|سهشنبه|چهارشنبه|پنجشنبه|جمعه|ساعت)$/;
const NOT_ORDER_BE = /^(?:مطمئن|راحت|خوش|آروم|آرام|نگران|منتظر|خیالت|سالم|موفق)$/;

/** A singular «تو» imperative at k (not a subjunctive: no ending), or «کن / بکن» after a light noun. */
function imperativeAt(W: readonly FaWord[], k: number): number {
  const x = W[k];
  if (!x || !faJoined(W, k)) return -1;
  const v = x.v;
  if (v && v.person.person === 2 && !v.person.plural && v.subjunctive && !v.progressive && !v.negative && v.tense === 'present' && v.ending === '' && HAND_OVER.test(v.lemma)) return k;
  if (LIGHT_NOUN.test(x.w) && W[k + 1] && faJoined(W, k + 1) && /^(?:کن|بکن)$/.test(W[k + 1].w)) return k + 1;
  return -1;
}

const NEED = /^(?:لازم|نیاز|نیازی|احتیاج|احتیاجی|ضرورت|ضرورتی)$/;
const NOT_NEEDED = /^(?:نیست|نیس|نی|نداره|ندارد|نمیخواد|نمیخواهد|نمیخاد)$/;

/**
 * A burden lifted before the order («هیچی لازم نیست بیاری، فقط آدرستو بفرست», «مدرک اضافه نمیخواد، کارتتو بیار»): what is
 * left to do is the easy part, said as relief (a late28 neutral, twenty-ninth session). «لازم / نیاز …» with «نیست /
 * نداره» up to five words on, or «نمیخواد» on its own.
 */
function burdenLifted(W: readonly FaWord[], j: number): boolean {
  for (let i = 0; i < j; i++) {
    if (/^(?:نمیخواد|نمیخاد|نمیخواهد)$/.test(W[i].w)) return true;
    if (!NEED.test(W[i].w)) continue;
    for (let k = i + 1; k < Math.min(j, i + 6); k++) if (NOT_NEEDED.test(W[k].w)) return true;
  }
  return false;
}

/** Nothing before j softens, invites or reports it, lifts a burden, and it is no question or condition. */
function bareOrder(c: FaCtx, j: number, end: number): boolean {
  const { W } = c;
  if (c.question || c.reassuring) return false;
  if (W.some((x) => SOFT.test(x.w))) return false;
  if (burdenLifted(W, j)) return false;
  for (let i = 0; i < j; i++) if (SAID.test(W[i].w) || (W[i].w === 'هر' && /^(?:وقت|موقع|زمان)$/.test(W[i + 1]?.w ?? ''))) return false;
  if (W[end + 1] && /^(?:لطفا|لطفاً)$/.test(W[end + 1].w)) return false;
  // A how-to step after its purpose («برای فعال‌سازی، کدو وارد کن»): the instructions the customer asked for.
  for (let i = 0; i < j; i++) if (/^(?:برای|واسه|جهت)$/.test(W[i].w) && W.slice(i + 1, j + 1).some((x) => x.pauseBefore)) return false;
  return !faClauseStart(W as FaWord[], j).conditional;
}

function readHandOver(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // The thing, up to two more words of its name («عکس کارت ملیتو»), its mark on the last word or «رو / را» after it.
  for (let k = j, n = 0; k < W.length && n < 3; k++, n++) {
    if (k > j && !faJoined(W, k)) return null;
    if (GAIN.test(W[k].w)) return null;
    let obj = -1;
    if (/^(?:رو|را)$/.test(W[k + 1]?.w ?? '') && faJoined(W, k + 1)) obj = k + 1;
    else if (THING_END.test(W[k].w) && (k > j || W[k].w.length > 3)) obj = k;
    if (obj < 0) continue;
    let v = obj + 1;
    if (/^(?:اول|سریع|زود|فورا|فوراً)$/.test(W[v]?.w ?? '') && faJoined(W, v)) v++;
    const end = imperativeAt(W, v);
    if (end < 0) continue;
    return bareOrder(c, j, end) ? faHit(W, j, end, 'customer-obligation', 'commands') : null;
  }
  return null;
}

function readBeThere(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  for (let k = j + 1; k < Math.min(W.length, j + 8); k++) {
    if (!faJoined(W, k)) return null;
    if (W[k].w !== 'باش') continue;
    if (W.slice(j + 1, k).some((x) => NOT_ORDER_BE.test(x.w))) return null;
    return bareOrder(c, j, k) ? faHit(W, j, k, 'customer-obligation', 'commands') : null;
  }
  return null;
}

// ---------------- «نی» for «نیست»: not ours ----------------

const OURS = /^(?:دست|کار|مسئولیت|وظیفه|مربوط)$/;
const AFTER_NI = /^(?:خا|خب|دیگه|دیگر|برادر|خواهر|جان|عزیزم|عزیز|آقا|خانم|بابا|واقعا|واقعاً)$/;

/**
 * «کمد رختکن دست ما نی خا، …», «این کار مو نی»: colloquial and Dari «نی» for «نیست» after «دست / کار / مسئولیت» + a
 * first person, closing its clause (one address or filler word may follow). What fa-core's not-my-dept reads in «نیست».
 * «نی» inside a word («نی‌لبک», «نیما») is another word to the language layer; «نی لبک» with a space does not close.
 */
function readNotOursNi(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j + 1;
  if (W[j].w === 'مربوط' && /^(?:به|ب)$/.test(W[k]?.w ?? '')) k++;
  if (!/^(?:من|ما|مو|بنده)$/.test(W[k]?.w ?? '') || !faJoined(W, k)) return null;
  const ni = k + 1;
  if (W[ni]?.w !== 'نی' || !faJoined(W, ni)) return null;
  const closes = (i: number) => !W[i + 1] || W[i + 1].pauseBefore || W[i + 1].markBefore;
  if (!closes(ni) && !(AFTER_NI.test(W[ni + 1].w) && closes(ni + 1))) return null;
  if (faClauseStart(W as FaWord[], j).conditional) return null;
  return faHit(W, j, ni, 'deflection', 'dismissive');
}

// ---------------- stacked apologies, Dari forms ----------------

const SORRY = /^(?:معذرت|بخشید|ببخشید|شرمنده|شرمندهام|عذر|پوزش)$/;
const VERY = /^(?:بسیار|خیلی|واقعا|واقعاً|باز|بازم)$/;

/**
 * «بسیار معذرت، بسیار بخشید.»: two apologies of different words stacked, the second closing its sentence, with no reason
 * after either (Dari «بخشید» for «ببخشید», «معذرت» bare). What fa-core's apology-for-asking reads in «ببخشید، خیلی
 * شرمنده». One apology with its reason («بسیار بخشید، بسته دیر رسید»), «ببخشید که …» and a question stay quiet.
 */
function readStackedSorry(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  if (j > 0 && !W[j].pauseBefore && !W[j].markBefore) return null;
  let a = j;
  if (VERY.test(W[a].w)) a++;
  if (!SORRY.test(W[a]?.w ?? '') || (a > j && !faJoined(W, a))) return null;
  let b = a + 1;
  if (!W[b] || !W[b].pauseBefore || W[b].stopBefore) return null;
  if (VERY.test(W[b].w)) b++;
  if (!SORRY.test(W[b]?.w ?? '') || W[b].w === W[a].w) return null;
  if (W[b + 1] && !W[b + 1].stopBefore) return null;
  return faHit(W, j, b, 'apology-reflex', 'over-apology');
}

export function kinds28bMayStart(w: string): boolean {
  return THING.test(w) || DAY.test(w) || OURS.test(w) || SORRY.test(w) || VERY.test(w);
}

function readKinds28b(c: FaCtx, j: number): GenericHit | null {
  if (OURS.test(c.W[j].w)) return readNotOursNi(c, j);
  if (SORRY.test(c.W[j].w) || VERY.test(c.W[j].w)) return readStackedSorry(c, j);
  // Only the first word of its clause's run: «اول بیعانه رو …» starts at «بیعانه», «فردا ساعت ۷ …» at «فردا».
  if (DAY.test(c.W[j].w)) return j > 0 && DAY.test(c.W[j - 1].w) && faJoined(c.W, j) ? null : readBeThere(c, j);
  return THING.test(c.W[j].w) ? readHandOver(c, j) : null;
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_28B = [readKinds28b];
