// @vitest-environment node
/** ask32: the look-alike matrix of scripts/tone-ask32-matrix.ts (requests in ToneReport.questions, and contrasts that must not count). */
import { describe, expect, it } from 'vitest';
import { ASK32_CASES } from '../../../scripts/tone-ask32-matrix.ts';
import { readCustomerTone } from '../../../lib/tone/index.ts';

describe('ask32: requests in the questions list (look-alike matrix)', () => {
  for (const c of ASK32_CASES) {
    it(`${c.kind}: ${c.text.slice(0, 60)}`, () => {
      const got = readCustomerTone(c.text).questions;
      expect(got.map((q) => q.text), c.text).toHaveLength(c.n);
      // Evidence is the words that ask, never "thanks" or "you" alone.
      for (const q of got) expect(q.text.trim().split(/\s+/).length).toBeGreaterThan(1);
    });
  }
});
