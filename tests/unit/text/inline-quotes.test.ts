// @vitest-environment node
/**
 * The customer's words quoted inline in the agent's own sentences (issue #12): excluded like quoted
 * mail, so the panel, the score and Apply all leave them alone; the agent's scare quotes and
 * product names stay the agent's.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, positivityScore, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { draftQuoteRanges, inlineQuoteRanges, quoteRanges } from '../../../lib/text/quotes.ts';

const quoted = (text: string) => inlineQuoteRanges(text).map(([a, b]) => text.slice(a, b));

describe('inlineQuoteRanges: whose words are in the quote marks', () => {
  it('after or before a reporting phrase addressed to the customer, quote marks included', () => {
    expect(quoted('You wrote “this is unacceptable”, and I understand.')).toEqual(['“this is unacceptable”']);
    expect(quoted('You said "I cant log in", so I reset it.')).toEqual(['"I cant log in"']);
    expect(quoted('Your email says “the box was empty”.')).toEqual(['“the box was empty”']);
    expect(quoted('“Unfortunately it broke again,” you wrote, and I am sorry.')).toEqual(['“Unfortunately it broke again,”']);
    expect(quoted('نوشته بودید «نمی‌تونم وارد بشم»؛ رمزتون رو بازنشانی کردم.')).toEqual(['«نمی‌تونم وارد بشم»']);
    expect(quoted('«پولم رو پس نمی‌دید؟» رو نوشتید و حق دارید.')).toEqual(['«پولم رو پس نمی‌دید؟»']);
    expect(quoted('به قول شما «این اصلاً قابل قبول نیست».')).toEqual(['«این اصلاً قابل قبول نیست»']);
    // The formal frames of Persian letters: «پیام جنابعالی مبنی بر اینکه», «مرقوم فرموده‌اید».
    expect(quoted('در پاسخ به نامه جنابعالی مبنی بر اینکه «کسی جواب نمی‌دهد»، کارشناس ما امروز تماس می‌گیرد.')).toEqual(['«کسی جواب نمی‌دهد»']);
    expect(quoted('«خدمات شما افتضاح است» را مرقوم فرموده‌اید؛ پرونده در حال بررسی است.')).toEqual(['«خدمات شما افتضاح است»']);
  });

  it('with the customer speaking in the first person (three words or more)', () => {
    expect(quoted('I understand "I want my money back" is what matters here.')).toEqual(['"I want my money back"']);
    expect(quoted('اینکه «نمی‌تونم صبر کنم» کاملاً قابل درکه.')).toEqual(['«نمی‌تونم صبر کنم»']);
  });

  it("leaves the agent's own quotes: scare quotes, product names, button labels, messages on screen", () => {
    for (const t of [
      "We can't \"fix\" it until Monday.",
      'Our “Plus” plan has it.',
      'Click "I forgot my password" on the login page.',
      'The error says "I cannot connect to server".',
      'طرح «طلایی» ما این رو داره.',
      'روی دکمه «نمی‌تونم وارد بشم» بزنید.',
      'He wrote "we cannot refund it" in the notes.',
    ]) expect(quoted(t), t).toEqual([]);
  });

  it('never crosses a line, and odd input gives nothing', () => {
    expect(quoted('You wrote "this is\nunacceptable" and I agree.')).toEqual([]);
    expect(inlineQuoteRanges('')).toEqual([]);
    expect(inlineQuoteRanges(undefined as unknown as string)).toEqual([]);
  });
});

describe('draftQuoteRanges: quoted mail and inline quotes together', () => {
  it('merges both, sorted', () => {
    const d = 'You wrote “this is unacceptable”, I agree.\n\nOn Mon, 1 Dec 2026 at 10:00, Sam <sam@example.com> wrote:\n> this is unacceptable';
    const r = draftQuoteRanges(d);
    expect(r.map(([a, b]) => d.slice(a, b))).toEqual(['“this is unacceptable”', d.slice(d.indexOf('On Mon'))]);
    expect(draftQuoteRanges('Hi Sam, thanks.')).toEqual(quoteRanges('Hi Sam, thanks.'));
  });
});

describe('the engine, the score and Apply all leave an inline quote of the customer alone', () => {
  const cases = [
    { draft: 'نوشته بودید «نمی‌تونم وارد بشم»؛ رمزتون رو بازنشانی کردم.', quote: '«نمی‌تونم وارد بشم»' },
    { draft: 'You wrote "unfortunately I cant log in", and I understand. Unfortunately the link expired.', quote: '"unfortunately I cant log in"' },
  ];
  for (const { draft, quote } of cases) {
    it(draft, () => {
      const exclude = draftQuoteRanges(draft);
      const found = suggestRewrites(draft, builtinPacks, { exclude });
      const at = draft.indexOf(quote);
      for (const s of found) expect(s.end <= at || s.start >= at + quote.length, s.ruleId).toBe(true);
      expect(applyAll(draft, found)).toContain(quote);
      // Without the exclusion the quote would be flagged: the case is a real one.
      expect(suggestRewrites(draft, builtinPacks).some((s) => s.flagged.start >= at && s.flagged.start < at + quote.length)).toBe(true);
      expect(positivityScore(draft, found, { exclude })).toBe(found.length ? positivityScore(draft, found.filter((s) => s.start >= at + quote.length), { exclude }) : 100);
    });
  }
});
