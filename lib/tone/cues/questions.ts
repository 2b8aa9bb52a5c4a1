/**
 * Questions to answer: sentences with ? or ؟, or opened by a question word without one ("how do I
 * change my address"). A message that is only "??" is a question too ("what is going on?").
 */
import { type CueModule, cue } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { refineQuestions } from './questions.kinds15.ts';
import { indirectOnlyQuestion } from './questions.kinds16.ts';
import { questions20 } from './questions.kinds20.ts';
import { requests32, setPanelList } from './questions.kinds32.ts';
import { joinedAsks38 } from './questions.kinds38.ts';

/** Tools only: kinds38's split switched off to measure it. */
export const JOINED = { on: true };

export const questions: CueModule = {
  name: 'questions',
  kinds: ['questions'],
  examples: {
    fires: [
      { text: 'Where is my order? How do I change my address', evidence: ['Where is my order?', 'How do I change my address'] },
      { text: 'سفارشم کجاست؟ کی میرسه؟', evidence: ['سفارشم کجاست؟'] },
    ],
    quiet: ['When I tried to pay, the page froze.', 'سفارش را دیروز تحویل گرفتم.'],
  },
  read(ctx) {
    // The agent's list (and ToneReport.questions) is the refined one; the modules read before this one keep the first.
    const questionsOnly = (ctx.questions = questions20(ctx, indirectOnlyQuestion(ctx, refineQuestions(ctx, ctx.questions))));
    // ask32: the panel lists the requests too (ToneReport.questions); the cues read after this one keep ctx.questions.
    // kinds38: two asks joined in one sentence are listed apart.
    const list = JOINED.on ? joinedAsks38(ctx, requests32(ctx, questionsOnly)) : requests32(ctx, questionsOnly);
    setPanelList(ctx, list);
    if (ctx.empty || list.length === 0) return { score: list.length, cues: [] };
    const long = ctx.a.words >= 180;
    if (list.length >= 2) return { score: list.length, cues: [cue('questions', list.length >= 4 ? 'warning' : 'info', 'tone.cue.questions', list, { count: list.length })] };
    if (long) return { score: 1, cues: [cue('questions', 'info', 'tone.cue.question', list, { count: 1 })] };
    return { score: 1, cues: [] };
  },
};

/** The question spans, plus a bare "??" when the message has no words. */
export function questionSpans(found: Evidence[], latest: string, offset: number, message: string): Evidence[] {
  if (found.length > 0) return found;
  const m = /^\s*([?\u061f]+[!?\u061f]*)\s*$/.exec(latest);
  if (!m) return found;
  const start = offset + latest.indexOf(m[1]);
  return [{ start, end: start + m[1].length, text: message.slice(start, start + m[1].length) }];
}

export const strings = {
  en: { 'tone.cue.question': 'One question or request: answer it directly', 'tone.cue.questions': '{count} questions and requests: answer each one', 'tone.why.request': 'A request: asks for something to be done' },
  fa: { 'tone.cue.question': 'یک پرسش یا درخواست دارد: مستقیم جوابش را بدهید', 'tone.cue.questions': '{count} پرسش و درخواست دارد: به همه‌شان جواب دهید', 'tone.why.request': 'درخواست: خواسته‌ای که باید انجام شود' },
} as const;
