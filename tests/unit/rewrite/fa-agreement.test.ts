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
    // «تا … نمی‌توانم» keeps its refusal and its time (a rewrite to «از … می‌توانم» promised what the draft did not).
    expect(applied('متأسفانه من تا ماه آینده نمی‌توانم آن محصول را برای شما تهیه کنم.', 'cant-provide-until')).toBe('متأسفانه من تا ماه آینده نمی‌توانم آن محصول را برای شما تهیه کنم، اما می‌توانم ___.');
    expect(applied('تا شنبه نمی‌شود پیگیری کرد.')).toBe('تا شنبه نمی‌شود پیگیری کرد، اما می‌شود ___.');
    expect(applied('از تأخیر پیش آمده پوزش می‌طلبیم.')).toBe('از صبر شما سپاسگزاریم.');
    expect(applied('سعی‌ام را می‌کنم.')).toBe('تمام تلاشم را می‌کنم.');
  });

  it('a colloquial draft stays colloquial', () => {
    expect(applied('تا شنبه نمی‌شه پیگیری کرد.')).toBe('تا شنبه نمی‌شه پیگیری کرد، ولی می‌شه ___.');
    expect(applied('ببخشید ولی قانون شرکته.', 'fa-policy-is')).toBe('ببخشید ولی روال برای همه‌ی مشتری‌ها یکسانه.');
    expect(applied('آروم باش، الان بررسیش می‌کنم.')).toBe('درک می‌کنم چقدر ناراحت‌کننده‌ست، الان بررسیش می‌کنم.');
    // (wrongfa30) When the rest still waves the worry off, an empathy opener would keep the dismissal: advice, no change.
    expect(first('آروم باش، چیزی نشده.').kind).toBe('advice');
    expect(applied('نمی‌دونم چی شده.')).toBe('فعلاً خبر دقیقی نیست و ___ تا مشخص بشه چی شده.');
    expect(applied('تلاشم رو می‌کنم.')).toBe('تمام تلاشمو می‌کنم.');
    expect(applied('چند بار باید بگم؟')).toBe('بذارین یه بار دیگه توضیح بدم.');
  });
});

describe('person and number', () => {
  it('«نمی‌تونیم» becomes first person plural, «نمی‌تونم» singular', () => {
    expect(applied('تا هفته بعد نمی‌تونیم ارسال کنیم.')).toBe('تا هفته بعد نمی‌تونیم ارسال کنیم، ولی می‌تونیم ___.');
    expect(applied('تا هفته بعد نمی‌تونم ارسال کنم.')).toBe('تا هفته بعد نمی‌تونم ارسال کنم، ولی می‌تونم ___.');
    expect(applied('نمی‌تونیم پول رو نقدی برگردونیم.')).toBe('نمی‌تونیم پول رو نقدی برگردونیم، ولی می‌تونیم ___.');
  });

  it('keeps the ending the writer used for «you»', () => {
    expect(applied('شما نمی‌تونید اشتراک رو متوقف کنید.')).toBe('شما نمی‌تونید اشتراک رو متوقف کنید، ولی می‌تونید ___.');
    expect(applied('شما نمی‌تونین اشتراک رو متوقف کنین.')).toBe('شما نمی‌تونین اشتراک رو متوقف کنین، ولی می‌تونین ___.');
  });
});

describe('nothing added', () => {
  it('a refusal gets a blank to fill, not a promise to look for a way', () => {
    expect(applied('ما نمی‌توانیم کالا را اقساطی بفروشیم.')).toBe('ما نمی‌توانیم کالا را اقساطی بفروشیم، اما می‌توانیم ___.');
    expect(applied('ما نمی‌تونیم پول رو برگردونیم.')).toBe('ما نمی‌تونیم پول رو برگردونیم، ولی می‌تونیم ___.');
  });

  it('a refusal followed by the refused action keeps it before the blank; blame with a «که» clause gets advice (no dangling clause)', () => {
    // The template keeps the whole refusal, so the refused action never follows the blank.
    expect(applied('قادر نیستیم اطلاعات سفارش را برای شخص دیگری ارسال کنیم.')).toBe('قادر نیستیم اطلاعات سفارش را برای شخص دیگری ارسال کنیم، اما می‌توانیم ___.');
    for (const d of ['سیستم قبول نمی‌کنه کد رو.', 'تقصیر شماست که آدرس ناقص بود.']) {
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
    expect(applied('این مسئولیت ما نیست.')).toBe('این مسئولیت ما نیست، ولی ___.');
    expect(applied('این دیگه دست من نیست.')).toBe('این دیگه دست من نیست، ولی ___.');
    expect(applied('گارانتی طلایی برای این مدل نداریم دیگه.')).toBe('گارانتی طلایی برای این مدل نداریم دیگه، ولی ___ داریم.');
  });

  it('follows the writer’s ZWNJ habit and reads Arabic ي/ك', () => {
    expect(applied('تا هفته بعد نمیتونیم ارسال کنیم.')).toBe('تا هفته بعد نمیتونیم ارسال کنیم، ولی میتونیم ___.');
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
