/**
 * The overlay's place in the page (side, width, collapsed, placement) and the moves between the
 * page and the browser's own side panel. The page script applies every change at once and keeps
 * the panel clear of the reply box; the panel shows what the frame really is: its own window is
 * the frame, so its width is the real width (the slider never shows a stale value) and a narrow
 * window means the collapsed tab.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../../lib/messaging/client.ts';
import type { Layout, Prefs } from '../../../lib/messaging/protocol.ts';
import { reasonOf, type Notify } from './useData.ts';
import type { PageRequest, PanelMode } from './usePageState.ts';

type SidePanelApi = { open(o: { tabId: number }): Promise<void> };
export const sidePanelApi = (): SidePanelApi | undefined => (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
export type Placement = Prefs['panelPlacement'];
/** The frame is the tab, not the panel, below this width (the tab is 32 px, the panel at least 240). */
const TAB_MAX_WIDTH = 120;

/** The width of the panel's own window: in the overlay, the frame's real width. */
export function useFrameWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

type SetPrefs = (f: (p: Prefs | null) => Prefs | null) => void;

export function useLayout(mode: PanelMode, tabId: number | null, request: PageRequest, setPrefs: SetPrefs, notify: Notify) {
  const frameWidth = useFrameWidth();
  const remember = useCallback((patch: Partial<Prefs>) => setPrefs((p) => (p ? { ...p, ...patch } : p)), [setPrefs]);
  const layout = useCallback(
    async (patch: Partial<Layout>) => {
      if (mode !== 'overlay') return;
      await request('panel.layout', patch).catch(() => null);
      remember({ ...(patch.side && { panelSide: patch.side }), ...(patch.width && { panelWidth: patch.width }), ...(patch.collapsed !== undefined && { panelCollapsed: patch.collapsed }) });
    },
    [mode, request, remember],
  );
  const openSidePanel = useCallback(async () => {
    const side = sidePanelApi();
    if (!side || tabId === null) return;
    try {
      // First, inside the click: the browser opens its side panel only on a user gesture.
      await side.open({ tabId });
      remember({ panelPlacement: 'side' });
      await send('prefs.set', { patch: { panelPlacement: 'side' } });
      await request('panel.close');
    } catch (e) {
      notify({ kind: 'error', reason: reasonOf(e) });
    }
  }, [tabId, request, notify, remember]);
  const backToPage = useCallback(async () => {
    await send('prefs.set', { patch: { panelPlacement: 'auto', panelCollapsed: false } }).catch(() => null);
    await request('panel.open').catch(() => null);
    // The page may still show the side panel's tab: make it the panel again.
    await request('panel.layout', { placement: 'auto', collapsed: false }).catch(() => null);
    window.close();
  }, [request]);
  const setPlacement = useCallback(
    async (placement: Placement) => {
      if (placement === 'side') return openSidePanel();
      await request('panel.layout', { placement }).catch(() => null);
      remember({ panelPlacement: placement });
    },
    [openSidePanel, request, remember],
  );
  const close = useCallback(() => void request('panel.close').catch(() => {}), [request]);
  const collapsed = mode === 'overlay' && frameWidth < TAB_MAX_WIDTH;
  return { layout, openSidePanel, backToPage, setPlacement, close, frameWidth, collapsed };
}
