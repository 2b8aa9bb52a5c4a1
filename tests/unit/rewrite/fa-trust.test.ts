// @vitest-environment node
/**
 * Persian alternatives an agent can trust (issue #12, the kinds a person found wrong on fa.late2):
 * no invented help or promise, no template that leaves the refused action or a «؟» behind it, the
 * draft's person and register kept, «تا» kept before a length of time, and reassurance, third
 * person, questions and first-person regret left alone. Runs the built-in packs, as the panel does.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

const fa = builtinPacks.find((p) => p.id === 'tactful.fa.core')!;
const found = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false });
/** The draft with every suggestion's first alternative in place, templates included (what the agent sees inserted). */
const inserted = (draft: string) => applyAll(draft, found(draft));

describe('no invented help or promise', () => {
  /** Offers and promises the agent did not write: looking for a way, fixing, connecting, gladly helping. */
  const INVENTED = /ببینم چه|ببینیم چ|بررسی کنیم|راه دیگری پیدا|دنبال راهی|کمکتان می‌کنیم|کمکتون می‌کنیم|وصل کنم|حل کنم|درستش کنیم|کمک می‌گیرم|پاسخ می‌دهم|راهنمایی‌تان می‌کنم|راهنماییتون می‌کنم|تا پیگیری کنم|تمام تلاشم را می‌کنم که|پیگیری کنیم/;

  it('no rewrite or template of the Persian pack offers what the matched words did not', () => {
    const offenders = fa.rules.flatMap((r) => r.replacements.filter((x) => INVENTED.test(x)).map((x) => `${r.id}: ${x}`));
    expect(offenders).toEqual([]);
  });

  it('plain refusals get a blank where the refused action was, or advice', () => {
    // «کاری از دستم برنمی‌آید» says nothing can be done: advice, never a frame that says "what I can do is ___" (late6.judged.md).
    for (const d of ['متأسفم، کاری از دستم برنمی‌آید.', 'تو این مورد کاری از دستمون برنمیاد.']) {
      expect(found(d).length).toBeGreaterThan(0);
      expect(inserted(d)).toBe(d);
    }
    // The refusal stays; the blank for what the agent can do comes after it (issue 12: «در عوض ___» deleted what could not be done).
    expect(inserted('ما هرگز نمی‌توانیم اطلاعات حذف‌شده را برگردانیم.')).toBe('ما هرگز نمی‌توانیم اطلاعات حذف‌شده را برگردانیم، اما می‌توانیم ___.');
    expect(inserted('امکان ادغام حساب‌ها وجود ندارد.')).toBe('ادغام حساب‌ها ممکن نیست، اما ___.');
    // A plain refusal read as advice by its rule keeps it and gets the frame of what the agent can do, in their person and
    // register (template16.fa.ts, issue 12).
    expect(inserted('من مجاز به تغییر قیمت نیستم.')).toBe('من مجاز به تغییر قیمت نیستم، اما آنچه می‌توانم انجام دهم این است که ___.');
    expect(inserted('به این سؤال نمی‌توانم پاسخ بدهم.')).toBe('به این سؤال نمی‌توانم پاسخ بدهم، اما آنچه می‌توانم انجام دهم این است که ___.');
    for (const d of ['لطفاً با واحد مربوطه تماس بگیرید.', 'تیکت شما بسته شد.', 'دیگه پیگیری نکنین.']) {
      expect(found(d).map((s) => s.kind), d).toEqual(['advice']);
      expect(inserted(d), d).toBe(d);
    }
  });

  it('policy, calm-down and «not responsible» say the same thing softer and stop there', () => {
    expect(inserted('ما استثنا قائل نمی‌شویم.')).toBe('این شرایط برای همه یکسان است تا منصفانه باشد.');
    expect(inserted('قانون قانونه.')).toBe('این شرایط برای همه یکسانه.');
    expect(inserted('آروم باشید، داریم بررسی می‌کنیم.')).toBe('حق دارین ناراحت باشین، داریم بررسی می‌کنیم.');
    expect(inserted('ما مسئول تأخیر شرکت پست نیستیم.')).toBe('تأخیر شرکت پست خارج از کنترل ما بوده است.');
    expect(inserted('نمی‌تونم قول بدم که فردا برسه.')).toBe('امیدوارم که فردا برسه.');
  });

  it('blame gets advice, not a promise to fix it together', () => {
    for (const d of ['تقصیر شماست.', 'مشکل از اینترنت شما است.', 'شما اشتباه کردید و کد رو دو بار زدید.'])
      expect(inserted(d), d).toBe(d);
    // The customer's act in the active voice becomes the same fact in the passive (rwfa22, blame-passive.fa22.ts): no promise.
    expect(inserted('خودتون گزینه ارسال عادی رو انتخاب کردید.')).toBe('گزینه ارسال عادی انتخاب شد.');
    expect(inserted('شما گزینه ارسال سریع رو انتخاب نکردید.')).toBe('گزینه ارسال سریع انتخاب نشد.');
  });
});

describe('templates and rewrites that read as the agent’s own sentence', () => {
  it('a template does not keep the question mark of «از کجا بدونم …؟» or «چند بار باید بگم که …؟»', () => {
    expect(inserted('از کجا بدونم بسته کی می‌رسه؟')).toBe('فعلاً خبر دقیقی نیست و ___ تا مشخص بشه بسته کی می‌رسه.');
    expect(inserted('از کجا بدونم؟')).toBe('فعلاً خبر دقیقی نیست و ___ تا مشخص بشه.');
    expect(inserted('چند بار باید بگم که سفارش ارسال شده؟')).toBe('بذارین یه بار دیگه توضیح بدم: سفارش ارسال شده.');
  });

  it('a refusal with its reason, or blame inside a «که» clause, is advice: nothing is left dangling', () => {
    for (const d of ['درخواست مرجوعی‌تون رد شد چون کالا باز شده بود.']) expect(inserted(d), d).toBe(d);
    // The customer's act in the passive leaves nothing dangling (rwfa22): a «که» clause (the main clause keeps its advice),
    // a guess kept as a guess.
    expect(inserted('دقت نکردید که سایز رو اشتباه زدید.')).toBe('دقت نکردید که سایز اشتباه زده شد.');
    expect(inserted('حتما کد رو اشتباه زدی.')).toBe('حتما کد اشتباه زده شده.');
    // A refusal with its reason keeps both; the frame of what the agent can do comes after the reason (template16.fa.ts).
    expect(inserted('نمی‌تونم سفارش رو کنسل کنم چون ارسال شده.')).toBe('نمی‌تونم سفارش رو کنسل کنم چون ارسال شده، ولی کاری که می‌تونم بکنم اینه که ___.');
  });

  it('a policy phrase keeps its own reason: no fairness motive is invented (fa.late3.judged.md N022)', () => {
    expect(inserted('طبق قوانین نمی‌تونیم کالای استفاده‌شده رو پس بگیریم.')).toBe('طبق قوانین نمی‌تونیم کالای استفاده‌شده رو پس بگیریم، ولی می‌تونیم ___.');
    expect(inserted('طبق مقررات نمی‌توانیم بدون کارت ملی حساب افتتاح کنیم.')).toBe('طبق مقررات نمی‌توانیم بدون کارت ملی حساب افتتاح کنیم، اما می‌توانیم ___.');
    for (const d of ['طبق قوانین شرکت فقط به کارت اصلی برمی‌گردونیم.', 'طبق قوانین، فقط تا هفت روز می‌تونید مرجوع کنید.']) {
      expect(found(d).map((s) => s.kind), d).toEqual(['advice']);
      expect(inserted(d), d).toBe(d);
    }
  });

  it('keeps person, number and register', () => {
    expect(inserted('نمی‌دونیم کی می‌رسه.')).toBe('فعلاً خبر دقیقی نیست و ___ تا مشخص بشه کی می‌رسه.');
    expect(inserted('نمی‌دانیم کی می‌رسد.')).toBe('در حال حاضر اطلاع دقیقی در دست نیست و ___ تا مشخص شود کی می‌رسد.');
    expect(inserted('مطمئن نیستم والا.')).toBe('___ تا مطمئن بشم.');
    expect(inserted('هنوز مطمئن نیستیم.')).toBe('هنوز ___ تا مطمئن شویم.');
    expect(inserted('تا فردا صبر کن.')).toBe('لطفاً تا فردا صبر کن.');
    expect(inserted('تا شنبه صبر کنین.')).toBe('لطفاً تا شنبه صبر کنین.');
  });

  it('«لطفاً» before an informal «بفرستی» writes the informal imperative', () => {
    expect(inserted('باید عکس خرابی رو بفرستی.')).toBe('لطفاً عکس خرابی رو بفرست.');
    expect(inserted('مجبوری صبر کنی.')).toBe('لطفاً صبر کن.');
    expect(inserted('باید فرم رو پر کنی.')).toBe('لطفاً فرم رو پر کن.');
  });
});

describe('time', () => {
  it('«تا» stays before a length of time (advice) and before a point in time (a template keeps the refusal)', () => {
    expect(inserted('من تا ۱۰ روز کاری نمی‌توانم آن را ارسال کنم.')).toBe('من تا ۱۰ روز کاری نمی‌توانم آن را ارسال کنم.');
    expect(found('من تا ۱۰ روز کاری نمی‌توانم آن را ارسال کنم.').map((s) => s.kind)).toEqual(['advice']);
    // «not until» keeps its refusal and its time; «دو هفته دیگه می‌تونیم» would promise what the draft did not.
    expect(inserted('تا دو هفته دیگه نمی‌تونیم بفرستیم.')).toBe('تا دو هفته دیگه نمی‌تونیم بفرستیم، ولی می‌تونیم ___.');
    expect(inserted('تا فردا نمی‌توانم نتیجه را اعلام کنم.')).toBe('تا فردا نمی‌توانم نتیجه را اعلام کنم، اما می‌توانم ___.');
    expect(inserted('تا وقتی پرداخت تایید نشه نمی‌تونیم ارسال کنیم.')).toBe('وقتی پرداخت تایید بشه، می‌تونیم ارسال کنیم.');
  });
});

describe('looks negative, is not', () => {
  it('reassurance, third person, a question, a condition, first-person regret, thanks, «کنسل»', () => {
    for (const d of [
      'نگران نباشید، پولتون امنه.',
      'جای هیچ نگرانی نیست، سفارش ثبت شده.',
      'سفارش باید فردا تحویل شود.',
      'او باید کاری بکند.',
      'می‌دانید در این حالت باید چه کار کنید؟',
      'نمی‌دونید باید کجا مراجعه کنید؟',
      'اطلاعی از وضعیت بسته ندارید؟',
      'اگه نتونستید وارد بشید، رمز رو بازیابی کنید.',
      'اگر ایمیل را دریافت نکرده‌اید، پوشه هرزنامه را ببینید.',
      'حق دارید، ما باید زودتر اطلاع می‌دادیم.',
      'نمی‌دانم از کجا شروع کنم تشکر کنم!',
      'سفارشتون رو همین الان کنسل می‌کنم.',
      'بازپرداخت تا ۱۰ روز کاری انجام می‌شود.',
    ])
      expect(found(d).map((s) => s.ruleId), d).toEqual([]);
  });
});
