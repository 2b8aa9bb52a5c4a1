// @vitest-environment node
/**
 * jargon37 (lib/rewrite/jargon37.ts): a lone internal status label in a Persian sentence with no other jargon, read by its
 * frame «(در / تو / با) وضعیت X (قرار دارد / است / مونده / ثبت شده …)» when X holds a word customers do not write, a Latin
 * word or a number. Positives are my own look-alikes in trades no development item uses (a print shop, a gym locker,
 * a car wash, a dental lab, a bike shop, a settlement office; formal and colloquial Persian, Arabic yeh and kaf, ZWNJ, a quoted
 * label). Contrasts: plain statuses customers read in every app, the word «وضعیت» outside the frame, a label the draft
 * explains, quoted mail the draft does not own.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { internalLabel, LONE_TERM_RULE, statusLabels } from '../../../lib/rewrite/jargon37.ts';
import { expectMarkedJargon, jargonFlags } from './helpers.ts';

/** `[[…]]` marks the term that must be under a jargon flag and read by this pass. */
const POSITIVES: readonly string[] = [
  'سفارش چاپ شما در وضعیت [[پری‌پرس]] قرار دارد.',
  'کمد شما تو وضعیت [[لاک‌اوت]] مونده، فردا باز میشه.',
  'دوچرخه‌تون تو وضعیت [[ری‌استاک]] مونده.',
  'نوبت کارواش شما با وضعیت [[کد ۲۱۲]] ثبت شده است.',
  'روکش شما در وضعیت «[[اسکن در لابراتوار]]» قرار دارد.',
  'قالب دندان شما در وضعیت [[اسکن ثانویه]] ثبت شده است.',
  'درخواست شما در وضعيت [[کوارانتین]] قرار دارد.',
  'پرونده حضرتعالی در وضعیت «[[تسویه فاز B]]» می‌باشد.',
  // A status by its number, a form or stage by a Persian letter and a number, anywhere.
  'تیکتتون رفته [[وضعیت ۴۲]]، فردا خبر میدیم.',
  'لطفاً [[فرم ب-۷]] رو امضا کنید و برگردونید.',
  'پرونده‌تون تو [[مرحله ج۳]] هست.',
];

/** No advice from this pass. */
const CONTRASTS: readonly string[] = [
  'پرونده شما در وضعیت بررسی قرار دارد.',
  'سفارش شما در وضعیت ارسال قرار گرفت و فردا می‌رسد.',
  'همه سرویس‌ها در وضعیت عادی قرار دارند.',
  'درخواست شما در وضعیت «در انتظار تأیید» قرار دارد.',
  'پرونده در وضعیت نقص مدرک قرار گرفت؛ لطفاً مدارک را کامل کنید.',
  'شما می‌توانید وضعیت سفارش را در اپلیکیشن ببینید.',
  'با وضعیت فعلی بازار امکان تخفیف بیشتر نیست.',
  'از وضعیت پرونده شما اطلاعی ندارم، پیگیری می‌کنم.',
  'ماشین شما در وضعیت خوبی قرار دارد.',
  'پرونده شما در وضعیت کوارانتین (یعنی موقتاً متوقف) قرار دارد.',
  'فرم ثبت‌نام رو پر کنید و وضعیت ۳ روز بعد مشخص میشه.',
  'کد ۵۰ درصدی رو وارد کنید.',
  'سطح ۲ کلاس زبان از شنبه شروع میشه.',
  'آپارتمان در بلوک ب۲ طبقه سوم است.',
];

describe('jargon37: a lone internal status label in its frame is flagged', () => {
  for (const marked of POSITIVES) {
    // Each is read by this pass's reader itself (in the engine another reader may take a term first).
    it(marked, () => expectMarkedJargon(marked, (text) => statusLabels(text).map(([start, end]) => ({ start, end }))));
  }
});

describe('jargon37: plain statuses, «وضعیت» outside the frame, explained labels stay quiet (this pass)', () => {
  for (const text of CONTRASTS) it(text, () => expect(jargonFlags(text).filter((h) => h.ruleId === LONE_TERM_RULE).map((h) => h.original)).toEqual([]));
  it('quoted mail the draft does not own', () => {
    const text = 'ممنون از پیامتون.\n\nشما نوشته بودید: «سفارشم در وضعیت هولد قرار دارد و کسی جواب نمی‌دهد.»';
    expect(jargonFlags(text).filter((h) => h.ruleId === LONE_TERM_RULE)).toEqual([]);
  });
});

describe('jargon37: helpers', () => {
  it('internalLabel reads rare words, Latin words and numbers, not plain statuses', () => {
    expect(['هولد', 'RTS', 'کد ۴۰۷', 'دریافت در مبادله'].map(internalLabel)).toEqual([true, true, true, true]);
    expect(['انتظار', 'عادی', 'بررسی کارشناسی', 'تعلیق', 'پیش نویس'].map(internalLabel)).toEqual([false, false, false, false, false]);
  });
  it('statusLabels needs the verb of the state after the label', () => {
    const t = 'سفارش در وضعیت هولد قرار دارد';
    expect(statusLabels(t).map(([a, b]) => t.slice(a, b))).toEqual(['هولد']);
    expect(statusLabels('وضعیت هولد رو ببینید')).toEqual([]);
  });
  it('the advice is silenced with internal-jargon, and is advice only', () => {
    const text = 'سفارش چاپ شما در وضعیت پری‌پرس قرار دارد.';
    const silenced = new Set(['tactful-generic/internal-jargon']);
    expect(suggestRewrites(text, builtinPacks, { generic: true, silenced }).filter((s) => s.ruleId === LONE_TERM_RULE)).toEqual([]);
    for (const h of jargonFlags(text)) expect(h.replacements).toEqual([]);
  });
});
