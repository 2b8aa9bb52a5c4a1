/**
 * `npx tsx scripts/fa-probe33.ts "sentence" | split:id ...`: the suggestions on Persian sentences with the learnt readers
 * loaded as the quality harness loads them (rule, kind, category, flagged words, the draft after Apply all). A tuner's probe.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../lib/rewrite/index.ts';
import { loadLearntModels } from '../lib/rewrite/engine.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import { loadEvalSet, ASIDE_SPLITS, type EvalSplit } from '../tests/bench/rewrite-quality.ts';

await loadLearntModels();
for (const arg of process.argv.slice(2)) {
  let text = arg;
  const m = /^([a-z0-9]+):(fa-[A-Z0-9]+)$/.exec(arg);
  if (m) {
    if (ASIDE_SPLITS.includes(m[1] as EvalSplit)) throw new Error('aside split');
    const item = loadEvalSet('fa', m[1] as EvalSplit).find((i) => i.id === m[2]);
    if (!item) throw new Error(`no ${arg}`);
    text = item.text;
    console.log(`# ${arg} [${item.label}${item.category ? ` ${item.category}` : ''}]`);
  }
  const exclude = draftNotOwnRanges(text);
  const s = suggestRewrites(text, builtinPacks, exclude.length ? { exclude, cache: false } : { cache: false });
  console.log(`# ${text.replace(/\n/g, ' ⏎ ')}`);
  if (!s.length) console.log('   (none)');
  for (const x of s) console.log(`   ${x.ruleId} [${x.kind} ${x.category}] «${text.slice(x.flagged.start, x.flagged.end)}»`);
  if (s.length) console.log(`   => ${applyAll(text, s).replace(/\n/g, ' ⏎ ')}`);
}
