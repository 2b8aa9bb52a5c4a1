/**
 * The draft as plain text, with a way back from every text offset to a DOM point, so the panel
 * can work on a string and the page can be written at exactly the right span.
 *
 * For contenteditable editors the text follows what the agent sees: <br> and block boundaries
 * become '\n', source-formatting newlines inside text nodes become spaces.
 */
import { editingTarget, isTextControl } from './detect.ts';

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface TextModel {
  text: string;
  /** Point just before character `i` (for i == text.length: the end of the content). */
  before(i: number): DomPoint;
  /** Point just after character `i - 1`, i.e. where a span ending at `i` ends. */
  after(i: number): DomPoint;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readTextControl(el: HTMLTextAreaElement | HTMLInputElement): string {
  return el.value;
}

export function buildTextModel(root: Node): TextModel {
  let text = '';
  const beforePts: DomPoint[] = [];
  const afterPts: DomPoint[] = [];
  let lastAfter: DomPoint = { node: root, offset: 0 };

  const pushChar = (ch: string, before: DomPoint, after: DomPoint) => {
    text += ch;
    beforePts.push(before);
    afterPts.push(after);
    lastAfter = after;
  };
  const indexIn = (node: Node) => Array.prototype.indexOf.call(node.parentNode!.childNodes, node) as number;

  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      for (let k = 0; k < data.length; k++) {
        let ch = data[k];
        if (!pre && (ch === '\n' || ch === '\r' || ch === '\t')) ch = ' ';
        pushChar(ch, { node, offset: k }, { node, offset: k + 1 });
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.hasAttribute('hidden')) return;
    if (el.tagName === 'BR') {
      const i = indexIn(el);
      pushChar('\n', { node: el.parentNode!, offset: i }, { node: el.parentNode!, offset: i + 1 });
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block && text.length > 0 && !text.endsWith('\n')) {
      // A virtual line break between blocks: it starts where the previous content ended.
      pushChar('\n', lastAfter, { node: el, offset: 0 });
    }
    const isPre = pre || el.tagName === 'PRE';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, isPre);
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c, false);

  // Browsers keep a trailing <br> in an empty or last line; the agent does not see it as text.
  const endPoint: DomPoint = lastAfter;
  return {
    text,
    before: (i) => (i < beforePts.length ? beforePts[i] : endPoint),
    after: (i) => (i <= 0 ? (beforePts[0] ?? { node: root, offset: 0 }) : afterPts[Math.min(i, afterPts.length) - 1]),
  };
}

/** The draft text of an editor element (textarea value, or the contenteditable text model). */
export function readEditorText(el: Element): string {
  if (isTextControl(el)) return readTextControl(el);
  // Iframe editors (CKEditor 4, TinyMCE) keep their text in the frame's body.
  const root = editingTarget(el)?.root ?? el;
  return buildTextModel(root).text.replace(/\n+$/, '');
}

/** Offsets of the current selection inside the editor, if the selection is in it. */
export function selectionOffsets(root: HTMLElement): { start: number; end: number } | null {
  if (isTextControl(root)) {
    const c = root as HTMLTextAreaElement;
    return { start: c.selectionStart ?? c.value.length, end: c.selectionEnd ?? c.value.length };
  }
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const model = buildTextModel(root);
  const find = (node: Node, offset: number): number => {
    // The first character whose "before" point is at or after the given point.
    for (let i = 0; i < model.text.length; i++) {
      const p = model.before(i);
      const cmp = comparePoints(p.node, p.offset, node, offset);
      if (cmp >= 0) return i;
    }
    return model.text.length;
  };
  return { start: find(range.startContainer, range.startOffset), end: find(range.endContainer, range.endOffset) };
}

function comparePoints(aNode: Node, aOff: number, bNode: Node, bOff: number): number {
  const doc = aNode.ownerDocument ?? (aNode as Document);
  const r = doc.createRange();
  try {
    r.setStart(bNode, bOff);
    return r.comparePoint(aNode, aOff);
  } catch {
    return 0;
  }
}
