/**
 * (perfen31) Dispatch of the English generic readers by the words they need, as ./dispatch.fa.ts does for Persian.
 *
 * Two shapes, because the English readers come in two shapes:
 * - per word (`wordDispatch`): readers called at each word of a sentence (./en.ts's READERS). A reader's gate restates its
 *   first test on the word's norm (a pure function of the norm, answered once per word form); the dispatcher hands out,
 *   for one norm, the readers whose gate passes, in the readers' own order, so the first hit is the one the full loop finds.
 * - per sentence (`sentenceWords`): readers that read a whole sentence behind a gate that scans its tokens (kinds22's
 *   twenty-odd gates, each a pass over the tokens). Each gate names a word test its gate cannot pass without (some token's
 *   norm passes it); one pass over the sentence's norms, each answered once per word form, gives a bit per test, and a
 *   reader whose bit is off is not asked. Its own gate still runs when the bit is on, so the bit only needs to be necessary.
 *
 * A gate may pass where its reader then reads nothing; it must never fail where the reader would read something. The
 * audit (`auditEnGates`, tests only) makes every gate pass and records a reader its gate would have skipped that then read
 * something; tests/unit/rewrite/en-gates.test.ts runs the engine over every English development sentence and asks for no
 * such miss. The rewrite snapshot (scripts/rewrite-snapshot.ts) stays byte-identical.
 */
import { gateAudit, type GateMiss } from './gate-audit.ts';
import type { Token } from '../../nlp/index.ts';

/** Word forms held at most per memo (a draft set's vocabulary passes 5,000 words). */
const MEMO_MAX = 20_000;

/** A reader its gate skipped where it reads something: the gate is narrower than the reader. */
export type EnGateMiss = GateMiss;

/** The English gates' audit (./gate-audit.ts). */
const AUDIT = gateAudit();

/** Whether an audit is under way (the gated callers then run every reader and report what a gate would have lost). */
export const auditingEn = (): boolean => AUDIT.current() !== null;

/**
 * Runs `run` with every English gate audited (tests only): every reader runs, and one whose gate would have skipped it but
 * that reads something is recorded. What `run` returns is the ungated reading.
 */
export const auditEnGates = (run: () => void): EnGateMiss[] => AUDIT.run(run);

/** Records a gate's miss while auditing (a reader run past its closed gate read `hits`). */
export const noteEnMiss = (reader: string, word: string): void => AUDIT.note(reader, word);

/** The readers to run at a word, by its norm. */
export type WordDispatch<R> = (w: string) => readonly R[];

/**
 * Per-word dispatch: `gates` holds a word test per reader (a reader without one runs at every word). While auditing, every
 * reader is handed out, a closed gate's reader wrapped so that a hit from it is recorded; `original` gives back the
 * reader a wrapper stands for (for a caller that compares readers by identity).
 */
export function wordDispatch<R extends (...args: never[]) => unknown>(readers: readonly R[], gates: ReadonlyMap<R, (w: string) => boolean>): { at: WordDispatch<R>; original: (r: R) => R } {
  const n = readers.length;
  const tests = readers.map((r) => gates.get(r));
  const memo = new Map<string, R[]>();
  const wrappers = new Map<R, R>();
  const make = (w: string): R[] => {
    const list: R[] = [];
    for (let k = 0; k < n; k++) {
      const g = tests[k];
      if (g === undefined || g(w)) list.push(readers[k]);
    }
    return list;
  };
  const audited = (w: string, misses: EnGateMiss[]): R[] =>
    readers.map((r, k) => {
      const g = tests[k];
      if (g === undefined || g(w)) return r;
      const read = r as unknown as (...args: unknown[]) => unknown;
      const name = read.name || `reader ${k}`;
      const wrapped = ((...args: unknown[]) => {
        const hit = read(...args);
        if (hit) misses.push({ reader: name, word: w });
        return hit;
      }) as unknown as R;
      wrappers.set(wrapped, r);
      return wrapped;
    });
  const at = (w: string): readonly R[] => {
    const misses = AUDIT.current();
    if (misses !== null) return audited(w, misses);
    let list = memo.get(w);
    if (list === undefined) {
      list = make(w);
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(w, list);
    }
    return list;
  };
  const original = (r: R): R => (AUDIT.current() === null ? r : (wrappers.get(r) ?? r));
  return { at, original };
}

/**
 * Per-sentence word bits: test k passes for some token's norm of the sentence → bit 1 << k of the answer (at most 31
 * tests). Each norm is answered once per word form; the last sentence's answer is kept (its readers ask one after another
 * with the same token array). While auditing every bit is on (the callers then check what a closed bit would have lost
 * with `sentenceBitsExact`).
 */
export function sentenceWords(tests: readonly ((w: string) => boolean)[]): { bits: (tokens: readonly Token[]) => number; exact: (tokens: readonly Token[]) => number } {
  if (tests.length > 31) throw new Error('sentenceWords: at most 31 tests');
  const memo = new Map<string, number>();
  const of = (w: string): number => {
    let b = memo.get(w);
    if (b === undefined) {
      b = 0;
      for (let k = 0; k < tests.length; k++) if (tests[k](w)) b |= 1 << k;
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(w, b);
    }
    return b;
  };
  let lastTokens: readonly Token[] | null = null;
  let last = 0;
  const exact = (tokens: readonly Token[]): number => {
    if (tokens === lastTokens) return last;
    let b = 0;
    for (let k = 0; k < tokens.length; k++) b |= of(tokens[k].norm);
    lastTokens = tokens;
    last = b;
    return b;
  };
  const bits = (tokens: readonly Token[]): number => (AUDIT.current() !== null ? -1 : exact(tokens));
  return { bits, exact };
}
