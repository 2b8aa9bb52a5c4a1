/**
 * The extension's one database, opened only by the background service worker (see
 * ENGINEERING.md: IndexedDB in a content script would belong to the helpdesk's origin).
 * Schema changes only add: a new version() with an upgrade(), never an edit to a shipped one.
 */
import Dexie, { type Table } from 'dexie';

export interface TagEventRow {
  id: string;
  tagId: string;
  conversation: string;
  site: string;
  agent: string;
  createdAt: number;
  note?: string;
  removedAt?: number;
  updatedAt?: number;
}

export interface SiteRow {
  /** Host name, or a pattern such as '*.zendesk.com'. */
  host: string;
  /** Open the panel by itself on this host. */
  autoOpen: boolean;
  /** Added by the agent (as opposed to a built-in site the agent switched off). */
  custom: boolean;
  /** "Teach this site": selectors remembered from the picker. */
  customerSelector?: string | null;
  editorSelector?: string | null;
  updatedAt: number;
}

export interface PackRow {
  id: string;
  /** The pack JSON as validated at install. */
  pack: unknown;
  installedAt: number;
  updatedAt: number;
}

export interface KbRow {
  id: string;
  title: string;
  url: string;
  body: string;
  language?: string;
  tags?: string[];
  updatedAt: number;
  source?: 'page' | 'url' | 'file' | 'manual';
}

export interface KvRow {
  key: string;
  value: unknown;
}

export class TactfulDb extends Dexie {
  tagEvents!: Table<TagEventRow, string>;
  sites!: Table<SiteRow, string>;
  packs!: Table<PackRow, string>;
  kbArticles!: Table<KbRow, string>;
  /** Preferences, the tag taxonomy and caches, one row per key. */
  kv!: Table<KvRow, string>;

  constructor(name = 'tactful') {
    super(name);
    this.version(1).stores({
      tagEvents: 'id, tagId, conversation, createdAt, site, agent',
      sites: 'host',
      packs: 'id',
      kbArticles: 'id, url, language, updatedAt',
      kv: 'key',
    });
  }
}

let shared: TactfulDb | null = null;

/** Opened lazily: an MV3 worker may be cold on any message. */
export function getDb(): TactfulDb {
  shared ??= new TactfulDb();
  return shared;
}
