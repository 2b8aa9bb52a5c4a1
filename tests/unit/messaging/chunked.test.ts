// @vitest-environment node
/**
 * Messages of any size (issue 15, fault 2): a backup travels between an extension page and the
 * background in pieces, none over CHUNK_CHARS, and comes back losslessly; a worker restarted
 * mid-transfer changes nothing and says so.
 */
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, ChunkMessageSchema, sendLarge, type Progress } from '../../../lib/messaging/chunked.ts';
import { createChunkHost } from '../../../lib/db/chunks.ts';
import { freshDb } from '../db/fresh.ts';
import { handle } from '../../../lib/db/service.ts';
import { ToBackgroundSchema, type Reply } from '../../../lib/messaging/protocol.ts';
import type { TactfulDb } from '../../../lib/db/db.ts';

/** The background as the extension's worker runs it, behind a channel that records every message's size. */
function channel(db: TactfulDb) {
  const sizes: number[] = [];
  const run = async (raw: unknown): Promise<Reply> => {
    const parsed = ToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'not understood' };
    try {
      return { ok: true, data: (await handle(db, parsed.data)) ?? null };
    } catch (e) {
      return { ok: false, error: (e as Error).message, details: (e as { details?: unknown }).details };
    }
  };
  let host = createChunkHost(run);
  const send = async (msg: unknown) => {
    const out = JSON.stringify(msg);
    sizes.push(out.length);
    const parsed = ChunkMessageSchema.safeParse(JSON.parse(out));
    if (!parsed.success) throw new Error('not a chunk message');
    const reply = await host.handle(parsed.data);
    const back = JSON.stringify(reply);
    sizes.push(back.length);
    return JSON.parse(back) as unknown;
  };
  return { send, sizes, restart: () => (host = createChunkHost(run)) };
}

const ZWNJ = '\u200c';

describe('chunked transfer', () => {
  it('round-trips a backup several pieces large, no message over the piece size', async () => {
    const db = freshDb();
    const body = (i: number) => `Article ${i}: می${ZWNJ}توانید سفارش را لغو کنید. `.repeat(2000); // ~90,000 characters
    const articles = Array.from({ length: 30 }, (_, i) => ({ title: `Article ${i}`, url: `https://help.example.com/a/${i}`, body: body(i), source: 'file' as const }));
    const ch = channel(db);
    await sendLarge({ type: 'kb.upsert', articles }, { send: ch.send });
    const progress: Progress[] = [];
    const backup = await sendLarge<{ kbArticles: { body: string }[] }>({ type: 'data.export' }, { send: ch.send, onProgress: (p) => progress.push(p) });
    expect(JSON.stringify(backup).length).toBeGreaterThan(4 * CHUNK_CHARS);
    expect(progress.filter((p) => p.phase === 'receive').length).toBeGreaterThan(4);
    expect(Math.max(...ch.sizes)).toBeLessThanOrEqual(2 * CHUNK_CHARS + 200);

    const other = freshDb();
    const ch2 = channel(other);
    const r = await sendLarge<{ counts: Record<string, number> }>({ type: 'data.import', backup }, { send: ch2.send });
    expect(r.counts.kbArticles).toBe(30);
    expect(Math.max(...ch2.sizes)).toBeLessThanOrEqual(2 * CHUNK_CHARS + 200);
    const again = await sendLarge<{ kbArticles: { body: string }[] }>({ type: 'data.export' }, { send: ch2.send });
    expect(again.kbArticles.map((a) => a.body)).toEqual(backup.kbArticles.map((a) => a.body));
  }, 90_000);

  it('a worker restarted mid-transfer imports nothing and says to try again', async () => {
    const db = freshDb();
    const ch = channel(db);
    let calls = 0;
    const flaky = async (msg: unknown) => {
      if (++calls === 3) ch.restart(); // the browser stopped the worker between two pieces
      return ch.send(msg);
    };
    const articles = Array.from({ length: 30 }, (_, i) => ({ title: `A${i}`, url: `https://e.com/${i}`, body: 'x'.repeat(100_000) }));
    await expect(sendLarge({ type: 'kb.upsert', articles }, { send: flaky })).rejects.toThrow(/interrupted|lost/);
    expect(await db.kbArticles.count()).toBe(0);
  });

  it('a background error inside a large request comes back as the same error', async () => {
    const db = freshDb();
    const ch = channel(db);
    const articles = Array.from({ length: 30 }, (_, i) => ({ title: i === 29 ? '' : `A${i}`, url: `https://e.com/${i}`, body: 'y'.repeat(100_000) }));
    await expect(sendLarge({ type: 'kb.upsert', articles }, { send: ch.send })).rejects.toMatchObject({ details: [expect.objectContaining({ path: expect.stringMatching(/^\[29\]|articles\[29\]/) })] });
    expect(await db.kbArticles.count()).toBe(0);
  });
});
