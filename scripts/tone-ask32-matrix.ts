/**
 * ask32's look-alike matrix: requests the panel lists beside the questions (lib/tone/cues/questions.kinds32.ts), in
 * trades, registers and spellings of our own, and contrasts that must not count. `n` is the length of
 * ToneReport.questions the message must get. Run: npx tsx scripts/tone-ask32-matrix.ts (tests/unit/tone/ask32.test.ts
 * runs the same cases).
 */
import { readCustomerTone } from '../lib/tone/index.ts';

export interface Ask32Case {
  text: string;
  n: number;
  kind: string;
}

export const ASK32_CASES: readonly Ask32Case[] = [
  // Polite imperatives, English.
  { kind: 'please', n: 1, text: 'Hi, the boiler engineer never turned up on Tuesday. Please send someone this week.' },
  { kind: 'please', n: 1, text: 'My dog grooming appointment was double booked. Kindly confirm the new slot.' },
  { kind: 'please', n: 1, text: 'pls refund the second charge, it went out twice on my card' },
  { kind: 'please', n: 1, text: 'Dear team,\n\nPlease could you reissue the certificate for the boiler service at 4 Rowan Way.\n\nRegards,\nTom' },
  { kind: 'please', n: 2, text: 'Please cancel the gym membership from the end of May and confirm that no further payments will be taken.' },
  { kind: 'please', n: 1, text: 'The courier left my parcel in the rain. Please, someone call me back today.' },
  { kind: 'imperative', n: 1, text: 'locked out of the app again. reset my password pls' },
  { kind: 'imperative', n: 1, text: 'Roof tiles still missing after the storm. Fix it or I am going to another roofer.' },
  // Grateful / let me know / possible.
  { kind: 'grateful', n: 1, text: 'Dear Sir,\n\nI should be grateful if you would send a copy of the lease renewal to my solicitor.\n\nYours faithfully,\nA. Ross' },
  { kind: 'grateful', n: 1, text: 'I would appreciate it if you could move my dental check-up to the afternoon.' },
  { kind: 'letknow', n: 1, text: 'The piano tuner was meant to come on Friday. Let me know when he can make it instead.' },
  { kind: 'possible', n: 1, text: 'Hello, I booked the 9am driving lesson. Would it be possible to move it to 11am' },
  // Needs and wants.
  { kind: 'want', n: 1, text: 'The shoes fell apart after a week. I want my money back.' },
  { kind: 'want', n: 1, text: "The caterer forgot the vegan trays. I'd like a partial refund for the event." },
  { kind: 'want', n: 1, text: 'Our payroll export has been broken since the update. I need this fixed today.' },
  { kind: 'want', n: 1, text: 'I need a written confirmation of the cancellation for my landlord.' },
  { kind: 'want', n: 1, text: 'The lift in our block has been stuck for two days. I need someone to fix it today.' },
  { kind: 'want', n: 1, text: 'The florist sent lilies, my wife is allergic. I want you to collect them.' },
  { kind: 'not', n: 0, text: 'We need to send the samples overnight, so we used another courier this time. All good.' },
  { kind: 'not', n: 0, text: "I'd like to say the new tiling team was fantastic." },
  // A plea beside an ask is the same ask; a lead-in to a list of questions is not one more.
  { kind: 'once', n: 1, text: 'I emailed twice about the hoover repair. I want my money back. Please answer me!!' },
  { kind: 'once', n: 1, text: 'The school trip payment failed twice. Please help.' },
  { kind: 'once', n: 2, text: 'Please advise on the following:\n1. Is the course accredited?\n2. Can I pay monthly?' },
  // Same ask as a question: counts once.
  { kind: 'once', n: 1, text: 'Can you please send me the invoice? Please send the invoice.' },
  { kind: 'once', n: 2, text: 'Where is my order? Please refund the delivery fee.' },
  // Contrasts that must not count.
  { kind: 'not', n: 0, text: 'Please ignore my last email, the parcel turned up this morning. Thanks!' },
  { kind: 'not', n: 0, text: 'Please disregard the earlier message about the broken tap, my plumber sorted it.' },
  { kind: 'not', n: 0, text: 'I need to vent for a second: the train was late again, but the guard was lovely. No need to reply.' },
  { kind: 'not', n: 0, text: 'Just a note to say the new cleaner was brilliant. Let me know if you have any questions about the feedback form I filled in.' },
  { kind: 'not', n: 0, text: 'The new interest rate is on page 4, which I need for my records. All sorted now, thanks.' },
  { kind: 'not', n: 0, text: 'Thanks so much, the replacement blender arrived today and works perfectly.' },
  { kind: 'not', n: 0, text: 'Please find attached the signed form as promised. No action needed on your side.' },
  { kind: 'not', n: 0, text: 'I need it for work deliveries so I was glad it came on time. Great service.' },
  { kind: 'not', n: 0, text: 'Please accept my apologies for the late payment, it has gone through now.' },
  // Persian: polite imperatives, formal asks, wants.
  { kind: 'fa-please', n: 1, text: 'سلام، سفارش کیک تولدم هنوز نرسیده. لطفاً پیگیری کنید.' },
  { kind: 'fa-please', n: 1, text: 'سلام بی‌زحمت فاکتور خرید لپ‌تاپ رو ایمیل کنید' },
  { kind: 'fa-please', n: 1, text: 'سلام کولر رو دیروز نصب کردن ولی آب میده. لطفا یه نفر بفرستین' },
  { kind: 'fa-formal', n: 1, text: 'با سلام و احترام\nخواهشمند است نسبت به صدور گواهی بیمه بدنه خودروی اینجانب اقدام فرمایید.' },
  { kind: 'fa-formal', n: 1, text: 'سلام، ممنون میشم اگه نوبت دندانپزشکی رو به هفته بعد منتقل کنید.' },
  { kind: 'fa-formal', n: 1, text: 'احتراماً، مراتب جهت بررسی و اعلام نتیجه به حضور ایفاد می‌گردد. مستدعی است دستور رسیدگی صادر فرمایید.' },
  { kind: 'fa-want', n: 1, text: 'کفش بعد از یه هفته پاره شد. می‌خوام پولم برگرده.' },
  { kind: 'fa-want', n: 1, text: 'لباس‌ها اشتباه اومده. پولمو پس بدین.' },
  { kind: 'finglish', n: 1, text: 'salam, sefaresham hanooz nareside. lotfan peygiri konid' },
  { kind: 'not', n: 0, text: 'The electrician who rewired our kitchen was a star. Please pass on our thanks to him and his boss.' },
  { kind: 'not', n: 0, text: 'Dear Sir,\n\nI should be grateful if you would pass my thanks to the night porter, who found my ring.\n\nYours faithfully,\nE. Hart' },
  { kind: 'want', n: 1, text: 'The venue lights failed before our gig. I NEED AN ELECTRICIAN TONIGHT.' },
  { kind: 'canyou', n: 1, text: 'Hello my new washing machine shows error E21. Can somebody help me please.' },
  { kind: 'imperative', n: 1, text: 'cold pizza, 80 minutes late. refund pls' },
  { kind: 'please', n: 1, text: 'Someone used my card at a petrol station in Leeds. Please FREEZE IT NOW.' },
  { kind: 'not', n: 0, text: 'You could see the removal van from my window, the lads were brilliant. Cheers!' },
  { kind: 'fa-imperative', n: 1, text: 'سلام، آبگرمکن رو دیروز نصب کردین نشتی داره. یکی بفرستین ببینه' },
  { kind: 'fa-imperative', n: 1, text: 'کارتم دزدیده شده!!! فوری کارتمو ببندین' },
  { kind: 'fa-imperative', n: 1, text: 'سلام. غذا سرد رسید. مهربانی کرده پول ما را پس بدهید.' },
  { kind: 'fa-not', n: 0, text: 'سلام، اگه وقت کردین بعداً یه سر به وبلاگتون بزنید، مطلب قشنگی بود. ممنون.' },
  { kind: 'fa-not', n: 0, text: 'نصاب دیروز اومد و همه چی رو درست کرد. دستتون درد نکنه.' },
  { kind: 'fa-not', n: 0, text: 'سفارش مبل رو ثبت کردم. لازم نیست عجله کنید، تا آخر ماه خونه نیستیم.' },
  // Persian contrasts.
  { kind: 'fa-not', n: 0, text: 'سلام، قصاب محله‌تون خیلی منصف بود. لطفاً تشکر منو بهش برسونید.' },
  { kind: 'fa-not', n: 0, text: 'سلام، فقط خواستم اطلاع بدم بسته رسید. ممنون از پیگیری‌تون.' },
  { kind: 'fa-not', n: 0, text: 'سلام، پیام قبلیم رو نادیده بگیرید لطفاً، مشکل حل شد.' },
  { kind: 'fa-not', n: 0, text: 'سفارش امروز رسید، همه چیز عالی بود. نیازی به پاسخ نیست.' },
  { kind: 'fa-not', n: 0, text: 'از راننده‌تون خیلی ممنونم، خیلی با حوصله بود.' },
];

export function runAsk32Matrix(): { ok: number; total: number; wrong: { c: Ask32Case; got: string[] }[] } {
  const wrong: { c: Ask32Case; got: string[] }[] = [];
  for (const c of ASK32_CASES) {
    const got = readCustomerTone(c.text).questions.map((q) => q.text);
    if (got.length !== c.n) wrong.push({ c, got });
  }
  return { ok: ASK32_CASES.length - wrong.length, total: ASK32_CASES.length, wrong };
}

if (process.argv[1]?.endsWith('tone-ask32-matrix.ts')) {
  const r = runAsk32Matrix();
  for (const w of r.wrong) console.log(`WRONG ${w.c.kind} want ${w.c.n} got ${w.got.length}: ${JSON.stringify(w.c.text)} -> ${JSON.stringify(w.got)}`);
  const pos = ASK32_CASES.filter((c) => c.n > 0).length;
  console.log(`ask32 matrix: ${r.ok}/${r.total} right (${pos} asking, ${r.total - pos} not)`);
}
