// @vitest-environment node
/**
 * The second Persian pass (lib/rewrite/generic/constructions.fa.ts) and the Persian jargon additions
 * (lib/rewrite/generic/jargon.ts): each construction in more than one wording and register, and the
 * sentences that only look like one and stay unflagged.
 */
import { describe, expect, it } from 'vitest';
import { readConstructionsFa } from '../../../lib/rewrite/generic/constructions.fa.ts';
import { readGeneric } from '../../../lib/rewrite/generic/index.ts';
import { readJargonFa } from '../../../lib/rewrite/generic/jargon.ts';

const read = (s: string) => readConstructionsFa(s).map((h) => [h.construction, h.category, s.slice(h.start, h.end)]);
const jargon = (s: string) => readJargonFa(s).map((h) => s.slice(h.start, h.end));

describe('Persian second pass: constructions', () => {
  it.each([
    // a time phrase before the negated verb, any register, with or without ZWNJ
    ['این سایز زودتر از دو هفته دیگه نمیرسه.', 'time-refusal', 'until', 'زودتر از دو هفته دیگه نمیرسه'],
    ['حداقل تا دو هفته دیگه نمی رسه.', 'time-refusal', 'until', 'حداقل تا دو هفته دیگه نمی رسه'],
    ['پیش از دهم ماه بعد واریز نمی‌شود.', 'time-refusal', 'until', 'پیش از دهم ماه بعد واریز نمی‌شود'],
    ['امروز دیگه نمیشه، فردا پیگیری می‌کنم.', 'time-refusal', 'until', 'امروز دیگه نمیشه'],
    ['این هفته نمی‌رسه.', 'time-refusal', 'until', 'این هفته نمی‌رسه'],
    ['دو هفته طول میکشه، زودتر نمیشه.', 'time-refusal', 'until', 'زودتر نمیشه'],
    ['هنوز زوده برای پیگیری.', 'time-refusal', 'until', 'هنوز زوده'],
    ['امروز دیگه شیفت من تموم شده، فردا همکارا پیگیری میکنن', 'time-refusal', 'until', 'شیفت من تموم شده'],
    // an action noun with a bare clause-final «نمیشه»
    ['تبدیلش به بسته سه ماهه از اینجا نمیشه چون هنوز دوره تموم نشده', 'not-available', 'cant-wont', 'تبدیلش به بسته سه ماهه از اینجا نمیشه'],
    ['لغو سفارش دیگه نمی‌شه.', 'not-available', 'cant-wont', 'لغو سفارش دیگه نمی‌شه'],
    // «باید … وگرنه»
    ['موقع تحویل ماشین باک باید پر باشه وگرنه هزینه سوختو از ودیعه کم میکنیم', 'customer-obligation', 'commands', 'باید پر باشه'],
    // next time / from now on, do it properly
    ['دفعه بعد لطفا قبل از خرید توضیحات محصولو کامل بخونید', 'talking-down', 'passive-aggressive', 'دفعه بعد لطفا قبل از خرید توضیحات محصولو کامل بخونید'],
    ['لطفاً از این پس پیش از ثبت تیکت، بخش پرسش‌های متداول را مطالعه فرمایید.', 'talking-down', 'passive-aggressive', 'لطفاً از این پس پیش از ثبت تیکت، بخش پرسش‌های متداول را مطالعه فرمایید'],
    // told before
    ['بالا هم نوشتم، ارسال فقط شنبه‌هاست', 'repeating-myself', 'passive-aggressive', 'بالا هم نوشتم'],
    ['اینو همه جا هم نوشتیم.', 'repeating-myself', 'passive-aggressive', 'همه جا هم نوشتیم'],
    // candour openers
    ['صادق باشم باهاتون، پشتیبانی این نسخه تموم شده', 'candour-opener', 'negative-words', 'صادق باشم'],
    ['واقعیت امر آن است که ظرفیت این دوره تکمیل شده است.', 'candour-opener', 'negative-words', 'واقعیت امر'],
    // effort in place of a plan, any person, the future
    ['همکاران واحد فنی تلاش خواهند کرد ایراد را برطرف نمایند.', 'hedged-effort', 'uncertainty', 'تلاش خواهند کرد'],
    ['تیم فنی سعیشون رو می‌کنن.', 'hedged-effort', 'uncertainty', 'سعیشون رو می‌کنن'],
    ['در صورت فراهم بودن فرصت، امروز با انبار هماهنگی به عمل خواهد آمد.', 'hedged-effort', 'uncertainty', 'در صورت فراهم بودن فرصت'],
    ['اگه بشه یه کاریش می‌کنم.', 'hedged-effort', 'uncertainty', 'اگه بشه'],
    // the rules as ours, with a restriction in the sentence
    ['شرمنده، قانون پیجمونه، جوراب بعد از ارسال تعویض نداره', 'policy-shield', 'policy', 'قانون پیجمونه'],
    ['ما تو قوانینمون داریم که با یه اکانت نمیتونید رو دو تا دستگاه فیلم ببینید', 'policy-shield', 'policy', 'قوانینمون'],
    // a presumed fault, other work first, not known yet, the system not yet
    ['حتما گوشیتون خاموش بوده که پیک نتونسته تماس بگیره', 'second-person-blame', 'blame', 'حتما گوشیتون خاموش بوده'],
    ['بچه‌های فنی فعلاً درگیر کارای مهم‌ترن.', 'minimising', 'dismissive', 'درگیر کارای مهم‌ترن'],
    ['زمان ارسال مجدد کارت هنوز مشخص نشده است.', 'not-knowing', 'uncertainty', 'هنوز مشخص نشده است'],
    ['سامانه هنوز بروز نشده.', 'system-blocks', 'other', 'سامانه هنوز بروز نشده'],
    // «تا» before a time with a comma, the formal future; a bare «نه» after a time; «نمی‌رسیم»; «شاید … درست بشه»
    ['تا پایان ماه جاری، ارسال کالا صورت نخواهد گرفت.', 'time-refusal', 'until', 'تا پایان ماه جاری، ارسال کالا صورت نخواهد گرفت'],
    ['تا زمان تکمیل پرونده، هیچ اقدامی انجام نخواهد شد.', 'time-refusal', 'until', 'تا زمان تکمیل پرونده، هیچ اقدامی انجام نخواهد شد'],
    ['این هفته که نه، شاید هفته بعد.', 'time-refusal', 'until', 'این هفته که نه'],
    ['امروز شلوغه، نمیرسیم.', 'negated-ability', 'cant-wont', 'نمیرسیم'],
    ['شاید تا هفته بعد درست بشه.', 'hedged-effort', 'uncertainty', 'شاید تا هفته بعد درست بشه'],
    // how to feel, an obvious question, read it properly, pressure
    ['لطفاً آرامش خودتون رو حفظ کنید.', 'calm-down', 'dismissive', 'آرامش خودتون رو حفظ کنید'],
    ['عصبانی شدن فایده‌ای نداره.', 'calm-down', 'dismissive', 'عصبانی شدن فایده‌ای نداره'],
    ['لازم نیست داد بزنید.', 'calm-down', 'dismissive', 'لازم نیست داد'],
    ['اینکه دیگه سوال نداره.', 'talking-down', 'passive-aggressive', 'اینکه دیگه سوال نداره'],
    ['لطفاً پیام‌ها رو دقیق بخونید.', 'talking-down', 'passive-aggressive', 'پیام‌ها رو دقیق بخونید'],
    ['فوراً مدارک رو بفرستید.', 'customer-obligation', 'commands', 'فوراً مدارک رو بفرستید'],
    // the verb first, its time after it
    ['نمیرسه تا آخر هفته.', 'time-refusal', 'until', 'نمیرسه تا آخر هفته'],
    ['تا عید خبری نیست.', 'time-refusal', 'until', 'تا عید خبری نیست'],
    // reproach
    ['کاش قبلش یه نگاه به قوانین مینداختید.', 'should-have', 'blame', 'کاش قبلش یه نگاه به قوانین مینداختید'],
    ['ای کاش زودتر خبر می‌دادید.', 'should-have', 'blame', 'ای کاش زودتر خبر می‌دادید'],
    ['این سومین باره که این سوالو می‌پرسید.', 'repeating-myself', 'passive-aggressive', 'سومین باره که این سوالو می‌پرسید'],
    ['این چیزیه که همه می‌دونن.', 'talking-down', 'passive-aggressive', 'همه می‌دونن'],
    ['دیگه چی بگم؟', 'rhetorical-question', 'passive-aggressive', 'دیگه چی بگم'],
  ])('%s', (text, construction, category, words) => {
    expect(read(text)).toContainEqual([construction, category, words]);
  });

  it.each([
    'قبل از تأیید هیچ مبلغی کسر نمی‌شود.',
    'قبل از ارسال هزینه‌ای دریافت نمی‌شود.',
    'قبل از ساعت ۹ زنگ نزنید.',
    'زودتر از موعد هم می‌تونید پرداخت کنید.',
    'قبل از تحویل، کسی به بسته دست نمی‌زنه.',
    'دفعه بعد که تشریف آوردید کارت ملی همراه داشته باشید.',
    'از این به بعد پیامک تأیید براتون ارسال میشه.',
    'بالاتر توضیح دادم که چطور فعالش کنید، اگه سوالی بود بپرسید.',
    'صادق باشم خیلی خوشحالم که مشکل حل شد.',
    'تلاش کردیم سفارشتون زودتر برسه و رسید.',
    'سعی کنید دوباره وارد شوید.',
    'ما باید زودتر خبر می‌دادیم وگرنه اینطوری نمیشد.',
    'طبق قوانینمون اطلاعات شما به هیچ کس داده نمیشه.',
    'طبق قوانینمون به همه مشتریا هدیه میدیم.',
    'حتماً سرتون شلوغ بوده.',
    'ساعت کاری ما ساعت ۵ تموم میشه.',
    'کارای مهم‌تر رو اول انجام بدید، ما منتظریم.',
    'زمان ارسال هنوز مشخص نشده ولی به محض مشخص شدن خبرتون می‌کنم.',
    'سایت هنوز درست نشده ولی داریم روش کار می‌کنیم.',
    'سیستم هنوز مبلغی کسر نکرده.',
    'در صورت امکان مدارک را ارسال فرمایید.',
    'اگه بشه عکس فاکتور رو بفرستید.',
    'نگران نباشید، ثبت سفارش از اینجا هم انجام میشه.',
    'ارسال به اینجا نمیشه؟',
    'امروز هم نمیشه؟',
    'تا پایان ماه هیچ هزینه‌ای از شما کسر نمی‌شود.',
    'تا آخر ماه نگران هیچی نباشید.',
    'تا زمانی که بخواید می‌تونید استفاده کنید.',
    'امروز نه تنها ارسال رایگانه بلکه تخفیف هم داریم.',
    'به موقع به فرودگاه نمی‌رسیم اگه دیر بجنبیم.',
    'شاید براتون جالب باشه که نسخه جدید اومده.',
    'در صورت مشاهده پیامک مشکوک، فوراً با ما تماس بگیرید.',
    'فوراً رمزتون رو عوض کنید تا حسابتون امن بمونه.',
    'سریعاً سفارشتون رو ارسال می‌کنیم.',
    'لطفاً قرارداد رو قبل از امضا کامل بخونید.',
    'ناراحتی شما رو درک می‌کنم.',
    'لازم نیست نگران باشید.',
    'این که سوال خیلی خوبیه!',
    'پیام‌ها رو کامل خوندم و پیگیری کردم.',
    'نگران نباشید، چیزی کم نمیشه تا آخر ماه.',
    'هزینه‌ای اضافه نمیشه تا آخر ماه.',
    'کاش می‌تونستیم کمکتون کنیم.',
    'این سومین باره که از ما خرید می‌کنید، ممنونیم.',
    'همه می‌دونن که شما مشتری وفادار ما هستید.',
    'دیگه چی بگم جز اینکه ممنونم!',
  ])('unflagged: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('Persian jargon: codes and transliterated terms', () => {
  it.each([
    ['درخواست شما با کد SR ثبت و جهت بررسی به واحد NOC ارجاع گردید.', ['SR', 'NOC']],
    ['BTS منطقه‌تون داون بود، الان برگشته.', ['BTS', 'داون']],
    ['رکورد CNAME دامنه‌تون هنوز پروپگیت نشده', ['CNAME', 'پروپگیت']],
    ['سفارشتون بک اوردر شده، شارژ بشه میفرستیم', ['بک اوردر']],
    ['تراکنش شما پس از تأیید سوئیچ به حساب بازمی‌گردد.', ['سوئیچ']],
    ['مشکل از cache مرورگرتونه، یه hard refresh بزنید', ['cache', 'hard refresh']],
    ['پرونده با کد عودت ۷ به واحد ت.خ ارجاع شد.', ['کد عودت ۷', 'ت.خ']],
  ])('%s', (text, words) => {
    expect(jargon(text)).toEqual(words);
  });

  it.each([
    'کد تخفیف OFF رو وارد کنید.',
    'با کد YALDA سفارش بدید تخفیف می‌گیرید.',
    'فاکتور رو به صورت PDF براتون فرستادم.',
    'لپ‌تاپ ASUS شما تحت گارانتی است.',
    'سایز XL موجود نیست ولی L داریم.',
    'سوئیچ ماشین رو تحویل بدید.',
    'ارسال با پست پیشتاز EMS انجام میشه.',
    'فروش ویژه SALE تا آخر هفته ادامه داره.',
    'صفحه رو refresh کنید لطفاً.',
    'لطفاً ساعت ۱۰ ق.ظ مراجعه فرمایید.',
    'تاریخ تولد ۱۳۷۰ ه.ش',
    'باشه.ممنون',
    'نسخه ۴.۲ منتشر شد که همین مشکلو حل میکنه.',
  ])('unflagged: %s', (text) => {
    expect(jargon(text)).toEqual([]);
  });

  it('«دیگه» before a pause is a particle: «قانونمون اینه دیگه، … استرداد نداره» keeps the refusal', () => {
    const s = 'قانونمون اینه دیگه، بلیت چارتری استرداد نداره.';
    expect(readGeneric('fa', s).map((h) => s.slice(h.start, h.end))).toContain('استرداد نداره');
  });
});
