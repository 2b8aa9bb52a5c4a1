// @vitest-environment node
/**
 * lib/rewrite/generic/kinds4.fa.ts (rwfa7: the policy of any owner as a wall, the impersonal «as was stated»), the back-office
 * acronym after «کد / شماره / شناسه» (jargon.ts) and «داد زدن که مشکلو حل نمیکنه» (constructions.fa.ts): each family in
 * formal and colloquial forms, ZWNJ / space / none, ي/ك, with a neutral contrast that stays unflagged. Sentences written for
 * these tests, none from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const found = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false });
const flagged = (draft: string) => found(draft).map((s) => draft.slice(s.flagged.start, s.flagged.end));
const flags = (draft: string, words: string) => flagged(draft).some((f) => f.includes(words));

describe('the policy of any owner, then a restriction (advice)', () => {
  it.each([
    ['سیاست باشگاه اینه که بعد از ثبت‌نام پول برنمی‌گرده', 'سیاست باشگاه اینه'],
    ['سیاست آژانس ما این است که بلیت چارتر استرداد نمی‌شود.', 'سیاست آژانس ما این است'],
    ['سياست كلينيك اينه كه نوبت تلفني فقط تا ساعت ۱۲ داده ميشه', 'سياست كلينيك اينه'],
    ['قوانین پانسیون اینطوریه، مهمون فقط تا ساعت ۹ شب مجازه', 'قوانین پانسیون اینطوریه'],
    ['رویه‌ی این نمایندگی این است که قطعه‌ی استفاده‌شده تعویض نمی‌گردد.', 'این است'],
    ['مقررات بیمارستان اینه.', 'مقررات بیمارستان اینه'],
  ])('%s', (draft, words) => {
    expect(flags(draft, words), JSON.stringify(flagged(draft))).toBe(true);
  });

  it.each([
    // a rule that gives, or spares the customer a harm
    'سیاست باشگاه اینه که هزینه‌ی کلاس جبرانی رو خودمون بدیم',
    'سیاست آژانس این است که مسافر هیچ‌وقت در فرودگاه سرگردان نماند.',
    'قوانین پانسیون اینطوریه، صبحونه رایگانه و شما میتونید تا ۱۰ بیاید',
    // the rule named, not held up
    'سیاست حفظ حریم خصوصی باشگاه در سایت آمده است.',
    'سیاست جدید کلینیک از شنبه اجرا میشه',
    'سیاست کلینیک اینه که بیمار همیشه در جریان باشه؟',
  ])('no flag: %s', (draft) => {
    expect(found(draft).filter((s) => s.category === 'policy'), JSON.stringify(flagged(draft))).toEqual([]);
  });
});

describe('«as was stated», impersonal (advice)', () => {
  it.each([
    ['چنانچه در ابلاغیه مورخ ۱۴۰۳/۰۲/۱۱ نیز ذکر گردید، مهلت اعتراض ده روز است.', 'چنانچه در ابلاغیه مورخ'],
    ['همان‌گونه که پیش‌تر اعلام شده بود، سامانه جمعه در دسترس نیست.', 'پیش‌تر اعلام'],
    ['همانطور كه قبلاً هم توضيح داده شد، فاكتور فقط به نام خريدار صادر ميشه', 'توضيح داده شد'],
    ['همونطور که بارها گفته شده ثبت نام حضوریه', 'بارها گفته'],
    ['همان طور که در پیام قبلی هم اشاره گردید، کالا گارانتی ندارد.', 'اشاره گردید'],
  ])('%s', (draft, words) => {
    expect(flags(draft, words), JSON.stringify(flagged(draft))).toBe(true);
  });

  it.each([
    'همان‌طور که در سایت اعلام شده، ارسال برای خریدهای بالای یک میلیون رایگان است.',
    'چنانچه مدارک ذکر شده کامل باشد، پرونده همین هفته بسته می‌شود.',
    'چنانچه قبلاً اعلام شده باشد، نیازی به ارسال دوباره نیست.',
    'چنانچه قبلاً ثبت‌نام کرده‌اید، با همان رمز وارد شوید.',
  ])('no flag: %s', (draft) => {
    expect(found(draft).filter((s) => s.category === 'passive-aggressive'), JSON.stringify(flagged(draft))).toEqual([]);
  });
});

describe('a back-office acronym named after «کد / شماره / شناسه» (advice)', () => {
  it.each([
    ['برای ثبت شکایت، شماره STAN درج‌شده روی رسید را بفرستید.', 'STAN'],
    ['کد ATC داروتون تو سامانه نیست', 'ATC'],
    ['شناسه MRN پرونده را از پذیرش بگیرید.', 'MRN'],
  ])('%s', (draft, words) => {
    expect(flags(draft, words), JSON.stringify(flagged(draft))).toBe(true);
  });

  it.each([
    'لطفاً کد OFF رو موقع پرداخت وارد کنید',
    'کد تخفیف NOWRUZ را در سبد خرید بزنید.',
    'کد OTP ارسال‌شده را وارد کنید.',
    'شماره IBAN حساب خود را بفرستید.',
    'کد QR روی بسته را اسکن کنید.',
  ])('no flag: %s', (draft) => {
    expect(found(draft).filter((s) => s.category === 'jargon'), JSON.stringify(flagged(draft))).toEqual([]);
  });
});

describe('shouting solves nothing, the object with its colloquial marker (advice)', () => {
  it.each([
    ['داد زدن که مشکلو حل نمیکنه', 'داد زدن'],
    ['عصبانیت چیزیو عوض نمی‌کنه، بذارید بررسی کنم', 'عصبانیت'],
  ])('%s', (draft, words) => {
    expect(flags(draft, words), JSON.stringify(flagged(draft))).toBe(true);
  });

  it('no flag: a problem we solve', () => {
    expect(found('ناراحتی شما رو درک میکنم و مشکلو حل میکنیم').filter((s) => s.category === 'dismissive')).toEqual([]);
  });
});

describe('the matter called unimportant (advice)', () => {
  it.each([
    ['قضیه خیلی مهمی نیست، فردا درست میشه', 'قضیه خیلی مهمی نیست'],
    ['موضوع آنچنان مهمی نیست؛ کارت جدید هفته بعد صادر می‌شود.', 'موضوع آنچنان مهمی نیست'],
    ['اتفاق مهمي نيست، فقط يه روز دير ميرسه', 'اتفاق مهمي نيست'],
  ])('%s', (draft, words) => {
    expect(flags(draft, words), JSON.stringify(flagged(draft))).toBe(true);
  });

  it.each([
    'مشکل چندان جدی‌ای نیست، با یه ریستارت درست میشه',
    'اگر موضوع خیلی مهمی نیست، بعداً تماس بگیرید.',
    'این موضوع برای ما خیلی مهم است.',
    'موضوع مهمی نیست؟',
  ])('no flag: %s', (draft) => {
    expect(found(draft).filter((s) => s.category === 'dismissive'), JSON.stringify(flagged(draft))).toEqual([]);
  });
});
