// @vitest-environment node
/**
 * rwfap25: Persian rewrite precision look-alikes (scripts/fa-precision25-matrix.ts): quoted customer text in every Persian
 * form, signature blocks, good news in officialese, near-misses; with the close contrasts that must stay flagged.
 */
import { describe, expect, it } from 'vitest';
import { P25_ITEMS, runP25 } from '../../../scripts/fa-precision25-matrix.ts';

describe('Persian precision look-alikes (rwfap25)', () => {
  for (const kind of ['quote', 'sig', 'good', 'near']) {
    it(`every ${kind} item: no flag on the customer's words or a neutral; the agent's own negatives stay flagged`, () => {
      const failed = P25_ITEMS.filter((x) => x.kind === kind).filter((x) => !runP25(x).ok).map((x) => x.marked);
      expect(failed).toEqual([]);
    });
  }
});
