/**
 * Profile and A/B driver for the rewrite analysis: the speed bench's drafts (150 Persian or 300 English), full analysis (no
 * sentence cache), ROUNDS passes after a warm-up. Prints the mean CPU time per draft over all passes, and per draft the
 * lowest of its passes (p50 and mean of those), which load on a shared machine disturbs least.
 *   node --cpu-prof --import tsx scripts/rewrite-prof.fa.ts [rounds] [fa|en] [--no-learnt]
 * The learnt readers' weights are loaded first (they are on by default; without the wait the synchronous loop would read
 * without them); --no-learnt measures without them.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { loadLearntModels } from '../lib/rewrite/learnt/load.ts';
import { badExamples, drafts, englishSentences, persianSentences } from '../tests/bench/rewrite.bench.ts';

const pos = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rounds = Number(pos[0] ?? 6);
const lang = pos[1] ?? 'fa';
const learnt = !process.argv.includes('--no-learnt');
if (learnt) await loadLearntModels();
const list = lang === 'en' ? drafts(englishSentences(), badExamples('en'), 300, 1) : drafts(persianSentences(), badExamples('fa'), 150, 2);
for (const d of list.slice(0, 30)) suggestRewrites(d, builtinPacks, { cache: false });
const best = list.map(() => Infinity);
let sum = 0;
for (let r = 0; r < rounds; r++) {
  list.forEach((d, i) => {
    const t = process.cpuUsage();
    suggestRewrites(d, builtinPacks, { cache: false });
    const u = process.cpuUsage(t);
    const ms = (u.user + u.system) / 1000;
    sum += ms;
    if (ms < best[i]) best[i] = ms;
  });
}
const sorted = [...best].sort((a, b) => a - b);
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
console.log(`${lang}${learnt ? '' : ' (learnt off)'}: mean ${(sum / (rounds * list.length)).toFixed(3)} ms CPU per draft; best of ${rounds} per draft: p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(3)}, mean ${mean(best).toFixed(3)}`);
