/**
 * How a protocol is declared: one map from message type to its request fields and its reply
 * schema. From the map come the request union (what a receiver parses), the request and reply
 * types (what a typed `send` takes and returns), and the handler table type (an object with one
 * handler per message, so the compiler reports a message nobody answers).
 */
import { z } from 'zod';

export interface MessageDef<S extends z.ZodRawShape = z.ZodRawShape, R extends z.ZodType = z.ZodType> {
  shape: S;
  reply: R;
}

/** One message: its request fields (besides `type`) and its reply schema. */
export const message = <S extends z.ZodRawShape, R extends z.ZodType>(shape: S, reply: R): MessageDef<S, R> => ({ shape, reply });

/**
 * The same as `message`, with each part built the first time it is read: the page script (on the
 * host page's main thread) parses a toolbar toggle without building any other message's fields.
 */
export function lazyMessage<S extends z.ZodRawShape, R extends z.ZodType>(shape: () => S, reply: () => R): MessageDef<S, R> {
  const builtShape = once(shape);
  const builtReply = once(reply);
  return {
    get shape() {
      return builtShape();
    },
    get reply() {
      return builtReply();
    },
  };
}

export type Protocol<M extends Record<string, MessageDef>> = {
  [K in keyof M & string]: { request: z.ZodObject<{ type: z.ZodLiteral<K> } & M[K]['shape']>; reply: M[K]['reply'] };
};
// The `any`s only widen the bound; every concrete protocol keeps its exact types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProtocol = Record<string, { request: z.ZodObject<any>; reply: z.ZodType }>;

export function defineProtocol<M extends Record<string, MessageDef>>(defs: M): Protocol<M> {
  const out: Record<string, { request: z.ZodType; reply: z.ZodType }> = {};
  for (const [type, def] of Object.entries(defs)) {
    // Each request schema is built when that message first arrives: the page parses a toggle without building a write's schema.
    const request = once(() => z.object({ type: z.literal(type), ...def.shape }));
    out[type] = {
      get request() {
        return request();
      },
      get reply() {
        return def.reply;
      },
    };
  }
  return out as Protocol<M>;
}

export type RequestOf<P extends AnyProtocol, K extends keyof P = keyof P> = K extends keyof P ? z.output<P[K]['request']> : never;
export type ReplyOf<P extends AnyProtocol, K extends keyof P> = z.output<P[K]['reply']>;
/** What a sender passes: the request as the schema's input (defaults may be left out). */
export type RequestInput<P extends AnyProtocol, K extends keyof P = keyof P> = K extends keyof P ? z.input<P[K]['request']> : never;

/** One handler per message type; leaving one out, or replying with the wrong type, does not compile. */
export type Handlers<P extends AnyProtocol, Ctx = void> = {
  [K in keyof P]: (req: RequestOf<P, K>, ctx: Ctx) => ReplyOf<P, K> | Promise<ReplyOf<P, K>>;
};

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

/**
 * A protocol map whose schemas are built the first time anyone reads it (a message type, its
 * schemas, the list of types). Reading it is the same as reading the built map.
 */
export function lazyProtocol<P extends object>(build: () => P): P {
  const get = once(build);
  return new Proxy({} as P, {
    get: (_, key) => Reflect.get(get(), key),
    has: (_, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      return d && { ...d, configurable: true };
    },
  });
}

/** A schema built on its first parse (z.lazy keeps what it built). */
export const lazySchema = <T extends z.ZodType>(build: () => T): z.ZodLazy<T> => z.lazy(build);

/** The request union of a protocol, as one schema a receiver parses everything with. */
export function unionOf<P extends AnyProtocol>(p: P): z.ZodType<RequestOf<P>> {
  const options = Object.values(p).map((d) => d.request);
  return z.discriminatedUnion('type', options as unknown as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<RequestOf<P>>;
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

/** Checks a reply against its schema (development builds and tests only; production trusts its own code). */
export function checkReply<P extends AnyProtocol>(p: P, type: keyof P, data: unknown): void {
  if (!checkReplies) return;
  const parsed = p[type].reply.safeParse(data);
  if (!parsed.success) {
    throw new ProtocolError(`reply to ${String(type)} does not match its schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
}

export interface Router<P extends AnyProtocol, Ctx> {
  /** Parses anything that arrived; null when it is not one of this protocol's requests (ignore it). */
  parse(raw: unknown): RequestOf<P> | null;
  /** Runs the handler for a parsed request; handler errors become `{ ok: false }` replies. */
  dispatch(req: RequestOf<P>, ctx: Ctx): Promise<Reply>;
}

export function createRouter<P extends AnyProtocol, Ctx = void>(
  p: P,
  handlers: Handlers<P, Ctx>,
  describeError: (e: unknown) => { error: string; details?: unknown } = (e) => ({ error: e instanceof Error ? e.message : String(e) }),
): Router<P, Ctx> {
  return {
    // The same as parsing with unionOf(p), without building every message's schema for the first one.
    parse(raw) {
      const type = (raw as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !Object.hasOwn(p, type)) return null;
      const r = p[type].request.safeParse(raw);
      return r.success ? (r.data as RequestOf<P>) : null;
    },
    async dispatch(req, ctx) {
      const type = (req as { type: keyof P }).type;
      const handler = handlers[type] as (r: unknown, c: Ctx) => unknown;
      try {
        const data = (await handler(req, ctx)) ?? null;
        checkReply(p, type, data);
        return { ok: true, data };
      } catch (e) {
        return { ok: false, ...describeError(e) };
      }
    },
  };
}

/** Unwraps a reply envelope: the data, or an exception carrying the receiver's message. */
export function unwrap<P extends AnyProtocol, K extends keyof P>(p: P, type: K, reply: Reply | undefined, makeError: (message: string, details?: unknown) => Error): ReplyOf<P, K> {
  if (!reply || typeof reply !== 'object' || typeof (reply as { ok?: unknown }).ok !== 'boolean') throw makeError(`No answer to ${String(type)}.`);
  if (!reply.ok) throw makeError(reply.error, reply.details);
  checkReply(p, type, reply.data);
  return reply.data as ReplyOf<P, K>;
}

/**
 * A reply schema that checks the outer shape only, typed as the domain type it carries. Used for
 * large domain objects (packs, backups) whose full schema lives in their own module and would be
 * slow to re-check on every reply.
 */
export function shaped<T>(schema: z.ZodType): z.ZodType<T> {
  return schema as unknown as z.ZodType<T>;
}
