/**
 * Register: formal ("Dear Sir", «با سلام و احترام», «اینجانب», written verb forms) or casual
 * ("hey", "u", "lol"; Persian colloquial verbs and words: «میخوام», «باشه», «مرسی», «میشه … کنید؟»,
 * the object ending ـو in «فاکتورمو»). The register lexicon lives in lexicon.en.ts / lexicon.fa.ts
 * (categories formality and slang) because the politeness model reads it too.
 *
 * Persian casual means the colloquial written register (محاوره): the agent answers in plain, friendly Persian, not in
 * officialese. Session 24 (tonefa24) weighed narrowing it to chatty markers only (emoji, «داداش», «مرسی», drawn-out
 * letters, Finglish), which late21's and late23's writers used (casual P 0.32 / 0.39 there): on every other Persian split
 * the writers mark plain colloquial verb forms casual, and requiring a chatty marker or 2+ spoken forms dropped their
 * recall to 0.3-0.7 while late23's precision only reached 0.44-0.55. The reading was kept.
 */
import { FA_FORMALITY, UNREAD } from '../anchors.ts';
import { type CueContext, type CueModule, cue, NONE } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import { formalityFa } from '../learnt.fa.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import { CASUAL, CASUAL_GREETING, OFFICIAL, registerKindsLexicon } from './register.kinds.ts';
import { enoughOfficialeseFa, type LetterReading, readFinglish, readLetterEn } from './register.kinds15.ts';
import { plainSignOffFa } from './register.kinds16.ts';
import { letterEn19, letterFa } from './register.kinds19.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const CAPITAL_FIRST = /^[A-Z]/;

export const THRESHOLDS = { formal: 0.3, formalEn: 0.6, casual: -0.35, colloquial: 0.8 } as const;

/** Persian clitics of speech: object «رمزمو», «جلوشو»; possessive «کمکتون», «فروشگاه‌مون» (written: ـتان, ـمان). */
const FA_SPOKEN_CLITIC = /^[\u0600-\u06ff]{2,}(?:مو|شو|مون|تون|شون)$/;
/** Words that merely end like a clitic. */
const NOT_CLITIC = new Set(['آزمون', 'ازمون', 'مضمون', 'میمون', 'افسون', 'مدیون', 'ستون', 'زیتون', 'خاتون', 'بتون', 'طاعون', 'همایون', 'گلگون', 'واژگون', 'دگرگون', 'گوناگون']);

/**
 * formalityFa[t.key], kept on the token's word record (anchors.ts): the model is a plain object of some thousand words,
 * and a look-up in it by a word sliced from the message cost more than the rest of formalityRaw (speed, issue 13).
 */
function faFormality(t: ToneToken): number | undefined {
  const rec = t.rec;
  let v = rec[FA_FORMALITY];
  if (v === UNREAD) v = rec[FA_FORMALITY] = formalityFa[t.key];
  return v as number | undefined;
}

/** Raw register score (formal > 0, casual < 0) of the latest words plus closing/signature hits. */
export function formalityRaw(ctx: CueContext): number {
  const a = ctx.a;
  let raw = 0;
  const formalTokens = new Set<number>();
  for (const h of a.hits) if (h.category === 'formality' && !plainFormula(ctx, h)) raw += h.weight;
  for (const h of a.hits) if (h.category === CASUAL || h.category === CASUAL_GREETING) raw -= 0.5 * h.weight;
  for (const r of ctx.outer) for (const h of r.hits) if (h.category === 'formality') raw += h.weight;
  for (const h of a.hits) {
    if (h.category === 'formality') for (let i = h.from; i < h.to; i++) formalTokens.add(i);
  }
  for (const h of a.hits) if (h.category === 'slang' && !a.tokens[h.from].fa && !formalTokens.has(h.from)) raw -= 0.5 * h.weight;
  raw -= 0.25 * a.bareContractions.length;
  let faTokens = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if (!t.fa) continue;
    faTokens++;
    if (!formalTokens.has(i)) raw += faFormality(t) ?? 0;
  }
  for (const i of a.colloquialVerbs) if (!formalTokens.has(i) && faFormality(a.tokens[i]) === undefined) raw -= 0.5;
  const latin = a.tokens.length - faTokens;
  if (latin > faTokens) {
    const f = a.features;
    raw -= 0.7 * f.lower_i + 0.25 * f.starts_lower + 0.6 * f.subject_drop + 0.2 * f.contractions + 0.3 * f.excl_multi + 0.3 * Math.min(a.emoji.count, 2);
    if (a.words > 3) raw += f.no_final_punct ? -0.2 : 0.25;
    if (CAPITAL_FIRST.test(a.text.trimStart())) raw += 0.15;
  }
  return raw;
}

/** Letter formulas bound to the letter's own wording: "I am writing to" counts, "I'm writing to" (a contraction) and
 * "the third time I am writing" (inside a sentence) are plain speech; so is any formula written with a contraction. */
function plainFormula(ctx: CueContext, h: Hit): boolean {
  if (h.weight <= 0) return false;
  const t = ctx.a.tokens;
  if (t[h.from].fa) return false;
  // Formulas of three words or more ("I'd like to", "I'm writing to"); "don't" itself is no formula.
  if (h.to - h.from >= 3) for (let i = h.from; i < h.to; i++) if (t[i].contraction === 'apostrophe') return true;
  if (t[h.from].key !== 'i' || t[h.from + 1]?.key !== 'am' || t[h.from + 2]?.key !== 'writing' || h.from === 0) return false;
  const prev = t[h.from - 1];
  return prev.sentence === t[h.from].sentence && !/[,;:\n]/.test(ctx.a.text.slice(prev.end, t[h.from].start));
}

/** Persian formal needs officialese or a formal closing: plain written standard Persian is neither formal nor casual. */
function officialese(ctx: CueContext): boolean {
  if (ctx.a.hits.some((h) => h.category === OFFICIAL)) return true;
  return ctx.outer.some((r) => r.hits.some((h) => h.category === OFFICIAL || (h.category === 'formality' && h.weight >= 0.8)));
}

export interface Register {
  formality: 'formal' | 'neutral' | 'casual';
  formalityScore: number;
  colloquial: boolean;
}

/** One reading per message: the register cue and readCustomerTone's figures share it (kept on the context). */
export const REGISTER_READING = Symbol('register');
const READING = REGISTER_READING;

export function readRegister(ctx: CueContext): Register & { clitics: number[]; letter?: LetterReading; finglish?: Evidence[] } {
  const memo = ctx as CueContext & { [READING]?: Register & { clitics: number[]; letter?: LetterReading; finglish?: Evidence[] } };
  return (memo[READING] ??= readRegisterOnce(ctx));
}

function readRegisterOnce(ctx: CueContext): Register & { clitics: number[]; letter?: LetterReading; finglish?: Evidence[] } {
  const a = ctx.a;
  // Whether the closing or the signature holds a hit (what the score's zero case asks; no array of their hits made).
  const outerHit = ctx.outer.some((r) => r.hits.length > 0);
  // Greetings keep their spoken forms in written Persian too («وقتتون بخیر»).
  const greetingEnd = ctx.parts.greeting ? ctx.parts.greeting.end - ctx.parts.latest.start : -1;
  const clitics: number[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if (t.fa && t.start >= greetingEnd && FA_SPOKEN_CLITIC.test(t.key) && !NOT_CLITIC.has(t.key) && !a.colloquialVerbs.includes(i) && !a.hits.some((h) => h.category === 'slang' && h.from <= i && i < h.to)) clitics.push(i);
  }
  const raw = formalityRaw(ctx) - 0.5 * clitics.length;
  const formalityScore = a.tokens.length === 0 && !outerHit ? 0 : Math.tanh(raw / 2);
  // English writers who are formal write a letter ("Dear Sir or Madam … Yours faithfully", "I am writing to … I would be
  // grateful"): one polite phrase in a plain message ("Could you please…", "I'd like to…", "Kindly…") reads neutral.
  // Every English split labels it so (session 10: formal precision 0.39 over the splits at 0.3, most false ones 0.31-0.55).
  let faTokens = 0;
  for (let i = 0; i < a.tokens.length; i++) if (a.tokens[i].fa) faTokens++;
  const english = a.tokens.length - faTokens > a.tokens.length / 2;
  const formalAt = english ? THRESHOLDS.formalEn : THRESHOLDS.formal;
  let formality: Register['formality'] = formalityScore >= formalAt ? 'formal' : formalityScore <= THRESHOLDS.casual ? 'casual' : 'neutral';
  // Written prose (formal by score) blocks the casual reading below even when it is plain, not officialese.
  const written = formality === 'formal';
  if (formality === 'formal' && !english && (!officialese(ctx) || !enoughOfficialeseFa(ctx) || plainSignOffFa(ctx) || !letterFa(ctx))) formality = 'neutral';
  // English formal is a letter (two letter formulas, or one such as "Yours faithfully"), never the score alone (register.kinds15.ts).
  const letter = english ? letterEn19(ctx, readLetterEn(ctx)) : undefined;
  if (letter) formality = letter.formal && formalityScore > THRESHOLDS.casual ? 'formal' : formality === 'casual' ? 'casual' : 'neutral';
  let casualWords = 0;
  for (const h of a.hits) if (h.category === CASUAL || h.category === CASUAL_GREETING) casualWords += h.weight;
  // Every emoji a customer types reads casual (both languages; the writers of every split agree).
  const emoji = a.emoji.count > 0 ? THRESHOLDS.colloquial : 0;
  // Contractions without their apostrophe ("dont", "Im") are a hint, never casual on their own.
  const bare = Math.min(0.5 * a.bareContractions.length, 0.5);
  // Spoken forms inside writing that reads formal overall are quotes or slips (and often a noun read as a
  // spoken verb: «بدن», «برند»), not the writer's register.
  const finglish = formality === 'formal' ? [] : readFinglish(ctx);
  const colloquial = finglish.length > 0 || (!written && a.sums.slang + casualWords + emoji + bare + 0.8 * a.colloquialVerbs.length + 0.8 * clitics.length >= THRESHOLDS.colloquial);
  return { formality, formalityScore, colloquial, clitics, letter, finglish };
}

/** Hits that say formal (sign 1) or casual (sign -1). */
function registerHit(h: Hit, sign: 1 | -1): boolean {
  return (h.category === 'formality' && Math.sign(h.weight) === sign && Math.abs(h.weight) >= 0.3) || (sign < 0 && (h.category === 'slang' || h.category === CASUAL)) || (sign > 0 && h.category === OFFICIAL);
}

/** The words that make the message read formal (sign 1) or casual (sign -1), the closing's included. */
function registerEvidence(ctx: CueContext, reg: Register & { clitics: number[] }, sign: 1 | -1): Evidence[] {
  const a = ctx.a;
  return [
    ...a.hits.filter((h) => registerHit(h, sign) && !(sign > 0 && plainFormula(ctx, h))).map((h) => ctx.ev(h, sign > 0 ? 'tone.why.formal' : 'tone.why.casual')),
    ...(sign < 0 ? a.emoji.spans.map((s) => ctx.ev(s, 'tone.why.emojiUsed')) : []),
    ...(sign < 0 ? [...a.colloquialVerbs, ...reg.clitics].map((i) => ctx.ev(a.tokens[i], 'tone.why.casual')) : []),
    // "dont": the whole written word (lib/nlp splits it into "do" + "nt").
    ...(sign < 0 ? a.bareContractions.filter((i) => i > 0).map((i) => ctx.ev({ start: a.tokens[i - 1].start, end: a.tokens[i].end }, 'tone.why.casual')) : []),
    ...ctx.outer.flatMap((r) => r.hits.filter((h) => h.category === 'formality' && Math.sign(h.weight) === sign).map((h) => ctx.ev(h, 'tone.why.formal', r.span.start))),
  ];
}

export const register: CueModule = {
  name: 'register',
  kinds: ['formal', 'casual'],
  lexicon: [registerKindsLexicon],
  examples: {
    fires: [
      { text: 'Dear Sir or Madam,\nI am writing to request a copy of my contract.\nYours faithfully,\nMargaret Hale', evidence: ['Dear Sir', 'I am writing to'] },
      { text: 'hey guys, u know when my stuff ships?? wanna know lol', evidence: ['u', 'wanna', 'lol'] },
      { text: 'باشه، ممنون.', evidence: ['باشه'] },
      { text: 'میشه فاکتورمو دوباره بفرستید؟', evidence: ['میشه'] },
      { text: 'مرسی، مشکلم حل شد.', evidence: ['مرسی'] },
      { text: 'Thanks for sorting the refund so fast, have a good one 😊', evidence: ['😊'] },
      { text: 'احتراماً، درخواست اینجانب تاکنون بررسی نگردیده است.', evidence: ['اینجانب', 'نگردیده'] },
    ],
    quiet: [],
  },
  read(ctx) {
    if (ctx.empty) return NONE;
    const reg = readRegister(ctx);
    const cues = [];
    // An academic signature does not hide the register: writers label a scholar's letter formal, a scholar's plain mail not.
    if (reg.formality === 'formal') cues.push(cue('formal', 'info', 'tone.cue.formal', reg.letter ? reg.letter.evidence : registerEvidence(ctx, reg, 1)));
    if (reg.formality === 'casual' || (reg.colloquial && reg.formality !== 'formal')) {
      const ev = [...registerEvidence(ctx, reg, -1), ...(reg.finglish ?? [])];
      if (ev.length > 0 || reg.formality === 'casual') cues.push(cue('casual', 'info', ctx.fa ? 'tone.cue.casualFa' : 'tone.cue.casual', ev));
    }
    return { score: reg.formalityScore, cues };
  },
};

export const strings = {
  en: {
    'tone.cue.formal': 'Formal writer: answer formally, full sentences',
    'tone.cue.casual': 'Casual tone: a friendly, plain reply fits',
    'tone.cue.casualFa': 'Colloquial Persian: a friendly reply fits, keep it respectful',
    'tone.why.formal': 'formal wording',
    'tone.why.casual': 'casual or spoken wording',
  },
  fa: {
    'tone.cue.formal': 'نوشتهٔ رسمی: رسمی و با جمله‌های کامل پاسخ دهید',
    'tone.cue.casual': 'لحن خودمانی: پاسخ ساده و دوستانه مناسب است',
    'tone.cue.casualFa': 'فارسی محاوره‌ای: دوستانه پاسخ دهید ولی محترمانه',
    'tone.why.formal': 'واژه‌های رسمی',
    'tone.why.casual': 'واژه‌های خودمانی یا گفتاری',
  },
} as const;
