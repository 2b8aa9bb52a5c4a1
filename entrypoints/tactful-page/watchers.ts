/**
 * Watching the page while a panel is shown, in two separate streams:
 * - draft changes: input in the current editor, reported at most once per frame, read from the
 *   editor alone (cheap enough for every keystroke on a long thread);
 * - context changes: focus moving to another editor, text selected outside the editor, the page's
 *   DOM changing outside our frame and the editor, single-page navigation; reported debounced,
 *   because they mean re-reading the whole page.
 * Listeners are registered once through the lifetime (removed when the extension reloads) and do
 * nothing while stopped; the mutation observers run only while started.
 */
import { deepActiveElement, editingTarget, isEditorCandidate } from '../../lib/sites/editors/detect.ts';
import type { Lifetime } from './lifetime.ts';
import type { Session } from './session.ts';

export interface WatchHandlers {
  /** The draft may have changed (typing in the current editor). */
  onDraft(): void;
  /** The page changed in a way that needs a new context read, after `delay` ms. */
  onContext(delay: number): void;
  /** The viewport changed size (the frame may have to move off the editor). */
  onResize(): void;
  /** Nodes of our own (the panel frame): their changes are not page changes. */
  isOwn(node: Node): boolean;
}

export interface Watchers {
  start(): void;
  stop(): void;
  readonly active: boolean;
  /** Typing inside an iframe editor raises events in the frame's document, not ours. */
  watchEditorFrame(editor: Element): void;
}

export function createWatchers(life: Lifetime, session: Session, h: WatchHandlers): Watchers {
  const doc = session.doc;
  const win = doc.defaultView as Window;
  let active = false;
  const reportDraft = onceAfterPaint(win, () => h.onDraft());
  const observers: MutationObserver[] = [];
  const frameDocs: Document[] = [];

  const onFocusIn = () => {
    if (!active) return;
    const el = deepActiveElement(doc);
    if (el && isEditorCandidate(el)) {
      session.focusedEditor = el;
      h.onContext(0);
    }
  };
  const onInput = (e: Event) => {
    if (!active || !e.target) return;
    const target = e.target as Element;
    const el = isEditorCandidate(target) ? target : deepActiveElement(doc);
    if (el && isEditorCandidate(el)) session.focusedEditor = el;
    // Typing somewhere else than the current editor may change which editor we serve.
    if (!session.inCurrentEditor(target)) return h.onContext(0);
    reportDraft();
  };
  const onSelectionChange = () => {
    if (!active) return;
    if (trackSelection(session)) h.onContext(200);
  };
  const observe = (target: Node) => {
    // Changes in our frame or the editor are not page changes (the editor's are draft changes).
    const o = new MutationObserver((records) => active && !records.every((r) => h.isOwn(r.target) || session.inCurrentEditor(r.target)) && h.onContext(120));
    o.observe(target, { childList: true, subtree: true, characterData: true });
    observers.push(o);
  };
  // Leaving an editor (for the panel, or anywhere) is when its caret's offsets are kept, before the selection moves.
  const onFocusOut = () => active && session.settleCaret();
  const listen = (target: EventTarget) => {
    life.addEventListener(target, 'input', onInput, { capture: true });
    life.addEventListener(target, 'selectionchange', onSelectionChange);
    life.addEventListener(target, 'focusout', onFocusOut, { capture: true });
  };
  const onNavigate = () => {
    if (!active) return;
    session.stickySelection = null;
    session.focusedEditor = null;
    h.onContext(300);
  };
  listenOnce(life, doc, win, { focusin: onFocusIn, locationchange: onNavigate, resize: () => active && h.onResize(), invalidated: () => stop(), frameload: onFrameLoad(h, () => active) });
  listen(doc);

  function stop() {
    active = false;
    for (const o of observers.splice(0)) o.disconnect();
  }
  return {
    get active() {
      return active;
    },
    start() {
      if (active) return;
      active = true;
      observe(doc.body ?? doc.documentElement);
      for (const d of frameDocs) if (d.body) observe(d.body);
      onFocusIn();
    },
    stop,
    watchEditorFrame(editor) {
      const t = editingTarget(editor);
      if (!t || t.doc === doc || frameDocs.includes(t.doc)) return;
      frameDocs.push(t.doc);
      listen(t.doc);
      if (active && t.doc.body) observe(t.doc.body);
    },
  };
}

/** How long a draft may wait for the host page to go idle: one frame, so suggestions still follow typing within a frame. */
export const DRAFT_WAIT_MS = 16;

/**
 * Runs `fn` once the host page has drawn the keystroke: in its first idle moment, at most
 * DRAFT_WAIT_MS later. Posting the draft from inside the host's frame (requestAnimationFrame, as
 * before) woke the panel's process while the host was still laying out and painting: on a busy
 * machine the two shared the cores, and the host's frame took 2-3 ms longer in wall time for the
 * same CPU time (measured with tests/bench/trace.ts). Where there is no requestIdleCallback
 * (Safari, test DOMs), a task after the current one.
 */
export function afterPaint(win: Window, fn: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => fn(), { timeout: DRAFT_WAIT_MS });
  else win.setTimeout(fn, 0);
}

/** `fn` after the host's next paint, once however often it is asked for before then. */
function onceAfterPaint(win: Window, fn: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    afterPaint(win, () => {
      pending = false;
      fn();
    });
  };
}

/**
 * A frame that loads another document (Roundcube's preview when another mail is chosen) changes
 * the page without a mutation in ours: load does not bubble, but a capturing listener hears it.
 */
function onFrameLoad(h: WatchHandlers, active: () => boolean) {
  return (e: Event) => {
    if (active() && (e.target as Element | null)?.tagName === 'IFRAME' && !h.isOwn(e.target as Node)) h.onContext(0);
  };
}

/** The listeners registered once for the page's lifetime (the rest are per document, see listen). */
function listenOnce(life: Lifetime, doc: Document, win: Window, on: { focusin(): void; locationchange(): void; resize(): void; invalidated(): void; frameload(e: Event): void }) {
  life.addEventListener(doc, 'focusin', on.focusin, { capture: true });
  life.addEventListener(doc, 'load', on.frameload, { capture: true });
  life.addEventListener(win, 'wxt:locationchange', on.locationchange);
  life.addEventListener(win, 'resize', on.resize);
  life.onInvalidated(on.invalidated);
}

/**
 * Notes that the caret moved (its offsets are worked out later, see Session.settleCaret), and keeps
 * text the agent selects outside any editor as the customer's message. Returns true when that
 * selection changed the context.
 */
export function trackSelection(session: Session): boolean {
  const active = session.focusedEditor ?? session.currentEditor;
  if (active) session.caretMoved();
  const sel = session.doc.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return false;
  const node = sel.anchorNode;
  const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  if (!el || (active && (active.contains(el) || el.closest('[contenteditable="true"], textarea')))) return false;
  const text = sel.toString().trim();
  if (text.length < 3) return false;
  session.stickySelection = text.slice(0, 20_000);
  return true;
}
