/**
 * The extension's one database, opened only by the background service worker (see
 * ENGINEERING.md: IndexedDB in a content script would belong to the helpdesk's origin). Its schema
 * is the stores' declarations (./stores), merged per version number. Schema changes only add: a
 * new version() with an upgrade(), never an edit to a shipped one (tests/unit/db/stores.test.ts
 * opens data written by the shipped versions).
 */
import Dexie, { type Transaction } from 'dexie';
import { stores } from './stores/index.ts';
import { tablesOf } from './store.ts';

/**
 * The tables, typed: each store adds its own by module augmentation
 * (`declare module '../db.ts' { interface TactfulTables { sites: Table<SiteRow, string> } }`).
 */
export interface TactfulTables {}

/** Every store's versions merged by number: the tables each version adds or changes, and the upgrades to run. */
export function schemaVersions(): { version: number; tables: Record<string, string | null>; upgrades: ((tx: Transaction) => Promise<void> | void)[] }[] {
  const owner = new Map<string, string>();
  for (const s of stores) {
    for (const t of tablesOf(s)) {
      if (owner.has(t)) throw new Error(`Table ${t} is declared by both the ${owner.get(t)} and the ${s.id} store.`);
      owner.set(t, s.id);
    }
  }
  const byNumber = new Map<number, { version: number; tables: Record<string, string | null>; upgrades: ((tx: Transaction) => Promise<void> | void)[] }>();
  for (const s of stores) {
    for (const [n, v] of Object.entries(s.versions)) {
      const entry = byNumber.get(Number(n)) ?? { version: Number(n), tables: {}, upgrades: [] };
      Object.assign(entry.tables, v.tables);
      if (v.upgrade) entry.upgrades.push(v.upgrade);
      byNumber.set(Number(n), entry);
    }
  }
  return [...byNumber.values()].sort((a, b) => a.version - b.version);
}

class Database extends Dexie {
  constructor(name = 'tactful') {
    super(name);
    for (const v of schemaVersions()) {
      const version = this.version(v.version).stores(v.tables);
      if (v.upgrades.length) {
        version.upgrade(async (tx) => {
          for (const up of v.upgrades) await up(tx);
        });
      }
    }
  }
}

export interface TactfulDb extends Database, TactfulTables {}
export const TactfulDb = Database as unknown as new (name?: string) => TactfulDb;

let shared: TactfulDb | null = null;

/** Opened lazily: an MV3 worker may be cold on any message. */
export function getDb(): TactfulDb {
  shared ??= new TactfulDb();
  return shared;
}

export type { SiteRow } from './stores/sites.ts';
export type { PackRow } from './stores/packs.ts';
export type { KbRow } from './stores/kb.ts';
export type { KvRow } from './stores/prefs.ts';
export type { TagEventRow } from './stores/tags.ts';
