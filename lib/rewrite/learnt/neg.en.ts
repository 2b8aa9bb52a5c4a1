/**
 * The learnt reader of English negative phrasing, the twin of neg.fa.ts over English features (features.en.ts): a
 * word-level logistic regression gated by a sentence-level one, and a softmax over the evaluation sets' categories, in
 * the hashed tables of model.ts. Trained by scripts/train-neg-en.ts on the team's own English evaluation splits (never
 * an aside split, never the held-out one); weights in neg-en.weights.json, loaded only when the reader is asked for
 * (loadNegEnModel: a dynamic import, a chunk of its own in the build, as the Persian weights). The engine shows
 * what it finds as advice only (no text change), only where no rule flagged the words (engine.ts, `learnt` option,
 * LEARNT_DEFAULT_EN). lib/rewrite/README.md (mlen28) has its figures.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { praiseAfterCandour } from '../neutral15.en.ts';
import { sentenceBagEn, wordFeaturesEn } from './features.en.ts';
import { clauseGateEn, inConditionEn } from './gates.clause.ts';
import { trimSpan } from './span-trim.ts';
import { spanTokens } from './within.ts';
import { lazyModel, LEARNT_TRACE, passesCategory, type LearntHit, type LearntLanguage, type NegModel, phrasingSpan, readSpans, wordIndices } from './model.ts';

const weights = lazyModel(() => import('./neg-en.weights.json', { with: { type: 'json' } }));
/**
 * Loads and decodes the shipped weights, once (a dynamic import). The engine starts it the first time a call asks for
 * the reader and reads nothing until it has resolved; a page that turns the reader on awaits it first, as the tests do.
 */
export const loadNegEnModel = (): Promise<NegModel> => weights.load();
/** The model the reader reads with: undefined until loadNegEnModel has resolved (and the first call starts it). */
export const negEnModel = (): NegModel | undefined => weights.get();
/**
 * Evaluation only (scripts/neg-en-cv.ts): the engine reads with this model instead of the shipped one until called with
 * undefined. Clear the region cache (or pass cache: false).
 */
export const useNegEnModel = (model: NegModel | undefined): void => weights.use(model);

/** Words that carry no phrasing of their own: a span of nothing else is a neighbour's echo, not a finding. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'PRON', 'CONJ', 'DET', 'NUM', 'PUNCT', 'SYM']);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['to', 'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'for', 'with', 'it', 'that', 'this', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'so', 'just', 'as', 'by', 'from', 'there', 'here', 'then', 'also', 'please', 'hi', 'hello', 'thanks']);
// An auxiliary or a bare negator carries no phrasing of its own either: "not", "won't", "you have", "We'll" alone name
// nothing the agent could change (the words that make it negative are elsewhere, or nowhere).
export const contentWordEn = (t: Token) => !FUNCTION_POS.has(t.pos) && t.pos !== 'AUX' && !t.neg && !FUNCTION_WORDS.has(t.norm) && !/^[0-9]+$/.test(t.norm);
const contentWord = contentWordEn;

// (mlen29) A sentence with Persian letters in it («Then شما باید restart …») is not read: the reader learnt whole English
// sentences, and the Persian words are no English words to it.
/**
 * (ml37) A run of function words ("we don't", "you must", "is unable to") read on to its content word (model.ts
 * LearntLanguage.reach) instead of dropped: up to three words, each at 0.2 or above (word x sentence), the run holding
 * a negation or an auxiliary. Chosen on the even folds (late20 … late36) against 0.3 / 2 words, confirmed on the odd
 * ones (lib/rewrite/README.md, ml37). Evaluation switches it (neg-en-cv.ts --reach=0.3,2; words 0: off).
 * **Shipped off** (the lead, thirty-seventh session): on the public positive-frames dev set it flagged 0.127 -> 0.141 of
 * the positive reframes (test 0.113 -> 0.125) for +2 items over the folds through the engine; RUN_REACH_FOLDS keeps the
 * folds' setting for evaluation.
 */
export const RUN_REACH_FOLDS = 3;
export const RUN_REACH_EN: { thr: number; words: number; from: (t: Token) => boolean; to?: (t: Token) => boolean } = { thr: 0.2, words: 0, from: (t: Token): boolean => !!t.neg || t.pos === 'AUX' };
const EN: LearntLanguage = { sentenceBag: sentenceBagEn, wordFeatures: wordFeaturesEn, contentWord, skipSentence: (text) => KIND_GATE.on && /[\u0600-\u06FF]/.test(text), keepSpan: (tokens, idx) => evidentSpanEn(tokens, idx), reach: RUN_REACH_EN };

/**
 * (ml30) The Persian reader's span gate in English, measured by scripts/neg-en-cv.ts --lone-noun-gate: a span of a lone
 * noun or adjective (no verb, auxiliary, negation, adverb, particle or interjection, fewer than two content words:
 * "pregnancy", "relief", "My Eyes") is a word the sentence's other words made likely. Off unless switched on.
 */
export const LONE_NOUN_GATE = { on: false };
const negated = (t: Token): boolean => !!t.neg;
const evidentSpanEn = (tokens: readonly Token[], idx: readonly number[]): boolean => !LONE_NOUN_GATE.on || phrasingSpan(tokens, idx, contentWord, negated);

const LETTER = /[A-Za-z']/;
const RESTRICTION: ReadonlySet<string> = new Set(['only', 'strict', 'strictly', 'must', 'unable', 'cannot', 'forbid', 'prohibit', 'require', 'required', 'charge', 'fee', 'penalty']);

/**
 * The categories the English reader shows. (ml31) Blame, commands and jargon are shown again, each at its own threshold
 * (CATEGORY_THRESHOLD_EN): on the folds late20 … late30, with train31 in the training data, they caught negatives the
 * rules missed at no neutral cost. What follows is why mlen28 hid them. Blame, commands and internal jargon are left to the rules and the generic
 * readers: on the leave-one-split-out folds (late20-27, threshold 0.8) the reader's spans of those categories caught no
 * negative the rules missed (blame 0 over marked words and 1 elsewhere, jargon 1 and 2, commands none at all), while the
 * look-alike tests and the Bitext neutrals showed them over a customer's own action told back ("you followed the
 * manual", "you have entered"), a named ombudsman and a plain instruction ("Fill in the required shipping details").
 */
const EN_CATEGORIES: ReadonlySet<string> = new Set(['refusal', 'time-refusal', 'unfortunately', 'policy', 'dismissive', 'not-knowing', 'not-my-dept', 'system', 'ill-try', 'to-be-honest', 'passive-aggressive', 'apology-reflex', 'blame', 'command', 'jargon']);

/** Evaluation only (scripts/neg-en-cv.ts --all-categories, ml31): show every category, EN_CATEGORIES or not. */
export const EN_SHOWN = { all: false };

/**
 * Gates by kind (mlen29): constructions the look-alike tests call fine that share their words with a category's negatives.
 * Each drops a span of one category only; `KIND_GATE.on` false keeps them all (scripts/neg-en-cv.ts --no-kind-gate).
 */
export const KIND_GATE = { on: true };
/** (data35) The hypothetical-consequence gate (hypotheticalConsequence); evaluation switches it (neg-en-cv.ts --no-hypothetical-gate). */
export const HYPOTHETICAL_GATE = { on: true };
/** Verbs of handing a request on, or acting on it, in the past ("I've passed it to billing", "we sent it to the wrong team"). */
const HANDED: ReadonlySet<string> = new Set(['pass', 'forward', 'transfer', 'refer', 'hand', 'escalate', 'route', 'send', 'assign', 'move', 'put', 'raise', 'log', 'book', 'arrange', 'flag', 'redirect', 'reassign']);
/** Owning a mistake: "my mistake", "that's on me", "my apologies" beside a wrong routing. */
const OWNED = /\b(?:my|our) (?:mistake|fault|bad|error)\b|\bon (?:me|us)\b|\bshould(?:n't| not) have\b|\bmistakenly\b|\baccidentally\b|\bby mistake\b/i;
/** What "do our best to …" can promise without hedging a result: help as such, no outcome and no deadline. */
const HELP_VERBS: ReadonlySet<string> = new Set(['help', 'assist', 'support', 'address', 'resolve', 'answer', 'guide']);
/** What makes a verb before "relax" a permission or a purpose, not an order ("you can relax", "designed to help you relax"). */
const NOT_ORDER: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'to', 'you', 'help', 'let', 'finally', 'now']);

/** An apology's own words, as the language layer writes them. */
const APOLOGY_WORD = /^(?:sorry|sry|soz|apolog\w*|regret\w*|forgive|pardon|excuse)$/;
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'my', 'our', 'me', 'us']);
/** Words of an obligation laid on someone (a command without "you" still needs one). */
const OBLIGATION: ReadonlySet<string> = new Set(['must', 'have', 'has', 'need', 'needs', 'should', 'got', 'gotta', 'obliged']);
/** Words that point back or talk down, beside a one-word passive-aggressive span. */
const POINTING: ReadonlySet<string> = new Set(['as', 'per', 'again', 'already', 'clearly', 'obviously', 'kindly', 'previously', 'said', 'told', 'stated', 'mentioned', 'noted', 'explained', 'reread', 're-read', 'before', 'earlier', 'last', 'repeat', 'twice', 'sure', 'surely', 'course', 'literally', 'wow', 'great', 'thanks']);
const HONEST_ABOUT: ReadonlySet<string> = new Set(['in', 'about', 'on', 'when', 'if', 'feedback', 'review', 'reviews', 'opinion', 'answer', 'answers']);

/** "To be fair to you", "in fairness to you": on the customer's side. */
const FAIR_TO_YOU = /\b(?:to be fair|in (?:all )?fairness)\s+to\s+(?:you|u|yourself)\b/i;
/**
 * A blame span in a question that asks, not asserts: (the lead, after the merges' retrain) a cause asked about ("Did the
 * parcel come back because you put the old address on it?"); (thirty-fifth session, after the retrain with train35) a
 * yes/no question put to the customer, the whole sentence, with no scolding word in it ("Did you forget to tick the box,
 * so the order went plain?"; "Did you even read it?" is still read).
 */
function blameAsked(text: string, tokens: readonly Token[]): boolean {
  return CAUSE_ASKED.test(text) || (PLAIN_QUESTION_TO_YOU.test(text) && !tokens.some((t) => SCOLDING.has(t.norm)));
}
const CAUSE_ASKED = /^\s*(?:did|was|were|is|could|might|does|has|have)\b[^?]*\bbecause\s+(?:you|u)\b[^?]*\?/i;
/** A yes/no question put to the customer, the whole sentence ("Did you forget to tick the box?"). */
const PLAIN_QUESTION_TO_YOU = /^\s*(?:did|do|does|have|has|had|could|might|was|were|is|are)\s+(?:you|u)\b[^?.!]*\?\s*$/i;
/** Words that turn a question into a reproach. */
const SCOLDING: ReadonlySet<string> = new Set(['even', 'again', 'already', 'actually', 'seriously', 'really', 'ever', 'bother', 'clearly', 'obviously', 'twice']);
const TIME_CLAUSE: ReadonlySet<string> = new Set(['once', 'after', 'when', 'until', 'till', 'before']);
/** Whether the span opens on "you" (or on its verb) right after a time conjunction, with no pointing word in the span or just after it. */
function timeClauseStep(tokens: readonly Token[], span: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  let first = words.indexOf(span[0]);
  const isYou = (t: Token | undefined) => t?.norm === 'you' || t?.norm === 'u';
  // The span may start on the verb after "you" ("have read").
  if (first >= 1 && !isYou(span[0]) && isYou(words[first - 1])) first--;
  if (first < 1 || !isYou(words[first])) return false;
  const prev = words[first - 1].norm;
  const asSoonAs = prev === 'as' && words[first - 2]?.norm === 'soon' && words[first - 3]?.norm === 'as';
  if (!TIME_CLAUSE.has(prev) && !asSoonAs) return false;
  const last = words.indexOf(span[span.length - 1]);
  return !words.slice(first, last + 4).some((t) => POINTING.has(t.norm));
}

const ENJOY: ReadonlySet<string> = new Set(['love', 'like', 'enjoy', 'adore']);
const FORESEE: ReadonlySet<string> = new Set(['going', 'gonna', 'will', 'shall', 'bound', 'sure']);
/**
 * (ml37) Whether the span lies in "you('re going to / gonna / 'll / will) love / like / enjoy …": "you" and a verb of
 * enjoying within four words after it, a future word between and no negation, the span's words from "you" to that verb.
 * Local: only a span of those words is looked at, and only the words around it (a run-on's many spans stay linear).
 */
export function enjoymentForeseen(tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!span.length || !span.every((t) => !t.word || FORESEE_PHRASE.has(t.norm) || FORESEE_PHRASE.has(t.lemma) || ENJOY.has(t.lemma))) return false;
  const i0 = tokens.indexOf(span[0]);
  const i1 = tokens.indexOf(span[span.length - 1]);
  // Word tokens from up to eight tokens before the span to eight after (four words with their spaces and marks).
  const around: Token[] = [];
  let first = -1;
  let last = -1;
  for (let i = Math.max(0, i0 - 8); i <= Math.min(tokens.length - 1, i1 + 8); i++) {
    if (!tokens[i].word) continue;
    if (i === i0) first = around.length;
    if (i === i1) last = around.length;
    around.push(tokens[i]);
  }
  for (let y = Math.max(0, last - 4); y <= first; y++) {
    if (!SECOND_PERSON.has(around[y].norm)) continue;
    for (let v = Math.max(y + 1, last); v <= Math.min(around.length - 1, y + 4); v++) {
      if (!ENJOY.has(around[v].lemma)) continue;
      const between = around.slice(y + 1, v);
      if (!between.some((t) => t.neg) && between.some((t) => FORESEE.has(t.norm) || FORESEE.has(t.lemma))) return true;
    }
  }
  return false;
}
/** The words "you're going to love" is made of (a span of any other word is not that phrase). */
const FORESEE_PHRASE: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'are', 'be', 'is', 'will', 'shall', 'going', 'gonna', 'go', 'to', 'bound', 'sure', 'just', 'so', 'totally', 'really']);

/** Whether the sentence says the agent (or the team) handed it on or acted on it: a first person before a past verb of HANDED. */
function handedOn(tokens: readonly Token[]): boolean {
  let first = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    if (t.norm === 'i' || t.norm === 'we') first = i;
    else if (first >= 0 && HANDED.has(t.lemma) && t.norm !== t.lemma && !t.negated && i - first <= 4) return true;
    else if (HANDED.has(t.lemma) && t.norm !== t.lemma && /^(?:was|were|been|got|gets?)$/.test(tokens[i - 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * (ml30) The customer told they are not at fault or owe nothing: "you are not responsible / liable / to blame / at fault",
 * "you did nothing wrong", "you have nothing to apologise / worry about", "you don't need to pay / worry / apologise".
 */
const CLEARED = /\byou(?:'re|\u2019re| are|'ve|\u2019ve| have| were|'ll|\u2019ll| will)?\s+(?:(?:absolutely|certainly|definitely|really|totally)\s+)?(?:not\s+(?:(?:be\s+)?(?:responsible|liable|to blame|at fault|in the wrong)|(?:be\s+)?charged)|nothing to (?:apologi[sz]e|worry|be sorry)|(?:did|done) nothing wrong|(?:don't|do not|dont|won't|will not|wont) (?:need to|have to) (?:worry|pay|apologi[sz]e|do anything))/i;
/** Whether the sentence clears the customer and the span lies in that clearing or before it (an opener leading into it). */
function customerCleared(text: string, span: readonly Token[]): boolean {
  const m = CLEARED.exec(text);
  if (!m || !span.length) return false;
  return span[0].start < m.index + m[0].length;
}

/** Words that make a customer's action a reproach: a negation is one too (t.neg). */
const REPROACH = /^(?:wrong|wrongly|incorrect|incorrectly|invalid|mistake|mistaken|mistakenly|error|forget|forgot|forgotten|fail|failed|miss|missed|ignore|ignored|instead|should|again|already|only|clearly|obviously|without|misread|misunderstood|misunderstand|late|twice|careless|carelessly|properly|correctly|fault|blame|breach|responsible|responsibility|own|yourself|old|outdated|expired)$/;

/** Whether a blame span is only "you" and its verbs ("You have entered", "you followed") in a sentence with no reproach. */
function toldBack(tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!span.length || !SECOND_PERSON.has(span[0].norm)) return false;
  if (!span.slice(1).every((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  return !tokens.some((t) => t.word && (t.neg || REPROACH.test(t.norm)));
}
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'u', 'ya']);
/** Parts of speech that name a thing (a command span made of these alone orders nothing). */
const NAMING_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'NUM']);

/** (ml32) Whether most of a sentence's words of two letters or more are written in capitals (at least three of them). */
export function shouted(tokens: readonly Token[]): boolean {
  let caps = 0;
  let all = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 2 || !/[A-Za-z]/.test(t.text)) continue;
    all++;
    if (t.text === t.text.toUpperCase()) caps++;
  }
  return caps >= 3 && caps * 3 >= all * 2;
}

// (ml32) inConditionEn lives in gates.clause.ts beside the clause gates that read it too.
export { inConditionEn };

/**
 * (ml32) An owned promise: "I will make sure this does not happen again", "we'll ensure the part is fitted": the agent
 * (I / we) promising to make sure, not telling the customer to. The first person within three words before "make sure"
 * or "ensure", with no "you" between.
 */
export function ownedPromise(tokens: readonly Token[], span: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  for (const t of span) {
    const k = words.indexOf(t);
    const head = t.lemma === 'ensure' ? k : t.norm === 'sure' && words[k - 1]?.lemma === 'make' ? k - 1 : -1;
    if (head < 0) continue;
    for (let j = head - 1; j >= Math.max(0, head - 4); j--) {
      const n = words[j].norm;
      if (n === 'you' || n === 'u') break;
      if (n === 'i' || n === 'we') return true;
    }
  }
  return false;
}

/**
 * (ml32) An obligation the agent shares or takes ("We all have to wait for the council", "I need to check with the
 * lab"): the nearest obligation word before the span or in it (must, have / has to, need to, should, got to) has "we" or
 * "I" within three words before it, and no "you" stands between it and the span's end ("We need you to sign" is read).
 */
export function selfObligation(tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!span.length) return false;
  const words = tokens.filter((t) => t.word);
  const end = words.indexOf(span[span.length - 1]);
  let ob = -1;
  for (let k = end; k >= Math.max(0, end - 6); k--) {
    const n = words[k].norm;
    if (n === 'you' || n === 'u' || n === 'your') return false;
    if (n === 'must' || n === 'should' || ((n === 'have' || n === 'has' || n === 'need' || n === 'needs' || n === 'got') && words[k + 1]?.norm === 'to')) {
      ob = k;
      break;
    }
  }
  if (ob < 0) return false;
  for (let j = ob - 1; j >= Math.max(0, ob - 3); j--) {
    const n = words[j].norm;
    if (n === 'we' || n === 'i') return true;
    if (words[j].clause !== words[ob].clause) break;
  }
  return false;
}

/** (ml33) Whether an ill-try span's "see" (in it or just after it) has the customer as its subject: "you'll see what we can do". */
export function customerSees(tokens: readonly Token[], span: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  const last = words.indexOf(span[span.length - 1]);
  const first = words.indexOf(span[0]);
  for (let k = first; k <= Math.min(words.length - 1, last + 2); k++) {
    if (words[k].lemma !== 'see') continue;
    const before = words.slice(Math.max(0, k - 3), k).map((t) => t.norm);
    return (before.includes('you') || before.includes('u')) && !before.includes('i') && !before.includes('we');
  }
  return false;
}

const OUTSIDE_HOURS = /\boutside\s+(?:of\s+)?(?:(?:our|the|your|their|normal|usual|regular|standard)\s+)?(?:[\w-]+(?:'s|\u2019s)\s+)?(?:(?:opening|office|business|working|school|surgery|clinic|shop|store|trading|staffed|support|service)\s+)?(?:hours|times)\b/gi;
/** (ml33) Whether the span lies in "outside (our shop's) opening hours / office hours / business times". */
export function outsideHours(text: string, span: readonly Token[]): boolean {
  if (!span.length) return false;
  OUTSIDE_HOURS.lastIndex = 0;
  for (let m = OUTSIDE_HOURS.exec(text); m; m = OUTSIDE_HOURS.exec(text)) {
    if (span[0].start >= m.index && span[span.length - 1].end <= m.index + m[0].length) return true;
  }
  return false;
}

/** (ml33) Whether an order is followed, in its sentence, by an alternative the customer may take: ", or you can / could / may …". */
export function alternativeOffered(text: string, span: readonly Token[]): boolean {
  if (!span.length) return false;
  return /^[^.!?]*?,?\s+or\s+(?:else\s+)?(?:you|u)\s+(?:can|could|may|might|are welcome to|'re welcome to|\u2019re welcome to)\b/i.test(text.slice(span[span.length - 1].end));
}

const LET_IT_UPSET = /\b(?:don['\u2019]?t|do\s+not|never)\s+let\s+(?:it|this|that|them|any\s+of\s+(?:this|that))\s+(?:put\s+(?:you|u)\s+off|worry\s+(?:you|u)|upset\s+(?:you|u)|get\s+(?:you|u)\s+down|stress\s+(?:you|u)(?:\s+out)?|bother\s+(?:you|u))\b/i;
const TRY_NOT_TO_FRET = /\btry\s+not\s+to\s+(?:get\s+)?(?:yourself\s+)?(?:worked\s+up|worry|panic|stress|fret)\b[^.!?]*\b(?:normal|expected|common|usual|nothing\s+to\s+worry\s+about)\b/i;
/** (thirty-third session) The sentence soothes the customer about a feeling (see gated). */
// Asked once per span of a sentence: the answer is kept for the last sentence read (a run-on's hundreds of spans would
// otherwise run both expressions over the whole run-on each: tests/unit/rewrite/linear33.test.ts).
let soothedText: string | undefined;
let soothedAnswer = false;
export function soothing(text: string): boolean {
  if (text !== soothedText) {
    soothedText = text;
    soothedAnswer = LET_IT_UPSET.test(text) || TRY_NOT_TO_FRET.test(text);
  }
  return soothedAnswer;
}

/** The customer's wish to put a slip right, told back to them: "(you) would like / want / wish / asked to correct it". */
const WISH_TO_CORRECT = /\b(?:you|u)\b[^.!?]{0,80}?\b(?:would like|want|wants|wish|wished|wanted|asked|hoping|(?:are|['\u2019]re) looking)\s+to\s+(?:correct|change|amend|update|fix)\b/i;
/** Whether a span's only word is one letter (a grade, a band, a row: "Band C", "Row B"); "I" and "u" are not names' parts. */
function loneLetter(span: readonly Token[]): boolean {
  const words = span.filter((t) => t.word);
  return words.length === 1 && words[0].text.length === 1 && /^[A-HJ-TV-Z]$/.test(words[0].text);
}
/** Approval of what the customer did, said in the sentence ("that is exactly right", "great thinking", "well done"). */
const APPROVED = /\b(?:exactly right|(?:that|which)(?:['\u2019]s| is| was) (?:right|correct|perfect|spot on|great|ideal)|great (?:thinking|idea|call|job|work)|good (?:thinking|call|job|work)|well done|spot on|nice (?:one|work))\b/i;
/** People the agent may have told something who are not the customer: a third party named after "told". */
const OTHER_PARTY = /^(?:the|my|our|his|her|their|him|them|driver|courier|team|manager|engineer|technician|colleague|colleagues|warehouse|store|shop|bank|carrier|supplier|landlord)$/;
/** Whether a pointing-back span ends on "told" and the next word names someone other than the customer. */
function toldSomeoneElse(tokens: readonly Token[], span: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  const last = words.indexOf(span[span.length - 1]);
  if (last < 0 || words[last].lemma !== 'tell') return false;
  const next = words[last + 1];
  return !!next && OTHER_PARTY.test(next.norm);
}
/**
 * (ml40) A conversation both sides had, recalled without the agent's "I said" ("As mentioned on the phone, the fitter comes
 * Tuesday", "as we discussed at the last visit"): it names a talk, not a repeat the customer missed. The writers mark "As I
 * said on the phone" and "As I explained on the phone" as dismissive (late20 … late36), and "As mentioned in my previous
 * email" or "as mentioned several times" are still read.
 */
const CONVERSATION_RECAP =
  /\bas (?:(?:we |we both |you and i )(?:discussed|agreed|arranged)|mentioned|discussed|agreed|arranged)\s+(?:(?:on|over|during) (?:the |our )?(?:phone|call|video call)|(?:at|during) (?:the |your |our )?(?:last |previous )?(?:visit|appointment|meeting|fitting|viewing|consultation)|when we (?:spoke|talked|met)|in person)\b/i;
const REPEAT_WORD = /\b(?:again|already|times|twice|several|multiple|many|repeatedly|still)\b/i;
export const conversationRecap = (text: string): boolean => CONVERSATION_RECAP.test(text) && !REPEAT_WORD.test(text);
/** A first person in the clause of a span: the agent's side ("we didn't answer"), not the customer's. */
const OUR_SIDE: ReadonlySet<string> = new Set(['we', 'i', 'us', 'our', 'my', "we've", "i've", "we're", "i'm"]);
const YOUR_SIDE: ReadonlySet<string> = new Set(['you', 'your', 'u', 'ur', 'yours', 'yourself']);
/**
 * (ml40) Our own failure apologised for ("So sorry we didn't answer over the weekend, thanks for waiting"): a blame span in
 * a clause whose person is ours alone, in a sentence that apologises, owns the fault; it blames nobody ("Sorry, but you
 * didn't answer" is still read).
 */
export function ownFailureApologised(tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!span.length || !tokens.some((t) => t.word && APOLOGY_WORD.test(t.norm))) return false;
  const clauses = new Set(span.map((t) => t.clause));
  const inClause = tokens.filter((t) => t.word && clauses.has(t.clause));
  return inClause.some((t) => OUR_SIDE.has(t.norm)) && !inClause.some((t) => YOUR_SIDE.has(t.norm));
}
/** A harm denied, then "because you …": the customer's step spared them the harm. */
const HARM_AVOIDED_BY_YOU = /\b(?:not|n['\u2019]t|never)\s+(?:been\s+|get\s+|got\s+)?(?:damaged|broken|break|lost|charged|affected|harmed|hurt|delayed|cancell?ed|scratched|cracked|stolen|declined|blocked)\b[^.!?]*\bbecause\s+(?:you|u)\b/i;

/** (data35) The modals of a consequence: "that would be a breach", "you could lose the discount", "it might void the warranty". */
const CONSEQUENCE_MODAL: ReadonlySet<string> = new Set(['would', 'could', 'might']);
/** (data35) Verbs of knowing or noticing: "if you read it you would know" tells the customer they did not read it. */
const KNOWING: ReadonlySet<string> = new Set(['know', 'understand', 'see', 'realise', 'realize', 'notice', 'find', 'remember', 'aware', 'spot', 'recall', 'recognise', 'recognize', 'learn']);
/** (data35) Words in a condition that point at what the customer failed to do ("if you actually read it", "if you had bothered"). */
const POINTED_CONDITION = /^(?:actually|bother|bothered|properly|carefully|closely|correctly|only|just|already|again|even|listened|followed)$/;
const pastForm = (t: Token): boolean => (t.pos === 'VERB' || t.pos === 'AUX') && t.norm !== t.lemma && !/(?:ing|s)$/.test(t.norm) && t.lemma !== 'be';

/**
 * (data35) A hypothetical consequence: "If the invoice isn't paid, that would be a breach of the contract", "If you cancel
 * now you would lose the discount". An "if / unless" before the span, then a would / could / might the span reaches or
 * follows: the agent tells what a case would lead to, information, not the customer blamed or waved off. Still read: a
 * counterfactual past in the condition ("If you had read the email", "if you'd read it": the layer reads that 'd as
 * "would"), a consequence in the past ("you would have known"), a consequence of knowing ("you would know / see / be
 * aware"), and a condition that points ("if you actually read it", "if you followed the steps properly").
 */
export function hypotheticalConsequence(tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!span.length) return false;
  const words = tokens.filter((t) => t.word);
  const first = words.indexOf(span[0]);
  const last = words.indexOf(span[span.length - 1]);
  if (first < 0 || last < 0) return false;
  let c = -1;
  for (let k = first - 1; k >= 0; k--) {
    if (words[k].norm === 'if' || words[k].norm === 'unless') {
      c = k;
      break;
    }
  }
  if (c < 0) return false;
  // One modal after the condition, in the whole sentence: a second is the condition's own (a counterfactual "you'd read",
  // a request "if you could send") or a second consequence; either way not the plain case.
  const modals: number[] = [];
  for (let k = c + 1; k < words.length; k++) if (CONSEQUENCE_MODAL.has(words[k].norm)) modals.push(k);
  if (modals.length !== 1 || modals[0] === c + 1) return false;
  const m = modals[0];
  // The condition: no pluperfect, no "should", no pointing word.
  const cond = words.slice(c + 1, m);
  if (cond.some((t, j) => t.norm === 'should' || (t.norm === 'had' && cond[j + 1] && pastForm(cond[j + 1])) || POINTED_CONDITION.test(t.norm))) return false;
  // The consequence: not in the past ("would have known"; "would have to pay" is an obligation, read as one).
  const next = words.slice(m + 1, m + 5);
  if (next[0]?.norm === 'have' && next[1]?.norm !== 'to') return false;
  if (next[0]?.norm === 'not' && next[1]?.norm === 'have' && next[2]?.norm !== 'to') return false;
  if (next.some((t) => KNOWING.has(t.lemma) || KNOWING.has(t.norm))) return false;
  // The span lies in the consequence (it reaches the modal or follows it), not in the condition.
  return last >= m - 1 && first > c;
}

/** (data35) What a customer enjoys: the object of a wish, not of a hedge. */
const ENJOYING: ReadonlySet<string> = new Set(['enjoy', 'enjoyed', 'enjoying', 'love', 'loved', 'fun', 'treasure', 'cherish', 'delight', 'delighted']);
/** (data35) Who may like a thing: "like" counts as enjoying only after one of these ("in like 5 days" is a filler). */
const LIKER: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'they', 'we', 'i', 'she', 'he', 'kids', 'will', 'would', 'really']);
/** (data35) Words that put a result on a date or a clock: "hopefully by Friday" hedges a result, whatever is enjoyed. */
const WHEN: ReadonlySet<string> = new Set(['by', 'before', 'until', 'till', 'til', 'within', 'tomorrow', 'tmrw', 'today', 'tonight', 'weekend', 'next', 'soon', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'am', 'pm', 'arrive', 'arrives', 'ready', 'fixed', 'done', 'day', 'days', 'week', 'weeks', 'hour', 'hours', 'minute', 'minutes', 'mins', 'month', 'months']);
/**
 * (data35) A wish for the customer's enjoyment: "Hopefully the new sofa can be enjoyed for years!", "hopefully u love it":
 * an ill-try span of "hopefully" alone, in a sentence that names enjoying, with no negation and nothing put on a date.
 */
export function wishedEnjoyment(tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!span.length || !span.every((t) => !t.word || t.norm === 'hopefully')) return false;
  const words = tokens.filter((t) => t.word);
  const enjoys = words.some((t, k) => ENJOYING.has(t.norm) || ENJOYING.has(t.lemma) || (t.norm === 'like' && LIKER.has(words[k - 1]?.norm ?? '')));
  return enjoys && !words.some((t) => t.neg || WHEN.has(t.norm));
}

/** Whether a span of `category` over `span` tokens of the sentence is a look-alike its kind's gate leaves alone. */
function gated(category: string, text: string, tokens: readonly Token[], span: readonly Token[]): boolean {
  if (!KIND_GATE.on) return false;
  // (thirty-third session, after the retrain on the merged rules) Soothing the customer: "Don't let it put you off",
  // "Try not to get yourself worked up if the dressing looks red at first, that is normal": the negation spares a feeling,
  // it refuses nothing (a bare "try not to get worked up" with no reassurance is a calm-down the rules read).
  if (category !== 'dismissive' && soothing(text)) return true;
  // (session 29) A reflex-apology span names an apology: "caused" after a stock apology a rule already flagged is the
  // wrong words ("I do apologise for the inconvenience this has caused").
  if (category === 'apology-reflex' && !span.some((t) => APOLOGY_WORD.test(t.norm))) return true;
  // (data35) A hypothetical consequence ("If you cancel now you would lose the discount") is information: the case and
  // what it would lead to, not the customer blamed, waved off or talked down to (hypotheticalConsequence).
  if (HYPOTHETICAL_GATE.on && (category === 'blame' || category === 'dismissive' || category === 'passive-aggressive') && hypotheticalConsequence(tokens, span)) return true;
  // (ml30) The customer cleared ("You are not responsible for the charge", "Honestly, you have nothing to apologise for"):
  // a disclaimer or a candour opener read there is the reassurance itself, or leads into it.
  if ((category === 'not-my-dept' || category === 'to-be-honest') && customerCleared(text, span)) return true;
  // (thirty-fifth session, after the retrain with train35) "To be fair to you, the label was hard to read": a candour
  // opener on the customer's side (one is said against them).
  if (category === 'to-be-honest' && FAIR_TO_YOU.test(text)) return true;
  // (ml40, after the retrain with late38) "Frankly, what a lovely idea for a birthday present": a candour opener before
  // praise intensifies the praise, as the rules read it (neutral15.en.ts praiseAfterCandour).
  if (category === 'to-be-honest' && praiseAfterCandour(text)) return true;
  // (thirty-first session, after the merges' retrain) "Sorry for the trouble you've had with the app": sympathy for what the
  // customer went through, named, is no reflex (a stock "sorry for any inconvenience" is the packs').
  if (category === 'apology-reflex' && /\byou(?:['\u2019]ve| have)? (?:had|experienced|been through|went through|faced|ran into|run into)\b/i.test(text)) return true;
  // (after the merges) The categories ml31 showed again, read at 0.5, met the Bitext agent lines of dev and test and the
  // out-of-domain reframes: a jargon span must hold a term's shape (capitals inside, a digit, a joined code), not an
  // everyday word ("committed to providing you"); a command span needs the customer told to ("you", "your") or an
  // obligation (must, have to, need to, required), not a plain instruction ("Fill in the required shipping details");
  // a passive-aggressive span of one word needs a pointing word by it (as, per, again, already, clearly, kindly …).
  if (category === 'jargon' && !span.some((t) => /[A-Z].*[A-Z]|\d|[a-z][A-Z]|\w[-_/]\w/.test(text.slice(t.start, t.end)))) return true;
  // (ml32) A sentence written in capitals (shouted, or a subject line) gives every word a term's capitals: only a digit or
  // a joined code is a term's shape there ("KIBBLE RESTOCK IS NOT TILL MONDAY"; not "ORDER RX-2291 IS ON HOLD").
  // (ml32) A refusal read inside a condition is the case the sentence names, not a refusal of it ("the tuning can still
  // be done even if the piano has not been played"): the folds' one neutral the clause cues added.
  if ((category === 'refusal' || category === 'time-refusal' || category === 'system') && inConditionEn(tokens, span)) return true;
  // (ml32) "I will make sure this does not happen again": the agent's own promise, after the retrain with late31.
  if ((category === 'passive-aggressive' || category === 'command') && ownedPromise(tokens, span)) return true;
  // (ml32) "We all have to wait for the council on this one": an obligation the agent shares is no order to the customer.
  if (category === 'command' && selfObligation(tokens, span)) return true;
  // (lead, after the merges' retrain) A harm that did not happen, credited to the customer ("The screen was not damaged
  // because you put the case on, lucky!"): praise, not blame (rwen32's contrast of its cause-blame kind).
  if (category === 'blame' && HARM_AVOIDED_BY_YOU.test(text)) return true;
  if (category === 'blame' && blameAsked(text, tokens)) return true;
  // (thirty-seventh session, before the retrain with late36) "I see that you have put the wrong flat number on the order
  // and would like to correct it": a slip told back with the customer's own wish to put it right is their request, read
  // back to them; nobody is blamed ("You put the wrong flat number on" alone is still read).
  if (category === 'blame' && WISH_TO_CORRECT.test(text)) return true;
  // (thirty-seventh session) A refusal needs words: a span of one lone letter ("the box sits in Band C until spring") is a
  // name's part, not "can't" or "won't".
  if ((category === 'refusal' || category === 'time-refusal') && loneLetter(span)) return true;
  // (thirty-seventh session, after the retrain with late36) "It opened because you have pressed the catch, that is exactly
  // right": the customer's step praised in the same sentence is no blame ("… because you pressed it too hard" is read).
  if (category === 'blame' && APPROVED.test(text) && !tokens.some((t) => t.neg)) return true;
  // (thirty-seventh session) "As I told the driver this morning, the gate code is 4471": what the agent told someone else
  // points back at nobody; "As I told you" and "As I told" with nobody named are still read.
  if ((category === 'dismissive' || category === 'passive-aggressive') && toldSomeoneElse(tokens, span)) return true;
  if ((category === 'dismissive' || category === 'passive-aggressive') && conversationRecap(text)) return true;
  if (category === 'blame' && ownFailureApologised(tokens, span)) return true;
  if (category === 'jargon' && shouted(tokens) && !span.some((t) => /\d|\w[-_/]\w/.test(text.slice(t.start, t.end)))) return true;
  // (data35, after the retrain with the writer splits weighted twice) "Hopefully the new sofa can be enjoyed for years!":
  // a wish for the customer's enjoyment is no hedge ("Hopefully we can have the boiler fixed by the weekend" is read).
  if (category === 'ill-try' && wishedEnjoyment(tokens, span)) return true;
  // (ml33, after the retrain with late32) "You'll see what we can do once you try the new app!": the customer is the one
  // who will see, a boast of what the team can do, not the agent's hedge ("I'll see what I can do" is read).
  if (category === 'ill-try' && customerSees(tokens, span)) return true;
  // (ml33) "Deliveries outside our shop's opening hours are left in the safe box": "outside" a time (opening, office,
  // business hours) says when, not whose job it is ("That's outside our remit" is read).
  if (category === 'not-my-dept' && outsideHours(text, span)) return true;
  // (ml33) "Make sure you bring the warranty card, or you can show it on the app": an instruction with an alternative
  // offered is no order with a threat ("…, or we can't let you board" is read).
  if (category === 'command' && alternativeOffered(text, span)) return true;
  if (category === 'command' && !tokens.some((t) => SECOND_PERSON.has(t.norm) || t.norm === 'your' || OBLIGATION.has(t.norm))) return true;
  // (thirty-fourth session, after the retrain with train34) An order is said with a verb, a modal or the customer named:
  // a span of nouns and their determiners alone ("option" in "Look for the option to edit the data on your account")
  // names a thing in an instruction, it orders nothing.
  if (category === 'command' && span.every((t) => !t.word || NAMING_POS.has(t.pos))) return true;
  // (thirty-fifth session, after the retrain with late34) "Once you have read the terms, just tick the box": a step the
  // customer will take, named in a time clause (once, after, when, as soon as, until, before), sets up the next step; it
  // points at nothing the customer failed to do. A pointing word by it ("once you have read it again") is still read.
  if ((category === 'passive-aggressive' || category === 'blame') && timeClauseStep(tokens, span)) return true;
  // (thirty-fifth session, after the retrain with train35) "Don't bother printing the ticket again, the email is fine"
  // spares the customer a step, it refuses nothing.
  // (thirty-seventh session, after the retrain with late36: read as policy too) any category the span is read as.
  if (span.some((t) => t.lemma === 'bother') && /\b(?:don['’]?t|do not|no need to)\s+bother\b/i.test(text)) return true;
  // (ml37, a fold reader with the run reach) "… so we've swapped in the chicken tikka - you're gonna love it!": the
  // customer's enjoyment foreseen orders nothing and blames nobody, whatever category it is read as ("you're going to
  // have to wait" and "you won't like this" are still read).
  if (enjoymentForeseen(tokens, span)) return true;
  if (category === 'passive-aggressive' && span.length === 1) {
    const i = tokens.indexOf(span[0]);
    if (!tokens.slice(Math.max(0, i - 3), i + 4).some((t) => POINTING.has(t.norm))) return true;
  }
  // "Don't let it put you off": a system's refusal is never an order to the customer (the span opens on "don't / do not").
  if (category === 'system' && span.length && (span[0].norm === 'don\'t' || span[0].norm === 'dont' || span[0].norm === 'do') && tokens.filter((t) => t.word)[0] === span[0]) return true;
  switch (category) {
    case 'not-my-dept':
    case 'apology-reflex':
      // "That's a billing question, not a tech one, so I've passed it on"; "Sorry, we sent it to the wrong team, my mistake":
      // the agent says what was done with the request, or owns a wrong routing.
      return handedOn(tokens) || (/\bwrong\b/i.test(text) && (OWNED.test(text) || /\b(?:sorry|apologi[sz]e|apologies)\b/i.test(text)));
    case 'ill-try': {
      // "We'll do our best to help / resolve it" promises help, not a hedged result; "I did my best", "we always do our best"
      // tell what was or is done.
      const b = tokens.findIndex((t) => t.norm === 'best');
      if (b < 0 || !span.some((t) => t.norm === 'best' || t.lemma === 'do')) return false;
      const before = tokens.slice(Math.max(0, b - 4), b);
      if (before.some((t) => t.norm === 'did' || t.norm === 'always')) return true;
      const after = tokens.slice(b + 1, b + 4).filter((t) => t.word);
      return after[0]?.norm === 'to' && HELP_VERBS.has(after[1]?.lemma ?? '');
    }
    case 'dismissive': {
      if (gated('passive-aggressive', text, tokens, span)) return true;
      // (session 30) "Don't panic if the screen goes dark during the update", "no need to worry when the light blinks": a
      // reassurance ahead of a case the agent names, not the customer's worry waved off.
      const after = tokens.slice(tokens.indexOf(span[span.length - 1]) + 1).find((t) => t.word);
      if (after && (after.norm === 'if' || after.norm === 'when' || after.norm === 'while')) return true;
      // "you can relax, the refund has gone through", "the massage helps you relax": a permission or a purpose, not "Relax!".
      const r = span.find((t) => t.lemma === 'relax');
      if (!r) return false;
      const i = tokens.indexOf(r);
      const prev = tokens.slice(0, i).filter((t) => t.word).pop();
      return !!prev && NOT_ORDER.has(prev.norm);
    }
    case 'passive-aggressive': {
      // "I'm not sure I said that clearly", "my earlier email wasn't clear": the agent doubts their own clarity (owning it),
      // not "as I clearly said". A first person just before a negation, the clarity word just after it.
      const words = tokens.filter((t) => t.word);
      // (ml31) Read at 0.5 the span may stop before the clarity word ("I'm not sure I said | that clearly"): take one
      // within three words after it.
      const isClear = (t: Token) => t.lemma === 'clear' || t.norm === 'clearly';
      const last = words.indexOf(span[span.length - 1]);
      const c = span.find(isClear) ?? words.slice(last + 1, last + 4).find(isClear);
      if (!c) return false;
      const wi = words.indexOf(c);
      return words.some((n, k) => n.neg && k < wi && wi - k <= 5 && words.slice(Math.max(0, k - 3), k).some((t) => FIRST_PERSON.has(t.norm)));
    }
    case 'blame':
      // (ml31) The customer's own action told back ("You have entered the correct postcode", "you booked the last slot"):
      // a span of "you" and its verbs alone, in a sentence with no word of reproach, is news, not blame.
      return toldBack(tokens, span);
    case 'to-be-honest': {
      // "I'll be honest in my review", "be honest about the symptoms": honesty about something, not a candour opener.
      const h = span.find((t) => t.norm === 'honest');
      if (!h) return false;
      const next = tokens.slice(tokens.indexOf(h) + 1).find((t) => t.word);
      return !!next && HONEST_ABOUT.has(next.norm);
    }
    default:
      return false;
  }
}

/**
 * Negative spans of one English sentence (offsets into it). A span that starts or ends inside a written word (the
 * language layer reads "cant" as "ca" + "nt") takes the whole word; spans that then touch are one.
 */
export function readNegEnWith(model: NegModel, text: string, tokens: readonly Token[], threshold = model.threshold): LearntHit[] {
  const hits = readSpans(EN, model, text, tokens, wordIndices(tokens), threshold);
  const out: LearntHit[] = [];
  // A conclusion ("you must have had the old form") is no order and no blame: a clause with an epistemic modal is left
  // to the rules, as the engine leaves a command rule's match on it.
  const epistemic = new Set(tokens.filter((t) => t.epistemic).map((t) => t.clause));
  // A rule named where nothing is refused ("it's our policy to check every car twice", "the house rules are in the
  // welcome pack") is information: a policy span needs a refusal, a restriction or an obligation in its sentence.
  const restricts = tokens.some((t) => t.neg || RESTRICTION.has(t.lemma));
  const within = spanTokens(tokens);
  for (const h of hits) {
    if (!EN_SHOWN.all && !EN_CATEGORIES.has(h.category)) continue;
    if (!passesCategory(h, CATEGORY_THRESHOLD_EN)) continue;
    if (h.category === 'policy' && !restricts) continue;
    if (epistemic.size && within(h.start, h.end, (t) => epistemic.has(t.clause)).length) continue;
    const spanWords = within(h.start, h.end, (t) => t.word);
    if (gated(h.category, text, tokens, spanWords)) continue;
    // (ml33) The clause gates the folds kept (gates.clause.ts: a refusal read in a clause that refuses nothing).
    if (KIND_GATE.on && clauseGateEn(h.category, text, tokens, spanWords)) continue;
    // (ml32) The span trimmed at its edges (span-trim.ts): what the panel highlights.
    let { start, end } = h;
    const trimmed = trimSpan('en', spanWords, contentWord);
    if (trimmed) [start, end] = trimmed;
    while (start > 0 && LETTER.test(text[start - 1]) && LETTER.test(text[start])) start--;
    while (end < text.length && LETTER.test(text[end]) && LETTER.test(text[end - 1])) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.p = Math.max(last.p, h.p);
    } else out.push({ ...h, start, end });
  }
  if (LEARNT_TRACE.hits) for (const hit of out) LEARNT_TRACE.hits.push({ text, hit });
  return out;
}

/**
 * (ml31) Per-category thresholds above the model's, chosen on the leave-one-split-out folds (scripts/learnt-cv-thresholds.ts
 * over a `neg-en-cv.ts --dump`): a span of a category listed is shown only when its highest word probability reaches
 * its threshold. Evaluation may replace the entries.
 */
export const CATEGORY_THRESHOLD_EN: Record<string, number> = {
  // The model reads at 0.5 (its weights' threshold); every category but commands and jargon needs 0.65, as before
  // ml31, and blame 0.75 (at 0.5 a blame span flagged a neutral of late29 and gained nothing at 0.65).
  refusal: 0.65,
  'time-refusal': 0.65,
  unfortunately: 0.65,
  policy: 0.65,
  dismissive: 0.65,
  'not-knowing': 0.65,
  'not-my-dept': 0.65,
  system: 0.65,
  'ill-try': 0.65,
  'to-be-honest': 0.65,
  'passive-aggressive': 0.65,
  'apology-reflex': 0.65,
  blame: 0.75,
};

/** The shipped model's negative spans of one English sentence (offsets into it); none while the model is loading. */
export function readNegEn(text: string): LearntHit[] {
  const model = negEnModel();
  return model ? readNegEnWith(model, text, analyzeSentenceTokens(text)) : [];
}
