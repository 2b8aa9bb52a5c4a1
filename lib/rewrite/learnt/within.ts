import type { Token } from '../../nlp/index.ts';

/**
 * (perf33) The tokens of a span, found by binary search instead of a pass over the sentence's every token per span: a
 * run-on's hundreds of spans each filtered all its tokens (quadratic; tests/unit/rewrite/linear33.test.ts counts it).
 * `within(start, end, keep)` is exactly `tokens.filter((t) => t.start >= start && t.end <= end && keep(t))`: when the
 * tokens' starts are not in order (never seen; checked once per sentence) it is that filter.
 */
export function spanTokens(tokens: readonly Token[]): (start: number, end: number, keep: (t: Token) => boolean) => Token[] {
  // Checked at the first question (a sentence without spans asks none).
  let sorted: boolean | undefined;
  return (start, end, keep) => {
    if (sorted === undefined) {
      sorted = true;
      for (let i = 1; i < tokens.length && sorted; i++) if (tokens[i].start < tokens[i - 1].start) sorted = false;
    }
    if (!sorted) return tokens.filter((t) => t.start >= start && t.end <= end && keep(t));
    let a = 0;
    let b = tokens.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (tokens[m].start < start) a = m + 1;
      else b = m;
    }
    const out: Token[] = [];
    // A token starting after `end` cannot end by it (end >= start for a token).
    for (let i = a; i < tokens.length && tokens[i].start <= end; i++) {
      const t = tokens[i];
      if (t.end <= end && keep(t)) out.push(t);
    }
    return out;
  };
}
