/** The overlay's place in the page (side, width, collapsed) and the move to the browser's own side panel. */
import { useCallback } from 'react';
import { browser } from 'wxt/browser';
import type { Layout, Prefs } from '../../../lib/messaging/protocol.ts';
import type { Notify } from './useData.ts';
import type { PageRequest, PanelMode } from './usePageState.ts';

type SidePanelApi = { open(o: { tabId: number }): Promise<void> };
export const sidePanelApi = (): SidePanelApi | undefined => (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;

export function useLayout(mode: PanelMode, tabId: number | null, request: PageRequest, setPrefs: (f: (p: Prefs | null) => Prefs | null) => void, notify: Notify) {
  const layout = useCallback(
    async (patch: Partial<Layout>) => {
      if (mode !== 'overlay') return;
      await request('panel.layout', patch).catch(() => null);
      setPrefs((p) => (p ? { ...p, panelSide: patch.side ?? p.panelSide, panelCollapsed: patch.collapsed ?? p.panelCollapsed, panelWidth: patch.width ?? p.panelWidth } : p));
    },
    [mode, request, setPrefs],
  );
  const openSidePanel = useCallback(async () => {
    const side = sidePanelApi();
    if (!side || tabId === null) return;
    try {
      await side.open({ tabId });
      await request('panel.close');
    } catch (e) {
      notify({ kind: 'error', text: String((e as Error).message ?? e) });
    }
  }, [tabId, request, notify]);
  const close = useCallback(() => void request('panel.close').catch(() => {}), [request]);
  return { layout, openSidePanel, close };
}
