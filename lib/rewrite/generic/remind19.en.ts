/**
 * The lead's English pass of the nineteenth session: two kinds no other English reader holds, written from how agents
 * write (not from any split's items) and checked with scripts/en-family-matrix.ts (families `remind/…`).
 *
 * - pointed-reminder (passive-aggressive): "May I remind you that …", "I'd kindly remind you that …", "Let me remind you
 *   …", "I must remind you …", "Please be reminded that …", "You were informed/reminded that …" is read elsewhere.
 *   "I would like to remind you that …" only when what follows points back (terms sent, agreed, told, stated, policy):
 *   "I'd like to remind you that your appointment is tomorrow" is a plain reminder. "I'll remind you nearer the time" is a
 *   service. At a sentence's start the words become "Just a reminder that" (./remind19.rewrite.en.ts): the same
 *   information, nothing added.
 * - not-supposed-to (blame): "which you weren't supposed to do", "You're not meant to open the seal": the customer told
 *   they broke a rule. Not the customer as the one things happen to ("you weren't supposed to be charged", "… to get that
 *   email", "… to have to wait"): those own a mistake of ours.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import type { GenericHit } from './types.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns } from './norm-patterns.en.ts';

/** What follows a reminder when it points back at what the customer was told or agreed to. */
const POINTS_BACK = /\bremind (?:you|u) (?:that |of )?.*\b(?:were|was|had been|have been|has been|agreed|accepted|signed|told|informed|stated|mentioned|explained|already|previously|clearly|as per|policy|policies|terms|conditions|rules)\b/;

const PATTERNS: readonly NormPattern[] = [
  { re: /\b(?:may i|might i|can i|could i|let me|i must|i have to|i need to|i would kindly|i kindly|i would again|i feel i (?:should|must|need to|have to)|i am obliged to|i am compelled to) (?:just |kindly |again |once again |gently )?remind (?:you|u)\b(?! (?:to|later|nearer|closer|before|on|in|when|nearer)\b)/, construction: 'pointed-reminder', category: 'passive-aggressive' },
  { re: /\b(?:i would (?:just )?like to|i would|i wish to|i want to|allow me to|i just want to|i just wanted to|i wanted to) (?:just |kindly |again |once again |gently )?remind (?:you|u)\b(?! (?:to|later|nearer|closer|before|on|in|when)\b)/, construction: 'pointed-reminder', category: 'passive-aggressive', need: POINTS_BACK },
  { re: /\b(?:please|kindly) be reminded\b|\byou are (?:kindly |hereby )?reminded that\b/, construction: 'pointed-reminder', category: 'passive-aggressive' },
  { re: /\b(?:you|u) (?:were|was|are|r|have been) not (?:supposed|meant|allowed|permitted) to (?!(?:be|get|receive|have|see|hear|wait|pay|need|worry|deal|go through|chase|lose)\b)/, construction: 'not-supposed-to', category: 'blame' },
];

/** The explanations of this pass's constructions, in both UI languages. */
export const EXPLAIN_REMIND19_EN: Record<string, { en: string; fa: string }> = {
  'pointed-reminder': {
    en: 'This reminds the customer pointedly ({words}): give the information as a friendly reminder.',
    fa: 'این جمله با لحنی گلایه‌آمیز به مشتری یادآوری می‌کند ({words}): همان اطلاعات را دوستانه یادآوری کنید.',
  },
  'not-supposed-to': {
    en: 'This tells the customer they broke a rule ({words}): describe what happened and what happens next.',
    fa: 'این جمله به مشتری می‌گوید قانونی را زیر پا گذاشته ({words}): بگویید چه شد و قدم بعدی چیست.',
  },
};

/** What the pass reads in one English sentence, offsets into `text`. */
export function readRemind19En(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  // Most sentences hold neither word: the cheap test first.
  if (!/remind|suppos|meant|allowed|permitted/i.test(text)) return [];
  return readNormPatterns(PATTERNS, tokens);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(PATTERNS);
