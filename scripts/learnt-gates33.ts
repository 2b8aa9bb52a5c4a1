/**
 * (ml33) Clause gates over a CV dump, and the second spans of multi-span items.
 *
 *   npx tsx scripts/learnt-gates33.ts <en|fa> <dump.jsonl> [--list=<gate>]
 *
 * The dump must be written with the clause gates off (--no-clause-gates), or a gate's figure is the dump's.
 * A dump (scripts/learnt-cv.ts --dump) holds every fold item's rule ranges, the engine's reader ranges (`hits`) and the
 * reader's own spans before the engine's advice chain (`raw`). A gate only drops reader spans, so a gate measured here
 * is what the engine would give with it (the span's sentence is read again by the language layer, as the reader reads it).
 * Per fold: items caught / neutrals flagged / spans caught on items with two or more marked spans, rules alone, the
 * readers as dumped, and each gate (gates.ts's candidates, CLAUSE_GATES33); then what each gate dropped (over marked
 * words, elsewhere, on neutrals). `--list=<gate>` prints the spans a gate drops. `--spans` prints the second-span table:
 * for each marked span of a multi-span item the rules missed, whether the engine's reader caught it, the reader read it
 * and the engine hid it (a rule's suggestion in its clause, a neutral filter), or nothing read it.
 */
import { readFileSync } from 'node:fs';
import { analyzeSentenceTokens, type Token } from '../lib/nlp/index.ts';
import { CLAUSE_GATE_NAMES, clauseGateEn, clauseGateFa, CLAUSE_GATES33, FORMAL_VERBS_FA } from '../lib/rewrite/learnt/gates.clause.ts';
import type { CvDumpRow } from './learnt-cv.ts';

type Range = readonly [number, number];
const hit = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

const [lang, file] = process.argv.slice(2) as ['en' | 'fa', string];
const list = process.argv.find((a) => a.startsWith('--list='))?.slice(7);
// (ml34) --no-formal: the Persian clause gates read the layer's verbs only (FORMAL_VERBS_FA off), as before ml34.
if (process.argv.includes('--no-formal')) FORMAL_VERBS_FA.on = false;
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CvDumpRow);

/** The sentence of `text` around [start, end): from the last sentence end before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const END = lang === 'fa' ? /[.!?؟\n]/ : /[.!?\n]/;
  let a = start;
  while (a > 0 && !END.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !END.test(text[b])) b++;
  if (b < text.length) b++;
  return [a, b];
}

/** Whether gate `name` drops the reader span [s, e) of category `cat` in `text`. */
function drops(name: string, text: string, s: number, e: number, cat: string): boolean {
  const [a, b] = sentenceAround(text, s, e);
  const sent = text.slice(a, b);
  const tokens = analyzeSentenceTokens(sent);
  const span = tokens.filter((t: Token) => t.word && t.start >= s - a && t.end <= e - a);
  if (!span.length) return false;
  const was = { ...CLAUSE_GATES33[lang] };
  for (const k of CLAUSE_GATE_NAMES) CLAUSE_GATES33[lang][k] = k === name;
  const out = lang === 'en' ? clauseGateEn(cat, sent, tokens, span) : clauseGateFa(cat, sent, tokens, span);
  Object.assign(CLAUSE_GATES33[lang], was);
  return !!out;
}

interface T {
  caught: number;
  flagged: number;
  spans: number;
  spansCaught: number;
}
const tally = (): T => ({ caught: 0, flagged: 0, spans: 0, spansCaught: 0 });
function add(t: T, r: CvDumpRow, extra: readonly Range[]): void {
  const all = [...r.rules, ...extra];
  if (r.label === 'negative') {
    if (r.spans.every((sp) => all.some((x) => hit(x, sp)))) t.caught++;
    if (r.spans.length >= 2) {
      t.spans += r.spans.length;
      t.spansCaught += r.spans.filter((sp) => all.some((x) => hit(x, sp))).length;
    }
  } else if (all.length) t.flagged++;
}

const folds = [...new Set(rows.map((r) => r.fold))];
const names = ['rules', 'dumped', ...CLAUSE_GATE_NAMES];
const table = new Map<string, Map<string, T>>(folds.map((f) => [f, new Map(names.map((n) => [n, tally()]))]));
const dropped = new Map<string, { on: number; off: number; neutral: number }>(CLAUSE_GATE_NAMES.map((n) => [n, { on: 0, off: 0, neutral: 0 }]));
for (const r of rows) {
  const t = table.get(r.fold)!;
  add(t.get('rules')!, r, []);
  add(t.get('dumped')!, r, r.hits.map((h) => [h[0], h[1]] as Range));
  for (const g of CLAUSE_GATE_NAMES) {
    const kept = r.hits.filter((h) => {
      const d = drops(g, r.text, h[0], h[1], h[2]);
      if (d) {
        const k = dropped.get(g)!;
        if (r.label === 'neutral') k.neutral++;
        else if (r.spans.some((sp) => hit([h[0], h[1]], sp))) k.on++;
        else k.off++;
        if (list === g) console.log(`  ${g} ${r.fold} ${r.label} ${h[2]} «${r.text.slice(h[0], h[1])}» ${r.spans.some((sp) => hit([h[0], h[1]], sp)) ? 'ON' : ''} :: ${r.text.slice(0, 160).replace(/\n/g, ' / ')}`);
      }
      return !d;
    });
    add(t.get(g)!, r, kept.map((h) => [h[0], h[1]] as Range));
  }
}
const cell = (x: T) => `${x.caught}/${x.flagged} (${x.spansCaught}/${x.spans})`;
console.log(`fold | ${names.join(' | ')}`);
const pooled = new Map(names.map((n) => [n, tally()]));
for (const f of folds) {
  const t = table.get(f)!;
  console.log(`${f} | ${names.map((n) => cell(t.get(n)!)).join(' | ')}`);
  for (const n of names) {
    const p = pooled.get(n)!;
    const x = t.get(n)!;
    p.caught += x.caught;
    p.flagged += x.flagged;
    p.spans += x.spans;
    p.spansCaught += x.spansCaught;
  }
}
console.log(`pooled | ${names.map((n) => cell(pooled.get(n)!)).join(' | ')}`);
for (const [g, k] of dropped) console.log(`${g}: dropped ${k.on} over marked words, ${k.off} elsewhere, ${k.neutral} on neutrals`);

if (process.argv.includes('--spans')) {
  // Second spans: the marked spans of multi-span items the rules missed.
  const by = new Map<string, number>();
  for (const r of rows) {
    if (r.label !== 'negative' || r.spans.length < 2) continue;
    const rulesAny = r.spans.some((sp) => r.rules.some((x) => hit(x, sp)));
    for (const sp of r.spans) {
      if (r.rules.some((x) => hit(x, sp))) continue;
      let what: string;
      if (r.hits.some((h) => hit([h[0], h[1]], sp))) what = 'engine reader caught';
      else if ((r.raw ?? []).some((h) => hit([h[0], h[1]], sp))) what = 'read, hidden by the engine';
      else what = 'not read';
      const key = `${what}${rulesAny ? ' (rules caught another span)' : ''}`;
      by.set(key, (by.get(key) ?? 0) + 1);
      if (process.argv.includes('--show') && what !== 'engine reader caught') {
        const raw = (r.raw ?? []).map((h) => `«${r.text.slice(h[0], h[1])}»:${h[2]}:${h[3]}`).join(' ');
        console.log(`  ${r.fold} ${what} «${r.text.slice(sp[0], sp[1])}» rules ${r.rules.map((x) => `«${r.text.slice(x[0], x[1])}»`).join(' ')} raw ${raw} :: ${r.text.slice(0, 200).replace(/\n/g, ' / ')}`);
      }
    }
  }
  for (const [k, n] of [...by].sort()) console.log(`second spans: ${k}: ${n}`);
}
