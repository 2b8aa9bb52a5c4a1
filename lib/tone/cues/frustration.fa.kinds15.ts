/**
 * Persian frustration, session 15's kinds (read on fresh4's and late11's Persian misses; by construction, never one sentence).
 * readFaKinds12 adds what this reads to its own score.
 *
 * - Sarcastic thanks: thanks for nothing («ممنون از هیچی»); thanks whose reason is a failure («از اینکه بعد از ده روز
 *   انتظار کالای اشتباه برایم فرستادید بسیار سپاسگزارم», «… کارت عضویت با نام اشتباه صادر گردید، صمیمانه سپاسگزارم»);
 *   thanks for words in scare quotes («از «پیگیری مستمر» آن شرکت بسیار سپاسگزارم!», «ممنون بابت پیامک «از همراهی شما
 *   سپاسگزاریم»»); thanks with an upside-down or eye-roll emoji; thanks, then "if only" («متشکرم؛ فقط ای کاش …»).
 *   Not thanks for a fix («ممنون از اینکه اشتباه رو اصلاح کردید»).
 * - Sarcastic praise: «آفرین به این همه نظم», a bare «آفرین!» closing a complaint's question.
 * - "So it's my fault, then": «پس طبق گفته‌ی شما مشکل از من است».
 * - Rhetorical reproach: «اسم این کارتون چیه؟», «این انصافه؟», «بعد ۳ سال مشتری بودن اینه جوابم؟», «این همه تبلیغ میکنین
 *   یه درگاه پرداخت درست ندارین؟».
 * - A broken promise («این قول داده می‌شود و عمل نمی‌شود»), a conduct called unworthy («این شیوه‌ی برخورد … شایسته‌ی دانشگاه
 *   نیست»), "one would have expected better" («انتظار می‌رفت … دقت بیشتری داشته باشد»), a chargeback announced («درخواست برگشت
 *   تراکنش می‌دهم»).
 * - "I didn't ask for X, I asked for Y" («من از شما «عذرخواهی» نخواستم، بسته‌م رو خواستم»); leaving («برای همیشه پاکش کردم»,
 *   «دیگه از این رستوران سفارش نمی‌دم»); «واقعاً خسته نباشید.» alone before what the company did.
 * - Explicit displeasure, plain or formal: «بسیار ناامید شدم», «موجب تأسف است», «این خلف وعده», «ناعادلانه است», «برخورد بسیار
 *   نامناسب», «کلاه سرمون رفت», «براتون متاسفم», «انگار نه انگار», «دیگه پام نمیکشه», «اعتماد … را سلب نموده», «خسته نباشین واقعا».
 */
import { wordSet, type CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';
import { faLoyalRefusal } from './frustration.fa.fp16.ts';

type T = readonly ToneToken[];
type Why = 'tone.why.sarcasm' | 'tone.why.rhetoricalQuestion' | 'tone.why.judgement';

const NOTHING = { score: 0, evidence: [] as Evidence[] };
const THANKS = /^(?:ممنون|ممنونم|مرسی|متشکرم|سپاسگزارم|سپاس|ممنونیم|متشکریم|سپاسگزاریم)$/;
const FAILED = /^(?:اشتباه|اشتباهی|غلط|خراب|خرابه|سوخت|قطع|معطل|معطلی|تاخیر|تأخیر|تکراری)$/;
const FIXED = /^(?:اصلاح|درست|حل|رفع|پیگیری|جبران|برگردوندین|برگرداندید)$/;
const IRONIC = /[\u{1f643}\u{1f644}\u{1f612}]/u;

/** A fixed run of keys (regexes) from token i, all in one sentence. */
function run(t: T, i: number, words: readonly RegExp[]): number {
  for (let k = 0; k < words.length; k++) {
    const y = t[i + k];
    if (!y || y.sentence !== t[i].sentence || !words[k].test(y.key)) return -1;
  }
  return i + words.length - 1;
}

/** Whether token i's sentence is a question (ends in «؟» or «?»). */
function question(ctx: CueContext, i: number): boolean {
  const s = ctx.doc.sentences[ctx.doc.tokens[i].sentence];
  return !!s && /[؟?][\s!؟?.\p{Extended_Pictographic}]*$/u.test(ctx.doc.text.slice(s.start, s.end));
}

const r = (s: string) => new RegExp(`^(?:${s})$`);
/** Explicit displeasure: runs of keys, each unmistakable about the company's service. */
const PHRASES: readonly { words: RegExp[]; w: number; why: Why }[] = [
  { words: [r('بسیار|خیلی|واقعا|کاملا|شدیدا'), r('ناامید|ناامیدم|دلسرد')], w: 1.1, why: 'tone.why.judgement' },
  { words: [r('ناامید|دلسرد'), r('شدم|شدیم|کردید|کردین|کرد')], w: 1, why: 'tone.why.judgement' },
  { words: [r('موجب|مایه|مایهی|جای'), r('تاسف|تأسف|تاسفه|تأسفه'), r('است|هست|دارد|داره|ه')], w: 1.1, why: 'tone.why.judgement' },
  { words: [r('خلف'), r('وعده|وعدهها')], w: 1.1, why: 'tone.why.judgement' },
  { words: [r('ناعادلانه|ناعادلانست|ناعادلانهست|غیرمنصفانه|غیرمنصفانست'), r('است|هست|ه|بود|نیست')], w: 1, why: 'tone.why.judgement' },
  { words: [r('کاملا|واقعا|خیلی|بسیار'), r('ناعادلانه|ناعادلانست|ناعادلانهست|غیرمنصفانه')], w: 1.1, why: 'tone.why.judgement' },
  { words: [r('برخورد|رفتار'), r('بسیار|خیلی|کاملا|واقعا'), r('نامناسب|زشت|توهینآمیز|بد')], w: 1.1, why: 'tone.why.judgement' },
  { words: [r('برخورد|رفتار'), r('نامناسب|توهینآمیز|زشت')], w: 0.9, why: 'tone.why.judgement' },
  { words: [r('کلاه'), r('سرمون|سرم|سرمان|سرما'), r('رفت|گذاشتید|گذاشتین|گذاشتن')], w: 1.1, why: 'tone.why.judgement' },
  { words: [r('براتون|برایتان|برای'), r('متاسفم|متأسفم')], w: 1.1, why: 'tone.why.judgement' },
  { words: [r('انگار'), r('نه'), r('انگار')], w: 1.1, why: 'tone.why.judgement' },
  { words: [r('پام|پامون'), r('نمیکشه|نمیکشد')], w: 1, why: 'tone.why.judgement' },
  { words: [r('فریب|گول'), r('مشتری|مشتریها|مشتریان|مردم')], w: 1, why: 'tone.why.judgement' },
  { words: [r('سلب'), r('نموده|کرده|کردید|کردین|شده')], w: 0.9, why: 'tone.why.judgement' },
  { words: [r('خسته'), r('نباشین|نباشید'), r('واقعا|دیگه|جدا')], w: 1.1, why: 'tone.why.sarcasm' },
  // «اسم این کارتون چیه؟»: "what do you call this?".
  { words: [r('اسم'), r('این|اینو'), r('کارتون|کارو|کار|کارها|کارا|رفتار|وضع'), r('چیه|چیست|رو|را')], w: 1.1, why: 'tone.why.rhetoricalQuestion' },
  // «آفرین به این همه نظم»: praise of "so much" order, said of a failure.
  { words: [r('آفرین|ایول|دمتون'), r('به'), r('این'), r('همه')], w: 1.2, why: 'tone.why.sarcasm' },
  // «درخواست برگشت تراکنش می‌دهم / خواهم داد»: a chargeback announced (an escalation).
  { words: [r('برگشت'), r('تراکنش'), r('میدهم|میدم|میکنم|خواهم|میزنم|میگیرم')], w: 1.1, why: 'tone.why.judgement' },
  // «انتظار می‌رفت … دقت بیشتری داشته باشد»: "one would have expected better" (the comparative is checked below).
  { words: [r('انتظار'), r('میرفت|داشتم|داشتیم')], w: 1, why: 'tone.why.judgement' },
  // «پس … مشکل از من است»: "so it's my fault, then".
  { words: [r('مشکل|تقصیر|ایراد'), r('از'), r('منه|من'), r('است|هست|بوده|ه')], w: 0.6, why: 'tone.why.sarcasm' },
];

/** Every phrase's first words: a token without one starts none of them (run() tests the first word first). */
const PHRASE_FIRST: ReadonlySet<string> = new Set(PHRASES.flatMap((p) => [...wordSet(p.words[0])]));
const PROMISE_SET = wordSet(/^(?:قول|قولتون|قولتان|وعده)$/);
const BRAVO_SET = wordSet(/^(?:آفرین|ایول)$/);
const FAIR_SET = wordSet(/^(?:انصافه|انصافه؟|منصفانست|منصفانهست)$/);

export function readFaKinds15(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (!ctx.fa) return NOTHING;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  let score = 0;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const add = (w: number, from: number, to: number, why: Why, kind: string) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    score += w;
    evidence.push(ctx.ev({ start: t[from].start, end: t[to].end }, why));
  };
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!x.fa) continue;
    const s = x.sentence;
    if (PHRASE_FIRST.has(x.key)) for (const p of PHRASES) {
      const end = run(t, i, p.words);
      if (end < 0) continue;
      // «مشکل از من است» is sarcasm only after «پس» and the company's word («طبق گفته‌ی شما»).
      if (p.words.length === 4 && p.words[0].test('مشکل')) {
        const before = t.slice(Math.max(0, i - 6), i).filter((y) => y.sentence === s);
        if (!(before.some((y) => y.key === 'پس') && before.some((y) => y.key === 'شما' || /^گفته/.test(y.key)))) continue;
        add(1.1, i, end, p.why, 'myFault');
        continue;
      }
      // «آفرین به این همه …» is sarcasm said to the company (a second-person verb in the message), not praise of a third party.
      if (p.words[0].test('آفرین') && !t.some((y) => y.second && y.verb)) continue;
      // «انتظار می‌رفت» reproaches only with "more" or "better" after it in the sentence («دقت بیشتری»), not an expected date.
      if (p.words[0].test('انتظار') && !t.some((y, k) => k > end && y.sentence === s && /^(?:بیشتری|بهتری|بیشتر|بهتر|حداقل|دستکم)$/.test(y.key))) continue;
      // «انگار نه انگار» is said of the company («شما هم که انگار نه انگار»), not of a story told.
      if (p.words[0].test('انگار') && !t.some((y) => y.sentence === s && (y.key === 'شما' || y.key === 'شماها' || (y.second && y.verb && /(?:ید|ین)$/.test(y.key))))) continue;
      // A chargeback announced in a question («برگشت تراکنش می‌زنم؟» asks how) is no threat.
      if (p.words[0].test('برگشت') && question(ctx, i)) continue;
      // Negated «نیست» («ناعادلانه نیست») is no reproach.
      if (t[end].key === 'نیست') continue;
      // «خسته نباشین واقعا» is sarcasm only closing a sentence after a complaint, not a greeting («خسته نباشید، واقعا ممنون»).
      if (p.why === 'tone.why.sarcasm' && p.words[0].test('خسته') && (i === 0 || t[i - 1].sentence !== s || t[end + 1]?.sentence === s)) continue;
      add(p.w, i, end, p.why, p.words.map((w) => w.source).join(' '));
    }
    // «این دومین بار است که این قول داده می‌شود و عمل نمی‌شود», «به قولتون عمل نکردید»: a promise broken.
    if (PROMISE_SET.has(x.key)) {
      const broken = t.slice(i + 1, i + 8).find((y, k, a) => y.sentence === s && y.key === 'عمل' && a[k + 1]?.neg && a[k + 1]?.verb);
      if (broken) add(1.1, i, t.indexOf(broken) + 1, 'tone.why.judgement', 'brokenPromise');
    }
    // «این شیوه‌ی برخورد … به هیچ وجه شایسته‌ی دانشگاه نیست»: a conduct called unworthy.
    if (x.key === 'این' && /^(?:شیوه|شیوهی|رفتار|برخورد|نحوه|نحوهی|وضع|وضعیت|رویه)$/.test(t[i + 1]?.key ?? '')) {
      const worthy = t.slice(i + 2, i + 12).findIndex((y) => y.sentence === s && /^(?:شایسته|شایستهی|درشان|شان|شأن)$/.test(y.key));
      const not = worthy < 0 ? undefined : t.slice(i + 3 + worthy, i + 8 + worthy).find((y) => y.sentence === s && y.key === 'نیست');
      if (not) add(1.1, i, t.indexOf(not), 'tone.why.judgement', 'unworthy');
    }
    // «من از شما عذرخواهی نخواستم، بسته‌م رو خواستم»: "I didn't ask for X, I asked for Y".
    if (x.key === 'نخواستم' || x.key === 'نخواسته بودم') {
      const asked = t.slice(i + 1, i + 6).find((y) => y.sentence === s && y.key === 'خواستم' && !y.neg);
      if (asked) add(1.1, i, t.indexOf(asked), 'tone.why.judgement', 'notAsked');
    }
    // «برای همیشه پاکش کردم», «دیگه از این رستوران سفارش نمی‌دم، احتمالاً از اپ شما هم», «دیگه ازتون خرید نمیکنم»: leaving.
    if (x.key === 'همیشه' && t[i - 1]?.key === 'برای' && /^(?:پاک|پاکش|حذف|حذفش|لغو|لغوش|کنسل|کنسلش)$/.test(t[i + 1]?.key ?? '') && t[i + 2]?.pastFirst) add(1, i - 1, i + 2, 'tone.why.judgement', 'leaving');
    if (x.key === 'دیگه' || x.key === 'دیگر') {
      const v = t.slice(i + 1, i + 6).findIndex((y, k, a) => y.sentence === s && y.neg && y.verb && !y.past && /(?:م|یم)$/.test(y.key) && /^(?:سفارش|خرید|استفاده)$/.test(a[k - 1]?.key ?? ''));
      // «دیگه جای دیگه خرید نمی‌کنم»: not buying elsewhere is loyalty (./frustration.fa.fp16.ts).
      if (v >= 0 && !question(ctx, i) && !faLoyalRefusal(t, { from: i, to: i + 2 + v })) add(1, i, i + 1 + v, 'tone.why.judgement', 'leaving');
    }
    // «واقعاً خسته نباشید.» alone, after which the company's doing is told: said to it, not a greeting.
    if (x.key === 'واقعا' && t[i + 1]?.key === 'خسته' && /^نباشی(?:د|ن)$/.test(t[i + 2]?.key ?? '') && t[i + 3]?.sentence !== s && t.some((y, k) => k > i + 2 && y.second && y.past)) add(1.1, i, i + 2, 'tone.why.sarcasm', 'wellDone');
    // «آفرین!» as a closing word after a complaint's question («اینجوری مشتری جذب میکنین؟ آفرین!»).
    if (BRAVO_SET.has(x.key) && /^\s*!/.test(text.slice(x.end, x.end + 3)) && i > 0 && t[i - 1].sentence !== s && question(ctx, i - 1)) add(1.1, i, i, 'tone.why.sarcasm', 'bravo');
    // «بعد ۳ سال مشتری بودن اینه جوابم؟», «این بود جواب ما؟»: "is this what I get?".
    if ((x.key === 'اینه' || x.key === 'این') && question(ctx, i)) {
      const j = x.key === 'این' && /^(?:بود|است)$/.test(t[i + 1]?.key ?? '') ? i + 2 : i + 1;
      if (/^(?:جوابم|جوابمون|جواب|مزدم|دستمزدم|نتیجهاش)$/.test(t[j]?.key ?? '') && t[j].sentence === s && t.slice(Math.max(0, i - 6), i).some((y) => y.sentence === s && /^(?:سال|ماه|مشتری|بعد|پس)$/.test(y.key))) add(1.1, i, j, 'tone.why.rhetoricalQuestion', 'thisIsMyAnswer');
    }
    // «این انصافه؟»: "is this fair?".
    if (FAIR_SET.has(x.key) && question(ctx, i) && (t[i - 1]?.key === 'این' || t[i - 1]?.key === 'اینم')) add(1.1, i - 1, i, 'tone.why.rhetoricalQuestion', 'fair');
    // «این همه تبلیغ میکنین یه درگاه پرداخت درست ندارین؟»: all that boasting, and not even the basics.
    if (x.key === 'این' && t[i + 1]?.key === 'همه' && question(ctx, i)) {
      const boast = t.slice(i + 2, i + 6).find((y) => y.sentence === s && y.second && !y.neg);
      const lack = boast && t.slice(t.indexOf(boast) + 1, t.indexOf(boast) + 9).find((y) => y.sentence === s && y.second && y.neg);
      if (lack) add(1.1, i, t.indexOf(lack), 'tone.why.rhetoricalQuestion', 'soMuch');
    }
    // Sarcastic thanks.
    if (THANKS.test(x.key)) {
      // «ممنون از هیچی», «مرسی بابت هیچی».
      const nothing = run(t, i, [/./, r('از|بابت|واسه|برای'), r('هیچی|هیچ|هیچچی')]);
      if (nothing > 0 && (t[nothing + 1] === undefined || t[nothing + 1].sentence !== s || t[nothing].key !== 'هیچ')) { add(1.2, i, nothing, 'tone.why.sarcasm', 'thanks'); continue; }
      const sent = t.filter((y) => y.sentence === s);
      const span = ctx.doc.sentences[s];
      const sentence = text.slice(span.start, span.end);
      const fixed = sent.some((y) => FIXED.test(y.key) && (y.second || y.verb || (t[t.indexOf(y) + 1]?.second ?? false)));
      // Thanks for a failure: the reason names one, and no fix is thanked for.
      if (!fixed && sent.some((y) => y !== x && FAILED.test(y.key)) && sent.some((y) => y.key === 'اینکه' || y.key === 'بابت' || (y.key === 'از' && t[t.indexOf(y) + 1]?.key === 'اینکه'))) { add(1.1, i, i, 'tone.why.sarcasm', 'thanks'); continue; }
      // Thanks for words in scare quotes («از «پیگیری مستمر» … سپاسگزارم»).
      // Only beside a failure told in the message («پس از ۶۰ روز انتظار», «بی‌دلیل سوخت»): «ممنون از «ارسال رایگان»تون، خیلی به کارم اومد» is thanks.
      const failure = t.some((y) => y.fa && (FAILED.test(y.key) || /^(?:انتظار|بیدلیل|معطل)$/.test(y.key) || (y.neg && y.verb)));
      if (failure && /«[^»]{2,40}»/.test(sentence) && sent.some((y) => y.key === 'از' || y.key === 'بابت')) { add(1.1, i, i, 'tone.why.sarcasm', 'thanks'); continue; }
      // Thanks with an upside-down face or an eye-roll.
      if (IRONIC.test(sentence)) { add(1, i, i, 'tone.why.sarcasm', 'thanks'); continue; }
      // «متشکرم؛ فقط ای کاش …»: thanks, then what it should have been.
      const wish = t.slice(i + 1, i + 4).find((y) => y.key === 'کاش');
      if (wish && t.slice(i + 1, t.indexOf(wish)).some((y) => y.key === 'فقط' || y.key === 'ای')) { add(1, i, t.indexOf(wish), 'tone.why.sarcasm', 'thanks'); continue; }
    }
  }
  return evidence.length ? { score, evidence } : NOTHING;
}

/** Examples of the kinds above and their look-alikes (run with frustration.ts's own through ./frustration.fa.kinds.ts). */
export const faKinds15Examples = {
  fires: [
    { text: 'باشه. ممنون از هیچی.', evidence: ['ممنون از هیچی'] },
    { text: 'از اینکه بعد از ده روز انتظار کالای اشتباه برایم فرستادید بسیار سپاسگزارم.', evidence: ['سپاسگزارم'] },
    { text: 'آفرین به این همه نظم، بسته رو فرستادین یه شهر دیگه.', evidence: ['آفرین به این همه'] },
    { text: 'اسم این کارتون چیه؟ فریب مشتری.', evidence: ['اسم این کارتون چیه'] },
    { text: 'بسیار ناامید شدم و بیمه‌نامه را تمدید نخواهم کرد.', evidence: ['بسیار ناامید شدم'] },
  ],
  quiet: [
    'ممنون از اینکه اشتباه رو اصلاح کردید.',
    'مرسی از پیگیریتون، بسته رسید.',
    'این ناعادلانه نیست، فقط سوال دارم.',
    'ممنون از راهنمایی، فقط یک سوال دیگه دارم.',
    'آفرین به این همه جسارت',
    'دیگه مشکلی نیست، ممنون.',
    'واقعاً خسته نباشید. سفارش رسید، ممنون.',
    'ممنون از «ارسال رایگان»تون، خیلی به کارم اومد.',
    'از صبح تا شب کار میکنی، انگار نه انگار.',
    'خسته نباشید، واقعا ممنون از پیگیری‌هاتون',
  ],
};
