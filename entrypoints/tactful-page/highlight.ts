/**
 * Marks the flagged phrase in the editor with the CSS Custom Highlight API: nothing is added to
 * the host editor's markup, so its state and undo stay untouched.
 */
import { editingTarget, isTextControl } from '../../lib/sites/editors/detect.ts';
import { buildTextModel } from '../../lib/sites/editors/textmodel.ts';

type HighlightRegistry = Map<string, unknown>;

export function highlight(editor: Element | null, start: number, end: number): void {
  const g = globalThis as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: new (...r: Range[]) => unknown };
  const registry = g.CSS?.highlights;
  if (!registry || !g.Highlight) return;
  registry.delete('tactful');
  if (end <= start || !editor) return;
  const t = editingTarget(editor);
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
  registry.set('tactful', new g.Highlight(range));
}

function ensureHighlightStyle(doc: Document) {
  if (doc.getElementById('tactful-highlight-style')) return;
  const style = doc.createElement('style');
  style.id = 'tactful-highlight-style';
  style.textContent = '::highlight(tactful){background-color:rgba(250,204,21,.45);text-decoration:underline wavy #b45309;}';
  (doc.head ?? doc.documentElement).appendChild(style);
}
