// @vitest-environment node
/**
 * The start-cost shortcuts of the tone reader's phrase matcher (twenty-second session) give the same answers as the
 * long way: a phrase's keys from the tokenisation alone, and a matcher without the Persian phrases for a text that has
 * no Arabic-script letter.
 */
import { describe, expect, it } from 'vitest';
import { hasArabicLetter } from '../../../lib/nlp/chars.ts';
import { wordNorms } from '../../../lib/nlp/index.ts';
import { readDoc } from '../../../lib/tone/layer.ts';
import { matcherFor } from '../../../lib/tone/read.ts';
import { phraseKeys } from '../../../lib/tone/tokens.ts';

const ENGLISH = [
  "This is the THIRD time I'm writing!!! Nobody answers and I cant wait any longer.",
  'pls fix asap thx u r the worst 😡 #fail @support',
  'Dear Sir or Madam, I would be grateful if you could kindly look into this matter at your earliest convenience.',
  'Still no refund after 3 weeks... ridiculous. Ive called twice already, still waiting',
  'Café naïve résumé: the item arrived broken — again. Not happy.',
  'I need it by Friday 10:30, it is urgent; 1,000 customers are affected.',
  'ok', '', '   ', '۱۲۳ 456', 'a\u200cb', 'Sent from my iPhone\n\n> On Monday you wrote: please help',
];
const PERSIAN = ['سومین بار است که پیام می‌دهم و هنوز جوابی نگرفتم!', 'سلام، سفارشم hasn’t arrived هنوز', 'خیلی ممنون از راهنمایی‌تون 🙏'];

describe('hasArabicLetter', () => {
  it('is true exactly where the tokenizer makes a Persian word, whose key keeps the letter', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const keys = wordNorms(`a ${ch} b`);
      expect(keys.some(hasArabicLetter), `U+${c.toString(16)}`).toBe(hasArabicLetter(ch));
    }
  });
  it('reads Persian digits, ZWNJ and marks as no letter', () => {
    expect(hasArabicLetter('۱۲۳ \u200c \u064b')).toBe(false);
    expect(hasArabicLetter('ok ي')).toBe(true);
  });
});

describe('phrase keys', () => {
  it('are the norms of the word tokens of the analysed phrase', () => {
    for (const p of [...ENGLISH, ...PERSIAN, "can't won't Im dont", 'نمی توانم', 'u r thx pls']) {
      expect(phraseKeys(p)).toEqual(readDoc(p).tokens.map((t) => t.key));
    }
  });
});

describe('the matcher without Persian phrases', () => {
  it('finds on a text without an Arabic-script letter what the whole matcher finds, in the same order', () => {
    const whole = matcherFor();
    for (const text of ENGLISH) {
      const latin = matcherFor(undefined, text);
      expect(latin).not.toBe(whole);
      const doc = readDoc(text);
      expect(latin.match(doc.tokens, doc.text)).toEqual(whole.match(doc.tokens, doc.text));
    }
  });
  it('is not used for a text with a Persian word', () => {
    for (const text of PERSIAN) expect(matcherFor(undefined, text)).toBe(matcherFor());
  });
});
