/**
 * Urgency, session 39 (tonefa39): look-alikes of pressure among the false "urgent" cues of the development writer splits
 * (tests/fixtures/tone-eval README, section tonefa39). A false "urgent" cue sends the agent rushing, so a cue is dropped
 * when every piece of its evidence is one of these kinds (a mark of intensity aside); a message that also says "today",
 * a hazard or money going now keeps its cue and its evidence.
 *
 * - `promisedFrame` (English and Persian): the company's own time frame told back as a broken promise — "an automated
 *   reply saying a team member will be in touch within 72 hours", "Day 11 of 'it'll be back up within 24 hours'", "the
 *   'we'll call you within 2 hours' promise", «مقرر شد ظرف ۷۲ ساعت بررسی شود», «تعهد نمودند که … ظرف ۷۲ ساعت … مسترد
 *   گردد», «هر بار میگید ۷۲ ساعت صبر کنید»: a time frame inside quotes or after the words that tell it was said or
 *   promised ("saying", "told", "promised", «گفتید», «قرار بود», «مقرر شد», «تعهد»). Not a frame the customer sets ("within
 *   24 hours or I cancel": no promise told).
 * - `formalFrameFa`: «ظرف ۴۸ ساعت» / «در اسرع وقت» asked in a formal Persian letter («احتراماً», «خواهشمند است»): the
 *   letter's routine ask for a reply, not a hurry (of 56 development messages with «ظرف N ساعت», 3 are labelled urgent).
 * - `emergencyNamed` (English): "emergency" naming a thing, not a hurry — "emergency tax", a signature line ("Emergency
 *   Medicine, St. Luke's Hospital"), or an emergency told over ("we go emergency vet, now he is ok").
 * - `shopFaultFa`: the money reader's reading of a shop and a fault («مغازه», «کارتخوان … خرابه», «درگاه … ارور») with
 *   nothing lost now said: a business customer's routine fault report.
 * - `placeToldFa`: a place the stranded-now reader read («دم در», «وسط جاده», «وسط اتوبان», «تو فرودگاه») in a sentence of
 *   what happened or how to pay («وسط جاده موندم», «دیروز وسط اتوبان خاموش شد», «پولش رو دم در میدیم»), with nothing of now
 *   in it (not «همین الان وسط جاده خاموش شد», «چمدونم تو فرودگاه جا مونده»).
 *
 * Evidence is untouched where the cue stays: the guard only removes a cue, it never adds words.
 */
import { type CueContext, type CueModule } from '../cue.ts';
import type { Evidence } from '../types.ts';

/** Switch for the look-alike guards (scripts/tonefa39-loso.ts turns it off to measure; `fired` collects the kinds that applied). */
export const urgency39Switch: { on: boolean; fired: string[] | null } = { on: true, fired: null };

const fold = (s: string): string => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/\u200c/g, ' ');
const NL = String.raw`(?<![\p{L}\p{M}])`;
const NR = String.raw`(?![\p{L}\p{M}])`;

const MARKS: ReadonlySet<string> = new Set(['tone.why.punctuation', 'tone.why.emphasis', 'tone.why.caps', 'tone.why.drawnOut']);

/** The sentence around [a, b) of `text`: bounded by . ! ? ؟ and line breaks. */
function sentence(text: string, a: number, b: number): { start: number; end: number } {
  let s = a;
  while (s > 0 && !/[.!?؟\n]/.test(text[s - 1])) s--;
  let e = b;
  while (e < text.length && !/[.!?؟\n]/.test(text[e])) e++;
  return { start: s, end: e };
}

/** Whether [a, b) lies inside quotes on its line: an odd count of quote marks before it on the line, or «…». */
function quoted(text: string, a: number, b: number): boolean {
  const lineStart = text.lastIndexOf('\n', a - 1) + 1;
  const before = text.slice(lineStart, a);
  const straight = (before.match(/(?<![A-Za-z])'|'(?![A-Za-z])|"/g) ?? []).length;
  const curlyOpen = (before.match(/[“‘]/g) ?? []).length - (before.match(/[”](?![A-Za-z])|’(?![A-Za-z])/g) ?? []).length;
  const guil = before.lastIndexOf('«') > before.lastIndexOf('»');
  return straight % 2 === 1 || curlyOpen > 0 || (guil && text.indexOf('»', b) > 0);
}

// ---- promisedFrame ----
const FRAME_EN = /^within\s+(?:the|an|a|one|two|three|\d+)\s*(?:-\s*)?(?:working\s+|business\s+)?(?:hours?|hrs?|days?|minutes?|mins?)$/i;
const FRAME_FA = new RegExp(String.raw`^(?:ظرف|طی)?\s*(?:[0-9۰-۹]+|یک|دو|سه|چهار|پنج|هفت|ده)\s*(?:ساعت|روز(?:\s+کاری)?)(?:\s+دیگه|\s+دیگر)?$`, 'u');
const TOLD_EN = /\b(?:promis\w*|said|says|saying|told|tells|assured|guarantee\w*|claimed|stated|reply|replies|message|would\s+be|would\s+get|will\s+be\s+in\s+touch|supposed\s+to|was\s+to|were\s+to|day\s+\d+\s+of)\b/i;
const TOLD_FA = new RegExp(String.raw`${NL}(?:گفتید|گفتین|گفتن|گفتند|گفته\s+بودید|گفت|میگید|میگن|می\s+گید|می\s+گن|میگفتن|قرار\s+بود|مقرر\s+(?:شد|بود|گردید)|تعهد|وعده|قول|اعلام\s+(?:کردید|شد|نمودند))${NR}`, 'u');

function promisedFrame(ctx: CueContext, text: string, e: Evidence): boolean {
  if (e.why !== 'tone.why.time') return false;
  const w = fold(e.text).trim();
  const fa = FRAME_FA.test(w);
  if (!fa && !FRAME_EN.test(w)) return false;
  if (quoted(text, e.start, e.end)) return true;
  const s = sentence(text, e.start, e.end);
  const before = text.slice(s.start, e.start);
  return fa ? TOLD_FA.test(before) : TOLD_EN.test(before);
}

// ---- formalFrameFa ----
const FORMAL_FA = new RegExp(String.raw`${NL}(?:احتراما|احتراماً|خواهشمند\s+است|خواهشمندم|مستدعی\s+است|به\s+استحضار)${NR}`, 'u');

function formalFrameFa(text: string, e: Evidence): boolean {
  if (e.why !== 'tone.why.time') return false;
  const w = fold(e.text).trim();
  if (!(FRAME_FA.test(w) && /^(?:ظرف|طی)/u.test(w))) return false;
  return FORMAL_FA.test(text);
}

// ---- emergencyNamed ----
/** "emergency" naming a thing, or the reason for a change of plan. */
const EMERGENCY_THING = /^\s+(?:tax|code|contact\s+details)\b/i;
const EMERGENCY_CAUSE = /\b(?:due\s+to|because\s+of|owing\s+to|(?:because|as|since)\s+(?:we|i)\s+(?:have|had))\s+(?:a\s+)?family\s*$/i;
const DEPARTMENT = /^\s+(?:medicine|department|dept|room|services?|nursing)\b/i;
const SETTLED = /\bnow\s+(?:he|she|it|they|we|i|everything)\s*(?:is|are|am|'s|'re)?\s+(?:ok|okay|fine|better|well|alright|all\s+right)\b/i;

/** The line around [a, b). */
function lineOf(text: string, a: number, b: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', a - 1) + 1;
  const end = text.indexOf('\n', b);
  return { start, end: end < 0 ? text.length : end };
}

/** A title line of a signature ("Emergency Medicine, St. Luke's Hospital"): not the first line, short, no sentence mark at its end. */
function titleLine(text: string, a: number, b: number): boolean {
  const l = lineOf(text, a, b);
  const line = text.slice(l.start, l.end);
  return l.start > 0 && !/[.?!]\s*$/.test(line) && line.trim().split(/\s+/).length <= 8 && /\bemergency\s+(?:medicine|department|dept|room|services?|nursing)\b/i.test(line);
}

function emergencyNamed(text: string, e: Evidence): boolean {
  const w = e.text.trim();
  // The department's other words read as safety ("Medicine", "Hospital") on the same title line.
  if (e.why === 'tone.why.safety' && titleLine(text, e.start, e.end)) return true;
  if (e.why !== 'tone.why.time') return false;
  if (/^emergency$/i.test(w)) {
    const after = text.slice(e.end, e.end + 30);
    if (EMERGENCY_THING.test(after)) return true;
    if (DEPARTMENT.test(after) && titleLine(text, e.start, e.end)) return true;
    if (EMERGENCY_CAUSE.test(text.slice(Math.max(0, e.start - 40), e.start))) return true;
    // An emergency told over: a past visit, then "now he is ok".
    const s = sentence(text, e.start, e.end);
    return SETTLED.test(text.slice(e.end, Math.min(text.length, s.end + 80)));
  }
  // "now" of "now he is ok" after an emergency told over.
  if (/^now$/i.test(w)) return SETTLED.test(text.slice(e.start, e.start + 40)) && /\bemergency\b/i.test(text.slice(Math.max(0, e.start - 120), e.start));
  return false;
}

// ---- shopFaultFa ----
const SHOP_FAULT = new RegExp(String.raw`^(?:مغازه|مغازه\s*م|کارتخوان|کارگاه|کارگاهی|فروشگاه|فروشگاهی|حجره|درگاه|ارور|سرور|خرابه|خراب|قطع|قطعی|نداره|نمیدن|نکنه|نیست|نخواهم|نمیتونم|نرم|پوزش|بالا\s+نمیاد|از\s+دسترس\s+خارج)$`, 'u');
const LOSS_NOW = new RegExp(String.raw`${NL}(?:ضرر|زیان|خسارت|آبرو|آبروم|مشتری|مشتریا|مشتری\s*ها|مشتریام|مشتریهام|فروش|فروشم|فروشمون|متوقف|الان|همین\s+الان|فوری|فورا|فوراً|امروز)${NR}`, 'u');

function shopFaultFa(text: string, e: Evidence): boolean {
  if (e.why !== 'tone.why.money') return false;
  return SHOP_FAULT.test(fold(e.text).trim()) && !LOSS_NOW.test(text);
}

// ---- placeTold ----
const PLACE_FA = new RegExp(String.raw`^(?:دم\s+در|وسط\s+(?:جاده|اتوبان|خیابان|راه)|(?:تو|در)\s+فرودگاه)$`, 'u');
const NOW_FA = new RegExp(String.raw`${NL}(?:الان|الانم|همین\s+الان|هنوز|منتظر|منتظرم|مونده|مانده|گیر\s+کرده)${NR}`, 'u');

function placeToldFa(text: string, e: Evidence): boolean {
  if (e.why !== 'tone.why.deadline' || !PLACE_FA.test(fold(e.text).trim())) return false;
  const s = sentence(text, e.start, e.end);
  return !NOW_FA.test(text.slice(s.start, s.end));
}

/** The kind that explains one piece of the urgency evidence, or null. */
function kindOf(ctx: CueContext, text: string, e: Evidence): string | null {
  if (promisedFrame(ctx, text, e)) return 'promisedFrame';
  if (ctx.fa && formalFrameFa(text, e)) return 'formalFrameFa';
  if (!ctx.fa && emergencyNamed(text, e)) return 'emergencyNamed';
  if (ctx.fa && shopFaultFa(text, e)) return 'shopFaultFa';
  if (ctx.fa && placeToldFa(text, e)) return 'placeToldFa';
  return null;
}

/** Whether every piece of the urgency evidence is one of this session's look-alike kinds (see the header). */
export function calmUrgency39(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!urgency39Switch.on || evidence.length === 0) return false;
  // Offsets of the evidence are in the whole message; the fold keeps every character's length (one letter for one).
  const text = fold(ctx.message);
  const kinds: string[] = [];
  let words = 0;
  for (const e of evidence) {
    if (e.why && MARKS.has(e.why)) continue;
    words++;
    const k = kindOf(ctx, text, e);
    if (!k) return false;
    kinds.push(k);
  }
  if (words === 0) return false;
  urgency39Switch.fired?.push(...kinds);
  return true;
}

/** The urgency module with this session's look-alike guard after it: a cue whose every piece is a look-alike is dropped. */
export function withUrgency39(m: CueModule): CueModule {
  return {
    ...m,
    read(ctx) {
      const out = m.read(ctx);
      if (!urgency39Switch.on || out.cues.length === 0) return out;
      const evidence = out.cues.flatMap((c) => (c.kind === 'urgent' ? c.evidence : []));
      if (!calmUrgency39(ctx, evidence)) return out;
      return { score: out.score, cues: out.cues.filter((c) => c.kind !== 'urgent') };
    },
  };
}
