/**
 * Persian frustration figures (acc / P / R) of the named development splits only:
 * `npx tsx scripts/tone-fa-frust18-figures.ts late17 late14 calm15`. Never pass a held-out or aside split.
 */
import { evalExists, evaluate, loadEval } from '../tests/bench/tone.eval.ts';
import { cueErrors, devSplitsNamed } from './lib/dev-splits.ts';

const f2 = (x: number) => x.toFixed(2);
for (const s of devSplitsNamed(process.argv.slice(2))) {
  if (!evalExists('fa', s)) continue;
  const f = evaluate(loadEval('fa', s), 'fa');
  const r = f.cues.frustrated;
  const { fp, fn } = cueErrors(f, 'frustrated');
  console.log(`fa ${s.padEnd(7)} n=${String(f.n).padEnd(4)} frustrated acc ${f2(r.accuracy)}  P ${f2(r.precision)}  R ${f2(r.recall)}  (${r.positives} pos, FP ${fp}, FN ${fn})`);
}
