// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  activeTags,
  conversationKey,
  defaultTaxonomy,
  mergeEvent,
  mergeEvents,
  mergeTags,
  setNote,
  toggleTag,
  type TagEvent,
} from '../../../lib/tags/index.ts';

describe('conversationKey', () => {
  it('uses the ticket id with its host when the adapter has one', () => {
    expect(conversationKey({ siteTicketId: ' 4521 ', url: 'https://Acme.Zendesk.com/agent/tickets/4521' })).toBe('acme.zendesk.com|4521');
    expect(conversationKey({ siteTicketId: 'T-9', url: 'not a url' })).toBe('T-9');
  });
  it('normalises the URL otherwise: host case, hash, tracking params, sorted query, trailing slash', () => {
    const a = conversationKey({ url: 'https://HELP.Example.com/tickets/77/?utm_source=mail&b=2&a=1&fbclid=xyz#reply' });
    const b = conversationKey({ siteTicketId: null, url: 'https://help.example.com/tickets/77?a=1&b=2' });
    expect(a).toBe('https://help.example.com/tickets/77?a=1&b=2');
    expect(b).toBe(a);
    expect(conversationKey({ url: 'https://help.example.com/tickets/78' })).not.toBe(a);
    expect(conversationKey({ url: 'https://help.example.com/' })).toBe('https://help.example.com');
  });
  it('keeps Persian path segments stable', () => {
    const a = conversationKey({ url: 'https://پشتیبانی.example.ir/تیکت/۱۲' });
    expect(a).toBe(conversationKey({ url: 'https://پشتیبانی.example.ir/تیکت/۱۲/#x' }));
  });
});

const base = { conversation: 'c1', site: 'acme.zendesk.com', agent: 'sara' };

describe('toggleTag and activeTags', () => {
  it('first click adds, second click removes with a tombstone; undo reverses each', () => {
    const add = toggleTag([], { ...base, tagId: 'billing', now: 1000, id: 'e1' });
    expect(add.action).toBe('add');
    expect(add.changed).toEqual([{ id: 'e1', tagId: 'billing', ...base, createdAt: 1000 }]);
    expect(activeTags(add.events, 'c1')).toEqual(new Set(['billing']));
    expect(activeTags(add.undo.events, 'c1').size).toBe(0);
    expect(add.undo.changed[0]).toMatchObject({ id: 'e1', removedAt: 1000 });

    const rm = toggleTag(add.events, { ...base, tagId: 'billing', now: 5000, id: 'e2' });
    expect(rm.action).toBe('remove');
    expect(rm.events).toHaveLength(1);
    expect(rm.events[0]).toMatchObject({ id: 'e1', removedAt: 5000, updatedAt: 5000 });
    expect(activeTags(rm.events, 'c1').size).toBe(0);
    // Undo of a removal: a new event (the tombstone stays), with the original time.
    expect(rm.undo.changed).toEqual([{ id: 'e2', tagId: 'billing', ...base, createdAt: 1000, updatedAt: 5000 }]);
    expect(activeTags(rm.undo.events, 'c1')).toEqual(new Set(['billing']));

    // A third click after the removal tags again with a new event.
    const again = toggleTag(rm.events, { ...base, tagId: 'billing', now: 9000, id: 'e3' });
    expect(again.action).toBe('add');
    expect(again.events.map((e) => e.id)).toEqual(['e1', 'e3']);
  });

  it('is per conversation and does not mutate its input', () => {
    const one = toggleTag([], { ...base, tagId: 'billing', now: 1, id: 'a' }).events;
    const frozen = JSON.stringify(one);
    const other = toggleTag(one, { ...base, conversation: 'c2', tagId: 'billing', now: 2, id: 'b' });
    expect(other.action).toBe('add');
    expect(JSON.stringify(one)).toBe(frozen);
    expect(activeTags(other.events, 'c1')).toEqual(new Set(['billing']));
  });

  it('with a taxonomy, an event under a merged tag shows as its target and the target click removes it', () => {
    const tax = mergeTags(defaultTaxonomy(), 'ux', 'product-info');
    const events: TagEvent[] = [{ id: 'old', tagId: 'ux', ...base, createdAt: 1 }];
    expect(activeTags(events, 'c1', tax)).toEqual(new Set(['product-info']));
    const r = toggleTag(events, { ...base, tagId: 'product-info', now: 10, id: 'n', taxonomy: tax });
    expect(r.action).toBe('remove');
    expect(r.events[0].removedAt).toBe(10);
  });

  it('notes with Persian, quotes, commas and newlines are kept as written', () => {
    const note = 'مشتری گفت: "دو بار" پول کم شده،\nو عصبانی بود, واقعاً';
    const r = toggleTag([], { ...base, tagId: 'billing', now: 1, id: 'a', note });
    expect(r.changed[0].note).toBe(note);
    const edited = setNote(r.events, { tagId: 'billing', conversation: 'c1', note: 'second', now: 50 });
    expect(edited.changed[0]).toMatchObject({ note: 'second', updatedAt: 50 });
  });
});

function ev(id: string, over: Partial<TagEvent> = {}): TagEvent {
  return { id, tagId: 'billing', ...base, createdAt: 100, ...over };
}

describe('mergeEvents', () => {
  it('adds new events, and importing the same file twice changes nothing', () => {
    const incoming = [ev('a'), ev('b', { note: 'x, "y"' })];
    const first = mergeEvents([], incoming);
    expect(first).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    const second = mergeEvents(first.events, incoming);
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 2, changed: [] });
    expect(second.events).toEqual(first.events);
  });

  it('a removal wins over an older live copy and is not resurrected by an old export', () => {
    const live = ev('a');
    const removed = ev('a', { removedAt: 500, updatedAt: 500 });
    const mine = mergeEvents([], [removed]).events;
    const r = mergeEvents(mine, [live]);
    expect(r).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(r.events[0].removedAt).toBe(500);
    const theirs = mergeEvents([live], [removed]);
    expect(theirs).toMatchObject({ updated: 1 });
    expect(theirs.events[0].removedAt).toBe(500);
  });

  it('the later state wins for notes; a tombstone stays even when the live copy changed later', () => {
    const edited = ev('a', { note: 'late edit', updatedAt: 900 });
    const removed = ev('a', { removedAt: 500, updatedAt: 500 });
    const m = mergeEvent(edited, removed);
    expect(m).toMatchObject({ note: 'late edit', removedAt: 500, updatedAt: 900 });
    expect(mergeEvent(removed, edited)).toEqual(m);
  });

  it('is commutative, associative and idempotent over random histories', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const versions = (): TagEvent => {
      const x = Math.floor(rand() * 4);
      const up = 100 + Math.floor(rand() * 3) * 100;
      if (x === 0) return ev('a');
      if (x === 1) return ev('a', { note: `n${up}`, updatedAt: up });
      if (x === 2) return ev('a', { removedAt: up, updatedAt: up });
      return ev('a', { removedAt: up });
    };
    for (let i = 0; i < 300; i++) {
      const [a, b, c] = [versions(), versions(), versions()];
      expect(mergeEvent(a, b)).toEqual(mergeEvent(b, a));
      expect(mergeEvent(mergeEvent(a, b), c)).toEqual(mergeEvent(a, mergeEvent(b, c)));
      const ab = mergeEvent(a, b);
      expect(mergeEvent(ab, ab)).toEqual(ab);
      expect(mergeEvent(ab, a)).toEqual(ab);
    }
  });

  it('files merged in any order give the same state', () => {
    const f1 = [ev('a'), ev('b'), ev('c', { removedAt: 300, updatedAt: 300 })];
    const f2 = [ev('a', { removedAt: 200, updatedAt: 200 }), ev('c'), ev('d')];
    const f3 = [ev('b', { note: 'n', updatedAt: 400 }), ev('d', { removedAt: 250 })];
    const run = (order: TagEvent[][]) => {
      let acc: TagEvent[] = [];
      for (const f of order) acc = mergeEvents(acc, f).events;
      return [...acc].sort((x, y) => x.id.localeCompare(y.id));
    };
    const expected = run([f1, f2, f3]);
    expect(run([f3, f2, f1])).toEqual(expected);
    expect(run([f2, f1, f3, f1, f2])).toEqual(expected);
    expect(expected.filter((e) => e.removedAt === undefined).map((e) => e.id)).toEqual(['b']);
  });
});
