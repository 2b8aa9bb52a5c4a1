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
export interface FaGate<V> {
  /** The reader can start on this written word (whatever its verb reading). */
  w?: (w: string) => boolean;
  /** The reader can start on a word with this verb reading. */
  v?: (v: V) => boolean;
}

/** Per-word lists held at most (a draft set's vocabulary passes 5,000 words). */
const MEMO_MAX = 20_000;

export type FaDispatch<R, V> = (w: string, v: V | undefined) => readonly R[];

export function gatedDispatch<R, V>(readers: readonly R[], gates: ReadonlyMap<R, FaGate<V>>): FaDispatch<R, V> {
  const n = readers.length;
  const wg = readers.map((r) => gates.get(r)?.w);
  const vg = readers.map((r) => gates.get(r)?.v);
  const always = readers.map((r) => !gates.has(r));
  const anyVerbGate = vg.some(Boolean);
  /** Per word form: the readers passing without a verb reading, and which ones (for a verb's merge). */
  const memo = new Map<string, { list: R[]; pass: Uint8Array }>();
  const base = (w: string) => {
    let e = memo.get(w);
    if (e === undefined) {
      const list: R[] = [];
      const pass = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const g = wg[i];
        if (always[i] || (g !== undefined && g(w))) {
          pass[i] = 1;
          list.push(readers[i]);
        }
      }
      e = { list, pass };
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(w, e);
    }
    return e;
  };
  return (w, v) => {
    const e = base(w);
    if (v === undefined || v === null || !anyVerbGate) return e.list;
    const out: R[] = [];
    for (let i = 0; i < n; i++) {
      const g = vg[i];
      if (e.pass[i] === 1 || (g !== undefined && g(v))) out.push(readers[i]);
    }
    return out;
  };
}
