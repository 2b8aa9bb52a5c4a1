/**
 * readCustomerTone: reads the customer's latest words (quoted history and signature cut off) and
 * returns tone figures plus cues for the agent, each with evidence spans in the ORIGINAL message.
 * Each cue is its own module (./cues); this file builds the shared reading (language layer, one
 * phrase-matching pass over every cue's lexicon, punctuation/caps/emoji features) and runs them.
 * Pure and synchronous; built to run on every keystroke-sized update (tens of microseconds).
 */
import { parseMessage, type TextSpan } from '../text/message.ts';
import { type CueContext, evidenceIn, type Outcome, type Region, squash } from './cue.ts';
import { CUE_MODULES } from './cues/index.ts';
import { THRESHOLD as FRUSTRATED } from './cues/frustration.ts';
import { LANGUAGE_READING, replyLanguage } from './cues/language.ts';
import { bucketOf, LENGTH } from './cues/length.ts';
import { questionSpans } from './cues/questions.ts';
import { PANEL_LIST, panelList } from './cues/questions.kinds32.ts';
import { readRegister, REGISTER_READING, THRESHOLDS as REGISTER } from './cues/register.ts';
import { FINGLISH_READ } from './cues/register.kinds15.ts';
import { THRESHOLD as REPEAT } from './cues/repeat.ts';
import { THRESHOLD as URGENT } from './cues/urgency.ts';
import { NORMED } from './cues/urgency.kinds18.ts';
import { type Analysis, analyse, type LocalSpan } from './features.ts';
import { readDoc } from './layer.ts';
import { lexiconEn } from './lexicon.en.ts';
import { lexiconFa } from './lexicon.fa.ts';
import { modifiersEn, modifiersFa } from './modifiers.ts';
import { type LexiconPart, Matcher } from './tokens.ts';
import { hasArabicLetter } from '../nlp/chars.ts';
import type { Cue, CueKind, Evidence, Severity, ToneOptions, ToneReport } from './types.ts';

/** Where each cue fires (scores are each module's own scale; see ./cues). */
export const TONE_THRESHOLDS = {
  frustrated: FRUSTRATED,
  urgent: URGENT,
  repeat: REPEAT,
  ...REGISTER,
  ...LENGTH,
} as const;

/** The built-in lexicons, every cue module's included (scripts/tone-phrase-keys.ts reads their phrases' keys at build time). */
export const BUILTIN_LEXICONS: LexiconPart[] = [lexiconEn, lexiconFa, modifiersEn, modifiersFa, ...CUE_MODULES.flatMap((m) => m.lexicon ?? [])];
let defaultMatcher: Matcher | null = null;
let latinMatcher: Matcher | null = null;
const extraMatchers = new WeakMap<object, Matcher>();
const extraLatinMatchers = new WeakMap<object, Matcher>();

/**
 * The phrase matcher; with `text` (the message it will read), for a text without an Arabic-script letter, one without the
 * Persian phrases: it finds exactly the same there (Matcher's latinOnly), and an English panel never reads the thousands
 * of Persian phrases (a third of the matcher's first-message cost).
 */
export function matcherFor(options?: ToneOptions, text?: string): Matcher {
  const latin = text !== undefined && !hasArabicLetter(text);
  const extra = options?.extraLexicon;
  if (!extra) return latin ? (latinMatcher ??= new Matcher(BUILTIN_LEXICONS, true)) : (defaultMatcher ??= new Matcher(BUILTIN_LEXICONS));
  const cache = latin ? extraLatinMatchers : extraMatchers;
  let m = cache.get(extra);
  if (!m) cache.set(extra, (m = new Matcher([...BUILTIN_LEXICONS, extra as LexiconPart], latin)));
  return m;
}

function region(span: TextSpan | null, matcher: Matcher): Region | null {
  if (!span || span.end <= span.start) return null;
  const doc = readDoc(span.text);
  return { span, doc, hits: matcher.match(doc.tokens, doc.text) };
}

/**
 * The modules' outcomes by name, a slot per module (CUE_MODULES' names) made before any is read: every message's
 * record has one shape, where a property added per module by a name read from the list made each store a slow one.
 * An empty slot reads as a missing one (undefined).
 */
function outcomeSlots(): Record<string, Outcome> {
  const slots = { repeat: undefined, frustration: undefined, urgency: undefined, caps: undefined, academic: undefined, register: undefined, questions: undefined, polite: undefined, emoji: undefined, language: undefined, length: undefined };
  return slots as unknown as Record<string, Outcome>;
}

/**
 * The modules' readers and names, taken from CUE_MODULES once: the modules are objects of different shapes, and a
 * `m.read` looked up on each per message was a megamorphic load (measured: a few per cent of the reader's time).
 */
const READERS = CUE_MODULES.map((m) => m.read);
const NAMES = CUE_MODULES.map((m) => m.name);

/** Any character trim() keeps. */
const NOT_SPACE = /\S/;

const SEVERITY_RANK: Record<Severity, number> = { strong: 0, warning: 1, info: 2 };
const KIND_RANK: Record<CueKind, number> = {
  frustrated: 0, repeat: 1, urgent: 2, caps: 3, academic: 4, formal: 5, casual: 6, questions: 7, polite: 8, emoji: 9, language: 10, long: 11, short: 12,
};

/** The cues' order: strongest first, then by kind (one function for every message, no closure made per message). */
function byRank(x: Cue, y: Cue): number {
  return SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || KIND_RANK[x.kind] - KIND_RANK[y.kind];
}

/**
 * cues.sort(byRank) in place, stable as Array.prototype.sort is (cues of the same rank keep the modules' order): an
 * insertion sort over the few cues, where sort() made a work array per message.
 */
function sortByRank(cues: Cue[]): void {
  for (let i = 1; i < cues.length; i++) {
    const c = cues[i];
    let j = i;
    while (j > 0 && byRank(cues[j - 1], c) > 0) {
      cues[j] = cues[j - 1];
      j--;
    }
    cues[j] = c;
  }
}

/** The analysis of the customer's latest words, as readCustomerTone sees them (used by the training script). */
export function analyseLatest(message: string, options?: ToneOptions): Analysis {
  return analyse(readDoc(parseMessage(message).latest.text), matcherFor(options, message));
}

export function readCustomerTone(message: string, options?: ToneOptions): ToneReport {
  return readToneContext(message, options).report;
}

/** readCustomerTone's report with the reading the cues shared (for tests/bench/frustration.train.ts's features). */
export function readToneContext(message: string, options?: ToneOptions): { report: ToneReport; ctx: CueContext } {
  const matcher = matcherFor(options, message);
  const parts = parseMessage(message);
  const latest = parts.latest;
  const offset = latest.start;
  const doc = readDoc(latest.text);
  const a = analyse(doc, matcher);
  // The closing's and the signature's regions, in that order (most messages have neither: no array made and filtered).
  const closing = region(parts.closing, matcher);
  const signature = region(parts.signature, matcher);
  const outer: Region[] = closing === null ? (signature === null ? [] : [signature]) : signature === null ? [closing] : [closing, signature];
  // trim() === '' without the trimmed copy (\s is the set trim removes).
  const empty = !NOT_SPACE.test(latest.text);
  const got = outcomeSlots();
  const ctx = {
    message,
    parts,
    doc,
    low: doc.text.toLowerCase(),
    a,
    hits: a.hits,
    outer,
    fa: a.faShare >= 0.5,
    empty,
    got,
    offset,
    questions: [],
    ev: evidenceIn,
    // The per-message readings some modules keep on the context, each made once (register, Finglish, language, urgency's
    // normalised texts, the panel's list): a slot for each made here, empty, so every message's context has one shape. Added as each was
    // first read, they gave the context a shape per order of reading, and the property loads every reader makes on it
    // (ctx.doc, ctx.hits, ctx.low …) saw them all (speed, issue 13).
    [REGISTER_READING]: undefined,
    [FINGLISH_READ]: undefined,
    [LANGUAGE_READING]: undefined,
    [NORMED]: undefined,
    [PANEL_LIST]: undefined,
  } as CueContext;
  ctx.questions = questionSpans(a.questions.map((q) => ctx.ev(q)), latest.text, offset, message);
  const cues: Cue[] = [];
  for (let r = 0; r < READERS.length; r++) {
    const out = READERS[r](ctx);
    got[NAMES[r]] = out;
    for (let k = 0; k < out.cues.length; k++) cues.push(out.cues[k]);
  }
  const frustratedCue = cues.find((c) => c.kind === 'frustrated');
  const repeatCue = cues.find((c) => c.kind === 'repeat');
  // Writing again AND upset: the repeat weighs as much as the feeling (and is listed after it).
  if (repeatCue && frustratedCue) repeatCue.severity = frustratedCue.severity;
  if (cues.length > 1) sortByRank(cues);

  const reg = empty && outer.length === 0 ? { formality: 'neutral' as const, formalityScore: 0, colloquial: false } : readRegister(ctx);
  const academic = cues.some((c) => c.kind === 'academic');
  const bucket = bucketOf(a.words);
  const apologiseFirst = !!frustratedCue || !!repeatCue;
  const frustration = squash(got.frustration.score, FRUSTRATED);
  const report: ToneReport = {
    language: empty ? 'other' : replyLanguage(ctx).language,
    colloquial: reg.colloquial,
    formality: reg.formality,
    formalityScore: reg.formalityScore,
    emotions: {
      frustration: frustratedCue ? Math.max(frustration, 0.5) : Math.min(frustration, 0.49),
      urgency: squash(got.urgency.score, URGENT),
      // The polite module's score is politenessOf(ctx) (0 for an empty message): read once.
      politeness: got.polite.score,
    },
    repeatContact: !!repeatCue,
    questions: panelList(ctx),
    length: { words: a.words, chars: latest.text.length, bucket },
    emoji: { count: a.emoji.count },
    style: {
      length: bucket,
      emoji: a.emoji.count > 0 && !academic && reg.formality !== 'formal' && !apologiseFirst,
      apologiseFirst,
      formal: reg.formality === 'formal' || academic,
    },
    cues,
    latest: { start: latest.start, end: latest.end },
  };
  return { report, ctx };
}
