/**
 * ask32's headline table: the label q ("questions or requests the customer needs answered", tests/fixtures/tone-eval/BRIEF.md)
 * against the reader's list (ToneReport.questions) per development split and language: FN (q > 0, none read), FP (q = 0,
 * some read), any, exact. Development splits only. `--questions --late31` prints, for one development split, each message
 * whose count is wrong: the label, the reader's list.
 */
import { DEV_SPLITS, type EvalSplit, evalExists, loadEval } from '../tests/bench/tone.eval.ts';
import { readCustomerTone } from '../lib/tone/index.ts';

const argv = process.argv.slice(2);
if (argv.includes('--questions')) {
  const split: EvalSplit = DEV_SPLITS.find((s) => argv.includes(`--${s}`)) ?? 'dev';
  const only = argv.includes('--fn') ? 'fn' : argv.includes('--fp') ? 'fp' : '';
  for (const lang of ['en', 'fa'] as const) {
    if (!evalExists(lang, split)) continue;
    for (const m of loadEval(lang, split)) {
      const r = readCustomerTone(m.text);
      const n = r.questions.length;
      if (n === m.q) continue;
      if (only === 'fn' && !(m.q > 0 && n === 0)) continue;
      if (only === 'fp' && !(m.q === 0 && n > 0)) continue;
      console.log(`${lang} q=${m.q} got=${n} ${JSON.stringify(m.text)}`);
      for (const q of r.questions) console.log(`    - ${JSON.stringify(q.text)}`);
    }
  }
} else {
  const splits = argv.length ? DEV_SPLITS.filter((s) => argv.includes(`--${s}`)) : DEV_SPLITS;
  console.log('split    lang   n  q>0   FN   FP   any  exact');
  const tot = { en: [0, 0, 0, 0, 0, 0], fa: [0, 0, 0, 0, 0, 0] };
  for (const split of splits) {
    for (const lang of ['en', 'fa'] as const) {
      if (!evalExists(lang, split)) continue;
      const ms = loadEval(lang, split);
      let pos = 0, fn = 0, fp = 0, any = 0, exact = 0;
      for (const m of ms) {
        const n = readCustomerTone(m.text).questions.length;
        if (m.q > 0) pos++;
        if (m.q > 0 && n === 0) fn++;
        if (m.q === 0 && n > 0) fp++;
        if (n > 0 === m.q > 0) any++;
        if (n === m.q) exact++;
      }
      const t = tot[lang];
      [ms.length, pos, fn, fp, any, exact].forEach((x, i) => (t[i] += x));
      console.log(`${split.padEnd(8)} ${lang} ${String(ms.length).padStart(4)} ${String(pos).padStart(4)} ${String(fn).padStart(4)} ${String(fp).padStart(4)}  ${(any / ms.length).toFixed(2)}  ${(exact / ms.length).toFixed(2)}`);
    }
  }
  for (const lang of ['en', 'fa'] as const) {
    const t = tot[lang];
    console.log(`all      ${lang} ${t[0]} q>0 ${t[1]} FN ${t[2]} FP ${t[3]} any ${(t[4] / t[0]).toFixed(3)} exact ${(t[5] / t[0]).toFixed(3)}`);
  }
}
