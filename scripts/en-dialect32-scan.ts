/**
 * dialect32: which written words of the English development splits the language layer leaves as written (norm = the
 * written word) although no standard English text uses them: the candidates for dialect, slang and learner forms of
 * common words. The reference vocabulary is the words of standard English text in ../shared/corpus (Bitext responses and
 * instructions, banking77, Stanford politeness; measured only, nothing copied). For each candidate: its count, the
 * splits it occurs in, and how often it sits inside a marked span the built-in packs miss.
 *
 *   npx tsx scripts/en-dialect32-scan.ts            candidates seen at least twice
 *   npx tsx scripts/en-dialect32-scan.ts --min=1    every candidate
 *   npx tsx scripts/en-dialect32-scan.ts --no-miss  skip the (slow) miss pass
 *
 * Never the held-out split, never an aside split (developmentSplits in tests/bench/rewrite-quality.ts): development splits only.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../lib/nlp/index.ts';
import { builtinPacks } from '../lib/packs/index.ts';
import { developmentSplits, evaluateItem, loadEvalSet } from '../tests/bench/rewrite-quality.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(here, '..', '..', '..', 'shared', 'corpus');


function referenceVocabulary(): Set<string> {
  const files = [
    'bitext-cs-intents/bitext_customer_support_4514.csv',
    'banking77/train.csv',
    'banking77/test.csv',
    'stanford-politeness/stack-exchange.annotated.csv',
    'stanford-politeness/wikipedia.annotated.csv',
  ];
  const counts = new Map<string, number>();
  for (const f of files) {
    let text = '';
    try {
      text = readFileSync(join(process.env.CORPUS_DIR ?? CORPUS, f), 'utf8');
    } catch {
      console.error(`no ${f}: reference vocabulary without it`);
      continue;
    }
    for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  // A word seen three times in standard text is a standard word (a one-off typo there is not).
  return new Set([...counts].filter(([, n]) => n >= 3).map(([w]) => w));
}

export default function main(argv: readonly string[] = []): void {
  const min = Number(argv.find((a) => a.startsWith('--min='))?.slice(6) ?? 2);
  const withMisses = !argv.includes('--no-miss');
  const vocab = referenceVocabulary();
  const seen = new Map<string, { n: number; splits: Set<string>; inMiss: number; example: string }>();
  for (const split of developmentSplits('en')) {
    for (const item of loadEvalSet('en', split)) {
      let missed: Array<[number, number]> = [];
      if (withMisses && item.label === 'negative') {
        const r = evaluateItem('en', item, builtinPacks);
        missed = item.spans.filter((sp) => !r.suggestions.some((s) => s.flagged.start < sp[1] && sp[0] < s.flagged.end));
      }
      for (const t of tokenize(item.text)) {
        if (!t.word || t.lang !== 'en' || /\d/.test(t.text)) continue;
        const lw = t.text.toLowerCase().replace(/[\u2019']/g, "'");
        if (t.norm !== lw || lw.includes("'") || lw.includes('-') || vocab.has(lw)) continue;
        const e = seen.get(lw) ?? { n: 0, splits: new Set<string>(), inMiss: 0, example: item.text };
        e.n++;
        e.splits.add(split);
        if (missed.some((sp) => t.start < sp[1] && sp[0] < t.end)) e.inMiss++;
        seen.set(lw, e);
      }
    }
  }
  const rows = [...seen].filter(([, e]) => e.n >= min).sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  console.log(`${rows.length} unnormalised words outside the reference vocabulary (${vocab.size} words), seen >= ${min} times in ${developmentSplits('en').length} English development splits`);
  console.log('token\tcount\tin-missed-span\tsplits');
  for (const [w, e] of rows) console.log(`${w}\t${e.n}\t${e.inMiss}\t${[...e.splits].join(',')}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main(process.argv.slice(2));
