/**
 * One-click root-cause tags for the open conversation. The suggested tag is only highlighted
 * (with the words that suggested it); the agent decides. Keyboard: Alt+1..Alt+9 toggle the first
 * nine buttons while the panel's document has focus (physical digit keys, so a Persian keyboard
 * layout works too); Alt+digit is free in browsers' own shortcuts on Windows, Linux and macOS.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import { offeredTags, tagDescription, tagName, type Taxonomy } from '../../lib/tags/index.ts';
import { num, textOn } from './util.ts';
import './TagBar.css';

export interface TagBarProps {
  taxonomy: Taxonomy;
  active: ReadonlySet<string>;
  suggested?: { tagId: string; evidence: string[] } | null;
  lang: UiLang;
  t: Translate;
  onToggle(tagId: string): void;
  onNote?(tagId: string, note: string): void;
  undo?: { label: string; onUndo(): void } | null;
  /** Alt+1..9 shortcuts (default on). */
  shortcutsEnabled?: boolean;
}

/** Digit 1-9 from a key event, by physical key first (layout-independent), else by character. */
function digitOf(e: KeyboardEvent): number | null {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  if (m) return Number(m[1]);
  const k = e.key;
  if (/^[1-9]$/.test(k)) return Number(k);
  const fa = '۱۲۳۴۵۶۷۸۹'.indexOf(k);
  return fa >= 0 ? fa + 1 : null;
}

export function TagBar(p: TagBarProps) {
  const { taxonomy, active, suggested, lang, t } = p;
  const tags = offeredTags(taxonomy);
  const root = useRef<HTMLDivElement>(null);
  const evidenceId = useId();
  const helpId = useId();
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const [noteText, setNoteText] = useState('');
  const shortcuts = p.shortcutsEnabled ?? true;

  // Latest props for the document listener without re-subscribing on every render.
  const latest = useRef({ tags, onToggle: p.onToggle });
  latest.current = { tags, onToggle: p.onToggle };

  useEffect(() => {
    if (!shortcuts) return;
    const doc = root.current?.ownerDocument;
    if (!doc) return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
      const d = digitOf(e);
      if (d === null) return;
      const tag = latest.current.tags[d - 1];
      if (!tag) return;
      e.preventDefault();
      // Handled here: a window-level handler elsewhere must not toggle the same tag back.
      e.stopPropagation();
      latest.current.onToggle(tag.id);
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [shortcuts]);

  if (tags.length === 0) {
    return (
      <div className="tags-bar" ref={root}>
        <p className="tags-bar-empty">{t('tags.bar.empty')}</p>
      </div>
    );
  }

  const suggestedTag = suggested && !active.has(suggested.tagId) ? tags.find((x) => x.id === suggested.tagId) : undefined;
  const noteTag = noteFor ? tags.find((x) => x.id === noteFor) : undefined;

  return (
    <div className="tags-bar" ref={root}>
      <div className="tags-bar-label" id={`${helpId}-label`}>
        {t('tags.bar.label')}
      </div>
      <div className="tags-bar-buttons" role="group" aria-labelledby={`${helpId}-label`} aria-describedby={shortcuts ? helpId : undefined}>
        {tags.map((tag, i) => {
          const on = active.has(tag.id);
          const isSuggested = suggestedTag?.id === tag.id;
          const name = tagName(tag, lang);
          return (
            <span key={tag.id} className="tags-bar-item">
              <button
                type="button"
                className={`tags-bar-button${on ? ' tags-bar-on' : ''}${isSuggested ? ' tags-bar-suggested' : ''}`}
                style={{ '--tags-color': tag.color, '--tags-on-color': textOn(tag.color) } as React.CSSProperties}
                aria-pressed={on}
                aria-keyshortcuts={shortcuts && i < 9 ? `Alt+${i + 1}` : undefined}
                aria-describedby={isSuggested ? evidenceId : undefined}
                title={tagDescription(tag, lang)}
                data-tag-id={tag.id}
                onClick={() => p.onToggle(tag.id)}
              >
                {shortcuts && i < 9 && (
                  <span className="tags-bar-key" aria-hidden="true">
                    {num(lang, i + 1)}
                  </span>
                )}
                <span className="tags-bar-name">{name}</span>
                {isSuggested && <span className="tags-bar-badge">{t('tags.bar.suggested')}</span>}
              </button>
              {isSuggested && (
                <span role="tooltip" id={evidenceId} className="tags-bar-evidence" dir="auto">
                  {t('tags.bar.suggestedBecause', { words: suggested!.evidence.join(lang === 'fa' ? '، ' : ', ') })}
                </span>
              )}
              {p.onNote && on && (
                <button
                  type="button"
                  className="tags-bar-note-button"
                  aria-label={t('tags.bar.addNoteFor', { name })}
                  title={t('tags.bar.addNoteFor', { name })}
                  onClick={() => {
                    setNoteFor(tag.id);
                    setNoteText('');
                  }}
                >
                  ✎
                </button>
              )}
            </span>
          );
        })}
      </div>
      {noteTag && p.onNote && (
        <form
          className="tags-bar-note"
          onSubmit={(e) => {
            e.preventDefault();
            p.onNote!(noteTag.id, noteText.trim());
            setNoteFor(null);
          }}
        >
          <label className="tags-bar-note-label">
            {t('tags.bar.addNoteFor', { name: tagName(noteTag, lang) })}
            <textarea
              dir="auto"
              rows={2}
              value={noteText}
              placeholder={t('tags.bar.notePlaceholder')}
              onChange={(e) => setNoteText(e.target.value)}
              autoFocus
            />
          </label>
          <div className="tags-bar-note-actions">
            <button type="submit">{t('tags.bar.saveNote')}</button>
            <button type="button" onClick={() => setNoteFor(null)}>
              {t('tags.bar.cancel')}
            </button>
          </div>
        </form>
      )}
      {shortcuts && (
        <p className="tags-bar-help" id={helpId}>
          {t('tags.bar.shortcutsHelp')}
        </p>
      )}
      {p.undo && (
        <div className="tags-bar-toast" role="status">
          <span dir="auto">{p.undo.label}</span>
          <button type="button" onClick={p.undo.onUndo}>
            {t('tags.bar.undo')}
          </button>
        </div>
      )}
    </div>
  );
}
