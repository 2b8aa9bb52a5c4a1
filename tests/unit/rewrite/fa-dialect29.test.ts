// @vitest-environment node
/**
 * rwfa29: regional «نمی» («نیمی‌», «نِمِ‌») read as «نمی», and recorded data not wiped before a date: the look-alikes of
 * scripts/fa-dialect29-matrix.ts, negatives flagged and contrasts left alone; the language layer's reading of the words.
 */
import { describe, expect, it } from 'vitest';
import { faDialectNegative } from '../../../lib/nlp/index.ts';
import { KINDS29 } from '../../../scripts/fa-dialect29-matrix.ts';
import { flagged28 } from '../../../scripts/fa-kinds28-matrix.ts';

describe('rwfa29: Persian kinds', () => {
  for (const [kind, { neg, con }] of Object.entries(KINDS29)) {
    for (const t of neg) it(`${kind} flags: ${t}`, () => expect(flagged28(t)).toBe(true));
    for (const t of con) it(`${kind} leaves: ${t}`, () => expect(flagged28(t)).toBe(false));
  }
  it('reads regional negative prefixes as «نمی» and leaves look-alike words', () => {
    expect(faDialectNegative('نیمیتونیم')?.form).toBe('نمیتونیم');
    expect(faDialectNegative('نمشه')?.form).toBe('نمیشه');
    expect(faDialectNegative('نمکنه')?.form).toBe('نمیکنه');
    for (const w of ['نیمی', 'نمره', 'نمایید', 'نمونه', 'نمدی', 'نمک', 'نمیشه', 'نیمکت', 'نمودار']) expect(faDialectNegative(w)).toBeNull();
  });
});
