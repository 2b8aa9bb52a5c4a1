/**
 * Snapshot of every suggestion the rewrite engine gives, for speed work that must not change behaviour.
 *
 *   npx tsx scripts/rewrite-snapshot.ts [out-file]     (default .output/rewrite-snapshot.jsonl)
 *   npx tsx scripts/rewrite-snapshot.ts --learnt [out-file]     the same with both learnt readers on (their weights loaded first)
 *
 * Inputs: every sentence of every rewrite development split in tests/fixtures/rewrite-eval (both languages),
 * except late9, late16 and the aside splits (never opened here), plus the drafts of tests/bench/rewrite.bench.ts
 * (full analysis, then the keystroke path through the sentence cache) and its adversarial run-on drafts (10 KB).
 * Each line: input key, then every suggestion (span, flag, kind, pack/rule id, replacements, explanation,
 * severity, language, the guard's advice reason). Nothing of the items is printed: only counts.
 * After a speed change, run it again and `cmp` the two files: they must be byte-identical.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites, type Suggestion } from '../lib/rewrite/index.ts';
import { loadLearntModels } from '../lib/rewrite/learnt/load.ts';
import { adviceReasons } from '../lib/rewrite/template16.en.ts';
import { badExamples, drafts, englishSentences, persianSentences } from '../tests/bench/rewrite.bench.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const learnt = args.includes('--learnt');
const out = args.find((a) => !a.startsWith('--')) ?? join(root, '.output/rewrite-snapshot.jsonl');
if (learnt) await loadLearntModels();
const dir = join(root, 'tests/fixtures/rewrite-eval');
/** Never opened: held aside or held out. */
const SKIP = new Set(['late9', 'late16', 'late39', 'fresht', 'widet', 'rwent', 'rwfat', 'honestt', 'test3', 'gentest']);

const dump = (s: Suggestion) =>
  JSON.stringify([s.start, s.end, s.flagged.start, s.flagged.end, s.kind, s.packId, s.ruleId, s.replacements, s.explanation, s.severity, s.category, s.language, adviceReasons.get(s) ?? null]);

const lines: string[] = [];
let n = 0;
let sugg = 0;
const take = (key: string, text: string, cache: boolean) => {
  const list = suggestRewrites(text, builtinPacks, { cache, learnt });
  n++;
  sugg += list.length;
  lines.push(`${key}\t${list.map(dump).join('\t')}`);
};

const files = readdirSync(dir)
  .filter((f) => /^(en|fa)\.[a-z0-9]+\.jsonl$/.test(f))
  .filter((f) => !SKIP.has(f.split('.')[1]))
  .sort();
for (const f of files) {
  const rows = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim());
  rows.forEach((l, i) => {
    const item = JSON.parse(l) as { id?: string; text?: string };
    if (typeof item.text !== 'string') return;
    take(`${f}#${i}:${item.id ?? ''}`, item.text.replace(/\[\[|\]\]/g, ''), false);
  });
}
const en = drafts(englishSentences(), badExamples('en'), 300, 1);
const fa = drafts(persianSentences(), badExamples('fa'), 150, 2);
for (const [lang, list] of [['en', en], ['fa', fa]] as const) {
  list.forEach((d, i) => {
    take(`bench-${lang}#${i}`, d, false);
    // The keystroke path: analysed with the cache, then one letter typed mid-draft.
    suggestRewrites(d, builtinPacks, { learnt });
    const at = d.indexOf(' ', Math.floor(d.length / 2));
    take(`bench-${lang}-key#${i}`, `${d.slice(0, at)}s${d.slice(at)}`, true);
  });
}
const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
for (const unit of ["I can't ", "I can't a b c d e f until a b c d e f then ", 'x ', 'نمی\u200cتوانم تا ', 'a']) take(`adv:${unit}`, repeat(unit, 10 * 1024), false);
take('adv:really', `we ${'really '.repeat(1500)}can't`, false);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${files.length} split files, ${n} inputs, ${sugg} suggestions -> ${out}`);
