/**
 * The page script: reads the page through the site adapters, shows the panel (an extension page
 * in an iframe), and writes to the reply editor only when the panel asks after the agent's click.
 * It never opens IndexedDB: data lives with the background. The parts are in this folder:
 * session (state), watchers, publisher (port events), frame, control, writer, router.
 *
 * Imported by the small loader (helpdesk.content.ts) into the tab's isolated world only where
 * Tactful is used: on a site that opens the panel by itself, or when the agent opens it with the
 * toolbar, the shortcut or the menu. Pages Tactful is not used on never load this code.
 * It bundles no zod: its messages are checked by lib/messaging/pageSide.ts.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startTactful } from './app.ts';
import { claimPage } from './handoff.ts';

export default defineUnlistedScript(() => {
  let ctx: ContentScriptContext | undefined;
  // Once per world, unless the one that started belongs to a reloaded or updated extension.
  if (!claimPage(() => !ctx?.isInvalid)) return;
  // From a microtask, not from the module body: WXT's context posts a window message, and Chromium
  // records where a postMessage came from, which inside the module body means re-reading the whole
  // bundle for source positions (13-23 ms of the host's main thread, measured; 0.3-0.8 ms from here).
  // No window.postMessage of WXT's "started" mark either: the DOM event it also sends is the one
  // newer copies listen for, and a window message reaches every message listener of the host page.
  queueMicrotask(() => startTactful((ctx = new ContentScriptContext('tactful-page', { noScriptStartedPostMessage: true }))));
});
