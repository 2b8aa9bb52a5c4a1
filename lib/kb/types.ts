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

/** What a file, URL list or page extraction produces before it is stored. */
export interface KbArticleInput {
  id?: string;
  title: string;
  url: string;
  body: string;
  language?: string;
  tags?: string[];
  source?: 'page' | 'url' | 'file' | 'manual';
}

export interface KbSuggestion {
  articleId: string;
  /** Higher is better; comparable only within one query. */
  score: number;
  /** The query terms (as the customer wrote them) that the article matched on. */
  matchedTerms: string[];
}

export interface KbIndex {
  suggest(text: string, limit?: number): KbSuggestion[];
  /** Adds or replaces one article without rebuilding the index. */
  upsert(article: KbArticle): void;
  remove(id: string): void;
  readonly size: number;
}
