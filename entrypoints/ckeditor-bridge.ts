/**
 * Runs in the page's own world, where CKEditor 5 lives: CKEditor 5 keeps its own model and
 * undoes raw DOM edits, so text goes in through its API. The content script selects the span
 * in the DOM and dispatches 'tactful:ck5' on the editable; we map the DOM selection to a model
 * range and insert there, which CKEditor records as one undo step.
 */
export default defineUnlistedScript(() => {
  const w = window as unknown as { __tactfulCk5?: boolean };
  if (w.__tactfulCk5) return;
  w.__tactfulCk5 = true;

  type Editor = {
    editing: { view: { domConverter: { domRangeToView(r: Range): unknown } }; mapper: { toModelRange(r: unknown): unknown } };
    model: {
      change(cb: (writer: { createText(t: string, attrs?: Record<string, unknown>): unknown }) => void): void;
      insertContent(content: unknown, selectable?: unknown): void;
    };
  };

  document.addEventListener(
    'tactful:ck5',
    (e) => {
      const target = e.target as (HTMLElement & { ckeditorInstance?: Editor }) | null;
      const editable = target?.closest?.('.ck-editor__editable') as (HTMLElement & { ckeditorInstance?: Editor }) | null;
      let detail: { id: string; text: string; html: string | null };
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
          const node = writer.createText(detail.text, href ? { linkHref: href } : {});
          editor.model.insertContent(node, modelRange);
        });
        reply(true);
      } catch {
        reply(false);
      }
    },
    true,
  );
});
