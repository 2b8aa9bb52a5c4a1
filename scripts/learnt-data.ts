/**
 * The learnt clause reader's training inputs, as text (no features, no rules): what scripts/train-clause-model.ts reads
 * and what its input hash is taken over. Nothing here runs the rules, so a rule change needs no retraining.
 *
 *  - development splits (never HELD_OUT_SPLIT, never ASIDE_SPLITS): each item with its marked [[…]] stretches;
 *  - the look-alike matrices' cases marked must-stay-silent (`matrixContrasts`): the rewrite matrices under scripts/
 *    (`*matrix*.ts`, not the tone ones, not the applied-text or signature ones whose silent part is not the agent's
 *    words), read through their exports: `neg` lists of kind tables, families and items labelled `neutral` (a region,
 *    when given, is where silence is asked), string lists named CONTRASTS / NEUTRALS / INFERENCES; and the unit tests
 *    under tests/unit/** that read the rewrite engine, read as text: a call on one string literal asserted empty
 *    (`f('…')).toEqual([])`, `toHaveLength(0)`, `.length).toBe(0)`), and arrays named *neutral* / *silent* / *contrast*.
 *    A generated matrix can hold tens of thousands of combinations: each kind keeps at most PER_KIND distinct
 *    sentences, evenly spaced, so no one generator outweighs the splits;
 *  - Bitext agent response sentences of the even rows (odd rows are kept to measure);
 *  - Positive Psychology Frames reframes of the dev half (wholedev.csv; wholetest.csv is kept to measure).
 *
 * `inputsHash` hashes all of it with the trainer's settings and the feature code: the weights file records it, and
 * tests/unit/rewrite/learnt-weights.test.ts fails when the inputs changed without a retraining run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ASIDE_SPLITS, EVAL_SPLITS, HELD_OUT_SPLIT, evalSetExists, loadEvalSet, type EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { corpusPath, readCsv } from '../tests/bench/stats.ts';
import { sentences } from '../lib/text/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..');

/** A sentence or draft that must stay silent, with where silence is asked (the whole text when no region). */
export interface SilentCase {
  text: string;
  region?: [number, number];
  /** Where it came from: `scripts/<file>` or `tests/unit/<file>` (one group each, for leave-one-matrix-out). */
  source: string;
  kind: string;
}

/** Distinct sentences kept per kind of a matrix (evenly spaced over its generated list). */
export const PER_KIND = 40;

/** The development splits a model may train on: never the held-out one, never an aside half. */
export function trainableSplits(): EvalSplit[] {
  return EVAL_SPLITS.filter((s) => s !== HELD_OUT_SPLIT && !ASIDE_SPLITS.includes(s));
}

/** Matrix scripts whose silent cases are read (the tone matrices read customer text; applied-text, signature and
 * quote matrices ask silence of what is not the agent's words, which the reader never reads anyway). */
export function matrixScripts(): string[] {
  return readdirSync(join(ROOT, 'scripts'))
    .filter((f) => /matrix/.test(f) && /\.ts$/.test(f) && !/^(tone-|applied|sig-quote|fa-signature)/.test(f))
    .sort();
}

const unmark = (s: string) => s.replace(/\[\[|\]\]/g, '');

/** Walks one module's exports for cases marked must-stay-silent. */
function silentFromExports(mod: Record<string, unknown>, source: string, familyItems?: (f: unknown) => Array<{ label: string; marked: string }>): SilentCase[] {
  const out: SilentCase[] = [];
  const take = (kind: string, texts: readonly string[]) => {
    for (const t of texts) if (typeof t === 'string' && t.trim()) out.push({ text: unmark(t), source, kind });
  };
  const items = (kind: string, list: readonly unknown[]) => {
    for (const x of list as Array<Record<string, unknown>>) {
      if (!x || typeof x !== 'object') continue;
      if (Array.isArray(x.neg) && Array.isArray(x.pos)) take(`${kind}/${String(x.kind ?? x.cat ?? '')}`, x.neg as string[]);
      else if (x.label === 'neutral' && typeof x.pattern === 'string' && x.slots && familyItems) {
        take(`${kind}/${String(x.family ?? '')}`, familyItems(x).map((i) => i.marked));
      } else if (x.label === 'neutral' && (typeof x.text === 'string' || typeof x.marked === 'string')) {
        const text = unmark(String(x.text ?? x.marked));
        const region = Array.isArray(x.region) ? (x.region as [number, number]) : undefined;
        out.push({ text, region, source, kind: `${kind}/${String(x.kind ?? x.family ?? '')}` });
      }
    }
  };
  for (const [name, v] of Object.entries(mod).sort(([a], [b]) => a.localeCompare(b))) {
    if (Array.isArray(v)) {
      if (v.every((s) => typeof s === 'string')) {
        if (/contrast|neutral|inference|silent/i.test(name)) take(name, v as string[]);
      } else items(name, v);
    } else if (typeof v === 'function' && v.length === 0 && /matrix\d*$/i.test(name) && !/^(run|print)/.test(name)) {
      const r = (v as () => unknown)();
      if (Array.isArray(r)) items(name, r);
    }
  }
  return out;
}

/** The scripts/*matrix*.ts cases marked must-stay-silent. */
export async function matrixSilent(): Promise<SilentCase[]> {
  const { familyItems } = await import('./fa-matrix.ts');
  const fi = (f: unknown) => familyItems([f] as unknown as Parameters<typeof familyItems>[0]);
  const out: SilentCase[] = [];
  const log = console.log;
  for (const f of matrixScripts()) {
    const src = readFileSync(join(ROOT, 'scripts', f), 'utf8');
    const source = `scripts/${f}`;
    // A script that runs on import (no main guard) is read as text, like a unit test.
    if (!/import\.meta\.url\s*===|pathToFileURL\(process\.argv/.test(src)) {
      out.push(...silentFromSource(src, source));
      continue;
    }
    console.log = () => {};
    try {
      const mod = (await import(pathToFileURL(join(ROOT, 'scripts', f)).href)) as Record<string, unknown>;
      out.push(...silentFromExports(mod, source, fi));
    } finally {
      console.log = log;
    }
  }
  return out;
}

const LIT = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\$]|\\.)*\x60`;
/** The engine's and the generic readers' results asserted empty on one string literal: `kinds('…')).toEqual([])`,
 * `suggestRewrites('…', packs)).toHaveLength(0)`, `read('…').length).toBe(0)` (other helpers read other things). */
const READERS = String.raw`kinds|read|flagged|suggestRewrites|suggest|index\.suggest|ids|rules|readGeneric`;
const ASSERT_EMPTY = new RegExp(String.raw`expect\(\s*(?:${READERS})\(\s*(${LIT})\s*(?:,[^()]*(?:\([^()]*\)[^()]*)*)?\)(?:\.length)?\s*\)\s*\.\s*(?:toEqual\(\s*\[\s*\]\s*\)|toHaveLength\(\s*0\s*\)|toBe\(\s*0\s*\))`, 'g');
const NAMED_ARRAY = /const\s+(\w*(?:neutral|silent|contrast|NEUTRAL|SILENT|CONTRAST|Neutral|Silent|Contrast)\w*)\s*(?::[^=]+)?=\s*\[/g;
const ANY_LIT = new RegExp(LIT, 'g');
const LOOP_ARRAY = /for\s*\(\s*const\s+(\w+)\s+of\s+\[|it\.each\(\s*\[/g;

/** Index just past the `]` closing an array literal whose body starts at `start` (strings skipped). */
function arrayEnd(src: string, start: number): number {
  let depth = 1, i = start;
  const lit = new RegExp(LIT, 'y');
  while (i < src.length && depth > 0) {
    const c = src[i];
    if (c === "'" || c === '"' || c === '`') {
      lit.lastIndex = i;
      const lm = lit.exec(src);
      if (lm) {
        i += lm[0].length;
        continue;
      }
    }
    if (c === '[') depth++;
    else if (c === ']') depth--;
    i++;
  }
  return i;
}

// eslint-disable-next-line @typescript-eslint/no-implied-eval
const literal = (s: string): string => (s.startsWith("'") ? JSON.parse(`"${s.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) : s.startsWith('"') ? JSON.parse(s) : s.slice(1, -1).replace(/\\`/g, '`'));

function safeLiteral(s: string): string | null {
  try {
    return literal(s);
  } catch {
    return null;
  }
}

/** Cases a test or script file marks must-stay-silent, read from its text. */
export function silentFromSource(src: string, source: string): SilentCase[] {
  const out: SilentCase[] = [];
  for (const m of src.matchAll(ASSERT_EMPTY)) {
    const t = safeLiteral(m[1]);
    if (t && t.trim()) out.push({ text: unmark(t), source, kind: 'asserted-empty' });
  }
  // A list run through a loop or it.each whose body asserts a reader's result empty:
  // `for (const d of [ … ]) expect(suggest(d)).toEqual([])`, `it.each([ … ])('%s', (d) => { expect(kinds(d)).toEqual([]) })`.
  for (const m of src.matchAll(LOOP_ARRAY)) {
    const start = m.index! + m[0].length;
    const end = arrayEnd(src, start);
    const v = m[1] ?? /^\s*\)\s*\(\s*[^,]+,\s*(?:async\s*)?\(?\s*(\w+)/.exec(src.slice(end))?.[1];
    if (!v) continue;
    const body = src.slice(end, end + 400);
    const empty = new RegExp(String.raw`^[\s\S]{0,200}?expect\(\s*(?:${READERS})\(\s*${v}\s*(?:,[^()]*)?\)(?:\.length)?\s*(?:,\s*\w+\s*)?\)\s*\.\s*(?:toEqual\(\s*\[\s*\]\s*\)|toHaveLength\(\s*0\s*\)|toBe\(\s*0\s*\))`);
    if (!empty.test(body)) continue;
    for (const lm of src.slice(start, end - 1).matchAll(new RegExp(LIT, 'g'))) {
      const t = safeLiteral(lm[0]);
      if (t && t.trim() && /\s/.test(t.trim())) out.push({ text: unmark(t), source, kind: 'loop-asserted-empty' });
    }
  }
  for (const m of src.matchAll(NAMED_ARRAY)) {
    // The array literal's body: up to its closing bracket at depth 0 (strings skipped).
    let depth = 1, i = m.index! + m[0].length;
    const start = i;
    while (i < src.length && depth > 0) {
      const c = src[i];
      if (c === "'" || c === '"' || c === '`') {
        ANY_LIT.lastIndex = i;
        const lm = ANY_LIT.exec(src);
        if (lm && lm.index === i) {
          i += lm[0].length;
          continue;
        }
      }
      if (c === '[') depth++;
      else if (c === ']') depth--;
      i++;
    }
    for (const lm of src.slice(start, i - 1).matchAll(new RegExp(LIT, 'g'))) {
      const t = safeLiteral(lm[0]);
      if (t && t.trim() && /\s/.test(t.trim())) out.push({ text: unmark(t), source, kind: m[1] });
    }
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.tsx?$/.test(f)) out.push(p);
  }
  return out;
}

/** The unit tests of the rewrite engine (files that import lib/rewrite), read as text. */
export function unitSilent(): SilentCase[] {
  const out: SilentCase[] = [];
  for (const p of walk(join(ROOT, 'tests', 'unit'))) {
    const src = readFileSync(p, 'utf8');
    if (!/lib\/rewrite\//.test(src) || !/tests\/unit\/(rewrite|packs)\/[^/]+\.ts$/.test(p)) continue;
    // The learnt reader's own tests and the weights check are not training material.
    if (/learnt/.test(p)) continue;
    out.push(...silentFromSource(src, relative(ROOT, p)));
  }
  return out;
}

/** At most PER_KIND distinct texts per (source, kind), evenly spaced; sources in a fixed order. */
export function capPerKind(cases: readonly SilentCase[]): SilentCase[] {
  const byKind = new Map<string, SilentCase[]>();
  for (const c of cases) {
    const k = `${c.source}\u0000${c.kind}`;
    let l = byKind.get(k);
    if (!l) byKind.set(k, (l = []));
    if (!l.some((x) => x.text === c.text)) l.push(c);
  }
  const out: SilentCase[] = [];
  for (const k of [...byKind.keys()].sort()) {
    const l = byKind.get(k)!;
    if (l.length <= PER_KIND) out.push(...l);
    else for (let i = 0; i < PER_KIND; i++) out.push(l[Math.floor((i * l.length) / PER_KIND)]);
  }
  return out;
}

let silentCache: SilentCase[] | null = null;
/** Every must-stay-silent case of the matrices and the unit tests, capped per kind. */
export async function silentCases(): Promise<SilentCase[]> {
  if (silentCache) return silentCache;
  const seen = new Set<string>();
  return (silentCache = capPerKind([...(await matrixSilent()), ...unitSilent()]).filter((c) => {
    const k = `${c.source}\u0000${c.text}\u0000${JSON.stringify(c.region ?? null)}`;
    return seen.has(k) ? false : (seen.add(k), true);
  }));
}

/** Bitext agent response sentences (half of the rows by parity). */
export function bitextSentences(parity: 0 | 1): string[] {
  const rows = readCsv(readFileSync(corpusPath('bitext-cs-intents', 'bitext_customer_support_4514.csv'), 'utf8'));
  const col = rows[0].indexOf('response');
  const out = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    if (i % 2 !== parity) return;
    const resp = (row[col] ?? '').replace(/\{\{[^}]*\}\}/g, 'your account').replace(/\s+/g, ' ').trim();
    for (const s of sentences(resp)) if (s.text.trim().length > 20) out.add(s.text.trim());
  });
  return [...out];
}

/** Positive Psychology Frames reframes of one half (dev: trained on; test: measured). */
export function frameReframes(half: 'dev' | 'test'): string[] {
  const rows = readCsv(readFileSync(corpusPath('positive-frames', half === 'dev' ? 'wholedev.csv' : 'wholetest.csv'), 'utf8'));
  const f = rows[0].indexOf('reframed_text');
  return rows.slice(1).map((r) => (r[f] ?? '').trim()).filter(Boolean);
}

/** Hash of every training input (texts and labels), the trainer's settings and the feature code. */
export async function inputsHash(lang: 'en' | 'fa', settings: string): Promise<string> {
  const h = createHash('sha256');
  h.update(settings);
  h.update(readFileSync(join(ROOT, 'lib', 'rewrite', 'learnt', 'features.ts'), 'utf8'));
  for (const split of trainableSplits()) {
    if (!evalSetExists(lang, split)) continue;
    for (const it of loadEvalSet(lang, split)) h.update(`\u0001${split}\u0002${it.label}\u0002${it.category ?? ''}\u0002${it.text}\u0002${JSON.stringify(it.spans)}`);
  }
  for (const c of await silentCases()) h.update(`\u0003${c.source}\u0002${c.text}\u0002${JSON.stringify(c.region ?? null)}`);
  if (lang === 'en') {
    for (const s of bitextSentences(0)) h.update(`\u0004${s}`);
    for (const s of frameReframes('dev')) h.update(`\u0005${s}`);
  }
  return h.digest('hex').slice(0, 16);
}
