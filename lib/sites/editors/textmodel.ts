/**
 * The draft as plain text, with a way back from every text offset to a DOM point, so the panel
 * can work on a string and the page can be written at exactly the right span.
 *
 * For contenteditable editors the text follows what the agent sees: <br> and block boundaries
 * become '\n', source-formatting newlines inside text nodes become spaces.
 */
import { editingTarget, isTextControl } from './detect.ts';
import { draftQuoteRanges, mergeRanges, overlapsAny, type TextRange } from '../../text/quotes.ts';

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
  /** Text ranges inside quote elements of a rich editor (see QUOTE_BLOCKS, QUOTE_REST), sorted. */
  quotes: TextRange[];
}

/**
 * Elements of a rich reply editor that hold quoted mail: a blockquote (Roundcube and Apple Mail
 * put type="cite" on it), Gmail's quote block and its attribution line, Thunderbird's "On … wrote:"
 * line, Yahoo's, Freshdesk's, Front's and Zoho's quote wrappers.
 */
export const QUOTE_BLOCKS = [
  'blockquote', '.gmail_quote', '.gmail_quote_container', '.gmail_attr', '.moz-cite-prefix', '#reply-intro',
  '.yahoo_quoted', '.freshdesk_quote', '.front-quote', '.zmail_extra', '.x_gmail_quote', '[data-marker="__QUOTED_TEXT__"]',
].join(', ');
/**
 * Elements that start quoted history without wrapping it: Outlook puts an empty #appendonsend and
 * a #divRplyFwdMsg header above the copied message, new Outlook a #mail-editor-reference-message-container;
 * Zimbra an hr#zwchr. Everything from them to the end of the editor is a quote.
 */
export const QUOTE_REST = [
  '#appendonsend', '#divRplyFwdMsg', '#x_appendonsend', '#x_divRplyFwdMsg', '#mail-editor-reference-message-container', 'hr#stopSpelling', 'hr#zwchr',
].join(', ');

function quoteKindOf(el: Element): 'block' | 'rest' | null {
  try {
    if (el.matches(QUOTE_BLOCKS)) return 'block';
    if (el.matches(QUOTE_REST)) return 'rest';
  } catch {
    // a document without selector support: no rich quotes
  }
  return null;
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
  const quotes: TextRange[] = [];
  let restFrom = -1;

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
    const quote = restFrom < 0 ? quoteKindOf(el) : null;
    const from = text.length;
    if (quote === 'rest') restFrom = from;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, isPre);
    if (quote === 'block' && text.length > from) quotes.push([from, text.length]);
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c, false);

  // Browsers keep a trailing <br> in an empty or last line; the agent does not see it as text.
  const endPoint: DomPoint = lastAfter;
  if (restFrom >= 0 && text.length > restFrom) quotes.push([restFrom, text.length]);
  return {
    text,
    quotes: mergeRanges(quotes),
    before: (i) => (i < beforePts.length ? beforePts[i] : endPoint),
    after: (i) => (i <= 0 ? (beforePts[0] ?? { node: root, offset: 0 }) : afterPts[Math.min(i, afterPts.length) - 1]),
  };
}

/** The draft text of an editor element (textarea value, or the contenteditable text model). */
export function readEditorText(el: Element): string {
  return readEditorDraft(el).text;
}

/**
 * The draft and the ranges of it that are quoted, not the agent's own words: quote elements of a
 * rich editor and the plain-text markers ("> " lines, "On … wrote:", Outlook headers) in any editor,
 * and the customer's words quoted inline ('You wrote “…”', «… نوشتید»).
 */
export function readEditorDraft(el: Element): { text: string; quotes: TextRange[] } {
  if (isTextControl(el)) {
    const text = readTextControl(el);
    return { text, quotes: draftQuoteRanges(text) };
  }
  // Iframe editors (CKEditor 4, TinyMCE) keep their text in the frame's body.
  const root = editingTarget(el)?.root ?? el;
  const model = buildTextModel(root);
  const text = model.text.replace(/\n+$/, '');
  // Where the editor marks its quotes, its markup knows where they end: a plain-text header
  // inside a quote element ("On … wrote:" in .gmail_attr) must not extend it to the end.
  const plain = draftQuoteRanges(text).filter(([a]) => !overlapsAny(model.quotes, a, a));
  const quotes = mergeRanges([...model.quotes, ...plain].map(([a, b]): TextRange => [a, Math.min(b, text.length)]));
  return { text, quotes };
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
    // The first character whose "before" point is at or after the given point. The points follow
    // document order, so a binary search finds it in a few range comparisons, not one per character.
    let lo = 0;
    let hi = model.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = model.before(mid);
      if (comparePoints(p.node, p.offset, node, offset) >= 0) hi = mid;
      else lo = mid + 1;
    }
    return lo;
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
