/**
 * Persian neutrals of the twenty-seventh breadth session (rwfab27): the contrasts of scripts/fa-breadth27-matrix.ts that
 * older readers and pack rules flagged, read on the flag's own sentence (folded text, one short slice per suggestion):
 *
 * - **a code explained in the same breath** (`jargon`): «کد خطای 403 یعنی رمز عبور اشتباهه», «ETA یعنی زمان تقریبی
 *   رسیدن»: the flagged term followed at once by «یعنی / به معنی / به معنای» (a bracket or a comma allowed between). The
 *   term the agent glosses is no jargon to the customer;
 * - **nobody else let in** (any category): «سیستم اجازه نمیده کسی بدون کد تأیید وارد حسابتون بشه», «قانون اجازه نمی‌دهد
 *   کسی بدون رضایت شما …»: «اجازه نمی‌دهد / نمی‌ذاره» with «کسی / هیچ‌کس / دیگران» right after it protects the customer
 *   (guard.fa.ts reads «کسی جز شما»; this is the «بدون» and plain «کسی» turn);
 * - **a rule cited over done good news** (`policy`, a citation head): «مطابق ضوابط، مدارک شما کامل است و وام تأیید شد»:
 *   the rest of the sentence tells a thing of the customer's approved, issued, activated, paid or complete, with no
 *   negation, «فقط», «باید» or charge (ruleGives in neutral26p.fa.ts reads the rights granted; this is the done news);
 * - **a ruling or a written term told over good news** (`policy`, `passive-aggressive`): «از مدیریت دستور اومده که به همه
 *   مشتریا تخفیف بدیم 🎉», «تو قرارداد به‌وضوح ذکر شده که گارانتی شامل قطعات هم میشه، پس خیالتون راحت»: the rest of the
 *   sentence is a gift (a ruling only) or a reassurance («تخفیف», «رایگان», «هدیه», 🎉; «خیالتون راحت», «نگران نباشید»)
 *   with no negation, limit, threshold or charge («طبق پیام قبلیم ارسال رایگان برای خرید بالای ۵۰۰ تومنه» stays);
 * - **read it before you sign** (`passive-aggressive`): «لطفاً قرارداد رو کامل بخونید و بعد امضا کنید»: reading asked
 *   before the customer's own next act (signing, paying, confirming), not a reproach for what was already sent;
 * - **«چیزی نیست که نشه …»** (any category): «نگران نباشید، چیزی نیست که نشه درستش کرد»: a double negative is reassurance;
 * - **«خوشبختانه» over a trouble found small** (`dismissive`): «خوشبختانه چیز مهمی نبود، … عوضش کردیم»: the past «نبود»
 *   after «خوشبختانه» in its sentence is good news about the diagnosis, not the customer's worry played down.
 */
import { faFold as fold, faSentenceEnd, faTextMemo } from './guard.fa.text.ts';

const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/[.،,!؛;:؟?«»"()\[\]]/g, ' ').replace(/\s+/g, ' ')} `);

const GLOSS = /^\s*[)\]»"]?\s*[،,:]?\s*(?:یعنی|به\s?معنی|به\s?معنای)(?=\s)/;
const NOBODY_ELSE = / (?:اجازه ?نمی ?(?:ده|دهد|دن|دهند|دیم|دهیم)|نمی ?(?:ذاره|زاره|گذارد|ذارن|گذارند)) (?:به )?(?:کسی|هیچ ?کس|هیچکس|دیگران|شخص دیگری|فرد دیگری|شخص ثالث) /;
const CITE_HEAD = /^\s*(?:بر\s?طبق|طبق|بر\s?اساس|مطابق|برابر|بنا\s?بر|حسب|به\s?موجب|به\s?استناد|وفق)(?=\s|$)/;
/** A thing of the customer's done: approved, issued, activated, paid, sent, renewed, registered, or complete. */
const DONE_NEWS = / (?:تایید|تأیید|صادر|فعال|واریز|ارسال|تمدید|ثبت|پرداخت|آزاد|اعمال|انجام|برگشت ?داده|بازگردانده|عودت ?داده) (?:شد|شده|شدهاست|شده ?است|گردید|گردیده|گردیده ?است|شدند)(?= )| کامل (?:است|هست|ه) /;
/** A gift or a reassurance: a discount, free, a present, rest assured, don't worry, a party emoji. */
const GOOD_NEWS = / (?:تخفیف|رایگان|رایگانه|هدیه|خیالتون راحت|خیالتان راحت|نگران نباشید|نگران نباشین)(?= )|🎉/;
const REASSURED = / (?:خیالتون راحت|خیالتان راحت|نگران نباشید|نگران نباشین)(?= )/;
/** The customer's own next act after the reading: «و بعد امضا کنید», «قبل از پرداخت». */
const BEFORE_ACT = /^\s+(?:و )?(?:(?:بعد|سپس|بعدش) (?:\S+ )?(?:امضا|پرداخت|تایید|تأیید|ثبت)|(?:قبل|پیش) از (?:امضا|پرداخت|تایید|تأیید|ثبت))/;
/** Limits, duties, charges and any negation keep the flag. */
const LIMIT = / (?:فقط|تنها|صرفا|بالای|بالاتر|بیشتر|کمتر|سقف|شرط|مشروط|منوط|باید|بایست|موظف|مجبور|الزامی|هزینه|کارمزد|جریمه|حداکثر|حداقل|مگر|ولی|اما|نیست|نمی\S*|ن(?:شد|شده|بود|بوده|دارد|داره|داریم)\S*) /;

export function faNeutral27b(draft: string, sentenceStart0: number, fs: number, fe: number, category: string): boolean {
  if (category === 'jargon') return GLOSS.test(fold(draft.slice(fe, fe + 16)));
  // Within reach on both sides (as the end below): a run-on with no full stop («نمی‌توانم تا …» pasted for pages) would
  // make every flag read the whole run, quadratic in the draft.
  const sentenceStart = Math.max(sentenceStart0, fs - 300);
  const end = faSentenceEnd(draft, fe, 300);
  const sentence = spaced(draft.slice(sentenceStart, end));
  if (/اجازه|ذار|گذار/.test(sentence) && NOBODY_ELSE.test(sentence)) return true;
  if (category === 'policy' && CITE_HEAD.test(fold(draft.slice(fs, fe)))) {
    const rest = spaced(draft.slice(fe, end));
    return DONE_NEWS.test(rest) && !LIMIT.test(rest);
  }
  if ((category === 'policy' || category === 'passive-aggressive') && /تخفیف|رایگان|هدیه|خیال|نگران|🎉/.test(fold(draft.slice(fe, end)))) {
    // The flag's own words count too: «مدیریت اجازه نمیده که تخفیف بدیم» refuses the gift. A reminder («طبق پیام قبلیم
    // ارسال رایگان برای خرید بالای ۵۰۰ تومنه») spares only a reassurance, never a gift with its terms.
    const good = category === 'policy' ? GOOD_NEWS : REASSURED;
    if (good.test(spaced(draft.slice(fe, end))) && !LIMIT.test(spaced(draft.slice(fs, end)))) return true;
  }
  if (category === 'passive-aggressive' && /بخون|بخوان|مطالعه/.test(fold(draft.slice(fs, fe))) && BEFORE_ACT.test(spaced(draft.slice(fe, end)))) return true;
  if (/ (?:چیزی|هیچ ?چیزی|هیچ ?مشکلی|مشکلی|کاری) نیست که\s*$/.test(spaced(draft.slice(sentenceStart, fs)))) return true;
  if (category === 'dismissive' && /نبود/.test(fold(draft.slice(fs, fe)))) return / خوشبختانه /.test(spaced(draft.slice(sentenceStart, fs)));
  return false;
}
