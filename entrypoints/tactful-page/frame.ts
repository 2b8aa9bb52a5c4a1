/**
 * The panel's frame in the host page: an extension page in an iframe (the page's scripts cannot
 * read it), mounted at the end of <html>, fixed to one side. Where it goes is planned in
 * placement.ts from what the page must keep in view (obstacles.ts): it floats beside the page
 * when the strip is clear, and pushes the page (push.ts) when it is not. The plan is re-made on
 * every layout change (side, width, collapse, placement, window resize, another editor or
 * conversation, the reply box changing width) before anything is painted, so the panel never
 * covers the reply box in between; page changes that are none of these re-plan nothing (each plan
 * reads the layout of up to 400 elements, and some sites change the page on every keystroke).
 * Collapsed, the frame is a small tab and the panel inside draws only the tab.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Layout } from '../../lib/messaging/protocol.ts';
import { hostElementOf, measureObstacles } from './obstacles.ts';
import { planFrame, TAB_HEIGHT, type FramePlan, type Placement } from './placement.ts';
import { pushPage, viewportWidth, type PushedPage } from './push.ts';

export const DEFAULT_LAYOUT: Layout = { side: 'right', width: 360, collapsed: false };

export interface Frame {
  readonly mounted: boolean;
  /** What the agent asked for (side, width, collapsed): the preference. */
  readonly layout: Layout;
  /** What the frame does now: the real width, and whether the page is pushed. */
  readonly plan: FramePlan | null;
  mount(layout: Layout, placement?: Placement): void;
  remove(): void;
  setLayout(patch: Partial<Layout>, placement?: Placement): FramePlan | null;
  /**
   * Re-plans against `editor` and the page's controls when `force` (a layout change: side, width,
   * window size, another conversation) or the editor is another one; otherwise keeps the plan, so a
   * page change that moves nothing costs no layout read. Before the frame is mounted it only
   * remembers the editor, for the first plan.
   */
  keepClearOf(editor: Element | null, force?: boolean): FramePlan | null;
  /** True for our own wrapper and everything in it. */
  contains(node: Node): boolean;
  /** The element the frame sits in, for the visibility check (visibility.ts); null when not mounted. */
  readonly wrapper: HTMLElement | null;
}

export function createFrame(ctx: ContentScriptContext, doc: Document = document, watchWidth: WidthWatchFactory = createWidthWatch): Frame {
  let ui: FrameUi | null = null;
  let layout: Layout = DEFAULT_LAYOUT;
  let placement: Placement = 'auto';
  let plan: FramePlan | null = null;
  let pushed: PushedPage | null = null;
  let editor: Element | null = null;
  const isOwn = (el: Element) => !!ui && (ui.wrapper === el || ui.wrapper.contains(el));
  // The reply box getting wider or narrower may bring it into the strip. A pushed page keeps its
  // push (its own reflow narrows the box), as on every other change that is not a layout change.
  const editorWidth = watchWidth(doc, () => void (plan && !plan.pushed && replan()));
  const watchEditor = () => editorWidth.watch(ui && editor ? hostElementOf(editor, doc) : null);

  /** Every read the plan needs, before any write of ours: reading after one would re-lay out the page. */
  const measure = () => planFrame(layout, placement, measureObstacles(doc, editor, isOwn), viewportWidth(doc));
  const push = (p: FramePlan) => (pushed = p.pushed ? pushPage(doc, p.side, p.width, isOwn) : null);
  const styled = createStyled();

  function replan(): FramePlan | null {
    if (!ui) return null;
    // Measure the page as it lays out without us: a push of our own would hide every obstacle.
    pushed?.undo();
    pushed = null;
    plan = measure();
    styled.apply(ui, plan);
    push(plan);
    return plan;
  }

  return {
    get mounted() {
      return !!ui;
    },
    get layout() {
      return layout;
    },
    get plan() {
      return plan;
    },
    mount(initial, how = placement) {
      if (ui) return;
      layout = initial;
      placement = how;
      // Planned before the frame is in the page, and styled before it is inserted: one layout, by the browser's own frame.
      const first = (plan = measure());
      ui = createUi(ctx, first);
      ui.mount();
      styled.mounted(ui, first);
      push(first);
      watchEditor();
    },
    remove() {
      editorWidth.watch(null);
      pushed?.undo();
      pushed = null;
      plan = null;
      ui?.remove();
      ui = null;
    },
    setLayout(patch, how) {
      layout = { side: patch.side ?? layout.side, width: patch.width ?? layout.width, collapsed: patch.collapsed ?? layout.collapsed };
      if (how) placement = how;
      return replan();
    },
    keepClearOf(next, force = false) {
      const changed = !!next && next !== editor;
      if (next) editor = next;
      if (!editor?.isConnected) editor = null;
      if (!ui) return null;
      if (changed) watchEditor();
      return force || changed ? replan() : plan;
    },
    contains(node) {
      return !!ui && (ui.wrapper === node || ui.wrapper.contains(node));
    },
    get wrapper() {
      return ui?.wrapper ?? null;
    },
  };
}

interface FrameUi {
  readonly wrapper: HTMLElement;
  readonly iframe: HTMLIFrameElement;
  mount(): void;
  remove(): void;
}

/**
 * The frame's element, laid out by `plan` before it goes into the page: a wrapper <div> holding the
 * panel's <iframe>, appended as the last child of <html>, removed when the extension context goes.
 * What WXT's createIframeUi does for an inline UI, without bundling its auto-mount machinery
 * (wait-element, defu and their maps, built each time the page script is evaluated on the host page).
 */
function createUi(ctx: ContentScriptContext, plan: FramePlan): FrameUi {
  const wrapper = document.createElement('div');
  const iframe = document.createElement('iframe');
  iframe.src = browser.runtime.getURL('/panel.html');
  wrapper.appendChild(iframe);
  const remove = () => wrapper.remove();
  ctx.onInvalidated(remove);
  return {
    wrapper,
    iframe,
    mount() {
      wrapper.setAttribute('data-tactful', 'panel');
      iframe.setAttribute('title', 'Tactful');
      iframe.setAttribute('allow', 'clipboard-write');
      applyFrame(wrapper, iframe, plan);
      document.documentElement.append(wrapper);
    },
    remove,
  };
}

type FrameElements = { wrapper: HTMLElement; iframe: HTMLIFrameElement };

/**
 * Styles the frame for a plan unless it already is styled so, exactly: a re-plan that changes
 * nothing (the first page read finding the reply box clear of the strip, most window resizes)
 * then writes no style, which would make the host page re-compute style and draw a frame and wake
 * every mutation observer on the frame (the page's own, and the visibility watch's, which reads
 * the frame's rect). A style the page changed since is written back, as before.
 */
function createStyled() {
  let last: { side: string; width: number; collapsed: boolean; wrapper: string | null; iframe: string | null } | null = null;
  const remember = (el: FrameElements, plan: FramePlan) =>
    (last = { side: plan.side, width: plan.width, collapsed: plan.collapsed, wrapper: el.wrapper.getAttribute('style'), iframe: el.iframe.getAttribute('style') });
  const isStyled = (el: FrameElements, plan: FramePlan) =>
    !!last && last.side === plan.side && last.width === plan.width && last.collapsed === plan.collapsed && last.wrapper === el.wrapper.getAttribute('style') && last.iframe === el.iframe.getAttribute('style');
  return {
    /** The frame was styled for `plan` before it went in (createUi); every mount starts here. */
    mounted: remember,
    apply(el: FrameElements, plan: FramePlan) {
      if (isStyled(el, plan)) return;
      applyFrame(el.wrapper, el.iframe, plan);
      remember(el, plan);
    },
  };
}

export interface WidthWatch {
  /** Watches `el` (null: nothing) from now on; its first size is not a change. */
  watch(el: Element | null): void;
}
export type WidthWatchFactory = (doc: Document, onChange: () => void) => WidthWatch;

/** Calls `onChange` when the watched element's width changes (ResizeObserver: no layout read of ours, no polling). */
export function createWidthWatch(doc: Document, onChange: () => void): WidthWatch {
  const RO = doc.defaultView?.ResizeObserver;
  let observer: ResizeObserver | null = null;
  return {
    watch(el) {
      observer?.disconnect();
      observer = null;
      if (!el || typeof RO !== 'function') return;
      let width: number | null = null;
      observer = new RO((entries) => {
        const w = entries[entries.length - 1].borderBoxSize?.[0]?.inlineSize ?? entries[entries.length - 1].contentRect.width;
        const was = width;
        width = w;
        if (was !== null && w !== was) onChange();
      });
      observer.observe(el);
    },
  };
}

function applyFrame(wrapper: HTMLElement, iframe: HTMLIFrameElement, plan: FramePlan) {
  const set = (style: CSSStyleDeclaration, k: string, v: string) => style.setProperty(k, v, 'important');
  const w = wrapper.style;
  set(w, 'position', 'fixed');
  set(w, 'top', plan.collapsed ? `calc(50% - ${TAB_HEIGHT / 2}px)` : '0');
  set(w, 'bottom', 'auto');
  set(w, 'height', plan.collapsed ? `${TAB_HEIGHT}px` : '100vh');
  set(w, 'width', `${plan.width}px`);
  set(w, 'z-index', '2147483646');
  set(w, 'display', 'block');
  set(w, 'margin', '0');
  set(w, plan.side === 'right' ? 'right' : 'left', '0');
  set(w, plan.side === 'right' ? 'left' : 'right', 'auto');
  const f = iframe.style;
  set(f, 'width', '100%');
  set(f, 'height', '100%');
  set(f, 'border', '0');
  set(f, 'display', 'block');
  set(f, 'border-radius', plan.collapsed ? (plan.side === 'right' ? '8px 0 0 8px' : '0 8px 8px 0') : '0');
  set(f, 'box-shadow', plan.side === 'right' ? '-2px 0 12px rgba(0,0,0,.18)' : '2px 0 12px rgba(0,0,0,.18)');
  set(f, 'color-scheme', 'normal');
}
