// @vitest-environment node
/**
 * (ml34) The learnt readers' ml34 pieces: the Persian clause gates reading formal light verbs («ثبت نمودید», «تکمیل
 * فرمودید») as the customer's own past action (gates.clause.ts FORMAL_VERBS_FA), with look-alikes of my own in other
 * trades and the contrasts that must stay read (a negation, a reproach, a cause, a passive, a request); the extra
 * features tried by the CV (features.extra.ts: character trigrams, a wider window, clauses split at «و»): the trainer's
 * names and the reader's hashes agree with them on, and the «و» split cuts only where a verb stands on both sides.
 * learnt-* test files are left out of the readers' training pool.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { clauseGateFa, FORMAL_VERBS_FA } from '../../../lib/rewrite/learnt/gates.clause.ts';
import { andSplitFa, EXTRA34 } from '../../../lib/rewrite/learnt/features.extra.ts';
import { featureHashesEn, featuresEn } from '../../../lib/rewrite/learnt/features.en.ts';
import { featureHashesFa, featuresFa, sentenceFeatureHashesFa, sentenceFeaturesFa } from '../../../lib/rewrite/learnt/features.fa.ts';
import { hashFeature } from '../../../lib/rewrite/learnt/model.ts';
import { ASIDE_SPLITS, EVAL_SPLITS, HELD_OUT_SPLIT } from '../../bench/rewrite-quality.ts';
import { trainSplits } from '../../../scripts/learnt-train.ts';
import { CV_FOLDS } from '../../../scripts/learnt-cv.ts';

/** Whether the shipped Persian clause gates drop a span of `category` over the first occurrence of `words` in `text`. */
function drops(category: string, text: string, words: string): boolean {
  const tokens = analyzeSentenceTokens(text);
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`«${words}» not in «${text}»`);
  const span = tokens.filter((t) => t.word && t.start >= at && t.end <= at + words.length);
  return clauseGateFa(category, text, tokens, span);
}

describe('Persian youPast reads formal light verbs (ml34)', () => {
  it('drops a span over the customer’s own past action told back in the formal register', () => {
    expect(FORMAL_VERBS_FA.on).toBe(true);
    expect(drops('blame', 'شما سفارش را در تاریخ دهم ثبت نمودید.', 'ثبت نمودید')).toBe(true);
    expect(drops('blame', 'جنابعالی فرم درخواست وام را تکمیل فرمودید.', 'تکمیل فرمودید')).toBe(true);
    expect(drops('passive-aggressive', 'شما نوبت دندانپزشکی را برای شنبه رزرو نمودید.', 'رزرو نمودید')).toBe(true);
    expect(drops('blame', 'شما مبلغ قسط را از طریق درگاه پرداخت فرمودید.', 'پرداخت فرمودید')).toBe(true);
    // The colloquial and plain forms as before.
    expect(drops('blame', 'شما رمز رو دیروز عوض کردید.', 'عوض کردید')).toBe(true);
  });
  it('keeps a formal action that is negated, reproached, named as a cause, modal, or not the customer’s', () => {
    expect(drops('blame', 'شما فرم را تکمیل ننمودید.', 'تکمیل ننمودید')).toBe(false);
    expect(drops('blame', 'شما کد ملی را اشتباه وارد نمودید.', 'اشتباه وارد نمودید')).toBe(false);
    expect(drops('blame', 'شما رمز را عوض نمودید، برای همین حساب مسدود شد.', 'عوض نمودید')).toBe(false);
    expect(drops('blame', 'شما باید مدارک را ارسال می‌نمودید.', 'ارسال')).toBe(false);
    expect(drops('blame', 'شما قبلا هم همین سوال را مطرح فرمودید.', 'مطرح فرمودید')).toBe(false);
    expect(drops('refusal', 'سفارش شما لغو گردید.', 'لغو گردید')).toBe(false);
    expect(drops('command', 'لطفا مدارک را ارسال فرمایید.', 'ارسال فرمایید')).toBe(false);
  });
  it('is the only change: switched off, a formal action is not read', () => {
    FORMAL_VERBS_FA.on = false;
    try {
      expect(drops('blame', 'شما سفارش را در تاریخ دهم ثبت نمودید.', 'ثبت نمودید')).toBe(false);
    } finally {
      FORMAL_VERBS_FA.on = true;
    }
  });
});

describe('Persian clauses split at «و» between two verbs (andSplitFa)', () => {
  const parts = (s: string) =>
    andSplitFa(analyzeSentenceTokens(s))
      .filter((t) => t.word)
      .map((t) => t.clause);
  it('splits where a verb stands before the «و» and another after it', () => {
    expect(parts('شما درخواست را لغو کردید و پول برگشت داده شد.')).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(parts('سفارش رو ثبت نمودید و ما ارسال کردیم.')).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(parts('نمی‌تونم و نمی‌خوام.')).toEqual([0, 1, 1]);
  });
  it('leaves «و» between nouns, and a clause with one verb, as one clause', () => {
    expect(parts('کتاب و دفتر را فرستادیم.')).toEqual([0, 0, 0, 0, 0]);
    expect(parts('لطفا رسید و کارت ملی را بیاورید.')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('extra features: the trainer’s names and the reader’s hashes agree (features.extra.ts)', () => {
  afterEach(() => {
    for (const l of ['en', 'fa'] as const) EXTRA34[l] = { chars: false, wide: false, andSplit: false };
  });
  const same = (names: string[][], hashes: Int32Array[]) => names.length === hashes.length && names.every((f, i) => f.length === hashes[i].length && f.every((x, j) => (hashFeature(x) | 0) === hashes[i][j]));
  it('English, with character trigrams and the wider window', () => {
    EXTRA34.en = { chars: true, wide: true, andSplit: false };
    for (const s of ['Unfortunatly we cant do that, you should of read the email.', "I'm not able to refund it untill Monday."]) {
      const tokens = analyzeSentenceTokens(s);
      expect(same(featuresEn(tokens), featureHashesEn(tokens))).toBe(true);
      expect(featuresEn(tokens).flat()).toContain('g3:^un');
    }
  });
  it('Persian, with every extra on', () => {
    EXTRA34.fa = { chars: true, wide: true, andSplit: true };
    for (const s of ['متاسفانه نمیتونم این کار رو بکنم و شما باید صبر کنید.', 'شما سفارش را ثبت نمودید و ما ارسال نکردیم.']) {
      const tokens = analyzeSentenceTokens(s);
      expect(same(featuresFa(tokens), featureHashesFa(tokens))).toBe(true);
      const bag = sentenceFeaturesFa(tokens);
      expect([...sentenceFeatureHashesFa(tokens)]).toEqual(bag.map((x) => hashFeature(x) | 0));
    }
  });
});

describe('training splits (a writer split such as train31 / train34 is training data once listed)', () => {
  it('every listed split with a fixture file but the held-out and aside ones trains the readers, never as a CV fold', () => {
    for (const lang of ['en', 'fa'] as const) {
      const splits = trainSplits(lang);
      expect(splits).toContain('train31');
      expect(splits).toContain('late33');
      expect(splits).not.toContain(HELD_OUT_SPLIT);
      for (const s of ASIDE_SPLITS) expect(splits).not.toContain(s);
      for (const s of splits) expect(EVAL_SPLITS).toContain(s);
    }
    expect(CV_FOLDS.filter((s) => s.startsWith('train'))).toEqual([]);
  });
});
