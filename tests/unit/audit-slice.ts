/**
 * The exhaustive audits (tests/unit/tone/gates-off.test.ts, tests/unit/rewrite/fa-gates.test.ts and en-gates.test.ts) run
 * every reader with its gates forced open or audited over the development messages, so their cost grows with every split a
 * session adds (on 2026-12-07 three of the four slowest unit files, 290 s of a quiet run's 642 s of unit file time). In
 * `npm test` each audits an even slice of the messages: every `every`-th message of the whole list, so every split and
 * every writer is in it and the slice stays the same from run to run. `npm run audit` (TACTFUL_FULL_AUDIT=1) runs the
 * same files over every message: run it after changing a gate or a reader's first test.
 */
export const FULL_AUDIT = process.env.TACTFUL_FULL_AUDIT === '1';

/** Every `every`-th item (the first, then every `every`-th after it), or all of them in a full audit. */
export function auditSlice<T>(items: readonly T[], every: number): T[] {
  if (FULL_AUDIT || every <= 1) return [...items];
  return items.filter((_, i) => i % every === 0);
}
