/**
 * jargon36: jargon recall, whole recall and neutrals flagged on each development writer split (late20 … late35,
 * train31 … train35d; never an aside split or the held-out split), pooled and per split (each split alone is a fold:
 * a writer the readers were not written from), both languages. With --misses, every jargon miss with its marked terms
 * (a term flagged is marked "+"), and every neutral flagged with the rule that flagged it. --json=FILE writes the
 * per-item outcome so two runs can be compared (--diff=FILE prints what changed against an earlier run). Usage:
 *   npx tsx scripts/jargon36-pool.ts [--misses] [--lang=en|fa] [--json=/tmp/a.json] [--diff=/tmp/a.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinPacks } from '../lib/packs/index.ts';
import { ASIDE_SPLITS, EVAL_SPLITS, HELD_OUT_SPLIT, evalSetExists, evaluateItem, loadEvalSet, type EvalLang, type EvalSplit } from '../tests/bench/rewrite-quality.ts';

const argv = process.argv.slice(2);
const misses = argv.includes('--misses');
const only = argv.find((a) => a.startsWith('--lang='))?.slice(7);
const jsonOut = argv.find((a) => a.startsWith('--json='))?.slice(7);
const diffIn = argv.find((a) => a.startsWith('--diff='))?.slice(7);
const splitsArg = argv.find((a) => a.startsWith('--splits='))?.slice(9).split(',');

/** The development writer splits: one writer (or writer group) each, written after the readers' first versions. */
export const DEV_WRITER_SPLITS: EvalSplit[] = EVAL_SPLITS.filter((s) => {
  if (s === HELD_OUT_SPLIT || ASIDE_SPLITS.includes(s)) return false;
  const late = /^late(\d+)$/.exec(s);
  if (late) return Number(late[1]) >= 20;
  return /^train3\d/.test(s);
});

type Outcome = Record<string, string>;
const outcome: Outcome = {};
const before: Outcome = diffIn ? JSON.parse(readFileSync(diffIn, 'utf8')) : {};
const tot: Record<string, { jc: number; jn: number; nf: number; nn: number; ac: number; an: number; cx: number; cn: number }> = {};
for (const lang of ['en', 'fa'] as EvalLang[]) {
  if (only && only !== lang) continue;
  const t = (tot[lang] = { jc: 0, jn: 0, nf: 0, nn: 0, ac: 0, an: 0, cx: 0, cn: 0 });
  for (const split of splitsArg ?? DEV_WRITER_SPLITS) {
    if (!evalSetExists(lang, split as EvalSplit)) continue;
    const items = loadEvalSet(lang, split as EvalSplit);
    let jn = 0, jc = 0, nn = 0, nf = 0, an = 0, ac = 0;
    const out: string[] = [];
    for (const it of items) {
      const r = evaluateItem(lang, it, builtinPacks);
      const key = `${lang}/${split}/${it.id}`;
      if (it.label === 'neutral') {
        nn++;
        t.cn += r.suggestions.filter((g) => g.ruleId === 'jargon-coterm').length;
        outcome[key] = r.flagged ? `N+ ${r.suggestions.map((g) => `${g.ruleId}[${it.text.slice(g.flagged.start, g.flagged.end)}]`).join(' ')}` : 'N-';
        if (r.flagged) {
          nf++;
          if (misses) out.push(`  NEUTRAL ${it.id} ${r.suggestions.map((g) => `${g.category}:${g.ruleId}[${it.text.slice(g.flagged.start, g.flagged.end)}]`).join(' ')} | ${it.text}`);
        }
        continue;
      }
      an++;
      if (r.caught) ac++;
      // Co-term advice (jargon36) over words the writer did not mark.
      for (const g of r.suggestions) {
        if (g.ruleId !== 'jargon-coterm') continue;
        if (it.spans.some(([s, e]) => g.flagged.start < e && s < g.flagged.end)) {
          if (misses) out.push(`  COTERM-HIT ${it.id} [${it.text.slice(g.flagged.start, g.flagged.end)}]`);
          continue;
        }
        t.cx++;
        if (misses) out.push(`  COTERM-EXTRA ${it.id} [${it.text.slice(g.flagged.start, g.flagged.end)}] | ${it.text}`);
      }
      outcome[key] = `${it.category}:${r.caught ? 'C' : 'M'}`;
      if (it.category !== 'jargon') continue;
      jn++;
      if (r.caught) jc++;
      else if (misses) out.push(`  MISS ${it.id} ${it.spans.map(([s, e]) => `[${it.text.slice(s, e)}${r.suggestions.some((g) => g.flagged.start < e && s < g.flagged.end) ? '+' : ''}]`).join(' ')} | ${it.text}`);
    }
    t.jc += jc; t.jn += jn; t.nf += nf; t.nn += nn; t.ac += ac; t.an += an;
    console.log(`${lang} ${split}: jargon ${jc}/${jn}; neutrals flagged ${nf}/${nn}; recall ${ac}/${an}`);
    for (const l of out) console.log(l);
  }
}
console.log(`totals: ${Object.entries(tot).map(([k, t]) => `${k} jargon ${t.jc}/${t.jn}, neutrals flagged ${t.nf}/${t.nn}, recall ${t.ac}/${t.an}, co-term flags over unmarked words of negatives ${t.cx}, co-term flags on neutrals ${t.cn}`).join('; ')}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(outcome, null, 0));
if (diffIn) {
  for (const [k, v] of Object.entries(outcome)) if (k in before && before[k] !== v) console.log(`CHANGED ${k}: ${before[k]} -> ${v}`);
}
