/**
 * Persian kinds of the twenty-ninth session (rwfa29), named from late28's ill-try misses where the same kind recurs on
 * late27 and earlier splits, written out first as look-alikes of their own (scripts/fa-kinds29-matrix.ts: other trades,
 * both registers, Dari and regional turns, close contrasts), then read here over the language layer's words. Advice from
 * the generic reader (`hedged-effort`), gated on the first word (kinds29MayStart).
 *
 *  - **God willing, the service's own step** («ایشالا تا جمعه فایل رو براتون میفرستیم», «ان‌شاءالله فردا وصل میشه»):
 *    «ایشالا / ان‌شاءالله» before the first verb of its clause when that verb is the agent's side doing something (a first
 *    person plural, present) or a thing happening (third person, present indicative). A wish for the customer («ایشالا
 *    راضی باشید», «ان‌شاءالله خوش بگذره», a second person, a subjunctive, «حالتون زود خوب میشه»), a negated verb («ایشالا
 *    دیگه تکرار نمیشه») and a past («ایشالا رسیده») stay quiet;
 *  - **hoping the work gets done by a time** («امیدوارم تا ظهر آماده شه», «امیدوارم تا آخر هفته وام‌تون تایید شه», «امید است
 *    سفارش … ارسال گردد»): a hope whose clause puts a deadline first («تا …») or is formal, and ends on a job done in the
 *    passive (ready, approved, connected, fixed, sent, issued). «امیدوارم بسته تا جمعه برسه» (a parcel's journey, a
 *    development split's own positive example), «امیدوارم تا آخر هفته از سفر لذت ببرید» and «امید است از خدمات ما راضی
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
  // «ایشالا، فردا میرسه»: a comma right after it leaves the clause going on.
  const from = j + 1;
  const end = clauseEnd(W, from, 10);
  for (let k = from; k < end; k++) {
    if (WISH.test(W[k].w)) return null;
    const v = W[k].v;
    if (!v) continue;
    if (v.negative || v.tense !== 'present' || v.lemma === 'بودن' || v.person.person === 2) return null;
    if (v.person.person === 1 && v.person.plural && !v.subjunctive) return faHit(W, j, j, 'hedged-effort', 'uncertainty');
    if (v.person.person === 3 && v.progressive) return faHit(W, j, j, 'hedged-effort', 'uncertainty');
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

export function kinds29MayStart(w: string): boolean {
  return INSHALLAH.test(w) || HOPE.test(w) || w === 'امید' || w === 'دعا';
}

function readKinds29(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (INSHALLAH.test(w)) return readInshallah(c, j);
  if (HOPE.test(w) || w === 'امید') return readHopeJob(c, j);
  if (w === 'دعا') return readPray(c, j);
  return null;
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_29 = [readKinds29];
