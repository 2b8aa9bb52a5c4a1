import { describe, expect, it } from 'vitest';
import { detectLanguage, fold, sentences, toOriginalSpan, words } from '../../lib/text/index.ts';

describe('fold', () => {
  it('folds Arabic letters, diacritics, tatweel, digits and case, mapping back to the source', () => {
    const src = 'كيف حالـــك؟ Order ۱۲٣ نمي‌توانم';
    const f = fold(src);
    expect(f.text).toBe('کیف حالک؟ order 123 نمی توانم');
    const idx = f.text.indexOf('نمی توانم');
    const span = toOriginalSpan(f, idx, idx + 'نمی توانم'.length);
    expect(src.slice(span.start, span.end)).toBe('نمي‌توانم');
  });
  it('drops harakat and keeps the map monotonic', () => {
    const f = fold('مُحَمَّد');
    expect(f.text).toBe('محمد');
    for (let i = 1; i < f.map.length; i++) expect(f.map[i]).toBeGreaterThan(f.map[i - 1]);
  });
  it('treats curly and straight apostrophes alike', () => {
    expect(fold('I can’t').text).toBe("i can't");
  });
});

describe('detectLanguage', () => {
  it('tells English, Persian, mixed and other apart', () => {
    expect(detectLanguage('Where is my refund?')).toBe('en');
    expect(detectLanguage('سفارش من کجاست؟')).toBe('fa');
    expect(detectLanguage('سلام، my order number is wrong و هنوز نرسیده')).toBe('mixed');
    expect(detectLanguage('12345 !!!')).toBe('other');
    expect(detectLanguage('Привет, как дела')).toBe('other');
  });
});

describe('words and sentences', () => {
  it('keeps ZWNJ and apostrophes inside words', () => {
    expect(words("I can't — نمی‌توانم").map((w) => w.text)).toEqual(['I', "can't", 'نمی‌توانم']);
  });
  it('splits sentences on Latin and Persian punctuation, not on abbreviations or decimals', () => {
    const s = sentences('Dear Dr. Smith, it costs 3.5 dollars. Why?! سلام؟ خوبم');
    expect(s.map((x) => x.text)).toEqual(['Dear Dr. Smith, it costs 3.5 dollars.', 'Why?!', 'سلام؟', 'خوبم']);
  });
});
