// @vitest-environment node
/**
 * (data35) The learnt readers' training data by rule: which splits are writer splits (written by writers who read no
 * rule), how an item is weighted, and the learning curve's seeded draw of writer splits. A new session's train or late
 * split must count as a writer split without anyone editing a list (the lead adds train35 and retrains with the scripts).
 */
import { describe, expect, it } from 'vitest';
import { CONTRAST_SPLIT, isWriterSplit, itemWeight, trainSplits, type ItemData, type TrainOptions } from '../../../scripts/learnt-train.ts';
import { writerSubset } from '../../../scripts/learnt-cv.ts';
import type { EvalItem, EvalSplit } from '../../bench/rewrite-quality.ts';

const O: TrainOptions = { epochs: 1, lr: 0.2, l2: 1e-4, bits: { w: 10, s: 8, c: 6 }, seed: 1, threshold: 0.5, neutralWeight: 1, contrastWeight: 0.5 };
const item = (split: string, label: 'negative' | 'neutral'): ItemData => ({ split: split as EvalSplit, item: { id: 'x', label, category: label, text: 'x', spans: [], hard: [], register: [], source: 'own' } as EvalItem, exclude: [], sents: [] });

describe('writer splits by rule (data35)', () => {
  it('late20 onward and every trainNN split are writer splits, whatever their number', () => {
    for (const s of ['late20', 'late29', 'late34', 'late35', 'late36', 'late100', 'train31', 'train34', 'train34b', 'train35', 'train36', 'train35b']) expect(isWriterSplit(s), s).toBe(true);
  });

  it('the older, synthetic and public-derived splits are not', () => {
    for (const s of ['dev', 'dev2', 'dev3', 'test', 'gen', 'late', 'late2', 'late9', 'late19', 'wide', 'honest', 'rwen', 'rwfa', 'fresh', 'fresh2', 'mix3', 'near15', 'contrast', 'latest', 'training']) expect(isWriterSplit(s), s).toBe(false);
  });

  it('every writer split the trainers read today is one of the late / train splits', () => {
    for (const lang of ['en', 'fa'] as const) {
      const w = trainSplits(lang).filter(isWriterSplit);
      expect(w.length).toBeGreaterThanOrEqual(16);
      expect(w.every((s) => /^(?:late|train)\d/.test(s))).toBe(true);
    }
  });
});

describe('item weights (data35)', () => {
  it('defaults: 1 for a negative, neutralWeight for a neutral, contrastWeight for a contrast (the rows before data35)', () => {
    expect(itemWeight({ ...O, neutralWeight: 0.7 }, item('dev', 'negative'))).toBe(1);
    expect(itemWeight({ ...O, neutralWeight: 0.7 }, item('late30', 'neutral'))).toBe(0.7);
    expect(itemWeight(O, item(CONTRAST_SPLIT, 'neutral'))).toBe(0.5);
  });

  it('writer and older weights multiply, a split factor over them, 0 leaves a split out', () => {
    const o = { ...O, neutralWeight: 2, writerWeight: 1.5, olderWeight: 0.5, splitWeight: { mix3: 0 } };
    expect(itemWeight(o, item('train35', 'negative'))).toBe(1.5);
    expect(itemWeight(o, item('train35', 'neutral'))).toBe(3);
    expect(itemWeight(o, item('dev', 'negative'))).toBe(0.5);
    expect(itemWeight(o, item('mix3', 'negative'))).toBe(0);
    expect(itemWeight(o, item(CONTRAST_SPLIT, 'neutral'))).toBe(0.5);
  });
});

describe('learning-curve draw (data35)', () => {
  const data = ['dev', 'late20', 'late21', 'late22', 'late23', 'train31', 'late24', 'late25', 'train34'].map((s) => item(s, 'negative'));
  it('draws the share of the writer splits but the fold, seeded, never the fold or an older split', () => {
    const a = writerSubset(data, 'late25', 0.5, 1);
    expect(a.size).toBe(4);
    expect(a.has('late25') || a.has('dev')).toBe(false);
    expect([...writerSubset(data, 'late25', 0.5, 1)]).toEqual([...a]);
    expect(writerSubset(data, 'late25', 0.01, 1).size).toBe(1);
    expect(writerSubset(data, 'late25', 1, 3).size).toBe(7);
  });
});
