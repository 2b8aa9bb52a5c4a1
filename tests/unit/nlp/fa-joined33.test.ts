// @vitest-environment node
/**
 * lang33: Persian words typed without the space or ZWNJ between them, cut by the language layer (lib/nlp/fa.joined.ts):
 * the pieces, their offsets on the written text, and the runs that must stay one word (known words, names, brands,
 * compound verbs with a preverb, nouns that hold a short verb form, clitics, digits and codes).
 */
import { describe, expect, it } from 'vitest';
import { faJoinedCuts, faJoinedPieces } from '../../../lib/nlp/fa.joined.ts';
import { analyze, tokenize } from '../../../lib/nlp/index.ts';

const words = (s: string) =>
  tokenize(s)
    .filter((t) => t.word)
    .map((t) => t.text)
    .join(' | ');

describe('lang33: runs cut into their words', () => {
  const CUT: Array<[string, string]> = [
    // a negative or progressive verb glued to the next word
    ['نمیتونمبرات بفرستم', 'نمیتونم | برات | بفرستم'],
    ['نمیشهبراتون تمدید کرد', 'نمیشه | براتون | تمدید | کرد'],
    ['میتونیمبراتون ارسال رایگان بذاریم', 'میتونیم | براتون | ارسال | رایگان | بذاریم'],
    // a known adverb glued to a word or a verb
    ['متاسفانهامکانش نیست', 'متاسفانه | امکانش | نیست'],
    ['متاسفانهظرفیت کلاس پر شده', 'متاسفانه | ظرفیت | کلاس | پر | شده'],
    ['حتماباید کارت ملی همراهتون باشه', 'حتما | باید | کارت | ملی | همراهتون | باشه'],
    ['اصلانمیدونم بسته کجاست', 'اصلا | نمیدونم | بسته | کجاست'],
    ['خوشبختانهمشکل حل شد', 'خوشبختانه | مشکل | حل | شد'],
    // a noun with its plural or a clitic pronoun as a piece
    ['متاسفانهسفارشهاتون نرسیده', 'متاسفانه | سفارشهاتون | نرسیده'],
    ['متاسفانهپروازتون کنسل شد', 'متاسفانه | پروازتون | کنسل | شد'],
    // (thirty-fifth session) the fewest pieces win: «پرو|ازتون» is a second cut of «پروازتون» once «پرو» is frequent
    ['خوشحالمیشویم کمکتون کنیم', 'خوشحال | میشویم | کمکتون | کنیم'],
    // «باید» glued to its verb
    ['شما بایدبرید شعبه', 'شما | باید | برید | شعبه'],
    // a preposition with a clitic pronoun
    ['بهتونگفتم رسید رو نگه دارید', 'بهتون | گفتم | رسید | رو | نگه | دارید'],
    // a negative verb that ends the run, after a frequent word
    ['ما اطلاعینداریم', 'ما | اطلاعی | نداریم'],
    ['پولینمیخواد', 'پولی | نمیخواد'],
    // a chain of frequent words cut at a verb
    ['ما تلفنیثبتنمیکنیم', 'ما | تلفنی | ثبت | نمیکنیم'],
    // a prefix written apart, its verb run on into the next word
    ['نمی تونمبرات بفرستم', 'نمی تونم | برات | بفرستم'],
    ['می شهبراتون', 'می شه | براتون'],
    // Arabic yeh and kaf, a ZWNJ inside the run
    ['متاسفانهامكانش نيست', 'متاسفانه | امكانش | نيست'],
    ['می‌تونم‌براتون بفرستم', 'می‌تونم | براتون | بفرستم'],
  ];
  for (const [s, want] of CUT) it(s, () => expect(words(s)).toBe(want));

  it('reads each piece as the word it is (negation, verb, adverb)', () => {
    const d = analyze('متاسفانه ما اطلاعینداریم');
    const t = d.tokens.filter((x) => x.word);
    expect(t.map((x) => [x.norm, x.neg])).toEqual([
      ['متاسفانه', false],
      ['ما', false],
      ['اطلاعی', false],
      ['نداریم', true],
    ]);
    expect(t[3].fa?.lemma).toBe('داشتن');
    expect(t[2].negated).toBe(true);
    const v = analyze('نمیتونمبراتون').tokens[0];
    expect([v.norm, v.fa?.lemma, v.neg]).toEqual(['نمیتونم', 'توانستن', true]);
  });
});

describe('lang33: offsets stay on the written text', () => {
  it('slices of the written word, marks with the letter before them, a ZWNJ between pieces in neither', () => {
    for (const s of ['نمیتونمبرات', 'می‌تونم‌براتون', 'لطفاًفرم رو امضا کنید', 'حتمّاباید', 'متاسفانهامكانش']) {
      for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
    }
    const s = 'سلام، می‌تونم‌براتون بفرستم';
    const t = tokenize(s).filter((x) => x.word);
    expect(t.map((x) => [x.text, x.start, x.end])).toEqual([
      ['سلام', 0, 4],
      ['می‌تونم', 6, 13],
      ['براتون', 14, 20],
      ['بفرستم', 21, 27],
    ]);
    expect(tokenize('لطفاًفرم').map((x) => x.text)).toEqual(['لطفاً', 'فرم']);
  });
  it('faJoinedPieces maps folded cuts onto the written word', () => {
    const w = 'نمی‌تونمبرات';
    const cuts = faJoinedCuts('نمیتونمبرات');
    expect(cuts).toEqual([7]);
    expect(faJoinedPieces(w, 0, w.length, cuts!).map(([a, b]) => w.slice(a, b))).toEqual(['نمی‌تونم', 'برات']);
  });
});

describe('lang33: runs that stay one word', () => {
  const WHOLE = [
    // known words, however they could be cut
    'استاندارد', 'درخواست', 'بازگشت', 'برنامه', 'نماینده', 'نمایندگی‌های', 'همینطور', 'متاسفانه', 'امکانپذیر',
    // nouns that hold a short verb form («ندم», «نده», «نگین», «ندانی», «بداری», «میری»)
    'سالمندم', 'برنده', 'شوینده', 'پارسنگین', 'کارمندانی', 'جانبداری', 'آقامیری', 'سالمندان',
    // names and brands
    'میرزامحمدی', 'دیجیکالا', 'اسنپفود', 'بانکملی', 'نگینپارس', 'تهرانپارس',
    // compound verbs with a preverb
    'درنمیاد', 'بازمیگردند', 'برنمیگرده',
    // a verb with its clitic, a noun with its plural
    'میبینیدشون', 'میبینیمتون', 'سفارشهاتون', 'نیستما',
    // digits
    'ساعت۱۸', 'کد۷۲۱متاسفانه',
  ];
  for (const w of WHOLE) it(w, () => expect(words(w)).toBe(w));
  it('Latin codes and URLs are not Persian runs', () => {
    expect(words('کد ABC123 و www.example.com')).toBe('کد | ABC123 | و | www | example | com');
  });
});
