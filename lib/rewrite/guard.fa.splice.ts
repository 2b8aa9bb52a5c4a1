/**
 * Persian splices read as applied (guard.fa.ts calls these last, for each suggestion still on offer): what the sentence
 * says once «Apply all» puts the top alternative in place. Each guard is over a kind of break a blind Persian reader
 * found, never over one sentence; where another alternative reads well it moves to the top, where none does the
 * suggestion becomes advice (still a flag, the text is the agent's call):
 *
 * 1. the object marker left hanging: the words before end in «را/رو» and the alternative opens a clause of its own
 *    («سفارشتون رو این کار از دست ما خارجه», «… رو متأسفانه امکانش نیست، اما ___»): a clause opener first, or a first
 *    clause whose verb cannot take an object (a copula, «شدن», no verb at all);
 * 2. a template's blank with the rest of the sentence after it («… نیست، اما ___ در صورت‌حساب منظور نخواهد شد»): what
 *    follows would attach to the blank; only a sentence end may follow a final blank;
 * 3. a colloquial particle left dangling («… پیک کجاست آخه», «… دیگه», «حالا» at a clause start) when the clause it
 *    belongs to was deleted or replaced by a template: the particle goes along with it (the span widens over it);
 * 4. register: an alternative whose register is the other one than its sentence's (or, for a sentence that shows none,
 *    the whole draft's): a formal «مشخص شود»، «می‌باشد» into a colloquial chat, a colloquial «میتونیم» into a formal
 *    letter. fitFaReplacements already orders alternatives by register; a rule with only the other register's text
 *    (a template's fixed text, a one-register rule) still landed on top: now advice;
 * 5. «لطفاً» before anything but a second-person verb or an imperative («لطفاً مدارک باید ارسال شود», «لطفاً فرم …
 *    ارسال گردد»): a request needs someone asked;
 * 6. a lead deleted short of the possessor that closed its noun phrase («طبق ایمیل قبلی |اینجانب، …»): the possessor
 *    (and its comma) go with it.
 */
import { analyzeFaWordWide, faDraftRegister, faRegister } from '../nlp/index.ts';
import { faFold as fold, faSentenceEnd as sentenceEnd, FA_CLAUSE_BREAK, FA_SENTENCE_REACH, faTokens } from './guard.fa.text.ts';
import type { PersianGuarded } from './guard.fa.ts';
import { apologyLeftovers } from './guard.fa.apology.ts';
import { pleaseBeforeStatement } from './guard.fa.please19.ts';

const HAS_WORD = /[\p{L}\p{N}]/u;

/** The words of `text` (folded), up to its first clause break (one that opens the text, «تا فردا …», is none). */
function firstClauseWords(text: string, breaks: RegExp = FA_CLAUSE_BREAK): string[] {
  let m: RegExpMatchArray | undefined;
  for (const b of text.matchAll(breaks)) {
    if (HAS_WORD.test(text.slice(0, b.index))) {
      m = b;
      break;
    }
  }
  return faTokens(m ? text.slice(0, m.index) : text)
    .filter((t) => t.word)
    .map((t) => fold(t.norm));
}

/** Words that open a clause of their own: no verb after an object marker can reach back over them. */
const CLAUSE_OPENERS = new Set(['اما', 'ولی', 'که', 'چون', 'زیرا', 'متاسفانه', 'بله', 'ممنون', 'ممنونم']);
/** A copula, as a word or a colloquial ending the analyzer reads as no verb. */
const COPULA = new Set(['است', 'نیست', 'هست', 'هستش', 'نیستش', 'میباشد', 'نمیباشد', 'باشد', 'نباشد', 'بود', 'نبود', 'هستیم', 'نیستیم']);
const INTRANSITIVE = new Set(['بودن', 'شدن', 'گردیدن', 'رفتن', 'آمدن', 'اومدن', 'رسیدن', 'ماندن', 'موندن']);

/**
 * 1: the words before end in «را/رو» and `r` (read with the rest of its sentence: «رو کلیر» -> «رو پاک» keeps the
 * draft's «کنید») opens a clause the object cannot belong to.
 */
const OBJECT_MARK_END = /(?:^|[\s\u200c])(?:را|رو)[\s\u200c]*$/;
function hangsObject(r: string, rest: string): boolean {
  if (r.trim() === '') return false;
  const all = faTokens(r).filter((t) => t.word);
  if (all.length && CLAUSE_OPENERS.has(fold(all[0].norm))) return true;
  // The first verb the object meets: a copula or an intransitive verb cannot take it («… رو فعلاً خبر دقیقی نیست و ___»).
  const words = firstClauseWords(`${r}${rest}`);
  for (const w of words) {
    if (w === '___') return false;
    if (COPULA.has(w)) return true;
    const v = analyzeFaWordWide(w)?.verb;
    if (v) return INTRANSITIVE.has(v.lemma);
  }
  return true;
}

/** 2: a template alternative that ends in its blank: the rest of the sentence would attach to it. */
const ENDS_IN_BLANK = /___[\s\u200c.،,!؟?]*$/;

/** 3: particles that lean on the clause before or after them. */
const PARTICLES = new Set(['آخه', 'دیگه', 'حالا', 'خب', 'خوب', 'والا', 'والله', 'ها', 'دیگ', 'راستش']);
const TRAILING_PARTICLE = /[\s\u200c]+(آخه|دیگه|خب|والا|والله|دیگ|راستش)([.!?؟]*)[\s\u200c]*$/;
const onlyParticles = (text: string) => {
  const w = faTokens(text).filter((t) => t.word);
  return w.length > 0 && w.every((t) => PARTICLES.has(fold(t.norm)));
};

/** A template that opens with «for now» («فعلاً …», «در حال حاضر …»), and a «for now» adverb right before the replaced words. */
const FOR_NOW_OPEN = /^[\s\u200c]*(?:فعلاً|فعلا|در حال حاضر)\s/;
const FOR_NOW_BEFORE = /(?:^|[\s\u200c،,])((?:هنوز|هنوزم|فعلاً|فعلا|الان|الآن|در حال حاضر)[\s\u200c]+)$/;
/** A possessor closing the deleted noun phrase, then a comma: «… اینجانب،» (Arabic yeh too). */
/** (rwfat27) with a relative clause on the deleted message up to the comma: «… اینجانب که ظاهراً ملاحظه نفرموده‌اید،». */
const POSSESSOR_AFTER = /^[\s\u200c]*(?:(?:ا[یي]ن[\s\u200c]?جانب|بنده|من|ما)(?:[\s\u200c]+(?:که|كه)[\s\u200c][^،,.!?؟\n]{1,80})?|(?:که|كه)[\s\u200c][^،,.!?؟\n]{1,80})(?=[\s\u200c]*[،,])/;
/** An alternative that names where something went: «به کارشناس ارشد ارجاع داده شد» (its «به» may be gone at the seam). */
const DESTINATION_ALT = /^[\s\u200c]*(?:به\s+)?(?:کارشناس|واحد|تیم|بخش)\s/;
/** An alternative that asks the customer something: «چطور می‌تونم کمکتون کنم». */
const QUESTION_ALT = /^\s*(?:چطور|چه\s?کاری|چیکار|چه\s?کمکی)\s/;
/** A replacement that closes its clause with thanks (folded): «… سپاسگزارم», «ممنون از صبرتون». */
const CLOSED_THANKS = /(?:سپاسگزارم|سپاسگزاریم|ممنونم|متشکرم|متشکریم|صبرتون|صبرتان|همراهیتون|همراهیتان)$/;
/** A replacement that is a lead phrase of its own, a comma after it: «برای یادآوری». */
const LEAD_PHRASE = /^[\s\u200c]*(?:برای|جهت)\s+یادآوری[\s\u200c]*$/;
/** What a template leaves hanging in its clause when it replaces the verb: particles and adverbs of «for now». */
const LEFTOVERS = new Set([...PARTICLES, 'هنوز', 'هنوزم', 'فعلا', 'الان', 'اصلا', 'دقیقا', 'متاسفانه']);
const onlyLeftovers = (text: string) => {
  const w = faTokens(text).filter((t) => t.word);
  return w.length > 0 && w.every((t) => LEFTOVERS.has(fold(t.norm)));
};

/** An intensifier right before the replaced words (with the space after it). */
const INTENSIFIER_END = /(?:^|[\s\u200c،,])((?:خیلی|زیاد|اینقدر|انقدر|این‌قدر|الکی|بیخودی|بی‌خودی|بی‌خود|بیخود)[\s\u200c]+)$/;
/** An adverb of obligation right before the replaced words: «حتماً», «الزاماً», «اجباراً». */
const MUST_ADVERB_END = /(?:^|[\s\u200c،,])((?:حتماً|حتما|حتمن|الزاماً|الزاما|اجباراً|اجبارا|ضرورتاً|ضرورتا|بالاجبار)[\s\u200c]+)$/;
/** The alternative speaks in the agent's voice: a first-person verb among its words («درک می‌کنم …»). */
const firstPersonVoice = (r: string | undefined): boolean =>
  !!r && firstClauseWords(r).some((w) => analyzeFaWordWide(w)?.verb?.person.person === 1);

/** 5: «لطفاً» and its kin as they open a request. */
const PLEASE_AT = /(?:^|[\s\u200c])(?:لطفا|لطفاً|خواهشا|خواهشاً)(?=[\s\u200c،,]|$)/;
/** The clause after «لطفاً» in the applied text asks no one: its verb is first or third person, or «باید» leads it. */
function pleaseWithoutYou(applied: string): boolean {
  const m = PLEASE_AT.exec(applied);
  if (!m) return false;
  const after = applied.slice(m.index + m[0].length).replace(/^[\s\u200c،,]+/, '');
  const words = firstClauseWords(after);
  if (words.includes('باید') || words.includes('بایستی')) return true;
  // The request's clause ends at «تا/که» once it has a verb («لطفاً صبر کنید تا بررسی شود» asks «کنید»; «لطفاً مدارک تا
  // فردا ارسال شود» asks no one). A second-person verb anywhere in it asks someone («لطفاً بدهید رسید را»: «رسید» reads as
  // a verb too).
  let verb = false;
  for (const w of words) {
    if ((w === 'تا' || w === 'که') && verb) break;
    if (w === '___' || SECOND_PERSON.test(w)) return false;
    if (COPULA.has(w)) verb = true;
    else {
      const v = analyzeFaWordWide(w)?.verb;
      if (v?.person.person === 2) return false;
      if (v) verb = true;
    }
  }
  return verb;
}
/** Second-person forms the analyzer leaves unread («باشید», «بمانید»-like auxiliaries). */
const SECOND_PERSON = /^(?:ن?ب?باش(?:ید|ین|ی)?|بفرمای(?:ید|ین)|ن?ب?کن|ب?شو)$/; // (+ the bare 2s imperatives «کن», «باش», «شو»: rwhon21)

export interface SpliceContext {
  /** The start of the suggestion's sentence. */
  sentenceStart: number;
  /** The next suggestion's start (a widened span must not reach it). */
  nextStart: number;
  /** The previous suggestion's end. */
  prevEnd: number;
  /** The whole draft's register, read once per draft by the caller (draftRegisterOnce). */
  draftRegister: () => 'formal' | 'colloquial' | null;
}

/** The whole draft's register, read at the first call only: every suggestion of a draft whose sentence shows none asks for it. */
export function draftRegisterOnce(draft: string): () => 'formal' | 'colloquial' | null {
  let reg: 'formal' | 'colloquial' | null | undefined;
  return () => (reg === undefined ? (reg = faDraftRegister(draft)) : reg);
}

/**
 * One suggestion read as applied: itself, a copy with a better alternative on top or a widened span, or advice.
 */
export function guardPersianSplice<T extends PersianGuarded>(draft: string, s: T, ctx: SpliceContext, toAdvice: (s: T) => T): T {
  if (s.kind === 'advice' || !s.replacements.length) return s;
  const sEnd = sentenceEnd(draft, s.end);
  // The sentence read back no further than forward (FA_SENTENCE_REACH): a run-on is read within reach of each span.
  const readFrom = Math.max(ctx.sentenceStart, s.start - FA_SENTENCE_REACH);
  const before = draft.slice(readFrom, s.start);
  const rest = draft.slice(s.end, sEnd);
  const deletion = s.replacements.every((r) => r.trim() === '');

  // 3. A particle left alone: the clause it leaned on was deleted or replaced by a template.
  if ((deletion || s.kind === 'template') && rest.trim() && onlyParticles(rest) && sEnd <= ctx.nextStart) {
    // «… تا مشخص بشه پیک کجاست آخه»: a deletion takes the particle along only where the whole clause went.
    const clauseGone = s.kind === 'template' || !HAS_WORD.test(before.replace(/[\s\u200c]+$/, '').split(/[،,؛;:]/).pop() ?? '');
    if (clauseGone) {
      let e = sEnd;
      while (e > s.end && /[\s\u200c]/.test(draft[e - 1])) e--;
      s = { ...s, end: e, original: draft.slice(s.start, e) };
      return guardPersianSplice(draft, s, ctx, toAdvice);
    }
  }
  // «خبر نداریم هنوز، از مخابرات بپرسین» -> «… تا مشخص بشه هنوز، …»: a template stands for the whole clause, so the
  // particles and time adverbs left after it in that clause («هنوز», «فعلاً», «آخه») go with it, up to the clause break.
  // A rewrite in the agent's own voice («اینقدر حرص نخورین حالا، …» -> «درک می‌کنم … حالا، …») takes the particles only.
  if ((s.kind === 'template' || (!deletion && firstPersonVoice(s.replacements[0]))) && rest.trim()) {
    const brk = rest.search(/[،,؛;:]/);
    if (brk > 0 && (s.kind === 'template' ? onlyLeftovers : onlyParticles)(rest.slice(0, brk)) && s.end + brk <= ctx.nextStart) {
      let e = s.end + brk;
      while (e > s.end && /[\s\u200c]/.test(draft[e - 1])) e--;
      s = { ...s, end: e, original: draft.slice(s.start, e) };
      return guardPersianSplice(draft, s, ctx, toAdvice);
    }
  }
  // «طبق ایمیل قبلی اینجانب، رسید …» -> «اینجانب، رسید …»: a lead deleted without the possessor that closed its noun
  // phrase («اینجانب», «بنده», «من», «ما») before the comma: the possessor goes with it (then its comma, below).
  if (deletion && !HAS_WORD.test(before.split(/[،,؛;:]/).pop() ?? '')) {
    const m = POSSESSOR_AFTER.exec(rest);
    if (m && s.end + m[0].length <= ctx.nextStart) {
      const e = s.end + m[0].length;
      return guardPersianSplice(draft, { ...s, end: e, original: draft.slice(s.start, e) }, ctx, toAdvice);
    }
  }
  // «طبق پیام قبلیم، کد رو …» -> «، کد رو …»: a lead deleted at the start of its sentence or clause («سلام، …») takes its comma along.
  if (deletion && !HAS_WORD.test(before.split(/[،,؛;:]/).pop() ?? '') && /^[\s\u200c]*[،,]/.test(rest)) {
    // the space after the comma goes too only where one is left before the span («سلام، |طبق …|، کد» keeps one)
    const m = (before === '' || /[\s\u200c]$/.test(before) ? /^[\s\u200c]*[،,][\s\u200c]*/ : /^[\s\u200c]*[،,]/).exec(rest)!;
    if (s.end + m[0].length <= ctx.nextStart) return { ...s, end: s.end + m[0].length, original: draft.slice(s.start, s.end + m[0].length) };
  }
  // «هنوز نمیدونم …» -> «هنوز فعلاً خبر دقیقی نیست …»: a «for now» adverb right before a template that says «for now» itself goes.
  if (s.kind === 'template' && s.replacements.every((r) => FOR_NOW_OPEN.test(r))) {
    const m = FOR_NOW_BEFORE.exec(before);
    if (m && s.start - m[1].length >= Math.max(ctx.prevEnd, ctx.sentenceStart)) {
      const b = s.start - m[1].length;
      return guardPersianSplice(draft, { ...s, start: b, original: draft.slice(b, s.end) }, ctx, toAdvice);
    }
  }
  if (deletion && !rest.trim().replace(/^[.!?؟]/, '') && before.trim()) {
    // «حالا …» with the rest of its clause deleted: «حالا» goes too.
    const lastBreak = Math.max(...['،', ',', '؛', ';', ':'].map((c) => before.lastIndexOf(c)));
    const clauseHead = before.slice(lastBreak + 1);
    if (onlyParticles(clauseHead)) {
      let b = ctx.sentenceStart + lastBreak + 1;
      while (b < s.start && /[\s\u200c]/.test(draft[b])) b++;
      if (b >= ctx.prevEnd && b < s.start) {
        if (lastBreak >= 0) b = ctx.sentenceStart + lastBreak; // the comma goes with it
        return { ...s, start: b, original: draft.slice(b, s.end) };
      }
    }
  }
  // «… نمی‌رسه متاسفانه، فردا صبح …»: a word deleted with the comma that closed the clause before it would run the two
  // clauses together; the comma stays (the deletion takes the space before the word instead).
  if (deletion && /[،,][\s\u200c]*$/.test(s.original) && HAS_WORD.test(before.split(/[،,؛;:]/).pop() ?? '')) {
    let b = s.start;
    while (b > Math.max(ctx.prevEnd, ctx.sentenceStart) && /[\s\u200c]/.test(draft[b - 1])) b--;
    const comma = s.original.match(/([،,])[\s\u200c]*$/)![1];
    const tail = s.original.match(/[،,]([\s\u200c]*)$/)![1];
    return { ...s, start: b, original: draft.slice(b, s.end), replacements: [comma + tail] };
  }
  if (deletion) return s;
  // «با عرض پوزش بابت تاخیر» -> «با عرض از صبر شما سپاسگزاریم»: the apology formula's head or tail left outside the match
  // goes with it (guard.fa.apology.ts).
  const lo = apologyLeftovers(before, s.original, rest, s.replacements[0] ?? '');
  if ((lo.left || lo.right) && s.start - lo.left >= Math.max(ctx.prevEnd, ctx.sentenceStart) && s.end + lo.right <= Math.min(ctx.nextStart, sEnd)) {
    const b = s.start - lo.left, e = s.end + lo.right;
    return guardPersianSplice(draft, { ...s, start: b, end: e, original: draft.slice(b, e) }, ctx, toAdvice);
  }
  // «خیلی شلوغش نکنید» -> «خیلی درک می‌کنم چقدر ناراحت‌کننده‌ست»: an intensifier left before an alternative that speaks
  // in the agent's own voice (a first-person verb) has nothing left to intensify: it goes with the replaced words.
  // «الزاماً باید … ارائه فرمایید» -> «الزاماً لطفاً …»: the obligation adverb goes with the obligation «لطفاً» replaced.
  // «لطفاً خونسردی خود را حفظ کنید» -> «لطفاً حق دارید …»: a «please» left before a statement goes with it (guard.fa.please19.ts).
  const please = pleaseBeforeStatement(before, s.replacements[0]);
  if (please && s.start - please >= Math.max(ctx.prevEnd, ctx.sentenceStart)) {
    const b = s.start - please;
    return guardPersianSplice(draft, { ...s, start: b, original: draft.slice(b, s.end) }, ctx, toAdvice);
  }
  const must = MUST_ADVERB_END.exec(before);
  if (must && PLEASE_AT.test(s.replacements[0] ?? '') && s.start - must[1].length >= Math.max(ctx.prevEnd, ctx.sentenceStart)) {
    const b = s.start - must[1].length;
    return guardPersianSplice(draft, { ...s, start: b, original: draft.slice(b, s.end) }, ctx, toAdvice);
  }
  const intens = INTENSIFIER_END.exec(before);
  if (intens && s.start - intens[1].length >= Math.max(ctx.prevEnd, ctx.sentenceStart) && firstPersonVoice(s.replacements[0])) {
    const b = s.start - intens[1].length;
    return guardPersianSplice(draft, { ...s, start: b, original: draft.slice(b, s.end) }, ctx, toAdvice);
  }
  // 3. A template that carries the agent's clause in a slot carries its particle to the end of the new text
  // («… تا مشخص بشه پیک کجاست آخه»): the particle goes.
  if (s.kind === 'template') {
    const stripped = s.replacements.map((r) => r.replace(TRAILING_PARTICLE, (m, _w, punct: string) => punct));
    if (stripped.some((r, i) => r !== s.replacements[i])) s = { ...s, replacements: stripped };
  }

  // «همونطور که گفتم پول خودش برمیگرده» -> «برای یادآوری پول خودش برمیگرده»: a lead phrase put where the draft had none
  // needs the comma the draft's clause («… که گفتم») did without.
  if (/^[\s\u200c]*[\p{L}\p{N}]/u.test(rest) && s.replacements.some((r) => LEAD_PHRASE.test(r))) {
    s = { ...s, replacements: s.replacements.map((r) => (LEAD_PHRASE.test(r) ? `${r.replace(/[\s\u200c]+$/, '')}،` : r)) };
  }
  const objectHangs = OBJECT_MARK_END.test(before);
  // (read only for an alternative of thanks: most suggestions need no tokens of the rest)
  const runsOn = () => {
    if (!/^[\s\u200c]+[\p{L}]/u.test(rest)) return false;
    const w = firstClauseWords(rest);
    return w.length > 0 && w.length <= 3 && w.some((x) => analyzeFaWordWide(x)?.verb?.subjunctive);
  };
  // Register of the sentence, or of the whole draft when the sentence shows none.
  const sentenceReg = faRegister(draft.slice(readFrom, sEnd)) ?? ctx.draftRegister();
  const head = fold(s.original).trim();
  const keepsOriginal = (r: string) => head !== '' && fold(r).trim().startsWith(head);
  const applied = (r: string) => `${before}${r}${rest}`;
  const bad = (r: string): boolean => {
    if (r.trim() === '') return false;
    // 1. «سفارشتون رو این کار از دست ما خارجه»
    // (a template that keeps the agent's words first, «{=}، ولی ___», leaves the agent's own splice)
    if (objectHangs && !keepsOriginal(r) && hangsObject(r, rest)) return true;
    // 2. «…، اما ___ در صورت‌حساب منظور نخواهد شد» (a clause after a comma, «ولی ___، با پست تماس بگیرید», is its own; a closing quotation mark ends the blank's text)
    if (r.includes('___') && ENDS_IN_BLANK.test(r) && HAS_WORD.test(rest) && !/^[\s\u200c]*[،,؛;:»”"')\]]/.test(rest)) return true;
    // 4. the other register's text
    // (a template's copy of the agent's own words says nothing about the rule's register)
    if (sentenceReg) {
      const reg = faRegister(r.startsWith(s.original) ? r.slice(s.original.length) : r);
      if (reg && reg !== sentenceReg) return true;
    }
    // 6. «ببخشید که طول کشید جواب بدم» -> «از صبر شما سپاسگزارم جواب بدم»: a closed clause of thanks put where the draft's
    // clause runs on (a subjunctive verb right after the span, no comma between)
    if (CLOSED_THANKS.test(fold(r).trim()) && runsOn()) return true;
    // 7. «تیکتتون اسکالیت شد به تیم فنی» -> «… به کارشناس ارشد ارجاع داده شد به تیم فنی»: an alternative that names
    // where something went, in a clause that already says («به …» before it in the clause, or right after it)
    // (the seam may have dropped the alternative's «به» after the draft's: «به L2 |کارشناس ارشد …»)
    if (DESTINATION_ALT.test(r) && (/^[\s\u200c]*به\s/.test(rest) || /(?:^|\s)به\s/.test(before.split(/[،,؛;:]/).pop() ?? ''))) return true;
    // 8. «خب دیگه چیکار کنیم، پیش میاد» -> «خب چطور میتونم کمکتون کنم، پیش میاد»: a question put where the draft asked none
    if (QUESTION_ALT.test(fold(r)) && !/[؟?]/.test(draft.slice(s.end, sEnd + 1))) return true;
    // 5. «لطفاً مدارک باید ارسال شود»
    if (PLEASE_AT.test(r) && pleaseWithoutYou(applied(r))) return true;
    return false;
  };
  if (!bad(s.replacements[0])) return s;
  const good = s.replacements.filter((r) => !bad(r));
  if (good.length) return { ...s, replacements: [...good, ...s.replacements.filter((r) => bad(r))] };
  return toAdvice(s);
}
