import { z } from 'zod';

/** Knowledge-base articles as Tactful stores them: text only, never page HTML. */
export interface KbArticle {
  /** Stable id: `articleIdFor(url)` unless the source gave one. */
  id: string;
  title: string;
  url: string;
  /** Plain text of the article body. */
  body: string;
  /** BCP 47 language tag or 'en' / 'fa', when known. */
  language?: string;
  tags?: string[];
  updatedAt?: number;
}

/**
 * What a file, URL list or page extraction produces before it is stored, as the background
 * checks it (a row of the kb store adds the id and the time).
 */
export const KbArticleInputSchema = z.object({
  id: z.string().min(1).max(300).optional(),
  title: z.string().trim().min(1).max(500),
  url: z.string().url().max(4000).refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) address'),
  body: z.string().max(200_000).default(''),
  language: z.string().max(20).optional(),
  tags: z.array(z.string().max(100)).max(50).optional(),
  source: z.enum(['page', 'url', 'file', 'manual']).optional(),
});
export type KbArticleInput = z.output<typeof KbArticleInputSchema>;

export interface KbSuggestion {
  articleId: string;
  /** Higher is better; comparable only within one query. */
  score: number;
  /** The query terms (as the customer wrote them) that the article matched on. */
  matchedTerms: string[];
  /** Match strength 0..1: the share of the message's informative words the article contains. */
  strength?: number;
}

export interface KbIndex {
  suggest(text: string, limit?: number): KbSuggestion[];
  /** Adds or replaces one article without rebuilding the index. */
  upsert(article: KbArticle): void;
  remove(id: string): void;
  readonly size: number;
}
