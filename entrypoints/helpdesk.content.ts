/**
 * The only script Tactful puts on every page, kept tiny on purpose. The page script
 * (entrypoints/tactful-page: site adapters, editor writing, the panel frame) is imported only
 * where Tactful is used: on a site that opens the panel by itself, or when the background asks
 * ('page.load') because the agent opened the panel with the toolbar, the shortcut or the menu.
 * Pages Tactful is not used on never load or run that code.
 */
import { browser } from 'wxt/browser';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
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
    browser.runtime
      .sendMessage({ type: 'sites.shouldOpen', url: location.href })
      .then((reply: { ok?: boolean; data?: { open?: boolean } } | undefined) => {
        if (reply?.ok && reply.data?.open) return load();
      })
      .catch(() => {});
  },
});
