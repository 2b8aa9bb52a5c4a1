/**
 * "You need to …" inside a relative clause (issue 12, neutrals flagged; read per rule off every English development
 * split and the Bitext agent responses): "here is the information you need to reset it", "Choose the invoice you need
 * to download", "the documents you'll need to bring are listed below". The customer's need describes a thing (the
 * information, the invoice, the steps); it is no order to the customer, so a `commands` match that starts at that "you"
 * is dropped before any suggestion is chosen (like protective.en.ts and neutral15.en.ts). So is the customer's need
 * after "which / whom / where" ("the order for which you need to change the address") or reported back ("You mentioned
 * that you need to move it", "I'm sorry to learn that you need to file a claim"). Written here, not as the pack's
 * `unless` patterns, because the pack is at its pattern budget.
 *
 * The antecedent is a noun phrase right before "you": a determiner or possessive ("the", "any", "your", …), up to two
 * adjectives or nouns, then the noun. Two constructions look the same and stay flagged:
 * - a fronted clause that lost its comma: "To renew the permit you have to book a slot", "Before I can log the
 *   breakage you need to email a picture", "Sir, to activate the facility you have to visit the branch": the noun
 *   phrase belongs to the fronted clause and "you have to" is the main clause's order;
 * - a copular deflection: "That is a question you need to put to your employer", "It's something you'll need to take
 *   up with the bank": the relative clause is what the sentence says to the customer.
 */
import { analyzeSentenceTokens } from '../nlp/index.ts';

/** A pack candidate as this reader needs it: draft offsets of the match, and where its sentence starts. */
export interface RelativeCandidate {
  start: number;
  end: number;
  sentenceStart: number;
}

const FRONTED = /^\s*(?:(?:so|and|but|or|then|also|now)\s+)?(?:to|in order to|before|after|when|whenever|once|if|for|so that|since|until|till|while|as soon as|whilst)\b/i;
const COPULAR = /^\s*(?:that|this|it)\s*(?:['’]s|is|was|will be|would be)\b/i;
/** The customer's own need reported back: "you said (that)", "you mentioned", "sorry to learn (that)", "I acknowledge that". */
const REPORTED = /(?:\byou (?:say|said|mention|mentioned|told (?:me|us)|tell (?:me|us))|\b(?:learn|learned|learnt|acknowledge|realise|realize))(?:\s+that)?\s+$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'all', 'every', 'each', 'this', 'that', 'these', 'those', 'your', 'our', 'my', 'his', 'her', 'their', 'some', 'which', 'whatever', 'what', 'few', 'other', 'extra', 'only']);

/** The reason a `commands` candidate starting at "you" is a relative clause, or null. */
export function relativeClauseReason(draft: string, c: RelativeCandidate, category: string): string | null {
  if (category !== 'commands' || !/^you\b/i.test(draft.slice(c.start, c.start + 4))) return null;
  // The stretch of the sentence before "you", from its last comma, colon, semicolon, dash or bracket.
  const before = draft.slice(Math.max(c.sentenceStart, c.start - 200), c.start);
  const cut = Math.max(0, ...[',', ';', ':', '–', '—', ' - ', '(', '\n'].map((p) => (before.includes(p) ? before.lastIndexOf(p) + p.length : 0)));
  const seg = before.slice(cut);
  // "the order for which you need to", "the page where you'll need to"; "You mentioned that you need to", "sorry to learn
  // you have to": the customer's need named or reported back.
  if (/\b(?:which|whom|where)\s+$/i.test(seg) || REPORTED.test(seg)) return 'neutral:relative-clause';
  if (!seg.trim() || FRONTED.test(seg) || COPULAR.test(seg)) return null;
  const toks = analyzeSentenceTokens(seg).filter((t) => t.pos !== 'PUNCT' || t.word);
  let k = toks.length - 1;
  if (k < 1 || toks[k].pos !== 'NOUN') return null;
  // Up to two adjectives, numbers or nouns before the head noun, then the determiner.
  let mods = 0;
  k--;
  while (k >= 0 && mods < 2 && (toks[k].pos === 'ADJ' || toks[k].pos === 'NOUN' || toks[k].pos === 'NUM') && !DETERMINERS.has(toks[k].norm)) {
    k--;
    mods++;
  }
  return k >= 0 && DETERMINERS.has(toks[k].norm) ? 'neutral:relative-clause' : null;
}
