/**
 * Finglish recall (finglish31): recall and neutral-flagged on the Persian items tagged `finglish` (in `hard`) of every
 * Persian split but the held-out one, per split and pooled; the misses and false flags of development splits only
 * (never an aside split's, never the held-out split, which is not even read).
 *
 *   npx tsx scripts/finglish-recall.ts            figures
 *   npx tsx scripts/finglish-recall.ts --misses   also the development splits' misses and false flags
 *   npx tsx scripts/finglish-recall.ts --json=F   also write the per-item results (caught / flagged by id) to F
 */
import { writeFileSync } from 'node:fs';
import { builtinPacks } from '../lib/packs/index.ts';
import { ASIDE_SPLITS, EVAL_SPLITS, evalSetExists, evaluateItem, HELD_OUT_SPLIT, loadEvalSet } from '../tests/bench/rewrite-quality.ts';

const args = process.argv.slice(2);
const misses = args.includes('--misses');
const jsonOut = args.find((a) => a.startsWith('--json='))?.slice(7);
const pooled = { neg: 0, caught: 0, neu: 0, flagged: 0 };
const pooledDev = { neg: 0, caught: 0, neu: 0, flagged: 0 };
const items: Record<string, { caught?: boolean; flagged: boolean }> = {};
const lines: string[] = [];
for (const split of EVAL_SPLITS) {
  if (split === HELD_OUT_SPLIT || !evalSetExists('fa', split)) continue;
  const aside = ASIDE_SPLITS.includes(split);
  const set = loadEvalSet('fa', split).filter((it) => it.hard.includes('finglish'));
  if (!set.length) continue;
  const t = { neg: 0, caught: 0, neu: 0, flagged: 0 };
  for (const it of set) {
    const r = evaluateItem('fa', it, builtinPacks);
    if (it.label === 'negative') {
      t.neg++;
      if (r.caught) t.caught++;
      else if (misses && !aside) lines.push(`MISS ${split} ${it.id} [${it.category}] ${it.spans.map(([s, e]) => it.text.slice(s, e)).join(' | ')} :: ${it.text.replace(/\n/g, ' / ')}${r.suggestions.length ? '  {other: ' + r.suggestions.map((s) => `${s.ruleId}@${it.text.slice(s.flagged.start, s.flagged.end)}`).join(', ') + '}' : ''}`);
    } else {
      t.neu++;
      if (r.flagged) {
        t.flagged++;
        if (misses && !aside) lines.push(`FLAG ${split} ${it.id} [${it.category}] ${it.text.replace(/\n/g, ' / ')}  {${r.suggestions.map((s) => `${s.ruleId}@${it.text.slice(s.flagged.start, s.flagged.end)}`).join(', ')}}`);
      }
    }
    if (!aside) items[`${split}/${it.id}`] = { caught: it.label === 'negative' ? r.caught : undefined, flagged: r.flagged };
  }
  for (const p of aside ? [pooled] : [pooled, pooledDev]) {
    p.neg += t.neg;
    p.caught += t.caught;
    p.neu += t.neu;
    p.flagged += t.flagged;
  }
  console.log(`${split.padEnd(8)}${aside ? ' (aside)' : '        '} recall ${t.caught}/${t.neg}  neutral-flagged ${t.flagged}/${t.neu}`);
}
console.log(`pooled dev        recall ${pooledDev.caught}/${pooledDev.neg} (${((100 * pooledDev.caught) / (pooledDev.neg || 1)).toFixed(1)}%)  neutral-flagged ${pooledDev.flagged}/${pooledDev.neu}`);
console.log(`pooled all        recall ${pooled.caught}/${pooled.neg} (${((100 * pooled.caught) / (pooled.neg || 1)).toFixed(1)}%)  neutral-flagged ${pooled.flagged}/${pooled.neu}`);
if (misses) for (const l of lines) console.log(l);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(items, null, 1));
