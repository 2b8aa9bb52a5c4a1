// @vitest-environment node
/**
 * rwfa33b (lib/rewrite/generic/kinds33b.fa.ts): the Persian recall kinds pooled from late28 … late32 and train31 that
 * recur in three splits or more, as look-alikes of my own (other trades, both registers, Arabic ي/ك, no ZWNJ, dialect
 * spellings) and close contrasts that must stay quiet. None of these sentences is a fixture's.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../../../lib/text/signature.ts';

const suggestions = (t: string) => {
  const exclude = draftNotOwnRanges(t);
  return suggestRewrites(t, builtinPacks, exclude.length ? { exclude, cache: false } : { cache: false });
};
/** The words flagged, for a failing row's message. */
const shown = (t: string): string[] => suggestions(t).map((s) => `${s.ruleId}:${t.slice(s.flagged.start, s.flagged.end)}`);

const KINDS: Record<string, { rule: string; flagged: string[]; quiet: string[] }> = {
  // "No problem" opening the sentence, then a fault of the service in the third person.
  'no-problem-our-fault': {
    rule: 'minimising',
    flagged: [
      'مشکلی نیست، قطار فقط نیم ساعت تأخیر داره.',
      'اشکالی نداره عزیزم، لباس یه کم خش داشت، عوضش می‌کنیم.',
      'مشکلي نيست؛ قطعه‌هاي معيوب هفته بعد تعويض مي‌شود.',
      'عیبی نداره که، پیتزا ده دقیقه دیر رسید ولی گرم بود.',
      'داداش مشکلی نیست، بسته فقط یه روز دیرتر میرسه.',
    ],
    quiet: [
      'مشکلی نیست که دیر پیام دادید، ثبت‌نام هنوز بازه.',
      'اصلاً اشکالی نداره که دیر جواب دادید.',
      'مشکلی نیست اگه چند دقیقه دیر برسید، میز رو نگه می‌داریم.',
      'خواهش می‌کنم، مشکلی نیست؛ خوشحالم که گوشی درست شد.',
      'مشکلی نیست، آدرس رو براتون عوض کردم.',
      'نه بابا مشکلی نیست، خطتون سالمه فقط آنتن اون منطقه ضعیفه.',
      'مشکلی نیست عزیزم، پیش میاد؛ هزینه لغو هم ازت کم نشد.',
      'اشکالی نداره، قطعه معیوب رو براتون عوض می‌کنیم.',
    ],
  },
  // A hope where a delivery date should be (formal arrival with a time), or a third party's ability hoped for.
  'hope-third-party': {
    rule: 'hedged-effort',
    flagged: [
      'امیدوارم که مبل‌ها تا پنجشنبه به انبار برسند.',
      'امیدواریم قطعه فردا از تهران برسد.',
      'امیدوارم تامین‌کننده بتواند تا آخر ماه سفارش را تکمیل کند.',
      'امیدوارم تعمیرکار بتونه فردا بیاد پکیجو درست کنه.',
      'اميدوارم کالا تا آخر هفته به دستتان برسد.',
    ],
    quiet: [
      'امیدوارم بسته سالم به دستتان برسد.',
      'امیدوارم از خریدتون راضی باشید.',
      'امیدوارم این راهنما مفید باشد.',
      'امیدوارم پسرتان بتواند در آزمون قبول شود.',
      'امیدوارم سفر خوبی داشته باشید.',
      'اگر امیدوارید تا فردا برسد، سفارش فوری ثبت کنید.',
    ],
  },
  // The customer's act done late or wrong, as the cause.
  'late-or-wrong-you': {
    rule: 'second-person-blame',
    flagged: [
      'جریمه خورد چون قبض رو دیر پرداخت کردید.',
      'خودت فرم تمدید رو دیر فرستادی، مهلت تموم شد.',
      'شما شماره کارت را اشتباهی وارد فرمودید و وجه برگشت خورد.',
      'بليط باطل شد چون ساعت حرکت را دير اعلام کرديد.',
    ],
    quiet: [
      'ببخشید، چون دیر جواب دادیم سفارشتون یه روز عقب افتاد.',
      'مشکلی نیست که دیر پیام دادید، ثبت‌نام هنوز بازه.',
      'اگر شماره را اشتباه وارد کردید، دوباره امتحان کنید.',
      'شما زود اقدام کردید و سفارش همان روز ارسال شد.',
      'چون زود ثبت‌نام کردید، تخفیف گرفتید.',
    ],
  },
};

describe('rwfa33b: Persian recall kinds that recur across fresh writers, look-alikes and contrasts', () => {
  for (const [kind, { rule, flagged, quiet }] of Object.entries(KINDS)) {
    // Flagged by this kind's reader, or already by the pack over the same words (the pack's rule then stands).
    for (const t of flagged) it(`${kind} flags: ${t}`, () => expect(shown(t).length > 0, `${rule}: ${shown(t).join(' | ')}`).toBe(true));
    for (const t of quiet) it(`${kind} leaves: ${t}`, () => expect(shown(t)).toEqual([]));
  }
});
