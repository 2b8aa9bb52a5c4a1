/**
 * Persian neutrals of the twenty-first session (rwfa21; issue 12: neutral sentences flagged <= 5% on fresh writers). Each
 * kind was named from a false flag on a development split, then written out as a look-alike set of its own (positives in
 * many trades, both registers, four spellings, and close contrasts that stay flagged: scripts/fa-matrix21.ts) before this
 * file. Read on folded text (guard.fa.text.ts's faFold: ZWNJ taken out, Arabic letters folded, «می» joined) and on the
 * words after the flag to the end of the sentence, so each costs one short slice, and only behind its rule's category.
 *
 * - **a rule cited over a grant** (`policy`: «طبق ضوابط …»، «طبق قوانین شرکت»): what the rule gives the customer («… همراه
 *   بیمار می‌تواند در بخش بماند», «… تا ۲۴ ساعت قابل استرداد است», «… امکان تمدید آنلاین فراهم شده», «… شامل بازپرداخت
 *   می‌شود») is not a rule hidden behind: the sentence has a grant (a positive «توانستن» in any person, «مجاز»، «قابل …»،
 *   «امکان‌پذیر»، «شامل … می‌شود»، «تعلق می‌گیرد»، «رایگان»، «حق دارید») and no negation, no limit («فقط»، «صرفاً»، «منوط»،
 *   «باید»، «حداکثر») and no condition. «طبق قوانین، فقط صاحب حساب می‌تواند …» and «… قابل مرجوع نیست» stay flagged;
 * - **not knowing how to thank** (`uncertainty`, «نمی‌دانیم چگونه …»): «نمی‌دونم چطوری ازتون تشکر کنم», «نمی‌دانیم با چه
 *   زبانی از همراهی شما در این سال‌ها قدردانی کنیم», «… محبتتون رو جبران کنیم»: the wh-clause's verb is one of thanking or
 *   repaying, said by the agent. «نمی‌دانم چطور سفارش شما گم شده» and «نمی‌دونم چرا تشکرنامه‌تون نرسیده» stay flagged;
 * - **«no problem» as a finding about the customer's thing** (`fa-no-problem`, «مشکلی نیست،»): the clause after the comma
 *   says the customer's thing is done or fine («پرداخت قسطتون درست انجام شده», «حسابتون فعاله», «مدارک شما کامل است»), with
 *   no bad news: the rule's own good example «در حساب شما مشکلی نیست» with the thing named after. «مشکلی نیست، این چیزا
 *   پیش میاد», «مشکلی نیست، فردا درستش می‌کنیم» and the answer to thanks «مشکلی نیست، خوشحال شدم …» stay flagged;
 * - **a wall that keeps others out** (`system-blocks`, `deflection`): «سامانه اجازه ورود کسی جز خود شما را نمی‌دهد», «سیستم
 *   به هیچ‌کس اجازه دیدن رمز شما را نمی‌دهد», «رمز کارت شما در اختیار این شرکت نیست»: nobody but the customer, or nobody /
 *   the customer's secrets with a verb of seeing or holding. «اجازه نداریم … به کسی غیر از صاحب حساب بگیم» (the agent refusing
 *   the asker) stays flagged;
 * - **the agent's own slip in an earlier message** (`passive-aggressive`): «در پیام قبلی اشتباه نوشتم، …» corrects, it does
 *   not tell the customer again.
 */
import { faFold as fold, faSentenceEnd, faTokens, faTextMemo } from './guard.fa.text.ts';
import { badNewsAfter } from './guard.fa.ts';

/** The words after the flag, folded, to the end of its sentence, punctuation as spaces. */
const restOf = (draft: string, fe: number): string => draft.slice(fe, faSentenceEnd(draft, fe, 300));
const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/[.،,!؛;:؟?«»"()]/g, ' ')} `);

// ---------------- a rule cited over a grant ----------------

const CITE = /^\s*(?:بر\s?طبق|طبق|بر\s?اساس|مطابق|برابر|بنا\s?بر|حسب|به\s?موجب|به\s?استناد|وفق|با\s?توجه\s?به)(?=\s|$)/;
/** A grant: «می‌تواند / می‌تونن / می‌توانید», «مجاز است», «قابل استرداد است / قابل استرداده», «امکان‌پذیر», «شامل … می‌شود». */
const GRANT21 = /\s(?:می|ب)?(?:توان|تون)(?:د|ند|ید|ین|ن|ه|یم|ی)\s|\sمجاز|\sقابل\s?\S|امکان\s?پذیر|\sامکان\s(?:\S+\s){0,4}(?:وجود\s(?:دارد|داره)|فراهم)|\sشامل\s(?:\S+\s){0,5}(?:می)?(?:شود|شه|گردد|میشود|میشه)\s|تعلق\s(?:می)?(?:گیرد|گیره)|\sرایگان|\sحق\s(?:دارید|دارین|دارند|دارن)\s|\sمیسر\s|\sمقدور\s/;
/** What keeps the citation a wall: a limit, an obligation, a condition, a charge on the customer. */
const LIMIT21 = /\s(?:فقط|تنها|صرفا|باید|بایست|میبایست|بایستی|مستلزم|الزامی|الزاما|موظف|منوط|مشروط|لازم|ضروری|حداکثر|حداقل|ممنوع|غیرمجاز|اگر|اگه|درصورتی|درصورت|چنانچه|مگر|به\s?شرط|بشرط|عهده|کارمزد|جریمه|کسر|پرداخت\s(?:هزینه|مبلغ|وجه))/;

function ruleOverGrant(draft: string, fs: number, fe: number): boolean {
  if (!CITE.test(fold(draft.slice(fs, fe)))) return false;
  const rest = restOf(draft, fe);
  const r = spaced(rest);
  if (!GRANT21.test(r) || LIMIT21.test(r)) return false;
  return !faTokens(rest).some((t) => t.word && t.neg && !/^(?:بدون)$/.test(t.norm));
}

// ---------------- not knowing how to thank ----------------

/** A verb of thanking or repaying, said by the agent: «تشکر کنم», «قدردانی نماییم», «جبران کنیم», «سپاس بگوییم». */
const THANK_VERB = /\s(?:تشکر|سپاسگزاری|سپاس|قدردانی|تقدیر|جبران|جبرانش|جبرانشو|جبرانش\s+رو)\s(?:ب?کنم|ب?کنیم|نمایم|نماییم|بگویم|بگوییم|بگم|بگیم)\s/;

function dontKnowHowToThank(draft: string, fs: number): boolean {
  const r = spaced(restOf(draft, fs));
  return /\s(?:نمی|ن)(?:دان|دون)/.test(r) && THANK_VERB.test(r);
}

// ---------------- «no problem» as a finding about the customer's thing ----------------

const YOURS = /(?:\sشما\s|\sجنابعالی\s|تون\s|تان\s|تونو\s|تونه\s|تونم\s)/;
/** Done («درست انجام شده», «ثبت شده», «واریز شده») or fine («فعاله», «سالمه», «کامل است», «اوکیه»). */
const FINE = /\s(?:انجام|ثبت|واریز|تایید|پرداخت|ارسال|فعال|تمدید|اعمال|تحویل|منظور)\s?(?:شده|شدهاست|شد|گردیده)\s|\s(?:درست|درسته|سالم|سالمه|فعال|فعاله|کامل|کامله|صحیح|صحیحه|اوکی|اوکیه|مرتب|مرتبه|معتبر|معتبره|برقرار|برقراره)(?:\s(?:است|هست|اس|میباشد))?\s/;
const THANKS_REPLY = /\s(?:خوشحال|وظیفه|خواهش|قابلی|لطف)/;

function noProblemFinding(draft: string, fe: number): boolean {
  const rest = restOf(draft, fe);
  const r = spaced(rest);
  if (!(YOURS.test(r) && FINE.test(r) && !THANKS_REPLY.test(r))) return false;
  if (!badNewsAfter(rest)) return true;
  // (rwfa24) «نه بابا مشکلی نیست، خطتون سالمه فقط آنتن‌دهی اون منطقه ضعیفه»: the customer's thing found fine first, then
  // «فقط / ولی / اما» and a trouble that is not theirs (nothing of theirs named after it). Bad news about their thing
  // («… ولی سفارشتون لغو شد») keeps the flag.
  const cut = /\s(?:فقط|ولی|اما|منتها|منتهی)\s/.exec(r);
  if (!cut) return false;
  const before = r.slice(0, cut.index + 1);
  const after = r.slice(cut.index);
  return YOURS.test(before) && FINE.test(before) && !YOURS.test(after) && !/\s(?:شما|جنابعالی)\s|(?:تون|تان)\S*\s/.test(after);
}

// ---------------- a wall that keeps others from the customer's things ----------------

/** Nobody but the customer: «کسی جز خود شما», «غیر از شما». */
const NOBODY_BUT = /(?:^|\s)(?:جز|بجز|به\s?جز|غیر\s?از)\s+(?:خود\s+)?(?:شما|خودتون|خودتان|خودت|جنابعالی)\s/;
const NOBODY21 = /(?:^|\s)(?:هیچ\s?کس|هیچکس|هیچ\s+(?:شخص|فرد|کارمند|همکار)|شخص\s+ثالث|اشخاص\s+ثالث|افراد\s+دیگر)/;
/** What the customer guards, theirs: «رمز کارت شما», «اطلاعاتتون». */
const GUARDED21 = /(?:رمز|پسورد|اطلاعات|مشخصات|سوابق|کد\s+(?:تایید|یکبارمصرف))\S*(?:\s+\S+)?\s+(?:شما|جنابعالی)(?:\s|$)|(?:رمز|پسورد|اطلاعات|مشخصات|سوابق)\S*(?:تون|تان)(?:\s|$)/;
/** Seeing, holding or reaching it. */
const SEE_HOLD = /(?:دیدن|ببین|میبین|مشاهده|دسترسی|در\s+اختیار|ذخیره|نگهداری|افشا|ورود|وارد)/;
/** The constructions that read a wall (not «اجازه نداریم … به کسی غیر از صاحب حساب بگیم»: the agent refusing the asker). */
const WALLS = new Set(['system-blocks', 'deflection']);

/** «سامانه اجازه ورود کسی جز خود شما را نمی‌دهد», «سیستم به هیچ‌کس اجازه دیدن رمز شما را نمی‌دهد», «رمز کارت شما در اختیار این شرکت نیست». */
function keepsOthersOut(draft: string, clauseStart: number, fe: number): boolean {
  const c = spaced(draft.slice(clauseStart, faSentenceEnd(draft, fe, 300)));
  return NOBODY_BUT.test(c) || ((NOBODY21.test(c) || GUARDED21.test(c)) && SEE_HOLD.test(c));
}

/** Whether a Persian suggestion is neutral by one of the twenty-first session's kinds. */
export function faNeutral21(draft: string, fs: number, fe: number, category: string, ruleId: string, clauseStart = fs): boolean {
  if (WALLS.has(ruleId)) return keepsOthersOut(draft, clauseStart, fe);
  // «در پیام قبلی اشتباه نوشتم، …»: the agent correcting their own earlier message, not telling the customer again.
  if (category === 'passive-aggressive' && /(?:^|\s)(?:اشتباه|اشتباهی|اشتباها|غلط)(?:\s|$)/.test(` ${fold(draft.slice(fs, fe))} `)) return true;
  if (category === 'policy') return ruleOverGrant(draft, fs, fe);
  if (category === 'uncertainty') return dontKnowHowToThank(draft, fs);
  if (ruleId === 'fa-no-problem') return noProblemFinding(draft, fe);
  return false;
}
