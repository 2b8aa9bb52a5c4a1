// @vitest-environment node
/**
 * fafix30: false alternatives of older Persian pack rules and readers (lib/rewrite/fix30.fa.ts), written as look-alikes of
 * my own (other trades, registers, spellings: no ZWNJ, Arabic ي/ك) with contrasts where the rule must still fire.
 * Each kind: `quiet` sentences where the named rule must not fire, `fires` contrasts that must stay flagged (by it or a
 * neighbour rule).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const rules = (t: string): string[] => suggestRewrites(t, builtinPacks, { generic: true, cache: false }).map((s) => s.ruleId ?? '');

export const FIX30: Record<string, { rule: string; quiet: string[]; fires: string[] }> = {
  // A policy that gives is no shield.
  'policy-gives': {
    rule: 'fa-company-policy',
    quiet: [
      'سیاست ما اینه که مشتری همیشه راضی باشه.',
      'سیاست فروشگاه این است که مرجوعی تا ۳۰ روز رایگان باشد.',
      'سياست شركت اينه كه ارسال براي مشتري‌هاي قديمي مجاني باشه.',
      'سیاست مجموعه بر این است که رضایت شما اول باشد.',
      'سیاست ما اینه که اگه کالا آسیب دیده باشه، پولتون کامل برمیگرده.',
      'سیاست ما اینه که تعویض سایز بدون هیچ هزینه‌ای باشه.',
    ],
    fires: [
      'سیاست ما اینه که بدون فاکتور تعویض نمی‌کنیم.',
      'سیاست شرکت این است که هزینه‌ی ارسال با مشتری است.',
      'سیاست فروشگاه اینه که فقط تا ۳ روز مرجوعی داریم، حتی اگه راضی نباشید.',
      'سیاست ما اینه که تخفیف فقط برای اعضای باشگاهه.',
      'سیاست ما اینه که هزینه‌ی تعویض با خریدار باشه، حتی برای تخفیفی‌ها.',
    ],
  },
  'rules-give': {
    rule: 'fa-per-company-rules',
    quiet: [
      'طبق قوانین شرکت، پول شما کامل برمی‌گرده، نگران نباشید.',
      'بر اساس مقررات فروشگاه، ارسال برای شما رایگان است.',
      'طبق سیاست ما، هزینه‌ی تعمیر کامل جبران میشه.',
      'مطابق قوانين شركت، حق با مشتريه و كالا رو عوض مي‌كنيم بدون هيچ هزينه‌اي.',
    ],
    fires: [
      'طبق قوانین شرکت، پول شما برنمی‌گرده.',
      'طبق قوانین شرکت، فقط نصف مبلغ برمی‌گرده.',
      'بر اساس مقررات فروشگاه، هزینه‌ی ارسال با خودتونه.',
      'طبق قوانین ما، ۲۰ درصد کسر میشه و بقیه کامل برمی‌گرده.',
    ],
  },
  // A polite request is not a warning order.
  'please-mind': {
    rule: 'fa-mind-that',
    quiet: [
      'لطفاً حواستون باشه که کد رو به کسی ندید.',
      'لطفا حواستون باشه که بسته شکستنیه.',
      'خواهشاً حواستان باشد که رمز را جایی یادداشت نکنید.',
      'لطفاً موقع نصب حواستون باشه که برق قطع باشه.',
    ],
    fires: [
      'حواستون باشه که دفعه بعد فاکتور رو گم نکنید.',
      'دفعه‌ی بعد حواستان باشد که فرم را کامل پر کنید.',
    ],
  },
  // An error word negated: the system no longer errs.
  'system-good-news': {
    rule: 'fa-system-refuses',
    quiet: [
      'سامانه دیگه خطا نمیده، می‌تونید دوباره امتحان کنید.',
      'سیستم دیگه ارور نمیده.',
      'خوشبختانه سایت دیگر خطا نمی‌دهد و پرداخت انجام می‌شود.',
      'اپ بعد از آپدیت دیگه هنگ نمی‌کنه.',
    ],
    fires: [
      'سامانه خطا میده و نمیشه ثبت کرد.',
      'سیستم اجازه نمیده سفارش رو لغو کنم.',
      'سیستم ثبت نمی‌کنه.',
    ],
  },
  // An empathetic «حیف شد» is not a misspelt «متأسفانه».
  'pity-empathy': {
    rule: 'fa-unfortunately-typo',
    quiet: [
      'حیف شد، می‌دونم چقدر منتظرش بودید.',
      'حیف شد که نتونستید تو مراسم باشید.',
      'واقعاً حیف شد!',
      'حیف شد، خیلی دلمون می‌خواست شما هم باشید.',
    ],
    fires: [
      'متاسفانع، سفارش شما ارسال شد.',
      'بدبختانه کد تخفیف امروز منقضی شد.',
    ],
  },
  // Praise after «معلومه که».
  'obvious-praise': {
    rule: 'fa-obviously',
    quiet: [
      'معلوم است که زحمت کشیده‌اید.',
      'معلومه که خیلی با سلیقه‌اید، این مدل پرفروش‌ترینه.',
      'مشخصه که با دقت عکس‌ها رو گرفتین، ممنونیم.',
      'واضح است که به ما اعتماد کرده‌اید و قدردانیم.',
    ],
    fires: [
      'معلومه که فرم رو اشتباه پر کردین.',
      'واضح است که شرایط را نخوانده‌اید.',
      'معلومه که دقت نکردین.',
    ],
  },
  // «اگه حواستون نبود»: a condition, not blame.
  'blame-condition': {
    rule: 'second-person-blame',
    quiet: [
      'اگه حواستون نبود، اشکالی نداره، دوباره براتون می‌فرستیم.',
      'اگر یه وقت حواستون نبود و رمز رو اشتباه زدید، با ما تماس بگیرید.',
      'چنانچه حواستان نبود و مهلت گذشت، باز هم کمکتان می‌کنیم.',
      'اگه یه وقت سفارش رو اشتباه ثبت کردین، بهمون پیام بدین.',
    ],
    fires: [
      'حواستون نبود و کد رو اشتباه زدید.',
      'شما حواستون نبود، ما که تقصیری نداریم.',
      'حواستان نبود و سفارش را دو بار ثبت کردید.',
    ],
  },
  // A past «باید … می‌آوردید»: blame about the past, no please.
  'past-must': {
    rule: 'fa-must-command',
    quiet: [
      'باید زودتر میاوردینش.',
      'باید رسید رو نگه می‌داشتید.',
      'باید قبلش یه زنگ می‌زدین.',
      'بايد زودتر مي‌فرستاديدش.',
    ],
    fires: [
      'باید رسید رو نگه دارید.',
      'باید فردا گوشی رو بیارید.',
      'باید فرم رو پر کنید، بعد می‌تونید وارد شید.',
    ],
  },
};

describe('fafix30: older Persian rules over look-alikes that give, ask, console or praise', () => {
  for (const [kind, { rule, quiet, fires }] of Object.entries(FIX30)) {
    for (const t of quiet) it(`${kind} quiet: ${t}`, () => expect(rules(t)).not.toContain(rule));
    for (const t of fires) it(`${kind} still flagged: ${t}`, () => expect(rules(t).length).toBeGreaterThan(0));
  }
  // blame about the past stays flagged (the should-have reader's advice), only the «لطفاً» goes
  for (const t of ['باید زودتر میاوردینش.', 'باید رسید رو نگه می‌داشتید.']) it(`past-must still flagged: ${t}`, () => expect(rules(t).length).toBeGreaterThan(0));
});
