/**
 * Asks joined in one sentence (the thirty-eighth session's kind, read off the English writer splits late27 … late33 and
 * confirmed on late34 … late37, where the writers count "how many distinct questions or requests the customer needs
 * answered"). The question reader lists a sentence once; a customer often joins two asks in it:
 * - a second question word after "and": "What do I need to send you and who do I speak to?", "Could you tell me whether
 *   spaces are available, and how to book them?", "How does the refund work, and roughly how much would I get back?";
 * - a second thing to do after "and" in a question or a request: "Could you kindly explain the discrepancy, and confirm
 *   which figure is correct?", "Could you confirm whether it was received and, if not, advise on another way?";
 * - a lettered or numbered list of asks: "Please provide (a) the report, (b) the photographs and (c) the invoice.",
 *   "I am instructed to request: (a) …; (b) …; and (c) …".
 * Each part is listed on its own (the panel's list, ToneReport.questions), so the agent answers each. The evidence is the
 * part's own words. Not split: two question words side by side ("when and how"), "and" inside a name or a thing ("terms
 * and conditions": no question word or verb of asking follows), a second verb with nothing of its own after it ("check
 * and let me know" asks one thing), a list of things that are not asks (items in a sentence that neither asks nor
 * requests).
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { REQUEST } from './questions.kinds32.ts';

const WH = String.raw`(?:what|how|who|whom|whose|when|where|why|which|whether)`;
/** Verbs of asking the company to tell or do something, as a second conjunct ("… and confirm which figure is right"). */
const ASK_VERB = String.raw`(?:confirm|advise|explain|tell|send|provide|list|refund|arrange|issue|let\s+(?:me|us)\s+know|clarify|reimburse|cancel|close|withdraw|reinstate|compensate|replace|credit|correct|investigate|reverse)`;
/**
 * The cut: ", and" / " and" (", & "), an optional "also / please / roughly / if not / if so / otherwise", then a question
 * word with at least two words of its own, or a verb of asking with at least two words of its own.
 */
const AND_ASK = new RegExp(
  String.raw`(?:,\s*|\s)(?:and|&)(?:,?\s+(?:if\s+(?:not|so)|otherwise|also|please|roughly|approximately|exactly|finally),?)?\s+(?:${WH}\b(?=(?:\s+[\w'’-]+){2})|${ASK_VERB}\b(?=(?:\s+[\w'’-]+){2}))`,
  'gi',
);
/** Two question words side by side: "when and how", "why and when". */
const WH_PAIR = new RegExp(String.raw`\b${WH}\s*(?:,\s*)?(?:and|&|or)\s+${WH}\b`, 'gi');

/** Enumerated items: "(a)", "(b)", "(1)", "(2)", "a)", "1)" at a word boundary. */
const ITEM = /(?:^|[\s:;,])\(?([a-h]|[1-9])\)\s+(?=\S)/g;
/** A request's head before a list ("request:", "please provide", "we should be grateful if you would:"). */
const LIST_HEAD = /\b(?:request(?:ed)?|provide|please|kindly|confirm|send|grateful|ask(?:ed)?|require|would\s+you|could\s+you|can\s+you|need|want|like)\b[^]*$/i;

/** The customer's own doing or threat before the cut ("if I should read it myself and send …", "or I'll call another firm and send you the bill"). */
const OWN_CLAUSE = /(?:\b(?:i|we)\s+(?:(?:should|will|shall|would|could|can|must|might|may|have\s+to|need\s+to)\s+)?[a-z]+\b|\b(?:i'?ll|i’ll|we'?ll|we’ll|i'?d|i’d)\s+[a-z]+\b|\bor\s+(?:else|i|we)\b)[^,;]*$/i;
/** Who is asked: the company ("you", "someone", "please", "kindly"). */
const ASKED = /\b(?:you|u|someone|somebody|anyone|please|pls|kindly)\b/i;

/** Splits a listed ask at the points where a second ask joins it (see the file's head); one span when nothing joins. */
function partsOf(text: string, a: number, b: number): Array<[number, number, boolean]> {
  const s = text.slice(a, b);
  const paired: Array<[number, number]> = [];
  for (const m of s.matchAll(WH_PAIR)) paired.push([m.index!, m.index! + m[0].length]);
  const cuts: Array<[number, boolean]> = [];
  for (const m of s.matchAll(AND_ASK)) {
    const at = m.index!;
    if (paired.some(([x, y]) => at >= x && at < y)) continue;
    const before = s.slice(cuts.length ? cuts[cuts.length - 1][0] : 0, at);
    // At least three words of the first ask before the cut.
    if ((before.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) continue;
    const doing = !new RegExp(String.raw`^${WH}\b`, 'i').test(m[0].replace(/^[,\s]*(?:and|&)(?:,?\s+(?:if\s+(?:not|so)|otherwise|also|please|roughly|approximately|exactly|finally),?)?\s+/i, ''));
    // A second thing to do joins only an ask put to the company, never the customer's own doing or threat.
    if (doing && (!ASKED.test(s.slice(0, at)) || OWN_CLAUSE.test(s.slice(0, at)))) continue;
    cuts.push([at, doing]);
  }
  if (cuts.length === 0) return [[a, b, false]];
  const out: Array<[number, number, boolean]> = [];
  let from = 0;
  let doingNow = false;
  for (const [c, doing] of cuts) {
    out.push([a + from, a + c, doingNow]);
    // The part starts after the joining "and" (its question word or verb opens the evidence).
    from = c + (s.slice(c).length - s.slice(c).replace(/^[,\s]*(?:and|&)[,\s]+/i, '').length);
    doingNow = doing;
  }
  out.push([a + from, b, doingNow]);
  return out;
}

/** The items of a lettered or numbered list inside one ask, when it has at least two and a request's head before them. */
function listItems(text: string, a: number, b: number): Array<[number, number]> | null {
  const s = text.slice(a, b);
  const marks: number[] = [];
  const seen: string[] = [];
  for (const m of s.matchAll(ITEM)) {
    const label = m[1].toLowerCase();
    // The labels must run in order from a / 1 ((a) (b) (c), (1) (2)), not any letter in brackets.
    const expect = seen.length === 0 ? (/\d/.test(label) ? '1' : 'a') : String.fromCharCode(seen[seen.length - 1].charCodeAt(0) + 1);
    if (label !== expect) continue;
    seen.push(label);
    marks.push(m.index! + m[0].indexOf(m[1]) - (m[0].includes('(') ? 1 : 0));
  }
  if (marks.length < 2) return null;
  if (!LIST_HEAD.test(s.slice(0, marks[0]))) return null;
  const out: Array<[number, number]> = [];
  for (let i = 0; i < marks.length; i++) {
    const end = i + 1 < marks.length ? marks[i + 1] : s.length;
    const item = s.slice(marks[i], end);
    // Without the joining "and" / "or" and the punctuation before the next label.
    const kept = item.replace(/(?:[\s;,.]|\b(?:and|or)\b)+$/i, '');
    const x = a + marks[i];
    if (kept.trim()) out.push([x, x + kept.length]);
  }
  return out.length >= 2 ? out : null;
}

/**
 * The panel's list with joined asks split (see the file's head). English only: the Persian writers' joined asks
 * («… و اینکه …») were not read here.
 */
export function joinedAsks38(ctx: CueContext, list: readonly Evidence[]): Evidence[] {
  if (ctx.empty || list.length === 0) return list as Evidence[];
  const text = ctx.doc.text;
  let changed = false;
  const out: Evidence[] = [];
  for (const e of list) {
    const a = e.start - ctx.offset;
    const b = e.end - ctx.offset;
    if (a < 0 || b > text.length || /[\u0600-\u06ff]/.test(e.text)) {
      out.push(e);
      continue;
    }
    const items = listItems(text, a, b);
    // A lettered list is a list of requests; a second thing to do after "and" is a request, a second question word a question.
    const parts = items ? items.map(([x, y]): [number, number, boolean] => [x, y, true]) : partsOf(text, a, b);
    if (parts.length < 2) {
      out.push(e);
      continue;
    }
    changed = true;
    parts.forEach(([x, y, doing], i) => out.push(ctx.ev({ start: x, end: y }, i === 0 ? e.why : doing ? REQUEST : e.why)));
  }
  return changed ? out : (list as Evidence[]);
}
