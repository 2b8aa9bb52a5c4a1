/**
 * Hostile pages against the built extension in Chromium (issue 15): what a page can learn about
 * Tactful and what it can make Tactful do.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useTestBrowser } from './browser.ts';
import { ROOT } from './harness.ts';

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
