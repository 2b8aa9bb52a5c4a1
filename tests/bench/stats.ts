/** Small helpers shared by the benchmark files. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Runs fn once per input (after a warm-up pass) and returns p50/p99/mean in milliseconds. */
export function timeEach<T>(inputs: readonly T[], fn: (x: T) => unknown, warmup = 1): { p50: number; p99: number; mean: number; n: number } {
  for (let w = 0; w < warmup; w++) for (const x of inputs) fn(x);
  const times: number[] = [];
  for (const x of inputs) {
    const t0 = performance.now();
    fn(x);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { p50: percentile(times, 50), p99: percentile(times, 99), mean, n: times.length };
}

export function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

/** Precision, recall and F1 from paired predictions and gold labels. */
export function prf(pred: readonly boolean[], gold: readonly boolean[]): { precision: number; recall: number; f1: number; accuracy: number } {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < pred.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
    else tn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { precision, recall, f1, accuracy: (tp + tn) / (pred.length || 1) };
}

/** Minimal RFC 4180 CSV reader for the corpus files (quoted fields, doubled quotes, newlines). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/**
 * Path of a corpus folder in ../shared/corpus (read in place; -nc data is never copied): the nearest shared/corpus
 * above the checkout, so a worktree one level deeper (e.g. /work/wt/<name>) finds the same folder as /work/main.
 */
export function corpusPath(...parts: string[]): string {
  let dir = new URL('../../..', import.meta.url).pathname;
  for (let up = 0; up < 4 && !existsSync(join(dir, 'shared', 'corpus')); up++) dir = dirname(dir);
  if (!existsSync(join(dir, 'shared', 'corpus'))) dir = new URL('../../..', import.meta.url).pathname;
  return join(dir, 'shared', 'corpus', ...parts);
}

/** mulberry32: a small seeded generator, so benches, fuzz tests and training shuffles are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
