/**
 * Session 28 (toneen28): English frustration and urgency figures per fresh development split (late20 … late27) and pooled
 * over every English development split, and with --errors the pooled errors of late20 … late27 with the evidence shown
 * (development splits only: never the aside or held-out ones).
 */
import { readCustomerTone } from '../lib/tone/index.ts';
import { DEV_SPLITS, evalExists, loadEval, type EvalSplit } from '../tests/bench/tone.eval.ts';
import { prf } from '../tests/bench/stats.ts';

const FRESH: EvalSplit[] = ['late20', 'late21', 'late22', 'late23', 'late24', 'late25', 'late26', 'late27'];
const cues = ['frustrated', 'urgent'] as const;
const errors = process.argv.includes('--errors');
const only = process.argv.find((a) => a.startsWith('--cue='))?.slice(6);
const pooled: Record<string, { pred: boolean[]; gold: boolean[] }> = { frustrated: { pred: [], gold: [] }, urgent: { pred: [], gold: [] } };
const f2 = (x: number) => x.toFixed(3);
for (const split of DEV_SPLITS) {
  if (!evalExists('en', split)) continue;
  const msgs = loadEval('en', split);
  const reports = msgs.map((m) => readCustomerTone(m.text));
  const line: string[] = [];
  for (const c of cues) {
    const gold = msgs.map((m) => m.y.includes(c));
    const pred = reports.map((r) => r.cues.some((x) => x.kind === c));
    pooled[c].pred.push(...pred);
    pooled[c].gold.push(...gold);
    const r = prf(pred, gold);
    line.push(`${c} acc ${f2(r.accuracy)} P ${f2(r.precision)} R ${f2(r.recall)}`);
    if (errors && FRESH.includes(split) && (!only || only === c)) {
      pred.forEach((p, i) => {
        if (p === gold[i]) return;
        const cue = reports[i].cues.find((x) => x.kind === c);
        console.log(`${split} ${p ? 'FP' : 'FN'} ${c} ${JSON.stringify(msgs[i].text)}`);
        if (cue) console.log(`    ${cue.evidence.map((e) => `${JSON.stringify(e.text)}:${e.why ?? ''}`).join(' ')}`);
      });
    }
  }
  if (!errors && (FRESH.includes(split) || process.argv.includes('--all'))) console.log(`${split.padEnd(8)} ${line.join('  |  ')}`);
}
if (!errors) for (const c of cues) {
  const r = prf(pooled[c].pred, pooled[c].gold);
  console.log(`POOLED en dev ${c} (n=${pooled[c].gold.length}): acc ${f2(r.accuracy)} P ${f2(r.precision)} R ${f2(r.recall)}`);
}
