// @vitest-environment node
/**
 * lib/rewrite/guard.fa.ts and the Persian reader's look-alikes (issue 12, Persian neutrals and «متأسفانه»): reassuring
 * negations, promises of never, exonerations, a rule cited for a right, an attributive «غیرمجاز», durations,
 * conditionals, first-person regret and good news are no flags; «متأسفانه» before real bad news is advice that keeps it,
 * before neutral or good content a deletion. Sentences written for these tests, none from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { badNewsAfter } from '../../../lib/rewrite/guard.fa.ts';

const found = (draft: string, uiLang?: 'en' | 'fa') => suggestRewrites(draft, builtinPacks, { cache: false, uiLang });

describe('Persian neutrals that look like refusals or blame', () => {
  it.each([
    // reassuring negations and burdens spared
    'برای تعویض سایز هیچ هزینه‌ای از شما نمی‌گیریم.',
    'بابت ارسال دوباره هیچ پولی نمی‌گیریم، خیالتون راحت.',
    'لازم نیست فرم رو دوباره پر کنید، ما نسخه قبلی رو داریم.',
    'نیازی نیست کاری انجام بدید، خودمون درستش می‌کنیم.',
    'نگران نباشید، عکس‌هاتون پاک نمیشه.',
    // durations and conditionals
    'مبلغ تا ۳ روز کاری به کارتتون برمی‌گرده.',
    'بازپرداخت حداکثر تا ۵ روز کاری انجام می‌شود.',
    'اگه تا پنجشنبه نرسید، بهم خبر بدید.',
    // first-person regret and good news
    'واقعاً متأسفم که این‌قدر منتظر موندید.',
    'خبر خوب اینکه بسته‌تون امروز تحویل پست شد.',
    // a promise of never, however long the clause
    'ما هرگز رمز پویا یا شماره کارت شما را از طریق پیامک یا تماس تلفنی درخواست نمی‌کنیم.',
    'هیچ‌وقت کد تأیید رو از طریق واتساپ یا تلگرام ازتون نمی‌خوایم.',
    // an exoneration
    'مشکل اصلاً از طرف شما نبود، یه تنظیم اشتباه سمت ما بود که درستش کردیم.',
    'ایراد از گوشی شما نیست، سرور ما چند دقیقه قطع بود.',
    // a rule cited for a right
    'طبق قوانین فروشگاه، شما تا ۱۴ روز بعد از تحویل می‌توانید کالا را بدون هیچ هزینه‌ای برگردانید.',
    'طبق ضوابط، هزینه ارسال بر عهده فروشگاه است.',
    // «غیرمجاز» naming a thing, not a rule in the customer's way
    'ورود غیرمجازی به حساب شما ثبت نشده است.',
    'برداشت غیرمجاز از کارت شما گزارش نشده و حسابتون امنه.',
  ])('no flag: %s', (d) => {
    expect(found(d).map((s) => `${s.ruleId}:${s.original}`)).toEqual([]);
  });

  it.each([
    'مشکل از سمت شماست.',
    'ایراد از اینترنت شماست.',
    'طبق قوانین شرکت، کالایی که پلمبش باز شده مرجوع نمی‌شود.',
    'بر اساس ضوابط بانک، فقط صاحب حساب می‌تواند بدون هزینه رمز را تغییر دهد.',
    'بر اساس ضوابط سایت، هزینه ارسال با خریدار است.',
    'ما هرگز نمی‌توانیم اطلاعات حذف‌شده را برگردانیم.',
    'استفاده از دو حساب همزمان غیرمجاز است.',
    'ورود همراه بعد از ساعت ۲۰ غیرمجاز می‌باشد.',
    // others named in a refusal, not kept away from the customer's data
    'برای هیچ‌کس استثنا قائل نمی‌شیم.',
    'انتقال وجه به حساب شخص ثالث امکان‌پذیر نمی‌باشد.',
    'سیستم نمیذاره آدرس رو بعد از پرداخت عوض کنم.',
    'قادر نیستیم رسید رو برای شخص دیگری بفرستیم.',
  ])('still flagged: %s', (d) => {
    expect(found(d).length).toBeGreaterThan(0);
  });
});

describe('«متأسفانه» before real bad news keeps its courtesy', () => {
  it.each([
    'متأسفانه بسته شما در گمرک متوقف شده است.',
    'متاسفانه اون سایزی که می‌خواستین تموم شده.',
    'متاسفانه پرداختتون انجام نشد، لطفاً دوباره امتحان کنید.',
    'با کمال تأسف پرواز ساعت ۹ لغو گردیده است.',
    'پرونده شما بررسی شد و متأسفانه مدارک ارسالی ناقص بود.',
    'مع‌الاسف کالای مورد نظر در انبار موجود نیست.',
    'متسفانه قطعی برق تا عصر ادامه داره.',
    'مع الاسف بلیت این پرواز تموم شده.',
  ])('advice, never a deletion: %s', (d) => {
    const s = found(d).find((x) => x.category === 'negative-words');
    expect(s, d).toBeDefined();
    expect(s!.kind).toBe('advice');
    expect(s!.replacements).toEqual([]);
    expect(applyAll(d, found(d).filter((x) => x.category === 'negative-words'))).toBe(d);
  });

  it('the advice says why, in the panel language', () => {
    const d = 'متأسفانه درخواست شما رد شد.';
    const fa = found(d, 'fa').find((x) => x.category === 'negative-words')!;
    const en = found(d, 'en').find((x) => x.category === 'negative-words')!;
    expect(fa.explanation).toContain('خبر بد واقعی');
    expect(en.explanation).toMatch(/polite way to give real bad news/);
  });

  it.each([
    ['متأسفانه، شماره پیگیری سفارش شما ۸۸۲۱ است.', 'شماره پیگیری سفارش شما ۸۸۲۱ است.'],
    ['سلام، متاسفانه بسته‌تون امروز ارسال شد.', 'سلام، بسته‌تون امروز ارسال شد.'],
    ['ببخشید ولی سفارشتون امروز ارسال شد.', 'سفارشتون امروز ارسال شد.'],
    ['بدبختانه سفارشتون امروز ارسال شد.', 'سفارشتون امروز ارسال شد.'],
  ])('a reflex before neutral or good content is still a deletion: %s', (d, after) => {
    const s = found(d).find((x) => x.category === 'negative-words')!;
    expect(s.kind).toBe('rewrite');
    expect(applyAll(d, [s])).toBe(after);
  });

  it.each([
    'ببخشید ولی این کالا قابل تعویض نیست.',
    'شرمنده اما کد تخفیفتون منقضی شده.',
    'عذر میخوام ولی سفارش شما لغو شده.',
    'معذرت می‌خوام اما باید مدارک رو دوباره بفرستید.',
    'بدبختانه سرور بازی از دیشب قطعه.',
  ])('an apology taken back with «ولی/اما», and «بدبختانه», before bad news: advice, the apology stays (%s)', (d) => {
    const s = found(d).find((x) => x.category === 'negative-words');
    expect(s, d).toBeDefined();
    expect(s!.kind).toBe('advice');
    expect(applyAll(d, [s!])).toBe(d);
    expect(found(d, 'en').find((x) => x.category === 'negative-words')!.explanation).toMatch(/keep it/);
  });

  it('no template adds a second «ولی ___» to a sentence that already turns on «ولی»', () => {
    const d = 'شرمنده ولی تا شنبه ارسال نمیشه.';
    expect(found(d).every((x) => x.kind === 'advice')).toBe(true);
    expect(applyAll(d, found(d))).toBe(d);
    // without the «ولی» before it the template stays
    expect(found('تا شنبه ارسال نمیشه.').some((x) => x.kind === 'template')).toBe(true);
  });

  it('reads bad news by a negated verb or a word of loss, not by any word', () => {
    expect(badNewsAfter(' کد شما فعال نشده.')).toBe(true);
    expect(badNewsAfter(' پرواز با دو ساعت تأخیر انجام میشه')).toBe(true);
    expect(badNewsAfter(' سفارشتون لغوشده.')).toBe(true);
    expect(badNewsAfter(' پرداخت شما با موفقیت انجام شد.')).toBe(false);
    expect(badNewsAfter(' بسته‌تون فردا می‌رسه.')).toBe(false);
  });
});

describe('colloquial Persian by construction (issue 12, recall)', () => {
  const cats = (d: string) => found(d).map((s) => s.category);
  it.each([
    // a service the product or ticket does not come with, third person
    ['بلیت‌های تور خارجی استرداد نداره.', 'cant-wont'],
    ['این مدل لپ‌تاپ گارانتی نداره.', 'cant-wont'],
    // no way out, impersonal
    ['راه دیگه‌ای نداره، باید دوباره فرم رو پر کنید.', 'cant-wont'],
    ['این مشکل فعلاً راه‌حل نداره.', 'cant-wont'],
    // candour openers, with or without the customer named, any spelling of ZWNJ
    ['رکشو بگم، این بیمه به درد شما نمی‌خوره.', 'other'],
    ['بی تعارف بهتون بگم، این مدل دیگه تولید نمیشه.', 'other'],
    ['حقیقتش رو بخواین، این پکیج ارزشش رو نداره.', 'other'],
    ['بزارین رک باشم، این قطعه دیگه پیدا نمیشه.', 'other'],
    // an apology in front of the news
    ['شرمنده‌ام ولی کد تخفیف فقط برای خرید اول بود.', 'negative-words'],
    ['عذر میخوام ولی ظرفیت کلاس پر شده.', 'negative-words'],
    // money named with what it is for; what the customer wants not to be had
    ['بیمه هزینه ویزیت رو نمیده.', 'cant-wont'],
    ['برای این تاریخ دیگه بلیت پیدا نمیشه.', 'cant-wont'],
    // a reproach as a condition, the customer's reaction lectured, «easiest thing in the world», «not for ages»
    ['اگه ایمیل‌های قبلی رو خونده باشین، جوابش اونجا هست.', 'passive-aggressive'],
    ['چنانچه نامه قبلی را مطالعه فرموده باشید، پاسخ در آن ذکر شده است.', 'passive-aggressive'],
    ['غر زدن که چیزی رو درست نمی‌کنه.', 'dismissive'],
    ['این که راحت‌ترین کار دنیاست، فقط یه دکمه‌ست.', 'dismissive'],
    ['حالا حالاها قطعه‌ش نمیاد.', 'until'],
    // the company as a «we» in the third person
    ['بیمه هزینه دندونپزشکی رو پرداخت نمیکنه.', 'cant-wont'],
    ['انبار کالای باز شده رو پس نمیگیره.', 'cant-wont'],
    ['مدیرمون نمیذاره.', 'policy'],
    // formal: the system refuses, the rules as the reason in any tense, an apology for what may have happened, stepping out
    ['سامانه ثبت دو درخواست همزمان برای یک کد ملی را نمی‌پذیرد.', 'other'],
    ['این درخواست مغایر با دستورالعمل‌های داخلی شرکت بوده است.', 'policy'],
    ['بابت هرگونه مشکلات احتمالی که پیش آمده عذرخواهی می‌کنیم.', 'over-apology'],
    ['این واحد در تعیین قیمت‌ها دخالتی ندارد.', 'dismissive'],
    ['نرم‌افزار اجازه ویرایش سفارش پس از پرداخت را به کارشناس نمی‌دهد.', 'other'],
    // apologies stacked in one breath
    ['شرمنده، ببخشید، عذر می‌خوام که منتظر موندید.', 'over-apology'],
    // Finglish
    ['nemidunam kei ersal mishe, az anbar miporsam', 'uncertainty'],
    ['shoma shomare kart ro eshtebah zadin, pool bargasht khorde', 'blame'],
    ['sharmande vali in mahsul tamum shode', 'over-apology'],
    ['vaghti pardakht shode nemishe adres ro avaz kard', 'cant-wont'],
    ['in marboot be bakhsh fanni mishe', 'dismissive'],
    ['motmaen nistam kei miresе', 'uncertainty'],
    // come back after a time, again
    ['فعلاً نه، بعد از عید مجدداً تماس بگیرید.', 'until'],
  ])('%s', (d, cat) => {
    expect(cats(d)).toContain(cat);
  });

  it.each([
    'ارسال به شهرستان‌ها هزینه اضافه نداره.',
    'نگران نباشید، این گوشی هیچ مشکلی نداره.',
    'این محصول گارانتی ۱۸ ماهه داره.',
    'نگران نباشید، این مشکل راه‌حل ساده‌ای داره.',
    'صادقانه از صبر و همراهیتون ممنونیم.',
    'بی‌تعارف بفرمایید، هر سؤالی داشتید بپرسید.',
    'نگران نباشید، تو گوشیتون هیچ ویروسی پیدا نمیشه.',
    'تو بررسی دوباره مشکلی پیدا نمیشه.',
    'اگه بلیت پیدا نمیشه، بهم بگید تا براتون رزرو کنم.',
    'هیچ‌کس هزینه پیک رو نمیده، ارسال رایگانه.',
    'اگه ایمیل قبلی رو دیده باشین، ممنون میشم تأیید کنید.',
    'اگه ایمیل رو خونده باشین، لینک توشه.',
    'ما ساده‌ترین راه رو براتون فراهم کردیم.',
    'خیالتون راحت، حالا حالاها جا داریم.',
    'بانک هیچ کارمزدی بابت انتقال دریافت نمی‌کند.',
    'فروشگاه هزینه ارسال نمی‌گیره.',
    'اگه بیمه پرداخت نکنه، خودمون پرداخت می‌کنیم.',
    'سیستم نمیذاره هیچ‌کس به جز خودتون وارد حساب بشه.',
    'سیستم نمیذاره کسی جز شما رمز رو عوض کنه.',
    'بابت تأخیر عذر می‌خوام، الان پیگیری می‌کنم.',
    'vaghti nemishe vared shid, ramz ro reset konid',
    'بعد از نصب برنامه، دوباره وارد حسابتون بشید.',
    'اگه تا فردا درست نشد، بعد از ظهر دوباره پیام بدید.',
    'امیدوارم از خریدتون لذت ببرید.',
    'ما نقش مهمی در این پروژه داریم.',
    'سیستم اجازه ورود هیچ کس دیگه‌ای رو به حسابتون نمیده.',
    'shoma hich eshtebahi nakardin, moshkel az samte ma bud',
    'age shomare ro eshtebah zadin, behem begid',
  ])('no flag: %s', (d) => {
    expect(found(d).map((s) => `${s.ruleId}:${s.original}`)).toEqual([]);
  });
});

describe('alternatives that would say something else become advice', () => {
  it('no «لطفاً» in front of a past second-person verb (a reproach made a request about the past)', () => {
    for (const d of ['خب شما باید زودتر اطلاع میدادین.', 'شما باید قبل از پرداخت دقت می‌کردید.']) {
      for (const s of found(d)) expect(s.replacements.some((r) => /لطفا|لطفاً/.test(r) && /(?:میدادین|می‌کردید)/.test(r)), d).toBe(false);
    }
    // Didn't do → please do stays a rewrite: the action is still open (fa-core's fa-you-didnt-colloquial, alone).
    const fa = builtinPacks.filter((p) => p.id === 'tactful.fa.core').map((p) => ({ ...p, rules: p.rules.filter((r) => r.id === 'fa-you-didnt-colloquial') }));
    const d = 'شما اپلیکیشن رو دوباره نصب نکردین.';
    expect(applyAll(d, suggestRewrites(d, fa, { generic: false, cache: false }))).toBe('لطفاً اپلیکیشن رو دوباره نصب کنین.');
  });

  it('a past verb inside a relative clause is no reproach: the request stays a rewrite', () => {
    const d = 'حتما باید با همون ایمیلی که باهاش ثبت‌نام کردین وارد شین.';
    expect(applyAll(d, found(d))).toBe('لطفاً با همون ایمیلی که باهاش ثبت‌نام کردین وارد شین.');
  });

  it('no "but we can ___" after "we can\'t do anything"', () => {
    const d = 'والا نمیتونیم هیچ کاری براتون بکنیم.';
    const s = found(d);
    expect(s.length).toBeGreaterThan(0);
    expect(applyAll(d, s)).toBe(d);
  });
});
