/**
 * The built-in packs' compiled tries, written at build time (scripts/pack-tries.ts writes ./pack-tries.generated.ts) so
 * that no page pays compilePack for them: the trie build of en-core, en-core-more and fa-core was most of a page's first
 * analysis (about 55-60% of an English one, 85-90% of a Persian one, 30% of a warm side-panel open's main thread).
 *
 * A table is used only for a pack whose content key (`packContentKey`: its id, format version, languages and rules, the
 * only fields compilePack reads) is the one the table was written from; any other pack (edited, imported, an older
 * built-in version) compiles at run time as before. A table holds numbers and strings only: nothing of it is executed.
 * tests/unit/rewrite/pack-tries.test.ts checks that each built-in pack's table is current and rebuilds the very structure
 * compilePack builds.
 *
 * Layout of `nodes`, one entry per trie node in id order (compilePack's creation order, so ids, the single-child fields
 * and every Map's insertion order come out as the build makes them): an optional PARENT op with the distance back to the
 * parent (absent: the node before), then the edge that leads to the node (ROOT with its language, a unit as one
 * character of the pack's alphabet, or an op with its key), then its terms (TERM / TERM_UNLESS, the rule as a signed
 * step from the previous term's rule, the index of its slot and lemma names). Numbers are little-endian base-44 digits
 * over the same characters (NUM_BASE..: "more digits follow"). Only printable ASCII without quotes, backslash, back-tick
 * or dollar, so the bundle keeps each character as one byte.
 */
import type { LemmaFeatures, Polarity, SlotMode } from '../packs/pattern.ts';
import type { PackLanguage, PhrasePack } from '../packs/schema.ts';

/** The table of one pack. */
export interface PackTable {
  /** packContentKey of the pack it was written from. */
  key: string;
  nodeCount: number;
  /** Compiled rules: pack rule index * 2 + 1 when the rule has an `unless` path. */
  rules: number[];
  /** Language of each ROOT, by index. */
  langs: PackLanguage[];
  /** Unit codes by alphabet index, the most frequent first. */
  alphabet: number[];
  /** Keys of slot modes, lemmas, lemma-spec keys and tags. */
  strings: string[];
  /** The <lemma:features> specs the pack's edges use: key, lemma, polarity, features. */
  specs: [string, string, Polarity, LemmaFeatures][];
  /** Slot names and lemma names of terms, by index. */
  names: [string[], string[]][];
  nodes: string;
}

/** The 89 characters of the encoding: printable ASCII but space, quotes, backslash, back-tick and dollar. */
export const TABLE_CHARS = (() => {
  let s = '';
  for (let c = 33; c < 127; c++) if (c !== 34 && c !== 39 && c !== 92 && c !== 96 && c !== 36) s += String.fromCharCode(c);
  return s;
})();

export const OP_ROOT = 0;
export const OP_PARENT = 1;
export const OP_UNIT = 2;
export const OP_SLOT = 3;
export const OP_END_SLOT = 4;
export const OP_XSLOT = 5;
export const OP_XEND_SLOT = 6;
export const OP_LEM_ANY = 7;
export const OP_LEM_NEG = 8;
export const OP_LEM_POS = 9;
export const OP_LEMF = 10;
export const OP_POS = 11;
export const OP_END = 12;
export const OP_TERM = 13;
export const OP_TERM_UNLESS = 14;
/** Characters from this index on are units: alphabet index = character index - OPS. */
export const OPS = 15;
/** Digits: 0..NUM_BASE-1 end a number, NUM_BASE..2*NUM_BASE-1 carry on. */
export const NUM_BASE = 44;

/** Character code -> index in TABLE_CHARS (-1: not one). */
export const CHAR_INDEX = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < TABLE_CHARS.length; i++) t[TABLE_CHARS.charCodeAt(i)] = i;
  return t;
})();

/**
 * The content a pack's compiled form depends on, hashed: compilePack reads the pack's id (rule keys), formatVersion,
 * languages (a rule's default language) and rules, nothing else. Key order inside the rules counts (a reordered copy
 * only misses the table and compiles as before).
 */
export function packContentKey(pack: PhrasePack): string {
  const text = JSON.stringify([pack.id, pack.formatVersion ?? null, pack.languages ?? null, pack.rules ?? null]);
  // Two 32-bit FNV-1a-style lanes with different multipliers, and the length: 64 bits against a built-in pack's edits.
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${text.length.toString(36)}`;
}
