/**
 * Persian kinds of the thirty-seventh session (the lead), read by kind over the fresh writer splits' misses when each
 * split was new (late34, late35, late36; the same kinds in late7 and late32): earlier sessions read each turn of them as a
 * narrow construction (kinds29, kinds31, kinds32, kinds33b), and every new writer wrote another turn. These read the kind.
 *
 *  - **Hope or God willing in place of the service's own outcome** (`hedged-effort`): «امیدوارم / امیدواریم / ان‌شاءالله /
 *    ایشالا / بلکم» opening its clause (an address word or a comma before it at most), then the sentence's first verb is a
 *    third person (or our first person plural) in the present, the subjunctive or the future («خواهد شد»), not negated,
 *    with a time the step is put on (a deadline, a day, an hour; not a vague «به زودی»):
 *    «امیدوارم دستگاه تا روز شنبه تعمیر شود», «امیدواریم مبلغ ظرف ۷۲ ساعت بازگردد», «ان‌شاءالله تکنسین فردا مراجعه خواهد
 *    کرد», «ایشالا فردا تعمیرکار بیاد», «بلکم بسته‌ت تا پنجشنبه برسه». Quiet: a wish for the customer (a second person verb,
 *    the words of health, pleasure, use, safety: «امیدوارم از خرید راضی باشید», «ایشالا سالم برسه», «امیدوارم مفید باشد»),
 *    «بودن / داشتن» as the verb (a courtesy: «امیدوارم این توضیح کافی باشد»), a past or perfect («امیدوارم حل شده باشد»), a
 *    negation («ایشالا دیگه تکرار نمیشه»), a question, a condition, and a firm step said before it in the sentence (a
 *    first person verb before the hope: «فردا می‌فرستیم، ان‌شاءالله» is a promise with a blessing), done news before it
 *    («… ثبت گردید؛ انشالا فردا ارسال می‌شود»), a condition before it.
 *  - **Thanks for the customer's act done late or asked again** (`sarcasm`): «(خیلی) ممنون / مرسی / سپاس / متشکرم (از
 *    اینکه / که)» then, in the same clause, «بعد از / پس از» a span of weeks, days or months and the customer's past verb
 *    («خیلی ممنون که بعد از سه هفته یادتون افتاد», «سپاس از اینکه پس از سه هفته به یاد فرش خود افتادید»), or the same
 *    question again («… که باز هم همون سوال رو پرسیدید»). Quiet: thanks for waiting or bearing with us (صبر، تحمل، منتظر،
 *    همراهی, «شکیبایی»), thanks for coming back («دوباره ما رو انتخاب کردید», «باز هم خرید کردید»), a present verb
 *    («… هنوز مشتری ما هستید»). Finglish: «mersi ke baz ham hamun soal ro porsidid».
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import { apartHits, finglishTableHits, registerFinglishTables, type FinglishKind } from './breadth27.fa.ts';
import type { GenericHit } from './types.ts';

const INSHALLAH = /^(?:ای|ان)شا[ءا]?(?:الله|لله|اله|لا|الا)$/;
const HOPE = /^(?:امیدوارم|امیدواریم|امیدوارُم|امیدوارێم)$/;
/** Dialect «hopefully, maybe» (Khorasani, Kermani): «بلکم», «بلکَم» folded. */
const MAYBE = /^(?:بلکم|بلکمی)$/;
/** A wish for the customer or a courtesy: safe, pleased, useful, enjoyed, well, congratulated, satisfied, enough. */
const WISH = /^(?:سالم|صحیح|سلامت|سلامتی|راضی|رضایت|مفید|مفیدی|پسند|لذت|خوش|خوشحال|شاد|موفق|موفقیت|بهتر|خوب|خوبی|کمک|کمکتان|کمکتون|راهگشا|قبول|مبارک|مبارکه|کافی|پاسخگو|ادامه|همکاری|همینطور|همینطوری|اینطور|حال|حالتون|حالتان|بهبود|عافیت|تکرار)$/;
/** The customer's own life event hoped for («ایشالا تا عید عروسیتون سر بگیره», «… سفرتون خوش بگذره»): a wish, not our step. */
const LIFE_EVENT = /^(?:عروسی|جشن|تولد|سفر|امتحان|کنکور|قبولی|مراسم|زایمان)(?:تون|تان|ت|شون|ش|ی|های|ها)?$/;
const conditional = (W: readonly FaWord[], j: number): boolean => faClauseStart(W as FaWord[], j).conditional;
const FUTURE_AUX = /^(?:خواهد|خواهند|خواهیم)$/;
/**
 * A time the step is put on: a deadline «تا …» (not «تا زودتر»), a day, a part of the day, a week, an hour, «ظرف». Vague
 * soon («به زودی», «هرچه زودتر») is a general wish («امیدوارم هرچه زودتر این بحران تموم بشه»), not a date left to hope.
 */
const TIME = /^(?:فردا|فردای|پسفردا|امروز|امشب|ظهر|عصر|عصری|صبح|شب|بعدازظهر|شنبه|یکشنبه|دوشنبه|سهشنبه|چهارشنبه|پنجشنبه|جمعه|هفته|هفتهی|آخر|پایان|ظرف|ساعت|دقیقه|عید|آینده|اینده)$/;
function timed(W: readonly FaWord[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (TIME.test(W[k].w)) return true;
    if (W[k].w === 'تا' && W[k + 1] && !/^(?:زودتر|حالا|الان|وقتی|اینکه|که)$/.test(W[k + 1].w) && !W[k + 1].v) return true;
  }
  return false;
}

/** Whether word j opens its clause: the sentence's start, after a stop, a comma or a mark, or after one address word. */
function opensClause(W: readonly FaWord[], j: number): boolean {
  if (j === 0 || W[j].pauseBefore || W[j].stopBefore || W[j].markBefore) return true;
  // One address word before it («کاکو ایشالا …», «آقا امیدوارم …»), itself opening the sentence or a clause.
  return j === 1 && !W[0].v;
}

function readHopeOutcome(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || conditional(W, j) || !opensClause(W, j)) return null;
  // A first person verb before the hope in the sentence: a promise already made, the hope a blessing on it.
  // A done update before it («… ثبت گردید؛ انشالا فردا ارسال می‌شود»): the hope blesses news already given. A condition
  // before it («اگه … بفرست، ایشالا … می‌زنیم»): the step hangs on the customer's, not on hope.
  for (let k = 0; k < j; k++) {
    const v = W[k].v;
    if (/^(?:اگه|اگر|اگرچه)$/.test(W[k].w)) return null;
    if (v && !v.negative && (v.person.person === 1 || v.tense === 'past')) return null;
  }
  let k = j + 1;
  if (W[k]?.w === 'که' && faJoined(W, k)) k++;
  for (; k < W.length && k <= j + 14; k++) {
    if (W[k].stopBefore && k > j + 1) return null;
    const w = W[k].w;
    if (WISH.test(w) || LIFE_EVENT.test(w)) return null;
    if (FUTURE_AUX.test(w)) {
      // «… مراجعه خواهد کرد», «… ارسال خواهیم کرد»: the future of the service's step.
      if (W[k].v?.negative || !timed(W, j + 1, k)) return null;
      return faHit(W, j, j, 'hedged-effort', 'uncertainty');
    }
    const v = W[k].v;
    if (!v) continue;
    if (v.negative || v.tense !== 'present' || v.lemma === 'بودن' || v.lemma === 'داشتن' || v.person.person === 2) return null;
    // A perfect («حل شده باشد»): the word before is a participle.
    if (k > j + 1 && /ه$/.test(W[k - 1].w) && /^(?:باشد|باشه|باشند|باشن)$/.test(w)) return null;
    if ((v.person.person === 3 || (v.person.person === 1 && v.person.plural)) && timed(W, j + 1, Math.min(W.length, k + 3))) return faHit(W, j, j, 'hedged-effort', 'uncertainty');
    return null;
  }
  return null;
}

const THANKS = /^(?:ممنون|ممنونم|مرسی|مرسیی|سپاس|سپاسگزارم|متشکرم|متشکریم|تشکر|ممنونیم)$/;
/** After a span: «بعد از سه هفته», «پس از دو ماه». */
const AFTER = /^(?:بعد|پس)$/;
const SPAN_UNIT = /^(?:هفته|روز|ماه|سال|هفتهها|روزها|ماهها)$/;
/** What one thanks for in earnest: waiting, bearing with us, coming back. */
const EARNEST = /^(?:صبر|صبور|صبوری|تحمل|منتظر|انتظار|همراهی|شکیبایی|شکیبا|حوصله|همراه|انتخاب|اعتماد|خرید|اطلاع|تماس|ثبت|معرفی|وقت)$/;
const SAME_QUESTION = /^(?:همون|همان)$/;

function readThanksLate(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (conditional(W, j)) return null;
  let k = j + 1;
  // «خیلی ممنون که», «سپاس از اینکه», «ممنون از اینکه».
  if (W[k]?.w === 'از' && faJoined(W, k)) k++;
  if (!/^(?:که|اینکه)$/.test(W[k]?.w ?? '') || !faJoined(W, k)) return null;
  k++;
  let late = false;
  let again = false;
  const end = Math.min(W.length, k + 14);
  for (let m = k; m < end; m++) {
    if (W[m].stopBefore) return null;
    const w = W[m].w;
    if (EARNEST.test(w)) return null;
    if (AFTER.test(w) && W[m + 1]?.w === 'از' && W.slice(m + 2, m + 5).some((x) => SPAN_UNIT.test(x.w))) late = true;
    if (SAME_QUESTION.test(w) && /^(?:سوال|سؤال|سواله|سوالو|سوالی)$/.test(W[m + 1]?.w ?? '')) again = true;
    const v = W[m].v;
    if (!v) continue;
    if (v.person.person !== 2 || v.negative) return null;
    if (v.tense === 'past' && (late || again)) return faHit(W, j, m, 'sarcasm', 'passive-aggressive');
    if (v.tense !== 'past') return null;
  }
  return null;
}

/** The first words this file's readers can start at (a gate: constructions.fa.ts runs the reader only there). */
export function kinds37MayStart(w: string): boolean {
  return INSHALLAH.test(w) || HOPE.test(w) || MAYBE.test(w) || THANKS.test(w);
}

function readKinds37(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (THANKS.test(w)) return readThanksLate(c, j);
  if (INSHALLAH.test(w) || HOPE.test(w) || MAYBE.test(w)) return readHopeOutcome(c, j);
  return null;
}

/** The reader of this file, in the order constructions.fa.ts runs it. */
export const KIND_READERS_FA_37 = [readKinds37];

/** Finglish thanks for the same question asked again or for an act done weeks late. */
const FINGLISH_37: readonly FinglishKind[] = [
  { re: /\b(?:kheili |khyli )?(?:mamnoo?n|merci|mersi|tashakor|sepas) (?:az inke |ke )(?:baz ?ham|bazam|dobare) (?:hamun|hamoon|haman) so'?al\S* (?:ro |ra )?[a-z]+(?:id|in|idin)\b/gi, construction: 'sarcasm', category: 'passive-aggressive' },
  // (fa38) «mersi ke baraye 5omin bar payam dadin»: thanks for the n-th time.
  { re: /\b(?:kheili |khyli )?(?:mamnoo?n|merci|mersi|tashakor|sepas) (?:az inke |ke )baraye (?:\d+ ?(?:om|omin|vomin|min)|chandomin|chandom|sevomin|dahomin|sadomin) bar\b[^,.!?]{0,30}?\b[a-z]+(?:id|in|idin)\b/gi, construction: 'sarcasm', category: 'passive-aggressive' },
  { re: /\b(?:kheili |khyli )?(?:mamnoo?n|merci|mersi|tashakor|sepas) (?:az inke |ke )(?:bad|pas) az (?:\d+|do|se|chahar|panj|chand) (?:hafte|rooz|ruz|mah)\b[^,.!?]{0,30}?\b[a-z]+(?:id|in|idin)\b/gi, construction: 'sarcasm', category: 'passive-aggressive' },
];

/** Persian in Latin letters, this file's kind (after kinds32's in generic/index.ts). */
export function readFinglish37(sentence: string): GenericHit[] {
  const out = finglishTableHits(sentence, FINGLISH_37);
  return out ? apartHits(out) : [];
}

// (rperf41) The literal pre-check's scanner is built once over every table (breadth27.fa.ts).
registerFinglishTables(FINGLISH_37);
