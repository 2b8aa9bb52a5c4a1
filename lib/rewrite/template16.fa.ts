/**
 * Persian refusal templates where only the agent knows the alternative (seventeenth session, branch rwtpl10fa, issue 12:
 * a plain refusal gets "What I can do is ___", the blank selected after insertion; not advice, not an invented offer).
 *
 * Many Persian refusal readings are advice by design: pack rules with no replacement («… انجام نمی‌شود», «سیستم اجازه
 * نمیده …», «به ما مربوط نیست», «اطلاعی در دست نیست», «تا ماه بعد نمیشه») and the generic reader's constructions. Fresh
 * writers wanted a template there. Here such an advice becomes a template that keeps the agent's sentence as written,
 * refusal and all, and adds the frame of an offer at the sentence's end, in the sentence's register and the agent's person:
 *
 *   formal      «…، اما آنچه می‌توانم انجام دهم این است که ___» (بنده، نمی‌توانم، کنم …)
 *               «…، اما آنچه می‌توانیم انجام دهیم این است که ___» (ما، نمی‌توانیم، this office, impersonal «امکان‌پذیر نیست»)
 *   colloquial  «…، ولی کاری که می‌تونم بکنم اینه که ___» / «… می‌تونیم بکنیم …» / impersonal «… کاری که می‌شه کرد اینه که ___»
 *
 * With a «ولی/اما» already before the refusal in its sentence, the offer is a sentence of its own («ببخشید ولی نمی‌تونم
 * کنسلش کنم. کاری که می‌تونم بکنم اینه که ___»). The refusal stays a refusal; nothing is promised: the blank is where the
 * agent types what they can do, if anything. The suggestion stays advice where a template would read wrong:
 *
 * - the sentence already gives a way forward or an alternative (the customer can, is asked to, or must do something;
 *   «فقط/تنها/از طریق …» after the refusal; something done or under way: «ارجاع شد», «دارم می‌پرسم», «پیگیری می‌شود»;
 *   «در صورت تمایل»; a «ولی/اما/البته» after the refusal; the agent's own «می‌تونم»);
 * - it says nothing can be done («کاری نمی‌شه کرد», «دستم بسته‌ست», «هیچ راهی»): an offer after it contradicts it;
 * - the refusal is inside a condition («اگه … نشد») or a question;
 * - another suggestion lies between the refusal and the sentence's end (the template would copy its words).
 */
import { analyzeFaWordWide, faRegister, fitFaReplacements } from '../nlp/index.ts';
import { GENERIC_PACK_ID } from './generic/index.ts';
import { faFold, faSentenceEnd, FA_SENTENCE_END as SENTENCE_END, FA_SENTENCE_REACH, faTokens, faTextMemo } from './guard.fa.text.ts';
import { redirectSaidFa } from './redirect-blank.alt7.ts';
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { BoundedMemo } from '../text/memo.ts';

/** A text folded, marks and spaces made single spaces (kept per text: perf34). */
const spaced = faTextMemo((t: string): string => ` ${faFold(t).replace(/[.،,!؛;:؟?«»"()\-–—]/g, ' ').replace(/\s+/g, ' ')} `);

/** The built-in Persian pack whose advice rules below are refusals by design. */
const FA_CORE = 'tactful.fa.core';

/** fa-core advice rules that say no to the customer's request, where the agent alone knows what else there is. */
export const TEMPLATE16_RULES: ReadonlySet<string> = new Set([
  // can't, won't, not possible, not done, not accepted
  'fa-not-authorized-ezafe', 'fa-not-authorized', 'fa-not-up-to-me', 'fa-not-returnable', 'fa-not-x-able', 'fa-refusal-future-passive',
  'fa-cant-obj-i', 'fa-cant-obj-we', 'fa-cant-obj-colloquial', 'fa-refusal-cant-anymore-impersonal', 'fa-refusal-not-done',
  'fa-refusal-we-dont', 'fa-not-accepted', 'fa-not-possible-that', 'fa-refusal-then-action', 'fa-cant-impersonal-formal',
  'fa-not-able-or-allowed', 'fa-no-possibility-long', 'fa-not-allowed', 'fa-not-granted', 'fa-refusal-short', 'fa-cant-answer',
  // the system refuses
  'fa-system-no-permission', 'fa-system-refuses-action', 'fa-system-no-option', 'fa-system-refuses', 'fa-system-doesnt-allow-x',
  // not my department
  'fa-beyond-our-remit', 'fa-not-related-to-us', 'fa-responsibility-not-ours', 'fa-not-my-dept-formal',
  // not knowing
  'fa-dont-know-why', 'fa-dont-know-when', 'fa-dont-know-what', 'fa-dont-know-plain', 'fa-no-info-about', 'fa-dont-know-why-colloquial',
  'fa-dont-know-plain-colloquial', 'fa-no-info-about-colloquial', 'fa-not-informed', 'fa-not-knowing-formal', 'fa-unclear-when',
  // not until
  // («تا ۱۰ روز کاری نمی‌توانم …» stays advice: «تا» before a length of time reads two ways, fa-trust.test.ts)
  'fa-not-before-point', 'fa-until-point-not-possible',
  // a rule cited as the wall (only where a negation follows it in its sentence: POLICY_HEADS)
  'fa-per-company-rules', 'fa-policy-head-formal', 'fa-policy-ours-is',
]);

/** Rules and constructions that flag the rule cited, not the refusal: the refusal must follow in the sentence. */
const POLICY_HEADS: ReadonlySet<string> = new Set(['fa-per-company-rules', 'fa-policy-head-formal', 'fa-policy-ours-is', 'policy-shield']);

/** The generic reader's Persian constructions of the same families. */
export const TEMPLATE16_CONSTRUCTIONS: ReadonlySet<string> = new Set([
  'not-available', 'not-permitted', 'negated-ability', 'passive-refusal', 'not-offered', 'not-knowing', 'time-refusal', 'system-blocks', 'deflection',
  'policy-shield',
]);

/**
 * The sentence around text[fs, fe): [start, end) between sentence ends, or null when it reaches further than
 * FA_SENTENCE_REACH on either side. A sentence longer than that is a run-on with no stop (a pasted log, a chat line of
 * forty refusals): its refusals stay advice, and reading each one's sentence stays bounded, so a draft of N such refusals
 * costs N times a constant, not N times the draft.
 */
function sentenceAround(draft: string, fs: number, fe: number): { sStart: number; sEnd: number } | null {
  let sStart = fs;
  const lo = Math.max(0, fs - FA_SENTENCE_REACH);
  while (sStart > lo && !SENTENCE_END.test(draft[sStart - 1])) sStart--;
  if (sStart > 0 && !SENTENCE_END.test(draft[sStart - 1])) return null;
  let from = fe;
  // A rule whose pattern holds the sentence's full stop («اطلاعی ندارم.») ends before it.
  while (from > fs && SENTENCE_END.test(draft[from - 1])) from--;
  const sEnd = faSentenceEnd(draft, from, fe + FA_SENTENCE_REACH - from);
  if (sEnd < draft.length && !SENTENCE_END.test(draft[sEnd])) return null;
  return { sStart, sEnd };
}
/** The last letter or digit of a sentence: the frame goes after it (a final mark, an emoji, a space stay after the frame). */
const LAST_WORD_CHAR = /[\p{L}\p{N}\u200c](?=[^\p{L}\p{N}]*$)/u;

/** Words of a negation, folded: the flagged words must refuse something. */
const NEG_WORD = /(?:^|\s)(?:نمی\S+|نخواه\S+|نیست\S*|ندار\S*|نشد\S*|نمیشه|غیرقابل|غیر\s+قابل|خارج|مسدود|ممنوع|منتفی|نه)(?=\s|$)/;

/**
 * A remark on the customer's manner or feelings in the sentence («با داد زدن که … زودتر نمیرسه», «آروم باشید»): the negation
 * is a reproach, not a refusal of a request; no frame of an offer after it.
 */
const REPROACH = /(?:^|\s)(?:داد|بیداد|دادوبیداد|فریاد|عصبانیت|عصبانی|آروم|آرام\s+باشید|اروم|شلوغ\S*|اعصاب\S*)(?=\s|$)/;

/**
 * A way forward, an alternative or an action already in the sentence (folded, ZWNJ out, «می» joined, marks as spaces).
 */
const WAY_FORWARD = new RegExp(
  [
    // asked, told, or able: «لطفاً …», «می‌تونید …», «باید …»
    String.raw`(?:لطفا|لطفن|خواهشا|خواهشمند|مستدعی|باید|بایست|میبایست|لازمه|لازم\s+است|نیازه|نیاز\s+است|میتونید|میتونین|میتونی|میتوانید|میتوانی|بتونید|بتونین|بتوانید|میشه\s+\S+\s+(?:کنید|کنین|بدید|بدین)|مجازید|اختیار\s+دارید)`,
    // conditional offers
    String.raw`(?:در\s+صورت\s+(?:تمایل|نیاز|لزوم)|اگه\s+(?:لازم|مایل|خواستین|خواستید|بخواین|بخواهید)|اگر\s+(?:لازم|مایل|تمایل)|چنانچه\s+(?:مایل|تمایل)|اگه\s+لازمش)`,
    // an alternative named
    String.raw`(?:در\s+عوض|به\s+جاش|بجاش|به\s+جای\s+آن|در\s+عوضش|میتونم|میتونیم|میتوانم|میتوانیم|میشه\s+(?:از|با|به|که)|قابل\s+انجام\s+است|امکان\s*پذیر\s+است|امکانپذیر\s+است|میسر\s+است)`,
    // (rwfa28) what can be done, said as a frame of its own («کاری که میشه کرد اینه که …», «تنها کاری که می‌تونیم بکنیم …»,
    // «آنچه می‌توانیم انجام دهیم …»), or help offered whole («هر کمکی از دستم بربیاد …», «… دریغ نمی‌کنم»)
    String.raw`(?:کاری\s+که\s+(?:\S+\s+)?(?:میشه|میشود|میتونیم|میتونم|میتوانیم|میتوانم|میتوان|میتونن)|آنچه\s+(?:\S+\s+)?(?:میتوانیم|میتوانم|میتوان|میشود)|هر\s+کمکی|دریغ\s+(?:نمیکنم|نمیکنیم|نمیکند|نمیکنه|نخواهم\s+کرد|نخواهیم\s+کرد))`,
    // something done or under way, or what happens next
    String.raw`(?:(?:ارجاع|ثبت|منتقل|فرستاده|واریز|پیگیری|بررسی|رسیدگی|اعلام|هماهنگ|گزارش|فعال|وصل|درست|آماده|تحویل|انجام)\s+(?:شد|گردید|کردم|کردیم|کردهام|دادم|دادیم|میشه|میشود|میگردد|خواهد\s+شد|میکنم|میکنیم|میکنن|میکنند)|(?:پاسخ|جواب)\s+داده\s+(?:میشه|میشود|میگردد|خواهد\s+شد|شد)|دارم\s+\S+|داریم\s+\S+|پیگیرش|پیگیریش|در\s+حال\s+(?:بررسی|پیگیری|رسیدگی)|بعدش|بعد\s+از\s+(?:اون|آن)|پس\s+از\s+آن|سپس)`,
  ].map((p) => `(?:^|\\s)${p}(?=\\s|$)`).join('|'),
);

/** A request to take note («خواهشمند است توجه فرمایید که …», «لطفاً دقت کنید»): no way forward, the frame of what follows. */
const NOTE_REQUEST = /(?:^|\s)(?:لطفا|لطفن|خواهشا|خواهشمند\s+است|خواهشمندیم|خواهشمندم|مستدعی\s+است)\s+(?:توجه|دقت|استحضار)\s+(?:\S+\s+)?(?:فرمایید|بفرمایید|کنید|کنین|داشته\s+باشید|داشته\s+باشین)(?=\s|$)/g;
/** The sentence as the way-forward test reads it: folded, marks as spaces, a request to take note taken out. */
export function wayForward(sentenceSpaced: string): boolean {
  return WAY_FORWARD.test(sentenceSpaced.replace(NOTE_REQUEST, ' '));
}

/**
 * The way the refused thing can be had, after the refusal («… آنلاین انجام نمی‌دیم، فقط تو دفاتر پیشخوان ثبت میشه»);
 * before it, «از طریق/فقط» belong to the refused action («… از طریق تماس تلفنی انجام نمی‌شود»).
 */
const WAY_AFTER = /(?:^|\s)(?:فقط|تنها|صرفا|از\s+طریق|ازطریق|با\s+ارائه|حضوری|حضورا)(?=\s|$)/;

/** «متأسفانه» and its kin as the regret advice flags them (folded): kept in the template that follows in its sentence. */
const REGRET = /^(?:مت\S*ان[هعحن]|متاسفنه|(?:با\s)?(?:کمال|نهایت)\sتاسف|معالاسف|مع\s?الاسف)$/;

/** Nothing can be done: an offer after it contradicts it. */
const NOTHING_TO_OFFER = /(?:^|\s)(?:هیچ\s+کاری|کاری\s+(?:از\s+\S+\s+)?(?:نمیشه|نمیشود|نمیتوان|برنمیاد|برنمیآید|برنمیاید|ساخته\s+نیست)|دستم\s+بسته|دستمون\s+بسته|دست\s+ما\s+بسته|دستمان\s+بسته|ساخته\s+نیست|هیچ\s+راه|راهی\s+(?:نیست|نداره|ندارد|وجود)|چاره\S*\s+(?:نیست|نداریم|ندارید|نداره)|کاریش\s+نمیشه|کاری\s+نمیشه)(?=\s|$)/;

/** A remit: the department, its duties, its responsibility (folded). */
const REMIT = /(?:^|\s)(?:مربوط|ربط|ربطی|وظیف\S*|حیطه\S*|حوزه\S*|واحد|بخش|قسمت|مسئول\S*|کار|دست|عهده|اختیار\S*|صلاحیت\S*|دخالت\S*|نقش\S*)(?=\s|$)/;
/** Blame declined («تقصیر من نیست», «مقصر ما نیستیم»): no department, no template. */
const BLAME = /(?:^|\s)(?:تقصیر\S*|مقصر\S*|گناه\S*|اشتباه\S*)(?=\s|$)/;

/** A condition or a concession before the refusal in its clause («اگه …», «در صورتی که …», «حتی اگر …»). */
const CONDITION_BEFORE = /(?:^|\s)(?:اگه|اگر|چنانچه|درصورتیکه|درصورتی|در\s+صورتی|در\s+صورت|هرچند|گرچه|اگرچه|باوجود|با\s+وجود)(?=\s|$)/;

/** A contrast or a hedge after the refusal: the agent goes on with something else («ولی شکایتتون ثبت شد»). */
const CONTRAST_AFTER = /(?:^|\s)(?:ولی|اما|منتها|البته|ولیکن|لیکن|ولى)(?=\s|$)/;
/** A «ولی/اما» before the refusal: the offer becomes a sentence of its own. */
const CONTRAST_BEFORE = CONTRAST_AFTER;

type Person = '1s' | '1p' | null;

/** Subject pronouns, folded. */
const PRON_1S = /(?:^|\s)(?:من|بنده|اینجانب|منم)(?=\s|$)/;
const PRON_1P = /(?:^|\s)(?:ما|مام|ماهم)(?=\s|$)/;

/**
 * The agent's person in the refusal's words and the rest of its sentence: a first-person verb («نمی‌تونیم», «عوض کنم»), the
 * clause's last word after an object marker when the language layer does not know the verb («… رو برگردونم», «… را تغییر
 * دهم»), or a subject pronoun. Null: impersonal («امکان‌پذیر نیست», «نمیشه», «سیستم اجازه نمی‌دهد»).
 */
/** Words ending in «م» that are no verb (folded). */
const NOT_VERBS_M = new Set(['هم', 'مهم', 'تمام', 'اقدام', 'انجام', 'نام', 'پیام', 'کدام', 'سیستم', 'مردم', 'قسم', 'رقم', 'حجم', 'علم', 'ستم', 'کم', 'دوم', 'سوم', 'چهارم', 'پنجم', 'لازم', 'مقدم', 'منظم', 'محترم', 'گرم', 'فرم', 'آیتم', 'تیم', 'بازم', 'منم', 'خودم', 'باهم']);

function agentPerson(text: string): Person {
  const toks = faTokens(text).filter((t) => t.word);
  for (const t of toks) {
    const v = t.fa ?? analyzeFaWordWide(t.norm)?.verb;
    if (v && v.person.person === 1) return v.person.plural ? '1p' : '1s';
  }
  // The last word of each clause, when an object marker before it says it is the verb.
  for (const clause of text.split(/[،,؛;:.!]|(?:^|\s)(?:چون|زیرا|ولی|اما|که)(?=\s|$)/)) {
    const words = faFold(clause).split(/\s+/).filter(Boolean);
    if (words.length < 3) continue;
    const last = words[words.length - 1];
    if (!/^(?:را|رو)$/.test(words[words.length - 2]) && !words.slice(0, -1).some((w) => /^(?:را|رو)$/.test(w))) continue;
    if (NOT_VERBS_M.has(last) || /(?:تیم|ستم)$/.test(last)) continue;
    if (/یم$/.test(last)) return '1p';
    if (/م$/.test(last) && (!/ام$/.test(last) || /هام$/.test(last))) return '1s';
  }
  const f = ` ${faFold(text)} `;
  if (PRON_1S.test(f)) return '1s';
  if (PRON_1P.test(f)) return '1p';
  return null;
}

/** The frames, by register and person: [formal, colloquial]. */
const FRAME = {
  formal: { '1s': 'آنچه می‌توانم انجام دهم این است که ___', '1p': 'آنچه می‌توانیم انجام دهیم این است که ___' },
  colloquial: { '1s': 'کاری که می‌تونم بکنم اینه که ___', '1p': 'کاری که می‌تونیم بکنیم اینه که ___', none: 'کاری که می‌شه کرد اینه که ___' },
} as const;

/** The additions after the kept refusal, the draft's register first (an unmarked sentence: formal first). */
function additions(person: Person, ownSentence: boolean, register: 'formal' | 'colloquial' | null): string[] {
  const formal = FRAME.formal[person ?? '1p'];
  const colloquial = person ? FRAME.colloquial[person] : FRAME.colloquial.none;
  const f = ownSentence ? `. ${formal}` : `، اما ${formal}`;
  const c = ownSentence ? `. ${colloquial}` : `، ولی ${colloquial}`;
  return register === 'colloquial' ? [c, f] : [f, c];
}

/** Whether `s` is a refusal advice this module may turn into a template. */
export function template16Eligible(s: Suggestion): boolean {
  if (s.language !== 'fa' || s.kind !== 'advice') return false;
  if (s.packId === FA_CORE) return TEMPLATE16_RULES.has(s.ruleId);
  if (s.packId === GENERIC_PACK_ID) return TEMPLATE16_CONSTRUCTIONS.has(s.ruleId);
  return false;
}

/** The agent's own text before offset `at` in its paragraph (a quoted customer message below the reply is not read). */
function ownBefore(draft: string, at: number): string {
  const from = Math.max(0, at - 300, draft.lastIndexOf('\n\n', at) + 1);
  return draft.slice(from, at);
}

/** Why the refusal advice `s` stays advice in its sentence, or null with the template's parts. */
export function template16For(
  draft: string,
  s: Suggestion,
  others: readonly Suggestion[],
): { reason: string } | { start: number; end: number; replacements: string[]; regret?: Suggestion } {
  const fs = s.flagged.start;
  const fe = s.flagged.end;
  const around = sentenceAround(draft, fs, fe);
  if (!around) return { reason: 'run-on' };
  const { sStart, sEnd } = around;
  const sentence = draft.slice(sStart, sEnd);
  if (/[?؟]/.test(draft[sEnd] ?? '') || /[?؟]/.test(sentence)) return { reason: 'question' };
  const m = LAST_WORD_CHAR.exec(sentence);
  if (!m) return { reason: 'no-words' };
  const ins = sStart + m.index + m[0].length;
  if (ins <= fs) return { reason: 'no-words' };
  const before = draft.slice(sStart, fs);
  const after = fe < ins ? draft.slice(fe, ins) : '';
  // The refusal: the flagged words, or after a rule cited as the wall («طبق مقررات …، … پذیرفته نمی‌شود»), its sentence.
  const refusal = POLICY_HEADS.has(s.ruleId) ? draft.slice(fs, ins) : draft.slice(fs, Math.min(fe, ins));
  if (!NEG_WORD.test(spaced(refusal)) && !faTokens(refusal).some((t) => t.word && t.neg)) return { reason: 'no-negation' };
  // «تقصیر من نیست» is blame declined, not a department: only the words of a remit make a not-my-department template.
  if (s.ruleId === 'deflection' && (!REMIT.test(spaced(refusal)) || BLAME.test(spaced(refusal)))) return { reason: 'not-a-remit' };
  // «سیستم قبول نمی‌کنه کد رو»: the object after the verb; a frame after «رو» reads as a splice (guard.fa.splice.ts).
  if (/(?:^|\s)(?:را|رو)\s*$/.test(faFold(draft.slice(sStart, ins)))) return { reason: 'object-marker-last' };
  const whole = spaced(sentence);
  // «… برین از فروشنده بپرسین»: the sentence already sends the customer somewhere.
  if (wayForward(whole) || WAY_AFTER.test(spaced(after)) || redirectSaidFa(faFold(sentence), ['___'])) return { reason: 'offer-already' };
  if (NOTHING_TO_OFFER.test(whole)) return { reason: 'nothing-to-offer' };
  if (REPROACH.test(whole)) return { reason: 'reproach' };
  // A condition or concession opening the refusal's clause.
  const clauseHead = before.split(/[،,؛;:]/).pop() ?? '';
  if (CONDITION_BEFORE.test(spaced(clauseHead))) return { reason: 'condition' };
  if (CONTRAST_AFTER.test(spaced(after))) return { reason: 'contrast-after' };
  // Another suggestion between the refusal and the sentence's end: the template would copy its words.
  if (others.some((o) => o !== s && o.start < ins && o.end > fs)) return { reason: 'overlap' };
  // «متأسفانه» before the refusal in its sentence, flagged as advice of its own: the template keeps it too (it is the
  // courteous way to give real bad news), as one suggestion from it, so that Apply on either reads the same.
  const regret = regretBefore(draft, s, others, sStart);
  const start = regret ? regret.flagged.start : fs;
  const ownSentence = CONTRAST_BEFORE.test(spaced(draft.slice(sStart, start)));
  const person = agentPerson(draft.slice(fs, ins)) ?? agentPerson(before);
  // An unmarked sentence («هیچی معلوم نیست فعلا») after colloquial ones takes their register, not the formal default.
  const register =
    registerNoClitics(sentence) ?? registerNoClitics(draft.slice(fs, fe)) ?? verbRegister(draft.slice(fs, ins)) ?? spokenAddress(sentence) ?? registerNoClitics(ownBefore(draft, sStart));
  const original = draft.slice(start, ins);
  // Fitted one by one: the order is ours (the register read above, the nouns that only look like clitics left out).
  const adds = additions(person, ownSentence, register).map((a) => fitFaReplacements([a], sentence, draft.slice(sStart, ins), draft.slice(ins, sEnd))[0]);
  return { start, end: ins, replacements: adds.map((a) => original + a), regret };
}

/**
 * Words the register reader (lib/nlp) counts where they show no register: nouns whose ending only looks like a clitic (folded,
 * ZWNJ out: «آزمون» is no colloquial «-مون», «شهرستان» no formal «-تان») and the prepositions and adjectives it reads as
 * colloquial verbs («بر», «بدون», «بد»). Here they are left out of the count.
 */
const NOT_CLITICS: ReadonlySet<string> = new Set(
  'بر بدون بد بدی ازمون آزمون زیتون مضمون میمون افسون شهرستان بیمارستان تابستان زمستان داستان دوستان استان گلستان دبستان باستان بوستان سازمان ساختمان درمان مهمان میهمان پیمان فرمان آرمان کرمان دامان گریبان'.split(' '),
);
/**
 * (perffa32) faRegister without the clitic words, kept by text: lib/nlp keeps its register only for calls without an
 * ignore list, and the same sentences were read again for every refusal and on every keystroke.
 */
const registerMemo = new BoundedMemo<string, ReturnType<typeof faRegister>>(256);
const readNoClitics = (t: string) => faRegister(t, NOT_CLITICS);
const registerNoClitics = (t: string): ReturnType<typeof faRegister> => (t.length <= 600 ? registerMemo.remember(t, readNoClitics) : readNoClitics(t));

/** A «متأسفانه» advice before `s` in its sentence (from `sStart`) with no other suggestion between them, or undefined. */
function regretBefore(draft: string, s: Suggestion, others: readonly Suggestion[], sStart: number): Suggestion | undefined {
  const fs = s.flagged.start;
  const r = others.filter((o) => o !== s && o.kind === 'advice' && o.language === 'fa' && o.flagged.end <= fs && o.flagged.start >= sStart).pop();
  if (!r || !REGRET.test(faFold(draft.slice(r.flagged.start, r.flagged.end)).replace(/[.،,!؛;:]/g, '').trim())) return undefined;
  if (others.some((o) => o !== s && o !== r && o.start < fs && o.end > r.flagged.start)) return undefined;
  return r;
}

/**
 * (fa38) Forms of address and the particle «ها» that only speech uses («قارداش، … صادر نمیکنیم ها», «مطمئن نیستم کاکو …»):
 * a sentence whose words show no register otherwise is colloquial with them (a formal frame after them read wrong, judge37).
 */
const SPOKEN_ADDRESS = / (?:کاکو|کاکا|قارداش|داداش|داداشم|دادا|داش|آبجی|ابجی|برارم|برار|اخی|مشتی|عامو|رفیق|عزیزم|جون|ها) /;
function spokenAddress(sentence: string): 'colloquial' | null {
  return SPOKEN_ADDRESS.test(spaced(sentence)) ? 'colloquial' : null;
}

/** The register of the verbs alone (a sentence whose other words cancel out: «… نمیشه، استاد رفته شهرستان»). */
function verbRegister(text: string): 'formal' | 'colloquial' | null {
  let c = 0;
  let f = 0;
  for (const t of faTokens(text)) {
    const v = t.word ? (t.fa ?? analyzeFaWordWide(t.norm)?.verb) : undefined;
    if (!v) continue;
    if (v.colloquial) c++;
    else if (v.tense === 'present' && v.ending === 'د') f++;
  }
  return c === f ? null : c > f ? 'colloquial' : 'formal';
}

/**
 * Why a built-in pack template that keeps the refusal and adds its blank after it («{=}، ولی می‌تونم ___», «{=}، اما ___»)
 * reads wrong in its sentence, or null: the same readings as above, so that the family answers alike whichever rule read the
 * refusal (a question; a way forward already in the sentence: a second offer asked for after it).
 */
export function packTemplateReason(draft: string, s: Suggestion): string | null {
  if (s.language !== 'fa' || s.kind !== 'template' || s.packId !== FA_CORE) return null;
  const o = s.original.trim();
  if (!o || !s.replacements.length || !s.replacements.every((r) => r.startsWith(o) && r.includes('___'))) return null;
  const around = sentenceAround(draft, s.flagged.start, s.flagged.end);
  // A run-on with no stop within reach: the keep-refusal frame is not offered there (as template16For above).
  if (!around) return 'run-on';
  const { sStart, sEnd } = around;
  const sentence = draft.slice(sStart, sEnd);
  if (/[?؟]/.test(draft[sEnd] ?? '') || /[?؟]/.test(sentence)) return 'question';
  if (wayForward(spaced(sentence)) || WAY_AFTER.test(spaced(draft.slice(s.flagged.end, sEnd)))) return 'offer-already';
  return null;
}

/** A built-in template that keeps the matched words and adds its blank after them («{=}، اما ___»). */
function keepsRefusalFa(s: Suggestion): boolean {
  const o = s.original.trim();
  return s.language === 'fa' && s.kind === 'template' && s.packId === FA_CORE && !!o && s.replacements.length > 0 && s.replacements.every((r) => r.startsWith(o) && r.includes('___'));
}

/** An emoji or a run of them (and the spaces around) closing a kept refusal: «… مرجوعی نداریم 🙏». */
const EMOJI_TAIL = /[\s\u200d\ufe0f]*(?:\p{Extended_Pictographic}[\s\u200d\ufe0f]*)+$/u;

/**
 * A built-in keep-refusal template whose kept words end on an emoji («… مرجوعی نداریم 🙏، ولی ___ داریم»): the emoji goes
 * after the frame, where the writer put it, at the end of what they say («… نداریم، ولی ___ داریم 🙏»).
 */
function emojiAfterFrame(s: Suggestion): Suggestion {
  if (s.language !== 'fa' || s.kind !== 'template' || s.packId !== FA_CORE) return s;
  const o = s.original;
  const m = EMOJI_TAIL.exec(o);
  if (!m || !s.replacements.every((r) => r.startsWith(o) && r.includes('___'))) return s;
  const kept = o.slice(0, m.index);
  if (!/[\p{L}\p{N}]$/u.test(kept)) return s;
  return { ...s, replacements: s.replacements.map((r) => `${kept}${r.slice(o.length).replace(/\s+$/, '')}${m[0].replace(/\s+$/, '')}`) };
}

/**
 * The suggestions with each eligible refusal advice made a template where it reads right (right to left, so that of two
 * refusals in one sentence the last takes the frame and the first, whose span would now hold it, stays advice).
 */
export function withRefusalTemplates(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'fa' && (s.kind === 'template' || template16Eligible(s)))) return list;
  const out = list.slice();
  for (let k = out.length - 1; k >= 0; k--) {
    const s = out[k];
    if (packTemplateReason(draft, s)) {
      out[k] = asAdvice(draft, s);
      continue;
    }
    const moved = emojiAfterFrame(s);
    if (moved !== s) out[k] = moved;
    // A built-in keep-refusal template after a «متأسفانه» advice in its sentence keeps it too, as one suggestion («متأسفانه
    // تمدید مهلت … امکان‌پذیر نیست، اما ___»), as the templates above do.
    if (keepsRefusalFa(moved)) {
      // (packTemplateReason above has made a run-on's template advice: its sentence is within reach here.)
      const sStart = sentenceAround(draft, moved.flagged.start, moved.flagged.end)?.sStart ?? moved.flagged.start;
      const r = regretBefore(draft, moved, out, sStart);
      if (r) {
        const head = draft.slice(r.flagged.start, moved.start);
        out[k] = { ...moved, start: r.flagged.start, original: draft.slice(r.flagged.start, moved.end), flagged: { start: r.flagged.start, end: moved.flagged.end }, replacements: moved.replacements.map((x) => head + x) };
        const j = out.indexOf(r);
        out.splice(j, 1);
        k = Math.min(k, j + 1);
      }
      continue;
    }
    if (!template16Eligible(s)) continue;
    const t = template16For(draft, s, out);
    if ('reason' in t) continue;
    const flagged = t.regret ? { start: t.regret.flagged.start, end: s.flagged.end } : s.flagged;
    out[k] = { ...s, kind: 'template', start: t.start, end: t.end, original: draft.slice(t.start, t.end), flagged, replacements: t.replacements };
    if (t.regret) {
      const j = out.indexOf(t.regret);
      out.splice(j, 1);
      k = Math.min(k, j + 1);
    }
  }
  return out;
}
