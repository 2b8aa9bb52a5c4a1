/**
 * Urgency, session 27 (tonerep27), Persian (with Finglish) and English. Tried on scripts/tone-kinds27r-matrix.ts
 * (URGENCY27_FA, URGENCY27: positives and close contrasts across trades and registers), never on a development sentence's
 * nouns.
 *
 * - **the customer away from home now, with the service failing** ({@link strandedFa27}): «الان کنار آزادراه … گیر
 *   کردیم», «ما الان جلوی هتل هستیم و میگن رزرو … نیست», «در حال حاضر در فرودگاه … هستم و بلیت … صادر نشده»,
 *   "alan too foroodgaham va parvazam cancel shode": a word of now, a place of travel (an airport, a road, a hotel, a
 *   border, abroad) and something failing in the message. Not «هفته بعد میرم فرودگاه» (no now), «الان تو هتل هستیم و
 *   همه‌چی عالیه» (nothing failing), «فرودگاه امام تا هتل شما چقدر راهه؟».
 * - **money or work lost by the hour or the day now** ({@link losingNowFa27}): «هر ساعت دارم مشتری از دست میدم», «هر روز
 *   خسارت قابل توجهی … وارد می‌شود», "har rooz … zarar mikonam", «راننده‌ام، از صبح … یه مسافر هم نتونستم بگیرم»: a
 *   loss at a rate of time, or the customer's work stopped since this morning, told now. Not a loss told in the past
 *   («ماه پیش یه روز … ضرر کردیم، الان درسته»), a rate asked about, someone else's loss.
 * - **pay due on a near day, and the run failing** ({@link payDue27}): "Staff are supposed to be paid tomorrow and the
 *   payroll run failed again": "(supposed | due | meant) to be paid" on a near day, with a failure or negation in the
 *   message. Not "I'm due to be paid on Friday, can I move my direct debit?".
 *
 * - **help wanted within the hour** ({@link withinHour27}): "I need a technician in the next hour", "someone on the phone in
 *   the next 30 minutes, please". Not "Will the service be back in the next hour or so?", "The driver will arrive in the next
 *   hour", "in the next week or two".
 * - **people kept out now** ({@link lockedOutNow27}): "Half the team is locked out of the building", "30 staff locked out in
 *   the car park". Not "I was locked out last week", "How do I avoid getting locked out", an account (read as security).
 * - **Persian health now** ({@link healthNowFa27}): «بچه تب داره و داروخونه‌ها بسته‌ان», «داریم میریم اورژانس», «قرص …
 *   دیروز تموم شد و سفارش هنوز نرسیده»: ill now with a lack, on the way to the emergency room, a medicine run out and the
 *   order not come. Not an illness of last month, a question about a medicine, vitamins run out with a new order.
 * - calm ({@link calmFa27}): Persian thanks for a matter put right or come, with nothing left open.
 *
 * Cheap: a text gate before any token is read.
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

const NOW_FA = /^(?:الان|الآن|هماکنون|هم‌اکنون|همینالان|فعلا)$/;
const PLACE_FA = /^(?:فرودگاه|ترمینال|ایستگاه|جاده|آزادراه|اتوبان|بزرگراه|هتل|مرز|گمرک|اسکله|بندر|پایانه|خارج)/;
/** Something failing in the message: a negated verb, or a word of failure. */
const FAIL_FA = /^(?:قطع|قطعه|خاموش|کنسل|لغو|باطل|گیر|خراب|خرابه|ترکیده)$/;
const STRAND_GATE = textGate(['الان', 'الآن', 'هم اکنون', 'در حال حاضر', 'همین الان']);

function failingFa(t: readonly Tok[]): boolean {
  return t.some((y) => (y.neg && y.verb) || (y.negated && y.verb) || FAIL_FA.test(y.key) || /^(?:نشده|نمیشه|نمیکنه|نداره|نیست|نمیده|نمیاد)$/.test(y.key));
}

/** «الان کنار آزادراه قزوینم», «در حال حاضر در فرودگاه مشهد هستم»: now away, with something failing. */
export function strandedFa27(ctx: CueContext): Evidence | null {
  if (!ctx.fa || !opens(ctx.low, STRAND_GATE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const now = NOW_FA.test(t[i].key) ? i : t[i].key === 'حاضر' && t[i - 1]?.key === 'حال' && t[i - 2]?.key === 'در' ? i : -1;
    if (now < 0) continue;
    const s = t[i].sentence;
    for (let j = i + 1; j < t.length && j <= i + 6 && t[j].sentence === s; j++) {
      if (!PLACE_FA.test(t[j].key)) continue;
      // "خارج" only as abroad («خارج از کشور»).
      if (t[j].key.startsWith('خارج') && !(t[j + 1]?.key === 'از' && t[j + 2]?.key === 'کشور')) continue;
      // Where the customer is: a first-person ending on the place or a word after it («فرودگاهم», «قزوینم»), or «هستم / هستیم / گیر کردیم».
      const here = t.slice(j, Math.min(t.length, j + 4)).some((y) => y.sentence === s && (/(?:م|یم)$/.test(y.key) || /^(?:هستم|هستیم|ایم|موندیم|ماندیم|موندم|ماندم|معطلیم)$/.test(y.key)));
      if (!here || !failingFa(t)) continue;
      return ctx.ev({ start: t[now === i && t[i].key === 'حاضر' ? i - 2 : i].start, end: t[j].end }, 'tone.why.time');
    }
  }
  return null;
}

/** Finglish: "alan too foroodgaham", "alan fooroodgahim", "alan kenar jadeam", with a failure in the message. */
const STRAND_FINGLISH = /\b(alan|al'an)\s+(?:too|tu|dar|to|kenare?|jelooye?|jeloye?)\s+(?:\w+\s+)?(foroodgah|forudgah|frudgah|terminal|jade|otoban|autoban|hotel|marz)\w*/;
const FAIL_FINGLISH = /\b(?:cancel|kansel|laghv|ghat|ghate|kharab|nashode|nemishe|nadadid|nadarim|nist|nemikone)\b/;

export function strandedFinglish27(ctx: CueContext): Evidence | null {
  if (ctx.fa || !/\balan\b|\bal'an\b/.test(ctx.low)) return null;
  const m = STRAND_FINGLISH.exec(ctx.low);
  if (!m || !FAIL_FINGLISH.test(ctx.low)) return null;
  return ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.time');
}

const LOSS_GATE = textGate(['هر ساعت', 'هر روز', 'هر دقیقه', 'روزی که', 'نتونستم', 'نتوانستم', 'نمیتونم', 'har rooz', 'har saat', 'har roz']);
const LOSS_FA = /^(?:ضرر|خسارت|زیان|درآمد|درامد|دستمزد)$/;
const WORK_FA = /^(?:مسافر|مشتری|مشتریا|مشتریها|سفارش|بار|کار)$/;
const PAST_TIME_FA = /^(?:پیش|پارسال|گذشته|قبل)$/;
const SETTLED_FA = /^(?:درسته|درست|حل|اوکی|رفع)$/;

/** «هر ساعت دارم مشتری از دست میدم», «هر روز خسارت … وارد می‌شود», «از صبح یه مسافر هم نتونستم بگیرم». */
export function losingNowFa27(ctx: CueContext): Evidence | null {
  if (!ctx.fa || !opens(ctx.low, LOSS_GATE)) return null;
  const t = ctx.doc.tokens;
  // A loss told of a time gone, now put right («ماه پیش … ضرر کردیم، الان درسته»).
  if (t.some((y) => PAST_TIME_FA.test(y.key)) && t.some((y) => SETTLED_FA.test(y.key))) return null;
  for (let i = 0; i + 1 < t.length; i++) {
    const s = t[i].sentence;
    const inS = (j: number) => j >= 0 && j < t.length && t[j].sentence === s;
    // A rate of time: «هر ساعت», «هر روز», «روزی که».
    const rate = (t[i].key === 'هر' && /^(?:ساعت|روز|دقیقه)$/.test(t[i + 1].key)) || (t[i].key === 'روزی' && t[i + 1].key === 'که');
    if (rate) {
      for (let j = i + 2; j <= i + 10 && inS(j); j++) {
        const lost = LOSS_FA.test(t[j].key) || (t[j].key === 'دست' && t[j - 1]?.key === 'از' && /^(?:میدم|میدیم|میدهم|میدهیم|رفت|میره)$/.test(t[j + 1]?.key ?? ''));
        // A question about a rate («هزینه روزانه چقدره؟») or someone else's loss («همسایه‌مون میگه هر روز ضرر میکنه»).
        if (lost && !t.some((y) => y.sentence === s && /^(?:میگه|میگن|گفت|چقدر|چقدره)$/.test(y.key))) return ctx.ev({ start: t[i].start, end: t[j + (t[j].key === 'دست' ? 1 : 0)].end }, 'tone.why.damageNow');
      }
    }
    // The customer's work stopped since this morning: «از صبح … یه مسافر هم نتونستم بگیرم».
    if (/^(?:نتونستم|نتوانستم|نمیتونم)$/.test(t[i].key)) {
      const w = t.slice(Math.max(0, i - 4), i).findIndex((y) => y.sentence === s && WORK_FA.test(y.key));
      const work = w >= 0;
      const since = t.some((y, k) => y.sentence === s && y.key === 'از' && /^(?:صبح|دیروز|دیشب|ظهر)$/.test(t[k + 1]?.key ?? ''));
      const service = t.some((y) => FAIL_FA.test(y.key) || (y.key.startsWith('اینترنت') && t.some((z) => z.key === 'قطعه' || z.key === 'قطع')));
      if (work && since && service) return ctx.ev({ start: t[Math.max(0, i - 4) + w].start, end: t[i + 1]?.sentence === s ? t[i + 1].end : t[i].end }, 'tone.why.damageNow');
    }
  }
  return null;
}

/** Finglish: "har rooz ke … kar nakone zarar mikonam". */
const LOSS_FINGLISH = /\bhar\s+(?:rooz|roz|saat|sa'at)\b[^.!?\n]{0,40}?\b(zarar|khesarat|mashtari az dast)\w*/;

export function losingFinglish27(ctx: CueContext): Evidence | null {
  if (ctx.fa) return null;
  const m = LOSS_FINGLISH.exec(ctx.low);
  return m ? ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.damageNow') : null;
}

const PAY_GATE = textGate(['to be paid', 'due on', 'due tomorrow', 'due today', 'due tonight', 'due monday', 'due tuesday', 'due wednesday', 'due thursday', 'due friday', 'due saturday', 'due sunday']);
const NEAR = /^(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))$/;
const PAYMENT = /^(?:rent|payroll|wages|salary|salaries|mortgage|loan|instalment|installment|bill|invoice|tax|vat|premium|deposit|return|fees?|payment)$/;
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** "Staff are supposed to be paid tomorrow and the payroll run failed again", "The rent is due on the 5th and my salary still has not been released". */
export function payDue27(ctx: CueContext): Evidence | null {
  if (ctx.fa || !opens(ctx.low, PAY_GATE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    let from = -1;
    let after = -1;
    if (/^(?:supposed|due|meant)$/.test(t[i].key) && t[i + 1].key === 'to' && t[i + 2]?.key === 'be' && t[i + 3]?.key === 'paid') (from = i), (after = i + 4);
    // "The rent is due on the 5th": a payment of the customer's, due (not "was due": a date gone).
    else if (t[i].key === 'due' && /^(?:is|are|s)$/.test(t[i - 1].key) && PAYMENT.test(t[i - 2]?.key ?? '')) (from = i - 2), (after = i + 1);
    if (from < 0) continue;
    const s = t[i].sentence;
    let k = after;
    if (t[k]?.key === 'on' || t[k]?.key === 'by') k++;
    if (t[k]?.key === 'the') k++;
    if (!t[k] || t[k].sentence !== s || !NEAR.test(t[k].key) || MONTH.test(t[k + 1]?.key ?? '') || t[k + 1]?.key === 'of') continue;
    // Something failing now: a failure word or a negation in this sentence or the next ("still has not been released").
    const failing = t.some((y) => y.sentence >= s && y.sentence <= s + 1 && (/^(?:failed|failing|fails|stuck|rejected|frozen|blocked|held)$/.test(y.key) || y.neg));
    if (failing) return ctx.ev({ start: t[from].start, end: t[k].end }, 'tone.why.deadline');
  }
  return null;
}

const HOUR_GATE = textGate(['next hour', 'next half hour', 'next 30', 'next 20', 'next 15', 'next 10', 'next 45', 'next few minutes', 'next couple of hours', 'next two hours', 'next 2 hours']);
const NEED_EN = new Set(['need', 'needs', 'want', 'please', 'must', 'asap', 'urgently', 'someone', 'or']);

/** "I need a technician in the next hour", "someone technical on this in the next 30 minutes": help wanted within the hour. */
export function withinHour27(ctx: CueContext): Evidence | null {
  if (ctx.fa || !opens(ctx.low, HOUR_GATE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].key !== 'next' || t[i - 1].key !== 'the' || t[i - 2]?.key !== 'in' && t[i - 2]?.key !== 'within') continue;
    let j = i + 1;
    if (/^(?:few|couple|half)$/.test(t[j].key)) j++;
    if (t[j]?.key === 'of') j++;
    if (/^(?:\d+|two|2)$/.test(t[j]?.key ?? '')) j++;
    if (!/^(?:hour|hours|minutes|mins|hrs)$/.test(t[j]?.key ?? '')) continue;
    // "two hours" and more only as "couple of / two hours"; an hour's worth of minutes only.
    const s = t[i].sentence;
    // A want said in the sentence; not a question about what happens ("will it be back in the next hour?"), nor a negated want.
    const want = t.some((y) => y.sentence === s && NEED_EN.has(y.key) && !y.negated);
    const asked = ctx.questions.some((q) => q.start <= t[i].start + ctx.offset && t[i].end + ctx.offset <= q.end) && !t.some((y) => y.sentence === s && (y.key === 'need' || y.key === 'please'));
    if (want && !asked) return ctx.ev({ start: t[i - 2].start, end: t[j].end }, 'tone.why.time');
  }
  return null;
}

const LOCKED_GATE = textGate(['locked out']);
const BE_NOW = /^(?:is|are|am|m|re|s|been|stuck|still)$/;

/** "Half the team is locked out of the building", "30 staff locked out in the car park": people kept out now. */
export function lockedOutNow27(ctx: CueContext): Evidence | null {
  if (ctx.fa || !opens(ctx.low, LOCKED_GATE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].key !== 'locked' || t[i + 1].key !== 'out') continue;
    const prev = t[i - 1];
    // Now: "is / are / 'm / been / still locked out", or a count of people with no verb ("30 staff locked out").
    const people = /^(?:staff|people|employees|team|workers|students|guests|tenants|kids|children|residents|us|everyone|everybody)$/.test(prev.key) && prev.clause === t[i].clause;
    if (!BE_NOW.test(prev.key) && !people) continue;
    // Not a past time ("last week", "yesterday") nor a question of how to avoid it, nor an account (security, read elsewhere).
    const s = t[i].sentence;
    const inS = t.filter((y) => y.sentence === s);
    if (inS.some((y) => /^(?:yesterday|last|ago|avoid|prevent|if|when|whenever|account|app|login|profile)$/.test(y.key))) continue;
    if (inS.some((y) => y.key === 'was' || y.key === 'were') || t[i].negated) continue;
    return ctx.ev({ start: (people ? prev : t[i]).start, end: t[i + 1].end }, 'tone.why.safety');
  }
  return null;
}

const HEALTH_GATE = textGate(['تب', 'درد', 'ورم', 'اورژانس', 'درمانگاه', 'بیمارستان', 'تموم', 'تمام']);
const ILL_FA = /^(?:تب|درد|ورم|تشنج|خونریزی|استفراغ)$/;
const MED_FA = /^(?:قرص|قرصش|قرصاش|قرصهای|قرصای|دارو|داروی|داروهای|داروش|انسولین|اسپری|شربت)$/;
const ER_FA = /^(?:اورژانس|درمانگاه|بیمارستان|کلینیک)$/;

/**
 * Persian health now: someone ill now with a lack («بچه تب داره و داروخونه‌ها بسته‌ان»), on the way to the emergency room
 * («داریم میریم اورژانس»), a medicine run out and the order not come («قرص … دیروز تموم شد و سفارش هنوز نرسیده»).
 */
export function healthNowFa27(ctx: CueContext): Evidence | null {
  if (!ctx.fa || !opens(ctx.low, HEALTH_GATE)) return null;
  const t = ctx.doc.tokens;
  // A time gone: «ماه پیش», «پارسال», «هفته پیش» in the message and nothing still open.
  const past = t.some((y, k) => (y.key === 'پیش' && /^(?:ماه|هفته|سال)$/.test(t[k - 1]?.key ?? '')) || y.key === 'پارسال');
  const lack = t.some((y) => y.key === 'هنوز' || y.key === 'بستهان' || y.key === 'بستن' || (y.key === 'بسته' && /^(?:است|اند|ان)$/.test(t[t.indexOf(y) + 1]?.key ?? '')) || /^(?:نرسیده|نیومده|نیامده|نرسید|نمیرسه|نداریم|نداره)$/.test(y.key));
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    // Ill now: «تب داره», «درد داره», «ورم کرده», with a lack in the message.
    if (ILL_FA.test(x.key) && /^(?:داره|دارد|داریم|کرده|میکنه)$/.test(t[i + 1]?.key ?? '') && lack && !past) return ctx.ev({ start: x.start, end: t[i + 1].end }, 'tone.why.safety');
    // On the way to the emergency room now: «داریم میریم اورژانس», «الان بیمارستانیم».
    if (ER_FA.test(x.key) && (t[i - 1]?.key === 'میریم' || t[i - 1]?.key === 'میرویم') && (t[i - 2]?.key === 'داریم' || t[i - 2]?.key === 'الان') && !past) return ctx.ev({ start: t[i - 2].start, end: x.end }, 'tone.why.safety');
    // A medicine run out: «قرص … تموم شد / شده», and the order not come («هنوز نرسیده»).
    if (MED_FA.test(x.key)) {
      for (let j = i + 1; j < t.length && j <= i + 5 && t[j].sentence === x.sentence; j++) {
        if (!/^(?:تموم|تمام)$/.test(t[j].key) || !/^(?:شد|شده|شدن)$/.test(t[j + 1]?.key ?? '')) continue;
        if (lack && !past) return ctx.ev({ start: x.start, end: t[j + 1].end }, 'tone.why.safety');
      }
    }
  }
  return null;
}

/** Thanks or praise: a condition of the reading, not only its gate (toneen35: with the gate forced open the reader must still ask for them). */
const CALM_FA_WORDS = ['ممنون', 'مرسی', 'دمتون گرم', 'دستتون درد نکنه', 'فقط خواستم', 'عالی'];
const CALM_FA_GATE = textGate(CALM_FA_WORDS);
/** Put right or come: «پیدا شد», «درست شد», «حل شد», «الان درسته», «رسید». */
const SETTLED_NOW_FA = /^(?:درسته|اوکیه|رسید|برگشت)$/;
const SETTLED_PART = /^(?:پیدا|درست|حل|اوکی|رفع)$/;
/** Still open: a wait, a lack, a plea to hurry, a question. */
const OPEN_NOW_FA = /^(?:هنوز|هنوزم|فوری|فورا|سریعتر|زودتر|لطفا|لطفاً|کی|چرا|کجاست|چیکار|چکار)$/;

/**
 * Persian, a message told of something settled ({@link calmFa27}): «ماه پیش تو فرودگاه کیفم گم شد، پیدا شد بالاخره. ممنون»,
 * «گوشی امروز رسید، بسته‌بندی عالی، خیلی سریع!!! دمتون گرم»: thanks or praise, a matter put right or come, and nothing open
 * (no «هنوز», no negated verb, no plea, no question).
 */
export function calmFa27(ctx: CueContext): boolean {
  if (!ctx.fa || !opens(ctx.low, CALM_FA_GATE) || !CALM_FA_WORDS.some((w) => ctx.low.includes(w))) return false;
  const t = ctx.doc.tokens;
  const settled = t.some((y, k) => (SETTLED_NOW_FA.test(y.key) && !y.negated) || (SETTLED_PART.test(y.key) && /^(?:شد|شده|شدن)$/.test(t[k + 1]?.key ?? '')));
  if (!settled) return false;
  if (t.some((y) => OPEN_NOW_FA.test(y.key) || (y.neg && y.verb) || (y.negated && y.verb && !/^(?:نکنه|نکنید)$/.test(y.key)))) return false;
  return !/[?؟]/.test(ctx.doc.text);
}

/** Session 27's urgency kinds: each alone presses. */
export function urgencyKinds27(ctx: CueContext): Evidence[] {
  const out: Evidence[] = [];
  for (const f of ctx.fa ? [strandedFa27(ctx), losingNowFa27(ctx), healthNowFa27(ctx)] : [strandedFinglish27(ctx), losingFinglish27(ctx), payDue27(ctx), withinHour27(ctx), lockedOutNow27(ctx)]) if (f) out.push(f);
  return out;
}
