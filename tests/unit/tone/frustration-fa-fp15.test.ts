// @vitest-environment node
/**
 * Session 15's Persian false alarms of the frustration cue (lib/tone/cues/frustration.fa.fp15.ts): for each mechanism, calm
 * messages that hold the words the cue read stay quiet, and the same words aimed at the company still show the cue. Sentences
 * written for this test (not from any eval split).
 */
import { fam } from './family.ts';

fam('frustrated', 'Persian anger at a third party, not at the company', [
  { text: 'واقعاً از دست پشتیبانیتون عصبانی‌ام، سه روزه اینترنتم قطعه.', evidence: 'عصبانی‌ام' },
  { text: 'پیکتون بسته رو داد دست همسایه و همسایه هم گمش کرد 😡 این چه وضعیه؟', evidence: 'این چه وضعیه' },
  { text: 'از دست شما واقعاً عصبانی‌ام، همسایه‌مون هم همین مشکلو داره.' },
  // A neighbour or a relative who shares the customer's lot, or who only reports what the company did.
  { text: 'همسایه‌ام هم اینترنتش قطعه و واقعاً اعصابم خورده، سه روزه وصل نشده!', evidence: 'واقعاً اعصابم خورده' },
  { text: 'مادرم سه ساعت پشت خط موند و آخرش قطع شد. خیلی عصبانی‌ام', evidence: 'خیلی عصبانی‌ام' },
  { text: 'صاحبخونه‌م گفت قبض رو شما دوبار حساب کردید، واقعا اعصابم خورده 😡', evidence: '😡' },
], [
  'همسایه‌مون ماشینشو جلوی در پارکینگ ما پارک کرده، واقعاً ازش عصبانی‌ام 😡 می‌تونید آدرس اشتراکمو موقتاً عوض کنید؟',
  'سلام، صاحبخونه‌م بدون اجازه قبض برقو به نام خودش کرده و واقعاً از دستش کلافه‌ام. برای برگردوندنش چه مدارکی لازمه؟',
  'سلام، پسرعموم بدون اجازه با کارت من خرید کرده و الان جواب تلفنمو نمیده 😤 میشه کارتمو از حسابم حذف کنید؟',
  'میدونم تقصیر شما نیست، شهرداری واقعاً افتضاحه. کابل برقو موقع حفاری بریدن. کی میتونید وصلش کنید؟',
  'مدیر ساختمون اجازه نداد تکنسین بیاد بالا، واقعاً از رفتار مدیر ساختمون عصبانی‌ام. میشه وقت دیگه‌ای بذارید؟',
]);

fam('frustrated', 'Persian anger at oneself, a feeling denied', [
  { text: 'واقعاً از دستتون کلافه‌ام، شماره کارتمو اشتباه ثبت کردید.', evidence: 'کلافه‌ام' },
], [
  'از دست خودم کلافه‌ام 🤦 شماره کارتو اشتباه زدم. میشه تراکنشو برگردونید؟',
  'ناراحت نیستما، فقط میخوام بدونم سفارشم کی میرسه؟',
  'اصلا ناراحت نیستم، فقط بگین کی میرسه؟',
]);

fam('frustrated', 'Persian «اصلاً» of a question to the company still doubts', [
  { text: 'اصلاً پیامامو میخونید؟', evidence: 'اصلاً' },
], []);

fam('frustrated', 'Persian sincere praise, not sarcasm', [
  { text: 'عالی بود واقعاً، سفارشم باز دیر رسید.', evidence: 'عالی بود' },
], [
  'وای مرسی!!! کفش‌ها عالی بود 😍 حتماً بازم ازتون خرید میکنم',
  'دفعه قبل سفارشم دیر رسید ولی این بار عالی بود، ممنون',
]);

fam('frustrated', 'Persian quotes of a screen or a value; how long, asked', [], [
  'تو اپ نوشته «در حال پردازش». معمولاً چند روز طول میکشه؟',
  'اسمم رو تو بلیت به جای «رضا» زدن «رضی». چطور اصلاح کنم؟',
]);

fam('frustrated', 'Persian escalation words that threaten no one at the company', [
  { text: 'از شما شکایت می‌کنم، این چه وضعشه؟', evidence: 'شکایت می‌کنم' },
], [
  'شماره سفارش رو می‌فرستم، میشه اطلاعات فروشنده رو به پلیس فتا بدین؟',
  'میخوام از یه فروشنده تو دیجی‌کالا شکایت کنم، کجا باید ثبت کنم؟',
]);
