/**
 * English frustration: the decision with its evidence pieces (kind and strength) for every English message of the
 * development splits, and, pooled, the precision of each evidence kind, of each kind alone, of each decision shape
 * and of each tipping piece (the English counterpart of scripts/tfrfa7-evidence.ts; rule in
 * lib/tone/cues/frustration.en.evidence16.ts).
 *
 *   npx tsx scripts/tfrenp7-evidence.ts            pooled tables (development, held-back check left out)
 *   npx tsx scripts/tfrenp7-evidence.ts --list     also every false alarm's decision and pieces
 *   npx tsx scripts/tfrenp7-evidence.ts --check    figures only, per split and pooled, with the held-back check
 *
 * The held-back check of this round (late14 en, fresh4 en) is never listed: figures only.
 */
import { readCustomerTone } from '../lib/tone/index.ts';
import { piecesOf, shapeOf, trace16, AMPLIFIERS, type Piece } from '../lib/tone/cues/frustration.fa.evidence16.ts';
import { traceEn16 } from '../lib/tone/cues/frustration.en.evidence16.ts';
import { airline } from '../tests/bench/tone.train.ts';
import { ASIDE_SPLITS, DEV_SPLITS, evalExists, HELD_OUT_SPLIT, loadEval, type EvalSplit } from '../tests/bench/tone.eval.ts';
import { f2, printCheck, prf, type EvidenceRow } from './evidence-tables.ts';

type Row = EvidenceRow;

const HELD_BACK = new Set(['late14', 'fresh4']);
const list = process.argv.includes('--list');
const check = process.argv.includes('--check');

function run(split: EvalSplit): Row[] {
  if ((HELD_OUT_SPLIT as string) === split || (ASIDE_SPLITS as readonly string[]).includes(split)) throw new Error('never');
  if (!evalExists('en', split)) return [];
  trace16.on = true;
  return loadEval('en', split).map((m) => {
    trace16.last = null;
    traceEn16.last = null;
    const r = readCustomerTone(m.text);
    const t = trace16.last as { pieces: Piece[]; before: number; after: number } | null;
    const te = traceEn16.last as { before: number; after: number } | null;
    const cue = r.cues.find((c) => c.kind === 'frustrated');
    return {
      split, text: m.text, gold: m.y.includes('frustrated'), got: !!cue, pieces: t?.pieces ?? [], before: te?.before ?? t?.before ?? 0, after: te?.after ?? t?.after ?? 0,
      evidence: cue?.evidence.map((e) => `${e.text}<${(e.why ?? '').replace('tone.why.', '')}>`) ?? [],
    };
  });
}

// --airline: the same tables over the airline tweets' TRAIN half (other writers; gold "negative", so a cue on a neutral or
// positive tweet is a false alarm); figures only, the test half stays the public check of tests/bench/run.ts tone.
function runAirline(): Row[] {
  trace16.on = true;
  return airline('train').map((m) => {
    trace16.last = null;
    traceEn16.last = null;
    const r = readCustomerTone(m.text);
    const t = trace16.last as { pieces: Piece[]; before: number; after: number } | null;
    const te = traceEn16.last as { before: number; after: number } | null;
    const got = r.cues.some((c) => c.kind === 'frustrated');
    return { split: 'airline', text: m.text, gold: m.label, got, pieces: t?.pieces ?? [], before: te?.before ?? 0, after: te?.after ?? 0, evidence: [] };
  });
}

const devSplits = DEV_SPLITS.filter((s) => !HELD_BACK.has(s));
const rows: Row[] = [];
if (process.argv.includes('--airline')) rows.push(...runAirline());
else for (const s of devSplits) rows.push(...run(s));
const held = [...run('late14'), ...run('fresh4')];

if (check) {
  printCheck(rows, held, HELD_BACK);
  process.exit(0);
}

const fired = rows.filter((r) => r.got);
function table(title: string, key: (r: Row) => string[], rs: readonly Row[] = fired): void {
  const m = new Map<string, { tp: number; fp: number; splitsFp: Set<string>; splitsTp: Set<string> }>();
  for (const r of rs) {
    for (const k of new Set(key(r))) {
      const x = m.get(k) ?? { tp: 0, fp: 0, splitsFp: new Set(), splitsTp: new Set() };
      if (r.gold) { x.tp++; x.splitsTp.add(r.split); } else { x.fp++; x.splitsFp.add(r.split); }
      m.set(k, x);
    }
  }
  console.log(`\n${title}`);
  for (const [k, x] of [...m].sort((a, b) => b[1].fp - a[1].fp || b[1].tp - a[1].tp)) {
    if (x.fp === 0 && x.tp < 3) continue;
    console.log(`  ${k.padEnd(40)} P ${f2(x.tp / (x.tp + x.fp))}  tp ${String(x.tp).padStart(3)} fp ${String(x.fp).padStart(3)}  fp splits ${x.splitsFp.size} [${[...x.splitsFp].join(' ')}]`);
  }
}
const kindsOf = (r: Row) => piecesOf(r.pieces).map((p) => p.kind);
const strength = (w: number) => (w >= 1.2 ? 'strong' : w >= 0.9 ? 'mid' : 'weak');
console.log(`pooled English dev: ${prf(rows)}`);
table('per kind (fired messages holding it)', kindsOf);
table('per kind, alone (the only non-amplifier piece)', (r) => {
  const ps = piecesOf(r.pieces);
  const w = ps.filter((p) => !AMPLIFIERS.has(p.kind));
  const amps = ps.filter((p) => AMPLIFIERS.has(p.kind)).map((p) => p.kind);
  return w.length === 1 ? [`${w[0].kind} ${strength(w[0].w)}${amps.length ? ' +' + amps.join('+') : ''}`] : [];
});
table('per shape', (r) => [shapeOf(r.pieces)]);
table('per kind set', (r) => [[...new Set(kindsOf(r))].sort().join('+')]);
table('per tipping piece (kind and weight; the score falls under the threshold without it)', (r) => piecesOf(r.pieces).filter((p) => r.before - p.w < 1).map((p) => `${p.kind} ${p.w.toFixed(2)}`));
// An account only: every piece tells what happened (a count, a fault, a wait, "still", a promise, silence), none how they take it.
const ACC = new Set(['count', 'report', 'wait', 'silence', 'promise', 'complaint', 'blamed', 'curt']);
table('account only (no stance piece): by what tips it and how strong its strongest piece is', (r) => {
  const ps = piecesOf(r.pieces);
  if (!ps.length || !ps.every((p) => ACC.has(p.kind))) return [];
  const top = Math.max(...ps.map((p) => p.w));
  const out = [`account only, top ${strength(top)}`, `account only, ${ps.length} pieces`];
  for (const t of [0.3, 0.4, 0.5]) {
    const trace = ps.reduce((a, p) => a + (p.w <= t + 1e-9 ? p.w : 0), 0);
    if (trace > 0 && r.before - trace < 1) out.push(`account only, tipped by pieces <= ${t}`);
  }
  if (ps.some((p) => p.kind === 'count')) out.push('account only, with a count');
  if (top < 1) out.push('account only, no piece >= 1');
  return out;
});
table('tipped by amplifiers (the score falls under the threshold without "!!", capitals, stress, an emoji)', (r) => {
  const ps = piecesOf(r.pieces);
  const amps = ps.filter((p) => AMPLIFIERS.has(p.kind));
  const amp = amps.reduce((a, p) => a + p.w, 0);
  if (!amps.length || r.before - amp >= 1) return [];
  const rest = ps.filter((p) => !AMPLIFIERS.has(p.kind));
  return [`tipped by ${amps.map((p) => p.kind).join('+')}`, rest.every((p) => ACC.has(p.kind)) ? 'tipped by amps, rest account only' : 'tipped by amps, rest holds a stance'];
});
table('per margin (score before the rule)', (r) => [r.before < 1.2 ? '<1.2' : r.before < 1.5 ? '<1.5' : r.before < 2 ? '<2' : '>=2']);
console.log('\nturned off by the en evidence16 rule (pooled dev):');
for (const r of rows.filter((r) => r.before >= 1 && r.after < 1)) console.log(`  ${r.gold ? 'lost TP' : 'dropped FP'}  ${r.split}  ${piecesOf(r.pieces).map((p) => `${p.kind}:${p.w.toFixed(2)}`).join(' ')}`);

if (list && !process.argv.includes('--airline')) {
  const fmt = (r: Row) => `${r.got ? (r.gold ? 'TP' : 'FP') : r.gold ? 'FN' : 'TN'} ${r.split.padEnd(8)} ${r.before.toFixed(2)} [${shapeOf(r.pieces)}] ${piecesOf(r.pieces).map((p) => `${p.kind}:${p.w.toFixed(2)}`).join(' ')} | ${r.evidence.join(' ; ')}\n     ${JSON.stringify(r.text).slice(0, 260)}`;
  // --account: only decisions made of an account alone tipped by its traces (pieces <= 0.5), right and wrong.
  const accountTipped = (r: Row) => {
    const ps = piecesOf(r.pieces);
    const trace = ps.reduce((a, p) => a + (p.w <= 0.5 + 1e-9 ? p.w : 0), 0);
    return ps.length > 0 && ps.every((p) => ACC.has(p.kind)) && trace > 0 && r.before - trace < 1;
  };
  // --kinds=emoji: decisions whose kind set holds that kind (all fired ones, right and wrong).
  const kindArg = process.argv.find((a) => a.startsWith('--kinds='))?.slice(8);
  const which = kindArg ? rows.filter((r) => r.got && kindsOf(r).includes(kindArg)) : process.argv.includes('--account') ? rows.filter((r) => r.got && accountTipped(r)) : process.argv.includes('--tp') ? rows.filter((r) => r.got && r.gold) : rows.filter((r) => r.got && !r.gold);
  console.log(process.argv.includes('--tp') ? '\nTRUE ALARMS' : '\nFALSE ALARMS');
  for (const r of which) console.log(fmt(r));
}
