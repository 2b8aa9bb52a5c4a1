/**
 * What the background does for each message, as plain async functions over the database, so
 * the same code runs in the service worker and in unit tests (fake-indexeddb). Every write that
 * takes user input validates all of it first and then commits in one transaction: a bad file
 * changes nothing.
 */
import { z } from 'zod';
import type { TactfulDb, SiteRow, KbRow, TagEventRow } from './db.ts';
import { PrefsSchema, defaultPrefs, type Prefs, type ToBackground } from '../messaging/protocol.ts';
import { siteAdapters, hostMatches } from '../sites/registry.ts';
import { builtinPacks, parsePack, validatePackForInstall, diffPacks, compareSemver, type PhrasePack } from '../packs/index.ts';
import { createKbIndex, articleIdFor, type KbIndex, type KbArticle } from '../kb/index.ts';
import { defaultTaxonomy, parseTaxonomy, toggleTag, activeTags, mergeEvents, TagEventSchema, type Taxonomy, type TagEvent } from '../tags/index.ts';

export class UserError extends Error {
  constructor(message: string, readonly details?: unknown) {
    super(message);
  }
}

const KV_PREFS = 'prefs';
const KV_TAXONOMY = 'taxonomy';

// ---- preferences ------------------------------------------------------------------------------

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

// ---- sites ------------------------------------------------------------------------------------

export interface SiteEntry {
  host: string;
  adapterId: string | null;
  builtin: boolean;
  autoOpen: boolean;
  taught: boolean;
}

export function builtinHosts(): { host: string; adapterId: string }[] {
  return siteAdapters.flatMap((a) => a.hosts.map((host) => ({ host, adapterId: a.id })));
}

export function normaliseHostInput(input: string): string {
  let s = input.trim().toLowerCase();
  if (!s) throw new UserError('Type a site address, for example support.example.com.');
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      s = new URL(s).host;
    } catch {
      throw new UserError(`"${input}" is not a web address.`);
    }
  }
  s = s.replace(/\/.*$/, '');
  if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/.test(s) && !/^\[[0-9a-f:]+\](:\d+)?$/.test(s)) {
    throw new UserError(`"${input}" is not a host name such as support.example.com.`);
  }
  return s;
}

export async function listSites(db: TactfulDb): Promise<SiteEntry[]> {
  const rows = await db.sites.toArray();
  const byHost = new Map(rows.map((r) => [r.host, r]));
  const out: SiteEntry[] = builtinHosts().map(({ host, adapterId }) => {
    const row = byHost.get(host);
    byHost.delete(host);
    return { host, adapterId, builtin: true, autoOpen: row ? row.autoOpen : true, taught: !!(row?.customerSelector || row?.editorSelector) };
  });
  for (const row of byHost.values()) {
    out.push({ host: row.host, adapterId: null, builtin: false, autoOpen: row.autoOpen, taught: !!(row.customerSelector || row.editorSelector) });
  }
  return out;
}

async function upsertSite(db: TactfulDb, host: string, patch: Partial<SiteRow>): Promise<void> {
  await db.transaction('rw', db.sites, async () => {
    const row = await db.sites.get(host);
    const builtin = builtinHosts().some((b) => b.host === host);
    await db.sites.put({ host, autoOpen: true, custom: !builtin, updatedAt: Date.now(), ...row, ...patch });
  });
}

export async function addSite(db: TactfulDb, input: string): Promise<SiteEntry[]> {
  await upsertSite(db, normaliseHostInput(input), { autoOpen: true });
  return listSites(db);
}

/** Built-in sites are switched off (kept as a row), added ones are deleted unless they hold taught selectors. */
export async function removeSite(db: TactfulDb, input: string): Promise<SiteEntry[]> {
  const host = normaliseHostInput(input);
  // A host under a built-in pattern (acme.zendesk.com under *.zendesk.com) needs a row that says "off".
  const builtin = builtinHosts().some((b) => b.host === host || hostMatches(b.host, host));
  const row = await db.sites.get(host);
  if (builtin || row?.customerSelector || row?.editorSelector) await upsertSite(db, host, { autoOpen: false });
  else await db.sites.delete(host);
  return listSites(db);
}

export async function shouldOpen(db: TactfulDb, url: string): Promise<{ open: boolean; host: string }> {
  let host: string;
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return { open: false, host: '' };
    host = u.host.toLowerCase();
  } catch {
    return { open: false, host: '' };
  }
  const rows = await db.sites.toArray();
  // An explicit row for this exact host (or pattern) decides; else the built-in list.
  const exact = rows.find((r) => r.host === host || hostMatches(r.host, host));
  if (exact) return { open: exact.autoOpen, host };
  return { open: builtinHosts().some((b) => hostMatches(b.host, host)), host };
}

export async function getTaught(db: TactfulDb, host: string): Promise<{ customer: string | null; editor: string | null } | null> {
  const row = await db.sites.get(host);
  if (!row || (!row.customerSelector && !row.editorSelector)) return null;
  return { customer: row.customerSelector ?? null, editor: row.editorSelector ?? null };
}

export async function setTaught(db: TactfulDb, host: string, sel: { customer?: string | null; editor?: string | null }): Promise<void> {
  const row = await db.sites.get(host);
  const patch: Partial<SiteRow> = {};
  if (sel.customer !== undefined) patch.customerSelector = sel.customer;
  if (sel.editor !== undefined) patch.editorSelector = sel.editor;
  // Teaching a site does not by itself make the panel open there by itself.
  await upsertSite(db, host, { autoOpen: row?.autoOpen ?? false, ...patch });
}

export async function resetTaught(db: TactfulDb, host: string): Promise<void> {
  const row = await db.sites.get(host);
  if (!row) return;
  await db.sites.put({ ...row, customerSelector: null, editorSelector: null, updatedAt: Date.now() });
}

// ---- phrase packs -----------------------------------------------------------------------------

export interface PackEntry {
  pack: PhrasePack;
  builtin: boolean;
  enabled: boolean;
  installedAt?: number;
}

export async function installedPacks(db: TactfulDb): Promise<PhrasePack[]> {
  const rows = await db.packs.toArray();
  const out: PhrasePack[] = [];
  for (const row of rows) {
    // Packs were validated at install; a row that no longer parses (older format) is skipped, not fatal.
    const parsed = parsePack(row.pack);
    if (parsed.ok) out.push(parsed.pack);
  }
  return out;
}

export async function listPacks(db: TactfulDb): Promise<PackEntry[]> {
  const prefs = await getPrefs(db);
  const disabled = new Set(prefs.disabledPacks);
  const rows = new Map((await db.packs.toArray()).map((r) => [r.id, r]));
  const installed = await installedPacks(db);
  return [
    ...builtinPacks.map((pack) => ({ pack, builtin: true, enabled: !disabled.has(pack.id) })),
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
  const checked = validatePackForInstall(input);
  if (!checked.ok) throw new UserError('This pack was not installed.', checked.errors);
  const pack = checked.pack;
  if (builtinPacks.some((b) => b.id === pack.id)) {
    throw new UserError(`"${pack.id}" is the id of a built-in pack. Give your copy its own id.`);
  }
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
  return { installed: true, diff, pack };
}

export async function removePack(db: TactfulDb, id: string): Promise<void> {
  if (builtinPacks.some((b) => b.id === id)) throw new UserError('Built-in packs cannot be removed; switch them off instead.');
  await db.packs.delete(id);
}

export async function setPackEnabled(db: TactfulDb, id: string, enabled: boolean): Promise<Prefs> {
  const prefs = await getPrefs(db);
  const set = new Set(prefs.disabledPacks);
  if (enabled) set.delete(id);
  else set.add(id);
  return setPrefs(db, { disabledPacks: [...set] });
}

export async function silenceRule(db: TactfulDb, key: string, silenced: boolean): Promise<Prefs> {
  const prefs = await getPrefs(db);
  const set = new Set(prefs.silencedRules);
  if (silenced) set.add(key);
  else set.delete(key);
  return setPrefs(db, { silencedRules: [...set] });
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
  for (const id of s.enablePacks ?? []) disabled.delete(id);
  for (const id of s.disablePacks ?? []) disabled.add(id);
  const silenced = new Set(prefs.silencedRules);
  for (const k of s.silenceRules ?? []) silenced.add(k);
  for (const k of s.allowRules ?? []) silenced.delete(k);
  return setPrefs(db, { disabledPacks: [...disabled], silencedRules: [...silenced] });
}

// ---- knowledge base ---------------------------------------------------------------------------

export const KbArticleInputSchema = z.object({
  id: z.string().min(1).max(300).optional(),
  title: z.string().trim().min(1).max(500),
  url: z.string().url().max(4000).refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) address'),
  body: z.string().max(200_000).default(''),
  language: z.string().max(20).optional(),
  tags: z.array(z.string().max(100)).max(50).optional(),
  source: z.enum(['page', 'url', 'file', 'manual']).optional(),
});

let kbIndex: { db: TactfulDb; index: KbIndex; articles: Map<string, KbArticle> } | null = null;

async function ensureKbIndex(db: TactfulDb) {
  if (kbIndex && kbIndex.db === db) return kbIndex;
  const rows = await db.kbArticles.toArray();
  const articles = new Map(rows.map((r) => [r.id, toArticle(r)]));
  kbIndex = { db, index: createKbIndex([...articles.values()]), articles };
  return kbIndex;
}

function toArticle(r: KbRow): KbArticle {
  return { id: r.id, title: r.title, url: r.url, body: r.body, language: r.language, tags: r.tags, updatedAt: r.updatedAt };
}

export async function listKb(db: TactfulDb): Promise<KbRow[]> {
  return db.kbArticles.orderBy('updatedAt').reverse().toArray();
}

export async function upsertKb(db: TactfulDb, inputs: readonly unknown[]): Promise<{ added: number; updated: number }> {
  const rows: KbRow[] = [];
  const errors: { path: string; message: string }[] = [];
  inputs.forEach((input, i) => {
    const p = KbArticleInputSchema.safeParse(input);
    if (!p.success) errors.push(...zodErrors(p.error).map((e) => ({ path: `[${i}]${e.path ? `.${e.path}` : ''}`, message: e.message })));
    else rows.push({ ...p.data, id: p.data.id ?? articleIdFor(p.data.url), updatedAt: Date.now() });
  });
  if (errors.length) throw new UserError('No articles were saved.', errors);
  let added = 0;
  let updated = 0;
  await db.transaction('rw', db.kbArticles, async () => {
    for (const row of rows) {
      if (await db.kbArticles.get(row.id)) updated++;
      else added++;
    }
    await db.kbArticles.bulkPut(rows);
  });
  const idx = await ensureKbIndex(db);
  for (const row of rows) {
    const a = toArticle(row);
    idx.articles.set(a.id, a);
    idx.index.upsert(a);
  }
  return { added, updated };
}

export async function deleteKb(db: TactfulDb, ids: readonly string[]): Promise<void> {
  await db.kbArticles.bulkDelete([...ids]);
  const idx = await ensureKbIndex(db);
  for (const id of ids) {
    idx.articles.delete(id);
    idx.index.remove(id);
  }
}

export async function suggestKb(db: TactfulDb, text: string, limit = 5) {
  const idx = await ensureKbIndex(db);
  return idx.index
    .suggest(text, limit)
    .map((s) => ({ ...s, article: idx.articles.get(s.articleId) }))
    .filter((s): s is typeof s & { article: KbArticle } => !!s.article);
}

// ---- root-cause tags --------------------------------------------------------------------------

export async function getTaxonomy(db: TactfulDb): Promise<Taxonomy> {
  const row = await db.kv.get(KV_TAXONOMY);
  if (row) {
    const parsed = parseTaxonomy(row.value);
    if (parsed.ok) return parsed.taxonomy;
  }
  return defaultTaxonomy();
}

export async function setTaxonomy(db: TactfulDb, input: unknown): Promise<Taxonomy> {
  const parsed = parseTaxonomy(input);
  if (!parsed.ok) throw new UserError('The tag list was not changed.', parsed.errors);
  await db.kv.put({ key: KV_TAXONOMY, value: parsed.taxonomy });
  return parsed.taxonomy;
}

export async function eventsForConversation(db: TactfulDb, conversation: string): Promise<TagEventRow[]> {
  return db.tagEvents.where('conversation').equals(conversation).toArray();
}

export async function activeTagsFor(db: TactfulDb, conversation: string): Promise<string[]> {
  return [...activeTags(await eventsForConversation(db, conversation), conversation, await getTaxonomy(db))];
}

/**
 * A click on a tag: set it, or tombstone it when set (so a team merge cannot bring it back).
 * Returns the rows that undo the click, for the panel's undo toast.
 */
export async function toggleTagClick(
  db: TactfulDb,
  input: { tagId: string; conversation: string; site: string; note?: string },
  now = Date.now(),
): Promise<{ active: string[]; action: 'add' | 'remove'; undo: TagEvent[] }> {
  const agent = (await getPrefs(db)).agentName;
  const taxonomy = await getTaxonomy(db);
  return db.transaction('rw', db.tagEvents, async () => {
    const events = await eventsForConversation(db, input.conversation);
    const r = toggleTag(events, { ...input, agent, now, id: newId(now), taxonomy });
    await db.tagEvents.bulkPut(r.changed as TagEventRow[]);
    return { active: [...activeTags(r.events, input.conversation, taxonomy)], action: r.action, undo: r.undo.changed };
  });
}

/** Writes the rows an undo toast carries, merged like any other events (tombstones stay). */
export async function restoreTagEvents(db: TactfulDb, rows: readonly unknown[]): Promise<{ added: number; updated: number; unchanged: number }> {
  return importTagEvents(db, rows);
}

export async function tagEvents(db: TactfulDb, from?: number, to?: number): Promise<TagEventRow[]> {
  if (from === undefined && to === undefined) return db.tagEvents.toArray();
  return db.tagEvents.where('createdAt').between(from ?? -Infinity, to ?? Infinity, true, false).toArray();
}

/** Team merge: events by id (lib/tags mergeEvents); the same file twice changes nothing. */
export async function importTagEvents(db: TactfulDb, inputs: readonly unknown[]): Promise<{ added: number; updated: number; unchanged: number }> {
  const parsed: TagEvent[] = [];
  const errors: { path: string; message: string }[] = [];
  inputs.forEach((e, i) => {
    const p = TagEventSchema.safeParse(e);
    if (p.success) parsed.push(p.data);
    else errors.push(...zodErrors(p.error).map((x) => ({ path: `events[${i}]${x.path ? `.${x.path}` : ''}`, message: x.message })));
  });
  if (errors.length) throw new UserError('No events were imported.', errors.slice(0, 50));
  return db.transaction('rw', db.tagEvents, async () => {
    const existing = (await db.tagEvents.bulkGet(parsed.map((p) => p.id))).filter((x): x is TagEventRow => !!x);
    const r = mergeEvents(existing, parsed);
    if (r.changed.length) await db.tagEvents.bulkPut(r.changed as TagEventRow[]);
    return { added: r.added, updated: r.updated, unchanged: r.unchanged };
  });
}

let idCounter = 0;
function newId(now: number): string {
  const rand = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Math.random().toString(36).slice(2)}${++idCounter}`;
  return `${now.toString(36)}-${rand}`;
}

// ---- backup -----------------------------------------------------------------------------------

export const BACKUP_FORMAT = 'tactful-backup';

const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.string().max(100).optional(),
  prefs: z.unknown().optional(),
  sites: z.array(z.object({
    host: z.string().max(300),
    autoOpen: z.boolean(),
    custom: z.boolean().optional(),
    customerSelector: z.string().max(1000).nullable().optional(),
    editorSelector: z.string().max(1000).nullable().optional(),
    updatedAt: z.number().optional(),
  })).max(10_000).default([]),
  packs: z.array(z.unknown()).max(1000).default([]),
  kbArticles: z.array(z.unknown()).max(50_000).default([]),
  taxonomy: z.unknown().optional(),
  tagEvents: z.array(z.unknown()).max(2_000_000).default([]),
});

export async function exportBackup(db: TactfulDb, now = new Date()): Promise<unknown> {
  const [prefs, sites, packRows, kb, taxonomy, events] = await Promise.all([
    getPrefs(db), db.sites.toArray(), db.packs.toArray(), db.kbArticles.toArray(), getTaxonomy(db), db.tagEvents.toArray(),
  ]);
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    exportedAt: now.toISOString(),
    prefs,
    sites,
    packs: packRows.map((r) => r.pack),
    kbArticles: kb,
    taxonomy,
    tagEvents: events,
  };
}

/** Validates the whole backup first; on any error nothing is written. Rows merge by id. */
export async function importBackup(db: TactfulDb, input: unknown): Promise<{ counts: Record<string, number> }> {
  const top = BackupSchema.safeParse(input);
  if (!top.success) throw new UserError('This is not a Tactful backup, or it is damaged. Nothing was imported.', zodErrors(top.error));
  const b = top.data;
  const errors: { path: string; message: string }[] = [];
  let prefs: Prefs | null = null;
  if (b.prefs !== undefined) {
    const p = PrefsSchema.safeParse(b.prefs);
    if (p.success) prefs = p.data;
    else errors.push(...zodErrors(p.error).map((e) => ({ path: `prefs.${e.path}`, message: e.message })));
  }
  const packs: PhrasePack[] = [];
  b.packs.forEach((raw, i) => {
    const p = parsePack(raw);
    if (p.ok) packs.push(p.pack);
    else errors.push(...p.errors.map((e) => ({ path: `packs[${i}].${e.path}`, message: e.message })));
  });
  const kb: KbRow[] = [];
  b.kbArticles.forEach((raw, i) => {
    const p = KbArticleInputSchema.extend({ updatedAt: z.number().optional() }).safeParse(raw);
    if (p.success) kb.push({ ...p.data, id: p.data.id ?? articleIdFor(p.data.url), updatedAt: p.data.updatedAt ?? Date.now() });
    else errors.push(...zodErrors(p.error).map((e) => ({ path: `kbArticles[${i}].${e.path}`, message: e.message })));
  });
  let taxonomy: Taxonomy | null = null;
  if (b.taxonomy !== undefined) {
    const p = parseTaxonomy(b.taxonomy);
    if (p.ok) taxonomy = p.taxonomy;
    else errors.push(...p.errors.map((e: { path: string; message: string }) => ({ path: `taxonomy.${e.path}`, message: e.message })));
  }
  const events: TagEvent[] = [];
  b.tagEvents.forEach((raw, i) => {
    const p = TagEventSchema.safeParse(raw);
    if (p.success) events.push(p.data);
    else errors.push(...zodErrors(p.error).map((e) => ({ path: `tagEvents[${i}].${e.path}`, message: e.message })));
  });
  if (errors.length) throw new UserError('The backup has errors. Nothing was imported.', errors.slice(0, 50));

  await db.transaction('rw', [db.kv, db.sites, db.packs, db.kbArticles, db.tagEvents], async () => {
    if (prefs) await db.kv.put({ key: KV_PREFS, value: prefs });
    if (taxonomy) await db.kv.put({ key: KV_TAXONOMY, value: taxonomy });
    if (b.sites.length) await db.sites.bulkPut(b.sites.map((s) => ({ custom: true, updatedAt: Date.now(), ...s })));
    const now = Date.now();
    if (packs.length) await db.packs.bulkPut(packs.map((pack) => ({ id: pack.id, pack, installedAt: now, updatedAt: now })));
    if (kb.length) await db.kbArticles.bulkPut(kb);
    if (events.length) {
      const existing = (await db.tagEvents.bulkGet(events.map((e) => e.id))).filter((x): x is TagEventRow => !!x);
      const merged = mergeEvents(existing, events);
      if (merged.changed.length) await db.tagEvents.bulkPut(merged.changed as TagEventRow[]);
    }
  });
  kbIndex = null; // rebuilt on the next suggestion
  return { counts: { packs: packs.length, kbArticles: kb.length, tagEvents: events.length, sites: b.sites.length } };
}

export function zodErrors(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '['),
    message: i.message,
  }));
}

// ---- dispatch ---------------------------------------------------------------------------------

/** Handles one validated message; the background wraps the result as a Reply. */
export async function handle(db: TactfulDb, msg: ToBackground): Promise<unknown> {
  switch (msg.type) {
    case 'prefs.get': return getPrefs(db);
    case 'prefs.set': return setPrefs(db, msg.patch);
    case 'sites.list': return listSites(db);
    case 'sites.add': return addSite(db, msg.host);
    case 'sites.remove': return removeSite(db, msg.host);
    case 'sites.shouldOpen': return shouldOpen(db, msg.url);
    case 'picker.get': return getTaught(db, msg.host);
    case 'picker.set': return setTaught(db, msg.host, { customer: msg.customer, editor: msg.editor });
    case 'picker.reset': return resetTaught(db, msg.host);
    case 'packs.list': return listPacks(db);
    case 'packs.install': return installPack(db, msg.pack, msg.allowDowngrade);
    case 'packs.remove': return removePack(db, msg.id);
    case 'packs.setEnabled': return setPackEnabled(db, msg.id, msg.enabled);
    case 'rules.silence': return silenceRule(db, msg.key, msg.silenced);
    case 'team.apply': return applyTeamSettings(db, msg.settings);
    case 'kb.list': return listKb(db);
    case 'kb.count': return db.kbArticles.count();
    case 'kb.upsert': return upsertKb(db, msg.articles);
    case 'kb.delete': return deleteKb(db, msg.ids);
    case 'kb.suggest': return suggestKb(db, msg.text, msg.limit);
    case 'tags.state': return { taxonomy: await getTaxonomy(db), agent: (await getPrefs(db)).agentName };
    case 'tags.setTaxonomy': return setTaxonomy(db, msg.taxonomy);
    case 'tags.toggle': return toggleTagClick(db, msg);
    case 'tags.restore': return restoreTagEvents(db, msg.events);
    case 'tags.forConversation': return activeTagsFor(db, msg.conversation);
    case 'tags.events': return tagEvents(db, msg.from, msg.to);
    case 'tags.import': return importTagEvents(db, msg.events);
    case 'data.export': return exportBackup(db);
    case 'data.import': return importBackup(db, msg.backup);
    case 'panel.toggleInTab':
      throw new UserError('Handled by the background entry point.');
    default:
      throw new UserError(`Unsupported request ${(msg as { type: string }).type}`);
  }
}

export type { TagEvent };
