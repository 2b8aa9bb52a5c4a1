/**
 * The language layer that rules and cues read (house rule 12): tokens with offsets into the
 * original text, sentences and clauses, lemma, part of speech, negation and its scope, contractions
 * with and without apostrophes, common misspellings, Persian verb morphology, durations vs points
 * in time. Pure, synchronous, no model files; linear in the text.
 *
 *   const doc = analyze("Im sorry, i cant refund it until May.");
 *   doc.tokens.map((t) => t.norm)   // i am sorry , i can not refund it until may .
 *   doc.tokens[5].neg               // true ("nt" of "cant")
 */
import { sentences as textSentences } from '../text/index.ts';
import { foldSlice } from './chars.ts';
import { englishPunct, englishWord, tagEnglish, type WordInfo } from './en.ts';
import { faJoinedCutsOf, faJoinedPieces } from './fa.joined.ts';
import { analyzeFaWord, FA_CLAUSE_CONJ, FA_CLOSED, FA_NEGATORS, faDialectNegative, faWordSlot, type FaWordSlot } from './fa.ts';
import { CLAUSE_CONJ, CLAUSE_CONJ_BEFORE_SUBJECT, IRREGULAR, NEGATORS, SAME_PARTICIPLE, SUBJECTS } from './lexicon.en.ts';
import { RAW_WORD, rawTokens, type RawToken } from './tokenize.ts';
import type { Doc, Span, Token } from './types.ts';

export type { Doc, FaVerb, NlpLang, Person, Pos, Span, Token } from './types.ts';
export { POS_TAGS } from './types.ts';
export { analyzeFaWord, analyzeFaWordWide, faDialectNegative, faDraftRegister, faFormAnswer, faSlotKey, faSlotOf, FaWordSlot, FA_VERBS_WIDE, faImperative, faRegister, fitFaReplacements, inflectFa, isFaVerbLemma, orderByRegister, positiveFa, FA_VERBS } from './fa.ts';
export type { FaAnalysis, FaRegister, InflectOptions } from './fa.ts';
export { isTimeUnit, timeKind, type TimeKind } from './time.ts';
export { lemmaEn } from './en.ts';
export { CLAUSE_FILLERS, TRANSPARENT_ADVERBS } from './lexicon.en.ts';
import { SUBORDINATORS_EN } from './lexicon.en.ts';
import { FA_SUBORDINATORS } from './fa.ts';
/** Words (token norms) that open a subordinate clause, English and Persian: because, once, if; چون، اگر، وقتی. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([...SUBORDINATORS_EN, ...FA_SUBORDINATORS]);

const CLAUSE_PUNCT = new Set([',', ';', ':', '\u060c', '\u061b', '(', ')', '\u2014', '\u2013', '"', '\u201c', '\u201d']);
const FA_PREFIX_WORDS = new Set(['می', 'نمی']);
/**
 * FA_CLOSED as a Map, for the one lookup per Persian token: a token's folded form is a fresh string, and a Map finds it by
 * its hash where the dictionary object first looks for it in the engine's table of property names (measured about three
 * times slower per word on the speed bench's Persian drafts). Built once; FA_CLOSED is filled when lib/nlp/fa.ts loads.
 */
const FA_CLOSED_MAP: ReadonlyMap<string, Token['pos']> = new Map(Object.entries(FA_CLOSED));

/**
 * (perffa31) Persian words by their written form, in a table indexed by a hash of the characters (one entry per hash; a
 * newer word takes the entry), as englishWord's plain words: what persianToken makes of a written word depends on its
 * characters only, so a word read before is made without folding, slicing or a memo lookup by a fresh string (persianToken
 * and its lookup were about 8% of the Persian analysis). 2^15 entries: the speed bench's 150 Persian drafts hold 5,700
 * word forms.
 */
const FA_WRITTEN_BITS = 15;
class FaWritten {
  constructor(
    readonly written: string,
    readonly norm: string,
    readonly lemma: string,
    readonly pos: Token['pos'],
    readonly neg: boolean,
    readonly fa: Token['fa'],
    readonly slot: FaWordSlot,
  ) {}
}
const NO_WRITTEN = new FaWritten('', '', '', 'X', false, undefined, undefined as unknown as FaWordSlot);
const faWritten: FaWritten[] = new Array<FaWritten>(1 << FA_WRITTEN_BITS).fill(NO_WRITTEN);

function persianToken(text: string, start: number, end: number): Token {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  const at = (h ^ (h >>> 16)) & ((1 << FA_WRITTEN_BITS) - 1);
  const e = faWritten[at];
  if (e.written.length === end - start && sameAt(e.written, text, start)) {
    const t: Token = { text: e.written, start, end, norm: e.norm, lemma: e.lemma, pos: e.pos, neg: e.neg, negated: false, word: true, lang: 'fa', sentence: 0, clause: 0, slot: e.slot };
    if (e.fa) t.fa = e.fa;
    return t;
  }
  let norm = foldSlice(text, start, end, true);
  // «نیمیتونیم», «نِمِشه»: a regional «نمی» read as the verb it is (the unit stream reads it so too, lib/rewrite/stream.ts).
  if (norm.charCodeAt(0) === 0x646 && norm.length >= 4) norm = faDialectNegative(norm)?.form ?? norm;
  // «مِدُم», «مِکُنُم» (Mashhadi, Dari): «می» written «مِ», the kasra written out; the agent's own first person singular only
  // (the plural «مِدیم» would quiet late27's «شرمنده‌ایم به مولا، … مِدیم دستتون» as its standard spelling is quiet: not read yet).
  else if (norm.charCodeAt(0) === 0x645 && norm.length >= 3 && text.charCodeAt(start + 1) === 0x650 && norm[1] !== 'ی') {
    const v = analyzeFaWord('می' + norm.slice(1))?.verb;
    if (v && v.progressive && !v.negative && v.tense === 'present' && v.person.person === 1 && !v.person.plural) norm = 'می' + norm.slice(1);
  }
  const slot = faWordSlot(norm);
  const t: Token = { text: text.slice(start, end), start, end, norm, lemma: norm, pos: 'NOUN', neg: false, negated: false, word: true, lang: 'fa', sentence: 0, clause: 0, slot };
  const a = slot.analysis;
  if (a) {
    t.lemma = a.lemma;
    t.pos = a.lemma === 'باید' || a.lemma === 'توانستن' ? 'AUX' : 'VERB';
    t.neg = a.negative;
    if (a.verb) t.fa = a.verb;
  } else if (/^\d/.test(norm)) t.pos = 'NUM';
  else {
    const closed = FA_CLOSED_MAP.get(norm);
    if (closed) t.pos = closed;
    if (FA_NEGATORS.has(norm)) t.neg = true;
  }
  faWritten[at] = new FaWritten(t.text, norm, t.lemma, t.pos, t.neg, t.fa, slot);
  return t;
}

/** Whether text holds w at `start` (w.length characters). */
function sameAt(w: string, text: string, start: number): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Tokens of `text` (no sentence, clause or negation information yet). */
export function tokenize(text: string): Token[] {
  return tokenizeWithInfos(text, null).tokens;
}

/**
 * Tokens of `text`; with an `infos` list, each English word's tagging facts when its reader had them,
 * index by index (for tagEnglish). Without one (tokenize) no facts are looked up.
 */
function tokenizeWithInfos(text: string, infos: (WordInfo | undefined)[] | null): { tokens: Token[]; infos: (WordInfo | undefined)[] | undefined } {
  const raw = rawTokens(text);
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r: RawToken = raw[i];
    if (r.type !== RAW_WORD) englishPunct(text, r, out);
    else if (!r.arabic) {
      if (infos === null) {
        englishWord(text, raw, i, out);
        continue;
      }
      const info = englishWord(text, raw, i, out, true);
      while (infos.length < out.length) infos.push(undefined);
      if (info) infos[out.length - 1] = info;
    } else {
      // "نمی توانم" with a space: the prefix and the verb are one word.
      // (perffa31) The word's own token is made first (from the table of written forms, no fold): its norm is the word's
      // fold exactly when that fold is «می» or «نمی» (persianToken's regional readings only make norms of four letters or more).
      const own = persianToken(text, r.start, r.end);
      const next = raw[i + 1];
      if (next && next.type === RAW_WORD && next.arabic && FA_PREFIX_WORDS.has(own.norm)) {
        const joined = persianToken(text, r.start, next.end);
        if (joined.fa) {
          out.push(joined);
          i++;
          continue;
        }
        // lang33: «نمی تونمبرات»: the prefix, its verb and the word run on after it.
        if (joined.pos === 'NOUN') {
          const cuts = faJoinedCutsOf(joined);
          if (cuts !== null) {
            for (const [a, b] of faJoinedPieces(text, r.start, next.end, cuts)) out.push(persianToken(text, a, b));
            i++;
            continue;
          }
        }
      }
      // lang33: words typed without the space between them («متاسفانه» and «ظرفیت» typed as one run: see fa.joined.ts): one token per word (fa.joined.ts).
      if (own.fa === undefined && own.pos === 'NOUN' && own.norm.length >= 5) {
        const cuts = faJoinedCutsOf(own);
        if (cuts !== null) {
          for (const [a, b] of faJoinedPieces(text, r.start, r.end, cuts)) out.push(persianToken(text, a, b));
          continue;
        }
      }
      out.push(own);
    }
  }
  if (infos === null) return { tokens: out, infos: undefined };
  while (infos.length < out.length) infos.push(undefined);
  return { tokens: out, infos };
}

/**
 * The normalised forms of `text`'s word tokens, exactly as analyze(text) gives them (the same tokenisation; a token's
 * norm and word flag are fixed there, the sentence, clause and negation reading after it never changes them), without
 * that reading: what a lexicon phrase's keys need (lib/tone builds thousands at its first message).
 */
export function wordNorms(text: string): string[] {
  const out: string[] = [];
  if (typeof text !== 'string') return out;
  for (const t of tokenizeWithInfos(text, []).tokens) if (t.word) out.push(t.norm);
  return out;
}

/** Analyse `text`: tokens, sentences (lib/text's splitter), clauses, negation scope, epistemic modals. */
export function analyze(text: string): Doc {
  const { tokens, infos } = typeof text === 'string' ? tokenizeWithInfos(text, []) : { tokens: [], infos: [] };
  const sents = textSentences(typeof text === 'string' ? text : '');
  const sentences: Span[] = [];
  const clauses: Span[] = [];
  let ti = 0;
  for (let s = 0; s < sents.length; s++) {
    const sent = sents[s];
    while (ti < tokens.length && tokens[ti].end <= sent.start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti].start < sent.end) tokens[ti++].sentence = sentences.length;
    if (ti === first) continue;
    sentences.push({ start: tokens[first].start, end: tokens[ti - 1].end, first, last: ti });
    readSentence(tokens, first, ti, clauses, infos);
  }
  return { text, tokens, sentences, clauses };
}

/** Tags, clauses and negation for tokens[from, to), one sentence (`infos`: tokenizeWithInfos's, for the tagger). */
export function readSentence(tokens: Token[], from: number, to: number, clauses: Span[], infos?: (WordInfo | undefined)[]): void {
  tagEnglish(tokens, from, to, infos);
  // Punctuation takes the language of the sentence's words.
  let fa = 0;
  for (let i = from; i < to; i++) if (tokens[i].word && tokens[i].pos !== 'NUM') fa += tokens[i].lang === 'fa' ? 1 : -1;
  if (fa > 0) for (let i = from; i < to; i++) if (!tokens[i].word || tokens[i].pos === 'NUM') tokens[i].lang = 'fa';

  let start = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) {
      if (CLAUSE_PUNCT.has(t.norm)) start = closeClause(tokens, start, i + 1, clauses, infos);
      continue;
    }
    if (i > start && startsClause(tokens, i, to, infos)) start = closeClause(tokens, start, i, clauses, infos);
  }
  closeClause(tokens, start, to, clauses, infos);
}

/** Closes the clause tokens[start, end) (numbers it, marks its negation); returns where the next starts. */
function closeClause(tokens: Token[], start: number, end: number, clauses: Span[], infos: readonly (WordInfo | undefined)[] | undefined): number {
  if (end <= start) return start;
  const c = clauses.length;
  for (let k = start; k < end; k++) tokens[k].clause = c;
  clauses.push({ start: tokens[start].start, end: tokens[end - 1].end, first: start, last: end });
  markNegation(tokens, start, end, infos);
  return end;
}

/** Words after which "but" means "except": "anyone but you", "all but one". */
const EXCEPT_BUT = new Set(['anyone', 'anybody', 'anything', 'anywhere', 'nobody', 'nothing', 'nowhere', 'everyone', 'everybody', 'everything', 'all', 'none', 'someone', 'somebody']);

/** Whether word token i opens a clause. `infos[i]` (tagEnglish filled it for English words) answers without a lookup per table. */
function startsClause(tokens: Token[], i: number, to: number, infos: readonly (WordInfo | undefined)[] | undefined): boolean {
  const t = tokens[i];
  if (t.lang === 'fa') return FA_CLAUSE_CONJ.has(t.norm);
  // "anyone but the account holder", "nothing but trouble": "but" means "except" there, no new clause.
  if (t.norm === 'but' && i > 0 && EXCEPT_BUT.has(tokens[i - 1].norm)) return false;
  const info = infos !== undefined ? infos[i] : undefined;
  if (info !== undefined ? info.clauseConj : CLAUSE_CONJ.has(t.norm)) return true;
  if (!(info !== undefined ? info.conjBeforeSubject : CLAUSE_CONJ_BEFORE_SUBJECT.has(t.norm))) return false;
  const next = i + 1 < to ? tokens[i + 1] : null;
  if (next === null) return false;
  const nextInfo = infos !== undefined ? infos[i + 1] : undefined;
  return nextInfo !== undefined ? nextInfo.subject : SUBJECTS.has(next.norm);
}

function markNegation(tokens: Token[], from: number, to: number, infos: readonly (WordInfo | undefined)[] | undefined): void {
  let inScope = false;
  let faNeg = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.lang === 'en' && t.word) {
      const info = infos !== undefined ? infos[i] : undefined;
      if (info !== undefined ? info.negator : t.norm === 'not' || NEGATORS.has(t.norm)) {
        t.neg = true;
        inScope = true;
        // The auxiliary a "not" hangs on is part of the negated idea ("do" of "don't").
        if (t.norm === 'not' && i > from && tokens[i - 1].pos === 'AUX') tokens[i - 1].negated = true;
        continue;
      }
      if (inScope) t.negated = true;
      if (t.norm === 'must') t.epistemic = isEpistemicMust(tokens, i, to) || undefined;
    } else if (t.lang === 'fa') {
      if (t.neg) faNeg = true;
      if (FA_MODAL_MUST.has(t.norm) && isFaCounterfactual(tokens, i)) t.epistemic = true;
    }
  }
  // A Persian negation sits on the verb at the end of the clause and covers the clause.
  if (faNeg) for (let i = from; i < to; i++) if (tokens[i].lang === 'fa' && tokens[i].word && !tokens[i].neg) tokens[i].negated = true;
}

/** Persian "must / should" (folded, joined). */
const FA_MODAL_MUST = new Set(['باید', 'بایستی', 'میبایست', 'میبایستی']);

/**
 * «باید» whose verb is a past imperfect («باید همون موقع چک میکردین», «شما باید به پیک می‌گفتین»):
 * "you should have", blame about the past, not a command (a command rule's «لطفاً …» would ask for
 * the past). The first verb in the present or the past imperfect before the next comma or sentence
 * end decides, so a relative clause in between («… که بسته رو تحویل گرفتین …») is read past.
 */
function isFaCounterfactual(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j < i + 40; j++) {
    const t = tokens[j];
    if (!t.word) {
      if (/[.!?\u061f\n;\u061b]/.test(t.text)) break;
      continue;
    }
    // The first verb in the present (the command's «کنید», «بکنی») decides; a simple past in between («گرفتین») does not.
    if (t.fa?.tense === 'present') return false;
    if (t.fa?.tense === 'past' && t.fa.progressive) return true;
  }
  return false;
}

/**
 * "must" drawing a conclusion, not giving an instruction: "must have entered" (have + participle),
 * "must be frustrated", "must be having trouble". "must have your ID" and the passive "must be
 * logged in" stay instructions.
 */
function isEpistemicMust(tokens: Token[], i: number, to: number): boolean {
  let j = i + 1;
  if (j < to && tokens[j].norm === 'not') j++;
  const a = j < to ? tokens[j] : null;
  const b = j + 1 < to ? tokens[j + 1] : null;
  if (!a || !b) return false;
  if (a.norm === 'have') {
    // rwen24: "you must have had the old version" is a guess like "must have got"; a requirement with its window stays one
    // ("you must have had two doses before travel", "… at least 14 days prior to", "… within the last year").
    if (b.norm === 'had') {
      for (let k = j + 2; k < to; k++) if (/^(?:before|prior|least|within|order|eligible|qualify|minimum|since)$/.test(tokens[k].norm)) return false;
      return true;
    }
    return b.norm === 'been' || (b.pos === 'VERB' && (/(?:ed|en|wn|ne|lt|nt|ught|ood)$/.test(b.norm) || b.norm in IRREGULAR || SAME_PARTICIPLE.has(b.norm)));
  }
  if (a.norm === 'be') return (b.pos === 'ADJ' && b.norm !== 'able') || (b.pos === 'VERB' && b.norm.endsWith('ing'));
  return false;
}

/** Index of the token that contains `offset`, or -1 (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.tokens.length && doc.tokens[lo].start <= offset ? lo : -1;
}

/** Tokens of one sentence with tags, clauses and negation (what the rewrite engine scans). */
export function analyzeSentenceTokens(text: string): Token[] {
  const { tokens, infos } = tokenizeWithInfos(text, []);
  readSentence(tokens, 0, tokens.length, [], infos);
  return tokens;
}

/** Does this text hold a negation (not, n't, never, no ...; a Persian negative verb, نه, هیچ)? */
export function hasNegation(text: string): boolean {
  return analyzeSentenceTokens(text).some((t) => t.neg);
}
