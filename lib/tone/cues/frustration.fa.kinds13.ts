/**
 * Persian frustration, session 13's kinds (read on late8's Persian misses and false alarms; by construction, never one sentence):
 * - who is answerable: «کی جوابگوئه؟», «چه کسی پاسخگوی اتلاف وقت مشترکین است؟», «جواب این وضعیت را چه کسی می‌دهد؟» (a question;
 *   «چه کسی پاسخگوی سؤالات فنی است؟» with an ordinary object stays under the threshold);
 * - "does anyone even …" / "doesn't anyone check …?": «آیا کسی آنجا اصلاً پیام‌ها را می‌خواند؟», «کسی قبل از ارسال چک نمی‌کند؟»
 *   (a question with «کسی» and «اصلاً» or a negative present verb; «کسی دیگه هم این مشکلو داشته؟» stays quiet);
 * - "you don't care": «واقعاً برایتان مهم نیست؟», «انگار برا شما مهم نیست» (the company's «برایتان», never «برام مهم نیست»);
 * - "do you understand?" said to the company: «متوجه هستید؟», «نمی‌فهمین اوضاع رو؟»;
 * - "do you really think …?": «واقعاً فکر می‌کنید مشتری برنمی‌گردد؟»;
 * - "is this X or a joke?", "all you know is taking money": «این کارشناسی است یا شوخی؟», «پول گرفتن بلدین فقط؟»;
 * - paid for this?: «ده سال حق بیمه داده‌ام برای این؟», «پول دادیم که لگ بخوریم؟» (a payment, then «برای این؟» or «که» + a question);
 * - formal displeasure: «آیا این رویه با تعهدات … سازگار است؟», «حقوق بیمه‌گذار را نادیده گرفته», regret «واقعاً پشیمانم»,
 *   «از صفر هم پایین‌تر», blame «بخاطر اشتباه شما»;
 * - formal escalation: a regulator or the courts («بیمه مرکزی», «مراجع قضایی»), a report or referral announced in the future passive
 *   («گزارش خواهد شد», «ارجاع خواهد شد»), «در صورت عدم بهبود» (an ultimatum), a public review announced («در صفحه نظرات … خواهم نوشت»).
 * And false alarms: complaint words that name a procedure, not a complaint: «مهلت/ثبت/فرم اعتراض», «اعتراض به رأی»,
 * «جهت ارائه به مراجع قانونی» (documents for the authorities): longer phrases weighed 0 that cover the escalation word.
 */
import type { CueContext } from '../cue.ts';
import type { LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import type { ToneToken } from '../layer.ts';
import { faContingency23 } from './frustration.fa.kinds23.ts';

const PROCESS = ['ثبت', 'مهلت', 'مهلت قانونی', 'فرم', 'سامانه', 'سامانه ثبت', 'نحوه', 'نحوه ثبت', 'روند', 'مراحل', 'امکان', 'امکان ثبت', 'کد', 'شماره', 'برگه', 'درخواست'];
const YOUR = ['برایتان', 'براتون', 'برای شما', 'برا شما', 'واسه شما', 'واستون', 'برای شماها', 'براى شما'];

export const faKinds13Lexicon: LexiconPart = {
  // «براتون مهم نیست» is "you don't care", not the softener «مهم نیست» ("it doesn't matter"): the longer phrase, weighed 0, covers it.
  'mod.softener': Object.fromEntries(YOUR.flatMap((y) => [[`${y} مهم نیست`, 0], [`${y} اصلا مهم نیست`, 0]])),
  frustration: {
    'واقعا پشیمانم': 1.1, 'واقعا پشیمونم': 1.1, 'پشیمانم که': 1, 'پشیمونم که': 1, 'پشیمانم از': 1, 'واقعا پشیمان شدم': 1.1,
  },
  'frustration.judgement': {
    ...Object.fromEntries(YOUR.flatMap((y) => [[`${y} مهم نیست`, 1.1], [`${y} اهمیتی ندارد`, 1.1], [`${y} اهمیتی نداره`, 1.1]])),
    'هیچ اهمیتی نمیدهید': 1.1, 'هیچ اهمیتی نمیدین': 1.1, 'اصلا اهمیت نمیدین': 1.1, 'اصلا اهمیت نمیدهید': 1.1,
    'از صفر هم پایینتر': 1.2, 'از صفر هم کمتر': 1.2, 'کمتر از صفر': 1.1, 'پایینتر از صفر': 1.1,
    'یا شوخی': 1.1, 'یا شوخیه': 1.1, 'یا مسخره بازی': 1.2, 'یا مسخرهبازی': 1.2,
    'بلدین فقط': 1.1, 'بلدید فقط': 1.1, 'فقط بلدین': 1, 'فقط بلدید': 1,
    'بخاطر اشتباه شما': 1, 'به خاطر اشتباه شما': 1, 'بخاطر اشتباه شماست': 1, 'تقصیر شماست': 1, 'تقصیر شما': 0.8,
    'نادیده گرفته است': 0.7, 'نادیده گرفته شده است': 0.6, 'نادیده گرفتید': 1, 'نادیده گرفتین': 1, 'عملا حقوق': 0.5, 'حقوق بیمهگذار': 0.3, 'حقوق مشتری': 0.3,
    'ینی چی': 0.8, 'ینی چه': 0.8,
    // "If only … at least": «کاش دست‌کم پیامک‌های شما با واقعیت منطبق بود».
    'کاش دستکم': 0.9, 'کاش حداقل': 0.9, 'کاش لااقل': 0.9, 'ای کاش حداقل': 0.9,
    // "Does it take this long?": «آیا صدور یک برگه این‌قدر زمان می‌برد؟», «اینقدر طول میکشه؟».
    'اینقدر زمان میبرد': 0.8, 'اینقدر زمان میبره': 0.8, 'اینقدر طول میکشد': 0.8, 'اینقدر طول میکشه': 0.8, 'این همه زمان میبرد': 0.8, 'این همه طول میکشه': 0.8,
    // "Do you really think…?", "don't you understand?", "do you understand?" said to the company.
    'واقعا فکر میکنید': 0.7, 'واقعا فکر میکنین': 0.7, 'واقعا فکر کردید': 0.8, 'واقعا فکر کردین': 0.8,
    'متوجه نیستید': 1, 'متوجه نیستین': 1, 'نمیفهمین': 1, 'نمیفهمید': 1, 'نمیفهمین اوضاع': 1.2,
  },
  // «آیا کسی اونجا هست که انگلیسی صحبت کنه؟» asks for someone who can, not whether anyone is there.
  'frustration.rhetorical': { 'کسی اونجا هست که': 0, 'کسی آنجا هست که': 0, 'کسی اونجا هست كه': 0 },
  // "You gave no explanation at all" said to the company («هیچ توضیحی هم نداده‌اید»); never enough alone.
  'frustration.complaint': Object.fromEntries(['هیچ توضیحی', 'هیچ توضیحی هم', 'هیچ توضیحی به ما', 'هیچ توضیحی به من'].flatMap((p) => ['ندادید', 'ندادین', 'ندادهاید', 'نداده اید', 'نمیدید', 'نمیدهید'].map((v) => [`${p} ${v}`, 0.6]))),
  'frustration.escalation': {
    'بیمه مرکزی': 0.7, 'مراجع قضایی': 1.2, 'مراجع ذیصلاح': 1, 'مراجع ذی صلاح': 1, 'دادسرا': 1, 'گزارش خواهد شد': 0.6, 'ارجاع خواهد شد': 0.6,
    'در صورت عدم بهبود': 1, 'در صورت عدم رسیدگی': 0.8, 'در دستور کار این سازمان قرار نخواهد': 0.6, 'تمدید نخواهد شد': 0.8, 'تمدید نمیکنیم': 0.8,
    'صفحه نظرات': 0.5, 'گوگل مپ': 0.3, 'گوگلمپ': 0.3,
    // A job title (a signature's «مدیر مالی شرکت آریا», «مدیر گروه آمار»), not a manager asked for (the chief executive addressed,
    // «جناب مدیر عامل», is going over heads and stays; so do the titles a customer asks to be put through to: «مدیر بخش», «مدیر فروش»).
    ...Object.fromEntries(['مالی', 'گروه', 'پروژه', 'آموزش', 'منابع انسانی', 'تولید', 'داخلی', 'محصول', 'بازاریابی'].map((d) => [`مدیر ${d}`, 0])),
    // A procedure named, not a complaint made: «مهلت قانونی اعتراض», «ثبت اعتراض», «اعتراض به رأی», «جهت ارائه به مراجع قانونی».
    ...Object.fromEntries(PROCESS.map((p) => [`${p} اعتراض`, 0])),
    // The same for a complaint's procedure («فرم شکایت», «وضعیت شکایتم»); not «ثبت شکایت» (that is «ثبت شکایت می‌کنم», a threat).
    ...Object.fromEntries(['فرم', 'نحوه', 'نحوه ثبت', 'سامانه', 'سامانه ثبت', 'شماره', 'کد', 'کد پیگیری', 'وضعیت', 'روند', 'مراحل', 'فرم ثبت'].flatMap((p) => [[`${p} شکایت`, 0], [`${p} شکایتم`, 0]])),
    'اعتراض به رای': 0, 'اعتراض به رأی': 0, 'اعتراض به نمره': 0, 'اعتراض به حکم': 0, 'ارائه به مراجع قانونی': 0, 'جهت ارائه به مراجع': 0,
  },
};

const NOTHING = { score: 0, evidence: [] as Evidence[] };

/** Whether token i's sentence is a question (ends in «؟» or «?»). */
function question(ctx: CueContext, i: number): boolean {
  const s = ctx.doc.sentences[ctx.doc.tokens[i].sentence];
  return !!s && /[؟?][\s!؟?]*$/.test(ctx.doc.text.slice(s.start, s.end));
}

const WHO = (t: readonly ToneToken[], i: number) => (t[i].key === 'کی' && !/^(?:از|تا|پس)$/.test(t[i - 1]?.key ?? '')) || (t[i].key === 'کسی' && t[i - 1]?.key === 'چه');
const ANSWERABLE = /^(?:جوابگو|پاسخگو|جوابگوئه|جوابگوعه|جوابگوست|پاسخگوست|جوابگوی|پاسخگوی|مسئوله|مسئوله؟)$/;
/** What the answerable is asked to answer for: a loss or «این» (this situation); an ordinary object («سؤالات فنی») is a real question. */
const LOSS = /^(?:این|اتلاف|ضرر|خسارت|وقت|هزینه|تاخیر|تأخیر|اشتباه|بی|آسیب)/;
const PAID = /^(?:داده|دادم|دادیم|دادهام|دادهایم|پرداختم|پرداختیم|پرداخت|خریدم|خریدیم|میدیم|میدم|میدهیم|میدهم)$/;
const MONEY = new Set(['پول', 'حق', 'هزینه', 'شهریه', 'اشتراک', 'بتل', 'مبلغ', 'پولشو', 'پولشم', 'پولش']);
const CHECKS = /^(?:نمی|ن)(?:خون|خوان|بین|خوند|چک|بررسی|گیر|کن|پرس|ده|زن|رس|فهم|دون|دان)\S*(?:ه|د|ند|ن)$/;

export function readFaKinds13(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (!ctx.fa) return NOTHING;
  const t = ctx.doc.tokens;
  let score = 0;
  const evidence: Evidence[] = [];
  const add = (w: number, from: number, to: number, why: 'tone.why.rhetoricalQuestion' | 'tone.why.sarcasm') => {
    score += w;
    evidence.push(ctx.ev({ start: t[from].start, end: t[to].end }, why));
  };
  let answerable = false;
  let anyone = false;
  let paid = false;
  for (let i = 0; i < t.length; i++) {
    const s = t[i].sentence;
    // «کی جوابگوئه؟», «چه کسی پاسخگوی اتلاف وقت است؟», «جواب این وضعیت را چه کسی می‌دهد؟».
    if (!answerable && WHO(t, i) && question(ctx, i)) {
      let hit = -1;
      let w = 0;
      for (let k = Math.max(0, i - 6); k < t.length && k <= i + 8; k++) {
        if (t[k].sentence !== s) continue;
        if (k <= i + 4 && ANSWERABLE.test(t[k].key)) {
          hit = k;
          const next = t[k + 1]?.sentence === s ? t[k + 1] : null;
          w = !next || /^(?:است|هست|ه|هستش|میشه)$/.test(next.key) || LOSS.test(next.key) ? 1.1 : 0.5;
          break;
        }
        // «چه کسی پول این سه ماه را برمی‌گرداند؟», «کی جبران میکنه؟»: who makes it good (a real question asks it too: weaker).
        if (k > i && /^(?:برمیگرداند|برمیگردونه|برمیگرداند|جبران)$/.test(t[k].key)) {
          hit = k;
          w = 0.6;
          break;
        }
        if (t[k].key === 'جواب' && t[k + 1]?.key === 'این' && k < i) {
          hit = k;
          w = 1.1;
          break;
        }
      }
      if (hit >= 0) {
        answerable = true;
        const who = t[i].key === 'کسی' ? i - 1 : i;
        add(w, Math.min(who, hit), Math.max(i, hit), 'tone.why.rhetoricalQuestion');
      }
    }
    // «آیا کسی آنجا اصلاً پیام‌ها را می‌خواند؟», «کسی قبل از ارسال سفارش را چک نمی‌کند؟».
    if (!anyone && t[i].key === 'کسی' && t[i - 1]?.key !== 'چه' && question(ctx, i)) {
      let end = i + 1;
      while (end < t.length && t[end].sentence === s) end++;
      const at = t.slice(i + 1, end);
      const even = at.some((x) => x.key === 'اصلا') || t[i - 1]?.key === 'اصلا';
      const verb = at.findIndex((x) => x.neg && !x.past && !x.second && CHECKS.test(x.key));
      // «کسی این قضیه رو بررسی میکنه؟»: "is anyone looking at this?", weaker (a chaser asks it too).
      const looks = verb < 0 ? at.findIndex((x, j) => !x.neg && !x.past && !x.second && /^(?:بررسی|رسیدگی|چک)$/.test(x.key) && /^(?:میکنه|میکند|میکنن|میکنند)$/.test(at[j + 1]?.key ?? '')) : -1;
      if (even || verb >= 0 || looks >= 0) {
        anyone = true;
        add(even ? 1 : verb >= 0 ? 0.8 : 0.6, i, verb >= 0 ? i + 1 + verb : looks >= 0 ? i + 2 + looks : i, 'tone.why.rhetoricalQuestion');
      }
    }
    // «ده سال حق بیمه داده‌ام برای این؟», «پول بتل دادیم که لگ بخوریم؟»: paid, then what they got, asked.
    if (!paid && PAID.test(t[i].key) && question(ctx, i) && t.slice(Math.max(0, i - 4), i).some((x) => MONEY.has(x.key) && x.sentence === s)) {
      const n1 = t[i + 1]?.sentence === s ? t[i + 1] : null;
      const n2 = t[i + 2]?.sentence === s ? t[i + 2] : null;
      const last = (() => {
        let e = i;
        while (e + 1 < t.length && t[e + 1].sentence === s) e++;
        return e;
      })();
      const forThis = n1 && /^(?:برای|واسه|بخاطر)$/.test(n1.key) && n2?.key === 'این' && last === i + 2;
      // The «که» clause is the whole rest of the question («پول دادیم که لگ بخوریم؟»), not a purpose before a real question («…دادم که فیلم ببینم، چرا باز نمیشه؟»).
      const soThat = n1?.key === 'که' && last > i + 1 && last <= i + 6 && t[last].clause === t[i + 2].clause;
      if (forThis || soThat) {
        paid = true;
        add(1.1, Math.max(0, i - 2), last, 'tone.why.sarcasm');
      }
    }
  }
  // «بیمار سرطانی را این‌طور سرگردان می‌کنید؟»: "is this how you treat …?", a second-person present verb after «این‌طور» in a question.
  for (let i = 0; i + 1 < t.length; i++) {
    if (!/^(?:اینطور|اینطوری|اینجوری|اینگونه)$/.test(t[i].key) || !question(ctx, i)) continue;
    const v = t.findIndex((x, j) => j > i && j <= i + 4 && x.sentence === t[i].sentence && x.second && !x.past && !x.neg);
    if (v < 0) continue;
    add(0.9, i, v, 'tone.why.rhetoricalQuestion');
    break;
  }
  // «آیا قصد دارید هزینه را برگردانید یا باید از طریق قانونی اقدام کنم؟»: an escalation offered as the other choice is an ultimatum.
  for (const h of ctx.hits) {
    if (h.category !== 'frustration.escalation' || h.weight < 0.7 || !question(ctx, h.from)) continue;
    // «… دارید یا از جای دیگه تهیه کنم؟»: buying elsewhere deliberated is a choice asked, not an ultimatum (./frustration.fa.kinds23.ts).
    if (faContingency23(ctx, h)) continue;
    const s = t[h.from].sentence;
    const or = t.findIndex((x, j) => j < h.from && j >= h.from - 4 && x.sentence === s && x.key === 'یا');
    if (or < 0 || !t.some((x, j) => j < or && x.sentence === s && x.second)) continue;
    add(1, or, h.to - 1, 'tone.why.rhetoricalQuestion');
    break;
  }
  // «آیا باید حادثه‌ای جدی رخ دهد تا اقدام شود؟», «باید یکی بمیره تا رسیدگی کنید؟»: "must something terrible happen before you act?".
  for (let i = 0; i < t.length; i++) {
    if (t[i].key !== 'باید' || !question(ctx, i)) continue;
    const s = t[i].sentence;
    const bad = t.findIndex((x, j) => j > i && j <= i + 4 && x.sentence === s && /^(?:حادثه|حادثهای|اتفاقی|فاجعه|فاجعهای|بمیر|بمیره|بمیریم|بمیرم|کشته|رخ)/.test(x.key));
    const until = bad < 0 ? -1 : t.findIndex((x, j) => j > bad && x.sentence === s && x.key === 'تا');
    if (until < 0) continue;
    add(1.1, i, until, 'tone.why.rhetoricalQuestion');
    break;
  }
  // «حالا هزینه مرجوعی را هم باید خودم بدهم؟»: "and now I'm to pay for it too?" (a question with «حالا», «هم», «باید» and the customer).
  for (let i = 0; i < t.length; i++) {
    if (t[i].key !== 'حالا' || !question(ctx, i)) continue;
    const s = t[i].sentence;
    const rest = t.filter((x, j) => j > i && x.sentence === s);
    if (rest.length > 10 || !rest.some((x) => x.key === 'هم') || !rest.some((x) => x.key === 'باید') || !rest.some((x) => /^(?:خودم|خودمون|خودمان|من|ما)$/.test(x.key))) continue;
    add(0.6, i, t.indexOf(rest[rest.length - 1]), 'tone.why.rhetoricalQuestion');
    break;
  }
  // Told it would be fixed, then the same fault: «گفتن آپدیت بعدی درست میشه، آپدیت اومد، درست نشد», «کارشناس گفت … حل میشه. امروز … همون مشکل».
  for (let i = 0; i < t.length; i++) {
    if (!/^(?:گفت|گفتن|گفتند|گفتید|گفتین|گفته|قول)$/.test(t[i].key)) continue;
    const fix = t.findIndex((x, j) => j > i && j <= i + 9 && /^(?:درست|حل|درستش|رفع)$/.test(x.key) && /^(?:میشه|میشود|میکنیم|میکنن|میکنند|میشد|خواهد|میشن)$/.test(t[j + 1]?.key ?? ''));
    if (fix < 0) continue;
    const same = t.findIndex((x, j) => j > fix + 1 && ((/^(?:همون|همان)$/.test(x.key) && /^(?:مشکل|مشکله|اشتباه|اشتباهه|خطا|ایراد|خرابی)$/.test(t[j + 1]?.key ?? '')) || (/^(?:درست|حل|رفع)$/.test(x.key) && /^(?:نشد|نشده|نشده|نشدهاست)$/.test(t[j + 1]?.key ?? ''))));
    if (same < 0) continue;
    add(0.7, same, same + 1, 'tone.why.rhetoricalQuestion');
    break;
  }
  // «متوجه هستید؟», «متوجه هستین؟»: "do you understand?" asked of the company (not «همان‌طور که متوجه هستید»).
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'متوجه' || !/^هستی(?:د|ن)$/.test(t[i + 1].key) || !question(ctx, i)) continue;
    if (t[i + 2]?.sentence === t[i].sentence) continue;
    add(0.9, i, i + 1, 'tone.why.rhetoricalQuestion');
    break;
  }
  // «آیا این رویه با تعهدات مندرج در بیمه‌نامه سازگار است؟»: a practice asked whether it conforms, the formal reproach.
  for (let i = 0; i + 2 < t.length; i++) {
    // A conduct («رویه», «روال», «رفتار», «برخورد»), not a method («آیا این روش با اندروید سازگار است؟» is a real question), held
    // against a norm (obligations, the contract, the law, good faith) or called fair or lawful.
    if (t[i].key !== 'این' || !/^(?:رویه|روال|رفتار|برخورد)$/.test(t[i + 1].key) || !question(ctx, i)) continue;
    const s = t[i].sentence;
    const k = t.findIndex((x, j) => j > i + 1 && x.sentence === s && /^(?:سازگار|منطبق|مطابق|سازگاری|همخوانی|منصفانه|عادلانه|قانونی|اخلاقی)$/.test(x.key));
    const norm = k > 0 && t.slice(i + 2, k).some((x) => /^(?:تعهدات|قرارداد|قراردادهای|قانون|قوانین|اصل|اصول|حقوق|مقررات|ضوابط|انصاف|اخلاق|حسن|منشور)$/.test(x.key));
    if (k < 0 || (!norm && !/^(?:منصفانه|عادلانه|قانونی|اخلاقی)$/.test(t[k].key))) continue;
    add(1, i, k, 'tone.why.rhetoricalQuestion');
    break;
  }
  return evidence.length ? { score, evidence } : NOTHING;
}

/** Examples of the kinds above and their look-alikes, written for them (run with frustration.ts's own through ./frustration.fa.kinds.ts). */
export const faKinds13Examples = {
  fires: [
    { text: 'نمره‌م ثبت نشده. کی جوابگوئه؟', evidence: ['کی جوابگوئه'] },
    { text: 'اخطار قطع آب برای واحد تسویه‌شده صادر شده. چه کسی پاسخگوی اتلاف وقت مشترکین است؟', evidence: ['چه کسی پاسخگوی'] },
    { text: 'از اینکه شش ماه مشتری شما بودم واقعاً پشیمانم.', evidence: ['واقعاً پشیمانم'] },
    { text: 'کیفیت پشتیبانی شما از صفر هم پایین‌تر است.', evidence: ['از صفر هم پایین‌تر'] },
    { text: 'این کارشناسی است یا شوخی؟', evidence: ['یا شوخی'] },
    { text: 'ده سال حق بیمه داده‌ام برای این؟', evidence: ['حق بیمه داده‌ام برای این'] },
    { text: 'پول بتل دادیم که لگ بخوریم؟', evidence: ['پول بتل دادیم که لگ بخوریم'] },
    { text: 'مشتری رو این‌طوری معطل می‌کنید؟ دو ساعته پشت خطم', evidence: ['این‌طوری معطل می‌کنید'] },
    { text: 'آیا باید حادثه‌ای جدی رخ دهد تا اقدام شود؟', evidence: ['باید حادثه‌ای جدی رخ دهد تا'] },
    { text: 'آیا این روال با اصل حسن نیت در قراردادهای بیمه سازگاری دارد؟', evidence: ['این روال با اصل حسن نیت در قراردادهای بیمه سازگاری'] },
    { text: 'انگار برا شما مهم نیست', evidence: ['برا شما مهم نیست'] },
    { text: 'آیا قصد دارید هزینه را برگردانید یا باید از طریق قانونی اقدام کنم؟', evidence: ['یا باید از طریق قانونی'] },
  ],
  quiet: [
    'چه کسی پاسخگوی سؤالات فنی است؟',
    'آیا این روش با گوشی‌های اندروید سازگار است؟',
    'آیا کسی اونجا هست که انگلیسی صحبت کنه؟',
    'پول اشتراک رو دادم که فیلم ببینم، چرا باز نمیشه؟',
    'مهم نیست، فقط خواستم در جریان باشید.',
    'با سلام و احترام، نسخه‌ای از پرونده پزشکی پدرم جهت ارائه به مراجع قانونی صادر گردد.',
    'مهلت قانونی اعتراض به رأی فردا تمام می‌شود و سامانه ثبت اعتراض خطا می‌دهد. آیا ثبت اعتراض حضوری ممکن است؟',
    'با سلام. لطفا فاکتور ماه آبان را ارسال کنید.\n\nبا احترام\nمدیر مالی شرکت آریا',
    'پدرم خیلی از دست بانک دیگه‌اش کلافه است، می‌خواد حسابش رو منتقل کنه به شما. مدارک لازم چیه؟',
    'فرم ثبت شکایت از فروشنده کجاست؟',
    'آیا باید صبر کنم تا پیامک بیاید؟',
    'گفتید تا شنبه درست میشه، شنبه شد و درست شد. مرسی',
  ],
};
