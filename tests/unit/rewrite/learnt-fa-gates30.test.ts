// @vitest-environment node
/**
 * (ml30) The learnt Persian reader's open-condition gate (lib/rewrite/learnt/neg.fa.ts openCondition): a customer's
 * action told inside an open condition («اگه … خونده باشین، …») says what holds in that case and reproaches nothing; a
 * counterfactual past («اگه … خونده بودین، …») is the reproach and is not gated. Sentences are this test's own (other
 * trades and spellings than the evaluation sets and fa-guard's case); none is in the reader's training pool.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNegFaModel, openCondition, readNegFa } from '../../../lib/rewrite/learnt/neg.fa.ts';

const OPEN = [
  'اگه ایمیل رو خونده باشین، لینک توشه.',
  'اگه پیامک رو دریافت کرده باشید، کد داخلشه.',
  'اگر فرم را پر کرده باشید، ایمیل تأیید برایتان آمده است.',
  'اگه بسته رو تحویل گرفته باشی، رسیدش تو اپه.',
  'اگه قبض رو پرداخت کرده باشین، تا فردا وصل میشه.',
  'اگر رمز را عوض کرده باشید، با رمز جدید وارد شوید.',
  'اگه فاکتورو دیده باشین، مبلغ پایینش نوشته شده.',
  'چنانچه پیوست را مطالعه کرده باشید، جدول زمان‌بندی در صفحه دوم آمده است.',
  'اگه نوبتتونو لغو کرده باشین، پولش تا سه روز برمی‌گرده.',
  'اگر کارت را فعال کرده باشی، از امشب می‌توانی خرید کنی.',
];

describe('open-condition gate (ml30)', () => {
  beforeAll(() => loadNegFaModel());

  it.each(OPEN)('no learnt blame or passive-aggressive span in an open condition: %s', (s) => {
    expect(readNegFa(s).filter((h) => h.category === 'blame' || h.category === 'passive-aggressive')).toEqual([]);
  });

  const at = (s: string, w: string) => [s.indexOf(w), s.indexOf(w) + w.length] as const;
  it('reads an open condition with a perfect subjunctive, in either register and joiner', () => {
    for (const [s, w] of [
      ['اگه ایمیل رو خونده باشین، لینک توشه.', 'خونده باشین'],
      ['اگر ایمیل را خوانده باشید، پیوند در آن است.', 'خوانده باشید'],
      ['اگه ایمیلو خونده‌باشی لینک توشه', 'خونده‌باشی'],
    ] as const) expect(openCondition(s, ...at(s, w))).toBe(true);
  });

  it('does not gate a counterfactual past, a plain reproach or a condition without a subjunctive of بودن', () => {
    for (const [s, w] of [
      ['اگه ایمیل رو خونده بودین، الان این سوال رو نمی‌پرسیدین.', 'خونده بودین'],
      ['اگه جدول سایز رو یه نگاه می‌انداختید، سایز اشتباه سفارش نمی‌دادید.', 'یه نگاه می‌انداختید'],
      ['شما ایمیل رو نخوندین، لینک توشه.', 'نخوندین'],
      ['ایمیل رو خونده باشین، لینک توشه.', 'خونده باشین'],
      ['اگه دوباره اشتباه وارد کنید، حساب قفل میشه.', 'اشتباه وارد کنید'],
    ] as const) expect(openCondition(s, ...at(s, w))).toBe(false);
  });
});
