/**
 * Register figures (formal / casual / academic P / R and counts) and question counts (any / exact) for named
 * development splits, both languages, without any message text:
 * `npx tsx scripts/tone-register-figures19.ts late18 late17 late14 fresh4`. Used to measure held-back splits
 * before and after a round without reading them (session 19, treg19).
 */
import { evaluate, evalExists, loadEval } from '../tests/bench/tone.eval.ts';
import { cueErrors, devSplitsNamed } from './lib/dev-splits.ts';

const CUES = ['formal', 'casual', 'academic'] as const;
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const split of devSplitsNamed(asked)) {
  for (const lang of ['en', 'fa'] as const) {
    if (!evalExists(lang, split)) continue;
    const f = evaluate(loadEval(lang, split), lang);
    const parts = CUES.map((c) => {
      const r = f.cues[c];
      const { fp, fn } = cueErrors(f, c);
      return `${c} P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} (${r.positives}+, FP ${fp}, FN ${fn})`;
    });
    console.log(`${lang} ${split.padEnd(7)} n=${String(f.n).padStart(3)}  ${parts.join('  ')}  q any ${f.questionsAny.toFixed(2)} exact ${f.questionsExact.toFixed(2)}`);
  }
}
