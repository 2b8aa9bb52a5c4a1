/**
 * The twenty-eighth session's English readings (rwen28, issue 12; late27's development misses, the kinds that recur on
 * late26 and late25), read in the tenth pass (./kinds22.en.ts) behind cheap gates, each tried first on
 * scripts/en-recall28-matrix.ts (positives and close contrasts in many trades and voices):
 *
 * - **not knowing, with the subject left out** (`readDontKnowBare`, gate: "do not know" among the first words): "Don't know
 *   when the engineer is due", "dont know whether the ferry is running", "Sorry, don't know what time the coach gets back":
 *   chat's "(I) don't know" opening the sentence, before a question word about the customer's thing. Never a question to the
 *   customer ("Don't know which size to pick? …", read by neutral15's doubt-asked), "what / how to …" (an infinitive), the
 *   agent's own feelings ("how I feel", "what I'd do without you"), a subject before it ("people who don't know when …").
 * - **a rule cited by its clause as the reason** (`readRuleCited`, gate: a citing word and a rule document in the sentence):
 *   "… are required in the clubhouse as per Section 9 of the Membership Regulations", "The charge was applied in accordance
 *   with clause 7.3 of our Terms and Conditions", "… is retained under clause 12 of the tenancy agreement": a numbered
 *   clause or a named rule document after "as per / in accordance with / in line with / under / as set out in", in a
 *   sentence that holds a restriction, a duty or a charge. Never a grant ("you are entitled to …", read by policy-grant.en.ts
 *   for every policy reading), the customer's own request ("as per your email"), a document only pointed to.
 * - **talking down, said outright** (`readTalkingDown`, gate: "repeat / say", "sure", "clearly"): "I will repeat one
 *   more time (because it seems was not clear)", "let me say it once more"; "… which I'm sure you read"; "the confirmation
 *   clearly says Terminal 3, not Terminal 5" (a document of the customer's "clearly" saying what they missed: only with a
 *   contrast, "only", "again" or a reminder in the sentence). Never "I'll repeat the test tomorrow", "let me explain once more how it
 *   works", "I'm sure you'll love it", "your statement clearly shows the refund".
 *
 * Every hit is advice (no text change); the pack rules that read "I don't know when …" give the not-knowing template, and a
 * policy wall gets template16's blank.
 */
import type { Token } from '../../nlp/index.ts';
import { words } from './en.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

const norm = (toks: readonly Token[], k: number): string => (k >= 0 && k < toks.length ? toks[k].norm : '');

/** Words that may come before the bare "don't know" at the head of the sentence. */
const HEAD_FILLERS = words('sorry sry soz ach och hmm hmmm erm um umm ah oh honestly tbh ok okay right so still really yeah yep nope well');
const WH = words('when where whether if why what who which how');
/** "how" only as a measure ("how long / much / many / soon"). */
const HOW_MEASURE = words('long much many soon far quickly');

export function dontKnowBareMayStart(toks: readonly Token[]): boolean {
  for (let k = 0; k < toks.length && k < 6; k++) if (toks[k].norm === 'know' && norm(toks, k - 1) === 'not' && norm(toks, k - 2) === 'do') return true;
  return false;
}

export function readDontKnowBare(toks: Token[]): GenericHit[] {
  if (toks.some((t) => t.norm === '?')) return [];
  let k = 0;
  while (k < toks.length && (!toks[k].word || HEAD_FILLERS.has(toks[k].norm))) k++;
  if (norm(toks, k) !== 'do' || norm(toks, k + 1) !== 'not' || norm(toks, k + 2) !== 'know') return [];
  const w = k + 3;
  const wh = norm(toks, w);
  if (!WH.has(wh)) return [];
  if (wh === 'how' && !HOW_MEASURE.has(norm(toks, w + 1))) return [];
  // "what to do", "where to go": an infinitive; "what I'd do", "how I feel", "why we bother": the agent's own.
  if (norm(toks, w + 1) === 'to' || (/^(?:what|why|how)$/.test(wh) && /^(?:i|we|me)$/.test(norm(toks, w + 1)))) return [];
  // A word after the question word ("Don't know when." alone is read by the packs' bare forms), not a pair ("who or what").
  if (!toks[w + 1]?.word || norm(toks, w + 1) === 'or') return [];
  return [{ start: toks[k].start, end: toks[w].end, category: 'uncertainty', construction: 'not-knowing' }];
}

// ---------------------------------------------------------------- a rule cited by its clause as the reason

const CITE = String.raw`(?:as per|per|in accordance with|in line with|under|pursuant to|as (?:set out|stipulated|outlined|stated|specified|laid out|detailed) in)`;
const DOC = String.raw`(?:terms and conditions|terms of (?:service|business|use|hire)|terms|t & cs|t & c|ts & cs|conditions|regulations|rules|policy|agreement|contract|handbook|code of conduct|bylaws|by-laws|charter|booking conditions|conditions of (?:carriage|hire|sale))`;
const NAMED_DOC = String.raw`(?:terms and conditions|terms of (?:service|business|use|hire)|t & cs|ts & cs|regulations|bylaws|by-laws|code of conduct|booking conditions|conditions of (?:carriage|hire|sale)|membership rules|house rules|club rules)`;
const CLAUSE_NO = String.raw`(?:section|clause|article|paragraph|rule|term|condition|part|schedule) [0-9][0-9.]*(?: [a-z])?(?: \( [a-z0-9]+ \))?`;
const RULE_CITED: readonly NormPattern[] = [
  {
    re: new RegExp(String.raw`(?<=\S )${CITE} (?:${CLAUSE_NO}(?: of (?:the|our|your) (?:[a-z&'-]+ ){0,4}?${DOC})?|(?:the|our) (?:[a-z&'-]+ ){0,3}?${NAMED_DOC})\b`),
    construction: 'policy-shield',
    category: 'policy',
    need: /\b(?:not|no|never|cannot|unable|required|require|requires|must|only|charge|charged|charges|fee|fees|penalty|fine|fined|applied|retained|withheld|forfeit|forfeited|excluded|non-refundable|nonrefundable|declined|refused|void|invalid|prohibited|mandatory|compulsory|liable|deducted|payable)\b/,
    not: /\b(?:entitled|eligible|welcome to|you (?:can|may) (?!not\b)|free of charge|at no (?:extra )?cost|refunded in full|full refund)\b/,
  },
];

export function ruleCitedMayStart(toks: readonly Token[]): boolean {
  return toks.some((t) => /^(?:per|accordance|line|under|pursuant|set|stipulated|outlined|stated|specified|laid|detailed)$/.test(t.norm)) && toks.some((t) => /^(?:section|clause|article|paragraph|rule|term|condition|part|schedule|terms|conditions|regulations|bylaws|by-laws|conduct|cs|rules)$/.test(t.norm));
}

export function readRuleCited(toks: Token[]): GenericHit[] {
  return readNormPatterns(RULE_CITED, toks);
}

// ---------------------------------------------------------------- talking down, said outright

const DOC_NOUN = String.raw`(?:confirmation|email|e-mail|ticket|invoice|receipt|booking|website|site|page|label|instructions|manual|terms|t & cs|contract|letter|text|message|sign|notice|form|itinerary|voucher|leaflet|guide)`;
const TALKING_DOWN: readonly NormPattern[] = [
  {
    re: /\b(?:(?:i|we) (?:will|shall|am going to|are going to) |let me |(?:i|we) have to )(?:repeat|say) (?:it |this |that |myself )?(?:one more time|once more|once again|(?:for )?(?:one|a) last time)\b/,
    construction: 'talking-down',
    category: 'passive-aggressive',
  },
  {
    re: /\b(?:which|that|as) (?:i am|i'm|im) sure (?:you|u) (?:have |had )?(?:read|saw|seen|noticed|received|got|checked)\b/,
    construction: 'talking-down',
    category: 'passive-aggressive',
  },
  {
    re: new RegExp(String.raw`\b(?:the|your|our) (?:[a-z]+ )?${DOC_NOUN} (?:clearly|plainly|explicitly) (?:says|said|states|stated|shows|showed|mentions|mentioned|lists|listed)\b`),
    construction: 'talking-down',
    category: 'passive-aggressive',
    need: /\b(?:not|only|reminder|again|please (?:check|read|look))\b/,
    not: /\b(?:refund|refunded|credit|credited|thank|thanks)\b/,
  },
];

export function talkingDownMayStart(toks: readonly Token[]): boolean {
  return toks.some((t) => /^(?:repeat|say|sure|clearly|plainly|explicitly)$/.test(t.norm));
}

export function readTalkingDown(toks: Token[]): GenericHit[] {
  return readNormPatterns(TALKING_DOWN, toks);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(RULE_CITED, TALKING_DOWN);
