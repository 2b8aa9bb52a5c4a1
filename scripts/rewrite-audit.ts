/**
 * Rewrite audit: for every English (or Persian) rule of the built-in packs, the applied top
 * alternative on the rule's own examples and on every eval sentence it fires on, for a person to
 * read as a support lead would (is it grammatical, does it mean what the agent wrote, does it add
 * a promise?). Flagged neutrals are listed apart.
 *
 *   npx tsx scripts/rewrite-audit.ts [--lang en|fa] [--splits dev,test,late,late2] [--rule id] [--no-examples]
 *   npx tsx scripts/rewrite-audit.ts --lang fa --splits late2 --misses   negatives not caught and neutrals flagged
 *
 * Prints one block per rule: `draft` then `=> after` (Apply all of every suggestion in the
 * sentence, templates keeping their ___, advice changing nothing), with the firing rules. A rule's
 * good examples are listed only when something flags them. Quoted customer text (mail blocks and
 * inline quotes) is left out as the panel and tests/bench/rewrite-quality.ts leave it out.
 * Development splits only: never a held-out set.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { applyAll, suggestRewrites, type Suggestion } from '../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import { ASIDE_SPLITS, HELD_OUT_SPLIT, evalSetExists, evaluateItem, loadEvalSet, type EvalLang, type EvalSplit } from '../tests/bench/rewrite-quality.ts';

interface Row {
  source: string;
  label: string;
  draft: string;
  after: string;
  rules: string;
}

function suggest(text: string): Suggestion[] {
  const exclude = draftNotOwnRanges(text);
  return suggestRewrites(text, builtinPacks, exclude.length ? { exclude, cache: false } : { cache: false });
}

const oneLine = (s: string) => s.replace(/\n/g, ' ⏎ ');

export function audit(lang: EvalLang, splits: EvalSplit[], onlyRule?: string, examples = true): Map<string, Row[]> {
  const byRule = new Map<string, Row[]>();
  const push = (rule: string, row: Row) => (byRule.get(rule) ?? byRule.set(rule, []).get(rule)!).push(row);
  const packs = builtinPacks.filter((p) => p.languages[0] === lang);
  for (const split of splits) {
    if (!evalSetExists(lang, split)) continue;
    for (const item of loadEvalSet(lang, split)) {
      const s = suggest(item.text);
      if (!s.length) continue;
      const row: Row = { source: `${split}:${item.id}`, label: item.label, draft: item.text, after: applyAll(item.text, s), rules: s.map((x) => `${x.ruleId}(${x.kind})`).join(',') };
      for (const x of s) if (!onlyRule || x.ruleId === onlyRule) push(x.ruleId, row);
    }
  }
  if (examples) {
    for (const pack of packs) {
      for (const rule of pack.rules) {
        if (onlyRule && rule.id !== onlyRule) continue;
        for (const ex of rule.examples.bad) {
          const s = suggest(ex.text);
          push(rule.id, { source: 'example', label: 'bad', draft: ex.text, after: applyAll(ex.text, s), rules: s.map((x) => `${x.ruleId}(${x.kind})`).join(',') });
        }
        for (const text of rule.examples.good) {
          const s = suggest(text);
          if (s.length) push(rule.id, { source: 'example', label: 'good', draft: text, after: applyAll(text, s), rules: s.map((x) => `${x.ruleId}(${x.kind})`).join(',') });
        }
      }
    }
  }
  return byRule;
}

/** Negatives with a marked span no suggestion covers, and neutrals that got any suggestion. */
function printMisses(lang: EvalLang, split: EvalSplit): void {
  if (!evalSetExists(lang, split)) return;
  const found = (s: readonly Suggestion[]) => s.map((x) => `${x.ruleId}«${x.original}»`).join(' ');
  for (const item of loadEvalSet(lang, split)) {
    const r = evaluateItem(lang, item, builtinPacks);
    if (item.label === 'negative' && !r.caught) console.log(`MISS ${split}:${item.id} ${oneLine(item.text)}  <${item.spans.map(([a, b]) => item.text.slice(a, b)).join(' | ')}>  got ${found(r.suggestions)}`);
    if (item.label === 'neutral' && r.flagged) console.log(`FALSE ${split}:${item.id} ${oneLine(item.text)}  ${found(r.suggestions)}`);
  }
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const lang = (arg('--lang') ?? 'en') as EvalLang;
  const splits = (arg('--splits') ?? 'dev,test,late,late2').split(',') as EvalSplit[];
  for (const heldOut of [HELD_OUT_SPLIT, ...ASIDE_SPLITS]) {
    if (!splits.includes(heldOut)) continue;
    console.error(`${heldOut} is a held-out split: it is measured (tests/bench/rewrite-quality.ts --${heldOut}), never read sentence by sentence.`);
    process.exit(2);
  }
  if (argv.includes('--misses')) {
    for (const split of splits) printMisses(lang, split);
    return;
  }
  const byRule = audit(lang, splits, arg('--rule'), !argv.includes('--no-examples'));
  let n = 0;
  for (const [rule, rows] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`\n## ${rule} (${rows.length})`);
    for (const r of rows) {
      n++;
      console.log(`- [${r.source} ${r.label}] ${oneLine(r.draft)}\n    => ${oneLine(r.after)}${r.rules.includes(',') ? `   {${r.rules}}` : ''}`);
    }
  }
  const neutrals = [...byRule.values()].flat().filter((r) => r.label === 'neutral');
  console.log(`\n## flagged neutrals (${new Set(neutrals.map((r) => r.source)).size})`);
  for (const r of new Map(neutrals.map((r) => [r.source, r])).values()) console.log(`- [${r.source}] ${oneLine(r.draft)}   {${r.rules}}`);
  console.log(`\n${n} rows`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
