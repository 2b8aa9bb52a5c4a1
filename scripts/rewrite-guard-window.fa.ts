/**
 * (perffa32) The Persian guards read in a window (guard.fa.ts guardCached) against the whole draft: every Persian development
 * item (aside and held-out splits skipped, as rewrite-snapshot.ts), five to a draft, read with the cache (the window) and
 * without it, then a letter typed at a third and two thirds.   npx tsx scripts/rewrite-guard-window.fa.ts [drafts]
 */
// Window reading (cache on, first time) against the whole-draft reading (cache off), and keystrokes, on drafts made of
// every Persian development item (aside and held-out splits skipped as in rewrite-snapshot.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites, type Suggestion } from '../lib/rewrite/index.ts';
import { loadLearntModels } from '../lib/rewrite/learnt/load.ts';
import { adviceReasons } from '../lib/rewrite/template16.en.ts';
await loadLearntModels();
const dir = 'tests/fixtures/rewrite-eval';
const SKIP = new Set(['late9', 'late16', 'late32', 'fresht', 'widet', 'rwent', 'rwfat', 'honestt', 'test3', 'gentest']);
const texts: string[] = [];
for (const f of readdirSync(dir).filter((f) => /^fa\.[a-z0-9]+\.jsonl$/.test(f)).filter((f) => !SKIP.has(f.split('.')[1])).sort()) {
  for (const l of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const it = JSON.parse(l);
    if (typeof it.text === 'string') texts.push(it.text.replace(/\[\[|\]\]/g, ''));
  }
}
const dump = (l: Suggestion[]) => JSON.stringify(l.map((s) => [s, adviceReasons.get(s) ?? null]));
const seps = [' ', '\n', ' ', '\n\n', '  '];
let n = 0, bad = 0, sugg = 0;
const only = process.argv[2] ? Number(process.argv[2]) : Infinity;
for (let i = 0; i < texts.length && n < only; i += 5) {
  const d = texts.slice(i, i + 5).map((t, k) => t + seps[(i + k) % seps.length]).join('');
  const full = suggestRewrites(d, builtinPacks, { cache: false });
  const win = suggestRewrites(d, builtinPacks);
  sugg += full.length;
  if (dump(full) !== dump(win)) { bad++; if (bad < 6) console.log('DIFF', JSON.stringify(d).slice(0, 300)); }
  // keystrokes: a letter at a third and two thirds, after the cached read
  for (const frac of [0.33, 0.66]) {
    const at = Math.floor(d.length * frac);
    const typed = `${d.slice(0, at)}ی${d.slice(at)}`;
    const k = suggestRewrites(typed, builtinPacks);
    const f = suggestRewrites(typed, builtinPacks, { cache: false });
    if (dump(k) !== dump(f)) { bad++; if (bad < 6) console.log('KDIFF', JSON.stringify(typed).slice(0, 300)); }
  }
  n++;
}
console.log(`${texts.length} items, ${n} drafts, ${sugg} suggestions, ${bad} differences`);
