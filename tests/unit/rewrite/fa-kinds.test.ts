// @vitest-environment node
/**
 * lib/rewrite/generic/kinds.fa.ts: Persian kinds read by the generic reader (advice), each with a look-alike that stays
 * unflagged. Sentences written for these tests, none from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const found = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false });
const flags = (draft: string, words: string) => found(draft).some((s) => draft.slice(s.flagged.start, s.flagged.end).includes(words));

describe('Persian kinds (advice)', () => {
  it.each([
    ['رمز رو خودتون عوض کرده بودین، تقصیر من نیست', 'تقصیر من نیست'],
    ['لطفاً یه کم آرام بگیرید تا بررسی کنم.', 'آرام بگیرید'],
    ['دسترسیشو ندارم، باید با مالی تماس بگیرید', 'دسترسیشو ندارم'],
    ['حساب کاربری شما سیستمی قفل شده است.', 'سیستمی قفل شده'],
    ['مسئولیتش با شرکت پسته، ما فقط ثبت می‌کنیم', 'مسئولیتش با'],
    ['امیدوارم بشه تا شنبه درستش کنیم', 'امیدوارم بشه'],
    ['این واحد حداکثر سعی خود را خواهد نمود.', 'حداکثر سعی'],
    ['با داد و بیداد چیزی زودتر درست نمیشه', 'با داد و بیداد'],
  ])('flags %s', (d, w) => {
    const s = found(d).find((x) => d.slice(x.flagged.start, x.flagged.end).includes(w));
    expect(s?.kind).toBe('advice');
  });
  it.each([
    ['تقصیر شما نیست، خطا از سامانه بود.', 'تقصیر'],
    ['مسئولیتش با ماست، نگران نباشید.', 'مسئولیتش'],
    ['اگه یه کم آروم بگیرین، زودتر حل میشه.', 'آروم'],
    ['امیدوارم بشه دوباره ببینیمتون.', 'امیدوارم'],
    ['ما به رمز کارت شما دسترسی نداریم.', 'دسترسی'],
  ])('leaves %s', (d, w) => {
    expect(flags(d, w)).toBe(false);
  });
});
