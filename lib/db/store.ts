/**
 * What a store is: one domain of the background's data (prefs, sites, packs, kb, tags) in one
 * file that declares its Dexie tables, the messages it answers and its part of the backup. The
 * database schema, the message dispatch and the backup are built by iterating the registry
 * (./stores/index.ts), so adding a store is its file, its test and one line there.
 */
import type { z } from 'zod';
import type { ToBackground } from '../messaging/protocol.ts';
import type { TactfulDb } from './db.ts';

/** A mistake in what the user gave (a bad file, an unknown host): its message is shown to them. */
export class UserError extends Error {
  constructor(message: string, readonly details?: unknown) {
    super(message);
  }
}

export interface PathError {
  path: string;
  message: string;
}

/** zod issues as `{ path, message }` with a JSON path such as `rules[3].examples.bad[0]`. */
export function zodErrors(error: z.ZodError): PathError[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '['),
    message: i.message,
  }));
}

/** Errors of one item of a list, with the list's path in front (`kbArticles[1].url`). */
export function prefixErrors(prefix: string, errors: readonly PathError[]): PathError[] {
  return errors.map((e) => ({ path: e.path ? `${prefix}${e.path.startsWith('[') ? '' : '.'}${e.path}` : prefix, message: e.message }));
}

export type MessageType = ToBackground['type'];
export type MessageOf<K extends MessageType> = Extract<ToBackground, { type: K }>;
export type Handler<K extends MessageType> = (db: TactfulDb, msg: MessageOf<K>) => Promise<unknown> | unknown;
export type Handlers = { [K in MessageType]?: Handler<K> };

/**
 * One Dexie version as a store declares it: the index spec of each of its tables that this version
 * adds or changes, and the upgrade that moves existing rows. A shipped version is never edited;
 * a change is a new version number (db.ts merges the stores' declarations per number).
 */
export interface StoreVersion {
  tables: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

/** A store's part of the backup file: its top-level keys, validated before anything is written. */
export interface BackupPart<T> {
  /** The keys this part adds to the backup object, as zod fields (each must accept a missing key). */
  shape: z.ZodRawShape;
  export(db: TactfulDb): Promise<Record<string, unknown>>;
  /** Checks this part of a backup whose top level already parsed; error paths start at the top (`packs[2].id`). */
  parse(backup: Record<string, unknown>): { value: T; errors: PathError[] };
  /** Writes the parsed part inside the import's one transaction over every store's tables. */
  write(db: TactfulDb, value: T): Promise<void>;
  /** What the import reports for this part (e.g. { kbArticles: 3 }); {} for settings. */
  counts(value: T): Record<string, number>;
  /** Runs after the import committed (drop caches). */
  afterImport?(db: TactfulDb): void;
}

export interface Store<T = unknown> {
  id: string;
  /** Dexie versions by number. */
  versions: Record<number, StoreVersion>;
  handlers: Handlers;
  /** null: nothing of this store goes into a backup, with the reason in a comment. */
  backup: BackupPart<T> | null;
}

/**
 * Types a store's declaration (its backup part's parse, write and counts agree on one value
 * type), then erases that type for the registry: the three are only ever called together. The
 * message types it answers stay in its type, so the compiler can check that every message of
 * the protocol has a handler (service.ts).
 */
export function defineStore<T, H extends Handlers>(store: Store<T> & { handlers: H }): DefinedStore<H> {
  return store as unknown as DefinedStore<H>;
}
export type DefinedStore<H extends Handlers> = Omit<Store, 'handlers'> & { handlers: H };

/** The message types a list of stores answers. */
export type HandledBy<S extends readonly { handlers: Handlers }[]> = S[number] extends infer E ? (E extends { handlers: infer H } ? keyof H & MessageType : never) : never;

/** The names of the tables a store owns now (a table a later version deletes, with null, is gone). */
export function tablesOf(store: Store<unknown>): string[] {
  const latest = new Map<string, string | null>();
  for (const n of Object.keys(store.versions).map(Number).sort((a, b) => a - b)) {
    for (const [name, spec] of Object.entries(store.versions[n].tables)) latest.set(name, spec);
  }
  return [...latest].filter(([, spec]) => spec !== null).map(([name]) => name);
}
