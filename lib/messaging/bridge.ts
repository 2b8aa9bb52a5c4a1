/**
 * The typed RPC between the page script (isolated world) and the editor bridge (page world,
 * entrypoints/editor-bridge.ts), where the host's editors live. Both sides import this module, so
 * the protocol is written once. It carries no zod and no browser API: the bridge runs in the page.
 *
 * Wire: the caller dispatches `tactful:bridge` on the element the request is about (an editor's
 * iframe, a CKEditor 5 editable), detail = JSON { id, type, payload }; the bridge answers with
 * `tactful:bridge:reply` on the document, detail = JSON { id, ok, data }. Details travel as JSON
 * strings because objects do not cross between worlds. The page can forge either event, so each
 * side checks what it reads and the bridge only ever acts on the host's own editors.
 */

export const BRIDGE_REQUEST = 'tactful:bridge';
export const BRIDGE_REPLY = 'tactful:bridge:reply';

export interface BridgeProtocol {
  /** Record an undo level in the editor (CKEditor 4, TinyMCE) that owns the target iframe. */
  'undo.snapshot': { request: Record<string, never>; reply: boolean };
  /**
   * Insert through CKEditor 5's model at the DOM selection, as one undo step. `href` (plain text,
   * never HTML to unescape) makes `text` a link; `prefix` and `suffix` go in outside it.
   */
  'ck5.insert': { request: { prefix: string; suffix: string; text: string; href: string | null }; reply: boolean };
}
export type BridgeType = keyof BridgeProtocol;
type Req<K extends BridgeType> = BridgeProtocol[K]['request'];
type Res<K extends BridgeType> = BridgeProtocol[K]['reply'];

/** Request checks, shared by both sides: null when the payload is not what the type says. */
export const bridgeRequests: { [K in BridgeType]: (p: unknown) => Req<K> | null } = {
  'undo.snapshot': () => ({}),
  'ck5.insert': (p) => {
    const o = p as Partial<Req<'ck5.insert'>> | null;
    if (!o || typeof o.text !== 'string' || typeof o.prefix !== 'string' || typeof o.suffix !== 'string' || (o.href !== null && typeof o.href !== 'string')) return null;
    return { prefix: o.prefix, suffix: o.suffix, text: o.text, href: o.href };
  },
};
const bridgeReplies: { [K in BridgeType]: (d: unknown) => d is Res<K> } = {
  'undo.snapshot': (d): d is boolean => typeof d === 'boolean',
  'ck5.insert': (d): d is boolean => typeof d === 'boolean',
};

function parse(detail: unknown): Record<string, unknown> | null {
  try {
    const v = JSON.parse(String(detail));
    return v && typeof v === 'object' ? v : null;
  } catch {
    return null;
  }
}

let nextId = 0;

/** Isolated world: asks the bridge; null when it does not answer in time or answers nonsense. */
export function callBridge<K extends BridgeType>(target: Element, type: K, payload: Req<K>, timeoutMs = 2000): Promise<Res<K> | null> {
  const doc = target.ownerDocument;
  const id = `${Date.now().toString(36)}-${++nextId}`;
  return new Promise((resolve) => {
    const finish = (value: Res<K> | null) => {
      doc.removeEventListener(BRIDGE_REPLY, onReply, true);
      clearTimeout(timer);
      resolve(value);
    };
    const onReply = (e: Event) => {
      const r = parse((e as CustomEvent).detail);
      if (!r || r.id !== id) return;
      finish(r.ok === true && bridgeReplies[type](r.data) ? (r.data as Res<K>) : null);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    doc.addEventListener(BRIDGE_REPLY, onReply, true);
    target.dispatchEvent(new CustomEvent(BRIDGE_REQUEST, { bubbles: true, composed: true, detail: JSON.stringify({ id, type, payload }) }));
  });
}

export type BridgeHandlers = { [K in BridgeType]: (target: Element, req: Req<K>) => Res<K> };

/** Page world: answers every bridge request on `doc` with the handler table (one handler per type). */
export function serveBridge(doc: Document, handlers: BridgeHandlers): () => void {
  const onRequest = (e: Event) => {
    const r = parse((e as CustomEvent).detail);
    const target = e.target as Element | null;
    if (!r || typeof r.id !== 'string' || typeof r.type !== 'string' || !(r.type in handlers) || !target) return;
    const type = r.type as BridgeType;
    const req = bridgeRequests[type](r.payload);
    let ok = false;
    let data: unknown = null;
    if (req) {
      try {
        data = (handlers[type] as (t: Element, q: unknown) => unknown)(target, req);
        ok = true;
      } catch {
        ok = false;
      }
    }
    doc.dispatchEvent(new CustomEvent(BRIDGE_REPLY, { detail: JSON.stringify({ id: r.id, ok, data }) }));
  };
  doc.addEventListener(BRIDGE_REQUEST, onRequest, true);
  return () => doc.removeEventListener(BRIDGE_REQUEST, onRequest, true);
}
