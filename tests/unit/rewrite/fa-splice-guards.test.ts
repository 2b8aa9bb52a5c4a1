// @vitest-environment node
/**
 * lib/rewrite/guard.fa.splice.ts: Persian suggestions read as applied. Five kinds of break a blind Persian reader found
 * after «Apply all» (a hanging «را/رو», a template's blank before more words, a dangling colloquial particle, the other
 * register, «لطفاً» before no second person), each with look-alikes where the suggestion stays. Sentences written for
 * these tests, none from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

const found = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false });
/** The suggestion on the words `words` (the first whose original holds them). */
const on = (draft: string, words: string) => {
  const s = found(draft).find((x) => x.original.includes(words));
  if (!s) throw new Error(`no suggestion on «${words}» in «${draft}»: ${found(draft).map((x) => x.original).join(' | ')}`);
  return s;
};

describe('1. the object marker «را/رو» left before a clause of its own', () => {
  it.each([
    ['بسته رو نمی‌دونم کی می‌رسه.', 'نمی‌دونم'],
    ['درخواستتون رو نمیدونم کی جواب میدن.', 'نمیدونم'],
    ['سفارشتون رو سیستم قبول نمیکنه.', 'سیستم قبول'],
    ['مبلغ را سیستم قبول نمی‌کند.', 'سیستم قبول'],
    ['پرونده را نمی‌دانم کجا ارسال شده است.', 'نمی‌دانم'],
    ['کالا را امکان تعویض آن فراهم نیست.', 'فراهم نیست'],
  ])('advice: %s', (d, w) => {
    const s = on(d, w);
    expect(s.kind).toBe('advice');
    // still caught
    expect(s.replacements).toEqual([]);
  });

  it.each([
    // the replacement's verb takes the object
    ['مدارک رو باید تا فردا بفرستید.', 'باید', 'مدارک رو لطفاً تا فردا بفرستید.'],
    ['فاکتور رو باید امضا کنید.', 'باید', 'فاکتور رو لطفاً امضا کنید.'],
    ['مدارک را حتماً باید ارسال کنید.', 'باید', 'مدارک را لطفاً ارسال کنید.'],
    // a word replaced inside the clause: the draft's own verb follows
    ['کش مرورگر رو کلیر کنید.', 'کلیر', 'حافظه موقت مرورگر رو پاک کنید.'],
  ])('stays: %s', (d, w, after) => {
    expect(on(d, w).kind).not.toBe('advice');
    expect(applyAll(d, found(d))).toBe(after);
  });

  it('a template that keeps the agent words first stays («{=}، ولی ___»)', () => {
    const s = on('پولتون رو امکانش نیست برگردونیم.', 'امکانش');
    expect(s.kind).toBe('template');
  });
});

describe('2. a template blank with more words of its clause after it', () => {
  it.each([
    ['فعلاً هیچ کاری نمیشه کرد تا بانک جواب بده', 'کاری نمیشه'],
    ['این امکان برای ما فراهم نیست که مبلغ را نقدی بپردازیم.', 'فراهم نیست'],
    ['این امکان برای ما فراهم نیست که سفارش را تغییر دهیم.', 'فراهم نیست'],
  ])('advice: %s', (d, w) => {
    expect(on(d, w).kind).toBe('advice');
  });

  it.each([
    // a full stop, or a clause of its own after a comma, follows the blank
    ['کاری نمیشه کرد، سیستم قفله.', 'کاری نمیشه'],
    ['نمیتونیم رمز رو ریست کنیم، حساب قفل شده.', 'نمیتونیم'],
    ['امکانش نیست که سفارش رو عوض کنیم.', 'امکانش'],
    ['طبق قوانین، امکان استرداد وجه وجود ندارد.', 'امکان استرداد'],
  ])('stays a template: %s', (d, w) => {
    const s = on(d, w);
    expect(s.kind).toBe('template');
    expect(applyAll(d, [s])).toMatch(/___[.،]/);
  });
  // A clause that already sends the customer somewhere («با پست تماس بگیرین»): a «ولی ___» before or after it fits badly
  // (the late13 blind reader; rwalt7, redirect-blank.alt7.ts): advice.
  it.each([
    ['کاری نمیشه کرد، با پست تماس بگیرین.', 'کاری نمیشه'],
    ['نمیتونیم رمز رو ریست کنیم، لطفا با بانک تماس بگیرید.', 'نمیتونیم'],
  ])('advice, the sentence already redirects: %s', (d, w) => {
    expect(on(d, w).kind).toBe('advice');
  });
});

describe('3. a colloquial particle left dangling', () => {
  it.each([
    ['نمی‌دونم کی میرسه آخه.', 'آخه'],
    ['نمی‌دونم پیک کجاست دیگه.', 'دیگه'],
    ['نمی‌دونم کی میرسه دیگه، ببخشید.', 'دیگه'],
    ['نمیدونم والا، شاید فردا برسه.', 'والا'],
  ])('the template carries no particle: %s', (d, p) => {
    const s = on(d, 'نم');
    expect(s.kind).toBe('template');
    expect(s.replacements[0]).not.toContain(p);
  });

  it.each([
    ['اطلاعی ندارم دیگه.', 'اطلاعی ندارم دیگه'],
    ['اطلاعی ندارم والا.', 'اطلاعی ندارم والا'],
  ])('the particle after a replaced clause goes with it: %s', (d, original) => {
    const s = on(d, 'اطلاعی');
    expect(s.original).toBe(original);
    expect(applyAll(d, [s])).not.toMatch(/دیگه|والا/);
  });

  it('«حالا» at the start of a deleted clause goes too', () => {
    const d = 'اطلاعی نداریم، حالا متأسفانه.';
    const s = on(d, 'متأسفانه');
    expect(s.original).toContain('حالا');
  });

  it.each([
    // the particle belongs to a clause that stays
    'متأسفانه سفارش دیر رسید دیگه.',
    'حالا متأسفانه سفارش دیر رسید.',
  ])('a deletion inside the clause leaves the particle: %s', (d) => {
    const out = applyAll(d, found(d));
    expect(out).toMatch(/دیگه|حالا/);
  });
});

describe('4. a replacement in the other register', () => {
  it.each([
    // colloquial chat, a rule whose only text is formal
    ['ما مسئول تأخیر پست نیستیم، خودتون پیگیری کنین.', 'مسئول'],
    ['والا ما مسئول گم شدن بسته نیستیم دیگه.', 'مسئول'],
    ['ما مسئول خرابی کالا در حمل نیستیم دیگه.', 'مسئول'],
  ])('advice: %s', (d, w) => {
    expect(on(d, w).kind).toBe('advice');
  });

  it.each([
    // no register shown, or the same register: the text stays
    ['ما مسئول تأخیر پست نیستیم.', 'مسئول'],
    ['ما مسئول تأخیر پست نیستیم و موضوع را پیگیری می‌کنیم.', 'مسئول'],
  ])('stays: %s', (d, w) => {
    expect(on(d, w).kind).toBe('rewrite');
  });

  it('the register-matching alternative comes first in both registers', () => {
    expect(on('نمی‌دونم پیک کجاست.', 'نمی‌دونم').replacements[0]).toContain('مشخص بشه');
    expect(on('نمی‌دانم بسته کجاست.', 'نمی‌دانم').replacements[0]).toContain('مشخص شود');
  });
});

describe('5. «لطفاً» only before a second-person verb', () => {
  it.each([
    'لازم است مدارک تا فردا ارسال شود.',
    'لازمه مدارک تا فردا ارسال بشه.',
    'لازم است فرم انصراف مجدداً ارسال گردد.',
    'لازم است متقاضی مدرک تحصیلی را ضمیمه نماید.',
  ])('advice: %s', (d) => {
    const s = found(d)[0];
    expect(s.kind).toBe('advice');
  });

  it.each([
    ['لازم است مدارک را تا فردا ارسال کنید.', 'لطفاً مدارک را تا فردا ارسال کنید.'],
    ['لازمه فرم رو امضا کنین.', 'لطفاً فرم رو امضا کنین.'],
    ['حتماً باید رسید داشته باشید.', 'لطفاً رسید داشته باشید.'],
    ['شما باید صبر کنید تا پرونده بررسی شود.', 'لطفاً صبر کنید تا پرونده بررسی شود.'],
    ['باید اول فرم را پر کنید که درخواست ثبت شود.', 'لطفاً اول فرم را پر کنید که درخواست ثبت شود.'],
  ])('stays: %s', (d, after) => {
    expect(applyAll(d, found(d))).toBe(after);
  });
});

describe('4b. a formal letter', () => {
  it('formal alternatives first where the rule has both', () => {
    const d = 'مشتری گرامی، به استحضار می‌رساند همینه که هست و تغییر آن میسر نمی‌باشد.';
    expect(on(d, 'همینه').replacements[0]).toBe('شرایط فعلی این است');
  });
  it("a template that copies the agent's colloquial words is no register mix of the rule's", () => {
    const d = 'با سلام، خواهشمند است توجه فرمایید که کاریش نمیشه کرد، سفارش ارسال شده.';
    const s = on(d, 'کاریش');
    expect(s.kind).toBe('template');
  });
});
