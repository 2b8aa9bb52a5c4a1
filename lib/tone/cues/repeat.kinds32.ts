/**
 * Repeat contact, session 32 (rep32), English: kinds missed over late20-late31 in three splits or more. Tried on
 * scripts/tone-rep32-matrix.ts (REPEAT32: positives and close contrasts across trades, registers and mail clients),
 * never on a development sentence's nouns. Read only where the older readers found too little (repeat.ts).
 *
 * - **a reply in the company's thread, the matter outlived it** ({@link threadOutlived}; seen in late23, late27, late28,
 *   late30, late31): the customer writes above (or below) the company's quoted reply to them (a header "On … wrote:",
 *   "From: …", "-----Original Message-----", and the reply's own words: "thanks for getting in touch", "we're looking into
 *   it", "we've processed a refund", "your reference is …") and the new words say it did not settle it: a bare "??", "That
 *   doesn't answer my question", "That was two weeks ago", "It's been … for 9 days", "just checking on this … not … yet".
 *   The older quotedReply (repeat.wide.ts) read only a support-named author and "still / again / any news". Not a
 *   marketing mail or a shipping notice answered for the first time (no words of a reply to the customer: "Our sale ends
 *   tonight", "Your order has shipped"), nor a forwarded mail, nor a thank-you for a matter settled, nor an answer to the
 *   agent's question ("Yes, Tuesday is fine"): writers split on those, and a false cue costs more than a miss.
 * - **an earlier mail or a counted contact in learner English** ({@link learnerContact}; seen in late24, late28, late29,
 *   late30): "I write you third time", "I am writing 4th time", "I sent email 2 days ago", "Yesterday I sent email about…",
 *   "I write already one email on 20 June": the article the older readers wait for is missing. Not a plan ("I will send
 *   email tomorrow"), nor a mail to someone else ("I sent email to my landlord yesterday"), nor a present habit.
 *
 * Evidence: the quoted reply's header (or its reply words) and the new words that say it outlived it; the contact words.
 */
import type { CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

/** A header of quoted history: "On … wrote:", "From: …", "-----Original Message-----". */
const HEADER = /^[>\s]*(?:on\b.{3,160}\bwrote\s*:?\s*$|from:\s*\S.*$|-{2,}\s*original message\s*-*\s*$)/i;
const FORWARDED = /forwarded message|^[>\s]*(?:fwd?|fw):/im;
/** What a company's reply to the customer says (not a newsletter or a shipping notice). */
const REPLY_WORDS =
  /\b(?:thank(?:s| you) for (?:getting in touch|contacting us|reaching out|your (?:patience|e-?mail|message|enquiry|inquiry|query|complaint))|sorry (?:for the delay|to hear)|we(?:'re| are) (?:looking into|investigating)|we(?:'ve| have) (?:processed|passed|cleared|escalated|raised|logged|received your|forwarded|reviewed|issued|arranged|booked)|(?:has|have) been (?:passed|escalated|raised|logged|forwarded) to|we(?:'ll| will) (?:get back|be in touch|update you|contact you|respond|reply)|we aim to (?:respond|reply|get back)|one of our (?:team|agents|advisors|advisers)|your (?:reference|ref|ticket|case) (?:is|number|no)|(?:could|can) you (?:please )?(?:confirm|send|tell))\b/i;

/** New words that say the reply did not settle it (beyond quotedReply's "still", "again", "any news"). */
const OUTLIVED: readonly RegExp[] = [
  /^[\s?!.]*\?[\s?!.]*$/, // "??" alone
  /\b(?:doesn'?t|does not|didn'?t|did not|hasn'?t|has not)\s+(?:really\s+|actually\s+)?answer(?:ed)?\s+(?:my|our|the)\s+(?:question|query|point)\b/i,
  /\bnot what (?:i|we) asked\b/i,
  /\bthat was (?:\w+|\d+) (?:days?|weeks?|months?) ago\b/i,
  /\b(?:it'?s|it has) been\b[^.!?\n]{0,40}?\bfor (?:\w+|\d+) (?:days?|weeks?|months?)\b/i,
  /\bjust (?:checking|following up|chasing)\b[^.!?\n]{0,60}\b(?:yet|still|not|n't)\b/i,
  // Not "still … no / won't" alone: that is the fault told in an answer to the agent's question (session 18's contrast).
  /\b(?:haven'?t|have not|hasn'?t|has not) (?:seen|received|had|heard|got)\b[^.!?\n]{0,40}\byet\b/i,
];
/** A thank-you for a matter settled, nothing open. */
const SETTLED = /\b(?:fixed|sorted|resolved|working now|all working|that worked|has arrived|came through)\b/i;

function lineAt(text: string, re: RegExp): { start: number; end: number } | null {
  let at = 0;
  for (const line of text.split('\n')) {
    if (re.test(line)) {
      const lead = /^[>\s]*/.exec(line)?.[0].length ?? 0;
      return { start: at + lead, end: at + line.trimEnd().length };
    }
    at += line.length + 1;
  }
  return null;
}

/** The quoted history: below the latest words (parts.quoted), or above them when the customer wrote under the quote. */
function quotedRegion(ctx: CueContext): { start: number; end: number } | null {
  const q = ctx.parts.quoted;
  if (q) return { start: q.start, end: q.end };
  const before = ctx.message.slice(0, ctx.offset);
  return /^[ \t]*>/m.test(before) ? { start: 0, end: ctx.offset } : null;
}

/** A reply in the company's thread whose matter outlived the reply. */
function threadOutlived(ctx: CueContext): Evidence[] {
  const q = quotedRegion(ctx);
  if (!q) return [];
  const own = ctx.doc.text;
  let said: RegExpExecArray | null = null;
  for (const re of OUTLIVED) if ((said = re.exec(own))) break;
  if (!said) return [];
  if (SETTLED.test(own) && !/\b(?:still|not|n't|never|yet)\b/i.test(own)) return [];
  const body = ctx.message.slice(q.start, q.end);
  if (FORWARDED.test(body) || !REPLY_WORDS.test(body)) return [];
  const head = lineAt(body, HEADER);
  if (!head) return [];
  return [
    ctx.ev({ start: q.start + head.start, end: q.start + head.end }, 'tone.why.quotedReply', 0),
    ctx.ev({ start: said.index, end: said.index + said[0].length }, 'tone.why.quotedReply'),
  ];
}

/** "I write you third time", "I am writing 4th time": a contact counted without its article. */
const COUNTED = /\b(?:i|we)(?:'m| am| are)?\s+(?:already\s+)?(?:write|writing|call|calling|contact|contacting|email|emailing|message|messaging)\s+(?:to\s+)?(?:you\s+|u\s+)?(?:already\s+)?(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|[1-9]th)\s+time\b(?!\s*(?:customers?|buyers?|users?|visitors?|lucky)\b)/i;
/** "I sent email 2 days ago", "I write already one email on 20 June": an earlier mail without its article. */
const SENT_BARE = /\b(?:i|we)\s+(?:already\s+)?(?:sent|send|write|wrote)\s+(?:already\s+)?(?:one\s+)?(?:e-?mail|mail|message|msg)\b/i;
/** When it was sent: a past moment in the same sentence. */
const PAST = /\b(?:ago|yesterday|already|last (?:week|night|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this morning|earlier|before|on (?:\d|the \d|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d)/i;
/** The mail went to someone else, or is a plan. */
const ELSEWHERE = /\bto (?:my|his|her|our|their|the) (?:landlord|bank|seller|friend|boss|lawyer|solicitor|school|doctor|agent|insurer|manager|wife|husband|family)\b|\b(?:will|gonna|going to|tomorrow|can i|should i)\b/i;
const GATE = readerGate([/time/, /mail/, /message/, /msg/]);

function learnerContact(ctx: CueContext): Evidence[] {
  if (!mayMatch(ctx.low, GATE)) return [];
  const own = ctx.doc.text;
  const c = COUNTED.exec(own);
  if (c) return [ctx.ev({ start: c.index, end: c.index + c[0].length }, 'tone.why.contactCount')];
  let at = 0;
  for (const sentence of own.split(/(?<=[.!?\n])/)) {
    const m = SENT_BARE.exec(sentence);
    if (m && PAST.test(sentence) && !ELSEWHERE.test(sentence)) return [ctx.ev({ start: at + m.index, end: at + m.index + m[0].length }, 'tone.why.earlierContact')];
    at += sentence.length;
  }
  return [];
}

/** Session 32's English earlier contacts: each alone is one. */
export function kinds32Finds(ctx: CueContext): Evidence[] {
  if (ctx.fa) return [];
  const thread = threadOutlived(ctx);
  if (thread.length) return thread;
  return learnerContact(ctx);
}
