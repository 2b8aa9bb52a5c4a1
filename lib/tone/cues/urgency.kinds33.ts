/**
 * Urgency, session 33 (tone33): English kinds missed on the fresh splits late25 … late32, kept only where seen in three
 * splits or more. Tried on scripts/tone-kinds33-matrix.ts (URGENCY33: positives and close contrasts across trades), never on
 * a development sentence's nouns.
 *
 * - **a living stopped by the fault** ({@link livelihoodStopped33}; late29, late31 ×2, late32; the kind also dev2, late3,
 *   late5, late15, late18, late19, late20, late23, late24, toner, wide2, shown by older readers): "im a delivery driver i cant
 *   work without fuel", "need my phone for work, cant take jobs without it", "if i cant log them i dont get paid", "I lost two
 *   days of work already" (reason `tone.why.damageNow`). The customer cannot work, trade, take jobs or payments (the phrase ending there, or "without",
 *   "until", "because", "today" …), "won't / don't get paid", "lost N days of work / wages", "we're losing money / orders".
 *   Not "can't work out how …", "need it for work" with nothing stopped (labelled calm on late10), "when do I get paid out?",
 *   nor no rush said.
 * - **someone vulnerable left without heat or a telephone** ({@link vulnerableWithout33}; late26, late29, late32 ×2; the
 *   kind also fresh, late8, late25, shown by older readers): "the heating wont come on. It is very cold here and I am 84",
 *   "I still have no telephone … I live alone and I am 87", "my husband relies on a telecare alarm … the line has been dead",
 *   "the house is 14 degrees and my mother, who is 88 …". An essential supply out now (heating, boiler, gas, hot water,
 *   power, the phone line or landline: "won't come on", "stopped", "dead", "cut off", "no …", a house "14 degrees") and in
 *   the same message a person at risk (an age of 75 or more, "lives alone", "elderly", a telecare or pendant alarm, oxygen,
 *   dialysis). Not an age told beside a question with nothing out ("I am 81 and new to computers"), a hearing aid or a
 *   doorbell, an annual boiler service, nor no rush said ("I can manage the stairs, there is no hurry").
 *
 * Cheap: a text gate read off the patterns before anything else.
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

const NO_RUSH = /\b(?:no\s+rush|no\s+hurry|not\s+urgent|no\s+urgency|whenever\s+(?:you|is)|in\s+no\s+hurry|any\s+day\s+next\s+week|no\s+worries\s+if\s+not)\b/iu;

// ---------------------------------------------------------------------------------------------------------------------
// A living stopped by the fault

const LIVELIHOOD = /\b(?:can['\u2019]?t|cant|cannot|can\s+not|unable\s+to|won['\u2019]?t\s+be\s+able\s+to|not\s+able\s+to)\s+(?:work|trade|earn(?:\s+anything)?|take\s+(?:any\s+)?(?:jobs|orders|bookings|payments|card\s+payments|cards|fares|calls)|do\s+(?:my|any)\s+(?:job|work|rounds|deliveries|shifts?)|make\s+(?:any\s+|my\s+)?deliveries|open\s+(?:the|my|our)\s+(?:shop|stall|salon|cafe|café|restaurant))(?=\s*(?:[.!,;\n]|$|without\b|until\b|till\b|because\b|cos\b|since\b|today\b|tonight\b|at\s+all\b|like\s+this\b|anymore\b|any\s+more\b))|\b(?:i|we|they|she|he|(?:my|our)\s+(?:staff|employees|workers|team|drivers|carers|cleaners))\s+(?:don['\u2019]?t|dont|won['\u2019]?t|wont|do\s+not|will\s+not|doesn['\u2019]?t|wouldn['\u2019]?t)\s+get\s+paid\b|\b(?:i|we)(?:['\u2019]ve|\s+have)?\s+(?:already\s+)?lost\s+(?:a|one|two|three|four|five|\d+)\s+(?:full\s+)?(?:days?|shifts?|weeks?)\s+(?:of\s+)?(?:work|wages|pay|earnings|income)\b|\b(?:i['\u2019]?m|im|i\s+am|we['\u2019]?re|we\s+are)\s+(?:now\s+)?losing\s+(?:money|work|jobs|orders|bookings|customers|sales|£\s?\d+)/giu;
const LIVELIHOOD_GATE = readerGate([LIVELIHOOD]);
/** What every LIVELIHOOD branch needs (a negated ability, "get paid", "lost", "losing"), tested first (see AT_RISK_WORD). */
const LIVELIHOOD_WORD = /can['\u2019]?t|cannot|can\s+not|unable|able\s+to|get\s+paid|lost|losing/u;

/** A time gone by or a loss made good. */
const PAST = /\b(?:last\s+(?:year|month|week|time|winter|summer)|years?\s+ago|in\s+the\s+past|previously|back\s+then|made\s+it\s+good|(?:was|were)\s+(?:refunded|compensated))\b/iu;

/** An outage dated or told as done with: "On 6 May …", "leaving us without …", "was without heating for two nights". */
const OVER = /\b(?:on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|leaving\s+(?:an?\s+|us|me|her|him|them|my|our)|(?:was|were)\s+without|ago)\b/iu;

/** The sentence holding [a, b). */
function sentenceAround(text: string, a: number, b: number): string {
  let s = a;
  while (s > 0 && !/[.!?\n]/u.test(text[s - 1])) s--;
  let e = b;
  while (e < text.length && !/[.!?\n]/u.test(text[e])) e++;
  return text.slice(s, e);
}

/** A living stopped by the fault (see the header): the words, with tone.why.damageNow; English only. */
export function livelihoodStopped33(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, LIVELIHOOD_GATE) || !LIVELIHOOD_WORD.test(ctx.low)) return [];
  const text = ctx.doc.text;
  if (NO_RUSH.test(text)) return [];
  for (const m of text.matchAll(LIVELIHOOD)) {
    const start = m.index ?? 0;
    // "if I can't work" said of a future that may not come ("in case I can't work next month") is no pressure now.
    if (/\b(?:in\s+case|what\s+if|if\s+ever|suppose)\s+$/iu.test(text.slice(Math.max(0, start - 16), start))) continue;
    // A loss told of the past ("last year I lost two days of work") is no pressure now.
    if (PAST.test(sentenceAround(text, start, start + m[0].length))) continue;
    return [ctx.ev({ start, end: start + m[0].length }, 'tone.why.damageNow')];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------------------
// Someone vulnerable left without heat or a telephone

/** An essential supply out now. */
const SUPPLY_OUT = /\b(?:heating|boiler|gas|hot\s+water|heat|power|electricity|electric|phone\s+line|landline|land\s+line|telephone|line)\s+(?:has\s+|have\s+|is\s+|was\s+|has\s+been\s+|is\s+still\s+|still\s+)?(?:won['\u2019]?t\s+(?:come\s+on|work|turn\s+on|start)|wont\s+(?:come\s+on|work|turn\s+on|start)|isn['\u2019]?t\s+working|is\s+not\s+working|not\s+working|stopped(?:\s+working)?|gone\s+off|off|dead|cut\s+off|down|broken|failed)\b|\b(?:no|without\s+(?:any\s+)?)\s*(?:heating|heat|gas|hot\s+water|power|electricity|telephone|phone\s+line|landline|dial\s+tone)\b|\b(?:house|home|flat|room|bungalow)\s+is\s+(?:only\s+)?\d{1,2}\s*(?:degrees|°c?)\b/giu;
/** A person at risk: an age of 75 or more, living alone, elderly, an alarm or a machine the body depends on. */
const AT_RISK = /\b(?:i\s+am|i['\u2019]m|im|(?:he|she|(?:my\s+|our\s+|his\s+|her\s+)?(?:mum|mom|mother|dad|father|gran|granny|grandma|grandmother|grandad|granddad|grandfather|grandpa|nan|nana|husband|wife|partner|neighbour|neighbor|aunt|uncle))\s+is|(?:he|she)['\u2019]s|who\s+is|aged)\s+(?:7[5-9]|[89]\d|1[01]\d)\b(?!\s*(?:%|mins?\b|minutes|pounds|quid|mb|gb|days|miles|km|pence|p\b))|\b(?:i|he|she)\s+lives?\s+(?:on\s+(?:my|his|her)\s+own|alone|by\s+(?:my|him|her)self)\b|\belderly\b|\btelecare\b|\b(?:pendant|personal|care)\s+alarm\b|\boxygen\s+(?:concentrator|machine|supply)\b|\bdialysis\b/iu;
const VULNERABLE_GATE = readerGate([AT_RISK]);
/** What every AT_RISK branch needs (an age of 75-119, living alone or on one's own, the named words), tested first (see UNDERSTATED_WORD). */
const AT_RISK_WORD = /\b(?:7[5-9]|[89]\d|1[01]\d)\b|elderly|telecare|alarm|oxygen|dialysis|alone|\bown\b|self\b/u;

/** Someone vulnerable left without heat or a telephone (see the header): the supply out and the person, with tone.why.safety. */
export function vulnerableWithout33(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, VULNERABLE_GATE) || !AT_RISK_WORD.test(ctx.low)) return [];
  const text = ctx.doc.text;
  const who = AT_RISK.exec(text);
  if (!who || NO_RUSH.test(text)) return [];
  for (const m of text.matchAll(SUPPLY_OUT)) {
    const start = m.index ?? 0;
    // A supply asked about or planned ("will the power be off on Tuesday?", "no gas appliances") is not out now.
    const around = text.slice(Math.max(0, start - 24), start + m[0].length + 24);
    if (/\b(?:will|going\s+to|planned|scheduled|appliances?|bill|tariff|meter\s+reading|contract)\b/iu.test(around)) continue;
    // An outage told as over, in a complaint about it ("On 6 May your engineer left … leaving an elderly household without
    // heating for two nights"): no pressure now.
    if (PAST.test(sentenceAround(text, start, start + m[0].length)) || OVER.test(sentenceAround(text, start, start + m[0].length))) continue;
    return [ctx.ev({ start, end: start + m[0].length }, 'tone.why.safety'), ctx.ev({ start: who.index, end: who.index + who[0].length }, 'tone.why.safety')];
  }
  return [];
}

/** Session 33's English urgency readings, in order (the first that finds something). */
export function urgencyKinds33(ctx: CueContext): Evidence[] {
  const v = vulnerableWithout33(ctx);
  return v.length ? v : livelihoodStopped33(ctx);
}
