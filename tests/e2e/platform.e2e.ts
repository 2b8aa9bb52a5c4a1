/**
 * The platform in a real Chromium with the built extension: the panel opens by itself on an
 * enabled site and on demand elsewhere, shows the right customer message and editor, follows
 * single-page navigation, keeps its data in the extension's IndexedDB, and stays unreadable to the page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { panelFrame, panelText, ROOT, sendFromExtension, tabIdOf } from './harness.ts';
import { useTestBrowser } from './browser.ts';

const browser = useTestBrowser();
const shots = join(ROOT, '.output', 'screens');
// The same server under a host Tactful does not know.
const otherOrigin = () => browser.origin.replace('127.0.0.1', 'localhost');

beforeAll(() => mkdirSync(shots, { recursive: true }));

const openPage = (path: string) => browser.open(path);

const CUSTOMER = 'I ordered a lamp last week';

describe('panel on pages', () => {
  it('opens by itself on an enabled site and shows the customer message and the editor', async () => {
    const { page, panel } = await openPage('/textarea.html');
    await expect.poll(() => panelText(panel, 'tf-customer')).toContain(CUSTOMER);
    expect(await panelText(panel, 'tf-customer')).not.toContain('Thanks for your patience');
    await expect.poll(() => panelText(panel, 'tf-editor')).toContain('textarea');
    await page.close();
  });

  it('does not open by itself on another site, and opens there on demand', async () => {
    const page = await browser.launched.context.newPage();
    await page.goto(`${otherOrigin()}/plain.html`);
    await page.waitForTimeout(800);
    expect(await page.locator('[data-tactful="panel"]').count()).toBe(0);
    const tabId = await tabIdOf(browser.launched, page);
    expect(tabId).toBeGreaterThan(0);
    await sendFromExtension(browser.launched, { type: 'panel.toggleInTab', tabId });
    const panel = await panelFrame(page);
    await expect.poll(() => panelText(panel, 'tf-editor')).toContain('textarea');
    await page.close();
  });

  it('on demand: opens with the saved side and width without asking the background, then closes and opens again on each toggle', async () => {
    await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { panelSide: 'left', panelWidth: 400, panelCollapsed: false, panelPlacement: 'auto' } });
    try {
      const page = await browser.launched.context.newPage();
      await page.goto(`${otherOrigin()}/plain.html`);
      await page.waitForTimeout(300);
      const tabId = await tabIdOf(browser.launched, page);
      // What the tab sends the service worker: the page script opened by the toolbar asks nothing
      // (no 'sites.shouldOpen' of the loader, no 'prefs.get' or 'picker.get' of its own).
      await browser.launched.worker.evaluate(() => {
        const g = globalThis as unknown as { __tfAsked?: string[]; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }, s: { url?: string }) => void): void } } } };
        if (!g.__tfAsked) g.chrome.runtime.onMessage.addListener((m, s) => void (String(s?.url ?? '').startsWith('chrome-extension:') || g.__tfAsked!.push(String(m?.type))));
        g.__tfAsked = [];
      });
      const frame = page.locator('[data-tactful="panel"]');
      await sendFromExtension(browser.launched, { type: 'panel.toggleInTab', tabId });
      await panelFrame(page);
      await expect.poll(() => frame.evaluate((el) => ({ left: el.getBoundingClientRect().left, width: el.getBoundingClientRect().width }))).toEqual({ left: 0, width: 400 });
      expect(await browser.launched.worker.evaluate(() => (globalThis as unknown as { __tfAsked: string[] }).__tfAsked)).toEqual([]);
      // The page script, imported without the loader, answers the background's "are you there" itself.
      await sendFromExtension(browser.launched, { type: 'panel.toggleInTab', tabId });
      await expect.poll(() => frame.count()).toBe(0);
      await sendFromExtension(browser.launched, { type: 'panel.toggleInTab', tabId });
      await expect.poll(() => frame.count()).toBe(1);
      expect(await page.locator('[data-tactful="panel"] iframe').count()).toBe(1);
      await page.close();
    } finally {
      await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { panelSide: 'right', panelWidth: 360 } });
    }
  });

  it("keeps the panel's content away from the page's scripts", async () => {
    const { page } = await openPage('/textarea.html');
    const seen = await page.evaluate(() => {
      const f = document.querySelector('[data-tactful="panel"] iframe') as HTMLIFrameElement | null;
      let doc: Document | null = null;
      try {
        doc = f?.contentDocument ?? null;
      } catch {
        doc = null;
      }
      return { hasIframe: !!f, readable: !!doc };
    });
    expect(seen).toEqual({ hasIframe: true, readable: false });
    await page.close();
  });
});

describe('single-page apps and data', () => {
  it('follows a conversation switch without reload', async () => {
    const { page, panel } = await openPage('/demo/tickets/4821');
    await expect.poll(() => panelText(panel, 'tf-customer')).toContain('third time');
    await page.locator('a[data-ticket="4822"]').click();
    await expect.poll(() => panelText(panel, 'tf-customer')).toContain('بازم پیام');
    expect(page.url()).toContain('/demo/tickets/4822');
    await page.close();
  });

  it('stores a tag click in the extension database, not in the page', async () => {
    const { page, panel } = await openPage('/demo/tickets/4821');
    const button = panel.locator('.tags-bar-button').first();
    await button.waitFor();
    await button.click();
    await expect.poll(async () => button.getAttribute('aria-pressed')).toBe('true');
    const events = await sendFromExtension<{ tagId: string; conversation: string; removedAt?: number }[]>(browser.launched, { type: 'tags.events' });
    const live = events.filter((e) => !e.removedAt);
    expect(live.length).toBe(1);
    expect(live[0].conversation).toContain('4821');
    const pageDbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(pageDbs).not.toContain('tactful');
    // The same click again removes it.
    await button.click();
    await expect.poll(async () => button.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('shows the panel in English and in Persian (screenshots)', async () => {
    const { page, panel } = await openPage('/demo/tickets/4821');
    await expect.poll(() => panelText(panel, 'tf-customer')).toContain('third time');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'panel-en.png') });
    await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { uiLanguage: 'fa' } });
    await page.goto(`${browser.origin}/demo/tickets/4822`);
    const fa = await panelFrame(page);
    await expect.poll(() => fa.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => panelText(fa, 'tf-customer')).toContain('بازم');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'panel-fa.png') });
    await sendFromExtension(browser.launched, { type: 'prefs.set', patch: { uiLanguage: 'auto' } });
    await page.close();
  });
});

/** The extension APIs the worker-side steps below use. */
declare const chrome: {
  contextMenus: { onClicked: unknown };
  tabs: { sendMessage(tabId: number, m: unknown, o: { frameId: number }): Promise<unknown> };
};

describe('adding a page to the knowledge base (context menu)', () => {
  const para = 'برای پیگیری سفارش می‌توانید از پیوند رهگیری در ایمیل تأیید استفاده کنید. ارسال معمولاً سه تا پنج روز کاری طول می‌کشد و اگر دیرتر شد، شماره سفارش را برای ما بفرستید.';
  const ARTICLE = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>پیگیری سفارش دیرکرد</title></head><body>
    <nav><a href="/">خانه</a> · <a href="/help">راهنما</a></nav>
    <article><h1>پیگیری سفارش دیرکرد</h1>${Array.from({ length: 6 }, () => `<p>${para}</p>`).join('')}</article>
    <footer>© فروشگاه</footer></body></html>`;

  it('reads the article with the article reader, keeps ZWNJ, and never starts the page script or the panel there', async () => {
    const url = `${otherOrigin()}/help/delayed-order`;
    await browser.launched.context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ARTICLE }));
    const page = await browser.launched.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(browser.launched, page);
    // The menu's click, as Chromium dispatches it to the background's listener.
    await browser.launched.worker.evaluate((id) => {
      const clicked = chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab: object): void };
      clicked.dispatch({ menuItemId: 'tactful-kb', editable: false, pageUrl: location.href }, { id, index: 0, pinned: false, highlighted: true, windowId: 1, active: true, incognito: false, selected: true, discarded: false, autoDiscardable: true, groupId: -1 });
    }, tabId);
    type Summary = { id: string; title: string; url: string; language?: string; source?: string };
    const find = async () => (await sendFromExtension<{ articles: Summary[] }>(browser.launched, { type: 'kb.list', query: 'پیگیری' })).articles.find((a) => a.url === url);
    await expect.poll(find, { timeout: 15_000 }).toBeTruthy();
    const added = (await find())!;
    expect(added).toMatchObject({ title: 'پیگیری سفارش دیرکرد', url, language: 'fa', source: 'page' });
    const full = await sendFromExtension<{ body: string }>(browser.launched, { type: 'kb.get', id: added.id });
    expect(full.body).toContain('می‌توانید'); // U+200C kept
    expect(full.body).not.toContain('© فروشگاه');
    // Only the reader ran: no page script answers in this tab, and no panel was put in the page.
    const pageScript = await browser.launched.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page.load' }, { frameId: 0 }).then((r: unknown) => r ?? 'no answer', () => 'no page script'), tabId);
    expect(pageScript).toBe('no page script');
    expect(await page.locator('[data-tactful="panel"]').count()).toBe(0);
    await sendFromExtension(browser.launched, { type: 'kb.delete', ids: [added.id] }).catch(() => undefined);
    await page.close();
  });
});
