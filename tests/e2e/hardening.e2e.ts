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
    for (const msg of [{ type: 'data.export' }, { type: 'kb.delete', ids: ['x'] }, { type: 'kb.clear' }, { type: 'prefs.set', patch: { agentName: 'attacker' } }, { type: 'data.import', backup: {} }, { type: 'tags.events' }]) {
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

describe('data of any size', () => {
  it('saves and restores a backup over 64 MiB losslessly through Options > Data (every article body as it was)', async () => {
    // A knowledge base with no search index built: the panels the tests above opened asked for suggestions, and the
    // background then indexes every article it is sent (kb.upsert keeps a built index up to date), which was most of
    // this seeding's time. The backup and restore below never touch the index.
    await sendFromExtension(browser.launched, { type: 'kb.clear' });
    const page = await browser.launched.context.newPage();
    await page.goto(`chrome-extension://${browser.launched.extensionId}/options.html#data`);
    // 336 articles of 200,000 characters (the body limit): 67.2 million characters, just over
    // 64 MiB (67,108,864) before any JSON or UTF-8 overhead (Persian letters take two bytes),
    // English and Persian with ZWNJ, sent in batches of 14 (2.8 MB) as an import would. Just over
    // the limit rather than far over it: the round trip below is the slow part of the browser tests.
    const seeded = await page.evaluate(async () => {
      const send = (m: unknown) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage(m);
      const unit = 'Refunds take five days. بازپرداخت پنج روز طول می\u200cکشد. ';
      let total = 0;
      for (let b = 0; b < 24; b++) {
        const articles = Array.from({ length: 14 }, (_, k) => {
          const i = b * 14 + k;
          const body = `#${i} ${unit.repeat(Math.ceil(200_000 / unit.length))}`.slice(0, 200_000);
          total += body.length;
          return { title: `Article ${i}`, url: `https://help.example.com/a/${i}`, body, source: 'file' };
        });
        const r = await send({ type: 'kb.upsert', articles });
        if (!r.ok) throw new Error(r.error);
      }
      return total;
    });
    expect(seeded).toBeGreaterThan(64 * 1024 * 1024);

    const save = async () => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Save a backup' }).click()]);
      const file = await download.path();
      return { file, text: readFileSync(file, 'utf8') };
    };
    const first = await save();
    expect(Buffer.byteLength(first.text)).toBeGreaterThan(64 * 1024 * 1024);
    const before = JSON.parse(first.text) as { kbArticles: { id: string; body: string }[] };
    expect(before.kbArticles).toHaveLength(336);

    // Empty the knowledge base, then restore the file through the page.
    await sendFromExtension(browser.launched, { type: 'kb.clear' });
    expect(await sendFromExtension(browser.launched, { type: 'kb.count' })).toBe(0);
    await page.locator('[data-testid="tf-backup-file"]').setInputFiles(first.file);
    // A restore replaces data, so it asks first (issue 14).
    await page.locator('[data-testid="tf-restore-confirm"] .tf-primary').click();
    await expect.poll(() => page.locator('.tf-ok').textContent(), { timeout: 120_000 }).toContain('336 articles');
    expect(await sendFromExtension(browser.launched, { type: 'kb.count' })).toBe(336);

    // What the restore wrote, read from the extension's own database in this extension page (same origin as the
    // background): each article's body as a length and a hash, compared with the file's. A second save would read the
    // same rows back through the backup code already checked above, at twice the cost of this test.
    const restored = await page.evaluate(
      () =>
        new Promise<Record<string, string>>((done, fail) => {
          const open = indexedDB.open('tactful');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const out: Record<string, string> = {};
            const cursor = open.result.transaction('kbArticles').objectStore('kbArticles').openCursor();
            cursor.onerror = () => fail(cursor.error);
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (!c) return done(out);
              const row = c.value as { id: string; body: string };
              let h = 0x811c9dc5;
              for (let i = 0; i < row.body.length; i++) h = Math.imul(h ^ row.body.charCodeAt(i), 16777619);
              out[row.id] = `${row.body.length}:${h >>> 0}`;
              c.continue();
            };
          };
        }),
    );
    const digest = (body: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 16777619);
      return `${body.length}:${h >>> 0}`;
    };
    expect(restored).toEqual(Object.fromEntries(before.kbArticles.map((a) => [a.id, digest(a.body)])));
    await page.close();
  }, 300_000);
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
