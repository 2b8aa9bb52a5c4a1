/**
 * Urgency: time pressure ("ASAP", «فوریه»), deadlines ("before Friday's audit", «قبل از جلسه شنبه»),
 * security incidents (account hacked, card stolen), money being lost (store down, charged twice),
 * a message in capitals and a cry for help. "Not urgent" / «عجله‌ای نیست» lowers it.
 */
import { anchor, has, perMessage } from '../anchors.ts';
import { type CueContext, type CueModule, cue, hitsIn, MOD, negatedHit, NONE, quotedSpans, weigh, type WeighOptions, wordSet } from '../cue.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import { urgencyKindsLexicon } from './urgency.kinds.ts';
import { noHurry, readWithMoney } from './urgency.guards14.ts';
import { moneyOnly, noPressure, noPressureAt, ownDetails, pressing, unknownLogin, urgencyKinds14Lexicon } from './urgency.kinds14.ts';
import { urgencyKinds15 } from './urgency.kinds15.ts';
import { staleHurryFa, urgencyKinds16Lexicon } from './urgency.kinds16.ts';
import { quietFori17, urgencyMatrix17 } from './urgency.matrix17.ts';
import { urgencyKinds18, workaround18 } from './urgency.kinds18.ts';
import { quiet19, urgencyKinds19 } from './urgency.kinds19.ts';
import { quietCalm19b } from './urgency.calm19b.ts';
import { calm20, urgent20 } from './urgency.kinds20.ts';
import { calm21 } from './urgency.kinds21.ts';
import { calm22, dueToCause, necessityWithout22, roughlyIn, sameSentence22, urgentNow22 } from './urgency.kinds22.ts';
import { deliveredMedicine24, lossIfMissed24, occasionNear24 } from './urgency.fa.kinds24.ts';
import { beyondNoHurry25, noHurrySaid25, nowElapsed25 } from './urgency.fa.kinds25.ts';
import { safetyDevice24 } from './urgency.kinds24.ts';
import { calm25, supplyLow25 } from './urgency.kinds25.ts';
import { calm26r, urgencyKinds26r } from './urgency.kinds26r.ts';
import { calmFa27, urgencyKinds27 } from './urgency.kinds27.ts';
import { deadlineSoon28 } from './urgency.kinds28.ts';
import { urgencyKinds29 } from './urgency.kinds29.ts';
import { urgencyKinds32 } from './urgency.kinds32.ts';
import { urgencyKinds33 } from './urgency.kinds33.ts';
import { urgencyFaKinds32 } from './urgency.fa.kinds32.ts';
import { calmFa33, urgencyFaKinds33 } from './urgency.fa.kinds33.ts';
import { urgencyKinds37 } from './urgency.kinds37.ts';
import { urgencyKinds40 } from './urgency.kinds40.ts';

const C = {
  time: 'urgency',
  security: 'urgency.security',
  money: 'urgency.money',
  before: 'urgency.before',
  when: 'urgency.when',
  safety: 'urgency.safety',
  /** Necessity: "need", "must", "has to", «باید», «لازم»; with "today" or a day it makes a deadline. */
  need: 'urgency.need',
  /** Soon: "today", "tonight", "now", «امروز», «امشب»: with a necessity, time pressure. */
  soon: 'urgency.soon',
  /** A stretch of time: "hours", "minutes", «ساعت», «دقیقه» ("in 3 hours", «سه ساعت دیگه»). */
  unit: 'urgency.unit',
  /** A moment still ahead today or tomorrow ("tonight", "tomorrow morning", «فردا»): with something broken now, time is short. */
  ahead: 'urgency.ahead',
  /** Something broken or missing now ("failing", "still don't have", «باز نمیشه»). */
  failing: 'urgency.failing',
  /** Somewhere the customer is stuck right now ("at the airport", "abroad", "the driver is outside", «تو فرودگاهم»): with something broken, time is short. */
  here: 'urgency.here',
  /** A payment of theirs falling due (rent, payroll, «قسط»): with money taken, money is short now. */
  due: 'urgency.due',
} as const;

export const THRESHOLD = 1;
const STRONG = 2;

const en = {
  [C.time]: {
    urgent: 1.3, urgently: 1.3, asap: 1.2, 'as soon as possible': 1.1, immediately: 1.1, 'right now': 0.9, 'right away': 1.1, emergency: 1.2,
    critical: 0.9, deadline: 0.9, 'time sensitive': 1, 'time-sensitive': 1, today: 0.5, tonight: 0.6, 'by tonight': 1, 'by tomorrow': 0.9,
    tomorrow: 0.4, 'by end of day': 0.9, 'end of the day': 0.6, eod: 0.6, hurry: 0.9, quickly: 0.5, now: 0.3, 'running out of time': 1,
    'as a matter of urgency': 1.2, 'without delay': 1, 'top priority': 0.9, 'high priority': 0.9, "can't wait": 0.6, 'cannot wait': 0.6,
    stranded: 0.9, 'missed my flight': 0.8, 'leaving in': 0.6, 'leaves at': 0.6, 'my flight': 0.4, 'within the hour': 1, 'in an hour': 0.7,
    'at noon': 0.4, otherwise: 0.3, 'or else': 0.4, 'this morning': 0.2, fast: 0.4, 'hurry up': 1.1, 'straight away': 1.1,
    'this instant': 1, 'at once': 0.8, immediate: 0.9, 'time is running out': 1, desperately: 0.9, 'please please': 0.6,
    'before it is too late': 1, 'too late': 0.4,
    // "Please treat this as a priority", "prioritise this".
    'as a priority': 1, 'as a matter of priority': 1.1, 'prioritise this': 1, 'prioritize this': 1,
    'as soon as you can': 1.1, 'as quickly as you can': 1.1, 'as fast as you can': 1.1, 'as quickly as possible': 1.1, 'as fast as possible': 1.1,
    // Asking to move it forward: "Can you expedite this?", "fast-track the order".
    expedite: 1, expedited: 0.8, 'fast-track': 0.9, 'fast track': 0.9, 'minutes ago': 0.5,
    // Not a hurry: a closing takes effect, a letter is "sent immediately after".
    'effective immediately': 0, 'with immediate effect': 0,
  },
  [C.security]: {
    hacked: 1.2, hacker: 1.1, compromised: 1.1, 'someone logged into': 1.1, 'logged into my account': 1, unauthorised: 1, unauthorized: 1,
    'did not authorise': 1.1, 'did not authorize': 1.1, "didn't authorise": 1.1, "didn't authorize": 1.1, "didn't make": 0.6, 'fraud*': 1.1,
    phishing: 1, stolen: 1.1, 'changing my password': 0.8, 'changed my password': 0.8, 'identity theft': 1.2, 'data breach': 1.2,
    'locked out': 0.6, suspicious: 0.6, 'from another country': 0.5, "it wasn't me": 1, "that wasn't me": 1, "wasn't me": 0.8,
    'not by me': 1, 'fake link': 1, 'fake email': 0.9, 'fake website': 1, 'fake site': 1, scam: 0.8, scammed: 1.1, 'clicked a link': 0.6,
    'clicked on a link': 0.6, 'clicked the link': 0.6, 'password was changed': 0.8, 'password has been changed': 0.8, "i didn't make": 0.8, 'i never made': 0.8,
    // Activity the customer disowns and impostors: "a device … that isn't mine", "a text pretending to be you", "I was phished".
    "isn't mine": 1, 'is not mine': 1, "wasn't mine": 1, 'not mine': 0.8, phished: 1.1, 'pretending to be': 0.9, 'pretended to be': 0.9,
    'wrong account': 0.7,
    // Activity the customer does not recognise: "a device I don't own", "a charge I don't recognise" (with a payment or an alert, a takeover).
    "i don't recognise": 0.8, "i don't recognize": 0.8, 'i do not recognise': 0.8, 'i do not recognize': 0.8, "i don't own": 0.8, 'i do not own': 0.8,
    'login alert': 0.6, 'sign-in alert': 0.6, 'security alert': 0.6, pickpocketed: 1.1, mugged: 1.1,
  },
  [C.money]: {
    'losing money': 1.1, 'losing sales': 1.1, 'losing customers': 1.1, 'losing business': 1.1, 'losing revenue': 1.1, 'charging customers': 0.8,
    'charged twice': 0.8, 'double charged': 0.8, 'charged me twice': 0.8, 'billed twice': 0.8, 'billed me twice': 0.8, 'every minute': 0.5,
    'website is down': 1, 'checkout is down': 1, 'server is down': 1, 'system is down': 0.9, 'went down': 0.6, "can't take orders": 1.1,
    "can't take payments": 1.1, "can't accept payments": 1.1, "can't process payments": 1.1, "can't take bookings": 1.1, "can't sell": 0.9,
    "customers can't": 0.9, 'no sales': 0.8, 'we are down': 1, 'completely down': 1, 'totally down': 1, 'down for everyone': 1,
    'nobody can log in': 1, 'no one can log in': 1, 'nobody can access': 1, 'no one can access': 1, "nobody can't": 0, 'every hour': 0.5, 'money is leaving': 1, 'leaving my account': 0.8,
    'store is down': 1, 'site is down': 1, 'shop is down': 1, 'is down': 0.5, outage: 0.8, 'fail compliance': 0.6, fined: 0.7,
    penalty: 0.6, 'costs us': 0.8, 'costing us': 1, 'cost us': 0.7, 'losing orders': 1.1, 'losing bookings': 1.1, 'losing clients': 1.1,
    // Money held back: alone a complaint; with a payment of theirs falling due (C.due), money short now.
    'no money left': 0.8, 'have no money': 0.8, 'any money left': 0.8, 'frozen funds': 0.8, 'funds are frozen': 0.8, 'funds frozen': 0.8, 'account is frozen': 0.8, 'froze my account': 0.8, 'frozen my account': 0.8,
  },
  // Health and safety: a vulnerable person or a hazard. One word is a topic; two are an emergency.
  [C.safety]: {
    baby: 0.6, infant: 0.6, newborn: 0.6, elderly: 0.5, pregnant: 0.6, disabled: 0.4, 'no heating': 0.6, 'no heat': 0.6, heating: 0.4,
    freezing: 0.5, minus: 0.4, 'below zero': 0.5, 'gas leak': 1.2, 'smell gas': 1.2, 'smell of gas': 1.2, flooding: 0.7, flooded: 0.7,
    fire: 0.6, smoke: 0.6, 'carbon monoxide': 1.2, injured: 0.8, injury: 0.7, hospital: 0.6, medication: 0.5, medicine: 0.5, insulin: 0.7,
    oxygen: 0.6, 'no water': 0.6, 'no power': 0.5, 'no electricity': 0.5,
    // Someone shut in, sparks: "trapped in the lift", "the socket is sparking" (a card trapped in an ATM is no emergency).
    trapped: 0.5, 'trapped in the lift': 1.2, 'trapped in a lift': 1.2, 'trapped in the elevator': 1.2, 'trapped in an elevator': 1.2, 'stuck in the lift': 1.2, 'stuck in a lift': 1.2, 'stuck in the elevator': 1.2, 'stuck in an elevator': 1.2, sparking: 1, sparks: 0.8,
  },
  [C.before]: { before: 1, by: 1, until: 1, due: 1, 'due on': 1, 'due by': 1, 'deadline is': 1, 'deadline on': 1 },
  [C.need]: { need: 1, needs: 1, needed: 1, must: 1, 'have to': 1, 'has to': 1, 'got to': 1, 'need it': 1, want: 0.8 },
  [C.soon]: { today: 1, tonight: 1, now: 1, 'right now': 1, 'this afternoon': 1, 'this evening': 1, 'by today': 1 },
  [C.unit]: { hours: 1, hour: 1, hrs: 1, minutes: 1, mins: 1, minute: 1 },
  [C.ahead]: { tonight: 1, tomorrow: 1, 'this afternoon': 1, 'this evening': 1, 'later today': 1, 'tomorrow morning': 1, midnight: 1 },
  [C.failing]: {
    failing: 1, fails: 1, broken: 1, 'not working': 1, "doesn't work": 1, "won't": 1, "can't": 1, cannot: 1, error: 1, 'crash*': 1, down: 1,
    stuck: 1, missing: 1, locked: 1, blocked: 1, declined: 1, rejects: 1, rejected: 1, 'timing out': 1, 'times out': 1, "still don't have": 1, "don't have": 1, 'still no': 1, "hasn't arrived": 1, "haven't received": 1,
    "still hasn't": 1, "still haven't": 1, "still isn't": 1, "hasn't shipped": 1, offline: 1, 'not loading': 1,
    // Cancelled on them (a passive: not "I cancelled"), nothing connecting, a payment about to bounce.
    'was cancelled': 1, 'been cancelled': 1, 'is cancelled': 1, 'were cancelled': 1, 'got cancelled': 1, 'shows cancelled': 1, 'shows as cancelled': 1,
    'was canceled': 1, 'been canceled': 1, 'is canceled': 1, 'were canceled': 1, 'got canceled': 1, 'shows canceled': 1,
    vanished: 1, disappeared: 1, 'gone missing': 1, 'never arrived': 1, 'never came': 1, "doesn't exist": 1, 'does not exist': 1, 'not showing': 1, "isn't showing": 1, "doesn't show": 1,
    'not connecting': 1, "aren't connecting": 1, "isn't connecting": 1, 'stopped working': 1, 'none of our': 1, bounce: 1, 'will bounce': 1,
  },
  [C.here]: {
    'at the airport': 1, 'in the airport': 1, 'at the gate': 1, 'check-in desk': 1, 'at the border': 1, 'at the station': 1, 'at reception': 1,
    'at the hotel': 1, abroad: 1, stranded: 1, 'is outside': 1, 'outside now': 1, 'waiting outside': 1, 'at the door': 1, 'on the motorway': 1,
    'on the highway': 1, 'by the roadside': 1, 'no other way to pay': 1, 'no way to pay': 1,
  },
  [C.due]: { rent: 1, mortgage: 1, payroll: 1, wages: 1, salaries: 1, bills: 1, 'direct debit': 1, 'direct debits': 1 },
  // A weekday alone is a plan ("before Monday"); an event on a day is a deadline ("before Friday's audit").
  [C.when]: {
    monday: 0.8, tuesday: 0.8, wednesday: 0.8, thursday: 0.8, friday: 0.8, saturday: 0.8, sunday: 0.8, "monday's": 1, "tuesday's": 1,
    "wednesday's": 1, "thursday's": 1, "friday's": 1, "saturday's": 1, "sunday's": 1, noon: 0.9, midnight: 0.9, 'the audit': 1, 'the meeting': 1,
    'the inspection': 1, 'end of the week': 0.8, 'end of the month': 0.8, 'the weekend': 0.8, 'the deadline': 1, audit: 1, inspection: 1, auditors: 1, inspectors: 1,
    meeting: 1, exam: 1, launch: 1, presentation: 1, interview: 1, hearing: 1, appointment: 1, flight: 1, 'billing date': 1, 'due date': 1,
    'payment date': 1, renewal: 0.8, 'the 1st': 0.8, train: 1, bus: 0.8, ferry: 1, boarding: 1, departure: 1, 'check-in': 1, wedding: 1,
    funeral: 1, surgery: 1, operation: 0.8, court: 1, closing: 0.8, 'the movers': 1, morning: 0.5, evening: 0.5, 'end of day': 0.9, tomorrow: 0.9, tonight: 0.9,
    'close of business': 1, 'end of business': 1, cob: 0.9,
  },
};

const fa = {
  [C.time]: {
    'فوری*': 1.3, 'فورا': 1.2, 'همین الان': 1, 'هرچه سریعتر': 1.1, 'هر چه سریعتر': 1.1, 'هر چه زودتر': 1.1, 'هرچه زودتر': 1.1,
    'در اسرع وقت': 1.2, 'سریع': 0.6, 'سریعتر': 0.6, 'زودتر': 0.6, 'عجله': 0.9, 'عجله دارم': 1.1, 'امروز': 0.5,
    'همین امروز': 1, 'امروز باید': 0.9, 'امشب': 0.6, 'تا شب': 0.8, 'تا فردا': 0.9, 'فردا': 0.4, 'مهلت': 0.8, 'آخرین مهلت': 1.1, 'وقت ندارم': 0.9,
    'الان': 0.3, 'حیاتی': 0.9, 'پروازم': 0.4, 'وگرنه': 0.3, 'اضطراری*': 1.2, 'ضروری*': 0.9, 'هرچه سریع تر': 1.1, 'هر چه سریع تر': 1.1,
    'کارم لنگ*': 1.1, 'کارمون لنگ*': 1.1, 'کارم گیر*': 0.9, 'کارمون گیر*': 0.9, 'کارم مونده': 0.9, 'تو رو خدا': 0.6, 'توروخدا': 0.6,
    'امروز حتما': 1, 'حتما امروز': 1, 'تا آخر امروز': 1, 'تا آخر وقت': 1, 'تا دیر نشده': 1.1,
    // «ارسالشو جلو بندازید»: asking to move it forward.
    'جلو بنداز*': 1, 'جلو بیانداز*': 1, 'جلو بینداز*': 1,
    // «خیلی ضروریه», «ضروری است»: said of the matter (not «مدارک ضروری», necessary papers).
    'ضروریه': 1.1, 'ضروری است': 1.1, 'ضروریست': 1.1,
    'سریعا': 1.1, 'در اولین فرصت': 0.9, 'در اولین فرصت ممکن': 1.1, 'در نخستین فرصت': 0.9,
  },
  [C.security]: {
    'هک': 1.2, 'هکر*': 1.1, 'دزدیده': 1.1, 'سرقت': 1.1, 'لو رفته': 1.1, 'که من انجام ندادم': 1.1, 'انجام ندادم': 0.8, 'برداشت غیرمجاز': 1.2,
    'غیرمجاز': 1, 'با کارت من': 0.6, 'من نبودم': 0.6, 'کار من نبوده': 1, 'رمزم عوض شده': 0.8, 'رمزمو عوض کردن': 0.8, 'از اکانتم': 0.5, 'از حسابم': 0.5, 'رمزمو عوض': 0.7, 'کلاهبرداری': 0.8, 'حساب اشتباه': 0.7,
    'جعلی': 0.8, 'لینک جعلی': 1.1, 'پیامک جعلی': 1.1, 'سایت جعلی': 1.1, 'فیشینگ': 1.1,
    'انجامش ندادم': 0.8, 'که من انجامش ندادم': 1.1,
  },
  [C.money]: {
    'ضرر': 0.9, 'ضرر میکنیم': 1.1, 'از دست میدیم': 1, 'از دست میدهیم': 1, 'جریمه': 0.8, 'بالا نمیاد': 0.8, 'خوابیده': 0.6, 'قطعی': 0.3,
    'سفارش نمیگیریم': 1.1, 'سفارش نمیتونیم بگیریم': 1.1, 'فروش نداریم': 1, 'فروشمون خوابیده': 1.1, 'از دسترس خارج': 0.8, 'سایت قطعه': 1,
    'سایتمون قطعه': 1, 'هیچکس نمیتونه وارد بشه': 1, 'سیستممون خوابیده': 1, 'کل سیستم خوابیده': 1, 'مشتریا نمیتونن': 0.9, 'مشتری ها نمیتونن': 0.9, 'دو بار پرداخت': 1, 'دوبار پرداخت': 1, 'دو بار کسر': 1,
    // Money held back («پولمو بلوکه کردید»): with a payment falling due (C.due), money short now.
    'بلوکه*': 0.8, 'هیچ پولی': 0.8, 'پولی ندارم': 0.8,
  },
  [C.safety]: {
    'نوزاد': 0.6, 'بچه کوچیک': 0.6, 'بچه کوچک': 0.6, 'سالمند*': 0.5, 'باردار': 0.6, 'شوفاژ': 0.4, 'بخاری': 0.4, 'گرمایش': 0.4, 'منفی': 0.3,
    'یخ زدیم': 0.6, 'نشت گاز': 1.2, 'بوی گاز': 1.2, 'آتش': 0.6, 'دود': 0.6, 'آب گرفتگی': 0.7, 'مصدوم': 0.8, 'بیمارستان': 0.6, 'دارو': 0.5,
    'انسولین': 0.7, 'اکسیژن': 0.6, 'بی آب': 0.5, 'بی برق': 0.5,
    'جرقه*': 1, 'آسانسور': 0.6, 'گیر کرده': 0.5, 'گیر افتاده': 0.6, 'گاز نشت*': 1.2,
  },
  [C.before]: { 'قبل از': 1, 'تا قبل از': 1, 'پیش از': 1, 'تا پیش از': 1, 'تا': 1, 'مهلت': 1, 'موعد': 1 },
  [C.need]: { 'باید': 1, 'لازم': 1, 'لازمش': 1, 'نیاز': 1, 'حتما': 1 },
  [C.soon]: { 'امروز': 1, 'امشب': 1, 'الان': 1, 'همین الان': 1, 'امروز عصر': 1 },
  [C.unit]: { 'ساعت': 1, 'دقیقه': 1, 'ساعته': 1 },
  [C.ahead]: { 'امشب': 1, 'فردا': 1, 'فردا صبح': 1, 'امروز عصر': 1, 'نیمه شب': 1 },
  [C.failing]: {
    'باز نمیشه': 1, 'کار نمیکنه': 1, 'خرابه': 1, 'خطا': 1, 'ارور': 1, 'بالا نمیاد': 1, 'ندارم': 1, 'نرسیده': 1, 'وصل نمیشه': 1,
    'قطعه': 1, 'نمیتونم': 1, 'مسدود*': 1, 'قفل': 1, 'قطع': 1, 'متوقف': 1, 'گیر کرده': 1, 'گیر افتاده': 1, 'ترکیده': 1, 'پنچر': 1, 'خاموش شده': 1,
    'غیب شده': 1, 'غیب شد': 1, 'ناپدید شده': 1, 'لغو شده': 1, 'لغو شد': 1, 'کنسل شده': 1, 'کنسل شد': 1, 'باطل شده': 1, 'باطل شد': 1,
  },
  [C.here]: {
    'فرودگاهم': 1, 'تو فرودگاه': 1, 'توی فرودگاه': 1, 'در فرودگاه': 1, 'دم در': 1, 'پشت در': 1, 'خارج از کشور*': 1, 'وسط اتوبان': 1,
    'وسط جاده': 1, 'کنار جاده': 1, 'تو جاده': 1, 'توی جاده': 1, 'در جاده': 1, 'تو اتوبان': 1, 'توی اتوبان': 1, 'هیچ پولی ندارم': 1,
  },
  [C.due]: { 'اجاره': 1, 'قسط': 1, 'اقساط': 1, 'حقوق پرسنل': 1, 'حقوق کارمندا': 1, 'حقوق کارکنان': 1 },
  [C.when]: {
    'شنبه': 0.8, 'یکشنبه': 0.8, 'دوشنبه': 0.8, 'سه شنبه': 0.8, 'چهارشنبه': 0.8, 'پنجشنبه': 0.8, 'جمعه': 0.8, 'جلسه*': 1, 'بازرسی': 1,
    'ظهر': 0.9, 'آخر هفته': 0.8, 'آخر ماه': 0.8, 'ممیزی': 1, 'امتحان*': 1, 'پرواز*': 1, 'قطار*': 1, 'اتوبوس*': 0.8, 'عروسی*': 1,
    'دفاع*': 1, 'آزمون*': 1, 'دادگاه*': 1, 'سررسید': 1, 'تاریخ صورتحساب': 1, 'اول ماه': 0.8,
    'صبح': 0.5, 'عصر': 0.5, 'شب': 0.8, 'فردا': 0.9, 'امشب': 0.9, 'مصاحبه*': 1, 'ارائه': 0.8,
    'پایان وقت اداری': 1, 'وقت اداری': 1, 'پایان ساعت اداری': 1, 'ساعت اداری': 1, 'وقت سفارت*': 1, 'نوبت سفارت*': 1,
  },
};

const WHY = { [C.time]: 'tone.why.time', [C.security]: 'tone.why.security', [C.money]: 'tone.why.money', [C.safety]: 'tone.why.safety' } as const;

/** "before Friday's audit", «قبل از جلسه شنبه»: a deadline word within three words after before/by. */
function deadlines(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const when = hitsIn(ctx, [C.when]);
  const needs = necessities(ctx);
  const evidence: Evidence[] = [];
  let score = 0;
  for (const b of hitsIn(ctx, [C.before])) {
    // "due to a work trip": a cause, not a deadline (./urgency.kinds22.ts).
    if (dueToCause(ctx.doc.tokens, b.from)) continue;
    const near = when.filter((x) => x.from >= b.to && x.from - b.to <= 3 && ctx.doc.tokens[x.from].clause === ctx.doc.tokens[b.from].clause);
    if (near.length === 0) {
      // "My visa appointment is on Thursday and I need the statement before then", «وقت سفارتم پنجشنبه‌ست و تا قبلش … لازم دارم».
      const back = beforeThen(ctx, b, when, needs);
      if (back) {
        score = Math.max(score, 1);
        evidence.push(back);
      }
      continue;
    }
    // "It was due Tuesday": a deadline already past is a complaint, not time pressure.
    const prev = ctx.doc.tokens[b.from - 1]?.key;
    // «گفتن تا امروز ظهر فعال میشه», "they said by Friday": a promise told back, not the customer's own pressure.
    if (prev === 'was' || prev === 'were' || (prev !== undefined && BY_AGENT.has(prev)) || toldBack(ctx, b.from)) continue;
    // "by Thursday noon", «تا ظهر پنجشنبه»: a day and an hour make a sharper deadline.
    let w = Math.min(1.3, near.reduce((sum, x) => sum + x.weight, 0));
    // "due on Monday", "Need this sorted before the weekend", «باید تا قبل از آخر هفته…»: a day something must be done by.
    const k = ctx.doc.tokens[b.from].key;
    // "Fix this by Friday or …": an order opening the sentence needs it by then.
    if (k === 'due' || k === 'deadline' || k === 'مهلت' || k === 'موعد' || needs.some((n) => ctx.doc.tokens[n.from].sentence === ctx.doc.tokens[b.from].sentence) || ordered(ctx, b.from)) w = Math.max(w, 1);
    score = Math.max(score, w);
    evidence.push(ctx.ev({ start: b.start, end: Math.max(...near.map((x) => x.end)) }, 'tone.why.deadline'));
  }
  return { score, evidence };
}

/** "hit by Friday's outage", "affected by Monday's change": by names who or what did it, not a deadline. */
const BY_AGENT = new Set(['hit', 'affected', 'caused', 'impacted', 'disrupted', 'delayed', 'hurt', 'stung', 'caught', 'charged', 'sent', 'made', 'signed', 'approved']);

/** Words after before/by/until that point back to a moment named earlier: "before then", "by that", «تا قبلش», «قبل از اون». */
const THEN = new Set(['then', 'that', 'قبلش', 'اون', 'آن']);
/** Persian weekdays with a joined verb («پنجشنبه‌ست», «شنبه‌س»): the layer reads them as one word. */
const FA_DAY_IS = /^(?:یک|دو|سه|چهار|پنج)?شنبه(?:ست|س|است|ه)$|^جمعه(?:ست|س|است|ه)$/;
/** FA_DAY_IS on a word that opens with an Arabic-script letter (every match does): no expression run on a Latin word. */
const faDayIs = (k: string): boolean => k.charCodeAt(0) >= 0x0600 && FA_DAY_IS.test(k);

/**
 * A deadline pointing back to an event or a day told earlier in its sentence, with a necessity there: "the appointment is
 * on Thursday and I need it stamped before then". Not a plan without a need ("we meet on Friday and can talk before then").
 */
function beforeThen(ctx: CueContext, b: Hit, when: readonly Hit[], needs: readonly Hit[]): Evidence | null {
  const t = ctx.doc.tokens;
  const x = t[b.from];
  let p = b.to;
  if (x.fa && t[p]?.key === 'قبل' && t[p + 1]?.key === 'از') p += 2;
  const y = t[p];
  if (!y || y.clause !== x.clause || !THEN.has(y.key)) return null;
  if ((y.key === 'اون' || y.key === 'آن') && !(t[p + 1]?.key === 'موقع' || t[p + 1]?.key === 'روز' || t[b.to - 1].key === 'از')) return null;
  if (!x.fa && !/^(?:before|by|until)$/.test(x.key)) return null;
  const s = x.sentence;
  const event = when.some((h) => h.to <= b.from && t[h.from].sentence === s && h.weight >= 0.8) || t.some((z, k) => k < b.from && z.sentence === s && faDayIs(z.key));
  if (!event || !needs.some((n) => t[n.from].sentence === s)) return null;
  const end = y.key === 'اون' || y.key === 'آن' ? t[p + 1] ?? y : y;
  return ctx.ev({ start: b.start, end: end.end }, 'tone.why.deadline');
}

/** The sentence of token i opens with an order ("Fix this by Friday", "Send it before noon"). */
function ordered(ctx: CueContext, i: number): boolean {
  const t = ctx.doc.tokens;
  let first = i;
  while (first > 0 && t[first - 1].sentence === t[i].sentence) first--;
  if (t[first].key === 'please' && t[first + 1]?.sentence === t[i].sentence) first++;
  return DEMAND.has(t[first].key) && first < i && !asked(ctx, { category: '', weight: 1, from: i, to: i + 1, start: t[i].start, end: t[i].end });
}

/** Necessity words that are not negated ("doesn't have to be today") nor asked about ("Do I need to pay today?"). */
const necessities = perMessage((ctx: CueContext): Hit[] => {
  // A Persian clause's negative verb at its end («… و سامانه باز نمیشه») reaches back over «و» in the layer's scope:
  // negatedHit reads Persian negation by its verbs, so the scope flag alone decides only in English.
  return hitsIn(ctx, [C.need]).filter((n) => !negatedHit(ctx, n) && !(ctx.doc.tokens[n.from].negated && !ctx.doc.tokens[n.from].fa) && !askedNeed(ctx, n));
});

/**
 * Whether a need is what is asked: "Do I need to pay today?", "When must it be in?"; not "Need my visa letter by
 * Friday for the appointment - is that doable?", where the question is a tail after the need.
 */
const TAG_VERB = new Set(['is', 'would', 'will', 'can', 'could']);
const ASKS = new Set(['do', 'does', 'did', 'is', 'are', 'can', 'could', 'will', 'would', 'should', 'must', 'have', 'has', 'when', 'what', 'how', 'why', 'which', 'who', 'where', 'آیا']);
function askedNeed(ctx: CueContext, h: Hit): boolean {
  if (!asked(ctx, h)) return false;
  const t = ctx.doc.tokens;
  const x = t[h.from];
  let first = h.from;
  while (first > 0 && t[first - 1].sentence === x.sentence) first--;
  if (!x.fa && t.slice(first, h.from + 1).some((y) => ASKS.has(y.key))) return true;
  // The clause that ends at the question mark is the one asked.
  const q = ctx.a.questions.find((y) => y.start <= x.start && x.end <= y.end);
  let last = h.from;
  while (q && last + 1 < t.length && t[last + 1].end <= q.end) last++;
  // "… by Friday - is that doable?": a tag asking about the need, not whether there is one.
  for (let k = h.from + 1; k < last; k++) if (TAG_VERB.has(t[k].key) && /^(?:that|this|it)$/.test(t[k + 1].key)) return false;
  return t[last].clause === x.clause;
}

/** Whether a hit sits in a question. */
function asked(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens[h.from];
  return ctx.a.questions.some((q) => q.start <= t.start && t.end <= q.end);
}

const span = (ctx: CueContext, from: number, to: number) => ({ start: ctx.doc.tokens[from].start, end: ctx.doc.tokens[to - 1].end });

/**
 * Needed soon: "I need it today", "has to go through today", "I WANT MY MONEY BACK NOW", «امروز حتماً
 * باید برسه», «باید امروز برسه», and in Persian a day just before «باید» («دوشنبه باید تحویل بشه»).
 */
function neededSoon(ctx: CueContext): Evidence[] | null {
  const needs = necessities(ctx);
  if (needs.length === 0) return null;
  const t = ctx.doc.tokens;
  const soon = hitsIn(ctx, [C.soon]);
  const when = hitsIn(ctx, [C.when]);
  for (const n of needs) {
    const x = t[n.from];
    // English says the moment after the need ("need it today"; "Now I need a new card" is no hurry).
    const s = soon.find((h) => t[h.from].clause === x.clause && (x.fa ? Math.abs(h.from - n.from) <= 4 : h.from >= n.to && h.from - n.to <= 5));
    if (s && (n.weight >= 1 || t[s.from].key === 'now' || s.to - s.from > 1)) return [ctx.ev(n, 'tone.why.deadline'), ctx.ev(s, 'tone.why.deadline')];
    if (x.fa && x.key === 'باید') {
      const w = when.find((h) => h.to <= n.from && n.from - h.to <= 1 && t[h.from].clause === x.clause);
      if (w) return [ctx.ev(span(ctx, w.from, n.to + (t[n.to] && t[n.to].clause === x.clause ? 1 : 0)), 'tone.why.deadline')];
    }
  }
  return null;
}

/** Amounts before "hours": digits, "an", "three", «سه», «نیم». */
const AMOUNT = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'forty-five', 'fifty', 'sixty', 'ninety', 'few', 'couple', 'یک', 'یه', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'نیم', 'چند', 'ده', 'بیست', 'سی', 'چهل']);
const isAmount = (k: string) => AMOUNT.has(k) || (k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57);

/** Words that report what someone said ("he said it would appear within 24 hours", «گفتن ظرف ۲۴ ساعت…»): a promise told, not a hurry. */
const SAID = new Set(['said', 'told', 'promised', 'would', 'گفتن', 'گفتند', 'گفت', 'قرار', 'گفته']);
/** "It was due tomorrow": a past "was" right before the moment; "My card was blocked while I'm abroad" reports nothing. */
const WAS = new Set(['was', 'were']);
function reported(ctx: CueContext, i: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = i - 1; k >= 0 && t[k].sentence === t[i].sentence; k--) if (SAID.has(t[k].key) || (WAS.has(t[k].key) && i - k <= 2)) return true;
  return false;
}

/** A said-verb just before a deadline («گفتن تا امروز ظهر», "they said by Friday"): the company's promise told back. Not "would" ("I would be grateful if … before Thursday"). */
const TOLD = new Set([...SAID].filter((w) => w !== 'would' && w !== 'قرار'));
function toldBack(ctx: CueContext, i: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = i - 1; k >= 0 && i - k <= 6 && t[k].sentence === t[i].sentence; k--) if (TOLD.has(t[k].key)) return true;
  return false;
}

/** A clock time on a day at hand: "at 8am tomorrow", "today at 5:30", «فردا ساعت ۸ صبح» (not asked: "Can you come tomorrow at 10am?"). */
const CLOCK = /^\d{1,2}(?::\d\d)?(?:am|pm)$|^\d{1,2}:\d\d$/;
const DAY_AT_HAND = new Set(['today', 'tonight', 'tomorrow', 'امروز', 'امشب', 'فردا']);
/** Today, tonight, tomorrow; in Persian also with a verb's ending («فرداست», «امشبه»). */
const atHand = (y: { key: string; fa: boolean }) => DAY_AT_HAND.has(y.key) || (y.fa && /^(?:امروز|امشب|فردا)(?:ست|ه)$/.test(y.key));
/**
 * Both readers need an hour: a word opening with a digit, or «ساعت» (a digit alone is in a third of messages). clockSoon
 * reads it only beside a day at hand, byTheHour only after «تا ساعت» or a BY_HOUR word ("by", "before": common words).
 */
const A_HOUR = anchor({ key: (k) => (k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57) || k === 'ساعت' });
const A_AT_HAND = anchor({ key: (k) => DAY_AT_HAND.has(k) || /^(?:امروز|امشب|فردا)(?:ست|ه)$/.test(k) });
const A_BY_HOUR = anchor({ key: (k) => k === 'ساعت' || BY_HOUR.has(k) });
function clockSoon(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_AT_HAND) || !has(ctx.doc, A_HOUR)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    const c0 = k.charCodeAt(0);
    // Only a digit (or «ساعت») can open a clock time: no expression is tried on other words.
    if (!(c0 >= 48 && c0 <= 57) && k !== 'ساعت') continue;
    // "at 7 tomorrow": a bare hour right before the day.
    const bare = /^\d{1,2}$/.test(k) && (/^[ap]\.?m\b/i.test(ctx.doc.text.slice(t[i].end).trimStart()) || (t[i - 1]?.key === 'at' && t[i + 1] !== undefined && atHand(t[i + 1])));
    const clock = t[i].fa ? k === 'ساعت' && t[i + 1] !== undefined && isAmount(t[i + 1].key) : CLOCK.test(k) || bare;
    if (!clock || reported(ctx, i)) continue;
    const day = t.find((y) => y.sentence === t[i].sentence && atHand(y) && Math.abs(y.start - t[i].start) <= 30);
    if (!day) continue;
    // «امروز ساعت ۱۰ صبح کارت مرا نگه داشت»: when something happened today (a past verb in the clause) is no deadline.
    // Not after «تا» nor with «باید» in the sentence (a deadline still): «تا ساعت ۵ امروز باید پرداخت انجام بشه».
    if (t[i].fa && day.key === 'امروز' && t[i - 1]?.key !== 'تا' && !t.some((y) => y.sentence === t[i].sentence && y.key === 'باید') && t.some((y) => y.clause === t[i].clause && y.verb && y.past)) continue;
    const at = { category: '', weight: 1, from: i, to: i + 1, start: t[i].start, end: t[i].end };
    if (asked(ctx, at)) continue;
    return ctx.ev({ start: Math.min(t[i].start, day.start), end: Math.max(t[i].end, day.end) }, 'tone.why.deadline');
  }
  return null;
}

/** Broken before a moment at hand: "Our payroll runs tonight and the export is failing", «فردا صبح امتحان دارم و پنل باز نمیشه». */
function brokenBefore(ctx: CueContext): Evidence | null {
  // «این «فردا» سه روزه که تکرار میشه»: a word in quotes is a mention, not a moment.
  const quoted = quotedSpans(ctx.doc.text);
  const here = hitsIn(ctx, [C.here]);
  const ahead = [...hitsIn(ctx, [C.ahead]), ...here, ...eventsAhead(ctx)].filter((h) => !quoted.some((q) => q.start <= h.start && h.end <= q.end));
  if (ahead.length === 0) return null;
  const t = ctx.doc.tokens;
  // A Persian present verb in the negative («صادر نمیشه», «جواب نمیده») is something not working now.
  // Someone waiting at the door needs something now: "The engineer is outside now and says he needs a job number".
  // Both read only once a moment ahead is left to check (most are asked or reported: speed, issue 13).
  let failing: Hit[] | null = null;
  let needs: Hit[] | null = null;
  for (const a of ahead) {
    // "Can you deliver tomorrow?" asks; "he said it would be fixed tomorrow" reports.
    // «تو جاده ترکیده و شب شده، نیروی امدادتون کجاست؟» asks only in its last clause.
    if (askedNeed(ctx, a) || reported(ctx, a.from) || (a.from > 0 && FUTURE_OF.has(t[a.from - 1].key))) continue;
    const near = (h: Hit) => Math.abs(t[h.from].sentence - t[a.from].sentence) <= 1 && !asked(ctx, h);
    // Only someone waiting at the door or outside: "when I go abroad" with a need is a plan.
    failing ??= [...hitsIn(ctx, [C.failing]), ...faFailing(ctx)];
    const f = failing.find(near) ?? (here.includes(a) && WAITING.test(ctx.doc.text.slice(a.start, a.end)) ? (needs ??= necessities(ctx)).find(near) : undefined);
    if (f) return ctx.ev(a, 'tone.why.deadline');
  }
  return null;
}

const WAITING = /outside|door|waiting|دم در|پشت در/i;
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'شنبه', 'یکشنبه', 'دوشنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه']);

/**
 * An event on a day of this week or at a clock time: "The auditors arrive Thursday", "The wedding is on Saturday",
 * «ساعت ۹ شب پرواز دارم». With something not done yet, time is short (see brokenBefore). Not "last Friday's
 * meeting", nor a date months away ("the wedding is on 14 June next year").
 */
function eventsAhead(ctx: CueContext): Hit[] {
  const t = ctx.doc.tokens;
  const out: Hit[] = [];
  for (const e of hitsIn(ctx, [C.when])) {
    if (e.weight < 1 || WEEKDAYS.has(t[e.from].key)) continue;
    const s = t[e.from].sentence;
    const day = t.some((y, i) => y.sentence === s && (((WEEKDAYS.has(y.key) || faDayIs(y.key)) && !PAST_DAY.has(t[i - 1]?.key ?? '') && !PAST_DAY.has(t[i + 1]?.key ?? '')) || (y.key === 'ساعت' && t[i + 1] !== undefined && isAmount(t[i + 1].key)) || CLOCK.test(y.key)));
    if (day) out.push(e);
  }
  return out;
}
const PAST_DAY = new Set(['last', 'گذشته', 'پیش', 'قبل']);

/**
 * A deadline by the clock: "has to be in by 3pm or my son loses his place", "Send it before 15:00". With a need, an
 * order or a consequence ("or …") in its sentence; not "it was due by 5pm", nor asked ("Do I need it by 3pm?").
 */
const BY_HOUR = new Set(['by', 'before', 'until', 'till']);
function byTheHour(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_BY_HOUR) || !has(ctx.doc, A_HOUR)) return null;
  const t = ctx.doc.tokens;
  const needs = necessities(ctx);
  for (let i = 1; i < t.length; i++) {
    // «باید تا ساعت ۲ اجاره رو واریز کنم وگرنه…»: by an hour, with a need or «وگرنه» after it in the sentence.
    if (t[i].key === 'ساعت' && t[i - 1].key === 'تا' && t[i + 1] !== undefined && isAmount(t[i + 1].key)) {
      const s = t[i].sentence;
      const at = { category: '', weight: 1, from: i - 1, to: i + 2, start: t[i - 1].start, end: t[i + 1].end };
      if (!asked(ctx, at) && (needs.some((n) => t[n.from].sentence === s) || t.some((y) => y.sentence === s && y.key === 'وگرنه')) && !t.some((y) => y.sentence === s && y.past)) return ctx.ev(at, 'tone.why.deadline');
      continue;
    }
    if (!BY_HOUR.has(t[i - 1].key) || t[i].fa || !(CLOCK.test(t[i].key) || (/^\d{1,2}$/.test(t[i].key) && /^\s*[ap]\.?m\b/i.test(ctx.doc.text.slice(t[i].end))))) continue;
    const prev = t[i - 2]?.key;
    if (prev === 'was' || prev === 'were' || reported(ctx, i)) continue;
    const at = { category: '', weight: 1, from: i - 1, to: i + 1, start: t[i - 1].start, end: t[i].end };
    if (asked(ctx, at)) continue;
    const s = t[i].sentence;
    const pressed = needs.some((n) => t[n.from].sentence === s && t[n.from].key !== 'needed') || ordered(ctx, i - 1) || t.some((y, k) => k > i && y.sentence === s && (y.key === 'or' || y.key === 'otherwise'));
    if (pressed) return ctx.ev(at, 'tone.why.deadline');
  }
  return null;
}

/**
 * Something expiring within days while another thing is missing: «ویزام تا سه روز دیگه منقضی میشه و هنوز پاسپورتم برنگشته»,
 * "my permit expires in 3 days and the card hasn't come", "the old card expires on Sunday and the new one hasn't arrived".
 */
const EXPIRE = /^(?:expire|expires|expiring|منقضی)/;
const A_EXPIRE = anchor({ key: EXPIRE });
const FEW_DAYS = new Set(['1', '2', '3', '4', '5', '6', '7', 'one', 'two', 'three', 'four', 'five', 'six', 'few', 'couple', 'یک', 'یه', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'چند']);
function expiresInDays(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_EXPIRE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!EXPIRE.test(t[i].key)) continue;
    const s = t[i].sentence;
    const soon = t.some((y, k) => y.sentence === s && k > i && (WEEKDAYS.has(y.key) || atHand(y)) && !PAST_DAY.has(t[k - 1]?.key ?? '')) || t.some((y, k) => y.sentence === s && FEW_DAYS.has(y.key) && /^(?:days?|روز|روزه|روزِ)$/.test(t[k + 1]?.key ?? '') && (t[k + 2]?.key === 'دیگه' || t[k + 2]?.key === 'دیگر' || t[k - 1]?.key === 'in' || t[k - 1]?.key === 'within'));
    if (!soon) continue;
    const at = { category: '', weight: 1, from: i, to: i + 1, start: t[i].start, end: t[i].end };
    if (asked(ctx, at)) continue;
    const failing = [...hitsIn(ctx, [C.failing]), ...faFailing(ctx)];
    if (failing.some((h) => Math.abs(t[h.from].sentence - s) <= 1 && !asked(ctx, h))) return ctx.ev(at, 'tone.why.deadline');
  }
  return null;
}

/** What a business takes money with: "our tills", "the card reader … my customers", «کارتخوان مغازه», «سرور شرکت». */
const BUSINESS_EN = /^(?:shop|store|tills?|terminals?|checkout|website|site|servers?|system|restaurant|salon|pos|reader|machines?|gateway|api|orders|integration)$/;
const BUSINESS_FA = /^(?:مغازه|فروشگاه|کارتخوان|پوز|درگاه|سرور|رستوران|کارگاه|سایتمون)/;

const THAT_SHOP = new Set(['این', 'اون', 'آن', 'همین', 'همون', 'یه', 'یک']);
const COUNTED = /^(?:times|مرتبه|بار|دفعه)$/;
const ORDINAL_TIME = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|nth|umpteenth|\d+(?:st|nd|rd|th))$/;

/** A business of the customer's not working now ("our tills are still offline", «کارتخوان مغازه کار نمیکنه»): money being lost. */
const A_BUSINESS = anchor({ key: (k) => BUSINESS_FA.test(k) || BUSINESS_EN.test(k) });
function businessDown(ctx: CueContext): Evidence[] | null {
  if (!has(ctx.doc, A_BUSINESS)) return null;
  const t = ctx.doc.tokens;
  const failing = [...hitsIn(ctx, [C.failing]), ...faFailing(ctx)];
  if (failing.length === 0) return null;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    let ours: boolean;
    if (x.fa) {
      // «فروشگاه شما», «سایتتون»: the company's, which the customer only shops at.
      // «از این رستوران سفارش نمیدم»: a shop named with «این», «یه» is one the customer buys from, not theirs.
      ours = BUSINESS_FA.test(x.key) && !/(?:تون|تان)$/.test(x.key) && t[i + 1]?.key !== 'شما' && !THAT_SHOP.has(t[i - 1]?.key ?? '');
    } else {
      ours = BUSINESS_EN.test(x.key) && t.some((y, k) => y.sentence === x.sentence && ((k < i && i - k <= 3 && (y.key === 'our' || y.key === 'my')) || /^customers'?$/.test(y.key)));
    }
    if (!ours) continue;
    // «پنج مرتبه خاموش شده», "crashed three times": a fault that comes and goes, not a business down now.
    const f = failing.find((h) => t[h.from].sentence === x.sentence && !asked(ctx, h));
    if (f && t.some((y, k) => (y.clause === x.clause || y.clause === t[f.from].clause) && COUNTED.test(y.key) && k > 0 && isAmount(t[k - 1].key))) continue;
    // "This is the fourth time our site has gone down this month": an outage counted, told as a pattern.
    if (f && t.some((y, k) => y.sentence === x.sentence && y.key === 'time' && k > 0 && ORDINAL_TIME.test(t[k - 1].key))) continue;
    if (f) return [ctx.ev(x, 'tone.why.money'), ctx.ev(f, 'tone.why.money')];
  }
  return null;
}

/** What can be lost and then used by someone else: "I've lost my card", «کارت بانکیم گم شده». */
const LOSABLE = /^(?:cards?|wallet|purse|phone|کارت|کیف|گوشی|موبایل)/;
const NOT_PAYMENT = /^(?:دانشجویی|کتابخانه|عضویت|ورود|پرسنلی|باشگاه|ورزشی|دانش آموزی|دانشآموزی|پایان)/;
const A_LOST = anchor({ key: (k) => k === 'lost' || LOSABLE.test(k) });
function lostCard(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_LOST)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (longAgo(ctx, i) || supposed(ctx, i)) continue;
    if (x.fa) {
      if (!LOSABLE.test(x.key)) continue;
      // A student, library or membership card is no payment card («کارت دانشجوییم گم شده»).
      if (x.key.startsWith('کارت') && NOT_PAYMENT.test(t[i + 1]?.key ?? '')) continue;
      const lost = t.slice(i + 1, i + 4).find((y) => y.clause === x.clause && (y.key === 'گم' || y.key.startsWith('دزدید')));
      if (lost) return ctx.ev({ start: x.start, end: lost.end }, 'tone.why.security');
      continue;
    }
    if (x.key !== 'lost' || asked(ctx, { category: '', weight: 1, from: i, to: i + 1, start: x.start, end: x.end })) continue;
    const thing = t.slice(i + 1, i + 4).find((y) => y.clause === x.clause && LOSABLE.test(y.key));
    if (thing && t.slice(i + 1, t.indexOf(thing)).some((y) => y.key === 'my' || y.key === 'our')) return ctx.ev({ start: x.start, end: thing.end }, 'tone.why.security');
  }
  return null;
}

/**
 * A theft or takeover told as history: "last year someone stole my card", «پارسال کارتم دزدیده شد» (a year or more ago,
 * in the sentence of token i): no hurry now.
 */
const YEAR = new Set(['year', 'years', 'سال', 'سالها', 'سالهای']);
const AGO_WORDS = new Set(['ago', 'پیش', 'قبل', 'گذشته']);
const A_LONG_AGO = anchor({ key: (k) => k === 'پارسال' || YEAR.has(k) });
function longAgo(ctx: CueContext, i: number): boolean {
  if (!has(ctx.doc, A_LONG_AGO)) return false;
  const t = ctx.doc.tokens;
  const s = t[i].sentence;
  for (let k = 0; k < t.length; k++) {
    if (t[k].sentence !== s) continue;
    if (t[k].key === 'پارسال') return true;
    if (YEAR.has(t[k].key) && (AGO_WORDS.has(t[k + 1]?.key ?? '') || t[k - 1]?.key === 'last')) return true;
  }
  return false;
}

/** A theft or takeover supposed, not told: "If I was mugged, how do I…", "what should I do if someone uses my card", «اگه کارتم گم بشه». */
const SUPPOSE = new Set(['if', 'whether', 'اگر', 'اگه']);
function supposed(ctx: CueContext, i: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = i - 1; k >= 0 && t[k].sentence === t[i].sentence; k--) if (SUPPOSE.has(t[k].key)) return true;
  return false;
}

/** Persian activity the customer disowns: «من درخواست ورود ندادم», «من خریدی نکردم», «برداشتی انجام ندادم». */
const DISOWNED_FA = /^(?:خرید|درخواست|برداشت|تراکنش|ورود|پرداخت|انتقال)/;
const A_DISOWNED = anchor({ key: DISOWNED_FA });
function disownedFa(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_DISOWNED)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].fa || !DISOWNED_FA.test(t[i].key) || !t.slice(Math.max(0, i - 3), i).some((y) => y.key === 'من' && y.clause === t[i].clause)) continue;
    const v = t.slice(i + 1, i + 5).find((y) => y.clause === t[i].clause && y.neg && y.pastFirst);
    if (v) return ctx.ev({ start: t[i].start, end: v.end }, 'tone.why.security');
  }
  return null;
}

/** Someone else changed the account's details: "My login email was swapped", "the password has been reset". */
const ACCOUNT_FIELD = /^(?:email|e-mail|password|pin|passcode|phone|number|address|login|username)$/;
/** ACCOUNT_FIELD's words as a set: one lookup per token where the loop below reads every token. */
const ACCOUNT_FIELDS = wordSet(ACCOUNT_FIELD);
const CHANGED = /^(?:changed|swapped|reset|updated|switched|altered)$/;
const A_ACCOUNT_FIELD = anchor({ key: ACCOUNT_FIELD });
function accountChanged(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_ACCOUNT_FIELD)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i].fa || !ACCOUNT_FIELDS.has(t[i].key)) continue;
    const k = t.slice(i + 1, i + 5).findIndex((y) => y.clause === t[i].clause && CHANGED.test(y.key));
    if (k < 0) continue;
    const by = t.slice(i + 1, i + 1 + k);
    if (by.some((y) => y.key === 'was' || y.key === 'been' || y.key === 'got')) return ctx.ev({ start: t[i].start, end: t[i + 1 + k].end }, 'tone.why.security');
  }
  return null;
}
const A_FA_NEG_VERB = anchor({ token: (x) => x.fa && x.neg && x.verb });
function faFailing(ctx: CueContext): Hit[] {
  const out: Hit[] = [];
  if (!has(ctx.doc, A_FA_NEG_VERB)) return out;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    // «فردا هیچوقت نمیاد»: "never" is a habit complained of, not something broken now.
    if (!x.fa || !x.neg || !x.verb) continue;
    // «هنوز … تحویل نگرفتم», «هنوز صادر نشده»: a negative past after «هنوز» is something still not done.
    const still = x.past && t.some((y, k) => k < i && i - k <= 6 && y.clause === x.clause && (y.key === 'هنوز' || y.key === 'هنوزم'));
    if ((!x.past || still) && !t.some((y, k) => k < i && y.clause === x.clause && (y.key === 'هیچوقت' || y.key === 'هرگز'))) out.push({ category: C.failing, weight: 1, from: i, to: i + 1, start: x.start, end: x.end });
  }
  return out;
}

/** "until tomorrow", "from tomorrow": a plan, not a moment something is needed by. */
const FUTURE_OF = new Set(['until', 'from', 'after', 'since', 'تا', 'از', 'بعد']);

const WINDOW_FROM = /^(?:booking|purchase|purchasing|ordering|delivery|receipt|receiving|signing|sign-up|signup|dispatch)$/;

/** Inside a quotation mark pair («…», “…”) around `at`: «پاسخ شما ظرف ۲۴ ساعت» quotes the company's promise back at it. */
function insideQuote(text: string, at: number): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    const o = text.lastIndexOf(open, at);
    if (o >= 0 && at - o <= 80 && text.lastIndexOf(close, at) < o && text.indexOf(close, at) > at) return true;
  }
  return false;
}
const QUOTE_PAIRS = [['«', '»'], ['“', '”']] as const;

/** Hours left: "in 3 hours", "within 48 hours", «سه ساعت دیگه», «ظرف ۲۴ ساعت» (not a question: "Do you deliver within 24 hours?"). */
function hoursLeft(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (const u of hitsIn(ctx, [C.unit])) {
    const i = u.from;
    if (i === 0 || !isAmount(t[i - 1].key) || asked(ctx, u) || reported(ctx, i) || insideQuote(ctx.doc.text, u.start)) continue;
    // "the engineer fixed it in ten minutes": how long something done took, not time left.
    if (!t[i].fa && doneIn(t, i)) continue;
    // "changes are free within 24 hours of booking": a policy's window counted from an event, not time left.
    if (t[u.to]?.key === 'of' && WINDOW_FROM.test(t[u.to + 1]?.key ?? '')) continue;
    const before = t[i - 2];
    if (!t[i].fa) {
      if (before && (before.key === 'in' || before.key === 'within')) return ctx.ev(span(ctx, i - 2, u.to), 'tone.why.time');
      // "in about 4 hours", "in less than an hour", "within roughly 40 minutes": the time left said roughly (./urgency.kinds22.ts).
      const from = roughlyIn(t, i - 2);
      if (from >= 0) return ctx.ev(span(ctx, from, u.to), 'tone.why.time');
      // "two hours left", "only 3 hours to upload it".
      if (t[u.to]?.key === 'left' || (before && (before.key === 'only' || before.key === 'just'))) return ctx.ev(span(ctx, i - 1, u.to + (t[u.to]?.key === 'left' ? 1 : 0)), 'tone.why.time');
      continue;
    }
    const after = t[u.to];
    // «سه ساعت دیگه», «دو ساعت وقت دارم», «یک ساعت مونده».
    if (after && (after.key.startsWith('دیگ') || after.key === 'وقت' || after.key === 'مونده' || after.key === 'باقی')) return ctx.ev(span(ctx, i - 1, u.to + 1), 'tone.why.time');
    if (before && (before.key === 'ظرف' || before.key === 'طی')) return ctx.ev(span(ctx, i - 2, u.to), 'tone.why.time');
  }
  return null;
}

/** The nearest verb before token i in its clause is a past one ("fixed it in ten minutes"), not a future ("will be deleted in 48 hours"). */
const WILL_EN = new Set(['will', 'would', 'going', 'gonna', 'shall']);
/** "be picked up in an hour", "is delivered in 2 hours": a participle whose tense is not past. */
const PASSIVE_NOW = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'get', 'gets', 'getting']);
function doneIn(t: CueContext['doc']['tokens'], i: number): boolean {
  for (let k = i - 2; k >= 0 && t[k].clause === t[i].clause; k--) {
    if (WILL_EN.has(t[k].key)) return false;
    // "will be deleted": a participle after "be" takes its tense from the words before.
    if (t[k].past && !(k > 0 && PASSIVE_NOW.has(t[k - 1].key))) return true;
  }
  return false;
}

/** Charged more than once: "charged me three times", "billed twice"; «پول از حسابم کم شده», «مبلغ کسر شد». */
const CHARGED = /^(?:charg|bill|debit|deduct)/;
const FA_SOURCE = new Set(['حسابم', 'کارتم', 'حسابمون']);
const FA_MONEY = new Set(['پول', 'پولم', 'مبلغ', 'وجه', 'پولمو', ...FA_SOURCE]);
const FA_TAKEN = /^(?:کم|کسر|برداشت)$/;
const A_MONEY = anchor({ key: (k) => FA_MONEY.has(k) || TAKES.has(k) || REPEATED_DEBITS.has(k) || CHARGED.test(k) });
function moneyTaken(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_MONEY)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.fa) {
      if (!FA_MONEY.has(x.key)) continue;
      // «چرا دو بار از حسابم کسر شده؟»: asking why money was taken is a billing question.
      if (t.some((y) => y.sentence === x.sentence && y.key === 'چرا')) continue;
      // «از کارتم پول کم شده»: the money word, not where it was taken from, opens the evidence.
      if (FA_SOURCE.has(x.key) && t.slice(i + 1, i + 4).some((y) => FA_MONEY.has(y.key) && !FA_SOURCE.has(y.key))) continue;
      for (let j = i + 1; j < t.length && j - i <= 5 && t[j].clause === x.clause; j++) {
        // «پول کم شده», «مبلغ کسر شد», «از حسابم … کم میشه», not «پول کم دارم» (short of money).
        // «کم شده»: money gone without the customer knowing why; «کم کردین» is a complaint about what the company did.
        // «کم میشه» is a habit («هر ماه پول کم میشه») unless it is happening now: «داره از حسابم کم میشه».
        // «هر چند دقیقه یه بار … کم میشه»: taken again every few minutes is happening now too.
        const now = /^(?:میشه|میشود)/.test(t[j + 1]?.key ?? '') && t.some((y, k) => k < j && y.sentence === x.sentence && (((y.key === 'داره' || y.key === 'دارن' || y.key === 'الان') && y.clause === x.clause) || (y.key === 'دقیقه' && t[k - 1]?.key === 'چند')));
        if (FA_TAKEN.test(t[j].key) && t[j + 1] && (/^شد/.test(t[j + 1].key) || now)) return ctx.ev(span(ctx, i, j + 2), 'tone.why.money');
      }
      continue;
    }
    const business = stoppedTaking(t, i);
    if (business) return ctx.ev(business, 'tone.why.money');
    // "three debits so far", "multiple charges": money taken again and again.
    if (REPEATED_DEBITS.has(x.key) && i > 0 && (MANY.has(t[i - 1].key) || (isAmount(t[i - 1].key) && Number(t[i - 1].key) >= 3) || (AMOUNT.has(t[i - 1].key) && !SMALL.has(t[i - 1].key)))) {
      return ctx.ev(span(ctx, i - 1, i + 1), 'tone.why.money');
    }
    const c0 = x.key.charCodeAt(0);
    // charg…, bill…, debit…, deduct…: the first letter first, so most words try no expression.
    if ((c0 !== 99 && c0 !== 98 && c0 !== 100) || !CHARGED.test(x.key)) continue;
    for (let j = i + 1; j < t.length && j - i <= 3 && t[j].clause === x.clause; j++) {
      // "charged twice" alone is a refund to ask for (the lexicon's 0.8); three times and more is money draining away.
      if (t[j].key === 'times' && isAmount(t[j - 1].key) && t[j - 1].key !== 'two' && t[j - 1].key !== '2') return ctx.ev(span(ctx, i, j + 1), 'tone.why.money');
    }
  }
  return null;
}

const REPEATED_DEBITS = new Set(['debits', 'charges', 'withdrawals', 'deductions']);
const MANY = new Set(['several', 'multiple', 'many', 'numerous']);
const SMALL = new Set(['a', 'an', 'one', 'two', 'few', 'یک', 'یه', 'دو', 'نیم', 'چند']);
const TAKES = new Set(['accept', 'accepting', 'take', 'taking', 'process', 'processing']);
const SALES = /^(?:cards|payments|orders|bookings|reservations|card|contactless)$/;

/**
 * A business that cannot take money now: "the terminal stopped accepting cards", "we aren't taking
 * payments"; not a shopper's own card declined ("the machine won't take my card").
 */
function stoppedTaking(t: CueContext['doc']['tokens'], i: number): { start: number; end: number } | null {
  const x = t[i];
  if (!TAKES.has(x.key) || i === 0) return null;
  const prev = t[i - 1];
  const stopped = prev.key === 'stopped' || prev.key === 'not' || prev.neg;
  const obj = t[i + 1];
  if (!stopped || !obj || obj.clause !== x.clause || !SALES.test(obj.key) || (obj.key === 'card' && t[i + 2]?.key !== 'payments')) return null;
  return { start: prev.start, end: (obj.key === 'card' ? t[i + 2] : obj).end };
}

/** A Persian request for speed: «سریع‌تر رسیدگی کنید», «زودتر انجام بدین», «زود جواب بدید». */
const FA_SPEED = new Set(['سریع', 'سریعتر', 'زودتر', 'زود', 'فوری', 'فورا']);
/** «ببندید», «بفرستین», and with an object ending «ببندیدش», «درستش کنید». */
const FA_PLEASE_DO = /^(?:ب\S*(?:ید|ین)(?:ش|شون|ش رو)?|کنید|کنین|نمایید|بفرمایید)$/;
const A_SPEED_FA = anchor({ key: FA_SPEED });
function hurryFa(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_SPEED_FA)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].fa || !FA_SPEED.has(t[i].key)) continue;
    for (let j = i + 1; j < t.length && j - i <= 3 && t[j].clause === t[i].clause; j++) {
      // «خیلی سریع جواب دادید» thanks (or mocks) a quick answer; a request is not in the past.
      if ((t[j].second && !t[j].past) || FA_PLEASE_DO.test(t[j].key)) return ctx.ev(t[i], 'tone.why.time');
    }
  }
  return null;
}

/** Someone else acting on the customer's account: "someone logged in", «یکی رمزمو عوض کرده». */
const SOMEONE = new Set(['someone', 'somebody', 'یکی', 'شخصی']);
const INTRUSION = /^(?:log|us|chang|access|made|make|mak|purchas|charg|drain|empt|bought|buy|took|take|reset|withdr|transfer|spen|order|sign|hack|open|وارد|عوض|خرید|برداشت|برداشته|استفاده|تغییر|داره|دارن)/;

/** «یه نفر», «یک نفر»: someone, in two words. */
const ONE_FA = new Set(['یه', 'یک']);
const A_SOMEONE = anchor({ key: (k) => SOMEONE.has(k) || k === 'نفر' });
const TOOK_OVER = /^(?:used|using|accessed|accessing|changed|changing|logged|took|taken|emptied|drained|spent|withdrew|transferred|hacked|reset)$/;
function intrusion(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_SOMEONE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!SOMEONE.has(t[i].key) && !(t[i].key === 'نفر' && i > 0 && ONE_FA.has(t[i - 1].key))) continue;
    if (supposed(ctx, i)) continue;
    // "Can someone check my account?" asks for help; the intruder is the subject of a statement.
    if (t[i - 1] && /^(?:can|could|would|will|may|is|has|does|should)$/.test(t[i - 1].key)) continue;
    if (ctx.a.questions.some((q) => q.start <= t[i].start && t[i].end <= q.end)) continue;
    // «یکی با حساب من خرید کرده»: Persian puts the act at the end of the clause.
    const act = t.slice(i + 1, i + (t[i].fa ? 7 : 4)).find((y) => y.clause === t[i].clause && INTRUSION.test(y.key));
    if (act) return ctx.ev({ start: (t[i].key === 'نفر' ? t[i - 1] : t[i]).start, end: act.end }, 'tone.why.security');
    // "Somebody in another city just used my card": further on, the act on something of the customer's ("my card", "our account").
    if (!t[i].fa) {
      const k = t.findIndex((y, j) => j > i + 3 && j <= i + 7 && y.clause === t[i].clause && TOOK_OVER.test(y.key) && (t[j + 1]?.key === 'my' || t[j + 1]?.key === 'our'));
      if (k > 0) return ctx.ev({ start: t[i].start, end: t[k + 1].end }, 'tone.why.security');
    }
  }
  return null;
}

const IF = new Set(['if', 'unless', 'اگر', 'اگه']);

/**
 * A weak sign of fraud said of someone of the household: «بچه‌م با کارت من یه چیزی خریده», "my son bought it with my
 * card": a purchase to undo, not an intruder (a strong word stays: "my son's account was hacked").
 */
const HOUSEHOLD = /^(?:بچه|پسرم|دخترم|همسرم|شوهرم|خانمم|son|daughter|kid|kids|child|children|grandson|granddaughter|wife|husband|partner)/;
function householdDid(ctx: CueContext, h: Hit): boolean {
  if (h.weight >= 1) return false;
  const t = ctx.doc.tokens;
  const s = t[h.from].sentence;
  return t.some((y) => y.sentence === s && HOUSEHOLD.test(y.key));
}

/** "is not mine" said of a reading, a name or a size: a wrong record to correct, not activity disowned. */
const RECORD = /^(?:readings?|meters?|sizes?|colou?rs?|names?|signatures?|handwriting|photos?|reviews?|parcels?|boxes?|bags?|items?)$/;
function notAnAct(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  if (t[h.from].fa || !t.slice(h.from, h.to).some((y) => y.key === 'mine')) return false;
  return t.some((y, k) => k < h.from && y.sentence === t[h.from].sentence && RECORD.test(y.key));
}

const THANKS = new Set(['thanks', 'thank', 'ممنون', 'ممنونم', 'مرسی', 'سپاس', 'متشکرم']);
const PLEASE = new Set(['please', 'pls', 'plz', 'لطفا', 'خواهشا', 'need', 'must', 'باید']);

/**
 * A weak time word in praise of what was done: "fixed the leak quickly, thanks for the fast visit
 * today", «امروز خیلی سریع درست کرد، ممنون». A thanks or a verb in the past before it, and nothing asked for.
 */
function praised(ctx: CueContext, h: Hit): boolean {
  if (h.category !== C.time) return false;
  const t = ctx.doc.tokens;
  const s = t[h.from].sentence;
  // «همین امروز بسته رسید، خیلی ممنون», "It arrived today, thank you": a strong day word told of what came, thanked.
  if (h.weight >= 0.9) return t[h.from].fa && t.some((y) => y.sentence === s && THANKS.has(y.key)) && t.some((y) => y.sentence === s && y.past && !y.pastFirst && y.clause === t[h.from].clause) && !t.some((y) => y.sentence === s && (PLEASE.has(y.key) || y.second));
  let thanks = false;
  let done = false;
  for (let i = 0; i < t.length; i++) {
    const y = t[i];
    if (y.sentence !== s) continue;
    if (PLEASE.has(y.key) || y.second) return false;
    if (THANKS.has(y.key)) thanks = true;
    // "fixed it quickly": a speed word after what was done (a day word stays: "charged twice today").
    if (SPEEDY.has(t[h.from].key) && y.past && !y.pastFirst && y.clause === t[h.from].clause && (i < h.from || y.fa)) done = true;
  }
  return thanks || done;
}

/** «رمزمو عوض کردم»: the customer changed it themselves (a first-person verb right after), no intruder. */
function ownChange(ctx: CueContext, h: Hit): boolean {
  if (h.category !== C.security) return false;
  const t = ctx.doc.tokens;
  // "I changed my password last night", "we've just changed my password": the customer did it.
  if (!t[h.from].fa) return t[h.from].key.startsWith('chang') && [t[h.from - 1], t[h.from - 2], t[h.from - 3]].some((y) => y !== undefined && y.clause === t[h.from].clause && (y.key === 'i' || y.key === 'we'));
  for (let k = h.to; k < t.length && k - h.to <= 1 && t[k].clause === t[h.from].clause; k++) if (t[k].pastFirst) return true;
  return false;
}

const SPEEDY = new Set(['quickly', 'fast', 'quick', 'سریع', 'سریعتر', 'زود', 'زودتر']);

const PAYMENT = /^(?:payments?|charges?|transactions?|purchases?|debits?|withdrawals?|transfers?|پرداخت|برداشت|تراکنش|خرید)/;
/** A payment word in the sentence of hit h. */
function paymentNear(ctx: CueContext, h: Hit): CueContext['doc']['tokens'][number] | undefined {
  const t = ctx.doc.tokens;
  const s = t[h.from].sentence;
  return t.find((y) => y.sentence === s && PAYMENT.test(y.key));
}

/** An ultimatum: "If this isn't fixed by tomorrow I'm cancelling", «اگه تا شب جواب ندید شکایت می‌کنم». */
function ultimatum(ctx: CueContext, timed: readonly Evidence[]): boolean {
  const t = ctx.doc.tokens;
  const base = ctx.parts.latest.start;
  for (const h of ctx.hits) {
    if (h.category !== 'frustration.escalation') continue;
    const s = t[h.from].sentence;
    if (!t.some((x) => x.sentence === s && IF.has(x.key))) continue;
    // "I'm filing a complaint if this isn't fixed by Friday": the threat may come before its condition.
    if (timed.some((e) => t.some((x) => x.sentence === s && x.start + base === e.start))) return true;
  }
  return false;
}

/** Verbs that open a demand ("Refund me now.", "Fix it today"). */
const DEMAND = new Set(['refund', 'fix', 'sort', 'give', 'send', 'cancel', 'unlock', 'restore', 'return', 'stop', 'call', 'reply', 'answer', 'respond', 'resolve', 'reverse', 'release', 'reactivate', 'unblock']);
const NOW = new Set(['now', 'immediately', 'today', 'asap', 'fast', 'quickly']);
const SPEED = /^(?:fast|quick|quickly|now|asap|soon|سریع|زود|فوری|فورا)$/;

const HAD = new Set(['the', 'your', 'for', 'a', 'such', 'that']);

/** "fix this ASAP": a strong time word starts at y, and already says it (a module-level function: no closure per message). */
function strongTime(ctx: CueContext, y: { start: number }): boolean {
  return ctx.hits.some((h) => h.category === C.time && h.weight >= 0.9 && h.start === y.start);
}

/** A demand made now ("Refund me now.") or a call for quick help ("please help fast", «سریع کمک کنید»). */
const A_HELP = anchor({ key: (k) => k === 'help' || k === 'کمک' });
const A_DEMAND = anchor({ key: (k) => DEMAND.has(k) });
function demandNow(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_DEMAND) && !has(ctx.doc, A_HELP)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    const opens = i === 0 || t[i - 1].sentence !== x.sentence || t[i - 1].key === 'please';
    if (opens && DEMAND.has(x.key)) {
      const now = t.slice(i + 1, i + 5).find((y) => y.sentence === x.sentence && NOW.has(y.key));
      if (now && !strongTime(ctx, now)) return ctx.ev({ start: x.start, end: now.end }, 'tone.why.time');
    }
    if (x.key === 'help' || x.key === 'کمک') {
      const near = [t[i - 1], t[i + 1], t[i + 2]].find((y) => y && y.sentence === x.sentence && SPEED.test(y.key));
      // "Thanks for the quick help": help had, not help asked for.
      const had = near === t[i - 1] && i >= 2 && HAD.has(t[i - 2].key);
      if (near && !had && !strongTime(ctx, near)) return ctx.ev({ start: Math.min(x.start, near.start), end: Math.max(x.end, near.end) }, 'tone.why.help');
    }
  }
  return null;
}

/**
 * The category lists and weighing options read() passes on every message, made once (constants: hitsIn and weigh only
 * read them), where literals in the calls made small arrays and objects per message (speed, issue 13).
 */
const WORD_CATS: readonly string[] = [C.time, C.security, C.money];
const ONE_SECURITY: readonly string[] = [C.security];
const ONE_DUE: readonly string[] = [C.due];
const ONE_MONEY: readonly string[] = [C.money];
const ONE_SAFETY: readonly string[] = [C.safety];
const ONE_TIME: readonly string[] = [C.time];
const WORDS_WEIGH: WeighOptions = { why: WHY, plain: true, keepNegated: true, skipQuoted: true };
const PLAIN_WEIGH: WeighOptions = { why: WHY, plain: true };

export const urgency: CueModule = {
  name: 'urgency',
  kinds: ['urgent'],
  lexicon: [en, fa, urgencyKindsLexicon, urgencyKinds14Lexicon, urgencyKinds16Lexicon],
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
      { text: 'The rent is due on Friday and I need that refund.', evidence: ['due on Friday'] },
      { text: "My flight is in 3 hours and the booking doesn't show in the app.", evidence: ['in 3 hours'] },
      { text: 'پول از حسابم کم شده ولی بلیط صادر نشده و پروازم فرداست.', evidence: ['پول از حسابم کم شده'] },
      { text: 'Our payroll runs tonight and the bank export is failing.', evidence: ['tonight'] },
      { text: 'لطفاً سریع‌تر رسیدگی کنید.', evidence: ['سریع‌تر'] },
      { text: 'پایان‌نامه‌م دوشنبه باید تحویل بشه.', evidence: ['دوشنبه باید تحویل'] },
      { text: 'Our tills are offline and the shop is full.', evidence: ['tills', 'offline'] },
      { text: 'کارتخوان رستوران از ظهر کار نمیکنه.', evidence: ['کارتخوان', 'کار نمیکنه'] },
      { text: 'I lost my debit card on the bus.', evidence: ['lost my debit card'] },
      { text: 'گوشیم دزدیده شد، سیمکارت رو ببندید.', evidence: ['گوشیم دزدیده'] },
      { text: 'من هیچ تراکنشی انجام ندادم ولی پیامکش اومد.', evidence: ['تراکنشی انجام ندادم'] },
      { text: 'The inspectors come on Monday and the certificate still hasn\'t arrived.', evidence: ['inspectors'] },
      { text: 'Send the contract by Thursday or we walk away.', evidence: ['by Thursday'] },
      { text: 'The courier is outside now and needs a code from you.', evidence: ['is outside'] },
      { text: 'لطفا سریع مسدودش کنید.', evidence: ['سریع'] },
    ],
    quiet: ['To whom it may concern,\nI hereby request the closure of my account effective immediately.', 'Can someone check my account?', 'خسته نباشید، تیکت «فوری» من هنوز باز است.', 'No rush, whenever you have time.', 'Could you send me the brochure?', 'عجله‌ای نیست، هر وقت شد بفرستید.',
      'Thanks for the quick help yesterday, everything works now.', 'دمتون گرم، خیلی سریع جواب دادید.', 'Do you deliver within 24 hours?',
      'He said the credit would appear within 24 hours.', 'My card was charged twice for the same order, can you refund one of them?',
      'لازم نیست امروز انجام بشه، هر وقت تونستید.', 'What time do you close today?', 'The card machine in our shop switched off three times yesterday.',
      'The wedding is on 14 June next year, can the venue take a deposit?', 'Last Friday\'s meeting was fine, thanks.', 'سایت فروشگاه شما باز نمیشه.',
      'I changed my password yesterday and it works.', 'Do I need to send it by Friday?', 'اصلا عجله نکنید، تا آخر ماه وقت هست.',
      'پول از حسابم کم شده ولی سفارش ثبت نشده.', 'If the refund is not back by Thursday I will go to the ombudsman.'],
  },
  read(ctx) {
    if (ctx.empty) return NONE;
    // Negation does not cancel a deadline ("if it isn't fixed by tomorrow"); "not urgent" is a softener.
    // A word in ironic quotes (a ticket marked «فوری») is a mention, not a hurry.
    const words = weigh(ctx, hitsIn(ctx, WORD_CATS).filter((h) => !praised(ctx, h) && !ownChange(ctx, h) && !noPressure(ctx, h.from) && !(ctx.fa && nowElapsed25(ctx, h.from)) && !(h.category === C.security && (ownDetails(ctx, h.from) || longAgo(ctx, h.from) || supposed(ctx, h.from) || householdDid(ctx, h) || notAnAct(ctx, h)))), WORDS_WEIGH);
    // "a £900 payment I never made", «تراکنشی که من انجام ندادم»: a weak sign of fraud beside a payment.
    for (const h of hitsIn(ctx, ONE_SECURITY)) {
      const payment = h.weight < 1 && !householdDid(ctx, h) ? paymentNear(ctx, h) : undefined;
      if (!payment) continue;
      words.score += 0.5;
      words.evidence.push(ctx.ev(payment, 'tone.why.security'));
      break;
    }
    // Details changed by someone ("my login email was swapped"): a sign of a takeover, strong with "locked out" or "wasn't me".
    const changed = accountChanged(ctx);
    if (changed) {
      words.score += 0.8;
      words.evidence.push(changed);
    }
    // "charged twice … and my rent goes out on Friday": money taken while a payment of theirs falls due.
    const due = hitsIn(ctx, ONE_DUE)[0];
    if (due && hitsIn(ctx, ONE_MONEY).some((h) => h.weight >= 0.8)) {
      words.score += 0.4;
      words.evidence.push(ctx.ev(due, 'tone.why.money'));
    }
    // «داروی ارسالی … تحویل گردید»: a medicine that is the goods of a past delivery is no health at stake (./urgency.fa.kinds24.ts);
    // a hazard naming a device or check ("the carbon monoxide alarm") is no danger now (./urgency.kinds24.ts).
    const safety = weigh(ctx, hitsIn(ctx, ONE_SAFETY).filter((h) => !deliveredMedicine24(ctx, h) && !safetyDevice24(ctx, h)), PLAIN_WEIGH);
    let score = words.score + Math.min(1.4, safety.score);
    const evidence = [...words.evidence, ...(safety.score >= 1 ? safety.evidence : [])];
    // Session 14 (urgency.kinds14.ts): no deadline in an ultimatum a few days out, nor in a promise told back.
    const dl = pressing(ctx, deadlines(ctx));
    score += dl.score;
    evidence.push(...dl.evidence);
    // Each of these alone is time pressure or money being lost.
    for (const found of [neededSoon(ctx), hoursLeft(ctx), moneyTaken(ctx), hurryFa(ctx), clockSoon(ctx), brokenBefore(ctx), businessDown(ctx), lostCard(ctx), disownedFa(ctx), byTheHour(ctx), expiresInDays(ctx), unknownLogin(ctx), urgencyKinds15(ctx), urgencyMatrix17(ctx)]) {
      if (!found || (Array.isArray(found) ? found : [found]).some((e) => noPressureAt(ctx, e))) continue;
      score += 1;
      dl.score += 1;
      evidence.push(...(Array.isArray(found) ? found : [found]));
    }
    // Session 18 (urgency.kinds18.ts): a situation pressing now (travel, stranded, a sale at hand, card details given to a
    // scam, food spoiling). A scam told with "said he was from …" is no promise told back: security evidence stays.
    // Evidence another reader already shows (overlapping) stays that reader's words.
    const k18 = (urgencyKinds18(ctx) ?? []).filter((e) => e.why === 'tone.why.security' || !noPressureAt(ctx, e));
    if (k18.length) {
      score += 1;
      dl.score += 1;
      evidence.push(...k18.filter((e) => !evidence.some((o) => o.start < e.end && e.start < o.end)));
    }
    // Session 19 (urgency.kinds19.ts): a third party's deadline within days, details given to a scam.
    const k19 = urgencyKinds19(ctx);
    if (k19.length) (score += 1), (dl.score += 1), evidence.push(...k19);
    // Session 20 (urgency.kinds20.ts): something about to happen ("he's about to leave", "will only last 5 hours").
    const k20 = urgent20(ctx);
    if (k20.length) (score += 1), (dl.score += 1), evidence.push(...k20);
    // Session 22 (urgency.kinds22.ts): damage or money loss going on now; session 25 (urgency.kinds25.ts): a necessity about to run out. ("water is coming through the ceiling", "someone keeps charging my card").
    // Read only where no older reader read its sentence already ("Water is pouring through the ceiling" is safety's), so a
    // doing is weighed once.
    const k22 = [...urgentNow22(ctx), ...necessityWithout22(ctx), ...supplyLow25(ctx)].filter((e) => !evidence.some((o) => o.why !== 'tone.why.time' && o.why !== 'tone.why.deadline' && sameSentence22(ctx, o, e)));
    if (k22.length) (score += 1), (dl.score += 1), evidence.push(...k22);
    // Session 24 (urgency.fa.kinds24.ts): a near deadline that a loss follows if missed, an occasion at hand with the thing asked for before it.
    const k24 = [...lossIfMissed24(ctx), ...occasionNear24(ctx)];
    if (k24.length && !k24.some((e) => noPressureAt(ctx, e))) (score += 1), (dl.score += 1), evidence.push(...k24.filter((e) => !evidence.some((o) => o.start < e.end && e.start < o.end)));
    // "NOW", "TODAY" in capitals: a time word shouted.
    for (const h of hitsIn(ctx, ONE_TIME)) {
      const w = ctx.doc.text.slice(h.start, h.end);
      if (h.weight > 0 && !ctx.doc.tokens[h.from].fa && w.length >= 3 && w === w.toUpperCase() && w !== 'ASAP' && w !== 'EOD') {
        score += 0.6;
        break;
      }
    }
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
    if (has(ctx.doc, A_HELP)) for (const x of t) {
      if ((x.key === 'help' || x.key === 'کمک') && /^\s*(?:کنید|کنین)?\s*!/.test(ctx.doc.text.slice(x.end, x.end + 8))) {
        score += 0.5;
        evidence.push(ctx.ev(x, 'tone.why.help'));
        break;
      }
    }
    score += 0.15 * a.features.excl_multi;
    if (ctx.hits.some((h) => h.category === MOD.softener)) score *= 0.3;
    // Session 26 (urgency.kinds26r.ts): an occasion soon with something needed before it, a necessity left for days, money
    // drawn by the minute now. Read only where the older readers found too little (their figures and evidence stay as they
    // were) and nothing softens the message.
    const soft = score < THRESHOLD && !ctx.hits.some((h) => h.category === MOD.softener);
    const k26 = soft ? urgencyKinds26r(ctx).filter((e) => !noPressureAt(ctx, e)) : [];
    if (k26.length) (score += 1), (dl.score += 1), evidence.push(...k26.filter((e) => !evidence.some((o) => o.start < e.end && e.start < o.end)));
    // Session 27 (urgency.kinds27.ts): away from home now with the service failing, money or work lost by the hour now, pay due
    // on a near day with the run failing. Read on the same terms as session 26's.
    // Session 28 (urgency.kinds28.ts): a deadline of the customer's on a near or named day with the company's part still
    // pending, read with session 27's kinds on the same terms.
    const k27open = score < THRESHOLD && !ctx.hits.some((h) => h.category === MOD.softener);
    const k27only = k27open ? urgencyKinds27(ctx).filter((e) => !noPressureAt(ctx, e)) : [];
    const k28 = k27open && k27only.length === 0 ? deadlineSoon28(ctx).filter((e) => !noPressureAt(ctx, e)) : k27only;
    // Session 32 (urgency.kinds32.ts): a Finglish deadline or departure soon, or a thing needed back for a near event, with something in the way, on the same terms.
    const k32en = k27open && k28.length === 0 ? urgencyKinds32(ctx).filter((e) => !noPressureAt(ctx, e)) : k28;
    // Session 33 (urgency.kinds33.ts): a living stopped by the fault, someone vulnerable left without heat or a telephone, on the same terms.
    const k27 = k27open && k32en.length === 0 ? urgencyKinds33(ctx).filter((e) => !noPressureAt(ctx, e)) : k32en;
    if (k27.length) {
      score += 1;
      dl.score += 1;
      // A bare word of the older readers inside the new span («الان» of «الان جلوی هتل») gives way to it: the evidence says why.
      for (const e of k27) {
        for (let k = evidence.length - 1; k >= 0; k--) if (e.start <= evidence[k].start && evidence[k].end <= e.end) evidence.splice(k, 1);
        if (!evidence.some((o) => o.start < e.end && e.start < o.end)) evidence.push(e);
      }
    }
    // Session 29 (urgency.kinds29.ts): an acute harm to a person's or an animal's body now with help asked now, "is it safe"
    // with someone vulnerable at stake, money or a living hanging on the company's fault.
    // Read only where the older readers show no safety or money of their own (their readings stay as they were).
    const k29 = score >= THRESHOLD && evidence.some((e) => e.why === 'tone.why.safety' || e.why === 'tone.why.money') ? [] : urgencyKinds29(ctx);
    // A score the older readers already brought to the threshold keeps its severity; the reading adds its words.
    const s29 = score >= THRESHOLD ? score : score + 1;
    if (k29.length) return { score: s29, cues: [cue('urgent', s29 >= STRONG ? 'strong' : 'warning', 'tone.cue.urgent', [...evidence.filter((e) => !k29.some((k) => e.start < k.end && k.start < e.end)), ...k29])] };
    // Session 32 (urgency.fa.kinds32.ts): a flight, train, deadline or guests tonight or tomorrow, asked about, without «فوری».
    const k32 = score < THRESHOLD && !ctx.hits.some((h) => h.category === MOD.softener) ? urgencyFaKinds32(ctx) : [];
    if (k32.length) return { score: score + 1, cues: [cue('urgent', score + 1 >= STRONG ? 'strong' : 'warning', 'tone.cue.urgent', [...evidence.filter((e) => !k32.some((k) => e.start < k.end && k.start < e.end)), ...k32])] };
    // Session 33 (urgency.fa.kinds33.ts): heat, power or water out with cold or someone fragile at stake, a fever now, Finglish "lotfan zood" with a fault; on the same terms.
    const k33 = score < THRESHOLD && !ctx.hits.some((h) => h.category === MOD.softener) ? urgencyFaKinds33(ctx) : [];
    if (k33.length) return { score: score + 1, cues: [cue('urgent', score + 1 >= STRONG ? 'strong' : 'warning', 'tone.cue.urgent', [...evidence.filter((e) => !k33.some((k) => e.start < k.end && k.start < e.end)), ...k33])] };
    // Session 37 (urgency.kinds37.ts): an event or deadline a few days ahead (a weekday, a date, "in N days") with the company's part needed before it; on the same terms.
    const k37 = score < THRESHOLD && !ctx.hits.some((h) => h.category === MOD.softener) ? urgencyKinds37(ctx).filter((e) => !noPressureAt(ctx, e)) : [];
    if (k37.length) return { score: score + 1, cues: [cue('urgent', score + 1 >= STRONG ? 'strong' : 'warning', 'tone.cue.urgent', [...evidence.filter((e) => !k37.some((k) => e.start < k.end && k.start < e.end)), ...k37])] };
    // Session 40 (urgency.kinds40.ts): an account or card in someone else's hands now, a power pole or line down; on the same terms.
    const k40 = score < THRESHOLD && !ctx.hits.some((h) => h.category === MOD.softener) ? urgencyKinds40(ctx).filter((e) => !noPressureAt(ctx, e)) : [];
    if (k40.length) return { score: score + 1, cues: [cue('urgent', score + 1 >= STRONG ? 'strong' : 'warning', 'tone.cue.urgent', [...evidence.filter((e) => !k40.some((k) => e.start < k.end && k.start < e.end)), ...k40])] };
    // Session 18 (urgency.kinds18.ts): a workaround in place ("Nothing is blocked for now", «فعلاً از کارتخوان دیگری استفاده
    // می‌کنیم») shows no cue, unless security or safety is at stake or a situation of kinds 18 presses now.
    if (workaround18(ctx) && k18.length === 0 && !evidence.some((e) => e.why === 'tone.why.security' || e.why === 'tone.why.safety')) return { score, cues: [] };
    // Session 25 (urgency.fa.kinds25.ts): the customer says there is no hurry («عجله‌ای نیست», «نه که فوری باشه», "ajale nadaram").
    if (score >= THRESHOLD && noHurrySaid25(ctx) && !beyondNoHurry25(evidence)) return { score, cues: [] };
    if (score < THRESHOLD || words.score + dl.score + acts + (safety.score >= 1 ? 1 : 0) < 0.3 || moneyOnly(ctx, evidence)) return { score, cues: [] };
    // Session 14 (urgency.guards14.ts): evidence all no hurry, or money taken and no hurry besides, shows no cue.
    const left = readWithMoney(evidence.filter((e) => !noHurry(ctx, e)));
    if (evidence.length > 0 && (left.length === 0 || (left.length < evidence.length && moneyOnly(ctx, left)))) return { score, cues: [] };
    // Session 16 (urgency.kinds16.ts): «هرچه زودتر» alone after a wait of weeks or months is the complaint's demand.
    if (staleHurryFa(ctx, evidence)) return { score, cues: [] };
    // Session 17 (urgency.matrix17.ts): «قهوه فوری», «ارسال فوری», «فوریت‌های پزشکی» name things, they are no hurry.
    if (quietFori17(ctx, evidence)) return { score, cues: [] };
    // Session 19 (urgency.kinds19.ts): promised time frames told back, "what do I do now?", "scam" as an insult, money taken only…
    if (quiet19(ctx, evidence, k19)) return { score, cues: [] };
    // Session 19b (urgency.calm19b.ts): a time said not to be, «فوری»/"urgent" naming a service, a past emergency, a polite "as soon as you can".
    if (k19.length === 0 && quietCalm19b(ctx, evidence)) return { score, cues: [] };
    // Session 20 (urgency.kinds20.ts): no deadline or one months away, a day word telling when something came, a service named, "open yet?".
    if (k19.length === 0 && k20.length === 0 && k22.length === 0 && k26.length === 0 && k27.length === 0 && calm20(ctx, evidence)) return { score, cues: [] };
    // Session 21 (urgency.kinds21.ts): an absence with a time, no hurry said, a time span of what was done.
    if (k19.length === 0 && k20.length === 0 && k22.length === 0 && k26.length === 0 && k27.length === 0 && calm21(ctx, evidence)) return { score, cues: [] };
    // Session 22 (urgency.kinds22.ts): a day word of the customer's own past doing, "now" of a changed state.
    if (k19.length === 0 && k20.length === 0 && k22.length === 0 && k26.length === 0 && k27.length === 0 && calm22(ctx, evidence)) return { score, cues: [] };
    // Session 25 (urgency.kinds25.ts): the outcome conceded ("No worries if not").
    if (k19.length === 0 && k20.length === 0 && k22.length === 0 && k27.length === 0 && calm25(ctx, evidence)) return { score, cues: [] };
    // Session 26 (urgency.kinds26r.ts): "emergency" naming a service had and paid for, a theft told to ask about the claim.
    if (k26.length === 0 && k27.length === 0 && calm26r(ctx, evidence)) return { score, cues: [] };
    // Session 27 (urgency.kinds27.ts): Persian thanks for a matter put right or come, nothing left open.
    if (k27.length === 0 && calmFa27(ctx)) return { score, cues: [] };
    // Session 33 (urgency.fa.kinds33.ts): «سرعت غیرمجاز» is a driver's speed, no security problem; a day word beside it tells the trip.
    if (calmFa33(ctx, evidence)) return { score, cues: [] };
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
    'tone.why.damageNow': 'damage or money loss going on now',
  },
  fa: {
    'tone.cue.urgent': 'فوری است: بگویید قدم بعدی چیست و کی انجام می‌شود',
    'tone.why.time': 'عجله دارد',
    'tone.why.deadline': 'مهلت دارد',
    'tone.why.security': 'مشکل امنیتی',
    'tone.why.money': 'پول یا کسب‌وکارش در خطر است',
    'tone.why.help': 'کمک می‌خواهد',
    'tone.why.safety': 'سلامت یا ایمنی کسی در خطر است',
    'tone.why.damageNow': 'خسارت یا از دست رفتن پول همین حالا ادامه دارد',
  },
} as const;
