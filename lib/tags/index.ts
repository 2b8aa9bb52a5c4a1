/** Root-cause tags: taxonomy, clicks, suggestions, reports, exports and team merges. */
export * from './types.ts';
export * from './taxonomy.ts';
export * from './conversation.ts';
export * from './events.ts';
export * from './suggest.ts';
export * from './time.ts';
export * from './report.ts';
export * from './csv.ts';
