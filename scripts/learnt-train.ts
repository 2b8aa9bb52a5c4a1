/**
 * What the learnt negative-phrasing readers' training scripts share (scripts/train-neg-fa.ts, scripts/train-neg-en.ts):
 * the labelled sentences of the evaluation splits, AdaGrad logistic and softmax training over hashed tables, quantising
 * and writing the weights file, and the --check mode. A language brings its feature functions (TrainLanguage).
 *
 * Data: tests/fixtures/rewrite-eval/<lang>.<split>.jsonl, items whose source is "own" (the team's writing, MIT), of every
 * split except the aside ones (ASIDE_SPLITS) and the held-out one (HELD_OUT_SPLIT). A word is negative when it overlaps
 * an item's [[marked]] words; words of quoted customer text and signatures (draftNotOwnRanges, as the harness
 * excludes them) are not read at all. Deterministic: a fixed split and item order, a seeded shuffle, no clock.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyzeSentenceTokens, type Token } from '../lib/nlp/index.ts';
import { sentenceLanguage } from '../lib/rewrite/engine.ts';
import { hashFeature, LEARNT_CATEGORY, type NegWeightsFile, wordIndices } from '../lib/rewrite/learnt/model.ts';
import { sentences } from '../lib/text/index.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import { ASIDE_SPLITS, EVAL_SPLITS, evalSetExists, HELD_OUT_SPLIT, loadEvalSet, type EvalItem, type EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { rng } from '../tests/bench/stats.ts';

/**
 * (data35) Whether a split was written by writers who read no rule: late20 onward (each session's held-out split, once
 * it becomes development) and every trainNN split written for the learnt readers (train31, train34, train34b, train35 …).
 * By name, so the next late or train split is a writer split without anyone editing a list. The older splits (dev, gen,
 * the Bitext / ABCD-derived lines, near15, mix3, rwen, late … late19) were written by the team or from public data.
 */
export function isWriterSplit(split: string): boolean {
  const late = /^late(\d+)$/.exec(split);
  if (late) return Number(late[1]) >= 20;
  return /^train\d+[a-z]?$/.test(split);
}

/** The splits a reader of `lang` may learn from: development material only. */
export const trainSplits = (lang: 'en' | 'fa'): EvalSplit[] => EVAL_SPLITS.filter((s) => s !== HELD_OUT_SPLIT && !ASIDE_SPLITS.includes(s) && evalSetExists(lang, s));

export interface SentenceData {
  /** Offset of the sentence in its item's text. */
  start: number;
  text: string;
  tokens: Token[];
  feats: string[][];
  /** Per word: 1 negative, 0 not, -1 not read (quoted or signature). */
  labels: number[];
  /** Per word: the item's category when the word is negative and the category is one the reader names, else ''. */
  cats: string[];
}

export interface ItemData {
  split: EvalSplit;
  item: EvalItem;
  exclude: Array<[number, number]>;
  sents: SentenceData[];
}

const overlaps = (a: number, b: number, [s, e]: readonly [number, number]) => a < e && s < b;

/** What a language gives the trainer: the features its reader reads (features.<lang>.ts). */
export interface TrainLanguage {
  lang: 'en' | 'fa';
  features: (tokens: readonly Token[]) => string[][];
  sentenceFeatures: (tokens: readonly Token[]) => string[];
  /**
   * Texts the reader must leave alone besides the splits (the Persian reader: the tests' look-alike contrasts,
   * scripts/neg-fa-contrasts.ts), trained on as neutral items with every word label 0 (contrastData), weight
   * `contrastWeight`. None when absent.
   */
  contrasts?: () => readonly Contrast[];
  /**
   * (ml30) A copy of a training text in another surface form, its marked spans carried over (scripts/learnt-augment.ts),
   * or null; trained on beside the original with the original's weight times `augment` when that option is set.
   */
  augment?: (text: string, spans: ReadonlyArray<readonly [number, number]>) => { text: string; spans: Array<[number, number]> } | null;
}

/** A text the reader must leave alone, and the file it comes from (the unit of a held-out split of the contrasts). */
export interface Contrast {
  source: string;
  text: string;
}

/** The split name contrast items carry (no evaluation split has it). */
export const CONTRAST_SPLIT = 'contrast' as EvalSplit;

/** The sentences of one item in the language as the engine reads them (not excluded, read in that language), with word labels. */
export function itemData(L: TrainLanguage, split: EvalSplit, item: EvalItem): ItemData {
  const exclude = draftNotOwnRanges(item.text).map((r) => [r[0], r[1]] as [number, number]);
  const sents: SentenceData[] = [];
  for (const sent of sentences(item.text)) {
    if (exclude.some(([a, b]) => a <= sent.start && sent.end <= b)) continue;
    if (sentenceLanguage(sent.text) !== L.lang) continue;
    const tokens = analyzeSentenceTokens(sent.text);
    const words = wordIndices(tokens);
    const feats = L.features(tokens);
    const labels: number[] = [];
    const cats: string[] = [];
    for (const i of words) {
      const a = tokens[i].start + sent.start;
      const b = tokens[i].end + sent.start;
      if (exclude.some((r) => overlaps(a, b, r))) {
        labels.push(-1);
        cats.push('');
        continue;
      }
      const neg = item.spans.some((r) => overlaps(a, b, r));
      labels.push(neg ? 1 : 0);
      cats.push(neg && LEARNT_CATEGORY[item.category] ? item.category : '');
    }
    sents.push({ start: sent.start, text: sent.text, tokens, feats, labels, cats });
  }
  return { split, item, exclude, sents };
}

/** Every own item of the given splits, in split order then file order. */
export function loadData(L: TrainLanguage, splits: readonly EvalSplit[]): ItemData[] {
  const out: ItemData[] = [];
  for (const split of splits) for (const item of loadEvalSet(L.lang, split)) if (item.source === 'own') out.push(itemData(L, split, item));
  return out;
}

/** A contrast pool's fixed halves (--halves in the CV scripts): sources sorted by name, alternating (A gets the first). */
export function halfOfPool(half: 'A' | 'B', pool: readonly Contrast[]): Contrast[] {
  const sources = [...new Set(pool.map((c) => c.source))].sort();
  const inA = new Set(sources.filter((_, i) => i % 2 === 0));
  return pool.filter((c) => inA.has(c.source) === (half === 'A'));
}

/** What a contrast script prints run on its own: the count per source, the total and the halves (and every text with --list). */
export function printPool(pool: readonly Contrast[], argv: readonly string[]): void {
  const by = new Map<string, number>();
  for (const c of pool) by.set(c.source, (by.get(c.source) ?? 0) + 1);
  for (const [s, n] of [...by].sort()) console.log(`${String(n).padStart(5)}  ${s}`);
  console.log(`${pool.length} clean contrasts from ${by.size} sources; half A ${halfOfPool('A', pool).length}, half B ${halfOfPool('B', pool).length}`);
  if (argv.includes('--list')) for (const c of pool) console.log(`${c.source.replace(/^.*\//, '')} :: ${c.text.replace(/\n/g, ' / ')}`);
}

/**
 * A contrast pool as the trainers read it: the committed file (scripts/neg-<lang>-contrasts.pool.jsonl, one
 * `{"source","text"}` per line), not the sources themselves. The live pool is read from every unit test's literals and the
 * engine's rules, so any test added or rule changed used to change the training data, and the shipped weights stopped
 * being what --check wrote with nobody retraining; a pool file changes only when refreshed on purpose
 * (`npx tsx scripts/neg-<lang>-contrasts.ts --write`, its diff read, then a retrain).
 */
export function readPoolFile(path: string): Contrast[] {
  if (!existsSync(path)) throw new Error(`${path} is missing: npx tsx ${path.replace(/^.*\/scripts\//, 'scripts/').replace(/\.pool\.jsonl$/, '.ts')} --write`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const { source, text } = JSON.parse(l) as Contrast;
      return { source, text };
    });
}

export const poolFileText = (pool: readonly Contrast[]): string => pool.map((c) => JSON.stringify({ source: c.source, text: c.text })).join('\n') + '\n';

/**
 * What a contrast script does run on its own: --write writes the live pool to the pool file; --check says whether the
 * file is the live pool and lists the texts the live pool adds or drops; otherwise it counts the live pool (printPool).
 */
export function poolMain(path: string, live: () => readonly Contrast[], argv: readonly string[]): void {
  if (argv.includes('--write')) {
    writeFileSync(path, poolFileText(live()));
    console.log(`${live().length} contrasts -> ${path}`);
  } else if (argv.includes('--check')) {
    const file = existsSync(path) ? readPoolFile(path) : [];
    const key = (c: Contrast) => `${c.source} :: ${c.text.replace(/\n/g, ' / ')}`;
    const had = new Set(file.map(key));
    const now = new Set(live().map(key));
    const same = existsSync(path) && readFileSync(path, 'utf8') === poolFileText(live());
    for (const k of now) if (!had.has(k)) console.log(`+ ${k}`);
    for (const k of had) if (!now.has(k)) console.log(`- ${k}`);
    console.log(same ? 'the pool file is the live pool' : 'the pool file DIFFERS from the live pool (read the lines above; --write, then retrain)');
    if (!same) process.exitCode = 1;
  } else printPool(live(), argv);
}

/**
 * Look-alike contrasts as neutral items: sentences the reader must leave alone, every word label 0 (quoted text and
 * signatures not read, as in itemData).
 */
export function contrastData(L: TrainLanguage, list: readonly Contrast[]): ItemData[] {
  return list.map((c, i) => itemData(L, CONTRAST_SPLIT, { id: `contrast-${i}`, label: 'neutral', category: 'neutral', text: c.text, spans: [], hard: ['contrast'], register: [], source: 'own' } as EvalItem));
}

export interface TrainOptions {
  epochs: number;
  lr: number;
  l2: number;
  /** log2 of the hashed tables' rows: word reader, sentence reader, category reader. */
  bits: { w: number; s: number; c: number };
  seed: number;
  threshold: number;
  /** Weight of a word of a neutral item (a whole sentence with nothing to flag) against a word of a negative item. */
  neutralWeight: number;
  /** Weight of a word (and a sentence) of a look-alike contrast (contrastData): the hard negatives. 1 when absent. */
  contrastWeight?: number;
  /** (ml30) Weight of the language's surface copies (TrainLanguage.augment) against their originals; 0 or absent: none. */
  augment?: number;
  /** (data35) Weight of an item of a writer split (isWriterSplit), times neutralWeight for a neutral one. 1 when absent. */
  writerWeight?: number;
  /** (data35) Weight of an item of an older split (not a writer split, not a contrast). 1 when absent; 0 leaves them out. */
  olderWeight?: number;
  /** (data35) Per-split factors over the above (0 leaves a split out of training). */
  splitWeight?: Readonly<Record<string, number>>;
}

/** (data35) The weight of one training item under the options (contrasts, writer and older splits, neutrals). */
export function itemWeight(o: TrainOptions, d: ItemData): number {
  if (d.split === CONTRAST_SPLIT) return o.contrastWeight ?? 1;
  const bySplit = (isWriterSplit(d.split) ? (o.writerWeight ?? 1) : (o.olderWeight ?? 1)) * (o.splitWeight?.[d.split] ?? 1);
  return d.item.label === 'neutral' ? o.neutralWeight * bySplit : bySplit;
}

interface Row {
  x: number[];
  y: number;
  wt: number;
}

/** Logistic regression by AdaGrad with sparse L2, rows visited in a seeded shuffle each epoch. */
function fitBinary(rows: readonly Row[], size: number, o: TrainOptions, rand: () => number): Float64Array {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const order = rows.map((_, i) => i);
  for (let ep = 0; ep < o.epochs; ep++) {
    shuffle(order, rand);
    for (const i of order) {
      const r = rows[i];
      let z = 0;
      for (const id of r.x) z += w[id];
      const g = (1 / (1 + Math.exp(-z)) - r.y) * r.wt;
      for (const id of r.x) {
        const gi = g + o.l2 * w[id];
        g2[id] += gi * gi;
        w[id] -= (o.lr / Math.sqrt(g2[id])) * gi;
      }
    }
  }
  return w;
}

function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** Signed bytes times a scale (the largest weight maps to 127), in base64. */
function quantise(t: Float64Array): { b64: string; scale: number } {
  let max = 0;
  for (const x of t) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? Math.round((max / 127) * 1e6) / 1e6 : 1;
  const bytes = Buffer.alloc(t.length);
  for (let i = 0; i < t.length; i++) bytes.writeInt8(Math.max(-127, Math.min(127, Math.round(t[i] / scale))), i);
  return { b64: bytes.toString('base64'), scale };
}

const AUGMENTED = new WeakMap<ItemData, ItemData | null>();
/** The surface copy of one training item (TrainLanguage.augment), made once per item object (the CV's folds share them). */
export function augmentedData(L: TrainLanguage, d: ItemData): ItemData | null {
  if (!L.augment) return null;
  let a = AUGMENTED.get(d);
  if (a === undefined) {
    const copy = L.augment(d.item.text, d.item.spans);
    a = copy ? itemData(L, d.split, { ...d.item, id: `${d.item.id}~aug`, text: copy.text, spans: copy.spans }) : null;
    AUGMENTED.set(d, a);
  }
  return a;
}

/** Trains the three readers on `data` (and, with the `augment` option, on their surface copies) and returns the weights file's contents. */
export function train(L: TrainLanguage, data: readonly ItemData[], o: TrainOptions): NegWeightsFile {
  const rand = rng(o.seed);
  const wMask = (1 << o.bits.w) - 1;
  const sMask = (1 << o.bits.s) - 1;
  const cMask = (1 << o.bits.c) - 1;
  const rows: Row[] = [];
  const catRows: Array<{ x: number[]; cat: string }> = [];
  const sRows: Row[] = [];
  const withCopies: Array<[ItemData, number]> = [];
  for (const d of data) {
    const wt = itemWeight(o, d);
    // (data35) A weight of 0 leaves the item out (no row, so the shuffle is that of the data without it).
    if (wt <= 0) continue;
    withCopies.push([d, wt]);
    const copy = o.augment ? augmentedData(L, d) : null;
    if (copy) withCopies.push([copy, wt * o.augment!]);
  }
  for (const [d, wt] of withCopies) {
    for (const s of d.sents) {
      for (let k = 0; k < s.feats.length; k++) {
        if (s.labels[k] < 0) continue;
        const hs = s.feats[k].map(hashFeature);
        rows.push({ x: hs.map((h) => h & wMask), y: s.labels[k], wt });
        if (s.cats[k]) catRows.push({ x: hs.map((h) => h & cMask), cat: s.cats[k] });
      }
      // The sentence reader: one row per sentence with a word read, positive when any of its words is negative.
      if (s.labels.some((l) => l >= 0)) sRows.push({ x: L.sentenceFeatures(s.tokens).map((f) => hashFeature(f) & sMask), y: s.labels.some((l) => l > 0) ? 1 : 0, wt });
    }
  }
  const w = fitBinary(rows, wMask + 1, o, rand);
  const sw = fitBinary(sRows, sMask + 1, o, rand);
  // The category reader: softmax over the categories, on negative words with a named category.
  const classes = [...new Set(catRows.map((r) => r.cat))].sort();
  const K = classes.length;
  const cw = new Float64Array((cMask + 1) * K);
  const cg2 = new Float64Array((cMask + 1) * K).fill(1e-8);
  const order = catRows.map((_, i) => i);
  const zs = new Float64Array(K);
  for (let ep = 0; ep < o.epochs; ep++) {
    shuffle(order, rand);
    for (const i of order) {
      const r = catRows[i];
      const y = classes.indexOf(r.cat);
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let z = 0;
        for (const id of r.x) z += cw[id * K + k];
        zs[k] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) sum += zs[k] = Math.exp(zs[k] - max);
      for (let k = 0; k < K; k++) {
        const g = zs[k] / sum - (k === y ? 1 : 0);
        for (const id of r.x) {
          const at = id * K + k;
          const gi = g + o.l2 * cw[at];
          cg2[at] += gi * gi;
          cw[at] -= (o.lr / Math.sqrt(cg2[at])) * gi;
        }
      }
    }
  }
  const qw = quantise(w);
  const qs = quantise(sw);
  const qc = quantise(cw);
  return { version: 2, threshold: o.threshold, bits: { ...o.bits }, scale: { w: qw.scale, s: qs.scale, c: qc.scale }, classes, w: qw.b64, s: qs.b64, c: qc.b64 };
}

export function serialise(model: NegWeightsFile): string {
  return `${JSON.stringify(model)}\n`;
}

/**
 * Trains on every development split of the language (and its contrasts, when it has them) and writes (or with --check,
 * compares) the weights file.
 */
export function trainMain(L: TrainLanguage, weightsPath: string, o: TrainOptions, argv: readonly string[]): void {
  const splits = trainSplits(L.lang);
  const items = loadData(L, splits);
  const contrasts = L.contrasts ? contrastData(L, L.contrasts()) : [];
  const data = [...items, ...contrasts];
  const model = train(L, data, o);
  const text = serialise(model);
  if (argv.includes('--check')) {
    const same = readFileSync(weightsPath, 'utf8') === text;
    console.log(same ? 'shipped weights are what the script writes' : 'shipped weights DIFFER from what the script writes');
    if (!same) process.exitCode = 1;
    return;
  }
  writeFileSync(weightsPath, text);
  console.log(`${splits.length} splits, ${items.length} items, ${contrasts.length} contrasts; ${model.classes.length} categories, ${text.length} bytes -> ${weightsPath}`);
}
