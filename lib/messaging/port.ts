/**
 * The long-lived port between a panel (the in-page overlay or the browser's side panel) and the
 * page script of its tab. The page pushes events (the draft on every change, the page context on
 * debounced page changes) and answers the panel's requests (write, pick, highlight, layout…), all
 * without the background and without broadcasting to other extension pages.
 *
 * Wire: panel -> page `{ id, request }`; page -> panel `{ id, reply }` or `{ event }`. Requests are
 * the page protocol's (protocol.ts), events are PageEventSchema; both are bounded by their schemas
 * (the largest, a 200,000-character draft or customer message, stays well under a megabyte).
 */
import { z } from 'zod';
import { once, unwrap, type Reply, type ReplyOf } from './define.ts';
import { PageEventSchema, pageProtocol, type PageEvent, type PageProtocol, type ToPage, type ToPageInput } from './protocol.ts';
import type { PortLike } from './serve.ts';

// The page's end lives in serve.ts, without zod (it runs on the host page's main thread).
export { PANEL_PORT, panelEnvelope, servePanel, type PanelConnection, type PortLike } from './serve.ts';

// Built on the first message.
const fromPage = once(() =>
  z.union([
    z.object({ id: z.number().int().nonnegative(), reply: z.object({ ok: z.boolean(), data: z.unknown().optional(), error: z.string().optional(), details: z.unknown().optional() }) }),
    z.object({ event: PageEventSchema }),
  ]),
);

export class PageError extends Error {}

type Fields<K extends ToPage['type']> = Omit<Extract<ToPageInput, { type: K }>, 'type'>;

export interface PageClient {
  request<K extends ToPage['type']>(type: K, ...fields: {} extends Fields<K> ? [Fields<K>?] : [Fields<K>]): Promise<ReplyOf<PageProtocol, K>>;
  close(): void;
}

/** Panel side: typed requests to the page, and every event the page pushes. */
export function pageClient(port: PortLike, onEvent: (e: PageEvent) => void, onClose: () => void = () => {}): PageClient {
  let nextId = 0;
  let open = true;
  const pending = new Map<number, { type: ToPage['type']; resolve(v: unknown): void; reject(e: Error): void }>();
  const onMessage = (raw: unknown) => {
    const m = fromPage().safeParse(raw);
    if (!m.success) return;
    if ('event' in m.data) return onEvent(m.data.event);
    const p = pending.get(m.data.id);
    if (!p) return;
    pending.delete(m.data.id);
    try {
      p.resolve(unwrap(pageProtocol, p.type, m.data.reply as Reply, (msg) => new PageError(msg)));
    } catch (e) {
      p.reject(e as Error);
    }
  };
  port.onMessage.addListener(onMessage);
  port.onDisconnect.addListener(() => {
    open = false;
    for (const p of pending.values()) p.reject(new PageError('The page closed the connection.'));
    pending.clear();
    onClose();
  });
  return {
    request(type, ...fields) {
      if (!open) return Promise.reject(new PageError('The page is not connected.'));
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        pending.set(id, { type, resolve: resolve as (v: unknown) => void, reject });
        port.postMessage({ id, request: { type, ...(fields[0] ?? {}) } });
      });
    },
    close() {
      open = false;
      port.onMessage.removeListener(onMessage);
      port.disconnect();
    },
  };
}
