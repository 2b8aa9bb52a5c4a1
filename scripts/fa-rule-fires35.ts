/**
 * bur35: the rewrite-quality report of every Persian development split (the harness's own evaluateSplit and
 * formatReport, so the figures are the harness's), then where each rule's suggestions land: on a negative item over
 * the writer's marks, on a negative item off them, on a neutral item. Counts only, no item text.
 *
 *   npx tsx scripts/fa-rule-fires35.ts [--rules=id,id] [--json=out.json]
 *
 * The aside splits and the held-out split are never read (developmentSplits leaves them out).
 */
import { writeFileSync } from 'node:fs';
import { developmentSplits, evaluateSplit, formatReport } from '../tests/bench/rewrite-quality.ts';

const argv = process.argv.slice(2);
const only = argv.find((a) => a.startsWith('--rules='))?.slice('--rules='.length).split(',');
const jsonOut = argv.find((a) => a.startsWith('--json='))?.slice('--json='.length);

type Fires = { onMarks: number; offMarks: number; neutral: number };
const total = new Map<string, Fires>();
const perSplit: Record<string, { recall: [number, number]; neutrals: [number, number]; fires: Record<string, Fires>; caught: string[]; flagged: string[] }> = {};
const overlaps = (a: { start: number; end: number }, [s, e]: [number, number]) => a.start < e && s < a.end;

for (const split of developmentSplits('fa')) {
  const r = evaluateSplit('fa', split);
  console.log(formatReport(r));
  const fires: Record<string, Fires> = {};
  for (const x of r.results) {
    for (const s of x.suggestions) {
      const f = (fires[s.ruleId] ??= { onMarks: 0, offMarks: 0, neutral: 0 });
      const t = total.get(s.ruleId) ?? { onMarks: 0, offMarks: 0, neutral: 0 };
      const k: keyof Fires = x.item.label === 'neutral' ? 'neutral' : x.item.spans.some((sp) => overlaps(s.flagged, sp)) ? 'onMarks' : 'offMarks';
      f[k]++;
      t[k]++;
      total.set(s.ruleId, t);
    }
  }
  perSplit[split] = {
    recall: [r.caught, r.negatives],
    neutrals: [r.flagged, r.neutrals],
    fires,
    caught: r.results.filter((x) => x.item.label === 'negative' && x.caught).map((x) => x.item.id),
    flagged: r.results.filter((x) => x.item.label === 'neutral' && x.flagged).map((x) => x.item.id),
  };
  const shown = Object.entries(fires).filter(([id]) => !only || only.includes(id));
  if (only) console.log(`  fires ${split}: ${shown.map(([id, f]) => `${id} on-marks ${f.onMarks} off-marks ${f.offMarks} neutral ${f.neutral}`).join('; ') || '(none)'}`);
}
console.log('\nfires over every development split (rule: on the marks / negative item off the marks / neutral item):');
for (const [id, f] of [...total].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${id}: ${f.onMarks} / ${f.offMarks} / ${f.neutral}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ perSplit, total: Object.fromEntries(total) }, null, 1));
