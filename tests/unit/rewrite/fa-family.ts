/**
 * One test per family of a Persian look-alike matrix (scripts/fa-matrix*.ts), in all four spellings: every negative caught
 * on its marked words, every close contrast left alone. Families named «KNOWN: …» record a limit and are not asserted.
 */
import { describe, expect, it } from 'vitest';
import { familyItems, runMatrixItem, type Family } from '../../../scripts/fa-matrix.ts';

export function faFamilySuite(title: string, families: readonly Family[]): void {
  describe(title, () => {
    for (const fam of families) {
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
}
