// @vitest-environment node
/**
 * (perffa30) The learnt Persian reader's conditional-clause gate answered from one pass over the sentence
 * (conditionReader) says what the regular expression over the text before each span said (conditionBefore), at every
 * offset of written sentences and of random strings built from the gate's own words and marks.
 */
import { describe, expect, it } from 'vitest';
import { conditionBefore, conditionReader } from '../../../lib/rewrite/learnt/neg.fa.ts';
import { rng } from '../../bench/stats.ts';

const SENTENCES = [
  'اگه سیستم فایلو قبول نکرد، برام ایمیلش کنید',
  'اگر امکانش نیست بگید',
  'در صورتی که پرداخت انجام نشده، سفارش لغو می‌شود و ما نمی‌توانیم کاری بکنیم',
  'متأسفانه امکان‌پذیر نیست؛ اگه خواستید تماس بگیرید. اگر نه، ما نمی‌تونیم',
  'نمی‌توانم تا فردا اگهی رو منتشر کنم',
  'Agar mishe ye zang bezanid',
  'چنانچه درصورتیکه اگه اگر: نمی‌شه',
];
const PIECES = ['اگر', 'اگه', 'چنانچه', 'درصورتی‌که', 'در صورتی که', 'درصورتیکه', 'agar', 'AGE', 'age', ' ', '  ', '\u200c', '،', ',', '؛', ';', '.', '!', ':', 'نمی‌شه', 'سیستم', 'x', 'اگهی', '\n', '\t'];

/** How many offsets read as inside a condition (both ways agreeing). */
function equalEverywhere(text: string): number {
  const read = conditionReader(text);
  let inside = 0;
  for (let at = 0; at <= text.length; at++) {
    expect([text, at, read(at)]).toEqual([text, at, conditionBefore(text, at)]);
    if (read(at)) inside++;
  }
  return inside;
}

describe('learnt Persian reader: the conditional-clause gate from one pass', () => {
  it('agrees with the regular expression at every offset of written sentences', () => {
    let inside = 0;
    for (const s of SENTENCES) inside += equalEverywhere(s);
    expect(inside).toBeGreaterThan(20);
    equalEverywhere(SENTENCES.join(' '));
  });
  it('agrees on random strings of heads, marks and spaces', () => {
    const r = rng(30);
    let inside = 0;
    for (let n = 0; n < 400; n++) {
      let s = '';
      const len = 1 + Math.floor(r() * 14);
      for (let k = 0; k < len; k++) s += PIECES[Math.floor(r() * PIECES.length)];
      inside += equalEverywhere(s);
    }
    expect(inside).toBeGreaterThan(100);
  });
});
