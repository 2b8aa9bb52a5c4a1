/**
 * Preferences: one row of the key-value table. The kv table belongs to this store; other stores
 * keep a setting there under their own key (tags: 'taxonomy').
 */
import { z } from 'zod';
import type { Table } from 'dexie';
import type { TactfulDb } from '../db.ts';
import { defineStore, prefixErrors, zodErrors } from '../store.ts';
import { PrefsSchema, defaultPrefs, type Prefs } from '../../messaging/protocol.ts';

export const KvRowSchema = z.object({ key: z.string(), value: z.unknown() });
export type KvRow = z.infer<typeof KvRowSchema>;

declare module '../db.ts' {
  interface TactfulTables {
    /** Preferences, the tag taxonomy and caches, one row per key. */
    kv: Table<KvRow, string>;
  }
}

export const KV_PREFS = 'prefs';

export async function getPrefs(db: TactfulDb): Promise<Prefs> {
  const row = await db.kv.get(KV_PREFS);
  const parsed = PrefsSchema.safeParse(row?.value ?? {});
  // A damaged row never blocks the agent: fall back to defaults, keep what still parses.
  return parsed.success ? parsed.data : { ...defaultPrefs };
}

export async function setPrefs(db: TactfulDb, patch: Partial<Prefs>): Promise<Prefs> {
  return db.transaction('rw', db.kv, async () => {
    const next = PrefsSchema.parse({ ...(await getPrefs(db)), ...patch });
    await db.kv.put({ key: KV_PREFS, value: next });
    return next;
  });
}

/** Adds or removes one id in a list preference (disabled packs, silenced rules). */
export async function toggleInPrefList(db: TactfulDb, list: 'disabledPacks' | 'silencedRules', id: string, present: boolean): Promise<Prefs> {
  const set = new Set((await getPrefs(db))[list]);
  if (present) set.add(id);
  else set.delete(id);
  return setPrefs(db, { [list]: [...set] });
}

export const prefsStore = defineStore({
  id: 'prefs',
  versions: { 1: { tables: { kv: 'key' } } },
  handlers: {
    'prefs.get': (db) => getPrefs(db),
    'prefs.set': (db, msg) => setPrefs(db, msg.patch),
  },
  backup: {
    shape: { prefs: z.unknown().optional() },
    export: async (db) => ({ prefs: await getPrefs(db) }),
    parse(backup) {
      if (backup.prefs === undefined) return { value: null, errors: [] };
      const p = PrefsSchema.safeParse(backup.prefs);
      return p.success ? { value: p.data, errors: [] } : { value: null, errors: prefixErrors('prefs', zodErrors(p.error)) };
    },
    async write(db, prefs) {
      if (prefs) await db.kv.put({ key: KV_PREFS, value: prefs });
    },
    counts: () => ({}),
  },
});
