/**
 * (urg40) The fortieth session's urgency kinds (lib/tone/cues/urgency.kinds40.ts) judged leave-one-writer-split-out, on
 * development splits only (DEV_SPLITS; never the held-out or the aside splits):
 *
 *   npx tsx scripts/urg40-loso.ts            acc / P / R of the urgent cue per development split that moved and pooled over
 *                                            the writer splits (late20 … late38, train34, train35), before (kinds off) ->
 *                                            after (on) -> LOSO, per language, and every changed decision with its kind
 *
 * A kind is used on a held-aside split only when, on the other splits of the same language, its right changes come from
 * three splits or more and its wrong changes are at most a third of its right ones (tone36's rule, per kind and language).
 */
import { DEV_SPLITS, evalExists, loadEval, shows, type EvalSplit } from '../tests/bench/tone.eval.ts';
import { readCustomerTone } from '../lib/tone/index.ts';
import { kinds40Switch } from '../lib/tone/cues/urgency.kinds40.ts';

const KINDS = ['takeover', 'line', 'stranded', 'health'] as const;
const WRITER = new Set<string>([...Array.from({ length: 19 }, (_, k) => `late${20 + k}`), 'train34', 'train35']);
const set = (on: boolean) => { for (const k of KINDS) kinds40Switch[k] = on; };

interface Row { split: EvalSplit; gold: boolean; before: boolean; after: boolean; kind: string; text: string }
const rows: Record<'en' | 'fa', Row[]> = { en: [], fa: [] };
for (const lang of ['en', 'fa'] as const) {
  for (const split of DEV_SPLITS) {
    if (!evalExists(lang, split)) continue;
    for (const m of loadEval(lang, split)) {
      set(false);
      kinds40Switch.fired = null;
      const before = shows(readCustomerTone(m.text), 'urgent');
      set(true);
      kinds40Switch.fired = [];
      const after = shows(readCustomerTone(m.text), 'urgent');
      const kind = kinds40Switch.fired[0] ?? '';
      kinds40Switch.fired = null;
      rows[lang].push({ split, gold: m.y.includes('urgent'), before, after, kind, text: m.text });
    }
  }
}
set(true);

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

for (const lang of ['en', 'fa'] as const) {
  const rs = rows[lang];
  const changed = rs.filter((r) => r.before !== r.after);
  // Per kind: the splits of its right changes, and its wrong changes, per split.
  const qualifies = (kind: string, heldAside: string) => {
    const others = changed.filter((r) => r.kind === kind && r.split !== heldAside);
    const right = others.filter((r) => r.after === r.gold);
    const wrong = others.length - right.length;
    return new Set(right.map((r) => r.split)).size >= 3 && wrong * 3 <= right.length;
  };
  const loso = (r: Row) => (r.before !== r.after && qualifies(r.kind, r.split) ? r.after : r.before);
  console.log(`\n== ${lang}: urgent acc / P / R, before -> after -> LOSO`);
  for (const split of [...new Set(changed.map((r) => r.split))]) {
    const s = rs.filter((r) => r.split === split);
    console.log(`${split}\t${fig(s, (r) => r.before)} -> ${fig(s, (r) => r.after)} -> ${fig(s, loso)}`);
  }
  const w = rs.filter((r) => WRITER.has(r.split));
  console.log(`pooled writer splits\t${fig(w, (r) => r.before)} -> ${fig(w, (r) => r.after)} -> ${fig(w, loso)}`);
  console.log(`every development split\t${fig(rs, (r) => r.before)} -> ${fig(rs, (r) => r.after)} -> ${fig(rs, loso)}`);
  for (const r of changed) console.log(`  ${r.split}\t${r.kind}\t${r.after === r.gold ? 'right' : 'WRONG'}\tLOSO ${qualifies(r.kind, r.split) ? 'after' : 'before'}\t${r.text.replace(/\n/g, ' ').slice(0, 110)}`);
}
