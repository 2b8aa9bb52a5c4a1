// @vitest-environment node
/**
 * en38: a bare order right before the sanction that enforces it (lib/rewrite/order-sanction.en.ts): the look-alike matrix of
 * scripts/en-order-sanction38-matrix.ts through suggestRewrites; the added flag is advice.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { ORDER38, runOrder38 } from '../../../scripts/en-order-sanction38-matrix.ts';

describe('order-sanction: look-alike matrix', () => {
  for (const r of runOrder38()) it(`${r.want ? 'flag' : 'quiet'}: ${r.text}`, () => expect(r.got).toBe(r.want));
});

describe('order-sanction: the flag', () => {
  it('is advice with the obligation explanation, in the language of the panel', () => {
    const { text, order } = ORDER38[0];
    for (const ui of ['en', 'fa'] as const) {
      const s = suggestRewrites(text, builtinPacks, { cache: false, uiLang: ui }).find((x) => x.ruleId === 'order-beside-sanction');
      expect(s?.kind).toBe('advice');
      expect(s?.original).toBe(order);
      expect(/[\u0600-\u06FF]/.test(s?.explanation ?? '')).toBe(ui === 'fa');
    }
  });
});
