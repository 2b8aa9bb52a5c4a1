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
 * Each list's pre-check (lib/text/literal-scan.ts: one pass over the sentence for the literals one of which every match
 * of each pattern holds, read off the patterns themselves), made on the list's first use: most sentences hold none of a
 * pattern's literals, and the scan is cheaper than running the expressions (perf29: these readers were ~15% of an
 * English full analysis).
 */
const scanners = new WeakMap<readonly NormPattern[], LiteralScanner>();

function scannerOf(patterns: readonly NormPattern[]): LiteralScanner {
  let c = scanners.get(patterns);
  if (!c) scanners.set(patterns, (c = new LiteralScanner(patterns.map((p) => p.re))));
  return c;
}

/** The hits of `patterns` in one English sentence's tokens, never overlapping, in order; nothing for a non-English word. */
export function readNormPatterns(patterns: readonly NormPattern[], tokens: readonly Token[]): GenericHit[] {
  // The norms joined by single spaces, with each token's place in that string.
  let s = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const t of tokens) {
    if (t.lang !== 'en' && t.word) return [];
    if (s) s += ' ';
    from.push(s.length);
    s += t.norm;
    to.push(s.length);
  }
  if (!s) return [];
  const out: GenericHit[] = [];
  const scanner = scannerOf(patterns);
  scanner.scan(s);
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i];
    // The pattern first (most sentences match none), then its conditions (pure tests of the same string).
    if (!scanner.may(i)) continue;
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
