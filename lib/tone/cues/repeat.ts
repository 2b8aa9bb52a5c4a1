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
    'you told me': 1, 'you promised': 1, 'promised me': 1, 'your colleague': 0.7, 'your agent': 0.6, 'in the chat': 0.6, 'on the phone': 0.5,
    'reopen*': 0.8, 'my ticket': 0.6, 'nobody has answered': 0.9, 'nobody answered': 0.9, 'no one answered': 0.9, 'no one has replied': 1,
    'nobody replied': 1, 'no reply to my': 1, 'no response to my': 1, "i still haven't received": 1, 'i still have not received': 1,
    'i still have not got': 1, "i still haven't got": 1, "still haven't received": 1, 'keep asking': 1, 'kept asking': 1, 'keep calling': 1,
    'keep emailing': 1, 'how many times': 1, 'once again i': 0.6, 'no reply': 0.6, 'no response': 0.6, 'no answer': 0.5,
  },
  [C.count]: {
    'second time': 1, 'third time': 1.2, 'fourth time': 1.2, 'fifth time': 1.2, '2nd time': 1, '3rd time': 1.2, '4th time': 1.2, '5th time': 1.2,
    twice: 1, 'three times': 1.2, 'four times': 1.2, 'five times': 1.2, '3 times': 1.2, '4 times': 1.2, '5 times': 1.2, 'several times': 1.1,
    'multiple times': 1.1, 'many times': 1, 'numerous times': 1.1, 'countless times': 1.2, 'times now': 1,
  },
  [C.again]: { again: 1, 'once again': 1, 'yet again': 1, 'once more': 0.9, 'one more time': 0.9 },
  [C.ordinal]: { second: 1, third: 1.2, fourth: 1.2, fifth: 1.2, sixth: 1.2, '2nd': 1, '3rd': 1.2, '4th': 1.2, '5th': 1.2 },
  [C.contact]: {
    'email*': 1, 'e-mail*': 1, mail: 1, 'message*': 1, msg: 1, 'ticket*': 1, 'call*': 1, phoned: 1, 'chat*': 1, wrote: 1, 'writing': 1,
    write: 1, 'contact*': 1, 'reached out': 1, 'reaching out': 1, asked: 1, asking: 1, 'request*': 1, complained: 1, ask: 1, 'told you': 1,
    explained: 1, 'explain': 1, 'remind*': 1, 'bother you': 1, 'bothering you': 1, tweeted: 1, dm: 1, letter: 1, 'spoke to': 1,
  },
};

const fa = {
  [C.earlier]: {
    'پیام قبلی*': 1.1, 'ایمیل قبلی*': 1.1, 'تیکت قبلی*': 1.1, 'درخواست قبلی*': 1.1, 'تماس قبلی*': 1.1, 'قبلا گفتم': 1.1, 'قبلا هم': 0.8,
    'همونطور که گفتم': 1, 'همانطور که گفتم': 1, 'همونطور که قبلا گفتم': 1.1, 'همانطور که قبلا گفتم': 1.1, 'گفته بودم': 0.9, 'تلفنی گفتن': 1,
    'توی چت گفتن': 1, 'تو چت گفتن': 1, 'توی چت': 0.7, 'قول داده بودید': 1, 'قولش رو داده بودید': 1, 'قول دادید': 1, 'قول داده بودن': 1,
    'پیگیری کردم': 1, 'پیگیری های قبلی': 1.1, 'از بس پیگیری': 1.1, 'زنگ نزد': 1, 'تماس نگرفت*': 1, 'جواب پیام*': 1, 'کسی جواب نمیده': 0.9,
    'جواب نمیدید': 0.9, 'جواب ندادید': 0.9, 'هیچ کس جواب نداده': 0.9, 'هیچکس جواب نداده': 0.9, 'هنوز جواب نگرفتم': 1.3, 'هنوز جوابی نگرفتم': 1.3,
    'جوابی نگرفتم': 1, 'پاسخی دریافت نکردم': 1, 'هنوز پاسخی': 1.1, 'به دستم نرسیده': 0.6, 'چند بار باید بگم': 1.1, 'بدون جواب بسته': 0.9,
  },
  [C.count]: {
    'بار دوم*': 1, 'بار سوم*': 1.2, 'بار چهارم*': 1.2, 'بار پنجم*': 1.2, 'دومین بار*': 1, 'سومین بار*': 1.2, 'چهارمین بار*': 1.2,
    'پنجمین بار*': 1.2, 'چندمین بار*': 1.3, 'دو بار': 1, 'سه بار': 1.2, 'چهار بار': 1.2, 'چند بار': 1, 'چندبار': 1, 'چندین بار': 1.1, 'بارها': 1.1,
    'صد بار': 1.2, 'هزار بار': 1.2,
  },
  [C.again]: { 'دوباره': 1, 'بازم': 1, 'باز هم': 1, 'مجددا': 1 },
  [C.contact]: {
    'پیام*': 1, 'ایمیل*': 1, 'تیکت*': 1, 'تماس*': 1, 'زنگ*': 1, 'درخواست*': 1, 'نامه*': 1, 'گفتم': 1, 'میگم': 1, 'بگم': 1, 'عرض': 1,
    'پرسیدم': 1, 'فرستادم': 1, 'نوشتم': 1, 'مینویسم': 1, 'پیگیری*': 1, 'مزاحم*': 1, 'چت': 1, 'تلفنی': 1,
  },
};

const WHY = { [C.earlier]: 'tone.why.earlierContact' } as const;

/** The contact word a count is about: right after an ordinal ("fourth email"), in the same clause as "again", in the same sentence as a count. */
function contactFor(ctx: CueContext, h: Hit, contacts: readonly Hit[]): Hit | undefined {
  const t = ctx.doc.tokens;
  if (h.category === C.ordinal) return contacts.find((c) => c.from >= h.to && c.from - h.to <= 1);
  if (h.category === C.again) return contacts.find((c) => t[c.from].clause === t[h.from].clause);
  return contacts.find((c) => t[c.from].sentence === t[h.from].sentence);
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
    ],
    quiet: ['The app crashed again, third time today.', 'Can you send the invoice again?', 'برنامه دوباره کرش کرد، امروز سومین باره.', 'بازم سفارشم دیر رسید'],
  },
  read(ctx) {
    if (ctx.empty) return NONE;
    const earlier = weigh(ctx, hitsIn(ctx, [C.earlier]), { why: WHY, plain: true });
    let score = earlier.score;
    const evidence: Evidence[] = [...earlier.evidence];
    const contacts = hitsIn(ctx, [C.contact]);
    let best = 0;
    const t = ctx.doc.tokens;
    for (const h of hitsIn(ctx, [C.count, C.ordinal, C.again])) {
      let w = h.weight;
      if (!contactFor(ctx, h, contacts)) {
        // "THIS IS THE THIRD TIME!!!" on its own is about writing; with anything else in the
        // sentence ("crashed again, third time today") the count is about that.
        const rest = t.filter((x) => x.sentence === t[h.from].sentence).length - (h.to - h.from);
        if (h.category !== C.count || rest > 3 || ctx.hits.some((o) => o.category.startsWith('frustration.failure'))) continue;
        w *= 0.8;
      }
      best = Math.max(best, w);
      evidence.push(ctx.ev(h, 'tone.why.contactCount'));
    }
    score += best;
    const detail = { count: best };
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
