/**
 * Persian families of the sixteenth session (rwfa7), each read off misses of at least two different writers of late10-late13
 * and written for the whole family, not the sentence (fa-core.json's size budget is spent: tests/unit/packs/budget.test.ts).
 * Advice only, as every generic hit (no alternative text, so nothing promised or invented). Words are folded: no ZWNJ, ي/ك
 * read as ی/ک, a space inside a word read like a ZWNJ.
 *
 *  - **the policy of <any owner> is (that) + a restriction**: «سیاست هتل اینه که قبل از ۱۴ تحویل نداریم», «سیاست شرکت ما
 *    اینه، خودرو فقط با چک تحویل داده میشه», «رویه این مجموعه این است که … پذیرفته نمی‌شود», «قانون باشگاه اینطوریه، فقط
 *    …»: the rule held up as a wall, whoever owns it (the pack reads the owners شرکت/ما/فروشگاه/مجموعه only). The restriction
 *    must follow in its sentence (a negated verb, «فقط», «صرفاً», «ممنوع», «مجاز نیست»), or the sentence ends on the rule
 *    («سیاست بیمارستان اینه.»). Not a rule that gives («سیاست ما اینه که هزینه رو خودمون بدیم», «… رایگان …», «…
 *    می‌تونید …») nor one that spares the customer a harm («… هیچ مشتری‌ای بی‌جواب نمونه»).
 *  - **as was stated (impersonal)**: «چنانچه در نامه مورخ … نیز قید گردید», «همان‌گونه که پیش‌تر به اطلاع رسید / اعلام
 *    گردید», «همونطور که قبلاً هم گفته شده بود»: the customer reminded they were told, in the passive of officialese (the pack
 *    and kinds2.fa.ts read the first person «گفتم», «عرض کردم», and «ذکر شد» after «همان‌طور که» only). An earlier-time word
 *    is needed (قبلاً، پیش‌تر، بارها، مورخ، قبلی، or نیز/هم with a letter or message): «همان‌طور که در سایت اعلام شده، ارسال
 *    رایگان است» points to a page, no reminder; and «چنانچه … اعلام شده باشد» is a condition.
 *  - **«not important»**: «موضوع چندان مهمی نیست», «قضیه خیلی مهمی نیست» (a degree word, or a head the pack's fa-minimise
 *    does not list; the late12 writer's «چیز مهمی که نشده» is kinds2.fa.ts's): «مهمی» only, not in a condition.
 *
 * None in a question.
 */
import { faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { FaGate } from './dispatch.fa.ts';
import type { GenericHit } from './types.ts';

const RULE_HEAD = /^(?:سیاست|سیاستهای|قانون|قوانین|مقررات|ضوابط|رویه|پالیسی|دستورالعمل|آییننامه)(?:ی|مون|مان|شون|شان)?$/;
/** Words that may stand between the rule and «اینه»: its owner («هتل», «شرکت ما», «این مجموعه»), never a verb or «که». */
const NOT_OWNER = /^(?:که|و|یا|اما|ولی|را|رو|است|هست|بود|نیست|اینه|همینه)$/;
const THIS_IS = /^(?:اینه|اینست|اینطوریه|اینطوره|اینجوریه|اینجوره|اینگونهاست)$/;
const COPULA = /^(?:است|هست|میباشد)$/;
/** A restriction in the rest of the sentence. */
const ONLY = /^(?:فقط|صرفا|صرفاً|ممنوع|ممنوعه|ممنوعست|غیرمجاز|نمیشه|نمیشود|نمیتونیم|نمیتوانیم|نداریم|نمیدیم|نمیدهیم|نمیکنیم|نمیگیریم|نمیپذیریم)$/;
/** A rule that gives, or spares the customer a harm: no wall. */
const GIVES = /^(?:خودمون|خودمان|رایگان|رایگانه|مجانی|میتونید|میتوانید|میتونین|بیجواب|معطل|منتظر|ضرر|متضرر|نگران|ناراضی|بیپاسخ|سرگردان)$/;

function readPolicyOfAnyOwner(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!RULE_HEAD.test(W[j].w)) return null;
  // «سیاست هتل اینه», «سیاست شرکت ما این است», «سیاستمون اینطوریه»: up to three owner words.
  let k = j + 1;
  for (; k <= j + 4 && faJoined(W, k); k++) {
    const x = W[k];
    if (THIS_IS.test(x.w)) break;
    if ((x.w === 'این' || x.w === 'اینطور' || x.w === 'اینگونه') && COPULA.test(W[k + 1]?.w ?? '') && faJoined(W, k + 1)) break;
    if (x.w === 'بر' && W[k + 1]?.w === 'این' && COPULA.test(W[k + 2]?.w ?? '')) break;
    if (x.v || NOT_OWNER.test(x.w)) return null;
  }
  if (!faJoined(W, k) || k > j + 4) return null;
  let end = k;
  if (!THIS_IS.test(W[k].w)) end = W[k].w === 'بر' ? k + 2 : k + 1;
  if (!faJoined(W, end)) return null;
  // The rest of the sentence: «که …» or, after a comma, the rule itself.
  const rest: FaWord[] = [];
  for (let m = end + 1; m < W.length && !W[m].stopBefore; m++) rest.push(W[m]);
  if (!rest.length) return faHit(W, j, end, 'policy-shield', 'policy');
  if (rest[0].w !== 'که' && !rest[0].pauseBefore) return null;
  if (rest.some((x) => GIVES.test(x.w))) return null;
  const restricts = rest.some((x) => ONLY.test(x.w) || (x.v?.negative && x.v.person.person !== 2) || /^(?:مجاز|امکانپذیر|ممکن)$/.test(x.w));
  return restricts ? faHit(W, j, end, 'policy-shield', 'policy') : null;
}

const AS_ONE = /^(?:چنانچه|چنانکه|همچنانکه|همانطور|همونطور|همانطوری|همونطوری|همانگونه|همانجور|همونجور|همونجوری)$/;
const EARLIER = /^(?:قبلا|قبلاً|پیشتر|بارها|مکررا|مکرراً|مورخ|قبلی|سابق|سابقا|سابقاً|گذشته)$/;
const ALSO = /^(?:نیز|هم)$/;
const MESSAGE = /^(?:نامه|نامهی|پیام|پیامک|ایمیل|مکاتبه|مکاتبات|تماس|ابلاغیه|اطلاعیه|تیکت|پاسخ|مکالمه)$/;
const TOLD_NOUN = /^(?:قید|ذکر|اعلام|عرض|اشاره|گفته|توضیح|اطلاعرسانی|بیان|تاکید|تأکید|ابلاغ|تذکر|یادآوری|خاطرنشان|مطرح|اطلاع)$/;
const PASSIVE = /^(?:شد|گردید|شده|گردیده|شدهاست|گردیدهاست|شدهبود|گردیدهبود|رسید)$/;

function readAsWasStated(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  // «همان طور که» with a plain space: two words.
  const split = /^(?:همان|همون)$/.test(w) && /^(?:طور|طوری|گونه|جور|جوری)$/.test(W[j + 1]?.w ?? '') && faJoined(W, j + 1);
  if (!AS_ONE.test(w) && !split) return null;
  if (j > 0 && !W[j].pauseBefore) return null;
  let k = split ? j + 2 : j + 1;
  if (!/^(?:چنانچه|چنانکه|همچنانکه)$/.test(w)) {
    if (W[k]?.w !== 'که' || !faJoined(W, k)) return null;
    k++;
  }
  let earlier = false, also = false, message = false;
  for (; k < Math.min(W.length, j + 10) && faJoined(W, k); k++) {
    const x = W[k];
    if (TOLD_NOUN.test(x.w)) break;
    if (x.v) return null;
    if (EARLIER.test(x.w)) earlier = true;
    if (ALSO.test(x.w)) also = true;
    if (MESSAGE.test(x.w)) message = true;
  }
  if (!faJoined(W, k) || !TOLD_NOUN.test(W[k].w) || !(earlier || (also && message))) return null;
  // «توضیح داده شد», «به اطلاع رسید»: the telling noun's light verb, then the passive.
  let m = k + 1;
  if (W[k].w === 'توضیح' && /^(?:داده)$/.test(W[m]?.w ?? '') && faJoined(W, m)) m++;
  if (!faJoined(W, m) || !PASSIVE.test(W[m].w)) return null;
  if (W[k].w === 'اطلاع' ? W[m].w !== 'رسید' : W[m].w === 'رسید') return null;
  let end = m;
  if (faJoined(W, m + 1) && /^(?:بود|است|بوده)$/.test(W[m + 1].w)) end = m + 1;
  // «چنانچه قبلاً اعلام شده باشد»: a condition, not a reminder.
  if (faJoined(W, end + 1) && /^(?:باشد|باشه|باشند|بوده|باشید)$/.test(W[end + 1].w)) return null;
  return faHit(W, j, end, 'repeating-myself', 'passive-aggressive');
}

const MATTER = /^(?:موضوع|مسئله|مساله|چیز|اتفاق|قضیه|جریان)$/;
const DEGREE = /^(?:چندان|خیلی|زیاد|آنچنان|اونچنان|آنقدر|اونقدر|اونقدرا|همچین|چنان)$/;
const NOT_IS = /^(?:نیست|نیس|نمیباشد|نبود|نبوده)$/;

/**
 * «موضوع چندان مهمی نیست», «قضیه خیلی مهمی نیست»: the customer's matter called unimportant, with a degree word or a head the
 * pack's fa-minimise does not list (it reads «چیز/مسئله/مشکل مهمی نیست»). «مهمی» only: «مشکل چندان جدی‌ای نیست، با یه
 * ریستارت درست میشه» is a reassurance about a fault, not the customer's concern waved off.
 */
function readNotImportant(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!MATTER.test(W[j].w)) return null;
  let k = j + 1;
  if (faJoined(W, k) && DEGREE.test(W[k].w)) k++;
  if (!faJoined(W, k) || W[k].w !== 'مهمی' || !faJoined(W, k + 1) || !NOT_IS.test(W[k + 1].w)) return null;
  // A condition («اگر موضوع مهمی نیست …») or a question is no dismissal.
  for (let m = j - 1; m >= 0 && !W[m + 1].pauseBefore; m--) if (/^(?:اگر|اگه|چنانچه|درصورتیکه)$/.test(W[m].w)) return null;
  return faHit(W, j, k + 1, 'minimising', 'dismissive');
}

function readKinds4(c: FaCtx, j: number): GenericHit | null {
  if (c.question) return null;
  return readPolicyOfAnyOwner(c, j) ?? readAsWasStated(c, j) ?? readNotImportant(c, j);
}

/** The readers of this file, in the order kinds.fa.ts runs them. */
export const KIND_READERS_FA_4 = [readKinds4];

/** The reader's first tests restated on the written word, for constructions.fa.ts's dispatch (see KIND_GATES_FA in kinds.fa.ts). */
export const KIND_GATES_FA_4: ReadonlyMap<(c: FaCtx, j: number) => GenericHit | null, FaGate<unknown>> = new Map([
  [readKinds4, { w: (w: string) => RULE_HEAD.test(w) || AS_ONE.test(w) || w === 'همان' || w === 'همون' || MATTER.test(w) }],
]);
