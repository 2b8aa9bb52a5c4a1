/**
 * Shared by the browser tests and `npm start`: a static server on 127.0.0.1 for the test and
 * demo pages, and Debian's Chromium started by playwright-core with the built extension.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { chromePath } from './chrome.ts';
import { editorBundle } from './bundles.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The built extension; TACTFUL_EXTENSION_DIR points the benchmarks at another build (an older commit's, to compare). */
export const EXTENSION_DIR = process.env.TACTFUL_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

/** Real editors for the browser tests come from devDependencies (never shipped). */
const VENDOR: Record<string, string> = {
  ckeditor5: join(ROOT, 'node_modules', 'ckeditor5', 'dist', 'browser'),
  ckeditor4: join(ROOT, 'node_modules', 'ckeditor4'),
  tinymce: join(ROOT, 'node_modules', 'tinymce'),
  quill: join(ROOT, 'node_modules', 'quill', 'dist'),
  roosterjs: join(ROOT, 'node_modules', 'roosterjs', 'dist'),
};

/**
 * Serves tests/e2e/pages at /, and the real editors at /vendor/ (the ES-module-only ones bundled at
 * /vendor/bundles/<name>.js, see bundles.ts). Paths under /demo/ all serve the demo app (it routes on
 * the client, like a helpdesk).
 */
export async function startServer(): Promise<{ server: Server; origin: string; close(): Promise<void> }> {
  const roots: Record<string, string> = {
    ...Object.fromEntries(Object.entries(VENDOR).map(([name, dir]) => [`/vendor/${name}/`, dir])),
    '/': join(ROOT, 'tests', 'e2e', 'pages'),
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path === '/' || path.startsWith('/demo')) path = '/demo.html';
    const bundle = /^\/vendor\/bundles\/([a-z0-9]+)\.js$/.exec(path);
    const bundled = bundle ? await editorBundle(ROOT, bundle[1])?.catch((e: unknown) => (console.error('editor bundle failed:', e), null)) : null;
    const [prefix, dir] = Object.entries(roots).find(([p]) => path.startsWith(p))!;
    const file = bundled ?? normalize(join(dir, path.slice(prefix.length)));
    if ((!bundled && !file.startsWith(dir)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { server, origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/**
 * Serves a saved page (tests/sites/...) at the site's real address, say
 * https://acme.zendesk.com/agent/tickets/4821, through Playwright's request routing: nothing
 * leaves the machine, and the adapter sees the URL it sees in production. `extraHtml` is added
 * before </body> (to start a real editor on the saved markup); /__vendor/<editor>/ on any routed
 * host serves that editor from devDependencies, /__vendor/bundles/<name>.js the bundled ones (bundles.ts).
 */
export async function routeSavedPage(context: BrowserContext, url: string, file: string, extraHtml = ''): Promise<void> {
  const origin = new URL(url).origin;
  await context.route(`${origin}/**`, async (route) => {
    const req = new URL(route.request().url());
    const bundle = /^\/__vendor\/bundles\/([a-z0-9]+)\.js$/.exec(req.pathname);
    const bundled = bundle ? await editorBundle(ROOT, bundle[1])?.catch(() => null) : null;
    if (bundled) return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(bundled) });
    const vendor = /^\/__vendor\/(ckeditor5|ckeditor4|tinymce|quill|roosterjs)\/(.*)$/.exec(req.pathname);
    if (vendor) {
      const dir = VENDOR[vendor[1]];
      const path = normalize(join(dir, decodeURIComponent(vendor[2])));
      if (path.startsWith(dir) && existsSync(path) && statSync(path).isFile()) {
        return route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) });
      }
      return route.fulfill({ status: 404, body: 'not found' });
    }
    if (req.href.split('#')[0] !== url.split('#')[0]) return route.fulfill({ status: 404, body: 'not found' });
    const html = readFileSync(join(ROOT, file), 'utf8').replace(/<\/body>(?![\s\S]*<\/body>)/i, `${extraHtml}</body>`);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.includes(extraHtml) ? html : html + extraHtml });
  });
}

export { chromePath } from './chrome.ts';

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * The built extension as the browser tests load it: a copy whose manifest grants its optional
 * host permission (<all_urls>) up front. That stands in for the two grants a headless test cannot
 * click: the permission an agent gives a site in Options > Sites (so the loader is registered
 * there at run time), and the activeTab grant of a toolbar click or Alt+Shift+T (so the panel can
 * be injected on demand). The loader's manifest matches stay the shipped ones, so a page Tactful
 * is not enabled on still runs nothing.
 */
function testCopyOfExtension(): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'tactful-extension-'));
  const dir = join(root, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), '<all_urls>'];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  // An empty page of the extension's own origin for sendFromExtension and tabIdOf (see MESSENGER).
  writeFileSync(join(dir, MESSENGER), '<!doctype html><meta charset="utf-8"><title>Tactful test messenger</title>');
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Chromium features the browser tests switch off: playwright-core's own list plus Chromium's WebUI omnibox popup, which
 * Chromium 156 renders in a hidden renderer at every start, headless too (~1.5-2 CPU-seconds per browser launch here,
 * measured per process on 2026-12-07: the launch's renderer 1.2-1.7 -> 0.1 CPU-s, nothing else changed). Chromium reads only
 * the last --disable-features it is given, so ours carries playwright-core's list too, read from its bundle (a
 * playwright-core update that moves the list fails here, loudly, instead of silently dropping its features).
 */
function disabledFeatures(): string[] {
  const bundle = readFileSync(join(ROOT, 'node_modules', 'playwright-core', 'lib', 'coreBundle.js'), 'utf8');
  const list = /\bdisabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
  const theirs = list ? [...list.matchAll(/^\s*"([A-Za-z0-9]+)",?\s*$/gm)].map((m) => m[1]) : [];
  if (!theirs.includes('MediaRouter')) throw new Error("playwright-core's --disable-features list was not found in lib/coreBundle.js: update disabledFeatures() in tests/e2e/harness.ts");
  return [...theirs, 'WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];
}

export async function launchWithExtension(options: { headless?: boolean; locale?: string } = {}): Promise<Launched> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium found. Install it with: sudo apt-get install -y chromium (or set CHROME_PATH).');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('The extension is not built. Run: npm run build');
  const headless = options.headless ?? true;
  const extension = testCopyOfExtension();
  const userDataDir = mkdtempSync(join(tmpdir(), 'tactful-chromium-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--disable-features=${disabledFeatures().join(',')}`,
    `--disable-extensions-except=${extension.dir}`, `--load-extension=${extension.dir}`,
  ];
  if (headless) args.push('--headless=new');
  // Extra switches for a measurement, space-separated, e.g. TACTFUL_CHROME_ARGS='--trace-startup=toplevel,v8 --trace-startup-format=json --trace-startup-file=/tmp/t.json'.
  if (process.env.TACTFUL_CHROME_ARGS) args.push(...process.env.TACTFUL_CHROME_ARGS.split(' ').filter(Boolean));
  if (options.locale) args.push(`--lang=${options.locale}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    locale: options.locale,
    viewport: { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      extension.remove();
    },
  };
}

/** Sends a message to the background the way our own pages do, from an extension page. */
export async function sendFromExtension<T = unknown>(launched: Launched, msg: unknown): Promise<T> {
  const page = await extensionPage(launched);
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), msg as never)) as { ok: boolean; data?: T; error?: string };
  if (!reply?.ok) throw new Error(`background said: ${reply?.error}`);
  return reply.data as T;
}

/**
 * The page sendFromExtension and tabIdOf run in: an empty HTML file of the test copy of the extension (never shipped).
 * The background treats every page of its own origin alike (lib/db/senders.ts), and an empty page costs nothing to
 * load and keep open, where Options (used before) loaded the whole options app in every browser-test file and kept
 * it running beside the pages under test.
 */
const MESSENGER = 'tactful-test-messenger.html';

const messengerPages = new WeakMap<Launched, Page>();
async function extensionPage(launched: Launched): Promise<Page> {
  let page = messengerPages.get(launched);
  if (!page || page.isClosed()) {
    page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/${MESSENGER}`);
    messengerPages.set(launched, page);
  }
  return page;
}

/** The tab id of a page, as the extension sees it (Tactful has no "tabs" permission, so by activity). */
export async function tabIdOf(launched: Launched, page: Page): Promise<number> {
  const ext = await extensionPage(launched);
  await page.bringToFront();
  return ext.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/**
 * The panel iframe inside a host page. The wait is generous: a panel document loads its scripts in a renderer that
 * shares two cores with two browsers' pages, and on a loaded machine its first render took over 10 s (a wait that
 * returns as soon as the panel is drawn costs nothing when it is quick).
 */
export async function panelFrame(page: Page, timeout = 25_000) {
  const handle = await page.waitForSelector('[data-tactful="panel"] iframe', { timeout, state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('panel iframe has no frame');
  await frame.waitForSelector('.tf-panel, .tf-collapsed', { timeout });
  await panelClickable(frame, timeout);
  return frame;
}

/**
 * Waits until a click in the panel acts: the clickjacking guard ignores clicks while the panel is
 * hidden or covered, and for a moment after it appears, moves or changes size.
 */
export async function panelClickable(panel: Frame, timeout = 25_000): Promise<void> {
  await panel.waitForSelector('html[data-tf-clicks="ready"]', { timeout, state: 'attached' });
}

/** Polls `check` every 100 ms until it holds; throws after `timeout` ms (for scripts that have no test runner's poll). */
export async function waitUntil(check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for the panel');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function panelText(panel: Frame, testId: string): Promise<string> {
  return (await panel.locator(`[data-testid="${testId}"]`).textContent()) ?? '';
}

/** What the test pages record of the input events the host editor received (window.__events). */
export interface HostEvent {
  type: string;
  inputType: string;
  trusted: boolean;
  text: string;
}

/**
 * How long a browser test waits for a write from the panel to land in the host editor (and for
 * the host's undo): the click goes panel -> page script -> editor, the first write into an iframe
 * editor injects the page bridge and takes two undo snapshots (up to 500 ms each), and the
 * machine running the tests may be busy. expect.poll's default (1 s) read the draft before a
 * write landed under load; a generous timeout costs nothing when the write is quick.
 */
export const WRITE_WAIT = { timeout: 20_000, interval: 100 } as const;

/**
 * Waits for a polled expectation on what a write produced (`check`, usually
 * `expect.poll(read, WRITE_WAIT)...`); if it fails, the panel's notice (a refused click, a stale
 * draft, a failed write copied to the clipboard) is added to the error, since that is the write's
 * reply when it did not succeed.
 */
export async function expectWritten(panel: Frame, check: () => Promise<unknown>): Promise<void> {
  try {
    await check();
  } catch (e) {
    const notice = await panel.locator('.tf-notice').allTextContents().catch(() => []);
    if (notice.length && e instanceof Error) e.message += `\n(the panel said: ${notice.join(' | ')})`;
    throw e;
  }
}

/**
 * Clicks the first alternative of the first suggestion whose phrase contains `containing`
 * (the test drafts say "I can't ship it until Monday"); returns the phrase and its replacement.
 */
export async function applySuggestionFor(
  panel: Frame,
  containing = 'until',
  within?: string,
): Promise<{ phrase: string; replacement: string }> {
  const item = panel.locator('.rewrite-item').filter({ has: panel.locator('.rewrite-phrase', { hasText: containing }) }).first();
  await item.waitFor({ timeout: 10_000 });
  let phrase = (await item.locator('.rewrite-phrase').first().textContent()) ?? '';
  if (within !== undefined) {
    // The panel follows typing a beat behind: a draft typed in front of existing text ("…until Monday.Hi Sara,"
    // before the Enter) can leave a phrase on the panel that the finished draft no longer has. Wait for the
    // panel to show a phrase of the draft as it is now.
    const { expect } = await import('vitest');
    const text = within.toLowerCase();
    await expect
      .poll(async () => {
        phrase = (await item.locator('.rewrite-phrase').first().textContent()) ?? '';
        return phrase.length > 0 && text.includes(phrase.toLowerCase());
      }, { timeout: 10_000, interval: 100 })
      .toBe(true);
  }
  const button = item.locator('.rewrite-replacement').first();
  const replacement = (await button.textContent()) ?? '';
  // The click guard ignores clicks while the panel settles after appearing or moving.
  await panelClickable(panel);
  await button.click();
  return { phrase, replacement };
}

/** A host editor as a browser test drives it. */
export interface EditorUnderTest {
  read(p: Page): Promise<string>;
  focus(p: Page): Promise<void>;
  /** How the host sees the write: 'insertText' input events, or a model change ('model', CKEditor 5). */
  via: 'insertText' | 'model';
}

/** Normalises what innerText gives for paragraphs in different editors (blank lines between <p>). */
const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\n+/g, '\n').trim();

/**
 * Applies a suggestion from the panel and checks that exactly that span changed, that the host saw it as
 * its own input (window.__events, recorded by the page), that the panel follows the new draft,
 * and that the editor's own Ctrl+Z restores the text.
 */
export async function expectApplyAndUndo(page: Page, panel: Frame, ed: EditorUnderTest, flag = 'until'): Promise<void> {
  const { expect } = await import('vitest');
  const before = norm(await ed.read(page));
  await page.evaluate(() => ((window as unknown as { __events: unknown[] }).__events = []));
  const { phrase, replacement } = await applySuggestionFor(panel, flag, before);
  expect(phrase.length).toBeGreaterThan(0);
  const at = before.toLowerCase().indexOf(phrase.toLowerCase());
  expect(at).toBeGreaterThanOrEqual(0);
  const expected = before.slice(0, at) + replacement + before.slice(at + phrase.length);
  await expectWritten(panel, () => expect.poll(async () => norm(await ed.read(page)), WRITE_WAIT).toBe(expected));
  const events = (await page.evaluate(() => (window as unknown as { __events: HostEvent[] }).__events)) as HostEvent[];
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((e) => e.trusted)).toBe(true);
  if (ed.via === 'insertText') expect(events.some((e) => e.inputType === 'insertText')).toBe(true);
  else expect(events.some((e) => e.inputType === 'model' && e.text.includes(replacement.slice(0, 12)))).toBe(true);
  await expect.poll(async () => panel.locator('.rewrite-phrase').filter({ hasText: phrase }).count(), WRITE_WAIT).toBe(0);
  await ed.focus(page);
  await page.keyboard.press('Control+z');
  try {
    await expect.poll(async () => norm(await ed.read(page)), { timeout: 5_000, interval: 100 }).toBe(before);
  } catch {
    // A Ctrl+Z that reached no editor (the click's focus still settling under load) changes nothing; press once more only
    // then. An insertion missing from the editor's undo stack still fails: the second press changes nothing either.
    if (norm(await ed.read(page)) === expected) {
      await ed.focus(page);
      await page.keyboard.press('Control+z');
    }
    await expect.poll(async () => norm(await ed.read(page)), WRITE_WAIT).toBe(before);
  }
}

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};
