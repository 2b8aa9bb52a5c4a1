/**
 * Where the loader runs, in Chromium with the built extension: nowhere Tactful is not enabled
 * (an unrelated page load sends the service worker nothing), on a site the agent adds (registered
 * at run time) and no more once it is removed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { panelFrame, sendFromExtension } from './harness.ts';
import { useTestBrowser } from './browser.ts';

const browser = useTestBrowser();
// The same server under a host Tactful does not know (127.0.0.1 is added by useTestBrowser).
const otherOrigin = () => browser.origin.replace('127.0.0.1', 'localhost');

/**
 * Starts counting the messages the service worker receives from web pages (content scripts);
 * returns a reader of the count. Messages from extension pages are left out: a panel still open
 * in the page being navigated away from may have a request in flight when counting starts, and
 * that is not the new page load waking the worker (a panel opened on the new page is caught by
 * the panel count instead).
 */
async function countWorkerMessages(): Promise<() => Promise<string[]>> {
  await browser.launched.worker.evaluate(() => {
    type Sender = { url?: string };
    const g = globalThis as unknown as { __tfSeen?: string[] };
    if (!g.__tfSeen) {
      g.__tfSeen = [];
      (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }, s: Sender) => void): void } } } }).chrome.runtime.onMessage.addListener((m, s) => {
        if (String(s?.url ?? '').startsWith('chrome-extension:')) return;
        g.__tfSeen!.push(String(m?.type));
      });
    }
    g.__tfSeen.length = 0;
  });
  return () => browser.launched.worker.evaluate(() => [...((globalThis as unknown as { __tfSeen: string[] }).__tfSeen)]);
}

async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(800);
}

describe('loader', () => {
  it('sends the service worker nothing on an unrelated page load, and asks once on an enabled site', async () => {
    const seen = await countWorkerMessages();
    const page = await browser.launched.context.newPage();
    await page.goto(`${otherOrigin()}/plain.html`);
    await settle(page);
    await page.reload();
    await settle(page);
    expect(await seen()).toEqual([]);
    expect(await page.locator('[data-tactful="panel"]').count()).toBe(0);
    // The counter works: the enabled test host asks whether to open.
    await page.goto(`${browser.origin}/textarea.html`);
    await panelFrame(page);
    expect(await seen()).toContain('sites.shouldOpen');
    await page.close();
  });

  it('runs on a site once the agent adds it, and stops when it is removed', async () => {
    const host = new URL(otherOrigin()).host;
    const page = await browser.launched.context.newPage();
    await sendFromExtension(browser.launched, { type: 'sites.add', host });
    await page.goto(`${otherOrigin()}/textarea.html`);
    await panelFrame(page);
    await sendFromExtension(browser.launched, { type: 'sites.remove', host });
    const seen = await countWorkerMessages();
    await page.goto(`${otherOrigin()}/plain.html`);
    await settle(page);
    expect(await page.locator('[data-tactful="panel"]').count()).toBe(0);
    expect(await seen()).toEqual([]);
    await page.close();
  });
});
