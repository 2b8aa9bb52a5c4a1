/**
 * Persian neutrals of the twenty-fifth session's precision round (rwfap25; issue 12: neutral sentences flagged <= 5% on
 * fresh writers). Each kind was written out first as a look-alike set of its own (positives in many trades and both
 * registers, with close contrasts that stay flagged: scripts/fa-precision25-matrix.ts). Read on folded text (faFold:
 * ZWNJ out, Arabic letters folded) and on the flag's own clause or sentence: one short slice per suggestion, and each
 * kind only behind its rule or a cheap word test.
 *
 * - **no further charge due** (any rule over «قابل …»): «مبلغ دیگری قابل پرداخت نیست», «هیچ هزینه اضافه‌ای قابل کسر نیست»
 *   (bur35: this kind was first read inside the officialese clauses of the retired `fa-bureaucratic-inform`);
 * - **a need spared** (any rule): «این نسخه به اینترنت نیاز ندارد», «ثبت‌نام نیازی به پیش‌نیاز ندارد»: the only
 *   negation is a thing's «نیاز/احتیاج … ندارد» (the thing does not need it). The impersonal «نیازی به توضیح بیشتر
 *   نیست» (a talk closed) and «ما نیازی به … نداریم» are not read;
 * - **a finding about the customer's thing** (`fa-no-problem`): «یخچال شما مشکلی نداره، …», «کارت شما مشکلی ندارد و …»:
 *   the customer's thing named right before «مشکلی/اشکالی ندارد». «مشکلی نیست، …» alone stays the rule's;
 * - **a burden that does not apply** (`fa-does-not-cover`): «افزایش قیمت جدید شامل قراردادهای قبلی نمی‌شود», «جریمه
 *   دیرکرد شامل اقساط شما نمی‌شود»: the subject is a charge, a fine, a price rise or a limit. «گارانتی شامل … نمی‌شود»
 *   stays flagged;
 * - **a reporting verb over the customer's quote** (any rule): «همون‌طور که خودتون گفتید: «…»», «خودتان فرمودید: «…»»:
 *   the words only say whose the quote is (the quote itself is left out in lib/text/quotes.ts).
 */
import { faFold as fold, faSentenceEnd, faTokens, faTextMemo } from './guard.fa.text.ts';

const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/\s+/g, ' ')} `);

// ---------------- no further charge due ----------------

/** «مبلغ دیگری قابل پرداخت نیست», «هیچ هزینه اضافه‌ای قابل کسر نیست»: no further charge is due (folded, spaced). */
const SPARED_CHARGE = /\s(?:مبلغ|هزینه|وجه|پول|کارمزد)\S*\s(?:\S+\s)?(?:دیگری|اضافه|اضافی|اضافهای|بیشتری|دیگر)\s(?:\S+\s){0,3}قابل\s?(?:پرداخت|کسر|دریافت|مطالبه)\s(?:نیست|نمیباشد|نخواهد\sبود)\s/;
const sparedCharge = (c: string): boolean => SPARED_CHARGE.test(c);

// ---------------- a need spared ----------------

const NEED = /^(?:نیاز|نیازی|احتیاج|احتیاجی|لزوم|لزومی)$/;
const HAS_NOT_3 = /^(?:ندارد|نداره|نداشت|نداشته|نخواهد)$/;

function needSpared(draft: string, fs: number, fe: number): boolean {
  const words = faTokens(draft.slice(fs, fe)).filter((t) => t.word);
  const negs = words.filter((t) => t.neg);
  if (negs.length === 0) return false;
  for (const n of negs) {
    if (!HAS_NOT_3.test(fold(n.norm))) return false;
    const k = words.indexOf(n);
    const back = words.slice(Math.max(0, k - 5), k).map((t) => fold(t.norm));
    if (!back.some((w) => NEED.test(w))) return false;
  }
  // Not «ما نیازی … نداریم»: the third person only, and not the agent's «ما» as the subject.
  return !/(?:^|\s)ما\s/.test(` ${fold(draft.slice(Math.max(0, fs - 30), fs))} `);
}

// ---------------- a finding about the customer's thing ----------------

const YOURS_BEFORE = /\S+\s(?:شما|جنابعالی)\s$|\S+(?:تون|تان)\s$/;

function findingAboutYours(draft: string, clauseStart: number, fs: number, fe: number): boolean {
  const words = fold(draft.slice(fs, fe));
  if (!/^(?:هیچ\s?)?(?:مشکلی|اشکالی|ایرادی)\s(?:ندارد|نداره|نداشت|نداشته|نداشتهاست)/.test(words)) return false;
  const head = ` ${fold(draft.slice(Math.max(clauseStart, fs - 40), fs)).replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/\s+/g, ' ').trimStart()}`;
  return YOURS_BEFORE.test(head.endsWith(' ') ? head : `${head} `);
}

// ---------------- a burden that does not apply ----------------

const BURDEN_SUBJECT = /(?:افزایش|تغییر|جریمه|کارمزد|مالیات|محدودیت|عوارض|تعرفه|هزینه\s?(?:اضافه|اضافی|جدید)|ممنوعیت|تعلیق|کسر)/;

function burdenNotApplying(draft: string, clauseStart: number, fs: number): boolean {
  const head = fold(draft.slice(Math.max(clauseStart, fs - 60), fs));
  return BURDEN_SUBJECT.test(head) && !/(?:گارانتی|گارانتی|ضمانت|بیمه|پوشش|تخفیف|هدیه|بازپرداخت|استرداد)/.test(head);
}

// ---------------- a reporting verb over the customer's quote ----------------

const REPORTING_END = /(?:گفتید|گفتین|گفته\s?بودید|گفته\s?بودین|نوشتید|نوشتین|نوشته\s?بودید|نوشته\s?بودین|فرمودید|فرموده\s?بودید|فرمودین|اشاره\s?کردید|مرقوم\s?فرمودید)$/;

function reportsQuote(draft: string, fs: number, fe: number): boolean {
  if (!/^[\s\u200c]*[:：]?[\s\u200c]*[«"“]/.test(draft.slice(fe, fe + 6))) return false;
  return REPORTING_END.test(fold(draft.slice(fs, fe)).trim());
}

/** Whether a Persian suggestion over [fs, fe) is neutral by one of the kinds above. */
export function faNeutral25p(draft: string, clauseStart: number, fs: number, fe: number, ruleId: string): boolean {
  if (ruleId === 'fa-no-problem') return findingAboutYours(draft, clauseStart, fs, fe);
  const flagged = draft.slice(fs, fe);
  if (/قابل/.test(flagged) && sparedCharge(spaced(draft.slice(Math.max(clauseStart, fs - 60), faSentenceEnd(draft, fe, 120))))) return true;
  if (ruleId === 'fa-does-not-cover' || (ruleId === 'passive-refusal' && /^شامل[\s\u200c]/.test(flagged))) return burdenNotApplying(draft, clauseStart, fs);
  if (/(?:نیاز|احتیاج|لزوم)/.test(flagged) && needSpared(draft, fs, fe)) return true;
  if (/[«"“]/.test(draft.slice(fe, fe + 6)) && reportsQuote(draft, fs, fe)) return true;
  return false;
}
