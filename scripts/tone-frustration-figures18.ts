/**
 * English frustration figures (acc / P / R and counts) for named development splits, without any message text:
 * `npx tsx scripts/tone-frustration-figures18.ts late17 late15 late13`. Used to measure held-back splits before and
 * after a round without reading them (session 18, tfren18).
 */
import { evaluate, evalExists, loadEval } from '../tests/bench/tone.eval.ts';
import { cueErrors, devSplitsNamed } from './lib/dev-splits.ts';

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const split of devSplitsNamed(asked)) {
  if (!evalExists('en', split)) continue;
  const f = evaluate(loadEval('en', split), 'en');
  const r = f.cues.frustrated;
  const { fp, fn } = cueErrors(f, 'frustrated');
  console.log(`en ${split.padEnd(7)} n=${String(f.n).padStart(3)}  frustrated acc ${r.accuracy.toFixed(2)}  P ${r.precision.toFixed(2)}  R ${r.recall.toFixed(2)}  (${r.positives} pos, FP ${fp}, FN ${fn})`);
}
