/**
 * What the tone matrix scripts share (tone-calm-matrix, tone-repeat-matrix, tone-repeat-matrix17, tone-fa-frust-matrix17,
 * tone-urgency-matrix17; the kinds matrices tone-kinds22, tone-kinds23, tone-kinds23-fa, tone-kinds24, tone-kinds24-fa): run readCustomerTone over generated messages, count per kind how often one cue fired and which
 * messages it read wrong, and print each kind's figure and the totals.
 */
import { readCustomerTone } from '../lib/tone/index.ts';
import type { CueKind } from '../lib/tone/types.ts';

/** A look-alike case of the kinds matrices (tone-kinds22/23): the message, and whether the cue must show. */
export type MatrixCase = readonly [text: string, shown: boolean];

/**
 * Every case of a kinds matrix whose `cue` reads wrong now ("<cue> MISS|FALSE [kind] text" and the evidence shown), and
 * how many cases there are.
 */
export function cueMatrixWrong(sets: Readonly<Record<string, readonly MatrixCase[]>>, cue: CueKind): { cases: number; wrong: string[] } {
  const wrong: string[] = [];
  let cases = 0;
  for (const [kind, rows] of Object.entries(sets)) {
    for (const [text, want] of rows) {
      cases++;
      const c = readCustomerTone(text).cues.find((x) => x.kind === cue);
      if (!!c !== want) wrong.push(`${cue} ${want ? 'MISS' : 'FALSE'} [${kind}] ${text}\n    ${c ? c.evidence.map((e) => `${JSON.stringify(e.text)}:${e.why ?? ''}`).join(' ') : ''}`);
    }
  }
  return { cases, wrong };
}

/**
 * The command-line run of a kinds matrix (tone-kinds22/23/24 and their Persian twins): each (sets, cue) pair through
 * cueMatrixWrong, its wrong cases printed, then a line per cue and the total right.
 */
export function printCueMatrices(label: string, runs: readonly (readonly [sets: Readonly<Record<string, readonly MatrixCase[]>>, cue: CueKind])[]): void {
  let right = 0;
  let all = 0;
  for (const [sets, cue] of runs) {
    const { cases, wrong } = cueMatrixWrong(sets, cue);
    for (const l of wrong) console.log(l);
    console.log(`${cue} (${label}): ${cases - wrong.length}/${cases} right`);
    right += cases - wrong.length;
    all += cases;
  }
  console.log(`${label}: ${right}/${all} right`);
}

export interface CueRow {
  n: number;
  fired: number;
  /** Messages where the cue fired and should not have, or did not and should have. */
  misses: string[];
}

/** Per `keyOf(item)`: how many messages, how many fired `cue`, and the misses against `expected(item)`. */
export function tallyCue<T extends { text: string }>(items: readonly T[], cue: CueKind, keyOf: (it: T) => string, expected: (it: T) => boolean): Map<string, CueRow> {
  const rows = new Map<string, CueRow>();
  for (const it of items) {
    const key = keyOf(it);
    const row = rows.get(key) ?? { n: 0, fired: 0, misses: [] };
    const fired = readCustomerTone(it.text).cues.some((c) => c.kind === cue);
    row.n++;
    if (fired) row.fired++;
    if (fired !== expected(it)) row.misses.push(it.text);
    rows.set(key, row);
  }
  return rows;
}

/**
 * Each key's figure ("<key> <verb> fired / n"), then the totals over the first `groupWords` words of the keys ("en fire",
 * "frustrated"), with each key's misses under `misses`.
 */
export function printCueRows(rows: ReadonlyMap<string, CueRow>, opts: { misses: boolean; verb: string; width: number; groupWords: number }): void {
  const total: Record<string, [number, number]> = {};
  for (const [key, r] of rows) {
    console.log(`${key.padEnd(opts.width)} ${opts.verb} ${r.fired} / ${r.n}`);
    const t = key.split(' ').slice(0, opts.groupWords).join(' ');
    total[t] = [(total[t]?.[0] ?? 0) + r.fired, (total[t]?.[1] ?? 0) + r.n];
    if (opts.misses) for (const m of r.misses) console.log(`    ${JSON.stringify(m)}`);
  }
  for (const [t, [f, n]] of Object.entries(total)) console.log(`TOTAL ${t}: ${opts.verb} ${f} / ${n}`);
}
