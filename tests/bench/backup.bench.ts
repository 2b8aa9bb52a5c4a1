/**
 * Data of any size: importing N articles and M tag events, then a backup exported and imported
 * through the chunked transfer the options page uses (lib/messaging/chunked.ts), with wall time,
 * peak resident memory and the largest single message. Runs the real background handlers on
 * fake-indexeddb. `npm run bench -- backup`; the sizes default to 10,000 articles + 100,000
 * events (TACTFUL_BENCH_ARTICLES, TACTFUL_BENCH_EVENTS): on fake-indexeddb the 100,000 +
 * 1,000,000 had not finished its first step (100,000 articles) after five minutes on the shared
 * build machine. That size is measured in a real Chromium, with real IndexedDB, by
 * `npm run bench -- bigdata` (tests/bench/bigdata.bench.ts).
 */
import 'fake-indexeddb/auto';
import { TactfulDb } from '../../lib/db/db.ts';
import { handle } from '../../lib/db/service.ts';
import { createChunkHost } from '../../lib/db/chunks.ts';
import { ChunkMessageSchema, sendLarge } from '../../lib/messaging/chunked.ts';
import { ToBackgroundSchema, type Reply } from '../../lib/messaging/protocol.ts';

const ARTICLES = Number(process.env.TACTFUL_BENCH_ARTICLES ?? 10_000);
const EVENTS = Number(process.env.TACTFUL_BENCH_EVENTS ?? 100_000);

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

function channel(db: TactfulDb) {
  let largest = 0;
  let messages = 0;
  const host = createChunkHost(async (raw): Promise<Reply> => {
    const parsed = ToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'not understood' };
    try {
      return { ok: true, data: (await handle(db, parsed.data)) ?? null };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  });
  const send = async (msg: unknown) => {
    const out = JSON.stringify(msg);
    largest = Math.max(largest, out.length);
    messages++;
    sample();
    const reply = JSON.stringify(await host.handle(ChunkMessageSchema.parse(JSON.parse(out))));
    largest = Math.max(largest, reply.length);
    return JSON.parse(reply) as unknown;
  };
  return { send, stats: () => ({ largest, messages }) };
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const v = await fn();
  sample();
  console.log(`${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s (peak RSS so far ${(peak / 2 ** 20).toFixed(0)} MiB)`);
  return v;
}

export default async function run(): Promise<void> {
  const timer = setInterval(sample, 50);
  const db = new TactfulDb(`bench-backup-${Date.now()}`);
  const ch = channel(db);
  const body = (i: number) => `Article ${i}. If your refund has not arrived after five working days, contact us with the order number. بازپرداخت تا پنج روز کاری انجام می\u200cشود. `.repeat(8);
  await timed(`import ${ARTICLES.toLocaleString('en-US')} articles (batches of 2,000)`, async () => {
    for (let b = 0; b < ARTICLES; b += 2000) {
      const articles = Array.from({ length: Math.min(2000, ARTICLES - b) }, (_, k) => ({ title: `Article ${b + k}`, url: `https://help.example.com/a/${b + k}`, body: body(b + k), source: 'file' }));
      await sendLarge({ type: 'kb.upsert', articles }, { send: ch.send });
    }
  });
  await timed(`import ${EVENTS.toLocaleString('en-US')} tag events (one request, chunked)`, async () => {
    const tags = ['billing', 'delivery-delay', 'account', 'policy', 'order-data'];
    const events = Array.from({ length: EVENTS }, (_, i) => ({ id: `e${i}`, tagId: tags[i % 5], conversation: `desk.example.com/tickets/${i >> 2}`, site: 'desk.example.com', agent: 'Sara', createdAt: 1_700_000_000_000 + i * 1000 }));
    await sendLarge({ type: 'tags.import', events }, { send: ch.send });
  });
  const backup = await timed('export the backup', () => sendLarge<Record<string, unknown>>({ type: 'data.export' }, { send: ch.send }));
  const size = JSON.stringify(backup).length;
  console.log(`backup: ${(size / 2 ** 20).toFixed(0)} Mi characters`);
  const other = new TactfulDb(`bench-backup-restore-${Date.now()}`);
  const ch2 = channel(other);
  await timed('import the backup into an empty database', () => sendLarge({ type: 'data.import', backup }, { send: ch2.send }));
  clearInterval(timer);
  const s1 = ch.stats();
  const s2 = ch2.stats();
  console.log(`largest single message: ${(Math.max(s1.largest, s2.largest) / 1e6).toFixed(2)} million characters (Chrome's limit: 64 MiB); messages: ${s1.messages + s2.messages}`);
  console.log(`peak RSS: ${(peak / 2 ** 20).toFixed(0)} MiB`);
  await db.delete();
  await other.delete();
}
