/**
 * Persian frustration figures (acc / P / R) of the named development splits only:
 * `npx tsx scripts/tone-fa-frust18-figures.ts late17 late14 calm15`. Never pass a held-out or aside split.
 */
import { DEV_SPLITS, type EvalSplit, evalExists, evaluate, loadEval } from '../tests/bench/tone.eval.ts';

const f2 = (x: number) => x.toFixed(2);
for (const s of process.argv.slice(2)) {
  if (!(DEV_SPLITS as readonly string[]).includes(s)) {
    console.log(`${s}: not a development split, skipped`);
    continue;
  }
  if (!evalExists('fa', s as EvalSplit)) continue;
  const f = evaluate(loadEval('fa', s as EvalSplit), 'fa');
  const r = f.cues.frustrated;
  const errs = f.errors.filter((e) => e.cue === 'frustrated');
  const fp = errs.filter((e) => e.got).length;
  console.log(`fa ${s.padEnd(7)} n=${String(f.n).padEnd(4)} frustrated acc ${f2(r.accuracy)}  P ${f2(r.precision)}  R ${f2(r.recall)}  (${r.positives} pos, FP ${fp}, FN ${errs.length - fp})`);
}
