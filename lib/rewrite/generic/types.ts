import type { Token } from '../../nlp/index.ts';
import type { RuleCategory } from '../../packs/schema.ts';

/**
 * A construction the generic reader recognises in one sentence of the agent's own words (a refusal,
 * an obligation put on the customer, blame, …) in wordings no phrase rule lists. Offsets are into
 * the sentence passed in, end exclusive. `construction` names what was recognised (an id such as
 * 'negated-ability'); its explanation, in English and Persian, is the reader's EXPLAIN entry.
 */
export interface GenericHit {
  start: number;
  end: number;
  category: RuleCategory;
  construction: string;
}

/**
 * Reads one sentence (quoted customer text already left out) and returns what it recognises.
 * `tokens`, when the caller has them, are `analyzeSentenceTokens(sentence)` (lib/nlp), which a reader
 * that reads those tokens uses instead of analysing the sentence again.
 */
export type GenericReader = (sentence: string, tokens?: Token[]) => GenericHit[];

/** Construction id -> why it is flagged and what to do instead, in both UI languages. */
export type GenericExplain = Record<string, { en: string; fa: string }>;
