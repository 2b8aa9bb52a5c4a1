// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeRanges, overlapsAny, quoteRanges, type TextRange } from '../../../lib/text/quotes.ts';
import { parseMarked as marked } from '../../bench/quotes-eval.ts';

const quotedText = (text: string) => quoteRanges(text).map(([a, b]) => text.slice(a, b));

function expectQuotes(src: string) {
  const { text, quotes } = marked(src);
  expect(quotedText(text)).toEqual(quotes.map(([a, b]) => text.slice(a, b)));
}

describe('quoteRanges: what the agent did not write', () => {
  it('has no quotes in a plain draft, and none for empty or odd input', () => {
    expect(quoteRanges('Hi Sam,\nUnfortunately we cannot ship it until Monday.\nRegards')).toEqual([]);
    expect(quoteRanges('')).toEqual([]);
    expect(quoteRanges(undefined as unknown as string)).toEqual([]);
  });

  it('takes "> " lines with the "On … wrote:" line above them (Roundcube, Thunderbird plain text)', () => {
    expectQuotes('Hi Sam,\n\nWe will send a new kettle today.\n\n⟦On 03.12.2026 10:12, Sam Lee wrote:\n> Unfortunately the replacement kettle is broken too.\n> Obviously I want a refund.⟧');
  });

  it('takes a Gmail header wrapped over two lines', () => {
    expectQuotes('Thanks for writing.\n\n⟦On Mon, 1 Jan 2024 at 10:00, Sam Lee <sam@example.com>\nwrote:\n\n> I cannot log in.\n> Please help.⟧\n');
  });

  it('keeps nested quotes in one run, blank quoted lines included', () => {
    expectQuotes('Sorted, see below.\n\n⟦On Tue, Sam <s@x.io> wrote:\n> Still broken.\n>\n> > On Mon, Ana <a@acme.com> wrote:\n> > Unfortunately that is our policy.\n>> You must restart it.⟧');
  });

  it('keeps an inline answer between two quoted parts as the agent\'s own words', () => {
    const src =
      'Hi Sam,\n\n⟦> Why was I charged twice?⟧\nThe second charge was a hold; it is gone now.\n\n⟦> And unfortunately the app crashes.\n>\n> Can you fix it?⟧\n\nYes: update to 4.2 and it stops.\n\nBest,\nAna';
    expectQuotes(src);
    const { text } = marked(src);
    const quoted = quotedText(text).join('\n');
    expect(quoted).not.toContain('The second charge was a hold');
    expect(quoted).not.toContain('Yes: update to 4.2');
    expect(quoted).toContain('unfortunately');
  });

  it('takes an attribution line without a date only when "> " lines follow it', () => {
    expectQuotes('Done.\n⟦Sam wrote:\n> Please hurry.⟧\nAnything else?');
    // Agent text that merely ends in "wrote:" is not a quote.
    expect(quoteRanges('Here is what our engineer wrote:\nThe fix ships on Monday.')).toEqual([]);
  });

  it('takes everything from an Outlook header on, when the history has no "> " marks', () => {
    expectQuotes('Hello,\nWe have refunded the order.\n\nKind regards,\nAna\n\n⟦From: Sam Lee <sam@example.com>\nSent: Monday, 1 January 2024 10:00\nTo: Support <help@acme.com>\nSubject: Broken kettle\n\nUnfortunately the kettle is broken.\nYou must send a new one.⟧');
    // Outlook's rule above its From: block is part of the quote.
    expectQuotes('Done.\n\n⟦________________________________\nFrom: Sam Lee <sam@example.com>\nSent: Monday\n\nStill broken.⟧');
    expectQuotes('Hi,\nAll sorted.\n⟦-----Original Message-----\nFrom: Sam\nUnfortunately it failed again.⟧');
    expectQuotes('Thanks!\n⟦---------- Forwarded message ---------\nFrom: Sam <s@x.io>\nDate: Mon\nI cannot log in.⟧');
  });

  it('takes the Persian forms: Gmail attribution (with its bidi marks), original message, Outlook block', () => {
    expectQuotes('سلام،\nسفارش شما امروز ارسال شد.\n\n⟦\u202bدر تاریخ دوشنبه ۱ ژانویه ۲۰۲۴ ساعت ۱۰:۰۰ سارا <sara@example.com> نوشت:\u202c\n> متأسفانه کتری هنوز خراب است.\n> شما باید پول را برگردانید.⟧');
    expectQuotes('با سلام\nپیگیری شد.\n⟦---- پیام اصلی ----\nمتاسفانه نمی‌توانم وارد شوم.⟧');
    expectQuotes('ممنون از صبرتان.\n⟦از: سارا <sara@example.com>\nارسال شده: دوشنبه\nبه: پشتیبانی\nموضوع: خرابی\n\nمتاسفانه کار نمی‌کند.⟧');
    expectQuotes('درست شد.\n⟦سارا نوشت:\n> هنوز کار نمی‌کند.⟧\nلطفاً دوباره امتحان کنید.');
  });

  it('takes a Persian attribution with a date or address over an unmarked copy, and a chat app\'s reply marker', () => {
    expectQuotes('سفارشتون فردا ارسال میشه.\n\n⟦مریم احمدی در ۱۲ آبان نوشت:\nنمیتونم صبر کنم، متاسفانه خیلی دیر شده⟧');
    expectQuotes('Your order ships tomorrow.\n\n⟦↩️ Replying to Sam:\nI can\'t wait any longer⟧');
    expectQuotes('سفارشتون فردا ارسال میشه.\n\n⟦↩️ در پاسخ به مریم:\nنمیتونم صبر کنم⟧');
    // Without a date, an address or a reply marker, a line ending «نوشت:» is the agent's own unless "> " lines follow.
    expectQuotes('همکارم برای شما نوشت:\nسفارش فردا ارسال می‌شود.');
    expectQuotes('در پاسخ به پیام شما:\nسفارش فردا ارسال می‌شود.');
  });

  it('does not take signatures for quotes: the agent\'s own "-- " block stays, the customer\'s stays quoted', () => {
    const src = 'Hi Sam,\nYour refund is on its way.\n-- \nAna Ruiz\nAcme Support | +1 555 0100\n\n⟦On Mon, 1 Jan 2024, Sam <sam@example.com> wrote:\n> Where is my refund?\n> --\n> Sam\n> Sent from my iPhone⟧';
    expectQuotes(src);
    expect(quoteRanges('Thanks,\nAna\n--\nSent from my iPhone')).toEqual([]);
  });

  it('accepts \\r\\n line ends and offsets still point into the original', () => {
    const text = 'Fixed.\r\n\r\nOn Mon, Sam <s@x.io> wrote:\r\n> broken\r\n';
    const [[a, b]] = quoteRanges(text);
    expect(text.slice(a, b)).toBe('On Mon, Sam <s@x.io> wrote:\r\n> broken');
  });

  it('is linear on long quotes', () => {
    const text = 'ok\n' + '> line of quoted text\n'.repeat(20_000);
    const r = quoteRanges(text);
    expect(r).toHaveLength(1);
    expect(r[0][0]).toBe(3);
  });
});

describe('range helpers', () => {
  it('merges and tests overlap', () => {
    expect(mergeRanges([[5, 9], [0, 2], [2, 4], [8, 12], [7, 7]])).toEqual([[0, 4], [5, 12]]);
    const r: TextRange[] = [[10, 20]];
    expect(overlapsAny(r, 0, 10)).toBe(false);
    expect(overlapsAny(r, 19, 25)).toBe(true);
    expect(overlapsAny(r, 20, 20)).toBe(false);
    expect(overlapsAny(r, 10, 10)).toBe(true);
  });
});
