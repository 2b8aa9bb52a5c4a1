/**
 * Sites: where the panel opens by itself (built-in helpdesk hosts from lib/sites/hosts.ts, plus
 * hosts the agent added or switched off) and the places the agent taught Tactful on each site.
 * Reads host patterns as data only, so the background never bundles the DOM adapters.
 */
import { z } from 'zod';
import type { Table } from 'dexie';
import type { TactfulDb } from '../db.ts';
import { UserError, defineStore } from '../store.ts';
import type { BackgroundReply } from '../../messaging/protocol.ts';
import { builtinHosts, hostMatches, parseSiteInput, type SiteInputProblem } from '../../sites/hosts.ts';

const selector = z.string().max(1000).nullable().optional();

export const SiteRowSchema = z.object({
  /** Host name, or a pattern such as '*.zendesk.com'. */
  host: z.string().max(300),
  /** Open the panel by itself on this host. */
  autoOpen: z.boolean(),
  /** Added by the agent (as opposed to a built-in site the agent switched off). */
  custom: z.boolean(),
  /** "Teach this site": selectors remembered from the picker. */
  customerSelector: selector,
  editorSelector: selector,
  updatedAt: z.number(),
});
export type SiteRow = z.infer<typeof SiteRowSchema>;

declare module '../db.ts' {
  interface TactfulTables {
    sites: Table<SiteRow, string>;
  }
}

/** A site as `sites.list` answers it: the reply schema in the protocol map is its one definition. */
export type SiteEntry = BackgroundReply<'sites.list'>[number];

export { builtinHosts };

const HOST_RE = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;
const IPV6_RE = /^\[[0-9a-f:]+\](:\d+)?$/;
/** Second-level labels that registries sell under a country code (co.uk, com.au, ac.ir, ...). */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org', 'or', 'ne', 'go', 'id', 'sch', 'gen']);

/**
 * Why a host or host pattern cannot be stored, or null. The one rule for hosts typed in Options,
 * restored from a backup or sent with taught selectors: a host name or `*.` and a registrable
 * domain, never `*` alone or a wildcard over a whole top-level domain (`*.com`, `*.co.uk`).
 */
export function hostProblem(host: string): string | null {
  if (typeof host !== 'string' || (!HOST_RE.test(host) && !IPV6_RE.test(host))) return `"${String(host).slice(0, 80)}" is not a host name such as support.example.com.`;
  if (host.startsWith('*.')) {
    const labels = host.slice(2).replace(/:\d+$/, '').split('.');
    if (labels.length < 2 || (labels.length === 2 && SECOND_LEVEL.has(labels[0]) && labels[1].length === 2)) {
      return `"${host}" would open Tactful on every site under .${host.slice(2)}; use your own domain, such as *.example.com.`;
    }
  }
  return null;
}

/** A host pattern from what the user typed or pasted; the English message is for callers without a UI language. */
export function normaliseHostInput(input: string): string {
  const r = parseSiteInput(input);
  if (r.ok) return r.host;
  const suffix = r.code === 'tooWide' ? r.suffix : '';
  const say: Record<SiteInputProblem['code'], string> = {
    empty: 'Type a site address, for example support.example.com.',
    notWeb: `"${input}" is not a web address: Tactful opens on http and https pages only.`,
    badAddress: `"${input}" is not a web address.`,
    badHost: `"${input}" is not a host name such as support.example.com or 127.0.0.1:8080.`,
    badPort: `"${input}" has a port that is not a number from 1 to 65535.`,
    tooWide: suffix === '*' ? `"${input}" would open Tactful on every site; name your own domain, such as *.example.com.` : `"${input}" would open Tactful on every site under .${suffix}; use your own domain, such as *.example.com.`,
  };
  throw new UserError(say[r.code], r);
}

const isTaught = (row: SiteRow | undefined) => !!(row?.customerSelector || row?.editorSelector);

export async function listSites(db: TactfulDb): Promise<SiteEntry[]> {
  const rows = await db.sites.toArray();
  const byHost = new Map(rows.map((r) => [r.host, r]));
  const out: SiteEntry[] = builtinHosts().map(({ host, adapterId }) => {
    const row = byHost.get(host);
    byHost.delete(host);
    return { host, adapterId, builtin: true, autoOpen: row ? row.autoOpen : true, taught: isTaught(row) };
  });
  for (const row of byHost.values()) {
    out.push({ host: row.host, adapterId: null, builtin: false, autoOpen: row.autoOpen, taught: isTaught(row) });
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
  if (builtin || isTaught(row)) await upsertSite(db, host, { autoOpen: false });
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

/**
 * Hosts the agent added and left on, outside the built-in patterns (the manifest already runs the
 * loader there): where the background registers the loader at run time.
 */
export async function addedHostsOn(db: TactfulDb): Promise<string[]> {
  const rows = await db.sites.toArray();
  return rows.filter((r) => r.custom && r.autoOpen && !builtinHosts().some((b) => hostMatches(b.host, r.host))).map((r) => r.host);
}

export async function getTaught(db: TactfulDb, host: string): Promise<{ customer: string | null; editor: string | null } | null> {
  const row = await db.sites.get(host);
  if (!row || !isTaught(row)) return null;
  return { customer: row.customerSelector ?? null, editor: row.editorSelector ?? null };
}

export async function setTaught(db: TactfulDb, host: string, sel: { customer?: string | null; editor?: string | null }): Promise<void> {
  const problem = hostProblem(host);
  if (problem) throw new UserError(problem);
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

/** A site row in a backup: older backups may lack `custom` and `updatedAt`. */
const BackupSiteSchema = SiteRowSchema.extend({ custom: z.boolean().optional(), updatedAt: z.number().optional() });

export const sitesStore = defineStore({
  id: 'sites',
  versions: { 1: { tables: { sites: 'host' } } },
  handlers: {
    'sites.list': (db) => listSites(db),
    'sites.add': (db, msg) => addSite(db, msg.host),
    'sites.remove': (db, msg) => removeSite(db, msg.host),
    'sites.shouldOpen': (db, msg) => shouldOpen(db, msg.url),
    'picker.get': (db, msg) => getTaught(db, msg.host),
    'picker.set': (db, msg) => setTaught(db, msg.host, { customer: msg.customer, editor: msg.editor }),
    'picker.reset': (db, msg) => resetTaught(db, msg.host),
  },
  backup: {
    // Rows are checked with the top level: a bad site row fails the whole file at once.
    shape: { sites: z.array(BackupSiteSchema).max(10_000).default([]) },
    export: async (db) => ({ sites: await db.sites.toArray() }),
    parse: (backup) => {
      const rows = backup.sites as z.infer<typeof BackupSiteSchema>[];
      // The same host rule as Options > Sites: a backup cannot open Tactful on every site.
      const errors = rows.flatMap((row, i) => {
        const problem = hostProblem(row.host);
        return problem ? [{ path: `sites[${i}].host`, message: problem }] : [];
      });
      return { value: rows.map((s) => ({ custom: true, updatedAt: Date.now(), ...s })), errors };
    },
    async write(db, rows) {
      if (rows.length) await db.sites.bulkPut(rows);
    },
    counts: (rows) => ({ sites: rows.length }),
  },
});
