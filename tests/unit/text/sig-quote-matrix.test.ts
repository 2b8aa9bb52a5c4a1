// @vitest-environment node
/**
 * Issue 12: only the agent's own words are the draft. A sample of the signature / footer / quoted-mail matrix
 * (scripts/sig-quote-matrix.ts, generated from parts) gets no flag in the block under the reply, the agent's own negative
 * sentence above it is still flagged, and footer-like words in the agent's own last paragraph stay the draft.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { isDraftFooterKey, isFooterKey } from '../../../lib/text/footer.ts';
import { draftNotOwnRanges } from '../../../lib/text/signature.ts';
import { sigQuoteMatrix } from '../../../scripts/sig-quote-matrix.ts';

const flags = (s: string) => {
  const exclude = draftNotOwnRanges(s);
  return suggestRewrites(s, builtinPacks, exclude.length ? { exclude, generic: true } : { generic: true });
};
const flagged = (s: string) => flags(s).length > 0;
const flaggedAfter = (s: string, at: number) => flags(s).some((x) => x.end > at);
const flaggedBefore = (s: string, at: number) => flags(s).some((x) => x.start < at);

describe('signature, footer and quoted-mail matrix (scripts/sig-quote-matrix.ts)', () => {
  const items = sigQuoteMatrix();
  it('a sample of every kind: nothing flagged in the block, the negative reply above it still flagged', () => {
    const sample = items.filter((_, i) => i % 13 === 0 || items[i].kind.includes('-own-') || items[i].kind.includes('-quote-'));
    expect(sample.length).toBeGreaterThan(500);
    const wrong: string[] = [];
    for (const x of sample) {
      if (x.blockStart >= 0 && flaggedAfter(x.text, x.blockStart)) wrong.push(`block ${x.kind}: ${x.text.slice(x.blockStart)}`);
      if (x.negativeBody && !flaggedBefore(x.text, x.blockStart < 0 ? x.text.length : x.blockStart)) wrong.push(`lost ${x.kind}: ${x.text}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('footer kinds', () => {
  it('legal and virus notices in many wordings', () => {
    for (const s of [
      'acme ltd cannot be held responsible for any loss or damage arising from viruses.',
      'acme will not be liable for any damage caused by this email or its attachments.',
      'although we have taken steps to ensure this email is free from viruses, we cannot accept liability for any damage it may cause.',
      'unauthorized access to or use of this email is prohibited and may be unlawful.',
      'this message may contain privileged information. dissemination, distribution or copying of it is prohibited.',
      'هرگونه استفاده غیرمجاز ممنوع است.',
      'هرگونه کپی بدون اجازه کتبی ممنوع است و پیگرد قانونی دارد.',
      'مسئولیت محتوای این پیام با فرستنده است و شرکت در قبال آن مسئولیتی نمی پذیرد.',
      'شرکت هیچ گونه مسئولیتی در قبال ویروس های احتمالی پیوست ها ندارد.',
    ])
      expect(isFooterKey(s), s).toBe(true);
  });
  it('the agent\'s own refusal with the same words is not a footer', () => {
    for (const s of [
      'we cannot be held responsible for any loss or damage during delivery.',
      "we won't be liable for the courier's mistakes, sorry.",
      'ما در قبال تاخیر پست مسئولیتی نمی پذیریم.',
      'این مشکل شماست و ما مسئولیتی در قبال آن نداریم.',
      'هرگونه استفاده از کارت شما مسدود می شود.',
    ])
      expect(isFooterKey(s), s).toBe(false);
  });
  it('working-hours notices, at a draft\'s end only', () => {
    for (const s of [
      'our office hours are mon–fri 9am–5pm. we cannot respond to emails outside these hours.',
      'working hours: monday to friday, 9:00–17:30 (closed on bank holidays)',
      "i work mon–thu, so please don't expect a reply from me on fridays.",
      'ساعات کاری: شنبه تا چهارشنبه ۹ تا ۱۷ (پنجشنبه و جمعه تعطیل)',
      'ساعت پاسخگویی: ۸ تا ۱۶؛ در ایام تعطیل پاسخگو نیستیم.',
    ]) {
      expect(isDraftFooterKey(s), s).toBe(true);
      expect(isFooterKey(s), s).toBe(false);
    }
    for (const s of ["our office hours are over for today, so we can't process the refund.", "i work in billing, so i can't change your address.", 'ساعت کاری ما تمام شده و نمی توانیم امروز پول شما را برگردانیم.', 'در روزهای تعطیل پاسخگو نیستیم، باید زودتر پیام می دادید.'])
      expect(isDraftFooterKey(s), s).toBe(false);
  });
  it('an agent\'s last paragraph that starts "Please do not…" is the draft', () => {
    const d = 'Hi Sam,\n\nThanks for your message.\n\nPlease do not contact us again about this order.';
    expect(flaggedAfter(d, d.indexOf('Please'))).toBe(true);
    const f = 'Hi Sam,\n\nThanks for your message.\n\nPlease do not reply to this email. This mailbox is not monitored.';
    expect(flaggedAfter(f, f.indexOf('Please'))).toBe(false);
  });
});

describe('a unit line and an institution\'s disclaimer under the reply', () => {
  it('third-person disclaimers at the end are left out; the agent\'s first person stays', () => {
    for (const [d, tail] of [
      ['Your proofs are ready.\n\nRiverside Print Studio\nCopying of these designs without written permission is prohibited.', 'Riverside'],
      ['Your booking is confirmed.\n\nHarbour Hotel Front Desk\nThe hotel accepts no responsibility for valuables left in rooms.', 'Harbour'],
      ['نوبت شما ثبت شد.\n\nپذیرش بیمارستان مهر\nبیمارستان در قبال اشیای قیمتی همراه بیمار هیچ‌گونه مسئولیتی نمی‌پذیرد.', 'پذیرش'],
      ['سفارش شما ارسال شد.\n\nمیز خدمات فروشگاه آریا\nفروشگاه هیچ‌گونه مسئولیتی در قبال آدرس نادرست ندارد.', 'میز'],
    ])
      expect(flaggedAfter(d, d.indexOf(tail)), d).toBe(false);
    for (const d of ['Hi Sam,\n\nThanks.\n\nWe are not responsible for items left in the room.', 'سلام،\n\nممنون.\n\nما هیچ‌گونه مسئولیتی در قبال تأخیر پست نمی‌پذیریم.', 'Hi Sam,\n\nUse of the pool without a wristband is prohibited.'])
      expect(flagged(d), d).toBe(true);
  });
});

describe('thanks sign-offs and notes about the mail itself', () => {
  it('"Thanks for your patience," / «با تشکر از صبوری شما» over a name open the signature', () => {
    for (const d of [
      'Hi Sam,\n\nYour parcel left today.\n\nThank you for your understanding,\nSam Lee\nThis inbox isn\'t monitored, please don\'t reply.',
      'سلام،\n\nبسته امروز ارسال شد.\n\nبا تشکر از شکیبایی شما\nمریم احمدی\nاین صندوق پستی پاسخگو نیست.',
      'سلام،\n\nبسته امروز ارسال شد.\n\nسپاس‌گزاریم\nتیم پشتیبانی\nاز به اشتراک گذاشتن این ایمیل خودداری کنید.',
    ])
      expect(flaggedAfter(d, d.lastIndexOf('\n\n')), d).toBe(false);
  });
  it('the same words that end a sentence of the reply, or go on with the agent\'s clause, stay the draft', () => {
    for (const d of [
      "Hi Sam,\n\nThanks for your patience.\nWe can't refund the delivery fee.",
      'سلام،\n\nاز ارسال این ایمیل برای پیک خودداری کنید، باید قوانین را می‌خواندید.',
    ])
      expect(flagged(d), d).toBe(true);
  });
});

describe('quoted mail framed by em dashes', () => {
  it('«——— پیام بازارسال‌شده ———» and «—— پیام اصلی ——» open quoted history', () => {
    for (const h of ['——— پیام بازارسال‌شده ———', '—— پیام اصلی ——', '–––– Forwarded message ––––']) {
      const d = `سلام، بررسی شد.\n\n${h}\nنمی‌توانید پولم را برگردانید؟ باید قبل از ارسال بررسی می‌کردید.`;
      expect(flaggedAfter(d, d.indexOf(h)), h).toBe(false);
    }
  });
});

describe('helpdesk history entries and labels over the customer\'s pasted words', () => {
  const angry = "You can't even refund me. That's not my problem, you should have checked the order.";
  const fa = 'نمی‌توانید پولم را برگردانید؟ این مشکل من نیست، باید قبل از ارسال بررسی می‌کردید.';
  it('"Sam Lee (Customer)" over a date, "Original message from …:", «متن پیام مشتری:» quote what follows', () => {
    for (const [h, t] of [['Jo Park (Requester)\n14/11/2026 09:15', angry], ['Original message from Jo Park:', angry], ["The client's message:", angry], ['رضا کریمی (کاربر)\n۱۴ آبان ۱۴۰۵، ۰۹:۱۵', fa], ['متن پیام مشتری:', fa], ['پیام قبلی از رضا کریمی:', fa]]) {
      const d = `Hi,\n\nDone today.\n\n${h}\n${t}`;
      expect(flaggedAfter(d, d.indexOf(h)), h).toBe(false);
    }
  });
  it('a label over the agent\'s own words, or a role with no date under it, stays the draft', () => {
    for (const d of ["Hi,\n\nYour message:\nWe can't refund you for this order.", "Hi,\n\nSam Lee (Customer)\nWe can't refund you for this order."]) expect(flagged(d), d).toBe(true);
  });
});
