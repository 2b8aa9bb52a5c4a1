// @vitest-environment node
/**
 * Every background reply checked against its schema in the protocol map, on the real handlers
 * over a fake-indexeddb database (the route in tests/unit/background.ts checks them too).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { TactfulDb } from '../../../lib/db/db.ts';
import { handle } from '../../../lib/db/service.ts';
import { checkReply } from '../../../lib/messaging/define.ts';
import { backgroundProtocol, type ToBackground } from '../../../lib/messaging/protocol.ts';

let db: TactfulDb;
beforeEach(async () => {
  db = new TactfulDb(`replies-${Math.random()}`);
  await db.open();
});

async function replyTo(msg: ToBackground) {
  const data = (await handle(db, msg)) ?? null;
  checkReply(backgroundProtocol, msg.type, data);
  return data;
}

describe('background replies match the protocol map', () => {
  it('for preferences, sites, packs and the picker', async () => {
    await replyTo({ type: 'prefs.get' });
    await replyTo({ type: 'prefs.set', patch: { agentName: 'Sam' } });
    await replyTo({ type: 'sites.add', host: 'support.example.com' });
    await replyTo({ type: 'sites.list' });
    expect(await replyTo({ type: 'sites.shouldOpen', url: 'https://support.example.com/t/1' })).toEqual({ open: true, host: 'support.example.com' });
    await replyTo({ type: 'picker.set', host: 'support.example.com', customer: '.msg' });
    expect(await replyTo({ type: 'picker.get', host: 'support.example.com' })).toMatchObject({ customer: '.msg' });
    await replyTo({ type: 'picker.reset', host: 'support.example.com' });
    const packs = (await replyTo({ type: 'packs.list' })) as unknown[];
    expect(packs.length).toBeGreaterThan(0);
    await replyTo({ type: 'rules.silence', key: 'en-core/x', silenced: true });
  });

  it('for the knowledge base, tags and the backup', async () => {
    await replyTo({ type: 'kb.upsert', articles: [{ title: 'Tracking a delayed shipment', url: 'https://help.example.com/a', body: 'Where is my order? Check the tracking link.' }] });
    expect(await replyTo({ type: 'kb.count' })).toBe(1);
    await replyTo({ type: 'kb.list' });
    expect(((await replyTo({ type: 'kb.suggest', text: 'where is my order tracking', limit: 3 })) as unknown[]).length).toBe(1);
    const state = (await replyTo({ type: 'tags.state' })) as { taxonomy: { tags: { id: string }[] } };
    const tagId = state.taxonomy.tags[0].id;
    const toggled = (await replyTo({ type: 'tags.toggle', tagId, conversation: 'c1', site: 'example.com' })) as { undo: unknown[] };
    await replyTo({ type: 'tags.forConversation', conversation: 'c1' });
    await replyTo({ type: 'tags.restore', events: toggled.undo });
    await replyTo({ type: 'tags.events' });
    const backup = await replyTo({ type: 'data.export' });
    await replyTo({ type: 'data.import', backup });
  });
});
