/**
 * Every English sentence of the Bitext agent responses (../shared/corpus/bitext-cs-intents), read by the rewrite engine
 * with the built-in packs and the generic readers: prints how many sentences get a flag and, one per line, each flag
 * (rule, matched words, sentence). Run it before and after a change and diff the lists: no Bitext response should get a
 * new flag. Usage: npx tsx scripts/bitext-flags.ts > /tmp/bitext.txt
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { englishSentences } from '../tests/bench/rewrite.bench.ts';

const sentences = [...new Set(englishSentences())];
let flagged = 0;
const lines: string[] = [];
for (const s of sentences) {
  const sug = suggestRewrites(s, builtinPacks, { generic: true });
  if (!sug.length) continue;
  flagged++;
  for (const g of sug) lines.push(`${g.ruleId}\t${s.slice(g.start, g.end)}\t${s}`);
}
console.log(`bitext English sentences: ${sentences.length}, flagged: ${flagged}`);
for (const l of lines.sort()) console.log(l);
