/**
 * English letter register (fifteenth session, issue 13): formal needs the evidence of a letter, not one polite
 * phrase. Read by family over the development splits' English messages (writers' rule: formal = letter register,
 * "Dear Sir or Madam", "I am writing to", "Yours faithfully", "Kindly", "I would be grateful if"; plain polite
 * written English is neither formal nor casual):
 *
 * - The learnt score alone fired on plain polite mail whose one sign was a closing ("Kind regards" alone: 2 of 32
 *   messages labelled formal), "As per my previous email", "Please find attached", or on polished prose (capitals,
 *   full stops, "I am", "cannot"). A single marker family is never enough.
 * - A letter shows itself by two families (a "Dear …" salutation and "I am writing to"; "Kindly" and "Yours …"):
 *   over the splits two distinct families are formal in 150 of 160 messages.
 * - Some formulas are a letter on their own: "Dear Sir or Madam", "To whom it may concern", "Yours faithfully",
 *   "Yours sincerely", "Sincerely" (formal in every message that has one).
 *
 * The closing and signature (analysed apart from the latest words) count as much as the body: "Yours faithfully"
 * is often the only formula outside the salutation.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { OFFICIAL } from './register.kinds.ts';
import { opens, textGate } from '../textgate.ts';
import { FINGLISH } from '../anchors.ts';
import { FINGLISH_ENOUGH, finglishClass } from './finglish.ts';

interface Family {
  name: string;
  re: RegExp;
  /** Enough on its own. */
  alone?: boolean;
}

/** Each family counts once however often it occurs. */
export const LETTER_FAMILIES: readonly Family[] = [
  { name: 'salutation to an office', re: /\bdear\s+(?:sir|madam|sirs)\b|\bto whom it may concern\b/gi, alone: true },
  { name: 'letter closing', re: /\byours\s+(?:faithfully|sincerely|truly|respectfully)\b|(?:^|\n)\s*(?:sincerely|respectfully)(?:\s+yours)?\s*,?\s*(?:\n|$)/gi, alone: true },
  { name: 'salutation', re: /(?:^|\n)\s*dear\s+\S/gi },
  // "I am writing to/about/on behalf …" at the start of a sentence; "the third time I am writing" inside one is speech.
  { name: 'I am writing', re: /(?:^|[.!?\n]\s*|,\s*)i\s+am\s+writing\s+(?:(?:only|just|today|now|once\s+more)\s+)?(?:to|on|about|regarding|concerning|in|with|for|again|further)\b/gi },
  { name: 'kindly', re: /\bkindly\b/gi },
  { name: 'grateful', re: /\bi\s+(?:would|should)\s+be\s+(?:most\s+|very\s+|extremely\s+|truly\s+)?grateful\b|\bi\s+would\s+(?:greatly\s+)?appreciate\b|\bwould\s+be\s+(?:much\s+|greatly\s+|most\s+)?appreciated\b/gi },
  { name: 'letter formula', re: /\blook(?:ing)?\s+forward\s+to\s+(?:hearing|your|receiving)\b|\bdo\s+not\s+hesitate\b|\bat\s+your\s+earliest\s+convenience\b|\bplease\s+find\s+(?:attached|enclosed)\b|\battached\s+please\s+find\b|\bi\s+wish\s+to\b|\bfurther\s+to\b|\bwith\s+reference\s+to\b|\bpursuant\s+to\b|\bi\s+(?:regret|must)\s+(?:to\s+)?inform\s+you\b|\bhereby\b|\bi\s+regret\s+(?:that|to)\b|\bplease\s+be\s+advised\b|\bi\s+remain\b/gi },
  { name: 'regards', re: /\b(?:kind|best|warm|warmest|kindest)\s+regards\b|(?:^|\n)\s*(?:regards|with\s+regards|respectfully)\s*,?\s*(?:\n|$)/gi },
];

/**
 * A word every match of some family holds (same flags as the families: `i` without `u`, so no character outside ASCII
 * matches these letters): a text without any of them matches no family, and is not scanned eight times.
 */
export const LETTER_WORDS = /dear|whom|yours|sincerely|respectfully|writing|kindly|grateful|apprecia|forward|hesitate|convenience|find|wish|further|reference|pursuant|inform|hereby|regret|advised|remain|regards/i;
/** LETTER_WORDS' words as a text gate for the latest words (lib/tone/textgate.ts: found in the shared pass over ctx.low). */
const LETTER_GATE = textGate(['dear', 'whom', 'yours', 'sincerely', 'respectfully', 'writing', 'kindly', 'grateful', 'apprecia', 'forward', 'hesitate', 'convenience', 'find', 'wish', 'further', 'reference', 'pursuant', 'inform', 'hereby', 'regret', 'advised', 'remain', 'regards']);
/** Per family (LETTER_FAMILIES' order), a word every match of it holds: a family whose word the text lacks is not scanned. */
export const FAMILY_WORDS: readonly RegExp[] = [
  /dear|whom/i,
  /yours|sincerely|respectfully/i,
  /dear/i,
  /writing/i,
  /kindly/i,
  /grateful|apprecia/i,
  /forward|hesitate|convenience|find|wish|further|reference|pursuant|inform|hereby|regret|advised|remain/i,
  /regards|respectfully/i,
];

export interface LetterReading {
  formal: boolean;
  families: string[];
  evidence: Evidence[];
}

/** Whether the English latest words plus closing and signature read as a letter, with the words that say so. */
export function readLetterEn(ctx: CueContext): LetterReading {
  const texts: { text: string; base: number }[] = [];
  if (opens(ctx.low, LETTER_GATE)) texts.push({ text: ctx.a.text, base: ctx.offset });
  for (const r of ctx.outer) {
    const text = ctx.message.slice(r.span.start, r.span.end);
    if (LETTER_WORDS.test(text)) texts.push({ text, base: r.span.start });
  }
  const families: string[] = [];
  const evidence: Evidence[] = [];
  let alone = false;
  for (let fi = 0; fi < LETTER_FAMILIES.length; fi++) {
    const f = LETTER_FAMILIES[fi];
    let found = false;
    for (const { text, base } of texts) {
      if (!FAMILY_WORDS[fi].test(text)) continue;
      for (const m of text.matchAll(f.re)) {
        // The match without the line break or sentence end it may open with.
        const lead = m[0].length - m[0].replace(/^[\s.!?,]+/, '').length;
        const trail = m[0].length - m[0].replace(/[\s,]+$/, '').length;
        const s = m.index + lead;
        const e = m.index + m[0].length - trail;
        if (e <= s) continue;
        found = true;
        evidence.push(ctx.ev({ start: s, end: f.name === 'salutation' ? s + 4 : e }, 'tone.why.letter', base));
      }
    }
    if (!found) continue;
    families.push(f.name);
    if (f.alone) alone = true;
  }
  return { formal: alone || families.length >= 2, families, evidence };
}

/**
 * Persian: elevated words that plain written Persian uses every day. One of them alone is no officialese (over the
 * splits, a message whose only sign is «عرض کردم», «باید بگویم», «سپاسگزارم» or «عدم» is formal in 4 of 17; plain
 * standard Persian is neither formal nor casual); with a second elevated word or any officialese they count.
 */
const COMMON_ELEVATED = new Set(['عرض', 'بگویم', 'سپاسگزارم', 'سپاسگزار', 'عدم']);

/** Whether the Persian officialese evidence is enough: more than one elevated word common in plain writing. */
export function enoughOfficialeseFa(ctx: CueContext): boolean {
  const words = new Set<string>();
  const add = (text: string, h: { start: number; end: number }) => words.add(text.slice(h.start, h.end).replace(/[\u200c\s]+/g, ''));
  for (const h of ctx.a.hits) if (h.category === OFFICIAL) add(ctx.a.text, h);
  for (const r of ctx.outer) for (const h of r.hits) if (h.category === OFFICIAL || (h.category === 'formality' && h.weight >= 0.8)) add(r.doc.text, h);
  if (words.size !== 1) return words.size > 1;
  return !COMMON_ELEVATED.has([...words][0]);
}

/**
 * Finglish: Persian typed in Latin letters ("salam, mishe begid chera pardakhtam anjam nemishe?") is texting, the
 * casual register (every such message over the splits is labelled casual; the Persian reading never sees it, as its
 * words are Latin). Which words are Finglish, and how many make a message Finglish: ./finglish.ts.
 */
export { FINGLISH_ENOUGH } from './finglish.ts';

export const FINGLISH_READ = Symbol('finglish');

/**
 * The Finglish words of the latest words, as evidence (none unless the message is Finglish: ./finglish.ts). Read once
 * per message: the casual register and the language cue both ask.
 */
export function readFinglish(ctx: CueContext): Evidence[] {
  const memo = ctx as CueContext & { [FINGLISH_READ]?: Evidence[] };
  if (memo[FINGLISH_READ]) return memo[FINGLISH_READ];
  const toks = ctx.a.tokens;
  // finglishIndices over the Latin-script keys, each word's class kept on its record (anchors.ts): no list of keys made
  // and no set look-up per word per message (speed, issue 13); the same indices.
  let found: number[] | null = null;
  let distinct: Set<string> | null = null;
  let english = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.fa || !t.key) continue;
    const rec = t.rec;
    let c = rec[FINGLISH];
    if (c < 0) c = rec[FINGLISH] = finglishClass(t.key);
    if (c === 1) english++;
    else if (c === 2) {
      (found ??= []).push(i);
      (distinct ??= new Set()).add(t.key);
    }
  }
  if (found === null || distinct === null || distinct.size < FINGLISH_ENOUGH || english >= found.length) return (memo[FINGLISH_READ] = []);
  return (memo[FINGLISH_READ] = found.map((i) => ctx.ev(toks[i], 'tone.why.finglish')));
}

export const strings = {
  en: {
    'tone.why.finglish': 'Persian typed in Latin letters (Finglish): texting register, three such words or more',
    'tone.why.letter': 'letter wording (two letter formulas, or one such as "Dear Sir or Madam" or "Yours faithfully"; one polite phrase is not enough)' },
  fa: {
    'tone.why.finglish': 'فارسی با حروف لاتین (فینگلیش): لحن پیامکی، دست‌کم سه واژه',
    'tone.why.letter': 'عبارت‌های نامهٔ رسمی (دو عبارت نامه، یا یکی مانند «Dear Sir or Madam» یا «Yours faithfully»؛ یک عبارت مؤدبانه کافی نیست)' },
} as const;
