/**
 * Dispatch of the Persian generic readers by the word they start on. The readers of fa.ts and constructions.fa.ts run
 * at every word of every Persian sentence, and most of them return at their first test (a word that is not their
 * trigger, a word that is not a negated verb). A reader's gate restates that first test: `w` on the written word
 * (a pure function of the word, answered once per word form), `v` on its verb reading. The dispatcher lists, for one
 * word, the readers whose gate passes (w(word) or, for a verb, v(verb)), in the readers' own order, so the first hit
 * is the one the full loop finds. A reader without a gate runs at every word. A gate may pass where its reader then
 * reads nothing (it must never fail where the reader would read something): the snapshot of every suggestion
 * (scripts/rewrite-snapshot.ts) stays byte-identical.
 */
import { gateAudit, type GateMiss } from './gate-audit.ts';
import { BoundedMemo } from '../../text/memo.ts';

/**
 * (perf28) A word test (a pure function of the written word) answered once per word form: for the first-word tests a
 * reader both gates on and repeats at its own start (kinds19 … kinds23), which ran a chain of expressions per call.
 */
export function wordMemo(test: (w: string) => boolean): (w: string) => boolean {
  const memo = new BoundedMemo<string, boolean>(MEMO_MAX);
  return (w) => memo.remember(w, test);
}

export interface FaGate<V> {
  /** The reader can start on this written word (whatever its verb reading). */
  w?: (w: string) => boolean;
  /** The reader can start on a word with this verb reading. */
  v?: (v: V) => boolean;
}

/** Per-word lists held at most (a draft set's vocabulary passes 5,000 words). */
const MEMO_MAX = 20_000;

/** One word form's readers without a verb reading (and the list last made for a verb reading of it). */
export interface FaDispatchEntry<R, V> {
  list: R[];
  pass: Uint8Array;
  lastV: V | undefined;
  lastVList: R[];
}

/**
 * The readers to run at a word: by its form `w` and verb reading `v`; `holder` (the word form's own record, made once
 * per form by fa.ts) keeps the form's entry in slot `slot`, so the word is looked up once for every dispatcher.
 */
export interface FaDispatch<R, V> {
  (w: string, v: V | undefined, holder?: { d: unknown[] }): readonly R[];
  slot: number;
}

let slots = 0;

/** A reader its gate skipped at a word where it reads something: the gate narrows the reader's own first test. */
export type FaGateMiss = GateMiss;
/** The Persian gates' audit (./gate-audit.ts). */
const AUDIT = gateAudit();

/**
 * Runs `run` with every gate audited (tests only): each dispatcher hands out every reader, and a reader its gate would
 * have skipped is wrapped so that a hit from it is recorded. A gate written wider than its reader costs only time; one
 * narrower loses that reader's hits silently, so tests/unit/rewrite/fa-gates.test.ts asks for no miss on the development
 * splits. (A skipped reader's hit is taken like any other while auditing, so what `run` returns is the ungated reading.)
 */
export const auditFaGates = (run: () => void): FaGateMiss[] => AUDIT.run(run);

export function gatedDispatch<R, V>(readers: readonly R[], gates: ReadonlyMap<R, FaGate<V>>): FaDispatch<R, V> {
  const slot = slots++;
  const n = readers.length;
  const wg = readers.map((r) => gates.get(r)?.w);
  const vg = readers.map((r) => gates.get(r)?.v);
  const always = readers.map((r) => !gates.has(r));
  const anyVerbGate = vg.some(Boolean);
  /** Per word form: the readers passing without a verb reading, and which ones (for a verb's merge). */
  const memo = new Map<string, FaDispatchEntry<R, V>>();
  const make = (w: string): FaDispatchEntry<R, V> => {
    const list: R[] = [];
    const pass = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const g = wg[i];
      if (always[i] || (g !== undefined && g(w))) {
        pass[i] = 1;
        list.push(readers[i]);
      }
    }
    return { list, pass, lastV: undefined, lastVList: list };
  };
  const base = (w: string) => {
    let e = memo.get(w);
    if (e === undefined) {
      e = make(w);
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(w, e);
    }
    return e;
  };
  const audited = (w: string, v: V | undefined, misses: FaGateMiss[]): R[] =>
    readers.map((r, i) => {
      const g = wg[i];
      const h = vg[i];
      if (always[i] || (g !== undefined && g(w)) || (v !== undefined && v !== null && h !== undefined && h(v))) return r;
      const read = r as unknown as (...args: unknown[]) => unknown;
      const name = read.name || `reader ${i}`;
      return ((...args: unknown[]) => {
        const hit = read(...args);
        if (hit) misses.push({ reader: name, word: w });
        return hit;
      }) as unknown as R;
    });
  const dispatch = (w: string, v: V | undefined, holder?: { d: unknown[] }): readonly R[] => {
    const misses = AUDIT.current();
    if (misses !== null) return audited(w, v, misses);
    let e: FaDispatchEntry<R, V>;
    if (holder) {
      const held = holder.d[slot] as FaDispatchEntry<R, V> | undefined;
      e = held ?? (holder.d[slot] = make(w));
    } else e = base(w);
    if (v === undefined || v === null || !anyVerbGate) return e.list;
    // The analyser hands out one (unchanging) verb reading per word form: the same reading gives the same list.
    if (e.lastV === v) return e.lastVList;
    const out: R[] = [];
    for (let i = 0; i < n; i++) {
      const g = vg[i];
      if (e.pass[i] === 1 || (g !== undefined && g(v))) out.push(readers[i]);
    }
    e.lastV = v;
    e.lastVList = out;
    return out;
  };
  return Object.assign(dispatch, { slot });
}
