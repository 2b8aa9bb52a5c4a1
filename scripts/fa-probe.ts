/** `npx tsx scripts/fa-probe.ts "sentence" ...`: the suggestions on Persian sentences (rule, kind, flagged words, top replacement applied). A tuner's probe. */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';

for (const text of process.argv.slice(2)) {
  const exclude = draftNotOwnRanges(text);
  const s = suggestRewrites(text, builtinPacks, exclude.length ? { exclude, generic: true } : { generic: true });
  console.log(`# ${text}`);
  if (!s.length) console.log('   (none)');
  for (const x of s) {
    const r = x.replacements[0];
    console.log(`   ${x.ruleId} [${x.kind}] «${text.slice(x.flagged.start, x.flagged.end)}»${r !== undefined ? `  =>  ${text.slice(0, x.start)}${r}${text.slice(x.end)}` : ''}`);
  }
}
