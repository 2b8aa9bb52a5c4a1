/**
 * Persian neutrals of the twentieth session (issue 12; family matrix scripts/neutral20-matrix.fa.ts, written from the kinds,
 * not from any split's items). Read on folded text (guard.fa.text.ts's faFold: ZWNJ as a space, Arabic letters folded).
 * Each kind is one condition, with look-alikes in the matrix that stay flagged:
 *
 * - **the customer's data kept from others** (`absolutes` «به هیچ وجه / عنوان», `cant-wont` «قابل مشاهده نیست»): the clause
 *   names the customer's data (اطلاعات، رمز، شماره، مشخصات، سوابق …) and a negated verb of keeping, showing or handing on
 *   («ذخیره نمی‌شود», «در اختیار … قرار نمی‌گیرد», «به اشتراک گذاشته نمی‌شود», «قابل مشاهده نیست»): a privacy promise.
 *   «به هیچ عنوان امکان استرداد وجه وجود ندارد» and «اطلاعات شما رو نمی‌تونیم ببینیم» stay flagged;
 * - **a treat said as a playful negation** (`cant-wont`): «نمیشه که بدون … برید!», «بدون کیک که نمیشه!», then a gift in the
 *   next words («مهمون ماست», «هدیه», «رایگان», «روی میزتونه»). An exclamation must close the negation; «بدون رسید نمیشه
 *   کاری کرد» and «نمیشه که هر بار … انتظار داشته باشید» stay flagged;
 * - **the complaint named as resolved, with its outcome** (`negative-words` «شکایت شما»): «شکایتتون بررسی شد و کل مبلغ
 *   برگشت», «شکایت شما رسیدگی شد و …»: the word names what was done for the customer and what came of it. A bare «شکایت شما
 *   ثبت شد» and «شکایتتون وارد نیست» stay flagged.
 */
import { faFold as fold, FA_SENTENCE_REACH } from './guard.fa.text.ts';

const DATA = /(?:^|\s)(?:اطلاعات|رمز|شماره|مشخصات|سوابق|داده|داده ها|پرونده|آدرس|نشانی|عکس|مدارک|ایمیل|تاریخچه)(?:\S*)(?:\s|$)/;
const KEPT = /(?:ذخیره\s+(?:نمی|نخواهد)|در\s+اختیار\s+[^.!؟،,\n]{0,40}قرار\s+(?:نمی|نخواهد|نمیگیر|نمیده)|به\s+اشتراک\s+گذاشته\s+(?:نمی|نخواهد)|نمایش\s+داده\s+(?:نمی|نخواهد)|فروخته\s+(?:نمی|نخواهد)|افشا\s+(?:نمی|نخواهد)|منتشر\s+(?:نمی|نخواهد)|قابل\s+(?:مشاهده|رویت|دیدن)\s+(?:نیست|نمی|نخواهد))/;

/** A clause that promises the customer's data stays with them. */
function dataKept(clause: string): boolean {
  return DATA.test(` ${clause} `) && KEPT.test(clause);
}

const PLAYFUL_NEG = /(?:نمیشه|نمی\s?شه|نمیشود|نمی\s?شود|نمیذاریم|نمی\s?ذاریم|نمیزاریم|نمی\s?زاریم|نمیذارم|نمی\s?ذارم)/;
const GIFT = /(?:مهمون|مهمان|هدیه|هدیه ای|رایگان|کادو|جایزه|تقدیم|سورپرایز|روی\s+میز|براتون\s+(?:فرستادیم|گذاشتیم|کنار\s+گذاشتیم)|همراه\s+سفارش|نوش\s+جان)/;

/** «نمیشه که بدون لبخند برید! ماساژ امروز مهمون ماست»: a negation closed by «!», a gift right after it. */
function playfulTreat(draft: string, fe: number): boolean {
  const after = draft.slice(fe, fe + 160);
  const bang = after.search(/[!！]/);
  if (bang < 0 || /[.؟?\n]/.test(after.slice(0, bang))) return false;
  const next = fold(after.slice(bang + 1, bang + 120));
  return GIFT.test(` ${next} `);
}

/** A charge, fee or penalty named, then a negated verb of taking or applying it: good news («جریمه … اعمال نخواهد شد»). */
const COST = /(?:^|\s)(?:جریمه|کارمزد|هزینه|مبلغ|وجه|پول|کسورات|مالیات|اجرت|دستمزد|کرایه)\S*(?:\s|$)/;
/** We take no fee: «اجرت جداگانه‌ای نمی‌گیریم» (not «پس نمی‌گیریم»: a return refused). */
const WE_TAKE_NO = /(?:^|\s)(?:نمی\s?گیریم|نمیگیریم|نمی\s?گیرم|دریافت\s+نمی\s?کنیم)/;
const GOOD_NEG_VERB = /(?:کسر|اعمال|دریافت|برداشت|محاسبه|لحاظ)\s+(?:نگردیده|نگردید|نشده|نشد|نخواهد\s+(?:شد|گردید)|نمی\s?(?:شود|شه|گردد))/g;

/** Handled with an outcome after it: «بررسی شد و کل مبلغ برگشت», «رسیدگی شد و راننده جدید تعیین شد» (a bare «ثبت شد» only labels the message). */
const HANDLED = /^\s*(?:\S+\s+){0,3}?(?:(?:ثبت\s+و\s+)?(?:بررسی|رسیدگی|پیگیری|پذیرفته|حل))\s+(?:شد|شده|گردید|گردیده|کردیم|کردم|کرد)\s*(?:و|[؛،,:]\s*\S|\s+و)\s*\S/;

/** Whether a Persian pack suggestion is neutral by one of the twentieth session's kinds. `clause`: folded text of its clause. */
export function faNeutral20(draft: string, clauseStart: number, fs: number, fe: number, category: string): boolean {
  if (category === 'absolutes' || category === 'cant-wont') {
    // Read within reach of the span on either side (FA_SENTENCE_REACH): a run-on with no stop costs each span a constant.
    const m = /[.!؟?\n،,؛]/.exec(draft.slice(fe, fe + FA_SENTENCE_REACH));
    const clause = fold(draft.slice(Math.max(clauseStart, fs - FA_SENTENCE_REACH), m ? fe + m.index : Math.min(draft.length, fe + FA_SENTENCE_REACH)));
    if (dataKept(clause)) return true;
  }
  if (category === 'cant-wont' && PLAYFUL_NEG.test(fold(draft.slice(fs, fe))) && playfulTreat(draft, fe)) return true;
  // «جریمه دیرکرد برای قسط شما اعمال نخواهد شد», «هیچ مبلغی از حساب شما کسر نشده»: a charge not taken is good news.
  if (category === 'cant-wont' && COST.test(` ${fold(draft.slice(Math.max(clauseStart, fs - FA_SENTENCE_REACH), fs))} `)) {
    const flagged = fold(draft.slice(fs, Math.min(draft.length, fe + 4)));
    if (new RegExp(GOOD_NEG_VERB.source).test(flagged)) return true;
    if (WE_TAKE_NO.test(` ${flagged}`) && !/(?:^|\s)پس\s*$/.test(fold(draft.slice(Math.max(clauseStart, fs - 6), fs)))) return true;
  }
  if (category === 'negative-words' && /شکایت/.test(fold(draft.slice(fs, fe))) && HANDLED.test(fold(draft.slice(fe, fe + 60)))) return true;
  return false;
}
