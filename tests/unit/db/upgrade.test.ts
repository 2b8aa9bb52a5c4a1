// @vitest-environment node
/**
 * Schema upgrades lose nothing: every saved database version in tests/fixtures/db (a dump made by
 * tests/fixtures/db/make.ts when that version shipped, with data in every table) is recreated at
 * its own version in fake-indexeddb, then opened with the current TactfulDb. Every row must still
 * be there, and the background handlers must read it. Add a fixture for each new version; keep the old ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TactfulDb } from '../../../lib/db/db.ts';
import { handle } from '../../../lib/db/service.ts';

interface Fixture {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const dir = join(__dirname, '..', '..', 'fixtures', 'db');
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => ({ file: f, data: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture }));

/** Writes a fixture as a real IndexedDB at its own schema version, as an older Tactful left it. */
async function plant(name: string, fx: Fixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fx.version).stores(fx.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fx.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

const primaryKey = (fx: Fixture, table: string) => fx.stores[table].split(',')[0].trim().replace(/^[&+*]+/, '');

describe('database upgrades', () => {
  it('has a fixture for version 1 with data in every table of that version', () => {
    const v1 = fixtures.find((f) => f.file === 'v1.json')!.data;
    expect(Object.keys(v1.tables).sort()).toEqual(['kbArticles', 'kv', 'packs', 'sites', 'tagEvents']);
    for (const rows of Object.values(v1.tables)) expect(rows.length).toBeGreaterThan(0);
  });

  it('the current code is at least at the newest saved version (a new version() needs a new fixture)', async () => {
    const db = new TactfulDb('upgrade-version-check');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(Math.max(...fixtures.map((f) => f.data.version)));
    expect(fixtures.map((f) => f.data.version)).toContain(db.verno);
    await db.delete();
  });

  for (const { file, data: fx } of fixtures) {
    it(`opens a database saved at ${file} with the current schema and keeps every row`, async () => {
      const name = `upgrade-${file}`;
      await plant(name, fx);
      const db = new TactfulDb(name);
      await db.open();
      for (const [table, rows] of Object.entries(fx.tables)) {
        const key = primaryKey(fx, table);
        const now = await db.table(table).toArray();
        expect(now.length, table).toBe(rows.length);
        for (const row of rows) expect(await db.table(table).get(row[key] as string), `${table} ${String(row[key])}`).toEqual(row);
      }
      await db.delete();
    });

    it(`the background reads everything from ${file} after the upgrade`, async () => {
      const name = `upgrade-read-${file}`;
      await plant(name, fx);
      const db = new TactfulDb(name);
      const prefs = (await handle(db, { type: 'prefs.get' })) as { agentName: string; disabledPacks: string[]; silencedRules: string[] };
      expect(prefs.agentName).toBe('سارا\u200cی پشتیبان');
      expect(prefs.disabledPacks).toContain('tactful.fa.core');
      expect(prefs.silencedRules).toHaveLength(1);
      const sites = (await handle(db, { type: 'sites.list' })) as { host: string; taught: boolean }[];
      expect(sites.find((s) => s.host === 'support.example.com')).toMatchObject({ taught: true });
      expect(sites.some((s) => s.host === '*.helpdesk.example.org')).toBe(true);
      const packs = (await handle(db, { type: 'packs.list' })) as { pack: { id: string } }[] | { id: string }[];
      expect(JSON.stringify(packs)).toContain('acme.en.billing');
      expect(await handle(db, { type: 'kb.count' })).toBe(3);
      const found = (await handle(db, { type: 'kb.suggest', text: 'I forgot my password and cannot sign in' })) as { title?: string; article?: { title: string } }[];
      expect(JSON.stringify(found)).toContain('Reset your password');
      const events = (await handle(db, { type: 'tags.events' })) as { removedAt?: number }[];
      expect(events).toHaveLength(3);
      expect(events.filter((e) => e.removedAt)).toHaveLength(1);
      const backup = (await handle(db, { type: 'data.export' })) as { kbArticles: unknown[]; tagEvents: unknown[]; packs: unknown[]; sites: unknown[] };
      expect([backup.kbArticles.length, backup.tagEvents.length, backup.packs.length, backup.sites.length]).toEqual([3, 3, 1, 2]);
      await db.delete();
    });
  }
});
