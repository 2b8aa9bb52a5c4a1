/**
 * The rows of a matrix of look-alikes that must be flagged and contrasts that must stay quiet, run through `flagged`:
 * each miss and each flagged contrast printed, with the counts (scripts/fa-kinds32-matrix.ts, fa-kinds33-matrix.ts).
 */
export type FlagMatrix = Record<string, { flagged: string[]; quiet: string[] }>;

export function runFlagMatrix(kinds: FlagMatrix, flagged: (text: string) => boolean): { neg: number; negOk: number; quiet: number; quietFlagged: number } {
  let neg = 0, negOk = 0, quiet = 0, quietFlagged = 0;
  const line = (t: string) => t.replace(/\n/g, ' ⏎ ');
  for (const [kind, rows] of Object.entries(kinds)) {
    for (const t of rows.flagged) {
      neg++;
      if (flagged(t)) negOk++;
      else console.log(`miss   ${kind}: ${line(t)}`);
    }
    for (const t of rows.quiet) {
      quiet++;
      if (flagged(t)) {
        quietFlagged++;
        console.log(`FLAG   ${kind}: ${line(t)}`);
      }
    }
  }
  return { neg, negOk, quiet, quietFlagged };
}
