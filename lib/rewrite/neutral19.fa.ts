/**
 * Persian already positive replies with «مشکلی نیست» (nineteenth session, issue 12; family matrix
 * scripts/neutral19-matrix.ts, kind `fa-pos-thanks-reply`): fa-core's `fa-no-problem` hint offers «با کمال میل،» for
 * «مشکلی نیست،»; when the same sentence already says the agent is glad («مشکلی نیست، خوشحالم که کمکی کردم», «مسئله‌ای
 * نیست، وظیفه‌مونه», «مشکلی نیست، در خدمتم», «… قابلی نداشت»), the reply is the warm answer the rewrite would make. Left
 * flagged (the rule's reading): «مشکلی نیست، تو همین چت پیگیری می‌کنم» (a request answered with an action, no warmth said).
 * Read on folded text (guard.fa.text.ts's faFold: ZWNJ as a space, Arabic letters folded).
 */
import { faFold as fold } from './guard.fa.text.ts';

const NO_PROBLEM = /^(?:مشکلی|مسئله ?ای|مساله ?ای|اشکالی)\s*(?:نیست|نداره|ندارد)\s*[،,!]?$/;
const WARM_AFTER =
  /^\s*[،,!]?\s*(?:(?:خیلی|واقعا|واقعاً|بسیار)\s+)?(?:خوشحال(?:م|یم| شدم| شدیم| هستم| هستیم)?|با کمال میل|وظیفه ?(?:ست|است|مونه|مان است|ی ماست|ماست)|وظیفه|در خدمت(?:م|یم|یم| هستم| هستیم)|قابلی نداشت|خواهش می ?کنم|خواهش میکنم|قربان شما|لطف دارید|لطف دارین|روزتون خوش|روز خوبی داشته باشید|موفق باشید|هر وقت|هر زمان)/;

/** The «مشکلی نیست،» of a reply that goes on to say the agent is glad: no flag. */
export function faNoProblemWarm(draft: string, fs: number, fe: number, category: string): boolean {
  if (category !== 'negative-words') return false;
  if (!NO_PROBLEM.test(fold(draft.slice(fs, fe)).trim())) return false;
  return WARM_AFTER.test(fold(draft.slice(fe, fe + 60)));
}

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
