// @vitest-environment node
/**
 * lib/rewrite/generic/kinds21.fa.ts and lib/rewrite/neutral21.fa.ts (rwfa21), checked with a sample of their variant matrix
 * (scripts/fa-matrix21.ts): every family's parts combined, in four spellings (ZWNJ, none, a space, Arabic ي/ك), positives
 * and close contrasts. Families named KNOWN are the matrix's record, not a promise. Sentences generated from parts written
 * for the matrix, none from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { faMatrix21 } from '../../../scripts/fa-matrix21.ts';
import { runMatrixItem } from '../../../scripts/fa-matrix.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { GENERIC_PACK_ID } from '../../../lib/rewrite/generic/index.ts';
import { sampleByFamily, variantSampleSuite } from './helpers.ts';

variantSampleSuite(
  'Persian kinds of the twenty-first session: variant matrix (sample)',
  sampleByFamily(faMatrix21({ orthoAll: true }), 12, { skip: /^KNOWN:/, everyNeutral: false }),
  runMatrixItem,
  { setupTimeout: 120_000 },
);

const all = (draft: string) => suggestRewrites(draft, builtinPacks, { generic: true });
const gen = (draft: string) => all(draft).filter((s) => s.packId === GENERIC_PACK_ID);

describe('kinds21: what each reading offers', () => {
  it.each([
    ['مقررات حمل بار این شرکت ایجاب می‌نماید پاوربانک در بار دستی حمل شود.', 'policy-shield'],
    ['سامانه رزرو، ثبت نوبت دوم را مجاز نمی‌داند.', 'system-blocks'],
    ['اطمینان ندارم که قطعه تا شنبه برسد.', 'not-knowing'],
    ['صراحتاً اعلام می‌شود که زمان آزمون تغییر نکرده است.', 'candour-opener'],
    ['خب طبیعیه دیگه، صف شلوغه', 'minimising'],
    ['موضوع آن‌قدرها هم که فرموده‌اید حاد نیست.', 'minimising'],
    ['نیازی به تماس‌های مکرر نیست.', 'minimising'],
    ['شرمنده، کلاس‌ها یکشنبه‌ها ساعت ۷ است.', 'apology-reflex'],
    ['ممکن است بتوانم نوبت دیگری پیدا کنم.', 'hedged-effort'],
    ['صدور ویزا در اختیار این آژانس نبوده است.', 'handled-elsewhere'],
  ])('%s -> %s', (draft, construction) => {
    expect(gen(draft).map((s) => s.ruleId)).toContain(construction);
  });

  it('a candour adverb before a verb of telling is deleted where it opens the sentence (candour.fa20.ts)', () => {
    const s = gen('صراحتاً اعلام می‌شود که زمان آزمون تغییر نکرده است.').find((x) => x.ruleId === 'candour-opener');
    expect(s?.kind).toBe('rewrite');
  });

  it.each([
    'طبق ضوابط کلینیک، همراه بیمار می‌تواند در اتاق بماند.',
    'به استحضار می‌رساند خسارت جنابعالی تأیید و به حساب شما واریز گردید.',
    'نمی‌دونم چطوری ازتون تشکر کنم.',
    'مشکلی نیست، پرداخت قسطتون درست انجام شده.',
    'سامانه اجازه ورود کسی جز خود شما را نمی‌دهد.',
  ])('neutral: %s', (draft) => {
    expect(all(draft).map((s) => `${s.ruleId}:${s.original}`)).toEqual([]);
  });
});
