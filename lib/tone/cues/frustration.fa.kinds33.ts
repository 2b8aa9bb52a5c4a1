/**
 * Frustration, session 33 (tonefa33): Persian mock praise beside a harm, the largest Persian frustration miss kind of
 * late29 … late32 (late30, late31 ×4, late32 ×3 quiet before): «واقعاً عالیه 😂 آگهی ماشینمو … رد کردید», «چه سرویس
 * فوق‌العاده‌ای! … اسممو … اشتباه نوشتین», «واقعاً عالیه، فقط چاله هنوز سر جاشه 👌», «دمتون گرم، گلستان دوباره وسط انتخاب
 * واحد خوابید … 🙃», «اپ نوبت دهیتون واقعا شاهکاره … 🙃», "dasteton dard nakone vaghean 👏 … 2 rooz nashode tamoom
 * shode", "kheili mamnoon az poshtibani e aliii 👏👏". Look-alikes and contrasts in scripts/tone-fa-kinds33-matrix.ts, run by
 * tests/unit/tone/fa-kinds33.test.ts.
 *
 * Praise of the service («عالیه», «شاهکاره», «فوق‌العاده», «دمتون گرم», «دستتون درد نکنه», Finglish "dasteton dard nakone",
 * "aliii") marked as irony (an ironic face 🙂 🙃 😐 👏 👌 😂, or «واقعاً» / "vaghean" on the praise, or «چه … ای!»), in a
 * message that tells a fault (not done, rejected, wrong, closed, broken, down again). Not sincere praise with a
 * reservation («دمتون گرم، باشگاه خیلی خوبه ولی کولرها … کار نمیکنه 😅», late25 calm), praise of a matter put right
 * («مودم رو عوض کرد و الان سرعت عالیه 👌»), thanks to a person, warm faces (😍 🙏 🌸), «فقط خواستم بگم».
 *
 * And **an ironic guess** closed by an ironic face (late29, late31 ×5, late32 ×2; fresh4, late12, late17 before): «ظاهراً
 * یخچالم شبا مهمونی میگیره 🙃», «احتمالا کنتورمون داره کل محله رو گرم میکنه 🙂», «فکر کنم پرونده‌م گیر کرده طبقه آخر 🙂»,
 * «لابد سرورتون هم مثل ما خسته‌ست 🙃», «شاید بشه یه دوره آنلاین درباره صبر برگزار کنید 🙂»: a sentence opened by «احتمالاً»,
 * «لابد», «ظاهراً», «فکر کنم», «شاید» that ends in 🙂 🙃 😂 😐 😏, in a message that tells a fault, a wait, a bill or quotes
 * the company's words. Not the customer's own plan told warmly («احتمالا بعد از امتحانا برمیگردم 🙂» beside «راضی بودم»,
 * late19 calm), nor a guess with nothing wrong told («فکر کنم فردا حضوری بیام 🙂»).
 *
 * Evidence: the praise, or the guess, with tone.why.sarcasm (shown in English and Persian, frustration.ts strings).
 */
import { type CueContext } from '../cue.ts';
import { audited, gated, gateOf } from '../readergate.ts';
import type { Evidence } from '../types.ts';
import { replyLanguage } from './language.ts';

const fold = (s: string): string => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/\u200c/g, ' ');
const NL = String.raw`(?<![\p{L}\p{M}])`;
const NR = String.raw`(?![\p{L}\p{M}])`;

/** Praise of the service, with the intensifier that often marks it ironic. */
const PRAISE_FA = new RegExp(String.raw`${NL}(?:(واقعا|واقعاً)\s+|خیلی\s+)?(?:عالیه|شاهکاره|شاهکار${NR}|فوق\s*العاده(?:\s*ای|\s*تون|\s*ست)?|دمتون\s+گرم|دستتون\s+درد\s+نکنه|دسدون\s+درد\s+نکنه|چه\s+(?:سرویس|خدماتی|پشتیبانی)\s+\S+)`, 'u');
const PRAISE_FG = /\b(?:(vaghean|vaghan|vaqean)\s+)?(?:dast(?:e|a)?toon\s+dard\s+nakone|dast(?:e|a)?ton\s+dard\s+nakone|damet(?:oon|un)?\s+garm|a+li{3,}|sha+hkar(?:e)?)\b(?:\s+(vaghean|vaghan|vaqean)\b)?/iu;
/** An ironic face, anywhere in the latest words. */
const IRONIC_FACE = /🙂|🙃|😐|👏|👌|😂|😏|🤦/u;
/** A fault told. */
const FAULT_FA = new RegExp(String.raw`${NL}(?:هنوز|نشده|نشد|نیومده|نیامده|نرسیده|نیست|خوابید|خوابیده|رد\s+کرد(?:ید|ین|ن|ه)?|اشتباه|خراب|تاخیر|تأخیر|بسته\s*(?:ست|است)|سیاهه|نمیشه|نمی\s+شه|نمیاد|نمیده|نمیخونه|نمی\s+خونه|نمیکنه|نمی\s+کنه|کم\s+کرد|کم\s+شده|گم\s+شد|قطع)${NR}`, 'u');
const FAULT_FG = /\b(?:nashode|nashod|nemitoonam|nemishe|nemiad|error|eshtebah|kharab\w*|hanooz|hanuz|tamoom\s+shode|ghat\w*|nayoomade|nayomade|naresid\w*)\b/iu;
/**
 * Sincere: a reservation after the praise, a matter put right (by the company too: «سریع اصلاح کردید», «تعمیرکارتون درست
 * کرد»), a small reservation («فقط رنگش یکم …»), a person thanked, warm faces, a thank-you note.
 */
const SINCERE = /(?:عالیه|خوبه|گرم|نکنه|العاده)[^.!؟?\n]{0,40}\s(?:ولی|اما|منتها)\s|درست\s+شد|حل\s+شد|وصل\s+شد|(?:درست|اصلاح|حل|تعمیر|عوض|جایگزین)\s+کرد(?:ید|ین|ن|ند|ه|یم)?(?![\p{L}])|اصلاح\s+شد|فقط\s+[^.!؟?\n]{0,30}(?:یکم|یه\s*کم|کمی|یه\s+ذره)(?![\p{L}])|رسید(?![\p{L}])|اوکی|راضی|خوش\s+گذشت|محشر|از\s+(?:همکار|آقای|خانم|راهنما|تیم)|فقط\s+خواستم|عصبانی\s+نیستم|😍|🙏|💪|🌸|🌹|❤|🥰|😘|\b(?:garm|nakone|a+li+)\b[^.!?\n]{0,40}\s(?:vali|ama)\b|\b(?:dorost\s+shod|hal\s+shod|resid)\b/u;

/** A guess sentence closed by an ironic face. */
const GUESS = new RegExp(String.raw`${NL}(?:احتمالاً|احتمالا|لابد|ظاهراً|ظاهرا|فکر\s+کنم|شاید)${NR}[^.!؟?\n]{3,120}?(?:[.!؟?]\s*)?(?:🙂|🙃|😂|😐|😏)`, 'u');
/** Something wrong told: a fault, a wait, a bill, the company's words quoted, a wrong thing come. */
const WRONG = new RegExp(String.raw`${FAULT_FA.source}|«[^»]{2,40}»|${NL}(?:قبض|گیر\s+کرده|در\s+انتظار|اومده|آمده|گذشته|(?:[۰-۹0-9]+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|ده|چند)\s*(?:روز|هفته|ماه|ساعت))`, 'u');

export const FRUSTRATION_FA33_GATE = gateOf('readFaKinds33', { text: [/احتمال|لابد|ظاهر|فکر|فكر|شاید|شايد|عالیه|عالي|شاهکار|شاهكار|العاده|گرم|درد\s+نکنه|درد\s+نكنه|چه\s+سرویس|چه\s+سرويس|چه\s+خدماتی|چه\s+خدماتي|چه\s+پشتیبانی|چه\s+پشتيباني|nakone|garm|alii|hkar/u] });

const NONE = { score: 0, evidence: [] as Evidence[] };

/** Mock praise beside a harm (see the header): 1.1 and the praise, or nothing. */
export function readFaKinds33(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.empty || !gated(ctx, FRUSTRATION_FA33_GATE)) return NONE;
  return audited(FRUSTRATION_FA33_GATE, read33(ctx));
}

function read33(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const fg = !ctx.fa && replyLanguage(ctx).finglish.length > 0;
  if (!ctx.fa && !fg) return NONE;
  const text = fold(ctx.doc.text);
  if (SINCERE.test(text)) return NONE;
  const guess = ctx.fa ? GUESS.exec(text) : null;
  if (guess) {
    const rest = text.slice(0, guess.index) + ' '.repeat(guess[0].length) + text.slice(guess.index + guess[0].length);
    if (WRONG.test(rest) || FAULT_FA.test(guess[0])) return { score: 1.1, evidence: [ctx.ev({ start: guess.index, end: guess.index + guess[0].length }, 'tone.why.sarcasm')] };
  }
  const praise = (ctx.fa ? PRAISE_FA : PRAISE_FG).exec(text);
  if (!praise) return NONE;
  // Irony: an ironic face, «واقعاً» on the praise, or «چه … ای!».
  const marked = IRONIC_FACE.test(text) || praise[1] !== undefined || praise[2] !== undefined || (/^چه/u.test(praise[0]) && /^[^.؟?\n]*!/u.test(text.slice(praise.index)));
  if (!marked) return NONE;
  // A fault told outside the praise itself.
  const rest = text.slice(0, praise.index) + ' '.repeat(praise[0].length) + text.slice(praise.index + praise[0].length);
  if (!(ctx.fa ? FAULT_FA : FAULT_FG).test(rest)) return NONE;
  return { score: 1.1, evidence: [ctx.ev({ start: praise.index, end: praise.index + praise[0].length }, 'tone.why.sarcasm')] };
}
