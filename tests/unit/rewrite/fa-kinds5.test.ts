// @vitest-environment node
/**
 * lib/rewrite/generic/kinds5.fa.ts and the jargon reader's loanword endings (rwfa8), checked with a sample of the variant
 * matrix (scripts/fa-matrix.ts): every family's parts combined, in four spellings (ZWNJ, none, a space, Arabic ي/ك), and
 * every neutral of the matrix. Sentences generated from parts written for the matrix, none from an evaluation split.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { faMatrix, runMatrixItem } from '../../../scripts/fa-matrix.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

/** Up to `per` items of each family, evenly spaced (so every part is met across the families' spellings). */
function sample(per: number) {
  const byFam = new Map<string, ReturnType<typeof faMatrix>>();
  for (const it of faMatrix()) (byFam.get(it.family) ?? byFam.set(it.family, []).get(it.family)!).push(it);
  return [...byFam.values()].flatMap((items) => {
    if (items[0].label === 'neutral') return items;
    const step = Math.max(1, Math.floor(items.length / per));
    return items.filter((_, i) => i % step === 0).slice(0, per);
  });
}

describe('Persian variant matrix (sample)', () => {
  const items = sample(4);
  // The first suggestion compiles the built-in packs (about 2 s on the build machine): not the matrix's time.
  beforeAll(() => void runMatrixItem(items[0]));
  it('catches every negative combination sampled', () => {
    const missed = items.filter((i) => i.label === 'negative').map(runMatrixItem).filter((r) => !r.hit).map((r) => r.text);
    expect(missed).toEqual([]);
  });
  it('flags no neutral of the matrix', () => {
    const flagged = items.filter((i) => i.label === 'neutral').map(runMatrixItem).filter((r) => r.hit).map((r) => r.text);
    expect(flagged).toEqual([]);
  });
});

describe('the apology reflex over its parts: examples', () => {
  it.each([
    'با عرض پوزش از تأخیر پیش آمده، سفارش شما ارسال شد.',
    'شرمنده بابت مشکل پیش اومده، لینک جدید رو فرستادم.',
    'از بابت هرگونه سوءتفاهم عذر می‌خواهیم.',
    'به خاطر وقفه‌ی ایجادشده شرمنده‌ایم.',
    'از اینکه معطل شدید پوزش میطلبیم.',
    'عذر میخوام که طول کشید، الان بررسیش میکنم.',
  ])('%s', (draft) => {
    expect(runMatrixItem({ category: 'apology-reflex', family: 'test', label: 'negative', marked: `[[${draft}]]` }).hit).toBe(true);
  });
});

describe('an apology replaced by thanks takes the formula along (guard.fa.apology.ts)', () => {
  it.each([
    ['با عرض پوزش بابت تاخیر، سفارش ارسال شد.', 'با عرض'],
    ['ضمن عرض پوزش بابت تأخیر، سفارش شما امروز ارسال شد.', 'عرض'],
    ['ببخشید بابت مشکل پیش‌آمده، سفارش ارسال شد.', 'پیش‌آمده'],
    ['ببخشید بابت مشکل پیش اومده، سرورا الان اوکی شدن', 'اومده'],
  ])('%s', (draft, leftover) => {
    const s = suggestRewrites(draft, builtinPacks, { cache: false });
    const out = applyAll(draft, s);
    expect(out).not.toBe(draft);
    expect(out.includes(leftover), out).toBe(false);
  });
});
