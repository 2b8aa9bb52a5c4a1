/** Message length: a short message wants a short reply (unless it asks several questions); a long one a point-by-point reply. */
import { type CueModule, cue, NONE } from '../cue.ts';

export const LENGTH = { shortWords: 20, longWords: 180 } as const;

export function bucketOf(words: number): 'short' | 'medium' | 'long' {
  return words <= LENGTH.shortWords ? 'short' : words >= LENGTH.longWords ? 'long' : 'medium';
}

export const length: CueModule = {
  name: 'length',
  kinds: ['short', 'long'],
  examples: { fires: [{ text: 'Refund please.' }], quiet: ['Where is my order? And my refund? And the invoice?'] },
  read(ctx) {
    if (ctx.empty) return NONE;
    const bucket = bucketOf(ctx.a.words);
    if (bucket === 'long') return { score: ctx.a.words, cues: [cue('long', 'info', 'tone.cue.long', [])] };
    if (bucket === 'short' && ctx.questions.length <= 1) return { score: ctx.a.words, cues: [cue('short', 'info', 'tone.cue.short', [])] };
    return { score: ctx.a.words, cues: [] };
  },
};

export const strings = {
  en: { 'tone.cue.short': 'Short message: keep the reply short', 'tone.cue.long': 'Long message: reply point by point' },
  fa: { 'tone.cue.short': 'پیام کوتاه است: کوتاه پاسخ دهید', 'tone.cue.long': 'پیام بلند است: بند به بند پاسخ دهید' },
} as const;
