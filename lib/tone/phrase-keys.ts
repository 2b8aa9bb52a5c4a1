/**
 * The keys of the built-in lexicons' phrases, read once at build time (scripts/tone-phrase-keys.ts writes
 * ./phrase-keys.generated.ts) instead of in every panel: the phrase matcher's first message read about 8,600 phrases
 * through the language layer, 180 ms warm and 0.5-0.6 s in a fresh process here (the panel pays the fresh one on every
 * page it opens). A phrase the table has reads its keys from it; any other (a trainer's extra lexicon) reads them through
 * the layer as before. tests/unit/tone/phrase-keys.test.ts checks the committed table is what the layer gives today.
 *
 * The table: one phrase a line; a phrase whose keys are its lower-cased words (97% of them) stands alone, any other is
 * followed by its keys, tab-separated.
 */
import { wordNorms } from '../nlp/index.ts';
import { PHRASE_KEYS_TABLE } from './phrase-keys.generated.ts';
import type { LexiconPart } from './tokens.ts';

/** A phrase's lower-cased words: what most phrases' keys are. */
function plainKeys(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter((w) => w !== '');
}

/** Every phrase of `lexicons` as the matcher reads it (a trailing `*`, a prefix mark, taken off), once, in order. */
export function lexiconPhrases(lexicons: readonly LexiconPart[]): string[] {
  const seen = new Set<string>();
  for (const lex of lexicons) for (const cat of Object.keys(lex)) for (const p of Object.keys(lex[cat] ?? {})) seen.add(p.endsWith('*') ? p.slice(0, -1) : p);
  return [...seen];
}

/** The table's text for `phrases`, each read through the language layer. */
export function phraseKeysTable(phrases: readonly string[]): string {
  return phrases
    .map((p) => {
      const keys = wordNorms(p);
      return keys.join('\t') === plainKeys(p).join('\t') ? p : [p, ...keys].join('\t');
    })
    .join('\n');
}

let table: Map<string, string> | undefined;

/** The phrase's keys from the table, or undefined when the table does not have it. */
export function tabledKeys(phrase: string): string[] | undefined {
  if (table === undefined) {
    table = new Map();
    for (const line of PHRASE_KEYS_TABLE.split('\n')) {
      const tab = line.indexOf('\t');
      table.set(tab < 0 ? line : line.slice(0, tab), line);
    }
  }
  const line = table.get(phrase);
  if (line === undefined) return undefined;
  return line.length === phrase.length ? plainKeys(phrase) : line.slice(phrase.length + 1).split('\t');
}
