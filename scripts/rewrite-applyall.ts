/** Every flagged sentence of one split with Apply all's result (every suggestion's first alternative applied), for a person to
 *  read and judge good / awkward / wrong. Run from the worktree root: npx tsx scripts/rewrite-applyall.ts en dev3 > out.md */
import { builtinPacks } from '../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import { loadEvalSet, type EvalLang, type EvalSplit } from '../tests/bench/rewrite-quality.ts';

const [lang, split] = process.argv.slice(2) as [EvalLang, EvalSplit];
const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ');
console.log(`| id | label | rules (kind) | draft | after Apply all | verdict | why |\n|---|---|---|---|---|---|---|`);
let n = 0;
for (const item of loadEvalSet(lang, split)) {
  const exclude = draftNotOwnRanges(item.text);
  const s = suggestRewrites(item.text, builtinPacks, exclude.length ? { exclude, cache: false } : { cache: false });
  if (!s.length) continue;
  n++;
  const rules = s.map((x) => `${x.ruleId}/${x.kind}`).join(', ');
  console.log(`| ${item.id} | ${item.label} | ${esc(rules)} | ${esc(item.text)} | ${esc(applyAll(item.text, s))} |  |  |`);
}
console.error(`${n} flagged rows`);
