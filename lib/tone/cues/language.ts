/**
 * The language to reply in; no cue for a message without letters ("??"). Persian typed in Latin letters (Finglish:
 * "salam, mishe begid chera pardakhtam anjam nemishe?") is Persian: the customer reads Persian and types what their
 * keyboard or phone gives them, so the reply is in Persian (the evidence is the Finglish words, read as for the
 * casual register: at least FINGLISH_ENOUGH distinct ones, none of them an English word).
 */
import { type CueContext, type CueModule, cue, NONE } from '../cue.ts';
import type { DetectedLang } from '../../text/index.ts';
import type { Evidence } from '../types.ts';
import { readFinglish } from './register.kinds15.ts';

export const LANGUAGE_READING = Symbol('language');
const READING = LANGUAGE_READING;

/** The language to reply in, and the Finglish words when a Latin-script message is Persian (read once per message). */
export function replyLanguage(ctx: CueContext): { language: DetectedLang; finglish: Evidence[] } {
  const memo = ctx as CueContext & { [READING]?: { language: DetectedLang; finglish: Evidence[] } };
  if (memo[READING]) return memo[READING];
  const finglish = ctx.a.language === 'en' ? readFinglish(ctx) : [];
  return (memo[READING] = { language: finglish.length ? 'fa' : ctx.a.language, finglish });
}

export const language: CueModule = {
  name: 'language',
  kinds: ['language'],
  examples: {
    fires: [{ text: 'سلام، my order هنوز نرسیده' }, { text: 'Where is my parcel?' }, { text: 'salam, mishe begid chera sefaresham hanooz nayoomade?' }],
    quiet: ['??'],
  },
  read(ctx) {
    if (ctx.empty || ctx.a.tokens.length === 0) return NONE;
    const { language: lang, finglish } = replyLanguage(ctx);
    if (finglish.length) return { score: 1, cues: [cue('language', 'info', 'tone.cue.language.finglish', finglish)] };
    return { score: 1, cues: [cue('language', 'info', `tone.cue.language.${lang}`, [])] };
  },
};

export const strings = {
  en: {
    'tone.cue.language.en': 'Written in English: reply in English',
    'tone.cue.language.fa': 'Written in Persian: reply in Persian',
    'tone.cue.language.finglish': 'Persian typed in Latin letters: reply in Persian',
    'tone.cue.language.mixed': 'Mixes Persian and English: reply in the main language, keep their terms',
    'tone.cue.language.other': 'Written in another language: check before replying',
  },
  fa: {
    'tone.cue.language.en': 'به انگلیسی نوشته: به انگلیسی پاسخ دهید',
    'tone.cue.language.fa': 'به فارسی نوشته: به فارسی پاسخ دهید',
    'tone.cue.language.finglish': 'فارسی را با حروف لاتین نوشته (فینگلیش): به فارسی پاسخ دهید',
    'tone.cue.language.mixed': 'فارسی و انگلیسی را با هم نوشته: به زبان اصلی پیام پاسخ دهید و اصطلاحات خودش را نگه دارید',
    'tone.cue.language.other': 'به زبان دیگری نوشته: پیش از پاسخ، زبان را بررسی کنید',
  },
} as const;
