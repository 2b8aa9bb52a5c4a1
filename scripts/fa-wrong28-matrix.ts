/**
 * rwfa28: the kinds of wrong Persian alternative found by the blind reading of late27's applied rows, as look-alikes
 * written for this matrix (other trades, spellings and registers; none copied from an evaluation split), each with the
 * whole text after Apply all (every suggestion's first alternative), and the contrasts whose result must stay as it was.
 * `npx tsx scripts/fa-wrong28-matrix.ts [--list]`: passes by kind (with --list, every failing case). Run by
 * tests/unit/rewrite/fa-wrong28.test.ts.
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';

export interface Wrong28Case {
  kind: string;
  /** A contrast: today's result must stay. */
  contrast?: true;
  draft: string;
  applied: string;
}

/** Apply all on a draft, its quotes and signature left out as the panel leaves them. */
export function applied28(draft: string): string {
  const exclude = draftNotOwnRanges(draft);
  const s = suggestRewrites(draft, builtinPacks, exclude.length ? { exclude, generic: true } : { generic: true });
  return applyAll(draft, s);
}

const same = (kind: string, draft: string, contrast?: true): Wrong28Case => ({ kind, draft, applied: draft, ...(contrast ? { contrast } : {}) });

export const WRONG28_CASES: Wrong28Case[] = [
  // Finglish: no English template after Persian in Latin letters (the flag stays as advice).
  same('finglish', 'salam, sefaresh shoma ta shanbe ersal nemishe.'),
  same('finglish', 'bebakhshid, in hafte nobat khali nadarim va emrooz ham nemitunim vaght bedim'),
  same('finglish', 'motmaen nistam ghest badi key az hesab kam mishe'),
  same('finglish', 'nemidoonam parvaz key boland mishe, hanooz elam nashode'),
  same('finglish', 'salam, kelas yoga ta akhare mah tashkil nemishe, faghat pilates hast.'),
  same('finglish', 'emkan nadare refund konim, kharid ghabl az 7 rooz bude'),
  // Contrasts: English keeps its template.
  { kind: 'finglish', contrast: true, draft: "Sorry, we can't refund this order.", applied: "Sorry, we can't refund this order, but what we can do is ___." },
  { kind: 'finglish', contrast: true, draft: "We can't move your booking to Friday.", applied: "We can't move your booking to Friday, but what we can do is ___." },

  // A candour opener goes whole, with its mark, or stays.
  { kind: 'candour', draft: 'راستش را بگویم، این مبل برای فضای کوچک مناسب نیست.', applied: 'این مبل برای فضای کوچک مناسب نیست.' },
  { kind: 'candour', draft: 'حقیقتش را بگویم، آزمایشگاه امروز جواب نمی‌دهد.', applied: 'آزمایشگاه امروز جواب نمی‌دهد.' },
  { kind: 'candour', draft: 'راستش رو بخوای، این مدل زود خط می‌افته.', applied: 'این مدل زود خط می‌افته.' },
  { kind: 'candour', draft: 'رک بگم؟ این آخرین تخفیف ماست.', applied: 'این آخرین تخفیف ماست.' },
  { kind: 'candour', draft: 'رک بگم: این لپ‌تاپ برای تدوین مناسب نیست.', applied: 'این لپ‌تاپ برای تدوین مناسب نیست.' },
  { kind: 'candour', draft: 'صادقانه بگم؟ پلن پایه برای شما کافیه.', applied: 'پلن پایه برای شما کافیه.' },
  same('candour', 'راستش رو نمی‌دونم کی میاد.'),
  // Contrasts.
  { kind: 'candour', contrast: true, draft: 'راستش این مدل گرم می‌کنه.', applied: 'این مدل گرم می‌کنه.' },
  { kind: 'candour', contrast: true, draft: 'صادقانه بگویم، نسخه قبلی بهتر بود.', applied: 'نسخه قبلی بهتر بود.' },
  same('candour', 'راستی، کد تخفیف هم فعال شد.', true),

  // A count of times said, inside its as-clause: the opener goes with it.
  { kind: 'as-clause', draft: 'آقا همون‌طور که چند بار گفتم، اقساط از ماه بعد شروع می‌شه.', applied: 'آقا بذارین یه بار دیگه توضیح بدم، اقساط از ماه بعد شروع می‌شه.' },
  { kind: 'as-clause', draft: 'چنانکه بارها گفته‌ام، ساعت ملاقات تا هشت شب است.', applied: 'اجازه بدهید یک بار دیگر توضیح بدهم، ساعت ملاقات تا هشت شب است.' },
  { kind: 'as-clause', draft: 'همانطور که چند بار گفته‌ام، بیعانه قابل برگشت نیست.', applied: 'اجازه بدهید یک بار دیگر توضیح بدهم، بیعانه قابل برگشت نیست، اما آنچه می‌توانیم انجام دهیم این است که ___.' },
  // Contrast: no as-clause.
  { kind: 'as-clause', contrast: true, draft: 'چند بار بگم، کلاس ساعت پنجه.', applied: 'بذارین یه بار دیگه توضیح بدم، کلاس ساعت پنجه.' },

  // The emphatic subject goes with the must: «لطفاً خودتون …».
  { kind: 'self-must', draft: 'خودتون باید اسم گیرنده رو روی کارتن بنویسید.', applied: 'لطفاً خودتون اسم گیرنده رو روی کارتن بنویسید.' },
  { kind: 'self-must', draft: 'شما خودتون باید بیاید شعبه.', applied: 'لطفاً خودتون بیاید شعبه.' },
  { kind: 'self-must', draft: 'خودتان باید فرم را امضا کنید.', applied: 'لطفاً خودتان فرم را امضا کنید.' },
  // Contrasts: «شما» alone, no subject.
  { kind: 'self-must', contrast: true, draft: 'شما باید فرم رو پر کنید.', applied: 'لطفاً فرم رو پر کنید.' },
  same('self-must', 'باید کارت ملی همراهتون باشه.', true),

  // The impersonal not-knowing template takes the pronoun that was the subject of «نمی‌دونم» with it.
  { kind: 'now-subject', draft: 'آقا ما هم نمی‌دونیم پرواز کی میشینه.', applied: 'آقا فعلاً خبر دقیقی نیست و ___ تا مشخص بشه پرواز کی میشینه.' },
  { kind: 'now-subject', draft: 'بنده هم اطلاعی ندارم که نتیجه کی اعلام می‌شود.', applied: 'در حال حاضر اطلاع دقیقی در دست نیست و ___ تا مشخص شود که نتیجه کی اعلام می‌شود.' },
  // Contrasts: a pronoun after a preposition; a template of the agent's own step keeps its subject.
  { kind: 'now-subject', contrast: true, draft: 'برای ما هم نمی‌دونم کی میاد.', applied: 'برای ما هم فعلاً خبر دقیقی نیست و ___ تا مشخص بشه کی میاد.' },
  { kind: 'now-subject', contrast: true, draft: 'والا منم نمی‌دونم قطعه کی از گمرک ترخیص میشه.', applied: 'والا منم فعلاً خبر دقیقی ندارم و ___ تا مشخص بشه قطعه کی از گمرک ترخیص میشه.' },

  // Blame made passive while a counterfactual in its sentence still blames: advice.
  same('counterfactual', 'اگر به موقع قسط را پرداخت کرده بودید جریمه نمی‌خوردید.'),
  same('counterfactual', 'اگر قبل از نصب، دفترچه را خوانده بودید دستگاه نمی‌سوخت.'),
  same('counterfactual', 'اگه رسید رو نگه داشته بودین الان مشکلی نبود.'),
  // Contrast: a plain condition, no blame.
  same('counterfactual', 'اگر رسید را نگه داشته‌اید، لطفاً عکسش را بفرستید.', true),

  // A refusal template where the next sentence already gives the way forward: advice.
  same('offer-next', 'نمی‌تونیم سفارش رو وسط راه کنسل کنیم. کاری که میشه کرد اینه که بعد از تحویل مرجوعش کنید.'),
  same('offer-next', 'تمدید رزرو ممکن نیست. آنچه می‌توانیم انجام دهیم جابه‌جایی تاریخ به هفتهٔ بعد است.'),
  same('offer-next', 'وام پیش از شش ماه قابل تمدید نیست و هر کمکی لازم باشد در خدمتیم.'),
  same('offer-next', 'هزینهٔ عمل پیش از تأیید بیمه قابل پرداخت نخواهد بود و بنده در تکمیل مدارک کمکی دریغ نمی‌کنم.'),
  // Contrast: no way forward after it.
  { kind: 'offer-next', contrast: true, draft: 'نمی‌تونیم سفارش رو وسط راه کنسل کنیم.', applied: 'نمی‌تونیم سفارش رو وسط راه کنسل کنیم، ولی می‌تونیم ___.' },

  // A sign-off closing with a second courtesy noun, and a shop's emoji footer: not the reply's words.
  same('footer', 'سلام، نوبت شما برای پنجشنبه ساعت ده ثبت شد.\n\nبا تشکر و قدردانی\nپذیرش کلینیک دندانپزشکی\nهزینهٔ ویزیت در صورت عدم حضور قابل استرداد نیست.'),
  same('footer', 'سفارشت ثبت شد عزیزم ✅ فردا ارسال میشه\n\n👗 بوتیک مریم\n❌ تعویض و مرجوعی نداریم\n📍 تهران، ونک'),
  same('footer', 'نوبتتون برای شنبه ثبت شد\n\n💅 سالن زیبایی رز\n🚫 بدون هماهنگی قبلی پذیرش نداریم'),
  // Contrast: an emoji-led line of this reply's news stays the agent's.
  { kind: 'footer', contrast: true, draft: 'سفارشت ثبت شد\n\n✅ ارسال فردا\n❌ رنگ آبی موجود نیست، ببخشید', applied: 'سفارشت ثبت شد\n\n✅ ارسال فردا\n❌ رنگ آبی موجود نیست، ببخشید' },

  // An upset customer: the apology, the regret over their loss and the reproach stay as written.
  same('upset', 'بابت هرگونه ناراحتی عذرخواهی می‌کنیم. مبلغ به حسابتان برگشت.\n\n> دو هفته است پولم بلوکه شده! واقعاً افتضاحه، دیگه با شما کار نمی‌کنم.'),
  same('upset', 'عزیزم متاسفانه اون کیف فروش رفته، مدل مشابهش هست.\n\n> باورم نمیشه! گفتید برام نگه می‌دارید. اصلاً قابل قبول نیست'),
  same('upset', 'متأسفانه بلیت‌های این سانس همه به فروش رسیده.'),
  // Contrast: a calm customer, an apology for a wait (an apology for any other trouble stays as written for everyone since
  // the thirty-sixth session).
  { kind: 'upset', contrast: true, draft: 'سلام، بابت تأخیر پیش آمده عذرخواهی می‌کنم. نتیجه پیوست شد.\n\n> سلام، جواب آزمایش من آماده است؟ ممنون', applied: 'سلام، از صبر شما سپاسگزاریم. نتیجه پیوست شد.\n\n> سلام، جواب آزمایش من آماده است؟ ممنون' },
];

function main(): void {
  const list = process.argv.includes('--list');
  const by = new Map<string, { neg: [number, number]; con: [number, number] }>();
  for (const c of WRONG28_CASES) {
    const got = applied28(c.draft);
    const ok = got === c.applied;
    const e = by.get(c.kind) ?? { neg: [0, 0], con: [0, 0] };
    const slot = c.contrast ? e.con : e.neg;
    slot[0] += ok ? 1 : 0;
    slot[1]++;
    by.set(c.kind, e);
    if (!ok && list) console.log(`FAIL ${c.kind}${c.contrast ? ' (contrast)' : ''}: ${c.draft.replace(/\n/g, '⏎')}\n   got  ${got.replace(/\n/g, '⏎')}\n   want ${c.applied.replace(/\n/g, '⏎')}`);
  }
  let n = 0;
  let t = 0;
  for (const [k, e] of by) {
    console.log(`${k}: cases ${e.neg[0]}/${e.neg[1]}, contrasts ${e.con[0]}/${e.con[1]}`);
    n += e.neg[0] + e.con[0];
    t += e.neg[1] + e.con[1];
  }
  console.log(`all: ${n}/${t}`);
}

if (process.argv[1]?.endsWith('fa-wrong28-matrix.ts')) main();
