/**
 * Urgency, session 17's family (issue 13, tfrfa10), generated from parts in scripts/tone-urgency-matrix17.ts (never from
 * one split's misses):
 * - An account detail changed by someone else, the customer disowning it ("I got a code I never asked for and now my email
 *   on the account has been changed", «کد تأییدی اومده که من درخواست نکرده بودم و ایمیل حسابم عوض شده»): a takeover now.
 * - Travel within a day and something asked for ("I fly out tomorrow morning and my passport is in the parcel. Can you
 *   help today?", «فردا صبح پرواز دارم و پاسپورتم تو بسته‌ست. میشه امروز پیگیری کنید؟»).
 * - Quiet: «فوری» naming a product or a service («قهوه فوری», «ارسال فوری», «پست فوری»), «فوریت‌های پزشکی» however spelt.
 */
import { type CueContext, wordSet } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';

type T = readonly ToneToken[];

/** A set (one lookup per token, read for every token of an English message), made from the whole-word expression. */
const FIELD_EN = wordSet(/^(?:email|e-mail|password|phone|number|address|pin|username)$/);
const CHANGED_EN = /^(?:changed|reset|updated|swapped|removed)$/;
const DISOWN_EN = /never (?:asked|requested|made|did)|did(?:n'?t| not) (?:ask|request|change|make|do)|was(?:n'?t| not) me|not me/i;
const FIELD_FA = /^(?:ایمیل|ایمیلم|رمز|رمزم|پسورد|پسوردم|شماره|شمارم|شمارهام|آدرس|ایمیل|یوزرنیم)$/;
const CHANGED_FA = /^(?:عوض|تغییر)$/;
const DISOWN_FA = /(?:درخواست\s*نکرده|درخواست\s*ندادم|من\s*نبودم|کار\s*من\s*نبوده|من\s*عوض\s*نکردم|من\s*تغییر\s*ندادم|من\s*نزدم|خودم\s*نکردم)/;

function normalFa(text: string): string {
  return text.replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9').replace(/\u200c/g, ' ');
}

/** An account detail changed by someone, disowned by the customer: the evidence, or null. */
function takenOver(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  // The text with Persian letters and joiners made one, only once a field word is read (speed, issue 13).
  let text: string | null = null;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!x.fa && FIELD_EN.has(x.key)) {
      if (!DISOWN_EN.test((text ??= normalFa(ctx.doc.text)))) continue;
      for (let j = i + 1; j < t.length && j <= i + 7 && t[j].sentence === x.sentence; j++) {
        if (!CHANGED_EN.test(t[j].key)) continue;
        if (t.slice(i + 1, j).some((y) => /^(?:was|been|got|is)$/.test(y.key))) return ctx.ev({ start: x.start, end: t[j].end }, 'tone.why.security');
        break;
      }
    } else if (x.fa && FIELD_FA.test(x.key)) {
      if (!DISOWN_FA.test((text ??= normalFa(ctx.doc.text)))) continue;
      for (let j = i + 1; j < t.length && j <= i + 3 && t[j].sentence === x.sentence; j++) {
        if (CHANGED_FA.test(t[j].key) && /^(?:شده|شد|کردن|کردند|کرده|کردهاند|شدهاست)$/.test(t[j + 1]?.key ?? '')) return ctx.ev({ start: x.start, end: t[j + 1].end }, 'tone.why.security');
      }
    }
  }
  return null;
}

const TRAVEL_EN = /^(?:fly|flying|flight|travel|travelling|traveling|leave|leaving|depart|departing)$/;
/** Tomorrow or tonight, never «امروز» / "today" (the trip may be over: «از راننده‌ی سفر امروز صبح تشکر کنم»). */
const SOON_EN = /^(?:tomorrow|tonight)$/;
const TRAVEL_EN_WORDS = wordSet(TRAVEL_EN);
const SOON_EN_WORDS = wordSet(SOON_EN);
const TRAVEL_FA = /^(?:پرواز|پروازم|سفر|سفرم|بلیط|بلیطم|حرکت)$/;
const SOON_FA = /^(?:فردا|امشب|فرداست|امشبه|پسفردا|پسفرداست)$/;
const ASK = /[?؟]|\b(?:please|can you|could you)\b|(?:لطفا|لطفاً|میشه|میشود|ممکنه|امکانش)/i;

/** Travel within a day, and something asked for: the evidence, or null. */
function travelSoon(ctx: CueContext): Evidence | null {
  if (!ASK.test(ctx.doc.text)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    // English words looked up in sets made from the expressions (no expression run per token).
    if (!(x.fa ? TRAVEL_FA.test(x.key) : TRAVEL_EN_WORDS.has(x.key)) || x.negated) continue;
    for (let j = Math.max(0, i - 3); j < t.length && j <= i + 3; j++) {
      if (j === i || t[j].sentence !== x.sentence || !(x.fa ? SOON_FA.test(t[j].key) : SOON_EN_WORDS.has(t[j].key))) continue;
      const [a, b] = j < i ? [j, i] : [i, j];
      return ctx.ev({ start: t[a].start, end: t[b].end }, 'tone.why.deadline');
    }
  }
  return null;
}

/** Session 17's urgency signs (each alone is time pressure; ./urgency.ts adds them to its list). */
export function urgencyMatrix17(ctx: CueContext): Evidence[] | null {
  const out = [takenOver(ctx), travelSoon(ctx)].filter((e): e is Evidence => e !== null);
  return out.length ? out : null;
}

/** Nouns «فوری» names a kind of: instant coffee, express delivery. */
const KIND_OF = /^(?:قهوه|نسکافه|کافی|شیر|سوپ|نودل|ماکارونی|غذای|ارسال|پست|پیک|تحویل|خدمات|سرویس|گزینه|گزینهی|بسته|وام|کارت)$/;

/** Whether token i, a «فوری»/«فوریت», names a product or a service, or is «فوریت‌های پزشکی». */
function namingFori(t: T, i: number): boolean {
  const k = t[i].key;
  if (/^فوریت/.test(k)) return /پزشکی|اورژانس/.test(k) || t.slice(i + 1, i + 3).some((y) => /^(?:پزشکی|اورژانس|پزشکیه)$/.test(y.key));
  return /^(?:فوری|فوریه)$/.test(k) && KIND_OF.test(t[i - 1]?.key ?? '') && t[i - 1].sentence === t[i].sentence;
}

/** Whether every piece of urgency evidence is «فوری» naming a product or a service (Persian; ./urgency.ts shows no cue). */
export function quietFori17(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!ctx.fa || evidence.length === 0) return false;
  const t = ctx.doc.tokens;
  return evidence.every((e) => {
    const i = t.findIndex((x) => x.start + ctx.offset >= e.start && x.end + ctx.offset <= e.end);
    return i >= 0 && /^فوری/.test(t[i].key) && namingFori(t, i);
  });
}
