/**
 * Writing into the host page's editor: one strategy per editor kind, always an exact span,
 * never the whole value or innerHTML, so the host editor keeps its state and undo stack.
 *
 * Measured in Chromium (ENGINEERING.md): focus + selection + execCommand('insertText') gives
 * trusted `input` events with inputType 'insertText' in a textarea and a contenteditable, and
 * lands on the browser's undo stack. Editors that keep their own model and ignore DOM edits
 * (CKEditor 5) are written through their API from a main-world bridge; Draft.js, Slate, Lexical
 * and Roosterjs take the text from the input events they handle themselves (beforeinput, paste).
 */
import type { EditorKind } from '../types.ts';
import { editingTarget, editorKind, isRichEditor, isTextControl } from './detect.ts';
import { buildTextModel, readEditorDraft, readEditorText } from './textmodel.ts';
import { overlapsAny, type TextRange } from '../../text/quotes.ts';
import { TEMPLATE_BLANK } from '../../rewrite/blank.ts';
import { escapeHtml, formatLinkForInsert, placeLink, safeHttpUrl } from '../../kb/link.ts';

export interface Edit {
  start: number;
  end: number;
  /** The text the span must still hold; a write whose span moved is relocated or refused. */
  expected: string;
  text: string;
}

export interface WriteOutcome {
  ok: boolean;
  strategy: string;
  error?: string;
}

/**
 * Writes through an editor's own model (CKEditor 5), from the main-world bridge. `prefix` and
 * `suffix` go in around `text`, outside the link; `href` (already a checked http(s) address, not
 * HTML) makes `text` a link.
 */
export type ModelWriter = (el: Element, edit: { start: number; end: number; text: string; prefix?: string; suffix?: string; href?: string }) => Promise<boolean>;

/** The bridge answers true only when CKEditor 5's model, read back, holds the text at its place. */
const ck5Outcome = (ok: boolean): WriteOutcome =>
  ok ? { ok, strategy: 'ckeditor5:model' } : { ok, strategy: 'ckeditor5:model', error: 'CKEditor 5 did not take the text (reading the editor back did not show it)' };

export interface WriteContext {
  kind?: EditorKind;
  /** Where the caret was when the agent last typed, for inserts after focus left the page. */
  lastSelection?: { start: number; end: number } | null;
  modelWriter?: ModelWriter;
}

/**
 * Find where `expected` now sits: at [start, end) if unchanged, else the nearest occurrence
 * (the agent may have typed before the span since the suggestion was computed). Never inside
 * `quotes`: the customer's quoted words are not the agent's to rewrite, even when they read the same.
 */
export function relocate(current: string, edit: Pick<Edit, 'start' | 'end' | 'expected'>, quotes: readonly TextRange[] = []): { start: number; end: number } | null {
  const own = (a: number, b: number) => !overlapsAny(quotes, a, b);
  if (current.slice(edit.start, edit.end) === edit.expected && own(edit.start, edit.end)) return { start: edit.start, end: edit.end };
  if (!edit.expected) return null;
  let best: number | null = null;
  for (let i = current.indexOf(edit.expected); i !== -1; i = current.indexOf(edit.expected, i + 1)) {
    if (!own(i, i + edit.expected.length)) continue;
    if (best === null || Math.abs(i - edit.start) < Math.abs(best - edit.start)) best = i;
  }
  return best === null ? null : { start: best, end: best + edit.expected.length };
}

function execInsert(doc: Document, text: string): boolean {
  // happy-dom and some old engines lack execCommand: the caller falls back.
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function writeTextControl(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, text: string): WriteOutcome {
  el.focus();
  el.setSelectionRange(start, end);
  const before = el.value;
  const want = before.slice(0, start) + text + before.slice(end);
  if (execInsert(el.ownerDocument, text) && el.value === want) return { ok: true, strategy: 'textarea:execCommand' };
  // Fallback keeps the rest of the value and tells the page's framework about the change;
  // the browser's own undo does not cover it.
  if (el.value !== want) {
    el.value = before;
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  return { ok: el.value === want, strategy: 'textarea:setRangeText' };
}

function selectSpan(doc: Document, root: HTMLElement, start: number, end: number): boolean {
  const model = buildTextModel(root);
  const a = model.before(start);
  const b = end > start ? model.after(end) : a;
  const sel = doc.getSelection();
  if (!sel) return false;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return false;
  }
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

/** Insert possibly multi-line text at the selection, as the agent's own typing would. */
function insertLines(doc: Document, root: HTMLElement, text: string): boolean {
  const lines = text.split('\n');
  if (lines.length === 1) return execInsert(doc, text);
  // Editors built of one block per line (Gmail, ProseMirror, Quill) want paragraphs; others <br>.
  const blocky = Array.from(root.children).some((c) => c.tagName === 'P' || c.tagName === 'DIV');
  let ok = true;
  lines.forEach((line, i) => {
    if (i > 0) ok = doc.execCommand(blocky ? 'insertParagraph' : 'insertLineBreak') && ok;
    if (line) ok = execInsert(doc, line) && ok;
  });
  return ok;
}

function dispatchPaste(root: HTMLElement, text: string): boolean {
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const ev = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    root.dispatchEvent(ev);
    return ev.defaultPrevented; // the editor handled it
  } catch {
    return false;
  }
}

/**
 * The `beforeinput` the browser sends when the agent types `text` over the selection (or, for no text, presses
 * Backspace over it); true when the editor handled it.
 */
function dispatchBeforeInput(root: HTMLElement, text: string): boolean {
  try {
    const ev = new InputEvent('beforeinput', { inputType: text ? 'insertText' : 'deleteContentBackward', data: text || null, bubbles: true, cancelable: true, composed: true });
    root.dispatchEvent(ev);
    return ev.defaultPrevented;
  } catch {
    return false;
  }
}

/**
 * Editors that keep their own model learn of a new DOM selection from `selectionchange`, which the browser sends a
 * task later: an input event sent at once would land at the old caret (Draft.js, Slate and Lexical all did). Wait for
 * it (50 ms at most: no event comes when the selection did not change).
 */
function selectionSeen(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 0); // after the editor's own listener, and a debounce of 0 behind it
    };
    const timer = setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
}

/** Waits (a few frames at most) for the editor's text to become `want`, for editors that render after their model changes. */
async function settlesTo(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 20 && !check(); i++) await new Promise((r) => setTimeout(r, 15));
  return check();
}

/**
 * Editor kinds that may keep their own model and take text from their own input handlers: the write goes first as the
 * input events such an editor reads (a `beforeinput` insertText: Slate, Lexical; then a paste: Draft.js, Roosterjs,
 * which is Outlook on the web's editor), so that its model and its undo stack hold the change. A page that handles
 * neither gets the browser's own insertText. ProseMirror and Quill read the DOM change of insertText themselves.
 */
const OWN_INPUT_KINDS: ReadonlySet<EditorKind> = new Set(['draftjs', 'slate', 'lexical', 'contenteditable']);

async function writeContentEditable(kind: EditorKind, doc: Document, root: HTMLElement, start: number, end: number, text: string): Promise<WriteOutcome> {
  root.focus();
  if (!selectSpan(doc, root, start, end)) return { ok: false, strategy: `${kind}:select`, error: 'could not select the span' };
  const before = readEditorText(root);
  const want = before.slice(0, start) + text + before.slice(end);
  const check = () => readEditorText(root) === want.replace(/\n+$/, '');
  if (OWN_INPUT_KINDS.has(kind)) {
    await selectionSeen(doc);
    // The span must still be selected (the page may have moved the caret meanwhile); never write elsewhere.
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.toString().replace(/\s+/g, ' ') !== before.slice(start, end).replace(/\s+/g, ' ')) {
      if (!selectSpan(doc, root, start, end)) return { ok: false, strategy: `${kind}:select`, error: 'could not select the span' };
    }
    // An event the editor handled is not sent again: it may apply it after a render, and a second write would double it.
    const single = !text.includes('\n');
    if (single && dispatchBeforeInput(root, text)) {
      return (await settlesTo(check)) ? { ok: true, strategy: `${kind}:beforeinput` } : { ok: false, strategy: `${kind}:beforeinput`, error: 'the editor did not take the text' };
    }
    if (text && dispatchPaste(root, text)) {
      return (await settlesTo(check)) ? { ok: true, strategy: `${kind}:paste` } : { ok: false, strategy: `${kind}:paste`, error: 'the editor did not take the text' };
    }
  }
  if (insertLines(doc, root, text) && check()) return { ok: true, strategy: `${kind}:execCommand` };
  return { ok: check(), strategy: `${kind}:execCommand`, error: check() ? undefined : 'the editor did not take the text' };
}

/**
 * Select [start, end) of the draft in the editor, so the agent's next keystrokes replace it. For
 * CKEditor 5 the DOM selection is enough: its selection observer maps it to the model.
 */
export function selectDraftSpan(editor: Element, start: number, end: number): boolean {
  const target = editingTarget(editor);
  if (!target) return false;
  if (isTextControl(target.root)) {
    const c = target.root as HTMLTextAreaElement;
    c.focus();
    c.setSelectionRange(start, end);
    return true;
  }
  target.root.focus();
  return selectSpan(target.doc, target.root, start, end);
}

/** Replace one exact span of the draft. Quoted text is never written; a template's first blank ends up selected. */
export async function replaceSpan(editor: Element, edit: Edit, ctx: WriteContext = {}): Promise<WriteOutcome> {
  const out = await writeSpan(editor, edit, ctx);
  const blank = edit.text.indexOf(TEMPLATE_BLANK);
  if (out.ok && out.at !== undefined && blank >= 0) {
    const [a, b] = [out.at + blank, out.at + blank + TEMPLATE_BLANK.length];
    selectDraftSpan(editor, a, b);
    // An editor that renders after its model changed (Draft.js) may put its own caret back when it does: select again then.
    await new Promise((r) => setTimeout(r, 30));
    // Only while the blank is still there and unselected: the agent may already be typing over it.
    const doc = editingTarget(editor)?.doc;
    const blankThere = readEditorText(editor).slice(a, b) === TEMPLATE_BLANK;
    if (doc && !isTextControl(editor) && blankThere && doc.getSelection()?.toString() !== TEMPLATE_BLANK) selectDraftSpan(editor, a, b);
  }
  return { ok: out.ok, strategy: out.strategy, ...(out.error ? { error: out.error } : {}) };
}

async function writeSpan(editor: Element, edit: Edit, ctx: WriteContext): Promise<WriteOutcome & { at?: number }> {
  const kind = ctx.kind ?? editorKind(editor);
  const current = readEditorDraft(editor);
  const at = relocate(current.text, edit, current.quotes);
  if (!at) return { ok: false, strategy: 'relocate', error: 'the text changed; the suggestion no longer applies' };
  if (kind === 'ckeditor5') {
    if (!ctx.modelWriter) return { ok: false, strategy: 'ckeditor5', error: 'no bridge to CKEditor 5' };
    const ok = await ctx.modelWriter(editor, { start: at.start, end: at.end, text: edit.text });
    return { ...ck5Outcome(ok), at: at.start };
  }
  const target = editingTarget(editor);
  if (!target) return { ok: false, strategy: kind, error: 'no editable element' };
  if (isTextControl(target.root)) return { ...writeTextControl(target.root as HTMLTextAreaElement, at.start, at.end, edit.text), at: at.start };
  return { ...(await writeContentEditable(kind, target.doc, target.root, at.start, at.end, edit.text)), at: at.start };
}

/** Several edits, applied right to left so earlier offsets stay valid. */
export async function replaceMany(editor: Element, edits: readonly Edit[], ctx: WriteContext = {}): Promise<WriteOutcome> {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let last: WriteOutcome = { ok: true, strategy: 'none' };
  for (const e of sorted) {
    last = await replaceSpan(editor, e, ctx);
    if (!last.ok) return last;
  }
  return last;
}

/** Insert at the caret (or where it last was), e.g. a KB link. */
export async function insertAtCaret(editor: Element, text: string, ctx: WriteContext & { html?: string } = {}): Promise<WriteOutcome> {
  const kind = ctx.kind ?? editorKind(editor);
  const current = readEditorText(editor);
  let pos = ctx.lastSelection ?? { start: current.length, end: current.length };
  if (pos.start > current.length || pos.end > current.length) pos = { start: current.length, end: current.length };
  // Keep the inserted text apart from the word before it.
  const needsSpace = pos.start > 0 && !/\s$/.test(current.slice(0, pos.start));
  const insert = (needsSpace ? ' ' : '') + text;
  if (kind === 'ckeditor5') {
    if (!ctx.modelWriter) return { ok: false, strategy: 'ckeditor5', error: 'no bridge to CKEditor 5' };
    const ok = await ctx.modelWriter(editor, { start: pos.start, end: pos.end, prefix: needsSpace ? ' ' : '', text });
    return ck5Outcome(ok);
  }
  const target = editingTarget(editor);
  if (!target) return { ok: false, strategy: kind, error: 'no editable element' };
  if (isTextControl(target.root)) return writeTextControl(target.root as HTMLTextAreaElement, pos.start, pos.end, insert);
  if (ctx.html && isRichEditor(kind, target.root) && typeof target.doc.execCommand === 'function') {
    target.root.focus();
    if (selectSpan(target.doc, target.root, pos.start, pos.end)) {
      if (needsSpace) execInsert(target.doc, ' ');
      if (target.doc.execCommand('insertHTML', false, ctx.html)) return { ok: true, strategy: `${kind}:insertHTML` };
    }
  }
  return writeContentEditable(kind, target.doc, target.root, pos.start, pos.end, insert);
}

/**
 * Insert a link to an article at the caret (or where it last was), as its own words: spaced from
 * the text around it, after the word the caret is in. Rich editors get a real link, plain ones
 * "Title: URL". Only http(s) addresses are written, whatever the caller sent: this is the last
 * check before the page.
 */
export async function insertLink(editor: Element, link: { title: string; url: string }, ctx: WriteContext = {}): Promise<WriteOutcome> {
  const href = safeHttpUrl(link.url);
  if (!href) return { ok: false, strategy: 'link', error: 'only http and https links can be inserted' };
  const kind = ctx.kind ?? editorKind(editor);
  const current = readEditorText(editor);
  const target = kind === 'ckeditor5' ? null : editingTarget(editor);
  const rich = kind === 'ckeditor5' || (!!target && !isTextControl(target.root) && isRichEditor(kind, target.root));
  const formatted = formatLinkForInsert({ title: link.title, url: href }, rich ? 'rich' : 'plain');
  const linkText = link.title.replace(/\s+/g, ' ').trim() || href;
  const at = placeLink(current, ctx.lastSelection ?? { start: current.length, end: current.length });
  if (kind === 'ckeditor5') {
    if (!ctx.modelWriter) return { ok: false, strategy: 'ckeditor5', error: 'no bridge to CKEditor 5' };
    const ok = await ctx.modelWriter(editor, { start: at.start, end: at.end, prefix: at.prefix, suffix: at.suffix, text: linkText, href });
    return ck5Outcome(ok);
  }
  if (!target) return { ok: false, strategy: kind, error: 'no editable element' };
  const plain = at.prefix + formatted.text + at.suffix;
  if (isTextControl(target.root)) return writeTextControl(target.root as HTMLTextAreaElement, at.start, at.end, plain);
  if (rich && typeof target.doc.execCommand === 'function') {
    target.root.focus();
    if (selectSpan(target.doc, target.root, at.start, at.end)) {
      if (at.prefix) execInsert(target.doc, at.prefix);
      if (target.doc.execCommand('insertHTML', false, `<a href="${escapeHtml(href)}">${escapeHtml(linkText)}</a>`)) {
        if (at.suffix) execInsert(target.doc, at.suffix);
        return { ok: true, strategy: `${kind}:insertHTML` };
      }
    }
  }
  return writeContentEditable(kind, target.doc, target.root, at.start, at.end, plain);
}
