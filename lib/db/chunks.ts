/**
 * The background's side of lib/messaging/chunked.ts: it gathers a request's pieces, runs the
 * whole message through the same checks as any other (`run`), and keeps a large reply until the
 * page has fetched its pieces. Transfers live in the worker's memory only: a worker stopped
 * mid-transfer loses it, and the page gets a clear error, never half an import.
 */
import { CHUNK_CHARS, MAX_TRANSFER_CHARS, type ChunkMessage, type RunReply } from '../messaging/chunked.ts';
import type { Reply } from '../messaging/protocol.ts';

interface Incoming {
  pieces: string[];
  chars: number;
  at: number;
}
interface Outgoing {
  pieces: string[];
  at: number;
}

export interface ChunkHostOptions {
  /** Transfers kept at once (the oldest is dropped first). */
  maxTransfers?: number;
  /** A transfer untouched this long is dropped. */
  ttlMs?: number;
  now?: () => number;
}

const fail = (error: string): Reply => ({ ok: false, error });

export function createChunkHost(run: (raw: unknown) => Promise<Reply>, opts: ChunkHostOptions = {}) {
  const maxTransfers = opts.maxTransfers ?? 4;
  const ttl = opts.ttlMs ?? 10 * 60_000;
  const now = opts.now ?? Date.now;
  const incoming = new Map<string, Incoming>();
  const outgoing = new Map<string, Outgoing>();

  const sweep = () => {
    const t = now();
    for (const m of [incoming, outgoing] as Map<string, { at: number }>[]) {
      for (const [k, v] of m) if (t - v.at > ttl) m.delete(k);
      while (m.size > maxTransfers) m.delete(m.keys().next().value as string);
    }
  };

  async function handle(msg: ChunkMessage): Promise<Reply> {
    sweep();
    if (msg.type === 'chunk.put') {
      let t = incoming.get(msg.id);
      if (!t) incoming.set(msg.id, (t = { pieces: [], chars: 0, at: now() }));
      t.at = now();
      t.chars += msg.data.length - (t.pieces[msg.seq]?.length ?? 0);
      if (t.chars > MAX_TRANSFER_CHARS) {
        incoming.delete(msg.id);
        return fail(`This is too large to send at once (more than ${MAX_TRANSFER_CHARS / 1e6} million characters). Split it into smaller files.`);
      }
      t.pieces[msg.seq] = msg.data;
      return { ok: true, data: null };
    }
    if (msg.type === 'chunk.run') {
      const t = incoming.get(msg.id);
      incoming.delete(msg.id);
      if (!t) return fail('The transfer to the Tactful background was interrupted (the browser may have restarted it). Nothing was changed; try again.');
      for (let i = 0; i < msg.pieces; i++) if (typeof t.pieces[i] !== 'string') return fail('Part of the transfer to the Tactful background was lost. Nothing was changed; try again.');
      let raw: unknown;
      try {
        raw = JSON.parse(t.pieces.slice(0, msg.pieces).join(''));
      } catch {
        return fail('The transfer to the Tactful background arrived damaged. Nothing was changed; try again.');
      }
      const reply = await run(raw);
      const json = JSON.stringify(reply);
      if (json.length <= CHUNK_CHARS) return { ok: true, data: { inline: reply } satisfies RunReply };
      const pieces: string[] = [];
      for (let i = 0; i < json.length; i += CHUNK_CHARS) pieces.push(json.slice(i, i + CHUNK_CHARS));
      outgoing.set(msg.id, { pieces, at: now() });
      return { ok: true, data: { id: msg.id, pieces: pieces.length, chars: json.length } satisfies RunReply };
    }
    const t = outgoing.get(msg.id);
    if (!t || typeof t.pieces[msg.seq] !== 'string') return fail('The answer of the Tactful background was lost (the browser may have restarted it); try again.');
    t.at = now();
    const piece = t.pieces[msg.seq];
    if (msg.seq === t.pieces.length - 1) outgoing.delete(msg.id);
    return { ok: true, data: piece };
  }

  return { handle, pending: () => ({ incoming: incoming.size, outgoing: outgoing.size }) };
}
