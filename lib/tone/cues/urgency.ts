/**
 * Urgency: time pressure ("ASAP", «فوریه»), deadlines ("before Friday's audit", «قبل از جلسه شنبه»),
 * security incidents (account hacked, card stolen), money being lost (store down, charged twice),
 * a message in capitals and a cry for help. "Not urgent" / «عجله‌ای نیست» lowers it.
 */
import { type CueContext, type CueModule, cue, hitsIn, MOD, NONE, weigh } from '../cue.ts';
import type { Evidence } from '../types.ts';

const C = { time: 'urgency', security: 'urgency.security', money: 'urgency.money', before: 'urgency.before', when: 'urgency.when' } as const;

export const THRESHOLD = 1;
const STRONG = 2;

const en = {
  [C.time]: {
    urgent: 1.3, urgently: 1.3, asap: 1.2, 'as soon as possible': 1.1, immediately: 1.1, 'right now': 0.9, 'right away': 0.9, emergency: 1.2,
    critical: 0.9, deadline: 0.9, 'time sensitive': 1, 'time-sensitive': 1, today: 0.5, tonight: 0.6, 'by tonight': 1, 'by tomorrow': 0.9,
    tomorrow: 0.4, 'by end of day': 0.9, 'end of the day': 0.6, eod: 0.6, hurry: 0.9, quickly: 0.5, now: 0.3, 'running out of time': 1,
    'as a matter of urgency': 1.2, 'without delay': 1, 'top priority': 0.9, 'high priority': 0.9, "can't wait": 0.6, 'cannot wait': 0.6,
    stranded: 0.9, 'missed my flight': 0.8, 'leaving in': 0.6, 'leaves at': 0.6, 'my flight': 0.4, 'within the hour': 1, 'in an hour': 0.7,
    'at noon': 0.4, otherwise: 0.3, 'or else': 0.4, 'this morning': 0.2,
  },
  [C.security]: {
    hacked: 1.2, hacker: 1.1, compromised: 1.1, 'someone logged into': 1.1, 'logged into my account': 1, unauthorised: 1, unauthorized: 1,
    'did not authorise': 1.1, 'did not authorize': 1.1, "didn't authorise": 1.1, "didn't authorize": 1.1, "didn't make": 0.6, 'fraud*': 1.1,
    phishing: 1, stolen: 1.1, 'changing my password': 0.8, 'changed my password': 0.8, 'identity theft': 1.2, 'data breach': 1.2,
    'locked out': 0.6, suspicious: 0.6, 'from another country': 0.5,
  },
  [C.money]: {
    'losing money': 1.1, 'losing sales': 1.1, 'losing customers': 1.1, 'losing business': 1.1, 'losing revenue': 1.1, 'charging customers': 0.8,
    'charged twice': 0.8, 'double charged': 0.8, 'every minute': 0.5, 'every hour': 0.5, 'money is leaving': 1, 'leaving my account': 0.8,
    'store is down': 0.8, 'site is down': 0.8, 'shop is down': 0.8, 'is down': 0.5, outage: 0.8, 'fail compliance': 0.6, fined: 0.7,
    penalty: 0.6,
  },
  [C.before]: { before: 1, by: 1, until: 1 },
  // A weekday alone is a plan ("before Monday"); an event on a day is a deadline ("before Friday's audit").
  [C.when]: {
    monday: 0.8, tuesday: 0.8, wednesday: 0.8, thursday: 0.8, friday: 0.8, saturday: 0.8, sunday: 0.8, "monday's": 1, "tuesday's": 1,
    "wednesday's": 1, "thursday's": 1, "friday's": 1, "saturday's": 1, "sunday's": 1, noon: 0.9, midnight: 0.9, 'the audit': 1, 'the meeting': 1,
    'the inspection': 1, 'end of the week': 0.8, 'end of the month': 0.8, 'the weekend': 0.8, 'the deadline': 1, audit: 1, inspection: 1,
    meeting: 1, exam: 1, launch: 1, presentation: 1, interview: 1, hearing: 1,
  },
};

const fa = {
  [C.time]: {
    'فوری*': 1.3, 'فورا': 1.2, 'همین الان': 1, 'هرچه سریعتر': 1.1, 'هر چه سریعتر': 1.1, 'هر چه زودتر': 1.1, 'هرچه زودتر': 1.1,
    'در اسرع وقت': 1.2, 'سریع': 0.6, 'سریعتر': 0.6, 'زودتر': 0.6, 'عجله': 0.9, 'عجله دارم': 1.1, 'اضطراری': 1.2, 'ضروری': 0.9, 'امروز': 0.5,
    'همین امروز': 1, 'امروز باید': 0.9, 'امشب': 0.6, 'تا شب': 0.8, 'تا فردا': 0.9, 'فردا': 0.4, 'مهلت': 0.8, 'آخرین مهلت': 1.1, 'وقت ندارم': 0.9,
    'الان': 0.3, 'حیاتی': 0.9, 'پروازم': 0.4, 'وگرنه': 0.3,
  },
  [C.security]: {
    'هک*': 1.2, 'دزدیده': 1.1, 'سرقت': 1.1, 'لو رفته': 1.1, 'که من انجام ندادم': 1.1, 'انجام ندادم': 0.8, 'برداشت غیرمجاز': 1.2,
    'غیرمجاز': 1, 'با کارت من': 0.6, 'از اکانتم': 0.5, 'از حسابم': 0.5, 'رمزمو عوض': 0.7, 'کلاهبرداری': 0.8,
  },
  [C.money]: {
    'ضرر': 0.9, 'ضرر میکنیم': 1.1, 'از دست میدیم': 1, 'از دست میدهیم': 1, 'جریمه': 0.8, 'بالا نمیاد': 0.6, 'خوابیده': 0.6, 'قطعی': 0.3,
  },
  [C.before]: { 'قبل از': 1, 'تا قبل از': 1, 'تا': 1 },
  [C.when]: {
    'شنبه': 0.8, 'یکشنبه': 0.8, 'دوشنبه': 0.8, 'سه شنبه': 0.8, 'چهارشنبه': 0.8, 'پنجشنبه': 0.8, 'جمعه': 0.8, 'جلسه': 1, 'بازرسی': 1,
    'ظهر': 0.9, 'آخر هفته': 0.8, 'آخر ماه': 0.8, 'ممیزی': 1, 'امتحان': 1,
  },
};

const WHY = { [C.time]: 'tone.why.time', [C.security]: 'tone.why.security', [C.money]: 'tone.why.money' } as const;

/** "before Friday's audit", «قبل از جلسه شنبه»: a deadline word within three words after before/by. */
function deadlines(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const when = hitsIn(ctx, [C.when]);
  const evidence: Evidence[] = [];
  let score = 0;
  for (const b of hitsIn(ctx, [C.before])) {
    const near = when.filter((x) => x.from >= b.to && x.from - b.to <= 2 && ctx.doc.tokens[x.from].clause === ctx.doc.tokens[b.from].clause);
    if (near.length === 0) continue;
    score = Math.max(score, ...near.map((x) => x.weight));
    evidence.push(ctx.ev({ start: b.start, end: Math.max(...near.map((x) => x.end)) }, 'tone.why.deadline'));
  }
  return { score, evidence };
}

export const urgency: CueModule = {
  name: 'urgency',
  kinds: ['urgent'],
  lexicon: [en, fa],
  examples: {
    fires: [
      { text: 'My account was hacked, please lock it.', evidence: ['hacked'] },
      { text: "We need the invoice before Friday's audit.", evidence: ["before Friday's audit"] },
      { text: 'Please fix this ASAP.', evidence: ['ASAP'] },
      { text: 'سلام، فوریه، حسابم هک شده.', evidence: ['فوریه'] },
    ],
    quiet: ['No rush, whenever you have time.', 'Could you send me the brochure?', 'عجله‌ای نیست، هر وقت شد بفرستید.'],
  },
  read(ctx) {
    if (ctx.empty) return NONE;
    // Negation does not cancel a deadline ("if it isn't fixed by tomorrow"); "not urgent" is a softener.
    const words = weigh(ctx, hitsIn(ctx, [C.time, C.security, C.money]), { why: WHY, plain: true, keepNegated: true });
    let score = words.score;
    const evidence = [...words.evidence];
    const dl = deadlines(ctx);
    score += dl.score;
    evidence.push(...dl.evidence);
    const a = ctx.a;
    if (a.shoutWords >= 3) {
      score += 0.5;
      evidence.push(...a.caps.map((s) => ctx.ev(s, 'tone.why.caps')));
    }
    // A cry for help: "Help!", «کمک کنید!».
    const t = ctx.doc.tokens;
    for (const x of t) {
      if ((x.key === 'help' || x.key === 'کمک') && /^\s*(?:کنید|کنین)?\s*!/.test(ctx.doc.text.slice(x.end, x.end + 8))) {
        score += 0.5;
        evidence.push(ctx.ev(x, 'tone.why.help'));
        break;
      }
    }
    score += 0.15 * a.features.excl_multi;
    if (ctx.hits.some((h) => h.category === MOD.softener)) score *= 0.3;
    if (score < THRESHOLD || words.score + dl.score < 0.3) return { score, cues: [] };
    return { score, cues: [cue('urgent', score >= STRONG ? 'strong' : 'warning', 'tone.cue.urgent', evidence)] };
  },
};

export const strings = {
  en: {
    'tone.cue.urgent': 'Urgent: say what happens next and when',
    'tone.why.time': 'time pressure',
    'tone.why.deadline': 'a deadline',
    'tone.why.security': 'a security problem',
    'tone.why.money': 'money or business being lost',
    'tone.why.help': 'cries for help',
  },
  fa: {
    'tone.cue.urgent': 'فوری است: بگویید قدم بعدی چیست و کی انجام می‌شود',
    'tone.why.time': 'عجله دارد',
    'tone.why.deadline': 'مهلت دارد',
    'tone.why.security': 'مشکل امنیتی',
    'tone.why.money': 'پول یا کسب‌وکارش در خطر است',
    'tone.why.help': 'کمک می‌خواهد',
  },
} as const;
