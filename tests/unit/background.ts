/**
 * The background as an options page sees it, for component tests: the real handlers
 * (lib/db/service.ts) on a fake-indexeddb database, with a handler's UserError turned into the
 * BackgroundError the messaging client throws, and every reply checked against its schema in
 * the protocol map.
 */
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
