/**
 * Tag clicks and team merges over the event list. Removal is a tombstone (`removedAt`), never a
 * deletion, so merging an old export cannot resurrect a removed tag (see types.ts).
 */
import type { TagEvent, Taxonomy } from './types.ts';
import { tagResolver } from './taxonomy.ts';

export function isLive(e: TagEvent): boolean {
  return e.removedAt === undefined;
}

/** When the event last changed: the later of updatedAt, removedAt and createdAt. */
export function changedAt(e: TagEvent): number {
  return Math.max(e.createdAt, e.updatedAt ?? 0, e.removedAt ?? 0);
}

export interface ToggleInput {
  tagId: string;
  conversation: string;
  site: string;
  agent: string;
  now: number;
  /** Id for the event this click may create (a removal uses it for its undo instead). */
  id: string;
  note?: string;
  /** With a taxonomy, a live event under a tag merged into `tagId` counts as `tagId` being on. */
  taxonomy?: Taxonomy;
}

export interface ToggleResult {
  /** 'add' when the click applied the tag, 'remove' when it took it off. */
  action: 'add' | 'remove';
  /** The whole list after the click. */
  events: TagEvent[];
  /** Only the events that changed (to write to the database). */
  changed: TagEvent[];
  /** What the undo toast applies: the list and the changed events after undoing. */
  undo: { events: TagEvent[]; changed: TagEvent[] };
}

function upsert(events: readonly TagEvent[], changed: readonly TagEvent[]): TagEvent[] {
  const byId = new Map(changed.map((e) => [e.id, e]));
  const out = events.map((e) => {
    const c = byId.get(e.id);
    if (c) byId.delete(e.id);
    return c ?? e;
  });
  for (const c of byId.values()) out.push(c);
  return out;
}

/**
 * One click on a tag button for a conversation. First click adds an event; a click while the tag
 * is on tombstones every live event of that tag (after merges) on that conversation.
 * Undo of an add tombstones the new event; undo of a removal creates a fresh event with `id`
 * (a tombstone stays a tombstone) that keeps the original createdAt, agent and note.
 */
export function toggleTag(events: readonly TagEvent[], input: ToggleInput): ToggleResult {
  const resolve = input.taxonomy ? tagResolver(input.taxonomy) : (id: string) => id;
  const target = resolve(input.tagId);
  const live = events.filter((e) => e.conversation === input.conversation && isLive(e) && resolve(e.tagId) === target);
  if (live.length === 0) {
    const added: TagEvent = {
      id: input.id,
      tagId: input.tagId,
      conversation: input.conversation,
      site: input.site,
      agent: input.agent,
      createdAt: input.now,
      ...(input.note ? { note: input.note } : {}),
    };
    const undone: TagEvent = { ...added, removedAt: input.now, updatedAt: input.now };
    return {
      action: 'add',
      events: upsert(events, [added]),
      changed: [added],
      undo: { events: upsert(events, [undone]), changed: [undone] },
    };
  }
  const removed = live.map((e): TagEvent => ({ ...e, removedAt: input.now, updatedAt: input.now }));
  const first = live.reduce((a, b) => (b.createdAt < a.createdAt ? b : a));
  const restored: TagEvent = {
    id: input.id,
    tagId: first.tagId,
    conversation: first.conversation,
    site: first.site,
    agent: first.agent,
    createdAt: first.createdAt,
    ...(first.note !== undefined ? { note: first.note } : {}),
    updatedAt: input.now,
  };
  const after = upsert(events, removed);
  return {
    action: 'remove',
    events: after,
    changed: removed,
    undo: { events: upsert(after, [restored]), changed: [restored] },
  };
}

/** Sets or clears the note of the live event(s) of a tag on a conversation. */
export function setNote(events: readonly TagEvent[], input: { tagId: string; conversation: string; note: string; now: number; taxonomy?: Taxonomy }): { events: TagEvent[]; changed: TagEvent[] } {
  const resolve = input.taxonomy ? tagResolver(input.taxonomy) : (id: string) => id;
  const target = resolve(input.tagId);
  const note = input.note.trim();
  const changed = events
    .filter((e) => e.conversation === input.conversation && isLive(e) && resolve(e.tagId) === target)
    .map((e): TagEvent => {
      const { note: _old, ...rest } = e;
      return { ...rest, ...(note ? { note } : {}), updatedAt: Math.max(input.now, changedAt(e)) };
    });
  return { events: upsert(events, changed), changed };
}

/** Tag ids that are on for a conversation (after merges, when a taxonomy is given). */
export function activeTags(events: readonly TagEvent[], conversation: string, taxonomy?: Taxonomy): Set<string> {
  const resolve = taxonomy ? tagResolver(taxonomy) : (id: string) => id;
  const out = new Set<string>();
  for (const e of events) if (e.conversation === conversation && isLive(e)) out.add(resolve(e.tagId));
  return out;
}

/**
 * The state two copies of one event merge to. Commutative, associative and idempotent, so files
 * can be imported in any order, any number of times:
 * - the copy that changed last supplies the fields (ties: the removed one, then a fixed order);
 * - a tombstone on either side wins and keeps the earliest removal time.
 */
export function mergeEvent(a: TagEvent, b: TagEvent): TagEvent {
  const ca = changedAt(a);
  const cb = changedAt(b);
  let win: TagEvent;
  if (ca !== cb) win = ca > cb ? a : b;
  else if ((a.removedAt === undefined) !== (b.removedAt === undefined)) win = a.removedAt !== undefined ? a : b;
  else win = stableKey(a) >= stableKey(b) ? a : b;
  const removals = [a.removedAt, b.removedAt].filter((x): x is number => x !== undefined);
  const out: TagEvent = { ...win };
  if (removals.length) out.removedAt = Math.min(...removals);
  // Keep "when did it last change" exact without adding a field when nothing needs it.
  const updated = Math.max(ca, cb);
  if (changedAt(out) !== updated) out.updatedAt = updated;
  return out;
}

function stableKey(e: TagEvent): string {
  return JSON.stringify([e.tagId, e.conversation, e.site, e.agent, e.createdAt, e.note ?? null, e.removedAt ?? null, e.updatedAt ?? null]);
}

export function sameEvent(a: TagEvent, b: TagEvent): boolean {
  return stableKey(a) === stableKey(b) && a.id === b.id;
}

export interface MergeResult {
  events: TagEvent[];
  /** Events that are new or changed (to write to the database). */
  changed: TagEvent[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges incoming events into existing ones by id. Existing order is kept, new events follow in
 * their incoming order. Importing the same file twice changes nothing.
 */
export function mergeEvents(existing: readonly TagEvent[], incoming: readonly TagEvent[]): MergeResult {
  const index = new Map<string, number>();
  const out = existing.slice();
  for (let i = 0; i < out.length; i++) index.set(out[i].id, i);
  const changedIds = new Set<string>();
  const addedIds = new Set<string>();
  let unchanged = 0;
  for (const inc of incoming) {
    const at = index.get(inc.id);
    if (at === undefined) {
      index.set(inc.id, out.length);
      out.push(inc);
      addedIds.add(inc.id);
      continue;
    }
    const cur = out[at];
    const merged = mergeEvent(cur, inc);
    if (sameEvent(merged, cur)) {
      if (!addedIds.has(inc.id) && !changedIds.has(inc.id)) unchanged++;
      continue;
    }
    out[at] = merged;
    if (!addedIds.has(inc.id)) changedIds.add(inc.id);
  }
  const changed = [...addedIds, ...changedIds].map((id) => out[index.get(id)!]);
  return { events: out, changed, added: addedIds.size, updated: changedIds.size, unchanged };
}
