// @vitest-environment node
/** rwfap25: Persian quote forms in an agent's draft (lib/text/quotes.ts). ⟦…⟧ marks what is quoted. */
import { describe, expect, it } from 'vitest';
import { draftQuoteRanges } from '../../../lib/text/quotes.ts';

function marked(src: string): { text: string; quotes: Array<[number, number]> } {
  let text = '';
  const quotes: Array<[number, number]> = [];
  let open = -1;
  for (const ch of src) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') quotes.push([open, text.length]);
    else text += ch;
  }
  return { text, quotes };
}
function expectQuotes(src: string) {
  const { text, quotes } = marked(src);
  const got = draftQuoteRanges(text).map(([a, b]) => text.slice(a, b).trim());
  expect(got).toEqual(quotes.map(([a, b]) => text.slice(a, b).trim()));
}

describe('Persian quotes in a draft (rwfap25)', () => {
  it('takes a quote alone on its line under a label that reports it', () => {
    expectQuotes('مشتری گرامی، در پاسخ به پیام شما که نوشته بودید:\n⟦«مبلغ دو بار از حسابم کم شده و هیچ‌کس پاسخگو نیست»⟧\nمبلغ اضافی امروز برگشت.');
    expectQuotes('⟦پیام شما:\n«اصلاً قابل قبول نیست که سه بار زنگ بزنم»⟧\nکاملاً حق دارید.');
    expectQuotes('درباره این جمله‌تان که نوشتید:\n\n⟦"شما هیچ‌وقت به موقع ارسال نمی‌کنید"⟧\nاز این ماه دو بار در روز ارسال داریم.');
    // A label of the agent's own («لطفاً این متن را بفرستید:») does not report the customer.
    expectQuotes('لطفاً این متن را برای بانک بفرستید:\n«درخواست استرداد وجه دارم»');
  });
  it('takes a named attribution with no date over an unmarked copy, and a Persian label over a complaint', () => {
    expectQuotes('سلام، سفارش شما ارسال شد.\n\n⟦سارا احمدی نوشت:\nهیچ‌کس جواب نمی‌ده، واقعاً افتضاحه.⟧');
    expectQuotes('⟦متن پیام شما:\nهیچ‌کس پاسخگو نیست و سفارش هنوز نرسیده!⟧\n\nسفارش شما امروز تحویل شد.');
    expectQuotes('⟦پیام قبلی شما (۱۲ آبان):\nکسی جواب نمیده، این چه وضعیه؟⟧\n\nپرونده شما بسته شد.');
    // The agent's own earlier words, a colleague's relayed message, and a plain line under «پیام شما:» stay the draft.
    expectQuotes('در پیام قبلی نوشتم:\nامکان تعویض وجود ندارد.');
    expectQuotes('همکارم برای شما نوشت:\nسفارش فردا ارسال می‌شود.');
    expectQuotes('پیام شما:\nدریافت شد و تا فردا بررسی می‌شود.');
    expectQuotes('مشتری گرامی:\nمتأسفانه امکان تعویض وجود ندارد.');
    expectQuotes('⟦پیام مشتری:\nهیچکس پاسخگو نیست، اصلاً قابل قبول نیست.⟧\n\nسلام، سفارش شما تحویل شد.');
    expectQuotes('⟦مشتری (۱۲ آذر ۱۴۰۳، ۱۴:۰۲):\nهیچکس پاسخگو نیست، اصلاً قابل قبول نیست.⟧\n\nسلام، سفارش شما تحویل شد.');
    expectQuotes('⟦نوشته بودید:\n«سلام،\nسفارشم هنوز نرسیده و هیچ‌کس پاسخگو نیست.\nممنون»⟧\n\nسفارش شما تحویل شد.');
  });
  it('takes "> " lines after a bidi mark, WhatsApp export lines, «به نقل از شما», and Outlook\'s «از طرف: / فرستاده شده:»', () => {
    expectQuotes('سلام، سفارش شما ارسال شد.\n\n⟦\u200f> چرا هیچ‌کس جواب نمی‌ده؟\n\u200f> اصلاً قابل قبول نیست.⟧');
    expectQuotes('سلام\n⟦[۱۴:۰۲، ۱۴۰۳/۰۹/۱۲] سارا: چرا هنوز نرسیده؟\n[۱۴:۰۵، ۱۴۰۳/۰۹/۱۲] سارا: کسی پاسخگو نیست؟⟧\n\nسفارش شما تحویل شد.');
    expectQuotes('سلام\n⟦[12/3/2024, 14:02] Sara: where is it?\n[12/3/2024, 14:05] Sara: nobody answers⟧\n\nYour order was delivered.');
    expectQuotes('به نقل از شما: ⟦«اصلاً قابل قبول نیست و کسی پاسخگو نیست»⟧. حق با شماست.');
    expectQuotes('سلام، سفارش شما تحویل شد.\n\n⟦از طرف: سارا احمدی\nفرستاده شده: دوشنبه ۱۲ آذر ۱۴۰۳\nبه: پشتیبانی\nموضوع: شکایت\n\nهیچکس پاسخگو نیست.⟧');
    // One "(10:00) …" line is the agent's schedule, not a pasted chat.
    expectQuotes('برنامه فردا:\n[۱۰:۰۰، ۱۴۰۳/۰۹/۱۳] بازدید کارشناس: نصب کولر');
  });
});
