/**
 * How often each rwfap26 kind (lib/rewrite/neutral26p.fa.ts) spares a suggestion, per split and label: counts only, no
 * item is printed, so it may be run on the aside and held-back splits.  npx tsx scripts/fa-precision26-fires.ts late20 fresht …
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { setFaNeutral26pProbe } from '../lib/rewrite/neutral26p.fa.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import { EVAL_DIR, HELD_OUT_SPLIT, parseMarked } from '../tests/bench/rewrite-quality.ts';

for (const split of process.argv.slice(2)) {
  if (split === HELD_OUT_SPLIT) continue;
  const file = join(EVAL_DIR, `fa.${split}.jsonl`);
  if (!existsSync(file)) continue;
  const counts = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { label: string; text: string };
    const { text } = parseMarked(item.text);
    const kinds = new Set<string>();
    setFaNeutral26pProbe((k) => kinds.add(k));
    const exclude = draftNotOwnRanges(text);
    suggestRewrites(text, builtinPacks, exclude.length ? { exclude } : {});
    setFaNeutral26pProbe(undefined);
    for (const k of kinds) counts.set(`${item.label}:${k}`, (counts.get(`${item.label}:${k}`) ?? 0) + 1);
  }
  console.log(`${split}: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ') || '(none)'}`);
}
