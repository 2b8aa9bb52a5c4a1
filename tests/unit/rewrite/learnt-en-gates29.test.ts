// @vitest-environment node
/**
 * The learnt English reader's gates by kind (mlen29, lib/rewrite/learnt/neg.en.ts): the look-alike matrix of
 * scripts/en-learnt-gates29-matrix.ts keeps every close negative flagged (by a rule or the reader) and gives no look-alike
 * learnt advice: a request the agent handed on or a wrong routing owned, "do our best to help", "you can relax".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GATES29, runGates29, type Gate29Result } from '../../../scripts/en-learnt-gates29-matrix.ts';
import { loadNegEnModel } from '../../../lib/rewrite/learnt/neg.en.ts';

describe('learnt English reader: gates by kind', () => {
  let results: Gate29Result[] = [];
  beforeAll(async () => {
    await loadNegEnModel();
    results = runGates29();
  });
  for (const k of GATES29) {
    it(`${k.kind}: negatives flagged, look-alikes without learnt advice`, () => {
      const r = results.find((x) => x.kind === k.kind)!;
      expect(r.missed).toEqual([]);
      expect(r.fired).toEqual([]);
    });
  }
});
