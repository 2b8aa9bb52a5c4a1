/**
 * The small typed client every UI uses to talk to the background (the database owner).
 * Replies come as { ok, data } | { ok: false, error }; errors become exceptions with the
 * background's message, which is written for the user. The reply type comes from the protocol
 * map, and development builds and tests check each reply against its schema.
 */
import { checkReply } from './define.ts';
import { askBackgroundWith } from './envelope.ts';
import { backgroundProtocol, type BackgroundReply, type BackgroundType, type ToBackgroundInput } from './protocol.ts';

export { BackgroundError } from './envelope.ts';

type Fields<K extends BackgroundType> = Omit<Extract<ToBackgroundInput, { type: K }>, 'type'>;

/** `send('kb.suggest', { text })`: the request is checked by the compiler, the reply typed by the map. */
export async function send<K extends BackgroundType>(type: K, ...fields: {} extends Fields<K> ? [Fields<K>?] : [Fields<K>]): Promise<BackgroundReply<K>> {
  return askBackgroundWith<BackgroundReply<K>>({ type, ...(fields[0] ?? {}) }, (_, data) => checkReply(backgroundProtocol, type, data));
}

/**
 * The same as `send`, with the whole message as one object. An explicit type argument
 * (`sendToBackground<Prefs>(…)`, the older form) still compiles and overrides the inferred reply.
 */
export async function sendToBackground<T = never, M extends ToBackgroundInput = ToBackgroundInput>(msg: M): Promise<[T] extends [never] ? BackgroundReply<M['type']> : T> {
  const { type, ...fields } = msg;
  return (send as (t: string, f: object) => Promise<never>)(type, fields);
}
