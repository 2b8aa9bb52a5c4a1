/**
 * The panel's frame in the host page: an extension page in an iframe (the page's scripts cannot
 * read it), mounted at the end of <html>, fixed to one side, and kept clear of the editor it
 * writes to. This is the seam for layout work: everything about where and how the panel sits in
 * the page is here, and the rest of the page script only calls mount, remove, setLayout and
 * keepClearOf.
 */
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Layout } from '../../lib/messaging/protocol.ts';

export const DEFAULT_LAYOUT: Layout = { side: 'right', width: 360, collapsed: false };
const COLLAPSED_WIDTH = 44;
/** Below this much free room beside the editor the panel collapses instead of shrinking. */
const MIN_WIDTH = 240;

export interface Frame {
  readonly mounted: boolean;
  readonly layout: Layout;
  mount(layout: Layout): void;
  remove(): void;
  setLayout(patch: Partial<Layout>): Layout;
  /** Moves or collapses the frame when it covers `editor`; true when the layout changed. */
  keepClearOf(editor: Element | null): boolean;
  /** True for our own wrapper and everything in it. */
  contains(node: Node): boolean;
}

export function createFrame(ctx: ContentScriptContext): Frame {
  let ui: ReturnType<typeof createIframeUi> | null = null;
  let layout: Layout = DEFAULT_LAYOUT;
  const apply = () => ui && applyLayout(ui.wrapper, ui.iframe, layout);
  return {
    get mounted() {
      return !!ui;
    },
    get layout() {
      return layout;
    },
    mount(initial) {
      if (ui) return;
      layout = initial;
      ui = createIframeUi(ctx, {
        page: '/panel.html',
        position: 'inline',
        anchor: 'html',
        append: 'last',
        onMount: (wrapper, iframe) => {
          wrapper.setAttribute('data-tactful', 'panel');
          iframe.setAttribute('title', 'Tactful');
          iframe.setAttribute('allow', 'clipboard-write');
        },
      });
      ui.mount();
      apply();
    },
    remove() {
      ui?.remove();
      ui = null;
    },
    setLayout(patch) {
      layout = { side: patch.side ?? layout.side, width: patch.width ?? layout.width, collapsed: patch.collapsed ?? layout.collapsed };
      apply();
      return layout;
    },
    keepClearOf(editor) {
      if (!ui || layout.collapsed || !editor?.isConnected) return false;
      const next = clearance(layout, editor.getBoundingClientRect(), window.innerWidth);
      if (next === layout) return false;
      layout = next;
      apply();
      return true;
    },
    contains(node) {
      return !!ui && (ui.wrapper === node || ui.wrapper.contains(node));
    },
  };
}

/**
 * The panel must never cover the editor it writes to: the same layout when it does not, else the
 * other side, else the free room beside the editor, else collapsed.
 */
export function clearance(layout: Layout, editor: { left: number; right: number; width: number; height: number }, viewportWidth: number): Layout {
  if (editor.width === 0 && editor.height === 0) return layout;
  const covers = (side: Layout['side'], width: number) => (side === 'right' ? editor.right > viewportWidth - width : editor.left < width);
  if (!covers(layout.side, layout.width)) return layout;
  const other = layout.side === 'right' ? 'left' : 'right';
  if (!covers(other, layout.width)) return { ...layout, side: other };
  const free = layout.side === 'right' ? viewportWidth - editor.right : editor.left;
  if (free >= MIN_WIDTH) return { ...layout, width: Math.floor(free) };
  return { ...layout, collapsed: true };
}

function applyLayout(wrapper: HTMLElement, iframe: HTMLIFrameElement, layout: Layout) {
  const set = (style: CSSStyleDeclaration, k: string, v: string) => style.setProperty(k, v, 'important');
  const w = wrapper.style;
  set(w, 'position', 'fixed');
  set(w, 'top', layout.collapsed ? '40%' : '0');
  set(w, 'bottom', layout.collapsed ? 'auto' : '0');
  set(w, 'height', layout.collapsed ? '120px' : '100vh');
  set(w, 'width', `${layout.collapsed ? COLLAPSED_WIDTH : layout.width}px`);
  set(w, 'z-index', '2147483646');
  set(w, 'display', 'block');
  set(w, layout.side === 'right' ? 'right' : 'left', '0');
  set(w, layout.side === 'right' ? 'left' : 'right', 'auto');
  const f = iframe.style;
  set(f, 'width', '100%');
  set(f, 'height', '100%');
  set(f, 'border', '0');
  set(f, 'display', 'block');
  set(f, 'box-shadow', layout.side === 'right' ? '-2px 0 12px rgba(0,0,0,.18)' : '2px 0 12px rgba(0,0,0,.18)');
  set(f, 'color-scheme', 'normal');
}
