/**
 * Platform costs in real Chromium with the built extension (run `npm run build` first):
 * bundle sizes, main-thread time Tactful adds to the host page (page load, opening the panel, a
 * keystroke on a 20-message thread), messages and bytes per keystroke, messages that reach the
 * service worker on pages Tactful is not used on, panel time to first render, and a message round
 * trip panel -> background -> Dexie -> panel. Each figure is printed beside the same figure for
 * the build before issue 11 (platform.baseline.json, measured by this file with
 * TACTFUL_EXTENSION_DIR pointing at that build; PLATFORM_SAVE=<file> writes a run's figures).
 *
 * Host time is read from the page's renderer with Performance.getMetrics: TaskDuration (wall time
 * of main-thread tasks: grows when the machine is busy, because a task that waits for a core still
 * counts) and ThreadTime (CPU time of that thread: what the work costs on a free core). The panel
 * is an extension page in an out-of-process iframe, so its own work is not in these figures; the
 * benchmark never runs script in the host page while it measures (it waits for the panel from
 * Node and inside the panel's frame), so Playwright's own polling is not counted either.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { EXTENSION_DIR, chromePath, launchWithExtension, panelFrame, sendFromExtension, startServer, tabIdOf, type Launched } from '../e2e/harness.ts';
import { fmt, percentile } from './stats.ts';
import { threadPage } from './threadpage.ts';

const pct = (xs: number[], p: number) => percentile([...xs].sort((a, b) => a - b), p);
const p50 = (xs: number[]) => pct(xs, 50);
/** "p50 (p25–p75)": the middle and the spread of a set of measurements. */
const spread = (xs: number[]) => `${fmt(p50(xs))} (${fmt(pct(xs, 25))}–${fmt(pct(xs, 75))})`;
/** The machine's load average (1, 5, 15 min): wall times mean little without it on a shared machine. */
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

interface HostTime {
  /** Main-thread task wall time, ms. */
  task: number;
  script: number;
  /** Main-thread CPU time, ms. */
  cpu: number;
}

/** Main-thread task, script and CPU time (ms) the page has spent since Performance.enable. */
async function metrics(cdp: CDPSession): Promise<HostTime> {
  const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (m.find((x) => x.name === name)?.value ?? NaN) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), cpu: get('ThreadTime') };
}
const minus = (a: HostTime, b: HostTime): HostTime => ({ task: a.task - b.task, script: a.script - b.script, cpu: a.cpu - b.cpu });

/** The panel's frame, found without running script in the host page (Playwright's locators poll inside the page). */
async function panelFrameFromOutside(page: Page, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/panel.html'));
    if (frame) return frame;
    if (Date.now() > end) throw new Error('no panel frame');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Main-thread task and script time (ms) a page spends from navigation until it has been idle a while. */
async function loadCost(page: Page, url: string, settle = 500): Promise<HostTime> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable'); // counts from here: before the navigation starts
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(settle);
  const out = await metrics(cdp);
  await cdp.detach();
  return out;
}

async function routeThreadPages(context: BrowserContext, origins: string[]) {
  for (const origin of origins) {
    for (const kind of ['textarea', 'contenteditable'] as const) {
      await context.route(`${origin}/bench/thread-${kind}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: threadPage(kind) }));
    }
  }
}

/**
 * Counts what the page script sends per keystroke, installed through the DevTools protocol and an
 * init script so the extension carries no benchmark code: runtime.sendMessage calls in the page
 * script's isolated world (the broadcast Tactful used before the port), and port messages as the
 * panel receives them (a port's postMessage is an own property of each port, so the receiving end
 * is where they can be counted). Bytes are JSON characters.
 */
async function countOutgoing(cdp: CDPSession, panel: import('playwright-core').Frame): Promise<() => Promise<{ messages: number; bytes: number }>> {
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 200));
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Tactful');
  if (!world) throw new Error(`no Tactful isolated world among ${contexts.map((c) => c.name).join(', ')}`);
  await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `(() => {
      const stats = (globalThis.__benchStats = { messages: 0, bytes: 0 });
      const send = chrome.runtime.sendMessage.bind(chrome.runtime);
      chrome.runtime.sendMessage = (...a) => { stats.messages++; stats.bytes += JSON.stringify(a[0])?.length ?? 0; return send(...a); };
    })()`,
  });
  return async () => {
    const r = (await cdp.send('Runtime.evaluate', { contextId: world.id, expression: 'JSON.stringify(globalThis.__benchStats)', returnByValue: true })) as { result: { value: string } };
    const sent = JSON.parse(r.result.value) as { messages: number; bytes: number };
    const port = await panel.evaluate(() => (globalThis as unknown as { __benchPort?: { messages: number; bytes: number } }).__benchPort ?? { messages: 0, bytes: 0 });
    return { messages: sent.messages + port.messages, bytes: sent.bytes + port.bytes };
  };
}

/** In extension pages: counts the messages every port opened with tabs.connect receives. */
function countPortMessages() {
  const g = globalThis as unknown as { __benchPort?: { messages: number; bytes: number }; chrome?: { tabs?: { connect?: (...a: unknown[]) => { onMessage: { addListener(f: (m: unknown, ...r: unknown[]) => unknown): void } } } } };
  const tabs = g.chrome?.tabs;
  if (location.protocol !== 'chrome-extension:' || !tabs?.connect) return;
  const stats = (g.__benchPort = { messages: 0, bytes: 0 });
  const connect = tabs.connect.bind(tabs);
  tabs.connect = (...a: unknown[]) => {
    const port = connect(...a);
    const add = port.onMessage.addListener.bind(port.onMessage);
    port.onMessage.addListener = (f) =>
      add((m, ...r) => {
        stats.messages++;
        stats.bytes += JSON.stringify(m)?.length ?? 0;
        return f(m, ...r);
      });
    return port;
  };
}

/** Counts messages and port connections that reach the service worker (each would wake a sleeping worker). */
async function countWorkerMessages(launched: Launched): Promise<() => Promise<number>> {
  await launched.worker.evaluate(() => {
    const g = globalThis as unknown as { __benchWorker?: number; chrome: { runtime: { onMessage: { addListener(f: () => void): void }; onConnect: { addListener(f: () => void): void } } } };
    if (g.__benchWorker !== undefined) return;
    g.__benchWorker = 0;
    g.chrome.runtime.onMessage.addListener(() => void g.__benchWorker!++);
    g.chrome.runtime.onConnect.addListener(() => void g.__benchWorker!++);
  });
  return () => launched.worker.evaluate(() => (globalThis as unknown as { __benchWorker: number }).__benchWorker);
}

/** A page ready for typing at the end of its reply box, with its DevTools session measuring. */
async function typingPage(launched: Launched, url: string, withPanel: boolean) {
  const page = await launched.context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const panel = withPanel ? await panelFrame(page) : null; // before measuring: its polling runs in the host page
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  const outgoing = panel ? await countOutgoing(cdp, panel) : null;
  await cdp.send('Performance.enable');
  await page.locator('#reply').click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(400);
  return { page, cdp, outgoing, perKey: [] as HostTime[] };
}

/**
 * Per-keystroke host main-thread time on a page with the panel open and on the same page where
 * Tactful is not used, typed in turn (one key here, one key there) so that the machine's load
 * weighs on both alike; with the messages and bytes the page script sent per key.
 */
async function keystrokes(launched: Launched, onUrl: string, offUrl: string, keys = 30) {
  const on = await typingPage(launched, onUrl, true);
  const off = await typingPage(launched, offUrl, false);
  const workerCount = await countWorkerMessages(launched);
  const sent0 = await on.outgoing!();
  const worker0 = await workerCount();
  for (let i = 0; i < keys; i++) {
    for (const t of [on, off]) {
      await t.page.bringToFront();
      await t.page.waitForTimeout(300); // what coming to the front sets off (focus, visibility) is not the keystroke's
      const before = await metrics(t.cdp);
      await t.page.keyboard.type('abcdefghij'[i % 10]);
      // Long enough for every debounced reaction (frame, 120-300 ms timers) to run.
      await t.page.waitForTimeout(450);
      t.perKey.push(minus(await metrics(t.cdp), before));
    }
  }
  const sent1 = await on.outgoing!();
  const worker1 = await workerCount();
  for (const t of [on, off]) {
    await t.cdp.detach();
    await t.page.close();
  }
  const all = (t: typeof on, k: keyof HostTime) => t.perKey.map((x) => x[k]);
  return {
    on: { task: all(on, 'task'), cpu: all(on, 'cpu') },
    off: { task: all(off, 'task'), cpu: all(off, 'cpu') },
    messages: (sent1.messages - sent0.messages) / keys,
    bytes: (sent1.bytes - sent0.bytes) / keys,
    worker: (worker1 - worker0) / keys,
  };
}

type Figures = Record<string, number>;
const KIB = 1024;

function sizes(out: Figures) {
  const kib = (file: string) => {
    const buf = readFileSync(file);
    return { raw: buf.length / KIB, gz: gzipSync(buf).length / KIB };
  };
  const csDir = join(EXTENSION_DIR, 'content-scripts');
  for (const f of readdirSync(csDir).filter((x) => x.endsWith('.js'))) {
    const k = kib(join(csDir, f));
    report(out, `loader ${f} KiB`, k.raw, 'KiB');
  }
  report(out, 'page script tactful-page.js KiB', kib(join(EXTENSION_DIR, 'tactful-page.js')).raw, 'KiB');
  const bg = kib(join(EXTENSION_DIR, 'background.js'));
  report(out, 'background service worker background.js KiB', bg.raw, 'KiB');
  report(out, 'background service worker background.js KiB gzipped', bg.gz, 'KiB');
  const panelJs = readdirSync(join(EXTENSION_DIR, 'chunks')).filter((f) => f.startsWith('panel'));
  report(out, 'panel chunks KiB', panelJs.reduce((a, f) => a + kib(join(EXTENSION_DIR, 'chunks', f)).raw, 0), 'KiB');
}

const BASELINE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'platform.baseline.json');
const baseline: { build: string; figures: Figures } = existsSync(BASELINE_FILE) ? JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) : { build: 'none', figures: {} };

/** Prints one figure beside the baseline build's and keeps it for PLATFORM_SAVE. */
function report(out: Figures, name: string, value: number, unit: 'ms' | 'KiB' | '' = 'ms', baselineName = name) {
  out[name] = value;
  const show = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? 'n/a' : unit === 'ms' ? fmt(v) : `${v.toFixed(unit === 'KiB' ? 1 : 2)}${unit ? ` ${unit}` : ''}`);
  console.log(`${name}: ${show(value)}   (before issue 11: ${show(baseline.figures[baselineName])})`);
}

/** Which parts to run: PLATFORM_PARTS=sizes,load,open,panel,keys (all by default). */
const parts = new Set((process.env.PLATFORM_PARTS ?? 'sizes,load,open,panel,keys').split(','));

export default async function platformBench() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('skipped: build the extension first (npm run build)');
    return;
  }
  console.log(`extension: ${EXTENSION_DIR}; baseline: ${baseline.build}; load average ${load()}`);
  const out: Figures = {};
  if (parts.has('sizes')) sizes(out);
  if (!chromePath()) {
    console.log('skipped browser figures: no Chromium');
    return;
  }

  const server = await startServer();
  // The same server under a host Tactful does not know.
  const otherOrigin = server.origin.replace('127.0.0.1', 'localhost');
  const launched = await launchWithExtension();
  try {
    await routeThreadPages(launched.context, [server.origin, otherOrigin]);
    await launched.context.addInitScript(countPortMessages);
    if (parts.has('load')) await pageLoads(launched, otherOrigin, out);
    if (parts.has('open')) await panelOpens(launched, otherOrigin, out);
    if (parts.has('panel')) await panelOnEnabledSite(launched, server.origin, out);
    if (parts.has('keys')) await keystrokeCosts(launched, server.origin, otherOrigin, out);
  } finally {
    await launched.close();
    await server.close();
  }
  if (process.env.PLATFORM_SAVE) writeFileSync(process.env.PLATFORM_SAVE, JSON.stringify({ build: EXTENSION_DIR, figures: out }, null, 2));
}

/** A page load where Tactful is not used, without and with the extension; and what reaches the service worker. */
async function pageLoads(launched: Launched, otherOrigin: string, out: Figures) {
  const RUNS = 12;
  const plainUrl = `${otherOrigin}/demo/tickets/4821`;
  const bare = await chromium.launch({ executablePath: chromePath()!, headless: true, args: ['--no-sandbox', '--disable-gpu', '--headless=new'] });
  const bareCost: HostTime[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await bare.newPage();
    bareCost.push(await loadCost(page, plainUrl));
    await page.close();
  }
  await bare.close();
  const workerCount = await countWorkerMessages(launched);
  const worker0 = await workerCount();
  const withCost: HostTime[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await launched.context.newPage();
    withCost.push(await loadCost(page, plainUrl));
    await page.close();
  }
  const wakeups = ((await workerCount()) - worker0) / RUNS;
  const med = (xs: HostTime[], k: keyof HostTime) => p50(xs.map((x) => x[k]));
  console.log(`page load where Tactful is not used, p50 of ${RUNS}: task time without the extension ${fmt(med(bareCost, 'task'))}, with it ${fmt(med(withCost, 'task'))}`);
  report(out, 'page load (Tactful not used): host task time added', med(withCost, 'task') - med(bareCost, 'task'));
  report(out, 'page load (Tactful not used): host CPU time added', med(withCost, 'cpu') - med(bareCost, 'cpu'));
  report(out, 'messages reaching the service worker per unrelated page load', wakeups, '');
}

/**
 * Opening the panel on a page that is already loaded (toolbar, shortcut or menu), and the same page
 * left alone over the same span, in turn (one open, one idle page), so the added time is measured
 * against what the page costs by itself (timers, caret, DevTools' own metric calls) under the same load.
 */
async function panelOpens(launched: Launched, otherOrigin: string, out: Figures) {
  const RUNS = Number(process.env.PLATFORM_OPENS ?? 7);
  const opens: HostTime[] = [];
  const idles: HostTime[] = [];
  for (let i = 0; i < RUNS; i++) {
    const span = await measureOpen(launched, `${otherOrigin}/plain.html`, opens);
    await measureIdle(launched, `${otherOrigin}/plain.html`, span, idles);
  }
  const all = (xs: HostTime[], k: keyof HostTime) => xs.map((x) => x[k]);
  console.log(`opening the panel, host p50 (p25–p75) of ${RUNS}, panel opened / page left alone: task time ${spread(all(opens, 'task'))} / ${spread(all(idles, 'task'))}, CPU time ${spread(all(opens, 'cpu'))} / ${spread(all(idles, 'cpu'))}; load ${load()}`);
  // Named as before issue 11 (when 7 runs were the default), so the old figure prints beside the new.
  report(out, `opening the panel on a loaded page (toolbar): host task time, p50 of ${RUNS}`, p50(all(opens, 'task')), 'ms', 'opening the panel on a loaded page (toolbar): host task time, p50 of 7');
  report(out, `opening the panel on a loaded page (toolbar): host CPU time, p50 of ${RUNS}`, p50(all(opens, 'cpu')), 'ms', 'opening the panel on a loaded page (toolbar): host CPU time, p50 of 7');
  report(out, `opening the panel on a loaded page (toolbar): host task time added, p50 of ${RUNS}`, p50(all(opens, 'task')) - p50(all(idles, 'task')));
  report(out, `opening the panel on a loaded page (toolbar): host CPU time added, p50 of ${RUNS}`, p50(all(opens, 'cpu')) - p50(all(idles, 'cpu')));
}

/** A loaded page in front (its tab id known to the extension), its DevTools session measuring, after it has settled. */
async function settledPage(launched: Launched, url: string) {
  const page = await launched.context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const tabId = await tabIdOf(launched, page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(300);
  return { page, cdp, tabId };
}

/** Host time from the toolbar's toggle until the panel has drawn its editor and 800 ms more; returns how long that took. */
async function measureOpen(launched: Launched, url: string, into: HostTime[]): Promise<number> {
  const { page, cdp, tabId } = await settledPage(launched, url);
  const before = await metrics(cdp);
  const t0 = Date.now();
  await sendFromExtension(launched, { type: 'panel.toggleInTab', tabId });
  const frame = await panelFrameFromOutside(page);
  await frame.waitForSelector('[data-testid="tf-editor"]', { state: 'attached' });
  await page.waitForTimeout(800);
  into.push(minus(await metrics(cdp), before));
  const span = Date.now() - t0;
  await cdp.detach();
  await page.close();
  return span;
}

/** The same page over the same span with nothing asked of it: what it costs by itself. */
async function measureIdle(launched: Launched, url: string, span: number, into: HostTime[]) {
  const { page, cdp } = await settledPage(launched, url);
  const before = await metrics(cdp);
  await page.waitForTimeout(span);
  into.push(minus(await metrics(cdp), before));
  await cdp.detach();
  await page.close();
}

/** Panel: time to first render and a database round trip, on an enabled site. */
async function panelOnEnabledSite(launched: Launched, origin: string, out: Figures) {
  await sendFromExtension(launched, { type: 'sites.add', host: new URL(origin).host });
  const firsts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await launched.context.newPage();
    await page.goto(`${origin}/demo/tickets/4821`);
    const frame = await panelFrame(page);
    await frame.waitForFunction(() => document.documentElement.hasAttribute('data-first-render-ms'));
    firsts.push(Number(await frame.evaluate(() => document.documentElement.getAttribute('data-first-render-ms'))));
    if (i === 4) {
      const trips = await frame.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
        const times: number[] = [];
        for (let k = 0; k < 200; k++) {
          const t0 = performance.now();
          await c.runtime.sendMessage({ type: 'tags.forConversation', conversation: 'demo:4821' });
          times.push(performance.now() - t0);
        }
        return times;
      });
      report(out, 'round trip panel -> background -> Dexie -> panel, p50 of 200', p50(trips));
    }
    await page.close();
  }
  report(out, 'panel time to first render, p50 of 5', p50(firsts));
}

/** A keystroke in the reply box of a 20-message thread, panel open vs Tactful not opened. */
async function keystrokeCosts(launched: Launched, origin: string, otherOrigin: string, out: Figures) {
  await sendFromExtension(launched, { type: 'sites.add', host: new URL(origin).host });
  for (const kind of ['textarea', 'contenteditable'] as const) {
    const k = await keystrokes(launched, `${origin}/bench/thread-${kind}`, `${otherOrigin}/bench/thread-${kind}`);
    console.log(`keystroke in a ${kind}, host p50 (p25–p75) of 30, panel open / Tactful not opened: task time ${spread(k.on.task)} / ${spread(k.off.task)}, CPU time ${spread(k.on.cpu)} / ${spread(k.off.cpu)}; load ${load()}`);
    report(out, `keystroke in a ${kind} (20-message thread): host task time added, p50 of 30`, p50(k.on.task) - p50(k.off.task));
    report(out, `keystroke in a ${kind} (20-message thread): host CPU time added, p50 of 30`, p50(k.on.cpu) - p50(k.off.cpu));
    report(out, `keystroke in a ${kind}: messages sent by the page script`, k.messages, '');
    report(out, `keystroke in a ${kind}: bytes sent by the page script`, k.bytes, '');
    report(out, `keystroke in a ${kind}: messages reaching the service worker`, k.worker, '');
  }
}
