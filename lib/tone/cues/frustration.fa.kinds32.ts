/**
 * Frustration, session 32 (tonefa32): Persian displeasure said in a formal register as an expectation let down, read on
 * the fresh splits late24 … late31 (quiet on late26, late28 ×3, late30 ×2, late31 ×2; late14 before). Look-alikes and the
 * contrasts that must not fire in scripts/tone-fa32-matrix.ts, run by tests/unit/tone/fa32.test.ts.
 *
 * - **an expectation let down** («انتظار می‌رفت آژانسی با سابقه شما به تعهدات خود پایبند باشد», «انتظار می‌رود در این
 *   خصوص پاسخگو باشید», «انتظار حداقل احترام را داشتم», «واقعاً انتظار نداشتم داروهای یخچالی رو بدون یخ … بفرستید»),
 *   or the formal words of displeasure («ضمن ابراز تأسف از روند پاسخگویی», «ادامه این وضعیت قابل قبول نخواهد بود»,
 *   «مسئولیت آن متوجه آن شرکت خواهد بود», «مایه تعجب است»), in a message that tells a harm (still not done, no answer,
 *   «متأسفانه», «بدون …»). The expectation must name a duty of the company (answering, keeping a promise, respect, proper
 *   treatment, making good) or, «انتظار نداشتم», a doing gone wrong. Not a forecast («انتظار می‌رود بسته فردا برسد»), nor
 *   a pleasant surprise («خیلی ممنونم، واقعاً انتظار نداشتم تو دو روز پول برگرده»), nor «بیشتر/بهتر از انتظار» praise.
 *
 * Evidence is the words that carry it, with tone.why.expectationLet (new: shown in English and Persian); a question of
 * blame or fairness (below) with tone.why.rhetoricalQuestion, «این انصاف نیست» with tone.why.judgement.
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

const Z = '[\\s\\u200c]*';
/** «انتظار می‌رفت / می‌رود / نمی‌رفت»: the formal expectation, then what it asks of the company in the same clause. */
const EXPECT_FORMAL = new RegExp(`انتظار${Z}(?:می|نمی)${Z}(?:رفت|رود|رفتم)[^.!؟?\\n]{0,90}`, 'u');
/** «انتظار حداقل احترام را داشتم», «انتظار برخورد مناسب داشتیم». */
const EXPECT_HAD = new RegExp(`انتظار\\s+([^.!؟?\\n،]{2,50}?)\\s+(?:را\\s+|رو\\s+)?داشت(?:م|یم)`, 'u');
/** «انتظار نداشتم …»: then a doing gone wrong in the same sentence. */
const EXPECT_NOT = new RegExp(`انتظار\\s+نداشت(?:م|یم)[^.!؟?\\n]{0,90}`, 'u');
/** The formal words of displeasure. */
const FORMAL_DISPLEASURE = new RegExp(
  `(?:ضمن\\s+)?ابراز\\s+(?:تأسف|تاسف|نارضایتی)\\s+از\\s+\\S+|قابل\\s+قبول\\s+(?:نخواهد\\s+بود|نمی${Z}باشد)|مسئولیت\\s+(?:\\S+\\s+){0,3}?(?:متوجه|بر\\s+عهده(?:ی|\\u200cی)?)\\s+(?:آن|این)\\s+(?:شرکت|مجموعه|سازمان|اداره|فروشگاه|آژانس)|مایه(?:ی|\\u200cی)?\\s+تعجب\\s+(?:است|بود)`,
  'u',
);
/** What an expectation asks of the company: an answer, a promise kept, respect, proper treatment, making good. */
const DUTY = /پاسخگو|پاسخ|جواب|رسیدگی|برخورد|رفتار|اقدام|جبران|پایبند|تعهد|احترام|مسئولیت|توضیح|عذرخواهی|بهتر|مناسب|درست|دقت|وعده|قول/u;
/** A doing gone wrong, after «انتظار نداشتم». */
const WRONG_DOING = /بدون|اشتباه|خراب|شکسته|این\s*(?:طور|جوری|جور|قدر|همه)|اینطوری|اینجوری|بی\s*\u200c?(?:احترامی|توجهی|دقتی|مسئولیتی)|رفتار|برخورد|بفرستید|بفرستین|فرستادید|فرستادین|کردید|کردین/u;
/** A harm told in the message. */
const HARM = /تاکنون|تا\s*کنون|هنوز|ن(?:شده|گردیده|رسیده|کرده|داده)|متأسفانه|متاسفانه|بدون|قطع|خسارت|هیچ|مکرر|دور\s+از\s+شأن|سپری\s+شده|گذشته|عملی\s+نگردیده/u;
/** A pleasant surprise or praise: thanks of the customer's own, more or better than expected. */
const PLEASED = /ممنونم|خیلی\s+ممنون|مرسی|سپاسگزارم|متشکرم|خوشحال|عالی\s+بود|دمتون\s+گرم|(?:بیش|بیشتر|بهتر|فراتر|زودتر|سریع\s*\u200c?تر)\s+از\s+(?:حد\s+)?انتظار|حتما\s+دوباره|حتماً\s+دوباره/u;
/** A forecast, not a demand: «انتظار می‌رود بسته … برسد / تحویل شود». */
const FORECAST = /(?:برسد|برسه|تحویل\s+(?:شود|داده\s+شود)|ارسال\s+شود|انجام\s+شود|واریز\s+شود|تمام\s+شود|باز\s+شود)\s*(?:[.،]|$)/u;

/**
 * A question of blame or fairness put to the company (late25, late26, late28 ×3): «خب تقصیر من چیه؟», «حق ما اینه؟»,
 * «مگه شما خودتون پدر مادر ندارید؟», «شما مسئولیت سرتون نمیشه؟», «این انصاف نیست». Not one's own fault owned («تقصیر
 * من بود»), the company cleared («تقصیر شما نیست»), a right asked about («حق من اینه که بدونم …»).
 */
const BLAME_Q = /تقصیر\s+(?:من|ما|بنده)\s+چی(?:ه|ست)?\s*[؟?]|حق\s+(?:ما|من|بنده)\s+(?:اینه|این\s+است|این\s+بود)\s*[؟?]|مسئولیت\s+سرتون\s+نمی\s*\u200c?\s*شه|مگه\s+(?:شما\s+)?خودتون\s+[^؟?.!\n]{1,30}?ندارید\s*[؟?]/u;
const UNFAIR = /(?<![\p{L}])این\s+(?:کار\s+|رفتار\s+|برخورد\s+)?(?:اصلاً\s+|اصلا\s+)?انصاف\s+نیست/u;
const GATE = readerGate([/انتظار/u, FORMAL_DISPLEASURE, /تقصیر/u, /حق/u, /سرتون/u, /خودتون/u, /انصاف/u]);

/** An expectation let down, or formal displeasure (see the header), Persian only; score 1.1 (enough alone). */
export function readFaKinds32(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const none = { score: 0, evidence: [] as Evidence[] };
  if (!ctx.fa || ctx.empty || !mayMatch(ctx.low, GATE)) return none;
  const text = ctx.doc.text.replace(/ي|ى/gu, 'ی').replace(/ك/gu, 'ک');
  // A question of blame or fairness (see BLAME_Q): enough alone, with or without a harm word.
  const blame = BLAME_Q.exec(text);
  if (blame) return { score: 1.1, evidence: [ctx.ev({ start: blame.index, end: blame.index + blame[0].replace(/[\s؟?]+$/u, '').length }, 'tone.why.rhetoricalQuestion')] };
  const unfair = UNFAIR.exec(text);
  if (unfair) return { score: 1.1, evidence: [ctx.ev({ start: unfair.index, end: unfair.index + unfair[0].length }, 'tone.why.judgement')] };
  if (!HARM.test(text) || PLEASED.test(text)) return none;
  const hit = (m: RegExpExecArray | null, end?: number): { score: number; evidence: Evidence[] } =>
    m ? { score: 1.1, evidence: [ctx.ev({ start: m.index, end: end ?? m.index + m[0].trimEnd().length }, 'tone.why.expectationLet')] } : none;
  const formal = EXPECT_FORMAL.exec(text);
  if (formal && DUTY.test(formal[0]) && !FORECAST.test(formal[0])) return hit(formal);
  const had = EXPECT_HAD.exec(text);
  if (had && DUTY.test(had[1])) return hit(had);
  const not = EXPECT_NOT.exec(text);
  if (not && WRONG_DOING.test(not[0])) return hit(not);
  return hit(FORMAL_DISPLEASURE.exec(text));
}

export const strings = {
  en: {
    'tone.why.expectationLet': 'says the company fell short of what they expected',
  },
  fa: {
    'tone.why.expectationLet': 'می‌گوید شرکت به انتظارش عمل نکرده',
  },
} as const;
