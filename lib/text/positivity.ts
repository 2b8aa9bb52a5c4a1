/**
 * The draft's positivity score, 0..100: the share of the agent's own words that read positively,
 * that is, that lie outside every flagged phrase. A word in a flagged phrase counts as lost by the
 * flag's severity (hint half, warning three quarters, strong whole); quoted customer text is not the
 * agent's and is left out. So "Positivity 48/100" says about half the reply needs rewording.
 *
 * Why not the older "100 − 4 × weighted flags per 100 words": it reached 0 at 25 weighted flags per
 * 100 words, so a 36-word reply with five flags (the demo's sample draft, still mostly greeting,
 * name and plain sentences around the flags) scored 0/100, a measure that read as "nothing in it is
 * positive", which was not true.
 */

export interface FlaggedSpan {
  start: number;
  end: number;
  severity: 'hint' | 'warning' | 'strong';
}

export const SEVERITY_LOSS: Record<FlaggedSpan['severity'], number> = { hint: 0.5, warning: 0.75, strong: 1 };

const WORD = /[\p{L}\p{N}]+(?:['’\u200c-][\p{L}\p{N}]+)*/gu;

const inside = (ranges: readonly (readonly [number, number])[], a: number, b: number) => ranges.some(([x, y]) => x < b && a < y);

export function positivity(draft: string, flags: readonly FlaggedSpan[], exclude: readonly (readonly [number, number])[] = []): number {
  let words = 0;
  let lost = 0;
  for (const m of draft.matchAll(WORD)) {
    const a = m.index!;
    const b = a + m[0].length;
    if (inside(exclude, a, b)) continue;
    words++;
    let worst = 0;
    for (const f of flags) if (f.start < b && a < f.end) worst = Math.max(worst, SEVERITY_LOSS[f.severity] ?? 1);
    lost += worst;
  }
  if (words === 0) return 100;
  return Math.max(0, Math.min(100, Math.round(100 * (1 - lost / words))));
}
