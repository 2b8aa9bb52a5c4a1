/**
 * (ml31) Per-category thresholds for a learnt reader, chosen on the leave-one-split-out folds, from the file
 * `neg-en-cv.ts` / `neg-fa-cv.ts --thr=0.5 --dump=<file>` writes (every fold item's rules ranges and the ranges the
 * engine shows for the reader read at one low threshold, each with its category and highest word probability; English
 * with --all-categories, so blame, command and jargon are read too).
 *
 *   npx tsx scripts/learnt-cv-thresholds.ts <dump.jsonl> --base=0.65 [--shown=refusal,policy,…] [--slack=0]
 *
 * A configuration gives each category a threshold (or none: not shown). The base is one threshold for the shown
 * categories (all when --shown is absent). Coordinate ascent, category by category in name order, two passes: a
 * category's threshold moves when pooled recall rises, no fold loses an item and no fold flags more neutrals than the
 * base does (+ --slack items). Printed: the base's and the chosen configuration's per-fold table, and the honest figure
 * of the choice: each fold measured with the thresholds chosen on the other folds alone (nested).
 *
 * What it measures is what the readers do with CATEGORY_THRESHOLD_EN / _FA (neg.en.ts, neg.fa.ts) over a model read at
 * the dump's threshold: a span is kept when its probability reaches its category's threshold (a span read at a lower
 * threshold may be wider than at its own).
 */
import type { CvDumpRow } from './learnt-cv.ts';
import { readFileSync } from 'node:fs';
import { reassuresFa } from '../lib/rewrite/learnt/neg.fa.ts';

/** A line of learnt-cv.ts --dump. */
type Row = CvDumpRow;
type Item = Pick<CvDumpRow, 'fold' | 'label' | 'spans' | 'rules' | 'hits'>;
type Config = Map<string, number>;
interface Tally {
  neg: number;
  caught: number;
  neu: number;
  flagged: number;
}

const hit = (a: readonly number[], b: readonly number[]) => a[0] < b[1] && b[0] < a[1];

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'))!;
const base = Number(argv.find((a) => a.startsWith('--base='))?.slice(7) ?? '0.65');
const slack = Number(argv.find((a) => a.startsWith('--slack='))?.slice(8) ?? '0');
const shownArg = argv.find((a) => a.startsWith('--shown='))?.slice(8).split(',');

const items = new Map<string, Item>();
const cats = new Set<string>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as Row;
  // --fa-reassure: a dump written before the Persian reassurance gate, read as if it were in (reassuresFa over the item's text).
  const hits = argv.includes('--fa-reassure') ? r.hits.filter((h) => !reassuresFa(r.text, h[0], h[1])) : r.hits;
  items.set(`${r.fold}/${r.id}`, { fold: r.fold, label: r.label, spans: r.spans, rules: r.rules, hits });
  for (const h of r.hits) cats.add(h[2]);
}
const THR = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const CATS = [...cats].sort();
const folds = [...new Set([...items.values()].map((i) => i.fold))];

function tallies(c: Config, only?: string): Map<string, Tally> {
  const out = new Map<string, Tally>(folds.map((f) => [f, { neg: 0, caught: 0, neu: 0, flagged: 0 }]));
  for (const it of items.values()) {
    if (only && it.fold !== only) continue;
    const extra: number[][] = [];
    for (const h of it.hits) if (c.has(h[2]) && h[3] >= c.get(h[2])!) extra.push([h[0], h[1]]);
    const all = [...it.rules, ...extra];
    const t = out.get(it.fold)!;
    if (it.label === 'negative') {
      t.neg++;
      if (it.spans.every((sp) => all.some((r) => hit(r, sp)))) t.caught++;
    } else {
      t.neu++;
      if (all.length) t.flagged++;
    }
  }
  return out;
}
const sum = (m: Map<string, Tally>, fs: readonly string[]) => fs.reduce((a, f) => a + m.get(f)!.caught, 0);

/** Coordinate ascent from `start` over `fs` (the folds the choice may look at). */
function choose(start: Config, fs: readonly string[]): Config {
  const ref = tallies(start);
  let cur = new Map(start);
  let curT = ref;
  for (let pass = 0; pass < 2; pass++)
    for (const cat of CATS) {
      for (const t of [...THR, Infinity]) {
        const next = new Map(cur);
        if (t === Infinity) next.delete(cat);
        else next.set(cat, t);
        const nt = tallies(next);
        const ok = fs.every((f) => nt.get(f)!.caught >= ref.get(f)!.caught && nt.get(f)!.flagged <= ref.get(f)!.flagged + slack);
        if (ok && sum(nt, fs) > sum(curT, fs)) {
          cur = next;
          curT = nt;
        }
      }
    }
  return cur;
}

const fmt = (t: Tally) => `${(t.caught / t.neg).toFixed(3)} / ${((100 * t.flagged) / t.neu).toFixed(1)}% (${t.caught}/${t.neg}, ${t.flagged}/${t.neu})`;
const pool = (m: Map<string, Tally>, fs: readonly string[]) => fs.reduce((a, f) => ({ neg: a.neg + m.get(f)!.neg, caught: a.caught + m.get(f)!.caught, neu: a.neu + m.get(f)!.neu, flagged: a.flagged + m.get(f)!.flagged }), { neg: 0, caught: 0, neu: 0, flagged: 0 });

const startCfg: Config = new Map((shownArg ?? CATS).map((c) => [c, base]));
// --eval=cat:thr,…: one configuration (the base with these categories set; thr "none" hides one), measured per fold.
const evalArg = argv.find((a) => a.startsWith('--eval='))?.slice(7);
if (evalArg) {
  const c = new Map(startCfg);
  for (const kv of evalArg.split(',')) {
    const [k, v] = kv.split(':');
    if (v === 'none') c.delete(k);
    else c.set(k, Number(v));
  }
  const r0 = tallies(new Map());
  const t = tallies(c);
  for (const f of folds) console.log(`| ${f} | ${fmt(r0.get(f)!)} | ${fmt(t.get(f)!)} |`);
  console.log(`| pooled | ${fmt(pool(r0, folds))} | ${fmt(pool(t, folds))} |`);
  process.exit(0);
}
const rules = tallies(new Map());
const b = tallies(startCfg);
const chosen = choose(startCfg, folds);
const ch = tallies(chosen);
// Nested: each fold with the thresholds chosen on the others.
const nested = new Map<string, Tally>();
for (const f of folds) {
  const c = choose(startCfg, folds.filter((g) => g !== f));
  nested.set(f, tallies(c, f).get(f)!);
  console.log(`  chosen without ${f}: ${[...c].filter(([k, v]) => startCfg.get(k) !== v).map(([k, v]) => `${k} ${v}`).join(', ')}${[...startCfg.keys()].filter((k) => !c.has(k)).map((k) => ` -${k}`).join('')}`);
}
console.log(`categories ${CATS.join(', ')}; thresholds ${THR.join(', ')}`);
console.log(`chosen on all folds: ${[...chosen].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log('| fold | rules alone | + reader, base | + reader, chosen | + reader, nested |\n|---|---|---|---|---|');
for (const f of folds) console.log(`| ${f} | ${fmt(rules.get(f)!)} | ${fmt(b.get(f)!)} | ${fmt(ch.get(f)!)} | ${fmt(nested.get(f)!)} |`);
console.log(`| pooled | ${fmt(pool(rules, folds))} | ${fmt(pool(b, folds))} | ${fmt(pool(ch, folds))} | ${fmt(pool(nested, folds))} |`);
// One threshold for every shown category, for comparison.
for (const t of THR) {
  const u = tallies(new Map([...startCfg.keys()].map((c) => [c, t])));
  console.log(`single threshold ${t}: pooled ${fmt(pool(u, folds))}; per fold ${folds.map((f) => `${f} ${u.get(f)!.caught}/${u.get(f)!.flagged}`).join(' ')}`);
}
