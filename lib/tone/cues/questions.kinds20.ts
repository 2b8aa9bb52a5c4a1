/**
 * Questions, the twentieth session's kinds, read off late17, late18 and late19 (and checked on look-alikes of our own,
 * tests/unit/tone/questions-kinds20.test.ts). They refine the list after questions.kinds15/16:
 *
 * - A question inside a run-on sentence without its mark: an inverted verb addressed to the company ("… checked the
 *   sheds too can you see where the driver left it cheers dave", "… to get to the shops is there something we can
 *   reset"), or a question word with its verb after a joiner ("… yesterday but where do i download the certificate",
 *   "… preparing lol what is going on"), or opening the sentence with a noun between ("what time does the branch on
 *   king st close today"). One per run: "is there X or does someone need to come out" is one question with two
 *   choices, as the writers count it. Not: "the problem is there is no signal", "but what was delivered was wrong",
 *   "I know what is going on", "so do you", a relative "the one you can see".
 * - A numbered list of questions in one sentence: "1) can i change my address? 2) do u ship to ireland 3) whats the
 *   return window?" counts one per item that opens a question.
 * - A second question after ", and" with an inverted verb and its noun subject: "Do you offer an education licence,
 *   and can students sign up without a card?" (", and was told …" is no question).
 * - Persian: «می‌خواستم بدونم / فقط می‌خوام بدونم / خواستم ببینم …» with a question word or «یا … (نه)» after it asks
 *   (late17, late18 and late19 count it, beside a direct question too); a question word after a past verb of asking
 *   («پرسیده بودم که چرا …») without «؟» tells an earlier question, it asks nothing now.
 */
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';
import { opens, textGate } from '../textgate.ts';

const WH = new Set(['what', 'why', 'who', 'how', 'where', 'when', 'which']);
const AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'have', 'has', 'am']);
/** What follows the verb of a question word's question ("where do i", "what is going on", "what time does the …"). */
const AFTER_VERB = new Set(['i', 'you', 'we', 'they', 'it', 'he', 'she', 'my', 'your', 'our', 'the', 'this', 'that', 'there', 'a', 'an', 'his', 'her', 'their', 'going', 'happening', 'wrong', 'up', 'someone', 'anyone']);
/** An inverted verb with these after it asks the company ("can you", "could someone"). */
const ADDRESSED = new Set(['you', 'someone', 'somebody', 'anyone', 'anybody']);
/**
 * Inside a run-on sentence only these verbs open a question: "should you require …", "had you told me …" are
 * conditions, "would you" is mostly a request.
 */
const RUN_ON_AUX = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'is', 'are']);
/**
 * What the company is asked to know, see or tell ("can you see where …", "do you know when …", "do you sell …"): a
 * request to act without a mark ("pls could u reset my pin", "can someone send it today") is a request, which the
 * writers do not count as a question.
 */
const ASKS_TO_KNOW = new Set(['see', 'tell', 'check', 'confirm', 'find', 'advise', 'explain', 'know', 'let', 'look', 'say', 'have', 'sell', 'offer', 'ship', 'deliver', 'accept', 'take', 'open', 'do', 'work', 'need', 'think', 'remember']);
/** "is there" asks with these after it ("is there any way", "is there something"). */
const THERE_NEXT = new Set(['a', 'an', 'any', 'anything', 'something', 'someone', 'anyone', 'some', 'way', 'no']);
/** Words after which an inverted verb is no question ("so do you", "neither can I", "as do you", "than did you"). */
const NOT_BEFORE_INVERTED = new Set(['so', 'neither', 'nor', 'than', 'as', 'if', 'whether', 'or', 'that', 'what', 'where', 'how', 'when', 'why', 'which', 'who', 'know', 'wonder', 'wondering']);
/** Joiners after which a question word opens a new question in a run-on sentence. */
const JOINERS = new Set(['but', 'so', 'lol', 'lmao', 'haha', 'and', 'also', 'anyway', 'ok', 'okay', 'btw', 'then', 'plus', 'ugh', 'hmm']);

/** The sentence [from, to) of tokens at each sentence of the doc. */
function sentenceTokens(t: readonly ToneToken[], s: { start: number; end: number }, from: number): [number, number] {
  let a = from;
  while (a < t.length && t[a].start < s.start) a++;
  let b = a;
  while (b < t.length && t[b].start < s.end) b++;
  return [a, b];
}

const isMarkCode = (c: number) => c === 0x3f || c === 0x61f;
function hasMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isMarkCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether token i opens a question inside a run-on English sentence (see the file's head). */
function opensRunOn(t: readonly ToneToken[], i: number, first: number, last: number): boolean {
  const k = t[i].key;
  const prev = i > first ? t[i - 1].key : '';
  const n1 = i + 1 < last ? t[i + 1].key : '';
  const n2 = i + 2 < last ? t[i + 2].key : '';
  if (RUN_ON_AUX.has(k) && i > first && !NOT_BEFORE_INVERTED.has(prev) && !WH.has(prev)) {
    if (ADDRESSED.has(n1) && ASKS_TO_KNOW.has(n2)) return true;
    if (n1 === 'there' && THERE_NEXT.has(n2)) return true;
    return false;
  }
  if (WH.has(k) && (i === first || JOINERS.has(prev))) {
    // "Anyway, how do I put this.": a filler before the matter, no question.
    const n3k = i + 3 < last ? t[i + 3].key : '';
    if (k === 'how' && (n3k === 'put' || n3k === 'say') && (n2 === 'i' || n2 === 'we')) return false;
    if (AUX.has(n1) && AFTER_VERB.has(n2)) return true;
    // "what time does the branch close", "which size should i get": a noun between the word and its verb.
    const n3 = i + 3 < last ? t[i + 3].key : '';
    if ((k === 'what' || k === 'which' || k === 'how') && !AUX.has(n1) && !AFTER_VERB.has(n1) && AUX.has(n2) && AFTER_VERB.has(n3)) return true;
  }
  return false;
}

/** Questions in run-on English sentences without a mark that no earlier reader counted. */
function runOnQuestions(ctx: CueContext, list: Evidence[]): Evidence[] {
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  const had = list.map((q) => [q.start - ctx.offset, q.end - ctx.offset]);
  const add: Evidence[] = [];
  let from = 0;
  for (const s of ctx.doc.sentences) {
    const [first, last] = sentenceTokens(t, s, from);
    from = last;
    if (last - first < 4 || t[first].fa || hasMark(text, s.start, s.end)) continue;
    if (had.some(([a, b]) => a < s.end && b > s.start)) continue;
    for (let i = first; i < last - 2; i++) {
      if (!opensRunOn(t, i, first, last)) continue;
      let end = s.end;
      while (end > t[i].start && /\s/.test(text[end - 1])) end--;
      add.push(ctx.ev({ start: t[i].start, end }));
      break;
    }
  }
  return add.length ? [...list, ...add].sort((a, b) => a.start - b.start) : list;
}

/** Items of a numbered list inside one question span: "1) … 2) … 3) …". */
const LIST_GATE = textGate(['1)', '2)', '3)', '4)', '5)']);
const ITEM = /(?:^|\s)(\d)\)\s+/g;
/** An item that opens a question: an inverted verb or a question word ("do u ship", "whats the return window"). */
const ITEM_ASKS = /^(?:(?:do|does|can|could|is|are|will|would|should|did)\s+(?:i|u|you|we|it|there|my|the|they)\b|(?:what|where|when|how|why|which|who)(?:'?s)?\b)/;

function splitNumbered(ctx: CueContext, list: Evidence[]): Evidence[] {
  if (!opens(ctx.low, LIST_GATE)) return list;
  const out: Evidence[] = [];
  for (const q of list) {
    const local = q.start - ctx.offset;
    const cuts: number[] = [];
    for (const m of q.text.matchAll(ITEM)) {
      const at = m.index! + m[0].length;
      if (at <= 3) continue;
      const rest = q.text.slice(at).toLowerCase();
      // The item opens a question: an inverted verb or a question word ("do u ship", "whats the return window").
      if (ITEM_ASKS.test(rest)) cuts.push(m.index! + m[0].length - m[0].trimStart().length);
    }
    if (cuts.length === 0) {
      out.push(q);
      continue;
    }
    // A lead-in before the first item ("quick ones:", "Two things:") asks nothing of its own: it joins the first item.
    const lead = q.text.slice(0, cuts[0]);
    if (!/\?\s*$/.test(lead.trimEnd()) && !ITEM_ASKS.test(lead.replace(/^\s*\d\)\s*/, '').toLowerCase())) cuts.shift();
    let a = 0;
    for (const c of cuts) {
      let e = c;
      while (e > a && /[\s,;]/.test(q.text[e - 1])) e--;
      if (e > a) out.push(ctx.ev({ start: local + a, end: local + e }));
      a = c;
    }
    out.push(ctx.ev({ start: local + a, end: local + q.text.length }));
  }
  return out;
}

/** ", and can students sign up …?": a second question with a noun subject after ", and" and an inverted verb. */
const AND_AUX = new Set(['do', 'does', 'did', 'is', 'are', 'can', 'could', 'will', 'would', 'should']);
function splitAndInverted(ctx: CueContext, list: Evidence[]): Evidence[] {
  if (ctx.fa) return list;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  const out: Evidence[] = [];
  for (const q of list) {
    const local = q.start - ctx.offset;
    const end = local + q.text.length;
    if (!/\?\s*$/.test(q.text)) {
      out.push(q);
      continue;
    }
    let cut = -1;
    for (let i = 1; i < t.length - 3; i++) {
      const x = t[i];
      if (x.start <= local + 8 || x.end >= end || x.key !== 'and') continue;
      if (!text.slice(t[i - 1].end, x.start).includes(',')) continue;
      const v = t[i + 1];
      const n = t[i + 2];
      if (!AND_AUX.has(v.key) || n.start >= end || n.key === 'not' || n.verb || /ed$/.test(n.key) || ADDRESSED.has(n.key) || n.key === 'i' || n.key === 'we' || n.key === 'there') continue;
      // The part before asks too (an inverted verb or a question word opens it).
      const k0 = t.find((y) => y.start >= local)?.key ?? '';
      if (!AUX.has(k0) && !WH.has(k0)) continue;
      cut = x.start;
      break;
    }
    if (cut < 0) {
      out.push(q);
      continue;
    }
    let e = cut;
    while (e > local && /[\s,;]/.test(text[e - 1])) e--;
    out.push(ctx.ev({ start: local, end: e }), ctx.ev({ start: cut, end }));
  }
  return out;
}

/** Persian: the colloquial indirect question, and a reported earlier one. */
const FA_GATE = textGate(['بدونم', 'بدانم', 'ببینم', 'پرسید', 'پرسیده']);
const WANT_FA = /^(?:میخواستم|میخوام|میخواهم|خواستم|میخواستیم|میخوایم)$/;
const KNOW_FA = /^(?:بدونم|بدانم|ببینم|بدونیم|ببینیم)$/;
const ASKED_FA = /^(?:پرسیدم|پرسیده|پرسیدیم|پرسیده‌بودم)$/;
const FA_QWORD = new Set(['چرا', 'چطور', 'چطوری', 'چگونه', 'کجا', 'کی', 'چقدر', 'کدام', 'کدوم', 'چی', 'چه', 'آیا', 'یا']);

function persian(ctx: CueContext, list: Evidence[]): Evidence[] {
  if (!ctx.fa || !opens(ctx.low, FA_GATE)) return list;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  let out = list;
  let from = 0;
  for (const s of ctx.doc.sentences) {
    const [first, last] = sentenceTokens(t, s, from);
    from = last;
    if (hasMark(text, s.start, s.end)) continue;
    const inList = out.find((q) => q.start - ctx.offset < s.end && q.end - ctx.offset > s.start);
    for (let i = first; i < last - 1; i++) {
      // «پرسیده بودم که چرا …»: an earlier question told, without a mark.
      if (inList && ASKED_FA.test(t[i].key) && t.slice(i + 1, Math.min(last, i + 4)).some((y) => FA_QWORD.has(y.key) && y.key !== 'یا')) {
        out = out.filter((q) => q !== inList);
        break;
      }
      // «فقط می‌خوام بدونم … یا نه», «می‌خواستم ببینم … باید … یا …»: asks.
      if (!inList && WANT_FA.test(t[i].key) && KNOW_FA.test(t[i + 1].key) && t.slice(i + 2, last).some((y) => FA_QWORD.has(y.key))) {
        let end = s.end;
        while (end > s.start && /\s/.test(text[end - 1])) end--;
        out = [...out, ctx.ev({ start: s.start, end })].sort((a, b) => a.start - b.start);
        break;
      }
    }
  }
  return out;
}

/** The list refined by this session's kinds. */
export function questions20(ctx: CueContext, list: Evidence[]): Evidence[] {
  if (ctx.doc.tokens.length === 0) return list;
  if (ctx.fa) return persian(ctx, list);
  return splitAndInverted(ctx, splitNumbered(ctx, runOnQuestions(ctx, list)));
}
