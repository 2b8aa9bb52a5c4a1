/**
 * Messages of any size between an extension page and the background, in pieces of at most
 * CHUNK_CHARS characters: Chrome refuses a runtime message over 64 MiB, which a backup of 90,000
 * articles or 600,000 tag events passed ("Save a backup" silently did nothing). The request is
 * sent as JSON text in pieces ('chunk.put'), run once complete ('chunk.run': the background checks
 * it exactly like a normal message, sender included), and a large reply is fetched back in pieces
 * ('chunk.get'). No single message is larger than twice CHUNK_CHARS characters (a piece of JSON
 * text is escaped once more on the way: about 3 MB of UTF-8 at most), and progress is reported
 * piece by piece.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { Reply, ToBackground } from './protocol.ts';
import { BackgroundError } from './client.ts';

/** Characters of JSON text per piece. */
export const CHUNK_CHARS = 500_000;
/** The largest request or reply one transfer may carry (V8 strings stop near 2^29 characters). */
export const MAX_TRANSFER_CHARS = 500_000_000;

const id = z.string().min(8).max(64).regex(/^[a-z0-9-]+$/);
export const ChunkMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chunk.put'), id, seq: z.number().int().min(0), data: z.string().max(CHUNK_CHARS) }),
  z.object({ type: z.literal('chunk.run'), id, pieces: z.number().int().min(1).max(Math.ceil(MAX_TRANSFER_CHARS / CHUNK_CHARS)) }),
  z.object({ type: z.literal('chunk.get'), id, seq: z.number().int().min(0) }),
]);
export type ChunkMessage = z.infer<typeof ChunkMessageSchema>;

/** What 'chunk.run' answers: the reply itself when it is small, else how many pieces to fetch. */
export type RunReply = { inline: Reply } | { id: string; pieces: number; chars: number };

export interface Progress {
  /** 'send' while the request goes out, 'receive' while the reply comes back. */
  phase: 'send' | 'receive';
  done: number;
  total: number;
}

type Send = (msg: unknown) => Promise<unknown>;
const defaultSend: Send = (msg) => browser.runtime.sendMessage(msg);

function newId(): string {
  const r = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return r.toLowerCase();
}

async function call<T>(send: Send, msg: ChunkMessage): Promise<T> {
  const reply = (await send(msg)) as Reply<T> | undefined;
  if (!reply) throw new BackgroundError('No answer from the Tactful background worker.');
  if (!reply.ok) throw new BackgroundError(reply.error, reply.details);
  return reply.data;
}

/**
 * Sends any message to the background in pieces and returns its reply, like sendToBackground.
 * Use it for what can grow without bound: backups, the knowledge base, tag events.
 */
export async function sendLarge<T = unknown>(msg: ToBackground, opts: { onProgress?: (p: Progress) => void; send?: Send } = {}): Promise<T> {
  const send = opts.send ?? defaultSend;
  const json = JSON.stringify(msg);
  if (json.length > MAX_TRANSFER_CHARS) {
    throw new BackgroundError(`This is too large to send at once (${Math.round(json.length / 1e6)} million characters; the limit is ${MAX_TRANSFER_CHARS / 1e6} million). Split it into smaller files.`);
  }
  const transfer = newId();
  const pieces = Math.max(1, Math.ceil(json.length / CHUNK_CHARS));
  for (let seq = 0; seq < pieces; seq++) {
    await call(send, { type: 'chunk.put', id: transfer, seq, data: json.slice(seq * CHUNK_CHARS, (seq + 1) * CHUNK_CHARS) });
    opts.onProgress?.({ phase: 'send', done: seq + 1, total: pieces });
  }
  const ran = await call<RunReply>(send, { type: 'chunk.run', id: transfer, pieces });
  let reply: Reply<T>;
  if ('inline' in ran) reply = ran.inline as Reply<T>;
  else {
    const parts: string[] = [];
    for (let seq = 0; seq < ran.pieces; seq++) {
      parts.push(await call<string>(send, { type: 'chunk.get', id: ran.id, seq }));
      opts.onProgress?.({ phase: 'receive', done: seq + 1, total: ran.pieces });
    }
    reply = JSON.parse(parts.join('')) as Reply<T>;
  }
  if (!reply.ok) throw new BackgroundError(reply.error, reply.details);
  return reply.data;
}
