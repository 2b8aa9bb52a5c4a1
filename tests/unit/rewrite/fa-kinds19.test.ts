// @vitest-environment node
/**
 * lib/rewrite/generic/jargon19.fa.ts, kinds19.fa.ts and guard.fa.please19.ts (rwfa19), checked with a sample of the
 * nineteenth session's variant matrix (scripts/fa-matrix19.ts): every family's parts combined, the spelling rotating over
 * ZWNJ, none, a space and Arabic ي/ك, and every neutral look-alike. Sentences generated from parts written for the matrix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { faMatrix19 } from '../../../scripts/fa-matrix19.ts';
import { runMatrixItem } from '../../../scripts/fa-matrix.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { sampleByFamily } from './helpers.ts';

describe('Persian variant matrix, nineteenth session (sample)', () => {
  const items = sampleByFamily(faMatrix19(), 6);
  beforeAll(() => void runMatrixItem(items[0]));
  it('catches the negative combinations sampled (at least 95%)', () => {
    const neg = items.filter((i) => i.label === 'negative').map(runMatrixItem);
    expect(neg.filter((r) => r.hit).length / neg.length).toBeGreaterThanOrEqual(0.95);
  });
  it('flags no neutral look-alike of the matrix', () => {
    const flagged = items.filter((i) => i.label === 'neutral').map(runMatrixItem).filter((r) => r.hit).map((r) => r.text);
    expect(flagged).toEqual([]);
  });
});

const flags = (t: string) => suggestRewrites(t, builtinPacks, { generic: true });

describe('the nineteenth session families: examples', () => {
  it.each([
    ['تیکتتون رفت تیر ۲، جواب میدن.', 'تیر ۲'],
    ['خرید شما با خطای ۶۱ ناموفق شد.', 'خطای ۶۱'],
    ['حواله رفت، MT103 رو براتون می‌فرستم.', 'MT103'],
    ['برای پرونده شما برگ تشخیص صادر شده است.', 'برگ تشخیص'],
    ['تمام تلاشمان را به کار می‌بندیم تا فایل بارگذاری شود.', 'تمام تلاشمان را به کار می‌بندیم'],
    ['حالا یه کاریش میکنم، خبرتون می‌کنم.', 'یه کاریش میکنم'],
    ['منم سر در نمیارم چرا سرور بالا نمیاد.', 'سر در نمیارم'],
    ['ساخت سفارش شما تا پس از تعطیلات نوروز آغاز نخواهد شد.', 'تا پس از تعطیلات نوروز آغاز نخواهد شد'],
  ])('%s', (text, words) => {
    const a = text.indexOf(words);
    expect(flags(text).some((s) => s.flagged.start < a + words.length && a < s.flagged.end)).toBe(true);
  });
  it.each([
    'سفارش شما ۲ تیر ارسال شد.',
    'وزن نهایی با خطای ۲ درصد اعلام میشه.',
    'گواهی شما صادر و در کارتابل شما قرار گرفت.',
    'تمام تلاشمان را کردیم و سفارش امروز ارسال شد.',
    'لطفاً دفعه بعد هم از ما خرید کنید 🙂',
  ])('quiet: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
  it('a «لطفاً» before a statement goes with the replaced words', () => {
    const text = 'لطفاً خونسردی خود را حفظ کنید؛ درخواست شما در نوبت بررسی قرار دارد.';
    const s = flags(text).find((x) => x.replacements.some((r) => r.includes('حق دارید')));
    expect(s?.original.startsWith('لطفاً')).toBe(true);
  });
});
