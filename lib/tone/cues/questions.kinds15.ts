/**
 * Questions, more kinds (fifteenth session, issue 13), read off the development splits by construction. The sentence
 * reading of lib/tone/features.ts stays as it is (frustration, repeat and urgency read it); this file refines the list
 * the agent sees (the questions cue and ToneReport.questions):
 *
 * - A question mark only inside a quote or a link ("the form asks 'What is your UTR?'", "…/help?id=3") asks nothing.
 * - A question without its mark: a question word with the verb straight after it ("WHY HAVE I BEEN BILLED £640.",
 *   "what is the point of your system."), "who …", "why …"; a request to someone after a comma at the end of an open
 *   sentence ("not sure what's going on, can someone explain").
 * - The indirect question of a letter, a request whose object is a question: "I would be grateful if you could
 *   advise whether …", "… confirm whether …". Not "just wondering if …", "I would like to know how …", «می‌خواستم
 *   بدونم …»: the older splits' writers count none of them (the newer ones some): left as they are.
 * - Two questions in one sentence: "What is that, and where would I find it?", "…, or what the hospital needs?" (a
 *   new question word, "how long" / "how much", or after ", and" / ";" an inverted verb). Not ", or can I …?" / "? or am I blind": one
 *   question with two choices, as the writers count it.
 * - Not questions: an auxiliary opening an order or a remark without a mark ("dont tell me to clear my cache",
 *   "would've been nice to be told"); Persian «هر کدوم» (whichever) and a question word after «نمی‌فهمم» /
 *   «نمی‌دونم» in a sentence without «؟» ("I don't understand why …" is a complaint, not a question).
 */
import type { CueContext } from '../cue.ts';
import type { LocalSpan } from '../features.ts';
import type { Evidence } from '../types.ts';
import { opens, textGate } from '../textgate.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const SPACE = /\s/;

const WH = new Set(['what', 'why', 'who', 'how', 'where', 'when', 'which']);
const AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'have', 'has', 'had', 'am']);
/** What may follow an inverted auxiliary in a question ("can I", "is there", "do you", "is my"). */
const SUBJECT = new Set(['i', 'you', 'u', 'we', 'they', 'it', 'there', 'my', 'your', 'our', 'the', 'this', 'that', 'he', 'she', 'someone', 'somebody', 'anyone', 'anybody', 'these', 'those', 'his', 'her', 'their']);
const ASKED = new Set(['you', 'u', 'someone', 'somebody', 'anyone', 'anybody', 'we', 'i']);
const CONJ = new Set(['or', 'and', 'also', 'plus']);
const CONTRACTED = /^['\u2019]?(?:s|re)$/;
/** "how long", "how much", "how often" open a question as a verb would. */
const WH_NEXT = new Set(['long', 'much', 'many', 'often', 'far', 'soon']);
const GREETING = new Set(['hey', 'hi', 'hello', 'hiya', 'heya', 'yo', 'also', 'and', 'plus', 'so']);

/** English indirect questions of a letter (the sentence asks even without a mark). */
const INDIRECT_EN =
  /\b(?:grateful|obliged)\b[^.?!]{0,60}?\bif\s+(?:you|someone|somebody|anyone)\s+(?:could|would|can|might)\b[^.?!]{0,40}?\b(?:advise|confirm|let\s+(?:me|us)\s+know|tell\s+(?:me|us)|explain|clarify|check)\s+(?:whether|if|what|when|how|which|who|where|why)\b/i;
/** Persian verbs of not knowing: a question word after them reports, it does not ask. */
const NOT_KNOWING = /^(?:نمیفهمم|نمیدونم|نمیدانم|نفهمیدم|نمیفهمیم)$/;
const FA_Q = new Set(['آیا', 'چرا', 'چطور', 'چطوری', 'چگونه', 'کجا', 'کجاست', 'کجاس', 'چقدر', 'کدام', 'کدوم', 'چیه', 'مگه', 'چنده']);

const isMark = (c: string) => c === '?' || c === '\u061f';

/** A word every match of INDIRECT_EN holds (a text gate, lib/tone/textgate.ts): a message without one is not scanned sentence by sentence. */
const INDIRECT_GATE = textGate(['grateful', 'obliged']);

/** The key of token i of a sentence ending before token `last` ('' past it). */
function keyAt(t: CueContext['doc']['tokens'], i: number, last: number): string {
  return i < last ? t[i].key : '';
}

/** Whether text[from, to) holds a question mark. */
function markIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3f || c === 0x61f) return true;
  }
  return false;
}

/** Whether text[from, to) holds a comma, a semicolon or an em dash. */
function cutIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x2014) return true;
  }
  return false;
}

/** What each mask of realMark opens with: a link, a double quote. */
const LINK_OPEN = /https?:\/\/|www\./i;
const QUOTE_OPEN = /["\u201c\u00ab]/;
const maskLink = (m: string) => (/[?\u061f]$/.test(m) && !/[?\u061f]/.test(m.slice(0, -1)) ? ' ?' : ' ');

/** Whether text[start, end) has a question mark outside links and quotes. */
function realMark(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  if (!/[?\u061f]/.test(s)) return false;
  // Each mask only where its opening mark is (a mask that cannot match leaves the text as it is).
  let masked = s;
  if (LINK_OPEN.test(masked)) masked = masked.replace(/\b(?:https?:\/\/|www\.)\S+/gi, maskLink);
  if (QUOTE_OPEN.test(masked)) masked = masked.replace(/(["\u201c\u00ab])[^"\u201d\u00bb\n]{1,200}?(["\u201d\u00bb])/g, ' ');
  const q = masked.indexOf("'");
  if (q >= 0 && masked.indexOf("'", q + 1) > q) masked = masked.replace(/(?<![A-Za-z])'[^'\n]{1,200}?'(?![A-Za-z])/g, ' ');
  for (const c of masked) if (isMark(c)) return true;
  return false;
}

/**
 * The refined list of questions (message offsets), from the sentence reading's list. Frustration, repeat and urgency
 * keep reading the first list (ctx.a.questions and ctx.questions before this module runs).
 */
export function refineQuestions(ctx: CueContext, found: readonly Evidence[]): Evidence[] {
  const doc = ctx.doc;
  const text = doc.text;
  const t = doc.tokens;
  if (t.length === 0) return [...found];
  const had = new Set(found.map((q) => q.start - ctx.offset));
  const out: LocalSpan[] = [];
  let ti = 0;
  const indirect = opens(ctx.low, INDIRECT_GATE);
  for (const s of doc.sentences) {
    let end = s.end;
    while (end > s.start && SPACE.test(text[end - 1])) end--;
    while (ti < t.length && t[ti].start < s.start) ti++;
    const first = ti;
    let last = first;
    while (last < t.length && t[last].start < end) last++;
    if (last === first) continue;
    const fa = t[first].fa;
    const anyMark = markIn(text, s.start, end);
    const stop = text[end - 1];
    const open = stop !== '.' && stop !== '!' && !anyMark;
    let isQ = had.has(s.start);
    if (isQ && anyMark && !realMark(text, s.start, end) && !(WH.has(keyAt(t, first, last)) || AUX.has(keyAt(t, first, last)))) isQ = false;
    if (isQ && !anyMark) {
      if (!fa) {
        // "dont tell me …", "would've been nice …": an auxiliary with its contraction opens an order or a remark.
        const c = t[first + 1];
        if (AUX.has(keyAt(t, first, last)) && c && c.contraction && !SUBJECT.has(keyAt(t, first + 2, last))) isQ = false;
      } else {
        let asks = false;
        for (let i = first; i < last; i++) {
          if (!FA_Q.has(t[i].key)) continue;
          if (t[i - 1]?.key === 'هر') continue;
          let reported = false;
          for (let j = Math.max(first, i - 3); j < i; j++) if (NOT_KNOWING.test(t[j].key.replace(/\u200c/g, ''))) reported = true;
          if (!reported) asks = true;
        }
        if (!asks) isQ = false;
      }
    }
    if (!isQ && !fa && !anyMark) {
      const k0 = keyAt(t, first, last);
      const k1 = keyAt(t, first + 1, last);
      // "WHY HAVE I BEEN BILLED £640." / "what is the point of your system." / "who even designed this".
      if (WH.has(k0) && (AUX.has(k1) || CONTRACTED.test(k1)) && k0 !== 'when') isQ = true;
      else if ((k0 === 'why' || k0 === 'who') && k1 !== '' && !/^[,;:]/.test(text.slice(t[first].end).trimStart())) isQ = true;
      else if (indirect && INDIRECT_EN.test(text.slice(s.start, end))) isQ = true;
      else if (open) {
        // "hey can u cancel my sub pls", "also do u do a sibling discount", "is anyone even working there": an inverted
        // verb addressed to the company, with no full stop after it.
        const j = GREETING.has(k0) ? first + 1 : first;
        if (AUX.has(keyAt(t, j, last)) && ASKED.has(keyAt(t, j + 1, last)) && keyAt(t, j + 1, last) !== 'i' && keyAt(t, j + 1, last) !== 'we') isQ = true;
      }
    }
    // Clauses: a second question after ", and" / ";" (", or" only with a new question word: "…, or can I …?" is one
    // question with two choices), or a request after a comma at the end of an open sentence.
    const cuts: number[] = [];
    if (!fa && (isQ || open)) {
      for (let i = first + 1; i < last - 1; i++) {
        if (!cutIn(text, t[i - 1].end, t[i].start)) continue;
        let j = i;
        if (CONJ.has(t[j].key) && j + 1 < last) j++;
        const a = t[j].key;
        const b = keyAt(t, j + 1, last);
        const wh = WH.has(a) && (AUX.has(b) || SUBJECT.has(b) || CONTRACTED.test(b) || WH_NEXT.has(b));
        const inverted = AUX.has(a) && (ASKED.has(b) || (j > i && SUBJECT.has(b)));
        if (!(wh || (inverted && t[i].key !== 'or'))) continue;
        // A plain sentence with an open request at its end: "not sure what's going on, can someone explain".
        if (!isQ && !(AUX.has(a) && ASKED.has(b) && open)) continue;
        cuts.push(i);
      }
    }
    if (isQ || cuts.length > 0) {
      let from = isQ ? s.start : t[cuts.shift()!].start;
      let fromTok = isQ ? first : -1;
      for (const c of cuts) {
        // A part that opens no question ("hiya, can I …?", "For my trip in October, do I need …?") joins the next.
        if (fromTok >= 0 && !opensQuestion(t, fromTok, c)) {
          fromTok = c;
          continue;
        }
        out.push({ start: from, end: trimEnd(text, from, t[c].start) });
        from = t[c].start;
        fromTok = c;
      }
      out.push({ start: from, end });
    }
  }
  return out.map((q) => ctx.ev(q));
}

/** Whether the tokens [from, to) open with a question word or an inverted auxiliary, within their first three words
 * ("Roughly what would it cost", "And is there …"). */
function opensQuestion(t: CueContext['doc']['tokens'], from: number, to: number): boolean {
  for (let i = from; i < Math.min(from + 3, to); i++) {
    const next = i + 1 < to ? t[i + 1].key : '';
    if (WH.has(t[i].key) && (AUX.has(next) || CONTRACTED.test(next) || WH_NEXT.has(next) || t[i].key === 'why')) return true;
    if (AUX.has(t[i].key) && SUBJECT.has(next) && (i === from || CONJ.has(t[i - 1].key))) return true;
  }
  return false;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;]/.test(text[end - 1])) end--;
  return end;
}
