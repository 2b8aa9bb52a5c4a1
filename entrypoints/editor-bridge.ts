/**
 * Runs in the page's own world, where the host's editors live, for the two things the page
 * script cannot do from its isolated world (the protocol is lib/messaging/bridge.ts):
 * - CKEditor 5 keeps its own model and undoes raw DOM edits, so text goes in through its API. The
 *   page script selects the span in the DOM and asks 'ck5.insert' on the editable; we map the
 *   DOM selection to a model range and insert there, which CKEditor records as one undo step.
 * - CKEditor 4 and TinyMCE keep their own undo stacks and take over Ctrl+Z. The page script asks
 *   'undo.snapshot' on the editor's iframe before and after it writes; we ask the editor that owns
 *   that iframe to record an undo level, so the agent's Ctrl+Z restores the text.
 */
import { serveBridge } from '../lib/messaging/bridge.ts';

type Ck5Editor = {
  editing: { view: { domConverter: { domRangeToView(r: Range): unknown } }; mapper: { toModelRange(r: unknown): unknown } };
  model: {
    change(cb: (writer: { createText(t: string, attrs?: Record<string, unknown>): unknown; createDocumentFragment(): unknown; append(item: unknown, parent: unknown): void }) => void): void;
    insertContent(content: unknown, selectable?: unknown): void;
  };
};
type PageWindow = {
  __tactfulBridge?: boolean;
  tinymce?: { get(): { iframeElement?: Element | null; undoManager: { add(): unknown } }[] };
  CKEDITOR?: { instances: Record<string, { window?: { $?: Window }; fire(name: string): unknown }> };
};

export default defineUnlistedScript(() => {
  const w = window as unknown as PageWindow;
  if (w.__tactfulBridge) return;
  w.__tactfulBridge = true;
  serveBridge(document, {
    'undo.snapshot': (frame) => snapshot(w, frame),
    'ck5.insert': (target, req) => ck5Insert(target, req),
  });
});

function snapshot(w: PageWindow, frame: Element): boolean {
  if (frame.tagName !== 'IFRAME') return false;
  let recorded = false;
  try {
    for (const ed of w.tinymce?.get?.() ?? []) if (ed.iframeElement === frame) (ed.undoManager.add(), (recorded = true));
    for (const inst of Object.values(w.CKEDITOR?.instances ?? {})) if (inst.window?.$?.frameElement === frame) (inst.fire('saveSnapshot'), (recorded = true));
  } catch {
    // an editor we do not know: its own undo (or the browser's) is all there is
  }
  return recorded;
}

function ck5Insert(target: Element, req: { prefix: string; suffix: string; text: string; href: string | null }): boolean {
  const editable = target.closest?.('.ck-editor__editable') as (HTMLElement & { ckeditorInstance?: Ck5Editor }) | null;
  const editor = editable?.ckeditorInstance;
  const sel = document.getSelection();
  if (!editor || !sel || sel.rangeCount === 0) return false;
  // The address is checked again in the page: anything but http(s) is refused.
  let href: string | undefined;
  if (req.href) {
    try {
      const u = new URL(req.href);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
      href = u.href;
    } catch {
      return false;
    }
  }
  try {
    const viewRange = editor.editing.view.domConverter.domRangeToView(sel.getRangeAt(0));
    const modelRange = viewRange ? editor.editing.mapper.toModelRange(viewRange) : null;
    if (!modelRange) return false;
    editor.model.change((writer) => {
      const text = writer.createText(req.text, href ? { linkHref: href } : {});
      if (!req.prefix && !req.suffix) return void editor.model.insertContent(text, modelRange);
      // The spaces around a link stay outside it.
      const fragment = writer.createDocumentFragment();
      if (req.prefix) writer.append(writer.createText(req.prefix), fragment);
      writer.append(text, fragment);
      if (req.suffix) writer.append(writer.createText(req.suffix), fragment);
      editor.model.insertContent(fragment, modelRange);
    });
    return true;
  } catch {
    return false;
  }
}
