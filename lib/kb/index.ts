/**
 * Knowledge base: matching articles to the customer's message (search.ts), reading import files,
 * URL lists and sitemaps (import.ts), and the link the agent inserts (link.ts).
 */
export * from './types.ts';
export { createKbIndex, kbIndexToJSON, loadKbIndex, languageOf, DEFAULT_KB_OPTIONS } from './search.ts';
export type { KbIndexOptions, KbSearchIndex, KbLang } from './search.ts';
export { parseKbFile, parseSitemap, normaliseUrlList, articleIdFor } from './import.ts';
export { formatLinkForInsert } from './link.ts';
