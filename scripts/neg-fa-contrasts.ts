/**
 * The Persian look-alike contrasts of the unit tests and matrix scripts, as clean sentences for the learnt reader
 * (lib/rewrite/learnt/neg.fa.ts): the sentences the team asserted must get no suggestion are exactly what the reader must
 * leave alone, so scripts/train-neg-fa.ts trains on them as negatives-for-the-reader (every word label 0).
 *
 *   npx tsx scripts/neg-fa-contrasts.ts          count the pool per source and per half
 *   npx tsx scripts/neg-fa-contrasts.ts --write  write the live pool to scripts/neg-fa-contrasts.pool.jsonl (what the trainer reads)
 *   npx tsx scripts/neg-fa-contrasts.ts --check  whether the pool file is the live pool, with the texts added and dropped
 *
 * The trainer reads the committed pool file, not the live sources (learnt-train.ts readPoolFile): a test or a rule
 * changed elsewhere no longer changes the reader's training data behind its back. Refresh on purpose: --write, read the
 * diff, retrain.
 *
 * Two kinds of source, each named by its file:
 *  - the matrices' items labelled neutral (scripts/fa-matrix*.ts families in all four spellings, the breadth27 matrix,
 *    neutral19/20's Persian items, the precision25/26 items with nothing to flag, and the blame-passive and must-please
 *    lists of sentences that must keep no rewrite);
 *  - the Persian string literals of the Persian rewrite unit tests (tests/unit/rewrite/fa-*, generic-fa*, neutral*,
 *    quality) with no [[ ]] or slot marks and no blank «___» (an alternative the engine writes, not a draft).
 * Every candidate is kept only when the engine without the reader gives it no suggestion at all (what the tests assert of a
 * contrast: a literal the rules flag is a negative or a rewrite test, not a look-alike). learnt-fa.test.ts is left out (the
 * reader's own fixtures). Deterministic: sources and texts in a fixed order, duplicates dropped.
 *
 * For an honest figure the pool is split by source file into two fixed halves (sorted by name, alternating): the reader
 * is trained on one half and measured on the other (scripts/neg-fa-cv.ts --contrasts); the shipped reader trains on all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import { parseMarked } from '../tests/bench/rewrite-quality.ts';
import { familyItems, type Family } from './fa-matrix.ts';
import { parseP25, type P25Item } from './fa-precision25-matrix.ts';
import { halfOfPool, poolMain, readPoolFile, type Contrast } from './learnt-train.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

export type { Contrast };

const PERSIAN_WORD = /[\u0600-\u06FF]{2,}/g;

const persianEnough = (t: string) => (t.match(PERSIAN_WORD) ?? []).length >= 3;
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((t): t is string => typeof t === 'string') : []);

/**
 * (ml30) What one matrix module asserts must stay unflagged, read from the shape of its exports rather than a list
 * written by hand, so a new matrix joins the pool when it is written:
 *  - families (`family`, `label`, `pattern`, `slots`: fa-matrix.ts's Family) labelled neutral, KNOWN families left out,
 *    in all four spellings;
 *  - kind tables (`{ neg, con }` per kind: fa-kinds28/28b/29, fa-dialect29): the `con` lists;
 *  - quiet tables (`{ quiet, flagged }` per kind: fa-wrong29): the `quiet` lists;
 *  - string lists named for what they hold (CONTRASTS, NEUTRALS, INFERENCES: the blame-passive and must-please lists);
 *  - precision items (`marked` with no must-flag mark: precision25/26), parsed;
 *  - the neutral matrices' item lists (exported functions named neutral…Matrix): Persian items labelled neutral.
 * Only texts with three or more Persian words are kept (the mixed matrices hold English too).
 */
export function matrixTexts(mod: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const name of Object.keys(mod).sort()) {
    const v = mod[name];
    if (Array.isArray(v) && v.length && v.every((f) => isObj(f) && typeof f.family === 'string' && (f.label === 'neutral' || f.label === 'negative') && typeof f.pattern === 'string' && isObj(f.slots))) {
      const fams = (v as Family[]).filter((f) => f.label === 'neutral' && !f.family.startsWith('KNOWN'));
      out.push(...familyItems(fams, { orthoAll: true }).map((i) => parseMarked(i.marked).text));
    } else if (Array.isArray(v) && v.length && v.every((i) => isObj(i) && typeof i.marked === 'string' && !('family' in i))) {
      out.push(...(v as P25Item[]).map((i) => parseP25(i.marked)).filter((p) => !p.must.length).map((p) => p.text));
    } else if (Array.isArray(v) && /CONTRAST|NEUTRAL|INFERENCE/.test(name)) {
      out.push(...strings(v));
    } else if (isObj(v) && Object.values(v).length && Object.values(v).every((k) => isObj(k) && Array.isArray(k.con) && Array.isArray(k.neg))) {
      for (const k of Object.values(v)) out.push(...strings((k as { con: unknown }).con));
    } else if (isObj(v) && Object.values(v).length && Object.values(v).every((k) => isObj(k) && Array.isArray(k.quiet))) {
      for (const k of Object.values(v)) out.push(...strings((k as { quiet: unknown }).quiet));
    } else if (typeof v === 'function' && /^neutral\w*Matrix$/.test(name) && v.length === 0) {
      const items = (v as () => unknown[])();
      for (const i of items) if (isObj(i) && i.label === 'neutral' && (i.lang === undefined || i.lang === 'fa') && typeof i.text === 'string') out.push(i.text);
    }
  }
  return out.filter(persianEnough);
}

/** The matrix scripts read: every scripts/fa-*matrix*.ts and scripts/neutral*matrix*.ts (English ones give no Persian), sorted. */
export const MATRIX_FILES: string[] = readdirSync(join(root, 'scripts'))
  .filter((f) => /^(fa-|neutral)[\w.-]*matrix[\w.-]*\.ts$/.test(f))
  .sort()
  .map((f) => `scripts/${f}`);

const MATRIX_MODULES: Array<[string, Record<string, unknown>]> = [];
for (const f of MATRIX_FILES) MATRIX_MODULES.push([f, (await import(pathToFileURL(join(root, f)).href)) as Record<string, unknown>]);

/** Candidates from the matrices' look-alikes, per source file. */
function matrixCandidates(): Array<[string, string[]]> {
  return MATRIX_MODULES.map(([f, mod]) => [f, matrixTexts(mod)] as [string, string[]]).filter(([, t]) => t.length > 0);
}

/** The Persian string literals of a source file (quotes, doubles and templates without `${}`), unescaped. */
export function persianLiterals(src: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g;
  for (const m of src.matchAll(re)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const s = raw.replace(/\\n/g, '\n').replace(/\\u200c/gi, '\u200c').replace(/\\(.)/g, '$1');
    if ((s.match(PERSIAN_WORD) ?? []).length < 3) continue;
    // Marked negatives, slot patterns, and alternatives with a blank to fill (a template is the engine's output).
    if (/\[\[|\]\]|\{\{|\{\w+\}|___/.test(s)) continue;
    out.push(s);
  }
  return out;
}

/** The Persian rewrite unit tests whose literals are read (learnt-fa.test.ts is the reader's own). */
export const TEST_FILES: string[] = readdirSync(join(root, 'tests', 'unit', 'rewrite'))
  .filter((f) => /^(fa-|generic-fa|generic-jargon-fa|neutral|quality)/.test(f) && /\.test\.tsx?$/.test(f))
  .sort()
  .map((f) => `tests/unit/rewrite/${f}`);

function literalCandidates(): Array<[string, string[]]> {
  return TEST_FILES.map((f) => [f, persianLiterals(readFileSync(join(root, f), 'utf8'))]);
}

/** Whether the engine without the learnt reader leaves the text alone (quotes and signatures excluded, as the panel does). */
export function rulesClean(text: string): boolean {
  const exclude = draftNotOwnRanges(text);
  return suggestRewrites(text, builtinPacks, exclude.length ? { exclude, learnt: false } : { learnt: false }).length === 0;
}

let cache: Contrast[] | undefined;
/** The live pool: every source's clean candidates, in source order, each text once (what --write puts in the pool file). */
export function livePool(): Contrast[] {
  if (cache) return cache;
  const seen = new Set<string>();
  const out: Contrast[] = [];
  for (const [source, texts] of [...matrixCandidates(), ...literalCandidates()]) {
    for (const text of texts) {
      if (seen.has(text)) continue;
      seen.add(text);
      if (rulesClean(text)) out.push({ source, text });
    }
  }
  return (cache = out);
}

/** The fixed halves: sources sorted by name, alternating (A gets the first). */
export function contrastHalf(half: 'A' | 'B', pool: readonly Contrast[] = contrastPool()): Contrast[] {
  return halfOfPool(half, pool);
}

/** The committed pool the trainer reads (readPoolFile): the live pool as last written with --write. */
export const POOL_PATH = join(here, 'neg-fa-contrasts.pool.jsonl');
let frozen: Contrast[] | undefined;
/** The pool the reader is trained on: the committed pool file (readPoolFile), not the live sources. */
export const contrastPool = (): Contrast[] => (frozen ??= readPoolFile(POOL_PATH));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) poolMain(POOL_PATH, livePool, process.argv);
