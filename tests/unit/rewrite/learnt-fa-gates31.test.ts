// @vitest-environment node
/**
 * (ml31) The learnt Persian reader's reassurance gate (lib/rewrite/learnt/neg.fa.ts reassuresFa): a negation that
 * reassures is no negative phrasing, whatever category the reader names — «مشکلی نیست» / «اشکالی نداره», a harm nobody is
 * going to do («کسی قرار نیست … باطل کنه»), a no-reply notice («پاسخ این ایمیل خوانده نمی‌شود»). The leave-one-split-out
 * folds showed each on a new writer's neutral. Sentences are this test's own (other trades, both registers, with and
 * without ZWNJ); the contrasts keep their reading.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNegFaModel, readNegFa, reassuresFa } from '../../../lib/rewrite/learnt/neg.fa.ts';

/** [sentence, the words a span would cover] the gate takes. */
const REASSURES: Array<[string, string]> = [
  ['هیچ اشکالی نداره، هر وقت خواستین بیاین.', 'نداره'],
  ['اصلا ایرادی ندارد، نوبت بعدی را برایتان رزرو می‌کنیم.', 'ندارد'],
  ['مشکلی نیست، پیش میاد؛ کلاس جبرانی هفته بعده.', 'نیست'],
  ['مسئله‌ای نیست، فاکتور جدید رو فرستادم.', 'نیست'],
  ['مشکلی نداشت، ماشینتون آماده‌ست.', 'نداشت'],
  ['قرار نیست هزینه‌ای از کارتتون کسر بشه.', 'قرار نیست'],
  ['هیچ‌کس قرار نیست اشتراکتون رو قطع کنه.', 'قرار نیست'],
  ['نگران نباشید، قرار نیس جریمه دیرکرد بخورید.', 'قرار نیس'],
  ['کسی قرار نیست حسابتان را مسدود کند.', 'قرار نیست'],
  ['به این پیام جواب ندید، از اپ تیکت بزنید.', 'جواب ندید'],
  ['این آدرس ایمیل بررسی نمی‌شود.', 'بررسی نمی‌شود'],
  ['پاسخ این پیامک خونده نمیشه، لطفا با پشتیبانی تماس بگیرین.', 'خونده نمیشه'],
];

/** Look-alikes the gate leaves to the reader: a problem or fault put elsewhere, a refusal, a mailbox of the customer's. */
const STAYS: Array<[string, string]> = [
  ['مشکل از سیستم ما نیست، از بانک بپرسید.', 'نیست'],
  ['این مشکل ما نیست.', 'نیست'],
  ['قرار نیست پولتون رو برگردونیم.', 'قرار نیست'],
  ['قرار نیست دوباره براتون بفرستیم، یه بار فرستادیم.', 'قرار نیست'],
  ['ایمیل شما بررسی نمی‌شود چون مدارک ناقص است.', 'بررسی نمی‌شود'],
  ['این درخواست بررسی نمی‌شود.', 'بررسی نمی‌شود'],
  ['حساب شما قطع میشه اگه قسط رو ندید.', 'قطع میشه'],
];

const at = (s: string, w: string) => [s.indexOf(w), s.indexOf(w) + w.length] as const;

describe('reassurance gate (ml31)', () => {
  beforeAll(() => loadNegFaModel());

  it.each(REASSURES)('gates a reassuring negation: %s', (s, w) => {
    expect(reassuresFa(s, ...at(s, w))).toBe(true);
  });

  it.each(STAYS)('leaves a look-alike to the reader: %s', (s, w) => {
    expect(reassuresFa(s, ...at(s, w))).toBe(false);
  });

  it('no handing-on or time span inside a condition (the condition gate, ml31: not-my-dept and time-refusal too)', () => {
    for (const s of [
      'در صورتی که تا پایان هفته نمره‌ای در سامانه ثبت نشود، موضوع از طریق آموزش دانشکده پیگیری خواهد شد.',
      'اگه تا فردا بسته به دستتون نرسید، از طرف واحد پست پیگیری میشه.',
      'چنانچه تا آخر ماه کارت صادر نشود، از طریق شعبه برایتان ارسال می‌شود.',
    ])
      expect(readNegFa(s).filter((h) => h.category === 'not-my-dept' || h.category === 'time-refusal'), s).toEqual([]);
  });

  it('the shipped reader shows no span on the reassurances', () => {
    for (const [s] of REASSURES) expect(readNegFa(s), s).toEqual([]);
  });
});
