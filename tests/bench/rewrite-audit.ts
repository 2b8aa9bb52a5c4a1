/**
 * Rewrite audit for a person to read: every sentence of a split that gets any suggestion, with the
 * draft after each suggestion's first alternative is applied (templates too, as the agent would
 * insert them; advice changes nothing), and every built-in rule's own examples run through all
 * packs together (a rule's example can be changed by another rule as well).
 *
 *   npx tsx tests/bench/rewrite-audit.ts fa dev            one split (dev, test, late, late2)
 *   npx tsx tests/bench/rewrite-audit.ts fa examples       the pack's own examples
 *   npx tsx tests/bench/rewrite-audit.ts fa dev --rule fa-must-konid   only sentences this rule fires on
 *   npx tsx tests/bench/rewrite-audit.ts fa late2 --misses   negatives not caught and neutrals flagged
 *     (every split is development material once its held-out figure is taken; never a held-out set)
 *
 * Prints one block per sentence: id, label, rules (kind), draft, and "=>" the applied text.
 * Figures come from rewrite-quality.ts; this is for reading.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../../lib/packs/index.ts';
import { suggestRewrites, type Suggestion } from '../../lib/rewrite/index.ts';
import { quoteRanges } from '../../lib/text/quotes.ts';
import { evalSetExists, evaluateItem, loadEvalSet, type EvalLang, type EvalSplit } from './rewrite-quality.ts';

/** The draft with every suggestion's first alternative in place, templates included. */
export function applyEvery(draft: string, suggestions: readonly Suggestion[]): string {
  const list = [...suggestions].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of list) {
    if (s.start < pos || !s.replacements.length) continue;
    out += draft.slice(pos, s.start) + s.replacements[0];
    pos = s.end;
  }
  return out + draft.slice(pos);
}

interface Row {
  id: string;
  label: string;
  draft: string;
  suggestions: Suggestion[];
}

function rowsOfSplit(lang: EvalLang, split: EvalSplit): Row[] {
  return loadEvalSet(lang, split).map((it) => {
    const exclude = quoteRanges(it.text);
    return { id: it.id, label: it.label, draft: it.text, suggestions: suggestRewrites(it.text, builtinPacks, exclude.length ? { exclude } : {}) };
  });
}

function rowsOfExamples(lang: EvalLang): Row[] {
  const rows: Row[] = [];
  for (const pack of builtinPacks) {
    if (!pack.languages.includes(lang)) continue;
    for (const rule of pack.rules) {
      rule.examples.bad.forEach((ex, n) => rows.push({ id: `${rule.id}#bad${n}`, label: 'example', draft: ex.text, suggestions: suggestRewrites(ex.text, builtinPacks, { cache: false }) }));
      rule.examples.good.forEach((text, n) => rows.push({ id: `${rule.id}#good${n}`, label: 'good-example', draft: text, suggestions: suggestRewrites(text, builtinPacks, { cache: false }) }));
    }
  }
  return rows;
}

export default function main(argv: readonly string[]): void {
  const lang = (argv[0] ?? 'fa') as EvalLang;
  const what = argv[1] ?? 'dev';
  const ri = argv.indexOf('--rule');
  const only = ri >= 0 ? argv[ri + 1] : undefined;
  if (argv.includes('--misses')) {
    for (const it of loadEvalSet(lang, what as EvalSplit)) {
      const r = evaluateItem(lang, it, builtinPacks);
      if (it.label === 'negative' && !r.caught) console.log(`MISS ${it.id} ${it.text.replace(/\n/g, '⏎')}  <${it.spans.map(([a, b]) => it.text.slice(a, b)).join(' | ')}>  got ${r.suggestions.map((x) => `${x.ruleId}«${x.original}»`).join(' ')}`);
      if (it.label === 'neutral' && r.flagged) console.log(`FALSE ${it.id} ${it.text.replace(/\n/g, '⏎')}  ${r.suggestions.map((x) => `${x.ruleId}«${x.original}»`).join(' ')}`);
    }
    return;
  }
  let rows: Row[];
  if (what === 'examples') rows = rowsOfExamples(lang);
  else if (evalSetExists(lang, what as EvalSplit)) rows = rowsOfSplit(lang, what as EvalSplit);
  else throw new Error(`no split ${lang}.${what}`);
  let shown = 0;
  for (const r of rows) {
    if (!r.suggestions.length) continue;
    if (only && !r.suggestions.some((s) => s.ruleId === only)) continue;
    shown++;
    const rules = r.suggestions.map((s) => `${s.ruleId}/${s.kind}«${s.original}»`).join(' ');
    console.log(`${r.id} [${r.label}] ${rules}\n   ${r.draft.replace(/\n/g, '⏎')}\n=> ${applyEvery(r.draft, r.suggestions).replace(/\n/g, '⏎')}`);
  }
  console.log(`${shown} of ${rows.length} with suggestions`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
