/**
 * Feature extraction for the tone reader: lexicon hits, punctuation, capitals, emoji, questions,
 * register markers. Shared by `readCustomerTone` and the training script (tests/bench/tone.train.ts)
 * so the learnt weights see exactly the same features at run time.
 */
import { type DetectedLang, countScripts, languageFromCounts } from '../text/index.ts';
import { isSpaceCode } from '../text/script.ts';
import { acronymsEn, questionFollowersEn } from './lexicon.en.ts';
import type { ToneDoc, ToneToken } from './layer.ts';
import type { Hit, Matcher, Token } from './tokens.ts';
import type { LexiconCategory, LinearModel } from './types.ts';

export interface LocalSpan {
  start: number;
  end: number;
}

export interface Analysis {
  text: string;
  tokens: ToneToken[];
  hits: Hit[];
  /** Sum of hit weights per category; politeness only counts positive weights (see `rude`). */
  sums: Record<LexiconCategory, number>;
  rude: number;
  /** Hand-made numeric features (names are the keys of LinearModel.features). */
  features: Record<string, number>;
  questions: LocalSpan[];
  caps: LocalSpan[];
  punctuation: LocalSpan[];
  emoji: { count: number; negative: number; positive: number; spans: LocalSpan[] };
  /** Upper-case words that read as shouting. */
  shoutWords: number;
  /** Same answer as detectLanguage() from lib/text, from one pass over the text. */
  language: DetectedLang;
  /** Persian tokens' share of all tokens. */
  faShare: number;
  words: number;
  /** English contractions written without the apostrophe ("dont", "Im"), as token indices. */
  bareContractions: number[];
  /** Persian colloquial verb forms (lib/nlp morphology), as token indices. */
  colloquialVerbs: number[];
}

const EMOJI_RE = /\p{Extended_Pictographic}(?:\ufe0f|\u200d\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}])*|(?<![\p{L}\p{N}])[:;=8][-'^]?[()DPpOo3\[\]\/\\|*](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[)(](?:-)?[:;=](?![\p{L}\p{N}])/gu;
const NEG_EMOJI = /[\u{1f620}\u{1f621}\u{1f92c}\u{1f624}\u{1f612}\u{1f644}\u{1f61e}\u{1f629}\u{1f62b}\u{1f622}\u{1f62d}\u{1f44e}\u{1f4a9}\u{1f611}\u{1f623}\u{1f616}\u{1f615}\u{1f61f}\u{1f614}\u{1f925}\u{1f974}\u{1f62a}\u{1f630}\u{1f631}\u{1f627}\u{1f626}\u{1f480}\u{1f92e}\u{1f922}\u{1f92f}]|^[:;=8][-'^]?[(\[\/\\|]$|^\)-?[:;=]$/u;
const POS_EMOJI = /[\u{1f600}-\u{1f60d}\u{1f642}\u{1f917}\u{1f970}\u{1f618}\u{1f44d}\u2764\u2665\u{1f64f}\u{1f389}\u2728\u{1f60a}\u{1f60e}\u{1f929}\u{1f44c}\u{1f44f}\u{1f64c}\u{1f60c}\u{1f60f}\u{1f31f}\u{1f496}\u{1f495}\u{1f49c}\u{1f499}\u{1f49a}\u{1f49b}\u{1f49e}\u263a]|^[:;=8][-'^]?[)D\]Pp3*]$|^\(-?[:;=]$/u;

const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'nowhere', 'cannot', "can't", "don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "couldn't", "wouldn't", "shouldn't", 'cant', 'dont', 'didnt', 'doesnt', 'wont', 'isnt', 'نه', 'نیست', 'نیستند', 'نشد', 'نشده', 'نکرد', 'نکردم', 'نکردند', 'نکردید', 'ندارم', 'ندارد', 'نداره', 'ندادید', 'ندادند', 'نرسید', 'نرسیده', 'هیچ', 'هرگز', 'هیچوقت']);
/** Common written words the verb morphology can also read as spoken verbs (بد "bad", بدون "without", بر "on"). */
const NOT_SPOKEN_VERBS = new Set(['بد', 'بدون', 'بر', 'برد', 'برند', 'نگه']);
const EN_AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'have', 'has', 'had', 'am']);
/** Verbs that open a sentence without a subject in casual writing ("need help with…", "wanna…"). */
const SUBJECTLESS = new Set(['want', 'need', 'wanna', 'gotta', 'gonna', 'trying', 'tryna', 'looking', 'wondering', 'dunno', 'cant', "can't", 'dont', "don't", 'didnt', "didn't"]);
const WH = new Set(['what', 'why', 'who', 'how', 'where', 'when', 'which']);

/** `category in emptySums()` without a keyed lookup per hit: the eight lexicon categories (cue categories have dotted names). */
function isSummed(c: string): c is LexiconCategory {
  switch (c) {
    case 'frustration':
    case 'urgency':
    case 'repeat':
    case 'politeness':
    case 'formality':
    case 'slang':
    case 'academic':
    case 'questionStarts':
      return true;
    default:
      return false;
  }
}

function emptySums(): Record<LexiconCategory, number> {
  return { frustration: 0, urgency: 0, repeat: 0, politeness: 0, formality: 0, slang: 0, academic: 0, questionStarts: 0 };
}

export function analyse(doc: ToneDoc, matcher: Matcher): Analysis {
  const text = doc.text;
  const tokens = doc.tokens;
  const hits = matcher.match(tokens, text);
  const sums = emptySums();
  let rude = 0;
  // Question words by token index, made only for a message that has one (most have none: no Map per message).
  let questionWordAt: Map<number, number> | null = null;
  for (const h of hits) {
    if (h.category === 'politeness' && h.weight < 0) rude -= h.weight;
    else if (isSummed(h.category)) sums[h.category] += h.weight;
    if (h.category === 'questionStarts') (questionWordAt ??= new Map()).set(h.from, h.weight);
  }

  let modalPolite = 0;
  let modalDirect = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i + 1].key !== 'you') continue;
    const k = tokens[i].key;
    if (k === 'could' || k === 'would') modalPolite++;
    else if (k === 'can' || k === 'will') modalDirect++;
  }
  let fa = 0;
  let lowerI = 0;
  let contractions = 0;
  /** "dont", "Im": a contraction written without its apostrophe (casual spelling). */
  let bareContractions = 0;
  let negations = 0;
  const colloquialVerbs: number[] = [];
  const bareAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.fa) {
      fa++;
      if (t.colloquial && !NOT_SPOKEN_VERBS.has(t.key)) colloquialVerbs.push(i);
    } else {
      if (t.key === 'i' && text[t.start] === 'i') lowerI++;
      if (t.contraction === 'apostrophe') contractions++;
      else if (t.contraction === 'bare') {
        bareContractions++;
        bareAt.push(i);
      }
    }
    const rec = t.rec;
    if (rec.neg < 0) rec.neg = NEGATIONS.has(t.key) || t.key.endsWith("n't") ? 1 : 0;
    negations += rec.neg;
  }

  // Capitals: shouting is several upper-case words, not acronyms. A run of capital words
  // [runStart, runEnd) of runLen words is kept when it closes (closeRun; no closure per message).
  const caps: LocalSpan[] = [];
  let latinWords = 0;
  let shoutWords = 0;
  let runStart = 0;
  let runEnd = 0;
  let runLen = 0;
  for (const t of tokens) {
    if (t.fa) continue;
    const upper = latinLetters(text, t.start, t.end);
    if (upper < 0) continue;
    latinWords++;
    // Fewer than two capitals: neither shouting nor part of a run (the common case, no slicing).
    if (upper < 2) {
      shoutWords += closeRun(caps, runStart, runEnd, runLen);
      runLen = 0;
      continue;
    }
    // A lower-case ASCII letter ("@AmericanAir") is no capital word: no slice.
    if (hasLowerAscii(text, t.start, t.end)) {
      shoutWords += closeRun(caps, runStart, runEnd, runLen);
      runLen = 0;
      continue;
    }
    const orig = text.slice(t.start, t.end);
    const isCaps = orig.length >= 2 && orig === orig.toUpperCase() && /[A-Z].*[A-Z]/.test(orig) && !acronymsEn.has(orig.replace(/'.*$/, '')) && !/\d/.test(orig);
    if (isCaps && !(orig.length <= 3 && runLen === 0 && /^[A-Z]{2,3}$/.test(orig) && !capsRunNext(tokens, text, t))) {
      if (runLen === 0) runStart = t.start;
      runEnd = t.end;
      runLen++;
    } else {
      shoutWords += closeRun(caps, runStart, runEnd, runLen);
      runLen = 0;
    }
  }
  shoutWords += closeRun(caps, runStart, runEnd, runLen);

  // Punctuation runs: "!!", "???", "?!?".
  const punctuation: LocalSpan[] = [];
  let exclMulti = 0;
  let qMulti = 0;
  let excl = 0;
  // What /[!?؟]{2,}|!/g finds, by char code: a run of two or more of ! ? ؟ (the longest), else a lone "!".
  // Most messages have no "!" and no run of question marks: no scan when there is no "!" and no pair of ? / ؟.
  if (mayHoldPunctuationRun(text)) {
    for (let i = 0; i < text.length; i++) {
      if (!isRunMark(text.charCodeAt(i))) continue;
      let j = i + 1;
      let bangs = text.charCodeAt(i) === 33 ? 1 : 0;
      for (; j < text.length && isRunMark(text.charCodeAt(j)); j++) if (text.charCodeAt(j) === 33) bangs++;
      if (j - i >= 2) {
        punctuation.push({ start: i, end: j });
        if (bangs === j - i) exclMulti++;
        else qMulti++;
        excl += bangs;
        i = j - 1;
      } else if (bangs === 1) excl++;
    }
  }

  // Emoji and emoticons.
  const emojiSpans: LocalSpan[] = [];
  let negative = 0;
  let positive = 0;
  if (mayHoldEmoji(text)) {
    for (const m of text.matchAll(EMOJI_RE)) {
      emojiSpans.push({ start: m.index!, end: m.index! + m[0].length });
      if (NEG_EMOJI.test(m[0])) negative++;
      else if (POS_EMOJI.test(m[0])) positive++;
    }
  }

  // Questions: sentences with ? / ؟, or opened by a question word.
  const questions: LocalSpan[] = [];
  let whyStart = 0;
  let youStart = 0;
  let whStart = 0;
  let pleaseStart = 0;
  let firstStart = 0;
  let connStart = 0;
  let subjectDrop = 0;
  let ti = 0;
  for (const s of doc.sentences) {
    let end = s.end;
    while (end > s.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    while (ti < tokens.length && tokens[ti].start < s.start) ti++;
    const first = ti;
    let last = first;
    while (last < tokens.length && tokens[last].start < end) last++;
    if (last === first) continue;
    const k0 = tokens[first].key;
    const k1 = tokens[first + 1]?.key;
    if (k0 === 'why' || k0 === 'چرا') whyStart++;
    if (k0 === 'you' || k0 === 'your') youStart++;
    if (WH.has(k0)) whStart++;
    if (k0 === 'please' || k0 === 'pls' || k0 === 'plz') pleaseStart++;
    if (k0 === 'i' || k0 === 'my') firstStart++;
    if (k0 === 'so' || k0 === 'then' || k0 === 'but' || k0 === 'and') connStart++;
    if (SUBJECTLESS.has(k0) && k1 !== undefined && !tokens[first].fa) subjectDrop++;
    // The sentence [s.start, end) holds ? or ؟, or ends in . or ! (by char code: no slice, no expression).
    let isQ = hasQuestionMark(text, s.start, end);
    const stop = end > s.start ? text.charCodeAt(end - 1) : 0;
    if (!isQ && stop !== 46 && stop !== 33) {
      if (tokens[first].fa) {
        if (questionWordAt !== null) for (let i = first; i < last && !isQ; i++) if ((questionWordAt.get(i) ?? 0) >= 0.8) isQ = true;
      } else {
        const w = questionWordAt?.get(first) ?? 0;
        if (w >= 1) isQ = true;
        else if (w >= 0.5 && k1 !== undefined) {
          isQ = EN_AUX.has(k1) || (k0 !== 'when' && questionFollowersEn.has(k1) && !EN_AUX.has(k0)) || (EN_AUX.has(k0) && questionFollowersEn.has(k1));
        }
      }
    } else if (!isQ && /^(?:can|could|would|will)$/.test(k0) && k1 === 'you') isQ = true;
    if (isQ) questions.push({ start: s.start, end });
  }

  const words = tokens.length;
  const scripts = countScripts(text);
  const trimmed = text.trimEnd();
  const features: Record<string, number> = {
    lex_frust: Math.min(sums.frustration, 4),
    lex_urg: Math.min(sums.urgency, 3),
    lex_rep: Math.min(sums.repeat, 3),
    lex_pol: Math.min(sums.politeness, 3),
    lex_rude: Math.min(rude, 3),
    lex_slang: Math.min(sums.slang + 0.5 * bareContractions, 3),
    excl: Math.min(excl, 4) / 4,
    excl_multi: Math.min(exclMulti, 2),
    q_multi: Math.min(qMulti, 2),
    caps: Math.min(shoutWords, 4) / 4,
    emoji_neg: Math.min(negative, 2),
    emoji_pos: Math.min(positive, 2),
    questions: Math.min(questions.length, 3),
    neg: Math.min(negations, 4) / 4,
    len: Math.log1p(words) / 5,
    lower_i: Math.min(lowerI, 2),
    contractions: Math.min(contractions, 3),
    why_start: Math.min(whyStart, 1),
    wh_start: Math.min(whStart, 2),
    please_start: Math.min(pleaseStart, 1),
    first_start: Math.min(firstStart, 1),
    conn_start: Math.min(connStart, 1),
    subject_drop: Math.min(subjectDrop, 1),
    hello_start: tokens.length && (tokens[0].key === 'hi' || tokens[0].key === 'hello' || tokens[0].key === 'hey' || tokens[0].key === 'dear') ? 1 : 0,
    modal_polite: Math.min(modalPolite, 2),
    modal_direct: Math.min(modalDirect, 2),
    you_start: Math.min(youStart, 1),
    // The last character only (the expressions would search the whole text for it); the last two units hold the last code point.
    no_final_punct: trimmed && !FINAL_PUNCT.has(trimmed.charCodeAt(trimmed.length - 1)) && !/\p{Extended_Pictographic}$/u.test(trimmed.slice(-2)) ? 1 : 0,
    starts_lower: startsLower(text) ? 1 : 0,
    colloq_verbs: Math.min(colloquialVerbs.length, 3),
    latin_share: scripts.latin / Math.max(1, scripts.latin + scripts.arabic),
  };
  return {
    text,
    tokens,
    hits,
    sums,
    rude,
    features,
    questions,
    caps: latinWords >= 2 ? caps : [],
    shoutWords: latinWords >= 2 ? shoutWords : 0,
    punctuation,
    emoji: { count: emojiSpans.length, negative, positive, spans: emojiSpans },
    faShare: words ? fa / words : 0,
    language: languageFromCounts(scripts),
    words,
    colloquialVerbs,
    bareContractions: bareAt,
  };
}

/** Characters that end a sentence with punctuation: . ! ? ؟ … ) ] " ' » */
const FINAL_PUNCT = new Set([0x2e, 0x21, 0x3f, 0x61f, 0x2026, 0x29, 0x5d, 0x22, 0x27, 0xbb]);

/** /^[a-z]/ on the text with its leading white space trimmed (trimStart removes what /\s/ matches), without the trimmed copy. */
function startsLower(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** ! ? ؟ */
const isRunMark = (c: number) => c === 33 || c === 63 || c === 0x61f;

/** Whether text[start, end) holds an ASCII lower-case letter (then it is not all capitals). */
function hasLowerAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Whether text[start, end) holds ? or ؟. */
function hasQuestionMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 63 || c === 0x61f) return true;
  }
  return false;
}

/** A run of runLen capital words [start, end) is shouting when it has two words or five letters: kept in `caps`; returns its words. */
function closeRun(caps: LocalSpan[], start: number, end: number, runLen: number): number {
  if (runLen === 0 || !(runLen >= 2 || end - start >= 5)) return 0;
  caps.push({ start, end });
  return runLen;
}

/** Distinct token keys in first-seen order (the word indicators of the learnt models; tests/bench/tone.train.ts). */
export function distinctKeys(tokens: readonly Token[]): string[] {
  const seen = new Set<string>();
  for (const t of tokens) seen.add(t.key);
  return [...seen];
}

/** -1 when text[start, end) has no Latin letter, else how many upper-case Latin letters it has. */
function latinLetters(text: string, start: number, end: number): number {
  let latin = false;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      latin = true;
    } else if (c >= 97 && c <= 122) latin = true;
  }
  return latin ? upper : -1;
}

/**
 * A cheap scan before the emoji expression: pictographs live at U+00A9, U+00AE, U+203C and above
 * (Persian letters, ZWNJ, quotes, dashes and the ellipsis are all below U+203C); emoticons need one of : ; = 8 ( ).
 */
function mayHoldEmoji(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xa9 || c === 0xae || c >= 0x203c) return true;
    if (c === 0x3a || c === 0x3b || c === 0x3d || c === 0x38) {
      // An emoticon's eyes follow no letter or digit ("http://", "10:30" hold none) and come before a mouth, maybe after a nose.
      if (!afterAsciiWordChar(text, i)) {
        let j = i + 1;
        if (isNose(text.charCodeAt(j))) j++;
        if (isMouth(text.charCodeAt(j))) return true;
      }
    } else if (c === 0x28 || c === 0x29) {
      // The reversed form "(:" / ")-:" also follows no letter or digit.
      if (!afterAsciiWordChar(text, i)) {
        let j = i + 1;
        if (text.charCodeAt(j) === 0x2d) j++;
        const e = text.charCodeAt(j);
        if (e === 0x3a || e === 0x3b || e === 0x3d) return true;
      }
    }
  }
  return false;
}

/** The character before i is an ASCII letter or digit (so no emoticon starts at i; anything else, even a non-ASCII letter, may be none). */
function afterAsciiWordChar(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  return (p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122);
}

/** - ' ^ between an emoticon's eyes and mouth. */
const isNose = (c: number) => c === 0x2d || c === 0x27 || c === 0x5e;
/** An emoticon's mouth: ( ) D P p O o 3 [ ] / \ | * */
const isMouth = (c: number) =>
  c === 0x28 || c === 0x29 || c === 0x44 || c === 0x50 || c === 0x70 || c === 0x4f || c === 0x6f || c === 0x33 || c === 0x5b || c === 0x5d || c === 0x2f || c === 0x5c || c === 0x7c || c === 0x2a;

/** Whether text has a "!" or two of ? / ؟ (the only way /[!?؟]{2,}|!/ can match). */
function mayHoldPunctuationRun(text: string): boolean {
  if (text.indexOf('!') >= 0) return true;
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 63 || c === 0x61f) && ++marks >= 2) return true;
  }
  return false;
}

/** Whether the Latin token after t is also upper case (so a 2–3 letter capital word is part of a run). */
function capsRunNext(tokens: readonly Token[], text: string, t: Token): boolean {
  const i = tokens.indexOf(t);
  const n = tokens[i + 1];
  if (!n || n.fa) return false;
  const o = text.slice(n.start, n.end);
  return o.length >= 2 && o === o.toUpperCase() && /[A-Z]{2}/.test(o) && !acronymsEn.has(o);
}




interface CompiledModel {
  bias: number;
  /** Feature names and their weights, in the model's order. */
  names: string[];
  weights: number[];
  words: Map<string, number>;
}
const compiled = new WeakMap<object, CompiledModel>();

function compile(model: LinearModel): CompiledModel {
  let c = compiled.get(model);
  if (!c) {
    const features = Object.entries(model.features);
    c = { bias: model.bias, names: features.map(([n]) => n), weights: features.map(([, w]) => w), words: new Map(Object.entries(model.words)) };
    compiled.set(model, c);
  }
  return c;
}

/**
 * z = bias + Σ feature weights + Σ word weights over the distinct tokens. The word weights are
 * added in the tokens' first-seen order, as over distinctKeys(), without building that list: a key
 * with a weight is checked against the (few) keys already counted.
 */
export function linearScore(model: LinearModel, a: Analysis): number {
  const m = compile(model);
  let z = m.bias;
  for (let i = 0; i < m.names.length; i++) z += m.weights[i] * (a.features[m.names[i]] ?? 0);
  const counted: string[] = [];
  for (const t of a.tokens) {
    // The word's weight, kept on its record for this model (rec.word is the key).
    const rec = t.rec;
    if (rec.model !== m) {
      rec.weight = m.words.get(t.key);
      rec.model = m;
    }
    const w = rec.weight;
    if (w === undefined || counted.includes(t.key)) continue;
    counted.push(t.key);
    z += w;
  }
  return z;
}
