/**
 * Many pre-checks in one pass: for a list of expressions, each with its required literals (./regex-literals.ts), one
 * scan of a text tells which of them may match there (an Aho-Corasick automaton over every literal of the list, folded
 * into a transition table when the list is first used). Testing each literal with `includes` cost more than the
 * expressions it saved on a list of ~40 patterns of up to 24 literals each (measured, perf29).
 */
import { isAsciiText, requiredLiterals } from './regex-literals.ts';

interface Automaton {
  /** A UTF-16 unit's class (0: in no literal); ASCII in a table, the rest in a map. */
  ascii: Uint16Array;
  other: Map<number, number>;
  classes: number;
  delta: Int32Array;
  /** outAt[s] .. outAt[s + 1]: the expressions a state completes a literal of (through its failure links too). */
  outAt: Int32Array;
  outIds: Int32Array;
}

function build(literals: readonly (readonly string[])[], ids: readonly number[]): Automaton {
  const ascii = new Uint16Array(128);
  const other = new Map<number, number>();
  let classes = 1;
  const clsOf = (c: number, add: boolean): number => {
    if (c < 128) {
      if (ascii[c] === 0 && add) ascii[c] = classes++;
      return ascii[c];
    }
    let k = other.get(c);
    if (k === undefined && add) other.set(c, (k = classes++));
    return k ?? 0;
  };
  for (const lits of literals) for (const w of lits) for (let i = 0; i < w.length; i++) clsOf(w.charCodeAt(i), true);
  const next: Map<number, number>[] = [new Map()];
  const outs: number[][] = [[]];
  literals.forEach((lits, k) => {
    for (const w of lits) {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = clsOf(w.charCodeAt(i), false);
        let t = next[s].get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          outs.push([]);
          next[s].set(c, t);
        }
        s = t;
      }
      if (!outs[s].includes(ids[k])) outs[s].push(ids[k]);
    }
  });
  const n = next.length;
  const delta = new Int32Array(n * classes);
  const fail = new Int32Array(n);
  const order: number[] = [];
  for (const [c, t] of next[0]) {
    delta[c] = t;
    order.push(t);
  }
  for (let q = 0; q < order.length; q++) {
    const s = order[q];
    for (const id of outs[fail[s]]) if (!outs[s].includes(id)) outs[s].push(id);
    // The failure state's row (complete: it is shallower), then the state's own edges over it.
    const f = fail[s] * classes;
    delta.copyWithin(s * classes, f, f + classes);
    for (const [c, t] of next[s]) {
      fail[t] = delta[f + c];
      delta[s * classes + c] = t;
      order.push(t);
    }
  }
  const outAt = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) outAt[s + 1] = outAt[s] + outs[s].length;
  const outIds = new Int32Array(outAt[n]);
  for (let s = 0; s < n; s++) outIds.set(outs[s], outAt[s]);
  return { ascii, other, classes, delta, outAt, outIds };
}

function scanInto(a: Automaton, text: string, seen: Uint32Array, stamp: number): void {
  const { ascii, other, classes, delta, outAt, outIds } = a;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code < 128 ? ascii[code] : (other.get(code) ?? 0);
    s = c === 0 ? 0 : delta[s * classes + c];
    for (let k = outAt[s], e = outAt[s + 1]; k < e; k++) seen[outIds[k]] = stamp;
  }
}

/** Which of a list of expressions may match in a text: `scan(text)` once, then `may(i)` per expression. */
export class LiteralScanner {
  /** Expressions with no known literal (always may match). */
  private readonly always: Uint8Array;
  private readonly exact: Automaton | null;
  private readonly folded: Automaton | null;
  private readonly seen: Uint32Array;
  private stamp = 0;
  /** Whether the last text was scanned for the case-insensitive expressions (else they may all match). */
  private foldScanned = false;
  private readonly isFold: Uint8Array;

  constructor(expressions: readonly RegExp[]) {
    const n = expressions.length;
    this.always = new Uint8Array(n);
    this.isFold = new Uint8Array(n);
    this.seen = new Uint32Array(n);
    const exact: { lits: (readonly string[])[]; ids: number[] } = { lits: [], ids: [] };
    const folded: { lits: (readonly string[])[]; ids: number[] } = { lits: [], ids: [] };
    expressions.forEach((re, i) => {
      const lits = requiredLiterals(re);
      if (lits === null) this.always[i] = 1;
      else {
        const into = re.flags.includes('i') ? folded : exact;
        if (into === folded) this.isFold[i] = 1;
        into.lits.push(lits);
        into.ids.push(i);
      }
    });
    this.exact = exact.lits.length ? build(exact.lits, exact.ids) : null;
    this.folded = folded.lits.length ? build(folded.lits, folded.ids) : null;
  }

  scan(text: string): void {
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    if (this.exact) scanInto(this.exact, text, this.seen, this.stamp);
    // Under i, ſ and the Kelvin sign fold to ASCII letters: a non-ASCII text is not pre-checked for those expressions.
    this.foldScanned = this.folded !== null && isAsciiText(text);
    if (this.foldScanned) scanInto(this.folded!, text.toLowerCase(), this.seen, this.stamp);
  }

  /** Whether expression i may match in the last text scanned (false: it holds none of its literals). */
  may(i: number): boolean {
    if (this.always[i] === 1 || this.seen[i] === this.stamp) return true;
    return this.isFold[i] === 1 && !this.foldScanned;
  }
}
