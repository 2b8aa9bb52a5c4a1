/**
 * Every code-shaped word (two capitals, a capital and a digit, "T+2", "T&S") in the English items of the development
 * splits and in the Bitext agent responses, with whether the engine flags jargon over it. Used to check a known-words
 * list against what real drafts hold (jargon23). Usage: npx tsx scripts/jargon23-codes-probe.ts [--bitext] [--fa]
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { englishSentences } from '../tests/bench/rewrite.bench.ts';
import { ASIDE_SPLITS, EVAL_SPLITS, HELD_OUT_SPLIT, evalSetExists, loadEvalSet } from '../tests/bench/rewrite-quality.ts';

const fa = process.argv.includes('--fa');
const lang = fa ? 'fa' : 'en';
const CODE = /(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*|[A-Z]+[0-9][A-Z0-9]*|[A-Z][&+][A-Z0-9]+)(?![A-Za-z0-9])/g;
const rows: string[] = [];
function probe(where: string, text: string): void {
  const codes = [...text.matchAll(CODE)];
  if (!codes.length) return;
  const sug = suggestRewrites(text, builtinPacks, { generic: true });
  for (const m of codes) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    const hit = sug.find((g) => g.category === 'jargon' && g.start < e && s < g.end);
    rows.push(`${m[0]}\t${hit ? 'FLAG' : '-'}\t${where}\t${text.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
}
if (process.argv.includes('--bitext')) {
  for (const s of new Set(englishSentences())) probe('bitext', s);
} else {
  for (const split of EVAL_SPLITS) {
    if (split === HELD_OUT_SPLIT || ASIDE_SPLITS.includes(split) || !evalSetExists(lang, split)) continue;
    for (const it of loadEvalSet(lang, split)) probe(`${split}:${it.id}:${it.label === 'neutral' ? 'NEUTRAL' : it.category}`, it.text);
  }
}
console.log(rows.sort().join('\n'));
