/** The page router and writer: one schema for all incoming messages, and writes checked against the draft version. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../lib/messaging/define.ts';
import { pageProtocol } from '../../../lib/messaging/protocol.ts';
import { createPageSideRouter } from '../../../lib/messaging/pageSide.ts';
import { pageHandlers } from '../../../entrypoints/tactful-page/router.ts';
import { Session } from '../../../entrypoints/tactful-page/session.ts';
import { STALE_REFUSED, checkVersion, createWriter } from '../../../entrypoints/tactful-page/writer.ts';
import type { Control } from '../../../entrypoints/tactful-page/control.ts';
import { createPublisher } from '../../../entrypoints/tactful-page/publisher.ts';
import type { PageEvent } from '../../../lib/messaging/protocol.ts';

const DRAFT = "Hello,\nI can't ship it until Monday.";
let session: Session;
let textarea: HTMLTextAreaElement;
beforeEach(() => {
  document.body.innerHTML = '<article class="message from-customer">Where is my lamp?</article><textarea id="reply"></textarea>';
  textarea = document.getElementById('reply') as HTMLTextAreaElement;
  textarea.value = DRAFT;
  session = new Session(document, () => 'https://support.example.com/t/1');
  session.readContext();
  session.readDraft();
});

function fakeControl() {
  const calls: string[] = [];
  const control = {
    toggle: () => calls.push('toggle'),
    open: async () => void calls.push('open'),
    close: () => calls.push('close'),
    layout: (p: { width?: number }) => (calls.push(`layout:${p.width}`), { side: 'left' as const, width: p.width ?? 360, collapsed: false }),
    pick: (t: string | null) => calls.push(`pick:${t}`),
    sync: () => {},
    attachSettings: async () => {},
  } as unknown as Control;
  return { control, calls };
}

const replace = (start: number, expected: string, text: string) => ({ op: 'replace' as const, start, end: start + expected.length, expected, text });

describe('page router', () => {
  // The page script's own router (no zod, pageSide.ts) and the zod protocol's router answer alike.
  it.each([
    ['the page script\'s router', createPageSideRouter],
    ['a router of the zod protocol', (h: ReturnType<typeof pageHandlers>) => createRouter(pageProtocol, h)],
  ])('parses every incoming message with one schema and routes it to its handler (%s)', async (_, makeRouter) => {
    const { control, calls } = fakeControl();
    const write = createWriter(session, { ready: async () => {} }, () => {});
    const router = makeRouter(pageHandlers(session, control, write));
    expect(router.parse({ type: 'panel.toggle' })).not.toBeNull();
    expect(router.parse({ type: 'page.read' })).toBeNull();
    expect(router.parse({ type: 'panel.layout', width: 5000 })).toBeNull();
    expect(await router.dispatch(router.parse({ type: 'panel.toggle' })!)).toEqual({ ok: true, data: null });
    expect(await router.dispatch(router.parse({ type: 'panel.layout', width: 400 })!)).toEqual({ ok: true, data: { side: 'left', width: 400, collapsed: false } });
    expect(await router.dispatch(router.parse({ type: 'page.pick', target: 'customer' })!)).toEqual({ ok: true, data: true });
    expect(calls).toEqual(['toggle', 'layout:400', 'pick:customer']);
    const at = DRAFT.indexOf('until');
    const reply = await router.dispatch(router.parse({ type: 'page.write', write: replace(at, 'until', 'by'), draftVersion: session.draft.version })!);
    expect(reply).toMatchObject({ ok: true, data: { ok: true } });
    expect(textarea.value).toBe(DRAFT.replace('until', 'by'));
  });
});

describe('writes and the draft version', () => {
  const write = () => createWriter(session, { ready: async () => {} }, () => {});

  it('applies a write computed on the current version at its span', async () => {
    const at = DRAFT.indexOf("can't");
    const res = await write()(replace(at, "can't", 'can'), session.draft.version);
    expect(res).toMatchObject({ ok: true });
    expect(res.relocated).toBeUndefined();
    expect(textarea.value).toBe(DRAFT.replace("can't", 'can'));
  });

  it('relocates a write computed on an older version when the agent typed before the span', async () => {
    const version = session.draft.version;
    const at = DRAFT.indexOf('until');
    textarea.value = `Hi Dana! ${DRAFT}`;
    const res = await write()(replace(at, 'until', 'by'), version);
    expect(res).toMatchObject({ ok: true, relocated: true });
    expect(textarea.value).toBe(`Hi Dana! ${DRAFT.replace('until', 'by')}`);
    expect(session.draft.version).toBe(version + 1);
  });

  it('refuses a write computed on an older version when its text is gone', async () => {
    const version = session.draft.version;
    const at = DRAFT.indexOf('until');
    textarea.value = DRAFT.replace('until', 'before');
    const res = await write()(replace(at, 'until', 'by'), version);
    expect(res).toEqual({ ok: false, strategy: 'version', error: STALE_REFUSED });
    expect(textarea.value).toBe(DRAFT.replace('until', 'before'));
  });

  it('refuses a write on the current version whose span does not hold its text', () => {
    expect(checkVersion(replace(0, 'Bye', 'x'), DRAFT, true)).toEqual({ refused: true, relocated: false });
    expect(checkVersion({ op: 'insert', text: 'x' }, DRAFT, true)).toEqual({ refused: false, relocated: false });
    expect(checkVersion({ op: 'replaceMany', edits: [replace(0, 'Hello', 'Hi'), replace(7, 'I', 'We')] }, DRAFT, true)).toEqual({ refused: false, relocated: false });
  });
});

describe('publisher', () => {
  it('sends the draft and the context apart, and the context only when it changed', () => {
    const events: PageEvent[] = [];
    const pub = createPublisher(session, { onContextRead: () => {} });
    pub.add({ post: (e) => events.push(e) });
    expect(events.map((e) => e.type)).toEqual(['page.context', 'page.draft']);
    events.length = 0;
    textarea.value = `${DRAFT} Thanks`;
    pub.draft();
    expect(events).toEqual([{ type: 'page.draft', draft: { text: `${DRAFT} Thanks`, version: session.draft.version, quotes: [] } }]);
    events.length = 0;
    pub.context();
    expect(events).toEqual([]);
    document.querySelector('article')!.textContent = 'Where is my lamp? It is late.';
    pub.context();
    expect(events.map((e) => e.type)).toEqual(['page.context']);
    pub.context(true);
    expect(events.length).toBe(2);
  });
});

describe('publisher and writer together', () => {
  it('still sends a draft the writer read first (the agent typed, then clicked before the next frame)', async () => {
    const events: PageEvent[] = [];
    const pub = createPublisher(session, { onContextRead: () => {} });
    pub.add({ post: (e) => events.push(e) });
    const version = session.draft.version;
    events.length = 0;
    textarea.value = DRAFT.replace('until', 'before');
    const res = await createWriter(session, { ready: async () => {} }, () => pub.draft())(replace(DRAFT.indexOf('until'), 'until', 'by'), version);
    expect(res.ok).toBe(false);
    expect(events).toEqual([{ type: 'page.draft', draft: { text: DRAFT.replace('until', 'before'), version: version + 1, quotes: [] } }]);
  });
});
