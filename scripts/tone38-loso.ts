/**
 * (tone38) The thirty-eighth session's tone changes judged leave-one-writer-split-out, on development splits only
 * (DEV_SPLITS; never the held-out or the aside splits):
 *
 *   npx tsx scripts/tone38-loso.ts --cue academic   the signature convention (lib/tone/cues/academic.sig38.ts)
 *   npx tsx scripts/tone38-loso.ts --cue repeat     Persian earlier contact told with its moment (repeat.fa.kinds38.ts)
 *   add --quiet for the figures only
 *
 * Per language: P / R per writer split and pooled before (switch off) -> after (on) -> LOSO, then every development split, and
 * every changed decision. A fold holds one writer split aside; the change is used on it only when, on the other writer splits,
 * its right changes come from three splits or more and its wrong changes are at most a third of its right ones (tone36's rule).
 */
import { DEV_SPLITS, evalExists, loadEval, shows, type EvalSplit } from '../tests/bench/tone.eval.ts';
import { readCustomerTone } from '../lib/tone/index.ts';
import { sig38 } from '../lib/tone/cues/academic.sig38.ts';
import { repeat38Switch } from '../lib/tone/cues/repeat.fa.kinds38.ts';

const i = process.argv.indexOf('--cue');
const CUE = i > 0 && process.argv[i + 1] === 'repeat' ? 'repeat' : 'academic';
const setSwitch = (on: boolean) => {
  if (CUE === 'repeat') repeat38Switch.on = on;
  else sig38.on = on;
};
const WRITER = new Set<string>([...Array.from({ length: 18 }, (_, k) => `late${20 + k}`), 'train34', 'train35']);
const quiet = process.argv.includes('--quiet');

interface Row { split: EvalSplit; gold: boolean; before: boolean; after: boolean; text: string; ev: string }
const rows: Record<'en' | 'fa', Row[]> = { en: [], fa: [] };
for (const lang of ['en', 'fa'] as const) {
  for (const split of DEV_SPLITS) {
    if (!evalExists(lang, split)) continue;
    for (const m of loadEval(lang, split)) {
      setSwitch(false);
      const before = shows(readCustomerTone(m.text), CUE);
      setSwitch(true);
      const r = readCustomerTone(m.text);
      const ev = r.cues.filter((c) => c.kind === CUE).flatMap((c) => c.evidence.map((e) => e.text)).join(' | ');
      rows[lang].push({ split, gold: m.y.includes(CUE), before, after: shows(r, CUE), text: m.text, ev });
    }
  }
}

const pr = (rs: readonly Row[], pick: (r: Row) => boolean) => {
  let tp = 0, fp = 0, fn = 0;
  for (const r of rs) {
    const p = pick(r);
    if (p && r.gold) tp++;
    else if (p) fp++;
    else if (r.gold) fn++;
  }
  const f = (x: number) => x.toFixed(3);
  return `${f(tp / Math.max(1, tp + fp))} / ${f(tp / Math.max(1, tp + fn))} (fp ${fp}, fn ${fn})`;
};

for (const lang of ['en', 'fa'] as const) {
  const rs = rows[lang];
  const writer = rs.filter((r) => WRITER.has(r.split));
  const changed = writer.filter((r) => r.before !== r.after);
  const qualifies = (aside: string) => {
    const others = changed.filter((r) => r.split !== aside);
    const right = others.filter((r) => r.after === r.gold);
    const wrong = others.length - right.length;
    return new Set(right.map((r) => r.split)).size >= 3 && wrong <= right.length / 3;
  };
  const ok = new Map([...WRITER].map((s) => [s, qualifies(s)]));
  const loso = (r: Row) => (ok.get(r.split) ? r.after : r.before);
  console.log(`\n${lang} ${CUE}: P / R before -> after -> LOSO`);
  for (const s of WRITER) {
    const x = writer.filter((r) => r.split === s);
    if (x.length === 0) continue;
    const moved = x.some((r) => r.before !== r.after);
    console.log(`  ${s.padEnd(8)} ${moved ? `${pr(x, (r) => r.before)} -> ${pr(x, (r) => r.after)} -> ${pr(x, loso)}${ok.get(s) ? '' : ' (does not qualify)'}` : `unchanged ${pr(x, (r) => r.after)}`}`);
  }
  console.log(`  pooled writer splits ${pr(writer, (r) => r.before)} -> ${pr(writer, (r) => r.after)} -> ${pr(writer, loso)}`);
  console.log(`  every development split ${pr(rs, (r) => r.before)} -> ${pr(rs, (r) => r.after)}`);
  if (quiet) continue;
  for (const r of rs.filter((x) => x.before !== x.after)) {
    console.log(`  ${r.after === r.gold ? 'RIGHT' : 'WRONG'} ${r.split} ${r.after ? 'added' : 'lost'} [${r.ev}] ${JSON.stringify(r.text.slice(-110))}`);
  }
}
