/**
 * The English look-alike contrasts of the unit tests and matrix scripts, as clean sentences for the learnt English reader
 * (lib/rewrite/learnt/neg.en.ts): the twin of scripts/neg-fa-contrasts.ts. The sentences the team asserted must get no
 * suggestion are exactly what the reader must leave alone, so scripts/train-neg-en.ts trains on them as neutral items
 * (every word label 0, weight `contrastWeight`).
 *
 *   npx tsx scripts/neg-en-contrasts.ts          count the pool per source and per half
 *   npx tsx scripts/neg-en-contrasts.ts --write  write the live pool to scripts/neg-en-contrasts.pool.jsonl (what the trainer reads)
 *   npx tsx scripts/neg-en-contrasts.ts --check  whether the pool file is the live pool, with the texts added and dropped
 *
 * The trainer reads the committed pool file, not the live sources (learnt-train.ts readPoolFile): a test or a rule
 * changed elsewhere no longer changes the reader's training data behind its back. Refresh on purpose: --write, read the
 * diff, retrain.
 *
 * Two kinds of source, each named by its file:
 *  - the matrices' sentences that must not be flagged: the `neg` lists of the English kind matrices (kinds20/21/28b,
 *    recall22-28, neutral28), the neutral items of the English neutral, family and reassure matrices and of
 *    neutral19/19b/20 (English only), the recap matrix's look-alikes and the policy
 *    matrix's grants;
 *  - the English string literals of the English rewrite unit tests (tests/unit/rewrite, every file but the Persian ones
 *    and learnt-en, the reader's own): three or more Latin words, no Persian letter, no [[ ]] or slot marks, no blank
 *    "___", and not the title of a test or a describe block (a test's name is no draft).
 * Every candidate is kept only when the engine without the reader gives it no suggestion at all (what the tests assert of a
 * contrast: a literal the rules flag is a negative or a rewrite test, not a look-alike). Deterministic: sources and texts
 * in a fixed order, duplicates dropped. Label noise remains: a literal a test asserts only "no rewrite of this kind" can be
 * a negative the rules miss.
 *
 * For an honest figure the pool is split by source file into two fixed halves (sorted by name, alternating): the reader is
 * trained on one half and measured on the other (scripts/neg-en-cv.ts --halves); the shipped reader trains on all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseMarked } from '../tests/bench/rewrite-quality.ts';
import { familyMatrix } from './en-family-matrix.ts';
import { KINDS20 } from './en-kinds20-matrix.ts';
import { KINDS21 } from './en-kinds21-matrix.ts';
import { KINDS28B } from './en-kinds28b-matrix.ts';
import { neutralMatrix } from './en-neutral-matrix.ts';
import { NEUTRAL28 } from './en-neutral28-matrix.ts';
import { GRANTS27 } from './en-policy27-matrix.ts';
import { reassureMatrix } from './en-reassure-matrix.ts';
import { CATS22, FRESH22 } from './en-recall22-matrix.ts';
import { KINDS23 } from './en-recall23-matrix.ts';
import { KINDS24 } from './en-recall24-matrix.ts';
import { KINDS25 } from './en-recall25-matrix.ts';
import { KINDS26 } from './en-recall26-matrix.ts';
import { KINDS27 } from './en-recall27-matrix.ts';
import { KINDS28 } from './en-recall28-matrix.ts';
import { LOOKALIKES as RECAP_LOOKALIKES } from './en-recap-matrix.ts';
import { halfOfPool, poolMain, readPoolFile, type Contrast } from './learnt-train.ts';
import { rulesClean } from './neg-fa-contrasts.ts';
import { neutral19Matrix } from './neutral19-matrix.ts';
import { neutral19bMatrix } from './neutral19b-matrix.ts';
import { neutral20EnMatrix } from './neutral20-matrix.en.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const unmarked = (s: string) => parseMarked(s).text;
const negOf = (file: string, kinds: readonly { neg: readonly string[] }[]): [string, string[]] => [file, kinds.flatMap((k) => k.neg.map(unmarked))];

/** Candidates from the matrices' sentences that must stay unflagged, per source file. */
function matrixCandidates(): Array<[string, string[]]> {
  return [
    negOf('scripts/en-kinds20-matrix.ts', KINDS20),
    negOf('scripts/en-kinds21-matrix.ts', KINDS21),
    negOf('scripts/en-kinds28b-matrix.ts', KINDS28B),
    negOf('scripts/en-recall22-matrix.ts', [...CATS22, ...FRESH22]),
    negOf('scripts/en-recall23-matrix.ts', KINDS23),
    negOf('scripts/en-recall24-matrix.ts', KINDS24),
    negOf('scripts/en-recall25-matrix.ts', KINDS25),
    negOf('scripts/en-recall26-matrix.ts', KINDS26),
    negOf('scripts/en-recall27-matrix.ts', KINDS27),
    negOf('scripts/en-recall28-matrix.ts', KINDS28),
    negOf('scripts/en-neutral28-matrix.ts', NEUTRAL28),
    ['scripts/en-neutral-matrix.ts', neutralMatrix().filter((i) => i.label === 'neutral').map((i) => i.text)],
    ['scripts/en-family-matrix.ts', familyMatrix().filter((i) => i.label === 'neutral').map((i) => i.text)],
    ['scripts/en-reassure-matrix.ts', reassureMatrix().filter((i) => i.label === 'neutral').map((i) => i.text)],
    ['scripts/en-recap-matrix.ts', [...RECAP_LOOKALIKES]],
    ['scripts/en-policy27-matrix.ts', [...GRANTS27]],
    ['scripts/neutral19-matrix.ts', neutral19Matrix().filter((i) => i.lang === 'en' && i.label === 'neutral').map((i) => i.text)],
    ['scripts/neutral19b-matrix.ts', neutral19bMatrix().filter((i) => i.lang === 'en' && i.label === 'neutral').map((i) => i.text)],
    ['scripts/neutral20-matrix.en.ts', neutral20EnMatrix().filter((i) => i.lang === 'en' && i.label === 'neutral').map((i) => i.text)],
  ];
}

const LATIN_WORD = /[A-Za-z]{2,}/g;
// The call a literal is the first argument of: a test's or a block's title, not a draft.
const TITLE_BEFORE = /\b(?:it|test|describe|bench)(?:\.\w+)*(?:\([^()]*\))?\(\s*$/;

/** The English string literals of a source file (quotes, doubles and templates without `${}`), unescaped. */
export function englishLiterals(src: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g;
  for (const m of src.matchAll(re)) {
    if (TITLE_BEFORE.test(src.slice(Math.max(0, m.index - 80), m.index))) continue;
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const s = raw.replace(/\\n/g, '\n').replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\(.)/g, '$1');
    if (/[\u0600-\u06FF]/.test(s)) continue;
    if ((s.match(LATIN_WORD) ?? []).length < 3 || (s.match(/ /g) ?? []).length < 2) continue;
    // Marked negatives, slot patterns, alternatives with a blank to fill, and code.
    if (/\[|\]|\{|\}|<|>|\||___|=>|\bexpect\(|^\s*[./]|\bimport\b/.test(s)) continue;
    out.push(s);
  }
  return out;
}

/** The English rewrite unit tests whose literals are read (learnt-en.test.ts is the reader's own; Persian files are the Persian pool's). */
export const TEST_FILES: string[] = readdirSync(join(root, 'tests', 'unit', 'rewrite'))
  .filter((f) => /\.test\.tsx?$/.test(f) && !/^(fa-|generic-fa|generic-jargon-fa|learnt-)/.test(f))
  .sort()
  .map((f) => `tests/unit/rewrite/${f}`);

function literalCandidates(): Array<[string, string[]]> {
  return TEST_FILES.map((f) => [f, englishLiterals(readFileSync(join(root, f), 'utf8'))]);
}

/**
 * The most candidates one source gives: the neutral and reassure matrices are combinations (30,000+ sentences each, a few
 * frames in every spelling) that would outweigh the 8,000 items of the splits and repeat the same frame hundreds of
 * times; every k-th candidate is taken, in order.
 */
export const SOURCE_CAP = 1500;

let cache: Contrast[] | undefined;
/** The live pool: every source's clean candidates, in source order, each text once (what --write puts in the pool file). */
export function livePool(): Contrast[] {
  if (cache) return cache;
  const seen = new Set<string>();
  const out: Contrast[] = [];
  for (const [source, all] of [...matrixCandidates(), ...literalCandidates()]) {
    const fresh = all.filter((t) => !seen.has(t) && seen.add(t));
    const n = Math.min(fresh.length, SOURCE_CAP);
    for (let k = 0; k < n; k++) {
      const text = fresh[Math.floor((k * fresh.length) / n)];
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
export const POOL_PATH = join(here, 'neg-en-contrasts.pool.jsonl');
let frozen: Contrast[] | undefined;
/** The pool the reader is trained on: the committed pool file (readPoolFile), not the live sources. */
export const contrastPool = (): Contrast[] => (frozen ??= readPoolFile(POOL_PATH));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) poolMain(POOL_PATH, livePool, process.argv);
