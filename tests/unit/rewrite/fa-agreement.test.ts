// @vitest-environment node
/**
 * Persian rewrites keep the draft's register, person and ZWNJ habit, and do not flag conditionals
 * or idioms that only look negative (issue #12). Runs the built-in packs, as the panel does.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applySuggestion, suggestRewrites } from '../../../lib/rewrite/index.ts';

const first = (draft: string, ruleId?: string) => {
  const found = suggestRewrites(draft, builtinPacks);
  const s = ruleId ? found.find((x) => x.ruleId === ruleId) : found[0];
  if (!s) throw new Error(`nothing flagged in ${draft}: ${found.map((x) => x.ruleId).join(', ')}`);
  return s;
};
const applied = (draft: string, ruleId?: string) => applySuggestion(draft, first(draft, ruleId));

describe('register', () => {
  it('a formal draft stays formal', () => {
    expect(applied('متأسفانه من تا ماه آینده نمی‌توانم آن محصول را برای شما تهیه کنم.', 'cant-provide-until')).toBe('متأسفانه من از ماه آینده می‌توانم آن محصول را برای شما تهیه کنم.');
    expect(applied('تا شنبه نمی‌شود پیگیری کرد.')).toBe('شنبه می‌شود پیگیری کرد.');
    expect(applied('از تأخیر پیش آمده پوزش می‌طلبیم.')).toBe('از صبر شما سپاسگزاریم.');
    expect(applied('سعی‌ام را می‌کنم.')).toBe('تمام تلاشم را می‌کنم.');
  });

  it('a colloquial draft stays colloquial', () => {
    expect(applied('تا شنبه نمی‌شه پیگیری کرد.')).toBe('شنبه می‌شه پیگیری کرد.');
    expect(applied('ببخشید ولی قانون شرکته.', 'fa-policy-is')).toBe('ببخشید ولی روال برای همه‌ی مشتری‌ها یکسانه.');
    expect(applied('آروم باش، چیزی نشده.')).toBe('درک می‌کنم چقدر ناراحت‌کننده‌ست، چیزی نشده.');
    expect(applied('نمی‌دونم چی شده.')).toBe('___ تا مشخص بشه چی شده.');
    expect(applied('تلاشم رو می‌کنم.')).toBe('تمام تلاشمو می‌کنم.');
    expect(applied('چند بار باید بگم؟')).toBe('بذارین یه بار دیگه توضیح بدم.');
  });
});

describe('person and number', () => {
  it('«نمی‌تونیم» becomes first person plural, «نمی‌تونم» singular', () => {
    expect(applied('تا هفته بعد نمی‌تونیم ارسال کنیم.')).toBe('هفته بعد می‌تونیم ارسال کنیم.');
    expect(applied('تا هفته بعد نمی‌تونم ارسال کنم.')).toBe('هفته بعد می‌تونم ارسال کنم.');
    expect(applied('نمی‌تونیم پول رو نقدی برگردونیم.')).toBe('در عوض می‌تونیم ___.');
  });

  it('keeps the ending the writer used for «you»', () => {
    expect(applied('شما نمی‌تونید اشتراک رو متوقف کنید.')).toBe('در عوض می‌تونید ___.');
    expect(applied('شما نمی‌تونین اشتراک رو متوقف کنین.')).toBe('در عوض می‌تونین ___.');
  });
});

describe('nothing added', () => {
  it('a refusal gets a blank to fill, not a promise to look for a way', () => {
    expect(applied('ما نمی‌توانیم کالا را اقساطی بفروشیم.')).toBe('در عوض می‌توانیم ___.');
    expect(applied('ما نمی‌تونیم پول رو برگردونیم.')).toBe('در عوض می‌تونیم ___.');
  });

  it('a refusal followed by the refused action, or blame with a «که» clause, gets advice (no dangling clause)', () => {
    for (const d of ['قادر نیستیم اطلاعات سفارش را برای شخص دیگری ارسال کنیم.', 'سیستم قبول نمی‌کنه کد رو.', 'تقصیر شماست که آدرس ناقص بود.']) {
      const s = first(d);
      expect(s.kind, d).toBe('advice');
      expect(applySuggestion(d, s)).toBe(d);
    }
  });

  it('«باید» about the agent’s own step or own past is no command', () => {
    for (const d of ['نمی‌دونم، باید از انبار استعلام کنم.', 'حق با شماست، باید زودتر خبر می‌دادیم.'])
      expect(suggestRewrites(d, builtinPacks).filter((s) => s.category === 'commands').map((s) => s.ruleId), d).toEqual([]);
  });
});

describe('seams and spelling', () => {
  it('no word doubled where the replacement meets the draft', () => {
    expect(applied('این مسئولیت ما نیست.')).toBe('این مورد با ___ است.');
    expect(applied('این دیگه دست من نیست.')).toBe('این مورد با ___ است.');
  });

  it('follows the writer’s ZWNJ habit and reads Arabic ي/ك', () => {
    expect(applied('تا هفته بعد نمیتونیم ارسال کنیم.')).toBe('هفته بعد میتونیم ارسال کنیم.');
    expect(first('نمي‌توانيم هزينه ارسال را برگردانيم.').ruleId).toBe('fa-refusal-cant');
  });
});

describe('looks negative, is not', () => {
  it('a condition, an idiom of joy, a past report, a feeling', () => {
    for (const d of ['اگه تا جمعه نرسید، یه بسته جدید براتون می‌فرستم.', 'نمی‌تونم بگم چقدر خوشحالم که مشکل حل شد!', 'پرداخت با این کارت انجام نشد؛ می‌تونید با کارت دیگه پرداخت کنید.', 'باید خیلی خوشحال باشید که بسته رسید!'])
      expect(suggestRewrites(d, builtinPacks).map((s) => s.ruleId), d).toEqual([]);
  });

  it('while the refusal in the same words is still flagged', () => {
    expect(first('تا جمعه نمی‌رسه.').ruleId).toBeTruthy();
    expect(first('نمی‌تونم بگم کی می‌رسه.').ruleId).toBeTruthy();
    expect(first('حرص نخورید.').ruleId).toBe('fa-calm-down-singular');
    expect(first('این کار از دست ما برنمیاد.').ruleId).toBe('fa-nothing-to-do');
  });
});
