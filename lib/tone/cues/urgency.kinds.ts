/**
 * Urgency, more kinds (session 10, read off the fresh writers' late6 and the toner split by construction
 * family, not by sentence). Words join urgency.ts's categories (same names: the matcher merges them), so
 * its readers combine them as before: an event at hand with something missing (brokenBefore), a business
 * of the customer's not working (businessDown), a deadline after by / until (deadlines).
 *
 * Families: events a day is set for (a concert, a term that starts, a tenancy, a card or visa that expires) and the things that
 * go missing before them ("I not receive the email", "still have no keys", held at customs); a business down
 * in other words ("turning people away", "queue out the door", "Sev 1", customers sent back «مشتری‌ها
 * برمی‌گردن»); stock spoiling now; money taken again and again ("every few minutes", «هر چند دقیقه»); money
 * about to bounce ("I'll go overdrawn"); a transfer to the wrong account to recall; locked out of a home;
 * a leak pouring through a ceiling; the last dose of a medicine; today being the pay day or the last day;
 * Finglish «fori»; formal Persian intrusion («مورد نفوذ قرار گرفته»).
 * Quiet (weight 0: a longer phrase covers the word): "not in any hurry", «فوری بودن» asked about, «تا فردا
 * فکرامو می‌کنم» (the customer's own time to think).
 */
import type { LexiconPart } from '../tokens.ts';

const TIME = 'urgency';
const SECURITY = 'urgency.security';
const MONEY = 'urgency.money';
const SAFETY = 'urgency.safety';
const WHEN = 'urgency.when';
const FAILING = 'urgency.failing';
const HERE = 'urgency.here';

export const urgencyKindsLexicon: LexiconPart = {
  [TIME]: {
    // No hurry said with a negation the softener list lacks: "I'm not in any hurry".
    'not in any hurry': 0, 'in no hurry': 0, 'not in a hurry': 0, 'not in any rush': 0, 'in no rush': 0,
    // An incident's rank: "Please treat as Sev 1", "P1 incident".
    'sev 1 means': 0, 'sev 1 mean': 0, 'sev 1': 1.2, sev1: 1.2, 'severity 1': 1.2, 'sev 2': 0.9, 'p1 incident': 1.2, 'priority 1': 1,
    // Today is the day: "today is payday", "the deadline is today", «امروز روز پرداخت حقوقه».
    'today is payday': 1.1, 'today is pay day': 1.1, 'today is the last day': 1.1, 'deadline is today': 1.2, 'due today': 1.1, 'closes today': 0.9, 'closes tonight': 1,
    'امروز روز پرداخت': 1.1, 'امروز روز آخر': 1.1, 'امروز آخرین روز': 1.1, 'امروز آخرین مهلت': 1.2, 'مهلتش امروز': 1.1,
    // A date near at hand on goods: «تاریخ انقضای نزدیک».
    'انقضای نزدیک': 1, 'رو به انقضا': 1,
    // Finglish: "fori!", "foriye".
    fori: 1.2, foriye: 1.2, foori: 1.2, fooriye: 1.2,
    // «فوری بودن ارسال براتون مهمه؟» asks about speed; «تا فردا فکرامو می‌کنم» is the customer's own time.
    // Asking for more time is no hurry: "an extension to the deadline"; a late fee is a billing question.
    'extension to the deadline': 0, 'extend the deadline': 0, 'extension of the deadline': 0, 'deadline extension': 0, 'extension on the deadline': 0,
    // Session 11 (fresh writers, by family). A window closing tonight: "free cancellation ends at midnight", "the offer expires tonight".
    'ends at midnight': 1.1, 'ends tonight': 1.1, 'expires tonight': 1.1, 'expires at midnight': 1.1, 'closes at midnight': 1.1,
    // A payment of theirs going out now, a launch, a journey starting: "my rent goes out tomorrow", "our go-live is Monday", "I leave for the airport in 3 hours".
    'rent goes out': 1, 'mortgage goes out': 1, 'rent is due tomorrow': 1.1, 'rent to pay today': 1.1, 'rent is due today': 1.1,
    'our go-live': 1.1, 'go-live is': 1.1, 'go live is': 1, 'we go live': 1, 'leave for the airport': 1.1, 'leaving for the airport': 1.1, 'sat at the gate': 1, 'sitting at the gate': 1,
    'within the next few hours': 1, 'within the next hour': 1.1,
    // Late now, an exam or a live class at hand: «دیرم شده سر کار», «آزمون صبح فردا برگزار می‌گردد», «امشب ارائه آنلاین دارم».
    'دیرم شده': 1, 'دیرم میشه': 1, 'آخرین مهلته': 1.2, 'آزمون صبح فردا': 1.2, 'آزمون فردا': 1.1, 'امتحانم فردا': 1.1, 'امتحان فردا': 1.1,
    'امشب ارائه': 1.1, 'ارائه آنلاین دارم': 1, 'کلاس آنلاین دارم': 1, 'جلسه آنلاین دارم': 1, 'بیشتر وقت نداده': 1, 'منتظر پروازم': 1, 'منتظر پرواز': 0.9,
    'تا پس فردا اعتبار': 1.1, 'تا پسفردا اعتبار': 1.1, 'تا فردا اعتبار': 1.1,
    // Session 13: «اضطراری» naming a thing (an emergency-exit row, an emergency course withdrawal, an emergency contact field) and
    // «ارسال فوری» naming a paid shipping option are no time pressure.
    'ردیف اضطراری': 0, 'صندلی اضطراری': 0, 'خروج اضطراری': 0, 'درب اضطراری': 0, 'در اضطراری': 0, 'پله اضطراری': 0, 'حذف اضطراری': 0,
    'تماس اضطراری': 0, 'شماره اضطراری': 0, 'ترمز اضطراری': 0, 'چراغ اضطراری': 0, 'برق اضطراری': 0,
    'ارسال فوری را': 0, 'ارسال فوری رو': 0, 'ارسال فوری پرداخت': 0, 'هزینه ارسال فوری': 0, 'پول ارسال فوری': 0, 'گزینه ارسال فوری': 0,
    'فوری بودن': 0, 'فوری بودنش': 0, 'تا فردا فکر': 0, 'تا فردا فکرامو': 0, 'تا فردا فکرهامو': 0, 'تا فردا خبر': 0,
  },
  [SECURITY]: {
    'مورد نفوذ': 1.2, 'نفوذ کرده': 1.1, 'نفوذ کردن': 1.1, 'نفوذ شده': 1.1, 'نفوذ کردند': 1.1,
    // A transfer gone to the wrong place, to be recalled now.
    'wrong sort code': 0.9, 'wrong account number': 0.9, 'wrong iban': 0.9, 'wrong payee': 0.9, 'recall the payment': 1, 'recall the transfer': 1, 'be recalled': 0.5,
    'شماره حساب اشتباه': 0.9, 'شماره کارت اشتباه': 0.9, 'شبا اشتباه': 0.9,
    // Someone else in the account now: «از یه دستگاه ناشناس لاگین میشه», «رمزمو عوض کرده»; money sent to a wrong number, to recall.
    'دستگاه ناشناس': 1.1, 'رمزمو عوض کرده': 1.1, 'رمزم رو عوض کرده': 1.1, 'رمزم را تغییر داده': 1.1,
    'به شماره اشتباه': 1, 'به کارت اشتباه': 1, 'به حساب اشتباه': 1,
    'locked out of my building': 1.1,
    'locked out of the house': 1.1, 'locked out of my house': 1.1, 'locked out of my flat': 1.1, 'locked out of my home': 1.1, 'locked out of the flat': 1.1, 'locked out of my car': 1.1,
  },
  [MONEY]: {
    // A business turning customers away: "we're turning people away", "a queue out the door".
    'turning people away': 1.1, 'turning customers away': 1.1, 'turn customers away': 1, 'turning away customers': 1.1, 'queue out the door': 1, 'queue of customers': 1,
    'customers are walking out': 1.1, 'customers walking out': 1,
    'مشتریا برمیگردن': 1, 'مشتری ها برمیگردن': 1, 'مشتریها برمیگردن': 1, 'مشتریامون برمیگردن': 1, 'مشتری ها دست خالی': 1,
    'مشتریهامون نمیتونن': 1, 'مشتری هامون نمیتونن': 1, 'مشتریامون نمیتونن': 1, 'مشتریان نمیتوانند': 1,
    'for all users': 0.8, 'all our users': 0.8, 'all of our users': 0.8, 'staff cannot access': 1, "staff can't access": 1, 'staff cannot log in': 1, "staff can't log in": 1,
    'جریمه دیرکرد': 0, 'جریمه تاخیر': 0,
    // An outage already over, named by its day: "students hit by Friday's outage".
    "monday's outage": 0, "tuesday's outage": 0, "wednesday's outage": 0, "thursday's outage": 0, "friday's outage": 0, "saturday's outage": 0, "sunday's outage": 0,
    "yesterday's outage": 0, "last week's outage": 0, 'the outage last': 0, 'outage last week': 0, 'outage yesterday': 0,
    'مکاتبات اداری متوقف': 1, 'کار اداری متوقف': 1, 'کارمون متوقف': 1.1, 'کار ما متوقف': 1.1, 'کارها متوقف': 1,
    // Stock spoiling now: "two grand of stock warming up", «جنسا دارن خراب میشن».
    'stock warming up': 1.1, 'stock is warming up': 1.1, 'food is spoiling': 1.1, 'stock is spoiling': 1.1, 'will spoil': 0.9, 'going to spoil': 0.9,
    'دارن خراب میشن': 0.8, 'دارن فاسد میشن': 1.1, 'داره فاسد میشه': 1.1, 'فاسد میشن': 1, 'فاسد میشه': 0.9,
    // Pay lost by the day: «هر روز که میگذره از حقوقم کم میشه».
    'از حقوقم کم میشه': 1.1, 'از حقوقم کم میشود': 1.1, 'حقوقم کم میشه': 1,
    // Money taken again and again: "every few minutes", «هر چند دقیقه یه بار».
    // Alone a habit ("I check it every few minutes"); with money leaving (moneyTaken, "keeps coming out") money lost now.
    'every few minutes': 0.5, 'keep coming out': 0.8, 'keeps coming out': 0.8, 'هر چند دقیقه': 0.3,
    // A payment about to bounce: "or I'll go overdrawn".
    'go overdrawn': 1, 'going overdrawn': 1, 'be overdrawn': 0.9, 'end up overdrawn': 1,
  },
  [SAFETY]: {
    // A leak now: "water pouring through the ceiling", «از سقف آب می‌ریزه».
    'pouring through': 1.2, 'water pouring': 1.2, 'water is pouring': 1.2, 'pouring in': 0.8, 'through the ceiling': 0.7, 'burst pipe': 1, 'pipe burst': 1, 'pipe has burst': 1,
    'از سقف': 0.6, 'آب میریزه': 0.6, 'آب می ریزه': 0.6, 'لوله ترکیده': 1,
    // The last of a medicine: "one pen left", «فقط یه قلم دیگه دارم».
    'one pen left': 0.8, 'last pen': 0.8, 'last dose': 0.8, 'one dose left': 0.8, 'last of my medication': 0.9, 'فقط یه قلم': 0.7, 'آخرین دوز': 0.8,
    // Session 11: a child hurt now (not a machine that swallowed a card), on the way to hospital; gas or a main burst in the street; children locked in; the last tablets.
    'swallowed one of': 1.2, 'swallowed a magnet': 1.2, 'swallowed a battery': 1.2, 'swallowed magnets': 1.2, 'on the way to a&e': 1.2, 'on our way to a&e': 1.2, 'in a&e': 1.1, 'at a&e': 1.1, 'to the emergency room': 1.1,
    'gas smell': 1.2, 'burst main': 1.2, 'water main': 0.9, "it's flooding": 1.1, 'is flooding': 1, 'flooding the': 1, 'near miss': 1,
    'kids are inside': 1.2, 'children are inside': 1.2, 'baby is inside': 1.2, 'days of tablets left': 1.1, 'tablets left': 1, 'medication left': 1,
    'being discharged': 1, 'discharge team': 1, 'travelling alone': 0.6, 'traveling alone': 0.6,
    'بچه کوچیک دارم': 1, 'بچه کوچک دارم': 1, 'داروخانه منتظره': 1.1, 'داروخانه منتظر': 1,
    'انسولین*': 0.7, 'زیر صفر*': 0.6,
    // Session 13: a medical emergency told now («تب ۴۰ درجه دارد و تشنج کرد»). A past event alone («پارسال سکته کرد») stays under the
    // threshold: the simple past weighs less than what is going on now, and two signs make it.
    'تشنج کرد': 0.7, 'تشنج کوتاهی کرد': 0.7, 'تشنج کرده': 0.8, 'تشنج داره': 0.7, 'تشنج دارد': 0.7, 'بیهوش شد': 0.6, 'بیهوش شده': 0.9, 'از هوش رفت': 0.6, 'نفس نمیکشه': 1.2, 'نفسش بالا نمیاد': 1.1,
    'خونریزی داره': 1, 'خونریزی دارد': 1, 'خونریزی شدید': 0.8, 'سکته کرد': 0.6, 'سکته کرده': 0.8, 'تب ۴۰': 0.6, 'تب 40': 0.6, 'تب بالا': 0.4,
  },
  // Events a day can be set for: "The concert is this evening", "Term starts on Monday", a card that expires on Sunday.
  [WHEN]: {
    concert: 1, gig: 1, semester: 1, tenancy: 1, 'move-in': 1, viva: 1, ceremony: 1, 'boarding pass': 1, 'term starts': 1, 'term begins': 1, 'semester starts': 1,
    'کنسرت*': 1, 'اجاره نامه*': 1, 'ترم از': 1, 'شروع ترم': 1,
  },
  // Missing before then: "I not receive the email", "still have no keys", "held at customs", «تو گمرکه», «اشتباهه».
  [FAILING]: {
    'not receive': 1, 'did not receive': 1, "didn't receive": 1, 'have not received': 1, 'not received': 1, "haven't got": 1, 'still have no': 1, 'still got no': 1,
    unavailable: 1, dead: 1, died: 1, 'in customs': 1, 'at customs': 1, 'wrong name': 1,
    'برنگشته': 1, 'برنگشت': 1, 'گمرک*': 1, 'اشتباهه': 1, 'خوابیده': 1, 'از کار افتاده': 1, 'پیدا نمیشه': 1, 'پیدا نمی شود': 1,
  },
  [HERE]: { 'جلوی هتل': 1, 'لابی هتل': 1, 'پذیرش هتل': 1, 'at the venue': 1, 'at the check-in': 1, 'at check-in': 1 },
};
