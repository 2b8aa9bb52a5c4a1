/**
 * Session 32 (tone32) working tool, used again by tone33: per-message cue decisions of every development split, saved and compared, so a change's
 * effect is read message by message; aside splits only as figures (their misses are never printed).
 * Run: `npx tsx scripts/tone32-snap.ts save FILE` · `diff FILE` (development messages whose cues changed; aside figures)
 * · `pool CUE LANG [POS|NEG] [late20..]` (errors of a cue pooled over the fresh splits, with their split).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readCustomerTone } from '../lib/tone/index.ts';
import { ASIDE_SPLITS, DEV_SPLITS, EVAL_CUES, evalExists, evaluate, loadEval, type EvalSplit } from '../tests/bench/tone.eval.ts';

type Snap = { dev: Record<string, string[][]>; aside: Record<string, Record<string, number[]>> };

function take(): Snap {
  const dev: Snap['dev'] = {};
  const aside: Snap['aside'] = {};
  for (const lang of ['en', 'fa'] as const) {
    for (const s of DEV_SPLITS) {
      if (!evalExists(lang, s)) continue;
      dev[`${lang}.${s}`] = loadEval(lang, s).map((m) => readCustomerTone(m.text).cues.map((c) => c.kind).sort());
    }
    for (const s of ASIDE_SPLITS) {
      if (!evalExists(lang, s)) continue;
      const f = evaluate(loadEval(lang, s as EvalSplit), lang);
      aside[`${lang}.${s}`] = Object.fromEntries(EVAL_CUES.map((c) => [c, [f.cues[c].accuracy, f.cues[c].precision, f.cues[c].recall].map((x) => +x.toFixed(3))]));
    }
  }
  return { dev, aside };
}

const [cmd, a1, a2, a3, a4] = process.argv.slice(2);
if (cmd === 'save') writeFileSync(a1, JSON.stringify(take()));
else if (cmd === 'diff') {
  const base = JSON.parse(readFileSync(a1, 'utf8')) as Snap;
  const now = take();
  let changed = 0;
  for (const key of Object.keys(now.dev)) {
    const [lang, s] = key.split('.') as ['en' | 'fa', EvalSplit];
    const msgs = loadEval(lang, s);
    now.dev[key].forEach((cues, i) => {
      const was = base.dev[key]?.[i] ?? [];
      if (cues.join() === was.join()) return;
      changed++;
      const gold = msgs[i].y;
      const mark = (c: string) => (cues.includes(c) === gold.includes(c as never) ? 'right' : 'WRONG');
      const diff = EVAL_CUES.filter((c) => cues.includes(c) !== was.includes(c)).map((c) => `${cues.includes(c) ? '+' : '-'}${c}(${mark(c)})`);
      console.log(`${key} #${i} ${diff.join(' ')} ${JSON.stringify(msgs[i].text).slice(0, 200)}`);
    });
  }
  console.log(`${changed} development messages changed`);
  for (const key of Object.keys(now.aside)) {
    for (const c of EVAL_CUES) {
      if (now.aside[key][c].join() !== base.aside[key]?.[c]?.join()) console.log(`ASIDE ${key} ${c}: ${base.aside[key]?.[c]} -> ${now.aside[key][c]}`);
    }
  }
} else if (cmd === 'figures') {
  // acc / P / R per cue and language on the three latest fresh development splits and pooled development, from a saved snapshot.
  const snap = JSON.parse(readFileSync(a1, 'utf8')) as Snap;
  const latest = DEV_SPLITS.filter((x) => /^late\d+$/.test(x)).sort((x, y) => Number(y.slice(4)) - Number(x.slice(4))).slice(0, 3);
  for (const lang of ['en', 'fa'] as const) {
    for (const split of [...latest, 'pooled']) {
      const keys = split === 'pooled' ? Object.keys(snap.dev).filter((k) => k.startsWith(`${lang}.`)) : [`${lang}.${split}`];
      const row: string[] = [];
      for (const c of ['frustrated', 'repeat', 'urgent']) {
        let tp = 0, fp = 0, fn = 0, tn = 0;
        for (const key of keys) {
          const msgs = loadEval(lang, key.split('.')[1] as EvalSplit);
          snap.dev[key].forEach((cues, i) => {
            const g = msgs[i].y.includes(c as never);
            const p = cues.includes(c);
            if (g && p) tp++; else if (p) fp++; else if (g) fn++; else tn++;
          });
        }
        const f = (x: number) => x.toFixed(split === 'pooled' ? 3 : 2);
        row.push(`${c} ${f((tp + tn) / (tp + fp + fn + tn))} / ${f(tp / Math.max(1, tp + fp))} / ${f(tp / Math.max(1, tp + fn))}`);
      }
      console.log(`${lang} ${split}: ${row.join('  ')}`);
    }
  }
} else if (cmd === 'pool') {
  const cue = a1 as (typeof EVAL_CUES)[number];
  const lang = a2 as 'en' | 'fa';
  const want = a3 ?? 'NEG';
  const from = Number((a4 ?? 'late20').replace('late', ''));
  for (const s of DEV_SPLITS) {
    const n = /^late(\d+)$/.exec(s);
    if (!n || Number(n[1]) < from || !evalExists(lang, s)) continue;
    for (const e of evaluate(loadEval(lang, s), lang).errors) {
      if (e.cue !== cue || (want === 'NEG') !== e.got) continue;
      console.log(`${s}\t${e.got ? 'FP' : 'FN'}\t${JSON.stringify(e.text)}`);
    }
  }
}
