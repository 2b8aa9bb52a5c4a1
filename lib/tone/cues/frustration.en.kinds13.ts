/**
 * English frustration, session 13 (issue 13): kinds of misses read off late8 that are general families, each a family of
 * wordings, never one sentence. Words join frustration.ts's categories (the matcher merges them), so negation, hedges and
 * the threshold apply as before:
 * - judgement nouns missing from the lists: "this kind of nonsense", "utter nonsense";
 * - "how hard can it be" said of "this" or "that" (a question that is a complaint; "how hard is it to…" stays a question);
 * - a pointed demand for the company's remedy: "What are you going to do about it?";
 * - review-site threats: "on every review site", "review sites"; never coming back: "would never order again", "never using you again";
 * - "this kind of", "that sort of": a noun phrase, not the hedge "kind of" ("a bit", "sort of") it contains.
 */
import type { LexiconPart } from '../tokens.ts';

export const enKinds13Lexicon: LexiconPart = {
  'frustration.judgement': { nonsense: 1, 'utter nonsense': 1.2, 'complete nonsense': 1.2 },
  'frustration.rhetorical': {
    'how hard can this be': 1.3, 'how hard can that be': 1.3, 'how difficult can this be': 1.3, 'how difficult can that be': 1.3,
    'how hard could it be': 1.2, 'how hard could this be': 1.2,
  },
  'frustration.complaint': {
    'what are you going to do about it': 1, 'what are you going to do about this': 1, 'what do you intend to do about it': 1,
    'what do you intend to do about this': 1, 'what are you gonna do about it': 1,
  },
  'frustration.escalation': {
    'review site': 0.8, 'review sites': 0.8, 'every review site': 1.1, 'review website': 0.8, 'review websites': 0.8,
    // Never coming back, with the verb between "never" and "again".
    'never order again': 1, 'never ordering again': 1, 'never be ordering again': 1, 'never order from you again': 1.1, 'never buy from you again': 1.1,
    'never be using you again': 1.1, 'never using you again': 1.1, 'never use you again': 1.1, 'never shop here again': 1, 'never shop with you again': 1.1,
    'never fly with you again': 1.1, 'never book with you again': 1.1, 'never stay here again': 1, 'never be back': 0.9,
  },
  // Weight 0: the longest hedge match, which the shared weighing skips (the hedge "kind of" is not read inside "this kind of").
  'mod.hedge': {
    'this kind of': 0, 'that kind of': 0, 'these kind of': 0, 'those kind of': 0, 'what kind of': 0, 'the kind of': 0, 'any kind of': 0, 'some kind of': 0,
    'this sort of': 0, 'that sort of': 0, 'these sort of': 0, 'what sort of': 0, 'the sort of': 0, 'any sort of': 0, 'some sort of': 0,
  },
};
