/**
 * Flags on Shekasteh's colloquial and formal sentences (../shared/corpus/shekasteh-fa-colloquial: everyday subtitles and
 * chat, not customer service): how many sentences get any suggestion. A precision yardstick for Persian readers: a new
 * reader should flag no more of them. `npx tsx scripts/fa-shekasteh-flags.ts [--list]` (with --list, one line per flagged
 * sentence: rule and flagged words, for a diff before and after).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus', 'shekasteh-fa-colloquial');
const list = process.argv.includes('--list');
let n = 0;
let flagged = 0;
for (const f of ['dev.tsv', 'test.tsv']) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const text of line.split('\t').slice(0, 2).map((s) => s.trim())) {
      if (!text) continue;
      n++;
      const s = suggestRewrites(text, builtinPacks, { generic: true });
      if (!s.length) continue;
      flagged++;
      if (list) console.log(`${text}\t${s.map((x) => `${x.ruleId}:«${text.slice(x.flagged.start, x.flagged.end)}»`).join(' ')}`);
    }
  }
}
console.log(`Shekasteh: ${flagged}/${n} sentences flagged`);
