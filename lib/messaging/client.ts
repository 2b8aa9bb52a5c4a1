/**
 * The small typed client every UI uses to talk to the background (the database owner).
 * Replies come as { ok, data } | { ok: false, error }; errors become exceptions with the
 * background's message, which is written for the user.
 */
import { browser } from 'wxt/browser';
import type { Reply, ToBackground } from './protocol.ts';

export class BackgroundError extends Error {
  constructor(message: string, readonly details?: unknown) {
    super(message);
  }
}

export async function sendToBackground<T = unknown>(msg: ToBackground): Promise<T> {
  const reply = (await browser.runtime.sendMessage(msg)) as Reply<T> | undefined;
  if (!reply) throw new BackgroundError('No answer from the Tactful background worker.');
  if (!reply.ok) throw new BackgroundError(reply.error, reply.details);
  return reply.data;
}
