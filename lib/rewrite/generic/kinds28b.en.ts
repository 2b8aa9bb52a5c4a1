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
 *   capitals, a code naming a kind of thing the customer holds ("the MKV file", "the MP4 one").
 * - **a step of ours put off, before a time or an event** (`readNotBeforeEvent`, gate: "until / till / before" and a "not"):
 *   the forms ./kinds26.en.ts's `readNotBeforeTime` leaves: a verb of starting, attending, visiting, running, being out or
 *   due ("the course does not start before 12 May", "a surveyor cannot attend before the scaffolding has been signed off",
 *   "the groomer isnt out your way till weds"), a passive of a step done for the customer ("claims arent assessed until
 *   after the excess has been paid"), a time after "after" or in a short form ("thurs", "the 14th"), an event of the case
 *   ("until the permit has been issued"). Over the auxiliary, the negation and the predicate up to "until / before". Never
 *   the customer as subject or an imperative, a harm, a cost, a cover or a removal put off (a money or harm word before
 *   "until": "your card", "road closure", "isn't emptied"), good news in the sentence ("so there's plenty of time", "so
 *   access is fine"), a question, a person's step after "until" ("until you confirm").
 * - **an obligation in a form the pack does not list** (`readObligationForm`, gate: "going", "tae", or "need" and "be"): the
 *   future "you're going to need to / ur gonna have to / youre gonna hafta", the learner "u need be (in)", the Scots "ye'll
 *   have tae". Never a condition or a question ("if you're going to need to cancel", "are you going to need to park?"), a
 *   burden lifted ("you're not going to need to"), the agent's or a third party's step ("I'm gonna need to check", "They're
 *   gonna need to sign"), "if need be".
 * - **a reference back to an earlier message as a reproach** (`readReferBack`, gate: "refer" or "remind"): "I refer you
 *   (again) to my email / our letter of …" (talking-down) and "Just to remind you again, …" / "tae remind ye again"
 *   (pointed-reminder). Never a referral to a person, a team or a page ("I'll refer you to our specialist team", "Please
 *   refer to the attached guide"), a plain reminder without "again", a reminder the agent will send ("I'll remind you
 *   again the day before").
 *
 * Every hit is advice (no text change): only the agent knows the plain words.
 */
import type { Token } from '../../nlp/index.ts';
import { KNOWN_CAPS_EN, unknownCaps } from './jargon.caps.en.ts';
import { KNOWN, explainedAt } from './jargon.ts';
import { readNormPatterns, registerNormPatterns, type NormPattern } from './norm-patterns.en.ts';
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

/** A code naming a kind of thing the customer holds: "the MKV file", "the MP4 one", "a USB-C cable", "an AA battery". */
const KIT_NOUNS = new Set(`file files format formats cable cables lead leads port ports plug plugs adapter adaptor card cards version versions
  model models player disc discs disk disks drive drives charger chargers socket sockets battery batteries size sizes paper bulb bulbs fuse
  fuses one ones type types setting settings mode button`.split(/\s+/));
function kitCode(toks: readonly Token[], k: number): boolean {
  const j = wordIdx(toks, k + 1);
  return j > 0 && KIT_NOUNS.has(toks[j].norm);
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
    if (!inSlot(toks, k) || platePart(toks, k) || EVERYDAY.has(t.norm) || kitCode(toks, k)) continue;
    if (letterCode(toks, k)) letters.push(k);
    else if (LETTER_DIGIT.test(t.text) && !KNOWN.has(t.norm)) digits.push(k);
  }
  const codes = [...letters, ...digits].filter((k) => !explainedAt(text, toks[k].start, toks[k].end));
  // Two distinct codes, at least one of letters.
  if (new Set(codes.map((k) => toks[k].text)).size < 2 || !codes.some((k) => letters.includes(k))) return [];
  return codes.sort((a, b) => a - b).map((k) => ({ start: toks[k].start, end: toks[k].end, category: 'jargon', construction: 'internal-jargon' }));
}

// ---------------------------------------------------------------- a step of ours put off, before a time or an event

/** Active verbs of a step of ours starting or coming (forms as written): "doesn't start before", "can't attend until". */
const STEP_VERBS = /^(?:start|starts|starting|begin|begins|beginning|commence|commences|commencing|attend|attending|visit|visiting|run|runs|running|resume|resumes|resuming|restart|restarts|restarting|come|comes|coming|out|due)$/;
/** Participles of a step of ours done for the customer (a passive): "aren't assessed until", "are not scheduled before". A
 * removal or a harm ("emptied", "towed", "deleted") is never read: put off, it is good news. */
const STEP_PARTICIPLE = /^(?:processed|assessed|reviewed|packed|issued|booked|scheduled|approved|released|dispatched|despatched|posted|fitted|installed|checked|actioned|considered|confirmed|refunded|credited|delivered|shipped|sent|activated|repaired|replaced|collected|answered|returned|printed|published|allocated|assigned|arranged|completed|finalised|finalized|looked|seen|done|run|opened|reopened|resolved|fixed|handled|picked|prepared|made|built|tested|marked|graded|uploaded|updated|restocked|serviced|inspected|surveyed|valued|paid)$/;
/** A harm, a cost or a cover put off: good news, never flagged ("your card won't be charged until", "cover doesn't end"). */
const HARM_WORDS = new Set(`charge charged charging billed billing bill fee fees price prices payment debit debited taken deposit rent interest
  penalty fine fined cost costs tax invoice invoiced expire expires expiring expiry end ends ending cover covered warranty guarantee
  protected cancel cancelled canceled delete deleted removed suspend suspended disconnect disconnected locked lock locks close closes
  closed shut cut renew renewed renewal increase increased raised loan loans mortgage repayment repayments instalment instalments installment
  balance arrears overdraft debt money closure closures roadworks works emptied emptying cleared wiped disposed scrapped lapsed towed
  clamped repossessed`.split(/\s+/));
/** Short and long names of a time: days (with their short forms), months, terms, seasons, holidays. */
const TIME_NAMES = new Set(`today tonight tomorrow tmrw tmr monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur
  thurs fri sat sun weekend week month year january february march april may june july august september october november december jan
  feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter christmas xmas easter holiday holidays term half next
  end morning afternoon evening noon midday midnight lunchtime`.split(/\s+/));
/** Words that say the event is done: "until after the payment has cleared", "before the survey is complete". */
const EVENT_DONE = /^(?:[a-z]+ed|done|paid|passed|gone|complete|finished|signed|issued|received|in|back|over|through|sent|seen|set)$/;

function wordIdx(toks: readonly Token[], k: number): number {
  let j = k;
  while (j < toks.length && !toks[j].word) {
    if (/[,.;!?:]/.test(toks[j].text)) return -1;
    j++;
  }
  return j < toks.length ? j : -1;
}

/** What follows "until / before" at i names a time or an event of the case, never a person's step ("until you confirm"). */
function timeOrEventAfter(toks: readonly Token[], i: number): boolean {
  let n = wordIdx(toks, i + 1);
  if (n < 0) return false;
  if (toks[n].norm === 'after') n = wordIdx(toks, n + 1);
  if (n < 0) return false;
  if (/^(?:you|u|we|i|they|he|she|someone|anyone|everyone)$/.test(toks[n].norm)) return false;
  let aux = -1;
  for (let k = n, seen = 0; k < toks.length && seen < 7; k++) {
    const t = toks[k];
    if (!t.word) {
      if (/[,.;!?:]/.test(t.text)) break;
      continue;
    }
    seen++;
    if (/\d/.test(t.norm) || TIME_NAMES.has(t.norm)) return true;
    if (/^(?:has|have|is|are|was|were|been)$/.test(t.norm) && k > n) aux = k;
    else if (aux >= 0 && EVENT_DONE.test(t.norm) && /^(?:the|your|ur|our|its|their)$/.test(toks[n].norm)) return true;
  }
  return false;
}

export function notBeforeEventMayStart(toks: readonly Token[]): boolean {
  let until = false;
  let neg = false;
  for (const t of toks) {
    if (t.norm === 'until' || t.norm === 'before') until = true;
    else if (t.neg && t.norm === 'not') neg = true;
  }
  return until && neg;
}

/** Good news said in the sentence: the wait leaves the customer time, or nothing to do. */
const GOOD_NEWS = /\b(?:so (?:you|u|there)|so (?:[a-z]+ ){0,2}(?:is|are) (?:fine|ok|okay|safe|unaffected)|plenty of|no (?:rush|hurry|need|worries)|do not worry|still (?:time|have|got)|in time|protected|you get)\b/;

export function readNotBeforeEvent(toks: Token[]): GenericHit[] {
  if (toks.some((t) => t.text === '?')) return [];
  const line = toks.filter((t) => t.word).map((t) => t.norm).join(' ');
  if (GOOD_NEWS.test(line)) return [];
  for (let i = 2; i < toks.length; i++) {
    if (toks[i].norm !== 'until' && toks[i].norm !== 'before') continue;
    if (!timeOrEventAfter(toks, i)) continue;
    // The negation "not" in the clause, within six words before "until".
    let n = -1;
    for (let k = i - 1, seen = 0; k >= 0 && seen < 6 && toks[k].clause === toks[i].clause; k--) {
      if (!toks[k].word) continue;
      seen++;
      if (toks[k].neg && toks[k].norm === 'not') { n = k; break; }
    }
    if (n < 1) continue;
    const aux = toks[n - 1];
    if (!aux.word || !/^(?:can|will|would|do|does|is|are|was|were|could|shall)$/.test(aux.norm)) continue;
    // The subject: never the customer ("you don't need to …"), never an imperative ("Don't start …", "Please do not …").
    const subj = n - 2 >= 0 && toks[n - 2].word ? toks[n - 2].norm : '';
    if (!subj || /^(?:you|u|please|pls|kindly|just)$/.test(subj)) continue;
    // The predicate right after the negation: a step verb, or "be" + a participle of ours.
    let p = n + 1;
    while (p < i && /^(?:be|been|being|yet|even|actually|really|currently|likely|able|to|going)$/.test(toks[p].norm)) p++;
    if (p >= i) continue;
    const pred = toks[p].norm;
    const passive = /^(?:is|are|was|were)$/.test(aux.norm) || toks.slice(n + 1, p).some((t) => t.norm === 'be');
    if (!(STEP_VERBS.test(pred) || (passive && STEP_PARTICIPLE.test(pred)))) continue;
    // "come out" / "be out": "out" right after; "isn't out your way till": at most four words between.
    let between = 0;
    for (let k = p + 1; k < i; k++) if (toks[k].word) between++;
    if (between > 4) continue;
    // A harm, a cost or a cover put off is good news.
    if (toks.slice(0, i).some((t) => HARM_WORDS.has(t.norm)) || HARM_WORDS.has(pred)) continue;
    return [{ start: aux.start, end: toks[i].end, category: 'until', construction: 'time-refusal' }];
  }
  return [];
}

// ---------------------------------------------------------------- an obligation in a form the pack does not list

/** A condition, a question or a lifted burden in the sentence: "if you're going to need to", "you're not going to". */
const NOT_OBLIGATION = /\b(?:if|whether|case|unless|when|once) (?:you|ye)\b|\?|\b(?:you|ye) (?:are |will |were )?not\b/;

const OBLIGATION_PATTERNS: readonly NormPattern[] = [
  // "you're going to need to", "ur gonna have to", "youre gonna hafta" (norms: "you are going to …").
  { re: /\b(?:you|ye) (?:are |were )?going to (?:need to|have to|hafta|have tae|need tae)\b/, construction: 'customer-obligation', category: 'commands', not: NOT_OBLIGATION },
  // "u need be in", "you need be over 18": the learner's obligation without "to" ("if need be" has no "you").
  { re: /\b(?:you|ye) need be\b/, construction: 'customer-obligation', category: 'commands', not: NOT_OBLIGATION },
  // "ye'll have tae", "you will have tae": Scots "to".
  { re: /\b(?:you|ye) (?:will )?(?:have|hae|need) tae\b/, construction: 'customer-obligation', category: 'commands', not: NOT_OBLIGATION },
];

export function obligationFormMayStart(toks: readonly Token[]): boolean {
  return toks.some((t) => t.norm === 'going' || t.norm === 'tae' || (t.norm === 'need' && toks.some((u) => u.norm === 'be')));
}

export function readObligationForm(toks: Token[]): GenericHit[] {
  return readNormPatterns(OBLIGATION_PATTERNS, toks);
}

// ---------------------------------------------------------------- a reference back to an earlier message as a reproach

const REFER_BACK_PATTERNS: readonly NormPattern[] = [
  // "I refer you (again) to my email / our letter of …": our earlier message, never a person, a page or a team.
  {
    re: /\bi (?:would |must |have to |again |once again )*refer (?:you|u) (?:again |once again |back )?to (?:my|our) (?:previous |earlier |last |original |above |recent |first )?(?:email|e-mail|emails|letter|letters|message|messages|reply|replies|response|note|text|correspondence|mail)\b/,
    construction: 'talking-down',
    category: 'passive-aggressive',
  },
  // "Just to remind you again, …", "tae remind ye again": a reminder said to be a repeat (never "I'll remind you again …").
  {
    re: /^(?:(?:ok|okay|so|and|but) (?:, )?)?(?:just |only )?(?:to|tae) remind (?:you|u|ye) (?:again|once again|once more)\b/,
    construction: 'pointed-reminder',
    category: 'passive-aggressive',
  },
];

export function referBackMayStart(toks: readonly Token[]): boolean {
  return toks.some((t) => t.norm === 'refer' || t.norm === 'remind');
}

export function readReferBack(toks: Token[]): GenericHit[] {
  return readNormPatterns(REFER_BACK_PATTERNS, toks);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(SORRY_PATTERNS, OBLIGATION_PATTERNS, REFER_BACK_PATTERNS);
