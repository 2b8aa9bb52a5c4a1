/**
 * Persian frustration: the decision with its evidence pieces (kind and strength) for every Persian message of the
 * development splits, and, pooled, the precision of each evidence kind and of each decision shape
 * (lib/tone/cues/frustration.fa.evidence16.ts).
 *
 *   npx tsx scripts/tfrfa7-evidence.ts            pooled tables (development, held-back check left out)
 *   npx tsx scripts/tfrfa7-evidence.ts --list     also every message's decision and pieces (false alarms first)
 *   npx tsx scripts/tfrfa7-evidence.ts --check    figures only, per split and pooled, with the held-back check
 *
 * The held-back check of this round (late14 fa, calm15 even lines, 1-based) is never listed: figures only.
 */
import { readCustomerTone } from '../lib/tone/index.ts';
import { piecesOf, shapeOf, trace16, type Piece } from '../lib/tone/cues/frustration.fa.evidence16.ts';
import { ASIDE_SPLITS, DEV_SPLITS, evalExists, HELD_OUT_SPLIT, loadEval, type EvalSplit } from '../tests/bench/tone.eval.ts';
import { f2, printCheck, prf, type EvidenceRow } from './evidence-tables.ts';

type Row = EvidenceRow;

const HELD_BACK = new Set(['late14', 'calm15even']);
const list = process.argv.includes('--list');
const check = process.argv.includes('--check');

function run(split: EvalSplit, pick?: (i: number) => boolean, name: string = split): Row[] {
  if ((HELD_OUT_SPLIT as string) === split || (ASIDE_SPLITS as readonly string[]).includes(split)) throw new Error('never');
  if (!evalExists('fa', split)) return [];
  trace16.on = true;
  return loadEval('fa', split)
    .filter((_, i) => !pick || pick(i))
    .map((m) => {
      trace16.last = null;
      const r = readCustomerTone(m.text);
      const t = trace16.last as { pieces: Piece[]; before: number; after: number } | null;
      const cue = r.cues.find((c) => c.kind === 'frustrated');
      return { split: name, text: m.text, gold: m.y.includes('frustrated'), got: !!cue, pieces: t?.pieces ?? [], before: t?.before ?? 0, after: t?.after ?? 0, evidence: cue?.evidence.map((e) => `${e.text}<${(e.why ?? '').replace('tone.why.', '')}>`) ?? [] };
    });
}

const devSplits = DEV_SPLITS.filter((s) => s !== 'late14' && s !== 'calm15');
const rows: Row[] = [];
for (const s of devSplits) rows.push(...run(s));
rows.push(...run('calm15', (i) => i % 2 === 0, 'calm15odd'));
const held = [...run('late14'), ...run('calm15', (i) => i % 2 === 1, 'calm15even')];

if (check) {
  printCheck(rows, held, HELD_BACK);
  process.exit(0);
}

// Precision per kind (among fired messages holding that kind) and per shape; also how often a kind fires alone.
const fired = rows.filter((r) => r.got);
function table(title: string, key: (r: Row) => string[]): void {
  const m = new Map<string, { tp: number; fp: number; splitsFp: Set<string>; splitsTp: Set<string> }>();
  for (const r of fired) {
    for (const k of new Set(key(r))) {
      const x = m.get(k) ?? { tp: 0, fp: 0, splitsFp: new Set(), splitsTp: new Set() };
      if (r.gold) { x.tp++; x.splitsTp.add(r.split); } else { x.fp++; x.splitsFp.add(r.split); }
      m.set(k, x);
    }
  }
  console.log(`\n${title}`);
  for (const [k, x] of [...m].sort((a, b) => b[1].fp - a[1].fp)) {
    console.log(`  ${k.padEnd(34)} P ${f2(x.tp / (x.tp + x.fp))}  tp ${String(x.tp).padStart(3)} fp ${String(x.fp).padStart(3)}  fp splits ${x.splitsFp.size} [${[...x.splitsFp].join(' ')}]`);
  }
}
const kindsOf = (r: Row) => piecesOf(r.pieces).map((p) => p.kind);
console.log(`pooled Persian dev: ${prf(rows)}`);
table('per kind (fired messages holding it)', kindsOf);
table('per kind, alone (the only non-amplifier piece)', (r) => {
  const w = piecesOf(r.pieces).filter((p) => !['punct', 'caps', 'emphasis', 'drawn', 'emoji'].includes(p.kind));
  return w.length === 1 ? [`${w[0].kind} ${w[0].w >= 1.2 ? 'strong' : w[0].w >= 0.9 ? 'mid' : 'weak'}`] : [];
});
table('per shape', (r) => [shapeOf(r.pieces)]);
table('per kind set', (r) => [[...new Set(kindsOf(r))].sort().join('+')]);

// The tipping piece: one without which the score falls under the threshold (how much evidence was just enough).
table('per tipping piece (kind and weight; the score falls under the threshold without it)', (r) => piecesOf(r.pieces).filter((p) => r.before - p.w < 1).map((p) => `${p.kind} ${p.w.toFixed(2)}`));
// What the rule of frustration.fa.evidence16.ts turned off (before >= 1, after < 1).
console.log('\nturned off by the evidence16 rule (pooled dev):');
for (const r of rows.filter((r) => r.before >= 1 && r.after < 1)) console.log(`  ${r.gold ? 'lost TP' : 'dropped FP'}  ${r.split}  ${piecesOf(r.pieces).map((p) => `${p.kind}:${p.w.toFixed(2)}`).join(' ')}`);

if (list) {
  const fmt = (r: Row) => `${r.got ? (r.gold ? 'TP' : 'FP') : r.gold ? 'FN' : 'TN'} ${r.split.padEnd(10)} ${r.after.toFixed(2)} [${shapeOf(r.pieces)}] ${piecesOf(r.pieces).map((p) => `${p.kind}:${p.w.toFixed(2)}`).join(' ')} | ${r.evidence.join(' ; ')}\n     ${JSON.stringify(r.text).slice(0, 200)}`;
  console.log('\nFALSE ALARMS');
  for (const r of rows.filter((r) => r.got && !r.gold)) console.log(fmt(r));
}
