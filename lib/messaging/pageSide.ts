/**
 * The page script's half of the protocol, without zod (the page script runs on the host page's
 * main thread, and zod was most of its start-up): incoming requests are checked against the page
 * protocol's schemas as JSON Schema (pageSchemas.generated.ts, written from the zod schemas in
 * protocol.ts by scripts/page-schemas.ts), its replies and the background's replies to it are
 * checked the same way in development builds and tests. tests/unit/messaging/pageSide.test.ts
 * holds these checks to zod's answers.
 */
import { safeHttpUrl } from '../kb/link.ts';
import { askBackgroundWith, failReply, routerWith, type Router } from './envelope.ts';
import { checkJson, type JsonSchema } from './jsonCheck.ts';
import { backgroundReplySchemas, pageReplySchemas, pageRequestSchemas } from './pageSchemas.generated.ts';
import type { BackgroundReply, PageProtocol, ToBackgroundInput, ToPage } from './protocol.ts';
import type { Handlers } from './define.ts';

/** What the page script asks the background (scripts/page-schemas.ts writes their reply schemas). */
export const PAGE_SENDS = ['prefs.get', 'prefs.set', 'picker.get', 'picker.set'] as const;
export type PageSend = (typeof PAGE_SENDS)[number];

/** A request to the page as the page protocol's zod schema parses it (unknown keys left out), or null. */
export function parsePageRequest(raw: unknown): ToPage | null {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(pageRequestSchemas, type)) return null;
  const r = checkJson(pageRequestSchemas[type]!, raw);
  if (!r.ok) return null;
  const req = r.value as ToPage;
  // The one refinement JSON Schema does not carry: a link is http(s) only.
  if (req.type === 'page.write' && req.write.op === 'link' && safeHttpUrl(req.write.url) === null) return null;
  return req;
}

const checkWith = (schemas: Readonly<Record<string, JsonSchema>>) => (type: string, data: unknown) => {
  const schema = schemas[type];
  if (!schema) return failReply(type, ['no reply schema']);
  const r = checkJson(schema, data);
  if (!r.ok) failReply(type, r.problems);
};
/**
 * Replies are checked in development builds and tests only (envelope.ts `checkReplies`). Written
 * as `import.meta.env?.DEV` here, which the production build turns into `false`, so that the reply
 * schemas are left out of the page script there instead of being parsed on every panel open.
 */
const replyChecks = !!import.meta.env?.DEV;
const noCheck = () => {};
/** Throws when a page reply does not match its schema (development builds and tests). */
export const checkPageReply = replyChecks ? checkWith(pageReplySchemas) : noCheck;
const checkBackgroundReply = replyChecks ? checkWith(backgroundReplySchemas) : noCheck;

/** The page router: one check for every incoming message, one handler per message. */
export function createPageSideRouter<Ctx = void>(handlers: Handlers<PageProtocol, Ctx>): Router<ToPage, Ctx> {
  return routerWith(parsePageRequest, handlers as never, checkPageReply);
}

type Fields<K extends PageSend> = Omit<Extract<ToBackgroundInput, { type: K }>, 'type'>;

/** `askBackground('picker.get', { host })`: the background client of the page script. */
export async function askBackground<K extends PageSend>(type: K, ...fields: {} extends Fields<K> ? [Fields<K>?] : [Fields<K>]): Promise<BackgroundReply<K>> {
  return askBackgroundWith<BackgroundReply<K>>({ type, ...(fields[0] ?? {}) }, checkBackgroundReply);
}
