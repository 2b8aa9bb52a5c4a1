/**
 * jargon36: the other terms of a sentence that already holds jargon. Writers who slip into trade talk seldom use one
 * internal term: "The RIC unit has been sent for a receiver swap", «PNR شما همچنان در وضعیت ویت‌لیست قرار دارد», «بارت
 * با LCL رفته و B/L هنوز صادر نشده». Pooled over the development writer splits, about half of the jargon items missed
 * had one term flagged and the other not, in every trade. A sentence with one jargon flag (any reader's, a pack's too)
 * is one where the agent is talking the back office's language, so there a term of a kind that is internal elsewhere
 * only in a slot is read anywhere in the sentence:
 *
 * - a code no list of everyday acronyms holds (jargon31's `unknownCode`, "&" initials by jargon33's `ampersandCode`), and
 *   one or two capitals before a small number ("T4", "E2", "FS2") — in a trade sentence a code, not a paper size;
 * - a label named by a short number or letter after a label noun ("Band 2", "Pod C", «وضعیت ۳۱», «کد ۳۲», «گروه B2»);
 * - a state the case is in named by a plain modifier and a state noun ("on house hold", "in clinical check");
 * - in a Persian sentence, a word in Latin letters that no list of everyday acronyms or brands holds ("BEP20", "B/L",
 *   "Retail"; a lower-case one only when customers never write it: "mcinet", not "confirm"), and a Persian-script word
 *   customers do not write (jargon32's `rareTerm`) that is no native shape, no colloquial spelling of an everyday word
 *   («زعفرون»), no words typed without a space («حدمجاز») and no form of address («قارداش», «زائر گرامی»):
 *   «پارشیال», «ریفربیش», «ترموکوپل».
 *
 * A rare English word is not read: in the development jargon sentences most were dictionary words customers' text lacks
 * ("cartridge", "scaffolding", "optician"), two of every three over words the writers left unmarked.
 *
 * Never: a word in quotation marks, in a link or an address, explained in the sentence ("(…)", "which means", «یعنی»), a
 * name (a capitalised English word that is not a code), text the draft does not own (quoted mail, a signature), a term the
 * agent silenced. A sentence without a jargon flag gets nothing from here, so a plain update, a good-news update
 * ("escalated to our senior technician") or the customer's product words never gain a flag. Advice only (the
 * internal-jargon strings, English and Persian). Look-alikes and contrasts: tests/unit/rewrite/jargon36.test.ts.
 */
import { foldSlice } from '../nlp/chars.ts';
import { spellFinglishWord } from '../nlp/finglish.ts';
import { customerBand } from './generic/jargon-common.ts';
import { explainGeneric, GENERIC_PACK_ID } from './generic/index.ts';
import { explainedAt, KNOWN } from './generic/jargon.ts';
import { KNOWN_CAPS_EN } from './generic/jargon.caps.en.ts';
import { EVERYDAY_ACRONYMS } from './generic/jargon25.en.ts';
import { CUSTOMER_WRITTEN, quoted, unknownCode } from './generic/jargon31.ts';
import { rareTerm } from './generic/jargon32.ts';
import { ampersandCode, finglishSentence } from './generic/jargon33.ts';
import type { Suggestion } from './engine.ts';

const FA = '\u0600-\u06FF';
const FA_LETTERS = '\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0';
const FA_DIGIT = '0-9\u06F0-\u06F9\u0660-\u0669';

/** Short codes customers name themselves: paper sizes, networks, consoles, roads, quarters. */
const EVERYDAY_SHORT = new Set(['a3', 'a4', 'a5', 'b5', 'c5', 'dl', '3g', '4g', '5g', 'ps4', 'ps5', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'p60', 'p45', 'w2', 'v5c', 'mp3', 'mp4', 'usb', 'hd', 'tv', 'pc', 'ok']);

/** One or two capitals before a number of one or two digits: "T4", "E2", "FS2", "C25". */
const SHORT_CODE = /^[A-Z]{1,2}\d{1,2}[a-z]?$/;

/** Whether an English-shaped word is a code read as internal in a trade sentence. */
function codeWord(w: string): boolean {
  if (w.includes('&')) return ampersandCode(w);
  if (unknownCode(w)) return true;
  return SHORT_CODE.test(w) && !EVERYDAY_SHORT.has(w.toLowerCase());
}

/** A Latin word in a Persian sentence that customers write: everyday acronyms, brands, units. */
function everydayLatin(w: string): boolean {
  const l = w.toLowerCase();
  if (EVERYDAY_SHORT.has(l) || KNOWN.has(l) || KNOWN_CAPS_EN.has(l) || EVERYDAY_ACRONYMS.has(l) || CUSTOMER_WRITTEN.has(l)) return true;
  if (KNOWN.has(l.replace(/s$/, '')) || EVERYDAY_ACRONYMS.has(l.replace(/s$/, ''))) return true;
  // Brands and apps customers name, units.
  return /^(?:iphone|ipad|samsung|apple|google|android|ios|windows|mac|macbook|whatsapp|telegram|instagram|snapp|digikala|paypal|visa|mastercard|gmail|email|e-?mail|online|ok|okay|hi|hello|thanks|kg|km|cm|mm|gb|mb|tb|mah|ml)$/.test(l);
}

/** A URL, an email address, a path or code around the word. */
function inLinkOrCode(text: string, start: number, end: number): boolean {
  const left = text.slice(0, start).match(/\S*$/)?.[0] ?? '';
  const right = text.slice(end).match(/^\S*/)?.[0] ?? '';
  const tok = left + text.slice(start, end) + right;
  return /[@\\=<>{}`#]|:\/\/|www\.|\.(?:com|org|net|ir|co|io)\b/i.test(tok);
}

/** English label nouns before a short label: "Band 2", "Pod C", "tier B", "Cat N", "cone 6". */
const EN_LABEL = /\b(?:[Bb]and|[Pp]od|[Tt]ier|[Cc]at|[Cc]ategory|[Ll]evel|[Gg]rade|[Ss]tage|[Gg]roup|[Cc]lass|[Zz]one|[Tt]ype|[Cc]one|[Ll]ane|[Bb]ay|[Ll]ine|[Pp]hase|[Ss]tep|[Ww]ave)\s+(?:\d{1,2}|[A-Z])(?![A-Za-z0-9])/dg;
/** A state the case is in named by a modifier and a state noun: "on house hold", "in clinical check", "in pended status". */
const EN_STATE = /\b(?:on|in|into|onto|at|under)\s+(?:(?:a|an|the)\s+)?([a-z][a-z-]{2,}\s+(?:hold|queue|check|status|stage|review|wallet|bucket|list|pool|run|window|tier|shift|entry|sheet))\b/dg;
/** Modifiers that make a plain phrase of the state noun ("on hold" with a time, "in the same queue", "on our list"). */
const EN_PLAIN_MOD = /^(?:the|a|an|our|your|their|its|this|that|same|next|first|last|final|short|long|wait|waiting|waitlist|priority|standard|normal|usual|main|general|daily|weekly|monthly|quick|online|phone|morning|evening|night|day|email|mailing|shopping|guest|price|credit|security|quality|safety|spot|free|extra|new|old|full|current|pending)$/;

/** Persian label nouns (either yeh and kaf) before a number or a short code: «وضعیت ۳۱», «کد ۳۲», «لاین ۲», «گروه B2», «فرم ت-۱۲». */
const FA_LABEL = new RegExp(
  `(?<![${FA}\u200c])(?:وضع[یيى]ت|[کك]د|مرحله|لا[یيى]ن|خط|فرم|گروه|سطح|پلن|صف|ل[یيى]ست|پ[یيى][کك][\u200c ]?ل[یيى]ست|[کك]لاس|رده|ت[یيى]پ|سر[یيى])\\s+((?:[${FA_DIGIT}]{1,3}|[A-Z]{1,2}[${FA_DIGIT}]{1,2}|[${FA_LETTERS}]-?[${FA_DIGIT}]{1,3}))(?![${FA_DIGIT}A-Za-z\u200c]|\\s*(?:درصد|رقم|تا|روز|ساعت|دقیقه|ماه|سال|هفته|تومان|ریال|نفر|عدد))`,
  'dg',
);

/** Latin words (codes, English words, "B/L", "adapter-e QCC"'s "QCC"). */
const LATIN_WORD = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[&/.-][A-Za-z0-9]+)*(?![A-Za-z0-9])/g;
/** Persian words, ZWNJ joined. */
const FA_WORD = new RegExp(`[${FA_LETTERS}]+(?:\u200c[${FA_LETTERS}]+)*`, 'g');
/** English words and codes. */
const EN_WORD = /(?<![A-Za-z0-9'’&/-])[A-Za-z0-9][A-Za-z0-9]*(?:[&/-][A-Za-z0-9]+)*(?![A-Za-z0-9&])/g;

/**
 * Native Persian shapes that are no loanword: a noun of action or a participle (ending «ی», «ه»), Arabic verbal nouns
 * (تفعیل، مفعول، مفاعله، استفعال، افتعال), a native prefix («نا»، «بی»), a possessive or plural ending.
 */
const FA_NATIVE_SHAPE = /(?:ی|ه|ة|ات|ان|گی|ین)$|^ت..ی.$|^م..و.$|^م.ا..ت$|^است...ا.$|^ا.ت.ا.$|^(?:نا|بی|می|نمی|ب)|(?:تون|شون|مون|تان|شان|مان)$/;

/** The rule id of a co-term's advice (silenced with internal-jargon too); its explanation is internal-jargon's. */
export const CO_TERM_RULE = 'jargon-coterm';

/** A colloquial spelling of a word customers write («زعفرون» for «زعفران», «انشالا»). */
function colloquialOf(w: string): boolean {
  if (/ون/.test(w) && customerBand('fa', w.replace(/ون(?=[^ون]*$)/, 'ان')) > 0) return true;
  return /^(?:انشالا|ایشالا|انشاالله|ایشالله)$/.test(w);
}

/** Two-letter Persian words that run into the next word when the space is left out («شمااز», «درحال»). */
const FA_SHORT_WORDS = new Set(['حد', 'از', 'به', 'با', 'در', 'تا', 'که', 'را', 'رو', 'یا', 'هم', 'نه', 'من', 'تو', 'او', 'ما', 'این', 'آن']);

/** Whether a piece of a joined word is a word customers write (three letters or more by the bands, or a short word). */
const wordPiece = (p: string): boolean => FA_SHORT_WORDS.has(p) || (p.length >= 3 && customerBand('fa', p) > 0);

/**
 * A Persian word that splits whole into words customers write: words typed without a space («حدمجاز», «شمااز»,
 * «ومامورارسال», «شماآدرسراناقصواردکردهاید»), a leading «و» and «را» read as words.
 */
function joinedWords(w: string): boolean {
  if (w.length < 4 || w.length > 40) return false;
  // can[i]: w.slice(0, i) splits into pieces.
  const can: boolean[] = [true];
  for (let i = 1; i <= w.length; i++) {
    can[i] = false;
    for (let j = Math.max(0, i - 12); j < i && !can[i]; j++) if (can[j] && i - j < w.length && (wordPiece(w.slice(j, i)) || ((w[j] === 'و' || w.slice(j, i) === 'را') && i - j <= 2))) can[i] = true;
  }
  return can[w.length];
}

/** Kin and friendly forms of address across dialects («قارداش», «کاکا», «برار», «داداچ»): the customer, not a term. */
const FA_ADDRESS = new Set(['قارداش', 'داداچ', 'داداش', 'کاکا', 'کاک', 'کاکو', 'کاکه', 'برار', 'برادر', 'عامو', 'عمو', 'آبجی', 'خواهر', 'آقاجان', 'خانوم', 'گلم', 'عزیزم', 'بابام', 'ننه', 'مامان', 'رفیق', 'دادا'].map((w) => foldSlice(w, 0, w.length, true)));

/** A word of address after a name: «… گرامی», «… جان». */
const ADDRESS_AFTER = new RegExp(`^\\s*(?:گرامی|محترم|عزیز|جان|جون)(?![${FA_LETTERS}\u200c])`);
/** Any Arabic-script character; any Persian letter. */
const HAS_FA = new RegExp(`[${FA}]`);
const HAS_FA_LETTER = new RegExp(`[${FA_LETTERS}]`);

/** A form of address: a kin word, a word before «گرامی / محترم / عزیز / جان», the sentence's first word before a comma. */
function addressAt(text: string, start: number, end: number, folded: string): boolean {
  if (FA_ADDRESS.has(folded)) return true;
  if (ADDRESS_AFTER.test(text.slice(end))) return true;
  return text.slice(0, start).trim() === '' && /^\s*[،,!]/.test(text.slice(end));
}

/** The other terms of one sentence (offsets into it); `lang` is the language its jargon flag was read in. */
export function coTerms(text: string, lang: 'en' | 'fa'): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (a: number, b: number) => {
    if (quoted(text, a) || inLinkOrCode(text, a, b) || explainedAt(text, a, b)) return;
    if (lang === 'fa' && /^\s*(?:[(\[]|،?\s*یعنی)/.test(text.slice(b))) return;
    out.push([a, b]);
  };
  const persian = lang === 'fa' && HAS_FA.test(text) && !finglishSentence(text);
  if (lang === 'en' || !persian) {
    const finglish = finglishSentence(text);
    for (const m of text.matchAll(EN_WORD)) {
      const w = m[0];
      const a = m.index!;
      // A rare English word is not read here: most rare words in a trade sentence are plain dictionary words customers'
      // text lacks ("cartridge", "scaffolding", "optician"); measured, they were two of three co-term flags over words
      // the writers left unmarked.
      if (codeWord(w)) push(a, a + w.length);
    }
    if (!finglish) {
      for (const m of text.matchAll(EN_LABEL)) push(m.indices![0]![0], m.indices![0]![1]);
      for (const m of text.matchAll(EN_STATE)) {
        const [a, b] = m.indices![1]!;
        const mod = m[1].split(/\s+/)[0];
        if (EN_PLAIN_MOD.test(mod)) continue;
        push(a, b);
      }
    }
  } else {
    for (const m of text.matchAll(LATIN_WORD)) {
      // A Finglish ezafe or ending after a hyphen is not part of the word ("adapter-e", "MRZ-e").
      const w = m[0].replace(/-(?:e|ye|i|ro|o|esh|et|am)$/, '');
      const a = m.index!;
      if (w.length < 2 || everydayLatin(w)) continue;
      // A lower-case English word inside Persian is a loan customers use ("confirm", "login") unless customers never write
      // it ("webhook", "inode"); a Persian word typed in Latin letters ("vase hamin … lazem dare") is no term at all.
      if (/^[a-z]+$/.test(w) && (customerBand('en', w) > 0 || spellFinglishWord(w).known)) continue;
      push(a, a + w.length);
    }
    for (const m of text.matchAll(FA_WORD)) {
      const w = m[0];
      const folded = foldSlice(w, 0, w.length, true);
      // A diacritic beside the match cuts a word in two («مُخواد»): not a word of its own.
      if (/[\u064B-\u065F\u0670]/.test(text[m.index! - 1] ?? '') || /[\u064B-\u065F\u0670]/.test(text[m.index! + w.length] ?? '')) continue;
      if (folded.length < 4 || FA_NATIVE_SHAPE.test(folded)) continue;
      if (!rareTerm('fa', w) || joinedWords(folded) || colloquialOf(folded) || addressAt(text, m.index!, m.index! + w.length, folded)) continue;
      push(m.index!, m.index! + w.length);
    }
    for (const m of text.matchAll(FA_LABEL)) push(m.indices![0]![0], m.indices![0]![1]);
  }
  return out;
}

/** Advice over draft[a, b) with a generic construction's explanation and nothing rewritten (a hint of the generic reader). */
export function genericAdvice(ruleId: string, construction: string, category: Suggestion['category'], original: string, a: number, b: number, lang: 'en' | 'fa', uiLang: 'en' | 'fa'): Suggestion {
  return {
    ruleId,
    packId: GENERIC_PACK_ID,
    kind: 'advice',
    start: a,
    end: b,
    original,
    flagged: { start: a, end: b },
    replacements: [],
    explanation: explainGeneric(lang, construction, uiLang, original),
    category,
    severity: 'hint',
    language: lang,
  };
}

/** Advice naming a term the customer may not know, over draft[a, b) (the co-term and lone-term passes' suggestion). */
export function jargonAdvice(ruleId: string, original: string, a: number, b: number, lang: 'en' | 'fa', uiLang: 'en' | 'fa'): Suggestion {
  return genericAdvice(ruleId, 'internal-jargon', 'jargon', original, a, b, lang, uiLang);
}

/** What the jargon passes read of the call: the ranges the draft does not own, the agent's silenced rules, the UI language. */
export type JargonPassOptions = { exclude: ReadonlyArray<readonly [number, number]>; silenced: ReadonlySet<string> | undefined; uiLang: 'en' | 'fa' | undefined };

/**
 * Whether draft[a, b) is free for one more suggestion: owned by the draft, and under no suggestion of `list` or `added`
 * (suggestions never overlap: neither the words another flagged nor the span it replaces, a deletion taking a space).
 */
export function spanFree(a: number, b: number, list: readonly Suggestion[], added: readonly Suggestion[], exclude: JargonPassOptions['exclude']): boolean {
  if (exclude.some(([x, y]) => x < b && a < y)) return false;
  const taken = (g: Suggestion) => (g.flagged.start < b && a < g.flagged.end) || (g.start < b && a < g.end);
  return !list.some(taken) && !added.some(taken);
}

/** A list with `added` merged in, by position (the list itself when nothing was added). */
export function withAdded(list: Suggestion[], added: readonly Suggestion[]): Suggestion[] {
  if (!added.length) return list;
  return [...list, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The list with advice added over the other terms of every sentence that holds a jargon suggestion (see the header).
 * `sentences` are the draft's sentences; `exclude` the ranges the draft does not own.
 */
export function addJargonCoTerms(
  draft: string,
  list: Suggestion[],
  sentences: ReadonlyArray<{ start: number; end: number; text: string }>,
  o: JargonPassOptions,
): Suggestion[] {
  const jargon = list.filter((s) => s.category === 'jargon');
  if (!jargon.length) return list;
  if (o.silenced?.has(`${GENERIC_PACK_ID}/internal-jargon`) || o.silenced?.has(`${GENERIC_PACK_ID}/${CO_TERM_RULE}`)) return list;
  const added: Suggestion[] = [];
  const done = new Set<number>();
  const seenTerms = new Set(jargon.map((s) => s.original.trim().toLowerCase()));
  for (const s of jargon) {
    const k = sentences.findIndex((x) => x.start <= s.flagged.start && s.flagged.start < x.end);
    if (k < 0 || done.has(k)) continue;
    done.add(k);
    const sent = sentences[k];
    // A Persian sentence is read as Persian whichever reader flagged its term (an English trade list reads its Latin words).
    const lang = s.language === 'fa' || HAS_FA_LETTER.test(sent.text) ? 'fa' : 'en';
    for (const [a0, b0] of coTerms(sent.text, lang)) {
      const a = a0 + sent.start;
      const b = b0 + sent.start;
      if (!spanFree(a, b, list, added, o.exclude)) continue;
      const original = draft.slice(a, b);
      const term = original.trim().toLowerCase();
      if (seenTerms.has(term)) continue;
      seenTerms.add(term);
      added.push(jargonAdvice(CO_TERM_RULE, original, a, b, lang, o.uiLang ?? lang));
    }
  }
  return withAdded(list, added);
}
