/**
 * The pack cost budget (lib/packs/budget.ts): how long the worst packs that still validate take
 * to compile and to match a 2,000-character adversarial draft, and how fast the issue's hostile
 * pack (1,000 rules × 20 patterns × 256 expansions) is refused. `npm run bench -- packbudget`.
 */
import { compilePack } from '../../lib/rewrite/compile.ts';
import { suggestRewrites } from '../../lib/rewrite/index.ts';
import { builtinPacks, parsePack, validatePackForInstall, type PhrasePack } from '../../lib/packs/index.ts';
import { measurePatterns, packCost, PACK_BUDGET } from '../../lib/packs/budget.ts';
import { adversarialDrafts, issuePack, packWithExpansions, slotChainPack } from '../unit/packs/adversarial.ts';
import { fmt, timeEach } from './stats.ts';

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export default function run(): void {
  const hostile = issuePack();
  const refused = time(() => parsePack(hostile));
  console.log(`issue pack (1,000 × 20 × 256, ${(JSON.stringify(hostile).length / 1e6).toFixed(1)} MB): refused by parsePack in ${fmt(refused.ms)} (${refused.value.ok ? 'ACCEPTED?!' : refused.value.errors[0].path})`);

  const candidates: { name: string; pack: PhrasePack }[] = [
    { name: 'expansion-bound (30,000 expansions)', pack: packWithExpansions('bench.exp', PACK_BUDGET.expansions) },
    { name: 'walk-bound (three slots between repeated words)', pack: slotChainPack('bench.chain') },
    ...builtinPacks.map((p) => ({ name: `built-in ${p.id}`, pack: p })),
  ];
  for (const { name, pack } of candidates) {
    const validated = time(() => validatePackForInstall(pack));
    const cost = packCost(pack);
    const fresh = structuredClone(pack);
    const compiled = time(() => compilePack(fresh));
    const drafts = Object.entries(adversarialDrafts(pack));
    const match = drafts.map(([label, d]) => ({ label, t: timeEach(Array.from({ length: 20 }, () => d), (x) => suggestRewrites(x, [fresh])) }));
    const worst = match.reduce((a, b) => (b.t.p99 > a.t.p99 ? b : a));
    console.log(
      `${name}: ${validated.value.ok ? 'validates' : 'REFUSED'} in ${fmt(validated.ms)}; expansions ${cost.expansions.toLocaleString('en-US')}, size ${cost.size.toLocaleString('en-US')}, walk ${cost.walk.toLocaleString('en-US')}, ` +
        `${compiled.value.nodeCount.toLocaleString('en-US')} trie nodes; compile ${fmt(compiled.ms)}; 2,000-char drafts p50/p99 ${match.map((m) => `${m.label} ${fmt(m.t.p50)}/${fmt(m.t.p99)}`).join(', ')} (worst "${worst.label}")`,
    );
  }
  const all = time(() => measurePatterns(hostile, { expansions: Infinity, size: Infinity }));
  console.log(`measuring the whole issue pack without stopping: ${all.value.expansions.toLocaleString('en-US')} expansions in ${fmt(all.ms)} (the budget stops after 85 patterns)`);
}
