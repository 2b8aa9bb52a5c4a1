/**
 * Persian variant matrix, twenty-first session (rwfa21): the kinds named from the development errors of late20 (then late19,
 * late18), each written here as its parts in many trades, formal and colloquial, in the four spellings, before any reader
 * (not the dev wording with its nouns swapped), with the close contrasts that must stay as they are:
 *
 *  neutrals (lib/rewrite/neutral21.fa.ts)
 *  - a rule cited over a grant («طبق ضوابط …، همراه بیمار می‌تواند …»; not «… فقط …», «… قابل مرجوع نیست»);
 *  - a formal opener over news the customer wanted («به استحضار می‌رساند … تأیید و واریز گردید»); (bur35) over any news,
 *    its rule retired: «… رد شد» keeps its own flag, on the rejection;
 *  - not knowing how to thank («نمی‌دونم چطوری ازتون تشکر کنم»; not «نمی‌دانم چطور … گم شده»);
 *  - «مشکلی نیست، …» as a finding about the customer's thing («… پرداختتون درست انجام شده»; not «… این چیزا پیش میاد»);
 *  negatives (lib/rewrite/generic/kinds21.fa.ts, kinds19/20 widened)
 *  - a rule as the reason in every position: fronted with a restriction, as the predicate («قوانین صرافیه»، «جزو سیاست‌های
 *    … است»), as the actor («مقررات … ایجاب می‌نماید»); a system that does not allow («نرم‌افزار … را مجاز نمی‌داند»);
 *  - not sure («اطمینان ندارم که …»، «اطمینانی وجود ندارد»، «مطمئن نیستم که …»);
 *  - candour announced with a verb of telling («صراحتاً اعلام می‌شود»، «در کمال صداقت باید عرض کنم»);
 *  - waved off with a particle («طبیعیه دیگه،»، «اشکال نداره حالا،»، «حالا هر چی»), not as serious as you say, stop
 *    contacting us so often;
 *  - a bare apology opening plain information or a request; hedged ability in the first person; not within our remit;
 *  - our unit in the third person refusing a service («این فروشگاه … ارسال نمی‌کند»);
 *  - told already with the earlier message named («تو تیکت قبلی کامل توضیح دادم که …»), read our message again.
 *
 *   npx tsx scripts/fa-matrix21.ts [--misses] [--ortho=all] [--cat=<category>]
 */
import { pathToFileURL } from 'node:url';
import { F, familyItems, matrixMain, N, type Family, type MatrixItem, type MatrixOptions } from './fa-matrix.ts';

export const FAMILIES21: readonly Family[] = [
  // ================= neutrals =================
  N('policy', 'a rule cited over a grant (formal)', '{head} {rule}، {grant}', {
    head: ['طبق', 'بر اساس', 'مطابق', 'برابر', 'بنا بر'],
    rule: ['ضوابط کلینیک', 'قوانین فروشگاه', 'مقررات جدید بانک', 'آیین‌نامه آموزشی دانشگاه', 'دستورالعمل شرکت بیمه', 'سیاست‌های هتل'],
    grant: [
      'همراه بیمار می‌تواند در تمام ساعات در اتاق حضور داشته باشد.', 'کالا تا هفت روز پس از تحویل قابل مرجوع است.',
      'مشترکین می‌توانند بدهی را در شش قسط پرداخت کنند.', 'دانشجو مجاز است یک نیمسال مرخصی بگیرد.',
      'امکان تمدید آنلاین قرارداد فراهم شده است.', 'به خرید بالای دو میلیون تومان ارسال رایگان تعلق می‌گیرد.',
    ],
  }),
  N('policy', 'a rule cited over a grant (colloquial)', '{head} {rule}، {grant}', {
    head: ['طبق', 'بر اساس'],
    rule: ['قوانین باشگاه', 'قوانین سایت', 'قوانین آموزشگاه', 'سیاست فروشگاه'],
    grant: ['اعضا می‌تونن یه جلسه رو جابه‌جا کنن.', 'بلیط تا ۲۴ ساعت بعد از خرید کامل قابل استرداده.', 'می‌تونید تا آخر ماه سایز رو عوض کنید.', 'اولین تعویض رایگانه.'],
  }),
  F('policy', 'contrast: a rule cited over a limit or a refusal', '[[{head} {rule}]]، {limit}', {
    head: ['طبق', 'بر اساس'],
    rule: ['قوانین فروشگاه', 'ضوابط بیمارستان', 'مقررات بانک', 'سیاست آموزشگاه'],
    limit: [
      'کالا فقط تا سه روز قابل مرجوع است.', 'همراه بیمار نمی‌تواند در بخش بماند.', 'کالای حراجی قابل مرجوع نیست.',
      'فقط صاحب حساب می‌تواند درخواست بدهد.', 'استرداد وجه منوط به ارائه فاکتور است.', 'شما باید حضوری مراجعه کنید.',
    ],
  }),
  N('jargon', 'a formal opener over news the customer wanted', '{_hi}{opener} {news}', {
    _hi: ['', 'با سلام، ', 'احتراماً ', 'با سلام و احترام، ', 'بدین‌وسیله '],
    opener: ['به استحضار می‌رساند', 'به اطلاع می‌رساند', 'به اطلاع می‌رسانیم'],
    news: [
      'خسارت بستری جنابعالی تأیید و به حساب شما واریز گردید.', 'درخواست وام شما مورد موافقت قرار گرفت.', 'اعتراض شما پذیرفته شد و مبلغ قبض اصلاح گردید.',
      'کارت جدید جنابعالی صادر و به نشانی شما ارسال شده است.', 'مبلغ ودیعه به حساب شما بازگردانده شد.', 'اشتراک شما به مدت یک ماه رایگان تمدید گردید.',
      'مشکل اتصال اینترنت شما برطرف شد.',
    ],
  }),
  // bur35: the formula's rule (fa-bureaucratic-inform) is retired. The KNOWN family (the opener kept flagged over «تکمیل شد»)
  // is a neutral like the others now, and the contrast that kept the opener flagged over bad or no news is split: plain
  // unwelcome news is no negative phrasing (no flag at all); a rejection keeps its own flag, on its own words.
  N('jargon', 'a formal opener over «تکمیل شد» (once KNOWN: flagged while the rule stood)', '{opener} {news}', {
    opener: ['به استحضار می‌رساند'],
    news: ['ثبت‌نام فرزند شما در کلاس تابستانه تکمیل شد.'],
  }),
  N('jargon', 'a formal opener over unwelcome or pending news (bur35: once a contrast that kept the opener flagged)', '{opener} {news}', {
    opener: ['به استحضار می‌رساند', 'به اطلاع می‌رساند'],
    news: ['پرداخت قسط شما ناموفق بود.', 'پرونده شما در دست بررسی است.', 'بیمه‌نامه جنابعالی منقضی شده است.', 'حساب شما مسدود شد.', 'مدارک ارسالی ناقص است و باید تکمیل شود.'],
  }),
  F('refusal', 'contrast: a rejection after the opener keeps its own flag (bur35)', '{opener} [[{news}]]', {
    opener: ['به استحضار می‌رساند', 'به اطلاع می‌رساند'],
    news: ['درخواست شما رد شد'],
  }),
  N('uncertainty', 'not knowing how to thank', '{_lead}{dont} {how} {whom} {thank}{_end}', {
    _lead: ['', 'واقعاً ', 'راستش '],
    dont: ['نمی‌دانیم', 'نمی‌دونم', 'نمیدونیم', 'نمی‌دانم'],
    how: ['چگونه', 'چطوری', 'با چه زبانی', 'چجوری'],
    whom: ['از همراهی شما در این سال‌ها', 'ازتون', 'از صبوری شما', 'لطفتون رو', 'محبتتونو'],
    thank: ['سپاسگزاری کنیم', 'تشکر کنم', 'قدردانی کنیم', 'جبران کنیم'],
    _end: ['.', '', ' 🙏'],
  }),
  F('uncertainty', 'contrast: not knowing how or why something happened', '[[{dont} {wh} {what}]]', {
    dont: ['نمی‌دانم', 'نمی‌دونیم'],
    wh: ['چطور', 'چرا', 'چه زمانی'],
    what: ['سفارش شما گم شده.', 'تشکرنامه‌تون به دستمون نرسیده.', 'بسته شما می‌رسد.'],
  }),
  N('negative-words', '«no problem» as a finding about the customer\'s thing', '{np}، {finding}', {
    np: ['مشکلی نیست', 'مسئله‌ای نیست'],
    finding: [
      'پرداخت قسطتون درست انجام شده و همه چی اوکیه.', 'سفارشتون ثبت شده و فردا ارسال میشه.', 'حسابتون فعاله و می‌تونید وارد شید.',
      'مدارک جنابعالی کامل است.', 'بیمه‌نامه شما معتبره.', 'رزرو اتاقتون سر جاشه و تأیید شده.', 'کارت شما سالمه.', 'تراکنش شما با موفقیت انجام شده.',
    ],
  }),
  F('negative-words', 'contrast: «no problem» waving off, or answering thanks', '[[مشکلی نیست،]] {rest}', {
    rest: ['این چیزا پیش میاد.', 'فردا درستش می‌کنیم.', 'خوشحال شدم که کمک کردم.', 'وظیفه‌مونه.'],
  }),

  // ================= negatives =================
  F('policy', 'a rule cited, a restriction after it', '[[{head} {rule}]]، {limit}', {
    head: ['برابر', 'طبق', 'مطابق'],
    rule: ['مقررات شرکت مخابرات', 'ضوابط سازمان امور مالیاتی', 'دستورالعمل داخلی بانک', 'آیین‌نامه انضباطی باشگاه'],
    limit: ['انتقال خط صرفاً با حضور مالک انجام می‌پذیرد.', 'تحویل کالا فقط در شعبه مرکزی انجام می‌شود.', 'تمدید قرارداد منوط به تسویه کامل است.'],
  }),
  F('policy', 'the rule as the predicate', '{_pre}[[{rule} {owner}]]{tail}', {
    _pre: ['', 'شرمنده، ', 'عزیزم '],
    rule: ['قوانین', 'سیاست', 'مقررات'],
    owner: ['صرافیه', 'آموزشگاهه', 'پارکینگه', 'کلینیکه', 'نمایشگاهه', 'باشگاهه'],
    tail: ['، کاری از دستم برنمیاد', '.', ' عزیزم، بالای سقف احراز لازمه', ' دیگه'],
  }),
  F('policy', 'part of the policy (formal)', '{before} این موضوع [[جزو {rule} {qual} است]].', {
    before: ['پذیرش مهمانان از ساعت ۱۴ آغاز می‌گردد و', 'ثبت‌نام فقط حضوری انجام می‌شود و', 'بازدید پس از ساعت ۲۰ ممکن نیست و'],
    rule: ['سیاست‌های ثابت', 'قوانین', 'ضوابط'],
    qual: ['هتل', 'این مجموعه', 'شرکت'],
  }),
  F('policy', 'the rule as the actor', '[[{rule} {verb}]] {what}', {
    rule: ['مقررات حمل بار این شرکت', 'آیین‌نامه داخلی خوابگاه', 'قوانین بیمه', 'ضوابط ایمنی کارگاه'],
    verb: ['ایجاب می‌نماید', 'اقتضا می‌کند', 'ایجاب می‌کند'],
    what: ['پاوربانک صرفاً در بار دستی حمل گردد.', 'مهمان پس از ساعت ۲۲ پذیرش نشود.', 'مدارک اصل ارائه شود.'],
  }),
  F('system', 'the system does not allow', '[[{sys}{sub}، {what} را {not}]].', {
    sys: ['نرم‌افزار', 'سامانه', 'سیستم'],
    sub: [' صدور قبوض', ' رزرو', ''],
    what: ['تقسیط بدهی بالای ۵۰ میلیون ریال', 'رزرو همزمان دو اتاق', 'ثبت نوبت دوم'],
    not: ['مجاز نمی‌داند', 'قبول نمی‌کند'],
  }),
  N('system', 'contrast: a system that protects or allows', '{neu}', {
    neu: [
      'سامانه اجازه ورود کسی جز خود شما را نمی‌دهد.', 'سیستم به هیچ‌کس اجازه دیدن رمز شما را نمی‌دهد.', 'نرم‌افزار جدید اجازه می‌دهد رزرو را خودتان تغییر دهید.',
      'سامانه پرداخت را با موفقیت ثبت کرد.', 'مقررات جدید اجازه می‌دهد تا دو نفر همراه داشته باشید.',
    ],
  }),
  F('not-knowing', 'not sure, said by the agent', '{_lead}[[{unsure}]] {what}', {
    _lead: ['', 'راستش ', 'فعلاً '],
    unsure: ['اطمینان ندارم', 'اطمینان نداریم', 'مطمئن نیستم', 'مطمئن نیستیم', 'اطمینانی وجود ندارد', 'یقین ندارم'],
    what: ['که کد تخفیف شامل پروازهای چارتر بشود.', 'که کلاس فشرده تابستان تشکیل شود.', 'که قطعه تا آخر هفته برسه.', 'تعمیرکار فردا بیاد یا نه.'],
  }),
  N('not-knowing', 'contrast: certainty given, asked, or the agent checking they understood', '{neu}', {
    neu: [
      'اطمینان داشته باشید که سفارشتون فردا می‌رسه.', 'اگه مطمئن نیستید، شماره سفارش رو بفرستید تا چک کنم.', 'مطمئن نیستید کدوم سایز مناسبه؟',
      'مطمئن نیستم درست متوجه شده باشم؛ منظورتون شعبه ونک است؟', 'با اطمینان می‌تونم بگم که بسته امروز تحویل میشه.', 'جای هیچ نگرانی وجود ندارد.',
    ],
  }),
  F('to-be-honest', 'candour announced with a verb of telling', '[[{adv}]] {tell} {news}', {
    adv: ['صراحتاً', 'در کمال صداقت', 'با کمال صداقت', 'صادقانه', 'حقیقتاً'],
    tell: ['اعلام می‌شود که', 'به اطلاع می‌رساند', 'باید عرض کنم که', 'خدمتتون بگم', 'عرض می‌کنم'],
    news: ['زمان آزمون تغییر نکرده است.', 'پرونده جنابعالی در دست بررسی است.', 'نوسان قیمت در این بازار رایج است.'],
  }),
  N('to-be-honest', 'contrast: warm words, a manner of a document, a request', '{neu}', {
    neu: [
      'صادقانه از صبر شما سپاسگزاریم.', 'صراحتاً در قرارداد ذکر شده که تمدید خودکار است.', 'صادقانه خوشحالیم که دوباره ما را انتخاب کردید.',
      'لطفاً صراحتاً بفرمایید کدام گزینه را ترجیح می‌دهید.', 'در کمال صداقت و امانت کالای شما را تحویل دادیم.',
    ],
  }),
  F('dismissive', 'waved off with a particle', '[[{wave}]]، {rest}', {
    wave: ['خب طبیعیه دیگه', 'طبیعی است دیگه', 'عادیه دیگه', 'اشکال نداره حالا', 'عیبی نداره حالا', 'حالا هر چی', 'حالا هرچی', 'مهم نیست حالا'],
    rest: ['ایام تعطیلات ارسال‌ها با تأخیره', 'رنگش یه کم فرق داره', 'فردا تعمیرکار میاد درستش می‌کنه', 'صف شلوغه'],
  }),
  N('dismissive', 'contrast: the feeling granted, permission, an offer, deference', '{neu}', {
    neu: [
      'طبیعیه که ناراحت باشید، الان بررسی می‌کنم.', 'اشکال نداره حالا، هر وقت تونستید مدارک رو بفرستید.', 'اشکال نداره، یکی دیگه براتون می‌فرستیم.',
      'هر چی شما بفرمایید، همون رو ثبت می‌کنم.', 'حالا هر چی لازم دارید بگید تا براتون بفرستم.', 'این کاملاً طبیعیه که بعد از آپدیت گوشی کمی گرم بشه.',
      'حالا که اطلاعات کامل شد، درخواستتون ثبت شد.',
    ],
  }),
  F('dismissive', 'not as serious as the customer says', '{_subj}[[{deg} {say} {adj} {neg}]]{_end}', {
    _subj: ['موضوع ', 'مشکل ', ''],
    deg: ['آن‌قدرها هم', 'اونقدرام', 'آنچنان هم'],
    say: ['که فرموده‌اید', 'که میگید', 'که فکر می‌کنید'],
    adj: ['حاد', 'جدی', 'بد', 'مهم'],
    neg: ['نیست', 'نبود'],
    _end: ['.', '؛ ماه بعد اصلاح می‌شود.', ''],
  }),
  N('dismissive', 'contrast: a wait shorter than feared, a finding with a result clause', '{neu}', {
    neu: [
      'آن‌قدرها هم که فکر می‌کنید طول نمی‌کشد، تا فردا آماده است.', 'خوشبختانه آسیب جدی نیست و با یک تعمیر ساده درست می‌شود.',
      'اونقدرام جدی نیست که نیاز به تعویض داشته باشه.', 'اونقدرام که فکر می‌کنید گرون نیست.',
      'مشکل چندان جدی‌ای نیست، با یه ریستارت درست میشه.',
    ],
  }),
  N('dismissive', 'KNOWN: an older reader flags a degree word before a finding', '{neu}', {
    neu: ['خوشبختانه آسیب آن‌قدرها هم جدی نیست و قطعه موجود است.'],
  }),
  F('dismissive', 'stop contacting us so often', '{_pre}[[{need}]]{_end}', {
    _pre: ['درخواست شما ثبت شده است و ', 'پرونده در حال بررسی است و ', ''],
    need: ['نیازی به تماس‌های مکرر نیست', 'لازم نیست هی زنگ بزنید', 'نیازی به پیگیری‌های مکرر نیست', 'لزومی به ارسال پیام‌های مکرر نیست', 'نیازی نیست مدام پیگیری کنید'],
    _end: ['.', '، خبرتون می‌کنیم.'],
  }),
  N('dismissive', 'contrast: no need to contact again, an apology for their calls', '{neu}', {
    neu: [
      'نیازی به تماس مجدد نیست، نتیجه پیامک می‌شود.', 'ببخشید که مجبور شدید چند بار تماس بگیرید.', 'اگر تا فردا خبری نشد، لطفاً دوباره تماس بگیرید.',
      'لازم نیست دوباره مدارک رو بفرستید، همه‌اش رسیده.',
    ],
  }),
  F('apology-reflex', 'a bare apology opening plain information or a request', '[[{sorry}]]{sep}{rest}', {
    sorry: ['شرمنده', 'ببخشید', 'شرمنده‌ام', 'عذر می‌خوام'],
    sep: ['، ', ' '],
    rest: ['ساعت کلاس پیلاتس ۶ عصره', 'کلاسای ریاضی یکشنبه‌هاست', 'شماره سفارشتونو می‌فرستین؟', 'آدرس شعبه خیابان ولیعصره.', 'فاکتور رو هم ضمیمه کنید لطفاً.'],
  }),
  N('apology-reflex', 'contrast: the agent\'s own act or fault, the customer told not to be sorry', '{neu}', {
    neu: [
      'ببخشید، اسمتون رو درست نوشتم؟', 'ببخشید، اشتباه از ما بود؛ مبلغ اصلاح شد.', 'شرمنده نباشید، وظیفه‌مونه.', 'شرمنده‌ی محبتتون هستیم.',
      'ببخشید، یادم رفت کد رهگیری رو بفرستم: ۸۸۲۱۴.', 'شرمنده‌مون کردید با این همه لطف.', 'ببخشید، پیامتون از دستم در رفته بود.',
      'شرمنده، تقصیر من بود که آدرس رو اشتباه ثبت کردم.', 'ببخشید، درخواستتون از نظرمون جا افتاده بود.',
    ],
  }),
  F('ill-try', 'hedged ability, first person', '{_pre}[[{maybe} {can}]] {what}', {
    _pre: ['', 'کاربر گرامی، ', 'عزیزم '],
    maybe: ['ممکن است', 'ممکنه', 'احتمالاً', 'احتمال داره'],
    can: ['بتوانم', 'بتونیم', 'بتوانیم'],
    what: ['نوبت خالی دیگری برای شما پیدا کنم.', 'تا فردا یه راننده دیگه بفرستیم.', 'هزینه ارسال را برگردانیم.'],
  }),
  N('ill-try', 'contrast: what the customer may be able to do', '{maybe} {can} {what}', {
    maybe: ['ممکن است', 'ممکنه'],
    can: ['بتوانید', 'بتونید'],
    what: ['از طریق اپلیکیشن نوبت بگیرید.', 'با کد تخفیف دیگری خرید کنید.'],
  }),
  F('not-my-dept', 'not within our remit', '{what} [[{remit} {own} {neg}]]{_end}', {
    what: ['صدور روادید', 'این موضوع', 'تصمیم‌گیری درباره تمدید', 'تغییر تعرفه'],
    remit: ['در اختیار', 'در حیطه اختیارات', 'در حوزه'],
    own: ['این آژانس', 'واحد ما', 'این دفتر', 'ما'],
    neg: ['نیست', 'نبوده'],
    _end: ['.', ' و تصمیم نهایی با سفارت است.'],
  }),
  F('refusal', 'contrast: the agent refusing the asker, «anyone but the holder»', '[[{refuse}]] {what}', {
    refuse: ['اجازه نداریم', 'مجاز نیستیم'],
    what: ['ریز تراکنش‌ها رو به کسی غیر از صاحب حساب بگیم.', 'نتیجه آزمایش را به فردی غیر از خود بیمار اعلام کنیم.'],
  }),
  N('not-my-dept', 'contrast: the customer\'s data not held', '{neu}', {
    neu: ['رمز کارت شما در اختیار این شرکت نیست.', 'اطلاعات حساب شما در اختیار هیچ شخص ثالثی نیست.', 'تصمیم نهایی در اختیار خود شماست.'],
  }),
  F('passive-aggressive', 'told already, the earlier message named', '[[{pre} {msg} {earlier} {how}{verb}]] {what}', {
    pre: ['تو', 'در'],
    msg: ['تیکت', 'پیام', 'ایمیل', 'نامه'],
    earlier: ['قبلی', 'قبلیم'],
    how: ['', 'کامل ', 'خدمتتون '],
    verb: ['توضیح دادم', 'گفتم', 'عرض کردم', 'اشاره کردیم'],
    what: ['که ارسال یخچالی فقط داخل شهره.', 'که مدارک باید اصل باشد.'],
  }),
  N('passive-aggressive', 'contrast: a thing sent before, the agent\'s own slip', '{neu}', {
    neu: ['در پیام قبلی شماره پیگیری را برایتان فرستادم، لطفاً بررسی کنید.', 'در پیام قبلی اشتباه نوشتم، مبلغ درست ۲۰۰ هزار تومنه.', 'تو ایمیل قبلی فاکتور رو پیوست کردم.'],
  }),
  F('passive-aggressive', 'read our message again', '{please}[[{again} {text} {read}]]{_end}', {
    please: ['', 'لطفاً '],
    again: ['یه بار دیگه', 'دوباره', 'مجدداً'],
    text: ['پیاممو', 'پیام قبلی من را', 'توضیحاتمو', 'ایمیلمو'],
    read: ['بخون', 'بخونید', 'مطالعه فرمایید', 'مطالعه کنید'],
    _end: ['', ' 🙂', '، اونجا نوشتم چطوری ریستش کنید.'],
  }),
  N('passive-aggressive', 'contrast: a document or a third party\'s message to read, a thing sent again', '{neu}', {
    neu: [
      'لطفاً قرارداد را یک بار دیگر مطالعه کنید و در صورت موافقت امضا کنید.', 'پیام بانک رو دوباره بخونید، کد تو همونه.', 'پیام تأیید را دوباره برایتان فرستادم.',
      'لطفاً شرایط گارانتی را دوباره مطالعه کنید تا مدارک لازم را آماده کنید.',
    ],
  }),
  F('refusal', 'our unit in the third person refusing a service', '{_hi}این {unit} {what} [[{svc} {neg}]]{_end}', {
    _hi: ['', 'با سلام، ', 'مشتری گرامی، '],
    unit: ['فروشگاه', 'آموزشگاه', 'کلینیک', 'آژانس', 'هتل', 'شرکت'],
    what: ['لوازم سنگین را به شهرستان', 'کلاس آنلاین', 'بیمه تکمیلی', 'بلیت چارتر را'],
    svc: ['ارسال', 'برگزار', 'قبول', 'ارائه'],
    neg: ['نمی‌کند', 'نمی‌نماید', 'نمیکنه'],
    _end: ['.', ' و تحویل فقط حضوری است.'],
  }),
  N('refusal', 'contrast: our unit taking no fee, keeping no data, doing the service', '{neu}', {
    neu: [
      'این فروشگاه هزینه‌ای بابت ارسال دریافت نمی‌کند.', 'این شرکت اطلاعات کارت شما را ذخیره نمی‌کند.', 'این هتل از مهمانان هیچ ودیعه‌ای دریافت نمی‌کند.',
      'این فروشگاه سفارش‌ها را ظرف ۲۴ ساعت ارسال می‌کند.', 'اگر این فروشگاه ارسال نمی‌کند، از شعبه دیگر بخرید.', 'این آموزشگاه برای جلسه جبرانی کارمزدی دریافت نمی‌کند.',
    ],
  }),
];

export function faMatrix21(opts: MatrixOptions = {}): MatrixItem[] {
  return familyItems(FAMILIES21, opts);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) matrixMain(process.argv.slice(2), faMatrix21);
