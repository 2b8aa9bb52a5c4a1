// @vitest-environment node
/**
 * Persian back-office vocabulary by trade (lib/rewrite/generic/jargon.fa.trades.ts, rwfa9): one sentence per trade
 * written for this test (none copied from an evaluation file), the words customers use that must stay silent, and the
 * conditions (a team word before «لاین ۲», a money word beside «چکاوک», a code the customer types).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { explainGeneric, GENERIC_PACK_ID } from '../../../lib/rewrite/generic/index.ts';
import { readJargonFa } from '../../../lib/rewrite/generic/jargon.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const fa = (s: string) => readJargonFa(s).map((h) => s.slice(h.start, h.end));

describe('Persian trade jargon: one back-office word per trade', () => {
  it.each([
    // banking and payments
    ['تراکنشتون تو مغایرت‌گیری گیر کرده.', 'مغایرت‌گیری'],
    ['مبلغ فردا از کلیرینگ برمی‌گرده به حساب.', 'کلیرینگ'],
    ['برای این تراکنش دیسپیوت ثبت کردیم.', 'دیسپیوت'],
    ['چک شما از طریق چکاوک برگشت خورده.', 'چکاوک'],
    ['حواله‌تون از اتاق پایاپای رد شد.', 'اتاق پایاپای'],
    // telecom and ISPs
    ['خطتون رو رانژه کردیم.', 'رانژه'],
    ['همکار ما کافو رو بررسی کرد.', 'کافو'],
    // insurance
    ['حق قائم‌مقامی به شرکت منتقل شد.', 'قائم‌مقامی'],
    ['پرونده رفت برای ذخیره خسارت.', 'ذخیره خسارت'],
    // e-commerce and logistics
    ['بسته‌تون الان تو کراس‌داک تهرانه.', 'کراس‌داک'],
    ['سفارش در مرحله پیکینگ است.', 'پیکینگ'],
    ['کاتاف امروز گذشته بود.', 'کاتاف'],
    // airlines and travel
    ['پرواز اوربوک شده بود.', 'اوربوک'],
    ['بلیطتون ری‌ایشو شد.', 'ری‌ایشو'],
    ['شما روی پرواز نوشو خوردید.', 'نوشو'],
    // government mail
    ['نامه‌تون با شماره اندیکاتور ثبت شده.', 'شماره اندیکاتور'],
    ['مدیر روی نامه هامش زده.', 'هامش'],
    ['مشکل از لود بالانسر بود.', 'لود بالانسر'],
    // healthcare admin
    ['این جراحی با تعرفه گلوبال حساب شده.', 'تعرفه گلوبال'],
    // SaaS and IT
    ['کامیتش روی استیجینگ رفته.', 'کامیتش'],
    ['یه کرون‌جاب هر شب اجرا میشه.', 'کرون‌جاب'],
    // utilities
    ['قطعی فیدر باعث خاموشی شد.', 'قطعی فیدر'],
    ['هزینه دیماند تو قبض صنعتی هست.', 'دیماند'],
    // back office, any trade
    ['درخواستتون به واحد بک‌آفیس ارجاع شد.', 'بک‌آفیس'],
    ['کارشناس لاین ۲ بررسی می‌کنه.', 'کارشناس لاین ۲'],
    ['تیکتتون به تیم فراد اساین شد.', 'تیم فراد'],
  ])('%s', (s, word) => {
    expect(fa(s)).toContain(word);
  });

  it('reads a listed loanword with a Persian ending glued on', () => {
    expect(fa('سفارشتون سورتینگشده.')).toEqual(['سورتینگشده']);
    expect(fa('تیکت رو کلوزش کردیم.')).toEqual(['کلوزش']);
  });

  it('reads the Latin words of a trade inside a Persian sentence, not a code the customer types', () => {
    expect(fa('کد رو روی staging بردیم و webhook درست شد.')).toEqual(['staging', 'webhook']);
    expect(fa('پرواز overbooked بود.')).toEqual(['overbooked']);
    expect(fa('لطفا کد void رو وارد کنید.')).toEqual([]);
  });
});

describe('Persian trade jargon: words customers use stay silent', () => {
  it.each([
    'سفارشتون کنسل شد و مبلغ به حسابتون برگشت.',
    'کد رهگیری مرسوله براتون پیامک شد.',
    'شماره شبا رو وارد کنید و رمز پویا بگیرید.',
    'تسویه حساب تا آخر ماه انجام میشه.',
    'بلیط چارتری قابل استرداد نیست.',
    'با کد ملی وارد سامانه سجام بشید.',
    'ابلاغیه تو سامانه ثنا براتون میاد.',
    'نمراتتون تو سیستم گلستان ثبت شده.',
    'کارشناس بازدید فردا میاد خودرو رو ببینه.',
    'چکاوک روی درخت نشست.',
    'یک فیدر میوه کودک هدیه بگیرید.',
    'خط لاین ۲ مترو امروز تعطیله.',
    'اندیکاتور مکدی رو روی نمودار ببینید.',
    'اتوماسیون خانگی رو از اپ فعال کنید.',
    'بار خوبی داشت، پیک فردا میاره.',
    'آیتم‌هاتو از لاگ سرور پیدا کردم.',
    'با احترام، واحد صدور',
  ])('%s', (s) => {
    expect(fa(s)).toEqual([]);
  });
});

describe('Persian trade jargon in the engine', () => {
  it('is advice with no text change, explained in English and Persian', () => {
    const s = 'بسته تو کراس‌داک است و بعد از سورتینگ ارسال میشه.';
    const j = suggestRewrites(s, builtinPacks).filter((x) => x.packId === GENERIC_PACK_ID && x.category === 'jargon');
    expect(j.map((x) => x.original)).toEqual(['کراس‌داک', 'سورتینگ']);
    for (const x of j) expect(x).toMatchObject({ kind: 'advice', replacements: [] });
    expect(explainGeneric('fa', 'loanword', 'fa', 'کراس‌داک')).toMatch(/[\u0600-\u06FF]/);
    expect(explainGeneric('fa', 'loanword', 'en', 'کراس‌داک')).toMatch(/[a-z]/);
    expect(explainGeneric('fa', 'internal-jargon', 'en', 'هامش')).toMatch(/[a-z]/);
  });
  it('a reissue is never rewritten to «ری‌مشکل» (fa-core 1.8.2: `fa-jargon-issue` reads «ایشو» alone, not inside «ری‌ایشو»)', () => {
    for (const s of ['بلیط شما ری‌ایشو شد.', 'بلیط شما ری ایشو شد.']) {
      const all = suggestRewrites(s, builtinPacks);
      expect(all.some((x) => x.ruleId === 'fa-jargon-issue'), s).toBe(false);
      expect(all.every((x) => x.replacements.every((r) => !r.includes('مشکل'))), s).toBe(true);
    }
    expect(suggestRewrites('این ایشو رو بررسی کردیم.', builtinPacks).some((x) => x.ruleId === 'fa-jargon-issue')).toBe(true);
  });
});
