/** The language to reply in; no cue for a message without letters ("??"). */
import { type CueModule, cue, NONE } from '../cue.ts';

export const language: CueModule = {
  name: 'language',
  kinds: ['language'],
  examples: {
    fires: [{ text: 'سلام، my order هنوز نرسیده' }, { text: 'Where is my parcel?' }],
    quiet: ['??'],
  },
  read(ctx) {
    if (ctx.empty || ctx.a.tokens.length === 0) return NONE;
    return { score: 1, cues: [cue('language', 'info', `tone.cue.language.${ctx.a.language}`, [])] };
  },
};

export const strings = {
  en: {
    'tone.cue.language.en': 'Written in English: reply in English',
    'tone.cue.language.fa': 'Written in Persian: reply in Persian',
    'tone.cue.language.mixed': 'Mixes Persian and English: reply in the main language, keep their terms',
    'tone.cue.language.other': 'Written in another language: check before replying',
  },
  fa: {
    'tone.cue.language.en': 'به انگلیسی نوشته: به انگلیسی پاسخ دهید',
    'tone.cue.language.fa': 'به فارسی نوشته: به فارسی پاسخ دهید',
    'tone.cue.language.mixed': 'فارسی و انگلیسی را با هم نوشته: به زبان اصلی پیام پاسخ دهید و اصطلاحات خودش را نگه دارید',
    'tone.cue.language.other': 'به زبان دیگری نوشته: پیش از پاسخ، زبان را بررسی کنید',
  },
} as const;
