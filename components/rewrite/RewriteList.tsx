/**
 * The rewrite suggestions for the agent's draft: the score, then each flagged phrase in its
 * sentence, its replacements as buttons that say what they do, why, and dismiss / silence.
 * Apply all first shows the whole reply after the change and writes only when the agent
 * confirms. After an apply (click or Enter), focus goes to the next suggestion, not to the page.
 * Everything from packs and drafts is rendered as text nodes only.
 */
import { useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { dirOf, type StringKey, type Translate, type UiLang } from '../../lib/i18n/index.ts';
import type { Suggestion } from '../../lib/rewrite/index.ts';
import { planApplyAll, type ApplyAllPlan } from '../../lib/rewrite/applyall.ts';
import { sentences } from '../../lib/text/index.ts';
import type { TextRange } from '../../lib/text/quotes.ts';
import { ApplyAllPreview } from './ApplyAllPreview.tsx';
import { optionLabel } from './labels.ts';
import './RewriteList.css';

export interface RewriteListProps {
  draft: string;
  suggestions: Suggestion[];
  score: number;
  /** Quoted ranges of the draft (the customer's words): shown dimmed in the preview, never changed. */
  quotes?: readonly TextRange[];
  lang: UiLang;
  t: Translate;
  onApply(s: Suggestion, replacementIndex: number): void;
  /** Called only after the agent confirmed the preview, with the exact edits it showed. */
  onApplyAll(plan: ApplyAllPlan): void;
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

const NO_QUOTES: readonly TextRange[] = [];
/** How long after an apply the new draft may take to come back and still move focus. */
const FOCUS_WAIT_MS = 3000;

export function RewriteList(p: RewriteListProps) {
  const { draft, suggestions, score, lang, t } = p;
  const quotes = p.quotes ?? NO_QUOTES;
  const [confirming, setConfirming] = useState(false);
  // The preview follows the draft while it is open: what the agent confirms is what gets written.
  const plan = useMemo(() => planApplyAll(draft, suggestions, quotes), [draft, suggestions, quotes]);
  const showConfirm = confirming && plan.edits.length > 0;
  const { listRef, applied } = useFocusAfterApply(suggestions);
  const onApply = (s: Suggestion, k: number, index: number, template: boolean) => {
    // A template leaves its blank selected in the reply box for the agent to type: focus stays there.
    if (!template) applied(keyOf(s), index);
    p.onApply(s, k);
  };
  return (
    <div className="rewrite" dir={dirOf(lang)}>
      {/* No score for an empty reply: "100/100" for nothing written reads as praise. */}
      {draft.trim() !== '' && <RewriteHead score={score} t={t} edits={showConfirm ? 0 : plan.edits.length} onApplyAll={() => setConfirming(true)} />}
      {showConfirm && (
        <ApplyAllPreview
          plan={plan}
          t={t}
          onCancel={() => setConfirming(false)}
          onConfirm={(confirmed) => {
            setConfirming(false);
            p.onApplyAll(confirmed);
          }}
        />
      )}
      {quotes.length > 0 && draft.trim() !== '' && <p className="rewrite-quoted-note">{t('rewrite.quotedNote')}</p>}
      {draft.trim() === '' ? (
        <p className="rewrite-empty">{t('rewrite.emptyDraft')}</p>
      ) : suggestions.length === 0 ? (
        <p className="rewrite-empty" role="status" tabIndex={-1} data-focus-after-apply="">
          {t('rewrite.empty')}
        </p>
      ) : (
        <ul className="rewrite-list" aria-label={t('rewrite.list')} ref={listRef}>
          {suggestions.map((s, i) => (
            <RewriteItem key={keyOf(s)} draft={draft} s={s} t={t} onApply={(k, template) => onApply(s, k, i, template)} onDismiss={p.onDismiss} onSilence={p.onSilence} onFocusSuggestion={p.onFocusSuggestion} />
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * After an apply the applied item leaves the list once the page sends the new draft: then focus
 * goes to the item that took its place (the next suggestion), or the last one, or the "nothing
 * to rewrite" line. The write focused the page's editor, so the panel's window takes focus back.
 */
function useFocusAfterApply(suggestions: Suggestion[]) {
  const listRef = useRef<HTMLUListElement | null>(null);
  const pending = useRef<{ key: string; index: number } | null>(null);
  useEffect(() => {
    const want = pending.current;
    if (!want) return;
    const keys = suggestions.map(keyOf);
    if (keys[want.index] === want.key) return;
    pending.current = null;
    const items = listRef.current ? [...listRef.current.querySelectorAll<HTMLElement>(':scope > li')] : [];
    const item = items[Math.min(want.index, items.length - 1)];
    const target = item?.querySelector<HTMLElement>('.rewrite-replacement, button') ?? document.querySelector<HTMLElement>('[data-focus-after-apply]');
    if (!target) return;
    window.focus();
    target.focus();
  }, [suggestions]);
  const applied = (key: string, index: number) => {
    const want = { key, index };
    pending.current = want;
    // A write that failed changes nothing: later typing in the page must not pull focus here.
    setTimeout(() => pending.current === want && (pending.current = null), FOCUS_WAIT_MS);
  };
  return { listRef, applied };
}

function RewriteHead({ score, t, edits, onApplyAll }: { score: number; t: Translate; edits: number; onApplyAll(): void }) {
  const level = score >= 85 ? 'good' : score >= 60 ? 'fair' : 'poor';
  return (
    <div className="rewrite-head">
      <span className="rewrite-score" data-level={level} title={t('rewrite.scoreHelp')}>
        {t('rewrite.score', { score })}
      </span>
      <span className="rewrite-bar" aria-hidden="true">
        <span className="rewrite-bar-fill" data-level={level} style={{ inlineSize: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
      {edits >= 2 && (
        <button type="button" className="rewrite-apply-all" aria-haspopup="dialog" aria-label={t('rewrite.applyAllLabel', { count: edits })} onClick={onApplyAll}>
          {t('rewrite.applyAll', { count: edits })}
        </button>
      )}
    </div>
  );
}

interface RewriteItemProps extends Pick<RewriteListProps, 'onDismiss' | 'onSilence' | 'onFocusSuggestion'> {
  draft: string;
  s: Suggestion;
  t: Translate;
  onApply(replacementIndex: number, template: boolean): void;
}

function RewriteItem({ draft, s, t, onApply, onDismiss, onSilence, onFocusSuggestion }: RewriteItemProps) {
  const [before, phrase, after] = contextOf(draft, s);
  const original = phrase.trim();
  const labels = s.replacements.map((_, k) => optionLabel(draft, s, k, t));
  const leave = (e: FocusEvent<HTMLLIElement>) => {
    // Focus moving between buttons of the same item keeps its highlight on the page.
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onFocusSuggestion?.(null);
  };
  return (
    <li
      className="rewrite-item"
      data-severity={s.severity}
      onMouseEnter={() => onFocusSuggestion?.(s)}
      onMouseLeave={() => onFocusSuggestion?.(null)}
      onFocus={() => onFocusSuggestion?.(s)}
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
        {/* Advice has no button: said once here (with why on hover), not as a second label before "Why". */}
        {s.kind === 'advice' && (
          <span className="rewrite-advice" title={t('rewrite.adviceHelp')}>
            {t('rewrite.advice')}
          </span>
        )}
      </div>
      {s.kind !== 'advice' && labels.length > 0 && (
        <div className="rewrite-options" role="group" aria-label={t('rewrite.replaceWith')}>
          {labels.map((l, k) => (
            <button key={k} type="button" className="rewrite-replacement" data-kind={l.kind} dir="auto" aria-label={l.aria} onClick={() => onApply(k, l.kind === 'template')}>
              {l.text}
            </button>
          ))}
        </div>
      )}
      {labels.some((l) => l.kind === 'template') && <p className="rewrite-template-help">{t('rewrite.templateHelp')}</p>}
      <p className="rewrite-why" dir="auto">
        <span className="rewrite-why-label">{t('rewrite.why')}: </span>
        {/* Isolated: an English pack's explanation in the Persian UI keeps its full stop and quotes at its own end. */}
        <bdi>{s.explanation}</bdi>
      </p>
      <div className="rewrite-actions">
        <button type="button" className="rewrite-dismiss" aria-label={t('rewrite.dismissLabel', { original })} onClick={() => onDismiss(s)}>
          {t('rewrite.dismiss')}
        </button>
        <button type="button" className="rewrite-silence" aria-label={t('rewrite.silenceLabel', { original })} onClick={() => onSilence(s)}>
          {t('rewrite.silence')}
        </button>
      </div>
    </li>
  );
}
