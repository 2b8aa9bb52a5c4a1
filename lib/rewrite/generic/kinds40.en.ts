/**
 * The fortieth session's English kinds (en40: late38's misses read by kind, kept where the kind recurs in the older writer
 * splits late20 … late37, train31 … train35d). Read in the tenth pass (./kinds22.en.ts) behind one word bit (24). Each form
 * was written first as look-alikes in other trades and spellings with contrasts that must stay silent
 * (scripts/en-recall40-matrix.ts, tests/unit/rewrite/en-recall40.test.ts). Every hit is advice of an existing construction
 * (no text change): only the agent knows who does handle the matter and how to reach them.
 *
 * - **not ours, in the forms fresh writers use** (`not-ours`; late33, train34, train34b, train35, train35b, train35d,
 *   late38): the matter disowned and then a vocative or a particle closing the clause ("thats not us babe, broadband's a
 *   different company", "Guttering's not us, love, …") or run straight into who does handle it ("thats not us its the
 *   council that does strays"); the Scots "that's no us"; "not us" after the party that runs it, with the customer sent
 *   there ("run by the council IT team, not us - log it with them"); "is not with our team / from our side" with the party
 *   that does named or the customer sent on ("…, is the website that manage it", "…, you will have to contact the Golf
 *   Union office"); "aren't owt / anything to do with us".
 *   Never a scam disowned ("it's not us, love, we never text"), "not us being difficult", a question, the past ("that
 *   wasn't us"), a thing that is simply not with us yet ("your parcel is not with our team yet, the courier has it").
 */
import type { Token } from '../../nlp/index.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns, someNormIn } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

/** A scam disowned, "not us being difficult", our own fault owned, a question (dept.en.ts's NOT_OURS_EXCEPT and kinds31's). */
const NOT_OURS40 = /\b(?:scam|scams|phishing|fraud|fraudulent|fake|spam|hoax|suspicious|impersonat[a-z]*|being|who sent|we never|we would never|we do not (?:call|text|email|ask)|never (?:call|text|email|ask)|our (?:fault|mistake|error)|not (?:us|ours) to)\b|\?/;
/** A vocative or a discourse particle closing the clause after "not us". */
const VOCATIVE40 = String.raw`(?:babe|bab|love|luv|pet|hun|hon|mate|dear|sir|madam|maam|boss|bro|pal|darling|duck|hen|chief|lah|la|po|ya|o|one)`;
/** Another party named as the one that does handle it, or the customer sent there. */
const ELSEWHERE40 = /\b(?:it is|its|is|that is|thats|they are) (?:the|your|a|an|their) (?:[a-z'-]+ ){0,4}(?:who|that|which|one|ones)\b|\b(?:you (?:will|would|may|might|shall) (?:have|need) to|you have to|you need to|you (?:will |would )?want (?:to )?|please|kindly|pls|try|go to|log it with|raise it with|take it up with) (?:contact|call|ring|phone|ask|check with|speak to|speak with|talk to|email|write to|go to|get in touch with|a|an|the|your|them)\b|\b(?:contact|call|ring|ask|ask at|check with|speak to|email) (?:the|your|them|their)\b/;

const FORMS40: readonly NormPattern[] = [
  {
    // "thats not us babe, broadband's a different company", "Guttering's not us, love, you want a gutter firm", "insurance
    // part's not us lah": a vocative or a particle closing the clause.
    re: new RegExp(String.raw`\b(?:that|this|it|[a-z-]+) (?:is|'s|are) (?:really |just |actually |definitely )?not (?:us|ours)(?= (?:, )?${VOCATIVE40} *(?:[,;:.!–-]|$))`),
    construction: 'not-ours',
    category: 'dismissive',
    not: NOT_OURS40,
  },
  {
    // "thats not us its the council that does strays": run straight into who does handle it.
    re: /\b(?:that|this|it) (?:is|'s) (?:really |just |actually |definitely )?not (?:us|ours)(?= (?:it is|its|that is|thats|they are|theyre) (?:the|your|a|an)\b)/,
    construction: 'not-ours',
    category: 'dismissive',
    not: NOT_OURS40,
  },
  {
    // "Blocked gutters are the factor's job, that's no us.": the Scots "no" for "not".
    re: /\b(?:that|this|it) (?:is|'s) no (?:us|oors|ours)(?= *(?:[,;:.!–-]|$)| (?:pal|hen|son|mate|love|pet|doll)\b)/,
    construction: 'not-ours',
    category: 'dismissive',
    not: NOT_OURS40,
  },
  {
    // "Wi-Fi in the reading room's run by the council IT team, not us - log it with them": "not us" after the party that
    // runs it, with the customer sent there.
    re: /(?<=\b(?:run|done|handled|managed|sorted|dealt with|looked after|issued|set|decided|owned|operated) by (?:the|your|a|an|their) (?:[a-z'-]+ ){0,4}[a-z'-]+ (?:[,–-] )?)not us(?= *(?:[,;:.!–-]|$))/,
    construction: 'not-ours',
    category: 'dismissive',
    need: ELSEWHERE40,
    not: NOT_OURS40,
  },
  {
    // "The gift voucher … is not with our team, is the website that manage it", "the handicap certificate is not from our
    // side, you will have to contact the Golf Union office".
    re: /\b(?:is|are|'s) not (?:with|from) (?:us|our (?:side|end|team|department|dept|office|company|shop|store))\b/,
    construction: 'not-ours',
    category: 'dismissive',
    need: ELSEWHERE40,
    not: new RegExp(String.raw`${NOT_OURS40.source}|\b(?:with|from) (?:us|our [a-z]+) (?:yet|anymore|any more|now|today|at the moment|right now)\b`),
  },
  {
    // "Penalty charges aren't owt to do with us, it's the enforcement team": "owt / anything" (and "nowt / nothing") to do
    // with us, said of a matter (dept.en.ts reads "that / this / it has nothing to do with us").
    re: /\b(?:is|are|'s) (?:not (?:owt|anything)|nowt|nothing) to do with (?:us|our (?:team|company|side|end|department|shop|store|office))\b/,
    construction: 'not-ours',
    category: 'dismissive',
    not: NOT_OURS40,
  },
  {
    // "I'll have a go at chasing the vendor, don't hold your breath though", "…, but I wouldn't hold my breath": the effort
    // hedged down to nothing. Closing its clause, with our effort in the sentence; never an instruction ("don't hold your
    // breath during the scan / while lifting").
    re: /\b(?:do not|would not|i would not|i do not think i would|no need to) hold (?:your|my|ur|yer) breath(?= *(?:(?:though|tho|on (?:that|this|it)|lol|haha|mind|just yet|yet) *)?(?:[,;:.!–)-]|$))/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    need: /\b(?:i|we|i will|we will|try|trying|chase|chasing|ask|asking|see|have a go|give it a|push|pushing)\b/,
    not: /\b(?:scan|x-ray|xray|mri|lift|lifting|dive|diving|swim|swimming|underwater|breathe|breathing|exhale|inhale|photo|test|exercise|stretch|pose)\b|\?/,
  },
  {
    // "Tuner's on the ferry. Hopefully with you by 11.": a delivery or our step's outcome hoped for by a time, the verb left
    // out (readHopefully in ./en.ts reads "hopefully it will … by"). Never a wish ("Hopefully with you soon, enjoy!").
    re: /(?<=^|[,;:–-] )(?:(?:and|so|but) )?hopefully(?= (?:with you|there|back(?: with you)?|ready|done|sorted|fixed|delivered|dispatched|arriving|on site|on its way|on the way|in stock) (?:[a-z0-9:.'-]+ ){0,2}(?:by|before|within|around|about|tomorrow|today|tonight|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[0-9]))/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    not: /\b(?:enjoy|enjoying|fun|good luck|feel better|see you|congrat[a-z]*)\b|!|\?/,
  },
];

/** Norms one of which every reading needs. */
const GATE = new Set(['us', 'our', 'ours', 'oors', 'breath', 'hopefully']);

/** The gate's word test (./kinds22.en.ts's word bit 24, audited by tests/unit/rewrite/en-gates.test.ts). */
export const kinds40Word = (w: string): boolean => GATE.has(w);

export function kinds40MayStart(tokens: readonly Token[]): boolean {
  return someNormIn(GATE, tokens);
}

/** The fortieth session's English kinds in one sentence. */
export function readKinds40(tokens: Token[]): GenericHit[] {
  return readNormPatterns(FORMS40, tokens);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(FORMS40);
