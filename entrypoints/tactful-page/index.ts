/**
 * The page script: reads the page through the site adapters, shows the panel (an
 * extension page in an iframe), and writes to the reply editor only when the panel asks after
 * the agent's click. It never opens IndexedDB: data lives with the background.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { injectScript } from 'wxt/utils/inject-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor } from '../../lib/sites/registry.ts';
import { readPage } from '../../lib/sites/read.ts';
import { deepActiveElement, editingTarget, editorKind, isEditorCandidate, isRichEditor, isTextControl } from '../../lib/sites/editors/detect.ts';
import { readEditorDraft, selectionOffsets, buildTextModel } from '../../lib/sites/editors/textmodel.ts';
import { insertAtCaret, replaceMany, replaceSpan, type ModelWriter } from '../../lib/sites/editors/write.ts';
import { selectorFor } from '../../lib/sites/selectors.ts';
import { ToPageSchema, type PageState, type ToPage, type WriteResult } from '../../lib/messaging/protocol.ts';
import { sendToBackground } from '../../lib/messaging/client.ts';
import { extractArticle } from '../../lib/sites/article.ts';
import { mountPicker, type PickerHandle } from './picker.ts';

z.config({ jitless: true });

/**
 * Imported by the small loader (helpdesk.content.ts) into the tab's isolated world only where
 * Tactful is used: on a site that opens the panel by itself, or when the agent opens it with the
 * toolbar, the shortcut or the menu. Pages Tactful is not used on never load this code.
 */
export default defineUnlistedScript(() => {
  const w = window as unknown as { __tactfulPage?: boolean };
  if (w.__tactfulPage) return;
  w.__tactfulPage = true;
  startTactful(new ContentScriptContext('tactful-page'));
});

interface Layout {
  side: 'left' | 'right';
  width: number;
  collapsed: boolean;
}

function startTactful(ctx: ContentScriptContext) {
  let ui: ReturnType<typeof createIframeUi> | null = null;
  let layout: Layout = { side: 'right', width: 360, collapsed: false };
  let focusedEditor: Element | null = null;
  let lastSelection: { start: number; end: number } | null = null;
  let stickySelection: string | null = null;
  let taught: { customer?: string | null; editor?: string | null } | null = null;
  let draftVersion = 0;
  let lastDraft = '';
  let lastSent = '';
  let currentEditor: Element | null = null;
  let picker: PickerHandle | null = null;
  let pickerTarget: 'customer' | 'editor' | null = null;
  let observer: MutationObserver | null = null;
  let bridgeReady: Promise<void> | null = null;

  const host = location.host;

  // ---- page reading -------------------------------------------------------------------------
  function computeState(): PageState {
    const url = new URL(location.href);
    const adapter = adapterFor(url, document);
    const reading = readPage({ doc: document, url, adapter, selection: stickySelection, focusedEditor, taught });
    currentEditor = reading.editor;
    if (reading.editor) watchFrameOf(reading.editor);
    const { text: draft, quotes } = reading.editor ? readEditorDraft(reading.editor) : { text: '', quotes: [] };
    if (draft !== lastDraft) {
      lastDraft = draft;
      draftVersion++;
    }
    return {
      url: location.href.slice(0, 4000),
      host,
      title: document.title.slice(0, 500),
      adapterId: reading.adapterId,
      adapterName: adapter?.name ?? 'generic',
      degraded: reading.degraded,
      conversationId: reading.conversationId.slice(0, 4000),
      siteTicketId: reading.siteTicketId?.slice(0, 300) ?? null,
      customer: reading.customer
        ? { text: reading.customer.text.slice(0, 200_000), sender: reading.customer.sender?.slice(0, 300), time: reading.customer.time?.slice(0, 100), source: reading.customerSource }
        : null,
      editor: {
        kind: reading.editorKind,
        label: reading.editor ? describeEditor(reading.editor) : '',
        present: !!reading.editor,
        rich: isRichEditor(reading.editorKind, reading.editor),
      },
      draft: draft.slice(0, 200_000),
      draftQuotes: quotes.filter(([a]) => a < 200_000).slice(0, 2000).map(([a, b]) => [a, Math.min(b, 200_000)] as [number, number]),
      draftVersion,
      pickerActive: pickerTarget,
    };
  }

  function publish(force = false) {
    if (!ui || ctx.isInvalid) return;
    const state = computeState();
    const key = JSON.stringify({ ...state, draftVersion: 0 });
    if (!force && key === lastSent) return;
    lastSent = key;
    void browser.runtime.sendMessage({ type: 'page.state', state }).catch(() => {});
    keepClearOfEditor();
  }

  let scheduled = 0;
  function schedule(delay = 120) {
    if (scheduled) return;
    scheduled = window.setTimeout(() => {
      scheduled = 0;
      publish();
    }, delay);
  }

  // ---- panel --------------------------------------------------------------------------------
  function applyLayout() {
    if (!ui) return;
    const w = ui.wrapper.style;
    const width = layout.collapsed ? 44 : layout.width;
    const set = (k: string, v: string) => w.setProperty(k, v, 'important');
    set('position', 'fixed');
    set('top', layout.collapsed ? '40%' : '0');
    set('bottom', layout.collapsed ? 'auto' : '0');
    set('height', layout.collapsed ? '120px' : '100vh');
    set('width', `${width}px`);
    set('z-index', '2147483646');
    set('display', 'block');
    set(layout.side === 'right' ? 'right' : 'left', '0');
    set(layout.side === 'right' ? 'left' : 'right', 'auto');
    const f = ui.iframe.style;
    f.setProperty('width', '100%', 'important');
    f.setProperty('height', '100%', 'important');
    f.setProperty('border', '0', 'important');
    f.setProperty('display', 'block', 'important');
    f.setProperty('box-shadow', layout.side === 'right' ? '-2px 0 12px rgba(0,0,0,.18)' : '2px 0 12px rgba(0,0,0,.18)', 'important');
    f.setProperty('color-scheme', 'normal', 'important');
  }

  /** The panel must never cover the editor it writes to: move to the other side, or collapse. */
  function keepClearOfEditor() {
    if (!ui || layout.collapsed || !currentEditor || !currentEditor.isConnected) return;
    const r = currentEditor.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    const vw = window.innerWidth;
    const covers = (side: 'left' | 'right', width: number) => (side === 'right' ? r.right > vw - width : r.left < width);
    if (!covers(layout.side, layout.width)) return;
    const other = layout.side === 'right' ? 'left' : 'right';
    if (!covers(other, layout.width)) layout = { ...layout, side: other };
    else {
      const free = layout.side === 'right' ? vw - r.right : r.left;
      if (free >= 240) layout = { ...layout, width: Math.floor(free) };
      else layout = { ...layout, collapsed: true };
    }
    applyLayout();
    void browser.runtime.sendMessage({ type: 'page.state', state: computeState() }).catch(() => {});
  }

  async function openPanel() {
    if (ui || ctx.isInvalid) return;
    try {
      const prefs = await sendToBackground<{ panelSide: 'left' | 'right'; panelWidth: number; panelCollapsed: boolean }>({ type: 'prefs.get' });
      layout = { side: prefs.panelSide, width: prefs.panelWidth, collapsed: prefs.panelCollapsed };
      taught = await sendToBackground<{ customer?: string | null; editor?: string | null } | null>({ type: 'picker.get', host: host || 'local' });
    } catch {
      /* defaults */
    }
    ui = createIframeUi(ctx, {
      page: '/panel.html',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount: (wrapper, iframe) => {
        wrapper.setAttribute('data-tactful', 'panel');
        iframe.setAttribute('title', 'Tactful');
        iframe.setAttribute('allow', 'clipboard-write');
      },
    });
    ui.mount();
    applyLayout();
    startWatching();
    // The panel asks for the state when it loads; also push one now for the native side panel.
    window.setTimeout(() => publish(true), 50);
  }

  function closePanel() {
    ui?.remove();
    ui = null;
    stopWatching();
    picker?.stop();
    picker = null;
    pickerTarget = null;
  }

  // ---- watching the page ----------------------------------------------------------------------
  function onFocusIn() {
    const el = deepActiveElement(document);
    if (el && isEditorCandidate(el)) {
      focusedEditor = el;
      maybeInjectBridge(el);
      schedule(0);
    }
  }

  function onInput(e: Event) {
    const target = e.target as Element | null;
    if (!target) return;
    const el = isEditorCandidate(target) ? target : deepActiveElement(document);
    if (el && isEditorCandidate(el)) focusedEditor = el;
    // Drafts follow typing: no debounce beyond the current frame.
    requestAnimationFrame(() => publish());
  }

  function onSelectionChange() {
    const active = focusedEditor ?? currentEditor;
    if (active) {
      const t = editingTarget(active);
      if (t) {
        const off = selectionOffsets(t.root);
        if (off) lastSelection = off;
      }
    }
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const node = sel.anchorNode;
    const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
    if (!el || (active && (active.contains(el) || el.closest('[contenteditable="true"], textarea')))) return;
    const text = sel.toString().trim();
    if (text.length >= 3) {
      stickySelection = text.slice(0, 20_000);
      schedule(200);
    }
  }

  function startWatching() {
    const opts = { capture: true, signal: undefined as unknown as AbortSignal };
    void opts;
    ctx.addEventListener(document, 'focusin', onFocusIn, { capture: true });
    ctx.addEventListener(document, 'input', onInput, { capture: true });
    ctx.addEventListener(document, 'selectionchange', onSelectionChange);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      stickySelection = null;
      focusedEditor = null;
      schedule(300);
    });
    ctx.addEventListener(window, 'resize', () => keepClearOfEditor());
    observer = new MutationObserver((records) => {
      // Our own panel wrapper changes are not page changes.
      if (records.every((r) => ui && ui.wrapper.contains(r.target))) return;
      schedule();
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    onFocusIn();
  }

  /** Typing inside an iframe editor raises events in the frame's document, not ours. */
  const watchedDocs = new WeakSet<Document>();
  function watchFrameOf(editor: Element) {
    const target = editingTarget(editor);
    if (!target || target.doc === document || watchedDocs.has(target.doc)) return;
    watchedDocs.add(target.doc);
    ctx.addEventListener(target.doc as unknown as Window, 'input' as never, onInput as never, { capture: true });
    ctx.addEventListener(target.doc as unknown as Window, 'selectionchange' as never, onSelectionChange as never);
    const frameObserver = new MutationObserver(() => schedule());
    frameObserver.observe(target.doc.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => frameObserver.disconnect());
  }

  function stopWatching() {
    observer?.disconnect();
    observer = null;
  }

  // ---- editors that keep their own model or undo: the bridge in the page's world -------------
  function maybeInjectBridge(el: Element) {
    const kind = editorKind(el);
    if ((kind !== 'ckeditor5' && kind !== 'iframe') || bridgeReady) return;
    bridgeReady = injectScript('/editor-bridge.js', { keepInDom: false }).then(() => undefined);
  }

  /** Asks CKEditor 4 or TinyMCE (through the bridge) to record an undo level for an iframe editor. */
  async function undoSnapshot(editor: Element) {
    if (editorKind(editor) !== 'iframe') return;
    const frame = editor.tagName === 'IFRAME' ? editor : editor.ownerDocument.defaultView?.frameElement;
    if (!frame) return;
    maybeInjectBridge(editor);
    await bridgeReady;
    frame.dispatchEvent(new CustomEvent('tactful:snapshot', { bubbles: true }));
  }

  const modelWriter: ModelWriter = async (el, edit) => {
    maybeInjectBridge(el);
    await bridgeReady;
    const root = editingTarget(el)?.root ?? (el as HTMLElement);
    // Select the span in the DOM; the bridge maps the DOM selection to the editor's model.
    const model = buildTextModel(root);
    const a = model.before(edit.start);
    const b = edit.end > edit.start ? model.after(edit.end) : a;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const id = Math.random().toString(36).slice(2);
    return new Promise<boolean>((resolve) => {
      const done = (e: Event) => {
        const detail = (e as CustomEvent<string>).detail;
        let parsed: { id?: string; ok?: boolean } = {};
        try {
          parsed = JSON.parse(String(detail));
        } catch {
          return;
        }
        if (parsed.id !== id) return;
        root.removeEventListener('tactful:ck5:done', done);
        resolve(!!parsed.ok);
      };
      root.addEventListener('tactful:ck5:done', done);
      (root as HTMLElement).focus();
      const sel = document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      // Let CKEditor observe the selection before it is asked to write.
      setTimeout(() => {
        root.dispatchEvent(new CustomEvent('tactful:ck5', { bubbles: true, detail: JSON.stringify({ id, prefix: edit.prefix ?? '', text: edit.text, html: edit.html ?? null }) }));
      }, 30);
      setTimeout(() => resolve(false), 2000);
    });
  };

  // ---- writing ---------------------------------------------------------------------------------
  async function write(msg: Extract<ToPage, { type: 'page.write' }>): Promise<WriteResult> {
    const editor = currentEditor && currentEditor.isConnected ? currentEditor : (computeState(), currentEditor);
    if (!editor) return { ok: false, strategy: 'none', copied: false, error: 'no reply editor found' };
    const ctxWrite = { modelWriter, lastSelection: focusedEditor === editor ? lastSelection : lastSelection };
    const w = msg.write;
    await undoSnapshot(editor);
    let out;
    if (w.op === 'replace') out = await replaceSpan(editor, w, ctxWrite);
    else if (w.op === 'replaceMany') out = await replaceMany(editor, w.edits, ctxWrite);
    else if (w.op === 'insert') out = await insertAtCaret(editor, w.text, ctxWrite);
    else {
      const kind = editorKind(editor);
      const rich = isRichEditor(kind, editor) && !isTextControl(editor);
      const html = rich ? `<a href="${escapeAttr(w.url)}">${escapeHtml(w.title)}</a>` : undefined;
      out = await insertAtCaret(editor, rich ? w.title : `${w.title}: ${w.url}`, { ...ctxWrite, html });
    }
    await undoSnapshot(editor);
    requestAnimationFrame(() => publish(true));
    return { ok: out.ok, strategy: out.strategy, copied: false, error: out.error };
  }

  // ---- messages --------------------------------------------------------------------------------
  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; url?: string }, sendResponse: (r: unknown) => void) => {
    if (ctx.isInvalid || sender.id !== browser.runtime.id) return;
    // Background toggles (toolbar, shortcut, context menu).
    const bg = z.object({ type: z.enum(['panel.toggle', 'panel.open', 'article.extract']) }).safeParse(raw);
    if (bg.success) {
      if (bg.data.type === 'panel.toggle') ui ? closePanel() : void openPanel();
      else if (bg.data.type === 'panel.open') void openPanel();
      else sendResponse(safeExtract());
      return;
    }
    const parsed = ToPageSchema.safeParse(raw);
    if (!parsed.success) return;
    const msg = parsed.data;
    switch (msg.type) {
      case 'page.read':
        sendResponse(ui ? computeState() : null);
        return;
      case 'page.write':
        void write(msg).then(sendResponse, (e) => sendResponse({ ok: false, strategy: 'error', copied: false, error: String(e) }));
        return true;
      case 'page.pick':
        startPicker(msg.target);
        sendResponse(true);
        return;
      case 'page.highlight':
        highlight(msg.start, msg.end);
        return;
      case 'page.unhighlight':
        highlight(0, 0);
        return;
      case 'panel.layout':
        layout = { side: msg.side ?? layout.side, width: msg.width ?? layout.width, collapsed: msg.collapsed ?? layout.collapsed };
        applyLayout();
        void sendToBackground({ type: 'prefs.set', patch: { panelSide: layout.side, panelWidth: layout.width, panelCollapsed: layout.collapsed } }).catch(() => {});
        sendResponse(layout);
        return;
      case 'panel.close':
        closePanel();
        return;
      case 'page.extractArticle':
        sendResponse(safeExtract());
        return;
    }
  });

  function safeExtract() {
    try {
      return extractArticle(document, location.href);
    } catch (e) {
      return { error: String(e) };
    }
  }

  // ---- picker ("teach this site") ---------------------------------------------------------------
  function startPicker(target: 'customer' | 'editor' | null) {
    picker?.stop();
    picker = null;
    pickerTarget = target;
    if (!target) {
      publish(true);
      return;
    }
    picker = mountPicker(document, (el) => el !== ui?.wrapper && !ui?.wrapper.contains(el), async (el) => {
      picker = null;
      pickerTarget = null;
      const selector = selectorFor(el, { generalise: target === 'customer' });
      taught = { ...(taught ?? {}), [target]: selector };
      if (target === 'editor' && isEditorCandidate(el)) focusedEditor = el;
      if (target === 'customer') stickySelection = null;
      await sendToBackground({ type: 'picker.set', host: host || 'local', [target]: selector }).catch(() => {});
      publish(true);
    }, () => {
      picker = null;
      pickerTarget = null;
      publish(true);
    });
    publish(true);
  }

  // ---- highlight the flagged phrase without touching the editor's markup ----------------------
  function highlight(start: number, end: number) {
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const HighlightCtor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
    if (!registry || !HighlightCtor) return;
    registry.delete('tactful');
    if (end <= start || !currentEditor) return;
    const t = editingTarget(currentEditor);
    if (!t || isTextControl(t.root)) return;
    const model = buildTextModel(t.root);
    const a = model.before(start);
    const b = model.after(end);
    const range = t.doc.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return;
    }
    ensureHighlightStyle(t.doc);
    registry.set('tactful', new HighlightCtor(range));
  }

  // ---- start ------------------------------------------------------------------------------------
  void sendToBackground<{ open: boolean }>({ type: 'sites.shouldOpen', url: location.href })
    .then((r) => {
      if (r.open) void openPanel();
    })
    .catch(() => {});
  ctx.onInvalidated(() => closePanel());
}

function ensureHighlightStyle(doc: Document) {
  if (doc.getElementById('tactful-highlight-style')) return;
  const style = doc.createElement('style');
  style.id = 'tactful-highlight-style';
  style.textContent = '::highlight(tactful){background-color:rgba(250,204,21,.45);text-decoration:underline wavy #b45309;}';
  (doc.head ?? doc.documentElement).appendChild(style);
}

function describeEditor(el: Element): string {
  const label = el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.getAttribute('name') || el.id || '';
  const kind = editorKind(el);
  return `${kind}${label ? `: ${label.slice(0, 80)}` : ''}`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
function escapeAttr(s: string): string {
  return escapeHtml(s);
}
