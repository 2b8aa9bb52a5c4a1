/**
 * Look-alike matrix of the twenty-third session's jargon kinds (jargon23; lib/rewrite/generic/jargon21.en.ts and
 * jargon23.ts), written before the readers: for each kind, drafts agents in many trades would write that must be flagged
 * over the words in [[ ]], and close contrasts that must stay as they are (no flag at all). Trades: clinics and labs,
 * couriers and warehouses, banks and brokers, IT and hosting, insurers, utilities, councils, schools, repairs, travel.
 * No trade noun or proper noun of a development item.
 *
 *   npx tsx scripts/jargon23-matrix.ts        per kind: positives caught, contrasts flagged, and the failures
 * Exported for tests/unit/rewrite/generic-jargon23.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { type Kind21, printMarked, runKinds21 } from './en-kinds21-matrix.ts';

export const KINDS23: readonly Kind21[] = [
  {
    // A code set on a thing as its status by a verb of classing ("marked the parcel X"): the object stands between the
    // verb and the code, and the code ends its clause.
    kind: 'status-after-object',
    pos: [
      'The courier marked the parcel [[NDX]] after the second attempt, so it is coming back to us.',
      'The lab flagged your sample [[HMZ]], so the nurse will take another one next week.',
      'Our warehouse listed the sofa [[DMG]] on arrival, so a new one is on its way.',
      "The vet nurse marked Milo's bloods [[HMQ]], so we'd like a fresh sample on Friday.",
      'the tech marked ur laptop [[NPF]] so its coming back as it is',
      'Reception has flagged your membership [[PND]] until the direct debit clears.',
      'The depot marked both pallets [[OSD]] when they came in this morning.',
      'Billing has coded your last invoice [[WOF]], so you will not see it again.',
      'Our auditor flagged the return [[NRQ]] and it is now on hold.',
      'Dispatch tagged the order [[BKO]] this morning.',
      'The surveyor marked the loft [[NFA]], so the insulation grant goes ahead.',
      'The inspector classed the wiring [[CDX]] at the visit yesterday.',
      "The pharmacy marked Mrs Lee's script [[OWG]] this afternoon.",
      'Customs have coded the box [[RFI]], so the carrier is holding it.',
      'The assessor has marked the laptop [[UER]], so we will replace it under the plan.',
      'our system tagged the transfer [[SCR]] overnight, it goes out today',
      'The mechanic marked the gearbox [[NFF]] and the car is ready to collect.',
      'The school office marked the form [[INC]], so we need page two from you.',
      'The meter reader logged your meter [[NAF]] on Tuesday.',
      'Housing has classed the repair [[EMR]], so someone will come today.',
    ],
    neg: [
      'The courier marked the parcel as delivered at 2pm.',
      'Our technician marked the boiler safe to use.',
      "We've marked your order urgent.",
      'The lab marked your sample clearly with your name.',
      'The engineer marked the fuse box with a red sticker.',
      "I've marked the invoice PAID on our side.",
      'The hotel marked the room VIP for your stay.',
      'The lab marked the sample HMZ (haemolysed), so we will take another one.',
      "I've flagged your booking to the manager.",
      'We tagged the photos with your order number 55123.',
      'The driver marked your parcel left with a neighbour at number 12.',
      'Reception marked your membership active again today.',
      'The school marked your son present for the afternoon.',
      "Our nurse flagged Milo's notes for the vet to see.",
      'The warehouse listed the jacket in size XL by mistake, it is fixed now.',
      'We have marked the account GDPR compliant.',
      'The courier marked the parcel DHL Express on the label.',
      'The system marked your payment received at 10:42 UTC.',
      'I have tagged the ticket with your postcode SW1A 1AA.',
      'Our team marked the delivery complete and the invoice is attached.',
    ],
  },
  {
    // A record the back office raises, named by a code of letters and digits ("logged an XX9 lockout").
    kind: 'record-code',
    pos: [
      'Our system raised a [[KX4]] exception on your transfer overnight.',
      'The scanner logged an [[ER7]] mismatch on your parcel at the depot.',
      'The site team filed an [[NCR4]] report for the damaged door.',
      'The gateway generated a [[DS2]] decline on the payment.',
      'Billing raised a [[QB7]] adjustment on your account last week.',
      'The boiler logged an [[EA1]] lockout overnight, so our engineer will call.',
      'The alarm panel logged a [[TX3]] comms fault at 04:10 and reset itself.',
      'The lift controller logged an [[ST4]] trip this morning.',
      'our platform raised an [[AML2]] alert on the deposit, all cleared now',
      'The network logged a [[PQ9]] event on your street at midnight.',
    ],
    neg: [
      "We've opened a ticket with the carrier.",
      "I've raised a complaint for you and the reference is CMP-20931.",
      "I've logged a repair for your M60 boiler.",
      'We issued a new QR code this morning.',
      "I've filed a claim under reference AB12345.",
      'The system generated a PDF invoice for you.',
      "We've raised a new order for the XL size.",
      "We've booked an MOT for Tuesday at 9am.",
      "I've logged a call for the A4 printer on the second floor.",
      "I've raised an invoice for the GH450 sofa.",
    ],
  },
  {
    // A procedure the business will do, named by a bare code after "will / 'll / can / need to … do / run / carry out".
    kind: 'procedure-bare-code',
    pos: [
      "At the next visit we'll do [[OAE]] on both ears.",
      'The nurse will do [[ABPI]] on both legs at your appointment.',
      "We'll run [[KCV]] against the new card first.",
      'I will carry out [[SRT]] on the boiler on my next visit.',
      "we'll do [[CXR]] and bloods when you come in",
      'The optician will do [[IOP]] at the start of the eye test.',
      "We need to run [[TDR]] on the line before the engineer is booked.",
      'Our fitter will do [[PDT]] on the windows before signing off.',
    ],
    neg: [
      "We'll do the MOT on Tuesday.",
      "We'll do PE on Tuesday afternoon.",
      "We'll run a quick check on the line.",
      "We'll do XL and XXL in the new range.",
      'We do CBD oils in three strengths.',
      "We'll do IVF consultations on Fridays.",
      "We'll do a PAYG plan for you if you prefer.",
      'We can do DHL or Royal Mail for the return.',
      "We'll run BBC iPlayer on the new box for you.",
      'The nurse will do your ECG at the appointment.',
    ],
  },
  {
    // A code naming an artefact or a measure the back office works with ("the XYZ token", "a QRS figure").
    kind: 'code-as-artefact',
    pos: [
      "We're waiting for the [[HRX]] token to come through before we can release the prescription.",
      'We need a [[KVM]] figure from the assessor before the quote is final.',
      'The [[TQR]] reading on your meter looked odd, so an engineer will check it.',
      'Your loan needs a fresh [[LTI]] figure before it goes to the panel.',
      'the [[BSR]] tokens expired overnight so the sync stopped, fixed now',
      'Our [[PFR]] readings for your street were normal all week.',
    ],
    neg: [
      'The VAT figure on the invoice is now correct.',
      'Your APR figure is shown on page two of the agreement.',
      'Your meter reading has been updated on the account.',
      'Please send us a photo of the meter reading.',
      'The BMI figure is worked out from your height and weight.',
      'We need the final figure from the surveyor before we book the van.',
    ],
  },
  {
    // A Persian back-office verb said in English with a Persian light verb («فلگ شده», «اکسپایر شده»).
    kind: 'fa-loan-verb',
    pos: [
      'کارت شما به دلیل تراکنش مشکوک [[فلگ]] شده و فردا بررسی میشه.',
      'لینک پرداختتون [[اکسپایر]] شده، یه لینک جدید براتون می‌فرستم.',
      'سیم‌کارتتون موقتاً [[ساسپند]] شده تا مدارک برسه.',
      'همکارم مدارکتون رو [[ویریفای]] کرد، حساب فعاله.',
    ],
    neg: [
      'لینک پرداخت تا فردا ساعت ۱۲ معتبره.',
      'کارتتون فعال شد و می‌تونید خرید کنید.',
      'مدارکتون تایید شد، ممنون از صبرتون.',
      'فلفل سبز تو این غذا نیست، با خیال راحت سفارش بدید.',
    ],
  },
  {
    // A trade's settlement day written as T+n ("settles at T+2"), English and Persian.
    kind: 'settlement-day',
    pos: [
      'Funds from the sale settle at [[T+2]], then you can withdraw them.',
      'Your payout runs on a [[T+3]] cycle.',
      'Sale proceeds are released on [[T+1]].',
      'proceeds land [[T+2]] so should be with you wednesday',
      'وجه فروش سهام پس از [[T+2]] به حسابتون واریز میشه.',
      'مبلغ فروش طبق روال [[T+1]] قابل برداشت خواهد بود.',
    ],
    neg: [
      'Call us on +44 20 7946 0000 any time.',
      'Your flight leaves from T2 at 10:40.',
      'The Terminal 5 shuttle leaves every ten minutes.',
      'The kids club is for ages 5+ and runs every morning.',
      'با شماره +98 21 8888 0000 تماس بگیرید.',
      'پروازتون از ترمینال ۲ ساعت ۱۰ حرکت می‌کنه.',
    ],
  },
  {
    // A code of two initials joined by "&" in a hand-over or review ("gone to P&C for a second look").
    kind: 'ampersand-code',
    pos: [
      'Your listing has been referred to [[P&C]] for a second look.',
      'Your claim has gone to [[L&D]] for sign-off.',
      'the video got flagged for [[C&M]] so its hidden for now',
      'Your return is with [[R&V]] until Friday.',
      'The refund is waiting on [[F&A]] approval.',
    ],
    neg: [
      'The answer is on our Q&A page.',
      'Your B&B booking for Saturday is confirmed.',
      'A&E is the best place to go tonight.',
      'Our P&P charge is £3.95 for the whole order.',
      'Your M&S voucher is in the post.',
      'You can collect it from B&Q on the retail park.',
    ],
  },
  {
    // A status label as the back office writes it (in quotes, or after «وضعیت …:»), holding a code, a routing to a unit
    // or an officer, or a back-office step: the customer reads the label without knowing what it means.
    kind: 'fa-status-label',
    pos: [
      'سفارش شما در سامانه با وضعیت [[«ارجاع به واحد کنترل کیفی – کد ۱۲»]] ثبت شده است.',
      'پرونده‌تون الان تو سیستم [[«در انتظار تأیید ک۳»]] خورده.',
      'وضعیت درخواست: [[ارجاع به کارشناس جهت رفع نقص مدارک]].',
      'درخواست وام شما در وضعیت [[«ارجاع به کمیته - مرحله ۲»]] قرار گرفت.',
      'وضعیت مرسوله‌تون تو سایت [[«برگشت به مبدأ - کد ۴»]] شده.',
      'پرونده خسارت با وضعیت [[«ارسال به کارتابل ارزیاب»]] در حال بررسی است.',
      'وضعیت: [[ارجاع به واحد حقوقی جهت تطبیق]]',
      'ثبت‌نام شما با وضعیت [[«در انتظار ب۱»]] در سامانه ثبت گردید.',
      'بیمه‌نامه‌تون تو وضعیت [[«R-12 / در انتظار تأیید»]] مونده.',
      'وضعیت سفارش در پنل: [[ارجاع به انبار جهت کسری]]',
    ],
    neg: [
      'وضعیت سفارش شما «ارسال شده» است.',
      'سفارشتون الان تو وضعیت «آماده ارسال» ـه.',
      'در سایت وضعیت «در حال پردازش» رو می‌بینید.',
      'وضعیت پرداخت: موفق',
      'وضعیت: تحویل داده شد.',
      'وضعیت درخواست شما «تأیید شده» است و تا فردا کارت صادر می‌شود.',
      'سفارشتون با وضعیت «در انتظار پرداخت» ثبت شده، هر وقت پرداخت کنین ارسال میشه.',
      'وضعیت نوبت: لغو شده به درخواست شما',
      'درخواستتون رو برای واحد مالی فرستادم، فردا جواب میدن.',
      'کد رهگیری سفارش شما ۴۵۸۱۲ است و وضعیتش «تحویل به پست» ـه.',
    ],
  },
  {
    // Codes a Persian customer knows or was told: the lights on their own router, a code in brackets after its Persian
    // gloss, the languages of their own hosting.
    kind: 'fa-known-code',
    pos: [],
    neg: [
      'احتمالا مودم خودش ریست شده، الان باید چراغ LAN ثابت روشن باشه.',
      'لطفاً ببینید چراغ WPS مودم چشمک می‌زنه یا نه.',
      'اگر چراغ ADSL خاموشه یه بار مودم رو خاموش و روشن کنید.',
      'پیشنهاد ما ارتقا به سرور مجازی (VPS) است که امکانات بیشتری دارد.',
      'فاکتور رسمی با شماره اقتصادی (TIN) براتون صادر شد.',
      'نسخه PHP هاستتون رو از پنل به ۸.۲ تغییر دادیم.',
      'پایگاه داده MySQL شما با موفقیت بازیابی شد.',
      'چراغ WAN روی مودم الان سبز شده، یعنی اینترنت وصله.',
    ],
  },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of runKinds21(KINDS23)) printMarked(r.kind, r);
}
