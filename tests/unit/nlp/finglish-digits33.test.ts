// @vitest-environment node
/**
 * fingl33: digits for letters in Finglish (lib/nlp/finglish.ts `digitFinglish`). 2 the hamza, 3 ع, 7 ح, 5 خ, 8 غ / ق,
 * 6 ط, read only inside a Latin word of a Finglish sentence whose spelling is a known Persian word; codes, times,
 * ordinals, models, URLs, e-mails and English sentences keep their digits. Offsets stay on the written text.
 */
import { describe, expect, it } from 'vitest';
import { digitFinglish, finglishSentence, finglishWords, mapBack, transliterateFinglish } from '../../../lib/nlp/finglish.ts';

describe('a digit-Finglish word is spelt in Persian letters', () => {
  it.each([
    ['mot2asefane', 'متاسفانه'],
    ['mas2ool', 'مسئول'],
    ['so2al', 'سوال'],
    ['sa3y', 'سعی'],
    ['3adi', 'عادی'],
    ['ta3mir', 'تعمیر'],
    ['3aziz', 'عزیز'],
    ['ta7vil', 'تحویل'],
    ['7atman', 'حتما'],
    ['ba3d', 'بعد'],
    ['5arab', 'خراب'],
    ['8alat', 'غلط'],
    ['e6la3', 'اطلاع'],
    ['ta2khir', 'تاخیر'],
    ['e3teraz', 'اعتراض'],
  ])('%s -> %s', (w, fa) => expect(digitFinglish(w, false)).toBe(fa));
});

describe('codes, numbers and English with digits are not words', () => {
  it.each(['A4', 'B2B', '4G', 'mp3', 'H2O', 'x86', '2FA', '7am', '3rd', '5pm', 'utf8', 'web3', 'ps5', '2ta', '3ta', '3shanbe', '5ruz', '5omin', 'page2', 'step3', 'A4B2', '5a7b', 'Sa3y', 'SA3Y', 'sa33y', 'ORD5a3b', 'sha2', 'log2', 'dota2', 'dar2', 'kar2', 'man3', 'gta5', 'win7'])('%s', (w) => {
    expect(digitFinglish(w, false)).toBeNull();
  });
  it('a capital first letter only as the first word', () => {
    expect(digitFinglish('Mot2asefane', true)).toBe('متاسفانه');
    expect(digitFinglish('Mot2asefane', false)).toBeNull();
  });
});

describe('in a sentence', () => {
  it('read inside a Finglish sentence, offsets on the written text', () => {
    const text = 'mot2asefane ettela3i nadaram ke baste key miad.';
    const r = transliterateFinglish(text);
    expect(r?.text.startsWith('متاسفانه اطلاعی ندارم')).toBe(true);
    const a = r!.text.indexOf('اطلاعی');
    expect(mapBack(r!, a, a + 'اطلاعی'.length)).toEqual([12, 20]);
    expect(text.slice(12, 20)).toBe('ettela3i');
  });
  it('the ezafe after a hyphen', () => {
    expect(transliterateFinglish('sa3at-e 5 baste tahvil shod.')?.text).toBe('ساعت 5 بسته تحویل شد.');
  });
  it('never decides that a sentence is Finglish', () => {
    const text = 'sa3y ta3mir';
    expect(finglishWords(text).every((w) => w.digits && !w.evidence)).toBe(true);
    expect(finglishSentence(text)).toBe(false);
  });
  // A customer's frustration and urgency in digit-Finglish: the layer's reading holds the Persian words (the tone cues read
  // Finglish through their own word lists, lib/tone/cues/finglish.ts, and do not read this reading yet).
  it.each([
    ['7atman ta farda lazemesh daram, kheili 3ajale daram!', 'حتما تا فردا لازمش دارم, خیلی عجله دارم!'],
    ['vaghan 3asabanim kardin, hich javabi nemidin.', 'واقعا عصبانیم کردین, هیچ جوابی نمیدین.'],
    ['2 hafte ast montazeram, in 3adi nist!', '2 هفته است منتظرم, این عادی نیست!'],
    ['emshab parvaz daram va hanooz bilitam sader nashode, ba3d az 3 rooz!', 'امشب پرواز دارم و هنوز بیلیتم صادر نشده, بعد از 3 روز!'],
  ])('a customer message: %s', (text, fa) => expect(transliterateFinglish(text)?.text).toBe(fa));
  it.each([
    'Your 2FA code expires at 7am.',
    'I will sa3y my best with the B2B plan.',
    'Order ORD-5a3b shipped on the 3rd.',
  ])('English stays unread: %s', (text) => expect(transliterateFinglish(text)).toBeNull());
  it.each([
    ['lotfan code 5a7b ro vared konid.', '5a7b'],
    ['2ta baste dar rah ast va 3shanbe mirese.', '2ta'],
    ['sefaresh-e shoma ba code A4B2 sabt shod.', 'A4B2'],
    ['ba sa3y@example.com tamas begirid.', 'sa3y@example.com'],
    ['link-e example.com/sa3y ro baz konid.', 'example.com/sa3y'],
  ])('codes kept as written in Finglish: %s', (text, code) => {
    const r = transliterateFinglish(text);
    expect(r).not.toBeNull();
    expect(r!.text).toContain(code);
  });
  it('a 100 KB Latin word with digits is read without a retry from every letter', () => {
    const long = 'sa3y'.repeat(25_000);
    expect(digitFinglish(long, false)).toBeNull();
    expect(transliterateFinglish(`salam, ${long} mikonam ke baste ro befrestam.`)).not.toBeNull();
    expect(transliterateFinglish(`salam, ${'a7'.repeat(50_000)} nemitoonim ersal konim.`)?.text).toContain('نمیتونیم ارسال کنیم');
  });
});
