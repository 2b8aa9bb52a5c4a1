/**
 * Session 32's look-alike matrix for repeat contact, English (rep32, lib/tone/cues/repeat.kinds32.ts): per kind, messages
 * that must show the cue and close contrasts that must not, written from general knowledge across trades, registers and
 * mail clients (Gmail "On … wrote:", Outlook "-----Original Message-----", "> From:" quotes, top- and bottom-posted), never
 * from a development sentence's nouns. tests/unit/tone/rep32.test.ts runs it; `npx tsx scripts/tone-rep32-matrix.ts`
 * prints each case that is wrong with the reader's evidence.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

const gmail = (who: string, addr: string, lines: string) => `\n\nOn Mon, 3 Mar 2025 at 14:05, ${who} <${addr}> wrote:\n${lines.split('\n').map((l) => `> ${l}`).join('\n')}`;
const outlook = (who: string, subject: string, lines: string) => `\n\n-----Original Message-----\nFrom: ${who}\nSent: 03 March 2025 14:05\nSubject: ${subject}\n\n${lines}`;

export const REPEAT32: Record<string, readonly MatrixCase[]> = {
  "a reply in the company's thread, the matter outlived the reply": [
    ['??' + gmail('Harbour Dental Reception', 'reception@harbourdental.example', 'Thanks for getting in touch. We will get back to you about the invoice within two working days.'), true],
    ['?' + gmail('Pixelhost Helpdesk', 'help@pixelhost.example', 'Hi Sam, we have escalated your ticket to our server team and will update you shortly.'), true],
    ['???' + outlook('Greenway Lettings', 'RE: Boiler repair [Ref 5521]', 'Dear Ms Adeyemi,\nThank you for your patience. An engineer will be in touch to arrange a visit.'), true],
    ["That doesn't answer my question. I asked when the engineer is coming, not what the fault code means." + gmail('Northwind Energy', 'care@northwind.example', 'Hi Priya,\nThanks for reaching out! Fault code E4 usually means low pressure.'), true],
    ['That does not answer my question at all.' + outlook('Client Services', 'RE: Fee schedule', 'Thank you for your email. Our fees are listed on our website.'), true],
    ['That was three weeks ago and the parcel is still not here.' + gmail('Swift Couriers', 'help@swift.example', "Sorry to hear about the delay. We're looking into it and will be in touch."), true],
    ["It's been 'under review' for 12 days. My tenants need an answer." + outlook('Claims Team', 'RE: Claim 88-1101', "We've passed your claim to an assessor and will respond within five working days."), true],
    ['Hi, just checking in on this, the credit still has not appeared on my statement.' + gmail('Brightline Members', 'members@brightline.example', "Hi Tom, we've processed a credit of £12.50 which should show within 5 working days."), true],
    ["Re: Ticket #TX-2231\n\n> On 4 March, Orbit Support wrote:\n> Thank you for your patience, we're investigating the sync error and will update you within 24 hours.\n\nThat was ten days ago. The calendar still does not sync.", true],
    // Close contrasts: a first answer to a newsletter or notice, a forwarded mail, a settled thread, an answer to the agent's question.
    ['??' + gmail('Sunny Shoes', 'news@sunnyshoes.example', 'Our summer sale ends tonight! Use code SUN20 for 20% off everything.'), false],
    ['It still says pending, is that normal?' + gmail('Acme Orders', 'orders@acme.example', 'Good news! Your order has shipped and should arrive within 3-5 days.'), false],
    ['Thanks, that worked! All sorted now.' + gmail('Pixelhost Helpdesk', 'help@pixelhost.example', 'Hi Sam, we have escalated your ticket and will update you shortly.'), false],
    ['Yes, Tuesday morning is fine, I will be home all day.' + outlook('Greenway Lettings', 'RE: Boiler repair', 'Thank you for your email. Could you confirm whether Tuesday morning suits you?'), false],
    ['Please see the message from my landlord below, still no heating.\n\n---------- Forwarded message ---------\nFrom: Jim Park\n> Thanks for getting in touch, I will call the plumber.', false],
    ["Here are the photos you asked for. The crack is still there and the door won't close." + outlook('Claims Team', 'RE: Claim 77-310', 'Thank you for your email. Could you send photos of the damage?'), false],
    ['Is the offer still valid?' + gmail('Sunny Shoes', 'news@sunnyshoes.example', 'Spring collection: 30% off for members this weekend only.'), false],
  ],
  'an earlier mail or a contact counted, in learner English': [
    ['Hello, I write you third time about my washing machine. Nobody come.', true],
    ['I am writing 4th time about refund. Please answer.', true],
    ['We call second time about the broken window, still nobody.', true],
    ['I sent email 3 days ago about my booking but no answer.', true],
    ['Yesterday I sent email about wrong size, please reply.', true],
    ['I write already one email on 12 May about the visa letter, you say 5 days, nothing.', true],
    ['I sent message on the chat at 9am and still nobody reply.', true],
    ['Last week I sent email about broken chair, you answered you will send a new leg. Nothing come.', true],
    // Close contrasts: a plan, a mail to someone else, a habit, a first mail.
    ['I will send email tomorrow with the photos.', false],
    ['I sent email to my landlord yesterday, he says the meter is yours. Can you check?', false],
    ['Can I send email with the documents or must I come to office?', false],
    ['Should I send email with the photos already or wait for the engineer?', false],
    ['This is my first time ordering, how long is delivery?', false],
    ['I am writing about my order 5521, it is the wrong colour.', false],
  ],
};

export const REPEAT32_FA: Record<string, readonly MatrixCase[]> = {
  "«؟؟» above the company's quoted reply": [
    ['؟؟\n\n> در تاریخ ۱۴۰۳/۰۵/۰۲، پشتیبانی بیمه نوشت:\n> بیمه‌گذار گرامی، پرونده خسارت شما ثبت شد و ظرف ۷۲ ساعت کاری بررسی می‌شود.', true],
    ['؟\n\n> کاربر گرامی، تیکت شما به واحد فنی ارجاع شد.\n> پشتیبانی هاستینگ', true],
    ['???\n\n> مشتری گرامی، سفارش شما ظرف ۲ روز کاری ارسال می‌شود.', true],
    // Close contrasts: an advert or newsletter answered for the first time, a forwarded message.
    ['؟؟\n\n> جشنواره تخفیف یلدا! تا ۵۰٪ تخفیف روی همه کالاها، فقط تا جمعه.', false],
    ['؟؟\n\n> ---------- Forwarded message ---------\n> مشتری گرامی، سفارش شما ارسال شد.', false],
  ],
  'a formal letter that names its own earlier letter or mail': [
    ['احتراماً، علی‌رغم ارسال دو نامه در اسفندماه، تاکنون گواهی کسر از حقوق صادر نشده است.', true],
    ['اینجانب طی نامه‌ای در تاریخ ۱۴۰۳/۰۳/۰۵ درخواست استرداد ودیعه را ارائه نمودم و تاکنون پاسخی دریافت نشده است.', true],
    ['همان‌گونه که در نامه مورخ ۱۴۰۳/۰۴/۱۰ به اطلاع رسانده شد، نشتی سقف همچنان ادامه دارد.', true],
    ['با وجود ارسال ایمیل در تاریخ ۲ و ۹ مهر، فاکتور رسمی هنوز ارسال نشده است.', true],
    // Close contrasts: a letter sent now, the company's letter received, a letter from someone else.
    ['به پیوست نامه شماره ۴۵ جهت بررسی ارسال می‌گردد.', false],
    ['نامه شما مورخ ۱۲ خرداد دریافت شد، سپاسگزارم.', false],
    ['طی نامه‌ای از بانک مطلع شدم که حسابم مسدود شده، علت چیست؟', false],
    ['لطفاً نامه معرفی به کارفرما را برای اینجانب ارسال فرمایید.', false],
  ],
};

export const REPEAT32_FINGLISH: Record<string, readonly MatrixCase[]> = {
  'an earlier message or chasing, in Finglish': [
    ['dirooz ham to chat porsidam goftan farda dorost mishe vali hanooz kar nemikone', true],
    ['parooz dar morede ghest 3 payam dadam, goftin barresi mishe. chi shod?', true],
    ['bare sevome payam midam, kartam hanooz faal nashode', true],
    ['2 rooze daram payam midam kasi javab nemide', true],
    ['khabari nashod? az sefaresh 7781', true],
    // Close contrasts: a message to someone of one's own, a first question, a plan.
    ['dirooz be doostam payam dadam goft shoma arzoon tarin hastin, ghimat chande?', false],
    ['salam, mikhastam bedoonam ghest 3 kei bardasht mishe?', false],
    ['farda payam midam ke saat chand biam', false],
  ],
};

/**
 * Known and left (not this module's): an answer to the agent's question that tells the fault with "still" above a support
 * author's quote shows the cue through repeat.wide.ts's quotedReply ("still" is one of its outlived words).
 */
export const REPEAT32_KNOWN: readonly MatrixCase[] = [
  ["The meter serial is EM-44120. It's still not showing any reading, no display at all." + gmail('Volt Energy Support', 'help@volt.example', 'Sorry to hear about your meter. Could you send us its serial number?'), false],
];

if (process.argv[1]?.endsWith('tone-rep32-matrix.ts')) printCueMatrices('session 32 (repeat)', [[REPEAT32, 'repeat'], [REPEAT32_FA, 'repeat'], [REPEAT32_FINGLISH, 'repeat']]);
