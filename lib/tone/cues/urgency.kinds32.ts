/**
 * Urgency, session 32 (tone32). Tried on scripts/tone-kinds32-matrix.ts (URGENCY32: positives and close contrasts across
 * trades), never on a development sentence's nouns. Pooled over the fresh splits late20 … late31.
 *
 * - **Persian typed in Latin letters: a deadline or a departure tonight, tomorrow or by the end of the week, with something
 *   in the way** ({@link finglishDeadline32}; late24, late27, late28 ×2, late30 ×2, late31): "mohlat entekhab vahed emshab
 *   tamum mishe … error mide", "farda sobh flight daram … hanooz naresideh", "ghatar saat 23 harekat mikone … eshtebah",
 *   "ta pas farda bayad dastam bashe vase safar … kojast". The English layer reads these words as unknown English, and the
 *   Persian readers never see them. Read when the message is Finglish (language.ts), one sentence holds a near time
 *   (emshab, farda, pas farda, emrooz, ta akhar hafte) and what is at stake then (a deadline «مهلت», something ending
 *   «تموم میشه», a flight, train or trip, an exam, "bayad … bashe"), and the message says what is in the way (error,
 *   hanooz, nemishe, nareside, cancel (not the customer's own "cancel konam"), eshtebah, kojast …). Not a promise reported ("goftan farda ersal mishe"), a threat
 *   on a condition ("age ta farda nareseh refund mikham"), next week, a trip asked about with nothing wrong ("farda flight
 *   daram, mishe sandali kenar panjere begiram?"), or no hurry said ("ajale nadaram": urgency.fa.kinds25.ts).
 *
 * - **English: a thing needed back for a near event, with something wrong** ({@link neededSoon32}; late20, late27, late29,
 *   late31): "is my phone ready yet? … need it back before i pick the kids up at 3", "i need it for my bus pass on friday",
 *   "I lost my key … I need to take my documents tomorrow morning for visa appointment", "lost my bag … need it back for
 *   work tomorrow morning". "need it / them / my X (back) for / before / by", or "need to take / collect / bring / use", with
 *   a near time in the same sentence (today, tonight, tomorrow, this morning, a weekday, at or before an hour), and in the
 *   message something wrong or not done (lost, broken, charged, declined, locked, not ready, "yet?", missing, stolen …).
 *   Not "need it for work" with no day (labelled calm on late10), a slot changed ("need to change my delivery from
 *   tomorrow to friday"), a booking asked with nothing wrong, nor no rush said.
 *
 * - **Persian: a harm to someone's body going on now, with help asked now** ({@link healthNowFa32}; late22, late24, late27,
 *   late29, late30 ×2; session 29 read the English side only): «از دیشب تب ۳۹.۵ داره و قبلاً تشنج کرده … میشه برای امروز یه
 *   نوبت بدید؟», «از صبح لب بالام خیلی ورم کرده … الان کسی هست جواب بده؟», «دندون جلوش شکسته و لثش ورم کرده. امروز وقت خالی
 *   دارید؟»: a symptom (a high fever, a seizure, vomiting, bleeding, swelling, a struggle to breathe, severe pain, a broken
 *   tooth) said of a person or a body part, and help asked now (today, tonight, now, the emergency room, "should I come").
 *   Not a broken object («پایه‌ش شکسته»), a fever told as over («الان خداروشکر خوبه»), nor no hurry said.
 *
 * Cheap: a text gate read off the patterns before anything else.
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';
import { replyLanguage } from './language.ts';

/** A near time, Finglish spellings. */
const NEAR = /\b(?:emshab|emshb|farda|fardaa|pas\s*farda|emrooz|emruz|emroz|ta\s+akhar(?:e|-e)?\s+(?:in\s+)?hafte(?:h)?)\b/giu;
/** What is at stake at that time: a deadline, an end, a departure, an exam, a thing that must be in hand. */
const STAKE = /\b(?:mohlat\w*|tamum\w*|tamoom\w*|tamom\w*|flight\w*|parvaz\w*|ghatar\w*|qatar\w*|train|otoboos\w*|safar\w*|konkoor\w*|konkur\w*|azmoon\w*|azmun\w*|emtehan\w*|harekat|bayad\s+(?:\w+\s+){0,2}?(?:bashe|bere|beresam|beresoonam|beresunam|anjam\s+beshe))\b/iu;
/** What is in the way. */
const BLOCKED = /\b(?:error\w*|hanooz|hanuz|hanoz|nemishe|nemiad|nemiyad|nayoomade|nayumade|nashode|nashod|nareside\w*|naresid\w*|cancel\w*\b(?!\s+(?:konam|konim|kardam|kardim|bokonam|bokonim|konm)\b)|eshtebah\w*|moshkel\w*|ghate|qate|kharab\w*|kojast|gom\s+shode|baz\s+nemishe|sader\s+nashode)\b/iu;
/** A promise reported, a condition, a later week: the near time is no pressure of the customer's. */
const NOT_PRESSING = /\b(?:goftan|goftin|goftid|gofte|gofti|gofte\s+boodan)\s+(?:\w+\s+){0,2}?(?:emshab|farda|emrooz)\b|\bage\s+(?:ta\s+)?(?:emshab|farda|emrooz)\b|\bhafte(?:-?ye|\s+ye)?\s+ba(?:a)?d\w*\b|\bmah(?:e|-e)?\s+ba(?:a)?d\w*\b|\bajale\s+(?:nadaram|nist)\b|\bfarghi\s+nemikone\b/iu;
const GATE = readerGate([NEAR]);

/** The need: "need it back for", "need my phone before", "need it to get to work", "need to take my documents". */
const NEED = /\bneed(?:s|ed)?\s+(?:(?:it|them|this|that|him|her|(?:my|our|the|his|her)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)(?:\s+back)?\s+(?:for|before|by|to\s+[\p{L}-]+)|to\s+(?:take|collect|bring|pick\s+up|use|wear|show|hand\s+in|have)\b)/giu;
/** A near time in the need's sentence. */
const SOON = /\b(?:today|tonight|tomorrow|tmrw|tmr|this\s+(?:morning|afternoon|evening)|(?:on\s+|this\s+|by\s+|before\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:at|by|before)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\b/iu;
/** Something wrong or not done in the message. */
const WRONG = /\b(?:lost|lose|broke|broken|stolen|charged|declined|locked|missing|damaged|cancell?ed|wrong|not\s+(?:arrived|working|ready|come|here)|hasn['\u2019]?t|haven['\u2019]?t|isn['\u2019]?t|didn['\u2019]?t|won['\u2019]?t|can['\u2019]?t|cant|wont|still|stuck|ready\s+yet|no\s+sign)\b|\byet\s*\?/iu;
const NO_RUSH = /\b(?:no\s+rush|no\s+hurry|not\s+urgent|no\s+urgency|whenever|in\s+no\s+hurry|no\s+worries\s+if\s+not)\b/iu;
/** A day that is past or far: "last Friday", "next month". */
const PAST_DAY = /\b(?:last|every|next\s+(?:month|year))\s+$/iu;
const NEED_GATE = readerGate([NEED]);

/** A thing needed back for a near event, with something wrong (see the header): the need and its time as evidence. */
export function neededSoon32(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, NEED_GATE)) return [];
  const text = ctx.doc.text;
  if (NO_RUSH.test(text) || !WRONG.test(text)) return [];
  for (const m of text.matchAll(NEED)) {
    const a = m.index ?? 0;
    const s = sentenceAround(text, a, a + m[0].length);
    const rest = s.text.slice(a - s.start);
    const soon = SOON.exec(rest);
    if (!soon || soon.index > 60 || PAST_DAY.test(rest.slice(0, soon.index))) continue;
    return [ctx.ev({ start: a, end: a + soon.index + soon[0].length }, 'tone.why.deadline')];
  }
  return [];
}

/** A symptom of the body, Persian (ZWNJ or space between parts). */
const SYMPTOM_FA = /(?:تب[\s\u200c]*(?:بالا|بلند|شدید|[۳3][۸۹89]|[۴4][۰0])|تبش[\s\u200c]*(?:بالا|[۳3][۸۹89]|[۴4][۰0])|تشنج|استفراغ|خون[\s\u200c]*ریزی|ورم[\s\u200c]*(?:کرده|داره|دارد)|پف[\s\u200c]*کرده|کبود[\s\u200c]*شده|نفس(?:ش|م)?[\s\u200c]*(?:تنگ|بالا\s+نمیاد)|نمی[\s\u200c]*تونه[\s\u200c]*نفس|درد[\s\u200c]*(?:شدید|بسیار)|خیلی[\s\u200c]*درد|(?:دندون|دندان)[^.!?؟\n]{0,12}شکسته)/u;
/** A person or a body part the symptom is said of. */
const BODY_FA = /(?:بچه|پسر|دختر|اولاد|فرزند|نوزاد|مادر|پدر|بابا|مامان|همسر|خانمم|شوهر|مریض|بیمار|لب|لثه|صورت|گلو|چشم|دندون|دندان|جای[\s\u200c]*آمپول|خودم|سگ|گربه)/u;
/** Help asked now. */
const NOW_FA = /(?:امروز|امشب|الان|همین[\s\u200c]*الان|فوری|اورژانس|مستقیم[\s\u200c]*بیار|باید[\s\u200c]*(?:بیام|بیایم|بیاریم|بیاریمش|ببریمش|ببرمش))/u;
/** Told as over, or long ago. */
const OVER_FA = /(?:خداروشکر|خدا[\s\u200c]*رو[\s\u200c]*شکر|خوب[\s\u200c]*شد|بهتر[\s\u200c]*شد|(?:هفته|ماه)[\s\u200c]*(?:پیش|قبل|گذشته)|پارسال|عجله[\s\u200c]*(?:ای|‌ای)?[\s\u200c]*(?:نیست|ندارم))/u;
const SYMPTOM_GATE = readerGate([SYMPTOM_FA]);

/** A harm to someone's body going on now, with help asked now, Persian (see the header): the symptom as evidence. */
export function healthNowFa32(ctx: CueContext): Evidence[] {
  if (!ctx.fa || ctx.empty || !mayMatch(ctx.low, SYMPTOM_GATE)) return [];
  const text = ctx.doc.text;
  const m = SYMPTOM_FA.exec(text);
  if (!m || !BODY_FA.test(text) || !NOW_FA.test(text) || OVER_FA.test(text)) return [];
  return [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.safety')];
}

/** Session 32's urgency readings: a Finglish deadline soon, an English need for a near event, a Persian harm to the body now. */
export function urgencyKinds32(ctx: CueContext): Evidence[] {
  if (ctx.fa) return healthNowFa32(ctx);
  const f = finglishDeadline32(ctx);
  return f.length ? f : neededSoon32(ctx);
}

/** The sentence of the text around offset `i` (split at . ! ? and line ends). */
function sentenceAround(text: string, a: number, b: number): { start: number; text: string } {
  let s = a;
  while (s > 0 && !/[.!?\n]/u.test(text[s - 1])) s--;
  let t = b;
  while (t < text.length && !/[.!?\n]/u.test(text[t])) t++;
  return { start: s, text: text.slice(s, t) };
}

/** A Finglish deadline or departure soon with something in the way (see the header): the near time and its stake as evidence. */
export function finglishDeadline32(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, GATE)) return [];
  if (replyLanguage(ctx).finglish.length === 0) return [];
  const text = ctx.doc.text;
  if (NOT_PRESSING.test(text) || !BLOCKED.test(text)) return [];
  for (const m of text.matchAll(NEAR)) {
    const a = m.index ?? 0;
    const s = sentenceAround(text, a, a + m[0].length);
    const stake = STAKE.exec(s.text);
    if (!stake) continue;
    const st = s.start + stake.index;
    return [ctx.ev({ start: Math.min(a, st), end: Math.max(a + m[0].length, st + stake[0].length) }, 'tone.why.deadline')];
  }
  return [];
}
