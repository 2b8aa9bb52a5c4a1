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

/**
 * How long a request waits for the page's answer. The slowest handler writes through the editor bridge, whose own
 * calls give up after 2 s each; a page that answers nothing by then (its script stalled, a frame gone without a
 * disconnect) rejects the request, so a button never waits for ever.
 */
export const PAGE_REQUEST_TIMEOUT_MS = 10_000;

/** Panel side: typed requests to the page, and every event the page pushes. */
export function pageClient(port: PortLike, onEvent: (e: PageEvent) => void, onClose: () => void = () => {}, timeoutMs = PAGE_REQUEST_TIMEOUT_MS): PageClient {
  let nextId = 0;
  let open = true;
  const pending = new Map<number, { type: ToPage['type']; resolve(v: unknown): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> }>();
  const onMessage = (raw: unknown) => {
    const m = fromPage().safeParse(raw);
    if (!m.success) return;
    if ('event' in m.data) return onEvent(m.data.event);
    const p = pending.get(m.data.id);
    if (!p) return;
    pending.delete(m.data.id);
    clearTimeout(p.timer);
    try {
      p.resolve(unwrap(pageProtocol, p.type, m.data.reply as Reply, (msg) => new PageError(msg)));
    } catch (e) {
      p.reject(e as Error);
    }
  };
  port.onMessage.addListener(onMessage);
  port.onDisconnect.addListener(() => {
    open = false;
    for (const p of pending.values()) clearTimeout(p.timer), p.reject(new PageError('The page closed the connection.'));
    pending.clear();
    onClose();
  });
  return {
    request(type, ...fields) {
      if (!open) return Promise.reject(new PageError('The page is not connected.'));
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          if (pending.delete(id)) reject(new PageError(`The page did not answer "${type}" within ${timeoutMs / 1000} s.`));
        }, timeoutMs);
        pending.set(id, { type, resolve: resolve as (v: unknown) => void, reject, timer });
        port.postMessage({ id, request: { type, ...(fields[0] ?? {}) } });
      });
    },
    close() {
      open = false;
      for (const p of pending.values()) clearTimeout(p.timer), p.reject(new PageError('The panel closed the connection.'));
      pending.clear();
      port.onMessage.removeListener(onMessage);
      port.disconnect();
    },
  };
}
