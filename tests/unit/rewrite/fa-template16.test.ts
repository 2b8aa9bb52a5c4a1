// @vitest-environment node
/**
 * Persian refusal templates (lib/rewrite/template16.fa.ts, issue 12): a plain refusal keeps its words and gets the frame of
 * what the agent can do, in the agent's person and register; a sentence that already gives a way forward, says nothing can
 * be done, or is a condition or a question stays advice. A sample of scripts/fa-template-matrix.ts, whose whole run is
 * `npx tsx scripts/fa-template-matrix.ts`.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { FAMILIES, runTemplateMatrix } from '../../../scripts/fa-template-matrix.ts';

const found = (d: string) => suggestRewrites(d, builtinPacks, { cache: false });
const inserted = (d: string) => applyAll(d, found(d).filter((s) => s.kind === 'template'));
const kinds = (d: string) => found(d).map((s) => s.kind);

describe('a refusal keeps its words and gets the frame of what the agent can do', () => {
  it.each([
    // formal, impersonal and institutional: «می‌توانیم»
    ['رسیدگی به اعتراض شما در حیطه وظایف این واحد نمی‌باشد.', 'رسیدگی به اعتراض شما در حیطه وظایف این واحد نمی‌باشد، اما آنچه می‌توانیم انجام دهیم این است که ___.'],
    ['پس از انصراف از دوره، سامانه امکان ثبت‌نام مجدد را نمی‌دهد.', 'پس از انصراف از دوره، سامانه امکان ثبت‌نام مجدد را نمی‌دهد، اما آنچه می‌توانیم انجام دهیم این است که ___.'],
    ['در خصوص زمان واریز خسارت، اطلاعی در دست نیست.', 'در خصوص زمان واریز خسارت، اطلاعی در دست نیست، اما آنچه می‌توانیم انجام دهیم این است که ___.'],
    // formal, first person singular
    ['اینجانب از زمان دقیق رسیدگی به اعتراض شما اطلاعی ندارم.', 'اینجانب از زمان دقیق رسیدگی به اعتراض شما اطلاعی ندارم، اما آنچه می‌توانم انجام دهم این است که ___.'],
    ['سیستم اجازه نمی‌دهد سفارش شما را تغییر دهم.', 'سیستم اجازه نمی‌دهد سفارش شما را تغییر دهم، اما آنچه می‌توانم انجام دهم این است که ___.'],
    // colloquial: the person of the refused verb, «می» joined as the writer joins it
    ['سلام عزیزم این مانتو رو نمیتونیم پس بگیریم چون تگش کنده شده', 'سلام عزیزم این مانتو رو نمیتونیم پس بگیریم چون تگش کنده شده، ولی کاری که میتونیم بکنیم اینه که ___'],
    ['سیستم اجازه نمیده صندلیتون رو عوض کنم، پذیرش پرواز بسته شده', 'سیستم اجازه نمیده صندلیتون رو عوض کنم، پذیرش پرواز بسته شده، ولی کاری که میتونم بکنم اینه که ___'],
    ['کوک پیانو تا شنبه نمیشه، استاد رفته شهرستان', 'کوک پیانو تا شنبه نمیشه، استاد رفته شهرستان، ولی کاری که میشه کرد اینه که ___'],
    // Arabic yeh and kaf as the writer types them
    ['در مورد سقف پوشش هزينه هاي دندانپزشكي در قرارداد شما بنده اطلاعي ندارم.', 'در مورد سقف پوشش هزينه هاي دندانپزشكي در قرارداد شما بنده اطلاعي ندارم، اما آنچه مي‌توانم انجام دهم اين است كه ___.'],
  ])('%s', (d, want) => {
    expect(inserted(d)).toBe(want);
  });

  it('«متأسفانه» before the refusal is kept in the same template (one suggestion for the sentence)', () => {
    const d = 'متأسفانه استرداد وجه کارت هدیه انجام نمی‌شود.';
    expect(found(d).map((s) => s.kind)).toEqual(['template']);
    expect(inserted(d)).toBe('متأسفانه استرداد وجه کارت هدیه انجام نمی‌شود، اما آنچه می‌توانیم انجام دهیم این است که ___.');
  });

  it('a «ولی» already before the refusal: the frame is a sentence of its own', () => {
    expect(inserted('شرمنده ولی سفارشتون رو نمی‌تونم کنسل کنم')).toBe('شرمنده ولی سفارشتون رو نمی‌تونم کنسل کنم. کاری که می‌تونم بکنم اینه که ___');
  });

  it('an emoji closing a kept refusal goes after the frame', () => {
    expect(inserted('عزیزم قانون پیجمون اینه که بعد از ارسال مرجوعی نداریم 🙏')).toBe('عزیزم قانون پیجمون اینه که بعد از ارسال مرجوعی نداریم، ولی ___ داریم 🙏');
  });
});

describe('advice where a frame would read wrong', () => {
  it.each([
    // a way forward already in the sentence
    'راننده رو نمی تونم براتون عوض کنم چون سفر شروع شده، ولی شکایتتون ثبت شد.',
    'ببینید ما انتقال مالکیت سیمکارت دائمی رو آنلاین انجام نمی دیم، فقط تو دفاتر پیشخوان ثبت میشه.',
    'سیستم اجازه نمیده بیشتر از سقف روزانه کارت به کارت کنید، میتونید از پایا استفاده کنید',
    'سلام، گارانتی گوشی به واحد ما مربوط نمیشه، لطفا با شرکت گارانتی‌کننده که رو کارت نوشته تماس بگیرید',
    'والا نمیدونم چرا رستوران سفارشتون رو رد کرده، دارم از خودشون میپرسم',
    'موضوع درخواست شما خارج از حوزه اختیارات این اداره است و از طریق معاونت آموزشی دانشکده پیگیری می‌شود.',
    'مسافر گرامی، اصلاح نام خانوادگی پس از صدور بلیت امکان‌پذیر نمی‌باشد و لازم است بلیت جدیدی خریداری شود.',
    // nothing can be done
    'الان سیستم قفل کرده رو پرونده‌تون، دستم بسته‌ست.',
    'نمیتونم براتون کاری بکنم، بیمه شخص ثالث شامل این خسارت نمیشه',
    // a question, a condition, blame declined, the object after the verb
    'یعنی واقعاً نمیشه سفارش رو کنسل کرد؟',
    'اگه تا فردا سفارشتون کنسل نشد، خبرم کنین',
    'رمز رو خودتون عوض کرده بودین، تقصیر من نیست',
    'سیستم قبول نمی‌کنه کد رو.',
    // a reproach, not a refusal; a rule cited with no refusal after it («نوبت» only starts like a negation)
    'آروم باشید خانم، با داد زدن که بسته زودتر نمیرسه.',
    'مطابق ضوابط داخلی کلینیک، برای لغو نوبت‌هایی که کمتر از ۲۴ ساعت به زمان آن‌ها باقی مانده، ۵۰ درصد مبلغ پرداختی کسر می‌گردد.',
  ])('%s', (d) => {
    expect(kinds(d)).not.toContain('template');
  });

  it('a reassurance is no refusal: no template', () => {
    for (const d of ['نگران نباشید، هیچ هزینه‌ای از حسابتون کسر نمیشه.', 'تا پایان ماه اشتراکتون قطع نمیشه.', 'ما هرگز رمز شما رو درخواست نمی‌کنیم.']) expect(kinds(d), d).not.toContain('template');
  });
});

describe('the matrix (a sample)', () => {
  it('every family answers as wanted and no template reads wrong, in four spellings', () => {
    // One family per kind keeps the unit run short; the script runs them all.
    const sample = ['refusal: colloquial 1s', 'system: formal, agent 1s', 'not-my-dept: formal', 'look-alike: system + way forward', 'look-alike: not-knowing + action under way'];
    expect(FAMILIES.filter((f) => sample.includes(f.name))).toHaveLength(sample.length);
    const rows = sample.flatMap((fam) => runTemplateMatrix({ fam }).filter((r) => r.family === fam).filter((_, i) => i % 7 === 0));
    const bad = rows.filter((r) => (r.want === 'template' ? r.kind !== 'template' || r.wrong.length > 0 : r.kind === 'template'));
    expect(bad.map((r) => `${r.family}: ${r.kind} ${r.wrong.join(',')} :: ${r.text}`)).toEqual([]);
    expect(rows.length).toBeGreaterThan(100);
  }, 60_000);
});

describe('«متأسفانه» before a built-in keep-refusal template', () => {
  it('is kept inside the template, one suggestion for the sentence', () => {
    const d = 'با سلام و احترام، متأسفانه تمدید مهلت پرداخت قسط تسهیلات امکان‌پذیر نیست.';
    expect(found(d).map((s) => s.kind)).toEqual(['template']);
    expect(inserted(d)).toBe('با سلام و احترام، متأسفانه تمدید مهلت پرداخت قسط تسهیلات امکان‌پذیر نیست، اما ___.');
  });
});
