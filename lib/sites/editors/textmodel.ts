/**
 * The draft as plain text, with a way back from every text offset to a DOM point, so the panel
 * can work on a string and the page can be written at exactly the right span.
 *
 * For contenteditable editors the text follows what the agent sees: <br> and block boundaries
 * become '\n', source-formatting newlines inside text nodes become spaces.
 */
import { editingTarget, isTextControl } from './detect.ts';
import { draftQuoteRanges, mergeRanges, overlapsAny, type TextRange } from '../../text/quotes.ts';
import { draftNotOwnRanges, signatureRanges } from '../../text/signature.ts';

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

/**
 * One run of the model's text: a text node's characters, a <br>, or the line break put between
 * blocks. Keeping runs rather than a point per character makes a build cost one small object per
 * node, and lets an edit inside one text node be applied to the model in place (textModelOf).
 */
type Run =
  | { kind: 'text'; start: number; text: string; node: Text; pre: boolean }
  | { kind: 'br'; start: number; text: '\n'; parent: Node; index: number }
  /** Starts where the previous character ended, ends at the start of the block. */
  | { kind: 'block'; start: number; text: '\n'; el: Element };

interface Runs {
  root: Node;
  runs: Run[];
  /** Quote elements as [first run, end run) index ranges, and the run where quoted history starts to the end (-1: none). */
  quoteRuns: [number, number][];
  restRun: number;
  /** Run index of every text node walked; -1 for an empty one (it has no run). */
  runOf: Map<Text, number>;
}

/** A text node's characters as the agent sees them: source-formatting newlines and tabs are spaces outside <pre>. */
const shownText = (data: string, pre: boolean) => (pre ? data : data.replace(/[\n\r\t]/g, ' '));

/** How many times an editor was walked whole (tests check that typing does not walk it). */
export const textModelWalks = { count: 0 };

function walkRuns(root: Node): Runs {
  textModelWalks.count++;
  const runs: Run[] = [];
  const quoteRuns: [number, number][] = [];
  const runOf = new Map<Text, number>();
  let restRun = -1;
  let length = 0;
  let endsWithBreak = false;
  const push = (run: Run) => {
    run.start = length;
    runs.push(run);
    length += run.text.length;
    endsWithBreak = run.text.endsWith('\n');
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const text = shownText((node as Text).data, pre);
      runOf.set(node as Text, text ? runs.length : -1);
      if (text) push({ kind: 'text', start: 0, text, node: node as Text, pre });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.hasAttribute('hidden')) return;
    if (el.tagName === 'BR') return push({ kind: 'br', start: 0, text: '\n', parent: el.parentNode!, index: Array.prototype.indexOf.call(el.parentNode!.childNodes, el) as number });
    // A virtual line break between blocks.
    if (BLOCK.has(el.tagName) && length > 0 && !endsWithBreak) push({ kind: 'block', start: 0, text: '\n', el });
    const isPre = pre || el.tagName === 'PRE';
    const quote = restRun < 0 ? quoteKindOf(el) : null;
    const from = runs.length;
    if (quote === 'rest') restRun = from;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, isPre);
    if (quote === 'block') quoteRuns.push([from, runs.length]);
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c, false);
  return { root, runs, quoteRuns, restRun, runOf };
}

/** The model over a set of runs (their `start`s must be current). */
function modelOf({ root, runs, quoteRuns, restRun }: Runs): TextModel {
  const last = runs[runs.length - 1];
  const length = last ? last.start + last.text.length : 0;
  const text = runs.map((r) => r.text).join('');
  const offsetOf = (run: number) => (run < runs.length ? runs[run]!.start : length);
  // The run holding character i (0 <= i < length): runs are never empty, so a binary search on their starts.
  const runAt = (i: number): Run => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo]!;
  };
  const afterChar = (i: number): DomPoint => {
    const r = runAt(i);
    if (r.kind === 'text') return { node: r.node, offset: i - r.start + 1 };
    if (r.kind === 'br') return { node: r.parent, offset: r.index + 1 };
    return { node: r.el, offset: 0 };
  };
  const beforeChar = (i: number): DomPoint => {
    const r = runAt(i);
    if (r.kind === 'text') return { node: r.node, offset: i - r.start };
    if (r.kind === 'br') return { node: r.parent, offset: r.index };
    return afterChar(i - 1);
  };
  const quotes: TextRange[] = quoteRuns.map(([a, b]): TextRange => [offsetOf(a), offsetOf(b)]);
  if (restRun >= 0) quotes.push([offsetOf(restRun), length]);
  // Browsers keep a trailing <br> in an empty or last line; the agent does not see it as text.
  const start: DomPoint = { node: root, offset: 0 };
  return {
    text,
    quotes: mergeRanges(quotes),
    before: (i) => (i < length ? beforeChar(i) : length ? afterChar(length - 1) : start),
    after: (i) => (i <= 0 ? (length ? beforeChar(0) : start) : length ? afterChar(Math.min(i, length) - 1) : start),
  };
}

export function buildTextModel(root: Node): TextModel {
  return modelOf(walkRuns(root));
}

/**
 * Applies edits inside text nodes to the runs in place; false when an edit can change more than
 * its own run's text (then the caller walks again). A run's text affects others only through
 * being empty (a text node without a run, a quote element without text) and through ending in a
 * line break (the break put before a following block), so an edit that keeps both is local.
 */
function patchRuns(r: Runs, changed: Iterable<Text>): boolean {
  let touched = false;
  for (const node of changed) {
    const i = r.runOf.get(node);
    // Not walked: inside a skipped element (script, hidden), so not part of the text.
    if (i === undefined) continue;
    const run = i >= 0 ? r.runs[i] : undefined;
    if (!run || run.kind !== 'text') return false;
    const text = shownText(node.data, run.pre);
    if (!text || text.endsWith('\n') !== run.text.endsWith('\n')) return false;
    run.text = text;
    touched = true;
  }
  if (touched) {
    let at = 0;
    for (const run of r.runs) {
      run.start = at;
      at += run.text.length;
    }
  }
  return true;
}

interface Cached {
  runs: Runs;
  model: TextModel;
  observer: MutationObserver;
  /** Text nodes whose characters changed since the model was made. */
  changed: Set<Text>;
  /** Nodes were added, removed or re-attributed since: walk again. */
  structural: boolean;
}

const cached = new WeakMap<Node, Cached>();

function noteRecords(c: Cached, records: MutationRecord[]) {
  for (const rec of records) {
    if (rec.type !== 'characterData') c.structural = true;
    else if (rec.target.nodeType === 3) c.changed.add(rec.target as Text);
  }
}

/**
 * The same model as buildTextModel(root), kept between reads: typing inside one text node (the
 * usual keystroke, an IME composition) updates the kept runs; anything that adds, removes or
 * re-attributes nodes walks the editor again. A MutationObserver on the root says which.
 */
export function textModelOf(root: Node): TextModel {
  const Observer = root.ownerDocument?.defaultView?.MutationObserver;
  if (!Observer) return buildTextModel(root);
  let c = cached.get(root);
  if (!c) {
    const runs = walkRuns(root);
    const entry: Cached = { runs, model: modelOf(runs), observer: new Observer((records) => noteRecords(entry, records)), changed: new Set(), structural: false };
    entry.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    cached.set(root, entry);
    return entry.model;
  }
  noteRecords(c, c.observer.takeRecords());
  if (!c.structural && !c.changed.size) return c.model;
  if (c.structural || !patchRuns(c.runs, c.changed)) c.runs = walkRuns(root);
  c.model = modelOf(c.runs);
  c.changed.clear();
  c.structural = false;
  return c.model;
}

/** The draft text of an editor element (textarea value, or the contenteditable text model). */
export function readEditorText(el: Element): string {
  return readEditorDraft(el).text;
}

/**
 * The draft and the ranges of it that are quoted, not the agent's own words: quote elements of a
 * rich editor and the plain-text markers ("> " lines, "On … wrote:", Outlook headers) in any editor,
 * and the customer's words quoted inline ('You wrote “…”', «… نوشتید»); and the agent's own
 * signature block and mail footer (lib/text/signature.ts), which are not this reply's wording either.
 */
export function readEditorDraft(el: Element): { text: string; quotes: TextRange[] } {
  if (isTextControl(el)) {
    const text = readTextControl(el);
    return { text, quotes: draftNotOwnRanges(text) };
  }
  // Iframe editors (CKEditor 4, TinyMCE) keep their text in the frame's body.
  const root = editingTarget(el)?.root ?? el;
  const model = textModelOf(root);
  const text = model.text.replace(/\n+$/, '');
  // Where the editor marks its quotes, its markup knows where they end: a plain-text header
  // inside a quote element ("On … wrote:" in .gmail_attr) must not extend it to the end.
  const plain = draftQuoteRanges(text).filter(([a]) => !overlapsAny(model.quotes, a, a));
  const quotes = mergeRanges([...model.quotes, ...plain].map(([a, b]): TextRange => [a, Math.min(b, text.length)]));
  const signature = signatureRanges(text, quotes);
  return { text, quotes: signature.length ? mergeRanges([...quotes, ...signature]) : quotes };
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
  const model = textModelOf(root);
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
