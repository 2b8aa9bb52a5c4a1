// @vitest-environment node
/**
 * The thirty-first session's English recall kinds (rwen31: generic/kinds31.en.ts, late30's misses whose kind recurs in
 * late26 … late29 in other forms): the look-alike rows of scripts/en-recall31-matrix.ts are flagged, and their contrasts
 * stay silent; lib/rewrite/neutral31.en.ts's neutral kind.
 */
import { describe, expect, it } from 'vitest';
import { runNeutral31, runRecall31 } from '../../../scripts/en-recall31-matrix.ts';

describe('English recall 31: look-alikes flagged, contrasts silent', () => {
  for (const r of runRecall31()) {
    it(r.kind, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
});

describe('English neutral 31: regret in a story that ends well stays silent, bad news keeps its flag', () => {
  for (const r of runNeutral31()) {
    it(r.kind, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
});
