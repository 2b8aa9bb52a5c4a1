// @vitest-environment node
/**
 * lib/rewrite/generic/kinds5.fa.ts and the jargon reader's loanword endings (rwfa8), checked with a sample of the variant
 * matrix (scripts/fa-matrix.ts): every family's parts combined, in four spellings (ZWNJ, none, a space, Arabic ي/ك), and
 * every neutral of the matrix. Sentences generated from parts written for the matrix, none from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { faMatrix, runMatrixItem } from '../../../scripts/fa-matrix.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { sampleByFamily, variantSampleSuite } from './helpers.ts';

variantSampleSuite('Persian variant matrix (sample)', sampleByFamily(faMatrix(), 4), runMatrixItem, { neutralTitle: 'flags no neutral of the matrix' });

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
    ['ببخشید بابت تاخیر پیش‌آمده، سفارش ارسال شد.', 'پیش‌آمده'],
    ['ببخشید بابت تأخیر پیش اومده، سرورا الان اوکی شدن', 'اومده'],
  ])('%s', (draft, leftover) => {
    const s = suggestRewrites(draft, builtinPacks, { cache: false });
    const out = applyAll(draft, s);
    expect(out).not.toBe(draft);
    expect(out.includes(leftover), out).toBe(false);
  });
  // (Thirty-sixth session) An apology for a trouble that is not a wait keeps its words: advice, no thanks in its place.
  it.each(['ببخشید بابت مشکل پیش‌آمده، سفارش ارسال شد.', 'ببخشید بابت مشکل پیش اومده، سرورا الان اوکی شدن'])('stays: %s', (draft) => {
    expect(applyAll(draft, suggestRewrites(draft, builtinPacks, { cache: false }))).toBe(draft);
  });
});
