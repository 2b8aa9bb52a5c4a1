// @vitest-environment node
/**
 * rwfa31: the kinds of wrong Persian alternative and false flag a person found on late30's applied rows and flagged
 * neutrals (each also seen in late27-29 or in both of late30's writers), written as look-alikes of my own (other trades,
 * registers, spellings: no ZWNJ, Arabic ya/kaf, Dari) with contrasts whose result must stay. Each row: the draft and the
 * whole text Apply all leaves (lib/rewrite/wrong31.fa.ts, lib/text/noreply31.fa.ts).
 */
import { describe } from 'vitest';
import { applied29 as applied, flagged29w as flagged } from '../../../scripts/fa-wrong29-matrix.ts';
import { appliedKindTests, flagKindTests } from './helpers.ts';

/** [draft, what Apply all leaves]. */
const APPLIED31: Record<string, [string, string][]> = {
  // An offer blank after the way forward is already said (a request, a promise to tell, the money back by itself): advice.
  'way-forward': [
    ['کارت عضویت تا فردا صادر نمی‌شه، بی‌زحمت فردا یه سر بزنید.', 'کارت عضویت تا فردا صادر نمی‌شه، بی‌زحمت فردا یه سر بزنید.'],
    ['نسخه‌ی شما امروز آماده نمی‌شود، خواهشاً فردا تماس بگیرید.', 'نسخه‌ی شما امروز آماده نمی‌شود، خواهشاً فردا تماس بگیرید.'],
    ['پاسپورت شما تا هفته آینده تیار شده نمی‌تواند، مهربانی کرده هفته آینده مراجعه کنید.', 'پاسپورت شما تا هفته آینده تیار شده نمی‌تواند، مهربانی کرده هفته آینده مراجعه کنید.'],
    ['نوبت دندونپزشکی تا آخر ماه خالی نمیشه، خبرتون می‌کنیم.', 'نوبت دندونپزشکی تا آخر ماه خالی نمیشه، خبرتون می‌کنیم.'],
    ['ثبت‌نام کلاس شنا تا اول تیر باز نمی‌شود، اطلاع‌رسانی خواهد شد.', 'ثبت‌نام کلاس شنا تا اول تیر باز نمی‌شود، اطلاع‌رسانی خواهد شد.'],
    ['پول برگشتي تا ۷۲ ساعت واريز نميشه، خودش برميگرده به حسابتون.', 'پول برگشتي تا ۷۲ ساعت واريز نميشه، خودش برميگرده به حسابتون.'],
    // contrasts: a reason, or a machine that acts by itself, keeps the blank
    ['کارت عضویت تا فردا صادر نمی‌شه، سیستم کنده.', 'کارت عضویت تا فردا صادر نمی‌شه، سیستم کنده، ولی کاری که می‌شه کرد اینه که ___.'],
    ['نمی‌تونیم اقساط رو عقب بندازیم چون سیستم خودکار قسط رو کم می‌کنه.', 'نمی‌تونیم اقساط رو عقب بندازیم چون سیستم خودکار قسط رو کم می‌کنه، ولی کاری که می‌تونیم بکنیم اینه که ___.'],
    ['کارت عضویت تا فردا صادر نمی‌شه.', 'کارت عضویت تا فردا صادر نمی‌شه، ولی کاری که می‌شه کرد اینه که ___.'],
  ],
  // A template that rephrases the refusal, where the sentence offers after its «؛»: advice.
  'offer-after-semicolon': [
    ['امکان تعویض این کفش وجود ندارد؛ اما با کمال میل یک جفت دیگر برایتان سفارش می‌دهیم.', 'امکان تعویض این کفش وجود ندارد؛ اما با کمال میل یک جفت دیگر برایتان سفارش می‌دهیم.'],
    ['امکان ارسال به روستا وجود نداره؛ ولی می‌تونیم تا شهر بفرستیم.', 'امکان ارسال به روستا وجود نداره؛ ولی می‌تونیم تا شهر بفرستیم.'],
    ['امکان تعویض این کفش وجود ندارد.', 'تعویض این کفش ممکن نیست، اما ___.'],
  ],
  // An offer blank that contradicts its draft: after «nothing can be done», before «تموم.» / «تمام.».
  contradiction: [
    ['قانون باشگاهه، کاریش هم نمیشه کرد.', 'قانون باشگاهه، کاریش هم نمیشه کرد.'],
    ['بیعانه رو پس نمیدیم. تمام.', 'بیعانه رو پس نمیدیم. تمام.'],
    // contrasts: fa-nothing-to-do's own «…، ولی ___»; a bare refusal; a closer another rule rewrites
    ['کاری نمیشه کرد.', 'کاری نمیشه کرد، ولی ___.'],
    ['بیعانه رو پس نمیدیم.', 'بیعانه رو پس نمیدیم، ولی کاری که میتونیم بکنیم اینه که ___.'],
    ['پیش‌پرداخت برگشت داده نمی‌شه. والسلام.', 'پیش‌پرداخت برگشت داده نمی‌شه، ولی کاری که می‌شه کرد اینه که ___. اگر سؤالی باقی مانده، بپرسید.'],
  ],
  // A reproach lead deleted or made a reminder: its eye-roll goes with it; one at the sentence's end is not the lead's.
  'eye-roll': [
    ['چنانچه قبلاً هم عرض شد 🙄 مدارک باید حضوری تحویل شود.', 'مدارک باید حضوری تحویل شود.'],
    ['همونطور که قبلاً گفتم 😒 ساعت کاری ما تا ۵ه.', 'برای یادآوری، ساعت کاری ما تا ۵ه.'],
    ['همونطور که گفتم، ساعت کاری ما تا ۵ه 🙄', 'برای یادآوری، ساعت کاری ما تا ۵ه 🙄'],
    // a comma after the eye-roll: one comma, none at the head
    ['همونطور که قبلاً گفتم 😒، ساعت کاری ما تا ۵ه.', 'برای یادآوری، ساعت کاری ما تا ۵ه.'],
    ['چنانچه قبلاً هم عرض شد 🙄، مدارک باید حضوری تحویل شود.', 'مدارک باید حضوری تحویل شود.'],
  ],
  // «اجازه دهید رک … عرض کنم:»: the leave-asking head and the colon go with the opener.
  'leave-asking': [
    ['اجازه بدید رک بگم: این گوشی ارزش تعمیر نداره.', 'این گوشی ارزش تعمیر نداره.'],
    ['اجازه بدهید صادقانه عرض کنم: این ملک برای سرمایه‌گذاری مناسب نیست.', 'این ملک برای سرمایه‌گذاری مناسب نیست.'],
    ['رک بگم: این گوشی ارزش تعمیر نداره.', 'این گوشی ارزش تعمیر نداره.'],
  ],
  // A calm-down made empathy while the sentence says the world did not end: advice; with a real step the empathy stands.
  'calm-dismissing': [
    ['آروم باشید آقا، آسمون که به زمین نیومده.', 'آروم باشید آقا، آسمون که به زمین نیومده.'],
    ['آروم باش داداش، یه قسط عقب افتاده، دنیا که به آخر نرسیده.', 'آروم باش داداش، یه قسط عقب افتاده، دنیا که به آخر نرسیده.'],
    ['آروم باشید قربان، همین الان تکنسین رو می‌فرستیم.', 'حق دارین ناراحت باشین قربان، همین الان تکنسین رو می‌فرستیم.'],
  ],
  // A triple apology: every repeat goes (Arabic ي too); a double keeps one.
  'apology-repeats': [
    ['ببخشید ببخشید ببخشید، لینک اشتباه بود.', 'ببخشید، لینک اشتباه بود.'],
    ['ببخشيد ببخشيد ببخشيد 🙏 پيک الان مي‌رسه.', 'ببخشيد 🙏 پيک الان مي‌رسه.'],
    ['ببخشید ببخشید، لینک اشتباه بود.', 'ببخشید، لینک اشتباه بود.'],
  ],
};

/** Drafts that must be quiet, and close contrasts that must stay flagged. */
const QUIET31: Record<string, { quiet: string[]; flagged: string[] }> = {
  // A past «متأسفانه» told or recalled, with a happy ending; a consequence now, or no happy ending, stays flagged.
  'past-story': {
    quiet: [
      'یادتونه پارسال که متأسفانه برف اومد؟ با این حال همه‌ی مهمونا رسیدن و عروسی عالی شد.',
      'همسایه‌ها می‌گفتن متاسفانه اون شب برق رفت، ولی آخرش کنسرت خیلی خوب برگزار شد.',
      'مسافرا تعریف می‌کردن متاسفانه پرواز دو ساعت تاخیر داشت، ولی تور کیش فوق‌العاده بود.',
      'روز افتتاحیه، متأسفانه طوفان شد، اما خوشبختانه همه‌ی غرفه‌ها سالم ماندند و بازدیدکننده‌ها راضی بودند.',
    ],
    flagged: [
      'متأسفانه بارون اومده، پیک‌ها دیرتر می‌رسن.',
      'متأسفانه دیروز بسته‌تون دیر رسید، ولی امروز هزینه‌ی ارسال رو برمی‌گردونیم.',
      'مشتری می‌گفت متأسفانه کیفش تو ماشین نبوده.',
      'متأسفانه سفارش دیر رسید، اما کیفیتش عالی بود.',
      'یادتونه اون روز که متأسفانه بارون گرفت؟ هنوز هم عکس‌ها آماده نشده.',
    ],
  },
  // Officialese over a need spared («نداشته») or a penalty not counted. (bur35) The formula is never flagged now, so its
  // contrasts (a limit, a need of ours spared) are quiet too: they were flagged only on the formula.
  'officialese-wanted': {
    quiet: [
      'به استحضار می‌رساند هنرجویان محترم نیازی به چاپ کارنامه نداشته و ارائه کد رهگیری کفایت می‌نماید.',
      'بدینوسیله به اطلاع می‌رساند با توجه به ارائه مدارک پزشکی، غیبت جلسه قبل در کارنامه منظور نخواهد شد.',
      'به استحضار می‌رساند با عنایت به پرداخت به‌موقع، جریمه‌ای برای قسط مهرماه اعمال نمی‌شود.',
      // bur35: these two were flagged only on the formula (its rule retired); the condition and the second look refused
      // are not read by any rule of their own.
      'به استحضار می‌رساند جریمه‌ی دیرکرد فقط در صورت پرداخت تا فردا اعمال نخواهد شد.',
      'به استحضار می‌رساند نیازی به بررسی مجدد پرونده نمی‌باشد.',
    ],
    flagged: [],
  },
  // Can't wait to show you: eagerness. «We can't take it any more»: flagged.
  eager: {
    quiet: ['دیگه طاقت نداریم منوی جدیدو نشونتون بدیم 😍', 'ممنون از صبرتون. ديگه طاقت نداريم دكور جديد رو نشونتون بديم!'],
    flagged: ['دیگه طاقت نداریم، هر روز زنگ می‌زنید.'],
  },
  // A no-reply notice under a shop's name line is the footer; the agent's own «قابل پیگیری نیست» is the draft.
  'no-reply': {
    quiet: [
      'لباستون آماده تحویله.\n\nخشکشویی پاک\nاین پیامک قابل پاسخگویی نمی‌باشد.',
      'كيك شما آماده است.\n\nقنادي ناپلئون\nاين پيامك قابل پاسخگويي نيست.',
      'گل‌هاتون فردا صبح ارسال میشه 💐\n\n🌷 گل‌فروشی رز 🌷\nپاسخ این ایمیل خوانده نمی‌شود، لطفاً در واتساپ پیام بدید.',
      'بلیت شما صادر شد.\n\nآژانس مسافرتی پرواز\nاز پاسخ به این ایمیل خودداری کنید.',
    ],
    flagged: ['سلام، پاسخ شما خوانده نشد و این مورد قابل پیگیری نمی‌باشد.', 'سلام، درخواست شما در این بخش قابل پیگیری نیست.'],
  },
};

describe('rwfa31: Persian applied alternatives and quiet kinds', () => {
  appliedKindTests(APPLIED31, applied);
  flagKindTests(QUIET31, flagged);
});
