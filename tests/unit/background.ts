/**
 * The background as an options page sees it, for component tests: the real handlers
 * (lib/db/service.ts) on a fake-indexeddb database, with a handler's UserError turned into the
 * BackgroundError the messaging client throws, and every reply checked against its schema in
 * the protocol map.
 */
import { browser } from 'wxt/browser';
import { BackgroundError } from '../../lib/messaging/client.ts';
import { backgroundProtocol, type ToBackground } from '../../lib/messaging/protocol.ts';
import { checkReply } from '../../lib/messaging/define.ts';
import type { TactfulDb } from '../../lib/db/db.ts';
import { handle, UserError } from '../../lib/db/service.ts';

export function backgroundOn(db: TactfulDb): (msg: ToBackground) => Promise<unknown> {
  return async (msg) => {
    try {
      const data = (await handle(db, msg)) ?? null;
      checkReply(backgroundProtocol, msg.type, data);
      return data;
    } catch (e) {
      if (e instanceof UserError) throw new BackgroundError(e.message, e.details);
      throw e;
    }
  };
}

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => true;

/**
 * Answers what the UI sends (lib/messaging/client.ts asks through browser.runtime.sendMessage, wxt's fake browser in
 * tests) with `handle`, the way the background's own listener does: `{ ok: true, data }`, or `{ ok: false, error,
 * details }` for a BackgroundError, so the client unwraps and checks each reply as in the extension. `calls` receives a
 * copy of each message. Component tests route through it instead of mocking the client: a file that mocks a module
 * needs a worker of its own (vitest.config.ts): 67 CPU-seconds for these files' 27 s of tests. Returns the undo.
 */
export function routeMessages(handle: (msg: ToBackground) => unknown, calls?: { type: string }[]): () => void {
  const listener: Listener = (message, _sender, sendResponse) => {
    calls?.push(structuredClone(message) as { type: string });
    Promise.resolve()
      .then(() => handle(message as ToBackground))
      .then(
        (data) => sendResponse({ ok: true, data: structuredClone(data ?? null) }),
        // Any other failure reaches the UI as its message, as the mocked client used to throw it there.
        (e: unknown) => sendResponse(e instanceof BackgroundError ? { ok: false, error: e.message, details: e.details } : { ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
