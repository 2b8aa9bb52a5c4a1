/**
 * (perffa30) The Persian run-on of the rewrite bench's adversarial section, «نمی‌توانم تا » repeated with no full stop (one
 * sentence), timed alone: CPU time of one full analysis (no cache) per size, and ms per KB, which should stay flat.
 *
 *   npx tsx scripts/rewrite-runon.fa.ts [--extra] [--unit=TEXT] [KB ...]     (default 25 50 100)
 *
 * --extra adds the bench's 5,000-rule synthetic pack and its slot-heavy pack to the built-ins, as the bench does. The
 * learnt readers' weights are loaded first (LEARNT_DEFAULT), as in the bench; NOLEARNT=1 skips them.
 */
import { builtinPacks, type PhrasePack } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { loadLearntModels } from '../lib/rewrite/learnt/load.ts';
import { englishSentences, slotPack, syntheticPack } from '../tests/bench/rewrite.bench.ts';

const args = process.argv.slice(2);
if (!process.env.NOLEARNT) await loadLearntModels();
const unit = args.find((a) => a.startsWith('--unit='))?.slice(7) ?? 'نمی\u200cتوانم تا ';
let packs: readonly PhrasePack[] = builtinPacks;
if (args.includes('--extra')) {
  // The bench's vocabulary and seed, so the synthetic pack is the same one.
  const vocab = [...new Set(englishSentences().slice(0, 3000).join(' ').toLowerCase().match(/[a-z']{2,}/g) ?? [])];
  packs = [...builtinPacks, syntheticPack(5000, vocab, 3), slotPack()];
}
const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
const make = (kb: number) => unit.repeat(Math.ceil((kb * 1024) / unit.length)).slice(0, kb * 1024);
suggestRewrites(make(2), packs, { cache: false });
for (const kb of sizes.length ? sizes : [25, 50, 100]) {
  const d = make(kb);
  const t = process.cpuUsage();
  const n = suggestRewrites(d, packs, { cache: false }).length;
  const u = process.cpuUsage(t);
  const ms = (u.user + u.system) / 1000;
  console.log(`${kb} KB: ${ms.toFixed(0)} ms CPU, ${(ms / kb).toFixed(1)} ms/KB, ${n} suggestions`);
}
