// @vitest-environment jsdom
/**
 * The clickjacking guard's decisions (issue 15, item 3): the panel's IOv2 tracker with a fake
 * observer and clock, the page script's settle time, and the host styles that hide our frame.
 * The real thing against a hostile page is tests/e2e/clickjacking.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { createVisibilityTracker, pageRefusal } from '../../../entrypoints/panel/clickGuard.ts';
import { createVisibilityWatch, styleProblem } from '../../../entrypoints/tactful-page/visibility.ts';
import { PANEL_SETTLE_MS } from '../../../lib/messaging/protocol.ts';

/** A document whose window has an IntersectionObserver we drive by hand (with or without IOv2). */
function fakeDoc(v2: boolean) {
  let report: ((visible: boolean) => void) | null = null;
  let options: IntersectionObserverInit & { trackVisibility?: boolean; delay?: number } = {};
  const doc = document.implementation.createHTMLDocument('panel');
  class Entry {}
  if (v2) Object.defineProperty(Entry.prototype, 'isVisible', { get: () => false });
  class IO {
    constructor(cb: (e: unknown[]) => void, o: typeof options) {
      options = o;
      report = (visible) => cb([{ isVisible: visible }]);
    }
    observe() {}
    disconnect() {}
  }
  const win = Object.assign(Object.create(window), { IntersectionObserver: IO, IntersectionObserverEntry: Entry, setTimeout: () => 0, clearTimeout: () => {}, addEventListener() {}, removeEventListener() {} });
  Object.defineProperty(doc, 'defaultView', { value: win });
  return { doc, see: (visible: boolean) => report!(visible), options: () => options };
}

describe('panel visibility tracker (IntersectionObserver v2)', () => {
  it('asks for visibility tracking with a delay of at least 100 ms', () => {
    const f = fakeDoc(true);
    const t = createVisibilityTracker(f.doc, () => 0);
    expect(t.trackingVisibility).toBe(true);
    expect(f.options()).toMatchObject({ trackVisibility: true });
    expect(f.options().delay).toBeGreaterThanOrEqual(100);
  });

  it('refuses while hidden or covered, and for the settle time after it became visible or moved', () => {
    let now = 1000;
    const f = fakeDoc(true);
    const t = createVisibilityTracker(f.doc, () => now);
    expect(t.refusal()).toBe('hidden'); // nothing reported yet
    f.see(true);
    expect(t.refusal()).toBe('settling');
    now += PANEL_SETTLE_MS;
    expect(t.refusal()).toBeNull();
    f.see(false); // the page made it transparent or covered it
    expect(t.refusal()).toBe('hidden');
    f.see(true);
    now += PANEL_SETTLE_MS - 1;
    expect(t.refusal()).toBe('settling');
    now += 1;
    expect(t.refusal()).toBeNull();
    t.moved();
    expect(t.refusal()).toBe('settling');
    now += PANEL_SETTLE_MS;
    expect(t.refusal()).toBeNull();
  });

  it('without IOv2 (Firefox) only the settle time is judged here; the page check decides visibility', () => {
    let now = 0;
    const f = fakeDoc(false);
    const t = createVisibilityTracker(f.doc, () => now);
    expect(t.trackingVisibility).toBe(false);
    expect(t.refusal()).toBe('settling');
    now += PANEL_SETTLE_MS;
    expect(t.refusal()).toBeNull();
    expect(pageRefusal({ visible: false, reason: 'opacity 0 on <div>', settledMs: 5000 })).toBe('hidden');
    expect(pageRefusal(null)).toBe('hidden');
    expect(pageRefusal({ visible: true, settledMs: PANEL_SETTLE_MS - 1 })).toBe('settling');
    expect(pageRefusal({ visible: true, settledMs: PANEL_SETTLE_MS })).toBeNull();
  });
});

describe('page-side frame check', () => {
  function mountWrapper() {
    document.body.innerHTML = '<div id="outer"><div data-tactful="panel"><iframe></iframe></div></div>';
    return document.querySelector<HTMLElement>('[data-tactful="panel"]')!;
  }

  it('names the host style that hides the frame: opacity, filter, transform, visibility', () => {
    const wrapper = mountWrapper();
    const iframe = wrapper.querySelector('iframe')!;
    expect(styleProblem(iframe, window)).toBeNull();
    wrapper.style.setProperty('opacity', '0');
    expect(styleProblem(iframe, window)).toMatch(/^opacity 0 on <div/);
    wrapper.style.removeProperty('opacity');
    document.getElementById('outer')!.style.setProperty('filter', 'blur(2px)');
    expect(styleProblem(iframe, window)).toMatch(/^filter on <div#outer>/);
    document.getElementById('outer')!.style.removeProperty('filter');
    document.body.style.setProperty('transform', 'scale(0.1)');
    expect(styleProblem(iframe, window)).toMatch(/^transform on <body>/);
    document.body.style.removeProperty('transform');
    iframe.style.setProperty('visibility', 'hidden');
    expect(styleProblem(iframe, window)).toMatch(/^hidden by <iframe>/);
  });

  it('restarts the settle time when the page moves our wrapper, not when the same styles are applied again', async () => {
    const wrapper = mountWrapper();
    // jsdom lays nothing out: the wrapper's box follows its inline left.
    wrapper.getBoundingClientRect = () => ({ left: Number.parseFloat(wrapper.style.left || '0'), top: 0, width: 360, height: 800 }) as DOMRect;
    let now = 0;
    let told = 0;
    const watch = createVisibilityWatch(document, () => wrapper, () => told++, () => now);
    watch.moved();
    now = 5000;
    expect(watch.check().settledMs).toBe(5000);
    wrapper.style.setProperty('z-index', '2147483646'); // re-applied, same place
    await new Promise((r) => setTimeout(r, 0));
    expect(watch.check().settledMs).toBe(5000);
    wrapper.style.setProperty('left', '300px'); // the page slides the frame under the pointer
    await new Promise((r) => setTimeout(r, 0));
    expect(watch.check().settledMs).toBe(0);
    expect(told).toBe(2);
    watch.stop();
  });

  it('counts the frame appearing as a move, without being told', async () => {
    document.body.innerHTML = '';
    let wrapper: HTMLElement | null = null;
    let now = 0;
    let told = 0;
    const watch = createVisibilityWatch(document, () => wrapper, () => told++, () => now);
    now = 9000;
    expect(watch.check()).toMatchObject({ visible: false, reason: 'not shown' });
    wrapper = document.createElement('div');
    wrapper.innerHTML = '<iframe></iframe>';
    document.documentElement.append(wrapper); // where the frame mounts: the end of <html>
    await new Promise((r) => setTimeout(r, 0));
    expect(told).toBe(1);
    now = 9100;
    expect(watch.check().settledMs).toBe(100);
    watch.stop();
  });
});
