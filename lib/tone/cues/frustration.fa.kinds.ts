/**
 * Persian frustration, more kinds (session 11, read off the fresh writers' `fresh` and `late7` splits by kind
 * of evidence, formal and colloquial, not by sentence). Words join frustration.ts's categories (same names: the
 * matcher merges them), so its readers weigh them as before: feelings and judgements count alone, praise only
 * around a failure (sarcasm), a negation of the customer's own cancels a feeling («عصبانی نیستم، فقط …»).
 *
 * Kinds:
 * - patience at its limit: «صبرم حدی داره», «دیگه زیادی شد», «فردا شاید دیگه مؤدب نباشم», a scoff «هه.»;
 * - formal judgement: «بسیار زننده بود», «به‌هیچ‌وجه قابل قبول نبود», «قابل درک نیست», «جای تعجب است»,
 *   «با کمال تأسف», «نزد آن واحد اهمیتی نداشته», «کاش دست‌کم …», «یه جای کار می‌لنگه»;
 * - canned answers and being handed round: «جواب ربات‌وار», «متن آماده کپی کنید», «یه انسان جواب بده»,
 *   «هر کی یه چی میگه», «سه تا جواب مختلف», «از اول باید کل ماجرا رو تعریف کنم», «یه بار مشکلو حل کنید»;
 * - refusing to pay or to hear more: «یک ریالشو نمیدم», «نمی‌خوام هیچ توضیحی بشنوم»;
 * - leaving and going public, formal and colloquial: «دیگه ازتون خرید نکنم», «دیگه سفارش نمیدم», «کاری با شما
 *   ندارم», «قرارداد فسخ خواهد شد», «از طریق مراجع ذی‌صلاح», «سامانه ۱۲۴», «در شبکه‌های اجتماعی منتشر خواهم کرد»,
 *   «دلیلی برای ادامه همکاری نمی‌بینم», «برای همیشه پاکش کردم»;
 * - rhetorical questions: «خب الان چی؟», «کسی هست جواب بده؟», «سلامتی ما مهمه یا فقط پول؟», «یعنی من باید …؟»,
 *   «اولویت چندم؟», «چرا خبر ندادید؟»;
 * - sarcasm, praise that needs a failure beside it: «خیلی جالبه»، «باحالید»، «خلاقانه‌ست»، «لطف کردید»،
 *   «تحت تأثیر قرار گرفتم»; and sarcasm said whole: «ممنون از این همه سرعت», «حتماً خیلی به کارم میاد»;
 *   "N days have passed" («پنج روز گذشته») as the failure praised.
 * Quiet (weight 0 or not listed): «اعتراض» asked about, «چطور حسابمو ببندم؟», genuine «خیلی لطف کردید».
 */
import type { CueContext } from '../cue.ts';
import type { LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';

/** Categories of frustration.ts (same names: the matcher joins them). */
const FEELING = 'frustration';
const JUDGEMENT = 'frustration.judgement';
const COMPLAINT = 'frustration.complaint';
const ESCALATION = 'frustration.escalation';
const SARCASM = 'frustration.sarcasm';
const PRAISE = 'frustration.praise';
const FAILURE = 'frustration.failure';
const RHETORICAL = 'frustration.rhetorical';

/** A phrase written with ZWNJ is typed as often with a space: both forms. */
function both(list: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, w] of Object.entries(list)) {
    out[k] = w;
    if (k.includes('\u200c')) out[k.replace(/\u200c/g, ' ')] = w;
  }
  return out;
}

export const faKindsLexicon: LexiconPart = {
  [FEELING]: both({
    // Patience at its limit: «صبوری منم حدی داره», «دیگه زیادی شد».
    'حدی داره': 1.1, 'حدی دارد': 1.1, 'حد و مرزی داره': 1.1, 'زیادی شد': 1.1, 'دیگه زیادیه': 1.1,
    // «فردا شاید دیگه مؤدب نباشم»: politeness about to run out.
    'مودب نباشم': 1.2, 'مودب نمیمونم': 1.2, 'مؤدب نباشم': 1.2,
    // Given up: «دیگه برام مهم نیست», «دیگه برامون مهم نیست».
    'دیگه برام مهم نیست': 1, 'دیگه برامون مهم نیست': 1, 'دیگر برایم اهمیتی ندارد': 1,
    // A scoff, and dismay at another failure: «هه.», «وای نه باز؟».
    'هه': 0.6, 'وای نه': 0.6, 'وای نه باز': 1.1, 'ای بابا باز': 1.1, 'ای بابا بازم': 1.1, 'نه باز': 0.6,
  }),
  [JUDGEMENT]: both({
    // Formal judgement of a person or the service: «رفتار … بسیار زننده بود», «به‌هیچ‌وجه قابل قبول نبود».
    'زننده': 1.2, 'به‌هیچ‌وجه قابل قبول نیست': 1.4, 'به‌هیچ‌وجه قابل قبول نبود': 1.4, 'به هیچ عنوان قابل قبول نیست': 1.4, 'به هیچ عنوان قابل قبول نبود': 1.4, 'قابل قبول نبود': 1.3, 'قابل قبول نیس': 1.3, 'قابل قبول نمیباشد': 1.3,
    'قابل درک نیست': 1.1, 'قابل درک نیس': 1.1, 'قابل توجیه نیست': 1.1, 'جای تعجب': 1, 'جای تعجب داره': 1,
    'با کمال تاسف': 1, 'کمال تاسف': 1, 'مایه تاسف': 1.2, 'مایه‌ی تاسف': 1.2, 'متاسفم که باید': 0.8,
    // Not cared about: «نزد آن واحد اهمیتی نداشته است», «براتون مهم نیست».
    'اهمیتی نداشته': 1, 'اهمیتی نمیدید': 1.2, 'اهمیتی نمیدهید': 1.2, 'براتون مهم نیست': 1.1, 'برای شما مهم نیست': 1.1, 'براتون اهمیت نداره': 1.1,
    // Something of theirs that is only for show: «این شماره فقط جنبه تزئینی دارد».
    'جنبه تزئینی': 1.2, 'جنبه‌ی تزئینی': 1.2, 'فقط اسمش': 0.8, 'یه جای کار می‌لنگه': 1.2, 'یک جای کار می‌لنگد': 1.2,
    // «کاش دست‌کم پیامک‌هاتون با واقعیت منطبق بود»: a wish for the least.
    'کاش دست‌کم': 1, 'کاش حداقل': 1, 'کاش لااقل': 1,
    // Canned answers: «جواب ربات‌وار», «متن آماده برام کپی کنید», «جوابای کپی‌پیست».
    'ربات‌وار': 1, 'رباتی جواب': 0.9, 'متن آماده': 0.9, 'باز متن آماده': 1, 'جواب آماده': 0.8, 'جوابای آماده': 0.9, 'کپی‌پیست': 0.8, 'کپی پیست': 0.8,
    // Each of them says something else: «هر کی یه چی میگه», «سه تا جواب مختلف دادن».
    'هر کی یه چی میگه': 1.1, 'هرکی یه چی میگه': 1.1, 'هرکی یه چیزی میگه': 1.1, 'هر کی یه چیزی میگه': 1.1, 'جواب مختلف دادن': 1, 'جوابای مختلف': 0.9,
    'جواب های مختلف': 0.9, 'جواب‌های متفاوت': 0.9, 'حرفای ضد و نقیض': 1.1, 'ضد و نقیض': 0.9,
    // Refusing to pay or to hear more: «یک ریالشو نمیدم», «نمی‌خوام هیچ توضیحی بشنوم».
    'یک ریالشو نمیدم': 1.2, 'یه ریالشم نمیدم': 1.2, 'یه ریالشو نمیدم': 1.2, 'یک ریال هم نمیدهم': 1.2, 'یک ریالش را نمیدهم': 1.2,
    // Fraud by others, not a judgement of the service: «پیام کلاهبرداری میفرستن» (a hacked account), «ممکنه کلاهبرداری باشه؟».
    'پیام کلاهبرداری': 0, 'پیامک کلاهبرداری': 0, 'لینک کلاهبرداری': 0, 'سایت کلاهبرداری': 0, 'تماس کلاهبرداری': 0, 'تماس های کلاهبرداری': 0,
    'کلاهبرداری باشه': 0, 'کلاهبرداری باشد': 0, 'کلاهبرداری بود': 0, 'قربانی کلاهبرداری': 0,
    'نمیخوام هیچ توضیحی': 1.1, 'توضیح نمیخوام': 0.9, 'بهونه نمیخوام': 1.1, 'عذرخواهی نمیخوام': 1, 'عذرخواهی نخواستم': 1,
  }),
  [COMPLAINT]: both({
    // Told again from the start: «باید از اول کل ماجرا رو تعریف کنم», «یه بار سوابق رو بخونید».
    'از اول باید': 0.8, 'از اول تعریف': 0.9, 'کل ماجرا رو': 0.6, 'یه بار سوابق': 1, 'یه بار مشکل رو حل': 1.1, 'یه بار مشکلو حل': 1.1,
    'یک بار مشکل را حل': 1.1,
    // A person, not a script: «یه انسان جواب بده», «یه نفر که واقعاً فنی باشه».
    // "This time, please…": the last time went wrong («این دفعه لطفاً تا آخرش باشید»).
    'این دفعه لطفا': 0.7, 'این بار لطفا': 0.7, 'این دفعه دیگه': 0.7, 'این بار دیگه': 0.6,
    // Written so often they know me: «انقدر پیام دادم که …».
    'انقدر پیام دادم': 1, 'اینقدر پیام دادم': 1, 'انقدر زنگ زدم': 1, 'اینقدر زنگ زدم': 1, 'انقدر ایمیل زدم': 1, 'اینقدر ایمیل زدم': 1, 'انقدر تماس گرفتم': 1,
    // Someone, at last, to own it: «لطفاً یک نفر مسئولیت این پرونده را بپذیرد».
    'یک نفر مسئولیت': 1, 'یه نفر مسئولیت': 1, 'یکی مسئولیت': 0.9,
    // Years of custom held up against today: «بیست سال است مشتری این بانک هستم», «این همه سال مشتری بودم».
    'سال است مشتری': 0.7, 'ساله مشتری': 0.7, 'سالهاست مشتری': 0.7, 'این همه سال مشتری': 0.9, 'ناچار شدم': 0.4,
    'یه انسان': 0.8, 'یک انسان': 0.8, 'یه آدم واقعی': 0.9, 'یک آدم واقعی': 0.9, 'واقعا فنی': 0.8,
  }),
  [ESCALATION]: both({
    // Leaving and telling others to: «دیگه ازتون خرید نکنم», «به همه میگم ازتون خرید نکنن», «دیگه سفارش نمیدم».
    'خرید نکنم': 1, 'خرید نکنن': 1, 'خرید نکنند': 1, 'ازتون خرید نکنن': 1.2, 'دیگه ازتون خرید نکنم': 1.2, 'دیگه ازتون خرید نکنن': 1.2,
    'دیگه از شما خرید نکنم': 1.2, 'سفارش نمیدم': 1, 'سفارش نمیدیم': 1, 'دیگه سفارش نمیدم': 1.2,
    'کاری با شما ندارم': 1.1, 'کاری باهاتون ندارم': 1.1, 'کاری با شما نداریم': 1.1, 'دلیلی برای ادامه همکاری نمیبینم': 1.1, 'دلیلی برای ادامه نمیبینم': 1.1, 'ادامه همکاری نمیبینم': 1.1,
    'تصمیم به بستن': 1, 'برای همیشه پاک': 1, 'برای همیشه حذف': 1,
    // A contract ended, formal channels: «قرارداد فسخ خواهد شد», «از طریق مراجع ذی‌صلاح پیگیری خواهد شد», «سامانه ۱۲۴».
    'فسخ خواهد شد': 1.1, 'فسخ میکنم': 1, 'فسخ میکنیم': 1, 'مراجع ذی‌صلاح': 1.2, 'مراجع ذیربط': 1, 'سامانه ۱۲۴': 1.2,
    'پیگیری خواهد شد': 0.4,
    // Going public: «نظرم را در شبکه‌های اجتماعی منتشر خواهم کرد».
    'منتشر خواهم کرد': 1, 'منتشر میکنم': 1, 'شبکه‌های اجتماعی': 0.5, 'توی اینستا مینویسم': 1.1, 'تو اینستا مینویسم': 1.1, 'استوری میکنم': 1,
  }),
  [SARCASM]: both({
    // Thanks for what never happened: «ممنون از این همه سرعت», «kheyli mamnoon az in hame sorat».
    'از این همه سرعت': 1.3, 'این همه سرعت عمل': 1.3, 'از این همه پیگیری': 1.3, 'از این همه دقت': 1.3, 'از این همه توجه': 1.2,
    'in hame sorat': 1.3, 'in hame peygiri': 1.3,
    // «حتماً خیلی به کارم میاد»: the wrong thing sent, praised.
    'حتما خیلی به کارم میاد': 1.3, 'حتما به کارم میاد': 1.2, 'خیلی به دردم میخوره': 0.9,
    'چه خلاقانه': 1,
  }),
  // Praise that is sarcasm only beside a failure (frustration.ts's sarcasm reader pairs them).
  [PRAISE]: both({
    'جالبه': 1, 'خیلی جالبه': 1, 'جالب است': 1, 'جالب اینجاست': 1, 'باحالید': 1, 'باحالین': 1, 'خیلی باحالید': 1, 'خلاقانه*': 1,
    'لطف کردید': 1, 'لطف کردین': 1, 'تحت تاثیر قرار گرفتم': 1, 'تحت تاثیر قرار گرفتیم': 1,
  }),
  // "N days have gone by" beside praise: the failure praised (never a failure alone).
  [FAILURE]: both({
    'روز گذشته': 1, 'ساعت گذشته': 1,
    // What the praise is around: closed when it should be open, silence, only now remembered, the same fault back.
    'تعطیله': 1, 'تعطیل است': 1, 'سکوت': 1, 'تازه یادتون': 1, 'یادتون افتاد': 1, 'همون مشکل': 1, 'همان مشکل': 1, 'همون اشتباه': 1,
    'درست نشد': 1, 'حل نشد': 1, 'حل نشده': 1, 'اشتباه فرستادید': 1, 'اشتباه فرستادین': 1,
  }),
  [RHETORICAL]: both({
    // «خب الان چی؟», «کسی هست جواب بده؟», «یعنی من باید بیام حضوری؟».
    'خب الان چی': 1.2, 'حالا چی': 0.6, 'کسی هست جواب': 0.5, 'یکی هست جواب': 0.5, 'کسی هست': 0.3, 'یعنی من باید': 1,
    // «سلامتی ما براتون مهمه یا فقط پول؟», «اولویت چندم دقیقاً؟», «چرا خبر ندادید؟».
    'یا فقط پول': 1.2, 'اولویت چندم': 1.3, 'چرا خبر ندادید': 1, 'چرا خبر ندادین': 1, 'چرا اطلاع ندادید': 1, 'چرا اطلاع ندادین': 1,
    'قرن ۲۱': 0.8, 'قرن بیست و یکم': 0.8,
  }),
};

/** Examples of the kinds above, written for them (frustration.ts runs them with its own). */
export const faKindsExamples = {
  fires: [
    { text: 'صبرم هم حدی داره، سه روزه منتظرم.', evidence: ['حدی داره'] },
    { text: 'برخورد کارمند شعبه با من بسیار زننده بود.', evidence: ['بسیار زننده'] },
    { text: 'این نحوه پاسخگویی به‌هیچ‌وجه قابل قبول نیست.', evidence: ['به‌هیچ‌وجه قابل قبول نیست'] },
    { text: 'سه بار پیام دادم و هر بار یه جواب ربات‌وار گرفتم.', evidence: ['ربات‌وار'] },
    { text: 'دیگه کاری با شما ندارم، اشتراکمو ببندید.', evidence: ['کاری با شما ندارم'] },
    { text: 'در صورت عدم پاسخ، قرارداد فسخ خواهد شد.', evidence: ['فسخ خواهد شد'] },
    { text: 'ممنون از این همه سرعت، ده روزه منتظر کارتم.', evidence: ['از این همه سرعت'] },
    { text: 'خب الان چی؟ دو هفته‌ست کالا تو انبارتونه.', evidence: ['خب الان چی'] },
    { text: 'هر کی یه چی میگه، آخرش کسی نمیدونه بسته کجاست.', evidence: ['هر کی یه چی میگه'] },
    { text: 'دو هفته برای یه تعویض ساده. اینم از خدمات پس از فروشتون.', evidence: ['اینم از خدمات پس از فروشتون'] },
  ],
  quiet: [
    'خیلی لطف کردید، مشکلم حل شد.',
    'چطور میتونم حسابمو ببندم؟',
    'جالبه، نمیدونستم این قابلیت رو دارید. ممنون.',
    'هفته گذشته سفارش دادم، میخواستم بدونم کی میرسه؟',
    'کسی هست بتونه راهنماییم کنه؟',
    'اینم از کد پیگیریتون: ۴۵۶۷۸. لطفا بررسی کنید.',
  ],
};

const NOTHING: { score: number; evidence: readonly Evidence[] } = Object.freeze({ score: 0, evidence: Object.freeze([]) as readonly Evidence[] });
const SO_MUCH = new Set(['اینم', 'اینهم']);
const YOURS = /(?:تون|تان)$/;
const QUESTION = /^\s*[?؟]/;

/**
 * Two kinds read from the tokens (not phrases): "so much for your X" («اینم از نظرسنجی‌تون», «این هم از «ارسال اکسپرس»
 * شما»), a short sentence of its own naming something of the company's; and a bare «خب؟» ("well?") as a sentence.
 * Not «اینم از کد پیگیری‌تون: ۱۲۳۴» (something handed over: a number or a colon follows).
 */
export function readFaKinds(ctx: CueContext): { score: number; evidence: readonly Evidence[] } {
  if (!ctx.fa) return NOTHING;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  let score = 0;
  const evidence: Evidence[] = [];
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    const s = t[i].sentence;
    if (k === 'خب' && t[i - 1]?.sentence !== s && t[i + 1]?.sentence !== s && QUESTION.test(text.slice(t[i].end, t[i].end + 2))) {
      if (score < 0.6) score = 0.6;
      evidence.push(ctx.ev({ start: t[i].start, end: t[i].end + 1 }, 'tone.why.rhetoricalQuestion'));
      continue;
    }
    const j = SO_MUCH.has(k) ? i + 1 : k === 'این' && t[i + 1]?.key === 'هم' ? i + 2 : -1;
    if (j < 0 || t[j]?.key !== 'از' || t[j].sentence !== s || t[i - 1]?.sentence === s) continue;
    let end = -1;
    let m = j + 1;
    for (; m < t.length && t[m].sentence === s; m++) if (end < 0 && (YOURS.test(t[m].key) || t[m].key === 'شما')) end = m;
    if (end < 0 || m - i > 6 || /[\d۰-۹:]/.test(text.slice(t[j].end, t[m - 1].end + 2))) continue;
    score = 1.1;
    evidence.push(ctx.ev({ start: t[i].start, end: t[end].end }, 'tone.why.sarcasm'));
  }
  return evidence.length ? { score, evidence } : NOTHING;
}
