/**
 * Every Persian development message's frustration decision (split, gold, got, text), one a line, for a before/after diff of a
 * change (`npx tsx scripts/tfrfa18-decisions.ts > after.txt`). This round's held-back splits (late15, late13) are left out.
 */
import { readCustomerTone } from '../lib/tone/index.ts';
import { DEV_SPLITS, type EvalSplit, evalExists, loadEval } from '../tests/bench/tone.eval.ts';

const HELD_BACK = new Set(['late15', 'late13']);
for (const s of DEV_SPLITS) {
  if (HELD_BACK.has(s) || !evalExists('fa', s as EvalSplit)) continue;
  for (const m of loadEval('fa', s as EvalSplit)) {
    const got = readCustomerTone(m.text).cues.some((c) => c.kind === 'frustrated');
    console.log(`${s}\t${m.y.includes('frustrated') ? 'F' : 'c'}\t${got ? 'F' : 'c'}\t${m.text.replace(/\s+/g, ' ').slice(0, 260)}`);
  }
}
