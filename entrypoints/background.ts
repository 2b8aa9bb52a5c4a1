/**
 * The background service worker: the only owner of the database, plus the toolbar button,
 * keyboard shortcut and context menu that open the panel on any page, and the run-time
 * registration of the loader on the sites the agent added. It may be cold on any message, so
 * nothing here depends on state kept between events.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { getDb } from '../lib/db/db.ts';
import { UserError, handle } from '../lib/db/service.ts';
import { addSite, addedHostsOn, getTaught } from '../lib/db/stores/sites.ts';
import { getPrefs } from '../lib/db/stores/prefs.ts';
import { syncAddedSites, type ScriptingApi } from '../lib/sites/contentScripts.ts';
import { matchPatternFor } from '../lib/sites/hosts.ts';
import { ExtractedArticleSchema, ToBackgroundSchema, backgroundProtocol, pageProtocol, type BackgroundProtocol, type PageProtocol, type ToBackground } from '../lib/messaging/protocol.ts';
import { checkReply, unwrap, type Handlers, type Reply, type ReplyOf } from '../lib/messaging/define.ts';
import { t, uiLangFrom } from '../lib/i18n/index.ts';
import { mayHandle, senderContext, type MessageSender } from '../lib/db/senders.ts';
import { createChunkHost } from '../lib/db/chunks.ts';
import { ChunkMessageSchema } from '../lib/messaging/chunked.ts';
import { openSettingsFrom, startPageScript, type OpenSettings } from './tactful-page/handoff.ts';

z.config({ jitless: true });

type Sender = MessageSender;

/** Messages the background answers itself (the rest are the database's, lib/db/service.ts). */
const ownHandlers: Handlers<Pick<BackgroundProtocol, 'panel.toggleInTab' | 'page.attach'>, Sender> = {
  'panel.toggleInTab': (msg, sender) => {
    const tabId = msg.tabId ?? sender.tab?.id;
    if (tabId !== undefined) void togglePanel(tabId);
    return null;
  },
  'page.attach': (msg) => ensurePageScript(msg.tabId).then(() => true, () => false),
};

async function answer(msg: ToBackground, sender: Sender, raw: unknown = msg): Promise<Reply> {
  // Privileged operations only for extension pages, never for a content script in a web page. The
  // policy reads the message as sent, before any parsing.
  const allowed = mayHandle(raw as ToBackground, sender, senderContext(sender, browser.runtime.id, browser.runtime.getURL('/')));
  if (!allowed.ok) return { ok: false, error: allowed.reason };
  try {
    const data = (msg.type === 'panel.toggleInTab' || msg.type === 'page.attach' ? await ownHandlers[msg.type](msg as never, sender) : await handle(getDb(), msg)) ?? null;
    checkReply(backgroundProtocol, msg.type, data);
    // Reply after the registration follows, so a page opened right after "add" runs the loader.
    if (SITE_CHANGES.has(msg.type)) await syncLoader();
    return { ok: true, data };
  } catch (err) {
    if (err instanceof UserError) return { ok: false, error: err.message, details: err.details };
    console.error('[tactful]', msg.type, err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export default defineBackground(() => {
  // Messages of any size from extension pages arrive in pieces (lib/messaging/chunked.ts); kept in
  // this worker's memory, so a restarted worker starts empty and the page is told to try again.
  const chunkHosts = new Map<string, ReturnType<typeof createChunkHost>>();

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender, sendResponse: (r: Reply) => void) => {
    // Only our own content scripts and pages; anything that does not parse is ignored.
    if (sender.id !== browser.runtime.id) return;
    const chunk = ChunkMessageSchema.safeParse(raw);
    if (chunk.success) {
      if (senderContext(sender, browser.runtime.id, browser.runtime.getURL('/')) !== 'extension-page') {
        sendResponse({ ok: false, error: `${chunk.data.type} is only answered for Tactful's own pages` });
        return;
      }
      const key = sender.url ?? '';
      let host = chunkHosts.get(key);
      if (!host) {
        host = createChunkHost(async (inner) => {
          const msg = ToBackgroundSchema.safeParse(inner);
          return msg.success ? answer(msg.data, sender, inner) : { ok: false, error: 'This request is not understood.' };
        });
        chunkHosts.set(key, host);
      }
      void host.handle(chunk.data).then(sendResponse);
      return true;
    }
    const parsed = ToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return;
    void answer(parsed.data, sender, raw).then(sendResponse);
    return true;
  });

  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void togglePanel(tab.id);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined) void togglePanel(tab.id);
  });

  browser.runtime.onInstalled.addListener(() => {
    createMenus();
    void syncLoader();
  });
  browser.runtime.onStartup?.addListener(() => {
    createMenus();
    void syncLoader();
  });
  // A site's permission granted or taken back (Options, or the browser's own settings).
  browser.permissions?.onAdded?.addListener(() => void syncLoader());
  browser.permissions?.onRemoved?.addListener(() => void syncLoader());

  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (!tab?.id) return;
    if (info.menuItemId === 'tactful-open') void togglePanel(tab.id, 'panel.open');
    if (info.menuItemId === 'tactful-always' && tab.url) {
      const host = new URL(tab.url).host;
      // Asked inside the click (a user gesture). Refused or unsupported, the site is still added:
      // the panel opens now through activeTab, and by itself once the permission is granted.
      const asked = browser.permissions.request({ origins: [matchPatternFor(host)] }).catch(() => false);
      void asked
        .then(() => addSite(getDb(), host))
        .then(syncLoader)
        .then(() => togglePanel(tab.id!, 'panel.open'));
    }
    if (info.menuItemId === 'tactful-kb') void addPageToKb(tab.id);
  });
});

/** Messages after which the loader's run-time registration may have to change. */
const SITE_CHANGES = new Set<string>(['sites.add', 'sites.remove', 'data.import']);

/** Registers the loader on the added sites that are on and granted, and nowhere else. */
async function syncLoader(): Promise<void> {
  try {
    const loader = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
    if (loader) await syncAddedSites(browser as unknown as ScriptingApi, await addedHostsOn(getDb()), loader);
  } catch (e) {
    console.warn('[tactful] could not register the loader on added sites', e);
  }
}

function createMenus() {
  const lang = uiLangFrom(browser.i18n?.getUILanguage?.());
  void browser.contextMenus?.removeAll().then(() => {
    browser.contextMenus.create({ id: 'tactful-open', title: t(lang, 'core.menu.open'), contexts: ['page', 'selection', 'editable'] });
    browser.contextMenus.create({ id: 'tactful-always', title: t(lang, 'core.menu.always'), contexts: ['page'] });
    browser.contextMenus.create({ id: 'tactful-kb', title: t(lang, 'core.menu.addKb'), contexts: ['page'] });
  });
}

/**
 * Makes sure the tab's top frame runs the page script. Where it or the loader (helpdesk.content.ts)
 * already runs, 'page.load' is answered `true` (the loader imports the page script first). Anywhere
 * else (a site Tactful is not enabled on, a tab opened before Tactful was installed) the page script
 * is imported straight into the isolated world, without the loader: the loader's question whether
 * the site opens by itself, its own context and listener, and the 'page.load' round trip are work
 * the host page's main thread did for nothing there. `open`: the page script opens the panel as it
 * starts, with the settings read here (handoff.ts), so it asks nothing and no 'panel.toggle' has to
 * follow. Returns whether it was started now.
 */
async function ensurePageScript(tabId: number, open = false): Promise<'running' | 'started'> {
  try {
    if ((await browser.tabs.sendMessage(tabId, { type: 'page.load' }, { frameId: 0 })) === true) return 'running';
  } catch {
    // nothing of Tactful in this tab yet
  }
  const { settings, host } = (open ? await openSettingsFor(tabId) : null) ?? { settings: null, host: '' };
  const args: Parameters<typeof startPageScript> = [browser.runtime.getURL('/tactful-page.js'), open, settings, host];
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: startPageScript, args });
  return 'started';
}

/** The panel's settings for the tab's site (the page script's host key: the host, or 'local'); null when they cannot be read. */
async function openSettingsFor(tabId: number): Promise<{ settings: OpenSettings; host: string } | null> {
  try {
    const url = (await browser.tabs.get(tabId)).url;
    if (!url) return null;
    const host = new URL(url).host || 'local';
    const [prefs, taught] = await Promise.all([getPrefs(getDb()), getTaught(getDb(), host)]);
    return { settings: openSettingsFrom(prefs, taught), host };
  } catch {
    return null;
  }
}

type PageRequest = 'panel.toggle' | 'panel.open';

/** Sends a request to the tab's running page script. */
async function sendToPage<K extends PageRequest>(tabId: number, type: K): Promise<ReplyOf<PageProtocol, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { type }, { frameId: 0 })) as Reply | undefined;
  return unwrap(pageProtocol, type, reply, (m) => new Error(m));
}

/** Show or hide the panel in a tab (toolbar button, shortcut, context menu); a page script started now opens it as it starts. */
async function togglePanel(tabId: number, type: 'panel.toggle' | 'panel.open' = 'panel.toggle') {
  try {
    if ((await ensurePageScript(tabId, true)) === 'running') await sendToPage(tabId, type);
  } catch (e) {
    console.warn('[tactful] cannot open the panel on this page', e);
  }
}

/**
 * The tab's article, read by the article reader injected for this one read (entrypoints/article-reader.ts):
 * the page script, which does not carry Readability, is neither needed nor started for it.
 */
async function readArticleIn(tabId: number): Promise<z.infer<typeof ExtractedArticleSchema>> {
  const [run] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/article-reader.js'] });
  return ExtractedArticleSchema.parse(run?.result);
}

async function addPageToKb(tabId: number) {
  try {
    const extracted = await readArticleIn(tabId);
    if ('error' in extracted) return;
    await handle(getDb(), { type: 'kb.upsert', articles: [{ ...extracted, source: 'page' }] });
  } catch (e) {
    console.warn('[tactful] could not add the page', e);
  }
}
