// @vitest-environment node
/**
 * rwfap26: Persian rewrite precision look-alikes (scripts/fa-precision26-matrix.ts): negated blame, a rule cited over what it
 * gives, the tax portal's inbox as a place, a tech word in a done update, «به اطلاع می‌رساند» over a ready state, «حیف» with
 * the agent's wish, closing blocks; with the close contrasts that must stay flagged.
 */
import { describe, expect, it } from 'vitest';
import { P26_ITEMS, runP26 } from '../../../scripts/fa-precision26-matrix.ts';

describe('Persian precision look-alikes (rwfap26)', () => {
  for (const kind of ['blame', 'policy', 'portal', 'done', 'ready', 'pity', 'sig']) {
    it(`every ${kind} item: no flag on a neutral; the agent's own negatives stay flagged`, () => {
      const failed = P26_ITEMS.filter((x) => x.kind === kind).filter((x) => !runP26(x).ok).map((x) => x.marked);
      expect(failed).toEqual([]);
    });
  }
});
