/**
 * One test suite for a sample of an English frustration matrix (scripts/tone-frustration-matrix*.en.ts): it holds both
 * frustrated and calm messages, and every one is read by its label with evidence in the words that carry it. Shared by
 * frustration-matrix17.test.ts and frustration-kinds18.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { frustrationMatrix, runFrustrationMatrix } from '../../../scripts/tone-frustration-matrix.en.ts';

export function frustrationSampleSuite(title: string, sample: ReturnType<typeof frustrationMatrix>): void {
  describe(title, () => {
    it('has frustrated and calm messages', () => {
      expect(sample.filter((m) => m.frustrated).length).toBeGreaterThan(40);
      expect(sample.filter((m) => !m.frustrated).length).toBeGreaterThan(40);
    });
    it('reads every sampled message by its label, with evidence in the words that carry it', () => {
      const wrong = [...runFrustrationMatrix(sample)].flatMap(([kind, r]) => r.misses.map((m) => `${kind}: ${m}`));
      expect(wrong).toEqual([]);
    });
  });
}
