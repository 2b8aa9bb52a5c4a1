/**
 * The English generic reader's tenth pass (twenty-second session, rwen22): kinds of the apology reflex and of a hedged
 * effort that fresh writers use and the other passes leave, each a construction over the language layer (token norms
 * with contractions spelt out, "u" and "ill" folded; a token's part of speech), tried on scripts/en-recall22-matrix.ts
 * (many trades and voices, positives and close contrasts) before any development item was read:
 *
 * - **an apology before news that needs none**: "So sorry, your booking is confirmed for Thursday", "Apologies, the gate
 *   code is 4471", "Sorry, just confirming the parcel went out": the apology opens its sentence and what follows is a
 *   confirmation, a detail given or a step done, with no trouble, negation or sympathy anywhere in the sentence, and no
 *   word of a thing put right ("now", "new", "moved", "refund", "replacement": the apology may answer the sentence before);
 *   rwen28: after "omg", with "!!" after it, before where a thing sits on a screen ("So sorry!! The filter is under the
 *   funnel icon on the left"), before "just to check / clarify", and "Sorry to ask, <a question>?";
 * - **an apology said again**: "apologies again!!", "Again, sorry about that";
 * - **"try" with a bare verb or a gerund** after "I / we" and a modal ("i will try ask the manager", "ill try n get it
 *   fixed", "I'll try chasing the warehouse"): the effort hedged as "I'll try to" is, in chat spelling. Never the
 *   customer told to try ("try restarting it"), nor what the agent tried ("I tried calling you");
 * - **an apology for the agent's own message** ("sorry for the long email", "sorry if this is a silly question");
 * - **"let me see if I can"**, **"I'll do what I can"**, **"I'll see about …"**: the effort hedged without "try";
 * - **"do our best" with its result disclaimed** ("we'll do our best to have it back by Friday but no promises"): alone,
 *   "I'll do my best to" is the packs' own replacement for "I'll try", so it is read only beside "no promises", "can't
 *   promise", "no guarantees".
 *
 * Every hit is advice (no text change): only the agent knows what they will actually do.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import type { GenericHit } from './types.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns } from './norm-patterns.en.ts';
import { auditingEn, noteEnMiss, sentenceWords } from './dispatch.en.ts';
import { readStaffRefusal } from './kinds23.en.ts';
import { causeBlameMayStart, readCauseBlame } from './kinds24.en.ts';
import { counterfactualMayStart, readCounterfactualBlame, readSincerelyOpener } from './kinds25.en.ts';
import { machineRefusesMayStart, notMyCircusMayStart, ruleOpenerWord, readMachineRefuses, readNotMyCircus, readRuleOpener, readStatusCode, ruleOpenerMayStart, statusCodeMayStart } from './kinds27.en.ts';
import { dontKnowBareMayStart, readDontKnowBare, readRuleCited, readTalkingDown, ruleCitedMayStart, talkingDownMayStart } from './kinds28.en.ts';
import { codeBesideCodeMayStart, notBeforeEventMayStart, obligationFormMayStart, readCodeBesideCode, readNotBeforeEvent, readObligationForm, readReferBack, readSorryBeforeAsk, referBackMayStart, sorryBeforeAskMayStart } from './kinds28b.en.ts';
import { kinds29MayStart, kinds29Word, readKinds29 } from './kinds29.en.ts';
import { kinds30MayStart, kinds30Word, readKinds30 } from './kinds30.en.ts';
import { kinds31MayStart, readKinds31 } from './kinds31.en.ts';
import { kinds32MayStart, kinds32Word, readKinds32 } from './kinds32.en.ts';
import { kinds33MayStart, kinds33Word, readKinds33 } from './kinds33.en.ts';
import { kinds34MayStart, kinds34Word, readKinds34 } from './kinds34.en.ts';
import { kinds36MayStart, kinds36Word, readKinds36 } from './kinds36.en.ts';
import { kinds40MayStart, kinds40Word, readKinds40 } from './kinds40.en.ts';
import { basicStuffMayStart, basicStuffWord, cantPromiseMayStart, readAgainWord, readCantPromise, notBeforeTimeMayStart, notWithUsMayStart, readAgainMayStart, readBasicStuff, readNotBeforeTime, readNotWithUs, readReadAgain } from './kinds26.en.ts';

/** The apology words that may open a sentence as a reflex. */
const APOLOGY_OPEN = String.raw`(?:(?:so|really|very|so so|terribly) )?(?:sorry|sry|soz|apologies|apols|my apologies|many apologies)`;
/** Greetings and interjections before the apology. */
const LEAD = String.raw`(?:(?:hi|hiya|hello|hey|morning|afternoon|evening|oh|oops|ah|ahh|ok|okay|right|sure|omg|omg !|oh my)(?: [a-z]+)? ,? ?)*`;
/** A thing arrived or finished (rwen24): what "has (been) …" says when the news is simply good. */
const DONE_PARTICIPLE = String.raw`shipped|posted|delivered|arrived|cleared|landed|processed|activated|renewed|upgraded|paid|received|registered|published|printed|packed|collected|uploaded|emailed|issued|completed|installed|connected|unlocked|verified|enabled|gone out|gone through|gone live|come through|dispatched|confirmed|booked|approved|sent`;
/** What follows the apology when it is news that needs none: a confirmation, a detail given, a step done, a check-in. */
const NEUTRAL_NEWS = String.raw`(?:just (?:confirming|checking|following up|to confirm|to check|to double check|to double-check|to clarify|letting you know|to let you know|a quick (?:note|update|heads up|reminder)|a heads up|a reminder|one more thing|one more question|following up)|quick question|one more (?:thing|question)|here (?:is|are)|(?:i|we) have (?:attached|sent|booked|confirmed|added|arranged|scheduled|reserved|processed|approved|issued)|(?:the|your) (?:[a-z0-9-]+ ){0,3}(?:is|are) (?:under|in|on|at|next to|behind) (?:the|your) (?:[a-z0-9-]+ ){0,3}(?:icon|menu|tab|button|settings|page|screen|section|drawer|folder|bar|corner|panel|link|toolbar|sidebar|dropdown)s?|(?:your|the|it|that|this|everything) (?:[a-z0-9-]+ ){0,3}(?:is|are|has been|have been|was|were) (?:now |all |also )?(?:confirmed|booked|ready|sent|dispatched|approved|on its way|on the way|sorted|done|active|live|all set|attached|set up|in place|scheduled|reserved|[0-9]+)`
  // rwen24: a thing arrived or done, in the perfect: "Sorry, your order has shipped!", "so sorry, the payment has cleared",
  // "Apologies, your card has been activated" (never with a fault word, APOLOGY_REASON).
  + String.raw`|(?:your|the|it|that|this|everything) (?:[a-z0-9-]+ ){0,3}(?:has|have) (?:been )?(?:${DONE_PARTICIPLE}))`;
/** Anything in the sentence that gives the apology a reason, or makes it sympathy. */
const APOLOGY_REASON = /\b(?:not|no|never|cannot|unable|unavailable|delay|delays|delayed|late|later|wait|waiting|waited|mistake|error|wrong|missed|miss|problem|problems|issue|issues|trouble|inconvenience|confusion|lost|damaged|broken|cancel|cancelled|canceled|closed|full|sold|out of|only|hear|heard|loss|passed|fault|forgot|forget|mix|mixup|mix-up|oversight|slip|typo|again|instead|still|but|however|unfortunately|afraid|sadly|earlier|before|previous|last|correct|corrected|right one|actually|meant|rather|now|new|old|moved|rebooked|changed|updated|replacement|resent|re-sent|fixed|refund|refunded|credit|credited|compensation|goodwill)\b/;

const PATTERNS: readonly NormPattern[] = [
  // ---- an apology before news that needs none ----
  {
    re: new RegExp(String.raw`^${LEAD}${APOLOGY_OPEN}(?= (?:(?:[,:–-]|(?:! )*!) )?${NEUTRAL_NEWS}\b)`),
    construction: 'reflex-apology',
    category: 'over-apology',
    not: APOLOGY_REASON,
  },
  // ---- rwen28: "Sorry to ask, what colour would you like?": an apology for asking the customer's own choice ----
  {
    re: new RegExp(String.raw`^${LEAD}${APOLOGY_OPEN} to ask(?= ,? (?:what|which|when|where|how|who|whether|if|is|are|was|were|do|does|did|could|would|can)\b[^?]*\?)`),
    construction: 'reflex-apology',
    category: 'over-apology',
    not: APOLOGY_REASON,
  },
  // ---- an apology said again ----
  {
    re: /^(?:(?:and|so|ok|okay) ,? )?(?:(?:many|my|our|huge|massive) )?(?:apologies|apols|sorry|sry|soz) (?:again|once again|once more)(?= *(?:[,.!]|$))|^(?:(?:and|so) ,? )?(?:again|once again|once more) ,? (?:(?:so|really|very) )?(?:sorry|apologies|apols) (?:about|for) (?:that|this|all that|all this|everything)(?= *(?:[,.!]|$))/,
    construction: 'stock-apology',
    category: 'over-apology',
    not: /\b(?:to hear|your loss|for you|condolences)\b/,
  },
  // ---- an apology for the agent's own message or question: "sorry for the long email", "sorry if this is a silly question" ----
  {
    re: new RegExp(String.raw`^${LEAD}${APOLOGY_OPEN} (?:for (?:the|my|this|such a) (?:(?:long|lengthy|long-winded|rambling|essay of an?) (?:email|e-mail|message|msg|reply|mail|note|text|answer|response)|essay|novel|wall of text)|if (?:this|that|it) (?:is|was|sounds|seems) (?:like )?(?:a |an )?(?:silly|stupid|daft|dumb|obvious|basic|annoying) (?:question|thing to ask|ask))\b`),
    construction: 'stock-apology',
    category: 'over-apology',
  },
  // ---- the effort hedged without "try" ----
  { re: /\b(?:let|lemme) (?:me|us) (?:just )?(?:see|check|find out) (?:if|whether) (?:i|we) can\b/, construction: 'hedged-effort', category: 'uncertainty' },
  { re: /\b(?:i|we) (?:will|shall) (?:just )?do what (?:i|we) can\b/, construction: 'hedged-effort', category: 'uncertainty' },
  { re: /\b(?:i|we) (?:will|shall) see about\b/, construction: 'hedged-effort', category: 'uncertainty' },
  {
    re: /\b(?:i|we) (?:will|shall|can|am going to|are going to) (?:(?:try|always|really|certainly|definitely) (?:and |to )?)?do (?:my|our) (?:very )?(?:best|utmost)\b/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    need: /\b(?:no promises|no promise|no guarantees|no guarantee|(?:can|could) not promise|cannot promise|can not promise|(?:can|could) not guarantee|cannot guarantee|not promising|not guaranteed|not guaranteeing)\b/,
  },
];

/** Subjects and modals before "try": "i will try", "we can try", "i am going to try". */
const MODALS = /^(?:will|shall|can|could|might|may|would|gonna|going|to)$/;
/** Words that may stand between "try" and its bare verb: chat's "try n get", "try & see". */
const TRY_GLUE = /^(?:n|an|and|&|\+)$/;

/** "i will try ask", "ill try n get", "I'll try chasing": the agent's effort with "try" and a bare verb or a gerund. */
function readTryBare(tokens: readonly Token[]): GenericHit[] {
  const out: GenericHit[] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (t.norm !== 'try' || !t.word) continue;
    // The subject and a modal just before: "i will try", "we can try", "i am going to try", "i will just try".
    let m = k - 1;
    if (tokens[m]?.norm === 'just' || tokens[m]?.norm === 'also') m--;
    if (!tokens[m] || !MODALS.test(tokens[m].norm)) continue;
    let s = m - 1;
    if (tokens[m].norm === 'to' && tokens[s]?.norm === 'going') s--;
    if (tokens[m].norm === 'going' || (tokens[m].norm === 'to' && tokens[s + 1]?.norm === 'going')) if (/^(?:am|are)$/.test(tokens[s]?.norm ?? '')) s--;
    if (!tokens[s] || !/^(?:i|we)$/.test(tokens[s].norm)) continue;
    let v = k + 1;
    if (tokens[v] && TRY_GLUE.test(tokens[v].norm)) v++;
    const verb = tokens[v];
    if (!verb || !verb.word || verb.pos !== 'VERB') continue;
    // A bare verb ("ask", "get") or a gerund ("chasing"); never "try it", "try to", "try and" (read elsewhere), a past form.
    const gerund = /ing$/.test(verb.norm);
    if (!gerund && verb.norm !== verb.lemma) continue;
    // A gerund only after "will / shall / can": "I'm going to try drinking less coffee" is a plan of one's own.
    if (gerund && !/^(?:will|shall|can|could)$/.test(tokens[m].norm)) continue;
    if (/^(?:to|again|it|that|this|harder|not)$/.test(verb.norm)) continue;
    out.push({ start: tokens[s].start, end: verb.end, category: 'uncertainty', construction: 'hedged-effort' });
  }
  return out;
}

/**
 * (perfen31) The words each gate below cannot pass without, one bit per test (./dispatch.en.ts): the sentence's norms are
 * read once, each answered once per word form, instead of one pass over the tokens per gate. A gate whose bit is on still
 * runs as it did; a bit only ever needs to be necessary for its gate (tests/unit/rewrite/en-gates.test.ts audits it).
 */
const WORD_TESTS: ReadonlyArray<(w: string) => boolean> = [
  (w) => w === 'not' || w === 'unable', // 0: staff refusal (its whole gate)
  (w) => w === 'you' || w === 'u', // 1: causeBlameMayStart
  (w) => w === 'if' || w === 'had', // 2: counterfactualMayStart
  (w) => w === 'until' || w === 'before', // 3: notBeforeTimeMayStart, notBeforeEventMayStart
  readAgainWord, // 4
  (w) => w === 'not', // 5: notWithUsMayStart
  basicStuffWord, // 6
  (w) => w === 'promise' || w === 'guarantee', // 7: cantPromiseMayStart
  (w) => /^(?:refuses|refused|refusing|rejecting|rejects|greys|grays|greyed|grayed|blanks)$/.test(w), // 8: machineRefusesMayStart
  ruleOpenerWord, // 9
  (w) => w === 'circus' || w === 'monkeys' || w === 'grade', // 10: notMyCircusMayStart
  (w) => w === 'know', // 11: dontKnowBareMayStart
  (w) => /^(?:per|accordance|line|under|pursuant|set|stipulated|outlined|stated|specified|laid|detailed)$/.test(w), // 12: ruleCitedMayStart
  (w) => /^(?:repeat|say|sure|clearly|plainly|explicitly)$/.test(w), // 13: talkingDownMayStart
  (w) => /^(?:sorry|sry|soz|apologies|apols)$/.test(w), // 14: sorryBeforeAskMayStart
  (w) => w === 'going' || w === 'tae' || w === 'need', // 15: obligationFormMayStart
  (w) => w === 'refer' || w === 'remind', // 16: referBackMayStart
  kinds29Word, // 17
  kinds30Word, // 18
  (w) => w === 'try', // 19: readTryBare's gate (all of it)
  kinds32Word, // 20: kinds32MayStart's gate (all of it)
  kinds33Word, // 21: kinds33MayStart's gate (all of it)
  kinds34Word, // 22: kinds34MayStart's gate (all of it)
  kinds36Word, // 23: kinds36MayStart's gate (all of it)
  kinds40Word, // 24: kinds40MayStart's gate (all of it)
];
const WORDS = sentenceWords(WORD_TESTS);
const bit = (k: number): number => 1 << k;
/** No word test: the gate reads the tokens' written text (codes in capitals). */
const ANY = -1;

/** rwen26's readers, each with its cheap gate, behind the word bits that gate needs. */
const KINDS26: ReadonlyArray<readonly [number, (t: readonly Token[]) => boolean, (t: Token[]) => GenericHit[]]> = [
  [bit(3), notBeforeTimeMayStart, readNotBeforeTime],
  [bit(4), readAgainMayStart, readReadAgain],
  [bit(5), notWithUsMayStart, readNotWithUs],
  [bit(6), basicStuffMayStart, readBasicStuff],
  [bit(7), cantPromiseMayStart, readCantPromise],
  // rwen27 (./kinds27.en.ts): a machine of ours refuses, a bare rule as the answer, "not my circus", a status code.
  [bit(8), machineRefusesMayStart, readMachineRefuses],
  [bit(9), ruleOpenerMayStart, readRuleOpener],
  [bit(10), notMyCircusMayStart, readNotMyCircus],
  [ANY, statusCodeMayStart, readStatusCode],
  // rwen28 (./kinds28.en.ts): not knowing with the subject left out, a rule cited by its clause as the reason, talking down.
  [bit(11), dontKnowBareMayStart, readDontKnowBare],
  [bit(12), ruleCitedMayStart, readRuleCited],
  [bit(13), talkingDownMayStart, readTalkingDown],
  // rwenb28 (./kinds28b.en.ts): a reflex apology before a plain question.
  [bit(14), sorryBeforeAskMayStart, readSorryBeforeAsk],
  // rwenb28: a step of ours put off, before a time or an event, in the forms readNotBeforeTime leaves.
  [bit(3), notBeforeEventMayStart, readNotBeforeEvent],
  // rwenb28: an obligation in a form the pack does not list ("you're going to need to", "u need be", "ye'll have tae").
  [bit(15), obligationFormMayStart, readObligationForm],
  // rwenb28: a reference back to an earlier message as a reproach ("I refer you to my email of …", "just to remind you again").
  [bit(16), referBackMayStart, readReferBack],
  // rwen29 (./kinds29.en.ts): calm-down orders and "no big deal", a house rule as the answer, an order to a group, talking
  // down, "we are not responsible" with a redirect, the till saying no, "to be transparent", not knowing with an adverb, none
  // of a thing before a time.
  [bit(17), kinds29MayStart, readKinds29],
  // rwen30 (./kinds30.en.ts): "it's just the rules", an apology closing good news, scope with a possessive team, blame as an
  // idiom, an order with its threat, talking down.
  [bit(18), kinds30MayStart, readKinds30],
  // rwen31 (./kinds31.en.ts): blame in the perfect, "musta" or of the customer in the third person, a necessity, not ours of
  // any matter, the effort hedged or impersonal, the rule as the reason after the news, our tool misbehaving, a status code
  // (no word bit yet: its gate reads many words, so it runs wherever its own gate passes).
  [ANY, kinds31MayStart, readKinds31],
  // rwen32 (./kinds32.en.ts): the customer's slip given as the cause (a service not done, "came back", "that's why"), the
  // rule cited as the reason heading the sentence, by a copula or with a limit kinds28 lacks.
  [bit(20), kinds32MayStart, readKinds32],
  // rwen33 (./kinds33.en.ts): not knowing with an adverb or in the passive, "I promise nothing", the customer's slip in the
  // learner's present, "this time" on the customer's duty, the rule cited for an expiry.
  [bit(21), kinds33MayStart, readKinds33],
  // rwen34 (./kinds34.en.ts): our tool greying the option out with the thing between, the rule cited after the limit or
  // named as broken (kinds pooled over late27-33 and train31, in three splits or more).
  [bit(22), kinds34MayStart, readKinds34],
  // rwen36 (./kinds36.en.ts): a repeated apology closing done news, the machine given as the reason for the agent's refusal
  // (second spans of two-span items on the writer splits).
  [bit(23), kinds36MayStart, readKinds36],
  // en40 (./kinds40.en.ts): not ours in the forms fresh writers use (a vocative or a particle after "not us", the party run
  // straight after, the Scots "no us", "not with our team / from our side", "owt to do with us").
  [bit(24), kinds40MayStart, readKinds40],
];

/**
 * While auditing every bit is on, so every gate runs: a reader whose bit was off in fact (`exact`) and that read something
 * is a gate's miss.
 */
function audited(exact: number, need: number, name: string, found: readonly GenericHit[]): void {
  if (need !== ANY && (exact & need) === 0 && found.length) noteEnMiss(`kinds22 ${name}`, '');
}

/** The generic reader's tenth English pass: what it reads, offsets into `text`. */
export function readKinds22En(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  let hits = readNormPatterns(PATTERNS, tokens);
  const has = WORDS.bits(tokens);
  const exact = auditingEn() ? WORDS.exact(tokens) : has;
  // rwen23 (./kinds23.en.ts): the business side refusing in the third person; its gate is a "not" or "unable".
  if (has & bit(0)) {
    const staff = readStaffRefusal(tokens).filter((h) => !hits.some((e) => e.start < h.end && h.start < e.end));
    audited(exact, bit(0), 'readStaffRefusal', staff);
    if (staff.length) hits = [...hits, ...staff].sort((a, b) => a.start - b.start);
  }
  // rwen24 (./kinds24.en.ts): the customer's past act given as the cause of a harm; its gate is a "you" after a cause word,
  // or a "you" and a "so".
  if (has & bit(1) && causeBlameMayStart(tokens)) {
    const blame = readCauseBlame(tokens).filter((h) => !hits.some((e) => e.start < h.end && h.start < e.end));
    audited(exact, bit(1), 'readCauseBlame', blame);
    if (blame.length) hits = [...hits, ...blame].sort((a, b) => a.start - b.start);
  }
  // rwen25 (./kinds25.en.ts): a counterfactual blame, "If you'd read the label you'd know"; its gate is an "if" or "had", a
  // "you" and a "would".
  if (has & bit(2) && counterfactualMayStart(tokens)) {
    const cf = readCounterfactualBlame(tokens).filter((h) => !hits.some((e) => e.start < h.end && h.start < e.end));
    audited(exact, bit(2), 'readCounterfactualBlame', cf);
    if (cf.length) hits = [...hits, ...cf].sort((a, b) => a.start - b.start);
  }
  // rwen25: "sincerely," opening an opinion (a second-language "to be honest"); the gate is the sentence's first letter.
  if (/^\W*s/i.test(text)) {
    const sin = readSincerelyOpener(tokens).filter((h) => !hits.some((e) => e.start < h.end && h.start < e.end));
    if (sin.length) hits = [...hits, ...sin].sort((a, b) => a.start - b.start);
  }
  // rwen26 (./kinds26.en.ts): what the customer wants negated before a time, "read it again / as I said earlier", "not with
  // us"; each behind its own gate.
  for (const [need, gate, read] of KINDS26) {
    if ((need !== ANY && (has & need) === 0) || !gate(tokens)) continue;
    const more = read(tokens).filter((h) => !hits.some((e) => e.start < h.end && h.start < e.end));
    audited(exact, need, read.name, more);
    if (more.length) hits = [...hits, ...more].sort((a, b) => a.start - b.start);
  }
  // rwenb28 (./kinds28b.en.ts): a second back-office code beside one; it reads the sentence's text for a gloss.
  if (codeBesideCodeMayStart(tokens)) {
    const codes = readCodeBesideCode(tokens, text).filter((h) => !hits.some((e) => e.start < h.end && h.start < e.end));
    if (codes.length) hits = [...hits, ...codes].sort((a, b) => a.start - b.start);
  }
  // The cheap gate for the token reader: a "try" in the sentence.
  if ((has & bit(19)) === 0) return hits;
  const more = readTryBare(tokens).filter((h) => !hits.some((e) => e.start < h.end && h.start < e.end));
  audited(exact, bit(19), 'readTryBare', more);
  return more.length ? [...hits, ...more].sort((a, b) => a.start - b.start) : hits;
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(PATTERNS);
