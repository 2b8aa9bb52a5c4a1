/**
 * The thirty-fourth session's English kinds (rwen34: issue 12's recall on writers nobody tuned on). The non-jargon misses of
 * late27 … late33 and train31 were pooled and grouped by what the language layer sees; only kinds with misses in three
 * splits or more were taken, each written first as look-alikes of other trades, spellings and registers with contrasts that
 * must stay silent (scripts/en-recall34-matrix.ts, tests/unit/rewrite/en-recall34.test.ts). Read in the tenth pass
 * (./kinds22.en.ts) behind one word bit (22). Every hit is advice of an existing construction (no text change; the policy
 * wall takes template16's existing blank, as kinds28's, kinds32's and kinds33's policy-shield do).
 *
 * - **our tool greys the option out, with the thing between** (`system-blocks`; late28, late29, late33): "the catalogue greys
 *   it out for me too", "the screen's greyed it out on my end", "the portal has greyed the Friday slots out for me"
 *   (kinds27 reads "greys it out" of a short machine list, kinds32 "greys out the …"; neither the participle with its
 *   object, nor a catalogue, a register or a form). Only with the agent's side of it (for me, on my end, too, a regret, a
 *   repeat, "so I can't"), never a condition ("if / when you"), what the colours mean ("any day that is full"), "normal", a
 *   question, the customer's own screen.
 * - **the rule cited after the limit, closing the sentence** (`policy-shield`; late33 ×1, and the same citation heading
 *   the sentence in nearly every split): "Test drives are limited to 30 minutes per our Marketplace Terms of Use.", "Late
 *   returns are charged £2 a day as per our library rules." kinds32 reads the citation heading the sentence. Only with a
 *   limit, a duty or a charge before it (kinds32's LIMIT), never a grant.
 * - **the rule named as broken** (`policy-shield`; late33): "Riding two-up is a breach of our rider terms, so the fine
 *   stays", "Sharing the login violates our terms of use". Never our own breach, a denial ("not a breach"), a condition, a
 *   question.
 *
 * - **the apology heading news that is all done** (`reflex-apology`; late27, late29, and the kind's other forms in late28 and
 *   late31): "sorry aboot that, yer wee one's spot is confirmed for week 2", "Sorry about that, sorry, that's your invoice
 *   resent now" (kinds30 reads "…, sorry about that." closing it). Only with news that is done (kinds30's list) and nothing
 *   the apology is owed for: a fault, a delay, a loss, a condolence, "again", "finally", a question.
 *
 * The cited grant used up or held back (late28 "As per our policy, members can skip two shipments per year, and both have
 * been used"; late29 "…, clients receive the JPEGs and the raw files stay with the studio") is read by
 * ../policy-grant.en.ts, which every policy reader shares.
 */
import type { Token } from '../../nlp/index.ts';
import { DOC32 } from './kinds32.en.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns, someNormIn } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

/** A machine or a listing of ours (kinds32's OUR_MACHINE, with the catalogue, the register and the form; "till" is read as
 * "until" by the language layer, and only a machine greys anything out). */
const MACHINE34 = String.raw`(?:(?:my|our|the|this) (?:[a-z-]+ )?|(?<=^|, |\b(?:but|and|so|ugh|sorry) )(?:[a-z-]+ )?)(?:screen|system|portal|app|till|until|site|website|page|computer|software|tool|calendar|diary|planner|terminal|machine|catalogue|catalog|register|database|form|checkout|booking tool|rota|scheduler)`;
/** The option greyed out, between the verb and "out": "it", "them", "that box", "the friday slots". */
const GREYED_THING = String.raw`(?:it|them|that|this|those|these|(?:the|that|this|those|these|all|every|your) (?:[a-z0-9-]+ ){0,2}[a-z0-9-]+)`;
/** A limit, a duty or a charge (kinds32's LIMIT). */
const LIMIT = /\b(?:not|no|never|cannot|unable|required|require|requires|must|only|charge|charged|charges|fee|fees|penalty|fine|fined|retained|withheld|forfeit|forfeited|excluded|non-refundable|nonrefundable|non-transferable|nontransferable|non-exchangeable|non-returnable|declined|refused|void|invalid|prohibited|mandatory|compulsory|liable|deducted|payable|maximum|max|minimum|min|limit|limited|at most|no more than|up to|has to|have to|need to|needs to)\b/;
/** A grant or a treat: the rule is on the customer's side (kinds32's GRANTS). */
const GRANTS = /\b(?:entitled|eligible|welcome to|you (?:can|may|will get|get) (?!not\b)|free of charge|at no (?:extra )?cost|refunded in full|full refund|complimentary|guaranteed|extended|waived)\b|\?/;

/** News that is all done (kinds30's closing apology's list): the apology before it has nothing to be sorry for. */
const APOLOGY_DONE = /\b(?:ready|done|sorted|fixed|resent|re-sent|sent|cleaned|tuned|serviced|booked|confirmed|reference|ref|working|arrived|in stock|refunded|credited|processed|approved|attached|all set|good to go|on its way|on the way|here is|here are)\b/;
/** A fault, a delay, a loss or a hedge (kinds30's FAULT, with what the apology is owed for): then the apology is owed. */
const APOLOGY_OWED = /\b(?:not|no|never|cannot|unable|delay|delays|delayed|late|wait|waiting|waited|mistake|error|wrong|missed|problem|issue|trouble|inconvenience|confusion|lost|damaged|broken|cancel|cancelled|canceled|closed|full|sold|out of|missing|fault|forgot|mix-up|mixup|oversight|typo|unfortunately|sadly|afraid|again|instead|but|however|still|only|charged|fee|failed|hear|loss|passed|condolences|twice|double|finally|eventually|at last)\b|\?/;

const FORMS34: readonly NormPattern[] = [
  {
    // "the catalogue greys it out for me too lol", "the screen's greyed it out on my end", "our booking tool has greyed the
    // friday slots out, sorry".
    re: new RegExp(String.raw`${MACHINE34} (?:is |'s |has |have |keeps |just |has just |'s just |is just |still |is still |always )?(?:greying|graying|greys|grays|greyed|grayed) ${GREYED_THING} out\b|${MACHINE34} (?:is |'s |has |keeps |just |still )?(?:greying|graying|greys|grays|greyed|grayed) out\b(?= (?!(?:while|when|whilst|during|until|till|briefly|for a (?:second|sec|moment|bit))\b)[a-z])`),
    construction: 'system-blocks',
    category: 'cant-wont',
    // The agent's side of it: the refusal is ours to state, not a guide to the colours.
    need: /\b(?:for me|on my end|on my side|on our end|on our side|my end|too|as well|sorry|soz|ugh|argh|again|keeps|still|can not|cannot|will not|would not|so i can not|won't|right now|at the moment|atm|annoyingly|frustratingly|tried|try|trying)\b/,
    not: /\b(?:if|unless|whether|when you|when u|once you|once u|normal|(?:any|every|all) (?:[a-z]+ )?(?:that|which) (?:is|are|has|have)|your (?:screen|phone|app|browser|device|computer|laptop))\b|\?/,
  },
  {
    // "Test drives are limited to 30 minutes per our Marketplace Terms of Use.", "late returns are charged £2 a day as per
    // our library rules": the citation closing the sentence, after the limit it is cited for ("not covered under the
    // service contract" is how coverage is said, not a rule hidden behind: "under" is left out).
    re: new RegExp(String.raw`(?<=^.{8,})\b(?:as per|per|in accordance with|in line with|according to|pursuant to) (?:the|our) (?:[a-z&'-]+ ){0,4}?${DOC32}(?= *[.!]* *$)`),
    construction: 'policy-shield',
    category: 'policy',
    need: LIMIT,
    not: GRANTS,
  },
  {
    // "Riding two-up is a breach of our rider terms, so the $25 fine stays", "sharing your login violates our terms of use";
    // "in breach of" only of the customer ("you are in breach of …"): "the creator is in breach of the campaign rules" is a
    // third party's.
    re: new RegExp(String.raw`\b(?:is|are|was|were|be|counts as|constitutes|amounts to) (?:a )?(?:clear |direct |serious |material |major )?(?:breach|violation|contravention|infringement) of (?:the|our|your) (?:[a-z&'-]+ ){0,4}?${DOC32}\b|\b(?:you|u|ya|your|puts you|put you|leaves you) (?:are |'re |were |have been |'ve been )?(?:now |currently |clearly )?in (?:breach|violation) of (?:the|our|your) (?:[a-z&'-]+ ){0,4}?${DOC32}\b|\b(?:breaches|violates|contravenes|infringes|breached|violated|contravened) (?:the|our|your) (?:[a-z&'-]+ ){0,4}?${DOC32}\b`),
    construction: 'policy-shield',
    category: 'policy',
    not: /\b(?:we|i) (?:are|were|was|am|have been|had been|'re|'ve been) (?:in )?(?:breach|violation)|\bwe (?:breached|violated|broke)\b|\bour own\b|\b(?:not|no|never|nothing) (?:a |in |any )?(?:breach|violation|contravention)|\b(?:is|was|are|were) not (?:a |in )?(?:breach|violation)|\b(?:if|unless|whether)\b|\?/,
  },
  {
    // "sorry aboot that, yer wee one's spot is confirmed for week 2", "Sorry about that, sorry, that's your invoice resent
    // now": the apology heading news that is all done (kinds30 reads it closing the sentence: "Your receipt's attached,
    // sorry about that.").
    re: /^(?:(?:oh|ah|ahh|oops|ok|okay|right|yep|yes)(?: ,)? )?(?:so |really |very |super )?(?:sorry|soz|sry) (?:about|' bout|bout) (?:all )?(?:that|this)(?:(?: ,)? (?:so |really )?(?:sorry|soz|sry))?(?= (?:,|!|-|–) )/,
    construction: 'reflex-apology',
    category: 'over-apology',
    need: APOLOGY_DONE,
    not: APOLOGY_OWED,
  },
];

/** Norms one of which every reading needs. */
const GATE = new Set(['sorry', 'soz', 'sry', 'greys', 'grays', 'greyed', 'grayed', 'greying', 'graying', 'per', 'accordance', 'line', 'according', 'pursuant', 'under', 'breach', 'violation', 'contravention', 'infringement', 'breaches', 'violates', 'contravenes', 'infringes', 'breached', 'violated', 'contravened']);

/** The gate's word test (./kinds22.en.ts's word bit 22, audited by tests/unit/rewrite/en-gates.test.ts). */
export const kinds34Word = (w: string): boolean => GATE.has(w);

export function kinds34MayStart(tokens: readonly Token[]): boolean {
  return someNormIn(GATE, tokens);
}

/** The thirty-fourth session's English kinds in one sentence. */
export function readKinds34(tokens: Token[]): GenericHit[] {
  // readNormPatterns already keeps its hits apart.
  return readNormPatterns(FORMS34, tokens);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(FORMS34);
