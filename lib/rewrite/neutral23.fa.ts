/**
 * Persian neutrals of the twenty-third session (rwfa23; issue 12: neutral sentences flagged <= 5% on fresh writers). Each
 * kind was named from a false flag on late22 (then late21), written out as a look-alike set of its own first (positives in
 * many trades, both registers, four spellings, and close contrasts that stay flagged: scripts/fa-matrix23.ts), then read
 * here over lib/nlp's tokens and Persian verb forms, behind the flagged rule's id or category, on the words from the flag to
 * the end of its sentence (one short slice per suggestion; nothing runs for other rules).
 *
 * - **«no problem» as a yes to a request** (`fa-no-problem`, `fa-no-problem-exclaim`): «بله مشکلی نداره، با کارت هم
 *   میتونین پرداخت کنین», «مشکلی نیست، رنگ سفارش رو عوض کردم»: what follows grants the customer's ask (a second-person
 *   «can») or tells it done by the agent (a first-person past; not a past passive),
 *   with no bad news, no «it happens» and no answer to thanks after it. «مشکلی نیست، این چیزا پیش میاد», «مشکلی نیست،
 *   فردا درستش می‌کنیم», «مشکلی نیست، خوشحال شدم که کمک کردم» stay flagged;
 * - **«can't bear / can't wait» is no refusal** (`cant-wont`): «طاقت نداریم ببینیمتون», «دیگه صبر ندارم کار جدیدتونو
 *   ببینم», «دلمون طاقت نمیاره …»: a noun of bearing or patience with a negated «داشتن» and a subjunctive verb (or «تا»)
 *   after it is eagerness. «وقت نداریم …», «ظرفیت نداریم», «حوصله نداریم» stay flagged;
 * - **«not at all» that keeps a loss away** (`absolutes`, «به هیچ عنوان / به هیچ وجه»): «حجم باقیمانده‌ی شما به هیچ
 *   عنوان از بین نمی‌رود», «امتیازهاتون به هیچ وجه پاک نمیشه», «اطلاعات شما به هیچ عنوان حذف نخواهد شد»: the negated verb
 *   is one of loss (gone, deleted, burnt, expired, deducted) and its subject is something the customer holds (a balance,
 *   points, credit, their data or files). «به هیچ عنوان قابل استرداد نیست», «به هیچ وجه تمدید نمی‌شود», «این لکه به هیچ
 *   عنوان پاک نمیشه» (bad news about a thing, not a kept asset) stay flagged.
 */

import { analyzeFaWordWide } from '../nlp/fa.ts';
import { badNewsAfter } from './guard.fa.ts';
import { faFold as fold, faSentenceEnd, faTokens, faTextMemo } from './guard.fa.text.ts';

const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/[.،,!؛;:؟?«»"()]/g, ' ')} `);

// ---------------- «no problem» as a yes to a request ----------------

/** An answer to thanks, «it happens», «no worries next time»: «no problem» keeps its hint there. */
const NOT_A_YES = /\s(?:خوشحال|وظیفه|وظیفمونه|خواهش|قابلی|لطف|پیش\s?(?:میاد|میآید|میاید|آمده|اومده)|عادی|عادیه|طبیعی|طبیعیه|اتفاق|اتفاقه|دفعه|دفعهی|بار\s?بعد|ایرادی|اشکالی)/;
const YES_NO_PROBLEM = new Set(['fa-no-problem', 'fa-no-problem-exclaim']);

function noProblemYes(draft: string, fe: number): boolean {
  const rest = draft.slice(fe, faSentenceEnd(draft, fe, 300));
  if (NOT_A_YES.test(spaced(rest)) || badNewsAfter(rest)) return false;
  for (const t of faTokens(rest)) {
    if (!t.word) continue;
    const v = t.fa ?? analyzeFaWordWide(fold(t.norm))?.verb;
    if (!v || v.negative) continue;
    // A grant: «میتونین / می‌توانید / میتونی», «میشه».
    if (v.lemma === 'توانستن' && v.person.person === 2) return true;
    // Done by the agent: «تغییر دادم», «ثبت کردیم», «فرستادم» (not the past passive: neutral19's matrix keeps «مشکلی نیست،
    // آدرس تحویل برای فردا عوض شد» flagged).
    if (v.tense === 'past' && !v.progressive && v.person.person === 1) return true;
  }
  return false;
}

// ---------------- «can't bear / can't wait» ----------------

/** Nouns of bearing or patience: «طاقت نداریم ببینیمتون», «صبر ندارم …». */
const BEAR = /(?:^|\s)(?:طاقت|تاب|صبر|تحمل|دل|دلمون|دلم)\s+(?:ن(?:داریم|دارم|داره|دارد|داشتیم|داشتم))(?=\s|$)/;

function cantWait(draft: string, fs: number, fe: number): boolean {
  const words = spaced(draft.slice(fs, fe));
  const m = BEAR.exec(words);
  if (!m) return false;
  // The clause after the negated «داشتن» (within the flag or after it): «تا», or its first verb a subjunctive («ببینیمتون»,
  // «… تحویلتون بدیم»).
  const tail = draft.slice(fs, Math.min(draft.length, fe + 80));
  const clause = spaced(tail.split(/[.!?؟،,؛;:\n]/)[0] ?? tail).slice(m.index + m[0].length).trim().split(/\s+/).slice(0, 8);
  if (clause[0] === 'تا' || clause[0] === 'که') return true;
  for (const w of clause) {
    const v = analyzeFaWordWide(w)?.verb ?? analyzeFaWordWide(w.replace(/(?:تون|تان|ش|شون|ت)$/, ''))?.verb;
    if (v) return v.subjunctive && !v.negative;
  }
  return false;
}

// ---------------- «not at all» that keeps a loss away ----------------

const NOT_AT_ALL = /(?:^|\s)به\s?هیچ\s?(?:عنوان|وجه)(?=\s|$)/;
/** Verbs (or their nouns) of a loss: gone, deleted, burnt, expired, deducted, cut. */
const LOSS = /^(?:پاک|حذف|سوخت|سوخته|منقضی|باطل|کسر|کم|قطع|مسدود|ضایع|گم|خراب|افشا|منتشر)$/;
/** Something the customer holds: a balance, points, credit, their data or files (folded, with a possessive or not). */
const ASSET = /(?:^|\s)(?:حجم|باقیمانده|باقیماندهی|اعتبار|امتیاز|امتیازها|امتیازات|موجودی|شارژ|سابقه|سوابق|اطلاعات|دادهها|فایل|فایلها|عکس|عکسها|پیامها|پیامهای|تاریخچه|مدارک|پول|وجه|مبلغ|سپرده|پسانداز|حساب|اشتراک|بسته|کیفپول|ذخیره|رزرو|نوبت)/;

function keepsLossAway(draft: string, sentenceStart: number, fs: number, fe: number): boolean {
  if (!NOT_AT_ALL.test(spaced(draft.slice(fs, fe)))) return false;
  const head = spaced(draft.slice(Math.max(sentenceStart, fs - 120), fs));
  if (!ASSET.test(head)) return false;
  const end = faSentenceEnd(draft, fe, 160);
  const toks = faTokens(draft.slice(fe, end)).filter((t) => t.word);
  for (let k = 0; k < Math.min(toks.length, 6); k++) {
    const w = fold(toks[k].norm);
    const v = toks[k].fa ?? analyzeFaWordWide(w)?.verb;
    if (!v) continue;
    if (!v.negative) return false;
    // «از بین نمی‌رود», «پاک نمیشه», «حذف نخواهد شد», «کسر نمی‌گردد».
    if (v.lemma === 'رفتن' && k >= 2 && fold(toks[k - 1].norm) === 'بین' && fold(toks[k - 2].norm) === 'از') return true;
    const prev = k >= 1 ? fold(toks[k - 1].norm) : '';
    if ((v.lemma === 'شدن' || v.lemma === 'گردیدن' || v.lemma === 'خواستن') && LOSS.test(prev)) return true;
    if (v.lemma === 'خواستن' && k + 1 < toks.length && LOSS.test(prev)) return true;
    return false;
  }
  return false;
}

/** Whether a Persian pack suggestion is neutral by one of the twenty-third session's kinds. */
export function faNeutral23(draft: string, sentenceStart: number, fs: number, fe: number, category: string, ruleId: string): boolean {
  if (YES_NO_PROBLEM.has(ruleId)) return noProblemYes(draft, fe);
  if (category === 'cant-wont') return cantWait(draft, fs, fe);
  if (category === 'absolutes') return keepsLossAway(draft, sentenceStart, fs, fe);
  return false;
}
