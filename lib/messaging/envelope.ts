/**
 * The parts of the messaging layer that need no schema library: the reply envelope, the router
 * that runs a handler table, and unwrapping a reply. The page script runs on the host page's main
 * thread and builds on these with its own small checks (pageSide.ts), so zod stays out of its
 * bundle; define.ts builds the same router and unwrap from a zod protocol map for everyone else.
 */
import { browser } from 'wxt/browser';

/** The envelope every reply travels in: errors come back as data, never as a silent undefined. */
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string; details?: unknown };

/** A value built on its first use, then kept. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** True in development builds and tests, where replies are checked against their schema. */
export const checkReplies: boolean = (() => {
  try {
    return !!import.meta.env?.DEV;
  } catch {
    return false;
  }
})();

export class ProtocolError extends Error {}

/** What the background answered with `{ ok: false }` (its message is written for the user), or no answer. */
export class BackgroundError extends Error {
  constructor(message: string, readonly details?: unknown) {
    super(message);
  }
}

/** Throws a ProtocolError naming what in a reply does not match its schema (`problems` empty: it matches). */
export function failReply(type: string, problems: string[]): void {
  if (problems.length) throw new ProtocolError(`reply to ${type} does not match its schema: ${problems.join('; ')}`);
}

export interface Router<Req, Ctx> {
  /** Parses anything that arrived; null when it is not one of this protocol's requests (ignore it). */
  parse(raw: unknown): Req | null;
  /** Runs the handler for a parsed request; handler errors become `{ ok: false }` replies. */
  dispatch(req: Req, ctx: Ctx): Promise<Reply>;
}

export type ErrorDescriber = (e: unknown) => { error: string; details?: unknown };
const describe: ErrorDescriber = (e) => ({ error: e instanceof Error ? e.message : String(e) });

/**
 * A router from a request parser, a handler table and a reply check (called in development builds
 * and tests only, see `checkReplies`).
 */
export function routerWith<Req extends { type: string }, Ctx>(
  parse: (raw: unknown) => Req | null,
  handlers: Record<string, (req: never, ctx: Ctx) => unknown>,
  check: (type: string, data: unknown) => void,
  describeError: ErrorDescriber = describe,
): Router<Req, Ctx> {
  return {
    parse,
    async dispatch(req, ctx) {
      const handler = handlers[req.type] as (r: unknown, c: Ctx) => unknown;
      try {
        const data = (await handler(req, ctx)) ?? null;
        if (checkReplies) check(req.type, data);
        return { ok: true, data };
      } catch (e) {
        return { ok: false, ...describeError(e) };
      }
    },
  };
}

/** Unwraps a reply envelope: the data (checked in development builds and tests), or an exception carrying the receiver's message. */
export function unwrapWith<T>(type: string, reply: Reply | undefined, makeError: (message: string, details?: unknown) => Error, check: (type: string, data: unknown) => void): T {
  if (!reply || typeof reply !== 'object' || typeof (reply as { ok?: unknown }).ok !== 'boolean') throw makeError(`No answer to ${type}.`);
  if (!reply.ok) throw makeError(reply.error, reply.details);
  if (checkReplies) check(type, reply.data);
  return reply.data as T;
}

/**
 * Sends one message to the background and unwraps its reply (`check`: the reply's schema check, run
 * in development builds and tests); what went wrong comes back as a BackgroundError.
 */
export async function askBackgroundWith<T>(message: { type: string }, check: (type: string, data: unknown) => void): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
  if (!reply) throw new BackgroundError('No answer from the Tactful background worker.');
  return unwrapWith<T>(message.type, reply, (m, d) => new BackgroundError(m, d), check);
}
