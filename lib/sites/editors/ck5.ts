/**
 * CKEditor 5 writes, run by the page-world bridge (entrypoints/editor-bridge.ts) where the
 * editor lives. CKEditor keeps its own model and undoes raw DOM edits, so text goes in through
 * its API: the DOM selection (set by the page script) is mapped to a model range and the text is
 * inserted there as one undo step. Then the model is read back: the write counts only when the
 * editor's text is exactly what it was with the range replaced by ours, at that place. An editor
 * that swallows the change, writes elsewhere or alters the text is reported as a failed write
 * (the panel then copies the text for the agent), never as a success.
 */

/** The parts of CKEditor 5's API used here (a test passes a fake with the same shape). */
export interface Ck5Range {
  readonly root: unknown;
  readonly start: unknown;
  getItems(): Iterable<{ data?: unknown }>;
}
export interface Ck5Editor {
  editing: { view: { domConverter: { domRangeToView(r: Range): unknown } }; mapper: { toModelRange(r: unknown): Ck5Range | null } };
  model: {
    change(cb: (writer: { createText(t: string, attrs?: Record<string, unknown>): unknown; createDocumentFragment(): unknown; append(item: unknown, parent: unknown): void }) => void): void;
    insertContent(content: unknown, selectable?: unknown): void;
    createRangeIn(element: unknown): Ck5Range;
    createRange(start: unknown, end: unknown): Ck5Range;
    createPositionAt(parent: unknown, offset: number): unknown;
  };
}

export interface Ck5Insert {
  prefix: string;
  suffix: string;
  text: string;
  href: string | null;
}

/** The text of a model range, text nodes only (block boundaries add nothing, on both sides of the comparison). */
function textOf(range: Ck5Range): string {
  let s = '';
  for (const item of range.getItems()) if (typeof item.data === 'string') s += item.data;
  return s;
}

/** Only http(s), checked again in the page; null for anything else. */
function checkedHref(href: string | null): string | undefined | null {
  if (!href) return undefined;
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Inserts at the DOM selection through the editor's model; true only when reading the model back confirms it. */
export function ck5Insert(target: Element, selection: Selection | null, req: Ck5Insert): boolean {
  const editable = target.closest?.('.ck-editor__editable') as (HTMLElement & { ckeditorInstance?: Ck5Editor }) | null;
  const editor = editable?.ckeditorInstance;
  if (!editor || !selection || selection.rangeCount === 0) return false;
  const href = checkedHref(req.href);
  if (href === null) return false;
  try {
    const viewRange = editor.editing.view.domConverter.domRangeToView(selection.getRangeAt(0));
    const range = viewRange ? editor.editing.mapper.toModelRange(viewRange) : null;
    if (!range) return false;
    const { model } = editor;
    const before = textOf(model.createRangeIn(range.root));
    const offset = textOf(model.createRange(model.createPositionAt(range.root, 0), range.start)).length;
    const removed = textOf(range).length;
    model.change((writer) => {
      const text = writer.createText(req.text, href ? { linkHref: href } : {});
      if (!req.prefix && !req.suffix) return void model.insertContent(text, range);
      // The spaces around a link stay outside it.
      const fragment = writer.createDocumentFragment();
      if (req.prefix) writer.append(writer.createText(req.prefix), fragment);
      writer.append(text, fragment);
      if (req.suffix) writer.append(writer.createText(req.suffix), fragment);
      model.insertContent(fragment, range);
    });
    const expected = before.slice(0, offset) + req.prefix + req.text + req.suffix + before.slice(offset + removed);
    return textOf(model.createRangeIn(range.root)) === expected;
  } catch {
    return false;
  }
}
