/**
 * fafix30 (thirtieth session): false alternatives of older Persian pack rules and readers that rwfa30's look-alike matrix
 * found, each read as a kind (tests/unit/rewrite/fa-fix30.test.ts holds the look-alikes and contrasts):
 * - fa-company-policy / fa-per-company-rules over a policy that gives (satisfaction, free, the customer's money back);
 * - fa-mind-that after «لطفاً» (a polite request, not a warning order);
 * - fa-system-refuses over «… دیگه خطا نمیده» (an error word negated: good news);
 * - fa-unfortunately-typo over an empathetic «حیف شد» (a reaction to the customer's loss, or «حیف شد که …»);
 * - fa-obviously over praise («معلومه که زحمت کشیدین»);
 * - second-person-blame inside a condition («اگه حواستون نبود، …»);
 * - fa-must-command over a past «باید … می‌آوردید» (blame about the past: a «لطفاً» cannot mend it; the generic reader's
 *   should-have advice stays).
 */
import { faFold as fold, faSentenceEnd, faSentenceStart as sentenceStart, faTextMemo } from './guard.fa.text.ts';
import { tokenize } from '../nlp/index.ts';

const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/\u200c/g, '').replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/\s+/g, ' ').trim()} `);

/** Reassuring negations that take nothing away: removed before a clause is read for a negation. */
const REASSURING_NEG = /(?:نگران نباشید|نگران نباشین|نگران نباش|جای نگرانی نیست|جای نگرانی نداره|مشکلی نیست|مشکلی نداره|اشکالی نداره|اشکالی نیست|هیچ هزینه ?ای|بدون هیچ|هیچ جریمه ?ای|نیازی نیست)/g;
const negatedTaking = (raw: string): boolean =>
  tokenize(raw.replace(/\u200c/g, ' ').replace(/[\s]+/g, ' ').replace(REASSURING_NEG, ' ')).some((t) => t.word && t.neg);

// ---- a policy that gives ------------------------------------------------------------------------------------------------

/** What a policy can give the customer. */
const GIVES = / (?:راضی|رضایت|خوشحال|رایگان|رایگانه|مجانی|بدون هزینه|بی هزینه|بیهزینه|هدیه|تخفیف|جبران|کامل (?:برمیگرده|برمیگردد|برمی گرده|برمی گردد|پس|برگشت|بازگردانده|مسترد|عودت|واریز)|حق با مشتری|حق با شما|حق با شماست|نگران نباشید|نگران نباشین|خیالتون راحت|خیالتان راحت|اولویت با شما|اول مشتری)/;
/** A limit, a charge or a condition: the policy takes something after all. */
const TAKES = / (?:فقط|فقطم|صرفا|تنها|جز|بجز|به جز|مگر|مگه|به شرطی|به شرط|کسر|جریمه|کارمزد|هزینه(?!ای )|هزینش|مشمول|باید|بایستی|مجبور|ملزم|موظف)/;

function policyGives(draft: string, fe: number): boolean {
  const restRaw = draft.slice(fe, faSentenceEnd(draft, fe, 300));
  // «بدون هیچ هزینه‌ای», «بی‌هزینه»: a cost spared is a gift, not a charge
  const rest = spaced(restRaw).replace(/ (?:بدون|بی) (?:هیچ )?هزینه(?:ای)? /g, ' رایگان ').replace(/ هیچ هزینهای /g, ' رایگان ');
  if (!GIVES.test(rest)) return false;
  // «هزینه‌ی تعمیر کامل جبران میشه», «هزینه با فروشگاهه»: the cost is ours, not the customer's
  const ours = / (?:جبران|بر عهده ?ی? (?:ما|فروشگاه|شرکت)|با (?:ما|ماست|فروشگاه|فروشگاهه|شرکت|شرکته)) /.test(rest);
  // «هدیه‌ی تولد همه باید به موقع برسه»: a must over the customer's gift is the agent's duty, not the customer's.
  const takes = TAKES.exec(ours ? rest.replace(/ هزینه\S* /g, ' ') : rest);
  if (takes && !(/ (?:باید|بایستی) /.test(takes[0]) && / (?:هدیه|راضی|رضایت|خوشحال) /.test(rest) && !/ (?:باید|بایستی) (?:\S+ ){0,4}(?:کنید|کنین|بدید|بدین|بیارید|بیارین|بفرستید|بفرستین|پرداخت|واریز|بپردازید)/.test(rest))) return false;
  return !negatedTaking(restRaw);
}

// ---- a polite request ---------------------------------------------------------------------------------------------------

const PLEASE_BEFORE = /(?:لطفا|لطفاً|خواهشا|خواهشاً|خواهشمندیم|خواهشمندم|لطف کنید|لطف کنین)[\s\u200c،,]*(?:[^\s\u200c،,.!؟?]+[\s\u200c]+){0,3}$/;

// ---- the system no longer errs ------------------------------------------------------------------------------------------

const ERROR_WORD = / (?:خطا|خطایی|ارور|اروری|error|اخطار|پیغام خطا|پیام خطا|گیر|هنگ|قفل|باگ|مشکل|مشکلی|ایراد|ایرادی)(?: |$)/;

// ---- an empathetic «حیف شد» ---------------------------------------------------------------------------------------------

const EMPATHY_AFTER = /^ (?:که |واقعا |خیلی |چقدر |میدونم |میدونیم |درک |میفهمم |میفهمیم |حق دارید |حق دارین |جای شما |دلم |دلمون |ناراحت|متاسفم|متاسفیم|امیدوارم |ان شاالله |انشالله |انشاالله |\S+ (?:که|چقدر) )/;

// ---- praise after «معلومه که» -----------------------------------------------------------------------------------------

const PRAISE = / (?:زحمت|زحمتش|دقت|دقیق|حوصله|سلیقه|خوشسلیقه|خوش سلیقه|حرفه ای|حرفهای|عالی|قشنگ|زیبا|محبت|لطف|علاقه|تلاش|وقت گذاشت|دل گذاشت|وفادار|اعتماد|کاربلد|کار بلد|خوب|خوبی|ماهر|استاد|باتجربه|با تجربه|عاشق|دوست دارید|دوست دارین|دوستش دارید|مشتری قدیمی|همراه همیشگی)/;
const REPROACH = / (?:اشتباه|غلط|نخوندید|نخوندین|نخواندید|دقت نکرد|توجه نکرد|حواستون|حواستان|باید|بایستی|میدونستید|میدونستین|میدانستید|نکردید|نکردین|ندیدید|ندیدین)/;

// ---- a condition ------------------------------------------------------------------------------------------------------

const CONDITION_IN = /[\s\u200c](?:اگه|اگر|چنانچه|درصورتی که|در صورتی که|در صورتیکه|هر وقت|هروقت|هرگاه|احیانا|احیاناً)[\s\u200c]/;
/** «اگه حواستون بود، این اتفاق نمیفتاد»: a counterfactual after the condition is the blame itself. */
const COUNTERFACTUAL = / (?:نمیشد|نمیشد|نمیفتاد|نمیافتاد|پیش نمیومد|پیش نمیامد|پیش نمیآمد|اتفاق نمیافتاد|الان \S+ نبود|الان \S+ نمیشد|الان)/;

// ---- a past must ------------------------------------------------------------------------------------------------------

/** A past imperfective in the second person or plural after «باید»: «میاوردینش», «میفرستادید», «نگه میداشتید». */
const PAST_2P = / ن?می ?\S*[دت](?:ید|ین)(?:ش|شون|شان)? $/;
/** (fa38) The singular «باید زودتر میاوردیش بابا جان»: «ی», a clitic, and forms of address after it at most. */
const PAST_2S = / ن?می ?\S*[دت]ی(?:ش|شون|شو|ش رو)?(?: (?:بابا|جان|جون|عزیزم|عزیز|داداش|کاکو|کاکا|آقا|خانم|خانوم|رفیق|قربان))* $/;

/** Whether a Persian suggestion over [fs, fe) is a false alternative of one of the kinds above. */
export function faFix30(draft: string, fs: number, fe: number, ruleId: string): boolean {
  switch (ruleId) {
    case 'fa-company-policy':
    case 'fa-per-company-rules':
      return policyGives(draft, fe);
    case 'fa-mind-that':
      return PLEASE_BEFORE.test(draft.slice(sentenceStart(draft, fs), fs));
    case 'fa-system-refuses': {
      const flagged = spaced(draft.slice(fs, fe));
      return ERROR_WORD.test(flagged) && negatedTaking(draft.slice(fs, fe)) && !/ (?:اجازه|قبول|ثبت|نمیذاره|نمیگذاره|نمیده اجازه)/.test(flagged);
    }
    case 'fa-unfortunately-typo': {
      if (!/حیف/.test(draft.slice(fs, fe))) return false;
      const after = draft.slice(fe, faSentenceEnd(draft, fe, 200));
      // «حیف شد!» alone, or before empathy, or «حیف شد که نتونستید بیاید»
      return !after.trim() || /^\s*[!.؟?]/.test(draft.slice(fe)) || EMPATHY_AFTER.test(spaced(after));
    }
    case 'fa-obviously': {
      const rest = spaced(draft.slice(fe, faSentenceEnd(draft, fe, 200)));
      return PRAISE.test(rest) && !REPROACH.test(rest) && !negatedTaking(draft.slice(fe, faSentenceEnd(draft, fe, 200)));
    }
    case 'second-person-blame': {
      // the clause holding the blame (back to the last comma or «؛») opens with a condition
      const before = draft.slice(sentenceStart(draft, fs), fs);
      const clause = before.slice(Math.max(before.lastIndexOf('،'), before.lastIndexOf(','), before.lastIndexOf('؛')) + 1);
      if (!CONDITION_IN.test(` ${clause}`)) return false;
      return !COUNTERFACTUAL.test(spaced(draft.slice(fe, faSentenceEnd(draft, fe, 200))));
    }
    case 'fa-must-command':
      return PAST_2P.test(spaced(draft.slice(fs, fe))) || PAST_2S.test(spaced(draft.slice(fs, fe)));
    default:
      return false;
  }
}
