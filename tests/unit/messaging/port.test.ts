// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../lib/messaging/define.ts';
import { pageClient, servePanel, PageError, type PortLike } from '../../../lib/messaging/port.ts';
import { pageProtocol, type PageEvent } from '../../../lib/messaging/protocol.ts';
import { pageHandlersFake } from '../page/fakes.ts';

/** Two connected fake ports; messages go through JSON like the browser's structured clone. */
export function portPair(): [PortLike & { sent: unknown[] }, PortLike & { sent: unknown[] }] {
  const make = () => {
    const listeners = new Set<(m: unknown) => void>();
    const closers: (() => void)[] = [];
    return { name: 'tactful-panel', sent: [] as unknown[], listeners, closers };
  };
  const a = make();
  const b = make();
  const port = (self: ReturnType<typeof make>, other: ReturnType<typeof make>): PortLike & { sent: unknown[] } => ({
    name: self.name,
    sent: self.sent,
    postMessage(m) {
      self.sent.push(m);
      const copy = JSON.parse(JSON.stringify(m));
      queueMicrotask(() => other.listeners.forEach((f) => f(copy)));
    },
    onMessage: { addListener: (f) => self.listeners.add(f), removeListener: (f) => self.listeners.delete(f) },
    onDisconnect: { addListener: (f) => self.closers.push(f) },
    disconnect() {
      other.closers.forEach((f) => f());
    },
  });
  return [port(a, b), port(b, a)];
}

describe('panel <-> page port', () => {
  it('answers typed requests through the page router and pushes events', async () => {
    const [panelEnd, pageEnd] = portPair();
    const fake = pageHandlersFake();
    const events: PageEvent[] = [];
    const client = pageClient(panelEnd, (e) => events.push(e));
    const conn = servePanel(pageEnd, createRouter(pageProtocol, fake.handlers), undefined, () => {});
    const res = await client.request('page.write', { write: { op: 'insert', text: 'Hi' }, draftVersion: 4 });
    expect(res).toEqual({ ok: true, strategy: 'fake' });
    expect(fake.calls).toEqual([['page.write', { op: 'insert', text: 'Hi' }, 4]]);
    expect(await client.request('page.pick', { target: 'customer' })).toBe(true);
    conn.post({ type: 'page.draft', draft: { text: 'Hello', version: 5 } });
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual([{ type: 'page.draft', draft: { text: 'Hello', version: 5 } }]);
  });

  it('rejects a request the page refuses, and pending requests when the page goes away', async () => {
    const [panelEnd, pageEnd] = portPair();
    const fake = pageHandlersFake();
    const client = pageClient(panelEnd, () => {});
    servePanel(pageEnd, createRouter(pageProtocol, fake.handlers), undefined, () => {});
    await expect(client.request('panel.layout', { width: 100 })).rejects.toBeInstanceOf(PageError);
    const pending = client.request('page.pick', { target: null });
    pageEnd.disconnect();
    await expect(pending).rejects.toThrow('The page closed the connection.');
    await expect(client.request('page.unhighlight')).rejects.toThrow('not connected');
  });

  it('rejects a request the page never answers after the timeout, and ignores a late answer', async () => {
    const [panelEnd, pageEnd] = portPair();
    const client = pageClient(panelEnd, () => {}, () => {}, 20);
    const asked: number[] = [];
    // A page that reads requests and answers none of them in time.
    pageEnd.onMessage.addListener((m) => asked.push((m as { id: number }).id));
    const slow = client.request('page.pick', { target: 'editor' });
    await expect(slow).rejects.toThrow('did not answer "page.pick"');
    expect(asked).toEqual([1]);
    // Its answer arriving afterwards settles nothing and breaks nothing: the next request is answered.
    pageEnd.postMessage({ id: 1, reply: { ok: true, data: true } });
    const next = client.request('page.pick', { target: null });
    pageEnd.postMessage({ id: 2, reply: { ok: true, data: false } });
    expect(await next).toBe(false);
  });

  it('rejects what is pending when the panel closes its end', async () => {
    const [panelEnd] = portPair();
    const client = pageClient(panelEnd, () => {});
    const pending = client.request('page.unhighlight');
    client.close();
    await expect(pending).rejects.toThrow('The panel closed the connection.');
  });

  it('ignores malformed traffic in both directions', async () => {
    const [panelEnd, pageEnd] = portPair();
    const events: PageEvent[] = [];
    pageClient(panelEnd, (e) => events.push(e));
    servePanel(pageEnd, createRouter(pageProtocol, pageHandlersFake().handlers), undefined, () => {});
    pageEnd.postMessage({ event: { type: 'page.draft', draft: { text: 5, version: -1 } } });
    pageEnd.postMessage('junk');
    panelEnd.postMessage({ id: 'x', request: {} });
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual([]);
    // The page answered nothing to the malformed envelope.
    expect(pageEnd.sent.filter((m) => (m as { reply?: unknown }).reply)).toEqual([]);
  });
});
