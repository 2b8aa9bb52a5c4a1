/**
 * The frame re-plans (reads the layout of the reply box and the page's controls) only on layout
 * changes: mount, another editor, another conversation, a side/width/placement change, a window
 * resize, or the reply box changing width. A page change that moves nothing reads no layout
 * (issue 11: every context read used to re-plan, about 500 layout reads while the panel floats).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createFrame, createWidthWatch, type WidthWatchFactory } from '../../../entrypoints/tactful-page/frame.ts';
import { createPublisher } from '../../../entrypoints/tactful-page/publisher.ts';
import { Session } from '../../../entrypoints/tactful-page/session.ts';
import type { PanelConnection } from '../../../lib/messaging/port.ts';

const ctx = { onInvalidated: () => () => {} } as unknown as ContentScriptContext;

/** A width watch driven by hand: `resize(w)` is what a ResizeObserver would report. */
function fakeWidthWatch() {
  let onChange = () => {};
  let watched: Element | null = null;
  const factory: WidthWatchFactory = (_doc, cb) => {
    onChange = cb;
    return { watch: (el) => void (watched = el) };
  };
  return { factory, watched: () => watched, widthChanged: () => onChange() };
}

/** Counts layout reads of the reply box (each plan measures it once). */
function countReads(el: Element) {
  const spy = vi.spyOn(el, 'getBoundingClientRect');
  return () => spy.mock.calls.length;
}

const layout = { side: 'right' as const, width: 360, collapsed: false };

describe('the frame re-plans only on layout changes', () => {
  let reply: HTMLTextAreaElement;
  beforeEach(() => {
    document.body.innerHTML = '<main><p>Thread</p><form><textarea id="reply"></textarea></form></main>';
    reply = document.getElementById('reply') as HTMLTextAreaElement;
  });
  afterEach(() => document.querySelectorAll('[data-tactful]').forEach((e) => e.remove()));

  it('plans at mount, styled before it is in the page, and keeps clear of the editor known before', () => {
    const reads = countReads(reply);
    const frame = createFrame(ctx, document, fakeWidthWatch().factory);
    expect(frame.keepClearOf(reply)).toBeNull(); // not mounted: remembered, not measured
    expect(reads()).toBe(0);
    // The wrapper as it is when it goes into the page: already placed, so its insertion is the only layout change.
    const html = document.documentElement;
    const append = html.append.bind(html);
    let styledWhenInserted = '';
    vi.spyOn(html, 'append').mockImplementation((...nodes) => {
      styledWhenInserted = (nodes[0] as HTMLElement).style.getPropertyValue('position');
      append(...nodes);
    });
    frame.mount(layout);
    expect(reads()).toBeGreaterThan(0);
    expect(frame.plan).toMatchObject({ side: 'right', pushed: false });
    expect(styledWhenInserted).toBe('fixed');
    vi.restoreAllMocks();
  });

  it('a page change that keeps the same editor reads no layout; another editor, a forced change and a navigation do', () => {
    const watch = fakeWidthWatch();
    const frame = createFrame(ctx, document, watch.factory);
    frame.keepClearOf(reply);
    frame.mount(layout);
    const reads = countReads(reply);
    const before = frame.plan;
    // What every debounced context read after a page mutation does.
    for (let i = 0; i < 5; i++) expect(frame.keepClearOf(reply)).toBe(before);
    expect(frame.keepClearOf(null)).toBe(before);
    expect(reads()).toBe(0);

    frame.keepClearOf(reply, true); // a layout change (window resize, another conversation)
    expect(reads()).toBeGreaterThan(0);

    const other = document.createElement('textarea');
    document.body.append(other);
    const otherReads = countReads(other);
    frame.keepClearOf(other);
    expect(otherReads()).toBeGreaterThan(0);
    expect(watch.watched()).toBe(other);
  });

  it("re-plans when the reply box changes width, while floating; a pushed page keeps its push", () => {
    const watch = fakeWidthWatch();
    const frame = createFrame(ctx, document, watch.factory);
    frame.keepClearOf(reply);
    frame.mount(layout);
    expect(watch.watched()).toBe(reply);
    const reads = countReads(reply);
    watch.widthChanged();
    expect(reads()).toBeGreaterThan(0);

    // happy-dom has no hit testing: the push finds no fixed elements of the page to move.
    Object.defineProperty(document, 'elementsFromPoint', { value: () => [], configurable: true });
    frame.setLayout({}, 'push');
    expect(frame.plan?.pushed).toBe(true);
    const afterPush = reads();
    watch.widthChanged(); // the push itself narrows the reply box
    expect(reads()).toBe(afterPush);

    frame.remove();
    expect(watch.watched()).toBeNull();
  });

  it('a re-plan that changes nothing writes no style; a style the page changed is written back, and a new plan is applied', async () => {
    const frame = createFrame(ctx, document, fakeWidthWatch().factory);
    frame.mount(layout);
    const wrapper = frame.wrapper!;
    const iframe = wrapper.querySelector('iframe')!;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(wrapper, { attributes: true, subtree: true });
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0));
      records.push(...observer.takeRecords());
    };

    frame.keepClearOf(reply, true); // the first context read finds the reply box, clear of the strip
    frame.setLayout({});
    await settle();
    expect(records).toEqual([]);

    iframe.style.setProperty('width', '1px', 'important'); // the page restyles our frame
    await settle();
    records.length = 0;
    frame.keepClearOf(reply, true);
    expect(iframe.style.getPropertyValue('width')).toBe('100%');

    frame.setLayout({ collapsed: true });
    expect(wrapper.style.getPropertyValue('width')).toBe('32px');
    observer.disconnect();
  });

  it('a page with the frame taken down measures nothing', () => {
    const frame = createFrame(ctx, document, fakeWidthWatch().factory);
    const reads = countReads(reply);
    expect(frame.keepClearOf(reply, true)).toBeNull();
    expect(frame.setLayout({ width: 400 })).toBeNull();
    expect(reads()).toBe(0);
  });
});

describe('the width watch', () => {
  it('reports a change of width, not the first size nor a change of height alone', () => {
    let cb: ((entries: unknown[]) => void) | null = null;
    const observed: Element[] = [];
    class RO {
      constructor(f: (entries: unknown[]) => void) {
        cb = f;
      }
      observe(el: Element) {
        observed.push(el);
      }
      disconnect() {}
    }
    const doc = document.implementation.createHTMLDocument('x');
    Object.defineProperty(doc, 'defaultView', { value: { ResizeObserver: RO } });
    const changes: number[] = [];
    const watch = createWidthWatch(doc, () => changes.push(1));
    const el = doc.createElement('div');
    watch.watch(el);
    expect(observed).toEqual([el]);
    const size = (inlineSize: number, blockSize = 100) => cb!([{ borderBoxSize: [{ inlineSize, blockSize }], contentRect: { width: inlineSize } }]);
    size(600);
    expect(changes).toHaveLength(0);
    size(600, 180);
    expect(changes).toHaveLength(0);
    size(900);
    expect(changes).toHaveLength(1);
  });
});

describe('the publisher tells the frame about navigation', () => {
  it('reports a changed address after a context read, and not on the first read', () => {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    let url = 'https://support.example.com/t/1';
    const session = new Session(document, () => url);
    const reads: [string | null, boolean][] = [];
    const publisher = createPublisher(session, { onContextRead: (editor, navigated) => reads.push([editor?.id ?? null, navigated]) });
    const panel = { post() {} } as unknown as PanelConnection;
    publisher.add(panel);
    publisher.context();
    url = 'https://support.example.com/t/2';
    publisher.context();
    publisher.context();
    expect(reads).toEqual([
      ['reply', false],
      ['reply', false],
      ['reply', true],
      ['reply', false],
    ]);
  });
});
