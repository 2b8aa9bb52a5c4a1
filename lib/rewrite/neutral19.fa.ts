/**
 * Persian neutrals of the nineteenth session (issue 12; family matrix scripts/neutral19-matrix.ts). Read on folded text
 * (guard.fa.text.ts's faFold: ZWNJ as a space, Arabic letters folded). «مشکلی نیست، خوشحالم که کمک کردم» is left to fa-core's
 * `fa-no-problem` (its own example); «اصلاً مشکلی نیست،» is guard.fa.lookalike.ts's.
 */
import { faFold as fold } from './guard.fa.text.ts';

/**
 * «هیچ هزینه‌ای برای تعویض ندارد», «هزینه‌ای بابت مرجوعی نداره»: the cost of the exchange is what is missing, not the
 * exchange (fa-core's `fa-not-x-able` reads «تعویض ندارد» as "no exchanges"). A cost noun with «برای/بابت» right before the
 * flagged «تعویض/مرجوعی/برگشت ندارد». «این کالا تعویض ندارد» and «هزینه‌اش زیاده و تعویض نداره» stay flagged.
 */
const COST_FOR_BEFORE = /(?:^|\s)(?:هیچ\s+)?(?:هزینه|مبلغ|پول|شارژ|کارمزد|وجه|خرج)(?:\s*ای|ی)?(?:\s+(?:اضافه|اضافی|جداگانه)(?:\s*ای)?)?\s+(?:برای|بابت|جهت)\s*$/;
export function faCostNotThing(draft: string, sStart: number, fs: number, category: string): boolean {
  if (category !== 'cant-wont') return false;
  return COST_FOR_BEFORE.test(fold(draft.slice(Math.max(sStart, fs - 60), fs)));
}

/**
 * «بدون همراهی شما نمی‌شد», «بدون کمک‌تون این کار انجام نمی‌شد»: thanks said as a counterfactual past, the customer's help
 * named after «بدون». fa-core's `fa-cant-without` reads «بدون X نمی‌شه …» as a refusal with a condition; the past «نمی‌شد»
 * after the customer's help is gratitude. «بدون رسید نمی‌شه پیگیری کرد» and «بدون رسید نمی‌شد» stay flagged.
 */
const HELP_WITHOUT =
  /(?:^|\s)بدون\s+(?:همراهی|کمک|صبوری|صبر|همکاری|لطف|حمایت|اعتماد|راهنمایی|پیگیری|دقت|حوصله)(?:\s*(?:ی|های))?\s*(?:شما|تان|تون|جنابعالی|حضرتعالی)(?:\s|$)[^.!؟\n]{0,40}?نمی\s*شد(?![\u0600-\u06ff])/;
export function faThanksWithout(draft: string, sStart: number, fe: number, category: string): boolean {
  if (category !== 'cant-wont') return false;
  return HELP_WITHOUT.test(fold(draft.slice(sStart, Math.min(draft.length, fe + 40))));
}

/**
 * «هیچ محدودیتی برای ویرایش آدرس تا قبل از ارسال نیست», «تا پایان ماه هیچ هزینه‌ای ندارد», «هیچ جریمه‌ای تا روز سفر نیست»: the
 * negation says no limit, fee or penalty applies, and the time phrase says until when: a freedom, not a refusal. A limit or
 * cost noun after «هیچ» in the clause before the flagged words. «تا قبل از ارسال امکان ویرایش نیست» stays flagged.
 */
const NO_LIMIT = /(?:^|\s)هیچ\s+(?:محدودیت|هزینه|جریمه|کارمزد|مانع|منع|شرط|سقف|الزام|اجبار)(?:\s*ای|ی)?(?:\s|$)/;
/** A word of ability or permission: «پرداخت هیچ هزینه‌ای میسر نیست» refuses the payment. */
const ABILITY = /(?:^|\s)(?:میسر|امکان|امکانش|ممکن|مقدور|قادر|اجازه|مجاز|نمی\s*توان|نمی\s*شود|نمیشه|نمی\s*شه|نمی\s*تونیم|نمی\s*توانیم)(?:\s|$|[،,.])/;
export function faNoLimit(draft: string, clauseStart: number, fs: number, category: string): boolean {
  if (category !== 'until' && category !== 'cant-wont') return false;
  const head = fold(draft.slice(Math.max(clauseStart, fs - 80), fs + 1));
  const m = NO_LIMIT.exec(head);
  if (!m) return false;
  // «هیچ» opens the clause's subject (nothing but a «برای/تا/از» phrase or a time word before it), and no ability word is negated.
  const before = head.slice(0, m.index).trim();
  if (before !== '' && !/(?:^|\s)(?:و|ولی|اما|البته|ضمنا|ضمناً|خوشبختانه|فعلا|فعلاً|الان|دیگه|دیگر)$/.test(before) && !/[،,:]$/.test(before)) return false;
  return !ABILITY.test(fold(draft.slice(clauseStart, Math.min(draft.length, fs + 60))));
}
