// @vitest-environment node
/** lib/nlp/fa.ts: the bare present of بودن («باشه», «باشد», «باشید») is the subjunctive in the wide reading (بودن takes no ب), the narrow table the packs and tone read is unchanged. */
import { describe, expect, it } from 'vitest';
import { analyzeFaWord, analyzeFaWordWide, faRegister } from '../../../lib/nlp/index.ts';

describe('«باشه/باشد» as a verb', () => {
  it.each([
    ['باشه', 3, false, true],
    ['باشد', 3, false, false],
    ['باشید', 2, true, false],
    ['باشین', 2, true, true],
    ['باشیم', 1, true, false],
  ] as const)('%s: subjunctive of بودن', (w, person, plural, colloquial) => {
    const v = analyzeFaWordWide(w)?.verb;
    expect(v?.lemma).toBe('بودن');
    expect(v?.subjunctive).toBe(true);
    expect(v?.person).toEqual({ person, plural });
    expect(v?.colloquial).toBe(colloquial);
  });
  it('the narrow reading is as it was', () => {
    expect(analyzeFaWord('باشه')).toBeNull();
  });
  it('a verb of the wide table shows its register: «بپرسین» is colloquial', () => {
    expect(faRegister('از فروشگاه بپرسین')).toBe('colloquial');
  });
});
