/**
 * Repeat contact, session 36 (tone36), English: kinds the older readers miss on fresh writers (late20 … late35, train34,
 * train35), each seen in three development splits or more. Read only where the older readers show nothing (repeat.ts).
 *
 * - **a bare chase above a quoted thread** ({@link bareChaseAboveThread}): "??" alone above "On … wrote:" or "> On … wrote:",
 *   whoever wrote the quoted mail: the company's reply ("We'll check with Dr Lewis and get back to you today") or the
 *   customer's own earlier mail ("> hi is my deposit back yet"). Session 32's reader asked for words of a company's reply
 *   in the quote; the customer's own mail quoted under "??" is as plain a chase. Not above a forwarded mail, an advert or a
 *   newsletter.
 * - **an earlier contact told with what came of it** ({@link toldThen}): the writer's own call, mail, chat or request,
 *   placed in the past ("yesterday", "on Monday", "last Friday", "already", "back in March"), then what the company's
 *   people said or did not do ("the staff said she will update it", "Agent say it will be corrected", "and was told it would
 *   be arranged", "Nobody answer me"), or counted by its days ("I wrote on 2 May, and again on 16 May", "I rang the shop on
 *   Saturday and again on Sunday", "on two occasions"). Learner English is read as it comes ("I already call to your
 *   center yesterday", "I write you already on Monday"). A visit in person ("I came to the shop") counts only when counted
 *   ("two times", "every time"): one visit told with what the desk said is the matter itself, and writers split on it.
 *   Not a contact with someone else ("I called my bank yesterday and they said …"), nor a plan or a question ("I will call
 *   tomorrow", "Can I call …?"), nor "that's why I called".
 * - **"Still waiting." as its own sentence, or for what the customer asked for** ({@link stillWaiting}): "Still waiting.
 *   Ridiculous.", "Still waiting for the itemised bill I asked for in March". Not a question about a delivery ("why am i
 *   still waiting??" about a seller's parcel), nor "still waiting for the part to arrive" with nothing asked of the company,
 *   nor a wait told in person or in minutes ("40 minute delay, 2nd gate … still waiting!", bags at the carousel).
 *
 * Evidence: the words that carry the contact ("??" and the quoted header; the contact verb with its moment and what was
 * said; "Still waiting").
 */
import type { CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

/** A header of quoted history: "On … wrote:", "> On … wrote:", "From: …", "-----Original Message-----". */
const HEADER = /^[>\s]*(?:on\b.{3,160}\bwrote\s*:?\s*$|from:\s*\S.*$|-{2,}\s*original message\s*-*\s*$)/im;
const FORWARDED = /forwarded message|^[>\s]*(?:fwd?|fw):/im;
/** Words of an advert, a newsletter or a notice nobody answered before: a first "??" to it is no chase. */
const ADVERT = /\b(?:unsubscribe|newsletter|% off|sale ends|offer ends|promo(?:tion)? code|discount code|don'?t miss|limited time)\b/i;
/** The new words are only question marks (and at most a greeting or a name). */
const BARE_CHASE = /^\s*(?:(?:hi|hello|hey)\b[\s,!.]*)?\?{1,}[\s?!]*$/i;

function quotedStart(ctx: CueContext): { start: number; end: number } | null {
  const q = ctx.parts.quoted;
  if (q) return { start: q.start, end: q.end };
  return null;
}

function bareChaseAboveThread(ctx: CueContext): Evidence[] {
  const own = ctx.doc.text;
  const m = BARE_CHASE.exec(own);
  if (!m) return [];
  const q = quotedStart(ctx);
  if (!q) return [];
  const body = ctx.message.slice(q.start, q.end);
  if (FORWARDED.test(body) || ADVERT.test(body)) return [];
  const head = HEADER.exec(body);
  if (!head) return [];
  const lead = /^[>\s]*/.exec(head[0])?.[0].length ?? 0;
  const at = own.indexOf('?');
  return [
    ctx.ev({ start: at, end: own.trimEnd().length }, 'tone.why.chasing'),
    ctx.ev({ start: q.start + head.index + lead, end: q.start + head.index + head[0].trimEnd().length }, 'tone.why.quotedReply', 0),
  ];
}

/** The writer's own contact, learner forms included ("I already call to your center", "I write you already on Monday"). */
const CONTACT =
  /\b(?:i|we)(?:'ve| have| had)?\s+(?:already\s+|also\s+|did\s+|have\s+)?(?:call(?:ed)?|rang|ring|phoned?|wr(?:i|o)te|e-?mail(?:ed)?|messaged?|chat(?:ted)?|raised?|reported?|requested|request|contact(?:ed)?|spoke|speak|told)\b(?!\s+(?:\w+\s+)?down\b)/gi;
/** A visit in person: counts only with a count ("two times", "every time"). */
const VISIT = /\b(?:i|we)\s+(?:already\s+)?(?:came|come|went|go|visited|visit)\b/gi;
/** When: a past moment, or the writer's "already". */
const PAST =
  /\b(?:yesterday|yday|already|earlier|this morning|last (?:week|night|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|back in (?:january|february|march|april|may|june|july|august|september|october|november|december)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:the )?\d{1,2}(?:st|nd|rd|th)?\b|on \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\d+ (?:days?|weeks?) ago)\b/i;
/** Counted by its days or times: "and again on 16 May", "on two occasions", "two times", "every time". */
const COUNTED = /\b(?:and again (?:on|last|yesterday|this)|on (?:two|three|four|several|multiple|\d) occasions|(?:two|three|four|2|3|4) times|every time|twice)\b(?!\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|season|night|morning))/i;
/** What the company's people said, or that nobody answered (in the same sentence or the next). */
const SAID =
  /\b(?:(?:the |your |a |one )?(?:staff|agent|advisor|adviser|rep|representative|operator|guy|lady|young lady|girl|man|woman|bloke|person|manager|engineer|colleague|someone|they|she|he|you)\s+(?:\w+\s+)?(?:said|say|says|told|tell|promised|assured)|(?:and )?(?:was|were) (?:told|promised|assured)|nobody (?:answer|answered|replied|reply|came back|got back|called back)|no one (?:answer|answered|replied|got back|called back)|(?:still )?(?:no|nothing|not) (?:reply|answer|response|heard))\b/i;
/** The contact went to someone of the writer's own or elsewhere, or is a plan, a question, "that's why I called". */
const ELSEWHERE =
  /\b(?:to|with) (?:my|his|her|our|their) (?:landlord|bank|seller|friend|boss|lawyer|solicitor|school|doctor|gp|insurer|mum|mom|dad|wife|husband|son|daughter|family|partner|neighbour|neighbor|accountant|agent|builder)\b|\b(?:called|call|rang|ring|phoned|emailed|messaged|told|contacted|wrote to|write to|spoke to|spoke with) (?:my|his|her|our|their|the) (?:landlord|bank|seller|friend|boss|lawyer|solicitor|school|doctor|gp|insurer|mum|mom|dad|wife|husband|son|daughter|family|partner|neighbour|neighbor|accountant|builder)\b|\b(?:the )?police\b/i;
/** Where a call or visit reaches the company itself ("rang the shop", "came to the branch"). */
const COMPANY_PLACE = /^(?:shop|store|office|branch|depot|centre|center|helpline|hotline|support|team|desk|front|reception|number|line|chat|app|website|site|showroom|garage|salon|clinic|practice|surgery|hotel|gym|restaurant|counter|call|concern|complaint|request|query|ticket|claim|form|issue|problem|invoice|refund|copy)$/i;
const PLAN_BEFORE = /\b(?:can|could|should|shall|may|must|will|would|going to|gonna|do|why|that'?s why|if|when)\s+$/i;

function sentences(text: string): { s: string; at: number }[] {
  const out: { s: string; at: number }[] = [];
  let at = 0;
  for (const s of text.split(/(?<=[.!?\n])\s+/)) {
    const i = text.indexOf(s, at);
    out.push({ s, at: i });
    at = i + s.length;
  }
  return out;
}

/** toldThen finds only where CONTACT or VISIT matches in a sentence: their words, asked of the shared scan before any sentence is read. */
const TOLD_GATE = readerGate([CONTACT, VISIT]);

function toldThen(ctx: CueContext): Evidence[] {
  if (ctx.fa || !mayMatch(ctx.low, TOLD_GATE)) return [];
  const own = ctx.doc.text;
  const ss = sentences(own);
  for (let k = 0; k < ss.length; k++) {
    const { s, at } = ss[k];
    if (ELSEWHERE.test(s)) continue;
    const next = ss[k + 1]?.s ?? '';
    for (const re of [CONTACT, VISIT]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        if (PLAN_BEFORE.test(s.slice(Math.max(0, m.index - 14), m.index))) continue;
        // The evidence is the contact verb (with "already"), not the pronoun or an auxiliary before it.
        const verbAt = m.index + m[0].search(/(?:already\s+)?\S+$/i);
        const verb = { start: at + verbAt, end: at + m.index + m[0].length };
        // "I called the courier / an electrician": someone else's line, unless it is the company's own place or desk.
        const obj = /^\s+(?:to\s+|with\s+)?(?:the|a|an)\s+(\w+)/i.exec(s.slice(m.index + m[0].length));
        if (obj && !COMPANY_PLACE.test(obj[1])) continue;
        const rest = s.slice(m.index);
        const counted = COUNTED.exec(rest);
        if (re === VISIT) {
          if (counted) return [ctx.ev(verb, 'tone.why.earlierContact'), ctx.ev({ start: at + m.index + counted.index, end: at + m.index + counted.index + counted[0].length }, 'tone.why.contactCount')];
          continue;
        }
        if (counted) return [ctx.ev(verb, 'tone.why.earlierContact'), ctx.ev({ start: at + m.index + counted.index, end: at + m.index + counted.index + counted[0].length }, 'tone.why.contactCount')];
        if (!PAST.test(s)) continue;
        const said = SAID.exec(rest) ?? SAID.exec(next);
        if (!said) continue;
        const inRest = SAID.exec(rest) !== null;
        // Without its article or "and": "agent say", "was told".
        const lead = /^(?:and |the |your |a |one )*/i.exec(said[0])?.[0].length ?? 0;
        const saidAt = (inRest ? at + m.index + said.index : ss[k + 1].at + said.index) + lead;
        return [ctx.ev(verb, 'tone.why.earlierContact'), ctx.ev({ start: saidAt, end: saidAt + said[0].length - lead }, 'tone.why.earlierContact')];
      }
    }
  }
  return [];
}

/** "Still waiting." as its own sentence; "still waiting for the … I asked for / requested / you promised". */
const STILL_ALONE = /(?:^|[.!?\n]\s*)(still waiting)\s*(?:[.!]+|$)/i;
const STILL_ASKED = /\b(still waiting)\b[^.!?\n]{0,60}?\b(?:i|we) (?:asked for|requested|ordered a copy|was promised|were promised)\b|\b(still waiting)\b[^.!?\n]{0,60}?\byou promised\b/i;

/** A wait told in person or in minutes (a delayed flight, bags at the carousel, a queue, on hold): "still waiting" is about that. */
const WAIT_IN_PERSON = /\b(?:delay(?:ed|s)?|gate|luggage|baggage|carousel|queue|in line|on hold|platform|tarmac|runway|boarding|\d+\s*(?:mins?|minutes?|hrs?|hours?)\b)/i;

/** "still waiting" in the text (both patterns hold it). */
const STILL_GATE = readerGate([STILL_ALONE, STILL_ASKED]);

function stillWaiting(ctx: CueContext): Evidence[] {
  if (ctx.fa || !mayMatch(ctx.low, STILL_GATE)) return [];
  const own = ctx.doc.text;
  const alone = STILL_ALONE.exec(own);
  const m = (alone && !WAIT_IN_PERSON.test(own) ? alone : null) ?? STILL_ASKED.exec(own);
  if (!m) return [];
  const w = m[1] ?? m[2];
  const start = m.index + m[0].toLowerCase().indexOf(w.toLowerCase());
  return [ctx.ev({ start, end: start + w.length }, 'tone.why.unanswered')];
}

/** Session 36's earlier contacts: each alone is one. */
export function kinds36Finds(ctx: CueContext): Evidence[] {
  const chase = kinds36Switch.chase ? bareChaseAboveThread(ctx) : [];
  if (chase.length) return chase;
  const told = kinds36Switch.told ? toldThen(ctx) : [];
  if (told.length) return told;
  return kinds36Switch.still ? stillWaiting(ctx) : [];
}

/** Which of session 36's kinds read (all by default); the leave-one-split-out bench turns kinds off. */
export const kinds36Switch = { on: true, chase: true, told: true, still: true, guards: true };

/**
 * Evidence that is no contact of the writer's, seen as false alarms in three development splits each:
 * - "chasing" of something else's chasing: "back to chasing squirrels", "Customer chasing me" (someone chases the writer);
 * - tickets bought for an event or trip ("four tickets (order no. 5519-ZK) for an event", "listed 2 tickets last week, sold on
 *   tuesday", "the tickets i bought for the gig"), and an inbox named as where a thing should arrive ("come through to my
 *   email"): never a helpdesk ticket or a mail sent.
 * The cue stays when any other evidence is left.
 */
const CHASED_ELSE = /^\s*(?:me|us|him|her|them|squirrels?|cats?|birds?|pigeons?|rabbits?|deer|balls?|its tail|their tails?|the (?:cat|cats|dog|dogs|ball|birds|squirrels|kids|children|sheep|geese))\b/i;
const TICKET_BOUGHT = /\b(?:bought|buy|purchased?|purchase of|sold|sell|selling|listed|resale|gig|concert|show|event|match|festival|game|flight|train|seats?|admission|tour)\b/i;
const SUPPORT_TICKET = /\b(?:support|help ?desk|service desk|ticket (?:#|no\.?|number|ref)|raised|opened|logged|submitted|closed|reopen)/i;
const INBOX = /\b(?:to|in|into|through to) (?:my|our) (?:e-?mail|inbox)\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  const a = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('!', start), text.lastIndexOf('?', start), text.lastIndexOf('\n', start)) + 1;
  const rest = text.slice(end).search(/[.!?\n]/);
  return text.slice(a, rest < 0 ? text.length : end + rest);
}

function notContact36(ctx: CueContext, e: Evidence): boolean {
  const m = ctx.message;
  const w = e.text.toLowerCase();
  if (w === 'chasing') return CHASED_ELSE.test(m.slice(e.end, e.end + 20)) || /\bback to\s*$/i.test(m.slice(Math.max(0, e.start - 10), e.start));
  const sent = sentenceAround(m, e.start, e.end);
  if (/^tickets\b/.test(w)) return TICKET_BOUGHT.test(sent) && !SUPPORT_TICKET.test(sent);
  if (/^e-?mail$/.test(w)) return INBOX.test(sent);
  return false;
}

/** Every piece of evidence is one of the look-alikes above (and at least one is chasing or tickets): no cue. */
export function quiet36(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!kinds36Switch.on || !kinds36Switch.guards || ctx.fa || evidence.length === 0) return false;
  return evidence.every((e) => notContact36(ctx, e)) && evidence.some((e) => e.text.toLowerCase() !== 'email' && e.text.toLowerCase() !== 'e-mail');
}
