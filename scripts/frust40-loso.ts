/**
 * (frust40) The fortieth session's frustration readers (lib/tone/cues/frustration.kinds40.ts: an English mock verdict after
 * a harm, Persian bitter thanks beside a fault) judged leave-one-writer-split-out, on development splits only (DEV_SPLITS;
 * never the held-out or the aside splits):
 *
 *   npx tsx scripts/frust40-loso.ts [--quiet] [--lang en|fa]
 *
 * Per language: acc / P / R per development split and pooled, before (switch off) -> after (on) -> LOSO, and every changed
 * decision with the kinds read. Each development split is a fold. A kind is used on a held-aside split only when, on the
 * other splits, its right changes come from three splits or more and its wrong changes are at most a third of its right
 * ones (tone36's rule, per kind: a message's LOSO reading is "after" when one of the kinds read on it qualifies for its
 * fold, else "before"). In brackets, the same rule applied to the whole module as one change; in braces, the shape's record
 * (every message where a kind is read, decided by it or not: frustrated from three other splits, calm at most a third). "Writer splits" are
 * late20 … late38 and train34/35.
 */
import { DEV_SPLITS, evalExists, loadEval, shows, type EvalSplit } from '../tests/bench/tone.eval.ts';
import { readCustomerTone } from '../lib/tone/index.ts';
import { kinds40Switch } from '../lib/tone/cues/frustration.kinds40.ts';

const arg = (n: string) => {
  const i = process.argv.indexOf(n);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const CUE = 'frustrated';
const LANGS = (arg('--lang') === 'en' ? ['en'] : arg('--lang') === 'fa' ? ['fa'] : ['en', 'fa']) as ('en' | 'fa')[];
const sw = kinds40Switch;
const WRITER = new Set<string>([...Array.from({ length: 19 }, (_, k) => `late${20 + k}`), 'train34', 'train35']);
const quiet = process.argv.includes('--quiet');

interface Row { split: EvalSplit; gold: boolean; before: boolean; after: boolean; kinds: string[]; text: string; ev: string }
const rows: Record<'en' | 'fa', Row[]> = { en: [], fa: [] };
for (const lang of LANGS) {
  for (const split of DEV_SPLITS) {
    if (!evalExists(lang, split)) continue;
    for (const m of loadEval(lang, split)) {
      sw.on = false;
      sw.fired = null;
      const r0 = readCustomerTone(m.text);
      const before = shows(r0, CUE);
      const ev0 = r0.cues.filter((c) => c.kind === CUE).flatMap((c) => c.evidence.map((e) => e.text)).join(' | ');
      sw.on = true;
      sw.fired = [];
      const r = readCustomerTone(m.text);
      const kinds = [...new Set(sw.fired)];
      sw.fired = null;
      rows[lang].push({ split, gold: m.y.includes(CUE), before, after: shows(r, CUE), kinds, text: m.text, ev: ev0 });
    }
  }
}
sw.on = true;

const fig = (rs: readonly Row[], pick: (r: Row) => boolean) => {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rs) {
    const p = pick(r);
    if (p && r.gold) tp++;
    else if (p) fp++;
    else if (r.gold) fn++;
    else tn++;
  }
  const f = (x: number) => x.toFixed(3);
  return `${f((tp + tn) / Math.max(1, rs.length))} / ${f(tp / Math.max(1, tp + fp))} / ${f(tp / Math.max(1, tp + fn))} (fp ${fp}, fn ${fn})`;
};

for (const lang of LANGS) {
  const rs = rows[lang];
  const changed = rs.filter((r) => r.before !== r.after);
  const allKinds = [...new Set(changed.flatMap((r) => r.kinds))];
  const qualifies = (kind: string, aside: string) => {
    const others = changed.filter((r) => r.split !== aside && r.kinds.includes(kind));
    const right = others.filter((r) => r.after === r.gold);
    const wrong = others.length - right.length;
    return new Set(right.map((r) => r.split)).size >= 3 && wrong <= right.length / 3;
  };
  const loso = (r: Row) => (r.kinds.some((k) => qualifies(k, r.split)) ? r.after : r.before);
  // The whole guard module as one change (tone36's rule as scripts/tone38-loso.ts applies it to one switch).
  const wholeOk = (aside: string) => {
    const others = changed.filter((r) => r.split !== aside);
    const right = others.filter((r) => r.after === r.gold);
    return new Set(right.map((r) => r.split)).size >= 3 && others.length - right.length <= right.length / 3;
  };
  const whole = (r: Row) => (wholeOk(r.split) ? r.after : r.before);
  // The shape's record (toneen39's second column): every message where a kind is read, whether or not it decided (an older
  // reader may already show the cue); a kind is used on a held-aside split when on the other splits its frustrated messages
  // come from three splits or more and its calm ones are at most a third of them.
  const shapeOk = (kind: string, aside: string) => {
    const others = rs.filter((r) => r.split !== aside && r.kinds.includes(kind));
    const right = others.filter((r) => r.gold);
    return new Set(right.map((r) => r.split)).size >= 3 && others.length - right.length <= right.length / 3;
  };
  const shape = (r: Row) => (r.kinds.some((k) => shapeOk(k, r.split)) ? r.after : r.before);
  console.log(`\n${lang} ${CUE}: acc / P / R before -> after -> LOSO per kind [LOSO of the whole module]`);
  for (const k of [...new Set(rs.flatMap((r) => r.kinds))]) {
    const ks = rs.filter((r) => r.kinds.includes(k));
    const fr = ks.filter((r) => r.gold);
    console.log(`  shape ${k}: read on ${ks.length} messages, ${fr.length} frustrated (${[...new Set(fr.map((r) => r.split))].join(', ')}), ${ks.length - fr.length} calm (${ks.filter((r) => !r.gold).map((r) => r.split).join(', ')})`);
  }
  for (const k of allKinds) {
    const ks = changed.filter((r) => r.kinds.includes(k));
    const right = ks.filter((r) => r.after === r.gold);
    console.log(`  kind ${k}: ${right.length} right (${[...new Set(right.map((r) => r.split))].join(', ')}), ${ks.length - right.length} wrong (${ks.filter((r) => r.after !== r.gold).map((r) => r.split).join(', ')})`);
  }
  for (const s of DEV_SPLITS) {
    const x = rs.filter((r) => r.split === s);
    if (x.length === 0) continue;
    const moved = x.some((r) => r.before !== r.after);
    console.log(`  ${s.padEnd(8)} ${moved ? `${fig(x, (r) => r.before)} -> ${fig(x, (r) => r.after)} -> ${fig(x, loso)} [${fig(x, whole)}] {shape ${fig(x, shape)}}` : `unchanged ${fig(x, (r) => r.after)}`}`);
  }
  const writer = rs.filter((r) => WRITER.has(r.split));
  console.log(`  pooled writer splits (late20-38, train34/35) ${fig(writer, (r) => r.before)} -> ${fig(writer, (r) => r.after)} -> ${fig(writer, loso)} [${fig(writer, whole)}] {shape ${fig(writer, shape)}}`);
  console.log(`  every development split ${fig(rs, (r) => r.before)} -> ${fig(rs, (r) => r.after)} -> ${fig(rs, loso)} [${fig(rs, whole)}] {shape ${fig(rs, shape)}}`);
  if (quiet) continue;
  for (const r of changed) {
    console.log(`  ${r.after === r.gold ? 'RIGHT' : 'WRONG'} ${r.split} ${r.after ? 'added' : 'lost'} {${r.kinds.join(',')}} [${r.ev}] ${JSON.stringify(r.text.slice(0, 160))}`);
  }
}
