/**
 * Phrase matching for the tone reader over the language layer's tokens (lib/nlp via ./layer.ts):
 * keys are folded (Arabic/Persian letter variants, case, apostrophes, ZWNJ), contractions spelt
 * out, so a lexicon phrase matches however the customer typed it. Offsets point into the analysed text.
 */
import type { WordRec } from './anchors.ts';
import { hasArabicLetter } from '../nlp/chars.ts';
import { wordNorms } from '../nlp/index.ts';
import { tabledKeys } from './phrase-keys.ts';
import type { LexiconCategory, ToneLexicon, Weights } from './types.ts';

/** Phrase lists by category. Categories are free names: the tone lexicon's own ('frustration', …) or a cue's ('frustration.sarcasm'). */
export type LexiconPart = Readonly<Record<string, Weights>>;

export interface Token {
  /** Normalised key (lib/nlp `norm`): folded, contractions spelt out, no ZWNJ. */
  key: string;
  /** Offsets in the analysed (unfolded) text. */
  start: number;
  end: number;
  fa: boolean;
  /** The key's word record (the language layer's tokens have one): the matcher keeps its lists for the key there. */
  rec?: WordRec;
}

/**
 * Keys of a lexicon phrase, read by the same language layer as the text: phraseTokens' keys (a token's key is its norm),
 * from the layer's tokenisation alone, without the sentence reading and word records a text's tokens get (a matcher
 * reads thousands of phrases before the first message): the built-in phrases' keys from the table read at build time
 * (./phrase-keys.ts), any other phrase's through the layer.
 */
export function phraseKeys(phrase: string): string[] {
  return tabledKeys(phrase) ?? wordNorms(phrase);
}

// ---- Phrase matcher --------------------------------------------------------------------------

export const CATEGORIES: readonly LexiconCategory[] = ['frustration', 'urgency', 'repeat', 'politeness', 'formality', 'slang', 'academic', 'questionStarts'];

const N_KEYS = Symbol('key count');
const LAST_KEY = Symbol('last key');

interface Entry {
  keys: string[];
  /**
   * keys.length and the last key, read per candidate without touching the keys (under symbols: the
   * matcher's own shortcuts, so an entry serialised through a word record reads as before).
   */
  [N_KEYS]: number;
  [LAST_KEY]: string;
  /** The last key matches as a prefix. */
  prefix: boolean;
  /** The entry's categories (in the order they were first given) and their weights, with their matcher indices for the match loop. */
  cats: string[];
  catIds: number[];
  catWeights: number[];
  /** catIds.length, and the first category's index and weight: most entries have one category (no array read for it). */
  nCats: number;
  cat0: number;
  weight0: number;
  /** Slang is about spelling: "u" or "thx" count as slang only as written, not as the "you" / "thanks" the layer reads. */
  spelling: Set<string> | null;
}

export interface Hit {
  category: string;
  weight: number;
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** Offsets in the analysed text. */
  start: number;
  end: number;
}

function newEntry(keys: string[], prefix: boolean): Entry {
  return { keys, [N_KEYS]: keys.length, [LAST_KEY]: keys[keys.length - 1], prefix, cats: [], catIds: [], catWeights: [], nCats: 0, cat0: -1, weight0: 0, spelling: null };
}

export class Matcher {
  /**
   * One-word prefixes ("frustrat*") by their first two letters as one small integer (a V8 small
   * integer key hashes fast, and no string is sliced per token); the entry's own check reads the rest.
   */
  private byHead = new Map<number, Entry[]>();
  /** Category names by index, and each entry's categories as indices (coverage is kept in a typed array). */
  private catNames: string[] = [];
  private covered = new Int32Array(0);
  /**
   * By a token's key, one lookup per token: its one-word phrases, longer phrases by their second word
   * ("still" -> "no"), and two-word phrases whose second word is a prefix ("پیام قبلی*").
   */
  private byKey = new Map<string, KeyLists>();
  /**
   * Every second word of a phrase in a `second` list, numbered: the `second` lists are by that number (kept on the
   * word's record), so the lookup by the next token is by a small integer, not by its string; a token whose next word
   * is none of them looks nothing up there.
   */
  private secondIds = new Map<string, number>();

  /**
   * `latinOnly`: without the phrases that have an Arabic-script letter (hasArabicLetter). Each of those has a key with such
   * a letter, which no token of a text without one has: on such a text this matcher finds exactly what the whole one
   * finds, in the same order (its lists are the whole one's, less entries that cannot match there).
   */
  constructor(lexicons: ReadonlyArray<LexiconPart>, latinOnly = false) {
    const all = new Map<string, Entry>();
    // The entries given a weight in the current lexicon and category (a category is read once per lexicon).
    const seen = new Set<Entry>();
    for (const lex of lexicons) {
      for (const cat of Object.keys(lex)) {
        const list = lex[cat];
        if (!list) continue;
        seen.clear();
        for (const [phrase, weight] of Object.entries(list)) {
          if (latinOnly && hasArabicLetter(phrase)) continue;
          const prefix = phrase.endsWith('*');
          const keys = phraseKeys(prefix ? phrase.slice(0, -1) : phrase);
          if (keys.length === 0) continue;
          const id = keys.join(' ') + (prefix ? '*' : '');
          let e = all.get(id);
          if (!e) all.set(id, (e = newEntry(keys, prefix)));
          if (cat === 'slang' && !prefix && keys.join(' ') !== phrase.toLowerCase()) (e.spelling ??= new Set()).add(phrase.toLowerCase());
          // Later lexicons override earlier ones; within one lexicon, phrases the layer reads alike
          // ("please", "pls") keep the strongest weight. A category keeps the place it was first given
          // (the entry's categories are a short list: no keyed object per entry).
          const at = e.cats.indexOf(cat);
          if (at < 0) {
            e.cats.push(cat);
            e.catWeights.push(weight);
          } else e.catWeights[at] = seen.has(e) ? Math.max(e.catWeights[at], weight) : weight;
          seen.add(e);
        }
      }
    }
    const listsOf = (key: string): KeyLists => {
      let l = this.byKey.get(key);
      if (!l) this.byKey.set(key, (l = { second: undefined, secondMask: 0, firstOnly: undefined, single: undefined }));
      return l;
    };
    const catIndex = new Map<string, number>();
    for (const e of all.values()) {
      for (let j = 0; j < e.cats.length; j++) {
        const c = e.cats[j];
        let k = catIndex.get(c);
        if (k === undefined) {
          catIndex.set(c, (k = this.catNames.length));
          this.catNames.push(c);
        }
        e.catIds.push(k);
      }
      e.nCats = e.catIds.length;
      e.cat0 = e.catIds[0];
      e.weight0 = e.catWeights[0];
      const n = e.keys.length;
      const first = e.keys[0];
      if (n === 1 && e.prefix) {
        // A prefix shorter than three letters would match too much; it never matched before either.
        if (first.length >= 3) pushTo(this.byHead, headOf(first), e);
      } else if (n === 1) (listsOf(first).single ??= []).push(e);
      else if (n === 2 && e.prefix) (listsOf(first).firstOnly ??= []).push(e);
      else {
        const l = listsOf(first);
        const second = (l.second ??= new Map());
        let id = this.secondIds.get(e.keys[1]);
        if (id === undefined) this.secondIds.set(e.keys[1], (id = this.secondIds.size));
        pushTo(second, id, e);
        l.secondMask |= 1 << (id & 31);
      }
    }
  }

  /** The word's lists and facts, looked up once per word for this matcher (rec.word is the key). */
  private fill(rec: WordRec): void {
    if (rec.matcher === this) return;
    const key = rec.word;
    const at = this.byKey.get(key);
    rec.single = at?.single;
    rec.firstOnly = at?.firstOnly;
    rec.longer = at?.second;
    rec.longerMask = at?.secondMask ?? 0;
    rec.head = prefixesOf(key.length >= 3 ? this.byHead.get(headOf(key)) : undefined, key);
    rec.second = this.secondIds.get(key) ?? -1;
    rec.matcher = this;
  }

  /** The token's word's number among the phrases' second words (-1: none, and then no `second` list holds it). */
  private secondId(t: Token): number {
    const rec = t.rec;
    if (rec === undefined) return this.secondIds.get(t.key) ?? -1;
    this.fill(rec);
    return rec.second;
  }

  /** Longest non-overlapping matches per category, in text order (`text`: the analysed text, for spelling checks). */
  match(tokens: readonly Token[], text?: string): Hit[] {
    const hits: Hit[] = [];
    if (this.covered.length !== this.catNames.length) this.covered = new Int32Array(this.catNames.length);
    const covered = this.covered;
    covered.fill(0);
    const found = FOUND;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      const key = tok.key;
      const rec = tok.rec;
      let single: Entry[] | undefined;
      let firstOnly: Entry[] | undefined;
      let longer: Map<number, Entry[]> | undefined;
      let longerMask = 0;
      let head: Entry[] | undefined;
      /** 1: `head` holds only the prefixes the key starts with (the record's list); 0: they are checked here. */
      let headKnown = 1;
      if (rec !== undefined) {
        this.fill(rec);
        single = rec.single as Entry[] | undefined;
        firstOnly = rec.firstOnly as Entry[] | undefined;
        longer = rec.longer as Map<number, Entry[]> | undefined;
        longerMask = rec.longerMask;
        head = rec.head as Entry[] | undefined;
      } else {
        const at = this.byKey.get(key);
        single = at?.single;
        firstOnly = at?.firstOnly;
        longer = at?.second;
        longerMask = at?.secondMask ?? 0;
        head = key.length >= 3 ? this.byHead.get(headOf(key)) : undefined;
        headKnown = 0;
      }
      if (single === undefined && firstOnly === undefined && longer === undefined && head === undefined) continue;
      found.n = 0;
      // The lists are by the token's key (and the next token's): those keys need no second look.
      if (longer !== undefined && i + 1 < tokens.length) {
        const id = this.secondId(tokens[i + 1]);
        if (id >= 0 && (longerMask & (1 << (id & 31))) !== 0) consider(longer.get(id), tokens, i, text, found, 2);
      }
      consider(firstOnly, tokens, i, text, found, 1);
      consider(single, tokens, i, text, found, 1);
      consider(head, tokens, i, text, found, headKnown);
      for (let f = 0; f < found.n; f++) {
        const c = found.cat[f];
        if (covered[c] > i) continue;
        const e = found.e[f]!;
        const len = found.len[f];
        const slot = found.slot[f];
        hits.push({ category: this.catNames[c], weight: slot === 0 ? e.weight0 : e.catWeights[slot], from: i, to: i + len, start: tokens[i].start, end: tokens[i + len - 1].end });
        covered[c] = i + len;
      }
    }
    return hits;
  }
}

/**
 * The one-word prefixes of `heads` (a byHead list) that `key` starts with, in their order, or undefined for none: a pure
 * function of the word, kept on its record, so a word that only shares its first two letters with a prefix ("from",
 * "frustrat*") looks at no entry per token.
 */
function prefixesOf(heads: Entry[] | undefined, key: string): Entry[] | undefined {
  if (heads === undefined) return undefined;
  const out = heads.filter((e) => key.startsWith(e[LAST_KEY]));
  return out.length ? out : undefined;
}

/** The first two UTF-16 units of a key as one small integer (below 2^30 for every letter we read). */
function headOf(key: string): number {
  return ((key.charCodeAt(0) & 0x3fff) << 16) | key.charCodeAt(1);
}

interface KeyLists {
  /** Phrases of three or more words, or two words without a prefix, by their second word's number (secondIds). */
  second: Map<number, Entry[]> | undefined;
  /** Bit (n & 31) for each second word number n in `second`. */
  secondMask: number;
  firstOnly: Entry[] | undefined;
  single: Entry[] | undefined;
}

/** Matches found at one token, longest per category: parallel arrays reused for every token (no allocation). */
interface Found {
  n: number;
  cat: number[];
  e: (Entry | null)[];
  len: number[];
  /** Index of the category in its entry's `cats`. */
  slot: number[];
}
const FOUND: Found = { n: 0, cat: [], e: [], len: [], slot: [] };

/**
 * Adds the entries of `list` that match at token i to `found`, keeping the longest per category.
 * The first `known` keys of every entry of the list are the tokens' own (the list was found by them).
 */
function consider(list: Entry[] | undefined, tokens: readonly Token[], i: number, text: string | undefined, found: Found, known: number): void {
  if (!list) return;
  for (const e of list) {
    const len = e[N_KEYS];
    if (len > known && !matchesAt(tokens, i, e, known)) continue;
    const misspelt = e.spelling !== null && text !== undefined && !e.spelling.has(text.slice(tokens[i].start, tokens[i + len - 1].end).toLowerCase().replace(/\u2019/g, "'"));
    for (let s = 0; s < e.nCats; s++) {
      if (misspelt && e.cats[s] === 'slang') continue;
      const c = s === 0 ? e.cat0 : e.catIds[s];
      let k = 0;
      while (k < found.n && found.cat[k] !== c) k++;
      if (k === found.n) {
        found.cat[k] = c;
        found.e[k] = e;
        found.len[k] = len;
        found.slot[k] = s;
        found.n++;
      } else if (found.len[k] < len) {
        found.e[k] = e;
        found.len[k] = len;
        found.slot[k] = s;
      }
    }
  }
}

function matchesAt(tokens: readonly Token[], i: number, e: Entry, known: number): boolean {
  const n = e[N_KEYS];
  if (i + n > tokens.length) return false;
  // Only the last key left to compare (one-word prefixes, "پیام قبلی*"): no look at the keys list.
  if (n - known === 1) return e.prefix ? tokens[i + n - 1].key.startsWith(e[LAST_KEY]) : tokens[i + n - 1].key === e[LAST_KEY];
  for (let k = known; k < n; k++) {
    const tk = tokens[i + k].key;
    const want = e.keys[k];
    if (k === n - 1 && e.prefix) {
      if (!tk.startsWith(want)) return false;
    } else if (tk !== want) return false;
  }
  return true;
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Merge lexicons category by category (later ones win). */
export function mergeLexicons(...parts: ReadonlyArray<Partial<Record<LexiconCategory, Weights>> | undefined>): ToneLexicon {
  const out = {} as Record<LexiconCategory, Record<string, number>>;
  for (const cat of CATEGORIES) out[cat] = {};
  for (const p of parts) if (p) for (const cat of CATEGORIES) Object.assign(out[cat], p[cat] ?? {});
  return out;
}
