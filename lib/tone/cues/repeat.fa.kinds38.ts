/**
 * Repeat contact, session 38 (tone38), Persian: an earlier contact of the writer's told in one sentence with its moment,
 * the kind the older readers miss most on fresh writers (late20, late22, late29, late32, late35, late36, train35), formal
 * letters and Dari as much as colloquial Persian:
 *
 * - «موضوع را دو هفته پیش حضوراً با دفتر آموزشگاه مطرح کردم», «در تاریخ … طی نامه شماره ۲۲۷ پیگیری کرده‌ام»,
 *   «طی دو ایمیل در تاریخ‌های 3 و 9 خرداد … گزارش نموده‌ام», «تاکنون سه نامه به آن شهرداری ارسال نموده‌ام», «موضوع در تاریخ
 *   5 آذر نیز طی ایمیل به اطلاع رسیده», «سه روز پیش … به شما خبر دادم», «من پیش از این هم تیلفون کرده بودم», «دیروزم پرسیدم».
 *
 * A contact verb of the writer's in the past (reported, raised, followed up, told, called, asked, a letter or e-mail sent) and,
 * in the same sentence, its moment or channel: a date («در تاریخ», «مورخ»), days ago («سه روز پیش», «هفته گذشته», «دیروز»), a
 * channel told back («طی دو ایمیل», «کتباً», «حضوراً»), «قبلاً», «پیش از این», «تاکنون», a count («برای بار سوم»).
 * Not: a contact with a third party («به بانک», «به پلیس», «به مادرم» …), an earlier report of a separate matter («قبلاً هم یه
 * نفر دیگه رو گزارش کرده بودم ولی اون یه ماجرای جدا بود»), a parcel sent («بسته را ارسال کرده‌ام»: only a letter, e-mail,
 * message or request sent counts), a plan or a present verb («اعلام می‌گردد», «میخوام گزارش بدم»).
 * Evidence: the moment and the contact verb, never a greeting or the pronoun.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';

/** Switch for the leave-one-writer-split-out figures (scripts/tone38-loso.ts); always on in the product. */
export const repeat38Switch = { on: true };

const Z = String.raw`[\s\u200c]*`;
const PERFECT = String.raw`(?:نموده${Z}(?:ام|بودم)|کرده${Z}(?:ام|بودم)|داده${Z}(?:ام|بودم)|زده${Z}(?:ام|بودم)|گرفته${Z}(?:ام|بودم)|دادم|کردم|نمودم|زدم|گرفتم)`;
const VERB = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:(?:اعلام|گزارش|مطرح|پیگیری|عرض|مکاتبه|خبر|اطلاع|تماس|زنگ|تیلفون|تلفن|تلفون)${Z}${PERFECT}` +
    String.raw`|پرسیده${Z}(?:ام|بودم)|پرسیدم|به${Z}اطلاع${Z}(?:رسیده|رسانده${Z}(?:شد|شده|ام)|رساندم)` +
    String.raw`|(?:نامه|ایمیل|درخواست|پیام)[^.!؟?\n]{0,40}?ارسال${Z}(?:نموده${Z}ام|کرده${Z}ام|کردم|نمودم))(?![\p{L}\p{M}])`,
  'u',
);
const ANCHOR = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:در${Z}تاریخ|مورخ|طی${Z}(?:(?:دو|سه|چند|\d+|[۰-۹]+)${Z})?(?:ایمیل|نامه|تماس|مکاتبه|پیام)|کتباً|کتبا|حضوراً|حضورا|قبلاً|قبلا|پیش${Z}از${Z}این|تاکنون|تا${Z}حالا|دیروز|پریروز` +
    String.raw`|(?:\d+|[۰-۹]+|یک|دو|سه|چهار|پنج|چند)${Z}(?:روز|هفته|ماه)${Z}(?:پیش|قبل)|(?:هفته|ماه)${Z}(?:پیش|گذشته|قبل)|بار${Z}(?:دوم|سوم|چهارم)|(?:دومین|سومین|چهارمین)${Z}بار)`,
  'u',
);
const THIRD_PARTY = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:به|با)${Z}(?:بانک|مادرم|پدرم|همسرم|خانمم|شوهرم|برادرم|خواهرم|دوستم|صاحبخونه|صاحبخانه|پلیس|پزشک|دکترم|بابام|مامانم)`, 'u');
/** The earlier report was about something else. */
const SEPARATE = /(?<![\p{L}\p{M}])(?:جدا|جدایی|جداگانه|ربطی)(?![\p{L}\p{M}])/u;

/** The earlier contact told with its moment (see above): the moment and the verb as evidence, or nothing. */
export function faKinds38Finds(ctx: CueContext): Evidence[] {
  if (!repeat38Switch.on || !ctx.fa || ctx.empty) return [];
  const text = ctx.doc.text;
  for (const m of text.matchAll(/[^.!؟?\n]+/gu)) {
    const s = m[0];
    const v = VERB.exec(s);
    if (!v) continue;
    const a = ANCHOR.exec(s);
    if (!a || THIRD_PARTY.test(s) || SEPARATE.test(s)) continue;
    const at = m.index ?? 0;
    const ev = (start: number, end: number) => ctx.ev({ start: at + start, end: at + end }, 'tone.why.earlierContact');
    const out = [ev(a.index, a.index + a[0].length)];
    // «سه نامه به آن شهرداری ارسال نموده‌ام»: the letter and the sending, not the words between.
    const sent = v[0].lastIndexOf('ارسال');
    const noun = /^(?:نامه|ایمیل|درخواست|پیام)/u.exec(v[0]);
    if (noun && sent > 0) out.push(ev(v.index, v.index + noun[0].length), ev(v.index + sent, v.index + v[0].length));
    else out.push(ev(v.index, v.index + v[0].length));
    return out;
  }
  return [];
}
