/**
 * English readers written as regular expressions over a sentence's token norms (contractions spelt out, "thats" ->
 * "that is", "u" -> "you") joined by single spaces: each match is mapped back to the tokens' offsets in the sentence.
 * Used by ./dept.en.ts and ./remind19.en.ts.
 */
import type { Token } from '../../nlp/index.ts';
import type { RuleCategory } from '../../packs/schema.ts';
import type { GenericHit } from './types.ts';
import { LiteralScanner } from '../../text/literal-scan.ts';

export interface NormPattern {
  re: RegExp;
  construction: string;
  category: RuleCategory;
  /** The sentence must not hold this. */
  not?: RegExp;
  /** The sentence must also hold this. */
  need?: RegExp;
}

/**
 * The pre-check (lib/text/literal-scan.ts: one pass over the sentence for the literals one of which every match of each
 * pattern holds, read off the patterns themselves): most sentences hold none of a pattern's literals, and the scan is
 * cheaper than running the expressions (perf29: these readers were ~15% of an English full analysis). (perfen30) One
 * scanner for every list read so far, each list at its own offset, rebuilt when a list is first read: a sentence is
 * scanned once for the ~10 lists its readers ask about, not once per list.
 */
const offsets = new Map<readonly NormPattern[], number>();
const expressions: RegExp[] = [];
let scanner: LiteralScanner | null = null;

/**
 * (perfen30) The last sentence's norms joined, kept for the next list over the same tokens (the readers of one sentence
 * get the same token array one after another): the join was made again for each list. The scan is kept with it.
 */
let lastTokens: readonly Token[] | null = null;
let lastJoin: { s: string; from: number[]; to: number[]; english: boolean } = { s: '', from: [], to: [], english: false };
let scannedTokens: readonly Token[] | null = null;

function joinOf(tokens: readonly Token[]): { s: string; from: number[]; to: number[]; english: boolean } {
  if (tokens === lastTokens) return lastJoin;
  // The norms joined by single spaces, with each token's place in that string.
  let s = '';
  const from: number[] = [];
  const to: number[] = [];
  let english = true;
  for (const t of tokens) {
    if (t.lang !== 'en' && t.word) {
      english = false;
      break;
    }
    if (s) s += ' ';
    from.push(s.length);
    s += t.norm;
    to.push(s.length);
  }
  lastTokens = tokens;
  lastJoin = { s, from, to, english };
  return lastJoin;
}

/** For tests: how many times the scanner was built, and how many lists were first seen when read (not registered at load). */
export const normScanStats = { builds: 0, lateLists: 0 };

function register(patterns: readonly NormPattern[]): number {
  const base = expressions.length;
  offsets.set(patterns, base);
  for (const p of patterns) expressions.push(p.re);
  scanner = null;
  return base;
}

/**
 * (rperf41) The lists a module reads, registered when it loads: the scanner is then built once, at the first English
 * sentence, over every list, instead of again each time a list is first read (ten builds over a growing list in a page's
 * first English analysis, half its literal pre-checks' start-up). A list not registered is registered when first read.
 */
export function registerNormPatterns(...lists: readonly (readonly NormPattern[])[]): void {
  for (const list of lists) if (!offsets.has(list)) register(list);
}

/** Whether any token's norm is in `gate`: the word gate the kinds modules read before their patterns. */
export function someNormIn(gate: ReadonlySet<string>, tokens: readonly Token[]): boolean {
  for (const t of tokens) if (gate.has(t.norm)) return true;
  return false;
}

/** The hits of `patterns` in one English sentence's tokens, never overlapping, in order; nothing for a non-English word. */
export function readNormPatterns(patterns: readonly NormPattern[], tokens: readonly Token[]): GenericHit[] {
  const { s, from, to, english } = joinOf(tokens);
  if (!english || !s) return [];
  const out: GenericHit[] = [];
  let base = offsets.get(patterns);
  if (base === undefined) {
    normScanStats.lateLists++;
    base = register(patterns);
  }
  if (!scanner) {
    normScanStats.builds++;
    scanner = new LiteralScanner(expressions);
    scannedTokens = null;
  }
  if (scannedTokens !== tokens) {
    scanner.scan(s);
    scannedTokens = tokens;
  }
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i];
    // The pattern first (most sentences match none), then its conditions (pure tests of the same string).
    if (!scanner.may(base + i)) continue;
    const m = p.re.exec(s);
    if (!m) continue;
    if ((p.not && p.not.test(s)) || (p.need && !p.need.test(s))) continue;
    const a = m.index;
    const b = m.index + m[0].trimEnd().length;
    let first = -1;
    let last = -1;
    for (let k = 0; k < tokens.length; k++) {
      if (to[k] > a && from[k] < b) {
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first < 0) continue;
    const start = tokens[first].start;
    const end = tokens[last].end;
    if (out.some((h) => h.start < end && start < h.end)) continue;
    out.push({ start, end, category: p.category, construction: p.construction });
  }
  return out.sort((x, y) => x.start - y.start);
}
