/**
 * Repeat contact: the customer has been in touch before about this. A count or ordinal counts
 * only when it is about contacting ("fourth email", "third time I write", «سومین باره که پیام
 * میدم»), never about the fault ("crashed again, third time today"); references to an earlier
 * call, chat, ticket, promise or message count on their own ("as I said", «پیام قبلیمو دیدین؟»).
 */
import { type CueContext, type CueModule, cue, hitsIn, NONE, weigh } from '../cue.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';

const C = {
  earlier: 'repeat',
  count: 'repeat.count',
  again: 'repeat.again',
  ordinal: 'repeat.ordinal',
  contact: 'repeat.contact',
  when: 'repeat.when',
  third: 'repeat.third',
} as const;

export const THRESHOLD = 1;

const en = {
  [C.earlier]: {
    'as i said': 1, 'as i mentioned': 1, 'as mentioned': 0.9, 'as stated': 0.8, 'as i explained': 1, 'as i told you': 1.1, 'already told you': 1.1,
    'i already told': 1.1, 'already explained': 1, 'previous email*': 1, 'previous message*': 1, 'previous ticket': 1, 'previous request': 1,
    'previous call': 1, 'previous chat': 1, 'my last email': 1, 'my last message': 1, 'last email': 0.8, 'my earlier': 0.9, 'earlier request': 1,
    'earlier email': 1, 'earlier message': 1, 'did you get my': 1, 'did you receive my': 1, 'did anyone read': 1, 'did anyone see': 1,
    'following up': 1, 'follow up on': 1, 'follow-up on': 1, 'followed up': 1, 'chasing': 1, 'still no answer': 1.2, 'still no reply': 1.2,
    'still no response': 1.2, "haven't heard back": 1.1, 'have not heard back': 1.1, 'never heard back': 1.1, "still haven't heard": 1.2,
    'nobody called me back': 1.1, 'no one called me back': 1.1, 'called me back': 0.9, 'call me back': 0.5, 'i was told': 1, 'we were told': 1,
    'you told me': 1, 'you promised': 1, 'promised me': 1, 'in the chat': 0.6, 'on the phone': 0.5,
    'reopen*': 1, 'my ticket': 0.6, 'nobody has answered': 0.9, 'nobody answered': 0.9, 'no one answered': 0.9, 'no one has replied': 1,
    'nobody replied': 1, 'no reply to my': 1, 'no response to my': 1, "i still haven't received": 1, 'i still have not received': 1,
    'i still have not got': 1, "i still haven't got": 1, "still haven't received": 1, 'keep asking': 1, 'kept asking': 1, 'keep calling': 1,
    'keep emailing': 1, 'how many times': 1, 'once again i': 0.6, 'no reply': 0.6, 'no response': 0.6, 'no answer': 0.5,
    'as per our': 1, 'per our': 0.9, 'further to our': 1, 'further to my': 1, 'following our': 1, 'your colleague': 1, 'your colleagues': 1,
    'your rep': 0.9, 'your representative': 1, 'your agent': 0.9, 'i was promised': 1, 'you got my': 1, 'you get my': 1, 'you receive my': 1,
    'you received my': 1, 'you see my': 1, 'you seen my': 1, 'anyone read my': 1, 'anyone look at my': 1, 'repeating myself': 1.1,
  },
  [C.count]: {
    'second time': 1, 'third time': 1.2, 'fourth time': 1.2, 'fifth time': 1.2, '2nd time': 1, '3rd time': 1.2, '4th time': 1.2, '5th time': 1.2,
    twice: 1, 'three times': 1.2, 'four times': 1.2, 'five times': 1.2, '3 times': 1.2, '4 times': 1.2, '5 times': 1.2, 'several times': 1.1,
    'multiple times': 1.1, 'many times': 1, 'numerous times': 1.1, 'countless times': 1.2, 'times now': 1, 'how often': 1,
  },
  [C.again]: { again: 1, 'once again': 1.1, 'yet again': 1.1, 'once more': 0.9, 'one more time': 0.9 },
  [C.ordinal]: { second: 1, third: 1.2, fourth: 1.2, fifth: 1.2, sixth: 1.2, '2nd': 1, '3rd': 1.2, '4th': 1.2, '5th': 1.2 },
  [C.contact]: {
    'email*': 1, 'e-mail*': 1, mail: 1, 'message*': 1, msg: 1, 'ticket*': 1, 'call*': 1, phoned: 1, 'chat*': 1, wrote: 1, 'writing': 1,
    write: 1, 'contact*': 1, 'reached out': 1, 'reaching out': 1, asked: 1, asking: 1, 'request*': 1, complained: 1, ask: 1, 'told you': 1,
    explained: 1, 'explain': 1, 'remind*': 1, 'bother you': 1, 'bothering you': 1, tweeted: 1, dm: 1, letter: 1, 'spoke to': 1,
    rang: 1, spoke: 1, 'complaint*': 1, voicemail: 1,
  },
  // An earlier moment: with a contact in the past ("I rang yesterday", "my email from Monday") it is an earlier contact.
  [C.when]: {
    yesterday: 1, 'last week': 1, 'last month': 1, 'last night': 1, 'last time': 1, 'last monday': 1, 'last tuesday': 1, 'last wednesday': 1,
    'last thursday': 1, 'last friday': 1, 'last saturday': 1, 'last sunday': 1, monday: 1, tuesday: 1, wednesday: 1, thursday: 1, friday: 1,
    saturday: 1, sunday: 1, 'this morning': 1, 'earlier today': 1, earlier: 1, ago: 1, previously: 1, 'the other day': 1, 'last year': 1,
  },
  // Someone other than this company: "I called the bank yesterday" is not an earlier contact with us.
  [C.third]: { bank: 1, 'my bank': 1, 'the bank': 1, 'post office': 1, police: 1, landlord: 1, 'the seller': 1, 'my wife': 1, 'my husband': 1 },
};

const fa = {
  [C.earlier]: {
    'پیام قبلی*': 1.1, 'ایمیل قبلی*': 1.1, 'تیکت قبلی*': 1.1, 'درخواست قبلی*': 1.1, 'تماس قبلی*': 1.1, 'قبلا گفتم': 1.1, 'قبلا هم': 0.8,
    'همونطور که گفتم': 1, 'همانطور که گفتم': 1, 'همونطور که قبلا گفتم': 1.1, 'همانطور که قبلا گفتم': 1.1, 'گفته بودم': 0.9, 'تلفنی گفتن': 1,
    'توی چت گفتن': 1, 'تو چت گفتن': 1, 'توی چت': 0.7, 'قول داده بودید': 1, 'قولش رو داده بودید': 1, 'قول دادید': 1, 'قول داده بودن': 1,
    'پیگیری کردم': 1, 'پیگیری های قبلی': 1.1, 'از بس پیگیری': 1.1, 'زنگ نزد': 1, 'تماس نگرفت*': 1, 'جواب پیام*': 1, 'کسی جواب نمیده': 0.9,
    'جواب نمیدید': 0.9, 'جواب ندادید': 0.9, 'هیچ کس جواب نداده': 0.9, 'هیچکس جواب نداده': 0.9, 'هنوز جواب نگرفتم': 1.3, 'هنوز جوابی نگرفتم': 1.3,
    'جوابی نگرفتم': 1, 'پاسخی دریافت نکردم': 1, 'هنوز پاسخی': 1.1, 'به دستم نرسیده': 0.6, 'چند بار باید بگم': 1.1, 'بدون جواب بسته': 0.9,
    'پیرو': 1, 'همکارتون': 1, 'همکار شما': 1, 'همکاراتون': 1, 'همکارانتون': 1, 'همکاران شما': 1, 'قول داد': 0.9, 'قول دادن': 0.9,
    'به دستتون رسید': 1, 'دستتون رسید': 1, 'چند بار باید': 1.1, 'چندبار باید': 1.1,
  },
  [C.count]: {
    'بار دوم*': 1, 'بار سوم*': 1.2, 'بار چهارم*': 1.2, 'بار پنجم*': 1.2, 'دومین بار*': 1, 'سومین بار*': 1.2, 'چهارمین بار*': 1.2,
    'پنجمین بار*': 1.2, 'چندمین بار*': 1.3, 'دو بار': 1, 'سه بار': 1.2, 'چهار بار': 1.2, 'چند بار': 1, 'چندبار': 1, 'چندین بار': 1.1, 'بارها': 1.1,
    'صد بار': 1.2, 'هزار بار': 1.2,
  },
  [C.again]: { 'دوباره': 1, 'بازم': 1, 'باز هم': 1, 'مجددا': 1 },
  [C.ordinal]: { 'دومین': 1, 'سومین': 1.2, 'چهارمین': 1.2, 'پنجمین': 1.2, 'ششمین': 1.2, 'چندمین': 1.3 },
  [C.when]: {
    'دیروز': 1, 'پریروز': 1, 'دیشب': 1, 'هفته گذشته': 1, 'هفته پیش': 1, 'هفته قبل': 1, 'ماه گذشته': 1, 'ماه پیش': 1, 'ماه قبل': 1,
    'روز پیش': 1, 'روز قبل': 1, 'امروز صبح': 1, 'صبح امروز': 1, 'قبلا': 1, 'شنبه*': 1, 'یکشنبه*': 1, 'دوشنبه*': 1, 'سه شنبه*': 1,
    'چهارشنبه*': 1, 'پنجشنبه*': 1, 'جمعه*': 1, 'گذشته': 1,
  },
  [C.third]: { 'بانک': 1, 'اداره پست': 1, 'پلیس': 1, 'فروشنده': 1 },
  [C.contact]: {
    'پیام*': 1, 'ایمیل*': 1, 'تیکت*': 1, 'تماس*': 1, 'زنگ*': 1, 'درخواست*': 1, 'نامه*': 1, 'گفتم': 1, 'میگم': 1, 'بگم': 1, 'عرض': 1,
    'پرسیدم': 1, 'فرستادم': 1, 'نوشتم': 1, 'مینویسم': 1, 'پیگیری*': 1, 'مزاحم*': 1, 'چت': 1, 'تلفنی': 1, 'یادآوری*': 1, 'توضیح': 1, 'صحبت': 1,
  },
};

const WHY = { [C.earlier]: 'tone.why.earlierContact' } as const;

/** Verbs of getting in touch, by lemma ("emailed", «بفرستم» -> «فرستادن»): a count or "again" can be about them. */
const CONTACT_LEMMAS = new Set(['email', 'call', 'ring', 'phone', 'message', 'text', 'write', 'contact', 'ask', 'remind', 'tell', 'chat', 'send', 'فرستادن', 'گفتن', 'پرسیدن', 'نوشتن']);
/** Verbs that alone say "I got in touch" once they are in the past ("I wrote", "I rang"); sending needs a contact noun. */
const REACH_LEMMAS = new Set(['email', 'call', 'ring', 'phone', 'message', 'text', 'write', 'contact', 'ask', 'remind', 'tell', 'chat', 'rang', 'spoke', 'گفتن', 'پرسیدن', 'نوشتن']);
/** Past forms the language layer does not tag as verbs. */
const PAST_FORMS = new Set(['rang', 'spoke', 'phoned']);
/** Contact nouns a customer can own ("my email", "our call"). */
const CONTACT_NOUN = /^(?:e-?mails?|mail|messages?|msg|tickets?|calls?|chats?|requests?|letters?|complaints?|voicemail|phone|ایمیل|پیام|تیکت|تماس|زنگ|درخواست|نامه|چت|تلفن|صحبت)/;

type Span2 = { from: number; to: number };

/** Contact words: the lexicon's, plus any verb of getting in touch by its lemma. */
function contactsOf(ctx: CueContext): Span2[] {
  const out: Span2[] = hitsIn(ctx, [C.contact]);
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!CONTACT_LEMMAS.has(x.lemma)) continue;
    // The customer's own act: not «فرستادید» or "you sent" (what the company did).
    const theirs = x.second || (!x.fa && (t[i - 1]?.key === 'you' || t[i - 2]?.key === 'you'));
    if (!theirs && !out.some((c) => c.from <= i && i < c.to)) out.push({ from: i, to: i + 1 });
  }
  return out;
}

/** The contact word a count is about: right after an ordinal ("fourth email"), in the same clause as "again", in the same sentence as a count. */
function contactFor(ctx: CueContext, h: Hit, contacts: readonly Span2[]): Span2 | undefined {
  const t = ctx.doc.tokens;
  if (h.category === C.ordinal) return contacts.find((c) => c.from >= h.to && c.from - h.to <= 1);
  if (h.category === C.again) return contacts.find((c) => t[c.from].clause === t[h.from].clause);
  return contacts.find((c) => t[c.from].sentence === t[h.from].sentence);
}

/**
 * A contact in the past, told as an event: "I wrote to you last Tuesday", "I rang yesterday", "my
 * email from Monday", "the message I sent on Saturday", «دیروز زنگ زدم», «ایمیل دوشنبه‌ام … رسید؟».
 * Not when the contact was with someone else ("I called the bank") or is still to come ("call me on Monday").
 */
function pastContacts(ctx: CueContext, contacts: readonly Span2[]): Evidence[] {
  const t = ctx.doc.tokens;
  const when = hitsIn(ctx, [C.when]);
  const third = hitsIn(ctx, [C.third]);
  const out: Evidence[] = [];
  for (const c of contacts) {
    const k = c.from;
    const x = t[k];
    const sentence = (i: number) => t[i].sentence === x.sentence;
    if (third.some((h) => t[h.from].clause === x.clause)) continue;
    const earlier = when.find((h) => sentence(h.from));
    const pastVerb = t.some((y, i) => y.past && sentence(i));
    let found = false;
    if (x.fa) {
      // «ایمیل زدم», «زنگ زدم», «پیام دادم», «نوشتم»: a first-person past verb in the contact's clause.
      const first = t.some((y) => y.pastFirst && y.clause === x.clause && (y === x || CONTACT_NOUN.test(x.key) || REACH_LEMMAS.has(y.lemma)));
      found = first || (earlier !== undefined && pastVerb && CONTACT_NOUN.test(x.key));
    } else {
      const subject = [t[k - 1], t[k - 2]].some((y) => y && (y.key === 'i' || y.key === 'we'));
      const reached = subject && (x.past || PAST_FORMS.has(x.key)) && (REACH_LEMMAS.has(x.lemma) || REACH_LEMMAS.has(x.key));
      const addressed = t.slice(k + 1, k + 4).some((y) => y.clause === x.clause && (y.key === 'you' || y.key === 'your' || y.key === 'support' || y.key === 'about'));
      const owned = CONTACT_NOUN.test(x.key) && [t[k - 1], t[k - 2]].some((y) => y && (y.key === 'my' || y.key === 'our'));
      found = (reached && (addressed || earlier !== undefined)) || (CONTACT_NOUN.test(x.key) && earlier !== undefined && (owned || pastVerb));
    }
    if (found) out.push(ctx.ev({ start: x.start, end: (earlier && earlier.from > k && earlier.from - k <= 3 ? earlier.end : x.end) }, 'tone.why.earlierContact'));
  }
  return out;
}

/** Counts of contacts by their number word ("my last two emails", «دو ایمیل قبلی», "several calls"). */
const CONTACT_COUNT = new Map<string, number>(Object.entries({
  two: 1, three: 1.2, four: 1.2, five: 1.2, six: 1.2, several: 1.1, multiple: 1.1, many: 1, numerous: 1.1, countless: 1.2,
  'دو': 1, 'سه': 1.2, 'چهار': 1.2, 'پنج': 1.2, 'چند': 1.1, 'چندین': 1.1, 'کلی': 1.1,
}));

/** How many contacts a number token counts: 2 -> 1, 3 or more -> 1.2 (no regular expression per token). */
function numberCount(key: string): number {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return CONTACT_COUNT.get(key) ?? 0;
  const n = Number(key);
  return n >= 3 ? 1.2 : n === 2 ? 1 : 0;
}

const OWNERS = new Set(['my', 'our', 'last', 'previous', 'earlier', 'sent', 'written', 'made']);

function countedContacts(ctx: CueContext): Hit[] {
  const t = ctx.doc.tokens;
  const out: Hit[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    const n = numberCount(t[i].key);
    if (n === 0 || !CONTACT_NOUN.test(t[i + 1].key)) continue;
    // Theirs, not the company's ("I got two emails from you"): "my last two emails", «دو ایمیل قبلی», «سه بار ایمیل زدم».
    const theirs = t[i].fa
      ? t.slice(i + 2, i + 5).some((y) => y.pastFirst || y.key.startsWith('قبلی'))
      : [t[i - 1], t[i - 2], t[i - 3]].some((y) => y && OWNERS.has(y.key));
    // "my last two emails": this one is the third.
    const more = t.slice(Math.max(0, i - 2), i + 4).some((y) => y.key === 'last' || y.key === 'previous' || y.key.startsWith('قبلی')) ? 0.2 : 0;
    if (theirs) out.push({ category: C.count, weight: Math.min(1.2, n + more), from: i, to: i + 2, start: t[i].start, end: t[i + 1].end });
  }
  return out;
}

const BEFORE = new Set(['before', 'already', 'previously', 'قبلا', 'قبلاً']);
const TOLD_LEMMAS = new Set([...REACH_LEMMAS, 'report', 'mention', 'raise', 'explain', 'send', 'فرستادن', 'گزارش']);

/**
 * Earlier contact said with "before" or "already": "I've asked this before", "I already reported
 * it", «قبلاً گزارش داده بودم»; and a promise the company made: «قول بازپرداخت دادین».
 */
function toldBefore(ctx: CueContext): Evidence[] {
  const t = ctx.doc.tokens;
  const out: Evidence[] = [];
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.key === 'قول') {
      const made = t.slice(i + 1, i + 4).find((y) => y.second && y.past && y.clause === x.clause);
      if (made) out.push(ctx.ev({ start: x.start, end: made.end }, 'tone.why.earlierContact'));
      continue;
    }
    // "before" as an adverb ("I've asked this before"), not "before the deadline".
    if (!BEFORE.has(x.key) || (x.key === 'before' && t[i + 1]?.clause === x.clause)) continue;
    const told = t.find((y, j) => y.clause === x.clause && Math.abs(j - i) <= 4 && (y.past || y.pastFirst || t[j - 1]?.key === 'have' || t[j - 1]?.key === 'had') && (TOLD_LEMMAS.has(y.lemma) || TOLD_LEMMAS.has(y.key)));
    if (told) out.push(ctx.ev({ start: Math.min(x.start, told.start), end: Math.max(x.end, told.end) }, 'tone.why.earlierContact'));
  }
  return out;
}

/** A ticket or case number ("Ticket #4410", «تیکت ۵۵۲۱»): only a customer who wrote before has one. */
const TICKET = /^(?:ticket|case|ref|reference|تیکت|پرونده)$/;
function ticketNumber(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!TICKET.test(t[i].key)) continue;
    const n = t[i + 1].key === 'number' || t[i + 1].key === 'no' || t[i + 1].key === 'شماره' ? t[i + 2] : t[i + 1];
    if (n && /^\d{3,}$/.test(n.key)) return ctx.ev({ start: t[i].start, end: n.end }, 'tone.why.earlierContact');
  }
  return null;
}

export const repeat: CueModule = {
  name: 'repeat',
  kinds: ['repeat'],
  lexicon: [en, fa],
  examples: {
    fires: [
      { text: 'This is my fourth email about the refund.', evidence: ['fourth'] },
      { text: "I still haven't received the card you promised.", evidence: ["I still haven't received"] },
      { text: 'I was told on the phone yesterday that someone would call. Nobody did.', evidence: ['I was told'] },
      { text: 'این سومین باره که پیام میدم.', evidence: ['سومین باره'] },
      { text: 'پیام قبلیمو دیدین؟', evidence: ['پیام قبلیمو'] },
      { text: "I've asked this before but never got an answer: does the plan include VAT?", evidence: ['asked this before'] },
      { text: 'Reopening this because the issue came back after your fix. Ticket #4410.', evidence: ['Ticket #4410'] },
      { text: 'As I explained in my last two emails, the charge is still there.', evidence: ['two emails'] },
    ],
    quiet: ['I sent the form before the deadline.', 'I got two emails from you about the sale.', 'The app crashed again, third time today.', 'Can you send the invoice again?', 'برنامه دوباره کرش کرد، امروز سومین باره.', 'بازم سفارشم دیر رسید'],
  },
  read(ctx) {
    if (ctx.empty) return NONE;
    const earlier = weigh(ctx, hitsIn(ctx, [C.earlier]), { why: WHY, plain: true });
    let score = earlier.score;
    const evidence: Evidence[] = [...earlier.evidence];
    const contacts = contactsOf(ctx);
    const past = pastContacts(ctx, contacts);
    if (past.length > 0) {
      score += 1;
      evidence.push(...past);
    }
    const before = toldBefore(ctx);
    if (before.length > 0 && past.length === 0) score += 1;
    evidence.push(...before);
    const ticket = ticketNumber(ctx);
    if (ticket) {
      score += 0.6;
      evidence.push(ticket);
    }
    let best = 0;
    let counts = 0;
    const t = ctx.doc.tokens;
    for (const h of [...hitsIn(ctx, [C.count, C.ordinal, C.again]), ...countedContacts(ctx)]) {
      let w = h.weight;
      if (!contactFor(ctx, h, contacts)) {
        // "THIS IS THE THIRD TIME!!!" on its own is about writing; with anything else in the
        // sentence ("crashed again, third time today") the count is about that.
        const rest = t.filter((x) => x.sentence === t[h.from].sentence).length - (h.to - h.from);
        if (h.category !== C.count || rest > 3 || ctx.hits.some((o) => o.category.startsWith('frustration.failure'))) continue;
        w *= 0.8;
      }
      best = Math.max(best, w);
      if (h.category === C.count) counts++;
      evidence.push(ctx.ev(h, 'tone.why.contactCount'));
    }
    score += best;
    const detail = { count: best, counts };
    if (score < THRESHOLD) return { score, cues: [], detail };
    return { score, cues: [cue('repeat', 'warning', 'tone.cue.repeat', evidence)], detail };
  },
};

export const strings = {
  en: {
    'tone.cue.repeat': 'Has written before: don’t make them repeat themselves',
    'tone.why.earlierContact': 'refers to an earlier contact',
    'tone.why.contactCount': 'counts their contacts',
  },
  fa: {
    'tone.cue.repeat': 'قبلاً هم پیام داده: نخواهید دوباره همه‌چیز را توضیح دهد',
    'tone.why.earlierContact': 'به تماس یا پیام قبلی اشاره می‌کند',
    'tone.why.contactCount': 'تعداد تماس‌هایش را می‌شمارد',
  },
} as const;
