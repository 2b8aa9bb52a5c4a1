/**
 * What the background does for each message: the handler of the store that answers it
 * (lib/db/stores), as plain async functions over the database, so the same code runs in the
 * service worker and in unit tests (fake-indexeddb). Every write that takes user input validates
 * all of it first and then commits in one transaction: a bad file changes nothing.
 */
import type { TactfulDb } from './db.ts';
import type { ToBackground } from '../messaging/protocol.ts';
import { stores } from './stores/index.ts';
import { UserError, type HandledBy, type Handler, type Handlers, type MessageType } from './store.ts';
import { exportBackup, importBackup } from './backup.ts';

/** Messages the background entry point answers itself (they need tabs, not the database). */
export const BACKGROUND_ONLY = ['panel.toggleInTab', 'page.attach'] as const satisfies readonly MessageType[];

const backupHandlers = {
  'data.export': (db) => exportBackup(db),
  'data.import': (db, msg) => importBackup(db, msg.backup),
} satisfies Handlers;

/**
 * Checked by the compiler: every message of the background protocol is answered by a store, the
 * backup or the entry point. A message nobody answers fails the build and names itself here
 * (the table below also refuses a message answered twice, at run time).
 */
export type Unanswered<S extends readonly { handlers: Handlers }[]> = Exclude<MessageType, HandledBy<S> | keyof typeof backupHandlers | (typeof BACKGROUND_ONLY)[number]>;
const everyMessageAnswered: [Unanswered<typeof stores>] extends [never] ? true : { unanswered: Unanswered<typeof stores> } = true;
void everyMessageAnswered;

/** Every store's handlers in one table; a message type answered twice is a programming error. */
export function handlerTable(): Map<MessageType, Handler<MessageType>> {
  const table = new Map<MessageType, Handler<MessageType>>();
  for (const [owner, handlers] of [...stores.map((s) => [s.id, s.handlers] as const), ['backup', backupHandlers] as const]) {
    for (const [type, fn] of Object.entries(handlers)) {
      if (table.has(type as MessageType)) throw new Error(`${type} is handled twice (again by ${owner}).`);
      table.set(type as MessageType, fn as Handler<MessageType>);
    }
  }
  return table;
}

let table: Map<MessageType, Handler<MessageType>> | null = null;

/** Handles one validated message; the background wraps the result as a Reply. */
export async function handle(db: TactfulDb, msg: ToBackground): Promise<unknown> {
  table ??= handlerTable();
  const fn = table.get(msg.type);
  if (!fn) {
    if ((BACKGROUND_ONLY as readonly MessageType[]).includes(msg.type)) throw new UserError('Handled by the background entry point.');
    throw new UserError(`Unsupported request ${msg.type}`);
  }
  return fn(db, msg);
}

export { UserError, zodErrors } from './store.ts';
export { BACKUP_FORMAT, exportBackup, importBackup } from './backup.ts';
export * from './stores/prefs.ts';
export * from './stores/sites.ts';
export * from './stores/packs.ts';
export * from './stores/kb.ts';
export * from './stores/tags.ts';
export * from './stores/toneFeedback.ts';
export type { TagEvent } from '../tags/index.ts';
