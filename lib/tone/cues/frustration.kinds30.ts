/**
 * Frustration, session 30 (tone30): calm readings of English false alarms that recur on the fresh splits late20 … late29
 * (kinds kept only where seen in three splits or more; look-alikes in scripts/tone-kinds30-matrix.ts). Both take the cue
 * back under the threshold; nothing new is shown to the agent (the repeat and urgency cues still say the rest).
 *
 * - **a chase told plainly, then a plain request** (late6, late21, late22, late23, late29): "The plumber you booked was
 *   supposed to come this morning. Nobody came. Can you let me know when he can come instead?", "I emailed twice and was
 *   promised it within a week. Still nothing. Could someone confirm it has been posted?". Every piece of evidence is a
 *   fact of the chase (a promise said, nobody came or called, "still", a count of contacts, a fault), and the customer's
 *   act is a courteous request ("could you …?", "kindly …", "I would like to know …", "please confirm …"). A customer
 *   keeping score of being let down says more: an edge word ("finally", "actually", "for once", "this time", "another",
 *   "just tell me"), what it cost them ("a day off work", "compensation"), a demand ("I want", "sort it",
 *   "immediately"), "keeps sending", a human asked for, capitals (one stressed word is enough) or "!!": any of these
 *   keeps the cue, as does a request that is itself the complaint ("Can you please stop sending me …?") or a rhetorical
 *   "how many times do I …?".
 * - **help asked in trouble** (late26, late27, late28): "my flight got cancelled and im stuck at the gate, can i use my
 *   ticket on the next one tomorrow?? 😭", "The hotel key card has stopped working and I am locked out of my room at
 *   midnight!!! Do I go back to reception or call you?": the faults and marks tell alarm, and the customer asks what they
 *   should do. Only first-person guidance ("can I …", "do I …?", "what should I do", "who do I call", "is it safe to …",
 *   "please advise"), with only alarm marks ("??", "!!!", a crying, worried or pleading face, never an angry one), under
 *   the same edge and demand test.
 *
 * And one reading that shows the cue (misses of late14, late27, late28, late29; the same figure already read on late7,
 * late8, late10, late18, fresh, fresh4 by older readers):
 * - **a label echoed back in mockery**: the company's words in quotes ("premium support", 'guaranteed next-day'), taken up
 *   again in a later sentence that mocks them: "Guaranteed indeed.", "Next-day for whom, exactly?", "Premium, apparently,
 *   means a four-day wait.", "what 'discreet' means to you", "The 'safe place', for the record, was the pavement.". Not
 *   a label asked about plainly ("Which reference exactly?", "Does 'pending' mean it was sent?"), nor repeated with no
 *   mockery ("It says 'delivered' but it has not been delivered"), nor "apparently" or "for the record" in a question or a
 *   long sentence (hearsay: "Apparently the update is required, so how do I install it?").
 * - **a courtesy conceded before a complaint** (misses of late24, late25, late28, late29; fourteen more on older splits
 *   already read): "I'm sure you're busy, but …", "I'm not trying to be difficult, but …", "I don't want to complain,
 *   but …", "I understand you're busy, but …", "I appreciate that …, but …", when what follows "but" is a statement (a
 *   count, a broken promise, a harm, a feeling). Not when it asks or thanks ("I know you're busy, but could someone give
 *   me a date?", "I'm sure you're busy, but I just wanted to say thank you").
 */
import { type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { StringKey } from '../../i18n/index.ts';
import type { Evidence } from '../types.ts';

/** Facts of a chase or a fault: what the two readings allow as evidence. */
const CHASE = new Set<StringKey | undefined>(['tone.why.brokenPromise', 'tone.why.complaint', 'tone.why.contactCount', 'tone.why.unanswered', 'tone.why.failure']);
/** Marks of alarm allowed with help asked in trouble (checked further: "??", "!!!", sad faces only). */
const ALARM = new Set<StringKey | undefined>(['tone.why.punctuation', 'tone.why.emoji']);

/** A courteous request to the company at the start of a sentence. */
const ASK = /^(?:(?:hi|hello|so|ok|okay|and|but|also|then|now)\b[\s,]*)?(?:(?:please[\s,]+)?(?:could|can|would|will)\s+(?:you|someone|somebody|anyone|one\s+of\s+you|an?\s+\p{L}+|your\s+\p{L}+)\b[^?\n]*\?|kindly\s+\p{L}+|(?:i|we)\s+would\s+(?:just\s+|really\s+)?(?:like\s+to\s+know|be\s+grateful|appreciate)\b|please\s+(?:advise|let\s+(?:me|us)\s+know|confirm|check|call|send|look\s+into|arrange)\b)/iu;
/** First-person guidance asked in trouble. */
const GUIDE = /^(?:(?:hi|hello|so|ok|okay|and|but|also|then|now)\b[\s,]*)?(?:(?:can|could|do|should|shall|must)\s+(?:i|we)\s+\p{L}+[^?.!\n]*(?:\?|[^\p{L}\p{N}?.!]*$)|(?:what|who)\s+(?:do|should|can)\s+(?:i|we)\s+(?:do|call|contact|ring|speak\s+to)\b|is\s+it\s+safe\s+to\b|please\s+advise\b)/iu;
/**
 * Words that make a request pointed, or tell what the chase cost, or demand: any of them keeps the cue. The contraction
 * apostrophe may be straight, curly or left out.
 */
const EDGE = /\b(?:finally|actually|actual|for\s+once|this\s+time|another|yet\s+again|again\s+and\s+again|seriously|honestly|frankly|compensat\p{L}*|i['’]?m\s+sure|apparently|supposedly|unacceptable|ridiculous|joke|just\s+(?:tell|give|check|call|do|sort|fix|send|answer|look|reply|respond|stop|let|get|ring|email|update|confirm|refund|cancel|pick|explain)|sort(?:ed)?\s+(?:it|this)|fix\s+(?:it|this)|i\s+want|we\s+want|i\s+demand|i\s+expect|we\s+expect|i\s+insist|immediately|right\s+now|at\s+once|no\s+excuses?|wast(?:e|ed|ing)|(?:day|morning|afternoon|evening)\s+off|lost\s+(?:a|my|the|our)\s+(?:day|work|wages|shift|morning|afternoon)|los(?:e|ing)\s+(?:a|my|the|our)\s+(?:day|work|wages|shift)|keeps?\s+\p{L}+ing|(?:talk|speak)\s+to\s+(?:a\s+)?(?:human|real\s+person|manager|supervisor)|human\s+being|real\s+person)\b/iu;
/** A word stressed in capitals ("i DID reset it", "NOBODY came"): one is enough to keep the cue. */
const STRESSED = /\b(?:DID|DO|DOES|NOT|NEVER|STILL|AGAIN|NOTHING|NOBODY|NO|ANY|ALL|EVERY|TWICE|WAS|HAVE|HAS|IS|ARE|WILL|CANT|WONT|DIDNT|DONT|YET|NOW|TODAY)\b/u;
/** "??" or "!!!" (and "?!" never): alarm marks the help reading allows. */
const ALARM_PUNCT = /^(?:\?{2,}|!{2,})$/u;
/** Crying, worried or pleading faces (an angry, eye-rolling or unamused face keeps the cue). */
const SAD_FACE = /^(?:\u{1f62d}|\u{1f622}|\u{1f625}|\u{1f61f}|\u{1f630}|\u{1f628}|\u{1f97a}|\u{1f64f})+$/u;

interface Ask {
  start: number;
  end: number;
  text: string;
}

/**
 * Where a request may start in the latest words: every clause start, with the text up to its sentence's end and the marks
 * after it ("…, can i use my ticket tomorrow?? 😭" asks in its second clause).
 */
function askSpans(ctx: CueContext): Ask[] {
  const t = ctx.doc.tokens;
  const out: Ask[] = [];
  for (let i = 0; i < t.length; i++) {
    if (i > 0 && t[i - 1].clause === t[i].clause) continue;
    let j = i;
    while (j + 1 < t.length && t[j + 1].sentence === t[i].sentence) j++;
    const start = t[i].start;
    let end = t[j].end;
    end += /^[^\p{L}\p{N}\n]*/u.exec(ctx.doc.text.slice(end))?.[0].length ?? 0;
    out.push({ start, end, text: ctx.doc.text.slice(start, end) });
  }
  return out;
}

/** A request of the latest words that asks as `re` says, and holds none of the evidence but alarm marks. */
function asks(ctx: CueContext, re: RegExp, evidence: readonly Evidence[]): boolean {
  for (const s of askSpans(ctx)) {
    if (!re.test(s.text)) continue;
    const a = s.start + ctx.offset;
    const b = s.end + ctx.offset;
    // A bare "still" inside the request asks whether a thing holds ("Can you check it's still booked?"): no complaint.
    if (evidence.some((e) => !ALARM.has(e.why) && e.start < b && a < e.end && !/^still$/i.test(e.text))) continue;
    return true;
  }
  return false;
}

/**
 * Session 30's calm readings (see the header): true when every piece of evidence is a fact of a chase or a fault and the
 * customer's act is a plain request, or alarm marks beside them and the customer asks what to do.
 */
export function calmKinds30(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || ctx.empty || evidence.length === 0) return false;
  let alarm = false;
  for (const e of evidence) {
    if (CHASE.has(e.why)) continue;
    if (e.why === 'tone.why.punctuation' && ALARM_PUNCT.test(e.text)) alarm = true;
    else if (e.why === 'tone.why.emoji' && SAD_FACE.test(e.text)) alarm = true;
    else return false;
  }
  const text = ctx.doc.text;
  if (EDGE.test(text) || STRESSED.test(text) || ctx.a.shoutWords > 0 || /\?!|!\?/.test(text)) return false;
  if (!alarm) {
    if (/!!|\?\?/.test(text)) return false;
    return asks(ctx, ASK, evidence) || asks(ctx, GUIDE, evidence);
  }
  return asks(ctx, GUIDE, evidence);
}

/** Words of a mocking echo (gate: the reader runs only when one is in the text). */
const ECHO_GATE = textGate(['indeed', 'exactly', 'apparently', 'for the record', 'means to you', 'so-called', 'heavy lifting']);
/** A phrase in quotes: straight or curly, double or single (a single quote opens after a space and closes before a non-letter). */
const QUOTED = /(?:["\u201c]([^"\u201c\u201d\n]{2,60})["\u201d]|(?<![\p{L}\p{N}])['\u2018]([^'\u2018\u2019\n]{2,60})['\u2019](?![\p{L}]))/gu;
/** Small words a label's echo is never read from. */
const SMALL = new Set(['the', 'and', 'for', 'you', 'your', 'our', 'this', 'that', 'with', 'from', 'are', 'was', 'has', 'have', 'not', 'but', 'please', 'will', 'can', 'its', 'all', 'any', 'now', 'out', 'get', 'got', 'one']);
/**
 * The mockery of the echo's sentence: "<label> indeed" closing a short sentence, "<label> for whom, exactly?", "<label> what
 * exactly?", "apparently", "for the record", "what <label> means to you", "so-called", "doing a lot of heavy lifting".
 */
const MOCK = /^(?:[^.?!]{0,25}\bindeed\s*[.!]|[^.?!]*\b(?:to|for)\s+whom,?\s+exactly\b|[^.?!]*\b(?:what|when|where),?\s+exactly\s*\?|[^.?!]*\bapparently\b|[^.?!]*\bfor\s+the\s+record\b|[^.?!]*\bmeans\s+to\s+you\b|[^.?!]*\bso-called\b|[^.?!]*\bheavy\s+lifting\b)/iu;

/** The sentences after `from` in the text (start offsets and texts, marks kept). */
function sentencesAfter(text: string, from: number): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^.?!\n]+[.?!]*/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = /^\s*/u.exec(m[0])?.[0].length ?? 0;
    if (m[0].trim()) out.push({ start: m.index + lead, text: m[0].slice(lead) });
  }
  return out;
}

/** Stems of a label's content words ("fan-to-fan fair price" -> fan, fair, price): a later word starting with one echoes it. */
function stems(label: string): string[] {
  const out: string[] = [];
  for (const w of label.toLowerCase().match(/\p{L}[\p{L}-]{2,}/gu) ?? []) {
    if (SMALL.has(w)) continue;
    for (const part of w.split('-')) if (part.length >= 3 && !SMALL.has(part)) out.push(part.slice(0, Math.max(3, part.length - 2)));
  }
  return out;
}

/**
 * A label echoed back in mockery (see the header): the quoted label and the mocking sentence, with tone.why.echoed; one
 * reading per message. English only.
 */
export function readEchoed30(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !opens(ctx.low, ECHO_GATE)) return { score: 0, evidence: [] };
  const text = ctx.doc.text;
  for (const q of text.matchAll(QUOTED)) {
    const label = q[1] ?? q[2] ?? '';
    const st = stems(label);
    if (!st.length) continue;
    const after = (q.index ?? 0) + q[0].length;
    for (const s of sentencesAfter(text, after)) {
      const m = MOCK.exec(s.text);
      if (!m) continue;
      // "apparently" and "for the record" mock only in a short statement ("Premium, apparently, means buffering."); in a
      // question or a long sentence they report hearsay or set a fact down ("Apparently the update is required, so how …?").
      if (/\b(?:apparently|for\s+the\s+record)\b/iu.test(m[0]) && (/[?]|\b(?:could|can|would|please)\b/iu.test(s.text) || s.text.split(/\s+/u).length > 16)) continue;
      const low = s.text.toLowerCase();
      const words = low.match(/\p{L}[\p{L}-]*/gu) ?? [];
      if (!words.some((w) => st.some((x) => w.startsWith(x) || w.split('-').some((p) => p.startsWith(x))))) continue;
      const end = s.start + s.text.replace(/\s+$/u, '').length;
      return {
        score: 1.1,
        evidence: [ctx.ev({ start: q.index ?? 0, end: after }, 'tone.why.echoed'), ctx.ev({ start: s.start, end }, 'tone.why.echoed')],
      };
    }
  }
  return { score: 0, evidence: [] };
}

/** A courtesy conceded, then "but" (gate: the reader runs only when one of these words is in the text). */
const CONCEDE_GATE = textGate(['busy', 'difficult', 'complain', 'understand', 'appreciate', 'funny', 'awkward', 'rude', 'offence', 'offense', 'a pain']);
const CONCEDE = /\b(?:i['\u2019]?m\s+sure\s+you(?:['\u2019]re|\s+are)\s+(?:very\s+|really\s+)?busy|i(?:['\u2019]?m|\s+am)\s+not\s+trying\s+to\s+be\s+(?:difficult|funny|rude|awkward|a\s+pain)|not\s+being\s+funny|i\s+don['\u2019]?t\s+want\s+to\s+(?:complain|be\s+(?:difficult|rude|a\s+pain|awkward))|i\s+(?:do\s+)?understand\s+(?:you(?:['\u2019]re|\s+are)\s+(?:very\s+|really\s+)?busy|that)|i\s+(?:do\s+)?appreciate\s+(?:that|you(?:['\u2019]re|\s+are)\s+(?:very\s+|really\s+)?busy)|i\s+know\s+you(?:['\u2019]re|\s+are)\s+(?:very\s+|really\s+)?busy|no\s+offen[cs]e)\b[^.?!\n]{0,80}?,?\s*but\b/iu;
/** What follows "but" asks, thanks or hopes: the courtesy is a courtesy. */
const KIND_AFTER = /^[^.?!\n]*\?|\b(?:thank|thanks|grateful|wanted\s+to\s+say|love|lovely|great|brilliant|glad|happy|wonder(?:ing)?|hop(?:e|ing)|could|can|would\s+you|will\s+you|please|is\s+there|any\s+chance|quick\s+question)\b/iu;

/**
 * A courtesy conceded before a complaint (see the header): the courtesy and its "but", with tone.why.politeAnger; English
 * only.
 */
export function readConceded30(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !opens(ctx.low, CONCEDE_GATE)) return { score: 0, evidence: [] };
  const text = ctx.doc.text;
  const m = CONCEDE.exec(text);
  if (!m) return { score: 0, evidence: [] };
  const after = text.slice(m.index + m[0].length);
  const clause = /^[^.?!\n]*[.?!]*/u.exec(after)?.[0] ?? '';
  if (!clause.trim() || KIND_AFTER.test(clause)) return { score: 0, evidence: [] };
  return { score: 1.05, evidence: [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.politeAnger')] };
}

export const strings = {
  en: {
    'tone.why.echoed': "turns the company's own words back on it",
  },
  fa: {
    'tone.why.echoed': 'حرف خود شرکت را به طعنه به خودش برمی‌گرداند',
  },
} as const;
