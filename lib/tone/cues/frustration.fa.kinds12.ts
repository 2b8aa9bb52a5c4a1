/**
 * Persian frustration, session 12's kinds of misses (by construction, never one sentence):
 * - "you have worn me out" with the customer as object: «خسته‌م کردید», «خستمون کردین», «خسته‌ام کردید»;
 * - a mocking exclamation about the service: «عجب پشتیبانی‌ای!», «چه خدمات درخشانی!», «آفرین به این نظم» (with one more sign);
 * - praise of the company's own service with «ـتون» beside what did not happen: «ممنون از پیگیری عالیتون، هنوز هیچ خبری نیست»,
 *   «ممنون از راهنمایی ارزشمندتون … باز هم خطا» (not when it was fixed, nor with «فقط» that softens a small point);
 * - a count of what the company did: «این سومین بار است که کالای اشتباه ارسال می‌کنید» (an ordinal of three or more with
 *   «بار» and a second-person verb after it; not «این هفته سومین باره» of a fault that recurs), and saying a thing again: «برای بار چهارم می‌گم», «واسه دهمین بار میگم».
 * - formal Persian complaints: «وعده‌های داده‌شده محقق نگردیده», «خود گویای وضعیت است», «بر عهده آن شرکت خواهد بود»;
 * - sarcasm: «مثل همیشه», «حدس بزنید … یا نه», «چه جالب!», «ریاضیاتتون جالبه» (with a number or a fault before it).
 * Read from the tokens and the hits; contacts the repeat cue counts are not counted again.
 */
import { faSincere17 } from './frustration.fa.matrix17.ts';
import type { CueContext } from '../cue.ts';
import type { LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import { faKinds13Lexicon, readFaKinds13 } from './frustration.fa.kinds13.ts';
import { readFaKinds15 } from './frustration.fa.kinds15.ts';
import { faLitotes } from './frustration.fa.fp16.ts';

const kinds12: LexiconPart = {
  frustration: {
    // Only "you" wore them out («بچه‌ها خسته‌م کردن» is the children).
    ...Object.fromEntries(['خستهم', 'خستم', 'خستهمون', 'خستمون', 'خستهام', 'خسته ام', 'خستهمان'].flatMap((w) => ['کردید', 'کردین', 'کردی', 'میکنید', 'میکنین'].map((v) => [`${w} ${v}`, 1.3]))),
  },
  'frustration.judgement': {
    'عجب پشتیبانیای': 0.9, 'عجب پشتیبانی ای': 0.9, 'عجب خدماتی': 0.8, 'عجب سرویسی': 0.8, 'عجب شرکتی': 0.9, 'عجب وضعی': 1.1, 'عجب نظمی': 1.1,
    'عجب برنامه ریزیای': 1, 'چه خدمات درخشانی': 1.2, 'چه پشتیبانی درخشانی': 1.2, 'چه سرویس درخشانی': 1.2, 'آفرین به این': 0.8, 'دست مریزاد به این': 1,
    'به به از این': 0.8,
    // Formal Persian: promises not kept, a repetition that "speaks for itself", liability put on the company.
    'محقق نگردیده': 0.8, 'محقق نشده': 0.7, 'محقق نشد': 0.7, 'هیچیک از وعدههای': 0.8, 'هیچ یک از وعدههای': 0.8, 'هیچیک از وعده ها': 0.8, 'خود گویای': 1, 'گویای وضعیت': 1,
    'بر عهده آن شرکت': 1, 'بر عهده شرکت شما': 1, 'به عهده آن شرکت': 1, 'مسئولیت آن بر عهده': 1, 'دقیقا یعنی چی': 1.1, 'دقیقا یعنی چه': 1.1,
  },
  'frustration.complaint': {
    'تماسهای مکرر': 0.6, 'تماس های مکرر': 0.6, 'پیگیریهای مکرر': 0.6, 'پیگیری های مکرر': 0.6, 'مکاتبات مکرر': 0.6,
    // "Not any more" («نه دیگه نمیخوام، پولمو برگردونید»; the refund demand is the escalation list's).
    'دیگه نمیخوام': 0.5,
  },
  'frustration.sarcasm': {
    // "As always" («باشه. مثل همیشه.»), "guess whether it's fixed" («حدس بزنید … یا نه»), "do the sum yourselves".
    'مثل همیشه': 0.6, 'مثل همیشه دیگه': 0.9, 'طبق معمول': 0.6, 'خودتان محاسبه': 1, 'خودتون حساب کنید': 1,
    'چه جالب': 0.7, 'خیلی جالبه': 0.7,
  },
};

/** Session 12's lexicon with session 13's (./frustration.fa.kinds13.ts) merged per category. */
export const faKinds12Lexicon: LexiconPart = Object.fromEntries(
  [...new Set([...Object.keys(kinds12), ...Object.keys(faKinds13Lexicon)])].map((c) => [c, { ...kinds12[c], ...faKinds13Lexicon[c] }]),
);

/** Praise adjectives with the company's «ـتون/ـتان» («عالیتون», «ارزشمندتون»), keys as folded (no ZWNJ). */
const YOUR_PRAISE = /^(?:عالی|ارزشمند|درخشان|فوقالعاده|بینظیر|خوب|سریع|دقیق|حرفهای|بیدریغ|شایان|محشر|معرکه)(?:تون|تان)$/;
/** Words that tell something did not happen or is broken («هنوز», «اشتباه», «نرسیده»). */
const FAULT = new Set(['هنوز', 'هنوزم', 'نیومده', 'نیامده', 'نرسیده', 'نرسید', 'نیومد', 'اشتباه', 'اشتباهه', 'خراب', 'خرابه', 'شکسته', 'ناقص', 'ناقصه', 'پاره', 'معیوب', 'گم', 'داغون', 'قطع', 'قطعه', 'خطا', 'خطای']);
/** It was fixed, or only a small point («فقط»): praise is sincere. */
const SETTLED = new Set(['فقط', 'درست', 'حل', 'مرسی', 'عالیه', 'سالم', 'راضیم', 'راضی']);
/** It was fixed or came whole: thanks beside it is sincere. */
const FIXED = new Set(['درست', 'حل', 'سالم', 'راضیم', 'راضی', 'عالیه']);
const ORDINAL = /^(?:سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم|بیستم|صدم|هزارم)(?:ین|ه|ینه)?$/;
const TIMES = new Set(['بار', 'باره', 'دفعه', 'دفعهس', 'مرتبه', 'بارمه', 'بارهست']);
const SAY = /^(?:میگم|میگویم|میگیم|میگوییم|عرض|تکرار|توضیح|مینویسم|مینویسیم|مینویسم|گفتم|میپرسم)/;

const NOTHING = { score: 0, evidence: [] as Evidence[] };

export function readFaKinds12(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (!ctx.fa) return NOTHING;
  const t = ctx.doc.tokens;
  let score = 0;
  const evidence: Evidence[] = [];
  // Praise of «پیگیری عالیتون» with a fault or a negation in the message.
  const praised = t.findIndex((x) => x.fa && YOUR_PRAISE.test(x.key));
  if (praised >= 0 && !t.some((x) => SETTLED.has(x.key)) && t.some((x, i) => i !== praised && (FAULT.has(x.key) || x.neg))) {
    score += 1.2;
    evidence.push(ctx.ev(t[praised], 'tone.why.sarcasm'));
  }
  // Thanks said to a grievance: «دست شما درد نکنه واقعاً، دو بار پولمو کم کردید», «ممنون که بالاخره بعد از یه ماه جواب دادید»,
  // «خیلی ممنون که اطلاع دادید سفارشم لغو شده، اونم دو ساعت قبل از مهمونی».
  if (score < 1) {
    const th = thanksAt(t);
    const g = th && !t.some((x) => FIXED.has(x.key)) ? grievance(t, th.strong) : null;
    // «دستتون درد نکنه بابت پیگیری، فقط هنوز بسته نرسیده، میشه بررسی کنید؟»: a fault conceded after the thanks, then asked about (./frustration.fa.matrix17.ts).
    if (g && th && !faSincere17(ctx, th, g[0])) {
      // The evidence is the grievance («اونم دو ساعت», «بالاخره بعد از یه ماه», «دو بار»), never the thanks itself.
      score += 1.2;
      evidence.push(ctx.ev({ start: t[g[0]].start, end: t[g[1] - 1].end }, 'tone.why.sarcasm'));
    }
  }
  // «حدس بزنید مشکل حل شده یا نه»: "guess whether it's fixed", the sentence closed by «یا نه».
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'حدس' || !/^بزن(?:ید|ین)$/.test(t[i + 1].key)) continue;
    const [a, b] = [i, t.findIndex((x, j) => j > i && x.sentence !== t[i].sentence)];
    const end = b < 0 ? t.length : b;
    if (end - a < 4 || t[end - 2].key !== 'یا' || t[end - 1].key !== 'نه') continue;
    score += 1.1;
    evidence.push(ctx.ev({ start: t[i].start, end: t[i + 1].end }, 'tone.why.sarcasm'));
    break;
  }
  // «ریاضیاتتون جالبه», «سیستمتون جالبه»: something of the company's called "interesting" in a message with a number against it or a fault.
  if (score < 1) for (let i = 1; i < t.length; i++) {
    if (t[i].key !== 'جالبه' || !/(?:تون|تان)$/.test(t[i - 1].key) || t[i - 1].sentence !== t[i].sentence) continue;
    if (!t.some((x, j) => j < i - 1 && (FAULT.has(x.key) || x.neg || /^\d+$/.test(x.key)))) continue;
    score += 1.1;
    evidence.push(ctx.ev({ start: t[i - 1].start, end: t[i].end }, 'tone.why.sarcasm'));
    break;
  }
  // An ordinal of three or more with «بار»: a count of the same fault, or the thing said again.
  const contacts = ctx.got.repeat?.cues ?? [];
  for (let i = 0; i < t.length; i++) {
    if (!t[i].fa || !ORDINAL.test(t[i].key)) continue;
    const times = TIMES.has(t[i + 1]?.key ?? '') ? i + 1 : TIMES.has(t[i - 1]?.key ?? '') ? i - 1 : -1;
    if (times < 0) continue;
    const from = Math.min(i, times);
    const to = Math.max(i, times);
    const s = t[i].sentence;
    const at = t[from].start + ctx.offset;
    const counted = contacts.some((c) => c.evidence.some((e) => e.start <= at && at < e.end));
    // «برای بار چهارم میگم», «سومین باره که میگم»: said again, a verb of saying within three words.
    let said = false;
    for (let k = Math.max(0, from - 5); k < t.length && k <= to + 3 && t[k].sentence === s; k++) if (k !== i && k !== times && SAY.test(t[k].key)) said = true;
    if (said) {
      score += 0.5;
      evidence.push(ctx.ev({ start: t[from].start, end: t[to].end }, 'tone.why.complaint'));
      break;
    }
    if (counted) continue;
    let fault = false;
    // The company's own doing, counted («سومین بار است که کالای اشتباه ارسال می‌کنید»); a fault that recurs by itself («این
    // هفته سومین باره که قطع میشه») is a report.
    for (let k = to + 1; k < t.length && t[k].sentence === s; k++) if (t[k].second) fault = true;
    if (!fault) continue;
    score += 0.8;
    evidence.push(ctx.ev({ start: t[from].start, end: t[to].end }, 'tone.why.complaint'));
    break;
  }
  // Session 13's kinds: who is answerable, "does anyone even…", paid for this?, formal reproach (./frustration.fa.kinds13.ts).
  const k13 = readFaKinds13(ctx);
  score += k13.score;
  evidence.push(...k13.evidence);
  // Session 15's: sarcastic thanks and praise, "is this fair?", explicit displeasure (./frustration.fa.kinds15.ts).
  const k15 = readFaKinds15(ctx);
  score += k15.score;
  evidence.push(...k15.evidence);
  return evidence.length ? { score, evidence } : NOTHING;
}

const THANK = new Set(['ممنون', 'مرسی', 'متشکرم', 'سپاس']);

/**
 * Thanks that can be said to a grievance: «دستتون/دست شما درد نکنه» or thanks beside «واقعاً» (strong), or "thanks that you…"
 * («ممنون که …»); token range [from, to).
 */
function thanksAt(t: readonly { key: string }[]): { from: number; to: number; strong: boolean } | null {
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    if ((k === 'دستتون' || (k === 'دست' && t[i + 1]?.key === 'شما')) && t.slice(i + 1, i + 4).some((x) => x.key === 'نکنه' || x.key === 'نکند')) {
      const to = t.findIndex((x, j) => j > i && (x.key === 'نکنه' || x.key === 'نکند')) + 1;
      return { from: i, to, strong: true };
    }
    if (THANK.has(k)) {
      if (t[i + 1]?.key === 'واقعا' || t[i - 1]?.key === 'واقعا') return { from: t[i - 1]?.key === 'واقعا' ? i - 1 : i, to: t[i + 1]?.key === 'واقعا' ? i + 2 : i + 1, strong: true };
      if (t[i + 1]?.key === 'که') return { from: t[i - 1]?.key === 'خیلی' ? i - 1 : i, to: i + 2, strong: false };
    }
    if (k === 'خسته' && t[i + 1]?.key === 'نباشید' && (t[i - 1]?.key === 'واقعا' || t[i + 2]?.key === 'واقعا')) return { from: i, to: i + 2, strong: true };
  }
  return null;
}

/**
 * What the thanks is said to: an aggravation («اونم …», «آن هم …»), «بالاخره» with a time, a count of what the company did
 * («دو بار پولمو کم کردید»), a promise outlived («قرار بود … بعد از …»); with strong thanks also a fault or «هنوز».
 */
function grievance(t: readonly import('../layer.ts').ToneToken[], strong: boolean): [number, number] | null {
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    if (k === 'اونم' && i > 0 && t[i - 1].clause !== t[i].clause) return [i, Math.min(t.length, i + 3)];
    if (k === 'بالاخره') {
      const u = t.findIndex((x, j) => j > i && j <= i + 6 && /^(?:ماه|هفته|روز|ساعت|ماهه|هفتهست|روزه)$/.test(x.key));
      if (u > 0) return [i, u + 1];
    }
    if (k === 'بار' && /^(?:دو|سه|چهار|پنج|\d+)$/.test(t[i - 1]?.key ?? '')) {
      const v = t.findIndex((x, j) => j > i && j <= i + 4 && x.second && x.clause === t[i].clause);
      if (v > 0) return [i - 1, v + 1];
    }
    if (k === 'قرار' && t[i + 1]?.key.startsWith('بود')) {
      const late = t.findIndex((x, j) => j > i + 1 && j <= i + 11 && (x.key === 'بعد' || x.key === 'هنوز' || x.neg));
      if (late > 0) return [i, i + 2];
    }
    // «خسته نباشید» is a greeting, not "you didn't".
    // «کم نذاشتید», «کوتاهی نکردید»: a failing denied, praise (./frustration.fa.fp16.ts).
    if (strong && (FAULT.has(k) || (t[i].neg && t[i].second && !/^نباشی(?:د|ن)$/.test(k) && !faLitotes(t, i)))) return [i, i + 1];
  }
  return null;
}
