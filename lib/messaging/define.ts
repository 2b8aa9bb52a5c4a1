/**
 * How a protocol is declared: one map from message type to its request fields and its reply
 * schema. From the map come the request union (what a receiver parses), the request and reply
 * types (what a typed `send` takes and returns), and the handler table type (an object with one
 * handler per message, so the compiler reports a message nobody answers).
 */
import { z } from 'zod';
import { checkReplies, failReply, once, routerWith, unwrapWith, type ErrorDescriber, type Reply, type Router as RouterOf } from './envelope.ts';

export { checkReplies, once, ProtocolError, type Reply } from './envelope.ts';

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

/** Checks a reply against its schema (development builds and tests only; production trusts its own code). */
export function checkReply<P extends AnyProtocol>(p: P, type: keyof P, data: unknown): void {
  if (!checkReplies) return;
  const parsed = p[type].reply.safeParse(data);
  if (!parsed.success) failReply(String(type), parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}

export type Router<P extends AnyProtocol, Ctx> = RouterOf<RequestOf<P>, Ctx>;

export function createRouter<P extends AnyProtocol, Ctx = void>(p: P, handlers: Handlers<P, Ctx>, describeError?: ErrorDescriber): Router<P, Ctx> {
  // The same as parsing with unionOf(p), without building every message's schema for the first one.
  const parse = (raw: unknown) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(p, type)) return null;
    const r = p[type].request.safeParse(raw);
    return r.success ? (r.data as RequestOf<P>) : null;
  };
  return routerWith(parse as (raw: unknown) => (RequestOf<P> & { type: string }) | null, handlers as never, (type, data) => checkReply(p, type, data), describeError) as Router<P, Ctx>;
}

/** Unwraps a reply envelope: the data, or an exception carrying the receiver's message. */
export function unwrap<P extends AnyProtocol, K extends keyof P>(p: P, type: K, reply: Reply | undefined, makeError: (message: string, details?: unknown) => Error): ReplyOf<P, K> {
  return unwrapWith(String(type), reply, makeError, (_, data) => checkReply(p, type, data));
}

/**
 * A reply schema that checks the outer shape only, typed as the domain type it carries. Used for
 * large domain objects (packs, backups) whose full schema lives in their own module and would be
 * slow to re-check on every reply.
 */
export function shaped<T>(schema: z.ZodType): z.ZodType<T> {
  return schema as unknown as z.ZodType<T>;
}
