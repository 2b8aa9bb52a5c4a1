/**
 * Persian formal neutrals of the thirty-third session (rwfa33): late32's flagged neutrals (all seven formal), each named by
 * its reader and kind, and each kind counted over the neutrals of late12-32 and train31 first; a kind was taken where it
 * recurs in three splits or more (lib/rewrite/README.md, "rwfa33"). One hook: `faNeutral33`, a neutral filter beside
 * faNeutral32 (guard.fa.ts for the packs, engine.ts for the generic and learnt readers). Look-alikes and contrasts of my
 * own: scripts/fa-kinds33-matrix.ts, run by tests/unit/rewrite/fa-kinds33.test.ts.
 *
 * No flag, read over the language layer's words (polarity, person, mood, tense) of the flag's own sentence:
 *  - **a letter's news that spares the customer a burden** (`fa-bureaucratic-note`, and any reader over the sparing
 *    negation itself in a sentence the letter's formula opens; bur35: the formula «به اطلاع / استحضار می‌رساند» is no
 *    longer flagged itself, its rule `fa-bureaucratic-inform` retired, but it still opens a letter's sentence): «به اطلاع می‌رساند … نیازی به
 *    ناشتایی نمی‌باشد و وجهی نیز … دریافت نخواهد شد» (late32 BS113), «بدینوسیله اعلام می‌گردد پرونده … فاقد هرگونه
 *    بدهی … بوده و اقدام دیگری از سوی آن مشترک محترم لازم نمی‌باشد» (BS131, read by learnt-policy), «لازم به ذکر است
 *    هیچ‌گونه تغییری در مبلغ اقساط … ایجاد نشده است» (late26 BH021), «به استحضار می‌رساند غیبت … منظور نخواهد شد»
 *    (late27 BI127: older readers read eight words back at most). The kind is written in the neutrals of late18, 26, 27,
 *    28, 30, 31, 32 and train31. Every negation of the sentence must spare: a negated verb of charging or counting
 *    against the customer (deducted, taken, charged, counted, applied) or a negated need, change or cost whose thing is the
 *    customer's burden («فاقد» a debt too); a need of a service («نیازی به بررسی مجدد نمی‌باشد»: a second look refused), a
 *    first person, a limit («فقط، صرفاً، منوط، مگر …») or bad or pending news keep the flag.
 *  - **a polite request of the step the customer needs** (`fa-bureaucratic-please`, `fa-bureaucratic-act`): «جهت تسریع در
 *    رسیدگی، خواهشمند است تصویر رسید … را ارسال فرمایید» (late12 O153, late21 ZA150), «اگر نصاب … مراجعه نکرد، خواهشمند
 *    است موضوع را … پیگیری فرمایید» (late26 BH066): the request has its reason (a purpose «جهت / به منظور / برای …» or a
 *    condition) and a second-person subjunctive of the step; the writers never mark the formula alone (twenty negatives of
 *    late12-32 keep it outside their marks). A reproach (read it again, carefully, from now on, the earlier letter, keep
 *    calm) or a bare request («خواهشمند است مدارک را ارسال کنید», the rule's own example) keeps the flag. And «جنابعالی
 *    می‌توانید تا … نسبت به انتخاب هتل … اقدام فرمایید» (late32 BT150; late26 BG124, late28 BK149 write the same right in the
 *    third person): a positive second- or third-person «can» before «نسبت به …» grants a right, it does not order.
 *  - **«عطف به» the customer's own letter** (`fa-bureaucratic-refer`): «عطف به نامه جنابعالی، …» (late32 BS158, train31
 *    TRD158; late28 BK158 cites it by number, rwfa29): the reference to what the customer wrote is the letter's courtesy.
 *    «عطف به مکاتبات قبلی» (test fa-0219), «عطف به پیام قبلی اینجانب» (late18 TA091: as I said before) keep the flag.
 *  - **a third party's past «could not» told before the remedy** (`fa-refusal-cant`): «آن شب راننده به‌دلیل بارش برف نتوانست
 *    به مبدأ برسد. سفر فردای شما … رزرو شده …» (late32 BT121), «تماشاگرانی که دیشب … نتوانستند فیلم را تا آخر ببینند بلیط
 *    جایگزین گرفته‌اند؛ بلیط شما هم صادر شد» (train31 TRB121; late27 BJ123, late31 BR119, train31 TRB125 tell the same and
 *    are read by older readers). A simple past «could not» in the third person, no first person in its clause, then, in the
 *    same or the next sentence, a positive verb and no negation, limit or bad news. A first person («نتوانستیم»), a present
 *    («نمی‌تواند»), no remedy, or a remedy that refuses again keep the flag.
 *  - **the complaint named as handled, its verb shared** (`fa-complaint-word`): «شکایت شما بررسی و مبلغ … بازگردانده شد»
 *    (late32 BT141): «بررسی و …» leaves its «شد» to the next verb; neutral20 reads «بررسی شد و …» only. The kind (the
 *    complaint named as handled, with its outcome) is in late19, 22, 29, 31 and 32. A bare «شکایت شما ثبت شد» keeps the flag.
 */
import { analyzeFaWordWide } from '../nlp/index.ts';
import type { FaVerb, Token } from '../nlp/types.ts';
import { faFold as fold, faSentenceEnd, faSentenceStart, faTokens, faTextMemo } from './guard.fa.text.ts';

const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/\u200c/g, '').replace(/[ـٔ]/g, '').replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/\s+/g, ' ').trim()} `);

/** A word's verb reading: the layer's, else the wide table's (formal «فرمودن، نمودن، گردیدن»). */
function verbOf(t: Token): FaVerb | undefined {
  return t.fa ?? analyzeFaWordWide(t.norm)?.verb ?? undefined;
}

/** A negative participle the table does not read: «نشده، نگردیده، نبوده …». */
const NEG_PARTICIPLE = /^ن(?:شده|گردیده|بوده|نموده|کرده|داده|گرفته|یافته|داشته)$/;

function negatedWord(t: Token): boolean {
  if (!t.word) return false;
  if (t.neg) return true;
  return !!verbOf(t)?.negative || NEG_PARTICIPLE.test(t.norm);
}

/** The customer's sentence quoted in guillemets or quotes is not the agent's news. */
function withoutQuotes(raw: string): string {
  return raw.replace(/«[^»]*»/g, (m) => ' '.repeat(m.length)).replace(/"[^"]*"/g, (m) => ' '.repeat(m.length));
}

// ---- a letter's news that spares a burden -------------------------------------------------------------------------------

/** The formula that opens a formal letter's sentence. */
const LETTER_FORMULA = / (?:به (?:اطلاع|استحضار) (?:می|مي) ?رسان(?:د|یم|م)|اعلام (?:می|مي) ?(?:گردد|دارد|دارم|داریم|شود)|لازم به (?:ذکر|توضیح) است|(?:شایان|قابل) ذکر است) /;
/** A limit, a condition or a turn: the news is not only good. */
const LIMIT33 = / (?:فقط|صرفا|صرفاً|تنها|حداکثر|مشروط|منوط|باید|بایستی|میبایست|الزاما|الزاماً|موظف|ملزم|مکلف|مگر|ولی|اما|لیکن|لکن|متاسفانه|متأسفانه|تاسف|تأسف|درصورت|چنانچه|اگر) /;
/** Bad or pending news (wrong32's BAD_NEWS, read on this file's own folding). */
const BAD33 = / (?:مسدود\S*|ابطال|باطل|منقضی|ناموفق\S*|ناتمام|معلق|متوقف|هنوز|در (?:دست|حال) (?:بررسی|پیگیری|اقدام)|در انتظار|در صف|تاخیر|رد (?:گردید|گردیده|شد|شده)|غیرقابل|غیر قابل|ممنوع\S*|جریمه (?:می|خواهد)|قطع (?:می|خواهد|گردید|شد)) /;
/** A cost, a penalty, a debt: what a negated «be / have» spares. */
const BURDEN = /^(?:هزینه|هزینهای|هزینهی|وجه|وجهی|مبلغی|جریمه|جریمهای|کارمزد|کارمزدی|بدهی|بدهیای|دیرکرد|غیبت)$/;
/** A change spares only a sum: «هیچ‌گونه تغییری در مبلغ اقساط … ایجاد نشده است». */
const CHANGE = /^(?:تغییری|تغییر|افزایشی|افزایش)$/;
const SUM = /^(?:مبلغ|اقساط|قسط|قیمت|هزینه|تعرفه|شهریه|حق|قبض|مبالغ)$/;
/** The customer's effort: spared only under a need word («نیازی به ناشتایی نمی‌باشد», «اقدام دیگری … لازم نمی‌باشد»). */
const EFFORT = /^(?:اقدام|اقدامی|ناشتایی|ناشتا|مراجعه|حضور|چاپ|پرینت|ارائه|امضا|همراه|تکمیل)$/;
const NEED = /^(?:نیاز|نیازی|لزوم|لزومی|احتیاج|احتیاجی|لازم|ضرورت|ضرورتی)$/;
/** A service, an ability, a coverage or an acceptance negated is a refusal, not a burden spared. */
const REFUSED = /^(?:بررسی|رسیدگی|پیگیری|تمدید|استرداد|بازگشت|تعویض|ارجاع|مکاتبه|تماس|جبران|امکان|امکانپذیر|مقدور|میسر|قادر|پوشش|گارانتی|ضمانت|تخفیف|مرجوعی|مرجوع|عودت|پذیرفته|پذیرش|قبول|موافقت|تحویل|ارسال|صدور|خسارت|تعهدات|تعهد|جزو|قابل|برداشت|واریز|پرداخت|برگشت|بازگردانده|مسترد)$/;
const FIRST_PERSON = /^(?:ما|من|بنده|اینجانب|اینجانبان)$/;
/** A clause mark the scans stop at (not the comma: «غیبت …، با توجه به …، در پرونده منظور نخواهد شد» is one predicate). */
const CLAUSE_MARK = /[؛;:]/;

/** Every negation of the words spares the customer a burden; at least one negation, or a «فاقد» of a burden. */
function sparesOnly(toks: readonly Token[]): boolean {
  let spared = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.word) continue;
    const n = t.norm;
    if (FIRST_PERSON.test(n)) return false;
    if (n === 'فاقد') {
      let ok = false;
      for (let m = k + 1; m < Math.min(toks.length, k + 5) && !ok; m++) ok = BURDEN.test(toks[m].norm);
      if (!ok) return false;
      spared++;
      continue;
    }
    // «هیچ / هیچ‌گونه / هرگونه» quantify: the verb after them carries the negation read here.
    if (/^(?:هیچ|هرگونه|هرنوع)/.test(n) || !negatedWord(t)) continue;
    const v = verbOf(t);
    if (v && v.person.person !== 3) return false;
    // The word before the negation (a need word there: «… لازم نمی‌باشد»).
    let p1At = k - 1;
    while (p1At >= 0 && !toks[p1At].word) p1At--;
    // The negated predicate's clause before it (back to a clause mark or a «و»): a burden or a sum's change spares («وجهی …
    // دریافت نخواهد شد», «کارمزدی … کسر نمی‌گردد», «غیبت … منظور نخواهد شد»); a service, an ability, a coverage, an acceptance
    // or money paid to the customer anywhere in it refuses («تخفیف اعمال نمی‌شود», «قابل کسر نمی‌باشد»), unless it is only the
    // reason after «بابت / برای / جهت» («بابت صدور کارت … کسر نمی‌گردد»). Under a need
    // word the needed thing decides: after it («نیازی به ناشتایی نمی‌باشد») or, for «… لازم نمی‌باشد», before it.
    let needAt = -1;
    for (let m = k - 1, seen = 0; m >= 0 && seen < 16; m--) {
      const b = toks[m];
      if (!b.word) {
        if (CLAUSE_MARK.test(b.text)) break;
        continue;
      }
      seen++;
      if (b.norm === 'و' && seen > 1) break;
      if (NEED.test(b.norm)) {
        needAt = m;
        break;
      }
    }
    let verdict: boolean | undefined;
    let change = false;
    let sum = false;
    const from = needAt >= 0 && needAt === p1At ? needAt - 1 : k - 1;
    const reason = (m: number): boolean => {
      let q = m - 1;
      while (q >= 0 && !toks[q].word) q--;
      return q >= 0 && /^(?:بابت|برای|جهت|بهخاطر|بخاطر)$/.test(toks[q].norm);
    };
    const floor = needAt >= 0 && needAt !== p1At ? needAt + 1 : 0;
    for (let m = from, seen = 0; m >= floor && seen < 16 && verdict !== false; m--) {
      const b = toks[m];
      if (!b.word) {
        if (CLAUSE_MARK.test(b.text)) break;
        continue;
      }
      seen++;
      const w = b.norm;
      if (w === 'و' && seen > 1) break;
      if (FIRST_PERSON.test(w) || (REFUSED.test(w) && !reason(m))) verdict = false;
      else if (BURDEN.test(w)) verdict ??= true;
      else if (needAt >= 0 && EFFORT.test(w)) verdict ??= true;
      else if (CHANGE.test(w)) change = true;
      else if (SUM.test(w)) sum = true;
    }
    if (verdict === undefined) verdict = change && sum;
    if (!verdict) return false;
    spared++;
  }
  return spared > 0;
}

function letterSpares(draft: string, fs: number, fe: number, ruleId: string): boolean {
  const sStart = faSentenceStart(draft, fs);
  const sEnd = faSentenceEnd(draft, fe, 400);
  const formulaRule = ruleId === 'fa-bureaucratic-note';
  // The news: after the formula (its own flag), or the whole sentence the formula opens (another reader's flag).
  const raw = draft.slice(formulaRule ? fe : sStart, sEnd);
  const sentence = spaced(draft.slice(sStart, sEnd));
  if (!formulaRule && !LETTER_FORMULA.test(sentence)) return false;
  if (LIMIT33.test(sentence) || BAD33.test(sentence)) return false;
  return sparesOnly(faTokens(raw));
}

// ---- a polite request of the step the customer needs -------------------------------------------------------------------

/** A reason for the request before or right after it: a purpose or a condition. */
const PURPOSE = /(?:^| )(?:جهت|به منظور|بمنظور|برای|به جهت|در راستای) \S+/;
const CONDITION = /(?:^| )(?:اگر|اگه|چنانچه|درصورتی|در صورتی|در صورت|هرگاه|هر گاه|چنان چه) /;
/** A reproach in the request: read it again, carefully, from now on, the earlier letter, keep calm, wait. */
const REPROACH = / (?:مجددا|مجدداً|دوباره|بار دیگر|یکبار دیگر|یک بار دیگر|دقت|بدقت|به دقت|از این پس|ازین پس|من بعد|منبعد|در آینده|آتی|دفعه بعد|قبلی|پیشین|گذشته|آرامش|خونسردی|صبر|صبور|شکیبایی|حتما|حتماً|مطالعه) /;

function stepRequested(draft: string, fs: number, fe: number): boolean {
  const sStart = faSentenceStart(draft, fs);
  const sEnd = faSentenceEnd(draft, fe, 300);
  const before = spaced(draft.slice(sStart, fs));
  const rawAfter = draft.slice(fe, sEnd);
  const after = spaced(rawAfter);
  if (REPROACH.test(after) || REPROACH.test(before)) return false;
  // The step: a positive second-person subjunctive (or imperative) verb of the request's clause.
  const W = faTokens(rawAfter).filter((t) => t.word);
  let step = false;
  for (const t of W) {
    const v = verbOf(t);
    if (!v) continue;
    if (negatedWord(t)) return false;
    if (v.person.person === 2 && v.subjunctive && v.tense === 'present') step = true;
  }
  if (!step) return false;
  // Its reason: a purpose or a condition in the words before the formula, or a purpose right after it.
  return PURPOSE.test(before) || CONDITION.test(before) || PURPOSE.test(after.slice(0, 24));
}

/** «(جنابعالی) می‌توانید … نسبت به … اقدام فرمایید»: a positive «can» of the customer before the act. */
function rightGranted(draft: string, fs: number, fe: number): boolean {
  const sStart = faSentenceStart(draft, fs);
  const W = faTokens(draft.slice(sStart, fs)).filter((t) => t.word);
  let can = false;
  for (const t of W) {
    if (negatedWord(t)) return false;
    const v = verbOf(t);
    if (v && v.lemma === 'توانستن' && v.person.person !== 1 && v.tense === 'present' && v.progressive) can = true;
  }
  if (!can) return false;
  const sentence = spaced(draft.slice(sStart, faSentenceEnd(draft, fe, 300)));
  return !LIMIT33.test(sentence) && !/ (?:موظف|ملزم|مکلف|مقتضی|ضروری|لازم) /.test(sentence);
}

// ---- «عطف به» the customer's own letter --------------------------------------------------------------------------------

const LETTER_NOUN = /^(?:نامه|نامهی|درخواست|پیام|شکایت|اعتراض|مکاتبه|ایمیل|تماس|عریضه|تقاضا|تقاضای)$/;
const YOUR = /^(?:جنابعالی|حضرتعالی|سرکارعالی|شما|آنجناب|شمارا)$/;
const YOUR_CLITIC = /(?:تان|تون)$/;

function customersLetter(draft: string, fe: number): boolean {
  const W = faTokens(draft.slice(fe, Math.min(draft.length, fe + 60))).filter((t) => t.word).slice(0, 4);
  if (!W.length || !(LETTER_NOUN.test(W[0].norm) || (YOUR_CLITIC.test(W[0].norm) && LETTER_NOUN.test(W[0].norm.replace(YOUR_CLITIC, ''))))) return false;
  if (YOUR_CLITIC.test(W[0].norm)) return true;
  // «نامه جنابعالی», «درخواست مورخ … شما» is not read: the owner right after the noun.
  return W.length > 1 && YOUR.test(W[1].norm);
}

// ---- a third party's past «could not» before the remedy ---------------------------------------------------------------

const REMEDY_BAD = / (?:لغو|کنسل|باطل|ابطال|مسدود|متاسفانه|متأسفانه|فقط|صرفا|صرفاً|تنها|مگر|منوط|مشروط|باید|هنوز) /;

function thirdPartyCouldNot(draft: string, fs: number, fe: number): boolean {
  const span = faTokens(draft.slice(fs, fe)).filter((t) => t.word);
  const cant = span.find((t) => {
    const v = verbOf(t);
    return !!v && v.lemma === 'توانستن' && v.negative && v.tense === 'past' && !v.progressive && v.person.person === 3;
  });
  if (!cant) return false;
  const sStart = faSentenceStart(draft, fs);
  const before = faTokens(draft.slice(sStart, fs)).filter((t) => t.word);
  if (before.some((t) => FIRST_PERSON.test(t.norm) || negatedWord(t) || verbOf(t)?.person.person === 1)) return false;
  // The remedy: what follows in this sentence past the «could not» clause, and the next sentence.
  const sEnd = faSentenceEnd(draft, fe, 300);
  const nextEnd = sEnd < draft.length ? faSentenceEnd(draft, sEnd + 1, 300) : sEnd;
  const cantEnd = fs + cant.end;
  const remedyRaw = withoutQuotes(draft.slice(cantEnd, nextEnd));
  const rest = faTokens(remedyRaw).filter((t) => t.word);
  // Past the ability's own complement (its subjunctive verb).
  let k = 0;
  while (k < rest.length && !(verbOf(rest[k])?.subjunctive)) k++;
  const remedy = rest.slice(k + 1);
  if (!remedy.length || REMEDY_BAD.test(spaced(remedyRaw))) return false;
  let positive = false;
  for (const t of remedy) {
    if (negatedWord(t)) return false;
    const v = verbOf(t);
    if (v && !v.negative) positive = true;
    else if (/^(?:شد|شده|گردید|گردیده|است|هست|میباشد)$/.test(t.norm)) positive = true;
  }
  return positive;
}

// ---- the complaint named as handled, its verb shared ------------------------------------------------------------------

const HANDLED_NOUN = /^(?:بررسی|رسیدگی|پیگیری)$/;
const DONE_VERB = /^(?:شد|شده|گردید|گردیده|است|کردیم|کردم|داده|دادیم)$/;

function complaintHandledShared(draft: string, fe: number): boolean {
  const sEnd = faSentenceEnd(draft, fe, 300);
  const W = faTokens(draft.slice(fe, sEnd)).filter((t) => t.word);
  if (W.length < 4 || !HANDLED_NOUN.test(W[0].norm) || W[1].norm !== 'و') return false;
  if (W.some(negatedWord) || BAD33.test(spaced(draft.slice(fe, sEnd))) || LIMIT33.test(spaced(draft.slice(fe, sEnd)))) return false;
  return DONE_VERB.test(W[W.length - 1].norm) || /(?:شد|گردید)$/.test(W[W.length - 1].norm);
}

/** Whether a Persian suggestion over [fs, fe) is no flag by one of the kinds above. */
export function faNeutral33(draft: string, fs: number, fe: number, category: string, ruleId: string): boolean {
  switch (ruleId) {
    case 'fa-bureaucratic-please':
      return stepRequested(draft, fs, fe);
    case 'fa-bureaucratic-act':
      return rightGranted(draft, fs, fe);
    case 'fa-bureaucratic-refer':
      return customersLetter(draft, fe);
    case 'fa-complaint-word':
      return complaintHandledShared(draft, fe);
    case 'fa-refusal-cant':
      return thirdPartyCouldNot(draft, fs, fe);
  }
  if (ruleId === 'fa-bureaucratic-note') return letterSpares(draft, fs, fe, ruleId);
  // Another reader over the formula itself (learnt-policy on «شایان ذکر است»): read as the formula's own flag.
  if (LETTER_FORMULA.test(spaced(draft.slice(fs, fe)))) return letterSpares(draft, fs, fe, 'fa-bureaucratic-note');
  // Another reader over the sparing negation itself, in a sentence the letter's formula opens (learnt-policy on «لازم نمی‌باشد»).
  if (category !== 'jargon' && /(?:نمی|نمي|نخواهد|نشده|نگردید|نیست|ندارد)/.test(fold(draft.slice(fs, fe)).replace(/\u200c/g, ''))) return letterSpares(draft, fs, fe, ruleId);
  return false;
}
