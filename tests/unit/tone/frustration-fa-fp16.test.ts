/**
 * Session 16's Persian false alarms of the frustration cue (lib/tone/cues/frustration.fa.fp16.ts): for each mechanism, calm
 * messages that hold the words the cue read stay quiet, and the same words aimed at the company still show the cue; and the
 * one miss read (thanks said to a unilateral act). Sentences written for this test (not from any eval split).
 */
import { fam } from './family.ts';

fam('frustrated', 'Persian displeasure at another or a former provider', [
  { text: 'از خدماتتون خیلی ناراضی‌ام، از اپراتور قبلیم هم بدتره.', evidence: 'خیلی ناراضی‌ام' },
  { text: 'واقعاً از شما ناراضی‌ام، سه روزه اینترنتم قطعه.', evidence: 'ناراضی‌ام' },
], [
  'از اپراتور قبلیم خیلی ناراضی بودم و برای همین اومدم سمت شما. بسته‌های اینترنت ماهانه‌تون چنده؟',
  'سلام، از یه فروشگاه دیگه خیلی دلخور بودم که این بار از شما سفارش دادم. ارسال به کرج چند روز طول میکشه؟',
]);

fam('frustrated', 'Persian strong words as degree adverbs of praise', [
  { text: 'پشتیبانیتون وحشتناک کنده، سه روزه منتظرم.', evidence: 'وحشتناک' },
  { text: 'غذا وحشتناک بود، سرد و بی‌مزه.' },
], [
  'این هدفون وحشتناک خوبه 😍 صداش عالیه. ممنون از ارسال سریعتون',
  'سلام. این اتو واقعاً وحشتناک قوی است؛ چروک‌ها در یک لحظه صاف می‌شوند. خیلی راضی‌ام.',
]);

fam('frustrated', 'Persian complaint disowned, a fault out of the company\'s hands', [
  { text: 'نمی‌خوام شکایت کنم ولی سه بار زنگ زدم و هیچکس جواب نداد. واقعاً افتضاحه' },
  { text: 'میدونم تقصیر شما نیست ولی واقعاً از دستتون عصبانی‌ام که هیچ خبری ندادید' },
], [
  'سلام. نمی‌خواهم گلایه کنم، فقط خواستم بگویم یکی از بشقاب‌ها ترک داشت. امکان تعویضش هست؟',
  'یه کم ناراحت شدم ولی می‌دونم دست شما نبوده، برف اومد و جاده بسته شد. فقط بگید کی ارسال میشه؟',
]);

fam('frustrated', 'Persian «هنوز» of a good memory beside praise', [
  { text: 'پشتیبانی عالیتون هنوز جواب نداده، یه هفته‌ست منتظرم.' },
], [
  'با سلام، از پذیرایی عالی رستوران شما سپاسگزارم. مهمانان ما هنوز از آن شب تعریف می‌کنند.',
  'دمتون گرم، کیک تولد فوق‌العاده بود و بچه‌ها هنوز حرفشو میزنن.',
]);

fam('frustrated', 'Persian thanks said to a unilateral act', [
  { text: 'دستتون درد نکنه که بی‌خبر سفارشمو کنسل کردید و حالا میگید تقصیر خودم بوده.', evidence: 'بی‌خبر' },
  { text: 'دست شما درد نکند که بدون اطلاع قبلی قرار بازدید را عقب انداختید و می‌گویید تقصیر خودمان است.' },
], [
  'ممنون که بی‌خبر اومدید و کولر رو درست کردید، عالی بود.',
  'دستتون درد نکنه که بی‌خبرمون نذاشتید و زودتر زنگ زدید.',
  'دستتون درد نکنه که انقدر سریع فرستادید.',
]);

fam('frustrated', 'Persian thanks for a failing denied (litotes)', [
  { text: 'دستتون درد نکنه که جواب ندادید، سه روزه منتظرم.' },
  { text: 'دست شما درد نکند که هیچ خبری به ما ندادید.' },
], [
  'دستتون درد نکنه، واقعاً چیزی کم نذاشتید.',
  'خیلی ممنون، تو این مدت هیچ کوتاهی نکردید 🌹',
  'دست شما درد نکند که در این شرایط سخت تنهامان نگذاشتید.',
]);
