/**
 * Runs in the page's own world, where the host's editors live, for the two things the page
 * script cannot do from its isolated world (the protocol is lib/messaging/bridge.ts):
 * - CKEditor 5 keeps its own model and undoes raw DOM edits, so text goes in through its API. The
 *   page script selects the span in the DOM and asks 'ck5.insert' on the editable; we map the
 *   DOM selection to a model range and insert there, which CKEditor records as one undo step,
 *   then read the model back and answer true only when it holds our text at that place.
 * - CKEditor 4 and TinyMCE keep their own undo stacks and take over Ctrl+Z. The page script asks
 *   'undo.snapshot' on the editor's iframe before and after it writes; we ask the editor that owns
 *   that iframe to record an undo level, so the agent's Ctrl+Z restores the text.
 */
import { serveBridge } from '../lib/messaging/bridge.ts';
import { ck5Insert } from '../lib/sites/editors/ck5.ts';

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
    'ck5.insert': (target, req) => ck5Insert(target, document.getSelection(), req),
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
