// @vitest-environment node
/**
 * `{=}` in a template keeps the matched refusal and the rest of its sentence as the agent wrote
 * them and adds the offer after it (issue 12, fa.late3.judged.md: «در عوض ___» deleted what could
 * not be done and moved its reason onto the offer).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, parseReplacement, type PhrasePack } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { testPack } from './helpers.ts';

const keep = testPack(
  [{ kind: 'template', patterns: ['<-توانستن> {action...}', '<-توانستن> <END>'], replacements: ['{=}، ولی <توانستن:colloquial> ___', '{=}، اما <توانستن:formal> ___'] }],
  { formatVersion: 2, languages: ['fa'] },
);
const apply = (d: string, packs: readonly PhrasePack[] = [keep]) => applyAll(d, suggestRewrites(d, packs, { cache: false }));

describe('{=}: a template that keeps the refusal', () => {
  it('parses as one piece and is no slot', () => {
    const r = parseReplacement('{=}، ولی ___');
    expect(r.ok && r.pieces[0]).toEqual({ match: true });
    expect(r.ok && r.slots).toEqual([]);
  });

  it('keeps the refusal, its condition and its register, person and spelling', () => {
    expect(apply('نمیتونیم سفارش رو بعد از بسته‌بندی لغو کنیم')).toBe('نمیتونیم سفارش رو بعد از بسته‌بندی لغو کنیم، ولی میتونیم ___');
    expect(apply('نميتوانيم وجه را به صورت نقدي در شعبه پرداخت کنيم.')).toBe('نميتوانيم وجه را به صورت نقدي در شعبه پرداخت کنيم، اما ميتوانيم ___.');
    expect(apply('نمی تونم فاکتور رو صادر کنم.')).toBe('نمی تونم فاکتور رو صادر کنم، ولی می تونم ___.');
    expect(apply('ببخشید، نمی‌تونم.')).toBe('ببخشید، نمی‌تونم، ولی می‌تونم ___.');
  });

  it('takes the rest of the sentence along, so the offer never comes between a refusal and its reason', () => {
    expect(apply('نمی‌تونی این کد رو توی اپ وارد کنی، فقط روی سایت کار می‌کنه.')).toBe('نمی‌تونی این کد رو توی اپ وارد کنی، فقط روی سایت کار می‌کنه، ولی می‌تونی ___.');
    expect(apply('شما نمی‌توانید پس از ثبت نهایی، رشته انتخابی را تغییر دهید.')).toBe('شما نمی‌توانید پس از ثبت نهایی، رشته انتخابی را تغییر دهید، اما می‌توانید ___.');
  });

  it('stops before a request to the customer, which keeps its own rewrite', () => {
    const d = 'کار ما نیست، باید با پست تماس بگیرید.';
    expect(apply(d, builtinPacks)).toBe('کار ما نیست، ولی ___، لطفاً با پست تماس بگیرید.');
  });

  it('is not offered when the agent already wrote the offer after the refusal', () => {
    for (const d of ['نمی‌تونیم لغوش کنیم، ولی می‌تونیم مرجوعش کنیم.', 'نمی‌توانیم سفارش را لغو کنیم اما می‌توانیم آن را مرجوع کنیم.'])
      expect(suggestRewrites(d, [keep], { cache: false }), d).toEqual([]);
  });

  it('keeps «هیچ» in the refusal (the negation is not turned positive)', () => {
    expect(apply('هیچ کمکی نمی‌تونیم بکنیم.')).toBe('هیچ کمکی نمی‌تونیم بکنیم، ولی می‌تونیم ___.');
  });
});

describe('built-in Persian refusals keep what cannot be done', () => {
  it('«not until» and «not without» keep their refusal: no promise, no deadline', () => {
    expect(apply('تا ماه بعد نمی‌شه سقف اعتبارتون رو بالا برد.', builtinPacks)).toBe('تا ماه بعد نمی‌شه سقف اعتبارتون رو بالا برد، ولی می‌شه ___.');
    expect(apply('بدون کد رهگیری نمی‌شود وضعیت را دید.', builtinPacks)).toBe('بدون کد رهگیری نمی‌شود وضعیت را دید، اما می‌شود ___.');
  });

  it('a particle stays where the agent put it', () => {
    expect(apply('گارانتی طلایی برای این مدل نداریم دیگه.', builtinPacks)).toBe('گارانتی طلایی برای این مدل نداریم دیگه، ولی ___ داریم.');
  });
});

describe('fa.late3 kinds beyond refusals', () => {
  const kinds = (d: string) => suggestRewrites(d, builtinPacks, { cache: false }).map((s) => s.kind);

  it('a reassurance that the customer made no mistake is not blame', () => {
    for (const d of ['شما هیچ اشتباهی نکرده‌اید؛ خطا از سمت سرور ما بود.', 'شما اشتباهی نکرده‌اید؛ سیستم دو بار ثبت کرده.', 'شما هیچ اشتباهی نکردید، مشکل از درگاه بانک بود.'])
      expect(apply(d, builtinPacks), d).toBe(d);
  });

  it('blame whose fact the rewrite would lose, or with a «که» clause, is advice', () => {
    for (const d of ['شما سه بار رمز را اشتباه وارد کرده‌اید و حساب مسدود شده است.', 'اشتباه از شما بوده که کد پستی رو ناقص زدید.']) {
      expect(kinds(d), d).toEqual(['advice']);
      expect(apply(d, builtinPacks), d).toBe(d);
    }
  });

  it('«سعی می‌کنم» keeps its hedge (advice, not «قصد دارم»)', () => {
    expect(kinds('سعی می کنم برای سایز ۴۲ یه جفت دیگه پیدا کنم.')).toEqual(['advice']);
  });

  it('a colloquial draft gets the colloquial alternative', () => {
    expect(apply('دوباره تکرار می‌کنم: پول تا سه روز کاری برمی‌گرده.', builtinPacks)).toBe('یه بار دیگه: پول تا سه روز کاری برمی‌گرده.');
    expect(apply('شما دقت نکردید، سایزش روی صفحه نوشته شده بود', builtinPacks)).toBe('شاید این نکته دیده نشده، سایزش روی صفحه نوشته شده بود');
  });

  it('«تا … نکنید، نمی‌توانیم» says «وقتی», never «به محض اینکه» (a promise of speed)', () => {
    expect(apply('تا وقتی پرداخت تایید نشه نمی‌تونیم ارسال کنیم.', builtinPacks)).toBe('وقتی پرداخت تایید بشه، می‌تونیم ارسال کنیم.');
    const fa = builtinPacks.find((p) => p.languages[0] === 'fa')!;
    expect(fa.rules.flatMap((r) => r.replacements).filter((x) => x.includes('به محض'))).toEqual([]);
  });

  it('a request to the customer after a finished refusal stays after the offer', () => {
    expect(apply('این کار من نیست، با بخش فنی تماس بگیرید.', builtinPacks)).toBe('این کار من نیست، اما ___، با بخش فنی تماس بگیرید.');
  });
});
