// @vitest-environment node
/**
 * (ml30) The learnt readers' training-time surface copies (scripts/learnt-augment.ts): the Persian register of present
 * verbs and the English contractions, with the marked spans carried over to the same words. Sentences are this test's
 * own (other trades than the evaluation sets).
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, flipContractionsEn, flipRegisterFa } from '../../../scripts/learnt-augment.ts';

const marked = (text: string, spans: ReadonlyArray<readonly [number, number]>) => spans.map(([a, b]) => text.slice(a, b));
const spanOf = (text: string, words: string): [number, number] => {
  const a = text.indexOf(words);
  return [a, a + words.length];
};

describe('Persian register copies', () => {
  it('writes a formal present verb colloquial and a colloquial one formal, spans on the same words', () => {
    const text = 'متأسفانه تا شنبه نمی‌توانیم سرویس را بفرستیم، پیک فردا نمی‌آید.';
    const spans = [spanOf(text, 'تا شنبه نمی‌توانیم')];
    const copy = flipRegisterFa(text, spans)!;
    expect(copy.text).toContain('نمی‌تونیم');
    expect(marked(copy.text, copy.spans)).toEqual(['تا شنبه نمی‌تونیم']);
    const back = flipRegisterFa(copy.text, copy.spans)!;
    expect(back.text).toContain('نمی‌توانیم');
    expect(marked(back.text, back.spans)).toEqual(['تا شنبه نمی‌توانیم']);
  });

  it('keeps the writer\'s joiner: no ZWNJ stays none', () => {
    const copy = flipRegisterFa('قطعه‌ش رو نمیتونیم عوض کنیم.', [])!;
    expect(copy.text).toContain('نمیتوانیم');
    expect(copy.text).not.toContain('نمی‌توانیم');
  });

  it('leaves a text with no present verb the layer writes back alone', () => {
    expect(flipRegisterFa('سفارش شما دیروز ارسال شد.', [])).toBeNull();
    expect(flipRegisterFa('salam, sefaresh ro nemitoonim befrestim.', [])).toBeNull();
  });
});

describe('English contraction copies', () => {
  it('writes contractions in full and full forms contracted, spans on the same words', () => {
    const text = "Sorry, we can't reopen the ticket and I am not able to refund the deposit.";
    const spans = [spanOf(text, "we can't reopen"), spanOf(text, 'I am not able to')];
    const copy = flipContractionsEn(text, spans)!;
    expect(copy.text).toBe("Sorry, we cannot reopen the ticket and I'm not able to refund the deposit.");
    expect(marked(copy.text, copy.spans)).toEqual(['we cannot reopen', "I'm not able to"]);
  });

  it('keeps a capital at the start of a sentence', () => {
    expect(flipContractionsEn('Do not send the parcel back yet.', [])!.text).toBe("Don't send the parcel back yet.");
  });

  it('has no copy for a text with neither form', () => {
    expect(flipContractionsEn('The courier collects the bike on Monday.', [])).toBeNull();
  });
});

describe('span carry-over', () => {
  it('moves spans after an edit and stretches a span over one', () => {
    const r = applyEdits('aa bb cc dd', [[0, 2], [3, 8], [9, 11]], [{ start: 3, end: 5, to: 'bbbb' }]);
    expect(r.text).toBe('aa bbbb cc dd');
    expect(marked(r.text, r.spans)).toEqual(['aa', 'bbbb cc', 'dd']);
  });
});
