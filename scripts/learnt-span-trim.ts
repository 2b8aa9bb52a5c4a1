/**
 * (ml32) What trimming the learnt readers' spans (lib/rewrite/learnt/span-trim.ts) does on the leave-one-split-out
 * folds, read from a CV dump made with the spans untrimmed (`neg-en-cv.ts --no-trim --dump=<file>`, the same for
 * Persian): every fold item's reader spans trimmed as the reader trims them, then per fold and pooled the recall and
 * neutral flags (rules + reader) untrimmed vs trimmed, and the span precision (reader spans on negative items over the
 * marked words, how many of those run past them, how many elsewhere) before and after.
 *
 *   npx tsx scripts/learnt-span-trim.ts en /tmp/en.jsonl [--no-tail] [--show]
 *
 * A trimmed span is a part of the span the engine showed, so it passes the engine's filters (no rule's reach, no quote)
 * as the whole did; the engine's own merge of touching spans is not redone (a trimmed span only shrinks).
 */
import type { CvDumpRow } from './learnt-cv.ts';
import { readFileSync } from 'node:fs';
import { analyze, type Token } from '../lib/nlp/index.ts';
import { contentWordEn } from '../lib/rewrite/learnt/neg.en.ts';
import { contentWordFa } from '../lib/rewrite/learnt/neg.fa.ts';
import { SPAN_TRIM, trimSpan } from '../lib/rewrite/learnt/span-trim.ts';

type Range = readonly [number, number];
const hit = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
/** A line of learnt-cv.ts --dump. */
type Row = CvDumpRow;
const LETTER = /[A-Za-z']/;

/** A span trimmed as the reader trims it (English: then widened to whole written words, as neg.en.ts does). */
export function trimmedRange(lang: 'en' | 'fa', tokens: readonly Token[], text: string, r: Range): Range {
  const words = tokens.filter((t) => t.word && t.start >= r[0] && t.end <= r[1]);
  const t = trimSpan(lang, words, lang === 'en' ? contentWordEn : contentWordFa);
  if (!t) return r;
  let [start, end] = t;
  if (lang === 'en') {
    while (start > 0 && LETTER.test(text[start - 1]) && LETTER.test(text[start])) start--;
    while (end < text.length && LETTER.test(text[end]) && LETTER.test(text[end - 1])) end++;
  }
  return [start, end];
}

interface Fig {
  neg: number;
  caught: number;
  neu: number;
  flagged: number;
  on: number;
  past: number;
  off: number;
}
const empty = (): Fig => ({ neg: 0, caught: 0, neu: 0, flagged: 0, on: 0, past: 0, off: 0 });
function count(f: Fig, row: Row, extra: readonly Range[]): void {
  const all = [...row.rules, ...extra];
  if (row.label === 'negative') {
    f.neg++;
    if (row.spans.every((sp) => all.some((r) => hit(r, sp)))) f.caught++;
    for (const r of extra) {
      const over = row.spans.filter((sp) => hit(r, sp));
      if (!over.length) f.off++;
      else {
        f.on++;
        if (r[0] < Math.min(...over.map((s) => s[0])) || r[1] > Math.max(...over.map((s) => s[1]))) f.past++;
      }
    }
  } else {
    f.neu++;
    if (all.length) f.flagged++;
  }
}
const fmt = (f: Fig) => `${f.caught}/${f.neg} caught, ${f.flagged}/${f.neu} neutrals; spans ${f.on} on (${f.past} past), ${f.off} off`;

function main(argv: string[]): void {
  const [lang, file] = argv as ['en' | 'fa', string];
  if (argv.includes('--no-tail')) SPAN_TRIM.tail = false;
  const show = argv.includes('--show');
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
  const byFold = new Map<string, { before: Fig; after: Fig }>();
  const pooled = { before: empty(), after: empty() };
  for (const row of rows) {
    const f = byFold.get(row.fold) ?? { before: empty(), after: empty() };
    byFold.set(row.fold, f);
    const raw = row.hits.map((h) => [h[0], h[1]] as Range);
    const tokens = raw.length ? analyze(row.text).tokens : [];
    const trimmed = raw.map((r) => trimmedRange(lang, tokens, row.text, r));
    for (const [fig, ex] of [[f.before, raw], [f.after, trimmed], [pooled.before, raw], [pooled.after, trimmed]] as const) count(fig, row, ex);
    if (show) raw.forEach((r, i) => {
      const t = trimmed[i];
      if (t[0] !== r[0] || t[1] !== r[1]) {
        const marked = row.spans.map((s) => `[${row.text.slice(s[0], s[1])}]`).join(' ');
        console.log(`  ${row.id} ${row.label} «${row.text.slice(r[0], r[1])}» -> «${row.text.slice(t[0], t[1])}»  marked ${marked || '-'}`);
      }
    });
  }
  for (const [fold, f] of byFold) console.log(`${fold}: untrimmed ${fmt(f.before)} | trimmed ${fmt(f.after)}`);
  console.log(`pooled: untrimmed ${fmt(pooled.before)} | trimmed ${fmt(pooled.after)}`);
}

main(process.argv.slice(2));
