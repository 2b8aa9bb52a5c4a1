/**
 * The page script's end of the panel port (port.ts has the panel's end and the wire format): it
 * routes a panel's requests through the page router and pushes events to it. No zod here: this
 * runs on the host page's main thread, and the envelope is two fields checked by hand.
 */
import type { Reply, Router } from './envelope.ts';
import type { PageEvent } from './protocol.ts';

export const PANEL_PORT = 'tactful-panel';

/**
 * Clickjacking defence: a click in the in-page panel acts only when the frame is shown unobscured
 * and has not appeared, moved or changed size for this long (time to see what is under the pointer).
 */
export const PANEL_SETTLE_MS = 700;

/** The part of runtime.Port both ends use (so tests can pass a pair of fakes). */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  onMessage: { addListener(f: (message: unknown) => void): void; removeListener(f: (message: unknown) => void): void };
  onDisconnect: { addListener(f: () => void): void };
  disconnect(): void;
}

export interface PanelConnection {
  post(event: PageEvent): void;
}

/** `{ id, request }` from a panel, id a non-negative integer; null for anything else. */
export function panelEnvelope(raw: unknown): { id: number; request: unknown } | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { id, request } = raw as { id?: unknown; request?: unknown };
  return Number.isSafeInteger(id) && (id as number) >= 0 && 'request' in raw ? { id: id as number, request } : null;
}

/** Page side: routes a panel's requests through the page router and pushes events to it. */
export function servePanel<Req, Ctx>(port: PortLike, router: Router<Req, Ctx>, ctx: Ctx, onClose: () => void): PanelConnection {
  let open = true;
  port.onMessage.addListener((raw) => {
    const m = panelEnvelope(raw);
    if (!m) return;
    const req = router.parse(m.request);
    const answer = (reply: Reply) => open && port.postMessage({ id: m.id, reply });
    if (!req) return answer({ ok: false, error: 'not a request this page understands' });
    void router.dispatch(req, ctx).then(answer);
  });
  port.onDisconnect.addListener(() => {
    open = false;
    onClose();
  });
  return {
    post(event) {
      if (open) port.postMessage({ event });
    },
  };
}
