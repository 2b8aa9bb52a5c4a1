/**
 * Repeat contact, session 16 guards (false alarms only): what counts as a contact. Each construction is in at least two
 * writers' development splits (read off late13, late12, late11, late10 and the pooled false alarms). repeat.ts asks
 * noContactGuards16 beside noContactGuards15: a cue whose every piece of evidence is about no contact is not shown.
 *
 * - **A withdrawn message**: "Please ignore my previous email from this morning — I found the tracking number", "Hi
 *   again, please ignore my angry email above": the earlier message the customer takes back is no matter to chase, so
 *   the greeting "hi again" and the words of the withdrawing sentence are not a contact. A count or a wait said beside it
 *   ("this is the third time I'm writing") still is.
 * - **"called" that names**: "three payments to something called 'VXL DIGITAL'", "someone called Sara": a noun with no
 *   article of its own then "called" and a name or quote is a name, not a phone call ("someone called claiming to be from
 *   your bank" is a call, of a third party's).
 * - **An answer to the agent's question**: "Re: Ticket #44192 — I'm replying to your question about which browser I use",
 *   "In answer to your question, …": the reference and subject line are the thread the agent opened, and the labelling
 *   rule (tests/fixtures/tone-eval/README.md) counts a reply to the agent's own question as no repeat contact. Anything
 *   else said of an earlier contact ("I already told your colleague twice") stays.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const SENTENCE_END = /[.!?\n]/;

/** "please ignore my previous email", "disregard the message above", "ignore my angry email above". */
const WITHDRAW =
  /\b(?:ignore|disregard)\s+(?:my|the|that|this)\s+(?:(?:previous|earlier|last|first|other|angry|original|old|second|above)\s+)?(?:e-?mail|message|mail|msg|note|chat message|reply|request)s?\b|\b(?:ignore|disregard)\s+(?:the\s+(?:one\s+)?|everything\s+)?above\b/i;
/** Words of a count or a wait: with them, the withdrawing sentence still says the customer is chasing. */
const COUNT_OR_WAIT = /\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|times?|twice|again|still|yet|chas\w*|follow\w*|waiting|no (?:reply|answer|response))\b/i;
const GREETING_AGAIN = /^(?:hi|hello|hey|hiya|morning|me)\s+again\b/i;

/** The sentence of the latest words around local offset `at` (split at . ! ? and line breaks). */
function sentenceAround(text: string, at: number): [number, number] {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = at;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return [from, to];
}

/** "Please ignore my previous email — I found it after all": evidence that is the withdrawn message itself. */
function withdrawnMessage(ctx: CueContext, e: Evidence): boolean {
  if (ctx.fa) return false;
  const text = ctx.doc.text;
  const m = WITHDRAW.exec(text);
  if (!m) return false;
  if (GREETING_AGAIN.test(e.text ?? '')) return true;
  const start = e.start - ctx.offset;
  const end = e.end - ctx.offset;
  if (start < 0 || end > text.length) return false;
  const [from, to] = sentenceAround(text, m.index);
  if (start < from || end > to) return false;
  return !COUNT_OR_WAIT.test(e.text ?? '');
}

/** Nouns that a name may follow as "<noun> called X". */
const NAMED = /\b(?:something|someone|somebody|a (?:company|firm|business|merchant|shop|store|site|website|app|thing|man|woman|guy|lady|place|person|seller|vendor))\s+$/i;
/** A name or quote right after "called": a capital or a quotation mark. */
const NAME_AFTER = /^\s*(?:['‘"“]|[A-Z])/;

/** "payments to something called 'VXL DIGITAL'": "called" that names. */
function namingCalled(ctx: CueContext, e: Evidence): boolean {
  if (ctx.fa || !/^called$/i.test((e.text ?? '').trim())) return false;
  const text = ctx.doc.text;
  const start = e.start - ctx.offset;
  const end = e.end - ctx.offset;
  if (start < 0 || end > text.length) return false;
  return NAMED.test(text.slice(Math.max(0, start - 40), start)) && NAME_AFTER.test(text.slice(end, end + 3));
}

/** "I'm replying to your question", "In answer to your question", "Answering your question", "to answer your question". */
const ANSWERING = /\b(?:(?:replying|responding)\s+to\s+your\s+(?:question|query)|in\s+(?:answer|reply|response)\s+to\s+your\s+(?:question|query)|answering\s+your\s+(?:question|query)|to\s+answer\s+your\s+(?:question|query))/i;
/** A reference or subject line: "Re: Ticket #44192", "case 5521", "ref HX-20931". */
const REFERENCE = /^(?:re:\s*)?(?:ticket|case|ref(?:erence)?|request|query|enquiry|inquiry)\b\s*(?:no\.?|number)?\s*[#:]?\s*[\w-]*\d[\w-]*$/i;

/** "Re: Ticket #44192 — I'm replying to your question …": the thread's reference, in an answer to the agent's question. */
function answerToAgent(ctx: CueContext, e: Evidence): boolean {
  if (ctx.fa || !ANSWERING.test(ctx.doc.text)) return false;
  return REFERENCE.test((e.text ?? '').trim());
}

/** Whether a piece of repeat evidence is, read with its construction, about no contact of the customer's (see above). */
export function noContactGuards16(ctx: CueContext, e: Evidence): boolean {
  return withdrawnMessage(ctx, e) || namingCalled(ctx, e) || answerToAgent(ctx, e);
}
