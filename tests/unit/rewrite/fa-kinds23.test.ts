// @vitest-environment node
/**
 * rwfa23's kinds (lib/rewrite/neutral23.fa.ts, lib/rewrite/generic/kinds23.fa.ts and the readers widened beside them), run
 * over their look-alike matrix (scripts/fa-matrix23.ts) in all four spellings: every negative caught on its marked words,
 * every close contrast left alone. Families named «KNOWN: …» record a limit and are not asserted.
 */
import { describe, expect, it } from 'vitest';
import { familyItems, runMatrixItem } from '../../../scripts/fa-matrix.ts';
import { FAMILIES23 } from '../../../scripts/fa-matrix23.ts';

describe('rwfa23 Persian kinds and their contrasts', () => {
  for (const fam of FAMILIES23) {
    if (fam.family.startsWith('KNOWN')) continue;
    it(`${fam.label === 'negative' ? 'flags' : 'leaves alone'}: ${fam.category} / ${fam.family}`, () => {
      const wrong = familyItems([fam], { orthoAll: true })
        .map(runMatrixItem)
        .filter((r) => (r.label === 'negative' ? !r.hit : r.hit))
        .map((r) => r.text);
      expect(wrong).toEqual([]);
    });
  }
});
