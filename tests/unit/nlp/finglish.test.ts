// @vitest-environment node
/**
 * finglish31: the Finglish reading of lib/nlp (lib/nlp/finglish.ts). A sentence of Persian typed in Latin letters is told
 * from English, code, URLs, order numbers, names and other languages written in Latin letters, and spelt in Persian letters
 * with offsets back. Sentences are my own, of several trades and both registers; the English ones hold the Latin words
 * Finglish shares with English ("mi", "be", "man", "to", "ham", "in", "bad", "are", "dare", "age").
 */
import { describe, expect, it } from 'vitest';
import { finglishSentence, mapBack, spellFinglishWord, transliterateFinglish } from '../../../lib/nlp/finglish.ts';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';

const FINGLISH: readonly string[] = [
  'motasefane nemitoonim ta hafte baad ersal konim.',
  'bayad khodetoon login konid.',
  'ghavanin-e sherkat ine.',
  'salam, sefaresh-e shoma ersal shod va farda mirese.',
  'Moshtari-ye gerami, darkhast-e shoma dar hale barresi ast.',
  'khahesh mikonam, kheili khosh halam ke moshkel hal shod.',
  'shoma adres ro eshtebah vared kardid.',
  'negaran nabashid, hamin emrooz dorostesh mikonim.',
  'Ba salam, ghabz-e shoma pardakht shod.',
  'alan mitoonam baratoon rezerv konam?',
  'system ejaze-ye sabt-e sefaresh ro nemide.',
  'Dar hoze-ye masooliat-e in vahed nemibashad.',
];

const NOT_FINGLISH: readonly string[] = [
  'Hi Mi, I can be there in ten minutes.',
  "To be honest, I'm not the man to ask.",
  'Ham and cheese is back in stock.',
  'Please run npm install --save-dev vitest and retry.',
  'See https://example.com/ke/ro/nist for details.',
  'Order 12345-AB shipped to Tehran on Monday.',
  'Dear Nasrin Karimi, your refund is done.',
  'Mina and Shirin will call you back tomorrow.',
  'Bad luck, the man said no.',
  'In the end we made it to the site.',
  'Are you sure the code is right?',
  'The dare was to be honest with them.',
  'Salam! My order is late, merci.',
  'No es posible, lo siento mucho.',
  'Namaste, how can I help you today?',
  'Landed in Nashville!',
  'const ke = ro.map((x) => x.nist);',
  'Age is just a number, man.',
  'Cell battery died.',
  'Ruined our entire vacation!!',
];

describe('finglishSentence', () => {
  it.each(FINGLISH)('reads %s as Finglish', (s) => {
    expect(finglishSentence(s)).toBe(true);
  });
  it.each(NOT_FINGLISH)('leaves %s alone', (s) => {
    expect(finglishSentence(s)).toBe(false);
    expect(transliterateFinglish(s)).toBeNull();
  });
});

describe('spellFinglishWord', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['nemitoonim', 'نمیتونیم'],
    ['khodetoon', 'خودتون'],
    ['bayad', 'باید'],
    ['nemishe', 'نمیشه'],
    ['ke', 'که'],
    ['darkhast', 'درخواست'],
    ['vaziat', 'وضعیت'],
    ['masooliat', 'مسئولیت'],
    ['khahesh', 'خواهش'],
    ['kamelan', 'کاملا'],
    ['sherkat', 'شرکت'],
  ];
  it.each(cases)('%s -> %s', (lat, fa) => {
    expect(spellFinglishWord(lat).fa).toBe(fa);
  });
  it('reads a final e before another word as the ezafe, at the clause end as the copula', () => {
    expect(spellFinglishWord('sherkate', false).fa).toBe('شرکت');
    expect(spellFinglishWord('baste', false).fa).toBe('بسته');
  });
});

describe('transliterateFinglish', () => {
  it('spells the words in Persian letters and keeps loanwords, numbers and punctuation', () => {
    const r = transliterateFinglish('salam, pool-e shoma refund shod va ta 48 saat be hesabetoon miad.')!;
    expect(r.text).toContain('refund');
    expect(r.text).toContain('48');
    expect(r.text).toContain('شما');
    expect(r.text).toContain('حسابتون');
  });
  it('maps a range of the reading back onto the Latin words', () => {
    const src = 'salam, ma nemitoonim befrestim.';
    const r = transliterateFinglish(src)!;
    const a = r.text.indexOf('نمیتونیم');
    const [s, e] = mapBack(r, a, a + 'نمیتونیم بفرستیم'.length);
    expect(src.slice(s, e)).toBe('nemitoonim befrestim');
  });
  it('gives the language layer Persian tokens with their verb reading', () => {
    const r = transliterateFinglish('motasefane nemitoonim ersal konim.')!;
    const toks = analyzeSentenceTokens(r.text);
    const v = toks.find((t) => t.norm === 'نمیتونیم');
    expect(v?.lang).toBe('fa');
    expect(v?.neg).toBe(true);
  });
});
