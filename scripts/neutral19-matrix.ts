/**
 * Neutral drafts that must not be flagged, nineteenth session (issue 12: neutral sentences flagged <= 5%, customer's quoted
 * text never flagged). Four kinds, each built as a family from its parts (trades, registers, typing habits: no
 * apostrophes, lowercase, curly quotes; Persian with ZWNJ, a space, joined, Arabic yeh/kaf, formal and colloquial), with
 * look-alikes that must stay flagged:
 *
 * 1. **footer**: a business, unit or role line and the notices under an agent's reply (liability, "must not share",
 *    "prohibited", PIN warnings, calls recorded, company registration, closed days), with and without a sign-off. The
 *    look-alike: the agent's own refusal just above the footer (still flagged);
 * 2. **quote**: the customer's words quoted in the agent's sentence ("You said 'I can't log in'", «نوشته بودید «…»»), a
 *    pasted chat transcript ("Customer: …"), quoted mail headers. The look-alike: the agent's own refusal after the quote;
 * 3. **positive-frame**: a negation inside an already positive reply ("There's no charge for this", "No need to resend",
 *    "not a problem at all, happy to help" after thanks). The look-alike: a real refusal or "you didn't" blame;
 * 4. **near-miss**: reassuring negation, a conditional next step, durations, first-person ownership. Look-alikes: blame,
 *    threats, refusals.
 *
 *   npx tsx scripts/neutral19-matrix.ts               per kind: neutral flagged / total, negative caught / total
 *   npx tsx scripts/neutral19-matrix.ts --list=<kind>  also list failures of kinds whose name holds <kind> (or all)
 *
 * Written from the kinds named in the task, not from any split's items. A neutral item fails when any suggestion falls in
 * its region (the footer / the quote / the whole draft); a negative when none does.
 */
import { pathToFileURL } from 'node:url';
import { panelSuggestions } from './sig-quote-matrix.ts';

export interface N19Item {
  kind: string;
  lang: 'en' | 'fa';
  label: 'neutral' | 'negative';
  text: string;
  /** Where a flag counts: [start, end). */
  region: [number, number];
}

const pick = <T>(a: readonly T[], i: number): T => a[i % a.length];
const faDigits = (s: string) => s.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
/** English typing habits: as written, no apostrophes, lowercase, curly apostrophes. */
const EN_HABITS: ((s: string) => string)[] = [(s) => s, (s) => s.replace(/['’]/g, ''), (s) => s.toLowerCase(), (s) => s.replace(/'/g, '’')];
/** Persian spellings: ZWNJ, a plain space, joined, Arabic yeh/kaf. */
const FA_SPELL: ((s: string) => string)[] = [
  (s) => s,
  (s) => s.replace(/\u200c/g, ' '),
  (s) => s.replace(/\u200c/g, ''),
  (s) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك'),
];

// ---------------------------------------------------------------------------------------------------------------------
// 1. footer
// ---------------------------------------------------------------------------------------------------------------------
const EN_BODY = [
  'Hi Mrs Adeyemi, your repeat prescription is ready to collect from tomorrow morning.',
  'Hi Tom, your locker key is at reception and your card now opens the third floor too.',
  'Hello Priya,\n\nYour boiler service is booked for Tuesday between 8 and 12, and the engineer will call ahead.',
  'hi dan, the new tyres are fitted and the car is ready whenever you are',
  'Dear Mr Khan,\n\nYour refund of £42.50 has been issued today and should reach your account within 3 working days.',
];
const EN_OWN_REFUSAL = [
  "Hi Sam, we can't refund the booking fee on this order.",
  "Hello Maria,\n\nI'm afraid we're unable to replace the item as it was damaged after delivery.",
  'hi dan, you should have checked the size before ordering.',
  "Hi Tom, that's not something we can help with, you'll have to contact the courier yourself.",
];
const EN_SIGNOFF = ['', 'Kind regards,\n', 'Thanks,\n', 'Best wishes\n', 'Many thanks,\n', 'cheers\n'];
const EN_WHO = ['', 'Sam\n', 'Priya Shah\n', 'Dr Helen Marsh\n'];
const EN_ROLE = ['', 'Senior Pharmacist\n', 'Front Desk Team\n', 'Customer Service Advisor\n', 'Practice Manager\n', 'Service Desk | Level 2\n', 'Bookings Coordinator\n'];
const EN_ORG = ['Westgate Pharmacy', 'The Hive Coworking', 'Northfield Motors Ltd', 'Greenway Dental Practice', 'Bright Sparks Electrical', 'City Gym', 'Harbour View Hotel', 'Apex Broadband'];
const EN_FOOT = [
  'The pharmacy cannot be held responsible for advice given by third parties.',
  'We cannot be held responsible for items left in vehicles.',
  'The company cannot be held responsible for any loss or damage to personal belongings.',
  "We can't be held liable for delays caused by the courier.",
  'Members must not share access cards. Unauthorised entry to the building is prohibited.',
  'Unauthorised use of this service is prohibited.',
  'Unauthorized reproduction or distribution is strictly prohibited.',
  'Never share your PIN or one-time passcode with anyone.',
  'We will never ask for your password, PIN or full card number.',
  'Never give your security details to anyone who calls you.',
  'Calls may be recorded for training and quality purposes.',
  'Calls to this number may be monitored or recorded.',
  'Registered in England No. 04567123. VAT No. GB 123 4567 89.',
  'Registered in England & Wales No 01234567. Registered office: 1 Mill Lane, Leeds LS1 2AB.',
  'Company No: 08765432',
  "We're not open on Sundays or bank holidays.",
  'Closed Sundays and bank holidays.',
  'Opening hours: Mon-Sat 9am-6pm, closed Sundays.',
  'The surgery is closed at weekends. In an emergency call 111.',
  'Please do not reply to this automated message.',
  'This is an automated message. Replies to this address are not monitored.',
  'This email and any attachments are confidential. If you are not the intended recipient, do not use, copy or disclose it.',
  'Prices and availability are subject to change without notice.',
  'Terms and conditions apply. Not valid with any other offer.',
  'No refunds on sale items. Please keep your receipt.',
  'Deposits are non-refundable.',
  'Parking is not available on site.',
  'Authorised and regulated by the Financial Conduct Authority.',
  'Please do not send cash through the post.',
  'Please do not send medical records by WhatsApp.',
];

function footerItems(): N19Item[] {
  const out: N19Item[] = [];
  let n = 0;
  for (const [fi, foot] of EN_FOOT.entries()) {
    for (let v = 0; v < 12; v++) {
      n++;
      const habit = pick(EN_HABITS, v);
      const sign = pick(EN_SIGNOFF, v + fi) + pick(EN_WHO, v + 2 * fi);
      const role = pick(EN_ROLE, v * 3 + fi);
      const org = pick(EN_ORG, n) + '\n';
      const sep = pick(['\n\n', '\n', '\n\n--\n', '\n\n'], v);
      const block = habit(sign + role + (v % 3 === 2 ? '' : org) + (v % 4 === 3 ? foot.replace(/\. /, '.\n') : foot));
      // The sign-off block must have something above the footer: a sign-off, a role or the org.
      if (block === habit(foot)) continue;
      const body = v % 2 ? EN_BODY[n % EN_BODY.length] : habit(EN_BODY[n % EN_BODY.length]);
      const text = body + sep + block;
      out.push({ kind: 'en-footer', lang: 'en', label: 'neutral', text, region: [body.length, text.length] });
      if (v < 4) {
        const own = EN_OWN_REFUSAL[(n + v) % EN_OWN_REFUSAL.length];
        const t2 = own + sep + block;
        out.push({ kind: 'en-footer-own-refusal', lang: 'en', label: 'negative', text: t2, region: [0, own.length] });
      }
    }
  }
  // Other layouts: a one-line signature, a pronoun or phone line in the block, two notices.
  const layouts = [
    (o: string, f: string) => `Sam | Front Desk | ${o}\n${f}`,
    (o: string, f: string) => `Priya Shah (she/her)\nCustomer Service Advisor\n${o}\nTel: 0161 555 0192\n${f}`,
    (o: string, f: string) => `${o}\nwww.example.co.uk | 0161 555 0192\n\n${f}`,
    (o: string, f: string) => `— ${o}\n${f}\nCalls may be recorded for training purposes.`,
    (o: string, f: string) => `Thanks again,\nJo\n\n${o}\n${f}`,
  ];
  for (const [li, lay] of layouts.entries()) {
    for (const [fi, foot] of EN_FOOT.entries()) {
      if ((fi + li) % 2) continue;
      const body = EN_BODY[(fi + li) % EN_BODY.length];
      const text = body + '\n\n' + lay(EN_ORG[(fi + 2 * li) % EN_ORG.length], foot);
      out.push({ kind: 'en-footer-layout', lang: 'en', label: 'neutral', text, region: [body.length, text.length] });
    }
  }
  // No sign-off above: a stock notice the draft ends with is a footer; a sentence that could be the agent's own stays the draft.
  const bare = ['Unauthorised use is prohibited.', 'Unauthorized access to this system is strictly prohibited.', 'Never share your PIN or one-time passcode with anyone.', 'Calls may be recorded for training and quality purposes.', 'Please do not reply to this automated message.', 'Registered in England No. 04567123.'];
  for (const [bi, f] of bare.entries()) {
    for (const h of EN_HABITS.slice(0, 3)) {
      const body = EN_BODY[bi % EN_BODY.length];
      const text = body + '\n\n' + h(f);
      out.push({ kind: 'en-footer-bare', lang: 'en', label: 'neutral', text, region: [body.length, text.length] });
    }
  }
  // Decision (sig10): with no sign-off above, "We cannot be held responsible for …" may be the agent's own: flagged.
  for (const own of ['We cannot be held responsible for items left in vehicles.', "We can't be held liable for delays caused by the courier."]) {
    const text = EN_BODY[0] + '\n\n' + own;
    out.push({ kind: 'en-footer-bare-own', lang: 'en', label: 'negative', text, region: [EN_BODY[0].length, text.length] });
  }
  return out;
}

const FA_BODY = [
  'سلام خانم رضایی، داروهای نسخه‌ی شما آماده است و از فردا صبح می‌توانید تحویل بگیرید.',
  'با سلام، گواهی اشتغال به تحصیل شما صادر و در پرونده‌ی شما ثبت شد.',
  'سلام علی جان، کلید کمد تو پذیرشه و کارتت الان طبقه‌ی سوم رو هم باز می‌کنه.',
  'با سلام و احترام، نوبت سرویس پکیج شما برای سه‌شنبه ساعت ۸ تا ۱۲ ثبت شد.',
  'سلام، مبلغ ۴۲۰ هزار تومان امروز به حسابتون برگشت داده شد.',
];
const FA_OWN_REFUSAL = [
  'سلام سارا جان، متأسفانه ما نمی‌توانیم هزینه‌ی رزرو را برگردانیم.',
  'با سلام، این مشکل شماست، باید قبل از سفارش سایز را چک می‌کردید.',
  'سلام، نمی‌شه عوضش کرد، خودتون باید با پست تماس بگیرید.',
];
const FA_SIGNOFF = ['', 'با احترام\n', 'با سپاس،\n', 'ممنون\n', 'با تشکر\n'];
const FA_ROLE = ['', 'منشی کلینیک\n', 'کارشناس پشتیبانی\n', 'مسئول پذیرش\n', 'واحد امور مشتریان\n', 'دبیرخانه سامانه خدمات الکترونیک\n', 'اداره خدمات آموزشی\n'];
const FA_ORG = ['داروخانه دکتر احمدی', 'کلینیک دندانپزشکی لبخند', 'فروشگاه اینترنتی نیلو', 'هتل پارسیان', 'باشگاه ورزشی آریا', 'شرکت خدمات فنی نوین'];
const FA_FOOT = [
  'این ایمیل و پیوست‌های آن محرمانه است؛ اگر گیرنده‌ی آن نیستید، از استفاده یا انتشار آن خودداری کنید.',
  'لطفاً به این پیام پاسخ ندهید.',
  'لطفا به این ایمیل پاسخ ندهید؛ این صندوق پستی پایش نمی‌شود.',
  'تماس‌ها جهت ارتقای کیفیت خدمات ضبط می‌شود.',
  'رمز پویا و کد تأیید خود را در اختیار هیچ‌کس قرار ندهید.',
  'ما هرگز رمز عبور یا کد تأیید شما را از طریق تلفن درخواست نمی‌کنیم.',
  'هرگونه دسترسی غیرمجاز به این سامانه پیگرد قانونی دارد.',
  '* لطفا از ارسال مدارک پزشکی از طریق واتس‌اپ خودداری کنید.',
  'استفاده از این گواهی برای مقاصدی غیر از موارد ذکرشده مجاز نمی‌باشد.',
  'داروخانه در قبال توصیه‌های اشخاص ثالث مسئولیتی ندارد.',
  'جمعه‌ها و روزهای تعطیل رسمی باز نیستیم.',
  'ساعات کاری: شنبه تا چهارشنبه ۸ تا ۱۶، پنجشنبه‌ها تعطیل',
  'در ایام تعطیل پاسخگو نیستیم.',
  'مسئولیت حفظ وسایل شخصی بر عهده‌ی اعضا است.',
  'ورود افراد متفرقه به محوطه ممنوع است.',
];
function faFooterItems(): N19Item[] {
  const out: N19Item[] = [];
  let n = 0;
  for (const [fi, foot] of FA_FOOT.entries()) {
    for (let v = 0; v < 10; v++) {
      n++;
      const spell = pick(FA_SPELL, v);
      const role = pick(FA_ROLE, v * 3 + fi);
      const sign = pick(FA_SIGNOFF, v + fi);
      const org = pick(FA_ORG, n) + '\n';
      let block = sign + role + (v % 3 === 2 && (sign || role) ? '' : org) + foot;
      if (v % 2) block = faDigits(block);
      block = spell(block);
      const body = spell(FA_BODY[n % FA_BODY.length]);
      const sep = pick(['\n\n', '\n', '\n\n--\n'], v);
      const text = body + sep + block;
      out.push({ kind: 'fa-footer', lang: 'fa', label: 'neutral', text, region: [body.length, text.length] });
      if (v < 3) {
        const own = FA_OWN_REFUSAL[(n + v) % FA_OWN_REFUSAL.length];
        const t2 = own + sep + block;
        out.push({ kind: 'fa-footer-own-refusal', lang: 'fa', label: 'negative', text: t2, region: [0, own.length] });
      }
    }
  }
  // Other layouts: a one-line signature, a contact line in the block, two notices.
  const layouts = [
    (o: string, f: string) => `مریم | پذیرش | ${o}\n${f}`,
    (o: string, f: string) => `علی رضایی\nکارشناس پشتیبانی\n${o}\nتلفن: ۰۲۱-۸۸۷۷۶۶۵۵\n${f}`,
    (o: string, f: string) => `— ${o}\n${f}\nتماس‌ها جهت ارتقای کیفیت ضبط می‌شود.`,
  ];
  for (const [li, lay] of layouts.entries()) {
    for (const [fi, foot] of FA_FOOT.entries()) {
      for (const spell of [FA_SPELL[0], FA_SPELL[2 + ((fi + li) % 2)]]) {
        const body = spell(FA_BODY[(fi + li) % FA_BODY.length]);
        const text = body + '\n\n' + spell(lay(FA_ORG[(fi + 2 * li) % FA_ORG.length], foot));
        out.push({ kind: 'fa-footer-layout', lang: 'fa', label: 'neutral', text, region: [body.length, text.length] });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// 2. quote: the customer's words inside the agent's sentence, a pasted chat, quoted mail
// ---------------------------------------------------------------------------------------------------------------------
const EN_CUST = [
  "I can't log in and nobody is helping me",
  'this is useless, you never answer',
  "the app won't let me pay",
  "I'm sick of waiting, it's ridiculous",
  "you people can't get anything right",
  'I never got the refund you promised',
];
const EN_INLINE: ((q: string) => [string, string, string])[] = [
  (q) => ['You said "', q, '" - I\'ve reset your password now and you should be able to get in.'],
  (q) => ["You mentioned '", q, "', so I've cleared the block on your account."],
  (q) => ['When you wrote that “', q, '”, I checked straight away and it is sorted now.'],
  (q) => ['In your last email you said: "', q, '". Thank you for flagging it, it is fixed.'],
  (q) => ['I understand why you felt "', q, '", and I\'ve now put it right.'],
  (q) => ['Thanks for your message ("', q, '"). Your account is working again.'],
  (q) => ["re your note '", q, "' - all sorted, you can try again now"],
  (q) => ['You told us ‘', q, '’ and we have now fixed the issue.'],
  (q) => ['As you put it, "', q, '" - and you were right, so I have refunded the fee.'],
  (q) => ['Your email said: "', q, '". I have looked into it and it is fixed.'],
  (q) => ['I know you said “', q, '” earlier, so I rang the courier myself.'],
];
const EN_CHAT: ((q: string) => [string, string, string])[] = [
  (q) => ['Here is the chat from this morning for your records:\nCustomer: ', q, '\nAgent: I have reset it for you now.'],
  (q) => ['Transcript:\n[10:02] Customer: ', q, '\n[10:03] Sam (Support): Thanks, I have fixed that now.'],
  (q) => ['Pasting our chat below.\n\nCustomer: ', q, '\nYou: That is sorted now.'],
  (q) => ['Chat history:\nVisitor: ', q, '\nOperator: All done, thank you for waiting.'],
];
const EN_AFTER_REFUSAL = ["We can't refund you for this order.", 'You should have read the terms before booking.', "That's not our problem."];

function quoteItems(): N19Item[] {
  const out: N19Item[] = [];
  let n = 0;
  for (const [fi, form] of [...EN_INLINE, ...EN_CHAT].entries()) {
    for (const q of EN_CUST) {
      for (let v = 0; v < 2; v++) {
        n++;
        const habit = v ? EN_HABITS[1 + (n % 3)] : EN_HABITS[0];
        const [a, b, c] = form(habit(q));
        const text = a + b + c;
        const kind = fi < EN_INLINE.length ? 'en-quote-inline' : 'en-quote-chat';
        out.push({ kind, lang: 'en', label: 'neutral', text, region: [a.length, a.length + b.length] });
        if (v === 0 && n % 3 === 0) {
          const ref = pick(EN_AFTER_REFUSAL, n);
          // After a pasted chat the agent's own words start a new paragraph (the chat's agent lines are past words too).
          const t2 = text + (kind === 'en-quote-chat' ? '\n\n' : ' ') + ref;
          out.push({ kind: kind + '-then-refusal', lang: 'en', label: 'negative', text: t2, region: [text.length + 1, t2.length] });
        }
      }
    }
  }
  return out;
}

const FA_CUST = ['نمی‌تونم وارد حسابم بشم و هیچ‌کس جواب نمی‌ده', 'این چه وضعشه، همیشه همینطوره', 'پولم رو هنوز برنگردوندید', 'دیگه واقعاً خسته شدم از دستتون'];
const FA_INLINE: ((q: string) => [string, string, string])[] = [
  (q) => ['فرمودید «', q, '»؛ رمز شما بازنشانی شد و الان می‌توانید وارد شوید.'],
  (q) => ['نوشته بودید «', q, '»، بررسی کردم و مشکل برطرف شد.'],
  (q) => ['در پیام قبلی‌تان نوشتید: «', q, '». ممنون که اطلاع دادید، درست شد.'],
  (q) => ['گفتید "', q, '"، الان درستش کردم.'],
  (q) => ['به قول شما «', q, '»؛ حق با شماست و مبلغ برگشت داده شد.'],
  (q) => ['در ایمیلتون نوشته بودین: «', q, '» — پیگیری کردم و حل شد.'],
  (q) => ['مرقوم فرموده بودید «', q, '»؛ موضوع بررسی و برطرف شد.'],
];
const FA_CHAT: ((q: string) => [string, string, string])[] = [
  (q) => ['متن گفتگوی امروز:\nمشتری: ', q, '\nپشتیبان: رمزتون رو ریست کردم.'],
  (q) => ['سابقه‌ی چت:\nکاربر: ', q, '\nاپراتور: انجام شد، ممنون از صبرتون.'],
  (q) => ['این هم متن چت دیروز:\n\nمشتری (سارا): ', q, '\nپشتیبانی: بررسی می‌کنم و خبر می‌دم.'],
  (q) => ['[۱۰:۰۲] مشتری: ', q, '\n[۱۰:۰۳] پشتیبان: پیگیری شد.'],
];
const FA_MAIL: ((q: string) => [string, string, string])[] = [
  (q) => ['مبلغ شما امروز برگشت داده شد.\n\nدر تاریخ ۱۲ آذر ۱۴۰۵، سارا احمدی نوشت:\n', q, ''],
  (q) => ['مبلغ شما امروز برگشت داده شد.\n\nدر تاریخ دوشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۰:۲۰ <sara@example.com> نوشت:\n> ', q, ''],
  (q) => ['راهنما به پیوست ارسال شد.\n\nاز: فاطمه احمدی\nارسال: دوشنبه ۵ آذر ۱۴۰۳\nبه: پشتیبانی\nموضوع: باز هم نمی‌شود!\n\n', q, ''],
];
const FA_AFTER_REFUSAL = ['متأسفانه نمی‌توانیم پول شما را برگردانیم.', 'این مشکل شماست، باید قوانین را می‌خواندید.'];

function faQuoteItems(): N19Item[] {
  const out: N19Item[] = [];
  let n = 0;
  for (const [fi, form] of [...FA_INLINE, ...FA_CHAT, ...FA_MAIL].entries()) {
    for (const q of FA_CUST) {
      for (let v = 0; v < 4; v++) {
        n++;
        const spell = FA_SPELL[v];
        const [a, b, c] = form(spell(q)).map(spell) as [string, string, string];
        const text = a + b + c;
        const kind = fi < FA_INLINE.length ? 'fa-quote-inline' : fi < FA_INLINE.length + FA_CHAT.length ? 'fa-quote-chat' : 'fa-quote-mail';
        out.push({ kind, lang: 'fa', label: 'neutral', text, region: [a.length, a.length + b.length] });
        if (v === 0 && kind !== 'fa-quote-mail' && n % 2 === 1) {
          const ref = pick(FA_AFTER_REFUSAL, n);
          const t2 = text + (kind === 'fa-quote-chat' ? '\n\n' : ' ') + ref;
          out.push({ kind: kind + '-then-refusal', lang: 'fa', label: 'negative', text: t2, region: [text.length + 1, t2.length] });
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// 3. positive frame and 4. near-miss: whole sentences
// ---------------------------------------------------------------------------------------------------------------------
/** Every combination of the parts, joined as they stand. */
function combos(parts: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const p of parts) out = out.flatMap((a) => p.map((b) => a + b));
  return out;
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentenceItems(): N19Item[] {
  const k: Record<string, { label: 'neutral' | 'negative'; lang: 'en' | 'fa'; texts: string[] }> = {};
  const add = (kind: string, label: 'neutral' | 'negative', lang: 'en' | 'fa', texts: string[]) => (k[kind] = { label, lang, texts });
  const thanksReply = ['not a problem at all', 'no problem at all', 'no worries at all', 'no trouble at all', 'not at all'];
  add('en-pos-thanks-reply', 'neutral', 'en', combos([thanksReply, [', happy to help!', ', glad I could help.', ' - enjoy the rest of your day!', ', anytime!', ", you're very welcome.", ', always happy to help', '! my pleasure', ', have a lovely weekend']]).flatMap((s) => [cap(s), s]));
  // Decision: "No problem, I've done X" (an action, no warmth said) and a bare "No problem." stay en-core's hints.
  // Decision: "No problem," without "at all" (the late split's writer marked "No problem, glad I could help!" dismissive),
  // and "No problem at all, I've done X" (an action, no warmth said) stay en-core's hints.
  // The lead's reading (lib/rewrite/neutral19.en.ts): the emphatic "no problem at all" with the request already done answers
  // a request, not a complaint (neutral); without "at all", or with a promise still to keep, the hint stays.
  add('en-rule-noproblem-action', 'negative', 'en', [...combos([['not a problem', 'no problem'], [', ive updated the delivery address for tomorrow', ", I've sent the new code to your email.", ', I will resend the link.']]), ...combos([['not a problem at all', 'no problem at all'], [', I will resend the link.']])].flatMap((s) => [cap(s), s]));
  add('en-pos-noproblem-done', 'neutral', 'en', combos([['not a problem at all', 'no problem at all'], [', ive updated the delivery address for tomorrow', ", I've sent the new code to your email.", ', happy to move the booking for you.']]).flatMap((s) => [cap(s), s]));
  add('en-rule-noproblem-bare', 'negative', 'en', combos([['not a problem', 'no problem'], [', happy to help!', ', glad I could help.', ', anytime!']]).flatMap((s) => [cap(s), s]));
  add('en-pos-no-charge', 'neutral', 'en', combos([["There's no charge", 'There is no charge', 'theres no charge', 'There won’t be any charge', 'There will be no extra cost', "There's no fee", 'No charge'], [' for this', ' for the replacement', ' for the second visit', ' for changing the date'], ['.', ', it is on us.', ' - we cover it.']]));
  add('en-pos-nothing-needed', 'neutral', 'en', combos([['Nothing else is needed from you', 'nothing more is needed from you', 'There is nothing else you need to do', "There's nothing more you need to do", "You don't need to do anything else", 'you dont need to do anything else', 'No further action is needed', 'No action is needed on your side'], ['.', ', we will take it from here.', ' - the refund is already on its way.']]));
  add('en-pos-no-need', 'neutral', 'en', combos([['No need to', 'no need to', 'There is no need to', "There's no need to", 'You don’t need to'], [' resend the documents', ' send the form again', ' call us back', ' come into the branch', ' print anything', ' return the old part'], ['.', ', we have everything.', ' - it all came through fine.']]));
  add('en-pos-wont-be-charged', 'neutral', 'en', combos([["You won't be charged", 'You will not be charged', 'you wont be charged', 'You won’t be billed', "You won't pay"], [' twice', ' again', ' for the missed delivery', ' anything extra'], ['.', ', the duplicate has been cancelled.']]));
  add('en-pos-cant-thank', 'neutral', 'en', combos([["I can't thank you enough", 'i cant thank you enough', 'We can’t thank you enough', "We couldn't have done it without you", "I couldn't be happier", "We can't wait to welcome you"], ['', ' for your patience', ' for the lovely review', ' for sticking with us'], ['.', '!', ' :)']]));
  add('en-near-condition', 'neutral', 'en', combos([["If it doesn't arrive by Friday", 'if it doesnt arrive by friday', 'If the parcel hasn’t turned up by Monday', "If you haven't heard from the engineer by noon", "If the code doesn't work", 'If you do not receive the email within an hour', "If the app still won't open"], [', reply here', ', just reply to this email', ', let me know', ', give us a call', " and we'll send another one", ', reply here and I will chase it'], ['.', ' and I will sort it.']]));
  add('en-near-duration', 'neutral', 'en', combos([['It should take no more than', 'It won’t take more than', "It shouldn't take longer than", 'It takes less than', 'it wont take more than', 'The repair should not take more than'], [' 10 minutes', ' two working days', ' an hour', ' a day or two'], ['.', ', and we will text you when it is done.']]));
  add('en-near-ownership', 'neutral', 'en', combos([['We should have told you', 'I should have told you', 'we should have let you know', 'I should’ve explained', "I didn't explain that well", 'i didnt explain that very well', "We didn't make that clear", "I wasn't clear enough", 'We should have called you'], ['', ' sooner', ' earlier', ' before the booking', ' about the change'], ['.', ', sorry about that.', ' - that is on us.']]));
  add('en-near-reassure', 'neutral', 'en', combos([["You haven't lost anything", "Nothing has been lost", "Your booking hasn't changed", "Your data isn't affected", "You don't need to worry about the fee", "Don't worry, nothing has gone wrong", "Your account hasn't been touched"], ['', ' at all'], ['.', ', everything is safe.']]));
  add('en-near-misc', 'neutral', 'en', combos([["That shouldn't be a problem", "I don't see why not", "I wouldn't worry about it", "We haven't forgotten about you", "I haven't forgotten your request", "There's nothing wrong with your card", "Your card wasn't charged", 'No rush at all', 'No need to apologise', "It won't take long", "You won't need to do anything", "Nothing's changed on your side", "If you don't see it, check your spam folder", "If it doesn't fit, we'll swap it for free", "You didn't miss anything", "You haven't missed the deadline", "You're not too late", "It's never too late to switch"], ['.', ', happy to help.', ' :)']]).flatMap((x) => [x, x.toLowerCase().replace(/'/g, '')]));
  add('en-near-urgent-hesitate', 'neutral', 'en', combos([["Don't hesitate to", 'Please do not hesitate to', 'dont hesitate to', 'Don’t hesitate to'], [' call the out-of-hours line', ' ring 999', ' call your vet', ' contact the 24-hour helpline', ' go straight to A&E', ' call our breakdown line', ' phone the emergency number'], [' if the swelling gets worse.', ' if you smell gas again.', ' if Luna seems in pain tonight.', ' if the car gives you any trouble on the road.', ' if you notice any bleeding.', '.']]));
  add('en-rule-hesitate', 'negative', 'en', combos([["Don't hesitate to", 'Please do not hesitate to', 'dont hesitate to'], [' contact us', ' reply here', ' get in touch', ' call us', ' ask'], [' if anything changes.', ' if you have any questions.', '.']]));
  // look-alikes that must stay flagged
  add('en-neg-you-didnt', 'negative', 'en', combos([["You didn't", 'you didnt', 'You did not', 'You never'], [' read the email', ' follow the instructions', ' send the right documents', ' fill in the form properly'], ['.', ', so we cannot help.']]));
  add('en-neg-refusal', 'negative', 'en', combos([["We can't", 'we cant', 'We are unable to', 'We won’t', 'We do not'], [' refund the booking fee', ' replace the item', ' change the date', ' offer a discount'], ['.', ' on this order.']]));
  add('en-neg-threat', 'negative', 'en', combos([["If you don't pay by Friday", 'If you do not reply by Monday', "if you dont send it today"], [', we will close your account', ', your order will be cancelled', ', you will lose your deposit'], ['.']]));

  // Persian
  const faThanksReply = ['خواهش می‌کنم، مشکلی نیست', 'اصلاً مشکلی نیست', 'کاری نکردم', 'قابلی نداشت'];
  add('fa-pos-thanks-reply', 'neutral', 'fa', combos([faThanksReply, ['، خوشحالم که کمکی کردم.', '، وظیفه‌ست.', '، در خدمتم.', '، روزتون خوش!', '، خوشحال شدیم که مشکل حل شد', ' 🙏']]));
  // Decision: a bare «مشکلی نیست،» stays fa-core's hint (its own example is «مشکلی نیست، خوشحال شدم که کمک کردم»); «اصلاً مشکلی نیست» and «خواهش می‌کنم، مشکلی نیست» are neutral.
  add('fa-rule-noproblem-action', 'negative', 'fa', combos([['مشکلی نیست'], ['، تو همین چت پیگیری می‌کنم.', '، آدرس تحویل برای فردا عوض شد.', '!', '، خوشحالم که کمکی کردم.']]));
  add('fa-neg-no-exchange', 'negative', 'fa', combos([['این کالا', 'کالاهای حراجی', 'این محصول'], [' تعویض', ' مرجوعی', ' برگشت'], [' ندارد.', ' نداره.']]));
  add('fa-pos-no-charge', 'neutral', 'fa', combos([['هیچ هزینه‌ای', 'هزینه‌ای', 'هیچ مبلغ اضافه‌ای'], [' برای تعویض', ' بابت ارسال مجدد', ' برای تغییر تاریخ', ''], [' از شما دریافت نمی‌شود.', ' از شما گرفته نمی‌شه.', ' ندارد.', ' نداره.']]));
  add('fa-pos-no-need', 'neutral', 'fa', combos([['نیازی نیست', 'لازم نیست', 'نیازی به'], [' مدارک را دوباره بفرستید', ' دوباره تماس بگیرید', ' حضوری مراجعه کنید', ' کار دیگری انجام بدید'], ['.', '، همه‌چیز به دست ما رسید.']]).filter((s) => !s.startsWith('نیازی به')));
  add('fa-pos-nothing-deducted', 'neutral', 'fa', combos([['هیچ مبلغی از حساب شما کسر نشده است', 'پولی از حسابتون کم نشده', 'دوبار از شما پول کسر نمی‌شود', 'هیچ محدودیتی برای ویرایش آدرس نیست'], ['.', '، خیالتون راحت.', '، نگران نباشید.']]));
  add('fa-near-condition', 'neutral', 'fa', combos([['اگر تا جمعه به دستتان نرسید', 'اگه تا جمعه نرسید', 'اگر کد تأیید نیامد', 'در صورتی که تا یک ساعت دیگر ایمیل را دریافت نکردید'], ['، همین‌جا پیام بدهید', '، به ما خبر بدید', '، دوباره ارسال می‌کنیم'], ['.', '.']]));
  add('fa-near-ownership', 'neutral', 'fa', combos([['ما باید زودتر به شما اطلاع می‌دادیم', 'من باید بهتر توضیح می‌دادم', 'حق با شماست، باید زودتر خبر می‌دادیم', 'اشتباه از طرف ما بود'], ['.', '، عذر می‌خواهم.']]));
  add('fa-near-reassure', 'neutral', 'fa', combos([['نگران نباشید، ', 'خیالتون راحت، ', 'جای نگرانی نیست، ', ''], ['هیچ مبلغی از حساب شما کسر نمی‌شود', 'اطلاعات شما از بین نمی‌رود', 'رزروتون تغییری نمی‌کنه', 'دوبار ازتون پول کم نمیشه', 'امتیازهای باشگاه شما حذف نمی‌شود'], ['.', ' و همه‌چیز سر جایش است.']]));
  add('fa-near-duration', 'neutral', 'fa', combos([['بیشتر از ', 'بیش از ', 'کمتر از '], ['ده دقیقه', 'یک روز کاری', 'دو ساعت'], [' طول نمی‌کشد.', ' طول نمیکشه.', ' زمان نمی‌برد.']]).filter((x) => !x.startsWith('کمتر')));
  add('fa-pos-no-need-more', 'neutral', 'fa', combos([['نیازی به ارسال مجدد مدارک نیست', 'لازم نیست کار دیگری انجام بدهید', 'نیازی به مراجعه حضوری نیست', 'لازم نیست دوباره فرم رو پر کنید'], ['.', '، همه‌چیز به دست ما رسیده.', '؛ بقیه‌اش با ما.']]));
  add('fa-pos-thanks', 'neutral', 'fa', combos([['نمی‌دونم چطور ازتون تشکر کنم', 'نمی‌دانیم چطور از صبوری شما تشکر کنیم', 'دستتون درد نکنه', 'از لطفتون بی‌نهایت ممنونیم', 'بدون همراهی شما نمی‌شد'], ['.', '!', ' 🙏']]));
  // Decision: «سفارش شما لغو نمی‌شود» alone refuses a cancellation as often as it reassures: only after «نگران نباشید».
  add('fa-near-reassure-lead', 'neutral', 'fa', combos([['نگران نباشید، ', 'خیالتون راحت، '], ['سفارش شما لغو نمی‌شود', 'اشتراکتون قطع نمیشه'], ['.']]));
  add('fa-pos-thanks-without', 'neutral', 'fa', combos([['بدون همراهی شما', 'بدون کمک‌تون', 'بدون صبوری شما', 'بدون همکاری جنابعالی'], [' نمی‌شد', ' این کار انجام نمی‌شد', ' نمیشد'], ['.', '!', ' 🙏']]));
  add('fa-neg-without', 'negative', 'fa', combos([['بدون رسید', 'بدون کد رهگیری', 'بدون کارت ملی'], [' نمی‌شه پیگیری کرد', ' نمی‌شود ثبت کرد', ' نمیشه کاری کرد'], ['.']]));
  add('fa-pos-no-limit-until', 'neutral', 'fa', combos([['هیچ محدودیتی برای ویرایش آدرس', 'هیچ هزینه‌ای برای تغییر تاریخ', 'هیچ جریمه‌ای برای لغو'], [' تا قبل از ارسال', ' تا ۲۴ ساعت قبل از پرواز', ' تا پایان هفته'], [' نیست', ' وجود ندارد', ' نداره'], ['.', '، هر چند بار خواستید عوضش کنید']]));
  add('fa-neg-until', 'negative', 'fa', combos([['تا قبل از ارسال', 'تا شنبه', 'تا پایان هفته', 'پیش از وصول نظر کارشناس،'], [' امکان ویرایش آدرس نیست', ' نمی‌تونیم تاریخ رو عوض کنیم', ' امکان لغو وجود ندارد', ' پرداخت هیچ مبلغی میسر نیست', ' پرداخت هیچ هزینه‌ای ممکن نیست'], ['.']]));
  add('fa-neg-shouldnt', 'negative', 'fa', combos([['شما نباید ', 'نباید '], ['بدون هماهنگی مراجعه می‌کردید', 'کارت رو به کسی می‌دادید'], ['.']]));
  add('fa-neg-blame', 'negative', 'fa', combos([['شما فرم را درست پر نکردید', 'شما ایمیل را نخواندید', 'خودتون اشتباه وارد کردید', 'شما باید قوانین را می‌خواندید'], ['.', '، پس کاری از ما برنمی‌آید.']]));
  add('fa-neg-refusal', 'negative', 'fa', combos([['ما نمی‌توانیم', 'نمی‌تونیم', 'امکان ندارد'], [' هزینه را برگردانیم', ' تاریخ را عوض کنیم', ' کالا را تعویض کنیم'], ['.']]).map((s) => s.replace('امکان ندارد هزینه را برگردانیم', 'امکان ندارد هزینه را برگردانیم')));

  const out: N19Item[] = [];
  for (const [kind, e] of Object.entries(k)) {
    for (const [i, t0] of e.texts.entries()) {
      const t = e.lang === 'fa' ? FA_SPELL[i % 4](t0) : t0;
      out.push({ kind, lang: e.lang, label: e.label, text: t, region: [0, t.length] });
    }
  }
  return out;
}

export function neutral19Matrix(): N19Item[] {
  return [...footerItems(), ...faFooterItems(), ...quoteItems(), ...faQuoteItems(), ...sentenceItems()];
}

export interface N19Result { item: N19Item; flags: string[] }
export async function runN19(items: readonly N19Item[]): Promise<N19Result[]> {
  const suggest = await panelSuggestions();
  return items.map((item) => {
    const s = suggest(item.text);
    const [a, b] = item.region;
    return { item, flags: s.filter((x) => x.end > a && x.start < b).map((x) => `${x.ruleId}:${x.original}`) };
  });
}

/** Prints the tally per kind of a matrix's results (and, with `--list=<kind|all>`, the items read wrong); also neutral19b-matrix.ts. */
export function printN19(res: readonly N19Result[], width = 34): void {
  const list = process.argv.find((a) => a.startsWith('--list='))?.slice(7);
  const kinds = new Map<string, { label: string; n: number; bad: number }>();
  for (const r of res) {
    const e = kinds.get(r.item.kind) ?? { label: r.item.label, n: 0, bad: 0 };
    e.n++;
    const bad = r.item.label === 'neutral' ? r.flags.length > 0 : r.flags.length === 0;
    if (bad) e.bad++;
    kinds.set(r.item.kind, e);
    if (bad && list && (list === 'all' || r.item.kind.includes(list))) console.log(`${r.item.label === 'neutral' ? 'FLAG' : 'MISS'} ${r.item.kind}: ${JSON.stringify(r.item.text)}  <${r.flags.join(' ; ')}>`);
  }
  let tn = 0, tnb = 0, tg = 0, tgc = 0;
  for (const [kind, e] of [...kinds].sort()) {
    console.log(`${kind.padEnd(width)} ${e.label === 'neutral' ? `neutral flagged ${e.bad}/${e.n}` : `negative caught ${e.n - e.bad}/${e.n}`}`);
    if (e.label === 'neutral') { tn += e.n; tnb += e.bad; } else { tg += e.n; tgc += e.n - e.bad; }
  }
  console.log(`TOTAL neutral flagged ${tnb}/${tn}; negative caught ${tgc}/${tg}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printN19(await runN19(neutral19Matrix()));
