/**
 * How well the draft's quoted text is told apart from the agent's own words (lib/text/quotes.ts),
 * on hand-written drafts in tests/fixtures/quotes/{dev,test}.jsonl: each draft marks its quoted
 * parts with ⟦ and ⟧ (mail clients in English and Persian, inline answers, nested quotes,
 * signatures, and agent text that only looks like a quote). Tune on dev; report test.
 *
 * Figures: drafts where the detected quotes are exactly the marked ones; precision and recall over
 * the non-space characters of quoted text; and, with the built-in packs, the suggestions that fall
 * in the customer's quote (shown to the agent without the detector, and left after it) and the
 * suggestions on the agent's own words the detector wrongly hides.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinPacks } from '../../lib/packs/index.ts';
import { suggestRewrites } from '../../lib/rewrite/index.ts';
import { overlapsAny, quoteRanges, type TextRange } from '../../lib/text/quotes.ts';

export type QuoteSplit = 'dev' | 'test';

export interface QuoteCase {
  id: string;
  text: string;
  quotes: TextRange[];
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'quotes');

/** Reads a draft written with ⟦ ⟧ around its quoted parts. */
export function parseMarked(src: string): { text: string; quotes: TextRange[] } {
  let text = '';
  const quotes: TextRange[] = [];
  let open = -1;
  for (const ch of src) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      quotes.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, quotes };
}

export function loadQuoteCases(split: QuoteSplit): QuoteCase[] {
  return readFileSync(join(DIR, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const row = JSON.parse(l) as { id: string; draft: string };
      return { id: row.id, ...parseMarked(row.draft) };
    });
}

export interface QuoteReport {
  drafts: number;
  exact: number;
  wrong: string[];
  precision: number;
  recall: number;
  /** Suggestions whose words are in the customer's quote: without the detector, and after it. */
  quotedSuggestions: number;
  quotedLeft: number;
  /** Suggestions on the agent's own words, and how many of them the detector hides. */
  ownSuggestions: number;
  ownHidden: number;
}

const inside = (ranges: readonly TextRange[], i: number) => ranges.some(([a, b]) => a <= i && i < b);

export function evaluateQuotes(split: QuoteSplit): QuoteReport {
  const cases = loadQuoteCases(split);
  const r: QuoteReport = { drafts: cases.length, exact: 0, wrong: [], precision: 1, recall: 1, quotedSuggestions: 0, quotedLeft: 0, ownSuggestions: 0, ownHidden: 0 };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of cases) {
    const found = quoteRanges(c.text);
    const same = found.length === c.quotes.length && found.every(([a, b], k) => c.text.slice(a, b) === c.text.slice(...c.quotes[k]));
    if (same) r.exact++;
    else r.wrong.push(c.id);
    for (let i = 0; i < c.text.length; i++) {
      if (/\s/.test(c.text[i])) continue;
      const want = inside(c.quotes, i);
      const got = inside(found, i);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    const all = suggestRewrites(c.text, builtinPacks);
    const key = (s: (typeof all)[number]) => `${s.packId}/${s.ruleId}@${s.flagged.start}`;
    const kept = new Set(suggestRewrites(c.text, builtinPacks, { exclude: found }).map(key));
    for (const s of all) {
      const quoted = overlapsAny(c.quotes, s.flagged.start, s.flagged.end);
      if (quoted) {
        r.quotedSuggestions++;
        if (kept.has(key(s))) r.quotedLeft++;
      } else {
        r.ownSuggestions++;
        if (!kept.has(key(s))) r.ownHidden++;
      }
    }
  }
  r.precision = tp + fp ? tp / (tp + fp) : 1;
  r.recall = tp + fn ? tp / (tp + fn) : 1;
  return r;
}

export default function main(): void {
  for (const split of ['dev', 'test'] as const) {
    const r = evaluateQuotes(split);
    console.log(
      `quotes ${split}: ${r.exact}/${r.drafts} drafts exact; quoted characters precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)}; ` +
        `suggestions in quotes ${r.quotedSuggestions} -> ${r.quotedLeft} left; own-word suggestions hidden ${r.ownHidden}/${r.ownSuggestions}` +
        (r.wrong.length ? `; wrong: ${r.wrong.join(', ')}` : ''),
    );
  }
}
