/**
 * en40: two en38-dump.ts dumps compared (before -> after): items caught and neutrals flagged pooled over the writer splits
 * and the other development splits, per split and per category; spans of multi-span items; suggestions over unmarked words
 * of negatives; every item whose outcome or suggestions changed.
 *
 *   npx tsx scripts/en40-compare.ts <before.jsonl> <after.jsonl>
 */
import { readFileSync } from 'node:fs';

type Sugg = { rule: string; f: [number, number]; o: string };
type Row = { split: string; id: string; label: string; category: string; text: string; spans: [number, number][]; spanHit: boolean[]; caught: boolean; flagged: boolean; sugg: Sugg[] };
const load = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const [a, b] = [load(process.argv[2]), load(process.argv[3])];
const key = (r: Row) => `${r.split}/${r.id}`;
const after = new Map(b.map((r) => [key(r), r]));
const isWriter = (s: string) => /^(late(2\d|3\d)|train3\d[a-d]?)$/.test(s);
const outside = (r: Row) => r.label === 'negative' ? r.sugg.filter((s) => !r.spans.some(([x, y]) => s.f[0] < y && x < s.f[1])).length : 0;

type Tally = { neg: number; caught: number; neu: number; flagged: number; spans: number; spansHit: number; outside: number };
const tally = (rows: Row[]): Tally => {
  const t: Tally = { neg: 0, caught: 0, neu: 0, flagged: 0, spans: 0, spansHit: 0, outside: 0 };
  for (const r of rows) {
    if (r.label === 'negative') {
      t.neg++;
      if (r.caught) t.caught++;
      if (r.spans.length > 1) { t.spans += r.spans.length; t.spansHit += r.spanHit.filter(Boolean).length; }
      t.outside += outside(r);
    } else { t.neu++; if (r.flagged) t.flagged++; }
  }
  return t;
};
const show = (x: Tally, y: Tally) => `items ${x.caught}/${x.neg} -> ${y.caught}/${y.neg}; neutrals ${x.flagged}/${x.neu} -> ${y.flagged}/${y.neu}; multi-span spans ${x.spansHit}/${x.spans} -> ${y.spansHit}/${y.spans}; suggestions outside marked words ${x.outside} -> ${y.outside}`;
const groups: [string, (r: Row) => boolean][] = [['writer splits', (r) => isWriter(r.split)], ['other development splits', (r) => !isWriter(r.split)], ['all', () => true]];
for (const [name, f] of groups) console.log(`${name}: ${show(tally(a.filter(f)), tally(b.filter(f)))}`);
console.log('\nper split (changed only):');
for (const s of [...new Set(a.map((r) => r.split))]) {
  const x = tally(a.filter((r) => r.split === s));
  const y = tally(b.filter((r) => r.split === s));
  if (JSON.stringify(x) !== JSON.stringify(y)) console.log(`  ${s}: ${show(x, y)}`);
}
console.log('\nper category (all development splits, changed only):');
for (const c of [...new Set(a.map((r) => r.category))].sort()) {
  const x = tally(a.filter((r) => r.category === c));
  const y = tally(b.filter((r) => r.category === c));
  if (JSON.stringify(x) !== JSON.stringify(y)) console.log(`  ${c}: ${show(x, y)}`);
}
console.log('\nitems whose suggestions changed:');
const fmt = (r: Row) => r.sugg.map((s) => `${s.rule}:"${s.o.replace(/\s+/g, ' ')}"`).join(' ');
for (const r of a) {
  const n = after.get(key(r));
  if (!n) continue;
  if (fmt(r) === fmt(n)) continue;
  const tag = r.label === 'neutral' ? (n.flagged !== r.flagged ? (n.flagged ? 'NEUTRAL+' : 'neutral-') : 'neutral~') : n.caught !== r.caught ? (n.caught ? 'CAUGHT+' : 'LOST') : n.spanHit.filter(Boolean).length !== r.spanHit.filter(Boolean).length ? 'span' : outside(n) > outside(r) ? 'OUTSIDE+' : '~';
  console.log(`  ${tag.padEnd(9)} ${r.split} ${r.id} [${r.category}] ${r.text.replace(/\s+/g, ' ').slice(0, 150)}\n            ${fmt(r)}\n         -> ${fmt(n)}`);
}
