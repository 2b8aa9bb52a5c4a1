/**
 * The page script's state, in one place: which editor the agent works in, where the caret was,
 * what the agent selected or taught, whether the picker is on, and the draft with its version.
 * Reading the page is split in two: the context (customer message, editor, conversation), which
 * is worth re-reading only when the page changes, and the draft, read on every keystroke from the
 * current editor alone.
 */
import { adapterFor } from '../../lib/sites/registry.ts';
import { readPage } from '../../lib/sites/read.ts';
import type { HistoryLoader } from '../../lib/sites/history.ts';
import { editingTarget, editorKind, isRichEditor } from '../../lib/sites/editors/detect.ts';
import { readEditorDraft, selectionOffsets } from '../../lib/sites/editors/textmodel.ts';
import type { Draft, PageContext } from '../../lib/messaging/protocol.ts';

export interface Taught {
  customer?: string | null;
  editor?: string | null;
}
export type PickerTarget = 'customer' | 'editor';

const MAX_TEXT = 200_000;

export class Session {
  /** The editor the agent focused or typed in last. */
  focusedEditor: Element | null = null;
  /** The editor the last context read chose (site adapter, taught selector, focus or guess). */
  currentEditor: Element | null = null;
  private caret: { start: number; end: number } | null = null;
  private caretMovedSince = false;
  /** Text the agent selected outside the editor: read as the customer's message until cleared. */
  stickySelection: string | null = null;
  taught: Taught | null = null;
  pickerTarget: PickerTarget | null = null;
  draft: Draft = { text: '', version: 0 };
  /** Reads the conversation from the site's history page when this page shows none (RT's menu Reply). */
  history: HistoryLoader | null = null;

  constructor(
    readonly doc: Document,
    private readonly url: () => string = () => doc.location?.href ?? 'about:blank',
  ) {}

  /** Re-reads the page (not the draft); chooses the current editor. */
  readContext(): PageContext {
    const href = this.url();
    const url = new URL(href);
    const adapter = adapterFor(url, this.doc);
    const history = this.history;
    const reading = readPage({
      doc: this.doc, url, adapter, selection: this.stickySelection, focusedEditor: this.focusedEditor, taught: this.taught,
      history: history ? () => history.messagesFor(adapter, this.doc, url) : undefined,
    });
    this.currentEditor = reading.editor;
    const c = reading.customer;
    return {
      url: href.slice(0, 4000),
      host: url.host,
      title: this.doc.title.slice(0, 500),
      adapterId: reading.adapterId,
      adapterName: adapter?.name ?? 'generic',
      degraded: reading.degraded,
      conversationId: reading.conversationId.slice(0, 4000),
      siteTicketId: reading.siteTicketId?.slice(0, 300) ?? null,
      customer: c ? { text: c.text.slice(0, MAX_TEXT), sender: c.sender?.slice(0, 300), time: c.time?.slice(0, 100), source: reading.customerSource } : null,
      editor: {
        kind: reading.editorKind,
        label: reading.editor ? describeEditor(reading.editor) : '',
        present: !!reading.editor,
        rich: isRichEditor(reading.editorKind, reading.editor),
      },
      pickerActive: this.pickerTarget,
    };
  }

  /** Caret offsets in the current editor, kept for inserts after focus moved to the panel. */
  get lastSelection(): { start: number; end: number } | null {
    this.settleCaret();
    return this.caret;
  }
  set lastSelection(offsets: { start: number; end: number } | null) {
    this.caret = offsets;
    this.caretMovedSince = false;
  }

  /**
   * The caret moved. Its offsets are worked out when they are needed (the agent leaves the editor,
   * or a write asks), not on every move: in a rich editor that walks the whole draft.
   */
  caretMoved(): void {
    this.caretMovedSince = true;
  }

  /** Keeps where the caret is now in the editor the agent works in, if the selection is in it. */
  settleCaret(): void {
    if (!this.caretMovedSince) return;
    this.caretMovedSince = false;
    const active = this.focusedEditor ?? this.currentEditor;
    const t = active ? editingTarget(active) : null;
    const off = t ? selectionOffsets(t.root) : null;
    if (off) this.caret = off;
  }

  /** Reads the current editor's text and quotes; returns true when the text changed (and bumps the version). */
  readDraft(): boolean {
    const editor = this.currentEditor?.isConnected ? this.currentEditor : null;
    const read = editor ? readEditorDraft(editor) : { text: '', quotes: [] };
    const text = read.text.slice(0, MAX_TEXT);
    if (text === this.draft.text) return false;
    const quotes = read.quotes.filter(([a]) => a < MAX_TEXT).slice(0, 2000).map(([a, b]): [number, number] => [a, Math.min(b, MAX_TEXT)]);
    this.draft = { text, version: this.draft.version + 1, quotes };
    return true;
  }

  /** The editor writes go to: the current one while it is in the page, else a fresh read's. */
  editorForWrite(): Element | null {
    if (!this.currentEditor?.isConnected) this.readContext();
    return this.currentEditor;
  }

  /** True when `node` is inside the current editor (also inside its iframe document). */
  inCurrentEditor(node: Node | null): boolean {
    const editor = this.currentEditor;
    if (!editor || !node) return false;
    if (editor === node || editor.contains(node)) return true;
    const root = editingTarget(editor)?.root;
    return !!root && (root === node || root.contains(node));
  }
}

export function describeEditor(el: Element): string {
  const label = el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.getAttribute('name') || el.id || '';
  return `${editorKind(el)}${label ? `: ${label.slice(0, 80)}` : ''}`;
}
