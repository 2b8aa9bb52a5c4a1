/**
 * Academic signature: a title or affiliation (Dr., Prof., university, «دکتر», «دانشگاه») in the
 * closing or signature, or on the message's last short lines when there is no closing line
 * ("…\nدکتر علی محمدی"); a physician's "Dr" signing the message counts (academic.sig38.ts). In the body
 * it counts half ("I'm a PhD student" alone is not enough) and a bare Dr inside a sentence ("my Dr
 * said", «نوبت دکتر») nothing; in the greeting ("Dear Dr. Smith") it is the agent's title, not the customer's.
 */
import type { TextSpan } from '../../text/message.ts';
import { type CueModule, cue, NONE } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { academicKinds15Lexicon, physicianOnly, tailIsSignature } from './academic.kinds15.ts';
import { notAcademic19 } from './academic.kinds19.ts';
import { academicSig38Lexicon, bodyBareTitle38, isStreetDr, sig38, signatureTitle38 } from './academic.sig38.ts';

const C = { title: 'academic', opener: 'academic.opener' } as const;

export const THRESHOLD = 1;

const en = {
  [C.title]: {
    dr: 1, prof: 1.2, professor: 1.2, phd: 1.2, 'ph.d': 1.2, university: 1, univ: 0.8, 'faculty of': 0.9, 'department of': 0.8, 'dept. of': 0.8,
    institute: 0.8, lecturer: 1, researcher: 0.9, 'research fellow': 1, 'postdoc*': 1, 'associate professor': 1.2, 'assistant professor': 1.2,
    'school of': 0.5, college: 0.5, laboratory: 0.6, lab: 0.3, 'assoc. prof': 1.2, 'politecnico': 1, 'universität': 1, 'université': 1,
  },
  [C.opener]: { dr: 1, prof: 1, professor: 1, 'assoc': 1, 'assoc. prof': 1 },
};

const fa = {
  [C.title]: {
    'دکتر': 1, 'دانشگاه': 1, 'دانشکده': 1, 'استاد': 0.7, 'استادیار': 1.2, 'دانشیار': 1.2, 'هیئت علمی': 1.3, 'هیات علمی': 1.3,
    'پژوهشگاه': 1, 'پژوهشکده': 1, 'پژوهشگر': 0.9, 'دانشجوی دکتری': 1, 'دکترای': 0.9,
  },
  [C.opener]: { 'دکتر': 1, 'استاد': 1, 'استادیار': 1, 'دانشیار': 1, 'پروفسور': 1 },
};

export const academic: CueModule = {
  name: 'academic',
  kinds: ['academic'],
  lexicon: [en, fa, academicKinds15Lexicon, academicSig38Lexicon],
  examples: {
    fires: [
      { text: 'Hello,\nThe key does not work.\n\nBest regards,\nDr. Sara Karimi\nUniversity of Tehran', evidence: ['Dr', 'University'] },
      { text: 'سلام\nلایسنس فعال نمی‌شود.\nدکتر علی محمدی', evidence: ['دکتر'] },
      { text: 'Hi, can I pause my membership in October?\nThanks,\nDr Amara Eze, Consultant Haematologist', evidence: ['Dr'] },
    ],
    quiet: ["Hi, I'm a PhD student and I'd like a discount.", 'Dear Dr. Smith, thank you for the call.', 'Hi, my Dr said I need a letter for work. Can you send it?\nThanks,\nJane', 'سلام. برای دکتر چشم نوبت گرفتم. نوبت دکتر ثبت شده؟'],
  },
  read(ctx) {
    const evidence: Evidence[] = [];
    let score = 0;
    for (const r of ctx.outer) {
      for (const h of r.hits) {
        if (h.category !== C.title) continue;
        if (sig38.on && isStreetDr(ctx.message, r.span.start + h.start, r.span.start + h.end)) continue;
        score += h.weight;
        evidence.push(ctx.ev(h, 'tone.why.title', r.span.start));
      }
    }
    // No closing line: the last short lines of the body are a signature when they open with a title.
    // (Only read when the body holds a title at all: most messages have none.)
    const titled = ctx.hits.some((h) => h.category === C.title);
    const tail = titled && ctx.outer.length === 0 ? signatureTail(ctx.doc.text, ctx.doc.tokens.map((t) => t.start)) : null;
    const greetingEnd = ctx.parts.greeting ? ctx.parts.greeting.end - ctx.parts.latest.start : -1;
    const tailStart = tail ? tail.start : null;
    for (const h of ctx.hits) {
      if (h.category !== C.title || h.end <= greetingEnd || bodyBareTitle38(ctx, h, tailStart)) continue;
      const inTail = tail !== null && h.start >= tail.start;
      score += inTail ? h.weight : h.weight / 2;
      evidence.push(ctx.ev(h, 'tone.why.title'));
    }
    // A title or affiliation in the signature shows the cue whatever the trade (academic.sig38.ts).
    const signed = signatureTitle38(ctx, C.title, tailStart);
    if (tail && !signed && !tailIsSignature(ctx, tail.start, C.title, C.opener)) {
      // The tail was only a guess: its first word must be a title.
      score = Math.min(score, 0.9);
    }
    if (score < THRESHOLD || (!signed && physicianOnly(ctx, evidence)) || notAcademic19(ctx, evidence, signed)) return { score, cues: [] };
    return { score, cues: [cue('academic', 'warning', 'tone.cue.academic', evidence)] };
  },
};

/** The last 1–3 lines when they are short (≤ 6 words, no sentence punctuation), from the first token of the topmost one. */
function signatureTail(text: string, tokenStarts: readonly number[]): TextSpan | null {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const l of text.split('\n')) {
    lines.push({ start: at, text: l });
    at += l.length + 1;
  }
  let start = -1;
  let taken = 0;
  for (let i = lines.length - 1; i >= 1 && taken < 3; i--) {
    const line = lines[i].text.trim();
    if (line === '') continue;
    if (line.split(/\s+/).length > 6 || /[.!?؟:]$/.test(line.replace(/\b(?:Dr|Prof|Assoc)\.$/, ''))) break;
    start = lines[i].start;
    taken++;
  }
  if (taken === 0) return null;
  const first = tokenStarts.find((s) => s >= start);
  return first === undefined ? null : { start: first, end: text.length, text: text.slice(first) };
}

export const strings = {
  en: { 'tone.cue.academic': 'Signed with a title or affiliation: formal reply, use their title, no emoji', 'tone.why.title': 'title or affiliation in the signature' },
  fa: { 'tone.cue.academic': 'امضا با عنوان یا وابستگی دانشگاهی: رسمی بنویسید، با عنوانشان خطاب کنید و شکلک نگذارید', 'tone.why.title': 'عنوان یا وابستگی در امضا' },
} as const;
