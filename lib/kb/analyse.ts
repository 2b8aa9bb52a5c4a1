/**
 * Text analysis for KB matching, English and Persian: fold (the same Persian folding as the rewrite
 * engine: Arabic yeh/kaf, diacritics, digits, case), split words (ZWNJ-joined Persian pieces are
 * handled as prefixes, clitics or separate words, so "نمی‌توانم", "نمی توانم" and "نمیتوانم" give the
 * same term), drop stop words and light verbs, and stem lightly.
 *
 * The same function analyses articles and queries, so a stem only has to be consistent, not a
 * dictionary word ("charge", "charged", "charging" -> "charg").
 */
import { fold, ZWNJ } from '../text/index.ts';
import { EN_STOP } from './stopwords.en.ts';
import { FA_STOP } from './stopwords.fa.ts';

export interface Term {
  /** The analysed term (stem), or two stems joined by `BIGRAM_JOIN` for a word pair. */
  term: string;
  /** Offsets of the source word(s) in the original text. */
  start: number;
  end: number;
  bigram?: boolean;
  /** Offsets of the whole written word the term was read from, when that is wider (a Persian word split at ZWNJ: «کارت‌به‌کارت»). */
  written?: { start: number; end: number };
}

export interface AnalyseOptions {
  /** Also emit pairs of consecutive content words (no sentence break between them). */
  bigrams?: boolean;
  /** Keep stop words (for diagnostics and tests). */
  keepStopWords?: boolean;
}

/** Joins the two stems of a bigram; not a word character, so it never collides with a unigram. */
export const BIGRAM_JOIN = '~';

const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u200c][\p{L}\p{N}\p{M}]+)*/gu;
const ASCII = /^[\x00-\x7f]*$/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** A gap between two words that ends a phrase: no bigram across it. */
const PHRASE_BREAK = /[.!?;:,\n\u061f\u061b\u060c()[\]"]/;

// ---- English --------------------------------------------------------------------------------------

/** Irregular forms of common verbs, mapped to the base form before stemming. */
const EN_IRREGULAR: Record<string, string> = {
  paid: 'pay', sent: 'send', made: 'make', took: 'take', taken: 'take', went: 'go', gone: 'go',
  bought: 'buy', spent: 'spend', lost: 'lose', stolen: 'steal', stole: 'steal', withdrew: 'withdraw',
  withdrawn: 'withdraw', forgot: 'forget', forgotten: 'forget', came: 'come', saw: 'see', seen: 'see',
  told: 'tell', said: 'say', gave: 'give', given: 'give', kept: 'keep', found: 'find', chose: 'choose',
  chosen: 'choose', wrote: 'write', written: 'write', knew: 'know', known: 'know', brought: 'bring',
  thought: 'think', broke: 'break', broken: 'break', froze: 'freeze', frozen: 'freeze', began: 'begin',
  begun: 'begin', held: 'hold', understood: 'understand', sold: 'sell', left: 'leave', ran: 'run',
  children: 'child', people: 'person', men: 'man', women: 'woman',
};

const VOWEL = /[aeiouy]/;

function hasVowel(s: string): boolean {
  return VOWEL.test(s);
}

/** "stopp" -> "stop"; also "bill" -> "bil" so that "billed" and "bill" agree. */
function undouble(s: string): string {
  const n = s.length;
  if (n >= 2 && s[n - 1] === s[n - 2] && !'aeiou'.includes(s[n - 1])) return s.slice(0, -1);
  return s;
}

/**
 * Light English stemmer: plurals, -ing, -ed, -ly, -al, -ment, -ation/-ication, -er, -able, then a
 * final silent e and y. Over-stemming is harmless as long as articles and queries agree.
 */
export function stemEnglish(word: string): string {
  let w = EN_IRREGULAR[word] ?? word;
  if (!/^[a-z]+$/.test(w)) return w;
  if (w.length > 3) w = stripSuffixes(w);
  // Normalise the end: silent e ("use", "using", "used" -> "us"), y/i ("verify" -> "verifi").
  if (w.endsWith('e') && w.length >= 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3 && !'aeiou'.includes(w[w.length - 2])) w = w.slice(0, -1) + 'i';
  // British -ise to -ize ("recognised", "recognized").
  if (w.endsWith('is') && w.length >= 7) w = w.slice(0, -1) + 'z';
  return undouble(w);
}

function stripSuffixes(word: string): string {
  let w = word;
  // Plurals and third person.
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:[sxz]|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  // Inflections ("agreed" -> "agree", but "need" stays); "activat(ed)" gets its e back.
  let inflected = false;
  if (w.endsWith('ing') && w.length >= 5 && hasVowel(w.slice(0, -3))) {
    w = undouble(w.slice(0, -3));
    inflected = true;
  } else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length >= 4 && hasVowel(w.slice(0, -2))) {
    w = undouble(w.slice(0, -2));
    inflected = true;
  }
  if (inflected && /(?:at|bl|iz)$/.test(w)) w += 'e';
  if (w.endsWith('eed') && w.length >= 6) w = w.slice(0, -1);
  // Derivations.
  if (w.endsWith('ication') && w.length >= 9) w = w.slice(0, -7) + 'y';
  else if (w.endsWith('ation') && w.length >= 8) w = w.slice(0, -5);
  else if (w.endsWith('ate') && w.length >= 7) w = w.slice(0, -3);
  else if (w.endsWith('ment') && w.length >= 7) w = w.slice(0, -4);
  else if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  else if (w.endsWith('al') && w.length >= 7) w = w.slice(0, -2);
  else if (w.endsWith('able') && w.length >= 8) w = w.slice(0, -4);
  return w;
}

const NEGATION = /^(?:\w+n't|cannot|(?:do|does|did|ca|wo|is|are|was|were|have|has|had|could|would|should|must|need)nt)$/;

/** Splits contractions; returns the base word or null when the whole word is a stop word. */
function englishBase(word: string): string {
  if (!word.includes("'")) return word;
  if (word.endsWith("n't")) {
    const base = word.slice(0, -3);
    return base === 'ca' ? 'can' : base === 'wo' ? 'will' : base;
  }
  return word.replace(/'(?:s|re|ve|ll|d|m)$/, '').replace(/'/g, '');
}

// ---- Persian --------------------------------------------------------------------------------------

/** Pieces joined to a word by ZWNJ that only inflect it (plural, comparative, possessive, "is"). */
const FA_CLITICS = new Set([
  'ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان',
  'تر', 'ترین', 'ام', 'ات', 'اش', 'مان', 'تان', 'شان', 'ای', 'ی', 'اید', 'ایم', 'اند', 'است',
]);
const FA_VERB_PREFIX = new Set(['می', 'نمی']);
/** Words that start with "می" but are not verbs. */
const FA_MI_WORDS = new Set(['میلاد', 'میهمان', 'میهمانی', 'میدانی', 'میخی', 'میزی', 'میلی', 'میانی', 'میوه‌ای']);
const FA_SUFFIXES = ['هایشان', 'هایتان', 'هایمان', 'هایی', 'هایم', 'هایت', 'هایش', 'ترین', 'های', 'ها', 'تر'];
const FA_VERB_ENDINGS = ['یم', 'ید', 'ند', 'م', 'ی', 'د', 'ه'];

/** Strips verb endings from the stem of a verb that carried "می"/"نمی". */
function stemPersianVerb(stem: string): string {
  for (const e of FA_VERB_ENDINGS) {
    if (stem.endsWith(e) && stem.length - e.length >= 2) return stem.slice(0, -e.length);
  }
  return stem;
}

/**
 * Light Persian stemmer: plural ها/های, comparative تر/ترین, possessive/indefinite ی and م, and the
 * verb prefixes می/نمی (written joined, with ZWNJ or with a space; see `analyse`).
 */
export function stemPersian(word: string, verbPrefix = false): string {
  let w = word;
  if (!verbPrefix) {
    const prefix = w.startsWith('نمی') ? 'نمی' : w.startsWith('می') ? 'می' : '';
    // Joined prefix ("میخواهم"): only for verb-shaped words (a person ending after a 2+ letter stem).
    if (prefix && !FA_MI_WORDS.has(w) && w.length - prefix.length >= 3 && /(?:م|ی|د|ه)$/.test(w)) {
      w = w.slice(prefix.length);
      verbPrefix = true;
    }
  }
  if (verbPrefix) return stemPersianVerb(w);
  for (const s of FA_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= (s === 'تر' ? 3 : 2)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  if (w.endsWith('ی') && w.length >= 4) w = w.slice(0, -1);
  else if (w.endsWith('م') && w.length >= 5) w = w.slice(0, -1);
  return w;
}

// ---- Analysis -------------------------------------------------------------------------------------

export function isStopWord(foldedWord: string): boolean {
  return EN_STOP.has(foldedWord) || FA_STOP.has(foldedWord);
}

interface Piece {
  text: string;
  /** Folded offsets. */
  start: number;
  end: number;
  verb: boolean;
}

/**
 * Analyses text into terms with original offsets, in text order. Unigrams first for each word; with
 * `bigrams`, a pair term follows the second word of each consecutive pair of content words.
 */
export function analyse(text: string, options: AnalyseOptions = {}): Term[] {
  // ASCII text folds to its lower case with unchanged offsets: skip the per-character fold.
  const ascii = ASCII.test(text);
  const f = ascii ? null : fold(text, { zwnjAsSpace: false });
  const src = f ? f.text : text.toLowerCase();
  const orig = (i: number) => (f ? f.map[i] : i);
  const out: Term[] = [];
  const keepStop = options.keepStopWords === true;
  let prevEnd = -1;
  let prevTerm: Term | null = null;
  /** A standalone "می"/"نمی" waiting for its verb (folded start offset). */
  let pendingPrefix = -1;

  const emit = (stem: string, fs: number, fe: number, word?: { start: number; end: number }) => {
    const start = orig(fs);
    const end = orig(fe - 1) + 1;
    const t: Term = { term: stem, start, end };
    if (word && (word.start < fs || word.end > fe)) t.written = { start: Math.min(start, orig(word.start)), end: Math.max(end, orig(word.end - 1) + 1) };
    out.push(t);
    if (options.bigrams && prevTerm && !PHRASE_BREAK.test(src.slice(prevEnd, fs))) {
      out.push({ term: prevTerm.term + BIGRAM_JOIN + stem, start: prevTerm.start, end, bigram: true });
    }
    prevTerm = t;
    prevEnd = fe;
  };
  const breakPhrase = (fs: number) => {
    if (prevTerm && PHRASE_BREAK.test(src.slice(prevEnd, fs))) prevTerm = null;
  };

  for (const m of src.matchAll(WORD)) {
    const word = m[0];
    const ws = m.index!;
    breakPhrase(ws);
    if (!ARABIC.test(word)) {
      pendingPrefix = -1;
      const base = englishBase(word);
      if (base.length > 0 && (keepStop || !(EN_STOP.has(word) || EN_STOP.has(base)))) emit(stemEnglish(base), ws, ws + word.length);
      // "didn't", "cant", "cannot": keep the negation, which tells "not working" from "working".
      if (NEGATION.test(word) && (keepStop || !EN_STOP.has('not'))) emit('not', ws, ws + word.length);
      continue;
    }
    // Persian: split on ZWNJ into prefixes, clitics and words.
    const pieces: Piece[] = [];
    let offset = ws;
    let prefixStart = pendingPrefix;
    pendingPrefix = -1;
    const parts = word.split(ZWNJ);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const ps = offset;
      offset += p.length + 1;
      if (FA_VERB_PREFIX.has(p) && i < parts.length - 1) {
        prefixStart = ps;
        continue;
      }
      if (i > 0 && FA_CLITICS.has(p) && pieces.length > 0) {
        pieces[pieces.length - 1].end = ps + p.length;
        continue;
      }
      const start = prefixStart >= 0 ? prefixStart : ps;
      pieces.push({ text: prefixStart >= 0 ? src.slice(prefixStart, ps).replace(/[\s\u200c]/g, '') + p : p, start, end: ps + p.length, verb: prefixStart >= 0 });
      prefixStart = -1;
    }
    if (parts.length === 1 && FA_VERB_PREFIX.has(word)) {
      pendingPrefix = ws;
      if (!keepStop) continue;
    }
    for (const piece of pieces) {
      // Stop words, and clitics written as separate words ("کارت هایم").
      if (!keepStop && (FA_STOP.has(piece.text) || (!piece.verb && FA_CLITICS.has(piece.text)))) continue;
      let stem: string;
      if (piece.verb) {
        const body = piece.text.replace(/^(?:نمی|می)/, '');
        stem = stemPersian(body, true);
      } else stem = stemPersian(piece.text);
      if (!keepStop && FA_STOP.has(stem)) continue;
      emit(stem, piece.start, piece.end, { start: ws, end: ws + word.length });
    }
  }
  return out;
}

/** Just the terms, for the index's tokenizer. */
export function analyseTerms(text: string, options: AnalyseOptions = {}): string[] {
  return analyse(text, options).map((t) => t.term);
}

// ---- Related words --------------------------------------------------------------------------------

/**
 * Groups of words that customers and help articles use for the same thing in support and commerce
 * messages (general vocabulary, not one company's). A query word also looks for the other words of
 * its groups, at a lower weight (see `KbIndexOptions.synonymWeight`). Phrases of two content words
 * match as word pairs.
 */
const RELATED_GROUPS = [
  // English
  'receive, arrive, arrival, deliver, delivery, reach, show up, turn up',
  'money, funds, cash',
  'fee, charge, cost, price, commission',
  'decline, reject, refuse, deny, bounce',
  'fail, failure, unsuccessful, error',
  'cancel, revoke, reverse, undo, call off',
  'lose, missing, misplace, cannot find',
  'steal, stolen, theft, thief, rob',
  'broken, damaged, faulty, malfunction, not working, not work',
  'wait, pending, processing, delay, delayed, still not',
  'refund, reimburse, money back, repay, chargeback',
  'send, transfer, wire, remit',
  'add, top up, topup, load, reload, deposit',
  'change, update, edit, modify, amend',
  'verify, verification, confirm, validate, authenticate, prove',
  'identity, identification, id, passport, proof of identity',
  'password, passcode, passphrase',
  'phone, mobile, cellphone, smartphone',
  'app, application',
  'buy, purchase, shop',
  'order, request',
  'abroad, overseas, international, foreign, another country, other country',
  'exchange, convert, conversion',
  'limit, maximum, max, cap, restriction, ceiling',
  'child, kid, daughter, son, teen, teenager, minor, underage',
  'age, old, older, young, younger',
  'wrong, incorrect, mistake, mistaken, inaccurate',
  'twice, double, duplicate, two times, repeated',
  'unknown, unrecognised, unrecognized, unfamiliar, strange, weird, odd',
  'suspicious, unauthorised, unauthorized, fraud, fraudulent, scam',
  'freeze, block, lock, suspend, disable',
  'close, terminate, delete, deactivate, shut down',
  'activate, activation, enable, turn on, set up',
  'virtual, digital',
  'physical, plastic',
  'atm, cash machine, cashpoint',
  'contactless, tap',
  'withdraw, withdrawal, take out',
  'salary, wage, paycheck, payroll, income',
  'recipient, beneficiary, payee, receiver',
  'problem, issue, trouble',
  'quick, fast, soon, immediately, instant',
  'cheque, check',
  'spare, extra, additional, second',
  'customer, client, user',
  'address, residence',
  'track, tracking, status',
  'discount, coupon, voucher, promo',
  'subscription, plan, membership',
  'invoice, bill, receipt',
  'ship, shipping, shipment, dispatch, post, courier, transport',
  'login, log in, sign in',
  'register, sign up, signup, enrol, enroll',
  'approve, approval, authorise, authorize, authorisation, authorization',
  'through, thru',
  'birthday, birthdate, date of birth, dob',
  'forget, remember, recall',
  'family, spouse, partner, husband, wife, relative',
  'step, procedure, instruction, guide',
  'rule, policy, requirement, condition',
  'europe, eu, european',
  'usa, america, united states',
  'uk, britain, united kingdom, england',
  'hack, hacked, compromise, compromised, breach',
  'mortgage, loan',
  // Persian
  'پول, وجه, مبلغ',
  'هزینه, کارمزد, کمیسیون, قیمت',
  'لغو, کنسل, ابطال',
  'استرداد, عودت, بازپرداخت, برگشت پول',
  'رمز, پسورد, گذرواژه',
  'گوشی, موبایل, تلفن همراه',
  'انتقال, واریز, ارسال',
  'سفارش, خرید',
  'تحویل, دریافت, رسیدن',
  'مسدود, بلاک, قفل',
  'اشتباه, غلط',
  'مشکل, ایراد, خطا',
  'اپلیکیشن, اپ, برنامه',
  'ثبت نام, عضویت',
  'ورود, لاگین',
  'فاکتور, صورتحساب, رسید',
  'ارسال, پست, حمل',
  'تخفیف, کوپن, کد تخفیف',
];

let related: Map<string, string[]> | null = null;

/** The analysed form of a group entry: one term, or a word pair; null if it has no content word. */
function entryTerm(entry: string): string | null {
  const ts = analyse(entry).map((t) => t.term);
  if (ts.length === 1) return ts[0];
  if (ts.length === 2) return ts[0] + BIGRAM_JOIN + ts[1];
  return null;
}

function relatedMap(): Map<string, string[]> {
  if (related) return related;
  const map = new Map<string, Set<string>>();
  for (const group of RELATED_GROUPS) {
    const terms = [...new Set(group.split(',').map((e) => entryTerm(e.trim())).filter((t): t is string => !!t))];
    for (const t of terms) {
      let set = map.get(t);
      if (!set) map.set(t, (set = new Set()));
      for (const u of terms) if (u !== t) set.add(u);
    }
  }
  related = new Map([...map].map(([k, v]) => [k, [...v]]));
  return related;
}

/** Terms related to an analysed term (unigram or word pair), in analysed form. */
export function relatedTerms(term: string): readonly string[] {
  return relatedMap().get(term) ?? [];
}
