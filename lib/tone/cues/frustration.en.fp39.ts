/**
 * Frustration, session 39 (toneen39): English false alarms that recur across the writer splits (late20 … late37, train34,
 * train35), each a look-alike of a cue word. The cue is held under the threshold when every piece of its evidence is one of
 * these look-alikes or a weak piece beside it (a failure word, "still", "!!", "said"), and nothing stronger is in the message.
 *
 * - **a job title, not an escalation** (late32, late33): "Manager" in a greeting ("Dear Events Manager,") or a sign-off
 *   ("Thanks, Lorraine Kemp, Nurse Manager"), and "With respect and thanks," as a closing. Not "I want your manager",
 *   "Dear Manager, this is unacceptable" (the judgement stays).
 * - **quotes that correct or ask, not irony** (late35 ×2, late37, train35): two near-identical quoted strings, one correcting
 *   the other ("the card says 'To Natalia' but must be 'To Nataliya'", "showing "Park Jiu" but correct is "Park Ji-woo"");
 *   or a quoted estimate or status asked about as still holding ("The last update said it would arrive 'late May' - is that
 *   still on track?", "now shows "delayed" … Can it still arrive by Thursday?"). Not scare quotes on what was claimed
 *   ("the 'quick' refund took two months"), nor a status told with the days it has held ("'out for delivery' since Tuesday").
 * - **"even" / "actually" asked of a thing, not of anyone** (late31, late33, late37): "could you check it was actually sent?",
 *   "is that even how it works?? 😂", "does yer software even do that lol". Not "do you even read these?", "can someone
 *   actually look at this", "does your app even work?".
 * - **feedback that asks for nothing** (late28, late36; the same declaration in ten more development messages of eight splits,
 *   all calm and already quiet): "No action needed on my account; just passing it on", "None of this requires a reply. I
 *   offer it in a constructive spirit", "for what it's worth", "no need to reply". The faults it reports ("the price shown
 *   is misleading", "easy to press the wrong one", "would be helpful") are a report, not a protest. Not when a feeling, an
 *   escalation or threat, a count of contacts, a silence complained of or a strong judgement ("appalling", "a joke") is in
 *   the evidence ("No need to reply, I've taken my business elsewhere").
 *
 * Evidence is never added here: the module only says when the readers' evidence is all look-alike.
 */
import { type CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { mayMatch, readerGate } from '../textgate.ts';

/** Per-kind switches (scripts/tone39-loso.ts turns them off and on to judge each kind leave-one-writer-split-out). */
export const fp39 = { on: true, title: true, quote: true, thing: true, noReply: true };
/** For scripts/tone39-loso.ts: told each kind whose look-alike is in the evidence of a message at the threshold (null: not told). */
export const trace39: { seen: null | ((kind: string) => void) } = { seen: null };

// ---------------------------------------------------------------------------------------------------------------------
// A job title

const TITLE_WORD = /^(?:manager|supervisor)s?$/i;
/** The line opens a letter: "Dear Events Manager,", "To the Branch Manager,", "Hi Salon Manager". */
const GREETING_LINE = /^\s*(?:dear|to|hi|hello|attn:?|attention:?)\b[^.!?\n]{0,40}$/i;
/** A sign-off line: "Thanks, Lorraine Kemp, Nurse Manager", "Jo Pearce, Office Manager", "Office Manager" alone last. */
const SIGN_OFF = /(?:^|[,|–-]\s*)(?:[A-Z][\p{L}'.-]*\s+){0,3}(?:Manager|Supervisor)s?\s*$/u;
/** "With respect and thanks," / "With respect," closing a letter (the line holds nothing else). */
const RESPECT_CLOSING = /^\s*with\s+(?:(?:great|the\s+utmost|all)\s+)?respect(?:\s+and\s+(?:thanks|gratitude|regards|best\s+wishes))?\s*,?\s*$/i;

function lineOf(text: string, a: number): { line: string; start: number; last: boolean } {
  const s = text.lastIndexOf('\n', a - 1) + 1;
  let e = text.indexOf('\n', a);
  if (e < 0) e = text.length;
  return { line: text.slice(s, e), start: s, last: text.slice(e).trim() === '' };
}

/** Evidence e ("Manager", "With respect") is a title in a greeting or a sign-off, or a closing formula. */
function titleLookAlike(ctx: CueContext, e: Evidence): boolean {
  const text = ctx.doc.text;
  const a = e.start - ctx.offset;
  const b = e.end - ctx.offset;
  // Only these two reasons can be a title: the line is looked up for them alone.
  if (a < 0 || b > text.length || (e.why !== 'tone.why.escalation' && e.why !== 'tone.why.politeAnger')) return false;
  const { line, start, last } = lineOf(text, a);
  if (e.why === 'tone.why.escalation' && TITLE_WORD.test(e.text.trim())) {
    if (GREETING_LINE.test(line) && /,\s*$|^\s*\S+(?:\s+\S+){0,3}\s*$/.test(line) && !/\b(?:your|speak|talk|want|get|put)\b/i.test(line)) return true;
    // The sign-off: the title ends its line, the line is the text's last, or follows a comma after a name.
    const upTo = line.slice(0, b - start);
    if (line.slice(b - start).trim() === '' && SIGN_OFF.test(upTo) && (last || /,\s*(?:[A-Z]\p{L}*\s+){0,3}\p{L}+$/u.test(upTo))) {
      const before = upTo.slice(0, upTo.length - e.text.length);
      return !/\b(?:your|the|a|my|to|speak|talk|want)\s*$/i.test(before);
    }
    return false;
  }
  if (e.why === 'tone.why.politeAnger' && /^with respect$/i.test(e.text.trim())) return RESPECT_CLOSING.test(line);
  return false;
}

// ---------------------------------------------------------------------------------------------------------------------
// Quotes that correct or ask

const QUOTE = /(['\u2018"\u201c])([^'\u2018\u2019"\u201c\u201d\n]{2,40})(['\u2019"\u201d])/gu;
/** Words of a correction between or around two quoted strings. */
const CORRECTS = /\b(?:but|should\s+be|must\s+be|correct(?:ly)?\s+(?:is|it\s+is|spelling|name)|instead\s+of|not|rather\s+than|spelled|spelt|is\s+actually)\b/iu;
/** A question whether the estimate or status still holds: "is that still on track?", "Can it still arrive by Thursday?". */
const STILL_HOLDS = /\b(?:is|are|will|would|can|could)\s+(?:that|this|it|they|the\s+\p{L}+|my\s+\p{L}+)\s+(?:still\s+(?:be\s+)?(?:on\s+track|on\s+time|arrive|come|happen|be\s+delivered|make\s+it|go\s+ahead|the\s+plan|right|correct|accurate)|still\s+on\b)[^?\n]{0,60}\?/iu;
/** A status told with how long it has held, or a count: the quote is what they were told, now outlived. */
const OUTLIVED = /\b(?:since|for)\s+(?:(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|over|nearly|almost|last)\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:days?|weeks?|months?)\s+(?:ago|later|now)\b|\bagain\b|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+time\b/iu;

function similar(x: string, y: string): boolean {
  const a = x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const b = y.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (a === b || a.length < 3 || b.length < 3) return false;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= Math.min(4, Math.min(a.length, b.length) - 1) && p >= 0.5 * Math.min(a.length, b.length);
}

/** The quote at [a, b) (latest-text offsets) is one of a correction pair, or an estimate asked about as still holding. */
function quoteLookAlike(ctx: CueContext, a: number, b: number): boolean {
  const text = ctx.doc.text;
  const quotes = [...text.matchAll(QUOTE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, body: m[2] }));
  const own = quotes.find((q) => q.start <= a && b <= q.end);
  if (!own) return false;
  // A correction pair on one line: near-identical strings with a correcting word between or around them.
  for (const q of quotes) {
    if (q === own || !similar(q.body, own.body)) continue;
    const from = Math.min(q.start, own.start);
    const to = Math.max(q.end, own.end);
    if (text.slice(from, to).includes('\n')) continue;
    const lineStart = text.lastIndexOf('\n', from - 1) + 1;
    if (CORRECTS.test(text.slice(from, to)) || CORRECTS.test(text.slice(lineStart, from))) return true;
  }
  // An estimate or status asked about: the question follows the quote within its sentence or the next, and the message
  // does not tell how long the status has held.
  const after = text.slice(own.end, own.end + 160);
  const ask = STILL_HOLDS.exec(after);
  if (!ask) return false;
  const between = after.slice(0, ask.index);
  if ((between.match(/[.!?](?:\s|$)/g) ?? []).length > 2) return false;
  return !OUTLIVED.test(text);
}

// ---------------------------------------------------------------------------------------------------------------------
// "even" / "actually" of a thing

/** Words passed over between the subject and "even" / "actually". */
const AUX = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'does', 'do', 'did', 'will', 'would', 'can', 'could', 'has', 'have', 'had', 'really', 'just']);
/** A thing, not a person, as the subject: "it was actually sent", "is that even how it works", "does yer software even do that". */
const THING = new Set(['it', 'that', 'this', 'app', 'software', 'program', 'programme', 'form', 'tool', 'calculator', 'website', 'site', 'system', 'feature', 'option', 'plan', 'policy', 'parcel', 'package', 'order', 'payment', 'refund', 'letter', 'email']);
/** The question asks whether a verb holds of it, not whether it works at all ("does your app even work?"). */
const AT_ALL = /^(?:work|works|working|exist|exists|real|legal|legit|open|function|functioning|load|loads)$/;
/** The message laughs: the question is curiosity, not a protest. */
const LAUGH = /\b(?:lol|lmao|haha\w*|hehe\w*)\b|[\u{1f602}\u{1f923}\u{1f605}\u{1f606}]/iu;
/** "could you check / confirm whether it was actually sent": a verification asked (not "tell me when it will actually …"). */
const CHECK = new Set(['check', 'confirm', 'verify']);
const CHECK_LINK = new Set(['whether', 'if', 'that']);
/** "even more helpful", "even better": a comparative, not the doubting "even". */
const COMPARATIVE = /^(?:more|less|better|worse|further|faster|longer|harder|easier|bigger|smaller)$/;

function thingLookAlike(ctx: CueContext, e: Evidence): boolean {
  if (e.why !== 'tone.why.rhetorical') return false;
  const w = e.text.trim().toLowerCase();
  if (w !== 'even' && w !== 'actually') return false;
  const t = ctx.doc.tokens;
  const i = t.findIndex((x) => x.start + ctx.offset === e.start);
  if (i < 1) return false;
  let k = i - 1;
  while (k >= 0 && t[k].sentence === t[i].sentence && AUX.has(t[k].key)) k--;
  if (k < 0 || t[k].sentence !== t[i].sentence || !THING.has(t[k].key)) return false;
  const next = t[i + 1];
  if (next && next.sentence === t[i].sentence && (AT_ALL.test(next.key) || COMPARATIVE.test(next.key))) return false;
  if (w === 'actually') {
    // The verification: a verb of checking just before the thing ("check it was actually sent", "confirm that it was
    // actually"), with at most "whether" / "if" / "that" between.
    let j = k - 1;
    if (j >= 0 && CHECK_LINK.has(t[j].key)) j--;
    return j >= 0 && t[j].sentence === t[i].sentence && CHECK.has(t[j].key);
  }
  return LAUGH.test(ctx.doc.text);
}

// ---------------------------------------------------------------------------------------------------------------------
// Feedback that asks for nothing

/** The message declares it needs no reply or action. */
const NO_REPLY = /\bno\s+action\s+(?:is\s+)?(?:needed|required|necessary)\b|\b(?:none\s+of\s+(?:this|it)|this|it)\s+(?:requires?|needs?)\s+(?:a\s+|any\s+)?(?:reply|response|action)\b|\b(?:requires?|needs?)\s+no\s+(?:reply|response|action)\b|\bno\s+(?:reply|response)\s+(?:is\s+)?(?:needed|required|necessary)\b|\bno\s+need\s+to\s+(?:reply|respond|get\s+back)\b|\bjust\s+passing\s+(?:it|this)\s+on\b|\bfor\s+what\s+it['\u2019]?s\s+worth\b|\bin\s+a\s+constructive\s+spirit\b/iu;
/** A "none of this requires a reply" negated back ("it does require a reply"), or said of what the company sent: not a declaration. */
const NOT_DECLARED = /\b(?:does|do)\s+(?:require|need)\s+a\s+(?:reply|response)\b/iu;
/** Pieces of a report the declaration explains. */
const REPORTED = new Set(['tone.why.failure', 'tone.why.sarcasm', 'tone.why.irony', 'tone.why.judgement', 'tone.why.punctuation']);
/** A judgement strong enough to be a protest whatever the message says it needs. */
const STRONG_JUDGEMENT = /unaccept|disgrac|appall|ridicul|outrag|pathetic|useless|incompet|joke|scam|worst|terribl|awful|shock|absurd|rubbish|disgust|shambl|farc|insult|\b(?:lie[sd]?|liars?|con)\b/iu;

/** NO_REPLY's words: a text that holds none cannot match it (asked of the shared scan before NO_REPLY runs, once per piece of evidence). */
const NO_REPLY_GATE = readerGate([NO_REPLY]);

function noReplyLookAlike(ctx: CueContext, e: Evidence): boolean {
  const text = ctx.doc.text;
  if (!mayMatch(ctx.low, NO_REPLY_GATE) || !NO_REPLY.test(text) || NOT_DECLARED.test(text)) return false;
  if (!e.why || !REPORTED.has(e.why)) return e.why === 'tone.why.complaint' && WEAK_COMPLAINT.test(e.text.trim());
  return !(e.why === 'tone.why.judgement' && STRONG_JUDGEMENT.test(e.text));
}

// ---------------------------------------------------------------------------------------------------------------------

/** Reasons a look-alike may sit beside: the weak pieces, never enough alone. */
const WEAK = new Set(['tone.why.failure', 'tone.why.punctuation', 'tone.why.brokenPromise']);
/** A one-word complaint ("still", "yet", "it hasn't") is weak; a wait with its length or "nobody answered" is not. */
const WEAK_COMPLAINT = /^(?:still|yet|again|it\s+(?:hasn['\u2019]?t|has\s+not|wasn['\u2019]?t|was\s+not))$/i;

/** Whether every piece of the evidence is a session-39 look-alike or weak beside one (at least one look-alike). */
export function calmKinds39(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!fp39.on || ctx.fa || ctx.empty || evidence.length === 0) return false;
  let lookAlike = 0;
  let unexplained = false;
  for (const e of evidence) {
    const a = e.start - ctx.offset;
    const b = e.end - ctx.offset;
    const kind = fp39.title && titleLookAlike(ctx, e) ? 'title' : fp39.quote && e.why === 'tone.why.irony' && quoteLookAlike(ctx, a, b) ? 'quote' : fp39.thing && thingLookAlike(ctx, e) ? 'thing' : fp39.noReply && noReplyLookAlike(ctx, e) ? 'noReply' : '';
    if (kind) {
      lookAlike++;
      trace39.seen?.(kind);
      continue;
    }
    if (!(e.why && WEAK.has(e.why)) && !(e.why === 'tone.why.complaint' && WEAK_COMPLAINT.test(e.text.trim()))) {
      // Read on only while a trace listens (every look-alike of the message told); otherwise the answer is known.
      if (!trace39.seen) return false;
      unexplained = true;
    }
  }
  return lookAlike > 0 && !unexplained;
}
