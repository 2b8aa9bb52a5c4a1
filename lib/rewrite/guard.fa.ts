/**
 * Honest Persian alternatives and flags (the Persian side of guard.ts): every Persian pack suggestion is read in its
 * sentence before it is offered. Guards, each over a construction rather than a sentence:
 *
 * - a promise of never («ما هرگز رمز شما را … درخواست نمی‌کنیم», «هیچ‌وقت … نمی‌فرستیم»): a refusal rule's negated verb
 *   with «هرگز/هیچ‌وقت/هیچگاه» before it in its own clause, however long the clause (a rule's own `unless` reaches six
 *   words) is a reassurance, not a refusal: no flag;
 * - nobody else let in («سیستم نمیذاره کسی جز شما وارد شه»): a refusal rule's words protecting the customer: no flag;
 * - an exoneration («مشکل اصلاً از طرف شما نبود»): a blame rule's words followed by a negated copula: no flag;
 * - a rule cited for a right («طبق قوانین فروشگاه، شما تا ۳۰ روز … می‌توانید …», «طبق ضوابط، هزینه ارسال با فروشگاه
 *   است»): a policy rule's citation head where the rest of the sentence grants something (می‌توانید، رایگان، بدون هزینه،
 *   بر عهده ما) and holds no negation, «فقط», obligation or charge to the customer: no flag;
 * - a «لطفاً» replacement that keeps a past second-person verb («شما باید زودتر میگفتین» -> «لطفاً زودتر میگفتین»;
 *   «شما … نصب نکردین» -> «لطفاً … نصب کنین» is fine), and a
 *   template offering something after «nothing can be done» («نمیتونیم کاری بکنیم، ولی میتونیم ___»): advice;
 * - «متأسفانه» (and «با کمال تأسف», «مع‌الاسف», its misspellings; not «بدبختانه») before real bad news in its sentence (a negated verb,
 *   a cancellation, a delay, something used up or broken): in Persian it is the ordinary courteous way to give bad
 *   news, and deleting it leaves the reply curt (a Persian judge, late7.judged.md). The deletion becomes advice:
 *   keep it for real bad news, lead with what you can do, and don't open every message with it. Before neutral or
 *   good content («متأسفانه سفارشتون امروز ارسال شد») it is a reflex, and deleting it stays on offer.
 * - an apology before «ولی/اما» («ببخشید ولی»، «شرمنده ولی»، «عذر میخوام اما»، «معذرت می‌خوام ولی») and «بدبختانه», before real
 *   bad news in the same sentence: deleting them left the news bare and colder than the draft (the late10 Persian judge
 *   read all seven such deletions as wrong; the late9 judge had found «بدبختانه» deleted fine, so the safe answer for
 *   both is advice: the flag stays, the text is the agent's call).
 * - a refusal or time-refusal rule's negated verb in a condition («در صورتی که … نتوانستید حضور یابید، ویدیو … ارسال
 *   می‌شود», «در صورتی که مرسوله تا پنج‌شنبه نرسید، …»): a possible trouble, no one refused: no flag (guard.fa.cond.ts).
 */
import { strings as rewriteStrings } from '../i18n/strings/rewrite.ts';
import { analyzeFaWordWide } from '../nlp/index.ts';
import { faFold as fold, faSentenceEnd as sentenceEnd, FA_CLAUSE_BREAK, FA_SENTENCE_REACH, faTokens } from './guard.fa.text.ts';
import { BAD_WORDS_ALT7, BUT_NEXT_ALT7, NOT_ABLE_ALT7 } from './regret-keep.alt7.ts';
import { redirectSaidFa } from './redirect-blank.alt7.ts';
import type { GuardedSuggestion } from './guard.ts';
import { draftRegisterOnce, guardPersianSplice } from './guard.fa.splice.ts';
import { widenOverFrontedTime } from './guard.fa.time.ts';
import { negatedInCondition } from './guard.fa.cond.ts';
import { faLookalike } from './guard.fa.lookalike.ts';
import { faCostNotThing, faNoLimit, faThanksWithout } from './neutral19.fa.ts';
import { faNeutral20 } from './neutral20.fa.ts';
import { faNeutral21 } from './neutral21.fa.ts';
import { faNeutral25p } from './neutral25p.fa.ts';
import { faNeutral26p } from './neutral26p.fa.ts';
import { faNeutral27 } from './neutral27.fa.ts';
import { faNeutral27b } from './neutral27b.fa.ts';
import { faNeutral23 } from './neutral23.fa.ts';
import { faNeutral30 } from './wrong30.fa.ts';
import { faFix30 } from './fix30.fa.ts';
import { faNeutral31 } from './wrong31.fa.ts';
import { faNeutral32 } from './wrong32.fa.ts';
import { faNeutral33 } from './neutral33.fa.ts';

export interface PersianGuarded extends GuardedSuggestion {
  category: string;
  explanation: string;
}

/** The start of the clause that holds offset `at`, not before `floor`. */
function clauseStartOf(draft: string, floor: number, at: number): number {
  // (no further back than the guards read a sentence forward: a run-on's clause is read within reach)
  floor = Math.max(floor, at - FA_SENTENCE_REACH);
  const head = draft.slice(floor, at);
  let start = floor;
  for (const m of head.matchAll(FA_CLAUSE_BREAK)) start = floor + (m.index ?? 0) + m[0].length;
  return start;
}

const NEVER = /(?:^|\s)(?:هرگز|هیچوقت|هیچ\s?وقت|هیچگاه|هیچ\s?گاه)(?=\s|$)/;

/**
 * The verbs of a promise of never: asking for, taking, giving, sending, sharing (a rule's own `unless` lists the same
 * ones). Not «پس نمی‌گیریم/نمی‌دیم» (a refund refused), nor «نمی‌توانیم»/«نمی‌شه»: «ما هرگز نمی‌توانیم اطلاعات حذف‌شده را برگردانیم» is a refusal.
 */
const NEVER_VERBS = new Set(['کردن', 'گرفتن', 'دادن', 'فرستادن', 'خواستن', 'پرسیدن', 'گذاشتن']);

/**
 * Nobody else: a negation that protects the customer. Nobody but you («کسی جز شما», «هیچ‌کس به جز خودتون»), or others kept
 * away from the customer's data or account by «هیچ‌کس/هیچ شخص» (not «برای هیچ‌کس استثنا نداریم», «به حساب شخص ثالث امکان‌پذیر
 * نیست», «قادر نیستیم اطلاعات را برای شخص دیگری ارسال کنیم»: refusals).
 */
const NOBODY_BUT = /\s(?:کسی|هیچ\s?کس|هیچ\s?کسی)\s+(?:جز|غیر\s?از|به\s?جز|بجز)\s/;
const OTHERS = /\s(?:هیچ\s?کس|هیچ\s?شخص|هیچ\s?فرد)/;
const THEIR_DATA = /\s(?:اطلاعات\S*|رمز\S*|کد|دسترسی\S*|وارد|حسابتون|حسابتان|حساب\s+شما|اکانتتون|اکانت\s+شما)\s/;
/**
 * «ما به رمز کارت شما دسترسی نداریم», «به اطلاعات حساب شما دسترسی ندارم»: the agent's own lack of access to the customer's
 * secrets is a privacy promise (not «به این بخش دسترسی ندارم»: a refusal).
 */
const NO_ACCESS_TO_SECRET = /\s(?:رمز\S*|پین|کد\s?امنیتی|cvv2?|اطلاعات\s+(?:کارت|حساب|بانکی|شخصی)\S*)\s(?:[^،,]*\s)?دسترسی\s+ن(?:دار|داشت)/;
const protects = (clause: string) => NOBODY_BUT.test(clause) || (OTHERS.test(clause) && THEIR_DATA.test(clause)) || NO_ACCESS_TO_SECRET.test(clause);
/** The rest of a clause: up to its first comma or clause conjunction. */
function clauseRest(rest: string): string {
  FA_CLAUSE_BREAK.lastIndex = 0;
  const m = FA_CLAUSE_BREAK.exec(rest);
  FA_CLAUSE_BREAK.lastIndex = 0;
  return m ? rest.slice(0, m.index) : rest;
}

const PLEASE = /لطفا|لطفاً|خواهشا|خواهشاً|ممنون می/;
/** «کاری» (or «هیچ کاری», «کمکی») as what cannot be done. */
const NOTHING = /\s(?:هیچ\s)?(?:کاری|کمکی)\s/;
/** A template's offer of what can be done («ولی میتونیم ___», «اما می‌شود ___»); «{=}، ولی ___» alone is no such offer. */
const CAN_OFFER = /(?:ولی|اما)\s+(?:میتون|میتوان|میشه|میشود)/;
/** A second-person verb in the past («میگفتین», «دقت می‌کردید»), left in a replacement after «لطفاً»: a request about the past. */
function pastSecondPerson(text: string): boolean {
  // The verb «لطفاً» asks for ends the first clause (a relative clause's «… که خرید کردین» before it is not it).
  // Persian puts the verb last: read the clause's last word only.
  const words = faTokens(clauseRest(text)).filter((t) => t.word);
  const v = words.length ? analyzeFaWordWide(words[words.length - 1].norm)?.verb : undefined;
  return !!v && v.tense === 'past' && v.person.person === 2;
}

/** What a slip caused, said after it (folded, ZWNJ as space): «لذا», «به همین دلیل», «برای همین», «دیگه الان فایده نداره». */
const CONSEQUENCE_FA = /\s(?:لذا|بنابراین|در نتیجه|به همین (?:دلیل|خاطر|علت)|برای همین|واسه همین|از این رو|به این دلیل|که باعث شد|باعث شد|(?:الان|حالا)\s(?:دیگه|دیگر)|(?:دیگه|دیگر)\s(?:الان|حالا)|(?:الان|حالا|دیگه|دیگر)\s(?:\S+\s){0,4}?(?:فایده|دیر|سخت|نمیشه|نمی شود|امکان|ممکن|هزینه)\S*)(?=\s|$)/;

/** A negated copula right after a blame: the sentence says the customer is not to blame. */
const NEG_COPULA = /^[\s\u200c]*(?:اصلاً|اصلا|هم|که)?[\s\u200c]*(?:نبود|نبوده|نبودش|نیست|نیستش|نمی[\u200c ]?باشد|نبوده[\u200c ]?است|نبودید|نیستید|نبودین|نیستین)(?=[\s.،,!؛]|$)/;

/** A citation head: «طبق قوانین …», «بر اساس ضوابط …», «مطابق …». */
const CITATION_HEAD = /^(?:طبق|بر\s?اساس|مطابق|بنابر|حسب|به\s?موجب|به\s?استناد|با\s?استناد|بر\s?طبق)(?=\s)/;
/** Something granted to the customer. */
const GRANT = /(?:میتوانید|میتونید|میتونین|میتوانند|میتونن|مجاز(?:ید|ه|\s+است|\s+هستید)|حق\s+دارید|رایگان|بدون\s+(?:هیچ\s+)?(?:هزینه|کارمزد|جریمه)|(?:بر|به)\s+عهده\s?(?:ی\s)?(?:ما|فروشگاه|شرکت|بانک)|با\s+(?:ما|فروشگاه|شرکت)\s+(?:است|ه)|برخوردار|تعلق\s+میگیرد|شامل\s+(?:حال\s+)?شما\s+میشود)/;
/** What keeps a citation a shield even with a grant in the sentence: a limit, an obligation, a charge to the customer. */
const LIMIT = /(?:^|\s)(?:فقط|تنها|صرفا|باید|بایست|مستلزم|الزامی|موظف|منوط|مشروط|لازم\s+است|ضروری|خریدار|مشتری\s+است|عهده\s?(?:ی\s)?(?:شما|مشتری|خریدار)|حداکثر|حداقل)(?=\s|$)/;

/**
 * «متأسفانه» and its kin, as the regret rules match them: the courteous ones. Not «بدبختانه», «شوربختانه», «حیف که»: luck
 * and pity, no courtesy (the judge found their deletion good).
 */
// (rwfa27) «شوربختانه» is the same regret in a literary register («شوربختانه پزشک معالج در مرخصی به سر می‌برند»).
const REGRET_WORD = /(?:^|\s)(?:مت\S*ان[هعحن]|متاسفنه|متاسفانه\s?ی|(?:با\s)?(?:کمال|نهایت)\sتاسف|معالاسف|مع\s?الاسف|شوربختانه)(?=\s|[،,]|$)/;
/** An apology the draft takes back with «ولی/اما» («ببخشید ولی»), and «بدبختانه»: folded words, ZWNJ dropped. */
const APOLOGY_WORD = /(?:^|\s)(?:(?:ببخشید|ببخشین|ببخشیدا|شرمنده(?:م|ام|یم)?|عذر\s?(?:می\s?)?خوا(?:م|هم|یم|هیم)|معذرت\s?(?:می\s?)?خوا(?:م|هم|یم|هیم)|پوزش\s?(?:می\s?)?(?:طلبم|طلبیم|خوا(?:م|هم)))\s?[،,]?\s?(?:ولی|اما|منتها)|بدبختانه|بدبختانع)(?=\s|[،,]|$)/;
/** Something reported fixed or restored, in the past: «برطرف شد», «رفع گردید», «درست شده», «حل شد», «دوباره وصل شد» (folded). */
const FIXED_NEWS = /\s(?:برطرف|رفع|درست|حل|وصل|برقرار)\s+(?:شد|شده|شدند|شدن|گردید|گردیده)(?=[\s.،,!؟?]|$)/;
/** The end of the sentence from `from`, a version number's dots («نسخه 3.4.1») not ending it. */
function newsEnd(draft: string, from: number): number {
  const m = /[!?؟\n]|\.(?![0-9۰-۹])/.exec(draft.slice(from));
  return m ? from + m.index : draft.length;
}
/**
 * What the customer fears happening to them (folded): a cut, a block, a charge taken, an expiry. Not «لغو», «باطل»,
 * «بسته»: «این سفارش دیگه لغو نمیشه» refuses a cancellation the customer asked for.
 */
const HARMS = new Set('قطع مسدود کسر منقضی غیرفعال جریمه'.split(' '));
/** A quick look before any tokens. */
const HARM_WORD = /(?:قطع|مسدود|کسر|منقضی|غیرفعال|جریمه)/;
/** A negated «شدن/گردیدن/خواستن» right after a harm word among the tokens: «قطع نمیشه», «مسدود نخواهد شد». */
export function avertsHarm(toks: ReturnType<typeof faTokens>): boolean {
  const w = toks.filter((t) => t.word);
  for (let k = 1; k < w.length; k++) {
    if (!w[k].neg || !HARMS.has(fold(w[k - 1].norm))) continue;
    const lemma = analyzeFaWordWide(fold(w[k].norm))?.lemma ?? w[k].lemma;
    if (lemma === 'شدن' || lemma === 'گردیدن' || lemma === 'خواستن') return true;
  }
  return false;
}
/** News, information, an idea (folded): what «نداریم» lacks when the agent does not know. */
const KNOWLEDGE_NOUN = /\s(?:اطلاعی|اطلاع|خبری|خبر|ایدهای|ایده|اطلاعاتی)\s/;
/** The formal apology lead «با عرض پوزش،», «با پوزش،», «با عرض معذرت،» (folded). */
const APOLOGY_LEAD = /^\s*با\s+(?:عرض\s+)?(?:پوزش|معذرت)\s*[،,]?\s*$/;
/** Words of bad news (besides a negated verb): something cancelled, late, stopped, used up, broken, refused, limited. */
const BAD_WORDS = new Set(
  'قطعی لغو کنسل دیر دیرتر متوقف قطع قطعه ناقص ناموفق منقضی خراب آسیب مسدود رد قاطی گم تموم تمام اتمام پایان ناموجود مونده مانده خطا مشکل اشکال ایراد جریمه هنوز فقط تنها باید مجبور مجبورید ممنوع غیرمجاز غیرممکن نرسیده تعطیل منتفی ظرفیت'
    .split(' ')
    .concat(BAD_WORDS_ALT7),
);
/** Their stems with a suffix («تأخیر», «تأخیری», «لغوشده», «مسدوده», «تمومه»). */
// (rwfa27) An outage or a fault in the company's own service («دچار اختلال شده بود», «اختلالات», «نقص فنی»), something broken on
// the way («شکسته», «شکستگی»), a doctor or a teacher unwell («به علت کسالت»).
const BAD_STEMS = /^(?:اختلال|شکسته|شکستگی|کسالت|تاخیر|لغو|کنسل|منقضی|مسدود|خراب|آسیب|ناموفق|ناقص|متوقف|تموم|قاطی|ناموجود|تعطیل|ممنوع|غیرمجاز|غیرممکن|مرخصی|تعویق|جابجا|جابهجا)/;
/** (twenty-first session) Bad news said in two words: stock run out («ته کشیده», «ته کشید»), a date put back («عقب افتاد»). */
// (rwfa28) Sold out before the customer could have it («فروش رفته», «به فروش رسید»): their loss; the regret is empathy.
const BAD_PHRASES = /(?:^|\s)(?:ته\s*(?:کشیده|کشید|کشیدن|کشیدهاند)|عقب\s*(?:افتاد|افتاده|انداختیم|افتادن)|فروش\s*(?:رفته|رفت|رفتن|رفتند|رسیده|رسید|رسیدن))(?=\s|$)/;

/** Negated past participles, which the language layer reads as words («فعال نشده», «کسر نشده», «هنوز نرسیده»). */
const NEG_PARTICIPLE = new Set(
  'شده کرده رسیده داده گرفته گردیده خورده رفته اومده آمده بوده داشته زده فرستاده پرداخته دیده تونسته توانسته'.split(' ').map((w) => `ن${w}`),
);

/** Bad news in the words after a regret word, to the end of its sentence. */
export function badNewsAfter(rest: string): boolean {
  const toks = faTokens(rest);
  if (toks.some((t) => t.word && (t.neg || NEG_PARTICIPLE.has(fold(t.norm))))) return true;
  if (NOT_ABLE_ALT7.test(fold(rest))) return true;
  if (BAD_PHRASES.test(` ${fold(rest).replace(/\u200c/g, '').replace(/[.،,!؛:؟?]/g, ' ')} `)) return true;
  return toks.some((t) => t.word && (BAD_WORDS.has(fold(t.norm)) || BAD_STEMS.test(fold(t.norm))));
}

/** «پیک امروز نمی‌رسه متاسفانه، …»: the regret word closes a clause of bad news (it comes after the news, before a comma or the end). */
function closesBadNews(draft: string, sStart: number, fs: number, fe: number): boolean {
  if (!/^[\s\u200c]*(?:[،,؛;.!؟?]|$)/.test(draft.slice(fe, fe + 3)) && !/[،,][\s\u200c]*$/.test(draft.slice(fs, fe)) && !BUT_NEXT_ALT7.test(draft.slice(fe, fe + 8))) return false;
  const head = draft.slice(clauseStartOf(draft, sStart, fs), fs);
  return /[\p{L}]/u.test(head) && badNewsAfter(head);
}

const REGRET_KEEP = { en: rewriteStrings.en['rewrite.fa.regretKeep'], fa: rewriteStrings.fa['rewrite.fa.regretKeep'] };
const BUT_WORD = /(?:^|\s)(?:ولی|اما|منتها)(?=\s|[،,]|$)/;
const BUT_BLANK = /(?:^|\s)(?:ولی|اما)\s[^_]{0,40}___/;
const APOLOGY_KEEP = { en: rewriteStrings.en['rewrite.fa.apologyKeep'], fa: rewriteStrings.fa['rewrite.fa.apologyKeep'] };

/**
 * Persian pack suggestions read in their sentences, one answer per suggestion in the same order: the suggestion as it
 * was, made advice, or null where the guards above find no flag. `sentenceStarts[k]` is where list[k]'s sentence starts.
 */
export function guardPersian<T extends PersianGuarded>(
  draft: string,
  list: readonly T[],
  sentenceStarts: readonly number[],
  toAdvice: (s: T) => T,
  uiLang: 'en' | 'fa' = 'fa',
): Array<T | null> {
  const out: Array<T | null> = [];
  const draftRegister = draftRegisterOnce(draft);
  for (let k = 0; k < list.length; k++) out.push(guardPersianOne(draft, list, k, sentenceStarts[k], toAdvice, uiLang, draftRegister));
  return out;
}

/**
 * The guards' answer for list[k] alone (guardPersian's loop body): the suggestion as it was, made advice, or null.
 * `draftRegister` is the whole draft's register, asked only where the suggestion's sentence shows none.
 */
export function guardPersianOne<T extends PersianGuarded>(
  draft: string,
  list: readonly T[],
  k: number,
  sentenceStart: number | undefined,
  toAdvice: (s: T) => T,
  uiLang: 'en' | 'fa',
  draftRegister: () => 'formal' | 'colloquial' | null,
): T | null {
  const s = list[k];
  const { start: fs, end: fe } = s.flagged;
  // A run-on's sentence is read within reach of the span, back as forward (FA_SENTENCE_REACH): bounded work per span.
  const sStart = Math.max(sentenceStart ?? 0, fs - FA_SENTENCE_REACH);
  const words = fold(draft.slice(fs, fe));
  const end = sentenceEnd(draft, fe);
  const rest = draft.slice(fe, end);
  // The flagged words' tokens, read only when a guard below needs them (most suggestions need none).
  let flagged: ReturnType<typeof faTokens> | undefined;
  const flaggedTokens = () => (flagged ??= faTokens(draft.slice(fs, fe)));
  // (perffa32) The flag's clause start, read once per suggestion (the guards below asked for it up to six times).
  let clauseAt: number | undefined;
  const clauseStart = () => (clauseAt ??= clauseStartOf(draft, sStart, fs));
  if (s.category === 'cant-wont' || s.category === 'policy') {
    const clauseHead = draft.slice(clauseStart(), fe);
    const clause = fold(clauseHead);
    const neverPromise = NEVER.test(` ${clause} `) && !/(?:^|\s)پس\s+\S+$/.test(clause) && flaggedTokens().some((t) => t.word && t.neg && NEVER_VERBS.has(t.lemma));
    // «سیستم نمیذاره کسی جز شما وارد شه», «اطلاعاتتون رو در اختیار هیچ شخص ثالثی قرار نمی‌دیم»: nobody else gets in.
    // «در صورتی که … نتوانستید حضور یابید، …»: the customer's possible trouble in a condition (guard.fa.cond.ts).
    if (neverPromise || protects(` ${fold(clauseHead + clauseRest(rest))} `)) {
      return null;
    }
  }
  // «سمت راستش», «طبق پیام قبلی شما», «اصلاً مشکلی نیست،», blame inside a condition: look-alikes (guard.fa.lookalike.ts).
  // «اطلاعات شما به هیچ عنوان در اختیار شخص ثالث قرار نمی‌گیرد», «نمیشه که … برید! … مهمون ماست», «شکایتتون بررسی شد
  // و …» (neutral20.fa.ts); a rule cited over a grant, «نمی‌دونم چطوری تشکر کنم» (neutral21.fa.ts).
  if (faLookalike(draft, sStart, fs, fe, s.category) || faCostNotThing(draft, sStart, fs, s.category) || faThanksWithout(draft, sStart, fe, s.category) || faNoLimit(draft, sStart, fs, s.category) || faNeutral20(draft, clauseStart(), fs, fe, s.category) || faNeutral21(draft, fs, fe, s.category, (s as { ruleId?: string }).ruleId ?? '') || faNeutral23(draft, sStart, fs, fe, s.category, (s as { ruleId?: string }).ruleId ?? '')) {
    return null;
  }
  // (rwfap25) No further charge due, a need spared, a finding about the customer's thing, a burden that does not apply,
  // a reporting verb over the customer's quote (neutral25p.fa.ts).
  // (rwfap26) Negated blame, a rule cited over what it gives, a tech word in a done update, a ready state, «حیف» with a
  // wish (neutral26p.fa.ts). (rwfa27) Our own past slip apologised for, eager to see (neutral27.fa.ts). (rwfab27) A code
  // glossed with «یعنی», nobody else let in, a rule cited over done news, «خوشبختانه» over a small trouble found (neutral27b.fa.ts).
  // (rwfa33) A letter's news sparing a burden, a request with its reason, «عطف به» the customer's letter, a third party's
  // past «could not» before the remedy, the complaint handled with a shared verb (neutral33.fa.ts).
  if (faNeutral25p(draft, clauseStart(), fs, fe, (s as { ruleId?: string }).ruleId ?? '') || faNeutral26p(draft, sStart, clauseStart(), fs, fe, s.category, (s as { ruleId?: string }).ruleId ?? '') || faNeutral27(draft, fs, fe, s.category, (s as { ruleId?: string }).ruleId ?? '') || faNeutral27b(draft, sStart, fs, fe, s.category) || faNeutral30(draft, fs, fe, s.category) || faFix30(draft, fs, fe, (s as { ruleId?: string }).ruleId ?? '') || faNeutral31(draft, fs, fe, s.category) || faNeutral32(draft, fs, fe, s.category, (s as { ruleId?: string }).ruleId ?? '') || faNeutral33(draft, fs, fe, s.category, (s as { ruleId?: string }).ruleId ?? '')) {
    return null;
  }
  // «در صورتی که … نتوانستید حضور یابید، …», «در صورتی که مرسوله تا پنج‌شنبه نرسید، …»: a negated verb inside a
  // condition, a possible trouble with what happens then (guard.fa.cond.ts).
  if ((s.category === 'cant-wont' || s.category === 'until') && negatedInCondition(fold(draft.slice(clauseStart(), fs)), flaggedTokens())) {
    return null;
  }
  // «باگ مربوط به پرداخت در نسخه 3.4.1 برطرف شد»: a jargon word in a sentence that reports the thing fixed is a
  // good-news update (issue 12: jargon without flagging good news); the customer reads the news, not the word.
  if (s.category === 'jargon' && FIXED_NEWS.test(` ${fold(draft.slice(sStart, newsEnd(draft, fe)))} `)) {
    return null;
  }
  // «تا پایان ماه اشتراکتون قطع نمیشه», «تا آخر هفته حسابتون مسدود نمی‌شود»: a time refusal whose negated verb averts a
  // harm to the customer is a reassurance, not a refusal: no flag.
  if ((s.category === 'until' || s.category === 'cant-wont') && HARM_WORD.test(words) && avertsHarm(flaggedTokens())) {
    return null;
  }
  if (s.category === 'blame' && NEG_COPULA.test(draft.slice(fe, fe + 24))) {
    return null;
  }
  if (s.category === 'policy' && CITATION_HEAD.test(words)) {
    const after = ` ${fold(rest).replace(/[.،,!؛:؟?]/g, ' ')} `;
    if (GRANT.test(after) && !LIMIT.test(after) && !faTokens(rest).some((t) => t.word && t.neg && !/^(?:هیچ|بدون)$/.test(t.norm))) {
      return null;
    }
  }
  // «شما باید زودتر میگفتین» -> «لطفاً زودتر میگفتین»: a request made of a reproach about the past (the late7 judge).
  if (s.kind !== 'advice' && s.replacements.some((r) => PLEASE.test(r) && pastSecondPerson(r))) {
    return toAdvice(s);
  }
  // A slip or a late word about the past, made a request or a thanks while the sentence goes on with what it caused
  // («شما … ثبت‌نام نکرده‌اید؛ لذا نام شما درج نشده» -> «لطفاً … ثبت‌نام کنید؛ لذا …», «باید زودتر خبر میدادین، دیگه الان فایده
  // نداره» -> «لطف کردید که اطلاع دادید، …»): the request and its consequence, the thanks and the reproach, no longer fit.
  if (s.kind === 'rewrite' && s.category === 'blame' && /^(?:لطفا|لطف\s?کردید|لطف\s?کردین|ممنون|مرسی|سپاس)/.test(fold(s.replacements[0] ?? '').trim()) && CONSEQUENCE_FA.test(` ${fold(draft.slice(fe, sentenceEnd(draft, fe)))} `)) {
    return toAdvice(s);
  }
  // «اطلاعی در این خصوص نداریم» -> «…، ولی ___ داریم»: not knowing read as a missing product; "we have ___" offers a
  // thing where the customer asked for news: advice.
  if (s.kind === 'template' && KNOWLEDGE_NOUN.test(` ${fold(draft.slice(clauseStart(), fe))} `) && s.replacements.every((r) => /___\s*(?:داریم|دارم)/.test(fold(r)))) {
    return toAdvice(s);
  }
  // «نمیتونیم کاری بکنیم» -> «…، ولی میتونیم ___»: nothing can be done, then an offer: the template contradicts itself.
  if (s.kind === 'template' && NOTHING.test(` ${words} `) && s.replacements.some((r) => CAN_OFFER.test(fold(r))) && flaggedTokens().some((t) => t.word && t.neg)) {
    return toAdvice(s);
  }
  if (s.category === 'negative-words' && s.kind === 'rewrite' && s.replacements.length && s.replacements.every((r) => r.trim() === '' || !REGRET_WORD.test(` ${fold(r)} `)) && REGRET_WORD.test(` ${words} `) && (badNewsAfter(rest) || closesBadNews(draft, sStart, fs, fe))) {
    return { ...toAdvice(s), explanation: REGRET_KEEP[uiLang] };
  }
  // A template that adds «…، ولی ___» to a sentence that already turns on «ولی/اما» before the flag («شرمنده ولی تا شنبه
  // ارسال نمیشه»): two buts in a row; advice.
  if (s.kind === 'template' && s.replacements.every((r) => BUT_BLANK.test(fold(r))) && BUT_WORD.test(` ${fold(draft.slice(sStart, fs))} `)) {
    return toAdvice(s);
  }
  // «با عرض پوزش، پرواز شما لغو شد»: the formal apology lead before real bad news is where it belongs (the late10
  // writers never marked it there), and so is it before a sentence another rule flags («… از عهده این اداره خارج است»);
  // before news that is not bad it is a reflex, and its deletion stays on offer.
  if (s.kind === 'rewrite' && s.replacements.every((r) => r.trim() === '') && APOLOGY_LEAD.test(words) && (badNewsAfter(rest) || list.some((o) => o !== s && o.start >= fe && o.start < end && o.category !== 'over-apology'))) {
    return null;
  }
  if (s.category === 'negative-words' && s.kind === 'rewrite' && s.replacements.length && s.replacements.every((r) => r.trim() === '') && APOLOGY_WORD.test(` ${words} `) && badNewsAfter(rest)) {
    return { ...toAdvice(s), explanation: APOLOGY_KEEP[uiLang] };
  }
  // «… برین از فروشنده بپرسین، اما ___»: a blank where the sentence already sends the customer somewhere (redirect-blank.alt7.ts).
  if (s.kind === 'template' && redirectSaidFa(fold(draft.slice(sStart, end)), s.replacements)) {
    return toAdvice(s);
  }
  // The suggestion read as applied (guard.fa.splice.ts): a hanging «را», a blank before more words, a dangling
  // particle, the other register, «لطفاً» with no one asked.
  // Then a refusal whose time phrase opens its clause widens over it (guard.fa.time.ts).
  const prevEnd = k > 0 ? list[k - 1].end : 0;
  return widenOverFrontedTime(draft, guardPersianSplice(draft, s, { sentenceStart: sStart, nextStart: list[k + 1]?.start ?? draft.length, prevEnd, draftRegister }, toAdvice), sStart, prevEnd);
}
