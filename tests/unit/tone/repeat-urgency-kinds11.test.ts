// @vitest-environment node
/**
 * Session 11's families for repeat contact (lib/tone/cues/repeat.kinds.ts) and urgency (urgency.kinds.ts and the
 * readers in urgency.ts), read off the fresh writers by kind: each family fires with the words that carry it, and
 * its near-misses stay quiet. Sentences written for this test (not from any eval split).
 */
import { fam } from './family.ts';

fam('repeat', 'an answer that came late, thanks for an earlier reply', [
  { text: 'Thanks for finally getting back to me, it only took a fortnight.', evidence: 'finally getting back' },
  { text: 'Thanks for your help earlier! One more question about the invoice.', evidence: 'your help earlier' },
  { text: 'ممنون که بالاخره جواب دادید، ولی سوالم چیز دیگه‌ای بود.', evidence: 'بالاخره جواب' },
], ['Thanks for the quick help, all works now.', 'I finally got the parcel, thank you.']);

fam('repeat', "the writer's pile of contacts, the last of many", [
  { text: 'Sorry for all the emails, here is the order number at last.', evidence: 'Sorry for all the emails' },
  { text: 'This is the last time I contact you before I go to the regulator.', evidence: 'last time I contact' },
  { text: 'Reaching out one more time about the missing credit note.', evidence: 'Reaching out one more time' },
  { text: 'Is anyone reading my emails at all?', evidence: 'anyone reading my emails' },
], ['Please send all the emails to my work address.']);

fam('repeat', 'what the company said before, and its people one after another', [
  { text: 'You said the engineer was booked for Tuesday and nobody came.', evidence: 'You said' },
  { text: 'Despite your assurances on the phone, the card has not arrived.', evidence: 'Despite your assurances' },
  { text: 'I refuse to explain all of this to another agent.', evidence: 'another agent' },
  { text: 'Every reply I get is a copy of the same FAQ.', evidence: 'Every reply' },
], ['With reference to your letter dated 4 May, the amount was paid by cheque.']);

fam('repeat', 'Persian letters said again, earlier answers, as agreed, counts with «نوبت»', [
  { text: 'برای بار دوم به استحضار می‌رساند که کارت هنوز صادر نشده است.', evidence: 'بار دوم به استحضار' },
  { text: 'با عرض پوزش از مزاحمت مجدد، پرونده من بررسی شد؟', evidence: 'مزاحمت مجدد' },
  { text: 'پاسخ‌های قبلی شما کاملاً کلیشه‌ای بود.', evidence: 'پاسخ‌های قبلی' },
  { text: 'طبق توافق تلفنی قرار بود مبلغ برگردد.', evidence: 'طبق توافق' },
  { text: 'در سه نوبت مکاتبه کردم و پاسخی نگرفتم.', evidence: 'سه نوبت' },
  { text: 'سلامی دوباره! من همونی‌ام که دیروز درباره سایز پرسیدم.', evidence: 'سلامی دوباره' },
], ['برای بار دوم سیستم خطا داد.']);

fam('urgent', 'emergencies now: a child hurt, gas or a burst main, children locked in, the last tablets', [
  { text: 'My daughter swallowed one of the button batteries, we are on the way to A&E.', evidence: 'on the way to A&E' },
  { text: 'There is a strong gas smell in the stairwell.', evidence: 'gas smell' },
  { text: 'A burst main is pouring water onto the road.', evidence: 'burst main' },
  { text: 'The smart lock jammed and the kids are inside.', evidence: 'kids are inside' },
  { text: 'I have three days of tablets left and the repeat order is stuck.', evidence: 'days of tablets left' },
], ['Third time this month the ticket machine has swallowed my card.', 'I locked myself out of the app after too many tries.']);

fam('urgent', 'a window closing, money going out, a journey or launch at hand', [
  { text: 'The free cancellation ends at midnight, please change the dates.', evidence: 'ends at midnight' },
  { text: 'My rent goes out on Friday and the refund is still missing.', evidence: 'rent goes out' },
  { text: 'Our go-live is on Monday and the import still fails.', evidence: 'Our go-live' },
  { text: 'I leave for the airport in two hours and the ticket shows the wrong name.', evidence: 'leave for the airport' },
  { text: 'دیرم شده سر کار و کارت مترو شارژ نشده.', evidence: 'دیرم شده' },
  { text: 'آزمون فردا صبح برگزار میشه و کارت ورود به جلسه صادر نشده.' },
  { text: 'بیمه‌نامه‌ام تا پس‌فردا اعتبار داره و سامانه تمدید خطا میده.', evidence: 'تا پس‌فردا اعتبار' },
  { text: 'کتابی که سفارش دادم نرسیده و ترم از شنبه شروع میشه.', evidence: 'ترم از' },
  { text: 'اکانتم از یه دستگاه ناشناس لاگین شده.', evidence: 'دستگاه ناشناس' },
], ['The site says changes are free within 24 hours of booking.', 'گفتن تا امروز ظهر فعال میشه ولی هنوز نشده.', 'نوشتید «پاسخ ظرف ۲۴ ساعت» ولی پنج روز گذشته.', 'غذا سرد رسید، دیگه از این رستوران سفارش نمیدم.', 'ترم از شنبه شروع میشه، لیست کتاب‌ها رو دارید؟']);

fam('repeat', 'a contact word that names a device, an account or this message', [
  { text: 'I emailed you on Monday and nobody replied.', evidence: 'emailed you on Monday' },
], ['My phone bill from 3 March looks higher than usual.', 'Sorry for the long message, I ordered the pram on the 2nd and it went to a locker.', 'My work email stopped syncing on my phone on Friday.']);

fam('repeat', 'a short tally of promises or handlers', [
  { text: 'Nine days, three promises, no parcel.', evidence: 'three promises' },
], ['Two letters arrived this week and both list a different balance.']);
