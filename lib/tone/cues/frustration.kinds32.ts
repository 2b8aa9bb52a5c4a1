/**
 * Frustration, session 32 (tone32): English kinds that recur on the fresh splits late20 … late31 (kept only where seen in
 * three splits or more; look-alikes in scripts/tone-kinds32-matrix.ts, run by tests/unit/tone/kinds32.test.ts).
 *
 * - **a sincere question whether a thing still holds, asked as the alternative to redoing it** (late29, late31; the kind,
 *   complaint words inside a sincere check question, also late30): "Will it still work or do I need to pay again?", "Is it
 *   still sending readings to you or do I need to start submitting them myself?". "still", "again" and "do I need to" ask
 *   there; session 19's reading of alternatives (frustration.en.kinds19.ts) stops at any "still" or "again" because a
 *   protest may hold them. Calm when every piece of evidence lies in such a question or is the plain length of the fault
 *   ("for about a week"), and nothing protests (escalation, "actually", "will it ever", "anyone", "this time", "??", capitals).
 * - **the agent's last reply did not answer, said pointedly** (late27, late30, late31): "That doesn't answer my question
 *   at all. I asked WHY …, not …", "I note your response below, which regrettably does not address either of the points
 *   raised", "Sadly, 'please try clearing your cookies' doesn't explain why …". Shown with its own reason
 *   (`tone.why.notAnswered`): the reply named and a verb of answering negated, with a mark of insistence (at all, either,
 *   regrettably, sadly, once again, "not what I asked", "I asked X, not Y", ??). Not a hedged "doesn't quite answer …,
 *   sorry", one's own question made clearer, an answer thanked.
 * - **a harm reported in mock delight** (late26, late31 ×2; the kind also late28 and fresh, shown by older readers): "I am
 *   delighted to report that your new app update has achieved the impossible: … Any plans to fix it?", "Delighted to report
 *   that your 'quiet coach' hosted a hen party … Is there any compensation …?", "I note with some amusement that your letter
 *   … Please restore it". Shown (reason `tone.why.sarcasm`) when the delight or amusement is a report about the company's
 *   doing ("… to report that your …", "I note with amusement that your …") and the same message then asks for it to be put
 *   right (fix, restore, compensation, a refund asked). Not delight at a fix ("delighted to report that your engineer fixed
 *   it, thank you"), nor a request beside sincere praise with nothing to put right.
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

// ---------------------------------------------------------------------------------------------------------------------
// A sincere question whether a thing still holds

/** "Is it still …, or do I need to …?", "Will it still work or do I need to pay again?": a yes/no check, then the redo. */
const STATE_ALT = /\b(?:is|are|will|would|does|do|can|could|should)\s+(?:it|they|this|that|these|those|mine|(?:my|our|the)\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?)\s+(?:[\p{L}-]+\s+){0,2}?still\b[^?.!\n]{0,80}?,?\s+or\s+(?:do|will|would|should|shall|must)\s+(?:i|we)\s+(?:need\s+to|have\s+to)\b[^?.!\n]{0,80}\?/giu;
/** A protest inside or beside the question: the alternative is the complaint. */
const PROTEST = /\b(?:will|would|is|are|does|do|did)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+ever\b|\bever\s+(?:going|gonna)\b|\b(?:actually|anyone|anybody|someone|somebody|this\s+time|chargeback|ombudsman|court|council|solicitor|lawyer|complain\w*|elsewhere|switch|another\s+(?:company|provider|bank)|bother|keep|chas\w+|already|every\s+(?:single\s+)?(?:time|day|week))\b|\?\?|\?!|!!/iu;
/** A word of the question shouted ("do I need to order it AGAIN?"). */
const PROTEST_CAPS = /\b(?:AGAIN|STILL|NEVER|EVER)\b/u;
/** The plain length of a fault: "for about a week", "two weeks", "a few days". */
const LENGTH = /^(?:(?:about|around|over|nearly|almost)\s+)?(?:a|an|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|\d+)\s+(?:days?|weeks?|months?|hours?)$/iu;
/** Words of displeasure or alarm that no sincere question explains. */
const HARD = new Set<string>(['tone.why.feeling', 'tone.why.judgement', 'tone.why.rude', 'tone.why.escalation', 'tone.why.threat', 'tone.why.sarcasm', 'tone.why.irony', 'tone.why.emoji', 'tone.why.caps', 'tone.why.punctuation', 'tone.why.brokenPromise', 'tone.why.leaving', 'tone.why.rhetorical']);
const STATE_GATE = readerGate([STATE_ALT]);

/** Session 32's calm reading (see the header): every piece of evidence is a sincere question's or a fault's plain length. */
export function calmKinds32(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || ctx.empty || evidence.length === 0 || !mayMatch(ctx.low, STATE_GATE)) return false;
  const text = ctx.doc.text;
  if (PROTEST.test(text) || PROTEST_CAPS.test(text) || ctx.a.shoutWords > 0) return false;
  const asks: { start: number; end: number }[] = [];
  for (const m of text.matchAll(STATE_ALT)) asks.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  if (!asks.length) return false;
  let inAsk = 0;
  for (const e of evidence) {
    if (e.why && HARD.has(e.why)) return false;
    const a = e.start - ctx.offset;
    const b = e.end - ctx.offset;
    if (asks.some((q) => q.start <= a && b <= q.end)) inAsk++;
    else if (!(e.why === 'tone.why.complaint' && LENGTH.test(e.text.trim()))) return false;
  }
  return inAsk > 0;
}

// ---------------------------------------------------------------------------------------------------------------------
// The agent's last reply did not answer

/**
 * The reply named (that, this, your reply, "which" after it, a quoted suggestion) and a verb of answering negated: "that
 * doesn't answer my question", "which regrettably does not address", "your response fails to address", "that's not what I
 * asked".
 */
const NOT_ANSWERED = /(?:\b(?:that|this|it|which|your\s+(?:reply|response|answer|email|e-mail|letter|message)|the\s+(?:reply|response|answer))|["\u201d'\u2019])\s+(?:(?:still|again|once\s+again|regrettably|unfortunately|sadly|simply|really|also|again)\s+)?(?:does\s*n['\u2019]?t|doesnt|did\s*n['\u2019]?t|didnt|does\s+not|did\s+not|fails?\s+to|failed\s+to)\s+(?:really\s+|even\s+|actually\s+)?(?:answer|address|explain|respond\s+to|deal\s+with)\b|\b(?:that|this|it)(?:['\u2019]s|\s+is|\s+was)\s+not\s+what\s+i\s+(?:asked|was\s+asking)\b/giu;
/** Insistence: at all, either, regrettably, once again, "I asked X, not Y", ??. */
const INSIST = /\bat\s+all\b|\beither\b|\bregrettably\b|\bsadly\b|\bunfortunately\b|\bonce\s+again\b|\byet\s+again\b|\bnot\s+what\s+i\s+(?:asked|was\s+asking)\b|\bi\s+(?:asked|was\s+asking|wanted\s+to\s+know)\b[^.?!\n]{0,80}?,?\s+not\b|\?\?/iu;
/** A question word in capitals ("I asked WHY …"). */
const INSIST_CAPS = /\b(?:WHY|WHAT|WHEN|HOW)\b/u;
/** A hedge or one's own question made clearer: "doesn't quite answer …, sorry", "I think my question wasn't clear". */
const HEDGED = /\bquite\b|\bsorry\b|\bmy\s+(?:fault|mistake|bad)\b|\bi\s+(?:think|guess)\b|\bmaybe\b|\bperhaps\b|\bnot\s+sure\b|\bmy\s+question\s+(?:was|wasn['\u2019]?t|was\s+not)\s+(?:clear|unclear)/iu;
const ANSWER_GATE = readerGate([NOT_ANSWERED]);

/** The agent's last reply did not answer, said pointedly (see the header): the words, with tone.why.notAnswered; English only. */
export function readNotAnswered32(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, ANSWER_GATE)) return NOTHING;
  const text = ctx.doc.text;
  for (const m of text.matchAll(NOT_ANSWERED)) {
    const start = m.index ?? 0;
    // The sentence holding it and the next one ("… at all. I asked WHY …, not …").
    const sentStart = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('?', start), text.lastIndexOf('!', start), text.lastIndexOf('\n', start)) + 1;
    const after = text.slice(start);
    const ends = [...after.matchAll(/[.?!\n]+/gu)];
    const reach = ends.length > 1 ? (ends[1].index ?? 0) + ends[1][0].length : after.length;
    const span = text.slice(sentStart, start + reach);
    if (HEDGED.test(span) || !(INSIST.test(span) || INSIST_CAPS.test(span))) continue;
    // "which" and a quote answer for the company's reply only: "your response below, which …", "'try clearing your cookies' doesn't explain".
    if (/^which\b/iu.test(m[0]) && !/\b(?:your|the)\s+(?:reply|response|answer|email|e-mail|letter|message)\b[^.?!\n]{0,40}$/iu.test(text.slice(sentStart, start))) continue;
    const end = start + m[0].length;
    return { score: 1.1, evidence: [ctx.ev({ start: /^["\u201d'\u2019]/u.test(m[0]) ? start + 1 : start, end }, 'tone.why.notAnswered')] };
  }
  return NOTHING;
}

// ---------------------------------------------------------------------------------------------------------------------
// A harm reported in mock delight

/** Delight or amusement reported about the company's doing: "I am delighted to report that your …", "I note with some amusement that your …". */
const MOCK_DELIGHT = /\b(?:(?:i\s+am|i['\u2019]m|we\s+are|we['\u2019]re|i\s+was|we\s+were)\s+)?(?:(?:so|truly|absolutely|simply|genuinely)\s+)?(?:delighted|thrilled|overjoyed|pleased|excited)\s+to\s+(?:report|announce|inform\s+you|let\s+you\s+know|note|confirm|learn|discover)\s+that\s+your\b|\bi\s+note(?:d)?\s+with\s+(?:some\s+|great\s+|considerable\s+|no\s+little\s+)?(?:amusement|interest|bemusement)\s+that\s+your\b/iu;
/** A put-right asked after it: fix, restore, compensation, a refund or money back asked. */
const PUT_RIGHT = /\b(?:(?:plans?|going|able|time)\s+to\s+(?:fix|repair|restore|sort)|(?:please|could\s+you|can\s+you|will\s+you|would\s+you)\s+(?:\p{L}+\s+)?(?:fix|repair|restore|sort|replace|refund|compensate|reinstate)|compensation|(?:want|like|request|expect|ask\s+for)\s+(?:a\s+|my\s+|full\s+|a\s+full\s+)?(?:refund|money\s+back)|(?:a|my)\s+refund\s*\?)/iu;
/** Thanks for a deed done well beside the delight: sincere. */
const SINCERE = /\b(?:thank(?:s|\s+you)\s+(?:so\s+much|very\s+much|again)|(?:fixed|sorted|solved|resolved|repaired)\s+(?:it|the|my|our)|works?\s+(?:perfectly|again|great|fine))\b/iu;
const DELIGHT_GATE = readerGate([MOCK_DELIGHT]);

/** A harm reported in mock delight (see the header): the delight's words, with tone.why.sarcasm; English only. */
export function readMockDelight32(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, DELIGHT_GATE)) return NOTHING;
  const text = ctx.doc.text;
  const m = MOCK_DELIGHT.exec(text);
  if (!m) return NOTHING;
  const after = text.slice(m.index + m[0].length);
  if (!PUT_RIGHT.test(after) || SINCERE.test(text)) return NOTHING;
  return { score: 1.1, evidence: [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.sarcasm')] };
}

const NOTHING: { score: number; evidence: Evidence[] } = { score: 0, evidence: [] };

export const strings = {
  en: {
    'tone.why.notAnswered': 'says your last reply did not answer what they asked',
  },
  fa: {
    'tone.why.notAnswered': 'می‌گوید پاسخ قبلی شما به آنچه پرسیده بود جواب نداد',
  },
} as const;
