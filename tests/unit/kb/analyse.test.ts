// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyse, analyseTerms, BIGRAM_JOIN, isStopWord, relatedTerms, stemEnglish, stemPersian } from '../../../lib/kb/analyse.ts';
import { countWork } from '../rewrite/work-count.ts';

const words = (text: string) => analyseTerms(text);

describe('English analysis', () => {
  it('drops stop words and support-message filler', () => {
    expect(words('Hi, I would like to know where is the card?')).toEqual(['card']);
    expect(words('the and of to')).toEqual([]);
    expect(isStopWord('please')).toBe(true);
    expect(isStopWord('refund')).toBe(false);
  });

  it('stems plurals, -ing, -ed, -ly and common derivations to one term', () => {
    const same = (...ws: string[]) => expect(new Set(ws.map(stemEnglish)).size, ws.join(',')).toBe(1);
    same('card', 'cards');
    same('charge', 'charged', 'charges', 'charging');
    same('arrive', 'arrived', 'arriving', 'arrival');
    same('verify', 'verified', 'verifies', 'verifying', 'verification');
    same('activate', 'activated', 'activation');
    same('cancel', 'cancelled', 'canceled', 'cancellation');
    same('pay', 'paid', 'payment', 'payments');
    same('use', 'used', 'using');
    same('recognise', 'recognised', 'recognized');
    same('quick', 'quickly');
    same('company', 'companies');
    expect(stemEnglish('need')).not.toBe(stemEnglish('ne'));
    expect(stemEnglish('bring')).toBe('bring');
  });

  it('keeps the negation of contractions and folds curly apostrophes', () => {
    expect(words('It doesn’t work')).toEqual(['not', 'work']);
    expect(words("my card can't be used")).toEqual(['card', 'not', 'us']);
  });

  it('maps terms back to the original words', () => {
    const text = 'Where are my CARDS? Refunds pending.';
    const ts = analyse(text);
    expect(ts.map((t) => text.slice(t.start, t.end))).toEqual(['CARDS', 'Refunds', 'pending']);
  });

  it('pairs consecutive content words, but not across a sentence break', () => {
    const ts = analyse('exchange rate. Card fee', { bigrams: true }).map((t) => t.term);
    expect(ts).toContain(`exchang${BIGRAM_JOIN}rat`);
    expect(ts).toContain(`card${BIGRAM_JOIN}fe`);
    expect(ts).not.toContain(`rat${BIGRAM_JOIN}card`);
    expect(analyse('exchange rate').some((t) => t.bigram)).toBe(false);
  });

  it('knows related words, as analysed terms', () => {
    expect(relatedTerms(stemEnglish('refund'))).toContain(`money${BIGRAM_JOIN}back`);
    expect(relatedTerms(stemEnglish('fee'))).toContain(stemEnglish('charge'));
    expect(relatedTerms('zzzz')).toEqual([]);
  });
});

describe('Persian analysis', () => {
  it('gives the same terms for ZWNJ, space and joined spellings', () => {
    const zwnj = words('نمی‌توانم کارت‌هایم را پیدا کنم');
    expect(zwnj.length).toBeGreaterThan(0);
    expect(words('نمی توانم کارت هایم را پیدا کنم')).toEqual(zwnj);
    expect(words('نمیتوانم کارتهایم را پیدا کنم')).toEqual(zwnj);
  });

  it('folds Arabic letters, diacritics and digits like the rewrite engine', () => {
    expect(words('كارت')).toEqual(words('کارت'));
    expect(words('ميخواهم')).toEqual(words('می‌خواهم'));
    expect(words('کارتِ')).toEqual(words('کارت'));
    expect(words('سفارش ۱۲۳')).toEqual(['سفارش', '123']);
  });

  it('drops stop words and the light verb of compound verbs', () => {
    expect(words('من پول را دریافت نکردم')).toEqual(['پول', 'دریافت']);
    expect(words('دریافت‌نکردم')).toEqual(['دریافت']);
    expect(words('سلام، لطفا کمک کنید')).toEqual(['کمک']);
    expect(words('فعال شده است')).toEqual(['فعال']);
  });

  it('stems plural, comparative, possessive and verb prefixes', () => {
    expect(stemPersian('کارتها')).toBe('کارت');
    expect(stemPersian('کارتهای')).toBe('کارت');
    expect(stemPersian('بزرگترین')).toBe('بزرگ');
    expect(stemPersian('سریعتر')).toBe('سریع');
    expect(stemPersian('بانکی')).toBe('بانک');
    expect(stemPersian('حسابم')).toBe('حساب');
    expect(stemPersian('میخواهم')).toBe('خواه');
    expect(stemPersian('نمیتوانید')).toBe('توان');
    // Nouns that merely start with "می" stay whole.
    expect(stemPersian('میز')).toBe('میز');
    expect(stemPersian('میلیون')).toBe('میلیون');
  });

  it('points Persian terms at the original text, prefix included', () => {
    const text = 'چرا نمی توانم وارد شوم؟';
    const t = analyse(text).find((x) => x.term === 'توان')!;
    expect(text.slice(t.start, t.end)).toBe('نمی توانم');
  });
});

describe('robustness', () => {
  it('handles empty, punctuation-only and mixed-script text', () => {
    expect(analyse('')).toEqual([]);
    expect(analyse('?!… ---')).toEqual([]);
    expect(words('my سفارش order')).toEqual(['سفارش', 'order']);
  });

  // Work counted, not timed (tests/unit/rewrite/work-count.ts): 100 KB costs about four times 25 KB; quadratic work would
  // cost sixteen.
  it('analyses 100 KB with linear work', () => {
    const text = (n: number) => 'My card payment was declined twice and I need a refund. '.repeat(n);
    const small = countWork(() => analyse(text(450), { bigrams: true }));
    const large = countWork(() => analyse(text(1800), { bigrams: true }));
    expect(large.result.length).toBeGreaterThan(10_000);
    expect(small.work).toBeGreaterThan(0);
    expect(large.work / small.work).toBeLessThanOrEqual(4.4);
  });
});
