/**
 * What the frustration evidence scripts (scripts/tfrfa7-evidence.ts: Persian, scripts/tfrenp7-evidence.ts: English) print
 * alike: precision and recall of a set of decisions, and the per-split check (`--check`).
 */
import type { Piece } from '../lib/tone/cues/frustration.fa.evidence16.ts';

/** One message's decision against its label. */
export interface Decided {
  split: string;
  gold: boolean;
  got: boolean;
}

/** A decided message with its evidence pieces, the score before and after the evidence rule, and the evidence shown. */
export interface EvidenceRow extends Decided {
  text: string;
  pieces: Piece[];
  before: number;
  after: number;
  evidence: string[];
}

export const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : ' -- ');

export function prf(rs: readonly Decided[]): string {
  const tp = rs.filter((r) => r.got && r.gold).length;
  const fp = rs.filter((r) => r.got && !r.gold).length;
  const fn = rs.filter((r) => !r.got && r.gold).length;
  return `P ${f2(tp / (tp + fp))} R ${f2(tp / (tp + fn))}  tp ${tp} fp ${fp} fn ${fn} n ${rs.length}`;
}

/** Figures per split (the held-back ones marked), pooled development and pooled held back. */
export function printCheck(rows: readonly Decided[], held: readonly Decided[], heldBack: ReadonlySet<string>): void {
  const by = new Map<string, Decided[]>();
  for (const r of [...rows, ...held]) by.set(r.split, [...(by.get(r.split) ?? []), r]);
  for (const [s, rs] of by) console.log(`${s.padEnd(12)} ${prf(rs)}${heldBack.has(s) ? '   (held back)' : ''}`);
  console.log(`${'POOLED dev'.padEnd(12)} ${prf(rows)}`);
  console.log(`${'HELD BACK'.padEnd(12)} ${prf(held)}`);
}
