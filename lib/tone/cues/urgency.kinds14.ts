/**
 * Urgency, session 14 kinds (read off late10, late8 and fresh3 by construction family). urgency.ts joins the
 * lexicon (same category names) and asks the guards below which time words are no pressure on the customer.
 *
 * Families:
 * - An ultimatum the customer sets a few days out ("If I don't hear back by Friday I'm going to the ombudsman",
 *   "Should the refund not reach my account by Friday, I shall be referring the matter…", «اگه تا آخر هفته درست
 *   نشه قطعش میکنم», «در صورت عدم حل موضوع ظرف ۴۸ ساعت آینده، از طریق وکیل…»): a threat with a deadline they
 *   set, not time pressure they are under. One for today, tonight or tomorrow stays ("Fix it by tonight or I'm
 *   filing a chargeback"): its own clock is short.
 * - "now" telling time gone by ("It is now five weeks later", "It is now 6pm", "this is now the sixth week"): a
 *   complaint about waiting, not a hurry.
 * - A promise told back ("I was promised a supervisor would call back 'within the hour'", «میگین خط رو تا فردا
 *   وصل میکنیم»): the company's time, not the customer's.
 * - "urgent" / "emergency" naming a place or a service ("the urgent care clinic", "your emergency line rang out").
 * - The day after tomorrow as a moment at hand («آزمون پس فرداست», "on 14th (day after tomorrow)").
 * - A login from somewhere the customer never was ("a login … from an IP in Vietnam … Nobody on our team is
 *   there", "a login from Vietnam and i've never been there"): an intruder, said calmly.
 * - Lost or left behind before a moment at hand («پاسپورت … گم شده و پرواز … فردا ظهر است»); work to be lost within
 *   hours ("data will be lost if it cannot be saved").
 * - Money for rent, bills or food at stake ("It's rent. Is it gone?", "I have bills due", "our food money for the month").
 * - Details of the customer's own corrected ("I gave you the wrong account number in my earlier email"): no
 *   transfer to recall.
 */
import { anchor, has } from '../anchors.ts';
import { tokenAt, type CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';

const TIME = 'urgency';
const AHEAD = 'urgency.ahead';
/** A threat the customer makes (own category: frustration's escalation words are read too, never changed). */
const THREAT = 'urgency.threat';
const NEED = 'urgency.need';
const SAFETY = 'urgency.safety';
const FAILING = 'urgency.failing';
const WHEN = 'urgency.when';

export const urgencyKinds14Lexicon: LexiconPart = {
  [TIME]: {
    // A place or a service named "urgent" / "emergency": "the urgent care clinic", "your emergency line rang out".
    'urgent care': 0, 'urgent-care': 0, 'urgent treatment centre': 0, 'urgent treatment center': 0,
    'emergency line': 0, 'emergency helpline': 0, 'emergency number': 0, 'emergency contact': 0, 'emergency exit': 0, 'emergency exits': 0,
  },
  ['urgency.security']: {
    // "Unauthorised" naming a thing that is no intrusion: a neighbour's illegal water connection, unauthorised parking.
    'انشعاب غیرمجاز': 0, 'ساخت و ساز غیرمجاز': 0, 'ساختوساز غیرمجاز': 0, 'پارک غیرمجاز': 0, 'پارک دوبل': 0, 'unauthorised parking': 0, 'unauthorized parking': 0,
  },
  [AHEAD]: {
    // The day after tomorrow: «آزمون پس فرداست», «پرواز پس فرداست».
    'day after tomorrow': 1, 'پس فردا': 1, 'پسفردا': 1, 'پس فرداست': 1, 'پسفرداست': 1, 'پس فردا صبح': 1,
  },
  [SAFETY]: {
    // The last of a medicine or a supply: "she has 1 tablet left", "He has enough for one more day".
    'tablet left': 1, 'pill left': 1, 'pills left': 1, 'enough for one more day': 1.1, 'enough for 1 more day': 1.1, 'enough for another day': 1.1,
    'enough for two more days': 1, 'enough for 2 more days': 1, 'enough until tomorrow': 1.1,
  },
  [FAILING]: {
    // Still not come, before a moment at hand: «ویزای ما هنوز نیومده و پرواز پس فرداست».
    'هنوز نیومده': 1, 'هنوز نیامده': 1, 'هنوز صادر نشده': 1,
    // Lost or left behind, before a moment at hand: «پاسپورت همسرم گم شده و پرواز برگشت ما فردا ظهر است», «گوشیمو جا گذاشتم … فردا صبح پرواز دارم».
    'گم شده': 1, 'گم شد': 1, 'جا گذاشتم': 1, 'جا مونده': 1, 'جا ماند': 1, 'جا موند': 1,
  },
  ['urgency.money']: {
    // Work to be lost within hours: "data will be lost if it cannot be saved", "the samples can't be stored much longer".
    // Money for rent, bills or food at stake: "It's rent. Is it gone?", "I have bills due", "that's our food money for the month", "landlord is asking".
    "it's rent": 1, 'it is rent': 1, 'bills due': 1, 'bills are due': 1, 'food money': 1, 'money for food': 1, 'rent was due': 1, 'landlord is asking': 1, 'landlord is chasing': 1,
    "can't buy food": 1, 'cannot buy food': 1, "can't buy groceries": 1, 'cannot buy groceries': 1,
    'data will be lost': 1, 'will be lost if': 1, "can't be stored much longer": 1, 'cannot be stored much longer': 1, "can't be kept much longer": 1, 'cannot be kept much longer': 1,
  },
  [WHEN]: {
    // The end of this week: «مهلت ارائه‌ی این گواهی تا پایان هفته‌ی جاری است».
    'پایان هفته جاری': 0.9, 'پایان هفتهی جاری': 0.9, 'پایان هفته ی جاری': 0.9, 'آخر هفته جاری': 0.9, 'پایان این هفته': 0.9,
  },
  ['urgency.before']: {
    // A window closing on a day: "my job application that closes on Wednesday" (a deadline with a need in its sentence).
    'closes on': 1, 'closing on': 1,
  },
  [NEED]: {
    // Someone else needs it of the customer by a day: "My employer requires proof of my status by this Friday", "the journal is asking for the DOI by Friday".
    requires: 1, require: 1, 'is asking for': 1, 'are asking for': 1, 'is asking me for': 1, 'are asking me for': 1,
  },
  [THREAT]: {
    'refer the matter': 1, 'referring the matter': 1, 'refer this matter': 1, 'referring this matter': 1, 'raise a chargeback': 1, 'chargeback': 1,
    'going to the ombudsman': 1, 'go to the ombudsman': 1, 'leave a review': 1, 'leaving reviews': 1, 'switch provider': 1, 'switching provider': 1,
    // "Fix it by Friday or I cancel" (session 17, scripts/tone-urgency-matrix17.ts): the threat after "or I".
    'or i cancel': 1, 'or i will cancel': 1, "or i'll cancel": 1, 'or i leave': 1, 'or i will leave': 1, 'or i go to': 1, 'or i will go to': 1, 'or else': 1,
    'take my business elsewhere': 1, 'going elsewhere': 1, 'cancel my': 1, 'cancelling my': 1, 'close my account': 1, 'legal action': 1, 'my solicitor': 1, 'my lawyer': 1,
    'قطعش میکنم': 1, 'قطعش می‌کنم': 1, 'شکایت می‌کنم': 1, 'شکایت میکنم': 1, 'شکایت خواهم': 1, 'شکایت ثبت': 1, 'طرح شکایت': 1, 'پیگیری خواهد شد': 1, 'اقدام خواهد شد': 1,
    'ارجاع خواهد شد': 1, 'پیگیری میکنم': 1, 'پیگیری می‌کنم': 1, 'میرم یه شرکت دیگه': 1, 'لغو می‌کنم': 1, 'لغو میکنم': 1, 'فسخ': 1,
  },
};

const IF = new Set(['if', 'unless', 'اگر', 'اگه', 'چنانچه']);
/** Today, tonight, tomorrow, an hour: an ultimatum this close is time pressure still. */
const AT_HAND = /^(?:today|tonight|tomorrow|now|immediately|asap|امروز|امشب|فردا|شب|فورا|الان)(?:ست|ه)?$/;
const HOURS = /^(?:hours?|ساعت)$/;
const num = (k: string) => Number(k.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));

/** The sentence opens a condition: "if", "unless", «اگه», «چنانچه», «در صورت(ی که)», "Should the refund not…". */
function conditional(t: readonly ToneToken[], s: number): boolean {
  let first = true;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.sentence !== s) continue;
    if (IF.has(x.key) || (x.key === 'صورت' && t[i - 1]?.key === 'در') || (first && x.key === 'should')) return true;
    // "… by Friday or I cancel", "… or else", «… وگرنه لغو می‌کنم»: the condition after the demand.
    if ((x.key === 'or' && (t[i + 1]?.key === 'i' || t[i + 1]?.key === 'else')) || x.key === 'otherwise' || x.key === 'وگرنه') return true;
    first = false;
  }
  return false;
}

/** Whether the sentence's clock is short: today, tonight, tomorrow, or a few hours (not "48 hours"). */
function shortClock(t: readonly ToneToken[], s: number): boolean {
  return t.some((x, i) => x.sentence === s && (AT_HAND.test(x.key) || (HOURS.test(x.key) && !(num(t[i - 1]?.key ?? '') >= 24))));
}

/** No sentence (most messages hold no threat: no set made for them). */
const NO_SENTENCES: ReadonlySet<number> = new Set();
let ultimatumsOf: object | null = null;
let ultimatums: ReadonlySet<number> = NO_SENTENCES;
/**
 * Sentences where the customer sets a deadline a few days out as the condition of a threat: "If I don't hear back by
 * Friday I'm going to the ombudsman", «اگه تا آخر هفته درست نشه قطعش میکنم». Read once per message (the last one's kept).
 */
export function ultimatumSentences(ctx: CueContext): ReadonlySet<number> {
  if (ultimatumsOf === ctx.doc) return ultimatums;
  let out: Set<number> | null = null;
  const t = ctx.doc.tokens;
  for (const h of ctx.hits) {
    if (h.category !== THREAT && h.category !== 'frustration.escalation') continue;
    const s = t[h.from].sentence;
    if (!out?.has(s) && conditional(t, s) && !shortClock(t, s)) (out ??= new Set()).add(s);
  }
  ultimatumsOf = ctx.doc;
  ultimatums = out ?? NO_SENTENCES;
  return ultimatums;
}

const HOME_MACHINE = /^(?:washing|coffee|sewing|bread|dish|espresso|ice|rowing|sandwich|pasta|soda|cpap)$/;
const COUNTED = /^(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|umpteenth|times?)$/;
const CONTACT_NOUN = /^(?:calls?|emails?|messages?|chats?|attempts?)$/;
const FAR = /\b(?:end of (?:this|the|next) month|next month|in (?:two|three|four|five|six|\d+) weeks|weeks away|months away)\b/i;
const TOLD = new Set(['promised', 'assured', 'told', 'said', 'میگین', 'میگید', 'میگن', 'گفتین', 'گفتید', 'گفتن', 'گفتند', 'قول']);
const ELAPSED_UNIT = /^(?:minutes?|hours?|days?|weeks?|months?|years?|\d{1,2}(?::\d\d)?(?:am|pm)|\d{1,2}:\d\d)$/;

/**
 * A time word that is no pressure on the customer (token index in the latest words): in an ultimatum a few days out,
 * "now" telling time gone by ("It is now five weeks later", "It is now 6pm"), or a promise told back ("promised …
 * 'within the hour'", «میگین … تا فردا … میکنیم»).
 */
export function noPressure(ctx: CueContext, i: number): boolean {
  const t = ctx.doc.tokens;
  const x = t[i];
  if (!x) return false;
  if (ultimatumSentences(ctx).has(x.sentence)) return true;
  if (x.key === 'now') {
    // "It is now five weeks later", "It's now 6pm", "this is now the sixth week", "It has now been 3 weeks".
    const after = t.slice(i + 1, i + 4).filter((y) => y.sentence === x.sentence);
    const before = t[i - 1]?.key;
    // "so now I've been charged twice", "now you've lost it": a perfect tense told, not a hurry.
    if (/^(?:i|you|we|they|it|he|she)$/.test(after[0]?.key ?? '') && /^(?:have|has)$/.test(after[1]?.key ?? '')) return true;
    if ((before === 'is' || before === 'has' || before === 'have') && after.some((y) => ELAPSED_UNIT.test(y.key) || /^(?:been|the)$/.test(y.key))) return true;
  }
  // "3rd match today that disconnected me", "third time today": when a fault came back, not a deadline ("3rd call today" stays: contacts).
  if ((x.key === 'today' || x.key === 'tonight') && !CONTACT_NOUN.test(t[i - 1]?.key ?? '') && [t[i - 1], t[i - 2]].some((y) => y && y.sentence === x.sentence && COUNTED.test(y.key))) return true;
  // "my washing machine won't drain": a machine at home, not a business's card machine.
  if ((x.key === 'machine' || x.key === 'machines') && HOME_MACHINE.test(t[i - 1]?.key ?? '')) return true;
  // "a grant reporting deadline at the end of this month": a date weeks away.
  if ((x.key === 'deadline' || x.key === 'due') && FAR.test(ctx.doc.text.slice(ctx.doc.sentences[x.sentence].start, ctx.doc.sentences[x.sentence].end))) return true;
  // A promise told back: a reporting verb earlier in the sentence, within twelve words.
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    if (t[j].sentence !== x.sentence) break;
    if (TOLD.has(t[j].key)) return true;
  }
  return false;
}


const LOGIN_WORDS = new Set(['login', 'log-in', 'sign-in', 'signin', 'logged', 'signed']);
/** Some token is a login word (most messages hold none: unknownLogin looks no further). */
const A_LOGIN = anchor({ key: LOGIN_WORDS });
const NEVER_THERE = /(?:never been (?:there|to)|nobody (?:on our team |here )?is (?:there|in)|no one (?:on our team |here )?is (?:there|in)|wasn'?t me|not me|none of us)/i;
/**
 * A login from somewhere the customer never was: "a login to our admin account from an IP in Vietnam … Nobody on our
 * team is there", "an email about a login from Vietnam and i've never been there".
 */
export function unknownLogin(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  if (!has(ctx.doc, A_LOGIN)) return null;
  let at = -1;
  for (let i = 0; i < t.length && at < 0; i++) if (LOGIN_WORDS.has(t[i].key)) at = i;
  if (at < 0 || !NEVER_THERE.test(ctx.doc.text)) return null;
  for (let i = at; i < t.length; i++) {
    if (!LOGIN_WORDS.has(t[i].key)) continue;
    if ((t[i].key === 'logged' || t[i].key === 'signed') && t[i + 1]?.key !== 'in') continue;
    for (let j = i + 1; j < t.length && j <= i + 7 && t[j].clause === t[i].clause; j++) {
      if (t[j].key !== 'from') continue;
      // The place: the first word after "from" that is no article ("from Vietnam", "from an IP").
      let k = j + 1;
      while (t[k] && t[k].clause === t[i].clause && /^(?:a|an|the|some)$/.test(t[k].key)) k++;
      if (t[k] && t[k].clause === t[i].clause) return ctx.ev({ start: t[i].start, end: t[k].end }, 'tone.why.security');
    }
  }
  return null;
}

/** "I gave you the wrong account number": the customer's own details corrected, no money to recall. */
export function ownDetails(ctx: CueContext, i: number): boolean {
  const t = ctx.doc.tokens;
  const x = t[i];
  if (!x) return false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    if (t[j].sentence !== x.sentence) break;
    if (t[j].key === 'you' && /^(?:gave|give|sent|told|provided)$/.test(t[j - 1]?.key ?? '')) return true;
  }
  return false;
}

/** Evidence that is no pressure on the customer (see noPressure). */
export const noPressureAt = (ctx: CueContext, e: Evidence): boolean => noPressure(ctx, tokenAt(ctx, e));

/** A reader's finds without those that are no pressure; its score goes when none is left. */
export function pressing(ctx: CueContext, found: { score: number; evidence: Evidence[] }): { score: number; evidence: Evidence[] } {
  const evidence = found.evidence.filter((e) => !noPressureAt(ctx, e));
  return evidence.length === found.evidence.length ? found : { score: evidence.length > 0 ? found.score : 0, evidence };
}

/** Money taken for a purchase of the customer's own: «پول از حسابم کم شده», «دو بار کسر», "charged twice", «خرید». */
const TAKEN = /کم شد|کم شده|کسر|برداشت|خرید|پرداخت|charged|debited|taken|payment/i;
const PAYMENT_WORD = /^(?:خرید|پرداخت|payment|purchase)$|^(?:خرید|پرداخت)(?:و|رو|ش|م|مو)$/i;
/** The account the money left, «از حسابم / از کارتم», read with the verb of taking right after it in its sentence («… از حسابم
 * رفت», «از کارتم کم شد»; session 26): the money taken, not a sign of fraud on its own. */
const SOURCE_FA = /^از\s*(?:حسابم|کارتم|حسابمون|حساب\s*من|کارت\s*من)$/;
const TAKEN_AFTER = /^[\s\u200c]*(?:[\u0600-\u06ff\u200c]+\s+){0,2}?(?:کم\s*(?:شد|شده|میشه|کردید|کردین|کرده|کردن)|رفت|رفته|کسر|برداشت)/;
/** …unless it was not the customer's doing: an unknown transaction, fraud, "wasn't me". */
const DISOWNED = /ناشناس|غیرمجاز|غیر مجاز|بدون (?:اطلاع|اجازه|رضایت)|انجام ندادم|انجام نداده|نکردم|کلاهبرداری کرد|سرقت|دزد|هک|unknown|didn'?t make|did not make|not me|wasn'?t me|never made|fraud|stolen|hacked/i;

/**
 * Money taken for the customer's own purchase, and nothing else pressing: «پول از حسابم کم شده ولی بلیط صادر نشده»,
 * «سه بار پول از کارتم کم شده»: a failed payment to put right, not money being lost now (with a day at hand, a
 * hurry or an unknown transaction the cue stays).
 */
export function moneyOnly(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  // Words inside a longer piece («از حسابم» in «پول از حسابم کم شده») are read with it.
  const own = evidence.filter((e) => !evidence.some((o) => o !== e && o.start <= e.start && e.end <= o.end && o.end - o.start > e.end - e.start));
  // A bare payment word read as a weak sign of fraud («خرید», «پرداخت») counts with the money taken.
  const text = ctx.doc.text;
  const taken = (e: Evidence) => TAKEN.test(e.text) || (SOURCE_FA.test(e.text.trim()) && TAKEN_AFTER.test(text.slice(e.end - ctx.offset, e.end - ctx.offset + 40)));
  if (own.length === 0 || !own.every((e) => (e.why === 'tone.why.money' || (e.why === 'tone.why.security' && (PAYMENT_WORD.test(e.text) || SOURCE_FA.test(e.text.trim())))) && taken(e))) return false;
  return !DISOWNED.test(ctx.doc.text);
}
