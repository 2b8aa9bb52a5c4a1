/**
 * Urgency matrix, both languages (issue 13, session 17, tfrfa10): urgent messages assembled from parts written from
 * knowledge (security incidents, deadlines within days, money lost now, capitals, «فوری / فوریه / همین امروز / تا فردا»)
 * and look-alikes that must stay quiet ("urgent care", «فوریت‌های پزشکی», «قهوه فوری», express delivery as an option,
 * dates weeks away, ultimatums a few days out: frustrated, not urgent; "no rush"). Persian in four spellings.
 *
 *   npx tsx scripts/tone-urgency-matrix17.ts            per kind: read urgent / total
 *   npx tsx scripts/tone-urgency-matrix17.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { printCueRows, tallyCue } from './tone-matrix-run.ts';
import { spellings } from './tone-fa-frust-matrix17.ts';

export interface Item { lang: 'en' | 'fa'; kind: string; urgent: boolean; text: string }

const EN_GREET = ['', 'Hi, ', 'Hello team, ', 'Dear Sir or Madam, '];
const EN_TAIL = ['', ' Thanks.', '\n\nSam', '\n\nSent from my iPhone'];
const FA_GREET = ['', 'سلام، ', 'با سلام و احترام، ', 'سلام وقت بخیر، '];
const FA_TAIL = ['', '\n\nرضا', '\n\nارسال شده از گوشی', '\n\nبا تشکر\nمریم'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function en(kind: string, urgent: boolean, cores: string[], out: Item[]) {
  cores.forEach((c, i) => {
    for (let k = 0; k < 2; k++) {
      const g = EN_GREET[(i + k) % 4];
      out.push({ lang: 'en', kind, urgent, text: `${g}${g ? c : cap(c)}${EN_TAIL[(i * 3 + k) % 4]}` });
    }
  });
}
function fa(kind: string, urgent: boolean, cores: string[], out: Item[]) {
  cores.forEach((c, i) => spellings(c).forEach((s, k) => out.push({ lang: 'fa', kind, urgent, text: `${FA_GREET[(i + k) % 4]}${s}${FA_TAIL[(i * 3 + k) % 4]}` })));
}
const cross = <A, B>(as: A[], bs: B[], f: (a: A, b: B) => string) => as.flatMap((a) => bs.map((b) => f(a, b)));

export function urgencyMatrix(): Item[] {
  const out: Item[] = [];
  // ---------- English, urgent ----------
  en('U:security', true, cross([
    'someone logged into my account from another country and changed my password',
    'there are three card payments on my account that I did not make',
    'I got a code I never asked for and now my email on the account has been changed',
    'my account was hacked and they are placing orders',
  ], ['please lock it now.', 'what do I do?'], (a, b) => `${a}, ${b}`), out);
  en('U:deadline', true, cross([
    'my wedding is on Saturday and the dress still has not arrived',
    'I fly out tomorrow morning and my passport is in the parcel',
    'the tax return has to be filed by Friday and your software will not open',
    'my exam is tomorrow and I cannot log in to the course',
  ], ['Can you help today?', 'Please sort it before then.'], (a, b) => `${a}. ${b}`), out);
  en('U:moneyNow', true, [
    'You are charging me every hour the meter is stuck, please stop it now.', 'My shop cannot take card payments since this morning and I am losing sales every minute.',
    'The direct debit is taking money again right now even though I cancelled, please stop it today.', 'Our online store is down and we are losing orders as we speak.',
  ], out);
  en('U:caps', true, ['URGENT: my card was used for payments I did not make.', 'I NEED THIS FIXED TODAY, the shop opens at 9.', 'Please call me ASAP, water is leaking from the new boiler.'], out);
  // ---------- English, quiet ----------
  en('lookalike', false, [
    'Is the urgent care clinic on your list of covered providers?', 'I need to update my emergency contact number, how do I do that?',
    'My trip is in March, no rush at all, just wanted to ask about the luggage allowance.', 'Not urgent, but could you change the delivery address for next month?',
    'Could you tell me how the express delivery option works?', 'My birthday is in six weeks, could you gift-wrap the order?',
    'The ticket is marked "urgent" by mistake, it can wait.', 'Whenever you get a chance, could you send the invoice for May?',
  ], out);
  en('ultimatum', false, [
    'I have waited three weeks. If the refund is not back by Friday I am going to the ombudsman.', 'This is the fourth time I have asked. Fix it by the end of the week or I cancel.',
    'If I do not hear from you by Monday I will leave a one-star review everywhere.',
  ], out);
  en('U:nowOrThreat', true, ['My shop has been suspended and I am losing money every day. Reverse it immediately or I am taking legal advice.', 'Someone is using my card right now. Block it immediately or else I will call my bank.'], out);
  en('thanksTrip', false, ['I just wanted to thank the driver of my trip today, he was lovely. Could you pass it on?', 'My flight today was smooth thanks to your help, could you send the receipt?'], out);
  // ---------- Persian, urgent ----------
  fa('U:security', true, cross([
    'یکی وارد حسابم شده و رمزمو عوض کرده', 'سه تا برداشت از کارتم شده که من انجام ندادم', 'حسابم هک شده و دارن باهاش سفارش ثبت می‌کنن', 'کد تأییدی اومده که من درخواست نکرده بودم و ایمیل حسابم عوض شده',
  ], ['لطفاً همین الان مسدودش کنید.', 'چیکار کنم؟'], (a, b) => `${a}، ${b}`), out);
  fa('U:deadline', true, cross([
    'شنبه عروسیمه و لباس هنوز نرسیده', 'فردا صبح پرواز دارم و پاسپورتم تو بسته‌ست', 'مهلت ثبت‌نام تا پس‌فرداست و سایت باز نمیشه', 'فردا امتحان دارم و نمی‌تونم وارد سامانه بشم',
  ], ['میشه امروز پیگیری کنید؟', 'لطفاً تا فردا درستش کنید.'], (a, b) => `${a}. ${b}`), out);
  fa('U:moneyNow', true, [
    'کنتور گیر کرده و هر ساعت داره ازم پول کم میشه، لطفاً همین الان قطعش کنید.', 'از صبح کارتخوان فروشگاهم کار نمی‌کنه و هر دقیقه دارم مشتری از دست میدم.',
    'با اینکه لغو کردم، همین الان دوباره از حسابم برداشت شد، لطفاً امروز جلوشو بگیرید.', 'سایت فروشگاهمون از دسترس خارج شده و الان داریم سفارش از دست میدیم.',
  ], out);
  fa('U:fori', true, [
    'فوری: کارتم گم شده، لطفاً مسدودش کنید.', 'خیلی فوریه، آب از زیر آبگرمکن نو داره نشت می‌کنه.', 'همین امروز لازمش دارم، فردا جلسه دارم.', 'لطفاً تا فردا بفرستید، پس‌فردا سفر می‌رم.',
  ], out);
  // ---------- Persian, quiet ----------
  fa('lookalike', false, [
    'شماره فوریت‌های پزشکی بیمه چنده؟', 'قهوه فوری موجود دارید؟', 'گزینه ارسال فوری چقدر هزینه داره؟', 'سفرم دو ماه دیگه‌ست، عجله‌ای نیست، فقط درباره بار سؤال داشتم.',
    'فوری نیست، ولی میشه آدرس تحویل ماه بعد رو عوض کنید؟', 'تولدم شش هفته دیگه‌ست، میشه کادوپیچ کنید؟', 'هر وقت فرصت کردید فاکتور خرداد رو بفرستید.', 'شماره تماس اضطراری پروفایلم رو چطور عوض کنم؟',
  ], out);
  fa('ultimatum', false, [
    'سه هفته‌ست منتظرم. اگه تا جمعه پولم برنگرده از طریق سازمان حمایت شکایت می‌کنم.', 'این چهارمین باره که می‌پرسم. تا آخر هفته درستش نکنید اشتراکمو لغو می‌کنم.',
    'اگه تا دوشنبه جوابمو ندید همه جا نظر منفی می‌ذارم.',
  ], out);
  fa('thanksTrip', false, ['می‌خواستم از راننده سفر امروز صبح تشکر کنم، لطفاً از طرف من ازش تشکر کنید.', 'پرواز امروز خیلی خوب بود، میشه رسیدش رو بفرستید؟'], out);
  return out;
}

/** Reads every item and prints urgent read / total per language, side and kind (`--misses`: the items read wrong). Shared by tone-urgency-matrix18.ts. */
export function printUrgencyMatrix(items: Item[]): void {
  const rows = tallyCue(items, 'urgent', (it) => `${it.lang} ${it.urgent ? 'urgent' : 'quiet'} ${it.kind}`, (it) => it.urgent);
  printCueRows(rows, { misses: process.argv.includes('--misses'), verb: 'read urgent', width: 28, groupWords: 2 });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printUrgencyMatrix(urgencyMatrix());
