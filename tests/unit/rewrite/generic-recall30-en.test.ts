// @vitest-environment node
/**
 * The thirtieth session's English recall kinds (rwen30: generic/kinds30.en.ts, misses that recur in late28 and late29): the
 * look-alike rows of scripts/en-recall30-matrix.ts are flagged, and their contrasts stay silent.
 */
import { describe, expect, it } from 'vitest';
import { runRecall30 } from '../../../scripts/en-recall30-matrix.ts';

describe('English recall 30: look-alikes flagged, contrasts silent', () => {
  for (const r of runRecall30()) {
    it(r.kind, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
});
