/**
 * The clickjacking watch takes the frame's first place without making the host page lay out right
 * after the frame went in (issue 11, panel open): from the ResizeObserver's first report, or the
 * first check. A move after that still restarts the settle time.
 */
import { describe, expect, it, vi } from 'vitest';
import { createVisibilityWatch } from '../../../entrypoints/tactful-page/visibility.ts';

describe('the visibility watch at mount', () => {
  it('reads no layout when the frame appears, and still sees a later move', async () => {
    document.body.innerHTML = '';
    let wrapper: HTMLElement | null = null;
    let now = 0;
    let told = 0;
    const watch = createVisibilityWatch(document, () => wrapper, () => told++, () => now);
    wrapper = document.createElement('div');
    wrapper.innerHTML = '<iframe></iframe>';
    let left = 0;
    const rect = vi.fn(() => ({ left, top: 0, width: 360, height: 800 }) as DOMRect);
    wrapper.getBoundingClientRect = rect;
    document.documentElement.append(wrapper);
    await new Promise((r) => setTimeout(r, 0));
    expect(told).toBe(1); // appearing is a move
    expect(rect).not.toHaveBeenCalled();

    now = 1000;
    expect(watch.check().settledMs).toBe(1000); // the first place, taken now
    left = 300; // a stylesheet slides the frame: no mutation on our elements
    now = 1500;
    expect(watch.check().settledMs).toBe(0);
    expect(told).toBe(2);
    watch.stop();
    wrapper.remove();
  });
});
