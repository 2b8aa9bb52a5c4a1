/**
 * One-click root-cause tags for the open conversation. The suggested tag is only highlighted
 * (with the words that suggested it); the agent decides. Keyboard: Alt+1..Alt+9 toggle the first
 * nine buttons while the panel's document has focus (physical digit keys, so a Persian keyboard
 * layout works too); Alt+digit is free in browsers' own shortcuts on Windows, Linux and macOS.
 * An active tag can carry a note (stored with the tag event, shown in reports and exports).
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import { offeredTags, tagDescription, tagName, type Tag, type Taxonomy } from '../../lib/tags/index.ts';
import { num, textOn } from './util.ts';
import './TagBar.css';

export interface TagBarProps {
  taxonomy: Taxonomy;
  active: ReadonlySet<string>;
  suggested?: { tagId: string; evidence: string[] } | null;
  lang: UiLang;
  t: Translate;
  onToggle(tagId: string): void;
  /** Notes of the active tags, by tag id. */
  notes?: Readonly<Record<string, string>>;
  onNote?(tagId: string, note: string): void;
  /** The toast after a click: what was done, with Undo when it can be undone. */
  undo?: { label: string; onUndo?(): void } | null;
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

/** Alt+digit on the document that holds `root` toggles the nth tag. */
function useAltDigits(root: RefObject<HTMLElement | null>, enabled: boolean, tags: readonly Tag[], onToggle: (tagId: string) => void) {
  // Latest props for the document listener without re-subscribing on every render.
  const latest = useRef({ tags, onToggle });
  latest.current = { tags, onToggle };
  useEffect(() => {
    if (!enabled) return;
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
  }, [enabled, root]);
}

interface ItemProps {
  tag: Tag;
  index: number;
  on: boolean;
  evidence: string | null;
  evidenceId: string;
  note: string | undefined;
  shortcuts: boolean;
  lang: UiLang;
  t: Translate;
  onToggle(): void;
  onEditNote: (() => void) | null;
}

function TagItem(p: ItemProps) {
  const { tag, index: i, lang, t } = p;
  const name = tagName(tag, lang);
  const noteLabel = t(p.note ? 'tags.bar.editNoteFor' : 'tags.bar.addNoteFor', { name });
  return (
    <span className="tags-bar-item">
      <button
        type="button"
        className={`tags-bar-button${p.on ? ' tags-bar-on' : ''}${p.evidence !== null ? ' tags-bar-suggested' : ''}`}
        style={{ '--tags-color': tag.color, '--tags-on-color': textOn(tag.color) } as React.CSSProperties}
        aria-pressed={p.on}
        aria-keyshortcuts={p.shortcuts && i < 9 ? `Alt+${i + 1}` : undefined}
        aria-describedby={p.evidence !== null ? p.evidenceId : undefined}
        title={tagDescription(tag, lang)}
        data-tag-id={tag.id}
        onClick={p.onToggle}
      >
        {p.shortcuts && i < 9 && (
          <span className="tags-bar-key" aria-hidden="true">
            {num(lang, i + 1)}
          </span>
        )}
        <span className="tags-bar-name">{name}</span>
        {p.evidence !== null && <span className="tags-bar-badge">{t('tags.bar.suggested')}</span>}
      </button>
      {p.evidence !== null && (
        <span role="tooltip" id={p.evidenceId} className="tags-bar-evidence" dir="auto">
          {p.evidence}
        </span>
      )}
      {p.onEditNote && (
        <button type="button" className={`tags-bar-note-button${p.note ? ' tags-bar-has-note' : ''}`} aria-label={noteLabel} title={noteLabel} onClick={p.onEditNote}>
          ✎
        </button>
      )}
    </span>
  );
}

function NoteForm(p: { name: string; initial: string; t: Translate; onSave(note: string): void; onCancel(): void }) {
  const [text, setText] = useState(p.initial);
  return (
    <form
      className="tags-bar-note"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSave(text.trim());
      }}
    >
      <label className="tags-bar-note-label">
        {p.t(p.initial ? 'tags.bar.editNoteFor' : 'tags.bar.addNoteFor', { name: p.name })}
        <textarea dir="auto" rows={2} maxLength={2000} value={text} placeholder={p.t('tags.bar.notePlaceholder')} onChange={(e) => setText(e.target.value)} autoFocus />
      </label>
      <div className="tags-bar-note-actions">
        <button type="submit">{p.t('tags.bar.saveNote')}</button>
        <button type="button" onClick={p.onCancel}>
          {p.t('tags.bar.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The notes already written on this conversation's tags, so the agent sees what a colleague noted. */
function NoteList(p: { tags: readonly Tag[]; notes: Readonly<Record<string, string>>; active: ReadonlySet<string>; lang: UiLang; t: Translate }) {
  const shown = p.tags.filter((tag) => p.active.has(tag.id) && p.notes[tag.id]);
  if (shown.length === 0) return null;
  return (
    <ul className="tags-bar-notes">
      {shown.map((tag) => (
        <li key={tag.id} data-note-for={tag.id}>
          <strong dir="auto">{tagName(tag, p.lang)}</strong> <span dir="auto">{p.t('tags.bar.noteShown', { note: p.notes[tag.id] })}</span>
        </li>
      ))}
    </ul>
  );
}

function Toast({ toast, t }: { toast: { label: string; onUndo?(): void }; t: Translate }) {
  return (
    <div className="tags-bar-toast" role="status">
      <span dir="auto">{toast.label}</span>
      {toast.onUndo && (
        <button type="button" onClick={toast.onUndo}>
          {t('tags.bar.undo')}
        </button>
      )}
    </div>
  );
}

export function TagBar(p: TagBarProps) {
  const { taxonomy, active, suggested, lang, t } = p;
  const tags = offeredTags(taxonomy);
  const root = useRef<HTMLDivElement>(null);
  const evidenceId = useId();
  const helpId = useId();
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const shortcuts = p.shortcutsEnabled ?? true;
  const notes = p.notes ?? {};
  useAltDigits(root, shortcuts, tags, p.onToggle);

  if (tags.length === 0) {
    return (
      <div className="tags-bar" ref={root}>
        <p className="tags-bar-empty">{t('tags.bar.empty')}</p>
      </div>
    );
  }

  const suggestedTag = suggested && !active.has(suggested.tagId) ? tags.find((x) => x.id === suggested.tagId) : undefined;
  const evidence = suggested ? t('tags.bar.suggestedBecause', { words: suggested.evidence.join(lang === 'fa' ? '، ' : ', ') }) : null;
  const noteTag = noteFor && active.has(noteFor) ? tags.find((x) => x.id === noteFor) : undefined;

  return (
    <div className="tags-bar" ref={root}>
      <div className="tags-bar-label" id={`${helpId}-label`}>
        {t('tags.bar.label')}
      </div>
      <div className="tags-bar-buttons" role="group" aria-labelledby={`${helpId}-label`} aria-describedby={shortcuts ? helpId : undefined}>
        {tags.map((tag, i) => (
          <TagItem key={tag.id} tag={tag} index={i} on={active.has(tag.id)} evidence={suggestedTag?.id === tag.id ? evidence : null} evidenceId={evidenceId}
            note={notes[tag.id]} shortcuts={shortcuts} lang={lang} t={t} onToggle={() => p.onToggle(tag.id)}
            onEditNote={p.onNote && active.has(tag.id) ? () => setNoteFor(tag.id) : null} />
        ))}
      </div>
      {noteTag && p.onNote ? (
        <NoteForm key={noteTag.id} name={tagName(noteTag, lang)} initial={notes[noteTag.id] ?? ''} t={t} onCancel={() => setNoteFor(null)}
          onSave={(note) => { p.onNote!(noteTag.id, note); setNoteFor(null); }} />
      ) : (
        <NoteList tags={tags} notes={notes} active={active} lang={lang} t={t} />
      )}
      {shortcuts && (
        <p className="tags-bar-help" id={helpId}>
          {t('tags.bar.shortcutsHelp')}
        </p>
      )}
      {p.undo && <Toast toast={p.undo} t={t} />}
    </div>
  );
}
