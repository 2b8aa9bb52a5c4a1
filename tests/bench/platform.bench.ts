/**
 * Platform costs in real Chromium with the built extension (run `npm run build` first):
 * bundle sizes, main-thread time Tactful adds to the host page (page load, opening the panel, a
 * keystroke on a 20-message thread), messages and bytes per keystroke, messages that reach the
 * service worker on pages Tactful is not used on, panel time to first render, and a message round
 * trip panel -> background -> Dexie -> panel.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { EXTENSION_DIR, chromePath, launchWithExtension, panelFrame, sendFromExtension, startServer, tabIdOf, type Launched } from '../e2e/harness.ts';
import { fmt, percentile } from './stats.ts';

const p50 = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

/** Main-thread task and script time (ms) the page has spent since Performance.enable. */
async function metrics(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (m.find((x) => x.name === name)?.value ?? NaN) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/** Main-thread task and script time (ms) a page spends from navigation until it has been idle a while. */
async function loadCost(page: Page, url: string, settle = 500): Promise<{ task: number; script: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable'); // counts from here: before the navigation starts
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(settle);
  const out = await metrics(cdp);
  await cdp.detach();
  return out;
}

/** A helpdesk-like page with a 20-message thread (about 1 KB each) and a reply box. */
function threadPage(editor: 'textarea' | 'contenteditable'): string {
  const para = 'I ordered a lamp three weeks ago and it still has not shipped, the tracking page says nothing and nobody answers the phone. ';
  const msgs = Array.from({ length: 20 }, (_, i) => {
    const who = i % 2 === 0 ? 'customer' : 'agent';
    return `<article class="message from-${who}"><header>${who === 'customer' ? 'Dana' : 'Sam'} · message ${i + 1}</header><div class="message-body">${para.repeat(8)} (${i + 1})</div></article>`;
  }).join('\n');
  const box = editor === 'textarea'
    ? '<textarea id="reply" rows="6" cols="60">Hello,\nUnfortunately I can\'t ship it until Monday.\n</textarea>'
    : '<div id="reply" contenteditable="true" role="textbox" aria-label="Reply" style="min-height:80px;border:1px solid #ccc">Hello,<br>Unfortunately I can\'t ship it until Monday.</div>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticket 20</title><style>body{font:14px system-ui;margin:20px;max-width:700px}.message{border:1px solid #ccc;padding:8px;margin:8px 0}</style></head><body><section class="thread">${msgs}</section><form>${box}</form></body></html>`;
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

/** Per-keystroke host main-thread time, with the messages and bytes the page script sent. */
async function keystrokes(launched: Launched, url: string, withPanel: boolean, keys = 30) {
  const page = await launched.context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const panel = withPanel ? await panelFrame(page) : null;
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  const outgoing = panel ? await countOutgoing(cdp, panel) : null;
  const workerCount = await countWorkerMessages(launched);
  await cdp.send('Performance.enable');
  await page.locator('#reply').click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(400);
  const sent0 = outgoing ? await outgoing() : { messages: 0, bytes: 0 };
  const worker0 = await workerCount();
  const perKey: number[] = [];
  for (let i = 0; i < keys; i++) {
    const before = await metrics(cdp);
    await page.keyboard.type('abcdefghij'[i % 10]);
    // Long enough for every debounced reaction (frame, 120-300 ms timers) to run.
    await page.waitForTimeout(450);
    perKey.push((await metrics(cdp)).task - before.task);
  }
  const sent1 = outgoing ? await outgoing() : { messages: 0, bytes: 0 };
  const worker1 = await workerCount();
  await cdp.detach();
  await page.close();
  return { p50: p50(perKey), messages: (sent1.messages - sent0.messages) / keys, bytes: (sent1.bytes - sent0.bytes) / keys, worker: (worker1 - worker0) / keys };
}

function sizes() {
  const kib = (file: string) => {
    const buf = readFileSync(file);
    return `${(buf.length / 1024).toFixed(1)} KiB, gzipped ${(gzipSync(buf).length / 1024).toFixed(1)} KiB`;
  };
  const csDir = join(EXTENSION_DIR, 'content-scripts');
  for (const f of readdirSync(csDir).filter((x) => x.endsWith('.js'))) console.log(`loader on every matching page (${f}): ${kib(join(csDir, f))}`);
  console.log(`page script, only where Tactful is used (tactful-page.js): ${kib(join(EXTENSION_DIR, 'tactful-page.js'))}`);
  console.log(`background service worker (background.js): ${kib(join(EXTENSION_DIR, 'background.js'))}`);
  const panelJs = readdirSync(join(EXTENSION_DIR, 'chunks')).filter((f) => f.startsWith('panel'));
  for (const f of panelJs) console.log(`panel chunk ${f}: ${kib(join(EXTENSION_DIR, 'chunks', f))}`);
}

export default async function platformBench() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('skipped: build the extension first (npm run build)');
    return;
  }
  sizes();
  if (!chromePath()) {
    console.log('skipped browser figures: no Chromium');
    return;
  }

  const server = await startServer();
  const RUNS = 12;
  // The same server under a host Tactful does not know.
  const otherOrigin = server.origin.replace('127.0.0.1', 'localhost');
  const plainUrl = `${otherOrigin}/demo/tickets/4821`;
  const bare = await chromium.launch({ executablePath: chromePath()!, headless: true, args: ['--no-sandbox', '--disable-gpu', '--headless=new'] });
  const bareTimes: number[] = [];
  const bareScript: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await bare.newPage();
    const c = await loadCost(page, plainUrl);
    bareTimes.push(c.task);
    bareScript.push(c.script);
    await page.close();
  }
  await bare.close();

  const launched = await launchWithExtension();
  await routeThreadPages(launched.context, [server.origin, otherOrigin]);
  await launched.context.addInitScript(countPortMessages);
  const workerCount = await countWorkerMessages(launched);
  const worker0 = await workerCount();
  const withTimes: number[] = [];
  const withScript: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await launched.context.newPage();
    const c = await loadCost(page, plainUrl);
    withTimes.push(c.task);
    withScript.push(c.script);
    await page.close();
  }
  const wakeups = ((await workerCount()) - worker0) / RUNS;
  const b50 = p50(bareTimes);
  const w50 = p50(withTimes);
  console.log(`page load main-thread task time, p50 of ${RUNS}: without extension ${fmt(b50)}, with Tactful (panel closed) ${fmt(w50)}, added ${fmt(w50 - b50)}`);
  console.log(`  of which script: without ${fmt(p50(bareScript))}, with Tactful ${fmt(p50(withScript))}, added ${fmt(p50(withScript) - p50(bareScript))}`);
  console.log(`messages reaching the service worker per unrelated page load (each wakes a sleeping worker): ${wakeups.toFixed(2)}`);

  // Opening the panel on a page that is already loaded (toolbar, shortcut or menu).
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await launched.context.newPage();
    await page.goto(`${otherOrigin}/plain.html`, { waitUntil: 'networkidle' });
    const tabId = await tabIdOf(launched, page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.waitForTimeout(300);
    const before = await metrics(cdp);
    await sendFromExtension(launched, { type: 'panel.toggleInTab', tabId });
    const frame = await panelFrame(page);
    await frame.waitForSelector('[data-testid="tf-editor"]');
    await page.waitForTimeout(800);
    opens.push((await metrics(cdp)).task - before.task);
    await cdp.detach();
    await page.close();
  }
  console.log(`host main-thread time added by opening the panel on a loaded page (toolbar), p50 of 5: ${fmt(p50(opens))}`);

  // Panel: time to first render and a database round trip, on an enabled site.
  await sendFromExtension(launched, { type: 'sites.add', host: new URL(server.origin).host });
  const firsts: number[] = [];
  const withPanel: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await launched.context.newPage();
    const cost = loadCost(page, `${server.origin}/demo/tickets/4821`, 800);
    const frame = await panelFrame(page);
    await frame.waitForFunction(() => document.documentElement.hasAttribute('data-first-render-ms'));
    firsts.push(Number(await frame.evaluate(() => document.documentElement.getAttribute('data-first-render-ms'))));
    withPanel.push((await cost).task);
    if (i === 4) {
      const trips = await frame.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
        const out: number[] = [];
        for (let k = 0; k < 200; k++) {
          const t0 = performance.now();
          await c.runtime.sendMessage({ type: 'tags.forConversation', conversation: 'demo:4821' });
          out.push(performance.now() - t0);
        }
        return out;
      });
      console.log(`round trip panel -> background -> Dexie -> panel (200 calls): p50 ${fmt(p50(trips))}, p99 ${fmt(percentile(trips.sort((a, b) => a - b), 99))}`);
    }
    await page.close();
  }
  console.log(`panel time to first render (module start to first frame), p50 of 5: ${fmt(p50(firsts))}, max ${fmt(Math.max(...firsts))}`);
  console.log(`host page main-thread task time for a load that opens the panel (enabled site), p50 of 5: ${fmt(p50(withPanel))}, added over the bare page ${fmt(p50(withPanel) - b50)}`);

  // A keystroke in the reply box of a 20-message thread.
  for (const kind of ['textarea', 'contenteditable'] as const) {
    const off = await keystrokes(launched, `${otherOrigin}/bench/thread-${kind}`, false);
    const on = await keystrokes(launched, `${server.origin}/bench/thread-${kind}`, true);
    console.log(`keystroke in a ${kind} on a 20-message thread, host main-thread task time p50 of 30: panel open ${fmt(on.p50)}, Tactful not opened ${fmt(off.p50)}, added ${fmt(on.p50 - off.p50)}`);
    console.log(`  per keystroke: ${on.messages.toFixed(2)} messages, ${Math.round(on.bytes)} bytes sent by the page script; ${on.worker.toFixed(2)} messages reach the service worker`);
  }
  await launched.close();
  await server.close();
}
