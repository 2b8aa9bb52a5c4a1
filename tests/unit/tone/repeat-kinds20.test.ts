// @vitest-environment node
/**
 * Twentieth session's repeat kind (lib/tone/cues/repeat.kinds20.ts): back again with the earlier matter answered or
 * thanked is no repeat contact; back again with anything chased or open stays one. Look-alikes from knowledge, many trades.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const fires = (t: string) => readCustomerTone(t).cues.some((c) => c.kind === 'repeat');

export const SETTLED_AGAIN: readonly string[] = [
  'Hi again, thanks for the help yesterday with the router. Another quick one: can I pause my plan in August?',
  'Hello again! Thanks so much for the quick reply last week, the voucher worked perfectly. Do you also do gift wrapping?',
  'Sorry to bother you again! You sorted out my booking on Monday, thanks for that. This time I want to ask about parking at the venue.',
  'Me again 😊 you answered my question about the size guide, thank you. Can I order the same boots in navy?',
  'Hi again, the refund came through, thanks for the help. Could you tell me if the winter sale starts soon?',
  'سلام ببخشید باز مزاحم شدم 😅 دفعه قبل درباره ساعت کاری شعبه پرسیدم که جواب دادین، مرسی. این بار یه سوال دیگه دارم: برای افتتاح حساب جاری چه مدارکی لازمه؟',
  'سلام دوباره! ممنون از راهنمایی دیروزتون، مشکل حل شد. یه سوال دیگه: میشه اشتراک رو برای دو ماه متوقف کنم؟',
  'ببخشید باز مزاحم شدم، این دفعه آخره قول میدم 🙏 برای سفارش دوم هم کد تخفیف میشه استفاده کرد؟',
  'سلام، دوباره مزاحم شدم. هفته پیش راهنمایی کردین و درست شد، ممنون. حالا میخواستم بپرسم کلاس‌های تابستانی کی شروع میشه؟',
  'سلام مجدد، بابت جواب سریعتون ممنون. یه سوال دیگه هم داشتم: ارسال به شهرستان چند روز طول میکشه؟',
];

export const STILL_REPEAT: readonly string[] = [
  'Hi again, any update on my refund? It has been two weeks.',
  'Sorry to bother you again, but I still have not received the replacement charger.',
  'Hello again, thanks for the help last time but the same problem is back and the app will not open.',
  'Me again, I emailed on Monday and have had no reply about the missing parcel.',
  'Sorry to bother you again, one more question: does it come with a charger?',
  'سلام ببخشید باز مزاحم شدم، هنوز جواب درخواست مرجوعی رو ندادین.',
  'باز مزاحم شدم، دفعه قبل گفتین تا سه روز پول برمیگرده ولی هنوز خبری نشد.',
  'سلام دوباره، ممنون از راهنمایی ولی همون مشکل دوباره پیش اومده و کارت کار نمیکنه.',
  'ببخشید دوباره مزاحم شدم، پیگیری سفارش ۴۴۱۲ رو میخواستم، سه روزه منتظرم.',
  'سلام مجدد، دیروز هم پیام دادم ولی جوابی نگرفتم. لطفا بررسی کنید.',
];

describe('repeat kinds 20: back again, the earlier matter settled', () => {
  it.each(SETTLED_AGAIN)('no repeat contact: %s', (text) => expect(fires(text)).toBe(false));
  it.each(STILL_REPEAT)('still a repeat contact: %s', (text) => expect(fires(text)).toBe(true));
});
