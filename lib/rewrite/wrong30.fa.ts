/**
 * Persian alternatives an agent can trust, fourth reading (wrongfa30, from the blind reading of late29's applied rows).
 * Two hooks: `wrong30Fa`, the last after-reader over every Persian suggestion, and `faNeutral30`, a neutral filter beside
 * faNeutral27b (guard.fa.ts for the packs, engine.ts for the generic readers). Look-alikes and contrasts (other trades,
 * registers, spellings) are the matrix of tests/unit/rewrite/fa-wrong30.test.ts.
 *
 * Wrong alternatives, by kind (each stays flagged; where no right text can be built it becomes advice):
 *  - **an offer blank where the agent already offers or says there is none**: a template that keeps the refusal and adds
 *    «، ولی/اما … ___» while its sentence has a «ولی / اما / لیکن / البته / در عوض» after the refusal (after a «؛» too),
 *    «… کافیه» (a way forward the customer takes), a must or please in the same sentence (another suggestion, or «مجبوری»,
 *    «لطفاً»), the next sentence offers (a slot free «… خالی هست», an offer asked «بنویسمتون؟», «براتون بفرستم؟») or says
 *    nobody can («نه برای ما، نه برای …»); a blank after a second clause past a «؛» («…؛ امشب همه رفتن …، ولی ___»).
 *  - **English text after Finglish**: an English blank sentence («What we can do is ___») after a sentence in Persian
 *    written in Latin letters (two Finglish words, ezafe «-e», «-haye» forms counted).
 *  - **a candour opener deleted with its clause**: «صادقانه بگویم که شما … نمی‌شوید، …» -> «…»: only the opener and its
 *    «که» go.
 *  - **a calm-down made empathy while the sentence still dismisses**: «آروم باشید …، ماشین که منفجر نمیشه», «شلوغش نکنین،
 *    یه نوشابه‌س دیگه»: advice; an intensifier before it («اینقدر شلوغش نکنین») goes with the words replaced.
 *  - **a must made a please where no request can stand**: inside a rule's «… اینه که / این است که» (advice); «لطفاً که …»
 *    loses its «که»; a colloquial «حتمنی / حتمن» before it goes with it.
 *  - **«let me see what I can do» rewritten before the agent's own step**: «ببینم چیکار میتونم بکنم، به مکانیک می‌سپارم …»
 *    -> «بذارین بررسی کنم، به مکانیک می‌سپارم …»: advice.
 *  - **the not-knowing template cut from its wh-clause**: «نمی‌دونم خانم، نیروها کجان» -> «… تا مشخص بشه خانم، نیروها
 *    کجان», or landing inside its object («اینکه چرا … رو واقعا نمیدونم»): advice. «نمیدونم والا، شاید باگه» keeps it.
 *  - **an offer blank in another's person** («تکنسین تا شنبه نمیتونه بیاد، ولی میتونه ___»): the agent offers, so the
 *    blank's verb becomes the agent's first plural («ولی میتونیم ___», «اما می‌توانیم ___»).
 *
 * No flag (faNeutral30):
 *  - eagerness: «(دیگه) نمی‌تونیم صبر کنیم تا … ببینید / امتحان کنید» (can't wait for you to see it);
 *  - the complaint named as referred and answered («شکایت شما … ارجاع شد و هزینه … برگشت داده شد»).
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { faFold as fold, faSentenceEnd, faSentenceStart as sentenceStart, faTextMemo } from './guard.fa.text.ts';
import { isFinglishWord } from '../tone/cues/finglish.ts';
import { tokenize } from '../nlp/index.ts';

const negated = (raw: string): boolean => tokenize(raw).some((t) => t.word && t.neg);

const SP = '[\\s\\u200c]';
const END = /[.!?؟\n]/;

/** Where the sentence holding `at` begins. */
/** The next sentence after the one ending at or after `from` (text only, up to 160 characters). */
function nextSentence(draft: string, from: number): string {
  let k = from;
  while (k < draft.length && !END.test(draft[k])) k++;
  while (k < draft.length && /[.!?؟\s]/.test(draft[k])) k++;
  return draft.slice(k, faSentenceEnd(draft, k, 160) + 1);
}
const spaced = faTextMemo((raw: string): string => ` ${fold(raw).replace(/\u200c/g, '').replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/\s+/g, ' ').trim()} `);

// ---- an offer blank where it reads wrong --------------------------------------------------------------------------------

/** A contrast after the refusal: the agent's alternative is already there. */
const CONTRAST_AFTER = / (?:ولی|اما|لیکن|ولیکن|منتها|البته|درعوض|در عوض|بجاش|به جاش) /;
/** «… رو دم در نشون بدین کافیه»: the customer's way forward. */
const ENOUGH = / (?:کافیه|کافیست|کافی است|کافی هست|بسه) /;
/** The customer asked or obliged in the same sentence. */
const ASKED = / (?:لطفا|لطفاً|مجبوری|مجبورید|مجبورین|ناچارید|ناچارین|موظفید|بایستی) /;
/** The next sentence offers: a slot or stock free, or the agent's act asked as a question («بنویسمتون؟», «بفرستم؟»). */
const NEXT_OFFER = / (?:خالی|جای خالی|ظرفیت خالی|موجود) (?:هست|است|داریم|داره|داره|میشه|داره)| ب\S+(?:م|یم|متون|متان|مت|مش|مشون)(?: براتون| براتان| واستون)? $/;
const QUESTION_END = /[؟?]\s*$/;
/** Nobody can: «نه برای ما، نه برای هیچ صرافی دیگه‌ای», «هیچ‌کس نمی‌تونه». */
const NOBODY = / نه (?:برای|برا|واسه|از) (?:ما|من|ماها) (?:نه|و نه) (?:برای|برا|واسه|از) | هیچ ?کس (?:دیگه|دیگر )?(?:نمی|نم)\S* /;
/** The blank's verb in another's person: «می‌تونه ___», «می‌تواند ___», «می‌تونن ___», «می‌شن ___». */
const OTHERS_BLANK = /(?:^|\s)(?:می|مي)[\s\u200c]?(?:تونه|تواند|تونن|توانند|شن|شوند)[\s\u200c]+___/;
/** A second clause between the refusal and the blank: a «؛» («… نمی‌تونه بیاد؛ امشب همه رفتن …، ولی ___»). */
const SECOND_CLAUSE = /[؛;]/;

/** «می‌تونه ___» -> «می‌تونیم ___», «می تواند ___» -> «می توانیم ___», «میشن ___» -> «میشه ___»: as the writer spaces «می». */
const AGENT_PERSON: readonly [RegExp, string][] = [
  [/((?:می|مي)[\s\u200c]?)(?:تونه|تونن)(?=[\s\u200c]+___)/, '$1تونیم'],
  [/((?:می|مي)[\s\u200c]?)(?:تواند|توانند)(?=[\s\u200c]+___)/, '$1توانیم'],
  [/((?:می|مي)[\s\u200c]?)شن(?=[\s\u200c]+___)/, '$1شه'],
  [/((?:می|مي)[\s\u200c]?)شوند(?=[\s\u200c]+___)/, '$1شود'],
];

/** The offer blank in the agent's person: the refusal's subject (a parcel, a technician, a team) is not who offers. */
function blankInAgentPerson(draft: string, s: Suggestion): Suggestion | null {
  const cut = s.original.trimEnd().length;
  if (!s.replacements.some((r) => OTHERS_BLANK.test(r.slice(cut)))) return null;
  const replacements = s.replacements.map((r) => r.slice(0, cut) + AGENT_PERSON.reduce((t, [re, to]) => t.replace(re, to), r.slice(cut)));
  return { ...s, replacements };
}

function keepsRefusalWithBlank(s: Suggestion): boolean {
  if (s.kind !== 'template' || !s.replacements.length) return false;
  const head = s.original.trimEnd().slice(0, 12);
  return s.replacements.every((r) => r.includes('___') && head !== '' && r.startsWith(head));
}

/** `commands`: the list's rewrites of the commands category (rspeed42: picked once per pass, not per template). */
function blankReadsWrong(draft: string, s: Suggestion, commands: readonly Suggestion[]): boolean {
  const sStart = sentenceStart(draft, s.flagged.start);
  const sEnd = faSentenceEnd(draft, Math.max(s.end, s.flagged.end), 400);
  const after = spaced(draft.slice(s.flagged.end, sEnd));
  const before = spaced(draft.slice(sStart, s.flagged.start));
  // A keep-refusal template's words can run to its sentence's end («امکان‌پذیر نیست؛ لیکن …»): read them too, past their first word.
  const own = spaced(s.original.replace(/^[\s\u200c]*\S+/, ''));
  if (CONTRAST_AFTER.test(after) || CONTRAST_AFTER.test(own) || ENOUGH.test(after) || ENOUGH.test(own)) return true;
  if (ASKED.test(before) || ASKED.test(after)) return true;
  if (commands.some((o) => o !== s && o.start >= sStart && o.end <= sEnd)) return true;
  const next = nextSentence(draft, sEnd);
  const nextK = spaced(next);
  if (NOBODY.test(after) || NOBODY.test(nextK)) return true;
  if (QUESTION_END.test(next) && NEXT_OFFER.test(nextK)) return true;
  if (/ (?:خالی|ظرفیت خالی) (?:هست|است|داریم|داره) /.test(nextK)) return true;
  if (SECOND_CLAUSE.test(draft.slice(s.flagged.end, s.end)) || SECOND_CLAUSE.test(s.original)) return true;
  return false;
}

// ---- the not-knowing template ---------------------------------------------------------------------------------------------

/** «___ تا مشخص بشه …» / «فعلاً خبر دقیقی نیست و ___ تا مشخص بشه …»: the template of «نمی‌دونم + wh-clause». */
const UNTIL_CLEAR = /تا[\s\u200c]+مشخص[\s\u200c]+(?:بشه|شود|شه)/;
/** A wh-word (folded, spaced): the clause is what is not known. */
const WH = / (?:\S+ )*?(?:کجا\S*|کی|چرا|چی|چیه|چطور|چطوری|چقدر|چقد|کدوم|کدام|چند|چه) /;

function notKnowingSeam(draft: string, s: Suggestion): Suggestion | null {
  if (s.kind !== 'template' || !s.replacements.length || !s.replacements.every((r) => UNTIL_CLEAR.test(r))) return null;
  // «… تا مشخص بشه خانم، نیروها کجان»: the wh-clause cut from its verb by the address and a comma.
  const tail = s.replacements[0].slice(UNTIL_CLEAR.exec(s.replacements[0])!.index);
  const wh = /(?:کجا|چی|چه|کی|چرا|چطور|چطوری|چقدر|چقد|کدوم|کدام|چند|آیا|اگه|اگر)/.test(tail);
  const after = draft.slice(s.end, faSentenceEnd(draft, s.end, 200));
  if (!wh && /^[\s\u200c]*[،,]/.test(after) && WH.test(spaced(after.split(/[،,]/)[1] ?? ''))) return asAdvice(draft, s);
  // «اینکه چرا پینگ بالا میره رو واقعا نمیدونم»: the wh-clause is the object before it, the template would land inside it.
  const sStart = sentenceStart(draft, s.start);
  if (/(?:^|[\s\u200c])(?:رو|را)(?:[\s\u200c]+[^\s\u200c،,]+)?[\s\u200c]*$/.test(draft.slice(sStart, s.start)) && WH.test(spaced(draft.slice(sStart, s.start)))) return asAdvice(draft, s);
  return null;
}

// ---- «let me see what I can do» before the agent's own step ---------------------------------------------------------------

/** The agent's own step after it in the sentence: a first person present («به مکانیک می‌سپارم», «زنگ می‌زنیم»). */
const OWN_STEP = / (?:\S+ ){0,6}(?:می|مي)\S*(?:م|یم)(?: |$)/;

function letMeSeeBeforeStep(draft: string, s: Suggestion): Suggestion | null {
  if (s.ruleId !== 'fa-let-me-see' || s.kind !== 'rewrite') return null;
  const rest = draft.slice(s.end, faSentenceEnd(draft, s.end, 200));
  // «ببینم چیکار میتونم بکنم عمو، به مکانیک می‌سپارم …» -> «بذارین بررسی کنم عمو، به مکانیک می‌سپارم …»: the step is already said.
  return OWN_STEP.test(spaced(rest)) ? asAdvice(draft, s) : null;
}

// ---- English after Finglish ----------------------------------------------------------------------------------------------

const ENGLISH_BLANK = /What (?:we|I) can do is ___|What (?:we|I) can do instead is ___/;
const EZAFE = /^[a-z]{2,}-(?:e|ye|haye|hay|ha|am|et|esh|emun|etun)$/;

function finglishAround(draft: string, s: Suggestion): boolean {
  const a = sentenceStart(draft, s.flagged.start);
  const text = draft.slice(a, faSentenceEnd(draft, s.flagged.end, 400));
  const keys = text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  return keys.filter((k) => isFinglishWord(k) || EZAFE.test(k)).length >= 2;
}

// ---- a candour opener with its clause ------------------------------------------------------------------------------------

const CANDOUR_HEAD = new RegExp(
  `^(?:صادقانه|رک|راستش|حقیقتش|بی${SP}?تعارف|صراحتاً|صراحتا)(?:${SP}+(?:را|رو|بهت|بهتون|به${SP}+شما))?(?:${SP}+(?:بگم|بگویم|بگوییم|بگیم|عرض${SP}+کنم|بخوا(?:ی|ین|ید|هید|هی)))?${SP}+که${SP}+`,
);

function candourClause(draft: string, s: Suggestion): Suggestion | null {
  if (s.kind !== 'rewrite' || !s.replacements.every((r) => r.trim() === '')) return null;
  if (s.ruleId !== 'fa-to-be-honest' && s.ruleId !== 'candour-opener') return null;
  const m = CANDOUR_HEAD.exec(s.original);
  if (!m || m[0].length >= s.original.trimEnd().length) return null;
  // More words after the opener and its «که»: a clause of the news itself («که شما … نمی‌شوید،»). Only the opener goes.
  if (!/[\u0621-\u064a\u067e-\u06cc]/.test(s.original.slice(m[0].length))) return null;
  const end = s.start + m[0].length;
  return { ...s, end, original: draft.slice(s.start, end) };
}

// ---- a calm-down made empathy while the sentence dismisses ----------------------------------------------------------------

const CALM_RULES = /^fa-calm-down/;
/** Dismissal in the rest of the sentence: «یه نوشابه‌س دیگه», «ماشین که منفجر نمیشه», «چیزی نیست», «فقط یه …». */
const DISMISS = / (?:یه|یک) \S+(?:س|ه|ست|است) دیگه | \S+ که (?:\S+ ){0,2}(?:نمی|نم)\S* (?:که|دیگه)? ?$| \S+ که (?:\S+ ){0,2}نمی(?:شه|شود|میره|میره|ترکه|سوزه) | (?:چیزی|طوری|اتفاقی|چیز مهمی) (?:نیست|نشده|نیفتاده|نیوفتاده) | (?:مهم|چیزی) نیست | فقط (?:یه|یک) \S+(?:ه|س|ست)? (?:دیگه|است|هست|ه) | کاری نداره | ارزش(?:ش)? (?:نداره|رو نداره) /;
/** «یه خط روی گلگیره دیگه،»: «it's just a …» closing its clause. */
const JUST_A = /(?:^|[\s\u200c،,])(?:یه|یک)[\s\u200c]+(?:[^\s\u200c،,.!؟]+[\s\u200c]+){0,3}[^\s\u200c،,.!؟]+(?:س|ه|ست)[\s\u200c]+دیگه[\s\u200c]*(?:[،,.!؟]|$)/;
const INTENSIFIER_BEFORE = new RegExp(`(?:^|[\\s\\u200c،,])((?:ایقد|اینقد|اینقدر|انقدر|اینقده|این${SP}قدر|اونقدر|اونقد|این${SP}همه|اینهمه)${SP}+)$`);

function calmDismissing(draft: string, s: Suggestion): Suggestion | null {
  if (s.kind !== 'rewrite' || !CALM_RULES.test(s.ruleId)) return null;
  const sEnd = faSentenceEnd(draft, s.end, 300);
  const rest = draft.slice(s.end, sEnd);
  if (DISMISS.test(spaced(rest)) || JUST_A.test(fold(rest))) return asAdvice(draft, s);
  const m = INTENSIFIER_BEFORE.exec(draft.slice(Math.max(0, s.start - 16), s.start));
  if (!m) return null;
  const start = s.start - m[1].length;
  return { ...s, start, original: draft.slice(start, s.end) };
}

// ---- a must made a please where no request stands -------------------------------------------------------------------------

const PLEASE_HEAD = /^([\s\u200c]*لطف(?:اً|ا|ن|ًا))[\s\u200c]+که[\s\u200c]+/;
/** A rule's complement: «سیاست کلینیک اینه که …», «قانون ما این است که …». */
const RULE_THAT = / (?:سیاست|سياست|قانون|قوانین|مقررات|ضوابط|روال|رویه|رويه|دستورالعمل|آیین ?نامه|شرایط|شرط)\S* (?:\S+ ){0,3}(?:اینه|اينه|این است|اين است|این هست|اینست) که /;
const SURELY_BEFORE = new RegExp(`(?:^|[\\s\\u200c،,])((?:حتمنی|حتمن|حتما|حتماً|حتمأ|حتمنم)${SP}+)$`);

function mustPleaseWrong(draft: string, s: Suggestion): Suggestion | null {
  if (s.kind !== 'rewrite' || s.category !== 'commands' || !s.replacements.length || !s.replacements.every((r) => /^[\s\u200c]*لطف/.test(r))) return null;
  const sStart = sentenceStart(draft, s.start);
  if (RULE_THAT.test(spaced(draft.slice(sStart, s.start)))) return asAdvice(draft, s);
  let out: Suggestion | null = null;
  if (s.replacements.some((r) => PLEASE_HEAD.test(r))) {
    out = { ...s, replacements: s.replacements.map((r) => r.replace(PLEASE_HEAD, '$1 ')) };
  }
  const m = SURELY_BEFORE.exec(draft.slice(Math.max(0, s.start - 14), s.start));
  if (m) {
    const base = out ?? s;
    const start = s.start - m[1].length;
    out = { ...base, start, original: draft.slice(start, s.end) };
  }
  return out;
}

/** The after-reader: last in AFTER_READERS (engine.ts), over Persian suggestions (and an English blank after Finglish). */
export function wrong30Fa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.length) return list;
  let changed = false;
  let commands: Suggestion[] | undefined;
  const out = list.map((s) => {
    let r: Suggestion | null = null;
    if (s.kind === 'template' && s.replacements.some((x) => ENGLISH_BLANK.test(x)) && finglishAround(draft, s)) r = asAdvice(draft, s);
    else if (s.language === 'fa') {
      if (keepsRefusalWithBlank(s)) r = blankReadsWrong(draft, s, (commands ??= list.filter((o) => o.category === 'commands' && o.kind === 'rewrite'))) ? asAdvice(draft, s) : blankInAgentPerson(draft, s);
      else r = candourClause(draft, s) ?? notKnowingSeam(draft, s) ?? calmDismissing(draft, s) ?? mustPleaseWrong(draft, s) ?? letMeSeeBeforeStep(draft, s);
    }
    if (!r) return s;
    changed = true;
    return r;
  });
  return changed ? out : list;
}

// ---- no flag -------------------------------------------------------------------------------------------------------------

/** «(دیگه) نمی‌تونیم صبر کنیم تا نسخه‌ی چاپی رو ببینید»: can't wait for the customer to see or try it. */
const EAGER = / (?:دیگه |دیگر )?(?:نمیتونیم|نمیتونم|نمیتوانیم|نمیتوانم|نمی تونیم|نمی تونم|نمی توانیم|نمی توانم) (?:برای )?صبر (?:کنیم|کنم) (?:تا|که) (?:\S+ ){0,6}(?:ببین|ببینید|ببینین|ببینی|بشنوید|بشنوین|بخونید|بخونین|بخوانید|امتحان|تست|استفاده|لذت|نظرتون|نظرتان|واکنشتون|دستتون|دستتان|بپوشید|بپوشین|بچشید|بچشین|بخورید|بخورین)/;
const NOT_EAGER = / (?:بیشتر|بیش) (?:از این|ازین) | دیگه بیشتر /;

/** «شکایت شما به مدیر فنی ارجاع شد و هزینه … برگشت داده شد»: referred, and answered with something given back. */
const REFERRED_AND_GIVEN = /^ (?:\S+ ){0,6}(?:ارجاع|ارسال|منتقل) (?:شد|گردید|شده) (?:و )?(?:\S+ ){0,8}(?:برگشت|بازگشت|عودت|واریز|بازگردانده|جبران|پرداخت|مسترد) (?:داده )?(?:شد|گردید|شده)/;

/** Whether a Persian suggestion over [fs, fe) is no flag by one of the kinds above. */
export function faNeutral30(draft: string, fs: number, fe: number, category: string): boolean {
  const flagged = draft.slice(fs, fe);
  if ((category === 'cant-wont' || category === 'until') && /صبر/.test(flagged)) {
    const sStart = sentenceStart(draft, fs);
    const sent = spaced(draft.slice(sStart, faSentenceEnd(draft, fe, 300)));
    if (EAGER.test(sent) && !NOT_EAGER.test(sent)) return true;
  }
  if (/شکایت/.test(flagged)) {
    const rest = spaced(draft.slice(fe, faSentenceEnd(draft, fe, 200)));
    if (REFERRED_AND_GIVEN.test(rest) && !negated(draft.slice(fe, faSentenceEnd(draft, fe, 200)))) return true;
  }
  return false;
}
