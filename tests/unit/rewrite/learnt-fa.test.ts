// @vitest-environment node
/**
 * The learnt Persian reader (lib/rewrite/learnt/neg.fa.ts) and the engine's last stage that shows it
 * (addLearntAdviceFa in lib/rewrite/engine.ts): advice only, never over quoted customer text or a signature, never where a rule
 * flagged the words, reassuring negations and polite look-alikes left alone, and the shipped weights' output on a fixed
 * sample stable (scripts/train-neg-fa.ts --check says whether the shipped file is what the script writes).
 * Sentences are this test's own (other trades than the evaluation sets).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LEARNT_DEFAULT } from '../../../lib/rewrite/engine.ts';
import { GENERIC_PACK_ID } from '../../../lib/rewrite/generic/index.ts';
import { LEARNT_CATEGORY, loadNegFaModel, negFaModel, readNegFa } from '../../../lib/rewrite/learnt/neg.fa.ts';
import { expectHashedFeatures, expectLearntSwitches, learntOnly as learnt, runLearnt as run } from './helpers.ts';

/** An order to read the invoice again after "I told you already": the fixed sample's sentence (below). */
const TOLD_READ = 'دوست عزیز قبلا هم گفتم، فاکتور رو کامل بخون.';
/**
 * An order to read the form first after "I told you already": the rule takes the reproach, the reader the order.
 * (ml40) Retrained with late38 in, the reader no longer reads «بخون» of TOLD_READ (0.754 → 0.637 under the threshold
 * 0.7: small shifts over the verb's features, no one item); the engine's switches are checked on an order it still reads.
 */
const FIRES = 'قبلا هم گفتم، اول فرم رو کامل بخون بعد زنگ بزن.';

describe('learnt Persian reader', () => {
  // The weights load on first use (a dynamic import); a page that turns the reader on awaits them as this does.
  beforeAll(() => loadNegFaModel());

  it('the shipped weights decode to a model of every category it names', () => {
    const m = negFaModel()!;
    expect(m.threshold).toBeGreaterThan(0.5);
    expect(m.classes.length).toBeGreaterThan(10);
    for (const c of m.classes) expect(LEARNT_CATEGORY[c], c).toBeDefined();
  });

  it('reads the same spans on a fixed sample (weights and features stable)', () => {
    const sample = ['تمدید کارت پارکینگ به صورت تلفنی انجام پذیر نیست.', TOLD_READ, 'راستش خبر ندارم کی قطعه می‌رسه.', 'والا من در جریان نیستم، از همکارم بپرسید.', 'بار شما فردا ساعت ۹ تحویل داده می‌شود.'];
    const got = sample.map((t) => readNegFa(t).map((h) => `${t.slice(h.start, h.end)}:${h.category}`));
    // (ml31) Retrained with train31 and late30: «قبلا» joins the reproach. (Thirty-first session's retrain after the
    // merges, train31's second Persian writer included: the reader reads «انجام پذیر» of «… انجام پذیر نیست» as a refusal
    // again; the engine leaves it to the rules, which flag the sentence.)
    // (ml32) Retrained with late31 in: «هم گفتم» without «قبلا» again, as in ml30.
    // (ml33) Retrained with late32 in: «قبلا هم گفتم» named dismissive (the rule flags it first in the engine), and «در
    // جریان نیستم» ("I'm not in the loop, ask my colleague") read as not knowing, as a person would mark it.
    // (Thirty-third session's retrain after the merges: «هم گفتم» without «قبلا», passive-aggressive, as in ml32.)
    // (Session 34, retrained with late33 in: «قبلا هم گفتم» whole, dismissive, as in ml33.)
    // (ml34, the word table 2^19: the refusal takes its negation, «انجام پذیر نیست»; «هم گفتم» without «قبلا»,
    // passive-aggressive, as in ml32; in the engine FIRES still gets the one learnt advice, «بخون», below.)
    // (The lead kept 2^17 and retrained on the merged rules with train34 in: «انجام پذیر» without the negation again.)
    // (Session 35, retrained with late34 in: «قبلا هم گفتم» whole, passive-aggressive.)
    // (data35, the writer splits weighted twice: «انجام پذیر» no longer read; the rule not-available flags «پذیر نیست».)
    // (Session 35, retrained after the merges with train35 … train35d in: «پذیر نیست» read as a refusal with its negation;
    // «هم گفتم» without «قبلا», passive-aggressive, as in ml32.)
    // (Session 36, retrained with late35 in: the refusal left to the rule not-available again; «در جریان نیستم» whole.)
    // (Session 37, retrained with late36 in: «قبلا هم گفتم» whole, same category; retrained again on kinds37's rules:
    // «پذیر نیست» read as a refusal with its negation, as after session 35's merges.)
    // (Session 38, retrained with late37 in: «هم گفتم» without «قبلا», as in ml32; «بخون» read as a command put on the
    // customer, its category in the brief; «جریان نیستم» without «در».)
    // (fa38, retrained on kinds38's rules: «بخون» after «هم گفتم» read as the reproach it ends, passive-aggressive.)
    // (ml40, retrained with late38 in: «قبلا هم گفتم» whole, as in session 37; «بخون» no longer read, a miss the rule's
    // reproach flag leaves standing — the engine's advice on an order after the reproach is checked on FIRES.)
    expect(got).toEqual([['پذیر نیست:refusal'], ['قبلا هم گفتم:passive-aggressive'], ['راستش خبر ندارم:not-knowing'], ['جریان نیستم:not-knowing'], []]);
  });

  it('adds advice over words no rule flagged, naming them, in both languages', () => {
    for (const uiLang of ['fa', 'en'] as const) {
      const list = run(FIRES, { uiLang });
      const add = learnt(list);
      expect(add).toHaveLength(1);
      const s = add[0];
      expect(s.kind).toBe('advice');
      expect(s.replacements).toEqual([]);
      expect(s.packId).toBe(GENERIC_PACK_ID);
      expect(FIRES.slice(s.flagged.start, s.flagged.end)).toBe('بخون');
      expect(s.explanation).toContain('بخون');
      expect(/[\u0600-\u06FF]{4}/.test(s.explanation.replace('بخون', ''))).toBe(uiLang === 'fa');
      // Never over a rule's words.
      for (const r of list) if (r !== s) expect(r.flagged.end <= s.flagged.start || s.flagged.end <= r.flagged.start).toBe(true);
    }
  });

  it('is on by default (session 29), off with learnt: false, with the generic readers off, and when silenced', () => {
    expect(LEARNT_DEFAULT).toBe(true);
    // (fa38) The retrain names «بخون» passive-aggressive (above): that is the rule id silenced.
    expectLearntSwitches(FIRES, 'learnt-passive-aggressive');
  });

  it('never reads quoted customer text or a signature', () => {
    const quoted = `سلام، فاکتور امروز براتون ایمیل شد.\n\n> ${FIRES}\n> تعمیر گوشی که آب خورده در گارانتی لحاظ نمی‌شه`;
    expect(learnt(run(quoted))).toEqual([]);
    const inline = `شما نوشتید «${FIRES}» — فاکتور اصلاح‌شده پیوست است.`;
    expect(learnt(run(inline)).filter((s) => s.flagged.start < inline.indexOf('»'))).toEqual([]);
    const signed = `سلام، سفارش شما ثبت شد.\n\nبا احترام\nواحد پشتیبانی\n${FIRES}`;
    expect(learnt(run(signed)).filter((s) => s.flagged.start > signed.indexOf('با احترام'))).toEqual([]);
  });

  it('leaves reassuring negations and polite look-alikes alone', () => {
    for (const t of [
      'نگران نباشید، هیچ هزینه‌ای بابت جابجایی از شما کسر نمی‌شود.',
      'نمی‌دانم با چه زبانی از لطف شما تشکر کنم.',
      'طبق قوانین باربری، بیمه بار برای شما رایگان است.',
      'ویرایش طرح تا قبل از چاپ رایگان است.',
      'از لحاظ فنی مشکلی وجود ندارد و کارت شما فعال است.',
      'بار شما فردا ساعت ۹ تحویل داده می‌شود.',
      'هیچ محدودیتی برای تعداد دفعات تعویض سایز وجود ندارد.',
      'فرقی نمی‌کنه کدوم شعبه برید، همه‌جا تحویل می‌دن.',
    ])
      expect(learnt(run(t)), t).toEqual([]);
  });
});

describe('learnt Persian reader: hashed features', () => {
  it('hashes the same names featuresFa and sentenceFeaturesFa build, in the same order', async () => {
    const { analyzeSentenceTokens } = await import('../../../lib/nlp/index.ts');
    const { hashFeature } = await import('../../../lib/rewrite/learnt/neg.fa.ts');
    const f = await import('../../../lib/rewrite/learnt/features.fa.ts');
    const forms = { words: f.featuresFa, wordHashes: f.featureHashesFa, sentence: f.sentenceFeaturesFa, sentenceHashes: f.sentenceFeatureHashesFa };
    expectHashedFeatures(['متأسفانه نمی‌تونیم سفارش شما رو لغو کنیم، چون قبلاً ارسال شده.', 'شما باید خودتون فرم رو پر می‌کردید و ما مسئولیتی نداریم!', 'hi sorry، کد OTP رو دوباره بفرستید؟', 'نه نه نه، نمی‌شه نمی‌شه.'], forms, hashFeature, analyzeSentenceTokens);
  });

  it('gives a word of a run-on clause as many features however many negations the clause holds (linear in the draft)', async () => {
    const { analyzeSentenceTokens } = await import('../../../lib/nlp/index.ts');
    const f = await import('../../../lib/rewrite/learnt/features.fa.ts');
    const most = (times: number) => Math.max(...f.featureHashesFa(analyzeSentenceTokens('نمی‌توانم تا '.repeat(times))).map((h) => h.length));
    expect(most(40)).toBe(most(400));
    // Both forms agree on a clause over the cap too.
    const t = analyzeSentenceTokens('نمی‌توانم تا '.repeat(f.CLAUSE_NEG_CAP + 3));
    expect(f.featureHashesFa(t).map((h) => h.length)).toEqual(f.featuresFa(t).map((w) => w.length));
  });
});
