/** Friendly emoji invite a warm tone, unless the writer is academic or frustrated. */
import { type CueModule, cue, NONE } from '../cue.ts';

export const emoji: CueModule = {
  name: 'emoji',
  kinds: ['emoji'],
  examples: { fires: [{ text: 'Love the new app 😍 thanks a lot!', evidence: ['😍'] }], quiet: ['My parcel is lost again 😡😡 unacceptable'] },
  read(ctx) {
    const e = ctx.a.emoji;
    if (ctx.empty || e.count <= e.negative) return NONE;
    if ((ctx.got.academic?.cues.length ?? 0) > 0 || (ctx.got.frustration?.cues.length ?? 0) > 0) return { score: e.count, cues: [] };
    return { score: e.count, cues: [cue('emoji', 'info', 'tone.cue.emoji', e.spans.map((s) => ctx.ev(s, 'tone.why.emojiUsed')))] };
  },
};

export const strings = {
  en: { 'tone.cue.emoji': 'Uses emoji: a warm tone fits', 'tone.why.emojiUsed': 'emoji' },
  fa: { 'tone.cue.emoji': 'از شکلک استفاده کرده: لحن گرم مناسب است', 'tone.why.emojiUsed': 'شکلک' },
} as const;
