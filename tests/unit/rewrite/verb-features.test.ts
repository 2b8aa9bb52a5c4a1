// @vitest-environment node
/**
 * Verb person, number, register and mood in the pattern language (issue #12): Persian
 * <lemma:features> in patterns restrict the forms that match, in replacements they set the form to
 * write (the rest from the matched verb, spelling included); {slot:imp} turns a 2nd person singular
 * verb into the imperative; English <be>/<have>/<do> agree with the subject before them.
 */
import { describe, expect, it } from 'vitest';
import { faImperative, inflectFa } from '../../../lib/nlp/index.ts';
import { parsePattern, parseReplacement } from '../../../lib/packs/pattern.ts';
import { applySuggestion, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { testPack } from './helpers.ts';

const fa = (rules: Parameters<typeof testPack>[0]) => testPack(rules, { formatVersion: 2, languages: ['fa'] });
const en = (rules: Parameters<typeof testPack>[0]) => testPack(rules, { formatVersion: 2, languages: ['en'] });
const applied = (draft: string, pack: ReturnType<typeof testPack>) => {
  const found = suggestRewrites(draft, [pack], { cache: false, generic: false });
  return found.length ? applySuggestion(draft, found[0]) : null;
};

describe('parsing <lemma:features>', () => {
  it('reads person, number, register and mood, in any order', () => {
    const p = parsePattern('<-توانستن:1p:colloquial> {x...}');
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.pattern.expansions[0][0]).toEqual({ lemma: 'توانستن', polarity: 'negative', feats: { person: 1, plural: true, register: 'colloquial' } });
    const r = parseReplacement('لطفاً <فرستادن:imp> و <توانستن:sg,formal>');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pieces.filter((x) => typeof x !== 'string')).toEqual([{ lemma: 'فرستادن', feats: { mood: 'imp' } }, { lemma: 'توانستن', feats: { plural: false, register: 'formal' } }]);
  });

  it('refuses unknown or repeated features, English lemmas, non-verbs and imp in a pattern, saying why', () => {
    expect(parsePattern('<-توانستن:we>')).toMatchObject({ ok: false, message: expect.stringContaining('"we" is not a feature') });
    expect(parsePattern('<-توانستن:1p:2s>')).toMatchObject({ ok: false, message: expect.stringContaining('twice') });
    expect(parsePattern('we <-can:1p>')).toMatchObject({ ok: false, message: expect.stringContaining('write the subject itself') });
    expect(parsePattern('<کتاب:1p>')).toMatchObject({ ok: false, message: expect.stringContaining('not one of them') });
    expect(parsePattern('<فرستادن:imp>')).toMatchObject({ ok: false, message: expect.stringContaining('for replacements') });
    expect(parsePattern('<-توانستن:>')).toMatchObject({ ok: false });
  });

  it('a slot in a replacement may take :imp, nothing else', () => {
    const r = parseReplacement('لطفاً {action:imp}');
    expect(r.ok && r.pieces[1]).toEqual({ slot: 'action', mood: 'imp' });
    expect(parseReplacement('{action:point}').ok).toBe(false);
  });
});

describe('a pattern restricted to a person, number or register', () => {
  const pack = fa([{ patterns: ['<-توانستن:1p> {x...}'], replacements: ['در عوض <توانستن> ___'], kind: 'template' }]);

  it('matches that person only, in every spelling and register', () => {
    for (const d of ['نمی‌تونیم کمکتون کنیم.', 'نمیتوانیم کمک کنیم.', 'نمی توانیم کمک کنیم.', 'نميتوانيم کمک کنيم.']) expect(applied(d, pack), d).not.toBeNull();
    for (const d of ['نمی‌تونم کمکتون کنم.', 'نمی‌تونید کمک کنید.', 'می‌تونیم کمک کنیم.']) expect(applied(d, pack), d).toBeNull();
  });

  it('register and number alone', () => {
    const colloquial = fa([{ patterns: ['<-شدن:colloquial> {x...}'], replacements: ['<شدن> {x}'] }]);
    expect(applied('نمی‌شه کاری کرد.', colloquial)).toBe('می‌شه کاری کرد.');
    expect(applied('نمی‌شود کاری کرد.', colloquial)).toBeNull();
    const singular = fa([{ patterns: ['<-دانستن:sg>'], replacements: ['<دانستن>'] }]);
    expect(applied('نمی‌دونم.', singular)).toBe('می‌دونم.');
    expect(applied('نمی‌دونیم.', singular)).toBeNull();
  });
});

describe('a replacement inflected for the matched verb', () => {
  it('takes the person, number and register of the matched verb, with what its features set instead', () => {
    const pack = fa([{ patterns: ['<-توانستن> {x...}'], replacements: ['<توانستن:1p> {x}'] }]);
    // «من» -> «ما»: the feature sets the person, the register and spelling stay the writer's.
    expect(applied('نمی‌تونم بفرستم.', pack)).toBe('می‌تونیم بفرستم.');
    expect(applied('نمی‌توانم بفرستم.', pack)).toBe('می‌توانیم بفرستم.');
    expect(applied('نمیتونم بفرستم.', pack)).toBe('میتونیم بفرستم.');
  });

  it('a subjunctive or imperative of another verb agrees with the matched one', () => {
    const pack = fa([{ patterns: ['باید <فرستادن> {x...}'], replacements: ['لطفاً <دادن:imp> {x}'] }]);
    expect(applied('باید بفرستید رسید را.', pack)).toBe('لطفاً بدهید رسید را.');
    expect(applied('باید بفرستین رسید رو.', pack)).toBe('لطفاً بدین رسید رو.');
    expect(applied('باید بفرستی رسید رو.', pack)).toBe('لطفاً بده رسید رو.');
    const subj = fa([{ patterns: ['<-توانستن> {x...}'], replacements: ['تلاش <کردن> {x} <فرستادن:subj>'] }]);
    expect(applied('نمی‌تونیم امروز.', subj)).toBe('تلاش می‌کنیم امروز بفرستیم.');
  });

  it('inflectFa: subjunctive and imperative forms, light verbs without ب, irregular imperatives', () => {
    const p = (person: 1 | 2 | 3, plural: boolean) => ({ person, plural });
    expect(inflectFa('فرستادن', { person: p(1, true), colloquial: false, mood: 'subj' })).toBe('بفرستیم');
    expect(inflectFa('فرستادن', { person: p(2, false), colloquial: true, mood: 'imp' })).toBe('بفرست');
    expect(inflectFa('فرستادن', { person: p(2, true), colloquial: true, mood: 'imp' })).toBe('بفرستین');
    expect(inflectFa('فرستادن', { person: p(2, true), colloquial: false, mood: 'imp' })).toBe('بفرستید');
    expect(inflectFa('کردن', { person: p(2, true), colloquial: false, mood: 'imp' })).toBe('کنید');
    expect(inflectFa('شدن', { person: p(3, false), colloquial: false, mood: 'subj' })).toBe('شود');
    expect(inflectFa('شدن', { person: p(3, false), colloquial: true, mood: 'subj' })).toBe('بشه');
    expect(inflectFa('آمدن', { person: p(2, false), colloquial: true, mood: 'imp' })).toBe('بیا');
    expect(inflectFa('آوردن', { person: p(1, true), colloquial: false, mood: 'subj' })).toBe('بیاوریم');
    expect(inflectFa('بودن', { person: p(2, true), colloquial: true, mood: 'imp' })).toBe('باشین');
    expect(inflectFa('دادن', { person: p(2, false), colloquial: false, mood: 'imp' })).toBe('بده');
  });
});

describe('{slot:imp}: the informal «you» verb of a command becomes an imperative', () => {
  it('2nd person singular subjunctive or bare present -> imperative, as the writer spelt it', () => {
    expect(faImperative('مدارک رو بفرستی')).toBe('مدارک رو بفرست');
    expect(faImperative('صبر کنی.')).toBe('صبر کن.');
    expect(faImperative('کد رو بهم بدی')).toBe('کد رو بهم بده');
    expect(faImperative('بهشون بگی')).toBe('بهشون بگو');
    expect(faImperative('زودتر بیای')).toBe('زودتر بیا');
    expect(faImperative('به ما بگویی')).toBe('به ما بگو');
  });

  it('leaves everything else alone', () => {
    for (const t of ['مدارک را بفرستید', 'بفرستین', 'بفرستیم', 'می‌فرستی', 'کتابی', 'نفرستی', 'send it']) expect(faImperative(t), t).toBe(t);
  });

  it('in a replacement', () => {
    const pack = fa([{ patterns: ['باید {action...}'], replacements: ['لطفاً {action:imp}'] }]);
    expect(applied('باید مدارک رو بفرستی.', pack)).toBe('لطفاً مدارک رو بفرست.');
    expect(applied('باید مدارک را بفرستید.', pack)).toBe('لطفاً مدارک را بفرستید.');
  });
});

describe("the writer's spelling", () => {
  it('می joined, spaced or with ZWNJ as the writer does; Arabic ي/ك when the writer types only those', () => {
    const pack = fa([{ patterns: ['<-توانستن:1p> {x...}'], replacements: ['در عوض می‌تونیم ___'], kind: 'template' }]);
    expect(applied('نمیتونیم کمک کنیم.', pack)).toBe('در عوض میتونیم ___.');
    expect(applied('نمی تونیم کمک کنیم.', pack)).toBe('در عوض می تونیم ___.');
    expect(applied('نمی‌تونیم کمک کنیم.', pack)).toBe('در عوض می‌تونیم ___.');
    expect(applied('نميتونيم كمك كنيم.', pack)).toBe('در عوض ميتونيم ___.');
    const kaf = fa([{ patterns: ['<-کردن>'], replacements: ['کمک <کردن>'] }]);
    expect(applied('ما این كار را نمي‌كنيم.', kaf)).toBe('ما این كار را كمك مي‌كنيم.');
  });
});

describe('English: <be>, <have>, <do> agree with the subject before them', () => {
  it('a replacement that swaps the subject keeps agreement, in the tense the draft used', () => {
    const pack = en([{ patterns: ['we <-be> allowed to {x...}'], replacements: ['I <be> glad to help with {x}'] }]);
    expect(applied("We aren't allowed to unlock it.", pack)).toBe('I am glad to help with unlock it.');
    expect(applied('We were not allowed to unlock it.', pack)).toBe('I was glad to help with unlock it.');
    const slot = en([{ patterns: ['{who} <-have> {x...}'], replacements: ['{who} <have> {x}'] }]);
    expect(applied("she hasn't got it", slot)).toBe('She has got it');
    expect(applied("they haven't got it", slot)).toBe('They have got it');
  });

  it('without a subject pronoun before it, the matched form stays', () => {
    const pack = en([{ patterns: ['the item <-be> {x...}'], replacements: ['the item <be> {x}'] }]);
    expect(applied("The item isn't ready.", pack)).toBe('The item is ready.');
  });
});
