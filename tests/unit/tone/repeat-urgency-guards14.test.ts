// @vitest-environment node
/**
 * Session 14's guards against false repeat and urgency cues (lib/tone/cues/repeat.guards14.ts, urgency.guards14.ts):
 * each near-miss stays quiet, and the real cue beside it still shows. Sentences written for this test (not from any
 * eval split).
 */
import { fam } from './family.ts';

fam('repeat', "the company's sending, the agent's chasing, a reply to the agent's request", [
  { text: 'سلام، دیروز براتون ایمیل فرستادم و هنوز جوابی نگرفتم.' },
  { text: 'Second time writing about ticket #5521: still no refund.' },
], [
  'سلام، لینکی که امروز صبح فرستادین باز نمیشه.',
  'کتابی که هفته پیش فرستادید رسید ولی جلدش پاره بود.',
  'Great news, the money is back. Thanks for chasing it, Sam.',
  'Case #40917: here is the screenshot you asked for.',
]);

fam('repeat', 'tries counted, what may be done next, an order to someone else, a visit', [
  { text: 'سه بار زنگ زدم و کسی جواب نداد.' },
], [
  'دو بار رمز رو زدم، هر دو بار نوشت اشتباهه.',
  'یعنی باید دوباره به شعبه مراجعه کنم؟',
  'به پیک گفتم صبر کن، گفت وقت ندارم.',
  'تکنسین شما برای نصب آمد و نیم ساعته کارو تموم کرد.',
]);

fam('repeat', 'a request filed through a self-service channel is the matter itself', [
  { text: 'This is my third email about the refund I requested through your website.' },
], [
  'I ordered the replacement through your website on Friday; when will it ship?',
  'Could you tell me if my refill is ready? I requested it via the app yesterday.',
  'درخواست کارت از طریق سامانه ثبت شده ولی هنوز صادر نشده است.',
]);

fam('urgent', 'a hurry word negated, naming a thing, in quotes, or talked about', [
  { text: 'This is urgent: my account was hacked an hour ago.' },
], [
  'The office printer jams now and then. Not urgent, we mostly print at home now.',
  'Does the plan include emergency cover when travelling?',
  'آیا بیمه تکمیلی هزینه فوریت‌های پزشکی را هم پوشش می‌دهد؟',
  'Apparently urgent means next month with you lot.',
]);

fam('urgent', 'a day that dates a past event, a day told, asking which day, a notice’s date', [
  { text: 'Flight is tomorrow morning and my e-ticket still has not arrived.' },
], [
  'سلام، قهوه‌سازی که خریدم امروز خاموش شد و دیگه روشن نمیشه. برای تعمیر چیکار کنم؟',
  'پیک زنگ زد گفت امروز نمیرسه. مشکلی نیست.',
  'Can it come tomorrow or Thursday? Either is fine.',
  'the promo code fails at checkout, it says expired although the flyer says valid till friday',
]);

fam('urgent', 'money taken for an own purchase, an express order named, a lapsed ultimatum', [
  { text: 'Someone took £400 from my account and I did not make this payment.' },
], [
  'بلیتی که خریدم صادر نشد ولی پولش دو بار از حسابم کم شد.',
  'مگه ارسال فوری انتخاب نکرده بودم؟ چرا یک هفته طول کشید؟',
  "I've given you until today as we agreed. The refund is still missing, so I'm raising a chargeback this evening.",
]);
