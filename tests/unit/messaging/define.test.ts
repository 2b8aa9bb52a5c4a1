// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkReplies, createRouter, defineProtocol, message, unionOf, unwrap, type Handlers } from '../../../lib/messaging/define.ts';
import { ToBackgroundSchema, ToPageSchema } from '../../../lib/messaging/protocol.ts';

const demo = defineProtocol({
  'count.add': message({ by: z.number().int().max(10) }, z.number()),
  'count.name': message({}, z.string()),
});

describe('protocol map', () => {
  it('parses every request with one schema and ignores anything else', () => {
    const schema = unionOf(demo);
    expect(schema.safeParse({ type: 'count.add', by: 2 }).success).toBe(true);
    expect(schema.safeParse({ type: 'count.add', by: 11 }).success).toBe(false);
    expect(schema.safeParse({ type: 'count.sub', by: 1 }).success).toBe(false);
    expect(schema.safeParse('count.add').success).toBe(false);
  });

  it('bounds what the background and the page accept', () => {
    expect(ToBackgroundSchema.safeParse({ type: 'kb.suggest', text: 'x'.repeat(200_001) }).success).toBe(false);
    expect(ToBackgroundSchema.safeParse({ type: 'prefs.get' }).success).toBe(true);
    expect(ToPageSchema.safeParse({ type: 'page.write', write: { op: 'insert', text: 'hi' }, draftVersion: 3 }).success).toBe(true);
    // Removed stubs are no longer messages.
    expect(ToPageSchema.safeParse({ type: 'page.extractArticle' }).success).toBe(false);
    expect(ToPageSchema.safeParse({ type: 'page.read' }).success).toBe(false);
  });

  it('routes a request to its handler and wraps errors as replies', async () => {
    let n = 0;
    const router = createRouter(demo, {
      'count.add': ({ by }) => (n += by),
      'count.name': () => {
        throw new Error('no name');
      },
    });
    const add = router.parse({ type: 'count.add', by: 3 });
    expect(add).not.toBeNull();
    expect(await router.dispatch(add!)).toEqual({ ok: true, data: 3 });
    expect(await router.dispatch(router.parse({ type: 'count.name' })!)).toEqual({ ok: false, error: 'no name' });
    expect(router.parse({ type: 'count.add', by: 'x' })).toBeNull();
  });

  it('checks replies against their schema in tests and development builds', async () => {
    expect(checkReplies).toBe(true);
    const router = createRouter(demo, { 'count.add': () => 'three' as unknown as number, 'count.name': () => 'n' });
    const reply = await router.dispatch({ type: 'count.add', by: 1 });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain('reply to count.add does not match its schema');
    const err = (m: string) => new Error(m);
    expect(() => unwrap(demo, 'count.name', { ok: true, data: 5 }, err)).toThrow(/does not match/);
    expect(() => unwrap(demo, 'count.name', undefined, err)).toThrow('No answer to count.name.');
    expect(() => unwrap(demo, 'count.name', { ok: false, error: 'refused' }, err)).toThrow('refused');
    expect(unwrap(demo, 'count.name', { ok: true, data: 'ok' }, err)).toBe('ok');
  });

  it('makes the compiler report a message without a handler, or a reply of the wrong type', () => {
    // @ts-expect-error: 'count.name' has no handler
    const missing: Handlers<typeof demo> = { 'count.add': () => 1 };
    // @ts-expect-error: count.add replies with a number
    const wrong: Handlers<typeof demo> = { 'count.add': () => 'one', 'count.name': () => 'n' };
    expect([missing, wrong].length).toBe(2);
  });
});
