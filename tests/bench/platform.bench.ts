/**
 * Platform costs in real Chromium with the built extension (run `npm run build` first):
 * content-script size, main-thread time the content script adds to a page load, panel time to
 * first render, and a message round trip panel -> background -> Dexie -> panel.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, chromePath, launchWithExtension, panelFrame, sendFromExtension, startServer } from '../e2e/harness.ts';
import { fmt, percentile } from './stats.ts';

type Page = import('playwright-core').Page;

/** Main-thread task and script time (ms) a page spends from navigation until it has been idle a while. */
async function loadCost(page: Page, url: string, settle = 500): Promise<{ task: number; script: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable'); // counts from here: before the navigation starts
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(settle);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  await cdp.detach();
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

export default async function platformBench() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('skipped: build the extension first (npm run build)');
    return;
  }
  const csDir = join(EXTENSION_DIR, 'content-scripts');
  const sizes = [...readdirSync(csDir).filter((f) => f.endsWith('.js')).map((f) => ['loader on every page', join(csDir, f)]), ['page script, only where Tactful is used', join(EXTENSION_DIR, 'tactful-page.js')]];
  for (const [what, file] of sizes) {
    const buf = readFileSync(file);
    console.log(`${what} (${file.split('/').slice(-1)[0]}): ${(buf.length / 1024).toFixed(1)} KiB, gzipped ${(gzipSync(buf).length / 1024).toFixed(1)} KiB`);
  }
  const panelJs = readdirSync(join(EXTENSION_DIR, 'chunks')).filter((f) => f.startsWith('panel'));
  for (const f of panelJs) console.log(`panel chunk ${f}: gzipped ${(gzipSync(readFileSync(join(EXTENSION_DIR, 'chunks', f))).length / 1024).toFixed(1)} KiB`);
  if (!chromePath()) {
    console.log('skipped browser figures: no Chromium');
    return;
  }

  const server = await startServer();
  const RUNS = 12;
  // Main-thread task time for loading a page that Tactful does not open on, with and without the extension.
  const plainUrl = `${server.origin.replace('127.0.0.1', 'localhost')}/demo/tickets/4821`;
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
  const withTimes: number[] = [];
  const withScript: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await launched.context.newPage();
    const c = await loadCost(page, plainUrl);
    withTimes.push(c.task);
    withScript.push(c.script);
    await page.close();
  }
  for (const a of [bareTimes, withTimes, bareScript, withScript]) a.sort((x, y) => x - y);
  const b50 = percentile(bareTimes, 50);
  const w50 = percentile(withTimes, 50);
  console.log(`page load main-thread task time, p50 of ${RUNS}: without extension ${fmt(b50)}, with Tactful (panel closed) ${fmt(w50)}, added ${fmt(w50 - b50)}`);
  console.log(`  of which script: without ${fmt(percentile(bareScript, 50))}, with Tactful ${fmt(percentile(withScript, 50))}, added ${fmt(percentile(withScript, 50) - percentile(bareScript, 50))}`);

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
      trips.sort((a, b) => a - b);
      console.log(`round trip panel -> background -> Dexie -> panel (200 calls): p50 ${fmt(percentile(trips, 50))}, p99 ${fmt(percentile(trips, 99))}`);
    }
    await page.close();
  }
  firsts.sort((a, b) => a - b);
  withPanel.sort((a, b) => a - b);
  console.log(`panel time to first render (module start to first frame), p50 of 5: ${fmt(percentile(firsts, 50))}, max ${fmt(firsts[firsts.length - 1])}`);
  console.log(`host page main-thread task time for a load that opens the panel (enabled site; the panel itself runs in its own frame), p50 of 5: ${fmt(percentile(withPanel, 50))}`);
  await launched.close();
  await server.close();
}
