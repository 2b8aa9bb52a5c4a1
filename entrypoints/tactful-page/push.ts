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

/** A pushed page, and its undo. */
export interface PushedPage {
  undo(): void;
}

/** Elements looked at under each node the page adds while pushed (a launcher comes with its insides). */
const MAX_ADDED = 200;

/** Points probed across the strip for fixed elements: every this many pixels across and down (a 48 px chat launcher is found). */
const PROBE_STEP = 24;

const important = (el: HTMLElement, k: string, v: string) => el.style.setProperty(k, v, 'important');

/** Each element's style attribute as it was before its first change, in the order they were changed. */
type Saved = Map<Element, string | null>;

function restore(saved: Saved) {
  for (const [el, style] of [...saved].reverse()) {
    if (style === null) el.removeAttribute('style');
    else el.setAttribute('style', style);
  }
}

/** Elements of the page (not ours, not <html> or <body>) at points every PROBE_STEP down the columns `xs`. */
function elementsAt(doc: Document, xs: number[], isOwn: (el: Element) => boolean): Set<HTMLElement> {
  const found = new Set<HTMLElement>();
  const height = doc.defaultView!.innerHeight;
  for (let y = 1; y < height; y += PROBE_STEP) {
    for (const x of xs) {
      for (const el of doc.elementsFromPoint(x, y)) {
        if (!isOwn(el) && el !== doc.documentElement && el !== doc.body) found.add(el as HTMLElement);
      }
    }
  }
  return found;
}

/** Moves or narrows one fixed-position element of the page that reaches into the strip. */
function moveOut(el: HTMLElement, side: Layout['side'], width: number, vw: number, saved: Saved) {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  if (style.position !== 'fixed') return;
  const r = el.getBoundingClientRect();
  const to = fixedElementSpan({ left: r.left, right: r.right }, side, width, vw);
  if (!to) return;
  const marginLeft = parseFloat(style.marginLeft) || 0;
  if (!saved.has(el)) saved.set(el, el.getAttribute('style'));
  important(el, 'left', `${to.left - marginLeft}px`);
  important(el, 'right', 'auto');
  important(el, 'box-sizing', 'border-box');
  important(el, 'width', `${to.right - to.left}px`);
  important(el, 'max-width', `${to.right - to.left}px`);
}

/** The page's fixed-position elements that reach into the strip, found by probing it (not by walking the whole page). */
function moveFixed(doc: Document, side: Layout['side'], width: number, vw: number, isOwn: (el: Element) => boolean, saved: Saved) {
  const x0 = side === 'right' ? vw - width : 0;
  const xs: number[] = [];
  for (let x = x0 + 1; x < x0 + width; x += PROBE_STEP) xs.push(x);
  xs.push(x0 + width - 2);
  for (const el of elementsAt(doc, xs, isOwn)) moveOut(el, side, width, vw, saved);
}

/**
 * Fixed elements the page adds while it is pushed (a chat launcher, a notice bar) move out too.
 * Only the added nodes are looked at, not the strip: the page's other changes cost nothing here.
 */
function watchAdded(doc: Document, side: Layout['side'], width: number, vw: number, isOwn: (el: Element) => boolean, saved: Saved): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1 || isOwn(node as Element)) continue;
        const el = node as HTMLElement;
        for (const e of [el, ...Array.from(el.querySelectorAll<HTMLElement>('*')).slice(0, MAX_ADDED)]) moveOut(e, side, width, vw, saved);
      }
    }
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  return observer;
}

/**
 * Narrows what the narrower page does not hold: elements sized to the window ("width: 100vw")
 * stay as wide as the window after the push, and run under the panel (right) or off the window
 * (left). Each one that reaches past the page's new right edge while its parent does not is
 * limited to the room it has; its children reflow inside it, outermost first.
 */
function clampOverflow(doc: Document, side: Layout['side'], width: number, vw: number, isOwn: (el: Element) => boolean, saved: Saved) {
  const pageRight = side === 'right' ? vw - width : vw;
  const win = doc.defaultView!;
  const depth = (el: Element) => {
    let d = 0;
    for (let p = el.parentElement; p; p = p.parentElement) d++;
    return d;
  };
  const candidates = [...elementsAt(doc, [pageRight - 2], isOwn)].sort((a, b) => depth(a) - depth(b));
  for (const el of candidates) {
    if (win.getComputedStyle(el).position === 'fixed') continue;
    const r = el.getBoundingClientRect();
    const parent = el.parentElement;
    const parentRight = !parent || parent === doc.body || parent === doc.documentElement ? pageRight : parent.getBoundingClientRect().right;
    if (r.right <= pageRight + 0.5 || parentRight > pageRight + 0.5 || r.left >= pageRight) continue;
    if (!saved.has(el)) saved.set(el, el.getAttribute('style'));
    important(el, 'box-sizing', 'border-box');
    important(el, 'max-width', `${Math.floor(pageRight - r.left)}px`);
  }
}

/** Narrows the page by `width` on `side`. */
export function pushPage(doc: Document, side: Layout['side'], width: number, isOwn: (el: Element) => boolean): PushedPage {
  const html = doc.documentElement;
  const vw = viewportWidth(doc);
  const saved: Saved = new Map([[html, html.getAttribute('style')]]);
  important(html, side === 'right' ? 'margin-right' : 'margin-left', `${width}px`);
  important(html, 'max-width', `calc(100% - ${width}px)`);
  moveFixed(doc, side, width, vw, isOwn, saved);
  clampOverflow(doc, side, width, vw, isOwn, saved);
  const added = watchAdded(doc, side, width, vw, isOwn, saved);
  return {
    undo: () => {
      added.disconnect();
      restore(saved);
    },
  };
}

/** The width fixed elements are laid out in: the window without its vertical scroll bar. */
export function viewportWidth(doc: Document): number {
  // In quirks mode the root element's clientWidth is its own; the window's is then the best measure.
  return doc.compatMode === 'BackCompat' ? (doc.defaultView?.innerWidth ?? 0) : doc.documentElement.clientWidth;
}
