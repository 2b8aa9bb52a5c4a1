/**
 * Suggests the likely root cause of a customer's message from each tag's keyword lists (data in
 * the taxonomy, English and Persian). Only a suggestion: the agent applies it with a click.
 *
 * Matching works on folded words (Arabic/Persian letter variants, ZWNJ, digits, case), so
 * "صورت‌حساب", "صورت حساب" and "صورتحساب" with Arabic letters all match. A keyword is a word
 * sequence; a trailing * lets its last word take any ending ("invoice*" matches "invoices",
 * "فاکتور*" matches "فاکتورم"). A tag's score is the number of message words its matched
 * keywords cover, so longer phrases weigh more; "order ^0.5" makes a weak keyword (score per word).
 * Ties go to the tag with more distinct keywords, then to the earlier tag.
 */
import { fold, words } from '../text/index.ts';
import type { Taxonomy } from './types.ts';
import { offeredTags, resolveTagId } from './taxonomy.ts';
import { EN_STOP } from '../kb/stopwords.en.ts';
import { FA_STOP } from '../kb/stopwords.fa.ts';

/**
 * A keyword made only of question framing ("when will", "how long", "how soon", "where is") names
 * no topic: it weighs half, so one topic word ("refund") is not outweighed by the way the customer
 * asked. (Issue 14: "When will I get my refund?" got "Delivery delay".) Keywords with a topic word
 * in them ("in what cases", "where is my order") keep their full weight.
 */
const FRAME_WEIGHT = 0.5;
const FRAME_EXTRA = new Set(['long', 'soon']);
const isFrameWord = (w: string) => EN_STOP.has(w) || FA_STOP.has(w) || FRAME_EXTRA.has(w);

/**
 * Persian endings that attach to a noun without changing what it names: the indefinite or
 * adjectival ی ("وجهی"), plural ها/های, possessive م/ت/ش/مان/تان/شان (and after ZWNJ folding, the
 * same as one word). A whole-word Persian keyword matches its noun with one of them.
 */
const FA_NOUN_ENDINGS = ['ی', 'ها', 'های', 'هایی', 'ای', 'م', 'ت', 'ش', 'مان', 'تان', 'شان', 'ام', 'ات', 'اش'];
const PERSIAN = /[\u0600-\u06ff]/;
/** The word itself, and for a Persian word the nouns it can be with one ending taken off. */
function nounStems(word: string): string[] {
  if (!PERSIAN.test(word)) return [word];
  const out = [word];
  for (const e of FA_NOUN_ENDINGS) if (word.length - e.length >= 2 && word.endsWith(e)) out.push(word.slice(0, -e.length));
  return out;
}

function sameNoun(got: string, want: string): boolean {
  if (got === want) return true;
  if (!PERSIAN.test(want) || want.length < 2 || !got.startsWith(want)) return false;
  return FA_NOUN_ENDINGS.includes(got.slice(want.length));
}

export interface Suggestion {
  tagId: string;
  score: number;
  /** The words of the message that matched, as written. */
  evidence: string[];
}

interface Keyword {
  tagId: string;
  tokens: string[];
  prefix: boolean;
  /** Score per word covered (1 unless the keyword ends with " ^weight"). */
  weight: number;
}

interface Compiled {
  /** Keywords by first token (exact first word). */
  exact: Map<string, Keyword[]>;
  /** Keywords whose only word is a prefix, by the prefix's first two characters. */
  prefixes: Map<string, Keyword[]>;
  order: Map<string, number>;
}

const cache = new WeakMap<Taxonomy, Compiled>();

function tokenize(text: string): string[] {
  return words(fold(text).text).map((w) => w.text);
}

function compile(tax: Taxonomy): Compiled {
  const hit = cache.get(tax);
  if (hit) return hit;
  const offered = new Set(offeredTags(tax).map((t) => t.id));
  const exact = new Map<string, Keyword[]>();
  const prefixes = new Map<string, Keyword[]>();
  const order = new Map<string, number>();
  for (const tag of tax.tags) {
    // A merged tag's keywords work for its target; retired tags suggest nothing.
    const target = resolveTagId(tax, tag.id);
    if (!offered.has(target)) continue;
    order.set(target, tax.tags.find((t) => t.id === target)!.order);
    const seen = new Set<string>();
    for (const raw of [...(tag.keywords?.en ?? []), ...(tag.keywords?.fa ?? [])]) {
      // "order ^0.5": a weak keyword; the weight is per word.
      const w = /\s\^(\d+(?:\.\d+)?)\s*$/.exec(raw);
      const body = w ? raw.slice(0, w.index) : raw;
      const prefix = body.trim().endsWith('*');
      const tokens = tokenize(body.replace(/\*\s*$/, ''));
      if (tokens.length === 0) continue;
      const key = `${target}|${tokens.join(' ')}|${prefix}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const frame = !prefix && tokens.every(isFrameWord);
      const kw: Keyword = { tagId: target, tokens, prefix: prefix && tokens[tokens.length - 1].length >= 2, weight: (w ? Number(w[1]) : 1) * (frame ? FRAME_WEIGHT : 1) };
      // A prefix needs two letters to mean anything; shorter ones match as whole words.
      if (prefix && tokens.length === 1 && tokens[0].length >= 2) {
        const k = tokens[0].slice(0, 2);
        prefixes.set(k, [...(prefixes.get(k) ?? []), kw]);
      } else {
        exact.set(tokens[0], [...(exact.get(tokens[0]) ?? []), kw]);
      }
    }
  }
  const compiled = { exact, prefixes, order };
  cache.set(tax, compiled);
  return compiled;
}

function matchAt(tokens: readonly string[], i: number, kw: Keyword): boolean {
  const n = kw.tokens.length;
  if (i + n > tokens.length) return false;
  for (let j = 0; j < n; j++) {
    const want = kw.tokens[j];
    const got = tokens[i + j];
    if (j === n - 1 && kw.prefix ? !got.startsWith(want) : !sameNoun(got, want)) return false;
  }
  return true;
}

export function suggestTag(message: string, taxonomy: Taxonomy): Suggestion | null {
  const { exact, prefixes, order } = compile(taxonomy);
  if (exact.size === 0 && prefixes.size === 0) return null;
  const folded = fold(message);
  const spans = words(folded.text);
  const tokens = spans.map((s) => s.text);
  const scores = new Map<string, { score: number; evidence: Set<string>; matched: Set<Keyword>; covered: Set<number> }>();
  const credit = (kw: Keyword, i: number) => {
    let s = scores.get(kw.tagId);
    if (!s) scores.set(kw.tagId, (s = { score: 0, evidence: new Set(), matched: new Set(), covered: new Set() }));
    // A keyword counts once per message, however often the customer repeats it, and a word
    // counts once per tag ("shipping address" and "address*" overlap: 2, not 3).
    if (s.matched.has(kw)) return;
    let fresh = 0;
    for (let j = i; j < i + kw.tokens.length; j++) if (!s.covered.has(j)) fresh++;
    if (fresh === 0) return;
    s.matched.add(kw);
    for (let j = i; j < i + kw.tokens.length; j++) s.covered.add(j);
    s.score += fresh * kw.weight;
    const start = folded.map[spans[i].start];
    const last = spans[i + kw.tokens.length - 1];
    const end = folded.map[last.end - 1] + 1;
    s.evidence.add(message.slice(start, end));
  };
  for (let i = 0; i < tokens.length; i++) {
    for (const first of nounStems(tokens[i])) for (const kw of exact.get(first) ?? []) if (matchAt(tokens, i, kw)) credit(kw, i);
    for (const kw of prefixes.get(tokens[i].slice(0, 2)) ?? []) if (tokens[i].startsWith(kw.tokens[0])) credit(kw, i);
  }
  let best: { tagId: string; score: number; evidence: Set<string>; matched: Set<Keyword>; covered: Set<number> } | null = null;
  for (const [tagId, s] of scores) {
    const cand = { tagId, ...s };
    if (
      !best ||
      cand.score > best.score ||
      (cand.score === best.score && cand.matched.size > best.matched.size) ||
      (cand.score === best.score && cand.matched.size === best.matched.size && (order.get(tagId) ?? 0) < (order.get(best.tagId) ?? 0))
    ) {
      best = cand;
    }
  }
  if (!best) return null;
  return { tagId: best.tagId, score: best.score, evidence: [...best.evidence].slice(0, 5) };
}
