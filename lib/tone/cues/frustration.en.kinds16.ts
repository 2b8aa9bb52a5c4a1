/**
 * English frustration, session 16 (issue 13): two constructions that new writers used for displeasure with no word of
 * feeling, each seen in at least two writers' development splits (late10, late11, late13 are three different writers):
 *
 * - **the company's own system laughed at**: a laugh opens the report of what the app, chatbot or tracking told the
 *   customer, and a second mark of mockery follows (ironic quotes, 🙃 / 💀 / 🙄 / 🤡, a word in capitals, "??"):
 *   "lol your app just told me my pizza was 'delivered' … there is no pizza 🙃", "lol ur chatbot just told me to contact
 *   customer support. i am IN customer support", "lol love how the tracking has said 'out for delivery' for 4 days".
 *   Calm contrast: "lol your app just told me my order shipped already, that was fast 😂 thanks!" (no mockery mark, a thanks).
 * - **ironic praise after a loss**: a short verbless praise of the company's value, generosity or loyalty, or a grudging
 *   "cheers for that" / "thanks for the voucher, I suppose", in a sentence of its own after a loss the company caused
 *   (lost, doubled, a price hike, ads paid to avoid): "after you lost a £400 coffee machine. Very generous.", "double my
 *   renewal price. Fantastic loyalty scheme.", "has doubled my bill. Cheers for that.", "guess what. ads. … amazing value
 *   guys 👏👏". Calm contrast: "Amazing value, thank you!" with nothing lost, or a loss put right ("… but you replaced it
 *   the next day. Very generous!").
 *
 * Read from the latest words' text (the signature and quoted history are not in it).
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { opens, textGate } from '../textgate.ts';

interface Sentence {
  text: string;
  start: number;
}

/** Sentences of the latest words, split after . ! ? and line breaks (the punctuation stays with its sentence). */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    if (s) out.push({ text: s, start: m.index + lead });
  }
  return out;
}

/**
 * Words (lower case) one of which each reader's pattern needs (the patterns are case-insensitive without the u flag, so
 * the lower-cased text holds every ASCII word they may match): a text without any skips the reader (speed, issue 13).
 */
// Text gates (lib/tone/textgate.ts): every reader's words found in the one shared pass over ctx.low.
const LAUGH_WORDS = textGate(['lol', 'lmao', 'lmfao', 'rofl', 'hah']);
const LOSS_WORDS = textGate(['lost', 'losing', 'doubl', 'tripled', 'hike', 'overcharg', 'charged', 'broke', 'damaged', 'smashed', 'never', 'guess']);
const PAY_WORDS = textGate(['pay', 'withhold']);

const LAUGH = /^(?:lol+|lmf?ao+|rofl|haha(?:ha)*|hah)\b[\s,.!]*/i;
/** The company's system telling or showing the customer something: "your app just told me", "ur chatbot said", "the tracking has said". */
const SYSTEM_SAYS =
  /\b(?:your|ur|the)\s+(?:app|chat ?bot|bot|tracking|website|site|system|portal|automated \w+)\s+(?:(?:just|now|literally|has|have|keeps?|is)\s+)*(?:told me|tells me|says|said|saying|shows|showed|showing|sent me)\b/i;
/** "love how the tracking has said …": "love how" right after the laugh mocks what follows. */
const LOVE_HOW = /^love how\b/i;
/** A second mark of mockery anywhere in the latest words. */
const IRONIC_QUOTE = /(?:^|[\s(])(['‘"“])[^'’"”\n]{2,40}(['’"”])(?=[\s.,!?;:)]|$)/;
const MOCK_EMOJI = /[\u{1f643}\u{1f480}\u{1f644}\u{1f921}]/u;
/** A short word in capitals in a text written in lower case ("i am IN customer support"). */
function capsStress(text: string): boolean {
  const lower = (text.match(/\b[a-z]{2,}\b/g) ?? []).length;
  return lower >= 6 && /(?:^|\s)(?!OK\b|PM\b|AM\b|UK\b|US\b|ID\b|GPS\b)[A-Z]{2,6}(?=[\s.,!?]|$)/.test(text);
}
/** Laughing along (😂 🤣 😅 😆): the customer shares the joke rather than mocks. */
const LAUGH_ALONG = /[\u{1f602}\u{1f923}\u{1f605}\u{1f606}]/u;
/** Thanks or praise that is meant: with them, the laugh is friendly. */
const THANKED = /\b(?:thanks|thank you|thx|cheers|appreciate|love (?:it|this|the app|you)|well done|great job)\b/i;

/** "lol your app just told me my pizza was 'delivered' … 🙃": the company's system laughed at, with a second mark of mockery. */
export function systemLaughedAt(ctx: CueContext): Evidence | null {
  if (ctx.fa) return null;
  const text = ctx.doc.text;
  // No laugh word (LAUGH needs one), nothing to read (speed, issue 13).
  if (!opens(ctx.low, LAUGH_WORDS)) return null;
  for (const s of sentences(text)) {
    const m = LAUGH.exec(s.text);
    if (!m) continue;
    const rest = s.text.slice(m[0].length);
    if (!SYSTEM_SAYS.test(rest) && !LOVE_HOW.test(rest)) continue;
    const after = text.slice(s.start);
    if (THANKED.test(after) || LAUGH_ALONG.test(after)) return null;
    if (!IRONIC_QUOTE.test(after) && !MOCK_EMOJI.test(after) && !capsStress(after) && !/\?\?/.test(after)) continue;
    return ctx.ev({ start: s.start, end: s.start + s.text.length }, 'tone.why.sarcasm');
  }
  return null;
}

/** A loss the company caused or a price raised, told before the praise. */
const LOSS =
  /\b(?:lost|losing|doubled?|tripled|(?:price )?hikes?|hiked|overcharg\w*|charged (?:me )?twice|broke|broken|damaged|smashed|never (?:arrived|came|turned up|showed)|guess what)\b/i;
/** A loss put right: the praise after it may be meant. */
const PUT_RIGHT = /\b(?:replaced|replacement|refunded|fixed|sorted|resolved|works? (?:now|perfectly)|working now|helped)\b/i;
/** Verbless praise of what the company gives: "Very generous.", "Fantastic loyalty scheme.", "amazing value guys 👏👏". */
const PRAISE_FRAGMENT =
  /^(?:(?:very|so|how|really|most|ever so)\s+(?:generous|kind|thoughtful)(?:\s+of you)?|(?:amazing|fantastic|great|brilliant|excellent|superb|wonderful|stellar|outstanding|fab|lovely)\s+(?:value|loyalty(?:\s+scheme|\s+reward)?|customer (?:service|care)|service)(?:\s+(?:guys|folks|team|lads|there|as always))?|(?:really\s+)?makes me feel (?:so\s+|really\s+)?(?:valued|special|appreciated))\s*[^\w\s]*\s*$/i;
/** Grudging thanks: "Cheers for that.", "Thanks for that.", "Cheers for the voucher, I suppose." */
const GRUDGING = /^(?:(?:cheers|thanks) for that|(?:cheers|thanks|thank you) for [^,]{2,40},\s*i (?:suppose|guess))\s*[.!]*$/i;

/** "after you lost a £400 coffee machine. Very generous.": praise of value or generosity in a sentence of its own after a loss. */
export function ironicPraiseAfterLoss(ctx: CueContext): Evidence | null {
  if (ctx.fa) return null;
  const text = ctx.doc.text;
  // The loss is read in slices of the text: without a word LOSS needs, no praise is ironic (speed, issue 13).
  if (!opens(ctx.low, LOSS_WORDS)) return null;
  if (PUT_RIGHT.test(text)) return null;
  const ss = sentences(text);
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i];
    // The emoji that may close it ("amazing value guys 👏👏") are not words of the fragment.
    const bare = s.text.replace(/[\p{Extended_Pictographic}\u{fe0f}\u{200d}]/gu, '').trim();
    if (!PRAISE_FRAGMENT.test(bare) && !GRUDGING.test(bare)) continue;
    if (/\b(?:thanks|thank you|thx)\b/i.test(bare) && !GRUDGING.test(bare)) continue;
    // The loss is told before the praise (in the latest words, in an earlier sentence; "cheers for the voucher, I suppose"
    // may come first, its loss right after it).
    const before = text.slice(0, s.start);
    const near = GRUDGING.test(bare) && i + 1 < ss.length ? ss[i + 1].text : '';
    if (!LOSS.test(before) && !LOSS.test(near)) continue;
    return ctx.ev({ start: s.start, end: s.start + s.text.length }, 'tone.why.sarcasm');
  }
  return null;
}

/**
 * Payment withheld until the company acts: "I will not be paying this amount until somebody explains it", "I'm now
 * withholding rent until it's fixed" (late7, late13): a threat, whatever the courtesy around it. The wait must be on the
 * company ("until somebody explains", "until it's fixed", "until you refund"): "I won't be paying it until my salary comes
 * in" and "I'm not paying this month, I'm on a payment holiday" are plans.
 */
const WITHHELD =
  /\b(?:(?:will not|won'?t|wont|am not|i'?m not|not going to|refuse to|refusing to)\s+(?:be\s+)?pay(?:ing)?\s+(?:this|that|it|the (?:bill|invoice|charge|amount|fee|balance|rent)|a (?:penny|single penny|pound|cent))(?:\s+(?:amount|bill|invoice|charge|fee|increase|balance))?|withhold(?:ing)?\s+(?:the\s+|my\s+|all\s+)?(?:rent|payments?|the fee|fees|my direct debit))\s+until\s+(?:somebody|someone|anyone|you|your|it'?s|it is|it has|this is|this has|the (?:fault|problem|issue|repair|leak|heating|boiler|error|charge)|i (?:get|receive|have had|hear))/i;

/**
 * Refusing to pay for the company's own mistake: "I'm not paying a penalty for your system's mistake" (fresh3), beside
 * late13's "I will not be paying this amount until…": "your" must own the mistake ("Do I pay the late fee for my mistake?"
 * asks).
 */
const NOT_FOR_YOUR_MISTAKE =
  /\b(?:will not|won'?t|wont|am not|i'?m not|not going to|refuse to|refusing to|shouldn'?t have to|should not have to)\s+(?:be\s+)?pay(?:ing)?\s+(?:a|the|any|this|that)\s+(?:\w+\s+)?(?:penalty|fee|charge|fine|surcharge)\s+for\s+(?:your|ur)\s+(?:own\s+)?(?:\w+'s\s+|\w+\s+)?(?:mistake|error|fault|failure|cock-?up|screw-?up|mess)/i;

export function paymentWithheld(ctx: CueContext): Evidence | null {
  if (ctx.fa) return null;
  if (!opens(ctx.low, PAY_WORDS)) return null;
  const m = WITHHELD.exec(ctx.doc.text) ?? NOT_FOR_YOUR_MISTAKE.exec(ctx.doc.text);
  return m ? ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.threat') : null;
}

/** Session 16's English constructions, their score and evidence (read beside ./frustration.en.kinds15.ts). */
export function readEnKinds16(ctx: CueContext): { score: number; evidence: Evidence[]; laughedAt: boolean } {
  const evidence: Evidence[] = [];
  let score = 0;
  const laughed = systemLaughedAt(ctx);
  if (laughed) {
    score += 1.2;
    evidence.push(laughed);
  }
  const praised = ironicPraiseAfterLoss(ctx);
  if (praised) {
    score += 1.2;
    evidence.push(praised);
  }
  const withheld = paymentWithheld(ctx);
  if (withheld) {
    score += 1;
    evidence.push(withheld);
  }
  return { score, evidence, laughedAt: laughed !== null };
}

/**
 * A quote that names: "three payments to something called 'VXL DIGITAL'", "a charge from a firm named 'Brightline'" (late11
 * and late13 write it beside a fraud report): right after "called", "named", "titled" or "labelled", a quote that starts
 * with a capital or a digit is a name, not scare quotes ("a so-called 'express' service" is still irony: lower case, and
 * "so-called" is not "called").
 */
export function namedQuote(ctx: CueContext, q: { start: number; end: number }): boolean {
  if (ctx.fa) return false;
  const before = ctx.doc.text.slice(Math.max(0, q.start - 12), q.start);
  if (!/(?:^|[^-\w])(?:called|named|titled|labell?ed)\s*$/i.test(before)) return false;
  const inner = ctx.doc.text.slice(q.start, q.end).replace(/^["'\u2018\u201c]/, '');
  return /^[A-Z0-9]/.test(inner);
}
