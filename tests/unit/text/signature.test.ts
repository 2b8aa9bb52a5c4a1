// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { draftNotOwnRanges, signatureRanges } from '../../../lib/text/signature.ts';
import { draftQuoteRanges } from '../../../lib/text/quotes.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';

const cut = (text: string) => signatureRanges(text, draftQuoteRanges(text)).map(([a, b]) => text.slice(a, b));

describe('signatureRanges: the agent\'s sign-off and mail footer are not this reply\'s wording', () => {
  it('takes the closing, the name and the lines under it', () => {
    const d = 'Hi Dana,\n\nYour refund went out today.\n\nCheers,\nRob\nTier 2 Support, Kitewire Networks\nOffice hours: Mon-Fri, 8-6. We can\'t respond to tickets outside these hours.';
    expect(cut(d)).toEqual(['Cheers,\nRob\nTier 2 Support, Kitewire Networks\nOffice hours: Mon-Fri, 8-6. We can\'t respond to tickets outside these hours.']);
  });
  it('takes confidentiality and no-reply footers, English and Persian', () => {
    const en = 'Dear Mr Lee,\n\nThe certificate is attached.\n\nThis email and any attachments are confidential. If you are not the intended recipient, you must not copy or use it.';
    expect(cut(en)).toEqual(['This email and any attachments are confidential. If you are not the intended recipient, you must not copy or use it.']);
    const fa = 'سلام، سفارش شما ارسال شد.\n\nلطفاً به این ایمیل پاسخ ندهید؛ این نشانی پاسخگو نیست.';
    expect(cut(fa)).toEqual(['لطفاً به این ایمیل پاسخ ندهید؛ این نشانی پاسخگو نیست.']);
  });
  it('takes a computer- or system-generated notice under a closing the reader does not know (rwen31)', () => {
    const d = 'Your tyres are fitted and the car is ready at our Klang branch.\n\nTq,\nMei Ling\n*This is a computer generated message, no signature is required.*';
    expect(cut(d)).toContain('*This is a computer generated message, no signature is required.*');
    const e = 'Hi Ravi,\nYour payslip for May is attached.\nThis is a system-generated email. Please do not print.';
    expect(cut(e).join('\n')).toContain('This is a system-generated email.');
    // The words in the reply itself are the agent's: only the notice's own shape is a footer.
    expect(cut('Hi,\nthe stock report is computer generated overnight, so the totals may lag a day.\nThanks for checking!')).toEqual([]);
  });
  it('reads Persian sign-offs, formal and colloquial', () => {
    const d = 'اشتراکتون تمدید شد.\n\nقربانت\nرضا کاظمی\nتیم پشتیبانی\nجمعه‌ها پاسخگو نیستیم';
    expect(cut(d)).toEqual(['قربانت\nرضا کاظمی\nتیم پشتیبانی\nجمعه‌ها پاسخگو نیستیم']);
    const f = 'با سلام، درخواست شما ثبت شد.\n\nبا احترام\nواحد امور مشتریان';
    expect(cut(f)).toEqual(['با احترام\nواحد امور مشتریان']);
  });
  it('reads a Persian name / unit block with no closing above it, and the warning lines under it', () => {
    const unit = 'وام شما تأیید شد.\n\nواحد اعتبارات بانک\nکارکنان ما هرگز رمز کارت شما را درخواست نمی‌کنند.';
    expect(cut(unit)).toEqual(['واحد اعتبارات بانک\nکارکنان ما هرگز رمز کارت شما را درخواست نمی‌کنند.']);
    const dash = 'شارژتون نشست 👌\n— پشتیبانی اپراتور\nفروش خط به غیر مجاز نیست.';
    expect(cut(dash)).toEqual(['— پشتیبانی اپراتور\nفروش خط به غیر مجاز نیست.']);
    const bar = 'بلیتتون صادر شد.\n\nنیلوفر | مرکز تماس\nاین پیامک فقط جهت اطلاع‌رسانی است.';
    expect(cut(bar)).toEqual(['نیلوفر | مرکز تماس\nاین پیامک فقط جهت اطلاع‌رسانی است.']);
    const legal = 'سلام، فاکتور پیوست است.\nهرگونه کپی از این نامه بدون اجازه پیگرد قانونی دارد.';
    expect(cut(legal)).toEqual(['هرگونه کپی از این نامه بدون اجازه پیگرد قانونی دارد.']);
    const access = 'درخواست شما ثبت شد.\nهرگونه ورود غیرمجاز به این درگاه و هرگونه دسترسی بدون مجوز به داده‌ها پیگرد قانونی دارد.';
    expect(cut(access)).toEqual(['هرگونه ورود غیرمجاز به این درگاه و هرگونه دسترسی بدون مجوز به داده‌ها پیگرد قانونی دارد.']);
    const post = 'رسید پرداخت پیوست شد.\nاین پست الکترونیک فقط برای اطلاع‌رسانی ارسال شده و پاسخ داده نمی‌شود.';
    expect(cut(post)).toEqual(['این پست الکترونیک فقط برای اطلاع‌رسانی ارسال شده و پاسخ داده نمی‌شود.']);
  });
  it('reads disclaimers and "no copying without permission" notices, and a hotel or clinic name line over its house rule', () => {
    const disclaimer = 'گواهی شما صادر شد.\n\nبا احترام، واحد صدور\nسلب مسئولیت: شرکت در قبال تصمیمات مبتنی بر این نامه هیچ مسئولیتی نمی‌پذیرد.';
    // The sign-off carries the unit on its line, so it and the notice under it are one signature block (lead27).
    expect(cut(disclaimer)).toEqual(['با احترام، واحد صدور\nسلب مسئولیت: شرکت در قبال تصمیمات مبتنی بر این نامه هیچ مسئولیتی نمی‌پذیرد.']);
    const copying = 'بسته‌تون فردا پست میشه 🌸\n\n⚠️ برداشت از متن‌های سایت بدون ذکر منبع ممنوعه';
    expect(cut(copying)).toEqual(['⚠️ برداشت از متن‌های سایت بدون ذکر منبع ممنوعه']);
    const hotel = 'اتاقتون رزرو شد.\n\nهتل آسمان شیراز\n*استعمال دخانیات در اتاق‌ها مجاز نمی‌باشد';
    expect(cut(hotel)).toEqual(['هتل آسمان شیراز\n*استعمال دخانیات در اتاق‌ها مجاز نمی‌باشد']);
    const en = 'Your certificate is attached.\n\nDisclaimer: we cannot be held liable for decisions made on the basis of this e-mail.';
    expect(cut(en)).toEqual(['Disclaimer: we cannot be held liable for decisions made on the basis of this e-mail.']);
    // The reply's own sentences about copying or a hotel stay the agent's words.
    expect(cut('سلام،\nاستفاده از این کد بدون ثبت‌نام هم ممکن است.\nهتل فردا تماس می‌گیرد.')).toEqual([]);
  });

  it('keeps Persian reply lines that open with a unit word but are sentences, and a unit line with the reply going on', () => {
    expect(cut('سلام،\nتیم ما فردا پیگیری می‌کند\nمتاسفانه امروز نمی‌شود.')).toEqual([]);
    expect(cut('سلام،\nواحد مالی:\nامکان بازپرداخت وجود ندارد.')).toEqual([]);
    expect(cut('سلام،\nتیم فنی\nیک\nدو\nسه')).toEqual([]);
  });
  it('keeps the reply that goes on after a "Thanks," and a postscript under the signature', () => {
    const goesOn = 'Hi,\n\nThanks,\n\nI also checked your invoice and we cannot refund the fee.\nThe rest is fine.';
    expect(cut(goesOn)).toEqual([]);
    const ps = 'Hi,\nAll done.\n\nBest,\nAna\nP.S. We can\'t ship to PO boxes, so use a street address.';
    expect(cut(ps)).toEqual(['Best,\nAna']);
  });
  it('finds nothing in a draft without a sign-off, and nothing in an empty one', () => {
    expect(cut('We cannot refund this order, but I can offer store credit.')).toEqual([]);
    expect(signatureRanges('')).toEqual([]);
    expect(cut('Thank you for your patience while we look into it.\nWe will write again tomorrow.')).toEqual([]);
  });
  it('stays in the agent\'s part: a sign-off inside the quoted customer mail is already quoted', () => {
    const d = 'We\'ve sent a new code.\n\nOn Tue, 3 Dec, Sam <sam@example.com> wrote:\n> I can\'t log in.\n> Regards,\n> Sam';
    const r = draftNotOwnRanges(d);
    expect(r).toEqual(draftQuoteRanges(d));
  });
  it('the rewrite engine leaves footer words alone and still reads the reply above them', () => {
    const d = 'Unfortunately the voucher has expired.\n\nKind regards,\nSupport Team\nThis mailbox is not monitored, please do not reply to this address.';
    const exclude = draftNotOwnRanges(d);
    const s = suggestRewrites(d, builtinPacks, { exclude });
    expect(s.length).toBeGreaterThan(0);
    const footer = d.indexOf('Kind regards');
    expect(s.every((x) => x.flagged.end <= footer)).toBe(true);
  });
});

describe('lead27: a notice under a closing that carries the name', () => {
  const own = (t: string) => {
    const r = signatureRanges(t);
    return r.length ? t.slice(r[0][0]) : '';
  };
  it('Persian: «ارادتمند، منشی کلینیک» then a notice line is all signature', () => {
    const t = 'سلام خانم کریمی، نوبت شما برای سه‌شنبه ساعت ۱۰ ثبت شد.\nارادتمند، منشی کلینیک\nتوجه: کلینیک روزهای جمعه تعطیل است و پاسخگوی تماس‌ها نیستیم.';
    expect(own(t)).toContain('پاسخگوی تماس‌ها نیستیم');
  });
  it('English: "Cheers, Ben" then a note line is all signature', () => {
    const t = "Hi Jo, the engineer is booked for Tuesday morning.\nCheers, Ben\nNote: I don't work Fridays, so replies may wait until Monday.";
    expect(own(t)).toContain("don't work Fridays");
  });
  it('a closing with no name over more reply is still no signature', () => {
    const t = "Hi Jo,\nThanks.\nUnfortunately we can't refund the deposit.\nAnything else, just ask.\nMore lines\nand more\nand more";
    expect(own(t)).not.toContain('refund');
  });
});
