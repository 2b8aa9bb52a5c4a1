/**
 * Questions, the sixteenth session's kind (issue 13), read off late13, late12, late10, late8, late6 and fresh4 (and
 * Persian late10, late12, fresh4): the indirect question that is the message's only question. Since late6 the writers
 * count "I would like to know whether …", "I just need to know if …", "I want to know who is going to …", "I am
 * writing only to ask whether …", "We also wish to know whether …", «خواستم بپرسم آیا …», «می‌خواستم بدانم … چه وقت
 * است» as one question when nothing else in the message asks (the older splits counted none; a message that also
 * asks directly, "I just want to know how to claim. Is it per journey?", counts one, so the indirect one adds nothing
 * there). Not: a noun after the verb ("I only need to know the return address"), "thought you'd want to know", a
 * negated verb ("I don't need to know why"), colloquial «فقط می‌خوام بدونم …» (the writers split on it).
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { opens, textGate } from '../textgate.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const SPACE = /\s/;
const QUESTION_MARK = /[?\u061f]/;
const ARABIC_LETTER = /[\u0600-\u06ff]/;
const ENDS_ASKING = /[?]\s*$/;
const AND_WHETHER_ENDING = /,\s+and\s+(?:whether|if\s+so)/i;
/** indirectOnlyQuestion's words (a text gate, lib/tone/textgate.ts). */
const INDIRECT_ASK = textGate(['know', 'ask', 'understand', 'بپرسم', 'بدانم']);

const ASK_EN =
  /\b(?:(?:would|'d|\u2019d)\s+(?:also\s+|just\s+)?like\s+to\s+(?:know|understand)|(?:need|want|wish)\s+to\s+know(?:\s+today)?|writ(?:e|ing)\s+(?:only\s+|just\s+)?to\s+ask|(?:only|just)\s+asking)\s+(?:whether|if|what|who|how|when|where|which|why)\b/i;
const NEGATED_EN = /(?:\bnot|\bnever|n't|n\u2019t|\bno)\s+(?:\w+\s+){0,2}$/i;
const ASK_FA = /(?:^|[\s\u060c,.])(?:(?:می[\u200c ]?)?خواستم\s+بپرسم|(?:می[\u200c ]?خواستم|می[\u200c ]?خواهم)\s+بدانم)(?:[\s\u060c,]|$)/;

/**
 * A casual question without its mark at the end of an open sentence (no full stop, no mark), read off late13, late10
 * and fresh4: after a comma, a dash or an emoji a question word with its verb ("…😭 how long does an appeal take",
 * "anyway, how do i change my billing address"), or a follow-on question opened by "and" / "or" / "also" with an
 * inverted verb ("? and is there an extra charge 🍕", "?? or is my email the problem", "did something reset").
 * Not: a relative "which" / "who" after a comma ("my order, which is late"), "and did it again" inside a sentence
 * (no cut before it), a sentence closed by a full stop or "!".
 */
const OPEN_CLAUSE_EN =
  /(?:^|[,;\u2014\u2013]\s*|\p{Extended_Pictographic}\s*)(?:(?:anyway|also|and|or|plus),?\s+)?(?:(?:how|what|where|why)\s+(?:do|does|did|is|are|was|were|can|could|will|would|should|long|much|many|often)|(?:do|does|did|is|are|can|could|will|would|should)\s+(?:i|you|u|we|it|there|my|your|ur|the|this|that|something|anything|they))\b/iu;
const CONJ_OPEN = /^(?:and|or|also|plus|anyway),?\s/i;

/** The marks that close a sentence read by openClauseQuestions (one character each). */
const CLOSING_MARKS = '?\u061f.!:';

function openClauseQuestions(ctx: CueContext, list: readonly Evidence[]): Evidence[] {
  const text = ctx.doc.text;
  const out = [...list];
  const had = list.map((q) => [q.start - ctx.offset, q.end - ctx.offset]);
  for (const s of ctx.doc.sentences) {
    let end = s.end;
    while (end > s.start && SPACE.test(text[end - 1])) end--;
    if (end <= s.start) continue;
    // A sentence closed by a mark (most are) is left before its text is copied out.
    if (CLOSING_MARKS.includes(text[end - 1])) continue;
    const sent = text.slice(s.start, end);
    if (QUESTION_MARK.test(sent) || ARABIC_LETTER.test(sent)) continue;
    if (had.some(([a, b]) => a < end && b > s.start)) continue;
    const m = OPEN_CLAUSE_EN.exec(sent);
    if (!m) continue;
    // At the sentence's start only after "and" / "or" / "also": a bare opening verb is the older module's call.
    if (m.index === 0 && !CONJ_OPEN.test(sent) && !/^(?:how|what|where|why)\s/i.test(sent) && !/^did\s+(?:something|anything)\b/i.test(sent)) continue;
    // Not a line of a signature or a list: the clause runs to the sentence's end and has at least three words.
    const from = s.start + m.index + (m[0].match(/^(?:[,;\u2014\u2013\s\ufe0f]|\p{Extended_Pictographic})*/u)?.[0].length ?? 0);
    if (text.slice(from, end).trim().split(/\s+/).length < 3) continue;
    out.push(ctx.ev({ start: from, end }));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Two questions in one asking sentence joined by ", and whether …" or ", and if so, what …" (read off late13, late8 and
 * fresh: "Could you tell me what else you need, and whether the final bill can go to my address?", "Could you advise
 * whether X, and whether we need a new host ID?", "Is there an academic discount, and if so how do I apply?"). Every
 * such question over the development splits counts two. Not ", or whether …" (one question with two choices), nor
 * "and whether" without the comma inside one clause ("check whether A and whether B arrived" is rare and left).
 */
const AND_WHETHER = /,\s+and\s+(?:whether\b|if\s+so,?\s+(?:what|how|when|where|which|who|why|do|does|is|are|can|could|will|would|should)\b)/gi;

function splitAndWhether(ctx: CueContext, list: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const q of list) {
    const local = q.start - ctx.offset;
    if (ctx.fa || !ENDS_ASKING.test(q.text) || !AND_WHETHER_ENDING.test(q.text)) {
      out.push(q);
      continue;
    }
    let from = 0;
    for (const m of q.text.matchAll(AND_WHETHER)) {
      const cut = m.index! + m[0].indexOf('and');
      if (cut - from < 12) continue;
      out.push(ctx.ev({ start: local + from, end: local + m.index! }));
      from = cut;
    }
    out.push(from === 0 ? q : ctx.ev({ start: local + from, end: local + q.text.length }));
  }
  return out;
}

/** The indirect question of a message that asks nothing else (the list as refined so far). */
export function indirectOnlyQuestion(ctx: CueContext, found: readonly Evidence[]): Evidence[] {
  const list = splitAndWhether(ctx, openClauseQuestions(ctx, found));
  if (list.length > 0) return list;
  const text = ctx.doc.text;
  if (!opens(ctx.low, INDIRECT_ASK)) return [];
  for (const s of ctx.doc.sentences) {
    const sent = text.slice(s.start, s.end);
    if (/[?\u061f]/.test(sent)) continue;
    const m = ASK_EN.exec(sent) ?? ASK_FA.exec(sent.replace(/[\u064a\u0649]/g, '\u06cc'));
    if (!m) continue;
    if (NEGATED_EN.test(sent.slice(0, m.index + (m[0].match(/^\W*/)?.[0].length ?? 0)))) continue;
    let end = s.end;
    while (end > s.start && SPACE.test(text[end - 1])) end--;
    return [ctx.ev({ start: s.start, end })];
  }
  return [];
}
