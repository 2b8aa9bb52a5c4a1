/**
 * Urgent and repeat figures (P, R, true/false positives, misses) of named development splits, both languages (turg19).
 *   npx tsx scripts/tone-ur19-figures.ts late18 late17 ...
 * Never pass an aside or held-out split.
 */
import { DEV_SPLITS, evalExists, evaluate, loadEval, type EvalSplit } from '../tests/bench/tone.eval.ts';

const splits = process.argv.slice(2).filter((s) => (DEV_SPLITS as readonly string[]).includes(s)) as EvalSplit[];
for (const split of splits) {
  for (const lang of ['en', 'fa'] as const) {
    if (!evalExists(lang, split)) continue;
    const msgs = loadEval(lang, split);
    const f = evaluate(msgs, lang);
    const row = (['urgent', 'repeat'] as const).map((c) => {
      const r = f.cues[c];
      const fp = f.errors.filter((e) => e.cue === c && e.got).length;
      const fn = f.errors.filter((e) => e.cue === c && !e.got).length;
      return `${c} P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} (pos ${r.positives}, FP ${fp}, FN ${fn})`;
    });
    console.log(`${split.padEnd(7)} ${lang} n=${String(f.n).padEnd(4)} ${row.join('   ')}`);
  }
}
