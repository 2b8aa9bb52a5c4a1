// @vitest-environment node
/**
 * lib/rewrite/generic/kinds20.fa.ts (rwfa20), checked with a sample of its variant matrix (scripts/fa-matrix20.ts): every
 * family's parts combined, in four spellings (ZWNJ, none, a space, Arabic ي/ك), and every neutral look-alike. Families
 * named GAP (not read yet) and KNOWN (neutrals older rules flag) are the matrix's record, not this reader's promise.
 * Sentences generated from parts written for the matrix, none from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { faMatrix20 } from '../../../scripts/fa-matrix20.ts';
import { runMatrixItem } from '../../../scripts/fa-matrix.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { GENERIC_PACK_ID } from '../../../lib/rewrite/generic/index.ts';
import { sampleByFamily, variantSampleSuite } from './helpers.ts';

variantSampleSuite(
  'Persian kinds of the twentieth session: variant matrix (sample)',
  sampleByFamily(faMatrix20({ orthoAll: true }), 8, { skip: /^(?:GAP|KNOWN):/ }),
  runMatrixItem,
  { setupTimeout: 120_000 },
);

const gen = (draft: string) => suggestRewrites(draft, builtinPacks, { generic: true }).filter((s) => s.packId === GENERIC_PACK_ID);

describe('kinds20: what each reading offers', () => {
  it('our unit not knowing becomes a template that keeps the sentence (template16)', () => {
    const s = gen('این واحد نیز از زمان دقیق ارسال اطلاعی ندارد.');
    expect(s.map((x) => x.ruleId)).toContain('not-knowing');
    expect(s.find((x) => x.ruleId === 'not-knowing')!.kind).toBe('template');
  });
  it('a rule cited before a refusal is flagged on the citation, and explained in both languages', () => {
    const s = gen('برابر مقررات جاری، مدارک کپی پذیرفته نمی‌شود.');
    const p = s.find((x) => x.ruleId === 'policy-shield');
    expect(p).toBeDefined();
    expect(p!.explanation.length).toBeGreaterThan(10);
  });
  it.each([
    ['بار دیگر یادآور می‌شویم که فرم باید امضا شود.', 'repeating-myself'],
    ['پیرو مکاتبات مکرر قبلی، مهلت به پایان رسیده است.', 'repeating-myself'],
    ['صراحتاً پلن پایه برای سایت شما مناسب نیست.', 'candour-opener'],
    ['مودم توسط خود شما به تنظیمات کارخانه بازگردانده شده است.', 'second-person-blame'],
    ['لابد نرفتین سرویس دوره‌ای', 'second-person-blame'],
    ['بنده دسترسی ویرایش فاکتور را ندارم.', 'system-blocks'],
    ['کارشناسان فنی تلاش خواهند نمود تا عصر ارتباط شما را برقرار نمایند.', 'hedged-effort'],
    ['این درخواست به این اداره ارتباطی ندارد.', 'handled-elsewhere'],
    ['مشکلی نیست که، فقط جعبه‌ش آسیب دیده', 'minimising'],
  ])('%s -> %s', (draft, construction) => {
    expect(gen(draft).map((x) => x.ruleId)).toContain(construction);
  });
});

describe('a candour adverb opening its sentence is deleted (candour.fa20.ts)', () => {
  it.each([
    ['صراحتاً پلن پایه برای سایت شما مناسب نیست.', 'پلن پایه برای سایت شما مناسب نیست.'],
    ['حقیقتا، این مدل به درد کار شما نمیخوره', 'این مدل به درد کار شما نمیخوره'],
    ['سلام وقت بخیر، بی‌رودربایستی بگم تعمیر این دستگاه دیگه صرف نداره', 'سلام وقت بخیر، تعمیر این دستگاه دیگه صرف نداره'],
  ])('%s', (draft, want) => {
    const s = gen(draft).find((x) => x.ruleId === 'candour-opener')!;
    expect(s.kind).toBe('rewrite');
    expect(draft.slice(0, s.start) + s.replacements[0] + draft.slice(s.end)).toBe(want);
  });
  it('a longer opener stays advice', () => {
    expect(gen('واقعیت این است که سفارش شما ارسال نشده است.').find((x) => x.ruleId === 'candour-opener')?.kind).toBe('advice');
  });
});
