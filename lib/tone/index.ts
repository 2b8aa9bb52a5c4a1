export type { Cue, CueKind, Evidence, LexiconCategory, LinearModel, Severity, ToneLexicon, ToneOptions, ToneReport, Weights } from './types.ts';
export { readCustomerTone, TONE_THRESHOLDS } from './read.ts';
export { lexiconEn } from './lexicon.en.ts';
export { lexiconFa } from './lexicon.fa.ts';
