// @vitest-environment node
/**
 * lib/rewrite/guard.fa.splice.ts and guard.fa.ts: what a Persian alternative leaves behind in its clause once applied
 * (the late10 blind reading): an intensifier before words replaced by the agent's own voice («خیلی شلوغش نکنید» ->
 * «خیلی درک می‌کنم …»), time adverbs and particles after a template («خبر نداریم هنوز، …» -> «… تا مشخص بشه هنوز، …»),
 * a comma deleted with a clause-final «متاسفانه،» (two clauses run together), and «متاسفانه» that closes a clause of
 * bad news (kept, like one that opens it). Sentences written for these tests, none from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const found = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false });
const on = (draft: string, words: string) => {
  const s = found(draft).find((x) => x.original.includes(words));
  if (!s) throw new Error(`no suggestion on «${words}» in «${draft}»: ${found(draft).map((x) => x.original).join(' | ')}`);
  return s;
};
const applied = (draft: string, words: string) => {
  const s = on(draft, words);
  return s.replacements.length ? draft.slice(0, s.start) + s.replacements[0] + draft.slice(s.end) : draft;
};

describe('an intensifier goes with the words the agent’s own voice replaces', () => {
  it.each([
    ['سفارش فقط یه روز دیر شده، خیلی شلوغش نکنید', 'شلوغش'],
    ['یه پیامک ساده‌ست، الکی شلوغش نکنین', 'شلوغش'],
  ])('%s', (d, w) => {
    const out = applied(d, w);
    expect(out).toContain('درک می');
    expect(out).not.toMatch(/(?:خیلی|الکی) درک/);
  });
});

describe('particles and «for now» adverbs left after a template go with it, up to the clause break', () => {
  it.each([
    ['خبر نداریم هنوز، فردا دوباره چک کنین', 'خبر نداریم'],
    ['اطلاعی ندارم فعلا، همکارم پیگیری می‌کنه', 'اطلاعی ندارم'],
  ])('%s', (d, w) => {
    const out = applied(d, w);
    expect(out).toContain('___');
    expect(out).not.toMatch(/(?:مشخص بشه|مشخص شود) (?:هنوز|فعلا)/);
  });
  it('a clause in the other register moves down: a colloquial chat gets the colloquial template', () => {
    expect(applied('خبر نداریم هنوز، فردا دوباره چک کنین', 'خبر نداریم')).toContain('مشخص بشه');
  });
});

describe('«متاسفانه،» at the end of a clause', () => {
  it('deleted after good news, the comma stays', () => {
    expect(applied('سفارشتون ارسال شد متاسفانه، فردا می‌رسه', 'متاسفانه')).toBe('سفارشتون ارسال شد، فردا می‌رسه');
  });
  it.each(['پیک امروز به آدرس شما نمی‌رسه متاسفانه، فردا صبح میاد.', 'پرواز شما لغو شد متاسفانه'])('after bad news it is kept (advice): %s', (d) => {
    expect(on(d, 'متاسفانه').kind).toBe('advice');
  });
  it('before bad news at the start it is still advice, before good news still a deletion', () => {
    expect(on('متاسفانه سفارشتون لغو شد.', 'متاسفانه').kind).toBe('advice');
    expect(applied('سلام، متاسفانه سفارشتون امروز ارسال شد.', 'متاسفانه')).toBe('سلام، سفارشتون امروز ارسال شد.');
  });
});

describe('«با عرض پوزش،» as a lead', () => {
  it('before news that is not bad it is deleted', () => {
    expect(applied('با عرض پوزش، کارت شما هفته بعد صادر می‌شود.', 'پوزش')).toBe('کارت شما هفته بعد صادر می‌شود.');
  });
  it.each(['با عرض پوزش، درخواست شما رد شد.', 'با عرض پوزش، ثبت‌نام پس از مهلت از عهده این واحد خارج است.'])('before bad news (or a sentence another rule flags) it is no flag: %s', (d) => {
    expect(found(d).some((s) => s.original.includes('پوزش'))).toBe(false);
  });
});

describe('jargon in a sentence that reports the thing fixed is good news', () => {
  it('no flag on «باگ … برطرف شد», a version number inside', () => {
    expect(found('باگ صفحه پرداخت در نسخه 2.1.3 برطرف شد و اعتبارتون برگشت.').some((s) => s.category === 'jargon')).toBe(false);
  });
  it('still a flag when nothing is reported fixed', () => {
    expect(on('یه باگ تو صفحه پرداخت پیدا شده، داریم روش کار می‌کنیم', 'باگ').category).toBe('jargon');
  });
});

describe('a refusal whose time phrase opens its clause takes the time phrase along (guard.fa.time.ts)', () => {
  it.each([
    ['پیش از تکمیل پرونده، امکان صدور کارت وجود ندارد.', 'وجود ندارد'],
    ['قبل از تایید کارشناس، پرداخت وجه میسر نیست.', 'میسر نیست'],
  ])('%s', (d, w) => {
    const s = on(d, w);
    expect(d.slice(s.flagged.start, s.flagged.end).startsWith(d.split(' ')[0])).toBe(true);
    // what Apply writes keeps the agent's time phrase as written
    if (s.replacements.length) expect(s.replacements[0].startsWith(d.slice(s.start, s.start + 8))).toBe(true);
  });
  it('a fronted clause (a verb of its own) is no time phrase', () => {
    const d = 'قبل از اینکه مدارک برسه، امکان ارسال وجود ندارد.';
    expect(on(d, 'وجود ندارد').original.startsWith('قبل')).toBe(false);
  });
});

describe('a time refusal that averts a harm to the customer reassures', () => {
  it.each(['تا پایان ماه اشتراکتون قطع نمیشه', 'تا آخر هفته سرویس شما قطع نخواهد شد.', 'تا شنبه حسابتون مسدود نمی‌شود.'])('no flag: %s', (d) => {
    expect(found(d)).toEqual([]);
  });
  it('a refused shipment is still a time refusal', () => {
    expect(found('تا پایان ماه ارسال نمیشه').length).toBeGreaterThan(0);
  });
});

describe('more splices read as applied', () => {
  it('a lead deleted at its clause start takes its comma along', () => {
    expect(applied('طبق پیام قبلیم، فاکتور رو باید از سایت بگیرید.', 'طبق پیام')).toBe('فاکتور رو باید از سایت بگیرید.');
    expect(applied('سلام، طبق پیام قبلیم، فاکتور رو باید از سایت بگیرید.', 'طبق پیام')).toBe('سلام، فاکتور رو باید از سایت بگیرید.');
  });
  it('«هنوز» before a template that says «فعلاً» goes', () => {
    expect(applied('هنوز نمیدونم علت خرابی چیه', 'نمیدونم')).not.toMatch(/هنوز/);
  });
  it('«راستش» left after a template goes', () => {
    expect(applied('معلوم نیست کی میرسه، منم نمیدونم راستش', 'نمیدونم')).not.toMatch(/راستش/);
  });
  it('not knowing is not offered «ولی ___ داریم»', () => {
    expect(on('اطلاعی از زمان دقیق تحویل نداریم.', 'نداریم').kind).toBe('advice');
  });
  it('a closed clause of thanks is not put where the draft’s clause runs on', () => {
    expect(on('ببخشید که طول کشید جواب بدم.', 'ببخشید').kind).toBe('advice');
    expect(applied('ببخشید که طول کشید، سفارشتون ارسال شد.', 'ببخشید')).toMatch(/^از صبر شما سپاسگزارم، سفارشتون/);
  });
  it('«برای یادآوری» gets its comma', () => {
    expect(applied('همونطور که گفتم پول خودش برمیگرده', 'همونطور')).toBe('برای یادآوری، پول خودش برمیگرده');
  });
  it('«ما به رمز کارت شما دسترسی نداریم» is a privacy promise', () => {
    expect(found('ما به رمز کارت شما دسترسی نداریم.')).toEqual([]);
  });
});

describe('alternatives that say what the clause already says', () => {
  it('a destination is not named twice', () => {
    expect(applied('درخواستتون اسکالیت شد به واحد مالی.', 'اسکالیت')).toBe('درخواستتون ارجاع داده شد به واحد مالی.');
    expect(applied('مورد شما اسکالیت شد.', 'اسکالیت')).toBe('مورد شما به کارشناس ارشد ارجاع داده شد.');
  });
  it('a question is not put where the draft asked none', () => {
    expect(on('خب دیگه چیکار کنیم، پیش میاد', 'چیکار').kind).toBe('advice');
    expect(applied('دیگه چیکار کنم؟', 'چیکار')).toBe('چطور می‌تونم کمکتون کنم؟');
  });
});

describe('an obligation adverb goes with the obligation «لطفاً» replaces', () => {
  it.each([
    ['الزاماً باید کارت ملی را ارائه فرمایید.', 'لطفاً کارت ملی را ارائه فرمایید.'],
    ['حتماً حتماً باید فاکتور رو نگه دارید.', 'لطفاً فاکتور رو نگه دارید.'],
  ])('%s', (d, out) => {
    expect(applied(d, 'باید')).toBe(out);
  });
});
