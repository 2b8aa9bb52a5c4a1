// @vitest-environment node
/**
 * (mlfa35) The learnt Persian reader's runs read on to their negated light verb (neg.fa.ts LIGHT_VERB, lightVerbAfter):
 * a compound verb's noun scored high and its light verb low («مسترد | نمی‌گردد») made a lone-noun run the span gate
 * dropped. Look-alikes of my own in other trades and registers (colloquial, formal, dialect), and the contrasts that
 * must not be read on: punctuation or a clause between, no negation, a verb too far, «نگه» of «نگه داشتن», a thing
 * with no equal («حرف نداره»). Then neutral sentences of the same shape (and of comma pieces), through the engine
 * with the shipped reader,
 * and the reassurance gate's new kinds (reassuresFa: a need spared, no harm, a courtesy) with their contrasts.
 * learnt-* test files are left out of the readers' training pool.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { wordIndices } from '../../../lib/rewrite/learnt/model.ts';
import { LIGHT_VERB, lightVerbAfter, loadNegFaModel, PIECES, readNegFa, REASSURE_MORE, reassuresFa } from '../../../lib/rewrite/learnt/neg.fa.ts';

/** The word lightVerbAfter reads the run `run` (the words of `text` up to and including its first occurrence) on to, or null. */
function readsOnTo(text: string, run: string): string | null {
  const tokens = analyzeSentenceTokens(text);
  const words = wordIndices(tokens);
  const at = text.indexOf(run);
  if (at < 0) throw new Error(`«${run}» not in «${text}»`);
  const e = words.findIndex((i) => tokens[i].start >= at + run.length);
  const j = lightVerbAfter(text, tokens, words, e < 0 ? words.length : e);
  return j < 0 ? null : tokens[words[j]].text;
}

describe('a lone-noun run reads on to its negated light verb (mlfa35)', () => {
  it('reads on over at most two words to the negated verb of its clause, in every register', () => {
    expect(LIGHT_VERB.on).toBe(true);
    expect(readsOnTo('باشگاه اجازه ورود مهمان نمیده.', 'اجازه')).toBe('نمیده');
    expect(readsOnTo('بیعانه در صورت انصراف مسترد نمی‌گردد.', 'مسترد')).toBe('نمی‌گردد');
    expect(readsOnTo('این بیمه هزینه دندون رو پوشش نمیده.', 'پوشش')).toBe('نمیده');
    expect(readsOnTo('هزینه ارسال قابل برگشت نیست.', 'قابل')).toBe('نیست');
    expect(readsOnTo('درخواست شما در این مرحله قابل پیگیری نمی‌باشد.', 'قابل')).toBe('نمی‌باشد');
    expect(readsOnTo('ایمپلنت رو بیمه‌ی شوما پوشش نِمِده جان.', 'پوشش')).toBe('نِمِده');
    expect(readsOnTo('كارمزد انتقال قابل استرداد نيست.', 'قابل')).toBe('نيست');
    expect(readsOnTo('آژانس ما تور کیش برگزار نمیکنه', 'تور')).toBe('نمیکنه');
  });
  it('does not read on over punctuation, into another clause, to an affirmative verb, or past its reach', () => {
    expect(readsOnTo('قیمت نهایی، نمی‌دونم.', 'قیمت نهایی')).toBeNull();
    expect(readsOnTo('بیعانه در صورت انصراف مسترد می‌گردد.', 'مسترد')).toBeNull();
    expect(readsOnTo('مبلغ به حساب شما واریز شد و نیازی به پیگیری نیست.', 'مبلغ')).toBeNull();
    expect(readsOnTo('قانون شرکت برای مشتریان حضوری و اینترنتی فرقی نمی‌کند.', 'قانون')).toBeNull();
    expect(readsOnTo('سفارش شما ثبت شد؛ ارسال نمی‌شه تا فردا.', 'سفارش شما ثبت')).toBeNull();
  });
  it('does not take «نگه» of «نگه داشتن» for a negated verb, nor read on to a thing with no equal', () => {
    expect(readsOnTo('دکمه پاور رو ده ثانیه نگه دار.', 'ثانیه')).toBeNull();
    expect(readsOnTo('گوشی رو روی شارژ نگه دارید.', 'گوشی')).toBeNull();
    expect(readsOnTo('مشکیشو ببین، حرف نداره.', 'مشکیشو ببین، حرف')).toBeNull();
    expect(readsOnTo('کیفیت چاپ ما نظیر ندارد.', 'کیفیت چاپ ما')).toBeNull();
    expect(readsOnTo('این مبل لنگه نداره.', 'مبل')).toBeNull();
    expect(readsOnTo('پکیج ما چیزی کم نداره.', 'پکیج ما چیزی')).toBeNull();
  });
});

describe('neutral sentences of the same shape stay unread through the engine (mlfa35)', () => {
  beforeAll(async () => {
    await loadNegFaModel();
  });
  const neutrals = [
    'هیچ هزینه‌ای از حساب شما کسر نمی‌شود.',
    'این گوشی واقعا حرف نداره، مطمئن باشید راضی می‌شید.',
    'کیفیت چاپ ما نظیر ندارد.',
    'نگران نباشید، بیمه‌نامه شما باطل نمی‌شود.',
    'بسته شما امروز ارسال شد و نیازی به مراجعه حضوری نیست.',
    'دکمه پاور رو ده ثانیه نگه دارید تا دستگاه ریست بشه.',
    'کارت شما مسدود نیست و می‌تونید خرید کنید.',
    'مبلغ اقساط تغییری نکرده است.',
    'برای تمدید اشتراک نیازی به پرداخت مجدد نیست.',
    'از این بابت هیچ جریمه‌ای اعمال نمی‌شود.',
    'رنگ این مبل با نور خونه شما عالی میشه، لنگه نداره.',
    'سرویس ما قطعی نداشته و سایت شما بالاست.',
    'بار شما آسیبی ندیده و سالم تحویل انباره.',
    'تخفیف شما تا آخر ماه منقضی نمی‌شه.',
    'نوبت شما لغو نشده، فقط ساعتش یه ربع جابجا شده.',
    'آقا جون خیالت راحت، موتور ماشین ایرادی نداره.',
    'داروی شما عوارض خاصی نداره.',
    'پرواز شما تاخیری نداره و سر ساعت می‌پره.',
    'این پکیج هزینه اضافه نداره.',
    'بیعانه شما مسترد می‌گردد.',
    // Sentences of comma pieces (what PIECES, off, would read each piece of).
    'نگران نباشید، مبلغ کسر شده تا فردا به حسابتون برمی‌گرده.',
    'ضرورتی به حضور شما در دفتر نیست، کارت با پست میاد.',
    'خواهش می‌کنم، قابل شما رو نداره.',
    'این شامپو سولفات نداره، برای موی رنگ‌شده هم مشکلی ایجاد نمیکنه.',
    'سلام، وقت بخیر، سفارشتون ارسال شد، کد رهگیری براتون پیامک میشه.',
    'شرمنده‌ام، بسته‌تون امروز نرسید، فردا صبح اول وقت میاد.',
    'عزیزم، اشکالی نداره، دوباره امتحان کنید.',
  ];
  it.each(neutrals)('%s', (text) => {
    const learnt = suggestRewrites(text, builtinPacks, { learnt: true, cache: false }).filter((s) => s.ruleId.startsWith('learnt-'));
    expect(learnt.map((s) => s.original)).toEqual([]);
  });
  it('PIECES (off) reads a reflex apology before good news in its own comma piece (a fixed sample of the shipped weights)', () => {
    expect(PIECES.on).toBe(false);
    const text = 'بسیار بسیار معذرت می‌خواهم، رسید پرداخت را برایتان فرستادم.';
    const read = () => suggestRewrites(text, builtinPacks, { learnt: true, cache: false }).filter((s) => s.ruleId.startsWith('learnt-')).map((s) => s.original);
    // (The lead's retrain after the merges, train35 … train35d in: the whole sentence's reading takes the apology too, so
    // the switch no longer changes this sample; the piece reading still does.)
    expect(read()).toEqual(['بسیار بسیار معذرت می‌خواهم']);
    PIECES.on = true;
    try {
      expect(read()).toEqual(['بسیار بسیار معذرت می‌خواهم']);
    } finally {
      PIECES.on = false;
    }
  });
  it('every span the reader returns holds phrasing (a verb, a negation, or two content words)', () => {
    for (const text of [...neutrals, 'باشگاه اجازه ورود مهمان نمیده.', 'بیعانه در صورت انصراف مسترد نمی‌گردد.', 'یخچال رو که از کارتن درآوردین دیگه قانون فروشگاه اجازه مرجوعی نمیده عزیزم']) {
      for (const h of readNegFa(text)) {
        const span = analyzeSentenceTokens(text).filter((t) => t.word && t.start >= h.start && t.end <= h.end);
        expect(span.some((t) => t.neg || t.fa || t.pos === 'VERB' || t.pos === 'ADV') || span.length >= 2, `«${text.slice(h.start, h.end)}»`).toBe(true);
      }
    }
  });
});

/** Whether reassuresFa gates a span over the last occurrence of `words` in `text`. */
function reassures(text: string, words: string): boolean {
  const at = text.lastIndexOf(words);
  if (at < 0) throw new Error(`«${words}» not in «${text}»`);
  return reassuresFa(text, at, at + words.length);
}

describe('more reassurance the reader reads alone: a need spared, no harm, a courtesy (mlfa35)', () => {
  it('gates a span inside a need spared, in every register and trade', () => {
    expect(REASSURE_MORE.on).toBe(true);
    expect(reassures('ضرورتی به حضور جنابعالی در شعبه نیست؛ کارت به نشانی شما پست می‌شود.', 'نیست')).toBe(true);
    expect(reassures('برای تمدید بیمه‌نامه نیازی به فرم جدید نیس عزیزم', 'نیس')).toBe(true);
    expect(reassures('لزومی به ارسال مجدد مدارک ندارد.', 'ندارد')).toBe(true);
    expect(reassures('احتیاجی به شارژ مجدد کیف پول نداره', 'نداره')).toBe(true);
  });
  it('gates no harm done and the courtesy «قابل شما رو نداره»', () => {
    expect(reassures('این شامپو برای موی رنگ‌شده هم مشکلی ایجاد نمیکنه', 'مشکلی ایجاد نمیکنه')).toBe(true);
    expect(reassures('آپدیت جدید به اطلاعات گوشی آسیبی وارد نمی‌کند.', 'آسیبی وارد نمی‌کند')).toBe(true);
    expect(reassures('این روغن برای موتور ضرری نداره', 'ضرری نداره')).toBe(true);
    expect(reassures('اسپری به رنگ بدنه آسیبی نمی‌زنه', 'آسیبی نمی‌زنه')).toBe(true);
    expect(reassures('خواهش می‌کنم، قابل شما رو نداره', 'نداره')).toBe(true);
    expect(reassures('اختیار دارید، قابل جنابعالی را ندارد.', 'ندارد')).toBe(true);
  });
  it('keeps a harm named, a refusal beside a need spared, and the agent declining', () => {
    expect(reassures('این کرم برای پوست حساس مشکل ایجاد می‌کنه', 'مشکل ایجاد می‌کنه')).toBe(false);
    expect(reassures('نیازی به مراجعه نیست ولی بلیت قابل استرداد نیست', 'قابل استرداد نیست')).toBe(false);
    expect(reassures('متاسفانه این کالا قابل مرجوع نیست', 'قابل مرجوع نیست')).toBe(false);
    expect(reassures('ما نیازی به نیروی جدید نداریم', 'نداریم')).toBe(false);
    expect(reassures('این قطعه به درد شما نمی‌خوره و ضررش بیشتره', 'نمی‌خوره')).toBe(false);
  });
});
