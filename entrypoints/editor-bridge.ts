/**
 * Runs in the page's own world, where the host's editors live, for the two things the content
 * script cannot do from its isolated world:
 * - CKEditor 5 keeps its own model and undoes raw DOM edits, so text goes in through its API. The
 *   content script selects the span in the DOM and dispatches 'tactful:ck5' on the editable; we
 *   map the DOM selection to a model range and insert there, which CKEditor records as one undo step.
 * - CKEditor 4 and TinyMCE keep their own undo stacks and take over Ctrl+Z. The content script
 *   dispatches 'tactful:snapshot' on the editor's iframe before and after it writes; we ask the
 *   editor that owns that iframe to record an undo level, so the agent's Ctrl+Z restores the text.
 */
export default defineUnlistedScript(() => {
  const w = window as unknown as {
    __tactfulBridge?: boolean;
    tinymce?: { get(): { iframeElement?: Element | null; undoManager: { add(): unknown } }[] };
    CKEDITOR?: { instances: Record<string, { window?: { $?: Window }; fire(name: string): unknown }> };
  };
  if (w.__tactfulBridge) return;
  w.__tactfulBridge = true;

  document.addEventListener(
    'tactful:snapshot',
    (e) => {
      const frame = e.target as Element | null;
      if (!frame || frame.tagName !== 'IFRAME') return;
      try {
        for (const ed of w.tinymce?.get?.() ?? []) if (ed.iframeElement === frame) ed.undoManager.add();
        for (const inst of Object.values(w.CKEDITOR?.instances ?? {})) if (inst.window?.$?.frameElement === frame) inst.fire('saveSnapshot');
      } catch {
        // an editor we do not know: its own undo (or the browser's) is all there is
      }
    },
    true,
  );

  type Editor = {
    editing: { view: { domConverter: { domRangeToView(r: Range): unknown } }; mapper: { toModelRange(r: unknown): unknown } };
    model: {
      change(cb: (writer: { createText(t: string, attrs?: Record<string, unknown>): unknown; createDocumentFragment(): unknown; append(item: unknown, parent: unknown): void }) => void): void;
      insertContent(content: unknown, selectable?: unknown): void;
    };
  };

  document.addEventListener(
    'tactful:ck5',
    (e) => {
      const target = e.target as (HTMLElement & { ckeditorInstance?: Editor }) | null;
      const editable = target?.closest?.('.ck-editor__editable') as (HTMLElement & { ckeditorInstance?: Editor }) | null;
      let detail: { id: string; prefix?: string; text: string; html: string | null };
      try {
        detail = JSON.parse(String((e as CustomEvent).detail));
      } catch {
        return;
      }
      const reply = (ok: boolean) =>
        editable?.dispatchEvent(new CustomEvent('tactful:ck5:done', { detail: JSON.stringify({ id: detail.id, ok }) }));
      const editor = editable?.ckeditorInstance;
      const sel = document.getSelection();
      if (!editor || !sel || sel.rangeCount === 0) return reply(false);
      try {
        const viewRange = editor.editing.view.domConverter.domRangeToView(sel.getRangeAt(0));
        const modelRange = viewRange ? editor.editing.mapper.toModelRange(viewRange) : null;
        if (!modelRange) return reply(false);
        const href = detail.html ? /href="([^"]+)"/.exec(detail.html)?.[1]?.replace(/&amp;/g, '&') : undefined;
        editor.model.change((writer) => {
          const text = writer.createText(detail.text, href ? { linkHref: href } : {});
          if (!detail.prefix) return void editor.model.insertContent(text, modelRange);
          // The space before a link stays outside it.
          const fragment = writer.createDocumentFragment();
          writer.append(writer.createText(detail.prefix), fragment);
          writer.append(text, fragment);
          editor.model.insertContent(fragment, modelRange);
        });
        reply(true);
      } catch {
        reply(false);
      }
    },
    true,
  );
});
