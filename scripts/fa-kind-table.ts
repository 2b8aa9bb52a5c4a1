/**
 * Persian suggestion kind, tabulated: category × the kinds the writer accepts × the kind we give, over Persian development
 * splits (never late13 / late14, held back in the eighteenth session, nor an aside or held-out split).
 *
 *   npx tsx scripts/fa-kind-table.ts [--splits=late5,late6,…] [--list] [--misses]
 *     --list    also each kind-miss: id, category, wanted, given (rule), the draft
 *     --misses  also the misses and false flags of those splits
 */
import { ASIDE_SPLITS, evaluateSplit, HELD_OUT_SPLIT, kindOf, type EvalSplit } from '../tests/bench/rewrite-quality.ts';

const BACK: readonly string[] = ['late13', 'late14'];
const arg = process.argv.find((a) => a.startsWith('--splits='))?.slice(9);
const splits = (arg ? arg.split(',') : ['late5', 'late6', 'late7', 'late10', 'late11', 'late12', 'late15', 'late17', 'fresh', 'fresh2', 'wide']) as EvalSplit[];
const table = new Map<string, number>();
const lines: string[] = [];
for (const split of splits) {
  if (BACK.includes(split) || ASIDE_SPLITS.includes(split) || split === HELD_OUT_SPLIT) throw new Error(`${split} is not to be read`);
  const r = evaluateSplit('fa', split);
  for (const x of r.results) {
    if (process.argv.includes('--misses')) {
      if (x.item.label === 'negative' && !x.caught) lines.push(`MISS ${x.item.id} [${x.item.category}] ${x.item.text}  <${x.item.spans.map(([s, e]) => x.item.text.slice(s, e)).join(' | ')}>  got ${x.suggestions.map((s) => `${s.ruleId}:"${s.original}"`).join(' ')}`);
      if (x.item.label === 'neutral' && x.flagged) lines.push(`FALSE ${x.item.id} [${x.item.category}] ${JSON.stringify(x.item.text)}  ${x.suggestions.map((s) => `${s.ruleId}:"${s.original}"`).join(' ')}`);
    }
    if (x.kindOk === null) continue;
    const want = [...(x.item.kinds ?? [])].sort().join('/');
    const given = x.used.map((s) => kindOf(s)).join('+');
    const k = `${x.item.category}\t${want}\t${given}\t${x.kindOk ? 'ok' : 'NO'}`;
    table.set(k, (table.get(k) ?? 0) + 1);
    if (!x.kindOk && process.argv.includes('--list')) lines.push(`KIND ${x.item.id} [${x.item.category}] want ${want} got ${x.used.map((s) => `${s.ruleId}(${kindOf(s)}):"${s.original}"`).join(' ')}  ${x.item.text}`);
  }
}
const rows = [...table].sort((a, b) => b[1] - a[1]);
console.log('category\twanted\tgiven\tok?\tn');
for (const [k, n] of rows) console.log(`${k}\t${n}`);
const byWG = new Map<string, number>();
for (const [k, n] of rows) {
  const [, w, g, ok] = k.split('\t');
  const kk = `${w} <- ${g} ${ok}`;
  byWG.set(kk, (byWG.get(kk) ?? 0) + n);
}
console.log('\nwanted <- given:');
for (const [k, n] of [...byWG].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${n}`);
for (const l of lines) console.log(l);
