/**
 * The thirtieth session's English kinds (rwen30: misses of late28 and late29, two pairs of fresh writers, by kind), read in
 * the tenth pass (./kinds22.en.ts) behind one cheap gate, over the language layer's token norms ("it's" -> "it is", "ye" ->
 * "you", "aboot" -> "about"). Each kind was written first as look-alikes in other trades, spellings and registers with
 * contrasts that must stay silent (scripts/en-recall30-matrix.ts, tests/unit/rewrite/generic-recall30-en.test.ts):
 *
 * - **the rules as the whole reason, with "just"** (`policy-shield`): "it's just the rules", "that's simply our rules", "it's
 *   just how we do things (here)", with a limit or a need in the sentence ("…, we need a prescription", "We do need the
 *   deposit first, …"). Never "the rules of the game are …", "that's how we do it: first …", nor a rule that grants.
 * - **an apology closing good news** (`reflex-apology`): "Your valves are cleaned and ready to go, sorry 'bout that.", "Claim
 *   reference is HC-20931, sorry about all that." Only "sorry about (all) that / this" ending the sentence, with no fault,
 *   delay or loss in it ("The courier lost it, sorry about that" is an apology that is owed).
 * - **scope said with a possessive team** (`out-of-scope`, `handled-elsewhere`): "outside our team's / department's scope",
 *   "that's the IT people's / accounts lot's department". Never "outside our office's opening hours".
 * - **blame said as an idiom** (`second-person-blame`): "you've stuffed / mucked / messed up the bank details", "you've gone
 *   and pressed the wrong button". Never the agent's own ("we've messed up"), "if you've messed up", "no worries".
 * - **an order with its threat** (`customer-obligation`): "make sure you send the list by Friday or we'll no have time",
 *   "ya gotta water it daily or she'll die", "… or the wardens'll ticket you". Never "or you can …" (an alternative).
 * - **talking down** (`talking-down`): "I hope now it is finally clear", "it's literally in the email we sent you", "I'm sure
 *   you know best", "Funny how it only broke when …". Never "I hope it's clear skies for your trip", "I'm sure you'll love
 *   it", "funny how things work out, glad it's sorted".
 *
 * Every hit is advice (no text change): only the agent knows the plain words and the way forward.
 */
import type { Token } from '../../nlp/index.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns, someNormIn } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

/** A limit or a need in the rule's sentence. */
const LIMIT = /\b(?:no|not|only|must|need|needs|needed|got to|have to|has to|cannot|can not|before|until|without|at least|strictly|required|requires|deposit|fee|charge|prescription|id)\b/;
/** A rule that grants or a treat. */
const GRANTS = /\b(?:you (?:can|may|will get|get|are entitled|are covered)|free|complimentary|on the house|bonus|treat|for nothing|no charge|no extra)\b/;
/** A fault, a delay or a loss: the apology is owed. */
const FAULT = /\b(?:not|no|never|cannot|unable|delay|delays|delayed|late|wait|waiting|waited|mistake|error|wrong|missed|problem|issue|trouble|inconvenience|confusion|lost|damaged|broken|cancel|cancelled|canceled|closed|full|sold|out of|missing|fault|forgot|mix-up|mixup|oversight|typo|unfortunately|sadly|afraid|again|instead|but|however|still|only|charged|fee|failed)\b/;

/** A fault, a delay or a loss, or a thing corrected or replaced (the fault is owned), for the apology closing good news. */
const FAULT_OWNED = new RegExp(String.raw`${FAULT.source}|\b(?:corrected|correct|amended|right one|proper one|replacement|replaced|previous|earlier|last (?:message|email|reply))\b`);

const YOU = String.raw`(?:you|u|ya|y'all|yall|you guys)`;

const PATTERNS: readonly NormPattern[] = [
  // The rules as the whole reason, with "just".
  {
    re: /(?<=^|[,;:.] |\b(?:but|and|so|sorry|dear|love|mate|afraid) (?:, )?)(?:it is|that is|its|thats|those are|these are|them is) (?:just|simply|only) (?:the|our|house|company|shop|store|club) (?:(?:club|house|shop|store|gym|pool|site|park|school|company) )?rules\b(?! (?:of|for|on|about|that|which|are|were|say|state))|(?<=^|[,;:.] |\b(?:but|and|so|sorry|dear|love|mate|afraid) (?:, )?)(?:it is|that is|its|thats) (?:just|simply|only) (?:how|the way) we do (?:things|it|business)(?: (?:here|round here|around here|at this (?:shop|store|branch|office|clinic|practice)))?(?= *(?:[,.;!]|$))/,
    construction: 'policy-shield',
    category: 'policy',
    need: LIMIT,
    not: GRANTS,
  },
  // An apology closing good news.
  {
    // en39: "Here's the export you asked for, sorry about that!", "Got your new measurements saved on the account, sorry 'bout
    // all that hassle." (late23, train34b, train35b): the thing handed over, or saved, is the good news; "hassle", "faff",
    // "bother" after "that" name no trouble. Never a corrected or replacement thing (a fault is owned).
    re: /(?<=[,;–-] |^.{3,} )(?:so |really |very )?(?:sorry|soz|sry) (?:about|' bout|bout|for) (?:all )?(?:that|this)(?: (?:hassle|faff|bother|palaver|kerfuffle))?(?= *(?:[.!]+ *)*$)/,
    construction: 'reflex-apology',
    category: 'over-apology',
    need: /\b(?:ready|done|sorted|fixed|resent|re-sent|sent|cleaned|clean|tuned|serviced|booked|confirmed|reference|ref|number|back|working|arrived|in stock|refunded|credited|processed|approved|attached|all set|good to go|on its way|on the way|here is|here are|saved|set up)\b/,
    not: FAULT_OWNED,
  },
  // Scope said with a possessive team.
  {
    re: /\b(?:outside|beyond|out of) (?:our|my|the) (?:team|department|dept|office|desk|branch|unit|service|shop|store) 's (?:scope|remit|area|brief|responsibility|responsibilities)\b/,
    construction: 'out-of-scope',
    category: 'cant-wont',
  },
  {
    re: /\b(?:that is|it is|this is|thats|its) (?:the|them|those|our) (?:[a-z-]+ ){1,2}(?:people|lot|guys|folks|team|side) 's (?:department|dept|job|area|problem|thing|domain|patch)\b/,
    construction: 'handled-elsewhere',
    category: 'dismissive',
  },
  // Blame said as an idiom.
  {
    re: new RegExp(String.raw`\b${YOU} (?:have |has |had )?(?:(?:stuffed|mucked|messed|screwed|cocked|botched|buggered|fudged|balled|bollocksed) (?:up|it up|that up|things up)\b|(?:gone|been|went) and (?:[a-z]+ed|put|sent|set|done|broke|broken|lost|got|paid|booked|sold|told)\b)`),
    construction: 'second-person-blame',
    category: 'blame',
    not: /\b(?:if|whether|unless|no worries|no problem|do not worry|happens to (?:everyone|all of us|the best)|easy mistake|no harm)\b/,
  },
  // An order with its threat.
  {
    re: new RegExp(String.raw`(?:^|[,;:.!] )(?:[a-z]+ ,? )?(?:(?:please|pls|plz|kindly) )?(?:make sure|ensure|be sure) (?:that )?${YOU} .{3,}?(?: ,)? or (?:else )?(?:we|they|it|she|he|you|the [a-z']+|your [a-z']+|[a-z]+) (?:will|would|might|may|can not|cannot|could|won't) (?!(?:also|still|equally|happily|gladly)\b)(?:not |no |never )?[a-z]+|(?:^|[,;:.!] )(?:[a-z]+ ,? )?${YOU} (?:got to|gotta|have to|has to|need to|needs to|must|hafta) .{3,}?(?: ,)? or (?:else )?(?:we|they|it|she|he|you|the [a-z']+|your [a-z']+) (?:will|would|might|won't|can not|cannot) (?:not |no |never )?[a-z]+`),
    construction: 'customer-obligation',
    category: 'commands',
    not: /\bor (?:else )?(?:you|we) (?:can|could|may|might|are welcome|will also|would also)\b|\?|\b(?:if|unless)\b/,
  },
  // The customer's trouble made small: "its only a game", "it's only a scratch" (never "only a few minutes' walk").
  {
    re: /(?<=^|[,;.] |\b(?:relax|mate|love|chill|look|hey|so|and) (?:, )?)(?:it is|its|that is|thats) (?:only|just) (?:a |an )?(?:game|scratch|scuff|dent|chip|mark|graze|few (?:minutes|mins|seconds|days)|couple of (?:minutes|mins|days)|little (?:delay|mark|scratch|noise|thing|wait)|tiny (?:mark|scratch|thing|delay)|minor (?:thing|delay|glitch))\b(?! (?:walk|drive|ride|away|from|of (?:chance|skill)|'))/,
    construction: 'minimising',
    category: 'dismissive',
    not: /\b(?:walk|drive|away|glad|happy|phew|thankfully|luckily|fortunately)\b/,
  },
  // An order in "gonna have to" without its verb "are" ("y'all gonna have to call them").
  {
    re: /(?<=^|[,;.] |\b(?:so|and|but|then|mate|hon|love) (?:, )?)(?:y'all|yall|you all|you guys|ya|u|you|yous|youse) going to have to (?!wait for (?:us|me)\b)[a-z]+/,
    construction: 'customer-obligation',
    category: 'commands',
    not: /\b(?:if|unless|whether)\b|\?/,
  },
  // Blame for a call not made, in the verbs the packs leave ("You should've rung us before eleven").
  {
    re: new RegExp(String.raw`\b${YOU} (?:really |just )?(?:should|should of) (?:have )?(?:just )?(?:rung|rang|buzzed|pinged|texted|messaged|dropped us a (?:line|message|text)|given us a (?:ring|bell|call|shout|heads up))\b`),
    construction: 'second-person-blame',
    category: 'blame',
  },
  // Our system throwing the agent out, or a greyed-out option given as the reason nothing can be done.
  {
    re: /\b(?:system|portal|app|site|website|screen|software|computer|till|until|dashboard|page|crm|database|tool|laptop|terminal) (?:keeps|kept|is|was|has been|will not stop) (?:kicking|kickin|logging|throwing|booting|chucking|timing) (?:' )?(?:me|us) out\b/,
    construction: 'system-blocks',
    category: 'cant-wont',
    not: /\b(?:if|once|when|after|so (?:you|that you) (?:can not|cannot|do not)|double)\b/,
  },
  {
    // Greyed out only as the reason the agent cannot ("so cant do it"): a greyed-out date explained is help (rwen27's contrasts).
    re: /\b(?:system|portal|app|site|screen|software|calendar|button|option|slot|date|day|box)s? (?:greys|grays|is greyed|is grayed|are greyed|are grayed|goes grey|go grey|has greyed|keeps greying) out\b/,
    construction: 'system-blocks',
    category: 'cant-wont',
    need: /\bso (?:i |we )?(?:can not|cannot|cant|could not|will not|wont|am not able|are not able|unable|no can do|not possible)\b/,
    not: /\b(?:if|once|when|after|so (?:you|that you) (?:can not|cannot|do not)|double)\b/,
  },
  // Talking down.
  {
    re: /\bi (?:do )?hope (?:now |that )?(?:it|this|that|everything|things) (?:is|are|makes|has made) (?:now |finally |all |at last )+(?:clear|sense|clearer)\b|\b(?:it is|its|that is|thats|it was) (?:literally|clearly|right there|all|plainly) (?:in|on) (?:the|our|my) (?:email|e-mail|message|text|confirmation|letter|instructions|page|website|booking|terms|ticket|receipt)s? (?:we|i) (?:sent|gave|emailed|posted|wrote)\b|(?<=^|[,;.] |\b(?:well|oh|look) (?:, )?)i am sure you know best\b|^(?:(?:well|oh|ah|hmm) ,? )?(?:funny|interesting|strange|odd) how (?:the|it|your|this|that|these|those) .{0,60}\b(?:only|always|never|just|suddenly)\b/,
    construction: 'talking-down',
    category: 'passive-aggressive',
    not: /\b(?:glad|happy|great to|lovely|love it|enjoy|worked out|sorted now|clear skies|weather)\b/,
  },
];

/** Norms any of the patterns needs (the gate: most sentences hold none). */
const GATE = new Set(
  `rules how way sorry soz sry outside beyond out people lot guys folks team side stuffed mucked messed screwed cocked botched buggered
  fudged balled bollocksed gone been went sure ensure got gotta have has need needs must hafta hope literally clearly funny interesting
  strange odd its only just going rung rang buzzed pinged texted messaged dropped given kicking kickin logging throwing booting chucking
  timing greys grays greyed grayed grey greying`.split(/\s+/),
);

/** (perfen31) kinds30MayStart's word (./dispatch.en.ts). */
export const kinds30Word = (w: string): boolean => GATE.has(w);

export function kinds30MayStart(tokens: readonly Token[]): boolean {
  return someNormIn(GATE, tokens);
}

/** The thirtieth session's English kinds in one sentence. */
export function readKinds30(tokens: Token[]): GenericHit[] {
  return readNormPatterns(PATTERNS, tokens);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(PATTERNS);
