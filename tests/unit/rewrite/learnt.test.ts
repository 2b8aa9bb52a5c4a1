// @vitest-environment node
/**
 * The learnt clause reader (lib/rewrite/learnt.ts): close contrasts it must leave alone, what it adds to the engine's
 * list (advice only, a short stretch of real words, never over a rule's sentence, never in quoted text), how it is
 * switched off and silenced like a pack, and its explanations in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { explainLearnt, LEARNT_ON_BY_DEFAULT, LEARNT_PACK_IDS, readLearnt, setLearntModel } from '../../../lib/rewrite/learnt.ts';
import { LEARNT_CATEGORIES, LEARNT_RULE_CATEGORY, type LearntModelJson } from '../../../lib/rewrite/learnt/model.ts';
import { sentenceFeatures } from '../../../lib/rewrite/learnt/features.ts';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { strings } from '../../../lib/i18n/strings/rewrite.ts';
import { LEARNT_CONTRASTS, LEARNT_POSITIVES } from '../../../scripts/learnt-matrix.ts';

const learnt = (draft: string, o: Parameters<typeof suggestRewrites>[2] = {}) =>
  suggestRewrites(draft, builtinPacks, { cache: false, learnt: true, ...o }).filter((s) => s.packId.startsWith('tactful-learnt'));

/** A sentence no rule flags (a refusal put on the computer), read by a fixed test model below (the wiring must not hang
 * on what the trained weights say about one sentence). */
const HALF_PROMISE = 'tried to book it but computer says no again.';
const FA_SENTENCE = 'نوبت فردا ساعت ده برای شما ثبت شد.';
const sys = LEARNT_CATEGORIES.indexOf('system');
const testModel = (lang: 'en' | 'fa', weights: LearntModelJson['weights']): LearntModelJson => ({
  format: 'tactful-learnt',
  version: 1,
  lang,
  trainedOn: ['unit-test'],
  threshold: 2,
  bias: -3,
  categories: [...LEARNT_CATEGORIES],
  weights,
});
const EN_TEST = testModel('en', { 'u:computer': [2.5, sys], 'b:say !no': [3, sys], 'u:thanks': -2 });
const FA_TEST = testModel('fa', { 'u:فردا': [2.5, sys], 'b:ثبت شدن': [3, sys] });

describe('learnt reader: close contrasts stay as they are', () => {
  for (const lang of ['en', 'fa'] as const) {
    it(`${lang}: none of the look-alike contrasts is flagged`, () => {
      const flagged = LEARNT_CONTRASTS[lang].filter((s) => readLearnt(lang, s));
      expect(flagged).toEqual([]);
    });
  }
  it('the contrasts named in the brief', () => {
    for (const s of ["you don't need to do anything", 'no problem, done', "I can't wait to see you", 'Kindly follow the instructions below.', 'To cancel your order, please take the following steps.']) expect(readLearnt('en', s)).toBeNull();
  });
  it('reads most of its own look-alike positives (the rules already catch most of them: it is the tier after)', () => {
    // Twenty-fourth session: trained on the look-alike contrasts too, and English at p >= 0.99, it reads fewer of them.
    expect(LEARNT_POSITIVES.en.filter((s) => readLearnt('en', s)).length).toBeGreaterThanOrEqual(4);
    expect(LEARNT_POSITIVES.fa.filter((s) => readLearnt('fa', s)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('learnt reader: features', () => {
  it('folds contractions with and without apostrophes and scopes negation', () => {
    const a = sentenceFeatures('en', analyzeSentenceTokens("We can't carry it")).feats;
    const b = sentenceFeatures('en', analyzeSentenceTokens('we cant carry it')).feats;
    expect(a).toEqual(b);
    expect(a).toContain('u:~carry');
    expect(a).toContain('c:S1+NEG');
  });
  it('never reads numbers or names inside a sentence (a first word is kept out by the trainer\'s several-splits rule)', () => {
    const f = sentenceFeatures('en', analyzeSentenceTokens('I told Bella she needs 3 doses from Dr Patel')).feats.join(' ');
    expect(f).not.toMatch(/bella|patel|3/i);
  });
  it('reads a Persian verb by lemma, polarity and person, whatever its spelling', () => {
    const a = sentenceFeatures('fa', analyzeSentenceTokens('نمی‌تونیم ارسال کنیم')).feats;
    const b = sentenceFeatures('fa', analyzeSentenceTokens('نمیتونیم ارسال کنیم')).feats;
    expect(a).toEqual(b);
    expect(a.some((f) => f.startsWith('v:!توانستن.1p'))).toBe(true);
  });
});

describe('learnt reader in the engine', () => {
  beforeAll(() => {
    setLearntModel('en', EN_TEST);
    setLearntModel('fa', FA_TEST);
  });
  afterAll(() => {
    setLearntModel('en', undefined);
    setLearntModel('fa', undefined);
  });
  it('adds advice only, over a short stretch of real words, with an explanation naming them', () => {
    const [s] = learnt(HALF_PROMISE);
    expect(s).toMatchObject({ kind: 'advice', replacements: [], packId: LEARNT_PACK_IDS.en, language: 'en', severity: 'hint' });
    expect(s.original).toBe(HALF_PROMISE.slice(s.start, s.end));
    expect(s.original.split(/\s+/).length).toBeLessThanOrEqual(6);
    expect(s.original).not.toMatch(/^(?:please|thanks?|hi|hello|the|a|to|i|we|you)$/i);
    expect(s.explanation).toContain(s.original);
  });
  it('explains in the panel language', () => {
    const [s] = learnt(HALF_PROMISE, { uiLang: 'fa' });
    expect(s.explanation).toMatch(/[\u0600-\u06FF]/);
  });
  it('is on by default in the languages it ships on in (English), off with learnt: false, on everywhere with true', () => {
    const only = (d: string, o: Parameters<typeof suggestRewrites>[2]) => suggestRewrites(d, builtinPacks, { cache: false, ...o }).filter((s) => s.packId.startsWith('tactful-learnt'));
    expect(LEARNT_ON_BY_DEFAULT).toEqual({ en: true, fa: false });
    expect(only(HALF_PROMISE, {}).length).toBe(1);
    expect(only(HALF_PROMISE, { learnt: false })).toEqual([]);
    expect(only(FA_SENTENCE, {})).toEqual([]);
    expect(only(FA_SENTENCE, { learnt: true })).toMatchObject([{ packId: LEARNT_PACK_IDS.fa, kind: 'advice', language: 'fa' }]);
  });
  it('says it is a learnt reading, in both languages', () => {
    expect(explainLearnt('refusal', 'en', 'x')).toMatch(/^Learnt reading/);
    expect(explainLearnt('refusal', 'fa', 'x')).toMatch(/^خوانش آموخته/);
  });
  it('is off when its pseudo-pack is disabled, and a category can be silenced', () => {
    const [s] = learnt(HALF_PROMISE);
    expect(learnt(HALF_PROMISE, { disabledPacks: new Set([LEARNT_PACK_IDS.en]) })).toEqual([]);
    expect(learnt(HALF_PROMISE, { silenced: new Set([`${LEARNT_PACK_IDS.en}/${s.ruleId}`]) })).toEqual([]);
    expect(learnt(HALF_PROMISE, { generic: false })).toEqual([]);
    expect(learnt(HALF_PROMISE, { minSeverity: 'warning' })).toEqual([]);
  });
  it('never reads a sentence a rule already flagged, nor quoted customer text', () => {
    const draft = `> ${HALF_PROMISE}\n\nThanks for your message.`;
    const q: [number, number] = [0, draft.indexOf('\n')];
    expect(learnt(draft, { exclude: [q] })).toEqual([]);
    const both = `We can't refund that. ${HALF_PROMISE}`;
    const all = suggestRewrites(both, builtinPacks, { cache: false, learnt: true });
    for (const s of all.filter((x) => x.packId.startsWith('tactful-learnt'))) for (const r of all.filter((x) => !x.packId.startsWith('tactful-learnt'))) expect(r.end <= s.start || s.end <= r.start).toBe(true);
  });
  it('has a suggestion category and an explanation for every learnt category, in English and Persian', () => {
    for (const c of LEARNT_CATEGORIES) {
      expect(LEARNT_RULE_CATEGORY[c]).toBeTruthy();
      const key = `rewrite.learnt.${c}` as keyof typeof strings.en;
      expect(strings.en[key]).toContain('{words}');
      expect((strings.fa as Record<string, string>)[key]).toContain('{words}');
      expect(explainLearnt(c, 'en', 'won’t carry')).toContain('won’t carry');
    }
  });
});
