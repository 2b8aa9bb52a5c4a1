// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixedElementSpan, MIN_PAGE_WIDTH, panelWidthFor, planFrame, reachesStrip, TAB_WIDTH } from '../../../entrypoints/tactful-page/placement.ts';

// Issue 14: the panel no longer moves sides, shrinks to the free room or collapses by itself when
// it would cover the reply box (that drew the full panel in a 44 px strip over the editor); it
// keeps the agent's side and width and pushes the page instead.
const layout = { side: 'right' as const, width: 360, collapsed: false };
const span = (left: number, right: number) => ({ left, right });

describe('frame placement', () => {
  it('floats beside the page when nothing reaches into its strip', () => {
    expect(planFrame(layout, 'auto', [span(20, 800), span(0, 900)], 1280)).toEqual({ side: 'right', width: 360, collapsed: false, pushed: false });
    expect(planFrame({ ...layout, side: 'left' }, 'auto', [span(400, 1200)], 1280).pushed).toBe(false);
  });
  it('pushes the page, on the same side and at the same width, when the reply box or a control reaches into the strip', () => {
    expect(planFrame(layout, 'auto', [span(300, 1260)], 1366)).toEqual({ side: 'right', width: 360, collapsed: false, pushed: true });
    expect(planFrame(layout, 'auto', [span(20, 800), span(1300, 1340)], 1366).pushed).toBe(true);
    expect(planFrame({ ...layout, side: 'left' }, 'auto', [span(100, 500)], 1366)).toEqual({ side: 'left', width: 360, collapsed: false, pushed: true });
  });
  it('ignores elements that are not rendered', () => {
    expect(planFrame(layout, 'auto', [span(1200, 1200)], 1280).pushed).toBe(false);
  });
  it('always pushes when the agent chose push', () => {
    expect(planFrame(layout, 'push', [], 1280).pushed).toBe(true);
  });
  it('collapses to a small tab, which pushes only its own width when needed', () => {
    expect(planFrame({ ...layout, collapsed: true }, 'auto', [span(0, 1280)], 1280)).toEqual({ side: 'right', width: TAB_WIDTH, collapsed: true, pushed: true });
    expect(planFrame({ ...layout, collapsed: true }, 'auto', [span(0, 1200)], 1280).pushed).toBe(false);
    expect(planFrame(layout, 'side', [], 1280)).toMatchObject({ collapsed: true, width: TAB_WIDTH });
  });
  it('narrows the panel only when the window leaves the page too little', () => {
    expect(panelWidthFor(360, 1366)).toBe(360);
    expect(panelWidthFor(720, 1024)).toBe(460); // 1024 - 560 = 464, down to the slider's step
    expect(panelWidthFor(720, 1366)).toBe(720);
    expect(panelWidthFor(720, 1100)).toBe(540);
    expect(panelWidthFor(360, 600)).toBe(240);
    expect(planFrame({ ...layout, width: 720 }, 'auto', [span(0, 1024)], 1024).width).toBe(460);
  });
  it('tells which spans reach into the strip on each side', () => {
    expect(reachesStrip(span(800, 920), 'right', 360, 1280)).toBe(false);
    expect(reachesStrip(span(900, 921), 'right', 360, 1280)).toBe(true);
    expect(reachesStrip(span(360, 500), 'left', 360, 1280)).toBe(false);
    expect(reachesStrip(span(359, 500), 'left', 360, 1280)).toBe(true);
  });
  it('narrows a fixed element that runs into the strip and moves one that is inside it', () => {
    expect(fixedElementSpan(span(0, 1280), 'right', 360, 1280)).toEqual(span(0, 920));
    expect(fixedElementSpan(span(1200, 1260), 'right', 360, 1280)).toEqual(span(840, 900));
    expect(fixedElementSpan(span(0, 1280), 'left', 360, 1280)).toEqual(span(360, 1280));
    expect(fixedElementSpan(span(20, 80), 'left', 360, 1280)).toEqual(span(380, 440));
    expect(fixedElementSpan(span(0, 800), 'right', 360, 1280)).toBeNull();
  });
});
