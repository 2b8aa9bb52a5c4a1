import { describe, expect, it } from 'vitest';
import { clearance } from '../../../entrypoints/tactful-page/frame.ts';

const layout = { side: 'right' as const, width: 360, collapsed: false };
const rect = (left: number, right: number) => ({ left, right, width: right - left, height: 100 });

describe('frame clearance', () => {
  it('keeps the layout when the editor is clear of the panel, or not rendered', () => {
    expect(clearance(layout, rect(20, 800), 1280)).toBe(layout);
    expect(clearance(layout, { left: 0, right: 0, width: 0, height: 0 }, 1280)).toBe(layout);
  });
  it('moves to the other side, then shrinks to the free room, then collapses', () => {
    expect(clearance(layout, rect(400, 1100), 1280)).toEqual({ ...layout, side: 'left' });
    expect(clearance(layout, rect(300, 990), 1280)).toEqual({ ...layout, width: 290 });
    expect(clearance(layout, rect(100, 1200), 1280)).toEqual({ ...layout, collapsed: true });
  });
});
