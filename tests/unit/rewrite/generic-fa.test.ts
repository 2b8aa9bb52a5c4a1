// @vitest-environment node
/**
 * The Persian generic reader (lib/rewrite/generic/fa.ts): each construction, formal and colloquial,
 * with and without ZWNJ, and each guard that keeps a sentence that only looks like one unflagged.
 * Spans are asserted as the words they cover, construction ids and categories as given.
 */
import { describe, expect, it } from 'vitest';
import { EXPLAIN_FA, readGenericFa } from '../../../lib/rewrite/generic/fa.ts';

/** [construction, category, words] of every hit. */
const read = (s: string) => readGenericFa(s).map((h) => [h.construction, h.category, s.slice(h.start, h.end)]);

describe('Persian generic reader: constructions', () => {
  it.each([
    // negated possibility, with a long noun phrase and commas between
    ['امکان رسیدگی به درخواست شما وجود ندارد.', 'not-available', 'cant-wont', 'امکان رسیدگی به درخواست شما وجود ندارد'],
    ['امکان جابه‌جایی نوبت، با توجه به ظرفیت محدود روزهای پایانی سال، فراهم نیست.', 'not-available', 'cant-wont', 'فراهم نیست'],
    ['عودت وجه در این مرحله مقدور نمی‌باشد.', 'not-available', 'cant-wont', 'مقدور نمی‌باشد'],
    ['صدور المثنی پیش از تأیید کارشناس میسر نخواهد بود.', 'not-available', 'cant-wont', 'میسر نخواهد بود'],
    ['پرونده‌ی شما به دلیل نقص مدارک قابل بررسی نیست.', 'not-available', 'cant-wont', 'قابل بررسی نیست'],
    ['این کار شدنی نیست.', 'not-available', 'cant-wont', 'شدنی نیست'],
    ['تعویض بدون فاکتور امکانپذیر نیست', 'not-available', 'cant-wont', 'امکانپذیر نیست'],
    ['تعویض بدون فاکتور امکان پذیر نیست', 'not-available', 'cant-wont', 'پذیر نیست'],
    ['واسه این مدل امکانش نیست رنگ دیگه بیاریم.', 'not-available', 'cant-wont', 'امکانش نیست'],
    ['غیرممکنه که امروز برسه.', 'not-available', 'cant-wont', 'غیرممکنه'],
    ['طبق ضوابط، اعطای وام به متقاضیان بالای شصت سال مجاز نیست.', 'not-permitted', 'policy', 'مجاز نیست'],
    ['بنده اجازه‌ی افشای اطلاعات حساب را ندارم.', 'not-permitted', 'policy', 'اجازه‌ی افشای اطلاعات حساب را ندارم'],
    ['دیگه راهی نمونده.', 'nothing-can-be-done', 'cant-wont', 'راهی نمونده'],
    // negated ability, formal and colloquial, ZWNJ, space or nothing
    ['نمی‌توانیم مبلغ را به کارت دیگری برگردانیم.', 'negated-ability', 'cant-wont', 'نمی‌توانیم'],
    ['نمیتونم تا ماه بعد', 'negated-ability', 'cant-wont', 'نمیتونم'],
    ['با این کارت نمی تونین خرید اقساطی کنین.', 'negated-ability', 'cant-wont', 'نمی تونین'],
    ['نمیشه که هر هفته آدرس تحویلو عوض کنید.', 'negated-ability', 'cant-wont', 'نمیشه'],
    ['نمی شه دوباره بفرستیمش، هزینه‌ش زیاده.', 'negated-ability', 'cant-wont', 'نمی شه'],
    ['اشتراکتونو وسط ماه نمیشه کنسل کرد.', 'negated-ability', 'cant-wont', 'نمیشه'],
    ['این گوشی دیگه گارانتی نداره، کاریش نمیشه کرد.', 'nothing-can-be-done', 'cant-wont', 'کاریش نمیشه'],
    // negated passives and light verbs
    ['صدور بلیت جایگزین انجام نمی‌پذیرد.', 'passive-refusal', 'cant-wont', 'انجام نمی‌پذیرد'],
    ['پیش از تسویه، سند به نام شما منتقل نخواهد شد.', 'passive-refusal', 'cant-wont', 'منتقل نخواهد شد'],
    ['کالای استفاده‌شده پذیرفته نمیشود.', 'passive-refusal', 'cant-wont', 'پذیرفته نمیشود'],
    ['هزینه‌های دندانپزشکی تحت پوشش قرار نمی‌گیرد.', 'passive-refusal', 'cant-wont', 'پوشش قرار نمی‌گیرد'],
    ['این تخفیف شامل حال شما نمی‌شه.', 'passive-refusal', 'cant-wont', 'شامل حال شما نمی‌شه'],
    ['ترخیص کالای شما تا ارائه‌ی گواهی مبدأ صورت نخواهد گرفت.', 'passive-refusal', 'cant-wont', 'صورت نخواهد گرفت'],
    ['شارژ اضافه برگشت نمیخوره.', 'passive-refusal', 'cant-wont', 'برگشت نمیخوره'],
    ['درخواست استرداد وجه شما مورد قبول واقع نشد.', 'declined', 'cant-wont', 'قبول واقع نشد'],
    ['تمدید قرارداد از سوی مالک پذیرفته نشده است.', 'declined', 'cant-wont', 'پذیرفته نشده است'],
    ['تقاضای شما برای کاهش اقساط رد گردید.', 'declined', 'cant-wont', 'رد گردید'],
    // «we don't …» about what the customer asked for
    ['خسارتو پرداخت نمی‌کنیم.', 'not-offered', 'cant-wont', 'پرداخت نمی‌کنیم'],
    ['بسته رو تحویل نمی‌گیریم اگه کارتن نداشته باشه.', 'not-offered', 'cant-wont', 'تحویل نمی‌گیریم'],
    ['پول بلیطو پس نمیدیم، قانونش اینه.', 'not-offered', 'cant-wont', 'پس نمیدیم'],
    ['این روال ماست، استثنا نداریم.', 'not-offered', 'cant-wont', 'استثنا نداریم'],
    ['اجازه نمیدن بیشتر از دو تا چمدون ببرید.', 'not-permitted', 'policy', 'اجازه نمیدن'],
    ['سیستم نمیذاره آدرسو بعد از پرداخت عوض کنم.', 'not-permitted', 'policy', 'نمیذاره'],
    // obligations put on the customer
    ['متقاضی موظف است مدارک را تا پایان ماه ارسال کند.', 'customer-obligation', 'commands', 'موظف است'],
    ['متقاضیان ملزم به ارائه‌ی اصل شناسنامه در روز مصاحبه هستند.', 'customer-obligation', 'commands', 'ملزم به ارائه‌ی اصل شناسنامه در روز مصاحبه هستند'],
    ['ضمیمه نمودن قبض الزامی است.', 'customer-obligation', 'commands', 'الزامی است'],
    ['پرداخت جریمه پیش از تمدید الزامیست.', 'customer-obligation', 'commands', 'الزامیست'],
    ['مجبورید تا فردا صبر کنین.', 'customer-obligation', 'commands', 'مجبورید'],
    ['باید تا فردا مدارک را بفرستید وگرنه سفارش لغو می‌شود.', 'customer-obligation', 'commands', 'باید'],
    ['شما باید اول رمزتونو عوض کنید بعد پیام بدید.', 'customer-obligation', 'commands', 'شما باید'],
    ['جنابعالی می‌بایست پیش از مراجعه نوبت اینترنتی اخذ می‌نمودید.', 'should-have', 'blame', 'می‌بایست پیش از مراجعه نوبت اینترنتی اخذ می‌نمودید'],
    // blame in the second person
    ['شما فرم را کامل نکردید.', 'second-person-blame', 'blame', 'کامل نکردید'],
    ['شما کد را اشتباه وارد کردید.', 'second-person-blame', 'blame', 'اشتباه وارد کردید'],
    ['ظاهراً فرم را به‌طور ناقص تکمیل نموده‌اید.', 'second-person-blame', 'blame', 'ناقص تکمیل نموده‌اید'],
    ['چرا رسید رو نفرستادید؟', 'second-person-blame', 'blame', 'رسید رو نفرستادید'],
    ['بی‌توجهی شما باعث این مشکل شد.', 'second-person-blame', 'blame', 'بی‌توجهی شما'],
    ['اگه رسید رو نگه داشته بودید الان راحت‌تر بود.', 'second-person-blame', 'blame', 'اگه رسید رو نگه داشته بودید'],
    ['حواستون نبوده تیک بیمه رو بزنید.', 'second-person-blame', 'blame', 'حواستون نبوده'],
    // deflection
    ['به ما ربطی نداره.', 'deflection', 'dismissive', 'ربطی نداره'],
    ['از فروشنده بپرسید.', 'deflection', 'dismissive', 'از فروشنده بپرسید'],
    ['از عهده‌ی ما خارج است.', 'deflection', 'dismissive', 'از عهده‌ی ما خارج'],
    ['دست ما نیست.', 'deflection', 'dismissive', 'دست ما نیست'],
    ['این موضوع در حیطه‌ی وظایف این واحد نیست؛ لطفاً با امور مشترکین تماس بگیرید.', 'deflection', 'dismissive', 'وظایف این واحد نیست'],
    ['این شرکت مسئولیتی در قبال اشیای جاگذاشته نمی‌پذیرد.', 'deflection', 'dismissive', 'مسئولیتی در قبال اشیای جاگذاشته نمی‌پذیرد'],
    // minimising, not knowing, repeating oneself
    ['چیز مهمی نیست.', 'minimising', 'dismissive', 'چیز مهمی نیست'],
    ['اینقدر بزرگش نکنین، فقط دو روز دیر شده.', 'minimising', 'dismissive', 'اینقدر بزرگش نکنین'],
    ['هیچ اطلاعی ندارم کی بار میرسه.', 'not-knowing', 'uncertainty', 'اطلاعی ندارم'],
    ['چند بار باید بگم، کارت ملی لازمه.', 'repeating-myself', 'passive-aggressive', 'چند بار باید بگم'],
    ['چندین بار توضیح داده شده که کد یک بار مصرف است.', 'repeating-myself', 'passive-aggressive', 'چندین بار توضیح'],
    ['تغییر شماره از طریق چت امکان نداره', 'not-available', 'cant-wont', 'امکان نداره'],
    ['این کار ما نیست؛ با فروشگاه تماس بگیرید.', 'deflection', 'dismissive', 'کار ما نیست'],
    ['متأسفانه کاری از دستم برنمیاد.', 'nothing-can-be-done', 'cant-wont', 'کاری از دستم برنمیاد'],
    ['اصلاً به بخش ما مربوط نمیشه.', 'deflection', 'dismissive', 'مربوط نمیشه'],
    ['مشکل از گوشی خودتونه', 'second-person-blame', 'blame', 'مشکل از گوشی خودتونه'],
    ['ما کاری نمی‌تونیم بکنیم، باید صبر کنید.', 'negated-ability', 'cant-wont', 'نمی‌تونیم'],
  ])('%s', (sentence, construction, category, words) => {
    expect(read(sentence)).toEqual([[construction, category, words]]);
  });

  it('reads Arabic ي/ك and a missing ZWNJ like the standard spelling', () => {
    expect(read('درخواست تغيير سقف برداشت براي حساب‌هاي مشترك قابل پيگيري نيست.')).toEqual([['not-available', 'cant-wont', 'قابل پيگيري نيست']]);
    expect(read('نمي‌تونيم براتون كارت هديه صادر كنيم.')).toEqual([['negated-ability', 'cant-wont', 'نمي‌تونيم']]);
    expect(read('امکان‌پذیر نمیباشد')).toEqual([['not-available', 'cant-wont', 'امکان‌پذیر نمیباشد']]);
  });
});

describe('Persian generic reader: guards', () => {
  it.each([
    // reassuring negations and negated problems
    'هیچ هزینه‌ای ندارد.',
    'نگران نباشید.',
    'مشکلی پیش نمی‌آید.',
    'دیگر تکرار نمی‌شود.',
    'نگران نباشین، اطلاعات کارتتون جایی ذخیره نمیشه.',
    'مطمئن باشید اطلاعات شما به کسی منتقل نخواهد شد.',
    'هیچ محدودیتی وجود ندارد.',
    'مانعی برای انتقال سهام شما وجود ندارد.',
    'اطلاعات شما بدون اجازه‌ی خودتان در اختیار هیچ شخص ثالثی قرار نمی‌گیرد.',
    'نه، اشتراکتون خودکار تمدید نمی‌شه، پس هزینه‌ی اضافه‌ای در کار نیست.',
    'ارائه‌ی کارت ملی الزامی نیست.',
    'شما مسئول این اتفاق نیستید.',
    // conditionals and time clauses about the customer
    'اگه نتونستید وارد بشید، رمز رو بازیابی کنید.',
    'اگر امکان پرداخت آنلاین وجود ندارد، می‌توانید حضوری مراجعه کنید.',
    'اگر موفق به ورود نشدید، لطفاً رمز یک‌بارمصرف را درخواست کنید.',
    // first-person regret and duty
    'باید زودتر خبر می‌دادیم.',
    'ما موظفیم اطلاعات شما را محرمانه نگه داریم.',
    // questions to the customer
    'آیا امکان ارسال مدارک را دارید؟',
    'پیامک تأیید رو دریافت نکردید؟',
    // not yet, durations, good news, help that needs nothing
    'سفارشتون هنوز ارسال نشده ولی امروز میره.',
    'بسته تا ۳ روز کاری می‌رسد.',
    'ممکن است تا ۴۸ ساعت طول بکشد.',
    'بازپرداخت شما انجام شد.',
    'امکان لغو سفارش تا قبل از ارسال وجود دارد.',
    'لازم نیست کاری انجام دهید.',
    'شما نیازی نیست کاری بکنید.',
    // the customer cleared, not blamed; feelings, not refusals
    'تقصیر شما نبود.',
    'شما کار اشتباهی نکردید.',
    'شما هیچ تقصیری نداشتید.',
    'نمی‌تونم صبر کنم نظرتونو بشنوم!',
    'اجازه بدید بررسی کنم.',
    // a refusal that already says what can be done
    'نمی‌تونیم سفارش رو لغو کنیم، ولی می‌تونیم مرجوعش کنیم.',
    // stories and other people, not the agent answering: the past, «have», «leave», «access»
    'دیروز نمی‌توانستم به سامانه وصل شوم.',
    'آن موقع امکانش نبود.',
    'شما چتر نداشتید.',
    'مادرم توان صحبت ندارد.',
    'هیچ‌وقت تنهایتان نمی‌گذارد.',
    'سایت چند ساعت از دسترس خارج بود.',
    'تو باید بیشتر استراحت کنی.',
    // protection, not refusal: nobody else is let in, nobody can see it
    'ما اجازه نمی‌دیم کسی بدون رمز دوم وارد حسابتون بشه.',
    'اطلاعات کارت شما نزد ما ذخیره نمی‌شود و قابل مشاهده نیست.',
    'مشکل از سرور ما بود، نه از گوشی شما.',
    'نمی‌تونم بگم چقدر خوشحالم که مشکل حل شد!',
    'اگر کد را دریافت نکردید، پوشه‌ی اسپم را بررسی کنید.',
    'شما هنوز سفارشی ثبت نکردید، پس هزینه‌ای کسر نشده.',
    'سفارش شما لغو نشده و طبق برنامه ارسال می‌شود.',
    'درخواست شما رد نشده؛ فقط در صف بررسی است.',
    'شما نیازی به پرداخت هزینه‌ی اضافه ندارید.',
  ])('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('reads nothing in a sentence without Persian, and never throws on odd input', () => {
    expect(readGenericFa('We cannot refund this.')).toEqual([]);
    expect(readGenericFa('')).toEqual([]);
    expect(readGenericFa('؟؟؟ ،،، نمی')).toEqual([]);
    expect(readGenericFa(undefined as unknown as string)).toEqual([]);
  });
});

describe('Persian generic reader: shape', () => {
  it('explains every construction it can return, in English and Persian, naming the words read', () => {
    const ids = new Set<string>();
    const samples = ['امکان رسیدگی وجود ندارد.', 'مجاز نیست.', 'نمی‌توانیم.', 'انجام نمی‌پذیرد.', 'درخواست شما رد شد.', 'قبول نمی‌کنیم.', 'راهی نمونده.', 'موظف هستید.', 'شما باید زودتر اطلاع می‌دادید.', 'شما فرم را پر نکردید.', 'به ما ربطی نداره.', 'چیز مهمی نیست.', 'اطلاعی ندارم.', 'چند بار باید بگم.'];
    for (const s of samples) for (const h of readGenericFa(s)) ids.add(h.construction);
    expect(ids.size).toBeGreaterThanOrEqual(13);
    for (const id of ids) {
      expect(EXPLAIN_FA[id], id).toBeDefined();
      expect(EXPLAIN_FA[id].en).toContain('{words}');
      expect(EXPLAIN_FA[id].fa).toContain('{words}');
      expect(EXPLAIN_FA[id].fa).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('reads a long run-on draft clause by clause: every repeated refusal found once, spans in order and inside the text', () => {
    const unit = 'سلام، سفارشتونو چک کردم و امکان ارسال مجدد با توجه به شرایط انبار و حجم بالای سفارش‌ها و تعطیلی‌های پیش رو فراهم نیست و ';
    const filler = 'و '.repeat(400);
    const draft = unit.repeat(200) + filler + 'خسارتو پرداخت نمی‌کنیم';
    const hits = readGenericFa(draft);
    expect(hits.length).toBe(201);
    for (let k = 1; k < hits.length; k++) expect(hits[k].start).toBeGreaterThanOrEqual(hits[k - 1].end);
    expect(draft.slice(hits[200].start, hits[200].end)).toBe('پرداخت نمی‌کنیم');
    // A possibility word further back than the reader looks is not joined to a verb 400 words later.
    expect(read(`امکان ${'خیلی '.repeat(400)}وجود ندارد`)).toEqual([]);
  });
});
