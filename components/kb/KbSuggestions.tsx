/**
 * Help articles that fit the customer's message, best first: title, site, why it was suggested
 * (the customer's words it matched, as chips), and buttons to insert a link or open the article.
 */
import type { KbArticle } from '../../lib/kb/index.ts';
import { dirOf, type Translate, type UiLang } from '../../lib/i18n/index.ts';
import './KbSuggestions.css';

export interface KbSuggestionsProps {
  suggestions: { article: KbArticle; score: number; matchedTerms: string[] }[];
  lang: UiLang;
  t: Translate;
  onInsert(a: KbArticle): void;
  onOpen(a: KbArticle): void;
  emptyReason: 'no-message' | 'no-articles' | 'no-match';
}

const EMPTY = { 'no-message': 'kb.empty.noMessage', 'no-articles': 'kb.empty.noArticles', 'no-match': 'kb.empty.noMatch' } as const;

/** The site an article lives on, without "www.". */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function KbSuggestions({ suggestions, lang, t, onInsert, onOpen, emptyReason }: KbSuggestionsProps) {
  if (!suggestions.length) {
    return (
      <div className="tf-kb" dir={dirOf(lang)}>
        <p className="tf-kb-empty" data-reason={emptyReason} role="status">{t(EMPTY[emptyReason])}</p>
      </div>
    );
  }
  return (
    <div className="tf-kb" dir={dirOf(lang)}>
      <ul className="tf-kb-list" aria-label={t('kb.suggest.list')}>
        {suggestions.map(({ article, matchedTerms }) => {
          const host = hostOf(article.url);
          const titleId = `tf-kb-title-${cssId(article.id)}`;
          return (
            <li key={article.id} className="tf-kb-item" aria-labelledby={titleId} data-article-id={article.id}>
              <div className="tf-kb-head">
                <span className="tf-kb-title" id={titleId} dir="auto" lang={article.language}>{article.title}</span>
                {host && <span className="tf-kb-host" dir="ltr">{host}</span>}
              </div>
              {matchedTerms.length > 0 && (
                <div className="tf-kb-why">
                  <span className="tf-kb-why-label">{t('kb.suggest.why')}</span>
                  <ul className="tf-kb-terms">
                    {matchedTerms.map((term) => (
                      <li key={term} className="tf-kb-term" dir="auto">{term}</li>
                    ))}
                  </ul>
                </div>
              )}
              <div className="tf-kb-actions">
                <button type="button" className="tf-primary tf-kb-insert" aria-label={t('kb.suggest.insertLabel', { title: article.title })} onClick={() => onInsert(article)}>
                  {t('kb.suggest.insert')}
                </button>
                <button type="button" className="tf-kb-open" aria-label={t('kb.suggest.openLabel', { title: article.title })} onClick={() => onOpen(article)}>
                  {t('kb.suggest.open')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A string safe to use inside an id attribute (ids of articles are URLs). */
function cssId(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
