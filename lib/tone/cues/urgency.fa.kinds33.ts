/**
 * Urgency, session 33 (tonefa33): three kinds of Persian urgency the older readers leave quiet, each seen in three
 * development splits or more of late27 … late32 (look-alikes and contrasts in scripts/tone-fa-kinds33-matrix.ts, run by
 * tests/unit/tone/fa-kinds33.test.ts):
 *
 * - **a necessity of the home out now, with cold, heat or someone fragile at stake** («گاز محله ما از دیشب قطعه، هوا زیر
 *   صفره، من و خانمم هر دو مریضیم», «برق کل کوچه رفته، بچه ۳ ماهه دارم، هوا ۴۵ درجه‌ست», "gaz ghate, bache koochik
 *   darim"): gas, power, water or heating out (an outage told in the present, not a cut of the company's doing nor one
 *   to come: «قطع کردین», «فردا قطع میشه»), and in the message cold or heat, a baby, a small child, someone sick or old.
 *   Not the internet or a phone line (late32 labels «اینترنتمون باز قطع شده. دو تا بچه کوچیک دارم» calm), nor an outage
 *   put right («وصل شد»), nor a cut of the company's for a bill (late8 labels it calm).
 * - **Finglish pressure with something wrong**: "lotfan zood", "zood javab bedin", "HAMIN EMROOZ DOROSTESH KONID" in a
 *   message in Latin letters that tells a fault (an error, no service, money gone). Not "check-in zoodtar anjam bedim"
 *   (an early service asked for), "mersi ke zood javab dadid", "na ke fori bashe".
 * - **a fever or a fit going on now, help asked** («بچه ام تب بسیار بلند دارد … امشب ارسال میکنید؟», "dokhtaram tab-e 40
 *   dare va tashannoj karde … zood lotfan», «از دیشب … تب خفیف داره … شماره مطب … رو میشه بدید؟»): a fever in the
 *   present («تب داره / دارد / کرده»), with a question or a request. Not a past fever («دیشب تب داشت»), one gone
 *   («الان خوبه»), nor thanks.
 *
 * - **people waiting on the spot now** («مشتری دم مغازه وایساده», «مهمونا نشستن منتظرن», "mehmoona residan", "moshtari
 *   montazere"): customers or guests at the door or seated, waiting, in the present, in a message that tells what is in
 *   the way. Not «تمام روز منتظر ماندم» (the customer's own past wait), a joke about guests («فکر میکنن مهمونی دارم 😂»).
 *
 * And one calm reading (calmFa33): «غیرمجاز» after «سرعت», «سبقت», «پارک», «انشعاب» names a violation (a driver's speed,
 * a neighbour's pipe), no security problem; with it, a bare day word («امروز», «روز گذشته») tells when the trip was
 * (late21, late23, late32 false alarms). A «برداشت غیرمجاز» now stays urgent.
 *
 * Read in urgency.ts only where the older readers found too little and nothing softens the message. Evidence is the
 * words carrying it: the outage and what is at stake (tone.why.safety), the pressure words (tone.why.time), the fever
 * (tone.why.safety); those reasons are shown in English and Persian (urgency.ts strings).
 */
import { type CueContext } from '../cue.ts';
import { audited, gated, gateOf } from '../readergate.ts';
import type { Evidence } from '../types.ts';
import { replyLanguage } from './language.ts';

/** Arabic yeh and kaf folded, ZWNJ as a space: one character for one, so offsets hold. */
const fold = (s: string): string => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/\u200c/g, ' ');
const NL = String.raw`(?<![\p{L}\p{M}])`;
const NR = String.raw`(?![\p{L}\p{M}])`;

// --- a necessity of the home out now -------------------------------------------------------------------------------
/** «آب رفته» next to each other is cloth shrunk, not water out. */
const SUPPLY_FA = String.raw`${NL}(?:گاز|برق|آب(?!\s+رفت)|شوفاژ|بخاری|پکیج|آبگرمکن|موتورخانه|گرمایش|کولر)${NR}`;
/** Out now: «قطعه», «قطع است», «قطع شده», «رفته» (never «قطع کردین», «قطع میشه», «قطع شده بود», «قطع و وصل»). */
const OUT_FA = String.raw`${NL}(?:قطعه${NR}(?!\s+(?:ای|یدکی|اش|رو|را|ها))|قطع\s+(?:است|هست|شده(?!\s+بود)|می\s*باشد)|قطع${NR}(?!\s*(?:و\s+وصل|کرد|کن|می|شد|بود|نمی))|رفته(?!\s+بود)|رفته\s*(?:است|ست))`;
const OUTAGE_FA = new RegExp(`${SUPPLY_FA}[^.!؟?\\n]{0,30}?${OUT_FA}`, 'u');
const SUPPLY_FG = String.raw`\b(?:gaz|gas|bargh|barq|ab|aab|shofaj|shofaz|bokhari|pakij|package|abgarmkon|garmayesh|cooler|koler)\b`;
const OUTAGE_FG = new RegExp(`${SUPPLY_FG}[^.!?\\n]{0,30}?\\b(?:ghat|qat|ghate|qate|ghat\\s+shode|qat\\s+shode|rafte)\\b(?!\\s+(?:bood|kardin|kardid|mishe|mikonin))`, 'iu');
/** Cold, heat, or someone fragile, said in the message. */
const STAKE_FA = new RegExp(
  String.raw`زیر\s*صفر|${NL}سرما${NR}|${NL}(?:خیلی|بسیار|شدید)\s+سرد|سرد\s*(?:است|ه|ست)${NR}|یخ\s*(?:زدیم|میزنیم|می\s*زنیم|کردیم)|[۰-۹0-9]{2}\s*درجه|گرمای\s+شدید|${NL}گرما${NR}|نوزاد|شیرخوار|بچه\s*(?:ی|ای)?\s*(?:کوچیک|کوچک|[۰-۹0-9]+\s*(?:ماهه|ساله|روزه))|(?:بچه|اطفال|کودک)\S*\s+(?:کوچیک|کوچک|خورد|خردسال)|مریض|بیمار(?!ستان)|سالمند|پیرمرد|پیرزن|ویلچر|اکسیژن|دیالیز|باردار|حامله`,
  'u',
);
const STAKE_FG = /\b(?:zir(?:e)?\s*sefr|sarma|sard(?:e)?|garma|\d{2}\s*daraje|nozad|nowzad|shirkhar|bache(?:ye)?\s+(?:koochik|kuchik|\d+\s*mahe)|mariz|bimar|salmand|pirmard|pirezan|hamele|bardar)\b/iu;
/** Put right, or the cut the customer asks about before it happens. */
const RESTORED = /وصل\s+شد|درست\s+شد|اومد|آمد|vasl\s+shod|dorost\s+shod/u;

function outageNow(ctx: CueContext, text: string, fa: boolean, fg: boolean): Evidence[] {
  const out = fa ? OUTAGE_FA.exec(text) : fg ? OUTAGE_FG.exec(text) : null;
  if (!out) return [];
  const stake = (fa ? STAKE_FA : STAKE_FG).exec(text);
  if (!stake || RESTORED.test(text.slice(out.index + out[0].length))) return [];
  return [ctx.ev({ start: out.index, end: out.index + out[0].length }, 'tone.why.safety'), ctx.ev({ start: stake.index, end: stake.index + stake[0].length }, 'tone.why.safety')];
}

// --- Finglish pressure with something wrong --------------------------------------------------------------------------
const PRESS_FG = /\b(?:lotfan|lotfa|plz|pls|please)\s+(?:zood|zud|zoodtar|zudtar)\b|\b(?:zood|zud|zoodtar|zudtar)\s+(?:lotfan|lotfa|plz|pls|please)\b|\b(?:zood|zud|zoodtar|zudtar)\s+(?:\w+\s+)?(?:javab\s+bed(?:in|id)|dorost(?:esh)?\s+kon(?:id|in)|befrest(?:id|in)|bed(?:in|id)|rasidegi\s+kon(?:id|in)|check\s+kon(?:id|in)|vasl\s+kon(?:id|in))\b|\b(?:zood|zud|zoodtar|zudtar)\s*[!.]*\s*$|\bhamin\s+(?:emrooz|emruz|alan)\b[^.!?\n]{0,40}?\b(?:\w*kon(?:id|in)|bed(?:in|id)|befrest(?:id|in)|bia(?:in|id)|biayid)\b/iu;
const WRONG_FG = /\b(?:error|baz\s+nemishe|nemishe|ghat\w*|qat\w*|kharab\w*|nashod\w*|nayomade|nayoomade|naresid\w*|hanooz|hanuz|raft|block\w*|hack\w*|mariz|tab(?:-e)?|khabid\w*|khobid\w*|kar\s+nemikone|eshtebah)\b/iu;

function pressureFg(ctx: CueContext, text: string): Evidence[] {
  const m = PRESS_FG.exec(text);
  if (!m || !WRONG_FG.test(text) || /\b(?:ajale\s+(?:nadaram|nist)|na\s+ke\s+fori|fori\s+nist)\b/iu.test(text)) return [];
  return [ctx.ev({ start: m.index, end: m.index + m[0].trimEnd().length }, 'tone.why.time')];
}

// --- a fever or a fit now, help asked ------------------------------------------------------------------------------
const FEVER_FA = new RegExp(String.raw`${NL}(?:تب${NR}(?:\s*(?:بسیار|خیلی|شدید|بالا|بلند|خفیف|[۰-۹0-9.٫/]+|درجه|و|نیم)${NR}){0,5}\s*(?:داره|دارد|دارن|دارند|کرده|کرد(?!ه)${NR})|تشنج\s*(?:کرده|کرد${NR}|می\s*کنه|داره|دارد))`, 'u');
const FEVER_FG = /\b(?:tab(?:-e|e)?\s*(?:\d+\s*)?(?:dare|darad|karde)|tashannoj\s+(?:karde|kard|mikone|dare))\b/iu;
/** A question or a request (whole words: «همیشه» holds «میشه»). */
const ASKED = new RegExp(String.raw`[?؟]|${NL}(?:میشه|می\s*شود|امکان|لطفا|لطفاً|خواهشمند|بفرمایید|کمک|چیکار|چه\s*کار|بدید|بدین|بفرستید|بفرستین|میکنید|می\s*کنید)${NR}|\b(?:mishe|lotfan|lotfa|komak|help|pls|please|chikar|chetori|zood)\b`, 'iu');
const OVER = new RegExp(String.raw`خوب\s*(?:شد|شده|ه|است)${NR}|بهتر\s+شد|خداروشکر|خدا\s+رو\s+شکر|ممنون|تشکر|سپاس|مرسی|\b(?:khoob\s+shod|mersi|mamnoon)\b`, 'u');

function feverNow(ctx: CueContext, text: string, fa: boolean, fg: boolean): Evidence[] {
  const m = fa ? FEVER_FA.exec(text) : fg ? FEVER_FG.exec(text) : null;
  if (!m || !ASKED.test(text) || OVER.test(text)) return [];
  return [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.safety')];
}

// --- people waiting on the spot now ----------------------------------------------------------------------------------
const WAITING_FA = new RegExp(String.raw`${NL}(?:مشتری|مشتریا|مشتری\s*ها|مشتریام|مشتری\s*هام|مهمونا|مهمونام|مهمون\s*ها|مهمانان|مهمان\s*ها)(?:مون|مان)?${NR}(?:\s+\S+){0,3}?\s+(?:دم\s+(?:در|مغازه)\s+)?(?:وایساده|وایسادن|ایستاده|منتظره|منتظرن|منتظرند|منتظر\s+(?:هستن|هستند|است|ان)|نشستن|نشسته\s*اند|اومدن|آمدند|رسیدن|رسیده\s*اند)${NR}`, 'u');
const WAITING_FG = /\b(?:moshtari(?:ha|a|am|ham)?|mehmoon(?:a|am|ha)|mehmun(?:a|am|ha))\b(?:\s+\S+){0,3}?\s+(?:vaysade|vaysadan|montazere|montazeran|neshastan|oomadan|umadan|residan)\b/iu;
/** Something in the way, told in the message. */
const IN_WAY = new RegExp(String.raw`${NL}(?:هنوز|ن(?:یومده|یامده|رسیده|شده|میشه|میده)|باز\s+نمیشه|خطا(?:ی|ها)?|ارور|کار\s+نمیکنه|قطع(?:ه)?|خراب(?:ه|ست)?)${NR}|\b(?:hanooz|hanuz|khabari\s+nist|nayoomade|nayomade|naresid\w*|error|baz\s+nemishe|kar\s+nemikone|ghat\w*|kharab)\b`, 'iu');

function waitingNow(ctx: CueContext, text: string, fa: boolean, fg: boolean): Evidence[] {
  const m = fa ? WAITING_FA.exec(text) : fg ? WAITING_FG.exec(text) : null;
  if (!m || !IN_WAY.test(text)) return [];
  return [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.time')];
}

/** «غیرمجاز» of a violation (see the header). */
const VIOLATION = /(?:سرعت|سبقت|پارک|انشعاب|تردد)\s+(?:غیر\s*مجاز)/u;
const BARE_DAY = /^(?:امروز|دیروز|روز\s+گذشته|امشب|الان)$/u;

/** Urgent evidence that is only a violation's «غیرمجاز» and bare day words: no cue (see the header). */
export function calmFa33(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!ctx.fa || evidence.length === 0 || !/مجاز/u.test(ctx.low)) return false;
  const text = fold(ctx.doc.text);
  let violation = false;
  for (const e of evidence) {
    const w = fold(e.text).trim();
    if (/^غیر\s*مجاز$/u.test(w)) {
      const at = e.start - ctx.offset;
      if (!VIOLATION.test(text.slice(Math.max(0, at - 8), at + w.length + 1))) return false;
      violation = true;
    } else if (!BARE_DAY.test(w)) return false;
  }
  return violation;
}

/** The reader's gate: every finding holds one of these words (necessary, wider is safe). */
export const URGENCY_FA33_GATE = gateOf('urgencyFaKinds33', { text: [/قطع|رفته|ghat|qat|rafte|تب|تشنج|tab|tashannoj|zood|zud|hamin|مشتری|مشتري|مهمون|مهمان|moshtari|mehmoon|mehmun/u] });

/** The evidence of the first kind found (see the header), or nothing. */
export function urgencyFaKinds33(ctx: CueContext): Evidence[] {
  if (ctx.empty || !gated(ctx, URGENCY_FA33_GATE)) return [];
  return audited(URGENCY_FA33_GATE, read33(ctx));
}

function read33(ctx: CueContext): Evidence[] {
  const fg = !ctx.fa && replyLanguage(ctx).finglish.length > 0;
  if (!ctx.fa && !fg) return [];
  const text = fold(ctx.doc.text);
  const out = outageNow(ctx, text, ctx.fa, fg);
  if (out.length) return out;
  const fever = feverNow(ctx, text, ctx.fa, fg);
  if (fever.length) return fever;
  const waiting = waitingNow(ctx, text, ctx.fa, fg);
  if (waiting.length) return waiting;
  return fg ? pressureFg(ctx, text) : [];
}
