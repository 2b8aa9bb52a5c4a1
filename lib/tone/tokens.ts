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
  private byFirst = new Map<string, Entry[]>();
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
          if (!e) all.set(id, (e = { keys, prefix, weights: {}, spelling: null }));
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
      if (e.prefix && e.keys.length === 1) {
        const head = e.keys[0].slice(0, 3);
        push(this.byHead, head, e);
      } else push(this.byFirst, e.keys[0], e);
    }
    for (const list of [...this.byFirst.values(), ...this.byHead.values()]) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Longest non-overlapping matches per category, in text order (`text`: the analysed text, for spelling checks). */
  match(tokens: readonly Token[], text?: string): Hit[] {
    const hits: Hit[] = [];
    const coveredUntil: Record<string, number> = {};
    for (let i = 0; i < tokens.length; i++) {
      const key = tokens[i].key;
      const cands = this.byFirst.get(key);
      const heads = key.length >= 3 ? this.byHead.get(key.slice(0, 3)) : undefined;
      if (!cands && !heads) continue;
      const found: Record<string, { e: Entry; len: number }> = {};
      for (let pass = 0; pass < 2; pass++) {
        const list = pass === 0 ? cands : heads;
        if (!list) continue;
        for (const e of list) {
          const len = e.keys.length;
          if (!matchesAt(tokens, i, e)) continue;
          const misspelt = e.spelling !== null && text !== undefined && !e.spelling.has(text.slice(tokens[i].start, tokens[i + len - 1].end).toLowerCase().replace(/\u2019/g, "'"));
          for (const c in e.weights) {
            if (c === 'slang' && misspelt) continue;
            const cur = found[c];
            if (!cur || cur.len < len) found[c] = { e, len };
          }
        }
      }
      for (const c in found) {
        if ((coveredUntil[c] ?? 0) > i) continue;
        const { e, len } = found[c];
        hits.push({ category: c, weight: e.weights[c]!, from: i, to: i + len, start: tokens[i].start, end: tokens[i + len - 1].end });
        coveredUntil[c] = i + len;
      }
    }
    return hits;
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
