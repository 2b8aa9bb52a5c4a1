// @vitest-environment node
/**
 * Persian morphology and register (lib/nlp/fa.ts): the verb forms the rewrite rules read, the
 * register a replacement must keep, and how a replacement is fitted to the draft around it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFaWord, analyzeFaWordWide, faRegister, fitFaReplacements, inflectFa, orderByRegister, positiveFa } from '../../../lib/nlp/index.ts';

describe('Persian verb morphology', () => {
  it('reads a preverb joined to the verb (برنمی‌آید, برنمیاد, برمی‌گردونیم) but not nouns that start with بر', () => {
    expect(analyzeFaWord('برنمیاد')).toMatchObject({ lemma: 'برآمدن', negative: true, verb: { colloquial: true, person: { person: 3, plural: false } } });
    expect(analyzeFaWord('برنمیآید')).toMatchObject({ lemma: 'برآمدن', negative: true, verb: { colloquial: false } });
    expect(analyzeFaWord('برمیگردونیم')).toMatchObject({ lemma: 'برگرداندن', negative: false, verb: { person: { person: 1, plural: true }, colloquial: true } });
    for (const w of ['برنامه', 'برای', 'بررسی', 'برداشت']) expect(analyzeFaWord(w), w).toBeNull();
  });

  it('knows the verbs of common support phrases (حرص نخورید, نمی‌خونم) and keeps «با», «میان» as the words they are', () => {
    expect(analyzeFaWord('نخورید')).toMatchObject({ lemma: 'خوردن', negative: true, verb: { person: { person: 2, plural: true } } });
    expect(analyzeFaWord('نمیخونم')).toMatchObject({ lemma: 'خواندن', negative: true, verb: { colloquial: true } });
    expect(analyzeFaWord('نمیام')).toMatchObject({ lemma: 'آمدن', negative: true, verb: { colloquial: true, person: { person: 1, plural: false } } });
    expect(analyzeFaWord('با')).toBeNull();
    expect(analyzeFaWord('میان')).toBeNull();
  });

  it('reads wide (the generic reader) the formal light and passive verbs of replies (نمایید, فرمایید, رد گردید, نمی‌گردد, نمی‌توان) and a light verb without ب (ارسال کنید, انجام شود)', () => {
    expect(analyzeFaWordWide('نمایید')).toMatchObject({ lemma: 'نمودن', verb: { subjunctive: true, person: { person: 2, plural: true } } });
    expect(analyzeFaWordWide('فرمایید')).toMatchObject({ lemma: 'فرمودن', verb: { subjunctive: true } });
    expect(analyzeFaWordWide('گردید')).toMatchObject({ lemma: 'گردیدن', verb: { tense: 'past', person: { person: 3, plural: false } } });
    expect(analyzeFaWordWide('نمیگردد')).toMatchObject({ lemma: 'گردیدن', negative: true, verb: { tense: 'present' } });
    expect(analyzeFaWordWide('نمیتوان')).toMatchObject({ lemma: 'توانستن', negative: true, verb: { person: { person: 3, plural: false } } });
    expect(analyzeFaWordWide('کنید')).toMatchObject({ lemma: 'کردن', verb: { subjunctive: true, person: { person: 2, plural: true } } });
    expect(analyzeFaWordWide('شود')).toMatchObject({ lemma: 'شدن', verb: { subjunctive: true, person: { person: 3, plural: false } } });
  });

  it('reads wide ب with the present stem only (بپرسید is پرس + ید, not the past پرسید) and keeps بدون, بدهی, نگه, کند as words', () => {
    expect(analyzeFaWordWide('بپرسید')).toMatchObject({ lemma: 'پرسیدن', verb: { tense: 'present', subjunctive: true, person: { person: 2, plural: true } } });
    expect(analyzeFaWordWide('برسید')).toMatchObject({ lemma: 'رسیدن', verb: { tense: 'present', person: { person: 2, plural: true } } });
    expect(analyzeFaWordWide('بفرستید')).toMatchObject({ verb: { tense: 'present' } });
    for (const w of ['بدون', 'بدهی', 'نگه', 'کند']) expect(analyzeFaWordWide(w), w).toBeNull();
  });

  it('keeps the narrow reading the packs and the tone reader were tuned on', () => {
    expect(analyzeFaWord('کنید')).toBeNull();
    expect(analyzeFaWord('نمایید')).toBeNull();
    expect(analyzeFaWord('بدون')).not.toBeNull();
  });

  it('drops the negation after a preverb where it stands: برنمیاد -> برمیاد', () => {
    expect(positiveFa('برنمیاد')).toBe('برمیاد');
    expect(positiveFa('برنمی‌آید')).toBe('برمی‌آید');
  });

  it('inflects for the person of the replaced verb and keeps the ending the writer used', () => {
    const we = { person: 1, plural: true } as const;
    expect(inflectFa('توانستن', { person: we, colloquial: true })).toBe('می‌تونیم');
    expect(inflectFa('توانستن', { person: we, colloquial: false })).toBe('می‌توانیم');
    // «می‌تونید»: colloquial stem, formal ending; the ending stays «ید».
    expect(inflectFa('توانستن', { person: { person: 2, plural: true }, colloquial: true, ending: 'ید' })).toBe('می‌تونید');
    expect(inflectFa('توانستن', { person: { person: 2, plural: true }, colloquial: true })).toBe('می‌تونین');
    // An ending of another person is not taken over.
    expect(inflectFa('توانستن', { person: we, colloquial: true, ending: 'م' })).toBe('می‌تونیم');
  });
});

describe('Persian register', () => {
  it('tells formal written Persian from colloquial, whatever the spelling of ZWNJ, ي/ك or punctuation', () => {
    expect(faRegister('متأسفانه من تا ماه آینده نمی‌توانم آن محصول را برای شما تهیه کنم.')).toBe('formal');
    expect(faRegister('نمی توانیم این کار را انجام دهیم.')).toBe('formal');
    expect(faRegister('سفارش شما ارسال می‌شود.')).toBe('formal');
    expect(faRegister('نمی‌تونم براتون تخفیف بذارم.')).toBe('colloquial');
    // Nouns that only end like a clitic, and words that only read as a verb, show no register.
    for (const w of ['آزمون', 'زیتون', 'قانون', 'شهرستان', 'بیمارستان', 'ساختمان', 'سازمان', 'بدون', 'بر', 'بد']) expect(faRegister(w)).toBeNull();
    expect(faRegister('نتیجه آزمون بدون مشکل ثبت شد')).toBeNull();
    expect(faRegister('نتیجه آزمونتون رو فرستادم')).toBe('colloquial');
    expect(faRegister('نتیجه آزمون‌تان را فرستادم')).toBe('formal');
    expect(faRegister('نميتونيم حساب رو منتقل کنيم')).toBe('colloquial');
    expect(faRegister('چند بار باید بگم؟')).toBe('colloquial');
    expect(faRegister('آروم باش، چیزی نشده.')).toBe('colloquial');
  });

  it('says nothing when the text shows no register', () => {
    expect(faRegister('سفارش شما لغو شد.')).toBeNull();
    expect(faRegister('شما باید صبر کنید.')).toBeNull();
    expect(faRegister('Hello there')).toBeNull();
  });

  it('orders alternatives: the sentence’s register first, then none, then the other; rule order within each', () => {
    const formal = 'اجازه بدهید ببینم چه کاری از دستم برمی‌آید';
    const colloquial = 'بذارین ببینم چه کاری از دستم برمیاد';
    const plain = 'ممنون از پیام شما';
    expect(orderByRegister([formal, plain, colloquial], 'ببخشید ولی قانون شرکته دیگه.')).toEqual([colloquial, plain, formal]);
    expect(orderByRegister([colloquial, plain, formal], 'طبق مقررات این کار امکان‌پذیر نمی‌باشد.')).toEqual([formal, plain, colloquial]);
    expect(orderByRegister([colloquial, formal], 'سفارش لغو شد.')).toEqual([colloquial, formal]);
  });

  it('orders by the words that differ, also when the shared words hold a verb with its prefix apart', () => {
    // The shared slot «کی می‌رسه» comes as «می» + «رسه»; read whole, it made both alternatives colloquial.
    const formal = '___ تا مشخص شود کی می‌رسه';
    const colloquial = '___ تا مشخص بشه کی می‌رسه';
    expect(orderByRegister([formal, colloquial], 'نمی‌دونیم کی می‌رسه.')).toEqual([colloquial, formal]);
    expect(orderByRegister(['___ تا مشخص شود کی می‌رسد', '___ تا مشخص بشه کی می‌رسد'], 'نمی‌دانیم کی می‌رسد.')).toEqual(['___ تا مشخص شود کی می‌رسد', '___ تا مشخص بشه کی می‌رسد']);
  });
});

describe('fitting a replacement to the draft', () => {
  it('joins می without ZWNJ when the writer does, and keeps ZWNJ when the writer uses it', () => {
    expect(fitFaReplacements(['در عوض می‌تونم ___'], 'نمیتونم سفارش رو لغو کنم.', '', ' سفارش رو لغو کنم.')).toEqual(['در عوض میتونم ___']);
    expect(fitFaReplacements(['در عوض می‌تونم ___'], 'نمی‌تونم سفارش رو لغو کنم.', '', ' سفارش رو لغو کنم.')).toEqual(['در عوض می‌تونم ___']);
    // «با کمال میل» is not a verb written without ZWNJ.
    expect(fitFaReplacements(['می‌تونم ___'], 'با کمال میل', '', '')).toEqual(['می‌تونم ___']);
  });

  it('never doubles a word at the seam on either side', () => {
    expect(fitFaReplacements(['این مورد با ___ است'], 'این مسئولیت ما نیست.', 'این ', '.')).toEqual(['مورد با ___ است']);
    expect(fitFaReplacements(['لطفاً فرم را پر کنید'], 'باید فرم را پر کنید لطفاً', '', ' کنید لطفاً')).toEqual(['لطفاً فرم را پر']);
    expect(fitFaReplacements(['', 'مورد'], 'این مورد', 'این ', '')).toEqual(['', 'مورد']);
  });
});
