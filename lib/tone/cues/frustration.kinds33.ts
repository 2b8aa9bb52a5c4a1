/**
 * Frustration, session 33 (tone33): English kinds missed on the fresh splits late25 … late32, kept only where seen in three
 * splits or more (look-alikes in scripts/tone-kinds33-matrix.ts, run by tests/unit/tone/kinds33.test.ts).
 *
 * - **a bare order to put it right** (late29, late30, late32 ×3; older splits already shown by other readers): "FIX IT",
 *   "sort it out and put it back", "REFUND IT NOW.", "literally just unfreeze it", "fix it or im moving to vinted". A put-right
 *   verb (fix, sort, refund, unfreeze, unblock, reinstate, restore, put / give … back) opening its sentence (after "just",
 *   "literally", "so", "now", "and" at most) with its object (it, this, them, me, my …), ending the sentence or followed by "or"
 *   (an ultimatum) or "and" another such order. Shown with its own reason (`tone.why.bareOrder`). Not a request with please, pls,
 *   kindly, thanks, "if possible", "when you can", nor a question ("can you fix it?"), nor "cancel my …" (a plain cancellation
 *   is often calm), nor the customer's own doing ("I fixed it", "I'll sort it out").
 * - **displeasure said by understatement** (late29 ×2, late30, late31, late32; also late15, late19, late20, late28 shown by
 *   older readers): "I find this practice rather underhand", "This is, frankly, rather poor.", "bit of a joke tbh", "I'm
 *   sure you can appreciate how unhelpful it is", "I was less pleased to find that …". Shown with the judgement reason
 *   (`tone.why.judgement`): a word of poor conduct (poor, underhand, shoddy, careless, unprofessional, unhelpful …) after
 *   "rather", "frankly", "pretty", "somewhat", with nothing of the thing's own after it ("rather poor signal" is a fault told);
 *   "(it's / this is / that's) a bit of a joke / farce / shambles"; "appreciate / understand / imagine how unhelpful /
 *   frustrating (it / this) is" (not "… for you"); "less pleased / delighted / impressed to find / discover / learn / see".
 *   Not "a little disappointed" (labelled calm on test, wide, late7, late20), "I'm less delighted," said of a child's joy,
 *   nor "rather good".
 * - **a harm opened with mock delight** (late30, late32 ×2; the kind also late7, late28, late31, shown by older readers):
 *   "Lovely to receive a 'Family Feast' box for four when I've been on the single plan for a year", "Great to see the
 *   'temporarily out of order' sign … is celebrating its 2 month anniversary", "Delighted to report that my suitcase has now
 *   enjoyed a longer holiday than I did". Shown (reason `tone.why.sarcasm`) when the message opens (after a salutation at
 *   most) with delight "to see / receive / report / find …" and the same sentence holds the let-down (a quoted label, "when
 *   I've been …", an anniversary, a length of days, "longer than", "instead of", "another", a negation). Not delight at
 *   hearing from someone, a sentence turned with "but" / "however", one with "!", or a message of warm thanks ("thank you so
 *   much", "really appreciate"). Session 32's mock delight (frustration.kinds32.ts) reads "… to report that your …" with a
 *   put-right asked anywhere in the message; this one reads the opener's own sentence.
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

// ---------------------------------------------------------------------------------------------------------------------
// A bare order to put it right

/** The order at the start of its sentence: "FIX IT", "literally just unfreeze it", "sort it out and put it back". */
const DEMAND = /(?:^|[.!?\n]\s*|[.!?]\s+)(?:(?:literally|just|so|now|and|then|seriously)\s+){0,3}(((?:fix|sort|refund|unfreeze|unblock|unlock|reinstate|restore|undo|reverse)\s+(?:it|this|that|them|me|my\s+[\p{L}-]+|our\s+[\p{L}-]+)(?:\s+out)?(?:\s+back)?|(?:put|give|switch|change)\s+(?:it|them|that|my\s+[\p{L}-]+|our\s+[\p{L}-]+)\s+back)(?:\s+(?:now|today|asap|immediately|right\s+now|already))?)(?=\s*(?:[.!]|$|\n)|\s+or\b|\s+and\s+(?:put|give|refund|fix|sort|stop|restore)\b|\s*,\s*or\b)/giu;
/** A courteous or hedged request, a question: not a bare order. */
const COURTEOUS = /\b(?:please|pls|plz|plse|kindly|thanks?|thx|ty|cheers|if\s+(?:possible|you\s+can|you\s+could)|when\s+you\s+(?:can|get|have)|would\s+be\s+(?:great|appreciated|grand)|no\s+rush|no\s+worries)\b|\?/iu;
const DEMAND_GATE = readerGate([DEMAND]);

/** The sentence around [a, b) in text. */
function sentenceOf(text: string, a: number, b: number): string {
  let s = a;
  while (s > 0 && !/[.!?\n]/u.test(text[s - 1])) s--;
  let e = b;
  while (e < text.length && !/[.!?\n]/u.test(text[e])) e++;
  return text.slice(s, Math.min(text.length, e + 1));
}

/** A bare order to put it right (see the header): the order's words, with tone.why.bareOrder; English only. */
export function readDemand33(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, DEMAND_GATE)) return NOTHING;
  const text = ctx.doc.text;
  for (const m of text.matchAll(DEMAND)) {
    // Group 1 (the order and its "now") ends where the match ends: the lookahead takes nothing.
    const end = (m.index ?? 0) + m[0].length;
    const start = end - m[1].length;
    if (COURTEOUS.test(sentenceOf(text, start, end))) continue;
    return { score: 1.1, evidence: [ctx.ev({ start, end }, 'tone.why.bareOrder')] };
  }
  return NOTHING;
}

// ---------------------------------------------------------------------------------------------------------------------
// Displeasure said by understatement

/**
 * "rather underhand", "frankly, rather poor", "bit of a joke", "appreciate how unhelpful it is", "less pleased to find". The
 * conduct words end their phrase: "rather poor." / "rather poor, and" (not "rather poor signal").
 */
const UNDERSTATED = /\b(?:rather|frankly|pretty|somewhat|fairly)\s*,?\s+(?:poor|underhand|shoddy|sloppy|shabby|careless|unprofessional|unhelpful|dismissive|cavalier|slapdash|cheeky|lax)(?=\s*(?:[.!;:\n]|$|,|\s+(?:of\s+you|practice|service|treatment|behaviou?r|handling|communication|customer\s+service|form|and|given|to\s+say|considering|that|when|if)\b))|\b(?:it['\u2019]?s|its|this\s+is|that['\u2019]?s|thats|this\s+was|that\s+was|it\s+was|it\s+is)\s+(?:all\s+)?(?:a\s+)?bit\s+of\s+a\s+(?:joke|farce|shambles|cheek|liberty|con)\b|(?<=^|[.!?\n]\s*)(?:a\s+)?bit\s+of\s+a\s+(?:joke|farce|shambles|cheek|liberty|con)(?:\s+(?:tbh|to\s+be\s+honest|honestly|really|mate|lol))?(?=\s*(?:[.!\n]|$))|\b(?:appreciate|understand|imagine|see)\s+how\s+(?:unhelpful|frustrating|inconvenient|unacceptable|annoying|infuriating)\s+(?:it|this|that)\s+(?:is|was|has\s+been)\b(?!\s+for\s+(?:you|your))|\bless\s+(?:than\s+)?(?:pleased|delighted|impressed|happy|thrilled)\s+to\s+(?:find|discover|learn|see|receive|be\s+told|hear)\b/giu;
/** A hedge that takes it back or turns it on oneself: "my own fault", "only joking", "not your fault". */
const TAKEN_BACK = /\b(?:my\s+own\s+fault|my\s+fault|my\s+mistake|only\s+joking|just\s+joking|not\s+your\s+fault|no\s+harm\s+done|all\s+good)\b/iu;
const UNDERSTATED_GATE = readerGate([UNDERSTATED]);
/**
 * A word every UNDERSTATED branch needs (its adjective, "bit of a", the feeling, "less … pleased"), tested first: the
 * gate's anchors ("rather", "see", "its") open on most messages and the expression cost a third of readCustomerTone.
 */
const UNDERSTATED_WORD = /poor|underhand|shoddy|sloppy|shabby|careless|unprofessional|unhelpful|dismissive|cavalier|slapdash|cheeky|\blax\b|bit\s+of\s+a|frustrating|inconvenient|unacceptable|annoying|infuriating|less\s+(?:than\s+)?(?:pleased|delighted|impressed|happy|thrilled)/u;

/** Displeasure said by understatement (see the header): the words, with tone.why.judgement; English only. */
export function readUnderstated33(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, UNDERSTATED_GATE) || !UNDERSTATED_WORD.test(ctx.low)) return NOTHING;
  const text = ctx.doc.text;
  if (TAKEN_BACK.test(text)) return NOTHING;
  for (const m of text.matchAll(UNDERSTATED)) {
    const start = m.index ?? 0;
    return { score: 1.1, evidence: [ctx.ev({ start, end: start + m[0].length }, 'tone.why.judgement')] };
  }
  return NOTHING;
}

// ---------------------------------------------------------------------------------------------------------------------
// A harm opened with mock delight

/**
 * The message opens (after a salutation at most) with delight at what it then shows to be a harm: "Lovely to receive a …
 * box for four when I've been on the single plan", "Great to see the 'out of order' sign … celebrating its 2 month
 * anniversary", "Delighted to report that my suitcase has now enjoyed a longer holiday than I did".
 */
const OPENER = /^(?:(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening))\b[^\n]{0,60}\n+)?\s*(?:(?:i\s+am|i['\u2019]m|i\s+was|we\s+were|we\s+are|oh|so|how|always|ever\s+so)\s+)?(?:delighted|lovely|great|wonderful|brilliant|nice|fantastic|thrilled|pleased|marvellous|super|charming)\s+to\s+(?:see|receive|report|find|get|hear|learn|open|discover|come\s+home\s+to|wake\s+up\s+to|be\s+(?:told|charged|sent|billed|offered))\b(?!\s+(?:from|back\s+from)\s+you)(?!\s+you\b)/iu;
/** The let-down inside the opener's own sentence: a quoted label, "when I've been", an anniversary, a length, "longer than", twice, a negation. */
const LET_DOWN = /['\u2018\u2019"\u201c\u201d][^'\u2018\u2019"\u201c\u201d\n]{2,40}['\u2018\u2019"\u201c\u201d]|\bwhen\s+(?:i|we)(?:['\u2019]ve|\s+have|\s+had|['\u2019]d|\s+(?:am|was|were|only|clearly|specifically|explicitly))\b|\banniversary\b|\b(?:longer|more|later|bigger|slower)\s+(?:[\p{L}-]+\s+)?than\b|\binstead\s+of\b|\b(?:yet\s+)?another\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[-\s](?:days?|weeks?|months?|hours?)\b|\b(?:twice|three\s+times)\b|\bnot\b|n['\u2019]t\b|\bnever\b|\bno\s+(?:sign|one|longer)\b/iu;
/** A sincere turn or thanks: "but one item was missing", "thank you so much", "!" of delight. */
const SINCERE_TURN = /\b(?:but|however|although|though|thank\s+you\s+so\s+much|thanks\s+so\s+much|really\s+appreciate|many\s+thanks|well\s+done|perfect(?:ly)?|fits?\s+perfectly)\b|!/iu;
const OPENER_GATE = readerGate([OPENER]);

/** A harm opened with mock delight (see the header): the opener's words, with tone.why.sarcasm; English only. */
export function readMockOpener33(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, OPENER_GATE)) return NOTHING;
  const text = ctx.doc.text;
  const m = OPENER.exec(text);
  if (!m) return NOTHING;
  const end = m.index + m[0].length;
  const sent = sentenceOf(text, end - 1, end);
  if (!LET_DOWN.test(text.slice(end, end + sent.length)) || SINCERE_TURN.test(sent) || /\b(?:thank\s+you\s+so\s+much|thanks\s+so\s+much|really\s+appreciate)\b/iu.test(text)) return NOTHING;
  const start = m.index + m[0].lastIndexOf('\n') + 1;
  const opener = text.slice(start, end);
  const skip = opener.length - opener.trimStart().length;
  return { score: 1.1, evidence: [ctx.ev({ start: start + skip, end }, 'tone.why.sarcasm')] };
}

const NOTHING: { score: number; evidence: Evidence[] } = { score: 0, evidence: [] };

export const strings = {
  en: {
    'tone.why.bareOrder': 'orders it put right, bluntly',
  },
  fa: {
    'tone.why.bareOrder': 'بی‌پرده دستور می‌دهد که درستش کنید',
  },
} as const;
