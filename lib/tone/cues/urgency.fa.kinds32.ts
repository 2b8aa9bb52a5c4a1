/**
 * Urgency, session 32 (tonefa32): a timed event of the customer's tonight or tomorrow that the company's part stands in
 * the way of, said without «فوری» (Persian and Finglish misses of late24, late27 ×3, late28 ×3, late29, late30 ×2, late31;
 * fresh4, late20 before): «فردا طیاره ما از مشهد به تهران است … آیا تذکره هم لازم است؟», «پرواز 2134 امشب انجام میشه یا
 * نه؟», «بیمه‌نامه … فردا منقضی می‌گردد. خواهشمند است …», "farda sobh flight daram … emrooz ersal mishe?", "mohlat entekhab
 * vahed emshab 12 tamum mishe, help pls", "ta pas farda bayad dastam bashe vase safar … lotfan begid kojast".
 * A near day (tonight, tomorrow, the day after) beside a timed thing (a flight, a train, a deadline, an expiry, guests, a
 * tournament, an exam, a trip), and a question or a request in the message; the event a deadline itself, or something of
 * the company's in the way (still not come, an error, a delay, a wrong detail) or the need said. Not a start of a period («از فردا میرم
 * مسافرت»), no hurry said («عجله‌ای نیست», "ajale nadaram"), nor a past day's event told ("dirooz flight dashtam").
 * Look-alikes in scripts/tone-fa32-matrix.ts. Evidence: the day and the event, with tone.why.deadline (exists in both
 * languages).
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import { replyLanguage } from './language.ts';
import type { Evidence } from '../types.ts';

const EVENT_FA = String.raw`(?<![\p{L}\p{M}])(?:پرواز|طیاره|هواپیما|قطار|اتوبوس|بلیط|بلیت|مهلت|منقضی|سررسید|مهمون|مهمان|تورنومنت|امتحان|آزمون|کنکور|مصاحبه|عروسی|سفر|مسافرت|موعد|(?:تموم|تمام)[\s\u200c]*(?:میشه|می[\s\u200c]*شه|می[\s\u200c]*شود|میشود|شده|میشد))`;
const DAY_FA = String.raw`امشب|پس[\s\u200c]*فردا|فردا`;
const NEAR_FA = new RegExp(`(?<!از\\s|تا\\s)(?:${DAY_FA})(?:\\s+(?:صبح|شب|ظهر|عصر|ساعت\\s*[\\d۰-۹]+))?[^.!؟?\\n]{0,40}?(?:${EVENT_FA})|(?:${EVENT_FA})[^.!؟?\\n]{0,40}?(?<!از\\s)(?:${DAY_FA})`, 'u');
const EVENT_FG = String.raw`flight|parvaz|tayare|ghatar|qatar|train|otobous|bus|belit|bilit|mohlat|monghazi|mehmoon\w*|mehmun\w*|tournament|emtehan|konkur|mosahebe|aroosi|safar|mosaferat|tamoom\w*|tamum\w*`;
const DAY_FG = String.raw`emshab|pas\s*farda|farda`;
const NEAR_FG = new RegExp(`\\b(?<!az\\s)(?:${DAY_FG})\\b(?:\\s+(?:sob|sobh|shab|zohr|saat\\s*\\d+))?[^.!?\\n]{0,40}?\\b(?:${EVENT_FG})\\b|\\b(?:${EVENT_FG})\\b[^.!?\\n]{0,40}?\\b(?<!az\\s)(?:${DAY_FG})\\b`, 'iu');
/** A question or a request in the message. */
const ASKED = /[?؟]|میشه|می[\s\u200c]*شود|امکان|لطفا|لطفاً|خواهشمند|بفرمایید|کمک|راهنمایی|چیکار|چه\s*کار|\b(?:mishe|lotfan|lotfa|komak|help|pls|please|rahnamayi|chikar)\b/iu;
/** The event is itself a deadline (an expiry, a closing date): pressing by itself. */
const DEADLINE_EVENT = /مهلت|منقضی|سررسید|موعد|(?:تموم|تمام)[\s\u200c]*(?:میشه|می[\s\u200c]*شه|می[\s\u200c]*شود|میشود)|\b(?:mohlat|monghazi|tamoom\w*|tamum\w*)\b/iu;
/**
 * Otherwise something of the company's stands in the way (still not come, an error, a delay, a cancellation, a wrong
 * detail), or the need is said («باید بدونم», «عاجل»): a plain question of information about tomorrow's trip
 * («فردا پرواز دارم، چند کیلو بار مجازه؟») is no hurry.
 */
const IN_THE_WAY = /(?<![\p{L}\p{M}])(?:هنوز|ن(?:رسیده|یومده|یامده|شده|شد(?![\p{L}])|داده|کرده)|خطا|ارور|تاخیر|تأخیر|(?:کنسل|لغو)[\s\u200c]*(?:شده|شد|گردیده)|مشکل(?![\p{L}\s]*نیست)|خراب|اشتباه|قطع(?![\p{L}])|خاموش)|باید\s+(?:بدونم|بدانم|دستم|برسه|برسد)|عاجل|\b(?:hanooz|hanuz|nayoomade|nayomade|naresid\w*|nashode|error|cancel\s+shod\w*|canceled|cancelled|moshkel(?!\s+nist)|kharab|eshtebah|khamoosh|ghat|bayad|ta?khir)\b/iu;
/** No hurry said, or a start of a period. */
const NO_HURRY = /عجله\s*(?:ای|‌ای)?\s*نیست|لازم\s+نیست\s+عجله|فوری\s+نیست|\bajale\s+(?:nadaram|nist)\b/iu;

const GATE = readerGate([new RegExp(DAY_FA, 'u'), /emshab|farda/iu]);

/** The day and the event (see the header), or nothing. */
export function urgencyFaKinds32(ctx: CueContext): Evidence[] {
  if (ctx.empty || !mayMatch(ctx.low, GATE)) return [];
  const text = ctx.doc.text;
  const re = ctx.fa ? NEAR_FA : replyLanguage(ctx).finglish.length ? NEAR_FG : null;
  if (!re || NO_HURRY.test(text) || !ASKED.test(text)) return [];
  const m = re.exec(text);
  if (m && !DEADLINE_EVENT.test(m[0]) && !IN_THE_WAY.test(text)) return [];
  return m ? [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.deadline')] : [];
}
