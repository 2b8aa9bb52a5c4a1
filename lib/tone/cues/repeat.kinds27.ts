/**
 * Repeat contact, session 27 (tonerep27), English and Persian: earlier contacts told without "again" in ways the older
 * readers did not read. Tried on scripts/tone-kinds27r-matrix.ts (REPEAT27, REPEAT27_FA: positives and close contrasts
 * across trades and registers), never on a development sentence's nouns.
 *
 * - **the company's people or replies counted** ({@link peopleMet}): "I've spoken to three different people", "talked to
 *   four different agents", "I have now had four identical emails", "received three automated replies", "each time I get a
 *   reply from a different person": the customer has been in touch that many times. Not "three different shops", "four
 *   identical parcels", "I get three emails a day from you with offers".
 * - **the same contact told twice by its days** ({@link askedTwice}): "I asked in March, I asked in April". Not "I ordered
 *   on Saturday and again on Sunday" (no contact verb).
 * - **brought to the company's notice, in a letter's Persian** ({@link notifiedFa}): «به اطلاع پشتیبانی رساندم», «پیش‌تر
 *   نیز به اطلاع واحد … رسانده شده بود»: a past telling. Not «به اطلاع شما می‌رسانم» (told now), nor «به اطلاع پلیس».
 * - **an earlier call or message in Finglish** ({@link finglishEarlier}): "hafte pish ham zang zadam", "sb ham email zadam",
 *   "do bar zang zadam": a contact verb in the past with "ham" (too) or a count before it. Not "dirooz be doostam payam
 *   dadam" (to a friend), "farda zang mizanam" (a plan).
 * - **the customer's call hung up on after waiting** ({@link hungUpFa}): «بعد از یه ساعت انتظار، تلفن رو قطع کردن».
 *   Not a line or supply cut («تلفن ثابت … قطعه»).
 * - **an arrangement with them redone, counted** ({@link redoneCounted}): "I've rebooked the engineer twice now and nobody has
 *   turned up", "we have resubmitted the application three times and it still shows as incomplete". Not "I resubmitted the
 *   form twice because I made typos" (no lack after it).
 * - **an in-person visit, what they said there, and the matter still open** ({@link inPersonFa}): «حضوراً به شعبه مراجعه
 *   کردم و گفتند سه روز دیگر آماده است؛ هنوز خبری نیست». Not «فردا حضوراً مراجعه می‌کنم», nor a visit that settled it.
 * - quiet ({@link quiet27}): evidence all «حضوری» of a visit to look at something with nothing told or promised; a call
 *   cut while talking with someone of the customer's own («با مادرم»); a count of the customer's own tries at a form
 *   («سه بار کد رو وارد کردم»).
 *
 * Cheap: a text gate before any token is read; each reader walks the tokens once.
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

const GATE_EN = textGate(['rebooked', 're-booked', 'resubmitted', 're-submitted', 'resent', 're-sent', 'reuploaded', 're-uploaded', 'reapplied', 're-applied', 'rearranged', 're-arranged', 'different', 'identical', 'automated', 'automatic', 'asked in', 'asked on', 'emailed in', 'emailed on', 'rang in', 'rang on', 'called in', 'called on', 'wrote in', 'wrote on']);

const WE = new Set(['i', 'we']);
const MET = /^(?:spoken|spoke|talked|talk|speak|dealt|chatted)$/;
const PEOPLE = /^(?:people|persons?|agents?|advisors?|advisers?|staff|members|operators?|representatives?|reps?|colleagues?|consultants?|managers?|engineers?|technicians?|departments?|teams?)$/;
const NUM = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'several', 'multiple', 'many', 'numerous', '2', '3', '4', '5', '6', '7', '8']);
const REPLY = /^(?:e-?mails?|replies|responses|answers|messages|texts|letters)$/;
const SAME = new Set(['identical', 'automated', 'automatic', 'generic', 'template', 'templated', 'scripted', 'canned', 'copy-paste', 'different', 'same']);
const HAD = /^(?:had|received|got|gotten)$/;

/** "I've spoken to three different people", "I have now had four identical emails", "a reply from a different person" each time. */
function peopleMet(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    // "spoken to / been told by three different people": a verb of talk with the customer as subject, or "told by".
    if (NUM.has(x.key) && t[i + 1]?.key === 'different' && PEOPLE.test(t[i + 2]?.key ?? '')) {
      const s = x.sentence;
      let ok = false;
      for (let j = i - 1; j >= 0 && j >= i - 5 && t[j].sentence === s; j--) {
        if (MET.test(t[j].key) && t.slice(Math.max(0, j - 3), j).some((y) => WE.has(y.key) || y.key === 'ive' || y.key === 'weve')) ok = true;
        if (t[j].key === 'by' && t[j - 1]?.key === 'told') ok = true;
        if (MET.test(t[j].key) && j === t.findIndex((y) => y.sentence === s)) ok = true; // "Spoke to 2 different advisors"
      }
      if (ok && !x.negated) return ctx.ev({ start: x.start, end: t[i + 2].end }, 'tone.why.contactCount');
    }
    // "had / received four identical emails": the company's replies to the customer, counted.
    if (HAD.test(x.key) && !x.negated) {
      const subj = t.slice(Math.max(0, i - 3), i).some((y) => WE.has(y.key) || y.key === 'ive' || y.key === 'weve');
      const perfect = t.slice(Math.max(0, i - 3), i).some((y) => /^(?:have|has|ve|now)$/.test(y.key)) || x.key === 'received';
      let j = i + 1;
      if (t[j]?.key === 'now') j++;
      if (!subj || !perfect || !NUM.has(t[j]?.key ?? '')) continue;
      let k = j + 1;
      let same = false;
      while (k < t.length && k <= j + 2 && SAME.has(t[k].key)) (same = true), k++;
      if (!REPLY.test(t[k]?.key ?? '')) continue;
      // A reply noun is a contact of theirs; a plain "emails" needs a word saying they were answers ("identical", "automated").
      if (!same && !/^(?:replies|responses|answers)$/.test(t[k].key)) continue;
      // "three emails a day from you with offers" is mail, no answer.
      if (t[k + 1]?.key === 'a' && /^(?:day|week|month)$/.test(t[k + 2]?.key ?? '')) continue;
      return ctx.ev({ start: t[j].start, end: t[k].end }, 'tone.why.contactCount');
    }
    // "Each time I get a reply from a different person".
    if ((x.key === 'each' || x.key === 'every') && t[i + 1]?.key === 'time') {
      const rest = t.slice(i + 2, i + 12).filter((y) => y.sentence === x.sentence);
      const r = rest.findIndex((y) => /^(?:reply|response|answer|email)$/.test(y.key));
      if (r >= 0 && rest.slice(r + 1, r + 5).some((y) => y.key === 'different') && rest.slice(0, r).some((y) => WE.has(y.key))) {
        return ctx.ev({ start: x.start, end: rest[Math.min(rest.length - 1, r + 4)].end }, 'tone.why.contactCount');
      }
    }
  }
  return null;
}

const ASKED = /^(?:asked|rang|called|phoned|emailed|wrote|messaged|chased|complained|reported)$/;
const WHEN = /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))$/;

/** "I asked in March, I asked in April": one contact verb of the customer's, twice in a sentence, each with its day. */
function askedTwice(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  const dated = (i: number) => (t[i + 1]?.key === 'in' || t[i + 1]?.key === 'on') && (WHEN.test(t[i + 2]?.key ?? '') || (t[i + 2]?.key === 'the' && WHEN.test(t[i + 3]?.key ?? '')));
  for (let i = 1; i < t.length; i++) {
    if (!ASKED.test(t[i].key) || !WE.has(t[i - 1].key) || !dated(i)) continue;
    for (let j = i + 3; j < t.length && j <= i + 8 && t[j].sentence === t[i].sentence; j++) {
      if (t[j].key === t[i].key && WE.has(t[j - 1].key) && dated(j)) return ctx.ev({ start: t[i - 1].start, end: t[j + 2].end }, 'tone.why.contactCount');
    }
  }
  return null;
}

const GATE_FA = textGate(['اطلاع', 'قطع', 'حضورا', 'حضوری']);
/** An earlier time, or «نیز» (as well) of a telling made before. */
const EARLIER_FA = /^(?:قبلا|قبلاً|پیشتر|پیش|گذشته|دیروز|پریروز|قبل|بارها|مکررا|مکرراً|نیز|تاریخ)$/;
/** Who is no company: the police, a court, the customer's own people. */
const THIRD_FA = /^(?:پلیس|کلانتری|دادگاه|دادسرا|همسایه|همسایم|مادرم|پدرم|خانوادم|خانواده|دوستم|وکیلم|بیمه)$/;

/** «به اطلاع پشتیبانی رساندم», «پیش‌تر نیز به اطلاع واحد … رسانده شده بود»: the matter brought to their notice before. */
function notifiedFa(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i].key !== 'اطلاع' || t[i - 1].key !== 'به') continue;
    for (let j = i + 1; j < t.length && j <= i + 5 && t[j].clause === t[i].clause; j++) {
      const k = t[j].key;
      // Past only: «رساندم», «رساندیم», «رسوندم», «رسانده (شده) بود / ام / است»; never «می‌رسانم» (told now) nor «برسانید».
      const past = /^(?:رساندم|رساندیم|رسوندم|رسوندیم)$/.test(k) || ((k === 'رسانده' || k === 'رسونده') && /^(?:شده|بود|بودم|بودیم|ام|ایم|است|اند)$/.test(t[j + 1]?.key ?? ''));
      if (!past) continue;
      if (t.slice(i + 1, j).some((y) => THIRD_FA.test(y.key))) break;
      if (t[j].negated) break;
      // «صرفاً جهت بهبود خدمات به اطلاع رساندم» tells of this very message: a past telling needs the pluperfect («رسانده بودم»)
      // or an earlier time in its sentence («هفته گذشته», «پیش‌تر نیز», «قبلاً»).
      const pluperfect = /^(?:بود|بودم|بودیم)$/.test(t[j + 1]?.key ?? '') || /^(?:بود|بودم|بودیم)$/.test(t[j + 2]?.key ?? '');
      if (!pluperfect && !t.some((y) => y.sentence === t[i].sentence && EARLIER_FA.test(y.key))) continue;
      const end = t[j + 1] && (k === 'رسانده' || k === 'رسونده') ? j + 1 : j;
      return ctx.ev({ start: t[i - 1].start, end: t[end].end }, 'tone.why.earlierContact');
    }
  }
  return null;
}

/** «بعد از یه ساعت انتظار، تلفن رو قطع کردن»: the company hung up on the customer's call after a wait. */
function hungUpFa(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'قطع' || !/^(?:کردن|کردند|کردید|کردین)$/.test(t[i + 1].key)) continue;
    const s = t[i].sentence;
    const inS = t.filter((y) => y.sentence === s);
    const call = inS.some((y) => /^(?:تلفن|تلفنو|تلفنم|تماس|تماسم|تماسمو|گوشی|گوشیو|خط)$/.test(y.key));
    const waited = inS.some((y) => y.key === 'انتظار' || y.key === 'معطلی' || (y.key === 'خط' && t[t.indexOf(y) - 1]?.key === 'پشت'));
    if (call && waited) return ctx.ev({ start: t[i].start, end: t[i + 1].end }, 'tone.why.earlierContact');
  }
  return null;
}

const IN_PERSON = /^(?:حضورا|حضوری)$/;
const VISITED = /^(?:مراجعه|رفتم|رفتیم|اومدم|اومدیم|آمدم|آمدیم|مطرح|ثبتنام|ثبت)$/;
const OPEN_FA = /^(?:هنوز|تاکنون|همچنان|تابحال|هنوزم)$/;

/**
 * «حضوراً به شعبه مراجعه کردم و گفتند سه روز دیگر آماده است؛ هنوز خبری نیست»: a visit of the customer's in the past, what
 * the company said there, and the matter still open. Not «فردا حضوراً مراجعه می‌کنم» (a plan), nor a visit that settled it.
 */
function inPersonFa(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!IN_PERSON.test(t[i].key)) continue;
    const s = t[i].sentence;
    // The visit: «مراجعه کردم / نمودم», «رفتم», «مطرح کردم» within six words, in the past.
    let v = -1;
    for (let j = i + 1; j < t.length && j <= i + 6 && t[j].sentence === s; j++) {
      if (!VISITED.test(t[j].key)) continue;
      const verb = t[j].pastFirst ? t[j] : t[j + 1];
      if (verb && (verb.pastFirst || /^(?:نمودم|نمودیم)$/.test(verb.key))) {
        v = verb === t[j] ? j : j + 1;
        break;
      }
    }
    if (v < 0) continue;
    // What they said: «گفتند», «گفتن», «اعلام شد / گردید», «قول … دادند / داده شد».
    const said = t.slice(v + 1).some((y) => y.sentence <= s + 1 && (/^(?:گفتند|گفتن|گفتید|فرمودند)$/.test(y.key) || ((y.key === 'اعلام' || y.key === 'قول') && /^(?:شد|گردید|دادند|دادن|داده)$/.test(t[t.indexOf(y) + 1]?.key ?? ''))));
    const open = t.slice(v + 1).some((y) => OPEN_FA.test(y.key));
    if (said && open) return ctx.ev({ start: t[i].start, end: t[v].end }, 'tone.why.earlierContact');
  }
  return null;
}

const REDONE = /^(?:rebooked|re-booked|resubmitted|re-submitted|resent|re-sent|reuploaded|re-uploaded|reapplied|re-applied|rearranged|re-arranged)$/;

/** "I've rebooked the engineer twice now and nobody has turned up": the customer's arrangement with them made again, counted. */
function redoneCounted(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!REDONE.test(t[i].key) || !t.slice(Math.max(0, i - 3), i).some((y) => WE.has(y.key) || y.key === 'ive' || y.key === 'weve')) continue;
    for (let j = i + 1; j < t.length && j <= i + 5 && t[j].clause === t[i].clause; j++) {
      const n = t[j].key === 'twice' ? j : t[j].key === 'times' && NUM.has(t[j - 1].key) ? j : -1;
      if (n < 0) continue;
      // A lack after it: "nobody has turned up", "still nothing"; a count alone may be the customer's own slip.
      if (!t.some((y) => y.sentence >= t[i].sentence && y.sentence <= t[i].sentence + 1 && (y.neg || y.key === 'still' || y.key === 'nobody'))) break;
      return ctx.ev({ start: t[i].start, end: t[n].end }, 'tone.why.contactCount');
    }
  }
  return null;
}

/** Finglish: "hafte pish ham zang zadam", "sb ham email zadam", "do bar zang zadam poshtibani". */
const FINGLISH_EARLIER = /(?:^|[\s,.!?])((?:ham|(?:do|se|chand|chahar|4|3|2)\s+(?:bar|bare|dafe))\s+(?:zang|payam|payamak|email|imeil|imel|tamas|ticket|tiket)\s+(?:zadam|dadam|zadim|dadim|gereftam|gereftim|ferestadam|ferestadim|sabt\s+kardam))(?=$|[\s,.!?])/;

function finglishEarlier(ctx: CueContext): Evidence | null {
  const m = FINGLISH_EARLIER.exec(ctx.low);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]);
  // "be doostam payam dadam": to someone of the customer's own.
  if (/\bbe\s+(?:doostam|dustam|maman|mamanam|baba|babam|khaharam|baradaram|hamsayam)\s*$/.test(ctx.low.slice(Math.max(0, at - 25), at))) return null;
  return ctx.ev({ start: at, end: at + m[1].length }, 'tone.why.earlierContact');
}

/** Session 27's earlier contacts: each alone is one. */
export function kinds27Finds(ctx: CueContext): Evidence[] {
  const out: Evidence[] = [];
  if (ctx.fa) {
    if (!opens(ctx.low, GATE_FA)) return out;
    for (const f of [notifiedFa(ctx), hungUpFa(ctx), inPersonFa(ctx)]) if (f) out.push(f);
    return out;
  }
  if (/[a-z]/.test(ctx.low) && / (?:zadam|dadam|zadim|dadim|gereftam|ferestadam|kardam)\b/.test(ctx.low)) {
    const f = finglishEarlier(ctx);
    if (f) out.push(f);
  }
  if (!opens(ctx.low, GATE_EN)) return out;
  for (const f of [peopleMet(ctx), askedTwice(ctx), redoneCounted(ctx)]) if (f) out.push(f);
  return out;
}

const QUIET_GATE = textGate(['حضوری', 'حضورا', 'قطع', 'بار']);
const SAID_FA = /^(?:گفت|گفتن|گفتند|گفتید|گفتین|اعلام|قول|مطرح|وعده|فرمودند)/;
const OWN_TRY = /^(?:وارد|امتحان|تلاش)$/;

/** Evidence all «حضوری» of a visit with nothing told, a call cut while talking with one's own people, or one's own tries counted. */
export function quiet27(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!ctx.fa || evidence.length === 0 || !opens(ctx.low, QUIET_GATE)) return false;
  const t = ctx.doc.tokens;
  return evidence.every((e) => {
    const a = e.start - ctx.offset;
    const i = t.findIndex((x) => x.start >= a);
    if (i < 0) return false;
    const s = t[i].sentence;
    const inS = t.filter((y) => y.sentence === s);
    const w = e.text.replace(/\u200c/g, '');
    // «دیروز حضوری رفتم نمایشگاه شما و ماشین رو دیدم، قیمت نهایی چنده؟»: a visit, nothing said or promised there.
    if (/^حضور(?:ی|اً|ا)$/.test(w)) return !t.some((y) => SAID_FA.test(y.key)) && !t.some((y) => y.key === 'هنوز' || y.key === 'همچنان');
    // «موقع صحبت با مادرم تماس قطع شد»: a call with someone of the customer's own.
    if (/تماس.*قطع/.test(w)) return inS.some((y, k) => y.key === 'با' && THIRD_FA.test(inS[k + 1]?.key ?? ''));
    // «سه بار کد تأیید رو وارد کردم»: the customer's tries at a form, no contact.
    if (/^\S+ بار$/.test(w)) {
      // The sentence holds the customer's own try and no contact noun ("هر سه بار میگه" after it counts the same tries).
      return inS.some((y) => OWN_TRY.test(y.key) && y.sentence === s) && !inS.some((y) => /^(?:زنگ|تماس|پیام|ایمیل|تیکت|نامه|درخواست|پشتیبانی)/.test(y.key));
    }
    return false;
  });
}
