/**
 * The language layer the tone cues read: word tokens with offsets into the analysed text, their
 * clause and sentence, and negation (which tokens negate, which are inside a negation's scope).
 * Cues never tokenise text themselves; they read a ToneDoc.
 *
 * TODO(2026-12-03): switch to lib/nlp (the rewrite engine's layer) once it lands; this file is the
 * only place that would change.
 */
import { type Token, tokenize } from './tokens.ts';

export interface ToneToken extends Token {
  /** This token is a negator (not, never, no, nobody; Persian نه, هیچ, a verb with the ن prefix). */
  neg: boolean;
  /** Inside the scope of a negator of its clause (the negator itself excluded). */
  negated: boolean;
  clause: number;
  sentence: number;
}

export interface ToneDoc {
  text: string;
  tokens: ToneToken[];
}

const EN_NEG = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'nowhere', 'neither', 'nor', 'cannot', 'cant', 'dont', 'didnt', 'doesnt', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'couldnt', 'wouldnt', 'shouldnt']);
const FA_NEG_WORD = new Set(['نه', 'هیچ', 'هیچی', 'هیچکس', 'هیچکدام', 'هیچوقت', 'هرگز', 'نیست', 'نیستم', 'نیستیم', 'نیستید', 'نیستند', 'نیستین', 'نیس', 'نبود', 'نبودم', 'نبوده', 'نداره', 'ندارم', 'ندارد', 'ندارید', 'ندارن']);
/** Persian verb with the negative prefix ن: common stems only (a bare initial ن is too often part of a noun). */
const FA_NEG_VERB = /^ن(?:می|کرد|کن|داد|ده|دی|دار|رسید|رسه|زد|زن|گرفت|گیر|شد|ش[هنمدی]|بود|خواست|خواه|خوا|دید|فرستاد|فرست|یومد|یامد|یاد|یست|برد|گذاشت|گفت|گو|خورد|خور|تونست|توانست|بست|خوند|خواند|اومد|آمد)/;
/** Words that open a new clause: a negation before them does not reach past them. */
const CLAUSE_OPENERS = new Set(['but', 'and', 'so', 'just', 'only', 'though', 'although', 'however', 'because', 'while', 'ولی', 'اما', 'و', 'فقط', 'ولیکن', 'چون', 'بلکه']);
/** How far an English negator reaches forward ("not very angry", "don't feel angry at all"). */
const EN_SCOPE = 3;
/** How far back a Persian negative verb reaches (its predicate: «اصلاً راضی نیستم»). */
const FA_SCOPE = 2;

export function isNegator(t: Token): boolean {
  if (t.fa) return FA_NEG_WORD.has(t.key) || (t.key.charCodeAt(0) === 0x646 /* ن */ && FA_NEG_VERB.test(t.key));
  return EN_NEG.has(t.key) || t.key.endsWith("n't");
}

/** What separates two tokens: 2 = a sentence end (. ! ? ؟ newline), 1 = a clause mark, 0 = nothing. */
function gapKind(text: string, from: number, to: number): 0 | 1 | 2 {
  let kind: 0 | 1 | 2 = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x61f) return 2;
    if (c === 44 || c === 59 || c === 58 || c === 0x60c || c === 0x61b || c === 40 || c === 41 || c === 45 || c === 0x2013 || c === 0x2014 || c === 34 || c === 0xab || c === 0xbb) kind = 1;
  }
  return kind;
}

export function readDoc(text: string): ToneDoc {
  const raw = tokenize(text);
  const tokens: ToneToken[] = [];
  let clause = 0;
  let sentence = 0;
  let prevEnd = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (i > 0) {
      const gap = gapKind(text, prevEnd, t.start);
      if (gap === 2) {
        sentence++;
        clause++;
      } else if (gap === 1 || CLAUSE_OPENERS.has(t.key)) clause++;
    }
    prevEnd = t.end;
    tokens.push({ key: t.key, start: t.start, end: t.end, fa: t.fa, neg: isNegator(t), negated: false, clause, sentence });
  }
  // Scope: English forward to the end of the clause (at most EN_SCOPE words); a Persian negative
  // verb closes its clause and negates the predicate just before it («عصبانی نیستم», «اصلاً راضی نیستم»).
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i];
    if (!n.neg) continue;
    if (n.fa) {
      if (n.key === 'نه' || n.key.startsWith('هیچ')) {
        for (let j = i + 1; j < tokens.length && j <= i + FA_SCOPE && tokens[j].clause === n.clause; j++) tokens[j].negated = true;
      } else for (let j = i - 1; j >= 0 && j >= i - FA_SCOPE && tokens[j].clause === n.clause; j--) tokens[j].negated = true;
    } else {
      for (let j = i + 1; j < tokens.length && j <= i + EN_SCOPE && tokens[j].clause === n.clause; j++) tokens[j].negated = true;
    }
  }
  return { text, tokens };
}
