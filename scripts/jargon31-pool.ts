/**
 * jargon31: jargon recall and neutrals flagged per split, both languages, and (with --misses) the jargon misses of the
 * development splits (never of an aside split, train31, train34 or the held-out split). Usage:
 *   npx tsx scripts/jargon31-pool.ts [--misses] [--all] [--lang=en|fa] > /tmp/jargon.txt   (--all: every negative's recall too)
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { ASIDE_SPLITS, EVAL_SPLITS, HELD_OUT_SPLIT, evalSetExists, evaluateItem, loadEvalSet, type EvalLang } from '../tests/bench/rewrite-quality.ts';

const argv = process.argv.slice(2);
const misses = argv.includes('--misses');
const only = argv.find((a) => a.startsWith('--lang='))?.slice(7);
const noMisses = new Set<string>([...ASIDE_SPLITS, HELD_OUT_SPLIT, 'train31', 'train34', 'train34b', 'train35', 'train35b', 'train35c', 'train35d']);
const tot: Record<string, [number, number]> = {};
for (const lang of ['en', 'fa'] as EvalLang[]) {
  if (only && only !== lang) continue;
  for (const split of EVAL_SPLITS) {
    if (split === HELD_OUT_SPLIT || ASIDE_SPLITS.includes(split) || !evalSetExists(lang, split)) continue;
    const items = loadEvalSet(lang, split);
    let jn = 0, jc = 0, nn = 0, nf = 0, an = 0, ac = 0;
    const all = argv.includes('--all');
    const out: string[] = [];
    for (const it of items) {
      if (it.label === 'neutral') {
        nn++;
        if (evaluateItem(lang, it, builtinPacks).flagged) nf++;
      } else if (all && it.category !== 'jargon') {
        an++;
        if (evaluateItem(lang, it, builtinPacks).caught) ac++;
      } else if (it.category === 'jargon') {
        an++;
        jn++;
        const r = evaluateItem(lang, it, builtinPacks);
        if (r.caught) (jc++, ac++);
        else if (misses && !noMisses.has(split)) out.push(`  MISS ${it.id} ${it.spans.map(([s, e]) => `[${it.text.slice(s, e)}${r.suggestions.some((g) => g.flagged.start < e && s < g.flagged.end) ? '+' : ''}]`).join(' ')} | ${it.text}`);
      }
    }
    const k = `${lang}`;
    tot[k] = [(tot[k]?.[0] ?? 0) + jc, (tot[k]?.[1] ?? 0) + jn];
    console.log(`${lang} ${split}: jargon ${jc}/${jn}; neutrals flagged ${nf}/${nn}${all ? `; recall ${ac}/${an}` : ''}`);
    for (const l of out) console.log(l);
  }
}
console.log(`totals: ${Object.entries(tot).map(([k, [c, n]]) => `${k} ${c}/${n}`).join(', ')}`);
