/**
 * Writing to the reply editor, only when the panel asks after the agent's click. A write carries
 * the draft version it was computed on: on the current version its spans must still hold the
 * text they held (else it is refused); on an older version (the agent typed since) each span is
 * relocated to the nearest place that still holds its text, or the write is refused.
 */
import { injectScript } from 'wxt/utils/inject-script';
import { editingTarget, editorKind } from '../../lib/sites/editors/detect.ts';
import { buildTextModel } from '../../lib/sites/editors/textmodel.ts';
import { insertAtCaret, insertLink, relocate, replaceMany, replaceSpan, type Edit, type ModelWriter, type WriteContext, type WriteOutcome } from '../../lib/sites/editors/write.ts';
import { callBridge } from '../../lib/messaging/bridge.ts';
import type { WriteOp, WriteResult } from '../../lib/messaging/protocol.ts';
import type { Session } from './session.ts';

export const STALE_REFUSED = 'the text changed; the suggestion no longer applies';

/** The page-world bridge, injected once, on the first write that needs it. */
export interface PageBridge {
  ready(): Promise<void>;
}

export function createPageBridge(inject = () => injectScript('/editor-bridge.js', { keepInDom: false })): PageBridge {
  let loading: Promise<void> | null = null;
  return { ready: () => (loading ??= inject().then(() => undefined)) };
}

export function createWriter(session: Session, bridge: PageBridge, afterWrite: () => void) {
  const ctxFor = (editor: Element): WriteContext => ({ modelWriter: modelWriter(bridge), lastSelection: session.lastSelection, kind: editorKind(editor) });
  return async function write(op: WriteOp, draftVersion?: number): Promise<WriteResult> {
    const editor = session.editorForWrite();
    if (!editor) return { ok: false, strategy: 'none', error: 'no reply editor found' };
    session.readDraft();
    const check = checkVersion(op, session.draft.text, draftVersion === undefined || draftVersion === session.draft.version);
    if (check.refused) {
      afterWrite();
      return { ok: false, strategy: 'version', error: STALE_REFUSED };
    }
    await undoSnapshot(bridge, editor);
    const out = await apply(editor, op, ctxFor(editor));
    await undoSnapshot(bridge, editor);
    afterWrite();
    return { ok: out.ok, strategy: out.strategy, error: out.error, ...(check.relocated && out.ok ? { relocated: true } : {}) };
  };
}

/** On the current version, spans must match exactly; on an older one, each must still be found. */
export function checkVersion(op: WriteOp, draft: string, current: boolean): { refused: boolean; relocated: boolean } {
  const edits: Edit[] = op.op === 'replace' ? [op] : op.op === 'replaceMany' ? op.edits : [];
  let relocated = false;
  for (const e of edits) {
    if (current) {
      if (draft.slice(e.start, e.end) !== e.expected) return { refused: true, relocated: false };
      continue;
    }
    const at = relocate(draft, e);
    if (!at) return { refused: true, relocated: false };
    if (at.start !== e.start) relocated = true;
  }
  return { refused: false, relocated };
}

async function apply(editor: Element, op: WriteOp, ctx: WriteContext): Promise<WriteOutcome> {
  if (op.op === 'replace') return replaceSpan(editor, op, ctx);
  if (op.op === 'replaceMany') return replaceMany(editor, op.edits, ctx);
  if (op.op === 'insert') return insertAtCaret(editor, op.text, ctx);
  return insertLink(editor, { title: op.title, url: op.url }, ctx);
}

/** Asks CKEditor 4 or TinyMCE (through the bridge) to record an undo level for an iframe editor. */
async function undoSnapshot(bridge: PageBridge, editor: Element) {
  if (editorKind(editor) !== 'iframe') return;
  const frame = editor.tagName === 'IFRAME' ? editor : editor.ownerDocument.defaultView?.frameElement;
  if (!frame) return;
  await bridge.ready();
  await callBridge(frame, 'undo.snapshot', {}, 500);
}

/** CKEditor 5: select the span in the DOM; the bridge maps the DOM selection to the editor's model. */
function modelWriter(bridge: PageBridge): ModelWriter {
  return async (el, edit) => {
    await bridge.ready();
    const root = editingTarget(el)?.root ?? (el as HTMLElement);
    const model = buildTextModel(root);
    const a = model.before(edit.start);
    const b = edit.end > edit.start ? model.after(edit.end) : a;
    const doc = root.ownerDocument;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    root.focus();
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    // Let CKEditor observe the selection before it is asked to write.
    await new Promise((r) => setTimeout(r, 30));
    return (await callBridge(root, 'ck5.insert', { prefix: edit.prefix ?? '', suffix: edit.suffix ?? '', text: edit.text, href: edit.href ?? null })) === true;
  };
}
