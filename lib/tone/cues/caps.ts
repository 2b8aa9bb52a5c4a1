/** Shouting: two or more upper-case words in a row that are not acronyms (ASAP, PDF, VAT). */
import { type CueModule, cue, NONE } from '../cue.ts';

export const caps: CueModule = {
  name: 'caps',
  kinds: ['caps'],
  examples: { fires: [{ text: 'WHY IS MY ACCOUNT STILL LOCKED???', evidence: ['WHY IS MY ACCOUNT STILL LOCKED'] }], quiet: ['I sent the PDF and the VAT number.'] },
  read(ctx) {
    if (ctx.empty || ctx.a.shoutWords < 2) return NONE;
    return { score: ctx.a.shoutWords, cues: [cue('caps', 'warning', 'tone.cue.caps', ctx.a.caps.map((s) => ctx.ev(s, 'tone.why.caps')))] };
  },
};

export const strings = {
  en: { 'tone.cue.caps': 'Writing in capitals: stay calm and clear' },
  fa: { 'tone.cue.caps': 'با حروف بزرگ نوشته: آرام و روشن پاسخ دهید' },
} as const;
