/**
 * Persian variant matrix (issue 12, rwfa8): each family of negative phrasing written as its **parts** (the apology word, the
 * preposition, the trouble noun, the verb in formal and colloquial persons, …), every combination generated as a sentence
 * inside a plain clause, and a **neutral matrix** per category (the same words where a trainer would not flag them).
 * New writers combine the same parts differently; a family covered only for the combinations someone once wrote shows here
 * as a hole.
 *
 *   npx tsx scripts/fa-matrix.ts              coverage per category and family: flagged / total, neutral flags
 *   npx tsx scripts/fa-matrix.ts --misses     also list the sentences missed and the neutrals flagged (up to 12 per family)
 *   npx tsx scripts/fa-matrix.ts --ortho=all  every combination in all four spellings (else the spelling rotates by index)
 *   npx tsx scripts/fa-matrix.ts --cat=apology-reflex   one category
 *
 * Spellings: ZWNJ as written, ZWNJ dropped («میخواهیم»), ZWNJ as a space («می خواهیم»), Arabic ي/ك. The clause around the
 * phrase rotates too. Decisions on neutrals (tests/fixtures/rewrite-eval/README.md and the Persian splits' convention): an
 * apology for a delay or a trouble is a reflex even with a fix after it (fa.dev, fa-W126, fa-D101); an expression of regret
 * for what the customer went through with «متأسفم/متأسفیم که …» and a completed fix is not (fa-N086, fa-S087), nor one
 * apology for a named mistake of one's own (fa-V186); the trouble nouns after بابت/به خاطر in a compensation, a
 * reassuring negation («نگران نباشید، هیچ هزینه‌ای کسر نمی‌شه»), «نیازی به … نیست», durations («تا ۳ روز کاری») and a
 * question are never flagged.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { parseMarked } from '../tests/bench/rewrite-quality.ts';

export interface MatrixItem {
  category: string;
  family: string;
  label: 'negative' | 'neutral';
  /** With [[ ]] around the negative words (negatives). */
  marked: string;
}

export type Slots = Record<string, readonly string[]>;

/** Every combination of the slots in `{name}` placeholders of `pattern`. */
export function expand(pattern: string, slots: Slots): string[] {
  const names = [...pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n, i, a) => a.indexOf(n) === i);
  let out = [pattern];
  for (const n of names) {
    const vals = slots[n];
    if (!vals) throw new Error(`no slot ${n}`);
    // A slot named with a leading underscore rotates by index instead of multiplying (the plain clause around the phrase).
    if (n.startsWith('_')) out = out.map((p, i) => p.split(`{${n}}`).join(vals[i % vals.length]));
    else out = out.flatMap((p) => vals.map((v) => p.split(`{${n}}`).join(v)));
  }
  // Tidy doubled spaces from empty parts and a space before punctuation.
  return out.map((s) => s.replace(/ {2,}/g, ' ').replace(/ (?=[،.؛!؟\]])/g, '').replace(/\[\[ /g, '[[').replace(/ \]\]/g, ']]').trim());
}

const ZWNJ = '\u200c';
/** The four spellings: as written, no ZWNJ, ZWNJ as a space, Arabic yeh/kaf. */
export const SPELLINGS: ReadonlyArray<(s: string) => string> = [
  (s) => s,
  (s) => s.split(ZWNJ).join(''),
  (s) => s.split(ZWNJ).join(' '),
  (s) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك'),
];

// Shared parts.
const TROUBLE = ['تأخیر', 'تاخیر', 'مشکل', 'ناراحتی', 'سوءتفاهم', 'اختلال', 'معطلی', 'زحمت', 'وقفه', 'خطا', 'مشکلات', 'سردرگمی'];
const CAME = ['', 'پیش‌آمده', 'پیش اومده', 'ایجادشده', 'به وجود آمده', 'رخ‌داده'];
const TAIL_FORMAL = ['سفارش شما امروز ارسال شد.', 'درخواست شما در حال بررسی است.', 'لطفاً مجدداً وارد حساب خود شوید.'];
const TAIL_COLLOQ = ['سفارشتون امروز ارسال شد.', 'الان بررسیش می‌کنم.', 'لینک جدید رو براتون فرستادم.'];
const TAIL = [...TAIL_FORMAL, ...TAIL_COLLOQ];

export interface Family {
  category: string;
  family: string;
  label: 'negative' | 'neutral';
  pattern: string;
  slots: Slots;
}

/** A family of negatives (or, with `label` neutral, of look-alikes) from a pattern and its slots. */
export const F = (category: string, family: string, pattern: string, slots: Slots, label: 'negative' | 'neutral' = 'negative'): Family => ({ category, family, label, pattern, slots });
/** A family of neutral look-alikes. */
export const N = (category: string, family: string, pattern: string, slots: Slots): Family => F(category, family, pattern, slots, 'neutral');
/** A family of whole sentences written out (no slots to expand): the later sessions' look-alike sets. */
export const S = (category: string, family: string, label: 'negative' | 'neutral', sentences: readonly string[]): Family => F(category, family, '{s}', { s: sentences }, label);

export const FAMILIES: readonly Family[] = [
  // ---------------- apology-reflex ----------------
  F('apology-reflex', 'apology + prep + trouble', '[[{apo} {prep} {noun} {came}]]، {_tail}', {
    apo: ['با عرض پوزش', 'ضمن عرض پوزش', 'پوزش', 'عذرخواهی می‌کنیم', 'عذر می‌خواهیم', 'عذر می‌خوام', 'معذرت می‌خوام', 'ببخشید', 'شرمنده', 'شرمنده‌ایم', 'متأسفیم', 'ضمن عذرخواهی'],
    prep: ['بابت', 'از بابت', 'از', 'به خاطر', 'برای', 'به دلیل'],
    noun: TROUBLE,
    came: CAME,
    _tail: TAIL,
  }),
  // The verb last: the blanket apology only (a determiner, «پیش‌آمده», a plural); one named trouble with the verb last is
  // a plain apology by the team's unit tests (fa-guard, fa-kinds2), in the neutral matrix below.
  F('apology-reflex', 'prep + trouble + apology verb', '{_tail} [[{prep} {noun} {came} {verb}]].', {
    prep: ['بابت', 'از بابت', 'از', 'به خاطر', 'بابت هرگونه', 'از بروز'],
    noun: TROUBLE,
    came: CAME.filter((x) => x),
    verb: ['پوزش می‌طلبیم', 'پوزش می‌خواهیم', 'عذرخواهی می‌کنیم', 'عذرخواهی می‌نماییم', 'عذر می‌خواهیم', 'عذر می‌خوام', 'معذرت می‌خوام', 'شرمنده‌ایم', 'شرمنده‌ام', 'متأسفیم', 'عذرخواهی می‌کنم'],
    _tail: ['سفارش شما ارسال شد؛', 'لینک رو فرستادم،'],
  }),
  F('apology-reflex', 'sorry that you waited', '[[{apo} که {what}]]، {_tail}', {
    apo: ['ببخشید', 'شرمنده', 'عذر می‌خوام', 'پوزش می‌طلبیم', 'عذرخواهی می‌کنیم', 'شرمنده‌ام'],
    what: ['منتظر موندید', 'معطل شدید', 'طول کشید', 'دیر شد', 'مزاحم شدم', 'منتظر ماندید', 'دیر جواب دادم', 'وقتتون رو گرفتم'],
    _tail: TAIL_COLLOQ,
  }),
  F('apology-reflex', 'for that + apology verb', '[[از اینکه {what} {verb}]]، {_tail}', {
    what: ['منتظر موندید', 'معطل شدید', 'طول کشید', 'دیر شد', 'مزاحم شدم', 'منتظر ماندید', 'دیر جواب دادم', 'وقتتون رو گرفتم'],
    verb: ['پوزش می‌طلبیم', 'عذرخواهی می‌کنیم', 'عذر می‌خوام', 'شرمنده‌ام', 'پوزش می‌خواهیم'],
    _tail: TAIL_COLLOQ,
  }),
  F('apology-reflex', 'apology + prep + the wait', '[[{apo} {prep} {wait}]]، {_tail}', {
    apo: ['ببخشید', 'شرمنده', 'عذر می‌خوام', 'پوزش', 'عذرخواهی می‌کنیم', 'با عرض پوزش'],
    prep: ['بابت', 'برای', 'به خاطر', 'از بابت'],
    wait: ['انتظار', 'معطل شدنتون', 'منتظر موندنتون', 'طولانی شدن کار', 'دیر شدن پاسخ', 'کندی پاسخگویی', 'دیرکرد'],
    _tail: TAIL,
  }),
  F('apology-reflex', 'again + apology', '{_tail} [[{again} {verb}]].', {
    again: ['مجدداً', 'باز هم', 'بازم', 'دوباره', 'مجددا'],
    verb: ['عذرخواهی می‌کنیم', 'پوزش می‌طلبیم', 'عذر میخوام', 'شرمنده‌ایم', 'ببخشید', 'معذرت می‌خوام'],
    _tail: ['سفارش شما ارسال شد؛', 'لینک رو فرستادم،'],
  }),
  F('apology-reflex', 'accept our apology', '[[{apo} {who} را {accept}]]؛ {_tail}', {
    apo: ['عذرخواهی', 'پوزش'],
    who: ['ما', 'اینجانب', 'بنده', 'صمیمانه ما'],
    accept: ['بپذیرید', 'پذیرا باشید', 'بپذیرید'],
    _tail: TAIL_FORMAL,
  }),
  N('apology-reflex', 'neutral: regret for what they went through, fix done', 'متأسفم که {what}؛ {fix}', {
    what: ['این همه معطل شدید', 'چنین تجربه‌ای داشتید', 'این اتفاق براتون افتاد'],
    fix: ['کل مبلغ به حسابتون برگشت.', 'سفارش رو با پیک فوری فرستادم.'],
  }),
  N('apology-reflex', 'neutral: regret (متأسفیم) after «از اینکه»', 'از اینکه {what} متأسفیم؛ {fix}', {
    what: ['این همه معطل شدید', 'چنین تجربه‌ای داشتید'],
    fix: ['کل مبلغ به حسابتون برگشت.', 'سفارش رو با پیک فوری فرستادم.'],
  }),
  N('apology-reflex', 'neutral: the customer\'s apology / none needed', '{neu}', {
    neu: ['نیازی به عذرخواهی بابت تأخیر نیست، سفارش ثبت شد.', 'از عذرخواهی شما ممنونیم؛ مبلغ برگشت خورد.', 'اصلاً نیازی به عذرخواهی نیست؛ سفارشتون ثبت شد.'],
  }),
  N('apology-reflex', 'neutral: trouble noun in a compensation or fact', '{prep} {noun} {came}، {fix}', {
    prep: ['بابت', 'به خاطر', 'برای جبران'],
    noun: ['تأخیر', 'اختلال', 'وقفه', 'معطلی'],
    came: ['', 'پیش‌آمده'],
    fix: ['هزینه ارسال به حسابتون برگشت.', 'اشتراکتون یک روز تمدید شد.', 'یک کد تخفیف براتون فعال شد.'],
  }),
  N('apology-reflex', 'neutral: a sincere apology with compensation (fa-Y214)', '{prep} {noun} {sincere} {verb}، {fix}', {
    prep: ['بابت', 'از بابت'],
    noun: ['تأخیر', 'مشکل'],
    sincere: ['واقعاً', 'صمیمانه'],
    verb: ['عذر می‌خوام', 'عذرخواهی می‌کنیم'],
    fix: ['کد ارسال رایگان براتون فعال شد.', 'هزینه ارسال به حسابتون برگشت.'],
  }),
  N('apology-reflex', 'neutral: one named trouble, verb last, then a fix (fa-guard, fa-kinds2 tests)', '{prep} {noun} {verb}، {fix}', {
    prep: ['بابت', 'به خاطر'],
    noun: ['تأخیر', 'تأخیر ارسال', 'اشتباه فاکتور'],
    verb: ['عذر می‌خوام', 'معذرت می‌خوام'],
    fix: ['الان پیگیری می‌کنم.', 'کد تخفیف براتون فعال شد.'],
  }),
  N('apology-reflex', 'neutral: late, no apology', '{what}، {fix}', {
    what: ['دیر شد ولی رسید', 'کمی طول کشید تا انبار تأیید کنه', 'تأخیر از طرف پست بود'],
    fix: ['کد رهگیری رو براتون فرستادم.', 'مبلغ برگشت خورد.'],
  }),
  N('apology-reflex', 'neutral: reassurance about the trouble', '{prep} {noun} نگران نباشید، هیچ هزینه‌ای کسر نمی‌شه.', {
    prep: ['بابت', 'از بابت', 'از'],
    noun: ['تأخیر', 'اختلال', 'وقفه', 'خطا'],
  }),

  // ---------------- refusal ----------------
  F('refusal', 'we cannot + action', 'سلام، [[{obj} {cant} {act}]].', {
    obj: ['این کالا رو', 'سفارشتون رو', 'مبلغ رو'],
    cant: ['نمی‌تونیم', 'نمی‌توانیم', 'نمی‌تونم', 'قادر نیستیم'],
    act: ['برگردونیم', 'عوض کنیم', 'لغو کنیم', 'تمدید کنیم', 'تعویض کنیم'],
  }),
  F('refusal', 'possibility of X is not', 'سلام، [[{poss} {act} {not}]].', {
    poss: ['امکان', 'امکانِ'],
    act: ['مرجوعی', 'تعویض', 'لغو', 'استرداد', 'تمدید'],
    not: ['وجود نداره', 'وجود ندارد', 'نیست', 'نداریم', 'فراهم نیست'],
  }),
  F('refusal', 'X is not done', 'طبق بررسی، [[{act} {verb}]].', {
    act: ['مرجوعی', 'تعویض', 'لغو سفارش', 'استرداد وجه'],
    verb: ['انجام نمی‌شه', 'انجام نمی‌شود', 'پذیرفته نمی‌شود', 'ممکن نیست', 'مقدور نیست', 'امکان‌پذیر نیست', 'میسر نیست', 'مقدور نمی‌باشد'],
  }),
  N('refusal', 'neutral: reassuring negations and no-need', '{neu}', {
    neu: ['نگران نباشید، هیچ هزینه‌ای کسر نمی‌شه.', 'نیازی به ارسال مدارک نیست، همه چیز ثبت شده.', 'نیازی به تماس مجدد نیست؛ درخواستتون ثبت شد.', 'تعویض تا ۷ روز امکان‌پذیره.', 'لغو سفارش تا قبل از ارسال رایگانه.', 'هیچ مشکلی در حسابتون وجود نداره.'],
  }),

  // ---------------- policy ----------------
  F('policy', 'per the rules + restriction', '[[{per} {rule} {owner}]]، {restr}', {
    per: ['طبق', 'بر اساس', 'مطابق', 'بنا بر'],
    rule: ['قوانین', 'سیاست', 'مقررات', 'ضوابط', 'قانون'],
    owner: ['شرکت', 'فروشگاه', 'ما', ''],
    restr: ['امکان مرجوعی نیست.', 'فقط تا ۷ روز تعویض داریم.', 'کالای باز شده پس گرفته نمی‌شه.'],
  }),
  N('policy', 'neutral: a rule that gives', '{per} {rule} {owner}، {gives}', {
    per: ['طبق', 'بر اساس'],
    rule: ['قوانین', 'سیاست'],
    owner: ['جدید', 'فروشگاه'],
    gives: ['ارسال برای همه رایگانه.', 'می‌تونید تا ۳۰ روز کالا رو برگردونید.'],
  }),

  // ---------------- blame ----------------
  F('blame', 'you entered it wrong', '[[{you} {obj} {wrong} {did}]]، {_tail}', {
    you: ['شما', 'خودتون', 'خودتان'],
    obj: ['آدرس رو', 'کد رو', 'شماره کارت را'],
    wrong: ['اشتباه', 'غلط'],
    did: ['وارد کردید', 'وارد کرده‌اید', 'زدید', 'نوشتید', 'ثبت کردین'],
    _tail: ['برای همین سفارش برگشت خورد.'],
  }),
  F('blame', 'the fault is from your side', 'سلام، [[{fault} از {side} {cop}]].', {
    fault: ['اشتباه', 'مشکل', 'تقصیر', 'ایراد'],
    side: ['طرف شما', 'سمت شما', 'خودتون', 'شما'],
    cop: ['بوده', 'است', 'بود', 'بوده است'],
  }),
  N('blame', 'neutral: our own mistake, fixed', '{we} {obj} اشتباه {did}؛ اصلاح شد.', {
    we: ['ما', 'من'],
    obj: ['آدرس رو', 'مبلغ رو'],
    did: ['وارد کرده بودیم', 'ثبت کرده بودم'],
  }),

  // ---------------- command ----------------
  F('command', 'you must + action', '[[{must} {act}]].', {
    must: ['باید', 'حتماً باید', 'شما باید', 'موظفید', 'مجبورید', 'لازمه'],
    act: ['فرم رو پر کنید', 'رسید رو بفرستید', 'مدارک را ارسال کنید', 'دوباره ثبت‌نام کنید'],
  }),
  N('command', 'neutral: please / it is enough', '{please} {act}.', {
    please: ['لطفاً', 'کافیه', 'اگه مایل بودید'],
    act: ['رسید رو بفرستید', 'فرم رو پر کنید'],
  }),

  // ---------------- dismissive / calm-down ----------------
  F('dismissive', 'calm down', '[[{calm}]]، {_tail}', {
    calm: ['آروم باشید', 'آرام باشید', 'آروم باش', 'عصبانی نشید', 'خونسرد باشید', 'آرامش خود را حفظ کنید', 'لطفاً آروم باشید', 'شلوغش نکنید', 'بزرگش نکنید'],
    _tail: TAIL_COLLOQ,
  }),
  F('dismissive', 'nothing important', 'سلام، [[{thing} {adj} نیست]].', {
    thing: ['چیز', 'موضوع', 'مسئله', 'قضیه'],
    adj: ['مهمی', 'خاصی', 'چندان مهمی', 'خیلی مهمی'],
  }),
  F('dismissive', 'calm down, more forms', '[[{please} {calm}]]، {_tail}', {
    please: ['', 'لطفاً', 'خواهش می‌کنم', 'یه کم'],
    calm: ['آروم باشید', 'آروم باشین', 'آرام باشید', 'آروم باش', 'آروم بگیرید', 'آرام بگیرین', 'خونسرد باشید', 'خونسرد باشین'],
    _tail: TAIL_COLLOQ,
  }),
  F('dismissive', 'do not get so upset', '[[{so} {upset}]]، {_tail}', {
    so: ['اینقدر', 'این همه', 'انقدر', 'زیاد'],
    upset: ['عصبانی نشید', 'عصبانی نباشید', 'عصبانی نشین', 'حرص نخورید', 'جوش نزنید', 'حرص نخورین', 'جوش نزنین', 'داد نزنید', 'داد و بیداد نکنید'],
    _tail: TAIL_COLLOQ,
  }),
  F('dismissive', 'do not make it big', '[[{so} {make}]]، {_tail}', {
    so: ['', 'اینقدر', 'انقدر'],
    make: ['شلوغش نکنید', 'شلوغش نکنین', 'بزرگش نکنید', 'بزرگش نکنین', 'سخت نگیرید', 'سخت نگیرین', 'قضیه رو بزرگ نکنید'],
    _tail: TAIL_COLLOQ,
  }),
  F('dismissive', 'nothing happened (retort)', '[[{well} {nothing}]]، {_tail}', {
    well: ['', 'حالا', 'خب'],
    // (not «مگه چی شده؟»: a rhetorical question, and no generic reader reads a question)
    nothing: ['چیزی نشده که', 'اتفاقی نیفتاده که', 'اتفاق خاصی نیفتاده که', 'چیز مهمی نشده که'],
    _tail: TAIL_COLLOQ,
  }),
  N('dismissive', 'neutral: reassuring negations', '{neu}', {
    neu: ['نگران نباشید، هیچ هزینه‌ای کسر نمی‌شه.', 'نگران نباشید، سفارشتون ثبت شده.', 'اصلاً نگران نباشید؛ مبلغ کامل برمی‌گرده.', 'هیچ اتفاقی برای اطلاعات شما نیفتاده و حسابتون امنه.', 'خیالتون راحت، سفارش سالم رسیده.', 'جای نگرانی نیست، مبلغ برمی‌گرده.', 'نیازی به نگرانی نیست؛ حسابتون امنه.'],
  }),

  // ---------------- not-knowing ----------------
  F('not-knowing', 'I do not know', '[[{dk}]] {when}.', {
    dk: ['نمی‌دونم', 'نمی‌دانم', 'اطلاعی ندارم', 'خبر ندارم', 'ایده‌ای ندارم', 'اطلاعی نداریم', 'نمی‌دونیم'],
    when: ['کی می‌رسه', 'چرا برگشت خورده', 'کجاست'],
  }),

  // ---------------- not-my-dept ----------------
  F('not-my-dept', 'not ours', '[[{this} {notours}]].', {
    this: ['این موضوع', 'این کار', 'این مورد', 'این قسمت'],
    notours: ['به ما مربوط نیست', 'مربوط به ما نیست', 'کار ما نیست', 'دست ما نیست', 'در حیطه ما نیست', 'با ما نیست', 'به واحد ما مربوط نمی‌شود'],
  }),
  N('not-my-dept', 'neutral: passed on by the agent', 'درخواستتون رو به {unit} {sent}.', {
    unit: ['واحد مالی', 'بخش فنی'],
    sent: ['فرستادم', 'ارجاع دادم'],
  }),

  // ---------------- system ----------------
  F('system', 'the system does not let', '[[{sys} {no}]].', {
    sys: ['سیستم', 'سامانه', 'سیستمش', 'سیستم ما'],
    no: ['اجازه نمی‌ده', 'اجازه نمی‌دهد', 'قبول نمی‌کنه', 'نمی‌ذاره', 'نمی‌گذارد', 'اجازه نمیده'],
  }),
  N('system', 'neutral: the system did it', '{sys} {did}.', {
    sys: ['سیستم', 'سامانه'],
    did: ['سفارش رو ثبت کرد', 'مبلغ رو برگردوند'],
  }),

  // ---------------- ill-try ----------------
  F('ill-try', 'I will try', '[[{try}]] {act}.', {
    try: ['سعی می‌کنم', 'سعی می‌کنیم', 'تلاش می‌کنیم', 'تلاشمو می‌کنم', 'سعیمونو می‌کنیم', 'تلاش خواهیم کرد', 'سعی خواهیم کرد'],
    act: ['تا فردا پیگیری کنم', 'زودتر ارسال کنیم', 'مشکل رو حل کنیم'],
  }),
  N('ill-try', 'neutral: past effort reported', '{did}.', {
    did: ['سعی کردم تماس بگیرم ولی در دسترس نبودید', 'دیروز تلاش کردیم بسته رو تحویل بدیم و کسی منزل نبود'],
  }),

  // ---------------- to-be-honest ----------------
  F('to-be-honest', 'honestly', '[[{tbh}]]، {_tail}', {
    tbh: ['راستش', 'صادقانه بگم', 'رک بگم', 'حقیقتش', 'راستشو بخواید', 'صادقانه عرض کنم', 'راستش را بخواهید', 'رو راست بگم'],
    _tail: TAIL,
  }),
  N('to-be-honest', 'neutral: «by the way»', 'راستی، {_tail}', { _tail: ['کد تخفیف هم براتون فعال شد.', 'فاکتور هم پیوست شد.'] }),

  // ---------------- passive-aggressive ----------------
  F('passive-aggressive', 'as I said before', '[[{as} {when} {said}]]، {_tail}', {
    as: ['همونطور که', 'همان‌طور که', 'همون‌طور که', 'همانطور که'],
    when: ['قبلاً', 'پیش‌تر', 'دیروز هم', 'قبلاً هم', 'بارها'],
    said: ['گفتم', 'عرض کردم', 'اشاره کردم', 'توضیح دادم', 'گفته شد', 'اعلام شد', 'گفتیم'],
    _tail: ['ارسال فقط شنبه‌هاست.', 'مبلغ طی سه روز برمی‌گرده.'],
  }),
  N('passive-aggressive', 'neutral: as you asked', '{as} {asked}، {_tail}', {
    as: ['همونطور که', 'همان‌طور که'],
    asked: ['خواسته بودید', 'درخواست کرده بودید'],
    _tail: ['آدرس عوض شد.', 'سفارش لغو شد.'],
  }),

  // ---------------- time-refusal ----------------
  F('time-refusal', 'not before', '{obj} [[{before} {when} {not}]].', {
    obj: ['سفارشتون', 'بسته', 'مبلغ'],
    before: ['قبل از', 'زودتر از', 'پیش از'],
    when: ['شنبه', 'آخر هفته', 'سه روز کاری'],
    not: ['نمی‌رسه', 'امکان‌پذیر نیست', 'نمی‌شه', 'ممکن نیست', 'ارسال نمی‌شود'],
  }),
  N('time-refusal', 'neutral: durations', '{obj} {dur}.', {
    obj: ['ارسال', 'بازگشت وجه', 'بررسی'],
    dur: ['تا ۳ روز کاری طول می‌کشه', 'حداکثر ۴۸ ساعت زمان می‌بره', 'ظرف دو روز انجام می‌شود'],
  }),

  // ---------------- unfortunately ----------------
  F('unfortunately', 'unfortunately + news', '[[{unf}]] {news}', {
    unf: ['متأسفانه', 'متاسفانه', 'بدبختانه', 'با کمال تأسف', 'با تأسف'],
    news: ['این مدل موجود نیست.', 'سفارشتون برگشت خورده.', 'پرواز لغو شده است.'],
  }),
  N('unfortunately', 'neutral: fortunately', '{fort} {news}', {
    fort: ['خوشبختانه', 'خبر خوب اینکه'],
    news: ['این مدل موجود شد.', 'سفارشتون رسید.'],
  }),

  // ---------------- jargon ----------------
  F('jargon', 'loanword + light verb', '{subj} [[{term}]] {lv}.', {
    subj: ['تیکتتون', 'درخواستتون', 'سفارشتون', 'درخواست شما'],
    term: ['اسکالیت', 'ریفاند', 'بک‌اوردر', 'ریورس', 'فوروارد', 'ریجکت'],
    lv: ['شد', 'شده', 'شده است', 'گردید'],
  }),
  F('jargon', 'loanword + clitic it + light verb', '{obj} [[{term}]]ش {lv}.', {
    obj: ['تیکتتون رو', 'پرداختتون رو'],
    term: ['اسکالیت', 'ریفاند', 'ریورس', 'فوروارد', 'ریجکت'],
    lv: ['کردیم', 'کردم', 'می‌کنیم', 'می‌کنم'],
  }),
  F('jargon', 'status loanword + is', '{subj} [[{term}]]{cop}', {
    subj: ['وضعیتش', 'وضعیت سفارشتون', 'تیکتتون'],
    term: ['پندینگ', 'هولد', 'ریجکت', 'اسکالیت'],
    cop: ['ه.', ' است.', ' هست.'],
  }),
  F('jargon', 'acronym in a ticket sentence', 'درخواست شما {with} [[{acr}]] {verb}.', {
    with: ['با وضعیت', 'به واحد', 'با اولویت', 'در صف'],
    acr: ['L2', 'P2', 'RMA', 'NOC', 'SLA', 'RTS'],
    verb: ['ثبت شد', 'ارجاع گردید', 'قرار گرفت'],
  }),
  N('jargon', 'neutral: everyday loanwords and asking the customer to forward', '{neu}', {
    neu: ['سفارشتون کنسل شد و مبلغ برگشت خورد.', 'لطفاً ایمیل رو برای ما فوروارد کنید.', 'سایت الان بالا اومده و کار می‌کنه.', 'بسته‌تون تحویل پست شد.'],
  }),
  // Trade back-office words (rwfa9, lib/rewrite/generic/jargon.fa.trades.ts): a stage, a team, a Latin status.
  F('jargon', 'trade: back-office stage', '{subj} در مرحله [[{term}]] {cop}', {
    subj: ['سفارشتون', 'بسته‌تون', 'تراکنشتون', 'بلیطتون'],
    term: ['سورتینگ', 'پیکینگ', 'کراس‌داک', 'کلیرینگ', 'مغایرت‌گیری', 'ری‌ایشو', 'رانژه'],
    cop: ['است.', 'هست.', 'قرار داره.'],
  }),
  F('jargon', 'trade: back-office team', 'درخواستتون به [[{team}]] {verb}.', {
    team: ['واحد بک‌آفیس', 'کارشناس لاین ۲', 'تیم فراد', 'تیم آنکال', 'همکاران اپس', 'بک آفیس'],
    verb: ['ارجاع شد', 'ارسال شد', 'سپرده شد'],
  }),
  F('jargon', 'trade: Latin status in a Persian sentence', '{subj} [[{lat}]] {lv}.', {
    subj: ['بلیطتون', 'درخواستتون', 'تراکنش شما'],
    lat: ['reissued', 'voided', 'reassigned', 'disputed', 'overbooked'],
    lv: ['شد', 'شده'],
  }),
  N('jargon', 'neutral: trade words where they are plain', '{neu}', {
    neu: [
      'چکاوک روی درخت نشست.', 'یک فیدر میوه کودک هم هدیه بگیرید.', 'خط لاین ۲ مترو امروز شلوغه.', 'اندیکاتور مکدی رو روی نمودار ببینید.',
      'اتوماسیون خانگی رو از اپ فعال کنید.', 'این میز از جنس ام‌دی‌اف است.', 'بلیط چارتری شما صادر شد.', 'کد رهگیری مرسوله براتون پیامک شد.',
      'با احترام، واحد صدور', 'کارشناس بازدید فردا ساعت ۱۰ میاد.', 'نمراتتون تو سامانه گلستان ثبت شده.', 'کد void رو موقع خرید وارد کنید.',
      'آیتم‌هاتو از لاگ سرور پیدا کردم.', 'تسویه حساب تا آخر ماه انجام میشه.', 'ابلاغیه تو سامانه ثنا براتون میاد.',
    ],
  }),
  N('jargon', 'neutral: codes the customer types', '{code}', {
    code: ['کد تخفیف SUMMER20 رو موقع خرید وارد کنید.', 'رمز یکبار مصرف (OTP) براتون پیامک شد.', 'شماره سفارش شما ۸۸۲۱۴ است.'],
  }),
];

export interface MatrixOptions { orthoAll?: boolean; category?: string }

/** Every item of some families (spelling rotating by index, or all four); also fa-matrix2.ts and fa-matrix19.ts. */
export function familyItems(families: readonly Family[], opts: MatrixOptions = {}): MatrixItem[] {
  const out: MatrixItem[] = [];
  for (const f of families) {
    if (opts.category && f.category !== opts.category) continue;
    expand(f.pattern, f.slots).forEach((s, i) => {
      const spellings = opts.orthoAll ? SPELLINGS : [SPELLINGS[i % SPELLINGS.length]];
      for (const sp of spellings) out.push({ category: f.category, family: f.family, label: f.label, marked: sp(s) });
    });
  }
  return out;
}

/** Every item of the matrix (spelling rotating by index, or all four). */
export function faMatrix(opts: MatrixOptions = {}): MatrixItem[] {
  return familyItems(FAMILIES, opts);
}

export interface MatrixResult extends MatrixItem {
  text: string;
  hit: boolean;
}

/** Negatives: caught when a suggestion overlaps every marked part; neutrals: flagged when any suggestion. */
export function runMatrixItem(it: MatrixItem): MatrixResult {
  const { text, spans } = parseMarked(it.marked);
  const s = suggestRewrites(text, builtinPacks, { generic: true });
  const hit = it.label === 'neutral' ? s.length > 0 : spans.every(([a, b]) => s.some((x) => x.flagged.start < b && a < x.flagged.end));
  return { ...it, text, hit };
}

/** A matrix script's command line: `--cat=<category>`, `--ortho=all`, `--misses`; also fa-matrix2.ts and fa-matrix19.ts. */
export function matrixMain(argv: readonly string[], items: (opts: MatrixOptions) => MatrixItem[]): void {
  const category = argv.find((a) => a.startsWith('--cat='))?.slice(6);
  printMatrixReport(items({ orthoAll: argv.includes('--ortho=all'), category }), argv.includes('--misses'));
}

/** Runs every item and prints each family's figure, then each category's (with up to 12 misses a family under --misses). */
export function printMatrixReport(items: readonly MatrixItem[], misses: boolean): void {
  const byFam = new Map<string, MatrixResult[]>();
  for (const it of items) {
    const r = runMatrixItem(it);
    const key = `${r.category}\t${r.label}\t${r.family}`;
    (byFam.get(key) ?? byFam.set(key, []).get(key)!).push(r);
  }
  const byCat = new Map<string, { neg: number; caught: number; neu: number; flagged: number }>();
  for (const [key, rs] of byFam) {
    const [cat, label, fam] = key.split('\t');
    const c = byCat.get(cat) ?? byCat.set(cat, { neg: 0, caught: 0, neu: 0, flagged: 0 }).get(cat)!;
    const hits = rs.filter((r) => r.hit).length;
    if (label === 'negative') { c.neg += rs.length; c.caught += hits; } else { c.neu += rs.length; c.flagged += hits; }
    console.log(`${cat.padEnd(19)} ${label === 'negative' ? 'flagged' : 'NEUTRAL flagged'} ${hits}/${rs.length}  ${fam}`);
    if (misses) for (const r of rs.filter((x) => (label === 'negative' ? !x.hit : x.hit)).slice(0, 12)) console.log(`    ${r.text}`);
  }
  console.log('\nper category: flagged / total negatives; neutral flags');
  let tn = 0, tc = 0, tu = 0, tf = 0;
  for (const [cat, c] of byCat) {
    tn += c.neg; tc += c.caught; tu += c.neu; tf += c.flagged;
    console.log(`  ${cat.padEnd(19)} ${c.caught}/${c.neg} (${((100 * c.caught) / (c.neg || 1)).toFixed(1)}%)  neutral ${c.flagged}/${c.neu}`);
  }
  console.log(`  ${'all'.padEnd(19)} ${tc}/${tn} (${((100 * tc) / (tn || 1)).toFixed(1)}%)  neutral ${tf}/${tu}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) matrixMain(process.argv.slice(2), faMatrix);
