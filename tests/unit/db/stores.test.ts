// @vitest-environment node
/**
 * The store registry keeps its conventions: every store file registered once under its file name
 * with a test of its own, every table owned by one store and in the backup (or explicitly not),
 * every message answered by exactly one handler, and the shipped schema versions never edited.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stores } from '../../../lib/db/stores/index.ts';
import { TactfulDb, schemaVersions } from '../../../lib/db/db.ts';
import { tablesOf } from '../../../lib/db/store.ts';
import { BACKGROUND_ONLY, handlerTable, type Unanswered } from '../../../lib/db/service.ts';
import { exportBackup, importBackup } from '../../../lib/db/backup.ts';
import { backgroundProtocol } from '../../../lib/messaging/protocol.ts';
import { freshDb } from './fresh.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const storeFiles = readdirSync(join(ROOT, 'lib/db/stores')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

/**
 * The schema as shipped, version by version. A shipped version is never edited: a change is a new
 * version (with its upgrade) added to a store and here.
 */
const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    kv: 'key',
    sites: 'host',
    packs: 'id',
    kbArticles: 'id, url, language, updatedAt',
    tagEvents: 'id, tagId, conversation, createdAt, site, agent',
  },
};

describe('store registry', () => {
  it('registers every store file once, under its file name, and each has its own test', () => {
    const ids = stores.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(storeFiles.map((f) => f.replace('.ts', '')).sort());
    for (const id of ids) expect(existsSync(join(ROOT, 'tests/unit/db/stores', `${id}.test.ts`)), `tests/unit/db/stores/${id}.test.ts`).toBe(true);
  });

  it('gives every table one owner, and the database exactly the tables the stores declare', () => {
    expect(() => schemaVersions()).not.toThrow();
    const declared = stores.flatMap((s) => tablesOf(s)).sort();
    expect(new TactfulDb('meta-tables').tables.map((t) => t.name).sort()).toEqual(declared);
  });

  it('never edits a shipped version', () => {
    for (const [n, tables] of Object.entries(SHIPPED)) {
      expect(schemaVersions().find((v) => v.version === Number(n))?.tables, `version ${n}`).toEqual(tables);
    }
  });

  it('opens data written by the shipped schema without losing a row', async () => {
    const name = `meta-migrate-${Date.now()}`;
    const old = new Dexie(name);
    for (const [n, tables] of Object.entries(SHIPPED)) old.version(Number(n)).stores(tables);
    await old.open();
    await old.table('kv').put({ key: 'prefs', value: { agentName: 'Sam' } });
    await old.table('sites').put({ host: 'desk.example.com', autoOpen: true, custom: true, updatedAt: 1 });
    await old.table('packs').put({ id: 'p', pack: { id: 'p' }, installedAt: 1, updatedAt: 1 });
    await old.table('kbArticles').put({ id: 'a', title: 'A', url: 'https://a.example/', body: 'b', updatedAt: 1 });
    await old.table('tagEvents').put({ id: 'e', tagId: 'billing', conversation: 'c', site: 's', agent: 'a', createdAt: 1 });
    old.close();
    const db = new TactfulDb(name);
    try {
      for (const table of Object.keys(SHIPPED[1])) expect(await db.table(table).count(), table).toBe(1);
      expect((await db.kv.get('prefs'))?.value).toEqual({ agentName: 'Sam' });
    } finally {
      await db.delete();
    }
  });

  it('answers every message with exactly one handler (the background entry point answers the rest)', () => {
    const types = Object.keys(backgroundProtocol);
    const handled = [...handlerTable().keys()];
    expect([...handled, ...BACKGROUND_ONLY].sort()).toEqual([...types].sort());
  });

  it('makes the compiler report a message no store answers', () => {
    const complete: [Unanswered<typeof stores>] extends [never] ? true : false = true;
    type WithoutKb = [typeof stores[0], typeof stores[1], typeof stores[2], typeof stores[4], typeof stores[5]];
    // @ts-expect-error: without the knowledge-base store, kb.list, kb.suggest… have no handler
    const incomplete: [Unanswered<WithoutKb>] extends [never] ? true : false = true;
    expect([complete, incomplete]).toEqual([true, true]);
  });

  it('puts every table with user data in the backup, with backup keys of its own', async () => {
    const withTables = stores.filter((s) => tablesOf(s).length);
    for (const s of withTables) expect(s.backup, `${s.id} has tables but no backup part`).not.toBeNull();
    const keys = stores.flatMap((s) => Object.keys(s.backup?.shape ?? {}));
    expect(new Set(keys).size).toBe(keys.length);
    const exported = (await exportBackup(freshDb())) as Record<string, unknown>;
    for (const k of keys) expect(exported, k).toHaveProperty(k);
  });

  it('imports a backup that has only the format line (every part accepts its key missing)', async () => {
    const r = await importBackup(freshDb(), { format: 'tactful-backup', formatVersion: 1 });
    expect(Object.values(r.counts).every((n) => n === 0)).toBe(true);
  });
});
