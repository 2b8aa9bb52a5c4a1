/**
 * The twenty-eighth session's English kinds by category (rwenb28, issue 12): kinds seen in the misses of at least three
 * writers of late20-late27, read in the tenth pass (./kinds22.en.ts) behind cheap gates, each tried first on
 * scripts/en-kinds28b-matrix.ts (positives and close contrasts in other trades, spellings and voices):
 *
 * - **a reflex apology before a plain question** (`readSorryBeforeAsk`, gate: the sentence ends with "?" and holds an
 *   apology word): "Sorry, could you …?", "sorry what time …?", "Sorry to ask, which …?", "Sorry, just to check, is it …?".
 *   The apology opens the sentence (after a greeting) and the question follows at once; nothing is named to be sorry for.
 *   Never sympathy ("sorry to hear"), an apology with its reason ("sorry for the wait", "Sorry the courier missed you"), a
 *   question about the agent's own slip ("Sorry, did I / we …?"), a sentence with a word of bad news or a fix (the list of
 *   ./kinds22.en.ts's reflex apology), a request not to do something.
 * - **a second back-office code beside one** (`readCodeBesideCode`, gate: two tokens in capitals): a sentence holding two
 *   or more unexplained codes of the office ("submit the K12 to the LRO", "waiting on the FTR before we can release your
 *   DB"): each is flagged, since a sentence of codes is written for a colleague, not the customer. A code is two to five
 *   capitals no list of known capitals holds, standing where a noun would (after a determiner, a possessive or a
 *   preposition within two words) (./jargon.caps.en.ts's `unknownCaps`), or one or two capitals and one or two
 *   digits ("K12", "C2") beside such a code, or a two-letter closed word in capitals after "your / the" ("your DB", "the
 *   DO"). Never a code explained in brackets or by "which means", a reference with three or more digits, a sentence in
 *   capitals.
 *
 * Every hit is advice (no text change): only the agent knows the plain words.
 */
import type { Token } from '../../nlp/index.ts';
import { KNOWN_CAPS_EN, unknownCaps } from './jargon.caps.en.ts';
import { KNOWN, explainedAt } from './jargon.ts';
import { readNormPatterns, type NormPattern } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

// ---------------------------------------------------------------- a reflex apology before a plain question

/** Greetings and fillers before the apology (as ./kinds22.en.ts's LEAD, with "!" after a greeting). */
const LEAD = String.raw`(?:(?:hi|hiya|hello|hey|morning|afternoon|evening|oh|ah|ahh|ok|okay|right|sure|so)(?: [a-z]+)? (?:[,!] )?)*`;
/** The apology: "sorry", "so sorry", "apologies", "sorry to ask / to bother you", chat spellings. */
const SORRY = String.raw`(?:(?:so|really|very|super) )?(?:sorry|sry|soz|apologies|apols)(?: to (?:ask|bother you|bug you|trouble you|pester you|chase))?`;
/** Between the apology and the question: a comma, a dash, "but", "just to check / confirm", "quick question". */
const JOIN = String.raw`(?: (?:[,:–—-]|!))?(?: (?:but|just to (?:check|confirm|double check|double-check)|quick question|one (?:quick )?question)(?: (?:[,:–—-]))?)?`;
/** The head of a question to the customer: a modal or "do / did / are / was" with "you", or a wh-word. */
const ASK = String.raw`(?:(?:could|can|would|will|do|did|are|were|have) you\b|would (?:[a-z0-9]+ ){1,4}(?:be|work|suit)\b|(?:is|was) (?:it|that|this)\b|(?:what|which|when|where|how|who|whose)\b)`;

/** The agent's own slip asked about, bad news, a fix, a reason: the apology then has a cause (as kinds22's APOLOGY_REASON). */
const REASON = /\b(?:not|no|never|cannot|unable|unavailable|delay|delays|delayed|late|later|wait|waiting|waited|mistake|error|wrong|missed|miss|problem|problems|issue|issues|trouble|inconvenience|confusion|lost|damaged|broken|cancel|cancelled|canceled|closed|full|sold|only|hear|heard|loss|fault|forgot|forget|mix|mixup|mix-up|oversight|slip|typo|again|instead|still|unfortunately|afraid|sadly|earlier|previous|correct|corrected|actually|meant|rather|now|moved|rebooked|changed|updated|replacement|resent|re-sent|fixed|refund|refunded|rubbish|awful|terrible)\b|\b(?:did|have|had|was|were|am|do) (?:i|we)\b/;

const SORRY_PATTERNS: readonly NormPattern[] = [
  {
    re: new RegExp(String.raw`^${LEAD}${SORRY}(?=${JOIN} ${ASK})`),
    construction: 'reflex-apology',
    category: 'over-apology',
    need: /\? *$/,
    not: REASON,
  },
];

export function sorryBeforeAskMayStart(toks: readonly Token[]): boolean {
  let q = false;
  let s = false;
  for (const t of toks) {
    if (t.text === '?') q = true;
    else if (/^(?:sorry|sry|soz|apologies|apols)$/.test(t.norm)) s = true;
  }
  return q && s;
}

export function readSorryBeforeAsk(toks: Token[]): GenericHit[] {
  return readNormPatterns(SORRY_PATTERNS, toks);
}

// ---------------------------------------------------------------- a second back-office code beside one

/** Letters and digits: "K12", "C2", "G7" (never three digits or more: a reference). */
const LETTER_DIGIT = /^[A-Z]{1,2}[0-9]{1,2}$/;
/** Closed words that are also office codes after "your / the / a": "your DB", "the DO". */
const CLOSED_CODE = /^[A-Z]{2}$/;

function shouting(toks: readonly Token[]): boolean {
  const letters = toks.filter((t) => t.word && /[a-z]/i.test(t.text));
  return letters.length > 0 && letters.filter((t) => t.text === t.text.toUpperCase()).length > letters.length / 2;
}

/** Whether token k is a code of letters no list knows. */
function letterCode(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t.word || KNOWN.has(t.norm)) return false;
  if (unknownCaps(t)) return true;
  // "your DB", "the DO": a two-letter closed word in capitals after a determiner (known capitals are left: "the US", "the IT").
  return CLOSED_CODE.test(t.text) && t.lang === 'en' && !KNOWN_CAPS_EN.has(t.norm) && k > 0 && /^(?:your|the|our)$/.test(toks[k - 1].norm);
}

/** A code stands where a noun of the office would: after a determiner, a possessive or a preposition, within two words
 * ("the K12", "your MCB", "the next QAP", "to the LRO"); an emphatic capital in a tweet ("so much CRAP", "submit SURF stuff")
 * does not. */
const SLOT = /^(?:the|a|an|your|ur|our|their|its|this|that|to|on|at|in|into|onto|from|by|with|via|of|for|under|awaiting|pending)$/;
function inSlot(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1, seen = 0; j >= 0 && seen < 2; j--) {
    if (!toks[j].word) {
      if (/[,.;!?:()]/.test(toks[j].text)) return false;
      continue;
    }
    seen++;
    if (SLOT.test(toks[j].norm)) return true;
    // Only a modifier between: "the next QAP", "zone 3 PIR"; never a verb ("to submit SURF").
    if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return false;
  }
  return false;
}

/** A plate or a postcode: a letter-digit part beside a part in capitals ("AB12 CDE", "SW1A 1AA"). */
function platePart(toks: readonly Token[], k: number): boolean {
  const near = (j: number) => j >= 0 && j < toks.length && toks[j].word && /^[A-Z0-9]{2,4}$/.test(toks[j].text) && /[0-9]/.test(toks[j].text + toks[k].text);
  return near(k - 1) || near(k + 1);
}

/** Abbreviations every customer of the trade reads, beyond the shared lists. */
const EVERYDAY = new Set(['ni', 'nda', 'vat', 'sla']);

export function codeBesideCodeMayStart(toks: readonly Token[]): boolean {
  let n = 0;
  for (const t of toks) if (t.word && /^[A-Z][A-Z0-9]{1,4}$/.test(t.text) && ++n >= 2) return true;
  return false;
}

export function readCodeBesideCode(toks: Token[], text: string): GenericHit[] {
  if (shouting(toks)) return [];
  const letters: number[] = [];
  const digits: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.word) continue;
    if (!inSlot(toks, k) || platePart(toks, k) || EVERYDAY.has(t.norm)) continue;
    if (letterCode(toks, k)) letters.push(k);
    else if (LETTER_DIGIT.test(t.text) && !KNOWN.has(t.norm)) digits.push(k);
  }
  const codes = [...letters, ...digits].filter((k) => !explainedAt(text, toks[k].start, toks[k].end));
  // Two distinct codes, at least one of letters.
  if (new Set(codes.map((k) => toks[k].text)).size < 2 || !codes.some((k) => letters.includes(k))) return [];
  return codes.sort((a, b) => a - b).map((k) => ({ start: toks[k].start, end: toks[k].end, category: 'jargon', construction: 'internal-jargon' }));
}
