/**
 * Hostile pages against the built extension in Chromium (issue 15): what a page can learn about
 * Tactful and what it can make Tactful do.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useTestBrowser } from './browser.ts';
import { ROOT, sendFromExtension } from './harness.ts';

const browser = useTestBrowser();

/** What a page's own script gets when it tries to load one of our files. */
async function probe(page: import('playwright-core').Page, url: string): Promise<{ fetched: string; script: string }> {
  return page.evaluate(async (u) => {
    let fetched: string;
    try {
      const r = await fetch(u);
      fetched = `status ${r.status}`;
    } catch (e) {
      fetched = `error ${(e as Error).name}`;
    }
    const script = await new Promise<string>((done) => {
      const s = document.createElement('script');
      s.src = u;
      s.type = 'text/plain-not-run';
      s.onload = () => done('loaded');
      s.onerror = () => done('error');
      // A non-JS type is never fetched; a link preload is, and reports load or error.
      const l = document.createElement('link');
      l.rel = 'preload';
      l.as = 'fetch';
      l.crossOrigin = 'anonymous';
      l.href = u;
      l.onload = () => done('loaded');
      l.onerror = () => done('error');
      document.head.append(l);
      setTimeout(() => done('timeout'), 3000);
    });
    return { fetched, script };
  }, url);
}

describe('fingerprinting', () => {
  it("a page cannot detect Tactful by loading its web-accessible files at the extension's fixed id", async () => {
    // The panel itself still loads: browser.open waits for it in the page.
    const { page } = await browser.open('/textarea.html');
    for (const file of ['panel.html', 'tactful-page.js', 'editor-bridge.js']) {
      const got = await probe(page, `chrome-extension://${browser.launched.extensionId}/${file}`);
      expect(got, file).toEqual({ fetched: 'error TypeError', script: 'error' }); // was 'status 200' and 'loaded'
    }
    await page.close();
  });
});

/** Runs `expression` in Tactful's content-script world of the page (the renderer a hostile page shares). */
async function inContentScript(page: import('playwright-core').Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => worlds.push({ id: e.context.id, origin: e.context.origin, type: e.context.auxData?.type }));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.type === 'isolated' && w.origin.startsWith('chrome-extension://'));
  if (!world) throw new Error(`no content-script world among ${JSON.stringify(worlds)}`);
  const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: unknown };
  await cdp.detach();
  if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
  return r.result.value;
}

describe('privileged operations', () => {
  it("the content script's world (inside the page's renderer) cannot export, delete or change preferences", async () => {
    const { page } = await browser.open('/textarea.html');
    const send = (msg: object) => inContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(msg)})`);
    for (const msg of [{ type: 'data.export' }, { type: 'kb.delete', ids: ['x'] }, { type: 'prefs.set', patch: { agentName: 'attacker' } }, { type: 'data.import', backup: {} }, { type: 'tags.events' }]) {
      expect(await send(msg), msg.type).toEqual({ ok: false, error: `${msg.type} is only answered for Tactful's own pages` });
    }
    // What the page script needs still works from there.
    expect(await send({ type: 'prefs.get' })).toMatchObject({ ok: true });
    expect(await send({ type: 'prefs.set', patch: { panelWidth: 380 } })).toMatchObject({ ok: true, data: { panelWidth: 380 } });
    // The options page (an extension page) still may.
    const backup = await sendFromExtension<{ format: string }>(browser.launched, { type: 'data.export' });
    expect(backup.format).toBe('tactful-backup');
    await page.close();
  });
});

describe('Firefox build', () => {
  it('keeps optional host permissions in the MV2 manifest, so URL imports can ask for a site', () => {
    const manifestFile = join(ROOT, '.output', 'firefox-mv2', 'manifest.json');
    const stale = !existsSync(manifestFile) || statSync(manifestFile).mtimeMs < statSync(join(ROOT, 'wxt.config.ts')).mtimeMs;
    if (stale) execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { manifest_version: number; optional_permissions?: string[]; permissions: string[] };
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.optional_permissions).toEqual(['<all_urls>']);
    // Asked for per site at import time, never granted up front.
    expect(manifest.permissions).not.toContain('<all_urls>');
  });
});
