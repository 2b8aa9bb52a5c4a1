/**
 * Suggestion kind table (the eighteenth session's rwen18 round): over the English development splits, for every caught
 * negative that says which kinds its writer wanted, the category × wanted kinds × given kind (rule id) counts, largest
 * mismatches first. Held back in this round (never tabulated here): late12 and late13.
 *
 *   npx tsx scripts/en-kind-table.ts            the table
 *   npx tsx scripts/en-kind-table.ts --items    also every mismatched item (development splits only)
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { evaluateItem, kindOf, loadEvalSet, type EvalSplit } from '../tests/bench/rewrite-quality.ts';

const DEV: EvalSplit[] = ['dev', 'dev2', 'test', 'gen', 'late', 'late2', 'late3', 'late4', 'late5', 'late6', 'late7', 'dev3', 'wide', 'honest', 'rwen', 'fresh', 'fresh2', 'mix3', 'late10', 'late11', 'near15', 'late14', 'late15', 'late17'];
const items = process.argv.includes('--items');
const table = new Map<string, { n: number; rules: Map<string, number>; ex: string[] }>();
let caught = 0, withKinds = 0, ok = 0;
for (const split of DEV) {
  let set;
  try { set = loadEvalSet('en', split); } catch { continue; }
  for (const it of set) {
    if (it.label !== 'negative' || !it.kinds?.length) continue;
    const r = evaluateItem('en', it, builtinPacks);
    if (!r.caught) continue;
    caught++;
    withKinds++;
    if (r.kindOk) { ok++; continue; }
    for (const s of r.used) {
      const given = kindOf(s);
      if (it.kinds.includes(given)) continue;
      const key = `${it.category}\twanted ${[...it.kinds].sort().join('|')}\tgiven ${given}`;
      const t = table.get(key) ?? { n: 0, rules: new Map<string, number>(), ex: [] as string[] };
      t.n++;
      t.rules.set(s.ruleId, (t.rules.get(s.ruleId) ?? 0) + 1);
      if (items) t.ex.push(`    ${split} ${it.id}: ${JSON.stringify(it.text.slice(0, 160))}  [${s.ruleId}: ${JSON.stringify(s.original)} -> ${JSON.stringify(s.replacements[0] ?? '')}]`);
      table.set(key, t);
    }
  }
}
console.log(`caught with wanted kinds: ${withKinds}, kind acceptable ${ok} (${((100 * ok) / withKinds).toFixed(1)}%)`);
for (const [k, t] of [...table].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${t.n}\t${k}\t${[...t.rules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}:${n}`).join(' ')}`);
  if (items) console.log(t.ex.join('\n'));
}
