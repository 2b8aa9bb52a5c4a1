import type { StringKey } from '../i18n/index.ts';

/** A span of the ORIGINAL message (not of the folded or trimmed text). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
  /** Why these words count (shown in the cue's tooltip). */
  why?: StringKey;
}

export type CueKind =
  | 'formal'
  | 'casual'
  | 'academic'
  | 'frustrated'
  | 'urgent'
  | 'repeat'
  | 'questions'
  | 'short'
  | 'long'
  | 'language'
  | 'caps'
  | 'emoji'
  | 'polite';

export type Severity = 'info' | 'warning' | 'strong';

export interface Cue {
  /** Stable per kind (e.g. 'frustrated'), so a dismissal survives re-analysis of the same thread. */
  id: string;
  kind: CueKind;
  severity: Severity;
  message: { key: StringKey; params?: Record<string, string | number> };
  evidence: Evidence[];
}

export interface ToneReport {
  language: 'en' | 'fa' | 'mixed' | 'other';
  /** Persian colloquial verb forms / English slang. */
  colloquial: boolean;
  formality: 'formal' | 'neutral' | 'casual';
  /** -1 casual .. +1 formal. */
  formalityScore: number;
  /** Each 0..1. */
  emotions: { frustration: number; urgency: number; politeness: number };
  repeatContact: boolean;
  questions: Evidence[];
  length: { words: number; chars: number; bucket: 'short' | 'medium' | 'long' };
  emoji: { count: number };
  /** What the reply should look like. */
  style: { length: 'short' | 'medium' | 'long'; emoji: boolean; apologiseFirst: boolean; formal: boolean };
  /** Most severe first. */
  cues: Cue[];
  /** The part analysed (the customer's latest words). */
  latest: { start: number; end: number };
}

/** Phrase -> weight. Phrases are matched as whole words on folded text; "frustrat*" matches a prefix. */
export type Weights = Readonly<Record<string, number>>;

/**
 * A tone lexicon: plain data, so a pack can extend it. Every list is optional in an extension.
 * - frustration / urgency / repeat: evidence for those emotions (weights > 0 raise them)
 * - politeness: courtesy markers (> 0) and rude markers (< 0)
 * - formality: formal markers (> 0) and casual markers (< 0)
 * - slang: colloquial English slang / Persian colloquial forms (> 0); also lowers formality
 * - academic: titles and affiliations that call for a formal, emoji-free reply
 * - questionStarts: words that open a question even without a question mark
 */
export type LexiconCategory = 'frustration' | 'urgency' | 'repeat' | 'politeness' | 'formality' | 'slang' | 'academic' | 'questionStarts';

/** The frustration, urgency, repeat and academic lists live in their cue modules (lib/tone/cues). */
export type ToneLexicon = { readonly [K in LexiconCategory]?: Weights };

export interface ToneOptions {
  /** Extra phrases merged into the built-in lexicons (e.g. from a pack). */
  extraLexicon?: Partial<Record<LexiconCategory, Weights>>;
}

/**
 * A learnt linear model: z = bias + Σ feature weights × feature values + Σ word weights.
 * `words` are folded single tokens; `features` name the hand-made features of features.ts.
 */
export interface LinearModel {
  bias: number;
  features: Readonly<Record<string, number>>;
  words: Readonly<Record<string, number>>;
}
