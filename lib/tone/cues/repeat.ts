/**
 * Repeat contact: the customer has been in touch before about this. A count or ordinal counts
 * only when it is about contacting ("fourth email", "third time I write", «سومین باره که پیام
 * میدم»), never about the fault ("crashed again, third time today"); references to an earlier
 * call, chat, ticket, promise or message count on their own ("as I said", «پیام قبلیمو دیدین؟»).
 */
import { anchor, has, perMessage } from '../anchors.ts';
import { type CueContext, type CueModule, cue, hitsIn, NONE, weigh, type WeighOptions } from '../cue.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import { askedOfUs, notHelpdeskTicket, recipient, sentToYou, toSomeoneElse, wideFinds, wideLexicon } from './repeat.wide.ts';
import { kindsFinds, kindsLexicon, notGreetingAgain, othersContacting, receivedFa } from './repeat.kinds.ts';
import { aboutNoContact, kinds14Finds } from './repeat.kinds14.ts';
import { kinds15Finds, noContact15 } from './repeat.kinds15.ts';
import { identifierNumber, noContactGuards15 } from './repeat.guards15.ts';
import { noContactGuards16 } from './repeat.guards16.ts';
import { noContactAct16 } from './repeat.matrix16.ts';
import { matrix17Finds, noContact17 } from './repeat.matrix17.ts';
import { kinds18Finds, noContact18 } from './repeat.kinds18.ts';
import { kinds19Finds, quiet19 } from './repeat.kinds19.ts';
import { settledAgain20 } from './repeat.kinds20.ts';
import { calm19bFinds, quietCalm19b } from './repeat.calm19b.ts';
import { deniedContact24 } from './repeat.kinds24.ts';
import { kinds26Finds, quiet26 } from './repeat.kinds26.ts';
import { kinds27Finds, quiet27 } from './repeat.kinds27.ts';
import { faKinds28Finds } from './repeat.fa.kinds28.ts';
import { kinds32Finds } from './repeat.kinds32.ts';
import { kinds36Finds, kinds36Switch, quiet36 } from './repeat.kinds36.ts';
import { repeatKinds37 } from './repeat.kinds37.ts';
import { faKinds38Finds } from './repeat.fa.kinds38.ts';

const C = {
  earlier: 'repeat',
  count: 'repeat.count',
  again: 'repeat.again',
  ordinal: 'repeat.ordinal',
  contact: 'repeat.contact',
  when: 'repeat.when',
  third: 'repeat.third',
  /** "still", «هنوز», "so far": with an unanswered request it says the customer is waiting on us. */
  still: 'repeat.still',
  /** An answer from us: "reply", "got back to me", «جواب», «پاسخ». */
  reply: 'repeat.reply',
  /** "nobody", «هیچکس»: nobody answered. */
  nobody: 'repeat.nobody',
  /** Waiting: "waiting", «منتظر». */
  waiting: 'repeat.waiting',
  /** Chasing: "any update?", "bump", «خبری نشد؟». */
  chase: 'repeat.chase',
  /** What the company told the customer to do earlier ("your instructions", «مراحل گفته‌شده»). */
  advice: 'repeat.advice',
  /** The problem outlived that advice ("still", "persists", «همچنان»). */
  persist: 'repeat.persist',
} as const;

export const THRESHOLD = 1;

const en = {
  [C.earlier]: {
    // "Hi again": a customer greeting a second time is writing again.
    'hi again': 1, 'hello again': 1, 'hey again': 1,
    'as i said': 1, 'as i mentioned': 1, 'as mentioned': 0.9, 'as stated': 0.8, 'as i explained': 1, 'as i told you': 1.1, 'already told you': 1.1,
    'i already told': 1.1, 'already explained': 1, 'previous email*': 1, 'previous message*': 1, 'previous ticket': 1, 'previous request': 1,
    'previous call': 1, 'previous chat': 1, 'my last email': 1, 'my last message': 1, 'last email': 0.8, 'my earlier': 0.9, 'earlier request': 1,
    'earlier email': 1, 'earlier message': 1, 'did anyone read': 1, 'did anyone see': 1,
    'following up': 1, 'follow up on': 1, 'follow-up on': 1, 'followed up': 1, 'chasing': 1, 'still no answer': 1.2, 'still no reply': 1.2,
    'still no response': 1.2, "haven't heard back": 1.1, 'have not heard back': 1.1, 'never heard back': 1.1, "still haven't heard": 1.2,
    'nobody called me back': 1.1, 'no one called me back': 1.1, 'called me back': 0.9, 'call me back': 0.5, 'i was told': 1, 'we were told': 1, 'i have been told': 1, 'we have been told': 1, 'i had been told': 1,
    // Told or promised by the company before: "I was assured in the store", "we were informed on the phone".
    'i was assured': 1, 'we were assured': 1, 'i was informed': 1, 'we were informed': 1,
    // "Didn't you say…?": what the company said before, held up to it.
    "didn't you say": 1, 'did you not say': 1, "didn't you promise": 1, 'did you not promise': 1, "didn't you tell me": 1,
    'you told me': 1, 'you promised': 1, 'promised me': 1, 'in the chat': 0.6, 'on the phone': 0.5,
    // Reopening their ticket ("Please reopen it"), not "our office reopens on Monday".
    'reopen my': 1, 'reopen the': 1, 'reopen this': 1, 'reopen it': 1, 'reopening this': 1, 'reopening my': 1, 'reopening the': 1, 'reopened my': 1, 'my ticket': 0.6, 'nobody has answered': 0.9, 'nobody answered': 0.9, 'no one answered': 0.9, 'no one has replied': 1,
    'nobody replied': 1, 'no reply to my': 1, 'no response to my': 1, "i still haven't received": 1, 'i still have not received': 1,
    'i still have not got': 1, "i still haven't got": 1, "still haven't received": 1, 'keep asking': 1, 'kept asking': 1, 'keep calling': 1,
    'keep emailing': 1, 'how many times': 1, 'once again i': 0.6, 'no reply': 0.6, 'no response': 0.6, 'no answer': 0.5,
    'as per our': 1, 'per our': 0.9, 'further to our': 1, 'further to my': 1, 'following our': 1, 'your colleague': 1, 'your colleagues': 1,
    'your rep': 0.9, 'your representative': 1, 'your agent': 0.9, 'i was promised': 1, 'anyone read my': 1, 'anyone look at my': 1, 'repeating myself': 1.1,
    'just checking in': 1, 'checking in on': 0.9, 'checking back': 1, 'circling back': 1, 'per my last': 1, 'per my previous': 1,
    'as per my': 1, 'trying to reach': 0.5, 'tried to reach': 1, 'trying to contact': 0.5, 'tried to contact': 1, 'trying to get hold of': 0.5,
    'tried to get hold of': 1, 'trying to get through': 0.5, 'tried to get through': 1, 'been trying to reach': 1, 'been trying to contact': 1,
    'been trying to get hold of': 1, 'been trying to get through': 1, 'tried calling': 1, 'tried emailing': 1,
    'umpteenth time': 1.2, 'nth time': 1.2, 'hundredth time': 1.2, 'millionth time': 1.2,
    'hello once more': 1,
    // Continuing a conversation already had: "As discussed with Kevin", "as agreed on the phone".
    'as discussed': 1, 'as we discussed': 1, 'as agreed': 0.9, 'as we agreed': 1,
    // Sending the same thing again: "resending", "re-sending in case it got lost", "forwarding my email".
    resending: 1, 're-sending': 1, 'sending this again': 1, 'sending it again': 1, 'forwarding my': 1, 'forwarded my': 1,
    unanswered: 1, 'been in touch': 1, 'got in touch': 0.6,
  },
  [C.count]: {
    // "every time I call", «هر دفعه زنگ می‌زنم»: as many contacts as a count of three (with a contact in its clause).
    'every time i': 1.2, 'each time i': 1.2,
    'second time': 1, 'third time': 1.2, 'fourth time': 1.2, 'fifth time': 1.2, '2nd time': 1, '3rd time': 1.2, '4th time': 1.2, '5th time': 1.2,
    twice: 1, 'three times': 1.2, 'four times': 1.2, 'five times': 1.2, 'several times': 1.1,
    'multiple times': 1.1, 'many times': 1, 'numerous times': 1.1, 'countless times': 1.2, 'times now': 1, 'how often': 1,
  },
  [C.again]: { again: 1, 'once again': 1.1, 'yet again': 1.1, 'once more': 0.9, 'one more time': 0.9 },
  [C.ordinal]: { 'yet another': 1.1, another: 0.6, umpteenth: 1.2, nth: 1.2, second: 1, third: 1.2, fourth: 1.2, fifth: 1.2, sixth: 1.2, seventh: 1.2, eighth: 1.2, ninth: 1.2, tenth: 1.2, eleventh: 1.2, twelfth: 1.2, twentieth: 1.2, '2nd': 1, '3rd': 1.2, '4th': 1.2, '5th': 1.2 },
  [C.contact]: {
    'email*': 1, 'e-mail*': 1, mail: 1, 'message*': 1, msg: 1, 'ticket*': 1, 'call*': 1, phoned: 1, 'chat*': 1, wrote: 1, 'writing': 1,
    write: 1, 'contact*': 1, 'reached out': 1, 'reaching out': 1, asked: 1, asking: 1, 'request*': 1, complained: 1, ask: 1, 'told you': 1,
    explained: 1, 'explain': 1, 'remind*': 1, 'bother you': 1, 'bothering you': 1, tweeted: 1, dm: 1, letter: 1, 'spoke to': 1,
    rang: 1, rung: 1, spoke: 1, 'complaint*': 1, 'voicemail*': 1, 'in touch': 1, 'report*': 1, 'in person': 1,
    // Channels a customer writes on: "I DM'd you on Instagram on Saturday".
    instagram: 1, whatsapp: 1, telegram: 1, twitter: 1, facebook: 1, messenger: 1, 'contact form': 1, 'live chat': 1, dms: 1, 'attempt to reach': 1, 'attempt to contact': 1, 'attempt to get an answer': 1,
    'attempt to get a reply': 1, 'attempt to get a response': 1, 'attempt to get through': 1,
  },
  [C.still]: { still: 1, 'so far': 1, yet: 1, 'to date': 1, 'to this day': 1 },
  [C.reply]: {
    reply: 1, replies: 1, replied: 1, response: 1, responses: 1, responded: 1, respond: 1, answer: 1, answered: 1, answers: 1,
    'no word': 1, 'a word from': 1, 'word from': 1, 'word back': 1, 'word on': 1, news: 1, callback: 1, 'call back': 1, 'called back': 1,
    'call me back': 1, 'get back to me': 1, 'got back to me': 1, 'gotten back to me': 1, 'getting back to me': 1, 'get back to us': 1,
    'got back to us': 1, 'hear back': 1, 'heard back': 1, 'hear from you': 1, 'heard from you': 1, 'heard anything': 1, 'heard nothing': 1,
    'heard from anyone': 1, 'followed up': 1, 'follow up': 1, 'an update': 1, 'no update*': 1, 'any update*': 1, replying: 1, responding: 1, answering: 1,
  },
  [C.nobody]: { nobody: 1, 'no one': 1, 'no-one': 1, noone: 1, 'none of you': 1, 'not one person': 1, 'not a single person': 1 },
  [C.waiting]: { waiting: 1, wait: 1, awaiting: 1 },
  [C.chase]: { 'any update': 1, 'any updates': 1, 'any news': 1, 'any word': 1, 'any progress': 1, 'any luck': 0.8, bump: 1, bumping: 1 },
  [C.advice]: {
    'your instructions': 1, 'your steps': 1, 'your advice': 1, 'your suggestion*': 1, 'your solution': 1, 'your fix': 1, 'your reply': 1,
    'your response': 1, 'your answer': 1, 'your last email': 1, 'what you suggested': 1, 'what you told me': 1, 'as you suggested': 1,
    'you suggested': 1, 'you told me to': 1, 'the steps you': 1, 'the instructions you': 1, 'you advised': 1,
  },
  [C.persist]: {
    still: 1, persists: 1, persist: 1, persisting: 1, 'same problem': 1, 'same issue': 1, 'same error': 1, "didn't work": 1,
    "didn't help": 1, "doesn't work": 1, 'not fixed': 1, 'no luck': 1, 'no change': 1, 'not solved': 1, 'not resolved': 1, continues: 1,
  },
  // An earlier moment: with a contact in the past ("I rang yesterday", "my email from Monday") it is an earlier contact.
  [C.when]: {
    yesterday: 1, 'last week': 1, 'last month': 1, 'last night': 1, 'last time': 1, 'last monday': 1, 'last tuesday': 1, 'last wednesday': 1,
    'last thursday': 1, 'last friday': 1, 'last saturday': 1, 'last sunday': 1, monday: 1, tuesday: 1, wednesday: 1, thursday: 1, friday: 1,
    saturday: 1, sunday: 1, 'this morning': 1, 'earlier today': 1, earlier: 1, ago: 1, previously: 1, 'the other day': 1, 'last year': 1,
  },
  // Someone other than this company: "I called the bank yesterday" is not an earlier contact with us.
  [C.third]: { bank: 1, 'my bank': 1, 'the bank': 1, 'post office': 1, police: 1, landlord: 1, 'the seller': 1, seller: 1, merchant: 1, courier: 1, 'the shop': 1, 'my wife': 1, 'my husband': 1 },
};

const fa = {
  [C.earlier]: {
    'پیام قبلی*': 1.1, 'ایمیل قبلی*': 1.1, 'تیکت قبلی*': 1.1, 'درخواست قبلی*': 1.1, 'تماس قبلی*': 1.1, 'قبلا گفتم': 1.1, 'قبلا هم': 0.8,
    'همونطور که گفتم': 1, 'همانطور که گفتم': 1, 'همونطور که قبلا گفتم': 1.1, 'همانطور که قبلا گفتم': 1.1, 'گفته بودم': 0.9, 'تلفنی گفتن': 1,
    'توی چت گفتن': 1, 'تو چت گفتن': 1, 'توی چت': 0.7, 'قول داده بودید': 1, 'قولش رو داده بودید': 1, 'قول دادید': 1, 'قول داده بودن': 1,
    'پیگیری کردم': 1, 'پیگیری های قبلی': 1.1, 'از بس پیگیری': 1.1, 'زنگ نزد': 0.5, 'تماس نگرفت*': 0.5, 'بهم زنگ نزد*': 1, 'به من زنگ نزد*': 1, 'باهام تماس نگرفت*': 1, 'با من تماس نگرفت*': 1, 'جواب پیام*': 1, 'کسی جواب نمیده': 0.9,
    'جواب نمیدید': 0.9, 'جواب ندادید': 0.9, 'هیچ کس جواب نداده': 0.9, 'هیچکس جواب نداده': 0.9, 'هنوز جواب نگرفتم': 1.3, 'هنوز جوابی نگرفتم': 1.3,
    'جوابی نگرفتم': 1, 'پاسخی دریافت نکردم': 1, 'هنوز پاسخی': 1.1, 'به دستم نرسیده': 0.6, 'چند بار باید بگم': 1.1, 'بدون جواب بسته': 0.9,
    'پیرو': 1, 'همکارتون': 1, 'همکار شما': 1, 'همکاراتون': 1, 'همکارانتون': 1, 'همکاران شما': 1, 'قول داد': 0.9, 'قول دادن': 0.9,
    'به دستتون رسید': 1, 'دستتون رسید': 1, 'چند بار باید': 1.1, 'چندبار باید': 1.1, 'عطف به': 1, 'قرار شد': 0.6, 'قرار بود': 0.5,
    'در ادامه پیام*': 1, 'در ادامه مکاتبات': 1, 'مکاتبات قبلی': 1.1, 'کارشناستون': 1, 'کارشناس شما': 1, 'اپراتورتون': 1,
    'پشتیبانتون': 0.8, 'پشتیبان شما': 0.8, 'هر چی زنگ میزنم': 1, 'هرچی زنگ میزنم': 1, 'هر چی پیام میدم': 1, 'هرچی پیام میدم': 1,
    'هر چی تماس میگیرم': 1, 'هرچی تماس میگیرم': 1, 'سعی کردم تماس بگیرم': 1, 'بار چندم*': 1.3,
    // Greeting a second time («سلام دوباره»), "sorry to bother you again" («باز مزاحم شدم»), yesterday's message.
    'سلام دوباره': 1, 'سلام مجدد': 1, 'باز مزاحم*': 1, 'دوباره مزاحم*': 1, 'مجددا مزاحم*': 1, 'پیام دیروزم*': 1, 'ایمیل دیروزم*': 1,
    'تماس دیروزم*': 1, 'موضوع دیروز': 0.8, 'در ادامه تماس': 1, 'پیگیریهای مکرر': 1.1, 'پیگیری های مکرر': 1.1,
    // Back again: «سلام مجدد», «بازم منم».
    'مجددا سلام': 1, 'بازم منم': 1, 'باز هم منم': 1, 'دوباره منم': 1,
    // «به چه زبونی بگم»: said so often the customer runs out of ways to say it.
    'به چه زبونی': 1, 'به چه زبانی': 1,
    // Unanswered: «تیکتم بی‌جواب مونده», «پیامم بی‌پاسخ موند».
    'بی جواب*': 1, 'بیجواب*': 1, 'بی پاسخ*': 1, 'بیپاسخ*': 1, 'بدون پاسخ موند*': 1, 'بدون جواب موند*': 1,
  },
  [C.still]: { 'هنوز': 1, 'هنوزم': 1, 'تاکنون': 1, 'تا کنون': 1, 'تا الان': 1, 'تا حالا': 1, 'تا این لحظه': 1 },
  [C.reply]: { 'جواب*': 1, 'پاسخ*': 1, 'خبری': 1, 'تماسی': 1, 'زنگی': 1 },
  [C.nobody]: { 'کسی': 1, 'هیچکس': 1, 'هیچ کس': 1, 'هیچ کسی': 1, 'هیچکدوم': 1, 'یک نفر هم': 1, 'یه نفر هم': 1 },
  [C.waiting]: { 'منتظر*': 1, 'در انتظار': 1 },
  [C.chase]: { 'خبری نشد': 1, 'چی شد': 1, 'چه شد': 1, 'به کجا رسید': 1, 'چه خبر شد': 1 },
  [C.advice]: {
    'پاسخ شما': 1, 'پاسختون': 1, 'جوابتون': 1, 'جواب شما': 1, 'راهنمایی شما': 1, 'راهنماییتون': 1, 'راهنمایی هاتون': 1,
    'مراحل گفته شده': 1, 'مراحل گفته‌شده': 1, 'مراحلی که گفتید': 1, 'کاری که گفتید': 1, 'کارایی که گفتید': 1, 'طبق گفته شما': 1,
    'طبق راهنمایی': 1, 'مراحلی که فرستادید': 1, 'روشی که گفتید': 1, 'گفته بودید': 1,
  },
  [C.persist]: {
    'همچنان': 1, 'پابرجا*': 1, 'هنوز': 1, 'هنوزم': 1, 'حل نشد*': 1, 'فرقی نکرد': 1, 'درست نشد*': 1, 'جواب نداد': 1, 'تغییری نکرد': 1,
    'باز هم': 1, 'بازم': 1,
  },
  [C.count]: {
    'هر دفعه': 1.2, 'هر بار': 1.2, 'هربار': 1.2, 'هر روز': 1,
    'بار دوم*': 1, 'بار سوم*': 1.2, 'بار چهارم*': 1.2, 'بار پنجم*': 1.2, 'دومین بار*': 1, 'سومین بار*': 1.2, 'چهارمین بار*': 1.2,
    'پنجمین بار*': 1.2, 'چندمین بار*': 1.3, 'دو بار': 1, 'سه بار': 1.2, 'چهار بار': 1.2, 'چند بار': 1, 'چندبار': 1, 'چندین بار': 1.1, 'بارها': 1.1,
    'صد بار': 1.2, 'هزار بار': 1.2,
  },
  // «هی باید زنگ بزنم», «مدام پیام میدم»: again and again, about contacting when a contact is in the clause.
  [C.again]: { 'دوباره': 1, 'بازم': 1, 'باز هم': 1, 'مجددا': 1, 'هی': 1, 'مدام': 1, 'دائم': 1, 'همش': 1 },
  [C.ordinal]: {
    'دومین': 1, 'سومین': 1.2, 'چهارمین': 1.2, 'پنجمین': 1.2, 'ششمین': 1.2, 'چندمین': 1.3,
    // «برای بار دوم عرض می‌کنم», «دفعه پنجمه که تیکت ثبت می‌کنم»: counted only with a contact right after (see contactFor).
    'بار دوم': 1, 'دفعه دوم': 1, 'بار سوم*': 1.2, 'دفعه سوم*': 1.2, 'بار چهارم*': 1.2, 'دفعه چهارم*': 1.2, 'بار پنجم*': 1.2, 'دفعه پنجم*': 1.2,
  },
  [C.when]: {
    'دیروز': 1, 'پریروز': 1, 'دیشب': 1, 'هفته گذشته': 1, 'هفته پیش': 1, 'هفته قبل': 1, 'ماه گذشته': 1, 'ماه پیش': 1, 'ماه قبل': 1,
    'روز پیش': 1, 'روز قبل': 1, 'امروز صبح': 1, 'صبح امروز': 1, 'قبلا': 1, 'شنبه*': 1, 'یکشنبه*': 1, 'دوشنبه*': 1, 'سه شنبه*': 1,
    'چهارشنبه*': 1, 'پنجشنبه*': 1, 'جمعه*': 1, 'گذشته': 1,
  },
  [C.third]: { 'بانک*': 1, 'اداره پست': 1, 'پلیس': 1, 'فروشنده': 1, 'پیک': 1, 'پستچی': 1 },
  [C.contact]: {
    'پیام*': 1, 'ایمیل*': 1, 'تیکت*': 1, 'تماس*': 1, 'زنگ*': 1, 'درخواست*': 1, 'نامه*': 1, 'گفتم': 1, 'میگم': 1, 'بگم': 1, 'عرض': 1,
    'پرسیدم': 1, 'میپرسم': 1, 'فرستادم': 1, 'نوشتم': 1, 'مینویسم': 1, 'مکاتبه*': 1, 'مراجعه*': 1, 'پیگیری*': 1, 'مزاحم*': 1, 'چت': 1, 'تلفنی': 1, 'یادآوری*': 1, 'توضیح': 1, 'صحبت': 1,
    'گزارش*': 1, 'فرم': 1, 'حضوری': 1, 'دایرکت*': 1, 'اینستاگرام': 1, 'اینستا': 1, 'تلگرام': 1, 'واتساپ': 1, 'واتس اپ': 1,
  },
};

const WHY = { [C.earlier]: 'tone.why.earlierContact' } as const;

/** Verbs of getting in touch, by lemma ("emailed", «بفرستم» -> «فرستادن»): a count or "again" can be about them. */
const CONTACT_LEMMAS = new Set(['email', 'call', 'ring', 'phone', 'message', 'text', 'write', 'contact', 'ask', 'remind', 'tell', 'chat', 'send', 'report', 'فرستادن', 'گفتن', 'پرسیدن', 'نوشتن']);
/** Verbs that alone say "I got in touch" once they are in the past ("I wrote", "I rang"); sending needs a contact noun. */
const REACH_LEMMAS = new Set(['email', 'call', 'ring', 'phone', 'message', 'text', 'write', 'contact', 'ask', 'remind', 'tell', 'chat', 'rang', 'rung', 'spoke', 'report', 'raise', 'dm', 'گفتن', 'پرسیدن', 'نوشتن']);
/** Past forms the language layer does not tag as verbs. */
const PAST_FORMS = new Set(['rang', 'rung', 'spoke', 'phoned']);
/** Contact nouns a customer can own ("my email", "our call"). */
const CONTACT_NOUN = /^(?:e-?mails?|mail|messages?|msg|tickets?|calls?|chats?|requests?|letters?|complaints?|voicemails?|phone|dms?|instagram|whatsapp|telegram|twitter|facebook|messenger|ایمیل|پیام(?!ک)|تیکت|تماس|زنگ|درخواست|نامه|چت|تلفن|صحبت|فرم|حضوری|دایرکت|اینستا|تلگرام|واتساپ)/;

type Span2 = { from: number; to: number };
/** A Persian word with the second person's ending: «پیامتون», «سریعتون», «درخواستتان». */
const YOURS_FA = /(?:تون|تان)$/;
/** A Persian verb asking the company to act, which the morphology may not read as second person: «کنید», «میدید», «بفرستین». */
const ASKED_FA = /^(?:کنید|کنین|نمایید|بفرمایید)$|^(?:ب|می|نمی)\S+(?:ید|ین)$/;

/** Contact words: the lexicon's, plus any verb of getting in touch by its lemma. */
const A_CONTACT_VERB = anchor({ lemma: CONTACT_LEMMAS });
function contactsOf(ctx: CueContext): Span2[] {
  const t = ctx.doc.tokens;
  // A phrase weighed 0 («گفتم در جریان باشید», «بخش پیام‌ها» of an app) covers a contact word to say it is none.
  const out: Span2[] = hitsIn(ctx, [C.contact]).filter((h) => h.weight > 0 && !companys(t, h.from, h.to) && !notContact(t, h.from));
  if (!has(ctx.doc, A_CONTACT_VERB)) return out;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!CONTACT_LEMMAS.has(x.lemma)) continue;
    if (!companys(t, i, i + 1) && !out.some((c) => c.from <= i && i < c.to)) out.push({ from: i, to: i + 1 });
  }
  return out;
}

/**
 * A contact that is the company's, not the customer's: «فرستادید», "you sent", "your email", or one
 * aimed at the customer ("call me again tomorrow", "it keeps asking me to log in").
 */
function companys(t: CueContext['doc']['tokens'], from: number, to: number): boolean {
  const x = t[from];
  if (x.second) return true;
  // «پیگیری کنید», «توضیح میدید», «پیگیری سریعتون», «پیامتون»: asked of the company, or the company's own.
  if (x.fa) return YOURS_FA.test(x.key) || (t[to] !== undefined && t[to].clause === x.clause && t[to].key !== 'بدون' && (t[to].second || YOURS_FA.test(t[to].key) || ASKED_FA.test(t[to].key)));
  const p1 = t[from - 1]?.key;
  const next = t[to]?.key;
  return p1 === 'you' || p1 === 'your' || (t[from - 2]?.key === 'you' && !sentToYou(t, from)) || next === 'me' || next === 'us' || askedOfUs(t, from);
}

/**
 * Words the contact lexicon reads that are no contact here: an SMS («پیامک») is what the company or the
 * bank sends; "error message", "warning message" are on the screen.
 */
const SCREEN = new Set(['error', 'warning', 'status', 'system', 'welcome', 'confirmation', 'popup', 'pop-up']);
function notContact(t: CueContext['doc']['tokens'], i: number): boolean {
  const x = t[i];
  if (x.fa) return x.key.startsWith('پیامک') || receivedFa(t, i);
  return (/^messages?$/.test(x.key) && i > 0 && SCREEN.has(t[i - 1].key)) || notHelpdeskTicket(t, i);
}

const ATTEMPT = /^(?:attempts?|try|tries)$/;

/** The contact word a count is about: right after an ordinal ("fourth email"), in the same clause as "again", in the same sentence as a count. */
function contactFor(ctx: CueContext, h: Hit, contacts: readonly Span2[]): Span2 | undefined {
  const t = ctx.doc.tokens;
  // "4th attempt", "second try": an attempt counted is a contact counted.
  if (h.category === C.ordinal) {
    // "went through on the second try": a retry that worked, not a contact counted.
    const retry = t[h.from - 1]?.key === 'the' && t[h.from - 2]?.key === 'on';
    const next = contacts.find((c) => c.from >= h.to && c.from - h.to <= 1) ?? (ATTEMPT.test(t[h.to]?.key ?? '') && !retry ? { from: h.to, to: h.to + 1 } : undefined);
    return next ?? contacts.find((c) => relativeContact(t, h, c));
  }
  if (h.category === C.again) return contacts.find((c) => t[c.from].clause === t[h.from].clause);
  // "every time I call": the contact is the verb the count opens, not anything later ("every time I open the app … happy to send screenshots").
  if (t[h.to - 1].key === 'i') return contacts.find((c) => c.from >= h.to && c.from - h.to <= 1);
  // A count is about the contact in its own clause: «از صبح سه بار این اتفاق افتاده، لاگش رو براتون فرستادم» counts crashes.
  return contacts.find((c) => t[c.from].clause === t[h.from].clause);
}

/**
 * «سومین جاییه که پیام میدم», "the fourth person I've spoken to": the ordinal's noun, then a relative clause
 * («که», "that", "I") whose verb is the customer's own contact, in the same sentence.
 */
function relativeContact(t: CueContext['doc']['tokens'], h: Hit, c: Span2): boolean {
  if (c.from < h.to + 2 || c.from - h.to > 5 || t[c.from].sentence !== t[h.from].sentence) return false;
  if (!t.slice(h.to + 1, c.from).some((y) => y.key === 'که' || y.key === 'that' || y.key === 'i' || y.key === 'we')) return false;
  return t[c.from].fa ? firstPersonFa(t, c) : ['i', 'we'].includes(t[c.from - 1].key) || ['i', 'we'].includes(t[c.from - 2]?.key ?? '');
}

/** A Persian contact said by the customer: its own word or the verb right after it in the first person («نوشتم», «پیام میدم»). */
function firstPersonFa(t: CueContext['doc']['tokens'], c: Span2): boolean {
  for (let k = c.from; k <= c.to && k < t.length; k++) {
    const y = t[k];
    if (y.pastFirst || ((y.verb || y.key.startsWith('می')) && /(?:م|یم)$/.test(y.key))) return true;
  }
  return false;
}

/**
 * A contact in the past, told as an event: "I wrote to you last Tuesday", "I rang yesterday", "my
 * email from Monday", "the message I sent on Saturday", «دیروز زنگ زدم», «ایمیل دوشنبه‌ام … رسید؟».
 * Not when the contact was with someone else ("I called the bank") or is still to come ("call me on Monday").
 */
function pastContacts(ctx: CueContext, contacts: readonly Span2[]): Evidence[] {
  if (contacts.length === 0) return [];
  const t = ctx.doc.tokens;
  const when = earlierMoments(ctx);
  const third = hitsIn(ctx, [C.third]);
  const out: Evidence[] = [];
  for (const c of contacts) {
    const k = c.from;
    const x = t[k];
    if (third.some((h) => t[h.from].clause === x.clause)) continue;
    const earlier = when.find((h) => t[h.from].sentence === x.sentence);
    const pastVerb = t.some((y) => y.past && y.sentence === x.sentence);
    let found = false;
    if (x.fa) {
      // «ایمیل زدم», «زنگ زدم», «پیام دادم», «نوشتم»: a first-person past verb in the contact's clause.
      // «لاگ رو فرستادم»: sending alone is an attachment, not a contact; «پیام فرستادم» has its contact noun.
      // «درخواست نداده بودم» denies a contact.
      // The verb follows its noun (Persian puts it last) and is one a contact is made with: «زنگ زدم», «پیام دادم»,
      // «تماس گرفتم»; «لینک باز کردم و حالا پیامک … میاد» and «تو صف چت موندم» tell of no contact made.
      const first = t.some((y, j) => j >= k && y.pastFirst && !y.neg && !(j > 0 && faNegative(t[j - 1])) && y.clause === x.clause && ((y === x && x.lemma !== 'فرستادن') || (CONTACT_NOUN.test(x.key) && (CONTACT_LIGHT.has(y.lemma) || pluperfect(t, j))) || REACH_LEMMAS.has(y.lemma)));
      found = first || (earlier !== undefined && pastVerb && CONTACT_NOUN.test(x.key));
    } else {
      // "Emailed on the 1st, the 5th and today": a sentence opened by the verb has the writer for subject.
      const subject = [t[k - 1], t[k - 2]].some((y) => y && (y.key === 'i' || y.key === 'we')) || k === 0 || t[k - 1].sentence !== x.sentence;
      const reached = subject && (x.past || PAST_FORMS.has(x.key)) && (REACH_LEMMAS.has(x.lemma) || REACH_LEMMAS.has(x.key));
      const addressed = t.slice(k + 1, k + 4).some((y) => y.clause === x.clause && (y.key === 'you' || y.key === 'your' || y.key === 'support' || y.key === 'about'));
      // "my phone bill", "my email has stopped syncing", "on my phone", "sorry for the long msg": a device, an account or
      // this very message, not an earlier contact.
      if (notAContact(t, k)) continue;
      const owned = CONTACT_NOUN.test(x.key) && [t[k - 1], t[k - 2]].some((y) => y && (y.key === 'my' || y.key === 'our'));
      found = (reached && (addressed || earlier !== undefined)) || (CONTACT_NOUN.test(x.key) && earlier !== undefined && (owned || (pastVerb && !notMade(t, k))));
    }
    if (found) out.push(ctx.ev({ start: x.start, end: (earlier && earlier.from > k && earlier.from - k <= 3 ? earlier.end : x.end) }, 'tone.why.earlierContact'));
  }
  return out;
}

const FUTURE = new Set(['by', 'before', 'until', 'till', 'next', 'coming', 'تا', 'قبل', 'بعد']);

/**
 * A contact noun that names no contact the customer made: one still to make ("I wish to lodge a formal complaint",
 * "I am writing to request a copy"), one a machine sent ("didn't get a confirmation email"), or one that speaks
 * ("the email says my plan renews on the 12th").
 */
const MACHINE = new Set(['confirmation', 'automated', 'automatic', 'marketing', 'promotional', 'welcome', 'verification', 'activation', 'visa', 'offer', 'invitation', 'cover', 'reference', 'employment', 'sponsorship']);
const TO_LODGE = new Set(['lodge', 'make', 'file', 'raise', 'submit', 'register', 'log', 'open', 'send', 'place', 'request']);
const SPEAKS = new Set(['says', 'said', 'states', 'stated', 'shows', 'showed', 'reads', 'claims', 'mentions']);
function notMade(t: CueContext['doc']['tokens'], k: number): boolean {
  const x = t[k];
  if (MACHINE.has(t[k - 1]?.key ?? '') || SPEAKS.has(t[k + 1]?.key ?? '')) return true;
  // "to request", "wish to lodge a formal complaint": the noun is an infinitive, or the object of one of lodging.
  for (let j = k - 1; j >= 0 && k - j <= 4 && t[j].clause === x.clause; j--) if (t[j].key === 'to' && (j + 1 === k || TO_LODGE.has(t[j + 1].key))) return true;
  return false;
}
/** «دایرکت داده بودم», «زنگ زده بودم»: a light verb's participle before «بودم». */
const PARTICIPLE = /^(?:داده|زده|گرفته|فرستاده|کرده|نوشته|گذاشته|گفته)$/;
const pluperfect = (t: CueContext['doc']['tokens'], j: number) => t[j].lemma === 'بودن' && j > 0 && PARTICIPLE.test(t[j - 1].key);
/** Verbs a Persian contact noun is made with («تماس گرفتم», «پیام گذاشتم», «حضوری اومدم», «ثبت کردم»). */
const CONTACT_LIGHT = new Set(['زدن', 'دادن', 'گرفتن', 'فرستادن', 'گذاشتن', 'کردن', 'نوشتن', 'داشتن', 'گفتن', 'آمدن', 'رفتن']);

/** Months (a date: "on 3 Dec", "from 12 November", «۱۰ آذر»), by their folded key. */
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'فروردین', 'اردیبهشت', 'خرداد', 'مرداد', 'شهریور', 'آبان', 'آذر', 'بهمن', 'اسفند',
]);
const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)$/;

/** Dates as earlier moments: a month with a day number beside it, or "the 2nd" / "on the 14th". */
const A_DATE = anchor({ key: (k) => MONTHS.has(k) || ORDINAL_DAY.test(k) });
function datesOf(ctx: CueContext): Hit[] {
  const out: Hit[] = [];
  if (!has(ctx.doc, A_DATE)) return out;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    const c0 = k.charCodeAt(0);
    const day = c0 >= 48 && c0 <= 57;
    const date = day ? ORDINAL_DAY.test(k) && (t[i - 1]?.key === 'the' || t[i - 1]?.key === 'on') : MONTHS.has(k) && [t[i - 1], t[i + 1]].some((y) => y && /^\d{1,2}(?:st|nd|rd|th)?$/.test(y.key));
    if (date) out.push({ category: C.when, weight: 1, from: i, to: i + 1, start: t[i].start, end: t[i].end });
  }
  return out;
}

/** Number words a Persian ordinal is made of («دهمین», «بار هفتم»). */
const FA_NUMBER = new Set(['دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'پونزده', 'بیست', 'سی', 'صد', 'هزار']);
const FA_ORDINAL = /^(.+?)(?:مین|م)$/;
const EN_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;

/**
 * Ordinals the lexicon does not list, read by their form: "7th", «دهمین», «هفتمین», «بار دهم»; the second
 * counts less than the third and later. Like the listed ones they count only with a contact (see contactFor).
 */
const A_ORDINAL_FORM = anchor({
  key: (k) => {
    const fa = FA_ORDINAL.exec(k);
    if (fa && FA_NUMBER.has(fa[1])) return true;
    const en = EN_ORDINAL.exec(k);
    return en !== null && Number(en[1]) >= 2;
  },
});
function ordinalsByForm(ctx: CueContext, listed: readonly Hit[]): Hit[] {
  const t = ctx.doc.tokens;
  const out: Hit[] = [];
  if (!has(ctx.doc, A_ORDINAL_FORM)) return out;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    let n = 0;
    if (t[i].fa) {
      const m = FA_ORDINAL.exec(k);
      // «دهم» alone is a tenth (a date, a share); after «بار» or «دفعه» it counts times.
      if (m && FA_NUMBER.has(m[1]) && (k.endsWith('مین') || t[i - 1]?.key === 'بار' || t[i - 1]?.key === 'دفعه')) n = m[1] === 'دو' ? 2 : 3;
    } else {
      const m = EN_ORDINAL.exec(k);
      if (m) n = Number(m[1]);
    }
    if (n < 2 || listed.some((h) => h.from <= i && i < h.to)) continue;
    out.push({ category: C.ordinal, weight: n === 2 ? 1 : 1.2, from: i, to: i + 1, start: t[i].start, end: t[i].end });
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

const OWNERS = new Set(['my', 'our', 'last', 'previous', 'earlier', 'sent', 'written', 'made', 'left', 'placed', 'raised', 'opened', 'submitted', 'filed', 'logged']);

const BETWEEN = new Set(['separate', 'different', 'of', 'your', 'تا', 'از']);
/** The company's people, counted: "four of your advisers", «سه تا از کارشناساتون», «دو نفر». */
const PEOPLE = /^(?:people|persons|agents|advisers|advisors|reps|representatives|operators|staff|colleagues|کارشناس|اپراتور|نفر|همکار|پشتیبان)/;

const A_NUMBER = anchor({ key: (k) => numberCount(k) !== 0 });
/** What a count counts: "times", "occasions", people or a contact noun (numbers alone are in a quarter of messages: flights, times). */
const A_COUNTED = anchor({ key: (k) => k === 'times' || k === 'بار' || k === 'occasions' || PEOPLE.test(k) || CONTACT_NOUN.test(k) });
function countedContacts(ctx: CueContext): Hit[] {
  const t = ctx.doc.tokens;
  const out: Hit[] = [];
  if (!has(ctx.doc, A_NUMBER) || !has(ctx.doc, A_COUNTED)) return out;
  for (let i = 0; i + 1 < t.length; i++) {
    const n = numberCount(t[i].key);
    if (n === 0) continue;
    // "7 times", «۳ بار»: a count, about a contact when one is in its sentence (see read()).
    // "three separate occasions", "four different people", «سه تا از کارشناساتون», «چهار تا ایمیل»: words between.
    let j = i + 1;
    while (j < t.length && j - i <= 3 && t[j].clause === t[i].clause && BETWEEN.has(t[j].key)) j++;
    if (j >= t.length || t[j].clause !== t[i].clause) continue;
    const next = t[j].key;
    // «سفارش ۷۷۲۱۹ پیام», "order #55102 emails": an identifier, not a count (repeat.guards15.ts).
    if (identifierNumber(ctx, i, CONTACT_NOUN.test(next))) continue;
    const digits = t[i].key.charCodeAt(0) <= 57;
    // People spoken to are contacts counted when a contact is in the clause ("explained this to four different people").
    if ((digits && (next === 'times' || next === 'بار')) || next === 'occasions' || PEOPLE.test(next)) {
      out.push({ category: C.count, weight: n, from: i, to: j + 1, start: t[i].start, end: t[j].end });
      continue;
    }
    if (j !== i + 1 && t[i + 1].key !== 'تا') continue;
    if (!CONTACT_NOUN.test(next)) continue;
    // Theirs, not the company's ("I got two emails from you"): "my last two emails", «دو ایمیل قبلی», «سه بار ایمیل زدم».
    const theirs = t[i].fa
      ? t.slice(j + 1, j + 4).some((y) => y.pastFirst || y.key.startsWith('قبلی'))
      : [t[i - 1], t[i - 2], t[i - 3]].some((y) => y && OWNERS.has(y.key));
    // "my last two emails": this one is the third.
    const more = t.slice(Math.max(0, i - 2), i + 4).some((y) => y.key === 'last' || y.key === 'previous' || y.key.startsWith('قبلی')) ? 0.2 : 0;
    if (theirs) out.push({ category: C.count, weight: Math.min(1.2, n + more), from: i, to: j + 1, start: t[i].start, end: t[j].end });
  }
  return out;
}

const BEFORE = new Set(['before', 'already', 'previously', 'قبلا', 'قبلاً']);
const TOLD_LEMMAS = new Set([...REACH_LEMMAS, 'report', 'mention', 'raise', 'explain', 'send', 'give', 'provide', 'submit', 'upload', 'supply', 'forward', 'فرستادن', 'گزارش']);
const HANDED = new Set(['give', 'provide', 'send', 'submit', 'supply', 'forward', 'upload']);
const US = new Set(['you', 'your', 'yours', 'support', 'team', 'this', 'customer', 'help', 'helpdesk', 'desk']);
/** "… to the shop / to my bank": the verb's recipient, in its clause, is someone other than the company written to. */
function toElsewhere(t: readonly { key: string; clause: number }[], j: number): boolean {
  for (let k = j + 1; k < t.length && t[k].clause === t[j].clause; k++) {
    if (t[k].key !== 'to') continue;
    const who = recipient(t, k);
    return !!who && !US.has(who.key);
  }
  return false;
}
/** «فرستاده بودم», «گفته بودم»: a contact's participle before «بودم» (the morphology reads only «بودم»). */
const TOLD_PARTICIPLE = /^(?:فرستاده|گفته|نوشته|زده)$/;

/**
 * Earlier contact said with "before" or "already": "I've asked this before", "I already reported
 * it", «قبلاً گزارش داده بودم»; and a promise the company made: «قول بازپرداخت دادین».
 */
const A_BEFORE = anchor({ key: (k) => k === 'قول' || BEFORE.has(k) });
function toldBefore(ctx: CueContext): Evidence[] {
  const t = ctx.doc.tokens;
  const out: Evidence[] = [];
  if (!has(ctx.doc, A_BEFORE)) return out;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.key === 'قول') {
      const made = t.slice(i + 1, i + 4).find((y) => y.second && y.past && y.clause === x.clause);
      if (made) out.push(ctx.ev({ start: x.start, end: made.end }, 'tone.why.earlierContact'));
      continue;
    }
    // "before" as an adverb ("I've asked this before"), not "before the deadline".
    if (!BEFORE.has(x.key) || (x.key === 'before' && t[i + 1]?.clause === x.clause)) continue;
    const told = t.find((y, j) => y.clause === x.clause && Math.abs(j - i) <= 4 && (((y.past || y.pastFirst || t[j - 1]?.key === 'have' || t[j - 1]?.key === 'had') && (TOLD_LEMMAS.has(y.lemma) || TOLD_LEMMAS.has(y.key))) || (TOLD_PARTICIPLE.test(y.key) && t[j + 1]?.lemma === 'بودن' && t[j + 1].pastFirst)));
    // Handed to someone else ("I've already given the receipt to the shop"): no contact with us.
    if (told && !told.fa && HANDED.has(told.lemma) && toElsewhere(t, t.indexOf(told))) continue;
    // "the amount mentioned was already paid": a participle after its noun describes it, nobody told anything.
    if (told && !told.fa && t[t.indexOf(told) - 2]?.key === 'the' && /^(?:was|were|is|are|has|have)$/.test(t[t.indexOf(told) + 1]?.key ?? '')) continue;
    if (told) out.push(ctx.ev({ start: Math.min(x.start, told.start), end: Math.max(x.end, told.end) }, 'tone.why.earlierContact'));
  }
  return out;
}

/**
 * A ticket or case number ("Ticket #4410", "my case number is 88231", «شماره تیکت: ۴۵۱۲», «کد پیگیری
 * ۷۷۲۱۰»): only a customer who wrote before has one. A bare "ticket 123" may be a plane ticket, and a
 * "reference" a bank transfer's: those weigh less.
 */
const TICKET = new Map<string, number>([
  ['case', 1], ['ticket', 0.6], ['ref', 0.6], ['reference', 0.6], ['complaint', 1], ['request', 1], ['claim', 0.6],
  ['تیکت', 1], ['پرونده', 1], ['درخواست', 1], ['شکایت', 1], ['پیگیری', 0.6],
]);
const NUMBER_WORDS = new Set(['number', 'no', 'id', 'is', 'شماره', 'به']);

/** A first-person ending on a Persian noun («تیکتم», «درخواستمون»). */
const OWN_FA = /(?:م|مو|مون|ام)$/;
const REFERENCE = /^[a-z]{1,5}-?\d{3,}$/;

const A_TICKET = anchor({ key: (k) => TICKET.has(k) || TICKET.has(k.replace(OWN_FA, '')) });
function ticketNumber(ctx: CueContext): { weight: number; ev: Evidence } | null {
  if (!has(ctx.doc, A_TICKET)) return null;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  for (let i = 0; i + 1 < t.length; i++) {
    // «تیکتم», «درخواستم», «شکایتمون»: the customer's own ticket is still a ticket.
    let w = TICKET.get(t[i].fa ? t[i].key.replace(OWN_FA, '') : t[i].key);
    if (w === undefined) continue;
    let j = i + 1;
    while (j < t.length && j - i <= 3 && NUMBER_WORDS.has(t[j].key)) j++;
    const n = t[j];
    // "CMP-8812", "FLT-22817": helpdesk references carry letters before the number.
    if (!n || j - i > 3 || !(/^\d{3,}$/.test(n.key) || REFERENCE.test(n.key))) continue;
    // «کد پیگیری» may be a parcel's tracking code: it weighs less than «شماره تیکت».
    if (t[i].key === 'پیگیری' && t[i - 1]?.key !== 'کد') continue;
    // "ticket #55120": the hash marks a helpdesk ticket, not a plane ticket.
    if (text[n.start - 1] === '#' || t[i - 1]?.key === 'شماره' || t[i + 1]?.key === 'number' && t[i].key !== 'ticket') w = 1;
    // "Ticket 77120. Day 19. Still nothing.": a bare helpdesk ticket (not a train's) with a wait told beside it.
    if (w < 1 && t[i].key === 'ticket' && !notHelpdeskTicket(t, i) && t.some((y) => y.key === 'still' || y.key === 'since' || y.key === 'nothing' || y.key === 'update')) w = 1;
    const from = t[i - 1]?.key === 'شماره' || t[i - 1]?.key === 'کد' ? i - 1 : i;
    return { weight: w, ev: ctx.ev({ start: t[from].start, end: n.end }, 'tone.why.earlierContact') };
  }
  return null;
}

const THANKS = new Set(['thanks', 'thank', 'ممنون', 'ممنونم', 'مرسی', 'سپاس', 'سپاسگزارم', 'متشکرم', 'تشکر']);
/** "Thanks for finally replying", «ممنون که بالاخره جواب دادید», "thanks for your help earlier": thanks for an answer that came late or before, still an earlier contact. */
const lateOrEarlier = (t: CueContext['doc']['tokens'], h: Hit) => t[h.from].key === 'finally' || t[h.from].key === 'بالاخره' || t[h.to - 1].key === 'earlier' || (t[h.to - 1].key === 'time' && t[h.to - 2]?.key === 'last');
/** A thanks just before token i ("Thanks for chasing", "thank you for following up"). */
function thanked(t: CueContext['doc']['tokens'], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3 && t[k].sentence === t[i].sentence; k--) if (THANKS.has(t[k].key)) return true;
  return false;
}

const DEVICE_AFTER = new Set(['bill', 'bills', 'number', 'account', 'address', 'app', 'plan', 'contract', 'screen', 'settings', 'inbox', 'has', 'is', 'was', 'keeps', 'stopped', 'won\'t', 'signal', 'battery', 'case', 'charger']);
const THIS_ONE = new Set(['long', 'this', 'current']);
function notAContact(t: CueContext['doc']['tokens'], k: number): boolean {
  const x = t[k];
  if (k > 0 && THIS_ONE.has(t[k - 1].key) && t[k - 1].sentence === x.sentence) return true;
  if (DEVICE_AFTER.has(t[k + 1]?.key ?? '') && t[k + 1].sentence === x.sentence) return true;
  // "on my phone": the device; "on the phone" is a call.
  return x.key === 'phone' && t[k - 1]?.key === 'my' && t[k - 2]?.key === 'on';
}

const hitAt = (hits: readonly Hit[], i: number) => hits.find((h) => h.from <= i && i < h.to);
const span = (t: CueContext['doc']['tokens'], from: number, to: number) => ({ start: t[from].start, end: t[to - 1].end });
/** A Persian negative verb the morphology may not read («نداده», «نشده», «نکرده‌ام»). */
const FA_NEG_VERB = /^(?:نمی|نکرد|نداد|نگرفت|نشد|نزد|نرسید|نفرست|نیومد|نیامد|ندید)/;
const faNegative = (x: CueContext['doc']['tokens'][number]) => x.fa && (x.neg || FA_NEG_VERB.test(x.key));

/**
 * An unanswered request: "still waiting for a reply", "still no word", "nobody has got back to me",
 * "I have had no response", «هنوز جوابی ندادید», «هنوز منتظر پاسخ شما هستم», «کسی جواب نمیده؟»,
 * «تاکنون پاسخی … داده نشده». Persian «جواب نمیده» alone is "doesn't work" («این روش جواب نمیده»), so a
 * Persian reply counts only when it is ours: second person, a passive, the customer's «نگرفتم», or
 * «کسی». "The update still hasn't fixed it" holds no reply, so it stays quiet.
 */
function unanswered(ctx: CueContext): Evidence | null {
  const replies = hitsIn(ctx, [C.reply]);
  if (replies.length === 0) return null;
  const t = ctx.doc.tokens;
  const still = hitsIn(ctx, [C.still]);
  const nobody = hitsIn(ctx, [C.nobody]);
  const waiting = hitsIn(ctx, [C.waiting]);
  const third = hitsIn(ctx, [C.third]);
  for (const r of replies) {
    const x = t[r.from];
    if (third.some((h) => t[h.from].sentence === x.sentence)) continue;
    // "the answer" is something looked up ("I still can't find the answer in the FAQ"), not a reply.
    // "how to reply" is the customer's own answer to write.
    if (!x.fa && (t[r.from - 1]?.key === 'the' || (t[r.from - 1]?.key === 'to' && !/^wait/.test(t[r.from - 2]?.key ?? '')))) continue;
    let end = r.to;
    // "If I don't get an answer today I'm reporting you": a condition, not an answer still owed.
    if (!x.fa && t.some((y, k) => k < r.from && y.sentence === x.sentence && (y.key === 'if' || y.key === 'unless'))) continue;
    let negative = !x.fa && (x.negated || x.neg || t[r.from - 1]?.key === 'no' || t[r.from - 1]?.key === 'nothing');
    if (x.fa) {
      // The verb after the reply, in its clause: «جوابی ندادید», «پاسخی … داده نشده», «جواب نگرفتم».
      for (let k = r.to; k < t.length && k - r.to <= 8 && t[k].sentence === x.sentence; k++) {
        if (!faNegative(t[k])) continue;
        // «کسی جواب نمیده؟» asks; «هیچوقت کسی تلفن رو جواب نمیده» is a habit, not an unanswered message.
        // «سه روزه هیچکس جواب نمیده»: nobody answering for days is an answer owed, not a habit.
        const nobodyDid = nobody.some((h) => nearBefore(t, h, r)) && (t[k].past || /^ندا/.test(t[k].key) || asked(ctx, x.sentence) || lasting(t, x.sentence));
        // «ایمیل میزنم و هیچ جوابی نمیاد»: no answer comes to what the customer keeps sending.
        const noneCame = /^(?:نمیاد|نیومد|نیامد|نمیرسه)/.test(t[k].key) && writesFa(t, x.sentence);
        if (noneCame) return ctx.ev(span(t, r.from, k + 1), 'tone.why.unanswered');
        const ours = t[k].second || t[k].pastFirst || /^(?:نشده|نشد|نگرفتم|نکردم|نکردهام)/.test(t[k].key) || SPOKEN_GIVE.test(t[k].key) || nobodyDid;
        if (ours) {
          negative = true;
          end = k + 1;
        }
        break;
      }
    }
    // "respond to my emails", "answer my calls", «به پیام‌هام جواب نمیدین»: a reply owed to their own contacts.
    const owed = x.fa ? (negative && (ownContactBefore(t, r.from) || ownContactAfterFa(t, r.to))) || null : ownContactAfter(t, r.to);
    if (owed) return ctx.ev(span(t, Math.min(r.from, owed.from), Math.max(end, owed.to)), 'tone.why.unanswered');
    const s = still.find((h) => nearBefore(t, h, r));
    const w = waiting.find((h) => t[h.from].sentence === x.sentence && h.from < r.from && r.from - h.to <= 4);
    // "Nobody has responded", "no one got back to me"; "nobody ever answers the phone" is a habit.
    const n = nobody.find((h) => nearBefore(t, h, r) && t[h.from].clause === x.clause && (x.fa || x.past || /^(?:got|gotten|heard)$/.test(x.key) || t[r.from - 1]?.key === 'has' || t[r.from - 1]?.key === 'have' || asked(ctx, x.sentence)));
    const from = s ?? n;
    if (from && (negative || (s && w))) return ctx.ev(span(t, from.from, end), 'tone.why.unanswered');
    if (s === undefined && w && x.fa && w.from > 0 && hitAt(still, w.from - 1)) return ctx.ev(span(t, w.from - 1, end), 'tone.why.unanswered');
    // «یک هفته است منتظر پاسخ شما هستم», «سه روزه منتظر جوابم»: a wait for our reply that has lasted (not the closing «منتظر پاسخ شما هستم»).
    if (s === undefined && w && x.fa && yoursFa(t, r) && elapsedFa(t, x.sentence, w.from)) return ctx.ev(span(t, w.from, end), 'tone.why.unanswered');
    // «ده روزه جواب نمی‌دین», «چرا جواب نمیدید؟»: the company not answering, said to it, is an answer owed to their
    // messages; not inside a condition («اگه جواب ندید…»).
    if (x.fa && negative && (t[end - 1].second || SPOKEN_GIVE.test(t[end - 1].key)) && !t.some((y, i) => i < r.from && y.sentence === x.sentence && (y.key === 'اگه' || y.key === 'اگر'))) {
      return ctx.ev(span(t, r.from, end), 'tone.why.unanswered');
    }
    // "I have had no response", "I never got a reply": a reply the customer did not get.
    if (negative && !x.fa) {
      for (let k = r.from - 1; k >= 0 && t[k].clause === x.clause && r.from - k <= 4; k--) {
        if (GOT.has(t[k].lemma) && t[k + 1].key !== 'to' && t[k + 1].key !== 'been') return ctx.ev(span(t, k, r.to), 'tone.why.unanswered');
      }
    }
  }
  return null;
}
/** «ایمیل میزنم», «پیام دادم»: a contact noun followed by the customer's own verb (first person) in sentence s. */
function writesFa(t: CueContext['doc']['tokens'], s: number): boolean {
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].sentence !== s || !t[i].fa || !CONTACT_NOUN.test(t[i].key)) continue;
    const v = t[i + 1];
    if (v.sentence === s && !v.neg && /^(?:می)?\S+م$/.test(v.key) && (v.verb || /^(?:میزنم|میدم|زدم|دادم|فرستادم|میفرستم|گذاشتم|میذارم)$/.test(v.key))) return true;
  }
  return false;
}
/** «سه روزه», «دو هفته‌ست», «چند ساعته»: a stretch of time still running, in sentence s. */
const SPELL_FA = /^(?:روزه|هفتهست|هفتست|ساعته|ماهه)$/;
function lasting(t: CueContext['doc']['tokens'], s: number): boolean {
  return t.some((y, i) => y.sentence === s && SPELL_FA.test(y.key) && i > 0 && (numberCount(t[i - 1].key) > 0 || t[i - 1].key === 'یه' || t[i - 1].key === 'یک'));
}
/** A Persian reply that is the company's: «پاسخ شما», «جوابتون», «پاسختان» (not «یه جواب ساده», «هیچ خبری»). */
function yoursFa(t: CueContext['doc']['tokens'], r: Hit): boolean {
  return YOURS_FA.test(t[r.to - 1].key) || t[r.to]?.key === 'شما';
}
/** A Persian stretch of time that has run before token `before` of sentence s: «سه روزه», «یک هفته است», «دو ماهه». */
const UNIT_FA = new Set(['روز', 'هفته', 'ماه', 'ساعت']);
function elapsedFa(t: CueContext['doc']['tokens'], s: number, before: number): boolean {
  for (let k = 1; k < before; k++) {
    if (t[k].sentence !== s) continue;
    const counted = numberCount(t[k - 1].key) > 0 || t[k - 1].key === 'یه' || t[k - 1].key === 'یک';
    if (!counted) continue;
    if (SPELL_FA.test(t[k].key)) return true;
    if (UNIT_FA.has(t[k].key) && (t[k + 1]?.key === 'است' || t[k + 1]?.key === 'هست') && t[k + 1].sentence === s) return true;
  }
  return false;
}
/** «نمیدید», «نمیدین»: spoken «نمی‌دهید» (you don't give), which the morphology may read as «نمی‌دید» (did not see). */
const SPOKEN_GIVE = /^نمید(?:ید|ین|ی)$/;
/** Hit h ends at most five tokens before reply r, in its sentence. */
function nearBefore(t: CueContext['doc']['tokens'], h: Hit, r: Hit): boolean {
  return t[h.from].sentence === t[r.from].sentence && h.from < r.from && r.from - h.to <= 5;
}

/** "to my emails", "my calls": the customer's own contact nouns right after a reply word. */
function ownContactAfter(t: CueContext['doc']['tokens'], i: number): Span2 | null {
  let j = i;
  if (t[j]?.key === 'to') j++;
  if (t[j]?.key !== 'my' && t[j]?.key !== 'our') return null;
  return t[j + 1] && CONTACT_NOUN.test(t[j + 1].key) ? { from: j + 1, to: j + 2 } : null;
}

/**
 * «جوابی به ایمیلم ندادید», «پاسخی به نامه‌ی اینجانب داده نشده»: «به» and the customer's own contact (its ending, or «من»,
 * «اینجانب», «بنده», «ما» after it) right after a reply word.
 */
const OWNER_FA = new Set(['من', 'اینجانب', 'بنده', 'ما']);
function ownContactAfterFa(t: CueContext['doc']['tokens'], i: number): Span2 | null {
  for (let k = i; k < t.length && k - i <= 2 && t[k].clause === t[i - 1].clause; k++) {
    if (t[k].key !== 'به' || !t[k + 1]) continue;
    const n = t[k + 1];
    if (/^(?:پیام|ایمیل|تیکت|درخواست|نامه|شکایت)\S*م(?:و|ون|رو)?$/.test(n.key)) return { from: k + 1, to: k + 2 };
    if (/^(?:پیام(?!ک)|ایمیل|تیکت|درخواست|نامه|شکایت)/.test(n.key) && OWNER_FA.has(t[k + 2]?.key ?? '')) return { from: k + 1, to: k + 3 };
  }
  return null;
}

/**
 * Waiting since an earlier moment for the company's call or answer: «از دوشنبه منتظر تماس کارشناس هستم», "I've been waiting
 * since Monday for a call back". Not a wait for a technician or a parcel.
 */
const AWAITED = /^(?:تماس|جواب|پاسخ|خبر|زنگ|calls?|callbacks?|call-back|replies|reply|response|answer|word|news)/;
function waitingSince(ctx: CueContext): Evidence | null {
  const waits = hitsIn(ctx, [C.waiting]);
  if (waits.length === 0) return null;
  const t = ctx.doc.tokens;
  const when = earlierMoments(ctx);
  for (const w of waits) {
    const x = t[w.from];
    let a = -1;
    for (let k = w.to; k < t.length && k - w.to <= 5 && t[k].clause === x.clause; k++) {
      if (AWAITED.test(t[k].key)) {
        a = k;
        break;
      }
    }
    if (a < 0 || asked(ctx, x.sentence)) continue;
    const since = when.find((h) => t[h.from].sentence === x.sentence && h.from > 0 && (t[h.from - 1].key === 'از' || t[h.from - 1].key === 'since'));
    if (since) return ctx.ev(span(t, Math.min(since.from - 1, w.from), a + 1), 'tone.why.unanswered');
  }
  return null;
}

/** «پیام‌هام», «ایمیلم», «تیکتمو»: a contact noun of the customer's (first-person ending) just before a reply word. */
function ownContactBefore(t: CueContext['doc']['tokens'], i: number): Span2 | null {
  for (let k = i - 1; k >= 0 && i - k <= 2 && t[k].clause === t[i].clause; k--) {
    if (/^(?:پیام|ایمیل|تیکت|درخواست|نامه)\S*م(?:و|ون|رو)?$/.test(t[k].key)) return { from: k, to: k + 1 };
  }
  return null;
}

/** Whether sentence s is a question ("Does nobody answer emails?", «کسی جواب نمیده؟»). */
function asked(ctx: CueContext, s: number): boolean {
  const sp = ctx.doc.sentences[s];
  return sp !== undefined && ctx.a.questions.some((q) => q.start <= sp.start && sp.start < q.end);
}
const GOT = new Set(['have', 'get', 'receive', 'hear']);

/** Chasing: "Any update?", "Any news on my ticket?", "bump" opening a sentence; «خبری نشد؟», «تیکتم چی شد؟». */
function chasing(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (const h of hitsIn(ctx, [C.chase])) {
    const x = t[h.from];
    if (!x.fa) {
      let first = h.from;
      // "Is there any update on my complaint?", "Do you have any news?": a question may open with its verb.
      while (first > 0 && t[first - 1].sentence === x.sentence && OPENERS.has(t[first - 1].key)) first--;
      let asking = first;
      while (asking > 0 && t[asking - 1].sentence === x.sentence && ASK_OPENERS.has(t[asking - 1].key)) asking--;
      // Only about something of theirs ("on my complaint", "on this?"), not "any news about the new model?".
      const after = t[h.to];
      const theirs = !after || after.sentence !== x.sentence || (/^(?:on|about|regarding|with|for)$/.test(after.key) && /^(?:my|our|this|that|it)$/.test(t[h.to + 1]?.key ?? ''));
      const opensAsk = first > 0 && t[first - 1].sentence === x.sentence && (asking === 0 || t[asking - 1].sentence !== x.sentence) && asked(ctx, x.sentence) && theirs;
      if (first > 0 && t[first - 1].sentence === x.sentence && !opensAsk) continue;
      // "Bump" alone, not "a bump on the road".
      if ((x.key === 'bump' || x.key === 'bumping') && t.filter((y) => y.sentence === x.sentence).length > 4) continue;
      return ctx.ev(h, 'tone.why.chasing');
    }
    if (x.key.startsWith('خبر')) return ctx.ev(h, 'tone.why.chasing');
    // «تیکتم چی شد؟», «درخواستم به کجا رسید؟»: what became of their request.
    const about = t[h.from - 1];
    if (about && /^(?:تیکت|درخواست|شکایت|پیگیری|پیام|ایمیل)/.test(about.key)) return ctx.ev(span(t, h.from - 1, h.to), 'tone.why.chasing');
  }
  return null;
}
const OPENERS = new Set(['hi', 'hello', 'hey', 'so', 'just', 'and', 'also', 'ok', 'okay', 'any']);
const ASK_OPENERS = new Set([...OPENERS, 'is', 'are', 'there', 'do', 'does', 'you', 'have', 'has', 'got', 'was', 'were', 'we', 'i']);

/** The company's earlier advice did not help: "Thank you for your reply. … the issue persists", «پس از انجام مراحل گفته‌شده، مشکل همچنان پابرجاست». */
function afterAdvice(ctx: CueContext): Evidence | null {
  const advice = hitsIn(ctx, [C.advice]);
  if (advice.length === 0) return null;
  const persist = hitsIn(ctx, [C.persist]);
  const a = advice[0];
  const p = persist.find((h) => h.to <= a.from || h.from >= a.to);
  return p ? ctx.ev(a, 'tone.why.earlierContact') : null;
}

/**
 * What the company said earlier: "That's what you said last month", "Your chat agent yesterday said…",
 * "your technician told me".
 */
const SAID = new Set(['said', 'told', 'promised', 'assured', 'confirmed', 'claimed']);
const SAID_FA = new Set(['گفتن', 'نوشتن', 'فرستادن']);
const STAFF = new Set(['agent', 'colleague', 'rep', 'representative', 'staff', 'operator', 'advisor', 'adviser', 'technician', 'engineer', 'consultant', 'team', 'support', 'person', 'guy', 'lady', 'man', 'woman', 'supervisor', 'manager', 'chatbot', 'bot', 'centre', 'center', 'desk', 'branch', 'helpline', 'hotline']);
/** "the lady in billing", "the guy on the phone", "the man at the branch": one of the company's people, by where they sat. */
const WHERE = new Set(['on', 'in', 'at', 'from']);
/** Every reading below ends on a word of SAID or a verb of SAID_FA: without one, nothing to read ("you" and the staff words are in most messages). */
const A_SAID = anchor({ key: SAID, lemma: SAID_FA });
function youSaid(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_SAID)) return null;
  const t = ctx.doc.tokens;
  const when = hitsIn(ctx, [C.when]);
  for (let i = 0; i < t.length; i++) {
    if (STAFF.has(t[i].key) && t.slice(Math.max(0, i - 2), i).some((y) => y.key === 'your')) {
      const said = t.slice(i + 1, i + 4).find((y) => SAID.has(y.key) && y.sentence === t[i].sentence);
      if (said) return ctx.ev({ start: t[i].start, end: said.end }, 'tone.why.earlierContact');
    }
    if (STAFF.has(t[i].key) && t[i - 1]?.key === 'the' && WHERE.has(t[i + 1]?.key ?? '')) {
      const said = t.slice(i + 2, i + 6).find((y) => SAID.has(y.key) && y.sentence === t[i].sentence);
      const between = said ? t.slice(i + 1, t.indexOf(said)) : [];
      if (said && !between.some((y) => THIRD_PARTY.test(y.key))) return ctx.ev({ start: t[i - 1].start, end: said.end }, 'tone.why.earlierContact');
    }
    // «ماه پیش هم همینو گفتین»: what the company said at an earlier moment.
    if (t[i].fa && t[i].second && t[i].past && SAID_FA.has(t[i].lemma) && when.some((h) => t[h.from].sentence === t[i].sentence && h.to <= i)) {
      return ctx.ev(t[i], 'tone.why.earlierContact');
    }
    if (i + 1 >= t.length || t[i].key !== 'you' || !SAID.has(t[i + 1].key)) continue;
    const w = when.find((h) => t[h.from].sentence === t[i].sentence && h.from > i && (h.from === 0 || !FUTURE.has(t[h.from - 1].key)));
    if (w) return ctx.ev(span(t, i, i + 2), 'tone.why.earlierContact');
  }
  return null;
}

/** The category lists and weighing options read() passes on every message, made once (hitsIn and weigh only read them). */
const COUNT_CATS: readonly string[] = [C.count, C.ordinal, C.again];
const ONE_EARLIER: readonly string[] = [C.earlier];
const PLAIN_WEIGH: WeighOptions = { why: WHY, plain: true };

export const repeat: CueModule = {
  name: 'repeat',
  kinds: ['repeat'],
  lexicon: [en, fa, wideLexicon, kindsLexicon],
  examples: {
    fires: [
      { text: 'This is my fourth email about the refund.', evidence: ['fourth email'] },
      { text: "I still haven't received the card you promised.", evidence: ["I still haven't received"] },
      { text: 'I was told on the phone yesterday that someone would call. Nobody did.', evidence: ['I was told'] },
      { text: 'این سومین باره که پیام میدم.', evidence: ['سومین باره'] },
      { text: 'پیام قبلیمو دیدین؟', evidence: ['پیام قبلیمو'] },
      { text: "I've asked this before but never got an answer: does the plan include VAT?", evidence: ['asked this before'] },
      { text: 'Reopening this because the issue came back after your fix. Ticket #4410.', evidence: ['Ticket #4410'] },
      { text: 'As I explained in my last two emails, the charge is still there.', evidence: ['two emails'] },
      { text: 'Still waiting for a reply to my question.', evidence: ['Still waiting for a reply'] },
      { text: 'nobody has gotten back to me yet', evidence: ['nobody has gotten back to me'] },
      { text: 'هنوز منتظر پاسخ شما هستم.', evidence: ['هنوز منتظر پاسخ'] },
      { text: 'Any update on my refund?', evidence: ['Any update'] },
      { text: 'تیکتم چی شد؟', evidence: ['تیکتم چی شد'] },
      { text: 'Thank you for your reply. Unfortunately the issue persists.', evidence: ['your reply'] },
      { text: 'شماره تیکت: ۴۵۱۲', evidence: ['شماره تیکت: ۴۵۱۲'] },
      { text: 'Re-sending my claim form in case the first one got lost.', evidence: ['Re-sending'] },
      { text: 'Per our conversation on Friday, here is the receipt.', evidence: ['Per our conversation'] },
      { text: 'The complaint I lodged about the boiler is still open.', evidence: ['complaint I lodged'] },
      { text: 'The lady in accounts said it would be refunded.', evidence: ['The lady in accounts said'] },
      { text: 'I have explained this to three of your agents now.', evidence: ['three of your agents'] },
      { text: 'واسه دوازدهمین بار میگم، کارت رو باطل کنید.', evidence: ['دوازدهمین بار میگم'] },
      { text: 'هفته پیش شکایتمو ثبت کردم.', evidence: ['شکایتمو ثبت کردم'] },
      { text: 'طبق صحبت تلفنی دیروز، مدارک رو فرستادم.', evidence: ['طبق صحبت'] },
    ],
    quiet: ['I sent the form before the deadline.', 'I got two emails from you about the sale.', 'The app crashed again, third time today.', 'Can you send the invoice again?', 'برنامه دوباره کرش کرد، امروز سومین باره.', 'بازم سفارشم دیر رسید',
      'Nobody ever answers the phone.', 'I still can\'t find the answer in your FAQ.', 'The update still hasn\'t fixed it.', 'این روش هنوز جواب نمیده.',
      'Is there an update for the Android app?', 'Your app keeps asking me to log in again.', 'کد پیگیری 55120 رو چطوری چک کنم؟',
      'I am filing a complaint with the ombudsman if this isn\'t resolved by Friday.', 'Thanks for chasing the courier for me!',
      'The error message shows up every time I open the app.', 'If I don\'t get an answer today I will cancel.', 'My wifi connection was dropped again.',
      'Is there any news about the new model?', 'I filled in the form but the button does nothing.', 'یه لینک باز کردم و حالا پیامک برداشت میاد.',
      'اگه تا فردا درست نشه از طریق پلیس پیگیری میکنم.', 'Can you confirm you got my returned parcel?'],
  },
  read(ctx) {
    if (ctx.empty) return NONE;
    // "Thanks for chasing the courier", "thank you for following up": the company's act, thanked.
    const earlier = weigh(ctx, hitsIn(ctx, ONE_EARLIER).filter((h) => (!thanked(ctx.doc.tokens, h.from) || lateOrEarlier(ctx.doc.tokens, h)) && !toSomeoneElse(ctx.doc.tokens, h.from, h.to) && !notGreetingAgain(ctx.doc.text, ctx.doc.tokens, h)), PLAIN_WEIGH);
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
      score += ticket.weight;
      evidence.push(ticket.ev);
    }
    // Each of these alone says the customer is waiting on an earlier contact.
    for (const found of [unanswered(ctx), chasing(ctx), afterAdvice(ctx), youSaid(ctx), followingUp(ctx), triedToReach(ctx), earlierThread(ctx), has(ctx.doc, A_LODGE) ? lodged(ctx, earlierMoments(ctx)) : null, earlierTalk(ctx), sentAgain(ctx), gotMine(ctx), cutOff(ctx), priorContact(ctx), pendingRequest(ctx), didntYouSay(ctx), priorContactFa(ctx), waitingSince(ctx), citedStatementFa(ctx)]) {
      if (!found) continue;
      score += 1;
      evidence.push(found);
    }
    const wide = wideFinds(ctx).filter((e) => e !== null);
    score += wide.length;
    let best = 0;
    let counts = 0;
    const t = ctx.doc.tokens;
    const listed = hitsIn(ctx, COUNT_CATS);
    for (const h of [...listed, ...countedContacts(ctx), ...ordinalsByForm(ctx, listed)]) {
      let w = h.weight;
      // "Thanks again", «دوباره ممنون»: again about thanking, not about writing.
      if (h.category === C.again && (THANKS.has(t[h.from - 1]?.key ?? '') || THANKS.has(t[h.to]?.key ?? ''))) continue;
      // «مشتریا هی زنگ میزنن»: the writer's customers keep calling, not the writer.
      if (othersContacting(t, h)) continue;
      const c = contactFor(ctx, h, contacts);
      if (!c) {
        // "THIS IS THE THIRD TIME!!!" on its own is about writing; with anything else in the
        // sentence ("crashed again, third time today") the count is about that.
        const rest = t.filter((x) => x.sentence === t[h.from].sentence).length - (h.to - h.from);
        if (h.category !== C.count || rest > 3 || ctx.hits.some((o) => o.category.startsWith('frustration.failure'))) continue;
        w *= 0.8;
      }
      best = Math.max(best, w);
      if (h.category === C.count) counts++;
      // The contact is part of the evidence when it is next to the count: "fourth email", "Contacting you again".
      const joined = c !== undefined && h.category !== C.count;
      const from = joined && c.to <= h.from && h.from - c.to <= 1 ? c.from : h.from;
      const to = joined && c.from >= h.to && c.from - h.to <= 1 ? c.to : h.to;
      evidence.push(ctx.ev(span(t, from, to), 'tone.why.contactCount'));
    }
    score += best;
    // A contact act of the customer's with its count or moment (repeat.matrix17.ts): an act, so matrix16's "no contact act" reading does not undo it.
    const acts17 = matrix17Finds(ctx);
    // Session 18 (repeat.kinds18.ts): formal chasing letters, what the company's agent said days ago, learner English.
    // Session 19 (repeat.kinds19.ts): time on hold and calling back, an hour of chat, «باز من مزاحم شدم» with the matter open.
    const say19b = calm19bFinds(ctx);
    const acts18 = [...kinds18Finds(ctx), ...kinds19Finds(ctx), ...say19b];
    // More families (repeat.kinds.ts): bare counted contacts, papers handed in again, hold time, answers waited for…
    const kinds = [...kindsFinds(ctx, listed.filter((h) => h.category === C.count)), ...kinds14Finds(ctx), ...kinds15Finds(ctx), ...acts17, ...acts18];
    score += kinds.length;
    // The wider families (repeat.wide.ts) show their words only where no other reader's are: the evidence stays the shortest.
    for (const found of [...wide, ...kinds]) if (!evidence.some((e) => e.start < found.end && found.start < e.end)) evidence.push(found);
    // Session 26 (repeat.kinds26.ts): the company's letter answered, a call cut off, visits missed, told by a rarer verb, a fault
    // back after their fix. Read only where the older readers found too little (their figures and evidence stay as they were).
    const acts26 = score < THRESHOLD ? kinds26Finds(ctx) : [];
    score += acts26.length;
    evidence.push(...acts26);
    // Session 27 (repeat.kinds27.ts): the company's people or replies counted, a contact told twice by its days, «به اطلاع …
    // رساندم», Finglish "ham zang zadam", a call hung up on after a wait. Read only where the older readers found too little.
    const acts27 = score < THRESHOLD ? kinds27Finds(ctx) : [];
    score += acts27.length;
    evidence.push(...acts27);
    // Session 28 (repeat.fa.kinds28.ts), Persian: a reply above the customer's own quoted message, or above the company's
    // quoted reply with the matter not settled. Read only where the older readers found too little.
    const acts28 = score < THRESHOLD ? faKinds28Finds(ctx) : [];
    score += acts28.length;
    evidence.push(...acts28);
    const detail = { count: best, counts };
    // Session 14 (repeat.kinds14.ts, repeat.guards14.ts), 15 (repeat.kinds15.ts) and 16 (repeat.guards16.ts: a withdrawn message,
    // "called" that names, an answer to the agent's question; repeat.matrix16.ts: a count whose contact word is no contact act): evidence all about something other than a contact shows no cue.
    const held17 = acts17.some((e) => !(aboutNoContact(ctx, e) || noContact15(ctx, e) || noContactGuards15(ctx, e) || noContactGuards16(ctx, e) || noContact17(ctx, e) || noContact18(ctx, e))) || acts18.some((e) => !noContact18(ctx, e)) || acts26.length > 0 || acts27.length > 0 || acts28.length > 0;
    // Session 19 (repeat.kinds19.ts): the phone as a device, a count of charges, event tickets, a claim's decision, "u said 3 days"…
    // Session 19b (repeat.calm19b.ts): thanks again, an order's or parcel's number given alone; «برای بار دوم عرض می‌کنم» is a contact counted.
    // Session 20 (repeat.kinds20.ts): back again with the earlier matter answered or thanked, nothing chased.
    // Session 24 (repeat.kinds24.ts): "we haven't reported it before": a contact the customer says they have not made.
    if (score < THRESHOLD || deniedContact24(ctx, evidence) || quiet36(ctx, evidence) || quiet26(ctx, evidence) || quiet27(ctx, evidence) || (say19b.length === 0 && quiet19(ctx, evidence)) || quietCalm19b(ctx, evidence) || settledAgain20(ctx, evidence) || (!held17 && evidence.every((e) => aboutNoContact(ctx, e) || noContact15(ctx, e) || noContactGuards15(ctx, e) || noContactGuards16(ctx, e) || noContactAct16(ctx, e) || noContact17(ctx, e) || noContact18(ctx, e)))) {
      // Session 32 (repeat.kinds32.ts): read only where the older readers show nothing; its evidence alone.
      const acts32 = kinds32Finds(ctx);
      if (acts32.length === 0 || deniedContact24(ctx, acts32) || settledAgain20(ctx, acts32)) {
        // Session 36 (repeat.kinds36.ts): read only where session 32's reader found nothing either; its evidence alone.
        const acts36 = kinds36Switch.on && acts32.length === 0 ? kinds36Finds(ctx) : [];
        if (acts36.length === 0 || deniedContact24(ctx, acts36) || settledAgain20(ctx, acts36)) {
          // Session 37 (repeat.kinds37.ts): Finglish and Persian earlier contacts, read only where every reader above found nothing.
          const acts37 = acts32.length === 0 && acts36.length === 0 ? repeatKinds37(ctx) : [];
          if (acts37.length === 0 || deniedContact24(ctx, acts37) || settledAgain20(ctx, acts37)) {
            // Session 38 (repeat.fa.kinds38.ts): a Persian earlier contact told with its moment, read only where every reader above found nothing.
            const acts38 = acts32.length === 0 && acts36.length === 0 && acts37.length === 0 ? faKinds38Finds(ctx) : [];
            if (acts38.length === 0 || deniedContact24(ctx, acts38) || settledAgain20(ctx, acts38)) return { score, cues: [], detail };
            return { score: score + 1, cues: [cue('repeat', 'warning', 'tone.cue.repeat', acts38)], detail };
          }
          return { score: score + 1, cues: [cue('repeat', 'warning', 'tone.cue.repeat', acts37)], detail };
        }
        return { score: score + 1, cues: [cue('repeat', 'warning', 'tone.cue.repeat', acts36)], detail };
      }
      return { score: score + acts32.length, cues: [cue('repeat', 'warning', 'tone.cue.repeat', acts32)], detail };
    }
    return { score, cues: [cue('repeat', 'warning', 'tone.cue.repeat', evidence)], detail };
  },
};

const TRY_AFTER = new Set(['reach', 'contact', 'call', 'phone', 'ring', 'email', 'message', 'get']);

/**
 * Attempts to reach the company: "Tried reaching you by phone all morning", "I've been trying to get
 * through since Monday", "kept trying to call". Not a plan ("I'm trying to reach the seller") nor a
 * present attempt without a past ("I am trying to contact you about…").
 */
const A_TRY = anchor({ lemma: (l) => l === 'try' });
function triedToReach(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_TRY)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const x = t[i];
    if (x.fa || x.lemma !== 'try') continue;
    const been = x.past || t[i - 1]?.key === 'been' || t[i - 1]?.key === 'kept' || t[i - 1]?.key === 'keep';
    if (!been) continue;
    let j = i + 1;
    if (t[j].key === 'to') j++;
    const v = t[j];
    if (!v || v.clause !== x.clause || !(TRY_AFTER.has(v.lemma) || TRY_AFTER.has(v.key.replace(/ing$/, '')))) continue;
    // "tried to get a refund" is no contact: "get" counts only as "get through" / "get hold of".
    if ((v.lemma === 'get' || v.key === 'getting') && t[j + 1]?.key !== 'through' && t[j + 1]?.key !== 'hold') continue;
    if (t.slice(j + 1, j + 4).some((y) => y.clause === x.clause && THIRD_PARTY.test(y.key))) continue;
    return ctx.ev(span(t, i, j + 1), 'tone.why.earlierContact');
  }
  return null;
}
const THIRD_PARTY = /^(?:bank|seller|courier|landlord|police|merchant|shop)$/;

/** A ticket or request of theirs that was closed ("my ticket was closed without an answer", «تیکت … بسته شد»). */
const TICKETISH = /^(?:tickets?|case|request|complaint|تیکت|درخواست|شکایت|پرونده)/;
/** An own message shown below ("see my message below", "my email below"). */
const BELOW = new Set(['below', 'above', 'attached', 'forwarded', 'underneath', 'پایین', 'زیر']);
/** Seeing or getting a message: «پیام دیروزم رو دیدین؟», «ایمیلمو خوندین؟». */
const SEEN_FA = new Set(['دیدن', 'خواندن', 'خوندن', 'گرفتن', 'دریافت']);
/** «در ادامه صحبت تلفنی», "further to our call": continuing an earlier contact. */
const GO_ON = new Set(['ادامه']);

/**
 * An earlier exchange this message continues: a ticket of theirs closed, their own message quoted
 * below, «پیام دیروزم رو دیدین؟» (did you see my message), «در ادامه صحبت تلفنی…».
 */
/**
 * Every reading below ends on a second word: "again" after "me", "closed" / «بسته» after a ticket, a BELOW word,
 * «ادامه», or a verb of SEEN_FA; without one, nothing to read (a contact noun or "me" alone is in most messages).
 */
const A_THREAD = anchor({ key: (k) => k === 'again' || k === 'closed' || k === 'بسته' || BELOW.has(k) || GO_ON.has(k), lemma: SEEN_FA });
function earlierThread(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_THREAD)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    const k = x.key;
    // "Me again", "It's me again" (not "call me again"): the customer is back.
    if (k === 'me' && t[i + 1]?.key === 'again' && (i === 0 || t[i - 1].sentence !== x.sentence || t[i - 1].key === 'is' || t[i - 1].key === 'just')) {
      return ctx.ev(span(t, i, i + 2), 'tone.why.earlierContact');
    }
    if (TICKETISH.test(k)) {
      const closed = t.slice(i + 1, i + 6).find((y) => y.clause === x.clause && (y.key === 'closed' || y.key === 'بسته'));
      if (closed && !companys(t, i, i + 1) && t[i - 1]?.key !== 'new') return ctx.ev({ start: x.start, end: closed.end }, 'tone.why.earlierContact');
    }
    if (!CONTACT_NOUN.test(k)) continue;
    if (!x.fa) {
      const mine = t[i - 1]?.key === 'my' || t[i - 1]?.key === 'our';
      const below = t[i + 1] && t[i + 1].sentence === x.sentence && BELOW.has(t[i + 1].key);
      if (mine && below) return ctx.ev(span(t, i - 1, i + 2), 'tone.why.earlierContact');
      continue;
    }
    // «پیامم», «پیام دیروزم»: the customer's own message, then a second person who saw or got it.
    const ownAt = /م(?:و|رو)?$/.test(k) ? i : t[i + 1] && t[i + 1].clause === x.clause && /م(?:و)?$/.test(t[i + 1].key) && !t[i + 1].verb ? i + 1 : -1;
    if (ownAt >= 0) {
      const seen = t.slice(ownAt + 1, ownAt + 4).find((y) => y.clause === x.clause && y.second && SEEN_FA.has(y.lemma));
      if (seen) return ctx.ev({ start: x.start, end: seen.end }, 'tone.why.earlierContact');
      const below = t[ownAt + 1] && t[ownAt + 1].sentence === x.sentence && BELOW.has(t[ownAt + 1].key);
      if (below) return ctx.ev({ start: x.start, end: t[ownAt + 1].end }, 'tone.why.earlierContact');
    }
    if (i >= 2 && GO_ON.has(t[i - 1].key) && t[i - 2].key === 'در') return ctx.ev(span(t, i - 2, i + 1), 'tone.why.earlierContact');
  }
  return null;
}

/** «برای پیگیری … پیام میدم», «جهت پیگیری», «پیگیری می‌کنم»: the customer following up, not «کد پیگیری» (a tracking code). */
const IF_FA = new Set(['اگه', 'اگر', 'وگرنه']);
const THIRD_FA = /^(?:پلیس|دادگاه|تعزیرات|بانک|وکیل|سازمان)/;

const A_FOLLOW_UP = anchor({ key: (k) => k.startsWith('پیگیری') });
function followingUp(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_FOLLOW_UP)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].fa || !t[i].key.startsWith('پیگیری') || t[i - 1]?.key === 'کد') continue;
    // «اگه تا فردا … از طریق پلیس پیگیری میکنم»: a threat to pursue it elsewhere, not a follow-up of an earlier contact.
    if (t.some((y, k) => k < i && y.sentence === t[i].sentence && (IF_FA.has(y.key) || THIRD_FA.test(y.key)))) continue;
    const purpose = t[i - 1]?.key === 'برای' || t[i - 1]?.key === 'جهت' || t[i - 2]?.key === 'راستای';
    const mine = t[i + 1] && t[i + 1].clause === t[i].clause && /^(?:میکنم|کردم|میکنیم|کردیم|کرده ام|کردهام)$/.test(t[i + 1].key);
    // «هر روز باید خودم پیگیری کنم»: having to chase it themselves.
    const must = t[i + 1]?.key === 'کنم' && t.slice(Math.max(0, i - 3), i).some((y) => y.key === 'باید');
    if (purpose || mine || must) return ctx.ev(span(t, i, mine || must ? i + 2 : i + 1), 'tone.why.earlierContact');
  }
  return null;
}

/** Earlier moments: "yesterday", "last Wednesday", "on the 28th", «۲۵ آبان»; not one still to come ("by Friday", «تا شنبه»). */
const earlierMoments = perMessage((ctx: CueContext): Hit[] => {
  const t = ctx.doc.tokens;
  return [...hitsIn(ctx, [C.when]), ...datesOf(ctx)].filter((h) => h.from === 0 || !FUTURE.has(t[h.from - 1].key));
});

/** Verbs of lodging something with the company ("I raised", "submitted", "logged a fault", "filed a claim") or sending it. */
const LODGE = new Set(['raise', 'report', 'submit', 'lodge', 'log', 'file', 'register', 'escalate', 'open', 'make', 'send', 'post', 'upload', 'email', 'leave', 'fill', 'complete']);
/** What only a customer who wrote before has lodged ("the complaint I submitted", "left a voicemail"). */
const REQUEST_NOUN = /^(?:complaints?|claims?|requests?|tickets?|cases?|faults?|issues?|problems?|query|queries|enquir(?:y|ies)|inquir(?:y|ies)|voicemails?|appeals?|disputes?)$/;
/** Papers sent with a request: an earlier contact when sent at an earlier moment ("the documents I posted last Wednesday"). */
const PAPERS = /^(?:documents?|photos?|pictures?|screenshots?|receipts?|proof|paperwork|evidence|forms?|videos?|details)$/;
/** Persian requests lodged: «شکایتمو ثبت کردم», «درخواست … ثبت گردید». */
const REQUEST_FA = /^(?:شکایت|درخواست|تیکت|گزارش|فرم|اعتراض|پرونده)/;
/** Past forms of the formal light verbs the morphology does not read («ثبت گردید», «ارسال نمودم»), and the passive «ثبت شد». */
const FORMAL_PAST_FA = /^(?:نمودم|نمودیم|نموده|گردید|گردیده|شد|شده)$/;
const WE = new Set(['i', 'we']);
/** Lodging verbs that hand a form in (not "I filled in the form", which may be today's try). */
const FILED = new Set(['submit', 'lodge', 'file', 'register']);
const PERFECT = new Set(['have', 'had', 'already', 'also', 'then', 'just']);

/** The writer is the subject of the English verb at i: "I submitted", "we've already logged", or the sentence opens with it. */
function writerDid(t: CueContext['doc']['tokens'], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && t[k].sentence === t[i].sentence && PERFECT.has(t[k].key) && i - k <= 3) k--;
  return k < 0 || t[k].sentence !== t[i].sentence || WE.has(t[k].key);
}

/**
 * A request the customer lodged earlier: "I raised this with your chatbot last week", "I logged a fault on the
 * portal", "the complaint I submitted", "the documents I posted last Wednesday", «از دیروز که شکایتمو ثبت کردم»,
 * «پنج روز پیش ثبتش کردم», «درخواست تغییر نام … ثبت گردید». Not an order placed, nor a form opened.
 */
const A_LODGE = anchor({ key: (k) => k.startsWith('ثبت') || k === 'ارسال', lemma: LODGE });
function lodged(ctx: CueContext, earlier: readonly Hit[]): Evidence | null {
  const t = ctx.doc.tokens;
  const earlierIn = (s: number) => earlier.some((h) => t[h.from].sentence === s);
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.fa) {
      if (!x.key.startsWith('ثبت') && x.key !== 'ارسال') continue;
      const v = t[i + 1];
      if (!v || v.clause !== x.clause || v.neg || !((v.pastFirst && v.lemma === 'کردن') || FORMAL_PAST_FA.test(v.key))) continue;
      // «درخواستتون ثبت شد», «تیکت شما»: the company's words about it, not the customer's.
      const req = t.slice(Math.max(0, i - 6), i).find((y) => y.sentence === x.sentence && REQUEST_FA.test(y.key) && !YOURS_FA.test(y.key));
      const own = x.key === 'ثبتش' && t.some((y) => REQUEST_FA.test(y.key) && !YOURS_FA.test(y.key));
      if ((req && t[t.indexOf(req) + 1]?.key !== 'شما') || own) return ctx.ev({ start: (req ?? x).start, end: v.end }, 'tone.why.earlierContact');
      continue;
    }
    if (!(x.past || t[i - 1]?.key === 'have' || t[i - 1]?.key === 'had') || !LODGE.has(x.lemma)) continue;
    if (t.slice(Math.max(0, i - 3), i + 6).some((y) => y.clause === x.clause && THIRD_PARTY.test(y.key))) continue;
    // "the complaint I submitted", "the photos we sent on the 28th".
    const rel = [i - 2, i - 3, i - 4].find((k) => k >= 0 && t[k].clause === x.clause && (REQUEST_NOUN.test(t[k].key) || PAPERS.test(t[k].key)) && t.slice(k + 1, i).some((y) => WE.has(y.key)) && t.slice(k + 1, i).every((y) => WE.has(y.key) || PERFECT.has(y.key) || y.key === 'that' || y.key === 'which'));
    if (rel !== undefined && (REQUEST_NOUN.test(t[rel].key) || earlierIn(x.sentence))) return ctx.ev(span(t, rel, i + 1), 'tone.why.earlierContact');
    if (!writerDid(t, i)) continue;
    for (let j = i + 1; j < t.length && j - i <= 4 && t[j].clause === x.clause; j++) {
      const k = t[j].key;
      // "I raised this with your chatbot", "reported it to you".
      if ((k === 'this' || k === 'it') && (t[j + 1]?.key === 'with' || t[j + 1]?.key === 'to') && /^(?:you|your|support)$/.test(t[j + 2]?.key ?? '')) return ctx.ev(span(t, i, j + 3), 'tone.why.earlierContact');
      // "I opened the form" is no request; "I filled in the form" or "submitted" it is.
      const request = REQUEST_NOUN.test(k) && !(x.lemma === 'fill' || x.lemma === 'complete');
      const papers = PAPERS.test(k) && x.lemma !== 'open' && x.lemma !== 'make' && (earlierIn(x.sentence) || (/^forms?$/.test(k) && FILED.has(x.lemma)));
      if (request || papers) return ctx.ev(span(t, i, j + 1), 'tone.why.earlierContact');
    }
  }
  return null;
}

/** Conversations had: "per our conversation", "my chat with Sam", «طبق صحبتی که با خانم احمدی داشتم», «طی تماس تلفنی». */
const TALK = /^(?:conversations?|discussions?|chats?|calls?|talks?|correspondence|exchange|phonecall)$/;
const TALK_FA = /^(?:صحبت|مکالمه|گفتگو|تماس|چت|مکاتبه)/;
const POINTER = new Set(['per', 'after', 'following', 'from', 'further', 'since', 'during', 'regarding', 're']);
const POINTER_FA = new Set(['طبق', 'طی', 'پیرو', 'مطابق', 'دنبال', 'اساس', 'درپی']);

const A_TALK = anchor({ key: (k) => TALK_FA.test(k) || TALK.test(k) });
function earlierTalk(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_TALK)) return null;
  const t = ctx.doc.tokens;
  for (let i = 1; i < t.length; i++) {
    const x = t[i];
    if (x.fa) {
      if (!TALK_FA.test(x.key) || YOURS_FA.test(x.key)) continue;
      if (POINTER_FA.has(t[i - 1].key) && t[i - 1].clause === x.clause) return ctx.ev(span(t, i - 1, i + 1), 'tone.why.earlierContact');
      // «در تماس تلفنی مورخ ۱۲ آبان», «در مکالمه‌ی دیروز»: a conversation dated in the past (session 24, repeat.fa.kinds24 in this reader).
      if (t[i - 1].key === 'در' && t[i - 1].sentence === x.sentence) {
        const dated = t.slice(i + 1, i + 5).some((y) => y.sentence === x.sentence && y.key === 'مورخ') || earlierMoments(ctx).some((h) => h.from > i && h.from <= i + 4 && t[h.from].sentence === x.sentence);
        if (dated) return ctx.ev(span(t, i, /^(?:تلفنی|حضوری|قبلی|تصویری)$/.test(t[i + 1]?.key ?? '') ? i + 2 : i + 1), 'tone.why.earlierContact');
      }
      // «صحبتی که با همکارتون داشتم»: a conversation the customer had, in a relative clause.
      if (t[i + 1]?.key === 'که') {
        const had = t.slice(i + 2, i + 7).find((y) => y.sentence === x.sentence && y.pastFirst && (y.lemma === 'داشتن' || y.lemma === 'کردن' || y.lemma === 'گرفتن'));
        if (had) return ctx.ev({ start: x.start, end: had.end }, 'tone.why.earlierContact');
      }
      continue;
    }
    if (!TALK.test(x.key)) continue;
    const own = t[i - 1].key === 'my' || t[i - 1].key === 'our' ? i - 1 : (t[i - 2]?.key === 'my' || t[i - 2]?.key === 'our') && t[i - 1].key === 'phone' ? i - 2 : -1;
    if (own < 0 || t[own].sentence !== x.sentence) continue;
    // "our call centre", "my call was dropped just now": a compound, or this very call.
    if (t[i + 1] && /^(?:centre|center|queue|line|log|history)$/.test(t[i + 1].key)) continue;
    const pointed = own > 0 && POINTER.has(t[own - 1].key) && t[own - 1].sentence === x.sentence;
    const withSomeone = t[i + 1]?.key === 'with' && t[i + 2] !== undefined && !THIRD_PARTY.test(t[i + 2].key) && t[i + 2].key !== 'my';
    if (pointed || withSomeone) return ctx.ev(span(t, pointed ? own - 1 : own, withSomeone ? i + 2 : i + 1), 'tone.why.earlierContact');
  }
  return null;
}

/**
 * What the company's person stated, cited as the ground (session 24): «طبق اظهار کارشناس محترم آن شرکت …», «به گفته‌ی
 * همکارتون …», «مطابق فرموده‌ی اپراتور شما …»: a pointer, a noun of saying, one of the company's people (theirs by
 * «تون / تان», «شما», «آن شرکت», «محترم», or with a conversation or a past date in the sentence). Not «طبق گفته‌ی سایت»
 * (a page), «به گفته‌ی همسایه» (not the company's), «طبق قوانین» (no one's saying).
 */
const STATEMENT_FA = /^(?:اظهار|اظهارات|گفته|گفتهی|فرموده|فرمودهی|اعلام|توضیح|توضیحات|قول|وعده)$/;
const STAFF_FA = /^(?:کارشناس|همکار|اپراتور|نماینده|مسئول|مسوول|پشتیبان|مامور|مأمور|تکنسین|کارمند|متصدی|مشاور)(?:ان|ای|ی|هاتون|تون|تان|های)?$/;
const A_STATEMENT = anchor({ key: STATEMENT_FA });
function citedStatementFa(ctx: CueContext): Evidence | null {
  if (!ctx.fa || !has(ctx.doc, A_STATEMENT)) return null;
  const t = ctx.doc.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!STATEMENT_FA.test(t[i].key)) continue;
    const p = t[i - 1].key;
    if (!(POINTER_FA.has(p) || (p === 'به' && /^گفته/.test(t[i].key)) || (p === 'بر' && t[i - 2]?.key === 'بنا'))) continue;
    const staff = t.slice(i + 1, i + 3).findIndex((y) => y.sentence === t[i].sentence && STAFF_FA.test(y.key));
    if (staff < 0) continue;
    const k = i + 1 + staff;
    const s = t[i].sentence;
    const theirs = YOURS_FA.test(t[k].key) || t.slice(k + 1, k + 4).some((y) => y.sentence === s && (y.key === 'شما' || y.key === 'محترم' || (y.key === 'آن' && /^(?:شرکت|مجموعه|سازمان|بانک|فروشگاه)$/.test(t[t.indexOf(y) + 1]?.key ?? ''))));
    const talked = t.some((y) => y.sentence === s && TALK_FA.test(y.key)) || earlierMoments(ctx).some((h) => t[h.from].sentence === s);
    if (theirs || talked) return ctx.ev(span(t, i - 1, k + 1), 'tone.why.earlierContact');
  }
  return null;
}

/**
 * A contact that was cut off: "your team hung up on me", "I got cut off", "the call dropped", «آخرش تماس قطع شد»,
 * «تلفن رو قطع کردن»: the customer tried before and is back.
 */
const CUT_EN = /^(?:dropped|disconnected)$/;
/** Every reading below needs the word of the cut («قطع», "hung", "cut", "dropped", "disconnected"), not only the call or "was" (in most messages). */
const A_CUT = anchor({ key: (k) => k === 'قطع' || k === 'hung' || k === 'cut' || CUT_EN.test(k) });
function cutOff(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_CUT)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const x = t[i];
    const y = t[i + 1];
    if (y.clause !== x.clause) continue;
    if (x.fa) {
      if (!/^(?:تماس|زنگ|چت|تلفن|خط)/.test(x.key)) continue;
      const cut = y.key === 'قطع' ? t[i + 2] : y.key === 'رو' && t[i + 2]?.key === 'قطع' ? t[i + 3] : undefined;
      if (cut && cut.clause === x.clause && cut.past && !cut.neg && !IF_FA.has(t[i - 1]?.key ?? '')) return ctx.ev({ start: x.start, end: cut.end }, 'tone.why.earlierContact');
      continue;
    }
    // "hung up on me", "got cut off", "was disconnected", "the call dropped".
    if (x.key === 'hung' && y.key === 'up' && (t[i + 2]?.key === 'on' || t[i - 1]?.key === 'just' || t[i - 1]?.key === 'then')) return ctx.ev(span(t, i, Math.min(t.length, i + 4)), 'tone.why.earlierContact');
    if ((x.key === 'got' || x.key === 'was' || x.key === 'were') && WE.has(t[i - 1]?.key ?? '') && ((y.key === 'cut' && t[i + 2]?.key === 'off') || CUT_EN.test(y.key))) return ctx.ev(span(t, i, y.key === 'cut' ? i + 3 : i + 2), 'tone.why.earlierContact');
    if (/^calls?$/.test(x.key) && (CUT_EN.test(y.key) || (y.key === 'was' && CUT_EN.test(t[i + 2]?.key ?? '')))) return ctx.ev(span(t, i, y.key === 'was' ? i + 3 : i + 2), 'tone.why.earlierContact');
  }
  return null;
}

/**
 * An earlier contact named as such: "my previous complaint", "re our earlier conversation", "the previous two calls".
 * Only the customer's contacts and requests: "my previous order" or "my previous phone" is no contact, and "your previous
 * reply fixed it" thanks the company for its answer.
 */
const PRIOR = new Set(['previous', 'prior', 'earlier']);
const PRIOR_NOUN = /^(?:e-?mails?|messages?|tickets?|calls?|phonecalls?|chats?|requests?|letters?|complaints?|cases?|enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|reports?|conversations?|correspondence)$/;
const A_PRIOR = anchor({ key: PRIOR });
function priorContact(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_PRIOR)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].fa || !PRIOR.has(t[i].key) || t[i - 1]?.key === 'your') continue;
    // "Per my previous email": the lexicon's phrase already says it.
    if (hitAt(hitsIn(ctx, [C.earlier]), i)) continue;
    // "my previous two emails": a count between.
    let j = i + 1;
    if (numberCount(t[j].key) > 0 && j + 1 < t.length) j++;
    if (t[j].clause === t[i].clause && PRIOR_NOUN.test(t[j].key)) return ctx.ev(span(t, i, j + 1), 'tone.why.earlierContact');
  }
  return null;
}

/**
 * A request of theirs still hanging: "my complaint is still unresolved", "my refund request is still pending", «شکایتم هنوز
 * بررسی نشده», «تیکتم … باز مونده». Not an order ("my order is still pending" is a delivery, not a contact).
 */
const HANGING = /^(?:pending|unresolved|outstanding|unanswered|open|ignored)$/;
const REQUEST_OWN_FA = /^(?:شکایت|درخواست|تیکت|گزارش|اعتراض|پرونده)\S*?(?:م|مو|مون|ام)$/;
/** Both readings below end on the state word («هنوز», «باز», «معلق», a HANGING word), not "my" (in most messages). */
const A_OWN_REQUEST = anchor({ key: (k) => k === 'هنوز' || k === 'هنوزم' || k === 'باز' || k === 'معلق' || HANGING.test(k) });
function pendingRequest(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_OWN_REQUEST)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.fa) {
      if (!REQUEST_OWN_FA.test(x.key)) continue;
      for (let j = i + 1; j < t.length && j - i <= 6 && t[j].sentence === x.sentence; j++) {
        const k = t[j].key;
        const state = k === 'هنوز' || k === 'هنوزم' || ((k === 'باز' || k === 'معلق') && /^(?:مونده|مانده|است|هست)/.test(t[j + 1]?.key ?? ''));
        if (state && !t.slice(i + 1, j).some((y) => y.second)) return ctx.ev(span(t, i, Math.min(t.length, j + 2)), 'tone.why.earlierContact');
      }
      continue;
    }
    if (x.key !== 'my' && x.key !== 'our') continue;
    let n = i + 1;
    while (n < t.length && n - i <= 3 && !REQUEST_NOUN.test(t[n].key)) n++;
    if (n >= t.length || n - i > 3 || t[n].clause !== x.clause || /^(?:issues?|problems?)$/.test(t[n].key)) continue;
    for (let j = n + 1; j < t.length && j - n <= 7 && t[j].sentence === x.sentence; j++) {
      if (HANGING.test(t[j].key) && (t[j].key !== 'open' || t[j - 1].key === 'still')) return ctx.ev(span(t, i, j + 1), 'tone.why.earlierContact');
    }
  }
  return null;
}

/** «پیام‌های قبلیمو», «ایمیل‌های قبلی من», «نامه‌ی قبلی»: the customer's earlier contacts, however inflected. */
const CONTACT_FA = /^(?:پیام(?!ک)|ایمیل|تیکت|تماس|درخواست|نامه|مکاتب|شکایت|گزارش|دایرکت)/;
const A_PRIOR_FA = anchor({ key: (k) => k.startsWith('قبلی') });
function priorContactFa(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_PRIOR_FA)) return null;
  const t = ctx.doc.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!t[i].fa || !t[i].key.startsWith('قبلی') || !CONTACT_FA.test(t[i - 1].key) || YOURS_FA.test(t[i].key) || t[i + 1]?.key === 'شما') continue;
    if (hitAt(hitsIn(ctx, [C.earlier]), i)) continue;
    return ctx.ev(span(t, i - 1, i + 1), 'tone.why.earlierContact');
  }
  return null;
}

/** «مگه نگفته بودید…؟», «مگر قول نداده بودید»: what the company said before, held up to it. */
const A_MAGE = anchor({ key: (k) => k === 'مگه' || k === 'مگر' });
function didntYouSay(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_MAGE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'مگه' && t[i].key !== 'مگر') continue;
    const said = t.slice(i + 1, i + 4).findIndex((y) => y.clause === t[i].clause && (/^ن?گفت/.test(y.key) || y.key === 'قول'));
    if (said < 0) continue;
    const you = t.slice(i + 1, i + 6).find((y) => y.clause === t[i].clause && y.second);
    if (you) return ctx.ev({ start: t[i].start, end: you.end }, 'tone.why.earlierContact');
  }
  return null;
}

/** Sent again: "Resubmitting my warranty claim", "I've re-sent the form"; not asking the company to resend. */
const REDO = /^re-?(?:submit|send|sent|rais|file|filing|upload|forward|lodg)/;
/** What may open a reminder: "Gentle reminder on the below", "Just a quick nudge". */
const REMIND_OPENERS = new Set(['gentle', 'friendly', 'quick', 'kind', 'polite', 'just', 'a', 'another', 'final', 'small', 'hi', 'hello', 'hey', 'so', 'this', 'is', 'team', 'all']);

const A_AGAIN = anchor({ key: (k) => k.startsWith('یادآوری') || REDO.test(k) || k === 'reminder' || k === 'nudge' || k === 'nudging', lemma: (l) => l === 'chase' });
function sentAgain(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_AGAIN)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.fa) {
      // «یادآوری دوباره:», «یادآوری میکنم که …»: the customer reminding, not «یادآوری کنید» (asking to be reminded).
      if (!x.key.startsWith('یادآوری')) continue;
      const next = t[i + 1];
      const opens = i === 0 || t[i - 1].sentence !== x.sentence;
      const mine = next !== undefined && next.clause === x.clause && !next.neg && (next.pastFirst || /^(?:می|نمی)?\S*(?:کنم|کردم|میشم)$/.test(next.key)) && !/(?:ید|ین)$/.test(next.key);
      if (mine || (opens && next !== undefined && next.clause === x.clause && !ASKED_FA.test(next.key) && !next.second)) return ctx.ev(span(t, i, mine ? i + 2 : i + 1), 'tone.why.earlierContact');
      continue;
    }
    if (REDO.test(x.key)) {
      const gerund = x.key.endsWith('ing') && (i === 0 || t[i - 1].sentence !== x.sentence || REMIND_OPENERS.has(t[i - 1].key));
      if ((gerund || (x.past && writerDid(t, i))) && !asked(ctx, x.sentence)) return ctx.ev(x, 'tone.why.earlierContact');
      continue;
    }
    // "Why do I have to chase this every day?", "I've chased twice": the customer chasing.
    if (x.lemma === 'chase' && !thanked(t, i) && t.slice(Math.max(0, i - 4), i).some((y) => y.sentence === x.sentence && WE.has(y.key))) return ctx.ev(x, 'tone.why.chasing');
    if (x.key !== 'reminder' && x.key !== 'nudge' && x.key !== 'nudging') continue;
    let k = i - 1;
    while (k >= 0 && t[k].sentence === x.sentence && REMIND_OPENERS.has(t[k].key)) k--;
    if ((k < 0 || t[k].sentence !== x.sentence) && !asked(ctx, x.sentence)) return ctx.ev(x, 'tone.why.chasing');
  }
  return null;
}

/** "Did you get my email?", "have you seen my message": the customer's own contact, asked after (not "you got my parcel"). */
const GOT_MINE = new Set(['get', 'receive', 'see', 'read']);
/** The reading needs a verb of GOT_MINE after the "you" (which is in a quarter of messages). */
const A_GOT_MINE = anchor({ lemma: GOT_MINE });
/** ... and a contact, request or paper of theirs ("get" is a common verb). */
const A_MINE_NOUN = anchor({ key: (k) => CONTACT_NOUN.test(k) || REQUEST_NOUN.test(k) || PAPERS.test(k) });
function gotMine(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_GOT_MINE) || !has(ctx.doc, A_MINE_NOUN)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if ((t[i].key !== 'you' && t[i].key !== 'anyone' && t[i].key !== 'anybody') || !GOT_MINE.has(t[i + 1].lemma)) continue;
    if (t[i + 2].key !== 'my' && t[i + 2].key !== 'our') continue;
    const n = t.slice(i + 3, i + 6).find((y) => y.clause === t[i].clause && (CONTACT_NOUN.test(y.key) || REQUEST_NOUN.test(y.key) || PAPERS.test(y.key)));
    if (n) return ctx.ev({ start: t[i].start, end: n.end }, 'tone.why.earlierContact');
  }
  return null;
}

export const strings = {
  en: {
    'tone.cue.repeat': 'Has written before: don’t make them repeat themselves',
    'tone.why.earlierContact': 'refers to an earlier contact',
    'tone.why.contactCount': 'counts their contacts',
    'tone.why.unanswered': 'is still waiting for an answer',
    'tone.why.chasing': 'is chasing an earlier request',
    'tone.why.quotedReply': 'quotes an earlier reply from you, and the matter is not settled',
    'tone.why.household': 'someone of their household was in touch before',
  },
  fa: {
    'tone.cue.repeat': 'قبلاً هم پیام داده: نخواهید دوباره همه‌چیز را توضیح دهد',
    'tone.why.earlierContact': 'به تماس یا پیام قبلی اشاره می‌کند',
    'tone.why.contactCount': 'تعداد تماس‌هایش را می‌شمارد',
    'tone.why.unanswered': 'هنوز منتظر جواب است',
    'tone.why.chasing': 'درخواست قبلی‌اش را پیگیری می‌کند',
    'tone.why.quotedReply': 'پاسخ قبلی شما را نقل کرده و موضوع هنوز حل نشده است',
    'tone.why.household': 'یکی از اعضای خانواده‌اش قبلاً تماس گرفته است',
  },
} as const;
