/**
 * (ml37) The learnt reader measured alone and with the rules, per fold, from the files `neg-en-cv.ts` / `neg-fa-cv.ts
 * --thr=<t> --dump=<file>` write (one threshold per dump).
 *
 *   npx tsx scripts/learnt-alone37.ts <before.jsonl> [<after.jsonl>] [--folds=late20,late22] [--list]
 *
 * Per fold (and pooled):
 * - (a) the reader alone: a negative item is caught when every marked span overlaps a span of the reader (its own spans
 *   after its gates, before the engine's advice chain: the dump's `raw`); a neutral is flagged when the reader reads any
 *   span in it. The rules were tuned on every development fold, so "rules alone" on a fold over-states what the rules
 *   catch on a fresh writer; the reader's folds are honest (it never read the fold).
 * - (b) rules + reader as the engine runs it: the rules' ranges and the spans the engine shows (`hits`).
 * - per-span recall of (a) on items with two or more marked spans, and on single-span items.
 * With two dumps, both side by side and the items that change (--list prints them).
 */
import { readFileSync } from 'node:fs';
import type { CvDumpRow } from './learnt-cv.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';

type Range = readonly [number, number] | readonly number[];
const hit = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

interface Tally {
  neg: number;
  aCaught: number;
  neu: number;
  aFlagged: number;
  bCaught: number;
  bFlagged: number;
  multiSpans: number;
  multiCaught: number;
  singleCaught: number;
  single: number;
  /** Reader spans (raw) on negative items over the marked words / elsewhere. */
  on: number;
  off: number;
}
const empty = (): Tally => ({ neg: 0, aCaught: 0, neu: 0, aFlagged: 0, bCaught: 0, bFlagged: 0, multiSpans: 0, multiCaught: 0, singleCaught: 0, single: 0, on: 0, off: 0 });

export interface ItemVerdict {
  a: boolean;
  b: boolean;
}

/** One dump row's verdicts: (a) reader alone, (b) rules + reader. */
export function verdict(r: CvDumpRow): ItemVerdict {
  const raw = ownRaw(r);
  const shown = [...r.rules, ...r.hits.map((h) => [h[0], h[1]] as const)];
  if (r.label === 'negative') return { a: r.spans.every((sp) => raw.some((x) => hit(x, sp))), b: r.spans.every((sp) => shown.some((x) => hit(x, sp))) };
  return { a: raw.length > 0, b: shown.length > 0 };
}

/** The reader's own spans outside quoted text and signatures (the engine never shows those). */
function ownRaw(r: CvDumpRow): Array<readonly [number, number]> {
  const exclude = draftNotOwnRanges(r.text);
  return (r.raw ?? []).map((h) => [h[0], h[1]] as const).filter((x) => !exclude.some((e) => hit(x, e)));
}

function add(t: Tally, r: CvDumpRow): void {
  const v = verdict(r);
  const raw = ownRaw(r);
  if (r.label === 'negative') {
    t.neg++;
    if (v.a) t.aCaught++;
    if (v.b) t.bCaught++;
    const caught = r.spans.filter((sp) => raw.some((x) => hit(x, sp))).length;
    if (r.spans.length >= 2) {
      t.multiSpans += r.spans.length;
      t.multiCaught += caught;
    } else {
      t.single++;
      t.singleCaught += caught;
    }
    for (const x of raw) if (r.spans.some((sp) => hit(x, sp))) t.on++;
    else t.off++;
  } else {
    t.neu++;
    if (v.a) t.aFlagged++;
    if (v.b) t.bFlagged++;
  }
}

const load = (f: string): CvDumpRow[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CvDumpRow);

const argv = process.argv.slice(2);
const files = argv.filter((a) => !a.startsWith('--'));
const foldsArg = argv.find((a) => a.startsWith('--folds='))?.slice(8).split(',');
const dumps = files.map(load).map((rows) => (foldsArg ? rows.filter((r) => foldsArg.includes(r.fold)) : rows));
const folds = [...new Set(dumps[0].map((r) => r.fold))];
const cell = (t: Tally) => `a ${t.aCaught}/${t.aFlagged}  b ${t.bCaught}/${t.bFlagged}  span2+ ${t.multiCaught}/${t.multiSpans} span1 ${t.singleCaught}/${t.single} on/off ${t.on}/${t.off}`;
const pooled = dumps.map(empty);
for (const fold of folds) {
  const cells = dumps.map((rows, i) => {
    const t = empty();
    for (const r of rows) if (r.fold === fold) add(t, r);
    for (const k of Object.keys(t) as Array<keyof Tally>) pooled[i][k] += t[k];
    return t;
  });
  console.log(`${fold.padEnd(7)} (${cells[0].neg}/${cells[0].neu})  ${cells.map(cell).join('  ||  ')}`);
}
console.log(`pooled  (${pooled[0].neg}/${pooled[0].neu})  ${pooled.map(cell).join('  ||  ')}`);
if (dumps.length === 2 && argv.includes('--list')) {
  const after = new Map(dumps[1].map((r) => [`${r.fold}|${r.id}`, r]));
  for (const r of dumps[0]) {
    const s = after.get(`${r.fold}|${r.id}`);
    if (!s) continue;
    const v0 = verdict(r);
    const v1 = verdict(s);
    if (v0.a === v1.a && v0.b === v1.b) continue;
    const spans = (x: CvDumpRow) => (x.raw ?? []).map((h) => `«${x.text.slice(h[0], h[1])}» ${h[2]} ${h[3]}`).join(' ');
    console.log(`${r.fold} ${r.id} ${r.label}/${r.category}: a ${v0.a}->${v1.a} b ${v0.b}->${v1.b} :: marked ${r.spans.map((sp) => `«${r.text.slice(sp[0], sp[1])}»`).join(' ')} :: before ${spans(r)} :: after ${spans(s)}`);
  }
}
