/**
 * Persian neutrals of the twenty-fifth session's precision round (rwfap25; issue 12: neutral sentences flagged <= 5% on
 * fresh writers). Each kind was written out first as a look-alike set of its own (positives in many trades and both
 * registers, with close contrasts that stay flagged: scripts/fa-precision25-matrix.ts). Read on folded text (faFold:
 * ZWNJ out, Arabic letters folded) and on the flag's own clause or sentence: one short slice per suggestion, and each
 * kind only behind its rule or a cheap word test.
 *
 * - **good news in officialese, read clause by clause** (`fa-bureaucratic-inform`): «به اطلاع می‌رساند مبلغ کسرشده …
 *   عودت داده شد», «… جریمه تأخیر پرونده جنابعالی لغو گردید», «… تا پایان هفته واریز خواهد شد». A clause that tells a
 *   thing returned, paid or granted (or a burden removed: a fine, a block, a limit lifted) in the passive, done or to be
 *   done, is good news even when the returned thing's name holds a bad word («کسرشده», «جریمه»); a time limit «تا پایان
 *   …» is a date, not bad news. Every other clause must hold no bad news. «… سفارش شما لغو گردید», «… تمدید نخواهد شد»,
 *   «… مسدود گردید», «… به پایان می‌رسد» stay flagged;
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
import { badNewsAfter } from './guard.fa.ts';

const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/\s+/g, ' ')} `);

// ---------------- good news in officialese, clause by clause ----------------

/** A thing returned, paid, granted or done for the customer (folded stems). */
const GIVEN = /\s(?:جبران|واریز|پذیرفته|موافقت|صادر|ارسال|بازگردانده|بازگشت|برگشت|برگردانده|عودت|مسترد|استرداد|اصلاح|فعال|تمدید|تکمیل|پرداخت|تسویه|اعطا|بخشوده|تایید|تائید|ثبت|تحویل|آزاد|منظور|افزوده|اضافه|شارژ|انجام|حل|برطرف|رفع)/;
/** A removal verb: good news only when what it removes is a burden. */
const REMOVED = /\s(?:لغو|رفع|برطرف|برداشته|بخشوده|حذف|باطل|ابطال)/;
/** A burden on the customer (folded stems): a fine, a block, a limit, a fee, a debt, a fault. */
const BURDEN = /\s(?:جریمه|مسدود|محدودیت|تعلیق|بدهی|کسر|کارمزد|دیرکرد|خطا|نقص|اشکال|ایراد|تاخیر|مشکل|قطعی|توقیف|ممنوعیت|مسدودی)/;
/** The passive, done or to be done: «شد», «گردید», «شده (است)», «قرار گرفت», «خواهد شد». */
const PASSIVE = /\s(?:شد|گردید|شده|شدهاست|گردیده|گردیدهاست|شدند|گردیدند|قرار\s?گرفت|قرار\s?گرفته|خواهد\s(?:شد|گردید)|خواهند\s(?:شد|گردید))\s/;
/** A date limit: «تا پایان سال», «تا آخر هفته», «تا انتهای روز کاری». */
const UNTIL_END = /\sتا\s(?:پایان|آخر|انتهای)\s\S+(?:\s(?:کاری|جاری|آینده|بعد))?(?=\s)/g;

/** The given or removing word is the passive's own participle: «عودت داده شد», «واریز خواهد شد», «لغو گردید». */
const VERB_GIVEN = new RegExp(`${GIVEN.source}\\S*\\s(?:(?:داده|نموده|مورد)\\s)?${PASSIVE.source.slice(2)}`);
const VERB_REMOVED = new RegExp(`${REMOVED.source}\\S*\\s(?:(?:داده|نموده)\\s)?${PASSIVE.source.slice(2)}`);

/** A shipment sent back («مرسوله شما به فرستنده عودت داده شد»): the return verbs are good news for money, not for a parcel. */
const SHIPMENT_BACK = /\s(?:مرسوله|بسته|محموله|کالا|سفارش)\S*\s(?:\S+\s){0,4}(?:عودت|بازگردانده|برگردانده|برگشت|بازگشت|مرجوع)|\sبه\s(?:فرستنده|مبدا|مبدأ)\s/;

function goodClause(c: string, raw: string): boolean {
  if (!PASSIVE.test(c)) return false;
  if (faTokens(raw).some((t) => t.word && t.neg)) return false;
  if (SHIPMENT_BACK.test(c)) return false;
  return VERB_GIVEN.test(c) || (VERB_REMOVED.test(c) && BURDEN.test(c));
}

/** «مبلغ دیگری قابل پرداخت نیست», «هیچ هزینه اضافه‌ای قابل کسر نیست»: no further charge is due (folded, spaced). */
const SPARED_CHARGE = /\s(?:مبلغ|هزینه|وجه|پول|کارمزد)\S*\s(?:\S+\s)?(?:دیگری|اضافه|اضافی|اضافهای|بیشتری|دیگر)\s(?:\S+\s){0,3}قابل\s?(?:پرداخت|کسر|دریافت|مطالبه)\s(?:نیست|نمیباشد|نخواهد\sبود)\s/;
const sparedCharge = (c: string): boolean => SPARED_CHARGE.test(c);
/**
 * «هیچ‌گونه کسری در مدارک شما مشاهده نشد», «هیچ ایرادی در پرونده وجود ندارد», «هیچ جریمه‌ای از شما کسر نمی‌شود»: no fault
 * or charge found, told with «هیچ»; not when the negated verb is a thing given («هیچ مبلغی واریز نشد» stays bad news).
 */
const NO_FAULT = /\sهیچ\s?(?:گونه|نوع)?\s?(?:کسری|ایرادی|ایراد|مشکلی|مشکل|اشکالی|اشکال|نقصی|نقص|خطایی|خطا|بدهی|بدهیای|مغایرتی|مغایرت|جریمهای|جریمه|کارمزدی|هزینهای|هزینه\sاضافهای|مبلغ\sاضافهای)\s/;
const noFault = (c: string): boolean => NO_FAULT.test(c) && !GIVEN.test(c.replace(/\sکسر\s/g, ' ').replace(/\s(?:دریافت|اخذ)\s/g, ' '));

/** The sentence after «به اطلاع می‌رساند» tells news the customer wanted, clause by clause. */
function officialGoodNews(draft: string, fe: number): boolean {
  const rest = draft.slice(fe, faSentenceEnd(draft, fe, 300));
  if (!/[\u0600-\u06ff]/.test(rest)) return false;
  // Clauses: at punctuation and at «و» between two verbs' clauses.
  const parts = rest.split(/[،,؛;]|\s+و\s+/);
  let good = 0;
  for (const raw of parts) {
    const c = spaced(raw).replace(UNTIL_END, ' ');
    if (c.trim() === '') continue;
    if (goodClause(c, raw) || sparedCharge(c) || noFault(c)) {
      good++;
      continue;
    }
    if (badNewsAfter(c)) return false;
  }
  return good > 0;
}

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
  if (ruleId === 'fa-bureaucratic-inform') return officialGoodNews(draft, fe);
  if (ruleId === 'fa-no-problem') return findingAboutYours(draft, clauseStart, fs, fe);
  const flagged = draft.slice(fs, fe);
  if (/قابل/.test(flagged) && sparedCharge(spaced(draft.slice(Math.max(clauseStart, fs - 60), faSentenceEnd(draft, fe, 120))))) return true;
  if (ruleId === 'fa-does-not-cover' || (ruleId === 'passive-refusal' && /^شامل[\s\u200c]/.test(flagged))) return burdenNotApplying(draft, clauseStart, fs);
  if (/(?:نیاز|احتیاج|لزوم)/.test(flagged) && needSpared(draft, fs, fe)) return true;
  if (/[«"“]/.test(draft.slice(fe, fe + 6)) && reportsQuote(draft, fs, fe)) return true;
  return false;
}
