/**
 * Root-cause tags: the taxonomy (kept in the kv table under 'taxonomy') and the tag events. An
 * event is never deleted: removing a tag tombstones it, so a team merge cannot bring it back.
 */
import { z } from 'zod';
import type { Table } from 'dexie';
import type { TactfulDb } from '../db.ts';
import { UserError, defineStore, prefixErrors, zodErrors, type PathError } from '../store.ts';
import { getPrefs } from './prefs.ts';
import { defaultTaxonomy, parseTaxonomy, toggleTag, setNote, activeTags, mergeEvents, tagResolver, isLive, TagEventSchema, type Taxonomy, type TagEvent } from '../../tags/index.ts';

/** A tag event row is exactly the exported event (lib/tags TagEventSchema). */
export type TagEventRow = TagEvent;

declare module '../db.ts' {
  interface TactfulTables {
    tagEvents: Table<TagEventRow, string>;
  }
}

const KV_TAXONOMY = 'taxonomy';

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
    await db.tagEvents.bulkPut(r.changed);
    return { active: [...activeTags(r.events, input.conversation, taxonomy)], action: r.action, undo: r.undo.changed };
  });
}

/** Notes of the conversation's live tags, by tag id (after merges), newest note first. */
export async function notesFor(db: TactfulDb, conversation: string): Promise<Record<string, string>> {
  const resolve = tagResolver(await getTaxonomy(db));
  const out: Record<string, string> = {};
  const live = (await eventsForConversation(db, conversation)).filter((e) => isLive(e) && e.note);
  live.sort((a, b) => (b.updatedAt ?? b.createdAt) - (a.updatedAt ?? a.createdAt));
  for (const e of live) out[resolve(e.tagId)] ??= e.note!;
  return out;
}

/** The panel's note on a tag: stored on the tag's live event, so it travels with exports and merges. */
export async function setTagNote(db: TactfulDb, input: { tagId: string; conversation: string; note: string }, now = Date.now()): Promise<Record<string, string>> {
  const taxonomy = await getTaxonomy(db);
  await db.transaction('rw', db.tagEvents, async () => {
    const r = setNote(await eventsForConversation(db, input.conversation), { ...input, now, taxonomy });
    if (r.changed.length === 0) throw new UserError('The note was not saved: the tag is not on this conversation any more.');
    await db.tagEvents.bulkPut(r.changed);
  });
  return notesFor(db, input.conversation);
}

/** Writes the rows an undo toast carries, merged like any other events (tombstones stay). */
export async function restoreTagEvents(db: TactfulDb, rows: readonly unknown[]): Promise<{ added: number; updated: number; unchanged: number }> {
  return importTagEvents(db, rows);
}

export async function tagEvents(db: TactfulDb, from?: number, to?: number): Promise<TagEventRow[]> {
  if (from === undefined && to === undefined) return db.tagEvents.toArray();
  return db.tagEvents.where('createdAt').between(from ?? -Infinity, to ?? Infinity, true, false).toArray();
}

/** Every event valid, or an error per bad one with its path under `prefix` (nothing half-read). */
function parseEvents(inputs: readonly unknown[], prefix: string): { events: TagEvent[]; errors: PathError[] } {
  const events: TagEvent[] = [];
  const errors: PathError[] = [];
  inputs.forEach((e, i) => {
    const p = TagEventSchema.safeParse(e);
    if (p.success) events.push(p.data);
    else errors.push(...prefixErrors(`${prefix}[${i}]`, zodErrors(p.error)));
  });
  return { events, errors };
}

/** Merges events by id into the table (lib/tags mergeEvents): the same events twice change nothing. */
async function mergeIntoTable(db: TactfulDb, events: readonly TagEvent[]) {
  const existing = (await db.tagEvents.bulkGet(events.map((e) => e.id))).filter((x): x is TagEventRow => !!x);
  const r = mergeEvents(existing, [...events]);
  if (r.changed.length) await db.tagEvents.bulkPut(r.changed);
  return r;
}

/** Team merge: events by id; the same file twice changes nothing. */
export async function importTagEvents(db: TactfulDb, inputs: readonly unknown[]): Promise<{ added: number; updated: number; unchanged: number }> {
  const { events, errors } = parseEvents(inputs, 'events');
  if (errors.length) throw new UserError('No events were imported.', errors.slice(0, 50));
  return db.transaction('rw', db.tagEvents, async () => {
    const r = await mergeIntoTable(db, events);
    return { added: r.added, updated: r.updated, unchanged: r.unchanged };
  });
}

let idCounter = 0;
function newId(now: number): string {
  const rand = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Math.random().toString(36).slice(2)}${++idCounter}`;
  return `${now.toString(36)}-${rand}`;
}

export const tagsStore = defineStore({
  id: 'tags',
  versions: { 1: { tables: { tagEvents: 'id, tagId, conversation, createdAt, site, agent' } } },
  handlers: {
    'tags.state': async (db) => ({ taxonomy: await getTaxonomy(db), agent: (await getPrefs(db)).agentName }),
    'tags.setTaxonomy': (db, msg) => setTaxonomy(db, msg.taxonomy),
    'tags.toggle': (db, msg) => toggleTagClick(db, msg),
    'tags.restore': (db, msg) => restoreTagEvents(db, msg.events),
    'tags.forConversation': (db, msg) => activeTagsFor(db, msg.conversation),
    'tags.notes': (db, msg) => notesFor(db, msg.conversation),
    'tags.setNote': (db, msg) => setTagNote(db, msg),
    'tags.events': (db, msg) => tagEvents(db, msg.from, msg.to),
    'tags.import': (db, msg) => importTagEvents(db, msg.events),
  },
  backup: {
    shape: { taxonomy: z.unknown().optional(), tagEvents: z.array(z.unknown()).max(2_000_000).default([]) },
    export: async (db) => ({ taxonomy: await getTaxonomy(db), tagEvents: await db.tagEvents.toArray() }),
    parse(backup) {
      const errors: PathError[] = [];
      let taxonomy: Taxonomy | null = null;
      if (backup.taxonomy !== undefined) {
        const p = parseTaxonomy(backup.taxonomy);
        if (p.ok) taxonomy = p.taxonomy;
        else errors.push(...prefixErrors('taxonomy', p.errors));
      }
      const parsed = parseEvents(backup.tagEvents as unknown[], 'tagEvents');
      return { value: { taxonomy, events: parsed.events }, errors: [...errors, ...parsed.errors] };
    },
    async write(db, { taxonomy, events }) {
      if (taxonomy) await db.kv.put({ key: KV_TAXONOMY, value: taxonomy });
      if (events.length) await mergeIntoTable(db, events);
    },
    counts: ({ events }) => ({ tagEvents: events.length }),
  },
});
