// @vitest-environment node
/**
 * The lead's Persian kinds of the thirty-seventh session (lib/rewrite/generic/kinds37.fa.ts), read by kind: look-alikes of
 * my own across trades, registers, Arabic ي/ك and dialects, with the close contrasts that must stay quiet (wishes for the
 * customer, vague soon, a blessing on done news or on a firm promise, earnest thanks).
 */
import { describe, expect, it } from 'vitest';
import { flagged29w as flagged } from '../../../scripts/fa-wrong29-matrix.ts';
import { readConstructionsFa } from '../../../lib/rewrite/generic/constructions.fa.ts';
import { readFinglish37 } from '../../../lib/rewrite/generic/kinds37.fa.ts';
import { flagKindTests } from './helpers.ts';

const KINDS37: Record<string, { flagged: string[]; quiet: string[] }> = {
  // Hope or God willing, then the service's own step put on a time: the date is left to hope.
  'hope-by-a-time': {
    flagged: [
      'امیدوارم کولر تا پنجشنبه نصب بشه.',
      'امیدواریم مدارک شما ظرف دو روز کاری بررسی گردد.',
      'ان‌شاءالله کارشناس بیمه فردا صبح تماس خواهد گرفت.',
      'ایشالا پس‌فردا لوله‌کش میاد خونه‌تون.',
      'داداش ایشالا تا شب بارت تخلیه میشه.',
      'اميدوارم تا آخر هفته كارت بانكي شما صادر شود.',
      'امیدوارم بسته تا جمعه برسه دستتون.',
      'بلکم تا ظهر راننده برسه، پیگیرشم.',
    ],
    quiet: [
      'امیدوارم از خریدتون لذت ببرید.',
      'امیدوارم هرچه زودتر حالتون خوب بشه.',
      'ایشالا سالم برسه دستتون.',
      'امیدوارم این توضیحات کافی باشد.',
      'امیدوارم مشکل تا الان حل شده باشه.',
      'فردا صبح می‌فرستیم، ان‌شاءالله تا ظهر دستتون باشه.',
      'امیدوارم به زودی این بحران تموم بشه.',
      'سفارش شما ثبت شد و ان‌شاءالله فردا ارسال می‌شود.',
      'اگه رسید رو بفرستید، امیدوارم تا فردا پولتون برگرده.',
      'امیدوارم تا فردا پاسخ ما رو دریافت کنید؟',
    ],
  },
  // Thanks for the customer's act done weeks late, or for the same question again: a reproach; earnest thanks stay quiet.
  'thanks-late-or-again': {
    flagged: [
      'ممنون که بعد از دو ماه رسید پرداخت رو فرستادید.',
      'خیلی ممنون از اینکه پس از سه هفته فرم را امضا کردید.',
      'مرسی که باز هم همون سوال رو پرسیدی 🙃 جوابش تو سایته.',
      'mersi ke baz ham hamun soal ro porsidin, javab too site hast',
      'mamnoon ke bad az 2 hafte madarek ro ferestadid',
    ],
    quiet: [
      'ممنون که بعد از سه هفته هنوز با ما همراه هستید.',
      'ممنون که دو هفته صبر کردید، سفارش امروز رسید.',
      'خیلی ممنون که باز هم ما رو انتخاب کردید.',
      'مرسی که دوباره از ما خرید کردید 🌸',
      'ممنون از اینکه پس از دو هفته دوباره تماس گرفتید و اطلاع دادید.',
      'mersi ke dobare az ma kharid kardin',
    ],
  },
};

describe('Persian kinds 37: look-alikes flagged, contrasts quiet', () => {
  flagKindTests(KINDS37, flagged);
});

describe('Persian kinds 37: what the readers say', () => {
  it('reads the hope as hedged effort over the hope word alone', () => {
    const t = 'امیدوارم کولر تا پنجشنبه نصب بشه.';
    const hit = readConstructionsFa(t).find((h) => h.construction === 'hedged-effort');
    expect(hit && t.slice(hit.start, hit.end)).toBe('امیدوارم');
  });
  it('reads late thanks as sarcasm up to the customer\u2019s verb', () => {
    const t = 'ممنون که بعد از دو ماه رسید پرداخت رو فرستادید.';
    const hit = readConstructionsFa(t).find((h) => h.construction === 'sarcasm');
    expect(hit && t.slice(hit.start, hit.end)).toBe('ممنون که بعد از دو ماه رسید پرداخت رو فرستادید');
  });
  it('reads the Finglish turn, and nothing in Persian script', () => {
    expect(readFinglish37('mersi ke baz ham hamun soal ro porsidin').map((h) => h.construction)).toEqual(['sarcasm']);
    expect(readFinglish37('مرسی که باز هم همون سوال رو پرسیدی')).toEqual([]);
  });
});
