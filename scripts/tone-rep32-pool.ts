/**
 * rep32: the repeat-contact cue's P / R per language on late20 … late31 and on all development splits pooled, and
 * (with --errors) its misses and false alarms over late20 … late31 with their split, for grouping by kind.
 * Development splits only (never the aside or held-out ones).
 */
import { DEV_SPLITS, evalExists, evaluate, loadEval } from '../tests/bench/tone.eval.ts';
import type { EvalSplit } from '../tests/bench/tone.eval.ts';

const LATE = DEV_SPLITS.filter((s) => /^late(2\d|3[01])$/.test(s)) as EvalSplit[];
const showErrors = process.argv.includes('--errors');
for (const lang of ['en', 'fa'] as const) {
  let tp = 0, fp = 0, fn = 0;
  const rows: string[] = [];
  for (const split of DEV_SPLITS as readonly EvalSplit[]) {
    if (!evalExists(lang, split)) continue;
    const msgs = loadEval(lang, split);
    const f = evaluate(msgs, lang);
    const pos = msgs.filter((m) => m.y.includes('repeat')).length;
    const errs = f.errors.filter((e) => e.cue === 'repeat');
    const sfp = errs.filter((e) => e.got).length;
    const sfn = errs.filter((e) => !e.got).length;
    tp += pos - sfn; fp += sfp; fn += sfn;
    if (LATE.includes(split)) {
      rows.push(`${lang} ${split.padEnd(7)} P ${((pos - sfn) / Math.max(1, pos - sfn + sfp)).toFixed(2)} R ${((pos - sfn) / Math.max(1, pos)).toFixed(2)} fp ${sfp} fn ${sfn}`);
      if (showErrors) for (const e of errs) console.log(`${e.got ? 'FP' : 'FN'} ${lang} ${split} ${JSON.stringify(e.text)}`);
    }
  }
  if (!showErrors) {
    for (const r of rows) console.log(r);
    console.log(`${lang} pooled development: P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
  }
}
