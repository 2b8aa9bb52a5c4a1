/**
 * The panel's view of its tab: which tab it serves (the overlay's own tab, or the side panel's
 * active tab), one port to that tab's page script, and the latest context and draft the page sent
 * on it. Requests to the page (write, pick, highlight, layout…) go over the same port.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../../lib/messaging/client.ts';
import { PANEL_PORT, pageClient, type PageClient, type PortLike } from '../../../lib/messaging/port.ts';
import type { Draft, PageContext, PageEvent, PageState } from '../../../lib/messaging/protocol.ts';

export type PanelMode = 'overlay' | 'side';
export type PageRequest = PageClient['request'];

/** The tab this panel serves: its own (overlay), or the active tab of its window (side panel). */
export function useTabId(mode: PanelMode): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    const pick = async () => {
      const tab = mode === 'overlay' ? await browser.tabs.getCurrent() : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!cancelled) setTabId(tab?.id ?? null);
    };
    void pick();
    const onActivated = () => void pick();
    if (mode === 'side') browser.tabs.onActivated.addListener(onActivated);
    return () => {
      cancelled = true;
      if (mode === 'side') browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [mode]);
  return tabId;
}

/** Joins the context and the draft the page sent into what the panel renders. */
export function pageStateOf(context: PageContext | null, draft: Draft): PageState | null {
  return context ? { ...context, draft: draft.text, draftQuotes: draft.quotes, draftVersion: draft.version } : null;
}

/** `onMoved`: the page moved or resized the overlay's frame (the click guard waits again). */
export function usePageState(mode: PanelMode, onMoved: () => void = () => {}) {
  const moved = useRef(onMoved);
  moved.current = onMoved;
  const tabId = useTabId(mode);
  const [context, setContext] = useState<PageContext | null>(null);
  const [draft, setDraft] = useState<Draft>({ text: '', version: 0 });
  const [noPage, setNoPage] = useState(false);
  const client = useRef<PageClient | null>(null);

  useEffect(() => {
    if (tabId === null) return;
    let disposed = false;
    const onEvent = (e: PageEvent) => {
      if (e.type === 'page.moved') return moved.current();
      if (e.type === 'page.context') setContext(e.context);
      else setDraft(e.draft);
      setNoPage(false);
    };
    const connect = (attempt: number) => {
      let heard = false;
      const port = browser.tabs.connect(tabId, { name: PANEL_PORT, frameId: 0 }) as unknown as PortLike;
      client.current = pageClient(port, (e) => ((heard = true), onEvent(e)), () => {
        if (disposed) return;
        // The side panel outlives the page (navigation, reload): find the tab's next page script.
        if (heard) return void (mode === 'side' && setTimeout(() => !disposed && connect(0), 500));
        // Nobody answered: the side panel serves a tab without the page script; load it there once.
        if (mode === 'side' && attempt === 0) void send('page.attach', { tabId }).then((ok) => !disposed && (ok ? connect(1) : setNoPage(true)), () => setNoPage(true));
        else setNoPage(true);
      });
    };
    connect(0);
    return () => {
      disposed = true;
      client.current?.close();
      client.current = null;
      setContext(null);
    };
  }, [tabId, mode]);

  const request = useCallback<PageRequest>(
    (type, ...fields) => (client.current ? client.current.request(type, ...fields) : Promise.reject(new Error('The page is not connected.'))) as never,
    [],
  );
  const page = useMemo(() => pageStateOf(context, draft), [context, draft]);
  return { tabId, page, noPage, request };
}
