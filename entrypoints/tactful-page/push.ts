/**
 * Pushing the page: its layout viewport gets narrower by the panel's width, the way the
 * browser's own sidebars make room. The <html> element takes a margin on the panel's side and a
 * matching max-width, so everything in the page's flow reflows into the rest. Fixed-position
 * elements (top bars, chat launchers, floating Send bars) are laid out against the window, not
 * <html>, so each one that reaches into the panel's strip is narrowed or moved out of it. Every
 * style touched is written back exactly as it was when the push is undone.
 */
import type { Layout } from '../../lib/messaging/protocol.ts';
import { fixedElementSpan } from './placement.ts';

interface Saved {
  el: Element;
  style: string | null;
}

/** Points probed across the strip for fixed elements: every this many pixels across and down (a 48 px chat launcher is found). */
const PROBE_STEP = 24;

const important = (el: HTMLElement, k: string, v: string) => el.style.setProperty(k, v, 'important');

function restore(saved: Saved[]) {
  for (const { el, style } of saved.reverse()) {
    if (style === null) el.removeAttribute('style');
    else el.setAttribute('style', style);
  }
}

/** The page's fixed-position elements that reach into the strip, found by probing it (not by walking the whole page). */
function fixedInStrip(doc: Document, side: Layout['side'], width: number, vw: number, isOwn: (el: Element) => boolean): HTMLElement[] {
  const win = doc.defaultView!;
  const x0 = side === 'right' ? vw - width : 0;
  const xs: number[] = [];
  for (let x = x0 + 1; x < x0 + width; x += PROBE_STEP) xs.push(x);
  xs.push(x0 + width - 2);
  const found = new Set<HTMLElement>();
  for (let y = 1; y < win.innerHeight; y += PROBE_STEP) {
    for (const x of xs) {
      for (const el of doc.elementsFromPoint(x, y)) {
        if (found.has(el as HTMLElement) || isOwn(el) || el === doc.documentElement || el === doc.body) continue;
        if (win.getComputedStyle(el).position === 'fixed') found.add(el as HTMLElement);
      }
    }
  }
  return [...found];
}

/** Narrows the page by `width` on `side`; returns the undo. */
export function pushPage(doc: Document, side: Layout['side'], width: number, isOwn: (el: Element) => boolean): () => void {
  const html = doc.documentElement;
  const vw = viewportWidth(doc);
  const saved: Saved[] = [{ el: html, style: html.getAttribute('style') }];
  important(html, side === 'right' ? 'margin-right' : 'margin-left', `${width}px`);
  important(html, 'max-width', `calc(100% - ${width}px)`);
  const win = doc.defaultView!;
  for (const el of fixedInStrip(doc, side, width, vw, isOwn)) {
    const r = el.getBoundingClientRect();
    const to = fixedElementSpan({ left: r.left, right: r.right }, side, width, vw);
    if (!to) continue;
    saved.push({ el, style: el.getAttribute('style') });
    const marginLeft = parseFloat(win.getComputedStyle(el).marginLeft) || 0;
    important(el, 'left', `${to.left - marginLeft}px`);
    important(el, 'right', 'auto');
    important(el, 'box-sizing', 'border-box');
    important(el, 'width', `${to.right - to.left}px`);
    important(el, 'max-width', `${to.right - to.left}px`);
  }
  return () => restore(saved);
}

/** The width fixed elements are laid out in: the window without its vertical scroll bar. */
export function viewportWidth(doc: Document): number {
  // In quirks mode the root element's clientWidth is its own; the window's is then the best measure.
  return doc.compatMode === 'BackCompat' ? (doc.defaultView?.innerWidth ?? 0) : doc.documentElement.clientWidth;
}
