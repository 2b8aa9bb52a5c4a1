/**
 * The loader, kept tiny on purpose. It runs only where Tactful is enabled: on the built-in
 * helpdesk hosts (the manifest's content_scripts, from lib/sites/hosts.ts), on hosts the agent
 * added (registered at run time by the background once their permission is granted, see
 * lib/sites/contentScripts.ts), and nowhere else: any other page load never runs it and never
 * wakes the service worker. When the agent asks for the panel on such a page (toolbar, Alt+Shift+T
 * or the context menu, through activeTab), the background imports the page script there without
 * this loader (background.ts, ensurePageScript).
 * The page script (entrypoints/tactful-page: site adapters, editor writing, the panel frame) is
 * imported only when the panel opens: by itself on a site set to auto-open (the loader tells it
 * to open, tactful-page/handoff.ts, so it need not ask the background again), or when the
 * background asks ('page.load').
 */
import { browser } from 'wxt/browser';
import { builtinMatchPatterns } from '../lib/sites/hosts.ts';
import { openWhenStarted } from './tactful-page/handoff.ts';

export default defineContentScript({
  matches: builtinMatchPatterns(),
  runAt: 'document_idle',
  // WXT's "started" mark goes out as a DOM event only, not also as a window message that every
  // message listener of the host page would receive (newer copies listen for the event).
  noScriptStartedPostMessage: true,
  main() {
    let loading: Promise<unknown> | null = null;
    // The page script is a web-accessible module; importing it from here runs it in this isolated world.
    const load = () => (loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/tactful-page.js')));

    browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id || (msg as { type?: unknown } | null)?.type !== 'page.load') return;
      load().then(
        () => sendResponse(true),
        () => sendResponse(false),
      );
      return true;
    });

    if (!/^https?:$/.test(location.protocol)) return;
    // A built-in host can be switched off, and a match pattern is wider than the exact host and port the agent added.
    browser.runtime
      .sendMessage({ type: 'sites.shouldOpen', url: location.href })
      .then((reply: { ok?: boolean; data?: { open?: boolean } } | undefined) => {
        if (reply?.ok && reply.data?.open) return openWhenStarted(load);
      })
      .catch(() => {});
  },
});
