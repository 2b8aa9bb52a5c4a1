/**
 * `npm start`: builds (via the npm script), serves the demo helpdesk on 127.0.0.1 and opens
 * Chromium with Tactful loaded on it. Without a display it runs headless, saves a screenshot
 * and says where.
 */
import { join } from 'node:path';
import { chromePath, launchWithExtension, panelFrame, ROOT, sendFromExtension, startServer } from './harness.ts';

if (!chromePath()) {
  console.error('Tactful needs Chromium to start the demo. On Debian: sudo apt-get install -y chromium fonts-liberation\nOr set CHROME_PATH to a Chrome or Chromium binary.');
  process.exit(1);
}
const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';
const { origin, close } = await startServer();
const launched = await launchWithExtension({ headless: !headed });
// The demo host opens the panel by itself, as a helpdesk the agent added in Options > Sites would.
await sendFromExtension(launched, { type: 'sites.add', host: new URL(origin).host });
const page = await launched.context.newPage();
await page.goto(`${origin}/demo/tickets/4821`);
console.log(`Tactful demo: ${origin}/demo/tickets/4821 (extension ${launched.extensionId})`);
if (!headed) {
  await panelFrame(page);
  await page.waitForTimeout(800);
  const shot = join(ROOT, '.output', 'demo.png');
  await page.screenshot({ path: shot });
  console.log(`No display found, so Chromium ran headless. Screenshot of the demo: ${shot}`);
  await launched.close();
  await close();
} else {
  console.log('Close the browser window to stop.');
  launched.context.on('close', () => void close().then(() => process.exit(0)));
}
