/**
 * Register figures (formal / casual / academic P / R and counts) and question counts (any / exact) for named
 * development splits, both languages, without any message text:
 * `npx tsx scripts/tone-register-figures19.ts late18 late17 late14 fresh4`. Used to measure held-back splits
 * before and after a round without reading them (session 19, treg19).
 */
import { evaluate, evalExists, loadEval, DEV_SPLITS, type EvalSplit } from '../tests/bench/tone.eval.ts';

const CUES = ['formal', 'casual', 'academic'] as const;
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const s of asked) {
  if (!(DEV_SPLITS as readonly string[]).includes(s)) {
    console.log(`${s}: not a development split, skipped`);
    continue;
  }
  const split = s as EvalSplit;
  for (const lang of ['en', 'fa'] as const) {
    if (!evalExists(lang, split)) continue;
    const f = evaluate(loadEval(lang, split), lang);
    const parts = CUES.map((c) => {
      const r = f.cues[c];
      const fp = f.errors.filter((e) => e.cue === c && e.got).length;
      const fn = f.errors.filter((e) => e.cue === c && !e.got).length;
      return `${c} P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} (${r.positives}+, FP ${fp}, FN ${fn})`;
    });
    console.log(`${lang} ${split.padEnd(7)} n=${String(f.n).padStart(3)}  ${parts.join('  ')}  q any ${f.questionsAny.toFixed(2)} exact ${f.questionsExact.toFixed(2)}`);
  }
}
