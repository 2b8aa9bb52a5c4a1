/**
 * The Persian look-alike contrasts of the unit tests and matrix scripts, as clean sentences for the learnt reader
 * (lib/rewrite/learnt/neg.fa.ts): the sentences the team asserted must get no suggestion are exactly what the reader must
 * leave alone, so scripts/train-neg-fa.ts trains on them as negatives-for-the-reader (every word label 0).
 *
 *   npx tsx scripts/neg-fa-contrasts.ts          count the pool per source and per half
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
import { FAMILIES_B27 } from './fa-breadth27-matrix.ts';
import { CONTRASTS as BLAME_CONTRASTS, NEUTRALS as BLAME_NEUTRALS } from './fa-blame-passive22-matrix.ts';
import { FAMILIES, familyItems, type Family } from './fa-matrix.ts';
import { FAMILIES19 } from './fa-matrix19.ts';
import { FAMILIES2, FAMILIES2B } from './fa-matrix2.ts';
import { FAMILIES20 } from './fa-matrix20.ts';
import { FAMILIES21 } from './fa-matrix21.ts';
import { FAMILIES23 } from './fa-matrix23.ts';
import { FAMILIES24 } from './fa-matrix24.ts';
import { FAMILIES25 } from './fa-matrix25.ts';
import { FAMILIES26 } from './fa-matrix26.ts';
import { FAMILIES27 } from './fa-matrix27.ts';
import { INFERENCES, MUST_CONTRASTS } from './fa-must-please22-matrix.ts';
import { P25_ITEMS, parseP25 } from './fa-precision25-matrix.ts';
import { P26_ITEMS } from './fa-precision26-matrix.ts';
import { neutral19Matrix } from './neutral19-matrix.ts';
import { neutral20FaMatrix } from './neutral20-matrix.fa.ts';
import { halfOfPool, printPool, type Contrast } from './learnt-train.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

export type { Contrast };

const PERSIAN_WORD = /[\u0600-\u06FF]{2,}/g;

const neutralFamilies = (file: string, fams: readonly Family[]): Array<[string, string[]]> => [
  [file, familyItems(fams.filter((f) => f.label === 'neutral' && !f.family.startsWith('KNOWN')), { orthoAll: true }).map((i) => parseMarked(i.marked).text)],
];

/** Candidates from the matrices' neutral items, per source file. */
function matrixCandidates(): Array<[string, string[]]> {
  return [
    ...neutralFamilies('scripts/fa-matrix.ts', FAMILIES),
    ...neutralFamilies('scripts/fa-matrix2.ts', [...FAMILIES2, ...FAMILIES2B]),
    ...neutralFamilies('scripts/fa-matrix19.ts', FAMILIES19),
    ...neutralFamilies('scripts/fa-matrix20.ts', FAMILIES20),
    ...neutralFamilies('scripts/fa-matrix21.ts', FAMILIES21),
    ...neutralFamilies('scripts/fa-matrix23.ts', FAMILIES23),
    ...neutralFamilies('scripts/fa-matrix24.ts', FAMILIES24),
    ...neutralFamilies('scripts/fa-matrix25.ts', FAMILIES25),
    ...neutralFamilies('scripts/fa-matrix26.ts', FAMILIES26),
    ...neutralFamilies('scripts/fa-matrix27.ts', FAMILIES27),
    ...neutralFamilies('scripts/fa-breadth27-matrix.ts', FAMILIES_B27),
    ['scripts/neutral19-matrix.ts', neutral19Matrix().filter((i) => i.lang === 'fa' && i.label === 'neutral').map((i) => i.text)],
    ['scripts/neutral20-matrix.fa.ts', neutral20FaMatrix().filter((i) => i.label === 'neutral').map((i) => i.text)],
    ['scripts/fa-precision25-matrix.ts', P25_ITEMS.map((i) => parseP25(i.marked)).filter((p) => !p.must.length).map((p) => p.text)],
    ['scripts/fa-precision26-matrix.ts', P26_ITEMS.map((i) => parseP25(i.marked)).filter((p) => !p.must.length).map((p) => p.text)],
    ['scripts/fa-blame-passive22-matrix.ts', [...BLAME_NEUTRALS, ...BLAME_CONTRASTS]],
    ['scripts/fa-must-please22-matrix.ts', [...MUST_CONTRASTS, ...INFERENCES]],
  ];
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
/** The whole pool: every source's clean candidates, in source order, each text once. */
export function contrastPool(): Contrast[] {
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printPool(contrastPool(), process.argv);
