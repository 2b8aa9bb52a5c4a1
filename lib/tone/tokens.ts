/**
 * Phrase matching for the tone reader over the language layer's tokens (lib/nlp via ./layer.ts):
 * keys are folded (Arabic/Persian letter variants, case, apostrophes, ZWNJ), contractions spelt
 * out, so a lexicon phrase matches however the customer typed it. Offsets point into the analysed text.
 */
import { phraseTokens } from './layer.ts';
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
}

/** Keys of a lexicon phrase, read by the same language layer as the text. */
export function phraseKeys(phrase: string): string[] {
  return phraseTokens(phrase).map((t) => t.key);
}

// ---- Phrase matcher --------------------------------------------------------------------------

export const CATEGORIES: readonly LexiconCategory[] = ['frustration', 'urgency', 'repeat', 'politeness', 'formality', 'slang', 'academic', 'questionStarts'];

interface Entry {
  keys: string[];
  /** The last key matches as a prefix. */
  prefix: boolean;
  weights: Record<string, number>;
  /** The categories of `weights`, for the match loop. */
  cats: string[];
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

export class Matcher {
  /** One-word phrases by their word. */
  private single = new Map<string, Entry[]>();
  /** Longer phrases by their first word, then their second ("still" -> "no"), so most tokens look up nothing. */
  private pairs = new Map<string, Map<string, Entry[]>>();
  /** Two-word phrases whose second word is a prefix ("پیام قبلی*"), by their first word. */
  private firstOnly = new Map<string, Entry[]>();
  /** One-word prefixes ("frustrat*") by their first three letters. */
  private byHead = new Map<string, Entry[]>();

  constructor(lexicons: ReadonlyArray<LexiconPart>) {
    const all = new Map<string, Entry>();
    for (const lex of lexicons) {
      const seen = new Set<string>();
      for (const cat of Object.keys(lex)) {
        const list = lex[cat];
        if (!list) continue;
        for (const [phrase, weight] of Object.entries(list)) {
          const prefix = phrase.endsWith('*');
          const keys = phraseKeys(prefix ? phrase.slice(0, -1) : phrase);
          if (keys.length === 0) continue;
          const id = keys.join(' ') + (prefix ? '*' : '');
          let e = all.get(id);
          if (!e) all.set(id, (e = { keys, prefix, weights: {}, cats: [], spelling: null }));
          if (cat === 'slang' && !prefix && keys.join(' ') !== phrase.toLowerCase()) (e.spelling ??= new Set()).add(phrase.toLowerCase());
          // Later lexicons override earlier ones; within one lexicon, phrases the layer reads alike
          // ("please", "pls") keep the strongest weight.
          const here = `${cat}\u0000${id}`;
          e.weights[cat] = seen.has(here) ? Math.max(e.weights[cat], weight) : weight;
          seen.add(here);
        }
      }
    }
    for (const e of all.values()) {
      e.cats = Object.keys(e.weights);
      const n = e.keys.length;
      if (n === 1) push(e.prefix ? this.byHead : this.single, e.prefix ? e.keys[0].slice(0, 3) : e.keys[0], e);
      else if (n === 2 && e.prefix) push(this.firstOnly, e.keys[0], e);
      else {
        let second = this.pairs.get(e.keys[0]);
        if (!second) this.pairs.set(e.keys[0], (second = new Map()));
        push(second, e.keys[1], e);
      }
    }
  }

  /** The candidate lists of a token key, looked up once per distinct key (most keys have none: null). */
  private byKey = new Map<string, KeyLists | null>();

  private listsFor(key: string): KeyLists | null {
    let at = this.byKey.get(key);
    if (at !== undefined) return at;
    const lists: KeyLists = {
      second: this.pairs.get(key),
      firstOnly: this.firstOnly.get(key),
      single: this.single.get(key),
      head: key.length >= 3 ? this.byHead.get(key.slice(0, 3)) : undefined,
    };
    at = lists.second || lists.firstOnly || lists.single || lists.head ? lists : null;
    // Customer text brings new words without end; keep the memo bounded.
    if (this.byKey.size >= 50_000) this.byKey.clear();
    this.byKey.set(key, at);
    return at;
  }

  /** Longest non-overlapping matches per category, in text order (`text`: the analysed text, for spelling checks). */
  match(tokens: readonly Token[], text?: string): Hit[] {
    const hits: Hit[] = [];
    const coveredUntil = new Map<string, number>();
    const found: Found[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const at = this.listsFor(tokens[i].key);
      if (at === null) continue;
      found.length = 0;
      if (at.second && i + 1 < tokens.length) consider(at.second.get(tokens[i + 1].key), tokens, i, text, found);
      consider(at.firstOnly, tokens, i, text, found);
      consider(at.single, tokens, i, text, found);
      consider(at.head, tokens, i, text, found);
      for (const { cat, e, len } of found) {
        if ((coveredUntil.get(cat) ?? 0) > i) continue;
        hits.push({ category: cat, weight: e.weights[cat], from: i, to: i + len, start: tokens[i].start, end: tokens[i + len - 1].end });
        coveredUntil.set(cat, i + len);
      }
    }
    return hits;
  }
}

interface KeyLists {
  second: Map<string, Entry[]> | undefined;
  firstOnly: Entry[] | undefined;
  single: Entry[] | undefined;
  head: Entry[] | undefined;
}

interface Found {
  cat: string;
  e: Entry;
  len: number;
}

/** Adds the entries of `list` that match at token i to `found`, keeping the longest per category. */
function consider(list: Entry[] | undefined, tokens: readonly Token[], i: number, text: string | undefined, found: Found[]): void {
  if (!list) return;
  for (const e of list) {
    const len = e.keys.length;
    if (!matchesAt(tokens, i, e)) continue;
    const misspelt = e.spelling !== null && text !== undefined && !e.spelling.has(text.slice(tokens[i].start, tokens[i + len - 1].end).toLowerCase().replace(/\u2019/g, "'"));
    for (const c of e.cats) {
      if (c === 'slang' && misspelt) continue;
      let k = 0;
      while (k < found.length && found[k].cat !== c) k++;
      if (k === found.length) found.push({ cat: c, e, len });
      else if (found[k].len < len) found[k] = { cat: c, e, len };
    }
  }
}

function matchesAt(tokens: readonly Token[], i: number, e: Entry): boolean {
  const n = e.keys.length;
  if (i + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const tk = tokens[i + k].key;
    const want = e.keys[k];
    if (k === n - 1 && e.prefix) {
      if (!tk.startsWith(want)) return false;
    } else if (tk !== want) return false;
  }
  return true;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
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
