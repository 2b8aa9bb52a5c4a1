// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countScripts, detectLanguage, fold, foldKey, sentences, toOriginalSpan, words } from '../../lib/text/index.ts';

describe('fold', () => {
  it('foldKey (memoised per UTF-16 unit) gives fold().text for every unit and for mixed text', () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      if (foldKey(ch) !== fold(ch).text) differ.push(c);
    }
    expect(differ).toEqual([]);
    for (const s of ['', 'plain ascii', 'كيف حالـــك؟ Order ۱۲٣ نمي‌توانم', 'مُحَمَّد\u200e', 'I CAN’T ΣΑΣ İstanbul 😠!!', '\u202bدر تاریخ\u202c', 'a\u00a0b\u2009c'])
      expect(foldKey(s)).toBe(fold(s).text);
    // Explicit options still take fold's own path.
    expect(foldKey('Ab\u200cC', { lowercase: false, zwnjAsSpace: false })).toBe('Ab\u200cC');
  });
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

describe('countScripts', () => {
  it('counts every code point by the documented script ranges', () => {
    const arabic = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
    const latin = /[A-Za-z\u00c0-\u024f]/;
    const letter = /\p{L}/u;
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 0x101) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const want = arabic.test(ch) ? 'arabic' : latin.test(ch) ? 'latin' : letter.test(ch) ? 'other' : null;
      const got = countScripts(ch);
      const total = got.arabic + got.latin + got.other;
      if (want === null ? total !== 0 : total !== 1 || got[want] !== 1) expect.fail(`U+${cp.toString(16)}: ${JSON.stringify(got)}, wanted ${want}`);
    }
  });

  it('reads surrogate pairs as one letter and lone surrogates as none', () => {
    expect(countScripts('Crème brûlée 😍')).toEqual({ arabic: 0, latin: 11, other: 0 });
    expect(countScripts('𝒜𝒷𝒸 abc')).toEqual({ arabic: 0, latin: 3, other: 3 });
    expect(countScripts('a\ud800b\udc00c')).toEqual({ arabic: 0, latin: 3, other: 0 });
    expect(detectLanguage('Crème brûlée 😍')).toBe('en');
    expect(detectLanguage('𝒜𝒷𝒸 abc')).toBe('en');
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
