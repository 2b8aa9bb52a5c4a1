/**
 * Signature, footer and quoted-mail matrix (issue 12: only the agent's own words are the draft). An agent's reply (a
 * clean sentence or two, or one with a negative sentence the engine must still flag) is followed by a block built from
 * parts: a signature (sign-off, name, title, team, company, phone, address, web, social, "Sent from my iPhone",
 * pronouns, working hours), legal / confidentiality / no-reply / virus / environment footers in many wordings, with
 * separators ("--", "___", blank lines, none), one part a line or run together on one line, Persian or Latin digits;
 * or quoted mail in every client's format holding angry customer text full of negative words. Written from the kinds
 * named in the task, not from any split's items.
 *
 *   npx tsx scripts/sig-quote-matrix.ts               per kind: items with a flag in the block / total; negative body kept / total
 *   npx tsx scripts/sig-quote-matrix.ts --list=<kind>  also list the failures of that kind (or all)
 *
 * A look-alike matrix (kind `own-*`) holds the agent's own last paragraph that reads like a footer ("Please do not send
 * the item back until…", «لطفاً تا … با ما تماس نگیرید») with and without a signature under it: it must stay flagged.
 *
 * Decisions (sig10):
 * - working-hours notices, the flexible-hours line and an institution's third-person disclaimer ("Acme accepts no
 *   responsibility …", «… هیچ‌گونه مسئولیتی نمی‌پذیرد») are read only on the lines a draft ends with (isDraftFooterKey),
 *   never mid-reply and never in a customer's message; legal / copy / virus / no-reply wordings are footers anywhere;
 * - a note about the mail itself in Persian («از به اشتراک گذاشتن این ایمیل خودداری کنید») counts only when it ends its
 *   sentence: «… خودداری کنید، باید …» goes on with the agent's own clause and stays the draft;
 * - left out: an apology sign-off ("Apologies again,", «با عرض پوزش مجدد») is not a closing (the apology reflex is the
 *   rules' to read), so a footer under it is left only when its wording is a footer; a last line with no closing above it
 *   that could be the agent's own ("We are unable to accept payments by phone.", «مراجعه حضوری بدون نوبت امکان‌پذیر
 *   نیست», "I'm out of the office on Fridays and won't be able to respond until Monday.") stays the draft;
 * - "We accept no responsibility for …" is not flagged by the engine at all (a recall gap, not this matrix's).
 */
import { pathToFileURL } from 'node:url';
import type { Suggestion } from '../lib/rewrite/index.ts';

export interface SigItem {
  kind: string;
  lang: 'en' | 'fa';
  text: string;
  /** Where the block that is not the agent's words begins (-1: none). */
  blockStart: number;
  /** The body holds a negative sentence that must stay flagged. */
  negativeBody: boolean;
}

const EN_CLEAN = ['Hi Sam,\n\nThanks for getting back to us. I have checked your order and it will arrive on Friday.', 'Hello Maria,\n\nYour refund has been processed today and should show on your statement within 3-5 working days.'];
const EN_NEG = ["Hi Sam,\n\nI have looked into this. We can't refund you for this order.", "Hello Maria,\n\nThat's not our problem, you should have read the terms."];
const FA_CLEAN = ['سلام سارا جان،\n\nسفارش شما بررسی شد و تا جمعه به دستتان می‌رسد.', 'با سلام و احترام،\n\nمبلغ شما امروز بازگردانده شد و تا سه روز کاری به حسابتان واریز می‌شود.'];
const FA_NEG = ['سلام سارا جان،\n\nپرونده را بررسی کردم. ما نمی‌توانیم پول شما را برگردانیم.', 'با سلام،\n\nاین مشکل شماست، باید قوانین را می‌خواندید.'];

const EN_SIGNOFF = ['Kind regards,', 'Best,', 'Cheers,', 'Thanks,', 'Best regards,', 'Many thanks,', 'Warm regards,', 'Regards,', 'Thank you,', 'All the best,', 'Sincerely,', 'Thanks again', 'Thanks for your patience,', 'Thank you for your understanding,', 'Many thanks for your patience and understanding,'];
const EN_NAME = ['Sam Lee', 'Maria', 'Jo Smith-Brown', 'Alex'];
const EN_TITLE = ['Customer Support Specialist', 'Senior Billing Agent', 'Team Lead, Returns', 'Customer Experience Advisor'];
const EN_TEAM = ['Acme Support Team', 'Billing | Acme Ltd', 'Customer Care, Northwind Bank', 'The Returns Team'];
const EN_COMPANY = ['Acme Ltd', 'Northwind Bank plc', 'Contoso Travel Inc.'];
const EN_PHONE = ['Tel: +44 20 7946 0000 ext. 214', 'Phone: (555) 123-4567 | Mobile: 555 987 6543', 'T +44 20 7946 0000', 'Direct line: 020 7946 0000 (ext 12)'];
const EN_ADDRESS = ['12 High Street, London EC1A 1BB', '200 Market St, Suite 300, San Francisco, CA 94105'];
const EN_WEB = ['www.acme.com', 'https://acme.com/support', 'acme.com | help.acme.com'];
const EN_SOCIAL = ['Follow us on Twitter @acme | LinkedIn | Instagram', 'Twitter: @acme_help'];
const EN_SENT = ['Sent from my iPhone', 'Sent from Outlook for Android', 'Get Outlook for iOS', 'Sent from my Samsung Galaxy smartphone.'];
const EN_PRONOUNS = ['She/her', 'Pronouns: they/them', '(he/him)'];
const EN_HOURS = [
  'Our office hours are Mon–Fri 9am–5pm. We cannot respond to emails outside these hours.',
  'Working hours: Monday to Friday, 9:00–17:30 (closed on bank holidays)',
  "I work Mon–Thu, so please don't expect a reply from me on Fridays.",
  'Office hours: 9-5, no calls on weekends.',
  "My working hours may not be your working hours. Please don't feel obliged to reply outside of yours.",
  'Please do not feel obligated to respond outside your normal working hours.',
];
const EN_FOOTER = [
  'This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and do not copy, use or disclose its contents.',
  'CONFIDENTIALITY NOTICE: The information in this message is confidential. Any unauthorised use, disclosure or copying is strictly prohibited.',
  'Please do not reply to this email. This mailbox is not monitored.',
  'This is an automated message, please do not reply.',
  'Acme Ltd cannot be held responsible for any loss or damage arising from viruses.',
  'Although we have taken steps to ensure this email is free from viruses, we cannot accept liability for any damage it may cause.',
  'Please consider the environment before printing this email.',
  "Don't print this email unless you really need to.",
  'The views expressed in this email are those of the sender and do not necessarily reflect the views of Acme Ltd.',
  'Acme Ltd is registered in England and Wales, company number 01234567. Registered office: 12 High Street, London.',
  'We will never ask you for your password or PIN by email. Never share your card details with anyone.',
  'If you have received this email in error, please delete it and notify us. You must not forward, copy or rely on it.',
  'Email transmission cannot be guaranteed to be secure or error-free.',
  'This message may contain privileged information. Dissemination, distribution or copying of it is prohibited.',
  'Unauthorized access to or use of this email is prohibited and may be unlawful.',
  'Acme will not be liable for any damage caused by this email or its attachments.',
  "This inbox isn't monitored, please don't reply.",
  "Please don't reply to this message.",
  'NOTICE: This e-mail is intended only for the named addressee. If you are not the addressee you must not read, copy or forward it.',
  'You must not copy, distribute or take any action in reliance on this email.',
  'We do not accept service of legal documents by email.',
  'Calls may be recorded for training and quality purposes.',
  'Copying or redistribution of this content without prior written consent is strictly prohibited.',
  'Northwind Travel accepts no responsibility for changes made by third-party airlines.',
  'The company assumes no liability for errors in automated translations.',
];

const FA_SIGNOFF = ['با احترام،', 'با سپاس،', 'ارادتمند،', 'قربان شما', 'با تشکر', 'با احترام و سپاس', 'سپاسگزارم،', 'موفق باشید', 'با آرزوی موفقیت', 'با تشکر از صبوری شما', 'سپاس‌گزاریم،', 'با سپاس از همراهی شما', 'با احترام فراوان،'];
const FA_NAME = ['مریم احمدی', 'علی رضایی', 'سارا'];
const FA_TITLE = ['کارشناس پشتیبانی', 'مسئول امور مشتریان', 'سرپرست واحد مالی'];
const FA_TEAM = ['تیم پشتیبانی فروشگاه نیلو', 'واحد خدمات مشتریان', 'پشتیبانی | شرکت نوآوران پارس', 'پذیرش بیمارستان مهر', 'میز خدمات مشتریان بانک سپهر', 'مطب دکتر رضایی', 'شعبه مرکزی نمایندگی آریا'];
const FA_COMPANY = ['شرکت نوآوران پارس', 'فروشگاه اینترنتی نیلو', 'آژانس مسافرتی آسمان'];
const FA_PHONE = ['تلفن: ۰۲۱-۸۸۷۷۶۶۵۵ داخلی ۲۱۴', 'تلفن: 021-88776655 داخلی 214', 'همراه: ۰۹۱۲۱۲۳۴۵۶۷', 'تلفن تماس: ۰۲۱۸۸۷۷۶۶۵۵ (داخلی ۱۲)'];
const FA_ADDRESS = ['نشانی: تهران، خیابان ولیعصر، پلاک ۱۲، واحد ۳', 'آدرس: اصفهان، خیابان چهارباغ، کوچه 5'];
const FA_WEB = ['www.nilo.ir', 'وب‌سایت: nilo.ir'];
const FA_SOCIAL = ['اینستاگرام: @nilo_shop', 'ما را در اینستاگرام و تلگرام دنبال کنید'];
const FA_SENT = ['ارسال شده از گوشی همراه', 'ارسال شده از آیفون من', 'ارسال‌شده از گوشی سامسونگ'];
const FA_PRONOUNS = ['(خانم)', 'ضمیر: ایشان'];
const FA_HOURS = [
  'ساعات کاری: شنبه تا چهارشنبه ۹ تا ۱۷ (پنجشنبه و جمعه تعطیل)',
  'پاسخگویی فقط در ساعات اداری امکان‌پذیر است و در روزهای تعطیل به ایمیل‌ها پاسخ داده نمی‌شود.',
  'ساعت پاسخگویی: ۸ تا ۱۶؛ در ایام تعطیل پاسخگو نیستیم.',
];
const FA_FOOTER = [
  'هرگونه استفاده غیرمجاز ممنوع است.',
  'این پیام محرمانه است و فقط برای گیرنده مورد نظر ارسال شده است. اگر گیرنده این پیام نیستید، لطفاً آن را حذف کنید.',
  'لطفاً به این ایمیل پاسخ ندهید.',
  'این ایمیل به صورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.',
  'هرگونه کپی‌برداری، انتشار یا استفاده از مطالب این ایمیل بدون اجازه کتبی ممنوع است و پیگرد قانونی دارد.',
  'شرکت هیچ‌گونه مسئولیتی در قبال ویروس‌های احتمالی پیوست‌ها ندارد.',
  'پیش از چاپ این ایمیل به محیط زیست فکر کنید.',
  'لطفاً رمز عبور و کد تأیید خود را در اختیار هیچ‌کس قرار ندهید. ما هرگز رمز شما را درخواست نمی‌کنیم.',
  'نظرات مطرح‌شده در این ایمیل لزوماً دیدگاه شرکت نیست.',
  'این نشانی پایش نمی‌شود و پاسخ‌ها خوانده نمی‌شوند.',
  'در صورتی که این پیام به اشتباه به دست شما رسیده، از انتشار، کپی یا استفاده از آن خودداری کنید.',
  'مسئولیت محتوای این پیام با فرستنده است و شرکت در قبال آن مسئولیتی نمی‌پذیرد.',
  'این پیام صرفاً جهت اطلاع‌رسانی است و قابل پاسخگویی نیست.',
  'این پیام از طریق سامانه ارسال شده و امکان پاسخ به آن وجود ندارد.',
  'کپی‌برداری از مطالب این پیام ممنوع است.',
  'این ایمیل ممکن است حاوی اطلاعات محرمانه باشد و افشای آن ممنوع است.',
  'کلیه حقوق محفوظ است. هرگونه کپی برداری ممنوع است.',
  'فروشگاه در قبال کالاهایی که خارج از سامانه خریداری شده‌اند هیچ‌گونه مسئولیتی ندارد.',
  'بیمارستان هیچ‌گونه مسئولیتی در قبال اشیای قیمتی بیماران نمی‌پذیرد.',
  'این صندوق پستی پاسخگو نیست.',
  'این ایمیل فقط برای ارسال اطلاعیه است و پاسخ‌ها بررسی نمی‌شوند.',
  'از چاپ غیرضروری این نامه خودداری کنید.',
  'ارسال این ایمیل به دیگران مجاز نیست.',
  'از به اشتراک گذاشتن این ایمیل خودداری کنید.',
];

const SEPARATORS = ['\n\n', '\n\n--\n', '\n\n-- \n', '\n\n___\n', '\n\n________________\n', '\n', '\n\n\n'];

interface Parts {
  signoff: string[]; name: string[]; title: string[]; team: string[]; company: string[]; phone: string[]; address: string[]; web: string[]; social: string[]; sent: string[]; pronouns: string[]; hours: string[]; footer: string[];
}
const EN: Parts = { signoff: EN_SIGNOFF, name: EN_NAME, title: EN_TITLE, team: EN_TEAM, company: EN_COMPANY, phone: EN_PHONE, address: EN_ADDRESS, web: EN_WEB, social: EN_SOCIAL, sent: EN_SENT, pronouns: EN_PRONOUNS, hours: EN_HOURS, footer: EN_FOOTER };
const FA: Parts = { signoff: FA_SIGNOFF, name: FA_NAME, title: FA_TITLE, team: FA_TEAM, company: FA_COMPANY, phone: FA_PHONE, address: FA_ADDRESS, web: FA_WEB, social: FA_SOCIAL, sent: FA_SENT, pronouns: FA_PRONOUNS, hours: FA_HOURS, footer: FA_FOOTER };

const pick = <T>(a: readonly T[], i: number): T => a[i % a.length];
const faDigits = (s: string) => s.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

/** Signature layouts: which parts, in order. */
const LAYOUTS: (keyof Parts)[][] = [
  ['signoff', 'name'],
  ['signoff', 'name', 'title', 'company'],
  ['signoff', 'name', 'pronouns', 'title', 'team', 'phone', 'web'],
  ['signoff', 'name', 'title', 'phone', 'address', 'web', 'social'],
  ['signoff', 'name', 'hours'],
  ['signoff', 'name', 'title', 'hours', 'footer'],
  ['signoff', 'name', 'company', 'phone', 'footer', 'footer'],
  ['name', 'title', 'team', 'phone'],
  ['team', 'footer'],
  ['sent'],
  ['signoff', 'sent'],
  ['footer'],
  ['footer', 'footer'],
  ['hours'],
  ['signoff', 'name', 'team', 'hours', 'footer', 'sent'],
];

function signatureItems(lang: 'en' | 'fa', parts: Parts, clean: string[], neg: string[]): SigItem[] {
  const out: SigItem[] = [];
  let n = 0;
  for (const [li, layout] of LAYOUTS.entries()) {
    for (const sep of SEPARATORS) {
      for (const oneLine of [false, true]) {
        for (const negBody of [false, true]) {
          for (let v = 0; v < 4; v++) {
            n++;
            const body = negBody ? pick(neg, n) : pick(clean, n);
            const seen = new Map<string, number>();
            const vals = layout.map((p) => {
              const c = seen.get(p) ?? 0;
              seen.set(p, c + 1);
              return pick(parts[p], n * 7 + v * 3 + c * 5 + li);
            });
            let block = oneLine ? vals.join(pick([' | ', ' · ', ' ', ' - '], n)) : vals.join(v % 2 ? '\n' : '\n\n'.slice(0, 1 + (v >> 1 & 1)));
            if (lang === 'fa' && v % 2 === 1) block = faDigits(block);
            const text = body + sep + block;
            const footerOnly = layout.every((p) => p === 'footer' || p === 'hours' || p === 'sent');
            const kind = `${lang}-sig-${layout.join('+')}${oneLine ? '-oneline' : ''}${footerOnly ? '' : ''}`;
            out.push({ kind, lang, text, blockStart: body.length, negativeBody: negBody });
          }
        }
      }
    }
  }
  return out;
}

const EN_ANGRY = [
  "This is ridiculous. You people are useless and I'm never buying from you again.",
  "You can't even refund me. That's not my problem, you should have checked the order before sending it.",
  'I am furious. Do not send me another template answer. Your service is a disgrace and I will report you.',
  "Why can't you just fix it? I've waited three weeks and nobody cares. Unacceptable!!!",
];
const FA_ANGRY = [
  'این مسخره‌بازی است. شما واقعاً بی‌مسئولیت هستید و دیگر هرگز از شما خرید نمی‌کنم.',
  'نمی‌توانید پولم را برگردانید؟ این مشکل من نیست، باید قبل از ارسال بررسی می‌کردید.',
  'دیگر با من با جواب‌های آماده تماس نگیرید. خدماتتان افتضاح است و شکایت می‌کنم.',
  'سه هفته است منتظرم و هیچ‌کس جواب نمی‌دهد. واقعاً غیرقابل قبول است!!!',
];

const EN_QUOTES: ((a: string, b: string) => string)[] = [
  (a, b) => `On Mon, 3 Dec 2026 at 14:02, Sam Lee <sam@example.com> wrote:\n> ${a}\n> ${b}`,
  (a, b) => `On Monday, December 3, 2026 2:02 PM, Sam Lee <sam@example.com> wrote:\n\n${a}\n${b}`,
  (a, b) => `On 03/12/2026 14:02, Sam Lee wrote:\n> ${a}\n>\n> ${b}`,
  (a, b) => `Sam Lee wrote:\n> ${a}\n> ${b}`,
  (a, b) => `From: Sam Lee <sam@example.com>\nSent: Monday, 3 December 2026 14:02\nTo: Support <support@acme.com>\nSubject: Re: Order #1234\n\n${a}\n\n${b}`,
  (a, b) => `From: Sam Lee\nSent: Monday, 3 December 2026 14:02\nTo: Acme Support\nSubject: RE: complaint\n\n${a} ${b}`,
  (a, b) => `-----Original Message-----\nFrom: Sam Lee <sam@example.com>\nSent: Monday, 3 December 2026 14:02\nTo: support@acme.com\nSubject: complaint\n\n${a}\n${b}`,
  (a, b) => `________________________________\nFrom: Sam Lee <sam@example.com>\nSent: Monday, December 3, 2026 2:02:13 PM\nTo: Acme Support <support@acme.com>\nSubject: Where is my order\n\n${a}\n${b}`,
  (a, b) => `*From:* Sam Lee <sam@example.com>\n*Sent:* Monday, 3 December 2026 14:02\n*To:* Support\n*Subject:* Re: refund\n\n${a}\n${b}`,
  (a, b) => `---------- Forwarded message ---------\nFrom: Sam Lee <sam@example.com>\nDate: Mon, 3 Dec 2026 at 14:02\nSubject: refund\nTo: <support@acme.com>\n\n${a}\n${b}`,
  (a, b) => `Begin forwarded message:\n\nFrom: Sam Lee <sam@example.com>\nDate: 3 December 2026 at 14:02:13 GMT\nTo: support@acme.com\nSubject: refund\n\n${a}\n${b}`,
  (a, b) => `-------- Original message --------\nFrom: Sam Lee <sam@example.com>\nDate: 03/12/2026 14:02 (GMT+00:00)\nTo: support@acme.com\nSubject: Re: refund\n\n${a}\n${b}`,
  (a, b) => `>> ${a}\n>> ${b}`,
  (a, b) => `Le lun. 3 déc. 2026 à 14:02, Sam Lee <sam@example.com> a écrit :\n> ${a}\n> ${b}`,
  (a, b) => `----- Forwarded Message -----\nFrom: Sam Lee <sam@example.com>\nTo: support@acme.com\nSent: Monday, 3 December 2026, 14:02:13 GMT\nSubject: refund\n\n${a}\n${b}`,
  (a, b) => `Sam Lee (Customer)\n3 Dec 2026, 14:02\n\n${a}\n${b}`,
  (a, b) => `Original message from Sam Lee:\n${a}\n${b}`,
  (a, b) => `The customer's message:\n${a} ${b}`,
];
const FA_QUOTES: ((a: string, b: string) => string)[] = [
  (a, b) => `در تاریخ دوشنبه ۱۲ آذر ۱۴۰۵، ساعت ۱۴:۰۲ سارا احمدی <sara@example.com> نوشت:\n> ${a}\n> ${b}`,
  (a, b) => `\u202bدر تاریخ دوشنبه ۳ دسامبر ۲۰۲۶ ساعت ۱۴:۰۲ Sara Ahmadi <\u200fsara@example.com\u200f> نوشت:\u202c\n\n${a}\n${b}`,
  (a, b) => `در تاریخ ۱۲ آذر ۱۴۰۵، سارا احمدی نوشت:\n> ${a}\n>\n> ${b}`,
  (a, b) => `سارا نوشت:\n> ${a}\n> ${b}`,
  (a, b) => `از: سارا احمدی <sara@example.com>\nارسال: دوشنبه ۱۲ آذر ۱۴۰۵ ۱۴:۰۲\nبه: پشتیبانی\nموضوع: سفارش ۱۲۳۴\n\n${a}\n\n${b}`,
  (a, b) => `از: سارا احمدی\nارسال شده: دوشنبه، ۱۲ آذر ۱۴۰۵\nبه: پشتیبانی فروشگاه\nموضوع: شکایت\n\n${a} ${b}`,
  (a, b) => `-----پیام اصلی-----\nاز: سارا احمدی <sara@example.com>\nارسال: ۱۲ آذر ۱۴۰۵\nموضوع: شکایت\n\n${a}\n${b}`,
  (a, b) => `-----پیام اصلی-----\n${a}\n${b}`,
  (a, b) => `——— پیام بازارسال‌شده ———\nاز: سارا احمدی <sara@example.com>\nتاریخ: ۱۲ آذر ۱۴۰۵\nموضوع: شکایت\n\n${a}\n${b}`,
  (a, b) => `---------- پیام بازارسال شده ---------\nاز: سارا احمدی <sara@example.com>\nتاریخ: ۱۲ آذر ۱۴۰۵\nموضوع: شکایت\nبه: support@nilo.ir\n\n${a}\n${b}`,
  (a, b) => `——— پیام بازارسال‌شده ———\n${a}\n${b}`,
  (a, b) => `—— پیام اصلی ——\n${a}\n${b}`,
  (a, b) => `>> ${a}\n>> ${b}`,
  (a, b) => `On Mon, 3 Dec 2026 at 14:02, سارا احمدی <sara@example.com> wrote:\n> ${a}\n> ${b}`,
  (a, b) => `فرستنده: سارا احمدی <sara@example.com>\nتاریخ: ۱۲ آذر ۱۴۰۵\nگیرنده: پشتیبانی\nموضوع: شکایت\n\n${a}\n${b}`,
  (a, b) => `سارا احمدی (مشتری)\n۱۲ آذر ۱۴۰۵، ۱۴:۰۲\n\n${a}\n${b}`,
  (a, b) => `متن پیام مشتری:\n${a}\n${b}`,
  (a, b) => `پیام اصلی از سارا احمدی:\n${a} ${b}`,
];

function quoteItems(lang: 'en' | 'fa', forms: ((a: string, b: string) => string)[], angry: string[], clean: string[], neg: string[], parts: Parts): SigItem[] {
  const out: SigItem[] = [];
  let n = 0;
  for (const [fi, form] of forms.entries()) {
    for (const withSig of [false, true]) {
      for (const negBody of [false, true]) {
        for (let v = 0; v < 4; v++) {
          n++;
          const body = (negBody ? pick(neg, n) : pick(clean, n)) + (withSig ? `\n\n${pick(parts.signoff, n)}\n${pick(parts.name, n)}` : '');
          const q = form(pick(angry, v), pick(angry, v + 1));
          const text = body + pick(['\n\n', '\n\n\n', '\n'], v) + q;
          out.push({ kind: `${lang}-quote-${fi}`, lang, text, blockStart: body.length, negativeBody: negBody });
        }
      }
    }
  }
  return out;
}

/** The agent's own last paragraph that reads like a footer: the draft, flagged, with or without a signature under it. */
const EN_OWN = [
  'Please do not send the item back until we confirm the return.',
  'Please do not contact us again about this order.',
  "Unfortunately we cannot be held responsible for the courier's delay.",
  'You must not use the old link any more, it is prohibited now.',
  "We can't accept any responsibility for the damage.",
  'We cannot be held responsible for any loss or damage during delivery.',
  "Our office hours are over for today, so we can't process the refund.",
  "I work in billing, so I can't change your address.",
  "We won't be liable for the courier's mistakes, sorry.",
  'Please do not reply to the courier directly, you should have contacted us first.',
  'You must not forward this email to the courier.',
  "Calls may be recorded, so please don't shout at our staff.",
  'You must not use this email address for refunds.',
  'Use of the pool without a wristband is prohibited.',
  'We are not responsible for items left in the room.',
  "We can't be held responsible for items left in the room.",
  "Thanks for your patience.\nWe can't refund the delivery fee.",
  "Thanks for your patience,\nbut we can't refund the delivery fee.",
  "Your message:\nWe can't refund you for this order.",
];
const FA_OWN = [
  'لطفاً دیگر با ما تماس نگیرید.',
  'ما نمی‌توانیم مسئولیت تأخیر پیک را بپذیریم.',
  'ما نمی‌توانیم پول شما را برگردانیم.',
  'ما در قبال تأخیر پست مسئولیتی نمی‌پذیریم.',
  'ساعت کاری ما تمام شده و نمی‌توانیم امروز پول شما را برگردانیم.',
  'در روزهای تعطیل پاسخگو نیستیم، باید زودتر پیام می‌دادید.',
  'این مشکل شماست و ما مسئولیتی در قبال آن نداریم.',
  'کپی کارت ملی را نفرستید، ارسال آن از طریق ایمیل ممنوع است.',
  'امکان پاسخ به درخواست شما وجود ندارد.',
  'ما هیچ‌گونه مسئولیتی در قبال تأخیر پست نمی‌پذیریم.',
  'با تشکر از صبوری شما\nما نمی‌توانیم هزینه ارسال را برگردانیم.',
  'ارسال این ایمیل برای پیک لازم نیست؛ ما نمی‌توانیم پول شما را برگردانیم.',
  'از ارسال این ایمیل برای پیک خودداری کنید، باید قوانین را می‌خواندید.',
];
function ownItems(lang: 'en' | 'fa', own: string[], parts: Parts): SigItem[] {
  const out: SigItem[] = [];
  let n = 0;
  for (const [oi, o] of own.entries()) {
    for (const sig of [0, 1, 2]) {
      for (const sep of ['\n\n', '\n']) {
        n++;
        const body = (lang === 'en' ? 'Hi Sam,\n\nThanks for your message.' : 'سلام سارا جان،\n\nممنون از پیام شما.') + sep + o;
        const tail = sig === 0 ? '' : sig === 1 ? `\n\n${pick(parts.signoff, n)}\n${pick(parts.name, n)}` : `\n\n${pick(parts.signoff, n)}\n${pick(parts.name, n)}\n${pick(parts.title, n)}\n${pick(parts.phone, n)}`;
        out.push({ kind: `${lang}-own-${oi}`, lang, text: body + tail, blockStart: -1, negativeBody: true });
      }
    }
  }
  return out;
}

export function sigQuoteMatrix(): SigItem[] {
  return [
    ...signatureItems('en', EN, EN_CLEAN, EN_NEG),
    ...signatureItems('fa', FA, FA_CLEAN, FA_NEG),
    ...quoteItems('en', EN_QUOTES, EN_ANGRY, EN_CLEAN, EN_NEG, EN),
    ...quoteItems('fa', FA_QUOTES, FA_ANGRY, FA_CLEAN, FA_NEG, FA),
    ...ownItems('en', EN_OWN, EN),
    ...ownItems('fa', FA_OWN, FA),
  ];
}

/** What a matrix item needs to be run: its text, where the block that is not the agent's words begins, whether its body must stay flagged. */
export type SigLike = Pick<SigItem, 'kind' | 'text' | 'blockStart' | 'negativeBody'>;
export interface SigResult<I extends SigLike = SigItem> { item: I; blockFlags: string[]; bodyFlagged: boolean }

/**
 * The engine as the panel runs it on a draft: the built-in packs and the generic readers, what is not the agent's own
 * words (quotes, signature blocks, footers) left out. Also neutral19-matrix.ts.
 */
export async function panelSuggestions(): Promise<(text: string) => Suggestion[]> {
  const { builtinPacks } = await import('../lib/packs/index.ts');
  const { suggestRewrites } = await import('../lib/rewrite/index.ts');
  const { draftNotOwnRanges } = await import('../lib/text/signature.ts');
  return (text) => {
    const exclude = draftNotOwnRanges(text);
    return suggestRewrites(text, builtinPacks, exclude.length ? { exclude, generic: true } : { generic: true });
  };
}

/** Each item through the engine with the built-in packs, the block under the reply left out as the panel leaves it out. */
export async function runSigItems<I extends SigLike>(items: readonly I[]): Promise<SigResult<I>[]> {
  const suggest = await panelSuggestions();
  return items.map((item) => {
    const s = suggest(item.text);
    const cut = item.blockStart < 0 ? item.text.length : item.blockStart;
    return { item, blockFlags: s.filter((x) => x.end > cut).map((x) => `${x.ruleId}:${x.original}`), bodyFlagged: s.some((x) => x.start < cut) };
  });
}

export const runMatrix = (): Promise<SigResult[]> => runSigItems(sigQuoteMatrix());

/**
 * Per group of items: blocks flagged and negative bodies kept, the total, and with `--list=<kind>|all` the flags in blocks
 * and the bodies that lost their flag. Shared by scripts/fa-signature-matrix.ts.
 */
export function printSigReport<I extends SigLike>(res: readonly SigResult<I>[], group: (r: SigResult<I>) => string, width: number): void {
  const list = process.argv.find((a) => a.startsWith('--list='))?.slice(7);
  const kinds = new Map<string, { n: number; blockFlag: number; neg: number; negKept: number }>();
  for (const r of res) {
    const k = group(r);
    const e = kinds.get(k) ?? { n: 0, blockFlag: 0, neg: 0, negKept: 0 };
    e.n++;
    if (r.blockFlags.length) e.blockFlag++;
    if (r.item.negativeBody) {
      e.neg++;
      if (r.bodyFlagged) e.negKept++;
    }
    kinds.set(k, e);
  }
  let tb = 0, tn = 0, tneg = 0, tkept = 0;
  for (const [k, e] of [...kinds].sort()) {
    console.log(`${k.padEnd(width)} block flagged ${String(e.blockFlag).padStart(4)}/${String(e.n).padEnd(5)} negative body kept ${e.negKept}/${e.neg}`);
    tb += e.blockFlag; tn += e.n; tneg += e.neg; tkept += e.negKept;
  }
  console.log(`TOTAL block flagged ${tb}/${tn}; negative body kept ${tkept}/${tneg}`);
  if (list) {
    for (const r of res) {
      if (list !== 'all' && !r.item.kind.includes(list) && group(r) !== list) continue;
      if (r.blockFlags.length) console.log(`BLOCK ${r.item.kind}: ${JSON.stringify(r.item.text.slice(r.item.blockStart))}\n   <${r.blockFlags.join(' ; ')}>`);
      if (r.item.negativeBody && !r.bodyFlagged) console.log(`LOST ${r.item.kind}: ${JSON.stringify(r.item.text)}`);
    }
  }
}

/** Grouped as the families were written: one row per language's signature kind (plain / with footer), own sentences together. */
const group = (r: SigResult) => r.item.kind.replace(/-oneline$/, '').replace(/^(\w\w-sig)-.*$/, (m, p) => (/footer|hours|sent/.test(r.item.kind) ? `${p}-with-footer/hours/sent` : `${p}-plain`)).replace(/^(\w\w-own)-\d+$/, '$1');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printSigReport(await runMatrix(), group, 40);
