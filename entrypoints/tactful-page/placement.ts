/**
 * Where the panel goes, decided from measurements alone (no DOM here, so it is unit-tested):
 * the panel is a full-height strip at one side of the viewport, so anything of the page that
 * reaches into that strip horizontally (the reply box, the page's toolbars, menus, Send) would be
 * under it at some scroll position. When nothing does, the panel floats beside the page; when
 * something does, it pushes the page (the page's layout gets narrower by the panel's width, the
 * way the browser's own sidebars do). The agent's side and width are kept; only a window too
 * narrow for both the page and the panel makes the panel narrower than asked.
 */
import type { Layout } from '../../lib/messaging/protocol.ts';

/** auto: float when the strip is clear, push when it is not; push: always push; side: the browser's side panel. */
export type Placement = 'auto' | 'push' | 'side';

/** A horizontal extent in viewport pixels. */
export interface Span {
  left: number;
  right: number;
}

export interface FramePlan {
  side: Layout['side'];
  /** The frame's real width: the collapsed tab's, or the panel's after the window's limit. */
  width: number;
  collapsed: boolean;
  /** The page is narrowed by `width` on `side`. */
  pushed: boolean;
}

/** The collapsed tab: small, but wide enough for a readable vertical label and a count. */
export const TAB_WIDTH = 32;
export const TAB_HEIGHT = 128;
export const MIN_PANEL_WIDTH = 240;
/** The page keeps at least this much width when the panel pushes it. */
export const MIN_PAGE_WIDTH = 560;

/** The width slider's step: a narrowed panel takes a width the slider can show. */
export const WIDTH_STEP = 20;

/** The panel's width in a window `viewportWidth` wide: as asked, unless the page would get too little. */
export function panelWidthFor(asked: number, viewportWidth: number): number {
  const room = Math.max(MIN_PANEL_WIDTH, Math.floor((viewportWidth - MIN_PAGE_WIDTH) / WIDTH_STEP) * WIDTH_STEP);
  return Math.round(Math.max(MIN_PANEL_WIDTH, Math.min(asked, room)));
}

/** True when `span` reaches into the strip `width` wide at `side` of the viewport. */
export function reachesStrip(span: Span, side: Layout['side'], width: number, viewportWidth: number): boolean {
  if (span.right - span.left <= 0) return false;
  return side === 'right' ? span.right > viewportWidth - width && span.left < viewportWidth : span.left < width && span.right > 0;
}

/**
 * The frame for `layout` given the page's obstacles measured without the panel (the reply box
 * and the page's primary controls) in a viewport `viewportWidth` wide.
 */
export function planFrame(layout: Layout, placement: Placement, obstacles: readonly Span[], viewportWidth: number): FramePlan {
  const collapsed = layout.collapsed || placement === 'side';
  const width = collapsed ? TAB_WIDTH : panelWidthFor(layout.width, viewportWidth);
  const pushed = placement === 'push' || obstacles.some((o) => reachesStrip(o, layout.side, width, viewportWidth));
  return { side: layout.side, width, collapsed, pushed };
}

/**
 * Where a fixed-position element of the page goes when the page is pushed, so the panel does not
 * cover it either: one that starts outside the strip ends where the strip starts; one wholly in
 * the strip moves out by the strip's width. Null when it does not reach into the strip.
 */
export function fixedElementSpan(rect: Span, side: Layout['side'], width: number, viewportWidth: number): Span | null {
  if (!reachesStrip(rect, side, width, viewportWidth)) return null;
  if (side === 'right') {
    const edge = viewportWidth - width;
    return rect.left < edge ? { left: rect.left, right: edge } : { left: rect.left - width, right: rect.right - width };
  }
  return rect.right > width ? { left: width, right: rect.right } : { left: rect.left + width, right: rect.right + width };
}
