/**
 * English frustration, session 12's kinds of misses (phrasings other writers use, each a family, never one sentence). Words
 * join frustration.ts's categories (same names: the matcher merges them), so negation, hedges and the threshold apply as
 * before; every phrase here says displeasure by its own words (no thanks, greeting or function word carries it):
 * - sarcasm that praises what was not given: "you're spoiling me", "counts for so much", "doesn't feel like it";
 * - templates and scripts named as the answer they got: "another template response", "a template reply";
 * - escalation over everyone's head: "your CEO", "the chief executive", "writing to them directly", "head office";
 * - time wasted named as a cost: "compensation for the time I've wasted", "the time you have wasted";
 * - silence told as a rule: "nobody ever does", "no one ever calls back", "every call ends the same way";
 * - money taken: "you took my money", "what exactly am I paying you for", "I asked for my money back".
 */
import type { LexiconPart } from '../tokens.ts';

export const enKinds12Lexicon: LexiconPart = {
  'frustration.sarcasm': {
    'you are spoiling me': 1.2, 'spoiling me': 0.9, 'spoiling us': 0.9, 'counts for so much': 1.1, 'count for so much': 1.1, 'counts for a lot': 0.6,
    'does not feel like it': 0.9, 'does not look like it': 0.8, 'you would never know': 1, 'you would not know it': 1, 'a whole two': 0.8, 'a whole three': 0.8,
    'what a treat': 0.9, 'lucky me': 1, 'aren\'t i lucky': 1.1, 'am i not lucky': 1.1,
  },
  'frustration.complaint': {
    'another template': 1, 'template response': 0.9, 'template reply': 0.9, 'template email': 0.8, 'templated response': 0.9, 'templated reply': 0.9,
    'automated response': 0.6, 'another automated': 0.8, 'generic response': 0.8, 'generic reply': 0.8,
    'nobody ever does': 1, 'no one ever does': 1, 'nobody ever calls': 0.9, 'no one ever calls': 0.9, 'nobody ever replies': 0.9, 'no one ever replies': 0.9,
    'ends the same way': 0.8, 'every call ends': 0.7, 'same story every time': 1, 'same story every': 0.9,
    'you took my money': 1.1, 'took my money and': 1, 'asked for my money back': 0.9, 'what exactly am i paying you for': 1.3, 'time i have wasted': 1.1, 'time you have wasted': 1.2,
    'time i have lost': 0.9, 'compensation for my time': 0.8,
    // The remedy offered, refused: "I don't want a voucher. I want my money back."
    'do not want a voucher': 0.8, 'do not want vouchers': 0.8, 'do not want another voucher': 1, 'do not want a credit note': 0.8, 'do not want store credit': 0.8,
    'do not want account credit': 0.8, 'do not want a discount': 0.7, 'not interested in a voucher': 0.8, 'not interested in vouchers': 0.8, 'want the money back': 0.6,
    // The customer's cost named: "this is costing us real money", "costing me customers".
    'costing us money': 0.9, 'costing us real money': 1, 'costing me money': 0.9, 'costing us customers': 1, 'costing us business': 1, 'costing me business': 1,
    'costing us thousands': 1, 'costing me a fortune': 1,
    // Sent between departments, each blaming the other.
    'passed between': 0.9, 'been passed between': 1, 'bounced between': 0.9, 'the other one\'s job': 0.9, 'each one says': 0.6, 'blaming each other': 1,
    // Instructions followed exactly, and still: "followed your guide to the letter".
    'to the letter': 0.6,
  },
  'frustration.preface': { 'forgive me if': 0.5, 'forgive me for asking': 0.5 },
  'frustration.escalation': {
    'your ceo': 1.1, 'the ceo': 0.8, 'chief executive': 1, 'your chief executive': 1.1, 'managing director': 0.8, 'head office': 0.6,
    'writing to them directly': 1, 'write to the ceo': 1.2, 'writing to the ceo': 1.2, 'email the ceo': 1.2, 'emailing the ceo': 1.2,
  },
};
