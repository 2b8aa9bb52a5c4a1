/**
 * Learns the tone reader's weights from TRAIN splits only and writes them as data:
 *   lib/tone/learnt.en.ts  politeness (Stanford, train half)
 *   lib/tone/learnt.fa.ts  Persian register (Shekasteh dev.tsv: column 1 casual vs column 3 formal)
 * Frustration has no learnt weights: learnt word weights picked up function words ("you",
 * "thanks", "card") and fired on calm messages, so it is an explicit lexicon + pattern model
 * (lib/tone/cues/frustration.ts) whose every piece of evidence is a phrase someone wrote down.
 * Only openly licensed corpora train what ships. The non-commercial sets (airline tweets, ArmanEmo)
 * are read by tone.bench.ts to measure and never feed these weights.
 * Run: `npx tsx tests/bench/tone.train.ts`. Only word weights are written, never corpus text; the
 * English word lists keep only general words (seen in at least two other English corpora: Stanford
 * politeness, Bitext, Banking77) and never @handles, airline or place names.
 *
 * Splits where a corpus has none (deterministic, by data row index i counted from 0):
 *   airline tweets  i even = train, i odd = test
 *   Bitext          i even = train, i odd = test
 *   Stanford        per file, i even = train, i odd = test (quartiles computed per file on all rows)
 * Within a train split, rows with i % 10 === 9 (of the train rows) are held out to pick the L2
 * strength; the final model is then fitted on the whole train split.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyseLatest } from '../../lib/tone/read.ts';
import { type Analysis, distinctKeys as keysOf } from '../../lib/tone/features.ts';
import { readDoc } from '../../lib/tone/layer.ts';

const tokenize = (text: string) => readDoc(text).tokens;
import { lexiconEn } from '../../lib/tone/lexicon.en.ts';
import { lexiconFa } from '../../lib/tone/lexicon.fa.ts';
import { corpusPath, readCsv } from './stats.ts';

// ---- Corpus loaders (shared with tone.bench.ts) ----------------------------------------------

export interface Labelled {
  text: string;
  label: boolean;
}

export function airline(split: 'train' | 'test'): Labelled[] {
  const rows = readCsv(readFileSync(corpusPath('airline-tweets-nc', 'airline_tweets_labeled.csv'), 'utf8'));
  const head = rows[0];
  const ti = head.indexOf('text');
  const si = head.indexOf('airline_sentiment');
  const data = rows.slice(1).filter((r) => r.length > ti);
  return data.filter((_, i) => (split === 'train' ? i % 2 === 0 : i % 2 === 1)).map((r) => ({ text: r[ti], label: r[si] === 'negative' }));
}

export function armanEmo(split: 'train' | 'test'): { text: string; label: string }[] {
  const raw = readFileSync(corpusPath('armanemo-fa-emotion-nc', `${split}.tsv`), 'utf8');
  const out: { text: string; label: string }[] = [];
  for (const line of raw.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    out.push({ text: line.slice(0, tab), label: line.slice(tab + 1).trim() });
  }
  return out;
}

export function shekasteh(split: 'dev' | 'test'): { casual: string; formal: string }[] {
  const raw = readFileSync(corpusPath('shekasteh-fa-colloquial', `${split}.tsv`), 'utf8');
  return raw
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((c) => c.length >= 3 && c[0].trim() && c[2].trim())
    .map((c) => ({ casual: c[0].trim(), formal: c[2].trim() }));
}

export function bitext(split: 'train' | 'test'): { text: string; tags: string }[] {
  const rows = readCsv(readFileSync(corpusPath('bitext-cs-intents', 'bitext_customer_support_4514.csv'), 'utf8'));
  const head = rows[0];
  const ii = head.indexOf('instruction');
  const gi = head.indexOf('tags');
  return rows
    .slice(1)
    .filter((r) => r.length > gi)
    .filter((_, i) => (split === 'train' ? i % 2 === 0 : i % 2 === 1))
    .map((r) => ({ text: r[ii], tags: r[gi] }));
}

/** BANKING77 customer queries (PolyAI, CC BY 4.0), the file's own train/test split; text only. */
export function banking77(split: 'train' | 'test'): string[] {
  return readCsv(readFileSync(corpusPath('banking77', `${split}.csv`), 'utf8'))
    .slice(1)
    .map((r) => r[0] ?? '')
    .filter((t) => t.trim());
}

/** Stanford politeness: top quartile = polite, bottom quartile = impolite (per community file). */
/** Positive Psychology Frames (CC BY-SA 4.0): stressed tweets and their positive reframes. */
export function positiveFrames(split: 'train' | 'test'): Labelled[] {
  const rows = readCsv(readFileSync(corpusPath('positive-frames', split === 'train' ? 'wholetrain.csv' : 'wholetest.csv'), 'utf8'));
  const head = rows[0];
  const o = head.indexOf('original_text');
  const r = head.indexOf('reframed_text');
  return rows.slice(1).flatMap((row) => [
    { text: row[o] ?? '', label: true },
    { text: row[r] ?? '', label: false },
  ]).filter((x) => x.text.trim());
}

export function politeness(split: 'train' | 'test'): Labelled[] {
  const out: Labelled[] = [];
  for (const file of ['wikipedia.annotated.csv', 'stack-exchange.annotated.csv']) {
    const rows = readCsv(readFileSync(corpusPath('stanford-politeness', file), 'utf8'));
    const head = rows[0];
    const ri = head.indexOf('Request');
    const si = head.indexOf('Normalized Score');
    const data = rows.slice(1).filter((r) => r.length > si && r[si] !== '');
    const scores = data.map((r) => Number(r[si])).sort((a, b) => a - b);
    const q1 = scores[Math.floor(scores.length * 0.25)];
    const q3 = scores[Math.floor(scores.length * 0.75)];
    data.forEach((r, i) => {
      if ((split === 'train') !== (i % 2 === 0)) return;
      const s = Number(r[si]);
      if (s >= q3) out.push({ text: r[ri], label: true });
      else if (s <= q1) out.push({ text: r[ri], label: false });
    });
  }
  return out;
}

// ---- Logistic regression over hand features + word indicators -------------------------------

export const FEATURES = [
  'lex_frust', 'lex_urg', 'lex_rep', 'lex_pol', 'lex_rude', 'lex_slang', 'excl', 'excl_multi', 'q_multi', 'caps',
  'emoji_neg', 'emoji_pos', 'questions', 'neg', 'len', 'lower_i', 'contractions', 'why_start', 'you_start', 'no_final_punct',
  'starts_lower', 'colloq_verbs', 'wh_start', 'please_start', 'first_start', 'conn_start', 'hello_start', 'modal_polite', 'modal_direct',
] as const;

interface Example {
  x: Float64Array;
  words: number[];
  y: number;
}

function distinctKeys(a: Analysis): string[] {
  return keysOf(a.tokens);
}

function fit(examples: Example[], nWords: number, l2: number, epochs = 40): { bias: number; wf: Float64Array; ww: Float64Array } {
  const nf = FEATURES.length;
  let bias = 0;
  const wf = new Float64Array(nf);
  const ww = new Float64Array(nWords);
  // AdaGrad, per-example updates, deterministic order.
  const gb = { v: 1e-8 };
  const gf = new Float64Array(nf).fill(1e-8);
  const gw = new Float64Array(nWords).fill(1e-8);
  const lr = 0.2;
  const n = examples.length;
  for (let ep = 0; ep < epochs; ep++) {
    for (let k = 0; k < n; k++) {
      const e = examples[(k * 7919 + ep * 104729) % n];
      let z = bias;
      for (let f = 0; f < nf; f++) z += wf[f] * e.x[f];
      for (const w of e.words) z += ww[w];
      const p = 1 / (1 + Math.exp(-z));
      const g = p - e.y;
      gb.v += g * g;
      bias -= (lr * g) / Math.sqrt(gb.v);
      for (let f = 0; f < nf; f++) {
        const gr = g * e.x[f] + (l2 / n) * wf[f];
        gf[f] += gr * gr;
        wf[f] -= (lr * gr) / Math.sqrt(gf[f]);
      }
      for (const w of e.words) {
        const gr = g + (l2 / n) * ww[w] * 10;
        gw[w] += gr * gr;
        ww[w] -= (lr * gr) / Math.sqrt(gw[w]);
      }
    }
  }
  return { bias, wf, ww };
}

function accuracyF1(examples: Example[], m: { bias: number; wf: Float64Array; ww: Float64Array }): { f1: number; acc: number } {
  let tp = 0, fp = 0, fn = 0, ok = 0;
  for (const e of examples) {
    let z = m.bias;
    for (let f = 0; f < FEATURES.length; f++) z += m.wf[f] * e.x[f];
    for (const w of e.words) z += m.ww[w];
    const pred = z >= 0;
    if (pred && e.y) tp++;
    else if (pred) fp++;
    else if (e.y) fn++;
    if (pred === (e.y === 1)) ok++;
  }
  return { f1: (2 * tp) / (2 * tp + fp + fn || 1), acc: ok / (examples.length || 1) };
}

export interface TrainResult {
  bias: number;
  features: Record<string, number>;
  words: Record<string, number>;
  heldOut: { f1: number; acc: number; l2: number; shift: number };
}

/** Fits a model; picks the L2 strength on a held-out tenth of the train split, then refits on all of it. */
export function train(rows: { text: string; label: boolean }[], keepWord: (w: string) => boolean, opts: { minDf?: number; metric?: 'f1' | 'acc'; maxWords?: number; tuneBias?: boolean } = {}): TrainResult {
  const minDf = opts.minDf ?? 5;
  const analysed = rows.map((r) => ({ a: analyseLatest(r.text), y: r.label ? 1 : 0 }));
  const df = new Map<string, number>();
  for (const { a } of analysed) for (const k of distinctKeys(a)) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df].filter(([w, c]) => c >= minDf && keepWord(w)).map(([w]) => w).sort();
  const index = new Map(vocab.map((w, i) => [w, i]));
  const examples: Example[] = analysed.map(({ a, y }) => ({
    x: Float64Array.from(FEATURES, (f) => a.features[f] ?? 0),
    words: distinctKeys(a).map((k) => index.get(k)).filter((i): i is number => i !== undefined),
    y,
  }));
  const fitPart = examples.filter((_, i) => i % 10 !== 9);
  const held = examples.filter((_, i) => i % 10 === 9);
  let best = { l2: 1, score: -1, f1: 0, acc: 0 };
  for (const l2 of [0.3, 1, 3, 10, 30, 100, 300]) {
    const r = accuracyF1(held, fit(fitPart, vocab.length, l2));
    const score = opts.metric === 'acc' ? r.acc : r.f1;
    if (score > best.score) best = { l2, score, ...r };
  }
  // Optionally move the decision point (bias) to the best held-out F1, e.g. for rare classes.
  let shift = 0;
  if (opts.tuneBias) {
    const hm = fit(fitPart, vocab.length, best.l2);
    const zs = held.map((e) => {
      let z = hm.bias;
      for (let f = 0; f < FEATURES.length; f++) z += hm.wf[f] * e.x[f];
      for (const w of e.words) z += hm.ww[w];
      return { z, y: e.y };
    });
    let bestF1 = -1;
    for (let d = -2; d <= 2.0001; d += 0.1) {
      let tp = 0, fp = 0, fn = 0;
      for (const { z, y } of zs) {
        const p = z + d >= 0;
        if (p && y) tp++;
        else if (p) fp++;
        else if (y) fn++;
      }
      const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        shift = d;
      }
    }
    best = { ...best, f1: bestF1 };
  }
  const m = fit(examples, vocab.length, best.l2);
  m.bias += shift;
  const features: Record<string, number> = {};
  FEATURES.forEach((f, i) => {
    if (Math.abs(m.wf[i]) >= 0.01) features[f] = round(m.wf[i]);
  });
  let words = vocab.map((w, i) => [w, round(m.ww[i])] as const).filter(([, v]) => Math.abs(v) >= 0.1);
  words.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  if (opts.maxWords) words = words.slice(0, opts.maxWords);
  words.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { bias: round(m.bias), features, words: Object.fromEntries(words), heldOut: { f1: best.f1, acc: best.acc, l2: best.l2, shift: round(shift) } };
}

/** The probability threshold with the best accuracy on the (train) rows. */
function bestThreshold(rows: Labelled[], m: TrainResult): number {
  const probs = rows.map((r) => {
    const a = analyseLatest(r.text);
    let z = m.bias;
    for (const f in m.features) z += m.features[f] * (a.features[f] ?? 0);
    for (const k of distinctKeys(a)) z += m.words[k] ?? 0;
    return { p: 1 / (1 + Math.exp(-z)), y: r.label };
  });
  let best = { t: 0.5, acc: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.02) {
    const acc = probs.filter((x) => (x.p >= t) === x.y).length / probs.length;
    if (acc > best.acc + 1e-9) best = { t: round(t), acc };
  }
  return best.t;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The bias at which a model fires (p >= 0.5) on at most `share` of calm texts: a model moved to
 * another language keeps its weights but learns where "calm" sits there.
 */
function calibrateOnCalm(m: { bias: number; features: Record<string, number>; words: Record<string, number> }, calm: string[], share: number): number {
  const zs = calm
    .map((t) => {
      const a = analyseLatest(t);
      let z = 0;
      for (const f in m.features) z += m.features[f] * (a.features[f] ?? 0);
      for (const k of distinctKeys(a)) z += m.words[k] ?? 0;
      return z;
    })
    .sort((x, y) => y - x);
  const k = Math.min(zs.length - 1, Math.floor(share * zs.length));
  return Math.min(m.bias, round(-zs[k] - 0.01));
}

// ---- Vocabulary filters ------------------------------------------------------------------------

const NOT_GENERAL = new Set([
  'united', 'usairways', 'americanair', 'southwestair', 'jetblue', 'virginamerica', 'delta', 'american', 'virgin', 'southwest',
  'usair', 'airways', 'us', 'aa', 'jfk', 'lax', 'dfw', 'ord', 'phl', 'clt', 'dca', 'bos', 'iad', 'ewr', 'sfo', 'lga', 'mia',
  'den', 'atl', 'dallas', 'chicago', 'boston', 'denver', 'houston', 'philly', 'philadelphia', 'newark', 'miami', 'vegas', 'nyc',
  'charlotte', 'austin', 'orlando', 'atlanta', 'phoenix', 'seattle', 'washington', 'nashville', 'tampa', 'london', 'york', 'fll',
  'imaginedragons', 'rt', 'http', 'amp', 'gt', 'lt', 'toronto', 'dublin', 'mexico', 'canada', 'australia', 'america', 'usa', 'uk',
  'david', 'dal', 'pa', 'pr', 'de', 'palm', 'twitter', 'january', 'april', 'june', 'friday', 'saturday', 'west', 'south', 'cities',
]);

/** Words seen in at least `need` of the given English corpora (document frequency >= 2 in each). */
function generalEnglish(need = 2): Set<string> {
  const sets: Set<string>[] = [];
  const add = (texts: string[]) => {
    const df = new Map<string, number>();
    for (const t of texts) for (const k of new Set(tokenize(t).map((x) => x.key))) df.set(k, (df.get(k) ?? 0) + 1);
    sets.push(new Set([...df].filter(([, c]) => c >= 2).map(([w]) => w)));
  };
  add([...politeness('train'), ...politeness('test')].map((r) => r.text));
  add([...bitext('train'), ...bitext('test')].map((r) => r.text));
  const b77 = readCsv(readFileSync(corpusPath('banking77', 'train.csv'), 'utf8')).slice(1).map((r) => r[0] ?? '');
  add(b77);
  const count = new Map<string, number>();
  for (const s of sets) for (const w of s) count.set(w, (count.get(w) ?? 0) + 1);
  return new Set([...count].filter(([, c]) => c >= need).map(([w]) => w));
}

const isEnglishWord = (w: string) => (/^[a-z][a-z']*[a-z]$/.test(w) || w === 'u') && !NOT_GENERAL.has(w);

/**
 * A learnt weight may not contradict the hand lexicon: a word listed there as a sign of the emotion
 * keeps a learnt weight >= 0 (ArmanEmo, for instance, files "ناراضی" under SAD rather than ANGRY).
 */
function agreeWithLexicon(words: Record<string, number>, lexicon: Record<string, number>): Record<string, number> {
  const signs = new Map<string, number>();
  for (const [phrase, w] of Object.entries(lexicon)) {
    const keys = tokenize(phrase.replace(/\*$/, '')).map((t) => t.key);
    if (keys.length === 1) signs.set(keys[0], Math.sign(w));
  }
  const out: Record<string, number> = {};
  for (const [k, w] of Object.entries(words)) {
    const sign = signs.get(k);
    if (sign !== undefined && Math.sign(w) !== sign) continue;
    out[k] = w;
  }
  return out;
}
const isPersianWord = (w: string) => /^[\u0600-\u06ff]{2,}$/.test(w);

// ---- Persian register weights from Shekasteh dev ----------------------------------------------

export function registerWeights(pairs: { casual: string; formal: string }[]): Record<string, number> {
  const c = new Map<string, number>();
  const f = new Map<string, number>();
  for (const p of pairs) {
    for (const t of tokenize(p.casual)) if (t.fa) c.set(t.key, (c.get(t.key) ?? 0) + 1);
    for (const t of tokenize(p.formal)) if (t.fa) f.set(t.key, (f.get(t.key) ?? 0) + 1);
  }
  const out: [string, number][] = [];
  for (const w of new Set([...c.keys(), ...f.keys()])) {
    const a = c.get(w) ?? 0;
    const b = f.get(w) ?? 0;
    if (a + b < 3 || !isPersianWord(w)) continue;
    const lo = Math.log((b + 0.5) / (a + 0.5));
    if (Math.abs(lo) < 0.7) continue;
    out.push([w, round(Math.max(-1.2, Math.min(1.2, lo * 0.45)))]);
  }
  out.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  return Object.fromEntries(out);
}

// ---- Main ----------------------------------------------------------------------------------------

/** A compact TypeScript literal: nested objects indented, word tables packed several entries a line. */
function ts(value: unknown, indent = ''): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>);
  const key = (k: string) => (/^[a-z_]+$/.test(k) ? k : JSON.stringify(k));
  const inner = indent + '  ';
  if (entries.every(([, v]) => typeof v === 'number') && entries.length > 6) {
    const lines: string[] = [];
    let cur = '';
    for (const [k, v] of entries) {
      const item = `${key(k)}: ${v},`;
      if (cur && cur.length + item.length + 1 > 110) {
        lines.push(inner + cur);
        cur = '';
      }
      cur += (cur ? ' ' : '') + item;
    }
    if (cur) lines.push(inner + cur);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${ts(v, inner)},`).join('\n')}\n${indent}}`;
}

async function main(): Promise<void> {
  const general = generalEnglish();
  const keepEn = (w: string) => isEnglishWord(w) && general.has(w);

  const politeTrain = politeness('train');
  const polite = train(politeTrain, keepEn, { minDf: 10, metric: 'acc', maxWords: 400 });
  polite.words = agreeWithLexicon(polite.words, lexiconEn.politeness ?? {});
  const politeThreshold = bestThreshold(politeTrain, polite);
  console.log('politeness en: held-out', polite.heldOut, 'words', Object.keys(polite.words).length, 'threshold', politeThreshold);

  const register = registerWeights(shekasteh('dev'));
  console.log('register fa words', Object.keys(register).length);

  const header = (what: string) =>
    `// GENERATED by tests/bench/tone.train.ts from train splits only (${what}); do not edit by hand.\n// Word weights only; no corpus text. Regenerate: npx tsx tests/bench/tone.train.ts\n`;
  writeFileSync(
    new URL('../../lib/tone/learnt.en.ts', import.meta.url),
    header('Stanford politeness, even rows') +
      `import type { LinearModel } from './types.ts';\n\n` +
      `/** Politeness model (logistic); \`threshold\` chosen on the train split. */\nexport const politenessEn: LinearModel & { threshold: number } = ${ts({ bias: polite.bias, features: polite.features, words: polite.words, threshold: politeThreshold })};\n`,
  );
  writeFileSync(
    new URL('../../lib/tone/learnt.fa.ts', import.meta.url),
    header('Shekasteh dev.tsv') +
      `import type { Weights } from './types.ts';\n\n` +
      `/** Persian register weights (formal > 0, colloquial < 0). */\nexport const formalityFa: Weights = ${ts(register)};\n`,
  );
  console.log('wrote lib/tone/learnt.en.ts and lib/tone/learnt.fa.ts');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
