/**
 * Persian kinds of the twenty-ninth session (rwfa29), named from late28's ill-try misses where the same kind recurs on
 * late27 and earlier splits, written out first as look-alikes of their own (scripts/fa-kinds29-matrix.ts: other trades,
 * both registers, Dari and regional turns, close contrasts), then read here over the language layer's words. Advice from
 * the generic reader (`hedged-effort`), gated on the first word (kinds29MayStart).
 *
 *  - **God willing, the service's own step** («ایشالا تا جمعه فایل رو براتون میفرستیم», «ان‌شاءالله فردا وصل میشه»):
 *    «ایشالا / ان‌شاءالله» before the first verb of its clause when that verb is the agent's side doing something (a first
 *    person plural, present) or a thing happening (third person singular, present indicative). A wish for the customer («ایشالا
 *    راضی باشید», «ان‌شاءالله خوش بگذره», a second person, a subjunctive, «حالتون زود خوب میشه»), a negated verb («ایشالا
 *    دیگه تکرار نمیشه») and a past («ایشالا رسیده») stay quiet;
 *  - **hoping the work gets done by a time** («امیدوارم تا ظهر آماده شه», «امیدوارم تا آخر هفته وام‌تون تایید شه», «امید است
 *    سفارش … ارسال گردد»): a hope whose clause puts a deadline first («تا …») or is formal, and ends on a job done in the
 *    passive (ready, approved, connected, fixed, sent, issued). (a parcel's journey hoped for by a date is read by kind in
 *    kinds37.fa.ts), «امیدوارم تا آخر هفته از سفر لذت ببرید» and «امید است از خدمات ما راضی
 *    باشید» stay quiet;
 *  - **pray for it** («دعا کن تا فردا بار برسه», «دعا کنید مشتری قبلی ماشینو سر وقت بیاره»): «دعا» + an imperative of
 *    «کردن» opening its clause, with a verb after it. «براتون دعا می‌کنیم», «التماس دعا» stay quiet.
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

const INSHALLAH = /^(?:ای|ان)شا[ءا]?(?:الله|لله|اله|لا|الا)$/;
const HOPE = /^(?:امیدوارم|امیدواریم)$/;
/** What a wish for the customer is about: their health, their mood, their enjoyment. */
const WISH = /^(?:حال|حالتون|حالتان|حالت|سلامت|سلامتی|خوش|خوشحال|راضی|مبارک|مبارکه|مبارکتون|لذت|شاد|موفق|بهتر|خوب)$/;
/** A job done, in the passive: ready, approved, connected, fixed, sent, issued, settled. */
const JOB = /^(?:آماده|اماده|تایید|تائید|وصل|درست|انجام|مشخص|حل|تموم|تمام|ارسال|صادر|فعال|برطرف|رفع|اوکی|جور|تعمیر|نصب|شارژ|واریز|تسویه|پرداخت|ثبت|تحویل|اصلاح)$/;
const BECOME_SUBJ = /^(?:بشه|شه|شود|بشود|گردد|بشن|شن|شوند|گردند)$/;

/** The end of word j's clause: the next word with a stop, a comma or a mark before it (exclusive), at most `max` on. */
function clauseEnd(W: readonly FaWord[], j: number, max: number): number {
  let k = j + 1;
  while (k < W.length && k <= j + max && !W[k].pauseBefore && !W[k].stopBefore && !W[k].markBefore) k++;
  return Math.min(k, W.length);
}

function readInshallah(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || faClauseStart(W as FaWord[], j).conditional) return null;
  // (thirty-seventh session) Done news before it («سفارش ثبت شد و ان‌شاءالله فردا ارسال می‌شود»): a blessing on the update.
  for (let k = 0; k < j; k++) if (W[k].v && !W[k].v!.negative && W[k].v!.tense === 'past' && W[k].v!.person.person === 3) return null;
  // «ایشالا، فردا میرسه»: a comma right after it leaves the clause going on.
  const from = j + 1;
  const end = clauseEnd(W, from, 10);
  for (let k = from; k < end; k++) {
    if (WISH.test(W[k].w)) return null;
    const v = W[k].v;
    if (!v) continue;
    if (v.negative || v.tense !== 'present' || v.lemma === 'بودن' || v.person.person === 2) return null;
    if (v.person.person === 1 && v.person.plural && !v.subjunctive) return faHit(W, j, j, 'hedged-effort', 'uncertainty');
    // One thing happening («فردا وصل میشه»), not a people's fate («انشالله به زودی برمی‌گردند پیش خودمان», Shekasteh).
    if (v.person.person === 3 && !v.person.plural && v.progressive) return faHit(W, j, j, 'hedged-effort', 'uncertainty');
    return null;
  }
  return null;
}

function readHopeJob(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || faClauseStart(W as FaWord[], j).conditional) return null;
  let k = j + 1;
  if (HOPE.test(W[j].w)) {
    if (W[k]?.w === 'که' && faJoined(W, k)) k++;
    // The deadline first: «امیدوارم تا ظهر …».
    if (W[k]?.w !== 'تا' || !faJoined(W, k)) return null;
  } else {
    // Formal «امید است …», «امید می‌رود …».
    if (!/^(?:است|میرود)$/.test(W[k]?.w ?? '') || !faJoined(W, k)) return null;
    k++;
  }
  const end = clauseEnd(W, j, 12);
  for (let i = k; i < end - 1; i++) {
    if (WISH.test(W[i].w)) return null;
    if (JOB.test(W[i].w) && BECOME_SUBJ.test(W[i + 1].w)) return faHit(W, j, HOPE.test(W[j].w) ? j : j + 1, 'hedged-effort', 'uncertainty');
  }
  return null;
}

function readPray(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const n = W[j + 1];
  if (!n || !faJoined(W, j + 1) || !/^(?:کن|کنید|کنین|بکن|بکنید|بکنین)$/.test(n.w)) return null;
  const { from, conditional } = faClauseStart(W as FaWord[], j);
  if (conditional) return null;
  // Opening its clause, or after one address word («داداش دعا کن …»).
  if (j - from > 1) return null;
  for (let k = j + 2; k < Math.min(W.length, j + 12); k++) if (W[k].v && !W[k].v!.negative && W[k].v!.person.person === 3) return faHit(W, j, j + 1, 'hedged-effort', 'uncertainty');
  return null;
}

// ---------------- the system will not take it; greyed out ----------------

/** The company's system, with or without its ezafe («سامانه‌ی پذیرش»). */
const SYSTEM = /^(?:سامانه|سامانهی|سیستم|سیستمش|سایت|نرمافزار|اپ|اپلیکیشن|پورتال|درگاه|پنل|پنلش)$/;
/** What a system lets through: accept, allow, provide, take. */
const TAKE_NOUN = /^(?:قبول|فراهم|اجازه|اجازهی|امکان|امکانش)$/;

/**
 * «سامانه امکان ثبت درخواست مجدد را فراهم نمی‌نماید», «سامانه‌ی پذیرش اسناد فایل‌های بالای ۵ مگابایت را نمی‌پذیرد»: a system
 * noun heading its clause and a negated present of accepting («پذیرفتن»), or «قبول / فراهم» + «کردن / نمودن», or «اجازه /
 * امکان» + «دادن», in the same clause. Not a reassurance around it, not «… نمی‌دهد کسی …» (nobody else let in), and not what
 * the system spares the customer (no verb of taking or keeping is read: «سیستم ما اطلاعات کارت را ذخیره نمی‌کند»).
 */
function readSystemWont(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || c.reassuring) return null;
  const { from, conditional } = faClauseStart(W as FaWord[], j);
  if (conditional || j - from > 1) return null;
  const end = clauseEnd(W, j, 14);
  for (let k = j + 1; k < end; k++) {
    const v = W[k].v;
    if (!v || !v.negative || v.tense !== 'present' || v.person.person !== 3) continue;
    const light = k > j + 1 && TAKE_NOUN.test(W[k - 1].w) ? W[k - 1].w : '';
    // «اجازه / امکان» may stand before the thing allowed («امکان پرداخت اقساطی رو نمیده»).
    const allows = W.slice(j + 1, k).some((x) => /^(?:اجازه|اجازهی|امکان|امکانش)$/.test(x.w));
    const takes = v.lemma === 'پذیرفتن' || (/^(?:کردن|نمودن)$/.test(v.lemma) && /^(?:قبول|فراهم)$/.test(light)) || (v.lemma === 'دادن' && allows);
    if (!takes) return null;
    if (W[k + 1] && /^(?:کسی|هیچکس|هیچ|دیگری|غیر)$/.test(W[k + 1].w)) return null;
    return faHit(W, j, k, 'system-blocks', 'other');
  }
  return null;
}

const GREY = /^(?:خاکستری|خاکستریه|طوسی|طوسیه)$/;
const GREY_VERB = /^(?:کرده|شده|است|ست|هست|میشه|شد|شدهاست|میزنه|کردن|شدن)$/;
/** What can be greyed out on a screen, or the agent's own screen («برام»). */
const UI = /^(?:دکمه|دکمهی|گزینه|گزینهی|تاریخ|تاریخش|پنل|سیستم|سامانه|صفحه|فیلد|تیک|سایت|اپ|برام|برامون|واسم|واسمون|منو|لینک)$/;

/**
 * «پنل رزرو اون تاریخ رو خاکستری کرده», «دکمه ثبت درخواست برام خاکستریه»: a control greyed out on the agent's screen, told as
 * the reason nothing can be done. «خاکستری» as the predicate (joined «ـه» or a verb after it) with a screen word before it in
 * its clause. A colour («مانتو خاکستریه»), an instruction («دکمه‌ی خاکستری رو بزنید») stay quiet.
 */
function readGreyedOut(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const w = W[j].w;
  const verb = /ه$/.test(w) ? j : W[j + 1] && faJoined(W, j + 1) && GREY_VERB.test(W[j + 1].w) ? j + 1 : -1;
  if (verb < 0) return null;
  const { from, conditional } = faClauseStart(W as FaWord[], j);
  if (conditional) return null;
  let ui = -1;
  for (let k = j - 1; k >= Math.max(0, from - 1, j - 8); k--) if (UI.test(W[k].w)) ui = k;
  if (ui < 0) return null;
  return faHit(W, ui, verb, 'system-blocks', 'other');
}

// ---------------- not ours, regional ----------------

/**
 * «به ما ربطی نِدِره» (Mashhadi «ندره» for «نداره»), «این موضوع مربوط دفتر ما نمی‌شود» («مربوط» without its «به»): the not-ours
 * kind the generic reader knows in its standard spelling. A question and a condition stay quiet.
 */
function readNotOurs(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || faClauseStart(W as FaWord[], j).conditional) return null;
  const w = W[j].w;
  if (w === 'ربطی' && W[j + 1]?.w === 'ندره' && faJoined(W, j + 1)) {
    const by = j >= 2 && W[j - 2].w === 'به' && /^(?:ما|من|مو|بنده)$/.test(W[j - 1].w) ? j - 2 : -1;
    return by >= 0 ? faHit(W, by, j + 1, 'deflection', 'dismissive') : null;
  }
  if (w !== 'مربوط' || W[j + 1]?.w === 'به') return null;
  let k = j + 1;
  if (/^(?:دفتر|واحد|بخش|اداره|شعبه|قسمت)$/.test(W[k]?.w ?? '')) k++;
  if (!/^(?:ما|من|بنده)$/.test(W[k]?.w ?? '') || !faJoined(W, k)) return null;
  const v = W[k + 1]?.v;
  if (!v || !v.negative || !faJoined(W, k + 1) || !/^(?:شدن|بودن)$/.test(v.lemma)) return null;
  return faHit(W, j, k + 1, 'deflection', 'dismissive');
}

// ---------------- known kinds in other registers and spellings ----------------

/**
 * «بار دیگر تکرار می‌کنم، …» (formal, without «یک»), «یه بار دیگه عرض می‌کنم»: once more said by the agent, a first-person
 * present of «کردن» after «تکرار / عرض / توضیح». «بار دیگر تکرار نمی‌شود», «بار دیگر از شما تشکر می‌کنم» stay quiet.
 */
function readOnceMore(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // From «یه / یک» before «بار», or from «بار» itself.
  const bar = W[j].w === 'بار' ? j : j + 1;
  if (c.question || W[bar]?.w !== 'بار' || (bar > j && !faJoined(W, bar))) return null;
  let k = bar + 1;
  if (!/^(?:دیگر|دیگه)$/.test(W[k]?.w ?? '') || !faJoined(W, k)) return null;
  k++;
  if (!/^(?:تکرار|عرض|توضیح)$/.test(W[k]?.w ?? '') || !faJoined(W, k + 1)) return null;
  const v = W[k + 1].v;
  if (!v || v.negative || v.person.person !== 1 || v.tense !== 'present' || !/^(?:کردن|دادن)$/.test(v.lemma)) return null;
  if (faClauseStart(W as FaWord[], j).conditional) return null;
  return faHit(W, j, k + 1, 'repeating-myself', 'passive-aggressive');
}

/** How the customer did it wrong, in formal and Dari words: «به‌اشتباه», «اشتباهاً», «ناپوره» (Dari: incomplete). */
const WRONGLY = /^(?:بهاشتباه|اشتباها|اشتباهاً|ناپوره|ناتمام|نادرستی|بهغلط)$/;
const FILL_NOUN = /^(?:درج|وارد|ثبت|انتخاب|تکمیل|پر|تایپ|ارسال|امضا)$/;
const DID_2 = /^(?:نموده|کرده|کده)(?:اید|این|ای|بودید|بودین)$|^(?:نمودید|نمودین|کردید|کردین|کردی|کدین|کدید)$/;

/**
 * «جنابعالی … کد پستی را به‌اشتباه درج نموده‌اید», «شما فورم را ناپوره پر کرده‌اید»: the customer's mistake told with a formal
 * or Dari adverb and a second-person past of «کردن / نمودن» (the packs read «اشتباه وارد کرده‌اید», «ناقص پر کردید»). A
 * condition («اگر … به‌اشتباه وارد کرده‌اید، …»), a question and the agent's own slip (a first person) stay quiet.
 */
function readWrongly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || !FILL_NOUN.test(W[j + 1]?.w ?? '') || !faJoined(W, j + 1)) return null;
  const verb = W[j + 2];
  if (!verb || !faJoined(W, j + 2)) return null;
  // «… کرده بودید», «… کده بودین»: the past perfect written apart.
  const apart = /^(?:نموده|کرده|کده)$/.test(verb.w) && /^(?:بودید|بودین|بودی)$/.test(W[j + 3]?.w ?? '') && faJoined(W, j + 3);
  if (!apart && !DID_2.test(verb.w)) return null;
  if (faClauseStart(W as FaWord[], j).conditional) return null;
  return faHit(W, j, apart ? j + 3 : j + 2, 'second-person-blame', 'blame');
}

/** «متاسفونه» (Tehrani «-ونه» for «-انه»): the regret opener fa-core reads as «متأسفانه». */
const REGRET_OONE = /^(?:متاسفونه|متأسفونه|متاصفونه|متسفونه)$/;

/** «هزار بار عذر میخوام», «صد بار ببخشید», «یه دنیا شرمنده»: an apology multiplied. Not «هزار بار ممنون». */
const SORRY29 = /^(?:عذر|معذرت|ببخشید|ببخشین|شرمنده|شرمندم|شرمندهام|پوزش)$/;
function readApologyTimes(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k = j + 1;
  if (/^(?:بار|دفعه)$/.test(W[k]?.w ?? '') && faJoined(W, k)) k++;
  else if (W[j].w !== 'دنیا' || j === 0 || !/^(?:یه|یک)$/.test(W[j - 1].w)) return null;
  if (!SORRY29.test(W[k]?.w ?? '') || !faJoined(W, k)) return null;
  let end = k;
  if (/^(?:عذر|معذرت|پوزش)$/.test(W[k].w) && W[k + 1]?.v && faJoined(W, k + 1)) end = k + 1;
  return faHit(W, W[j].w === 'دنیا' ? j - 1 : j, end, 'over-apology', 'over-apology');
}

/** «سوری سوری 🙏»: «sorry» in Persian letters, said twice (once is also «Syrian»). */
function readSorrySorry(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  return W[j + 1]?.w === 'سوری' && faJoined(W, j + 1) ? faHit(W, j, j + 1, 'over-apology', 'over-apology') : null;
}

export function kinds29MayStart(w: string): boolean {
  return (
    INSHALLAH.test(w) || HOPE.test(w) || w === 'امید' || w === 'دعا' || SYSTEM.test(w) || GREY.test(w) || w === 'ربطی' || w === 'مربوط' ||
    w === 'بار' || w === 'یه' || w === 'یک' || WRONGLY.test(w) || REGRET_OONE.test(w) || /^(?:هزار|صد|دنیا)$/.test(w) || w === 'سوری'
  );
}

function readKinds29(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (w === 'یه' || w === 'یک') return readOnceMore(c, j);
  if (w === 'بار' && (j === 0 || !/^(?:یه|یک)$/.test(c.W[j - 1].w))) return readOnceMore(c, j);
  if (WRONGLY.test(w)) return readWrongly(c, j);
  if (REGRET_OONE.test(w)) return faHit(c.W, j, j, 'regret-opener', 'negative-words');
  if (/^(?:هزار|صد|دنیا)$/.test(w)) return readApologyTimes(c, j);
  if (w === 'سوری') return readSorrySorry(c, j);
  if (SYSTEM.test(w)) return readSystemWont(c, j);
  if (GREY.test(w)) return readGreyedOut(c, j);
  if (w === 'ربطی' || w === 'مربوط') return readNotOurs(c, j);
  if (INSHALLAH.test(w)) return readInshallah(c, j);
  if (HOPE.test(w) || w === 'امید') return readHopeJob(c, j);
  if (w === 'دعا') return readPray(c, j);
  return null;
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_29 = [readKinds29];
