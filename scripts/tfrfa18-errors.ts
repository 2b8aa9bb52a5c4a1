/**
 * Persian frustration misses of the named development splits with their evidence pieces (never a held-out, aside or held-back split):
 * `npx tsx scripts/tfrfa18-errors.ts late17 late14`. This round's held-back splits (late15, late13) are refused.
 */
import { readCustomerTone } from '../lib/tone/index.ts';
import { piecesOf, trace16, type Piece } from '../lib/tone/cues/frustration.fa.evidence16.ts';
import { DEV_SPLITS, type EvalSplit, evalExists, loadEval } from '../tests/bench/tone.eval.ts';

const HELD_BACK = new Set(['late15', 'late13']);
trace16.on = true;
for (const s of process.argv.slice(2)) {
  if (!(DEV_SPLITS as readonly string[]).includes(s) || HELD_BACK.has(s) || !evalExists('fa', s as EvalSplit)) continue;
  for (const m of loadEval('fa', s as EvalSplit)) {
    trace16.last = null;
    const r = readCustomerTone(m.text);
    const cue = r.cues.find((c) => c.kind === 'frustrated');
    const gold = m.y.includes('frustrated');
    if (!!cue === gold) continue;
    const t = trace16.last as { pieces: Piece[]; before: number; after: number } | null;
    console.log(`\n${cue ? 'FP' : 'FN'} [${s}] score ${t?.before.toFixed(2)}→${t?.after.toFixed(2)} pieces ${piecesOf(t?.pieces ?? []).map((p) => `${p.kind}:${p.w.toFixed(2)}${p.ev?.length ? `(${p.ev.map((e) => e.text).join('|')})` : ''}`).join(' ')}`);
    if (cue) console.log(`   evidence: ${cue.evidence.map((e) => `${e.text}<${(e.why ?? '').replace('tone.why.', '')}>`).join(' ; ')}`);
    console.log(`   ${m.text.replace(/\n/g, ' ⏎ ')}`);
  }
}
