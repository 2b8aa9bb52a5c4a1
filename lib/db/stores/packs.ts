/**
 * Phrase packs the agent installed (built-in packs ship in the bundle and are never stored), which
 * packs are switched off and which rules are silenced (both kept in preferences), and a team
 * lead's shared settings file.
 */
import { z } from 'zod';
import type { Table } from 'dexie';
import type { TactfulDb } from '../db.ts';
import { UserError, defineStore, prefixErrors, zodErrors, type PathError } from '../store.ts';
import { getPrefs, setPrefs, toggleInPrefList } from './prefs.ts';
import type { BackgroundReply, Prefs } from '../../messaging/protocol.ts';
import { builtinPacks, parsePack, validatePackForInstall, diffPacks, compareSemver, settingsKeyOf, settingsPackId, type PhrasePack } from '../../packs/index.ts';
import { totalBudgetErrors } from '../../packs/budget.ts';

export const PackRowSchema = z.object({
  id: z.string(),
  /** The pack JSON as validated at install (parsed again on read: the format may have moved on). */
  pack: z.unknown(),
  installedAt: z.number(),
  updatedAt: z.number(),
});
export type PackRow = z.infer<typeof PackRowSchema>;

declare module '../db.ts' {
  interface TactfulTables {
    packs: Table<PackRow, string>;
  }
}

/** A pack as `packs.list` answers it: the reply schema in the protocol map is its one definition. */
export type PackEntry = BackgroundReply<'packs.list'>[number];

/**
 * Parsed packs by database and id, with the row's updatedAt: a pack is parsed (and compiled, since
 * compilePack caches on the parsed object) once per stored version, not on every packs.list. Every
 * write in this store drops the entries it changes.
 */
const parsedRows = new WeakMap<TactfulDb, Map<string, { updatedAt: number; pack: PhrasePack | null }>>();
const parsedCache = (db: TactfulDb) => {
  let m = parsedRows.get(db);
  if (!m) parsedRows.set(db, (m = new Map()));
  return m;
};

export async function installedPacks(db: TactfulDb): Promise<PhrasePack[]> {
  const rows = await db.packs.toArray();
  const cache = parsedCache(db);
  const out: PhrasePack[] = [];
  for (const row of rows) {
    let hit = cache.get(row.id);
    if (!hit || hit.updatedAt !== row.updatedAt) {
      // Packs were validated at install; a row that no longer parses (older format) is skipped, not fatal.
      const parsed = parsePack(row.pack);
      hit = { updatedAt: row.updatedAt, pack: parsed.ok ? parsed.pack : null };
      cache.set(row.id, hit);
    }
    if (hit.pack) out.push(hit.pack);
  }
  return out;
}

/**
 * The one check for every way a pack enters (install from a file, a web address or pasted text,
 * the editor, a backup): the pack's format, limits, cost budget and examples
 * (validatePackForInstall), a built-in pack's id is reserved, and all packs together stay within
 * the shared budget. `installed` are the stored packs the new ones join (same id = replaced).
 * Errors are located under `prefix` (`packs[2].rules[0]...` for a backup).
 */
export function admitPacks(inputs: readonly unknown[], installed: readonly PhrasePack[], prefix: (i: number) => string = () => ''): { packs: PhrasePack[]; errors: PathError[] } {
  const packs: PhrasePack[] = [];
  const errors: PathError[] = [];
  inputs.forEach((input, i) => {
    const checked = validatePackForInstall(input);
    if (!checked.ok) {
      errors.push(...(prefix(i) ? prefixErrors(prefix(i), checked.errors) : checked.errors));
      return;
    }
    if (builtinPacks.some((b) => b.id === checked.pack.id)) {
      errors.push({ path: prefix(i) ? `${prefix(i)}.id` : 'id', message: `"${checked.pack.id}" is the id of a built-in pack. Give your copy its own id.` });
      return;
    }
    packs.push(checked.pack);
  });
  if (!errors.length && packs.length) {
    const incoming = new Set(packs.map((p) => p.id));
    const after = [...builtinPacks, ...installed.filter((p) => !incoming.has(p.id)), ...packs];
    errors.push(...totalBudgetErrors(after));
  }
  return { packs, errors };
}

export async function listPacks(db: TactfulDb): Promise<PackEntry[]> {
  const prefs = await getPrefs(db);
  const disabled = new Set(prefs.disabledPacks);
  const rows = new Map((await db.packs.toArray()).map((r) => [r.id, r]));
  const installed = await installedPacks(db);
  return [
    // A part of a built-in pack (lib/packs/parts.ts) is on when the pack it belongs to is.
    ...builtinPacks.map((pack) => ({ pack, builtin: true, enabled: !disabled.has(settingsPackId(pack.id)) })),
    ...installed.map((pack) => ({ pack, builtin: false, enabled: !disabled.has(pack.id), installedAt: rows.get(pack.id)?.installedAt })),
  ];
}

export interface InstallResult {
  installed: boolean;
  /** Set when the same id is installed with a newer or equal version: the caller asks first. */
  needsConfirmation?: 'downgrade' | 'same-version';
  diff?: ReturnType<typeof diffPacks>;
  pack?: PhrasePack;
}

export async function installPack(db: TactfulDb, input: unknown, allowDowngrade = false): Promise<InstallResult> {
  const admitted = admitPacks([input], await installedPacks(db));
  if (admitted.errors.length) {
    const reserved = admitted.errors.length === 1 && /is the id of a built-in pack/.test(admitted.errors[0].message);
    throw new UserError(reserved ? admitted.errors[0].message : 'This pack was not installed.', reserved ? undefined : admitted.errors);
  }
  const pack = admitted.packs[0];
  const existingRow = await db.packs.get(pack.id);
  const existing = existingRow ? parsePack(existingRow.pack) : null;
  const diff = existing?.ok ? diffPacks(existing.pack, pack) : undefined;
  if (existing?.ok && !allowDowngrade) {
    const cmp = compareSemver(pack.version, existing.pack.version);
    if (cmp <= 0) return { installed: false, needsConfirmation: cmp < 0 ? 'downgrade' : 'same-version', diff, pack };
  }
  const now = Date.now();
  // Silenced rules are keyed by pack/rule id, so they survive an update in place.
  await db.packs.put({ id: pack.id, pack, installedAt: existingRow?.installedAt ?? now, updatedAt: now });
  parsedCache(db).set(pack.id, { updatedAt: now, pack });
  return { installed: true, diff, pack };
}

export async function removePack(db: TactfulDb, id: string): Promise<void> {
  if (builtinPacks.some((b) => b.id === id)) throw new UserError('Built-in packs cannot be removed; switch them off instead.');
  await db.packs.delete(id);
  parsedCache(db).delete(id);
}

export async function setPackEnabled(db: TactfulDb, id: string, enabled: boolean): Promise<Prefs> {
  return toggleInPrefList(db, 'disabledPacks', settingsPackId(id), !enabled);
}

export async function silenceRule(db: TactfulDb, key: string, silenced: boolean): Promise<Prefs> {
  return toggleInPrefList(db, 'silencedRules', key, silenced);
}

/** A team lead's shared settings: which packs are on or off and which rules are silenced for everyone. */
export const TeamSettingsSchema = z.object({
  format: z.literal('tactful-team-settings'),
  formatVersion: z.literal(1),
  enablePacks: z.array(z.string().max(200)).max(1000).optional(),
  disablePacks: z.array(z.string().max(200)).max(1000).optional(),
  silenceRules: z.array(z.string().max(300)).max(20_000).optional(),
  allowRules: z.array(z.string().max(300)).max(20_000).optional(),
});

export async function applyTeamSettings(db: TactfulDb, input: unknown): Promise<Prefs> {
  const parsed = TeamSettingsSchema.safeParse(input);
  if (!parsed.success) throw new UserError('These team settings were not applied.', zodErrors(parsed.error));
  const s = parsed.data;
  const prefs = await getPrefs(db);
  const disabled = new Set(prefs.disabledPacks);
  // A part of a built-in pack (lib/packs/parts.ts) is switched and silenced under the pack it belongs to.
  for (const id of s.enablePacks ?? []) disabled.delete(settingsPackId(id));
  for (const id of s.disablePacks ?? []) disabled.add(settingsPackId(id));
  const silenced = new Set(prefs.silencedRules);
  for (const k of s.silenceRules ?? []) silenced.add(settingsKeyOf(k));
  for (const k of s.allowRules ?? []) silenced.delete(settingsKeyOf(k));
  return setPrefs(db, { disabledPacks: [...disabled], silencedRules: [...silenced] });
}

export const packsStore = defineStore({
  id: 'packs',
  versions: { 1: { tables: { packs: 'id' } } },
  handlers: {
    'packs.list': (db) => listPacks(db),
    'packs.install': (db, msg) => installPack(db, msg.pack, msg.allowDowngrade),
    'packs.remove': (db, msg) => removePack(db, msg.id),
    'packs.setEnabled': (db, msg) => setPackEnabled(db, msg.id, msg.enabled),
    'rules.silence': (db, msg) => silenceRule(db, msg.key, msg.silenced),
    'team.apply': (db, msg) => applyTeamSettings(db, msg.settings),
  },
  backup: {
    // The pack files themselves, so a backup can be read and installed by hand as well.
    shape: { packs: z.array(z.unknown()).max(1000).default([]) },
    export: async (db) => ({ packs: (await db.packs.toArray()).map((r) => r.pack) }),
    parse(backup) {
      // The same checks as an install: a backup cannot plant a pack with a built-in pack's id, a
      // pack whose examples fail, or one over the cost budget. The budget shared with the packs
      // already stored is checked in write, inside the import's transaction.
      const { packs, errors } = admitPacks(backup.packs as unknown[], [], (i) => `packs[${i}]`);
      return { value: packs, errors: errors.filter((e) => e.path !== '') };
    },
    async write(db, packs) {
      const now = Date.now();
      if (!packs.length) return;
      const over = totalBudgetErrors([...builtinPacks, ...(await installedPacks(db)).filter((p) => !packs.some((n) => n.id === p.id)), ...packs]);
      if (over.length) throw new UserError('The backup has errors. Nothing was imported.', over.map((e) => ({ path: 'packs', message: e.message })));
      await db.packs.bulkPut(packs.map((pack) => ({ id: pack.id, pack, installedAt: now, updatedAt: now })));
      parsedRows.delete(db);
    },
    counts: (packs) => ({ packs: packs.length }),
  },
});
