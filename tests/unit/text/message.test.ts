// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentOf, isClosingLine, latestWords, parseMessage } from '../../../lib/text/message.ts';

function latest(message: string): string {
  const l = latestWords(message);
  // Offsets always point into the original message.
  expect(message.slice(l.start, l.end)).toBe(l.text);
  return l.text;
}

describe('latestWords — English', () => {
  it('cuts Gmail-style quoted history and the closing with its name', () => {
    const msg = [
      'Hi team,',
      '',
      "My order #123 still hasn't arrived. Can you check?",
      '',
      'Thanks,',
      'Sam Smith',
      '',
      'On Mon, Jan 1, 2024 at 10:00 AM Support <support@example.com> wrote:',
      '> We shipped it yesterday.',
      '> Regards',
    ].join('\n');
    expect(latest(msg)).toBe("Hi team,\n\nMy order #123 still hasn't arrived. Can you check?");
    const p = parseMessage(msg);
    expect(p.closing?.text).toBe('Thanks,');
    expect(p.signature?.text).toBe('Sam Smith');
    expect(p.quoted?.text.startsWith('On Mon, Jan 1')).toBe(true);
  });

  it('handles a Gmail header wrapped over two lines', () => {
    const msg = 'Still broken.\n\nOn Tue, 2 Jan 2024 at 09:12, Very Long Support Name <\nsupport@example.com> wrote:\n> try again';
    expect(latest(msg)).toBe('Still broken.');
  });

  it('cuts Outlook-style From/Sent blocks and the rule above them', () => {
    const msg = [
      'Hello,',
      'this is the third time I write about the refund!!',
      'Best regards,',
      'Dr. Jane Doe',
      'University of Tehran',
      '',
      '________________________________',
      'From: Support <s@example.com>',
      'Sent: Monday, January 1, 2024 10:00 AM',
      'To: Jane Doe',
      'Subject: RE: refund',
      '',
      'We are looking into it.',
    ].join('\r\n');
    expect(latest(msg)).toBe('Hello,\r\nthis is the third time I write about the refund!!');
    const p = parseMessage(msg);
    expect(p.signature?.text).toBe('Dr. Jane Doe\r\nUniversity of Tehran');
    expect(p.quoted?.text.startsWith('From: Support')).toBe(true);
  });

  it('cuts -----Original Message----- and > lines', () => {
    expect(latest('Any news?\n-----Original Message-----\nFrom: a@b.c\nold')).toBe('Any news?');
    expect(latest('Please cancel it.\n\n> You wrote:\n> old text')).toBe('Please cancel it.');
  });

  it('reads a bottom-posted reply below the quote', () => {
    const msg = '> Your ticket was closed.\n> Support\n\nWhy was it closed? I never got a reply.\n-- \nSam';
    expect(latest(msg)).toBe('Why was it closed? I never got a reply.');
  });

  it('reads the reply below the quote when only a subject line or a greeting stands above it', () => {
    const subject = 'Re: order 4471\n> We have shipped your order.\n> Regards, Support\n\nIt still has not arrived. Where is it?\n\nThanks\nAnna';
    expect(latest(subject)).toBe('It still has not arrived. Where is it?');
    const greeting = 'Hi,\n\nOn Tue, 4 Mar 2025, Support <s@x.com> wrote:\n> Your refund was sent.\n\nNo it was not. Third time asking.';
    expect(latest(greeting)).toBe('No it was not. Third time asking.');
    // A greeting with words after it is the customer's message: the quote below is history.
    expect(latest('Hi, any update on this?\n\nOn Tue, Support wrote:\n> We are looking into it.')).toBe('Hi, any update on this?');
  });

  it('a sentence of the customer that starts like a header is not joined with the quoted header below it', () => {
    const msg = 'On Monday I was promised a call back and nobody called.\n\n> On Mon, 3 Mar 2025, Support <s@x.com> wrote:\n> We will call you.';
    expect(latest(msg)).toBe('On Monday I was promised a call back and nobody called.');
  });

  it('cuts "-- " signatures and "Sent from my iPhone"', () => {
    expect(latest('Where is my refund?\n\nSent from my iPhone')).toBe('Where is my refund?');
    expect(latest('Where is my refund?\n-- \nSam Smith | Acme\n+1 555 123 4567')).toBe('Where is my refund?');
  });

  it('keeps the closing when it is all there is, and keeps thanks that are content', () => {
    expect(latest('Thanks!')).toBe('Thanks!');
    expect(latest('It works now.\nThanks for your help, this saved my day.')).toBe('It works now.\nThanks for your help, this saved my day.');
    expect(latest('It works now.\nThanks, Sam')).toBe('It works now.');
  });

  it('returns the whole message when there is nothing to cut', () => {
    const msg = '  I was charged twice for order 55.  ';
    const l = latestWords(msg);
    expect(l.text).toBe('I was charged twice for order 55.');
    expect(l.start).toBe(2);
  });
});

describe('latestWords — Persian', () => {
  it('a sentence that starts «در تاریخ …» is the customer\'s, not the quoted header two lines below it', () => {
    const msg = 'سلام\nدر تاریخ ۳ آبان سفارش دادم و هنوز خبری نشده.\n\n> در تاریخ ۵ آبان، پشتیبانی نوشت:\n> سفارش شما ارسال شد.';
    expect(latest(msg)).toBe('سلام\nدر تاریخ ۳ آبان سفارش دادم و هنوز خبری نشده.');
  });


  it('cuts Persian Gmail quotes and "با تشکر" + name', () => {
    const msg = [
      'با سلام و احترام',
      'سفارش من هنوز نرسیده است. لطفاً پیگیری کنید.',
      'با تشکر',
      'علی رضایی',
      '',
      'در تاریخ دوشنبه ۱ ژانویه ۲۰۲۴ ساعت ۱۰:۰۰ \u200fپشتیبانی <s@example.com>\u200f نوشت:',
      '> متن قبلی',
    ].join('\n');
    expect(latest(msg)).toBe('با سلام و احترام\nسفارش من هنوز نرسیده است. لطفاً پیگیری کنید.');
    const p = parseMessage(msg);
    expect(p.closing?.text).toBe('با تشکر');
    expect(p.signature?.text).toBe('علی رضایی');
  });

  it('matches closings written with Arabic yeh/kaf and an inline name', () => {
    const msg = 'لطفا پاسخ بدهيد.\nبا تشكر، مريم احمدی';
    expect(latest(msg)).toBe('لطفا پاسخ بدهيد.');
    expect(latest('مشکل حل نشد.\nارادتمند\nدکتر حسینی\nدانشگاه تهران')).toBe('مشکل حل نشد.');
  });

  it('cuts a Persian Outlook block', () => {
    const msg = 'هنوز جواب نگرفتم!\n\nاز: پشتیبانی\nارسال شده: دوشنبه\nموضوع: سفارش\n\nمتن قدیمی';
    expect(latest(msg)).toBe('هنوز جواب نگرفتم!');
  });
});

describe('contentOf', () => {
  it('drops greeting lines, inline greetings, closings and signatures', () => {
    expect(contentOf('Hi team,\n\nHow do I reset my password?\n\nThanks,\nSam')).toBe('How do I reset my password?');
    expect(contentOf('Dear Sir/Madam,\nI would like a refund.\nYours faithfully,\nJ. Doe')).toBe('I would like a refund.');
    expect(contentOf('Hi, my card was declined')).toBe('my card was declined');
    expect(contentOf('سلام\nرمز عبورم را فراموش کردم')).toBe('رمز عبورم را فراموش کردم');
    expect(contentOf('با سلام و احترام،\nفاکتور را ندارم.\nبا سپاس')).toBe('فاکتور را ندارم.');
    expect(contentOf('درود، سفارشم کجاست؟')).toBe('سفارشم کجاست؟');
    expect(contentOf('سلام وقت بخیر\nکد تخفیف کار نمی‌کند')).toBe('کد تخفیف کار نمی‌کند');
  });

  it('does not eat words that merely start like a greeting', () => {
    expect(contentOf('Hidden fees appeared on my bill')).toBe('Hidden fees appeared on my bill');
    expect(contentOf('سلامت محصول مهم است')).toBe('سلامت محصول مهم است');
  });
});

describe('isClosingLine: a closing that starts like a shorter one', () => {
  it('reads «ارادتمندم،» and, in a draft, «ارادتمند شما،» as closings; a sentence that starts with one is not', () => {
    expect(isClosingLine('ارادتمندم،')).toBe(true);
    expect(isClosingLine('ارادتمند شما،', true)).toBe(true);
    expect(isClosingLine('ارادتمند شما،')).toBe(false);
    expect(isClosingLine('ارادتمند شما هستم و منتظر پاسخ', true)).toBe(false);
    expect(isClosingLine('با تشکر، علی رضایی')).toBe(true);
  });
});
