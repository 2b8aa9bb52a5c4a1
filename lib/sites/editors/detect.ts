/**
 * Recognise a reply editor and its kind by the markers each editor family always renders, and
 * descend from the page's active element into iframes and open shadow roots.
 */
import type { EditorKind } from '../types.ts';

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
  return false;
}

export function isEditableHost(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce === '' || ce === 'true' || ce === 'plaintext-only';
}

/** The outermost contenteditable element that contains `el` (editors nest editable islands). */
export function editableRoot(el: Element): Element | null {
  let root: Element | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const ce = cur.getAttribute('contenteditable');
    if (ce === 'false') break;
    if (isEditableHost(cur)) root = cur;
  }
  return root;
}

/** A same-origin iframe editor (CKEditor 4, TinyMCE) exposes its editable body; cross-origin ones do not. */
export function iframeBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    const doc = frame.contentDocument;
    if (!doc?.body) return null;
    if (isEditableHost(doc.body) || doc.designMode === 'on') return doc.body;
  } catch {
    // Cross-origin: not ours to touch.
  }
  return null;
}

/** False for elements the page hides (CKEditor 4 and TinyMCE hide the textarea they replace). */
export function isRendered(el: Element): boolean {
  const check = (el as HTMLElement & { checkVisibility?(o?: object): boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  const view = el.ownerDocument.defaultView;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if ((n as HTMLElement).hidden) return false;
    const style = view?.getComputedStyle(n);
    if (style && (style.display === 'none' || (n === el && style.visibility === 'hidden'))) return false;
  }
  return true;
}

export function isEditorCandidate(el: Element): boolean {
  if (isTextControl(el)) {
    const c = el as HTMLTextAreaElement | HTMLInputElement;
    return !c.disabled && !c.readOnly;
  }
  if (el.tagName === 'IFRAME') return iframeBody(el as HTMLIFrameElement) !== null;
  return editableRoot(el) !== null;
}

export function editorKind(el: Element): EditorKind {
  if (isTextControl(el)) return 'textarea';
  if (el.tagName === 'IFRAME') return 'iframe';
  if (el.ownerDocument !== el.ownerDocument.defaultView?.top?.document && el.tagName === 'BODY') return 'iframe';
  const root = editableRoot(el) ?? el;
  if (root.classList.contains('ck-editor__editable') || root.classList.contains('ck-content')) return 'ckeditor5';
  if (root.classList.contains('ProseMirror')) return 'prosemirror';
  if (root.closest('.public-DraftEditor-content, .DraftEditor-root')) return 'draftjs';
  if (root.hasAttribute('data-lexical-editor')) return 'lexical';
  if (root.hasAttribute('data-slate-editor')) return 'slate';
  if (root.classList.contains('ql-editor')) return 'quill';
  if (root.classList.contains('fr-element')) return 'froala';
  if (isEditableHost(root)) return 'contenteditable';
  return 'unknown';
}

/** Rich editors take a real link; plain ones get "Title: URL". */
export function isRichEditor(kind: EditorKind, el?: Element | null): boolean {
  if (kind === 'textarea' || kind === 'unknown') return false;
  if (el && el.getAttribute('contenteditable') === 'plaintext-only') return false;
  return true;
}

/**
 * The element that really has focus: `document.activeElement` stops at iframes and shadow
 * hosts, so walk into same-origin frames and open shadow roots.
 */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  for (let guard = 0; el && guard < 20; guard++) {
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow?.activeElement) {
      el = shadow.activeElement;
      continue;
    }
    if (el.tagName === 'IFRAME') {
      const body = iframeBody(el as HTMLIFrameElement);
      if (body) return el; // the iframe element stands for its editor
      try {
        const inner = (el as HTMLIFrameElement).contentDocument?.activeElement;
        if (inner && inner !== (el as HTMLIFrameElement).contentDocument?.body) {
          el = inner;
          continue;
        }
      } catch {
        /* cross-origin */
      }
    }
    break;
  }
  return el;
}

/** The document that holds an editor's editable content (the iframe's, for iframe editors). */
export function editingTarget(el: Element): { doc: Document; root: HTMLElement } | null {
  if (el.tagName === 'IFRAME') {
    const body = iframeBody(el as HTMLIFrameElement);
    return body ? { doc: body.ownerDocument, root: body } : null;
  }
  if (isTextControl(el)) return { doc: el.ownerDocument, root: el as HTMLElement };
  const root = editableRoot(el);
  return root ? { doc: root.ownerDocument, root: root as HTMLElement } : null;
}

/** Every visible editor candidate on the page, including inside same-origin iframes and open shadow roots. */
export function findEditorCandidates(doc: Document, limit = 50): Element[] {
  const out: Element[] = [];
  const visit = (root: Document | ShadowRoot | Element, depth: number) => {
    if (depth > 6 || out.length >= limit) return;
    const nodes = root.querySelectorAll('textarea, input, [contenteditable], iframe, *');
    for (const el of Array.from(nodes)) {
      if (out.length >= limit) break;
      const shadow = (el as HTMLElement).shadowRoot;
      if (shadow) visit(shadow, depth + 1);
      if (el.tagName === 'IFRAME') {
        if (iframeBody(el as HTMLIFrameElement)) out.push(el);
        continue;
      }
      if (isTextControl(el)) {
        if (el.tagName === 'TEXTAREA' && isEditorCandidate(el) && isRendered(el)) out.push(el);
        continue;
      }
      if (isEditableHost(el) && editableRoot(el) === el) out.push(el);
    }
  };
  visit(doc, 0);
  return out;
}
