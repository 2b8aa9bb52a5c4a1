/**
 * The rewrite suggestions for the agent's draft: the score, then each flagged phrase in its
 * sentence, its replacements as buttons, why, and dismiss / silence. Everything from packs and
 * drafts is rendered as text nodes only.
 */
import type { FocusEvent } from 'react';
import { dirOf, type StringKey, type Translate, type UiLang } from '../../lib/i18n/index.ts';
import type { Suggestion } from '../../lib/rewrite/index.ts';
import { sentences } from '../../lib/text/index.ts';
import './RewriteList.css';

export interface RewriteListProps {
  draft: string;
  suggestions: Suggestion[];
  score: number;
  lang: UiLang;
  t: Translate;
  onApply(s: Suggestion, replacementIndex: number): void;
  onApplyAll(): void;
  onDismiss(s: Suggestion): void;
  onSilence(s: Suggestion): void;
  onFocusSuggestion?(s: Suggestion | null): void;
}

/** Characters of context shown on each side of the phrase. */
const CONTEXT = 70;

/** The sentence around a suggestion, cut to a readable window: [before, phrase, after]. */
export function contextOf(draft: string, suggestion: Suggestion): [string, string, string] {
  // Highlight the words the rule matched, not the space or capital a deletion also takes.
  const s = suggestion.flagged ?? suggestion;
  const sent = sentences(draft).find((x) => x.start <= s.start && s.start < x.end) ?? { start: Math.max(0, s.start - CONTEXT), end: Math.min(draft.length, s.end + CONTEXT) };
  let a = sent.start;
  let b = Math.max(sent.end, s.end);
  if (s.start - a > CONTEXT) a = s.start - CONTEXT;
  if (b - s.end > CONTEXT) b = s.end + CONTEXT;
  const before = (a > sent.start ? '…' : '') + draft.slice(a, s.start).trimStart();
  const after = draft.slice(s.end, b).trimEnd() + (b < sent.end ? '…' : '');
  return [before, draft.slice(s.start, s.end), after];
}

const keyOf = (s: Suggestion) => `${s.packId}/${s.ruleId}@${s.start}`;

export function RewriteList(p: RewriteListProps) {
  const { draft, suggestions, score, lang, t } = p;
  const level = score >= 85 ? 'good' : score >= 60 ? 'fair' : 'poor';
  const leave = (e: FocusEvent<HTMLLIElement>) => {
    // Focus moving between buttons of the same item keeps its highlight on the page.
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) p.onFocusSuggestion?.(null);
  };
  return (
    <div className="rewrite" dir={dirOf(lang)}>
      <div className="rewrite-head">
        <span className="rewrite-score" data-level={level} title={t('rewrite.scoreHelp')}>
          {t('rewrite.score', { score })}
        </span>
        <span className="rewrite-bar" aria-hidden="true">
          <span className="rewrite-bar-fill" data-level={level} style={{ inlineSize: `${Math.max(0, Math.min(100, score))}%` }} />
        </span>
        {suggestions.length >= 2 && (
          <button type="button" className="rewrite-apply-all" onClick={() => p.onApplyAll()}>
            {t('rewrite.applyAll', { count: suggestions.length })}
          </button>
        )}
      </div>
      {draft.trim() === '' ? (
        <p className="rewrite-empty">{t('rewrite.emptyDraft')}</p>
      ) : suggestions.length === 0 ? (
        <p className="rewrite-empty" role="status">
          {t('rewrite.empty')}
        </p>
      ) : (
        <ul className="rewrite-list" aria-label={t('rewrite.list')}>
          {suggestions.map((s) => {
            const [before, phrase, after] = contextOf(draft, s);
            const original = phrase.trim();
            return (
              <li
                key={keyOf(s)}
                className="rewrite-item"
                data-severity={s.severity}
                onMouseEnter={() => p.onFocusSuggestion?.(s)}
                onMouseLeave={() => p.onFocusSuggestion?.(null)}
                onFocus={() => p.onFocusSuggestion?.(s)}
                onBlur={leave}
              >
                <p className="rewrite-context" dir="auto">
                  {before}
                  <mark className="rewrite-phrase">{phrase}</mark>
                  {after}
                </p>
                <div className="rewrite-meta">
                  <span className="rewrite-category">{t(`rewrite.category.${s.category}` as StringKey)}</span>
                  <span className="rewrite-severity" data-severity={s.severity}>
                    {t(`rewrite.severity.${s.severity}` as StringKey)}
                  </span>
                </div>
                <div className="rewrite-options" role="group" aria-label={t('rewrite.replaceWith')}>
                  {s.replacements.map((r, k) => {
                    const text = r.trim() === '' ? t('rewrite.remove') : r.trim();
                    return (
                      <button
                        key={k}
                        type="button"
                        className="rewrite-replacement"
                        dir="auto"
                        aria-label={t('rewrite.applyLabel', { original, text })}
                        onClick={() => p.onApply(s, k)}
                      >
                        {text}
                      </button>
                    );
                  })}
                </div>
                <p className="rewrite-why" dir="auto">
                  <span className="rewrite-why-label">{t('rewrite.why')}: </span>
                  {s.explanation}
                </p>
                <div className="rewrite-actions">
                  <button type="button" className="rewrite-dismiss" aria-label={t('rewrite.dismissLabel', { original })} onClick={() => p.onDismiss(s)}>
                    {t('rewrite.dismiss')}
                  </button>
                  <button type="button" className="rewrite-silence" aria-label={t('rewrite.silenceLabel', { original })} onClick={() => p.onSilence(s)}>
                    {t('rewrite.silence')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
