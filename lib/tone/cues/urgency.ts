/**
 * Urgency: time pressure ("ASAP", «فوریه»), deadlines ("before Friday's audit", «قبل از جلسه شنبه»),
 * security incidents (account hacked, card stolen), money being lost (store down, charged twice),
 * a message in capitals and a cry for help. "Not urgent" / «عجله‌ای نیست» lowers it.
 */
import { type CueContext, type CueModule, cue, hitsIn, MOD, NONE, weigh } from '../cue.ts';
import type { Evidence } from '../types.ts';

const C = { time: 'urgency', security: 'urgency.security', money: 'urgency.money', before: 'urgency.before', when: 'urgency.when', safety: 'urgency.safety' } as const;

export const THRESHOLD = 1;
const STRONG = 2;

const en = {
  [C.time]: {
    urgent: 1.3, urgently: 1.3, asap: 1.2, 'as soon as possible': 1.1, immediately: 1.1, 'right now': 0.9, 'right away': 0.9, emergency: 1.2,
    critical: 0.9, deadline: 0.9, 'time sensitive': 1, 'time-sensitive': 1, today: 0.5, tonight: 0.6, 'by tonight': 1, 'by tomorrow': 0.9,
    tomorrow: 0.4, 'by end of day': 0.9, 'end of the day': 0.6, eod: 0.6, hurry: 0.9, quickly: 0.5, now: 0.3, 'running out of time': 1,
    'as a matter of urgency': 1.2, 'without delay': 1, 'top priority': 0.9, 'high priority': 0.9, "can't wait": 0.6, 'cannot wait': 0.6,
    stranded: 0.9, 'missed my flight': 0.8, 'leaving in': 0.6, 'leaves at': 0.6, 'my flight': 0.4, 'within the hour': 1, 'in an hour': 0.7,
    'at noon': 0.4, otherwise: 0.3, 'or else': 0.4, 'this morning': 0.2, fast: 0.4,
    // Not a hurry: a closing takes effect, a letter is "sent immediately after".
    'effective immediately': 0, 'with immediate effect': 0,
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
    penalty: 0.6, 'costs us': 0.8, 'costing us': 1, 'cost us': 0.7, 'losing orders': 1.1, 'losing bookings': 1.1, 'losing clients': 1.1,
  },
  // Health and safety: a vulnerable person or a hazard. One word is a topic; two are an emergency.
  [C.safety]: {
    baby: 0.6, infant: 0.6, newborn: 0.6, elderly: 0.5, pregnant: 0.6, disabled: 0.4, 'no heating': 0.6, 'no heat': 0.6, heating: 0.4,
    freezing: 0.5, minus: 0.4, 'below zero': 0.5, 'gas leak': 1.2, 'smell gas': 1.2, 'smell of gas': 1.2, flooding: 0.7, flooded: 0.7,
    fire: 0.6, smoke: 0.6, 'carbon monoxide': 1.2, injured: 0.8, injury: 0.7, hospital: 0.6, medication: 0.5, medicine: 0.5, insulin: 0.7,
    oxygen: 0.6, 'no water': 0.6, 'no power': 0.5, 'no electricity': 0.5,
  },
  [C.before]: { before: 1, by: 1, until: 1 },
  // A weekday alone is a plan ("before Monday"); an event on a day is a deadline ("before Friday's audit").
  [C.when]: {
    monday: 0.8, tuesday: 0.8, wednesday: 0.8, thursday: 0.8, friday: 0.8, saturday: 0.8, sunday: 0.8, "monday's": 1, "tuesday's": 1,
    "wednesday's": 1, "thursday's": 1, "friday's": 1, "saturday's": 1, "sunday's": 1, noon: 0.9, midnight: 0.9, 'the audit': 1, 'the meeting': 1,
    'the inspection': 1, 'end of the week': 0.8, 'end of the month': 0.8, 'the weekend': 0.8, 'the deadline': 1, audit: 1, inspection: 1,
    meeting: 1, exam: 1, launch: 1, presentation: 1, interview: 1, hearing: 1, appointment: 1, flight: 1, 'billing date': 1, 'due date': 1,
    'payment date': 1, renewal: 0.8, 'the 1st': 0.8, morning: 0.5, evening: 0.5, 'end of day': 0.9, tomorrow: 0.9, tonight: 0.9,
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
    'هک': 1.2, 'هکر*': 1.1, 'دزدیده': 1.1, 'سرقت': 1.1, 'لو رفته': 1.1, 'که من انجام ندادم': 1.1, 'انجام ندادم': 0.8, 'برداشت غیرمجاز': 1.2,
    'غیرمجاز': 1, 'با کارت من': 0.6, 'از اکانتم': 0.5, 'از حسابم': 0.5, 'رمزمو عوض': 0.7, 'کلاهبرداری': 0.8,
  },
  [C.money]: {
    'ضرر': 0.9, 'ضرر میکنیم': 1.1, 'از دست میدیم': 1, 'از دست میدهیم': 1, 'جریمه': 0.8, 'بالا نمیاد': 0.6, 'خوابیده': 0.6, 'قطعی': 0.3,
  },
  [C.safety]: {
    'نوزاد': 0.6, 'بچه کوچیک': 0.6, 'بچه کوچک': 0.6, 'سالمند*': 0.5, 'باردار': 0.6, 'شوفاژ': 0.4, 'بخاری': 0.4, 'گرمایش': 0.4, 'منفی': 0.3,
    'یخ زدیم': 0.6, 'نشت گاز': 1.2, 'بوی گاز': 1.2, 'آتش': 0.6, 'دود': 0.6, 'آب گرفتگی': 0.7, 'مصدوم': 0.8, 'بیمارستان': 0.6, 'دارو': 0.5,
    'انسولین': 0.7, 'اکسیژن': 0.6, 'بی آب': 0.5, 'بی برق': 0.5,
  },
  [C.before]: { 'قبل از': 1, 'تا قبل از': 1, 'تا': 1 },
  [C.when]: {
    'شنبه': 0.8, 'یکشنبه': 0.8, 'دوشنبه': 0.8, 'سه شنبه': 0.8, 'چهارشنبه': 0.8, 'پنجشنبه': 0.8, 'جمعه': 0.8, 'جلسه': 1, 'بازرسی': 1,
    'ظهر': 0.9, 'آخر هفته': 0.8, 'آخر ماه': 0.8, 'ممیزی': 1, 'امتحان': 1, 'پرواز': 1, 'سررسید': 1, 'تاریخ صورتحساب': 1, 'اول ماه': 0.8,
    'صبح': 0.5, 'عصر': 0.5, 'شب': 0.8, 'فردا': 0.9, 'امشب': 0.9, 'مصاحبه': 1, 'ارائه': 0.8,
  },
};

const WHY = { [C.time]: 'tone.why.time', [C.security]: 'tone.why.security', [C.money]: 'tone.why.money', [C.safety]: 'tone.why.safety' } as const;

/** "before Friday's audit", «قبل از جلسه شنبه»: a deadline word within three words after before/by. */
function deadlines(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const when = hitsIn(ctx, [C.when]);
  const evidence: Evidence[] = [];
  let score = 0;
  for (const b of hitsIn(ctx, [C.before])) {
    const near = when.filter((x) => x.from >= b.to && x.from - b.to <= 3 && ctx.doc.tokens[x.from].clause === ctx.doc.tokens[b.from].clause);
    if (near.length === 0) continue;
    // "by Thursday noon", «تا ظهر پنجشنبه»: a day and an hour make a sharper deadline.
    score = Math.max(score, Math.min(1.3, near.reduce((sum, x) => sum + x.weight, 0)));
    evidence.push(ctx.ev({ start: b.start, end: Math.max(...near.map((x) => x.end)) }, 'tone.why.deadline'));
  }
  return { score, evidence };
}

/** Someone else acting on the customer's account: "someone logged in", «یکی رمزمو عوض کرده». */
const SOMEONE = new Set(['someone', 'somebody', 'یکی', 'شخصی']);
const INTRUSION = /^(?:log|us|chang|access|made|make|bought|buy|took|take|reset|withdr|transfer|spen|order|sign|hack|open|وارد|عوض|خرید|برداشت|برداشته|استفاده|تغییر|داره|دارن)/;

function intrusion(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!SOMEONE.has(t[i].key)) continue;
    // "Can someone check my account?" asks for help; the intruder is the subject of a statement.
    if (t[i - 1] && /^(?:can|could|would|will|may|is|has|does|should)$/.test(t[i - 1].key)) continue;
    if (ctx.a.questions.some((q) => q.start <= t[i].start && t[i].end <= q.end)) continue;
    const act = t.slice(i + 1, i + 4).find((y) => y.clause === t[i].clause && INTRUSION.test(y.key));
    if (act) return ctx.ev({ start: t[i].start, end: act.end }, 'tone.why.security');
  }
  return null;
}

const IF = new Set(['if', 'unless', 'اگر', 'اگه']);

/** An ultimatum: "If this isn't fixed by tomorrow I'm cancelling", «اگه تا شب جواب ندید شکایت می‌کنم». */
function ultimatum(ctx: CueContext, timed: readonly Evidence[]): boolean {
  const t = ctx.doc.tokens;
  const base = ctx.parts.latest.start;
  for (const h of ctx.hits) {
    if (h.category !== 'frustration.escalation') continue;
    const s = t[h.from].sentence;
    if (!t.some((x) => x.sentence === s && IF.has(x.key))) continue;
    if (timed.some((e) => t.some((x, i) => x.sentence === s && i < h.from && x.start + base === e.start))) return true;
  }
  return false;
}

/** Verbs that open a demand ("Refund me now.", "Fix it today"). */
const DEMAND = new Set(['refund', 'fix', 'sort', 'give', 'send', 'cancel', 'unlock', 'restore', 'return', 'stop', 'call', 'reply', 'answer', 'resolve', 'reverse', 'release', 'reactivate', 'unblock']);
const NOW = new Set(['now', 'immediately', 'today', 'asap', 'fast', 'quickly']);
const SPEED = /^(?:fast|quick|quickly|now|asap|soon|سریع|زود|فوری|فورا)$/;

/** A demand made now ("Refund me now.") or a call for quick help ("please help fast", «سریع کمک کنید»). */
function demandNow(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  // "fix this ASAP": the time word already says it.
  const strong = (y: { start: number }) => ctx.hits.some((h) => h.category === C.time && h.weight >= 0.9 && h.start === y.start);
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    const opens = i === 0 || t[i - 1].sentence !== x.sentence || t[i - 1].key === 'please';
    if (opens && DEMAND.has(x.key)) {
      const now = t.slice(i + 1, i + 5).find((y) => y.sentence === x.sentence && NOW.has(y.key));
      if (now && !strong(now)) return ctx.ev({ start: x.start, end: now.end }, 'tone.why.time');
    }
    if (x.key === 'help' || x.key === 'کمک') {
      const near = [t[i - 1], t[i + 1], t[i + 2]].find((y) => y && y.sentence === x.sentence && SPEED.test(y.key));
      if (near && !strong(near)) return ctx.ev({ start: Math.min(x.start, near.start), end: Math.max(x.end, near.end) }, 'tone.why.help');
    }
  }
  return null;
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
      { text: 'سلام، فوریه، حسابم هک شده.', evidence: ['فوریه', 'هک'] },
      { text: 'Someone is using my email to reset my password. Please help fast.', evidence: ['Someone is using'] },
      { text: "If this isn't fixed by tomorrow I'm cancelling and leaving a bad review.", evidence: ['by tomorrow'] },
      { text: "The heating stopped working and it's minus five outside, we have a baby.", evidence: ['baby'] },
      { text: 'I need the visa letter by Thursday noon.', evidence: ['by Thursday noon'] },
    ],
    quiet: ['To whom it may concern,\nI hereby request the closure of my account effective immediately.', 'Can someone check my account?', 'خسته نباشید، تیکت «فوری» من هنوز باز است.', 'No rush, whenever you have time.', 'Could you send me the brochure?', 'عجله‌ای نیست، هر وقت شد بفرستید.'],
  },
  read(ctx) {
    if (ctx.empty) return NONE;
    // Negation does not cancel a deadline ("if it isn't fixed by tomorrow"); "not urgent" is a softener.
    // A word in ironic quotes (a ticket marked «فوری») is a mention, not a hurry.
    const words = weigh(ctx, hitsIn(ctx, [C.time, C.security, C.money]), { why: WHY, plain: true, keepNegated: true, skipQuoted: true });
    const safety = weigh(ctx, hitsIn(ctx, [C.safety]), { why: WHY, plain: true });
    let score = words.score + Math.min(1.4, safety.score);
    const evidence = [...words.evidence, ...(safety.score >= 1 ? safety.evidence : [])];
    const dl = deadlines(ctx);
    score += dl.score;
    evidence.push(...dl.evidence);
    const intruder = intrusion(ctx);
    const demand = demandNow(ctx);
    const threat = ultimatum(ctx, [...words.evidence, ...dl.evidence]);
    const acts = (intruder ? 1 : 0) + (demand ? 0.8 : 0) + (threat ? 0.6 : 0);
    score += acts;
    if (intruder) evidence.push(intruder);
    if (demand) evidence.push(demand);
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
    if (score < THRESHOLD || words.score + dl.score + acts + (safety.score >= 1 ? 1 : 0) < 0.3) return { score, cues: [] };
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
    'tone.why.safety': 'someone’s health or safety',
  },
  fa: {
    'tone.cue.urgent': 'فوری است: بگویید قدم بعدی چیست و کی انجام می‌شود',
    'tone.why.time': 'عجله دارد',
    'tone.why.deadline': 'مهلت دارد',
    'tone.why.security': 'مشکل امنیتی',
    'tone.why.money': 'پول یا کسب‌وکارش در خطر است',
    'tone.why.help': 'کمک می‌خواهد',
    'tone.why.safety': 'سلامت یا ایمنی کسی در خطر است',
  },
} as const;
