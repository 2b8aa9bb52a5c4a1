export { suggestRewrites, applySuggestion, applyAll, positivityScore, quotesBalanced, MAX_STEPS_PER_START, SEVERITY_WEIGHT, SCORE_FACTOR, SCORE_MIN_WORDS } from './engine.ts';
export type { Suggestion, SuggestOptions, ScanStats } from './engine.ts';
export { compilePack } from './compile.ts';
export type { CompiledPack } from './compile.ts';
