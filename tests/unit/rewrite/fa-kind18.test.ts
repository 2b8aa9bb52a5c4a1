// @vitest-environment node
/**
 * Eighteenth session, Persian suggestion kind: a "told you already / it is obvious" lead that opens its sentence is deleted
 * (lib/rewrite/repeat-lead.fa18.ts) and an apology for a wait becomes thanks for the customer's patience
 * (lib/rewrite/apology-thanks.fa18.ts); an apology for any other trouble and the look-alikes stay advice. Families: scripts/fa-repeat-lead-matrix.ts,
 * scripts/fa-apology-thanks-matrix.ts.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const applied = (t: string, rule: RegExp) => {
  const s = suggestRewrites(t, builtinPacks, { generic: true }).find((x) => rule.test(x.ruleId));
  if (!s) return null;
  return s.kind === 'rewrite' ? t.slice(0, s.start) + s.replacements[0] + t.slice(s.end) : `advice: ${s.original}`;
};
const LEAD = /repeating-myself|fa-told-you-before|fa-already-explained|fa-explain-once-more|fa-obviously-lead/;

describe('Persian repeat / obvious lead deleted where it opens its sentence', () => {
  it.each([
    ['همان‌طور که پیش‌تر نیز اعلام شد، بازپرداخت وجه صرفاً به کارت ثبت‌شده انجام می‌شود.', 'بازپرداخت وجه صرفاً به کارت ثبت‌شده انجام می‌شود.'],
    ['برای بار سوم عرض می‌کنم که هزینه ارسال قابل استرداد نیست.', 'هزینه ارسال قابل استرداد نیست.'],
    ['مجدداً یادآوری می‌گردد بار مجاز پروازهای داخلی ۲۰ کیلوگرم است.', 'بار مجاز پروازهای داخلی ۲۰ کیلوگرم است.'],
    ['سلام، قبلا هم براتون توضیح دادم، خروجی اکسل فقط تو نسخه حرفه‌ای هست.', 'سلام، خروجی اکسل فقط تو نسخه حرفه‌ای هست.'],
    ['بدیهی است در صورت عدم پرداخت اقساط، جریمه دیرکرد اعمال خواهد شد.', 'در صورت عدم پرداخت اقساط، جریمه دیرکرد اعمال خواهد شد.'],
  ])('%s', (t, want) => expect(applied(t, LEAD)).toBe(want));
  it.each(['پول شما، همان‌طور که گفتم، تا سه روز کاری برمی‌گردد.', 'اگه پیامای قبلیو خونده باشین جوابش اونجا هست.', 'گفتم که، باید صبر کنید.', 'قبلاً گفتم که فردا پیگیری می‌کنم.'])('stays advice or unflagged: %s', (t) => {
    const a = applied(t, LEAD);
    expect(a === null || a.startsWith('advice: ')).toBe(true);
  });
});

describe('Persian apology for a wait becomes thanks; an apology for any other trouble stays advice (thirty-sixth session)', () => {
  it.each([
    ['سفارش شما ارسال شد. بابت معطلی پیش‌آمده عذرخواهی می‌کنیم.', 'سفارش شما ارسال شد. از صبر و شکیبایی شما سپاسگزاریم.'],
    ['پیک تو راهه. بابت تاخیر پیش اومده عذر میخوایم', 'پیک تو راهه. ممنون از صبر و همراهیتون'],
    ['با عرض پوزش از تأخیر ایجاد شده، نوبت جدید شما ثبت گردید.', 'با سپاس از صبر و شکیبایی شما، نوبت جدید شما ثبت گردید.'],
    ['برنامه پرواز تغییر یافت. پوزش ما را بابت تأخیر پیش‌آمده پذیرا باشید.', 'برنامه پرواز تغییر یافت. از صبر و شکیبایی شما سپاسگزاریم.'],
  ])('%s', (t, want) => expect(applied(t, /apology-reflex/)).toBe(want));
  // Thanks in place of an apology for a trouble the customer had, or for a wait that may come, drops what they were owed
  // or warned of (blind readers of development drafts judged it wrong): the advice stands, no text changes.
  it.each([
    'سفارش شما اصلاح شد. از بابت ناراحتی ایجادشده پوزش می‌طلبیم.',
    'پیک تو راهه. بابت مشکل پیش اومده عذر میخوایم',
    'با عرض پوزش از ناراحتی ایجاد شده، نوبت جدید شما ثبت گردید.',
    'برنامه پرواز تغییر یافت. پوزش ما را بابت هرگونه ناراحتی احتمالی پذیرا باشید.',
    'سفارش شما امروز ارسال شد. پوزش ما را بابت هرگونه تأخیر احتمالی پذیرا باشید.',
    'شارژ حساب شما انجام شد. بابت هرگونه ناراحتی ایجادشده پوزش می‌طلبیم.',
    'ببخشید بابت مشکل پیش اومده، کد جدید براتون فرستادم.',
  ])('stays advice: %s', (t) => {
    const all = suggestRewrites(t, builtinPacks, { generic: true });
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((s) => s.kind !== 'advice' && /پوزش|عذر|ببخشید/.test(s.original))).toEqual([]);
  });
  it('an apology for a mistake stays the agent’s own', () => {
    const a = applied('بابت خطای همکارمان در ثبت آدرس پوزش می‌طلبیم.', /apology-reflex/);
    expect(a === null || a.startsWith('advice: ')).toBe(true);
  });
});

describe('Persian customer named as the agent of a failure: the agent phrase goes (lib/rewrite/blame-agent.fa18.ts)', () => {
  const NPS = ['سرویس رومینگ', 'مدارک هویتی', 'فرم درخواست', 'کد ملی', 'پرداخت قسط'];
  const AGENTS = ['توسط شما', 'توسط جنابعالی', 'از سوی جنابعالی', 'از طرف شما', 'از سوی خودتان'];
  const PREDS = ['فعال نشده بود.', 'بارگذاری نشده است.', 'به‌درستی تکمیل نگردیده است.', 'اشتباه وارد شده است.', 'ناقص ارسال شده است.'];
  const family: [string, string][] = [];
  NPS.forEach((np, i) => AGENTS.forEach((ag, j) => { const pr = PREDS[(i + j) % PREDS.length]; family.push([`${np} ${ag} ${pr}`, `${np} ${pr}`]); }));
  it('every arrangement: the fact stays, the finger-pointing goes', () => {
    const wrong = family.filter(([t, want]) => { const a = applied(t, /second-person-blame/); return a !== null && a !== want; });
    expect(wrong).toEqual([]);
  });
  it.each(['این فرم باید توسط شما امضا شود.', 'سفارش توسط شما تأیید شد و فردا ارسال می‌شود.', 'لطفاً فرم توسط شما تکمیل و ارسال شود.'])('not a failure: %s', (t) => {
    const a = applied(t, /second-person-blame/);
    expect(a === null || a.startsWith('advice: ')).toBe(true);
  });
});
