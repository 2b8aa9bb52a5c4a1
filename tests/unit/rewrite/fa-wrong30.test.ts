// @vitest-environment node
/**
 * wrongfa30: the kinds of wrong Persian alternative and false flag a person found on late29's applied rows, written as
 * look-alikes of my own (other trades, registers, spellings: no ZWNJ, Arabic ya/kaf, Finglish, Dari) with contrasts whose
 * result must stay. Each row: the draft and the whole text Apply all leaves (lib/rewrite/wrong30.fa.ts, lib/text/quotes.ts,
 * lib/text/signature.fa18.ts).
 */
import { describe } from 'vitest';
import { applied29 as applied, flagged29w as flagged } from '../../../scripts/fa-wrong29-matrix.ts';
import { appliedKindTests, flagKindTests } from './helpers.ts';

/** [draft, what Apply all leaves]. */
const APPLIED30: Record<string, [string, string][]> = {
  // An offer blank where the agent already offers (a «ولی / اما / لیکن» after the refusal, a «؛» too), or the customer's
  // way is given («… کافیه»), or the next sentence offers or says nobody can: advice.
  'offer-already': [
    ['نمیشه قسط رو همین امروز عقب بندازیم؛ ولی میتونیم جریمه‌ش رو حذف کنیم.', 'نمیشه قسط رو همین امروز عقب بندازیم؛ ولی میتونیم جریمه‌ش رو حذف کنیم.'],
    ['نميتونيم سفارش رو كنسل كنيم؛ ولي مي‌تونيم آدرس رو عوض كنيم.', 'نميتونيم سفارش رو كنسل كنيم؛ ولي مي‌تونيم آدرس رو عوض كنيم.'],
    ['احتراماً، تمدید قرارداد پس از سررسید امکان‌پذیر نمی‌باشد؛ لیکن انعقاد قرارداد جدید با همان شرایط میسر است.', 'احتراماً، تمدید قرارداد پس از سررسید امکان‌پذیر نمی‌باشد؛ لیکن انعقاد قرارداد جدید با همان شرایط میسر است.'],
    ['کارت گارانتی تا هفته بعد صادر نمی‌شه، فاکتور خرید رو نشون بدین کافیه.', 'کارت گارانتی تا هفته بعد صادر نمی‌شه، فاکتور خرید رو نشون بدین کافیه.'],
    ['نمی‌تونیم امروز بفرستیم. شنبه صبح یه ظرفیت خالی هست، رزرو کنم براتون؟', 'نمی‌تونیم امروز بفرستیم. شنبه صبح یه ظرفیت خالی هست، رزرو کنم براتون؟'],
    ['کد تخفیف رو نمی‌شه دوباره فعال کرد. نه برای ما، نه برای هیچ نمایندگی دیگه‌ای.', 'کد تخفیف رو نمی‌شه دوباره فعال کرد. نه برای ما، نه برای هیچ نمایندگی دیگه‌ای.'],
    // a must made a please in the same sentence: the template after it goes, the please stays
    ['باید اپلیکیشن رو آپدیت کنید، نسخه‌ی قبلی دیگه پشتیبانی نمیشه.', 'لطفاً اپلیکیشن رو آپدیت کنید، نسخه‌ی قبلی دیگه پشتیبانی نمیشه.'],
    ['مجبورین فرم رو دوباره پر کنین، فرم قبلی دیگه قبول نمیشه.', 'لطفاً فرم رو دوباره پر کنین، فرم قبلی دیگه قبول نمیشه.'],
    // contrasts: a bare refusal, or information after it, keeps its blank
    ['نمی‌تونیم امروز بفرستیم.', 'نمی‌تونیم امروز بفرستیم، ولی می‌تونیم ___.'],
    ['کارت گارانتی تا هفته بعد صادر نمی‌شه.', 'کارت گارانتی تا هفته بعد صادر نمی‌شه، ولی کاری که می‌شه کرد اینه که ___.'],
    ['کد تخفیف رو نمی‌شه دوباره فعال کرد.', 'کد تخفیف رو نمی‌شه دوباره فعال کرد، ولی می‌شه ___.'],
  ],
  // A blank in another's person («می‌تونه ___», Dari «می‌تواند ___») is the agent's («می‌تونیم ___»); after a second clause
  // past a «؛» it is advice.
  'blank-person': [
    ['تکنسین تا پنجشنبه نمی‌تونه بیاد؛ همه‌ی همکارا رفتن مأموریت.', 'تکنسین تا پنجشنبه نمی‌تونه بیاد؛ همه‌ی همکارا رفتن مأموریت.'],
    ['مرسوله قبل از شنبه تحویل شده نمی‌تواند، زیرا موتر هفته‌وار می‌رود.', 'مرسوله قبل از شنبه تحویل شده نمی‌تواند، زیرا موتر هفته‌وار می‌رود، اما می‌توانیم ___.'],
    ['راننده تا ساعت ۵ نمیتونه بیاد دنبالتون', 'راننده تا ساعت ۵ نمیتونه بیاد دنبالتون، ولی میتونیم ___'],
    ['این آژانس نمی‌تواند بلیت را باطل کند.', 'این آژانس نمی‌تواند بلیت را باطل کند، اما می‌توانیم ___.'],
    // contrasts: «عوضش» is the object, not «instead»; a reason with «چون» keeps the blank
    ['نمی‌تونیم عوضش کنیم دیگه.', 'نمی‌تونیم عوضش کنیم دیگه، ولی می‌تونیم ___.'],
    ['عزیزم این مدل چون از حراجی خریدین نمیتونیم عوضش کنیم', 'عزیزم این مدل چون از حراجی خریدین نمیتونیم عوضش کنیم، ولی میتونیم ___'],
  ],
  // An English blank never follows Finglish; English keeps its own.
  finglish: [
    ['salam, tebghe ghavanin-e bimarestan molaghat faghat ta saat-e 8 anjam mishe.', 'salam, tebghe ghavanin-e bimarestan molaghat faghat ta saat-e 8 anjam mishe.'],
    ['tebgh-e ghanoon-e sherkat pool-e belit bargasht dade nemishe.', 'tebgh-e ghanoon-e sherkat pool-e belit bargasht dade nemishe.'],
    ['Per company policy, refunds are only given within 14 days.', 'Refunds are only given within 14 days.'],
  ],
  // A candour opener with «که»: only the opener goes, the news stays.
  candour: [
    ['راستش را بخواهید که این مدل برای شما مناسب نیست، مدل بالاتر را پیشنهاد می‌کنم.', 'این مدل برای شما مناسب نیست، مدل بالاتر را پیشنهاد می‌کنم.'],
    ['رک بگم که این قطعه ارزش تعمیر نداره، بهتره عوضش کنید.', 'این قطعه ارزش تعمیر نداره، بهتره عوضش کنید.'],
    ['رک بگم، این قطعه ارزش تعمیر نداره.', 'این قطعه ارزش تعمیر نداره.'],
  ],
  // A calm-down made empathy while the sentence still dismisses: advice; with a real step after it the empathy stands.
  'calm-dismissing': [
    ['آروم باشین آقا، یه خط روی گلگیره دیگه، فردا صافکاری می‌کنیم.', 'آروم باشین آقا، یه خط روی گلگیره دیگه، فردا صافکاری می‌کنیم.'],
    ['آروم باشید خانم، کولر که آتیش نمی‌گیره.', 'آروم باشید خانم، کولر که آتیش نمی‌گیره.'],
    ['آروم باشید قربان، همین الان تکنسین رو می‌فرستیم.', 'حق دارین ناراحت باشین قربان، همین الان تکنسین رو می‌فرستیم.'],
    ['اینقدر شلوغش نکنین، همین امروز درستش می‌کنیم.', 'درک می‌کنم چقدر ناراحت‌کننده‌ست، همین امروز درستش می‌کنیم.'],
  ],
  // A must made a please: not inside a rule's «… اینه که»; «حتمن» and «که» go with it.
  'must-please': [
    ['قانون باشگاه اینه که قبل از ورود باید کارت عضویت رو نشون بدین.', 'قانون باشگاه اینه که قبل از ورود باید کارت عضویت رو نشون بدین.'],
    ['روال دفتر این است که پیش از امضا باید اصل مدارک را ارائه فرمایید.', 'روال دفتر این است که پیش از امضا باید اصل مدارک را ارائه فرمایید.'],
    ['حتمن باید رسید رو همراه داشته باشین.', 'لطفاً رسید رو همراه داشته باشین.'],
    ['برای تحویل ماشین حتماً باید که بیمه‌نامه را همراه بیاورید.', 'برای تحویل ماشین لطفاً بیمه‌نامه را همراه بیاورید.'],
    ['قبل از ورود باید کارت عضویت رو نشون بدین.', 'قبل از ورود لطفاً کارت عضویت رو نشون بدین.'],
  ],
  // An officialese opener in a letter's sentence. (bur35) The letter formula «به اطلاع / استحضار می‌رساند» is no longer
  // flagged (its rule retired): Apply all keeps the letter as written, formula, salutation and «احتراماً» included; only the
  // refusal after it gets its template.
  'letter-register': [
    ['احتراماً، پیرو نامه شماره ۱۲۳ به اطلاع می‌رساند تعویض کارت بانکی در این شعبه میسر نیست.', 'احتراماً، پیرو نامه شماره ۱۲۳ به اطلاع می‌رساند تعویض کارت بانکی در این شعبه میسر نیست، اما ___.'],
    ['به استحضار میرسانیم، درخواست جنابعالی در دست بررسی است.', 'به استحضار میرسانیم، درخواست جنابعالی در دست بررسی است.'],
    ['سرور گرامی\nاحتراما به اطلاع میرساند تمدید بیمه‌نامه پس از سررسید مقدور نیست.', 'سرور گرامی\nاحتراما به اطلاع میرساند تمدید بیمه‌نامه پس از سررسید مقدور نیست، اما ___.'],
    ['احتراماً به استحضار می‌رساند، صدور کارت المثنی پیش از دو هفته مقدور نمی‌باشد.', 'احتراماً به استحضار می‌رساند، صدور کارت المثنی پیش از دو هفته مقدور نمی‌باشد، اما ___.'],
    ['با سلام و احترام؛ به استحضار می‌رساند ارسال سفارش تا پایان تعطیلات میسر نخواهد بود.', 'با سلام و احترام؛ به استحضار می‌رساند ارسال سفارش تا پایان تعطیلات میسر نخواهد بود، اما ___.'],
  ],
  // The not-knowing template cut from its wh-clause by an address and a comma: advice; whole, it stays.
  'not-knowing': [
    ['نمی‌دونم آقا، بسته‌تون الان کجاست، باید از انبار بپرسم.', 'نمی‌دونم آقا، بسته‌تون الان کجاست، باید از انبار بپرسم.'],
    ['نمی‌دونم بسته‌تون الان کجاست.', 'فعلاً خبر دقیقی نیست و ___ تا مشخص بشه بسته‌تون الان کجاست.'],
    ['اینکه چرا قبض دوبار اومده رو واقعا نمی‌دونم، باید از مالی بپرسم', 'اینکه چرا قبض دوبار اومده رو واقعا نمی‌دونم، باید از مالی بپرسم'],
    ['نمی‌دونم والا، شاید از سمت بانک باشه', 'فعلاً خبر دقیقی نیست و ___ تا مشخص بشه، شاید از سمت بانک باشه'],
  ],
  // «let me see what I can do» before the agent's own step: advice; alone it is rewritten.
  'let-me-see': [
    ['ببینم چیکار می‌تونم بکنم، به انبار زنگ می‌زنم.', 'ببینم چیکار می‌تونم بکنم، به انبار زنگ می‌زنم.'],
    ['ببینم چیکار می‌تونم بکنم.', 'بذارین بررسی کنم.'],
  ],
};

const QUIET30: Record<string, { quiet: string[]; flagged: string[] }> = {
  // Officialese over wanted news: a need of the customer's spared, a thing valid, a permission with no limit.
  'official-wanted': {
    quiet: [
      'احتراماً به استحضار می‌رساند جهت تمدید کارت نیازی به مراجعه حضوری نمی‌باشد و کارت جدید ارسال خواهد شد.',
      'به استحضار می‌رساند نیازی به پرداخت مجدد هزینه نیست و رسید قبلی جنابعالی معتبر است.',
      'به اطلاع می‌رساند متقاضیان محترم می‌توانند مدارک را تا پایان آبان از طریق سامانه ارسال نمایند.',
      'به استحضار ميرساند نيازي به ارائه گواهي جديد نميباشد.',
      // bur35: these two were flagged only on the formula (its rule retired); a second look refused and a limit in a
      // letter are not read by any rule of their own (lib/rewrite/README.md, "bur35").
      'به استحضار می‌رساند نیازی به بررسی مجدد پرونده نمی‌باشد.',
      'به استحضار می‌رساند متقاضیان فقط تا پایان آبان می‌توانند مدارک را ارسال نمایند.',
    ],
    flagged: [
      'به استحضار می‌رساند متقاضیان نمی‌توانند مدارک را پس از موعد ارسال نمایند.',
    ],
  },
  // Can't wait for the customer to see it: eagerness. Can't wait any longer, or until a time: a refusal.
  eager: {
    quiet: ['دیگه نمی‌تونیم صبر کنیم تا طرح جدید رو ببینید، خیلی قشنگ شده!', 'نمیتونم صبر کنم تا مزه‌ی کیک جدید رو بچشین 😍'],
    flagged: ['ما دیگه نمی‌تونیم بیشتر از این صبر کنیم تا مدارک رو بفرستید.', 'نمی‌تونیم تا فردا صبر کنیم، سفارش لغو میشه.'],
  },
  // The complaint referred and answered with money back; referred alone keeps the word's flag.
  'complaint-answered': {
    quiet: ['شکایت شما به واحد فروش ارجاع شد و مبلغ اضافه به حسابتون واریز شد.'],
    flagged: ['شکایت شما به واحد فروش ارجاع شد.'],
  },
  // The customer's words under a second-person introducer over "> " lines are no draft; a publisher's disclaimer under a
  // unit line is the signature; the agent's own «ما … نداریم» is the draft.
  'quote-signature': {
    quiet: [
      'سلام، بسته‌تون فردا ارسال میشه.\n\nشما نوشته بودید:\n> هیچ‌کس جواب تلفن رو نمیده و خیلی بی‌مسئولیتید.',
      'سلام، پرونده‌تون بررسی شد و کارت فعال شد.\n\nدر تاریخ ۳ مهر، جنابعالی مرقوم فرمودید:\n> این چه وضعشه، سه بار زنگ زدم و هیچ‌کس جواب نداد.',
      'سلام، فاکتور اصلاح شده پیوست است.\n\nواحد خرید\nشرکت هیچ تعهدی در قبال قیمت‌های اعلام‌شده پس از سه روز ندارد.',
    ],
    flagged: ['سلام، فاکتور پیوست است. ما هیچ تعهدی در قبال قیمت‌های قبلی نداریم.', 'جنابعالی مرقوم فرمودید که مدارک کامل است، ولی مدارک ناقص بود.'],
  },
};

describe('wrongfa30: Persian applied alternatives and quiet kinds', () => {
  appliedKindTests(APPLIED30, applied);
  flagKindTests(QUIET30, flagged);
});
