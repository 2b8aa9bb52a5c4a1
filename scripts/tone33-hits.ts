/**
 * Session 33 (tone33) working tool: where each of session 33's readers finds something when called directly, over every
 * English development split (aside splits never read): hits by split and label, split into the splits the kinds were read
 * from (late25 … late32) and the others (the honesty count of lib/tone/README.md, "tone33").
 * Run: `npx tsx scripts/tone33-hits.ts` (add `-v` to print each hit).
 */
import { readToneContext } from '../lib/tone/read.ts';
import { readDemand33, readMockOpener33, readUnderstated33 } from '../lib/tone/cues/frustration.kinds33.ts';
import { livelihoodStopped33, vulnerableWithout33 } from '../lib/tone/cues/urgency.kinds33.ts';
import { DEV_SPLITS, evalExists, loadEval, type EvalCue } from '../tests/bench/tone.eval.ts';

const READERS: [string, EvalCue, (ctx: Parameters<typeof readDemand33>[0]) => boolean][] = [
  ['bare order', 'frustrated', (c) => readDemand33(c).score > 0],
  ['understatement', 'frustrated', (c) => readUnderstated33(c).score > 0],
  ['mock opener', 'frustrated', (c) => readMockOpener33(c).score > 0],
  ['living stopped', 'urgent', (c) => livelihoodStopped33(c).length > 0],
  ['vulnerable without', 'urgent', (c) => vulnerableWithout33(c).length > 0],
];
const verbose = process.argv.includes('-v');
const READ_FROM = /^late(2[5-9]|3[0-2])$/;
for (const [name, cue, read] of READERS) {
  const tally = { from: { right: 0, wrong: 0 }, other: { right: 0, wrong: 0 } };
  const where: string[] = [];
  for (const s of DEV_SPLITS) {
    if (!evalExists('en', s)) continue;
    loadEval('en', s).forEach((m, i) => {
      const { ctx } = readToneContext(m.text);
      if (!read(ctx)) return;
      const ok = m.y.includes(cue);
      tally[READ_FROM.test(s) ? 'from' : 'other'][ok ? 'right' : 'wrong']++;
      where.push(`${s}#${i}${ok ? '' : '(WRONG)'}`);
      if (verbose) console.log(`  ${name} ${s}#${i} ${ok ? 'right' : 'WRONG'} ${JSON.stringify(m.text).slice(0, 140)}`);
    });
  }
  console.log(`${name} (${cue}): late25-32 ${tally.from.right} right / ${tally.from.wrong} wrong; other splits ${tally.other.right} right / ${tally.other.wrong} wrong: ${where.join(' ')}`);
}
