/**
 * Clickjacking defence, page side: is the panel's frame really shown, and has it kept still long
 * enough for the agent to have aimed at what they clicked? The panel asks before every write or
 * record ('panel.visibility'); it also watches itself with IntersectionObserver v2 where the
 * browser has it (entrypoints/panel/clickGuard.ts). This side covers what the panel cannot see
 * from inside its iframe: the host page's styles on our wrapper and its ancestors, elements
 * stacked over it, and when the frame last moved or changed size. Firefox has no IOv2, so there
 * this check is the whole defence (see README "Clicks only when the panel is visible").
 *
 * A decoy with `pointer-events: none` is invisible to elementFromPoint, so elements are also
 * scanned for a stacking order above ours (z-index, top layer), whatever their pointer events.
 */
import type { FrameVisibility } from '../../lib/messaging/protocol.ts';
import { PANEL_SETTLE_MS } from '../../lib/messaging/serve.ts';

export { PANEL_SETTLE_MS };

/** Our wrapper's z-index (frame.ts); anything at or above it, later in the page, paints over us. */
const OUR_Z = 2147483646;
/** A scan of a huge page stops here; past it the page is not trusted to be clear of us. */
const MAX_SCANNED = 30_000;

export interface VisibilityWatch {
  /** The frame moved or changed size: clicks wait PANEL_SETTLE_MS again (appearing is seen by itself). */
  moved(): void;
  /** What the panel asks before acting on a click. */
  check(): FrameVisibility;
  stop(): void;
}

type Rect = { left: number; top: number; width: number; height: number };
const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
};
const sameRect = (a: Rect | null, b: Rect) => !!a && a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;

/**
 * `doc`: where the frame is mounted (as the last child of <html>); watching its children finds the
 * frame the moment it appears, without the page script having to tell.
 */
export function createVisibilityWatch(doc: Document, wrapperOf: () => HTMLElement | null, onMove: () => void = () => {}, now = () => performance.now()): VisibilityWatch {
  let movedAt = now();
  const bump = () => {
    movedAt = now();
    onMove();
  };
  // Re-applying the same styles is no move: only a change of place or size restarts the wait.
  const rectChanged = () => {
    if (!watched) return false;
    const r = rectOf(watched);
    const changed = !!lastRect && !sameRect(lastRect, r);
    lastRect = r;
    return changed;
  };
  const onMaybeMoved = () => rectChanged() && bump();
  let watched: HTMLElement | null = null;
  let lastRect: Rect | null = null;
  let mutations: MutationObserver | null = null;
  let sizes: ResizeObserver | null = null;
  const onResize = onMaybeMoved;

  const watch = (wrapper: HTMLElement | null) => {
    if (wrapper === watched) return;
    unwatch();
    watched = wrapper;
    // The first place is taken when the ResizeObserver first reports (after the browser's own
    // layout) or at the first check: reading it here, just after the frame went in, would make the
    // host page lay out at once. Appearing already counts as a move.
    lastRect = null;
    if (!wrapper) return;
    const win = wrapper.ownerDocument.defaultView ?? window;
    // The page may restyle or move our wrapper and iframe at any time: each change restarts the wait.
    mutations = new win.MutationObserver(onMaybeMoved);
    mutations.observe(wrapper, { attributes: true, subtree: true });
    if (typeof win.ResizeObserver === 'function') {
      sizes = new win.ResizeObserver(onMaybeMoved);
      sizes.observe(wrapper);
    }
    win.addEventListener('resize', onResize);
  };
  const unwatch = () => {
    mutations?.disconnect();
    sizes?.disconnect();
    watched?.ownerDocument.defaultView?.removeEventListener('resize', onResize);
    mutations = sizes = null;
    watched = null;
  };

  // The frame appearing (or coming back) counts as a move.
  const mounts = new (doc.defaultView ?? window).MutationObserver(() => {
    const wrapper = wrapperOf();
    if (wrapper === watched) return;
    watch(wrapper);
    if (wrapper) bump();
  });
  mounts.observe(doc.documentElement, { childList: true });

  return {
    moved() {
      watch(wrapperOf());
      bump();
    },
    check() {
      const wrapper = wrapperOf();
      watch(wrapper);
      if (!wrapper?.isConnected) return { visible: false, reason: 'not shown', settledMs: 0 };
      // A move made by a stylesheet leaves no mutation on our elements: the rect tells.
      if (rectChanged()) bump();
      const reason = obscured(wrapper);
      return { visible: !reason, ...(reason ? { reason } : {}), settledMs: Math.max(0, Math.round(now() - movedAt)) };
    },
    stop() {
      mounts.disconnect();
      unwatch();
    },
  };
}

/** Why the frame cannot be seen as it is, or null when nothing hides or covers it. */
export function obscured(wrapper: HTMLElement): string | null {
  const doc = wrapper.ownerDocument;
  const win = doc.defaultView;
  if (!win) return 'no window';
  const iframe = wrapper.querySelector('iframe');
  if (!iframe) return 'no frame';
  const styled = styleProblem(iframe, win);
  if (styled) return styled;
  const box = wrapper.getBoundingClientRect();
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const left = Math.max(0, box.left);
  const top = Math.max(0, box.top);
  const right = Math.min(vw, box.right);
  const bottom = Math.min(vh, box.bottom);
  if (right - left < 20 || bottom - top < 20) return 'off screen';
  const clip = { left, top, right, bottom };
  return hitProblem(doc, wrapper, clip) ?? stackProblem(doc, wrapper, clip);
}

/** Opacity, filters, transforms, clipping or hiding on the iframe or any ancestor. */
export function styleProblem(el: Element, win: Window): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cs = win.getComputedStyle(e);
    if (cs.display === 'none' || (cs.visibility !== '' && cs.visibility !== 'visible') || cs.contentVisibility === 'hidden') return `hidden by ${describe(e)}`;
    if (cs.opacity !== '' && Number(cs.opacity) < 1) return `opacity ${cs.opacity} on ${describe(e)}`;
    if (cs.filter && cs.filter !== 'none') return `filter on ${describe(e)}`;
    if (cs.transform && cs.transform !== 'none') return `transform on ${describe(e)}`;
    if (cs.clipPath && cs.clipPath !== 'none') return `clip-path on ${describe(e)}`;
    const mask = cs.getPropertyValue('mask-image') || cs.getPropertyValue('-webkit-mask-image');
    if (mask && mask !== 'none') return `mask on ${describe(e)}`;
    if (cs.mixBlendMode && cs.mixBlendMode !== 'normal') return `blend mode on ${describe(e)}`;
  }
  return null;
}

/** Something that takes clicks sits over part of the frame. */
function hitProblem(doc: Document, wrapper: HTMLElement, c: { left: number; top: number; right: number; bottom: number }): string | null {
  if (typeof doc.elementFromPoint !== 'function') return null; // no layout (a test DOM)
  const xs = [c.left + 2, (c.left + c.right) / 2, c.right - 3];
  const ys = [c.top + 2, (c.top + c.bottom) / 2, c.bottom - 3];
  for (const x of xs) {
    for (const y of ys) {
      const hit = doc.elementFromPoint(x, y);
      if (hit && !wrapper.contains(hit) && hit !== wrapper) return `covered by ${describe(hit)}`;
    }
  }
  return null;
}

/** Elements painted above us whatever their pointer events: top layer, or a z-index at or over ours. */
function stackProblem(doc: Document, wrapper: HTMLElement, c: { left: number; top: number; right: number; bottom: number }): string | null {
  const win = doc.defaultView!;
  const all = doc.getElementsByTagName('*');
  if (all.length > MAX_SCANNED) return 'page too large to check';
  let after = false;
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el === wrapper) {
      after = true;
      continue;
    }
    if (wrapper.contains(el) || el.contains(wrapper) || el.localName === 'tactful-picker') continue;
    if (!aboveUs(el, win, after)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top) return `covered by ${describe(el)}`;
  }
  return null;
}

function aboveUs(el: Element, win: Window, afterUs: boolean): boolean {
  try {
    if (el.matches(':modal') || el.matches(':popover-open') || el.matches(':fullscreen')) return true;
  } catch {
    // an engine without one of these pseudo-classes has no such top layer
  }
  const cs = win.getComputedStyle(el);
  if (cs.position === 'static' || cs.display === 'none' || cs.visibility !== 'visible') return false;
  const z = Number.parseInt(cs.zIndex, 10);
  return Number.isFinite(z) && (z > OUR_Z || (z === OUR_Z && afterUs));
}

function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : '';
  return `<${el.localName}${id}${cls}>`.slice(0, 80);
}
