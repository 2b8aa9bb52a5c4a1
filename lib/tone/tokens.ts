/**
 * Tokens and phrase matching for the tone reader. Text is folded (lib/text `fold`), so Arabic and
 * Persian letter variants, diacritics, case and curly apostrophes match alike; Persian verb prefixes
 * (می/نمی/بی) and ZWNJ suffixes (ها/ام/…) are joined to their word, so "نمی‌خوام", "نمی خوام" and
 * "نمیخوام" are all the token "نمیخوام". Offsets always point into the analysed text.
 */
import { fold, isArabicScript } from '../text/index.ts';
import type { LexiconCategory, ToneLexicon, Weights } from './types.ts';

/** Phrase lists by category. Categories are free names: the tone lexicon's own ('frustration', …) or a cue's ('frustration.sarcasm'). */
export type LexiconPart = Readonly<Record<string, Weights>>;

export interface Token {
  /** Normalised key: folded, Persian prefix/suffix joined, no spaces. */
  key: string;
  /** Offsets in the analysed (unfolded) text. */
  start: number;
  end: number;
  fa: boolean;
}

const TOKEN_RE = /https?:\/\/\S+|www\.\S+|@[\p{L}\p{N}_.]+|#?[\p{L}\p{N}\p{M}_]+(?:'[\p{L}\p{N}\p{M}]+)*/gu;
const FA_PREFIX = new Set(['می', 'نمی', 'بی']);
const FA_SUFFIX = new Set(['ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'ام', 'ات', 'اش', 'ای', 'ایم', 'اید', 'اند', 'تر', 'ترین', 'شان', 'مان', 'تان', 'هاش', 'هام', 'هات', 'هامون', 'هاتون', 'هاشون']);

export function tokenize(text: string): Token[] {
  // Pure ASCII folds to its lower case with an identity offset map: same result as fold(), faster.
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const f = ascii ? { text: text.toLowerCase(), map: null } : fold(text);
  const map = f.map;
  const raw: Token[] = [];
  for (const m of f.text.matchAll(TOKEN_RE)) {
    const s = m[0];
    const c = s.charCodeAt(0);
    if (c === 64 /* @ */ || s.startsWith('http') || s.startsWith('www.')) continue;
    let from = m.index!;
    let key = s;
    if (c === 35 /* # */) {
      from++;
      key = s.slice(1);
    }
    const to = m.index! + s.length;
    raw.push({ key, start: map ? map[from] : from, end: (map ? map[to - 1] : to - 1) + 1, fa: !ascii && isArabicScript(key[0]) });
  }
  // Join Persian prefixes and ZWNJ suffixes.
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i];
    if (t.fa && FA_PREFIX.has(t.key) && i + 1 < raw.length && raw[i + 1].fa && gapIsSpace(text, t.end, raw[i + 1].start)) {
      const n = raw[++i];
      t = { key: t.key + n.key, start: t.start, end: n.end, fa: true };
    }
    const prev = out[out.length - 1];
    if (t.fa && prev?.fa && FA_SUFFIX.has(t.key) && t.start - prev.end === 1 && text[prev.end] === '\u200c') {
      out[out.length - 1] = { key: prev.key + t.key, start: prev.start, end: t.end, fa: true };
      continue;
    }
    out.push(t);
  }
  return out;
}

function gapIsSpace(text: string, a: number, b: number): boolean {
  if (b - a > 2 || b <= a) return false;
  for (let i = a; i < b; i++) if (!/[\s\u200c]/.test(text[i])) return false;
  return true;
}

/** Tokens of a lexicon phrase (same normalisation as the text). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

// ---- Phrase matcher --------------------------------------------------------------------------

export const CATEGORIES: readonly LexiconCategory[] = ['frustration', 'urgency', 'repeat', 'politeness', 'formality', 'slang', 'academic', 'questionStarts'];

interface Entry {
  keys: string[];
  /** The last key matches as a prefix. */
  prefix: boolean;
  weights: Record<string, number>;
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
      for (const cat of Object.keys(lex)) {
        const list = lex[cat];
        if (!list) continue;
        for (const [phrase, weight] of Object.entries(list)) {
          const prefix = phrase.endsWith('*');
          const keys = phraseKeys(prefix ? phrase.slice(0, -1) : phrase);
          if (keys.length === 0) continue;
          const id = keys.join(' ') + (prefix ? '*' : '');
          let e = all.get(id);
          if (!e) all.set(id, (e = { keys, prefix, weights: {} }));
          e.weights[cat] = weight; // later lexicons override earlier ones
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

  /** Longest non-overlapping matches per category, in text order. */
  match(tokens: readonly Token[]): Hit[] {
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
          for (const c in e.weights) {
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
