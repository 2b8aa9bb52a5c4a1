/**
 * Screenshots of the panel on a full-width page (the demo helpdesk, which reserves no room for
 * the panel): 1366×768 and 1024×700, English and Persian UI, light and dark theme, written to
 * .output/screenshots/ (not committed). Needs a build first:
 *
 *   npm run build && npx tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, panelFrame, panelText, ROOT, sendFromExtension, startServer, waitUntil } from '../tests/e2e/harness.ts';

const OUT = join(ROOT, '.output', 'screenshots');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];
const LANGS = [
  { lang: 'en', ticket: '4821', customer: 'third time' },
  { lang: 'fa', ticket: '4822', customer: 'بازم' },
] as const;
const THEMES = ['light', 'dark'] as const;

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const launched = await launchWithExtension();
  try {
    await sendFromExtension(launched, { type: 'sites.add', host: new URL(server.origin).host });
    for (const size of SIZES) {
      for (const { lang, ticket, customer } of LANGS) {
        for (const theme of THEMES) {
          await sendFromExtension(launched, { type: 'prefs.set', patch: { uiLanguage: lang, theme, panelSide: 'right', panelWidth: 360, panelCollapsed: false, panelPlacement: 'auto' } });
          const page = await launched.context.newPage();
          await page.setViewportSize(size);
          await page.emulateMedia({ colorScheme: theme });
          await page.goto(`${server.origin}/demo/tickets/${ticket}`);
          const panel = await panelFrame(page);
          await waitUntil(async () => (await panelText(panel, 'tf-customer')).includes(customer));
          await panel.locator('.rewrite-item').first().waitFor({ timeout: 10_000 });
          await page.waitForTimeout(400);
          const file = join(OUT, `panel-${size.width}x${size.height}-${lang}-${theme}.png`);
          await page.screenshot({ path: file });
          console.log(file);
          await page.close();
        }
      }
    }
  } finally {
    await sendFromExtension(launched, { type: 'prefs.set', patch: { uiLanguage: 'auto', theme: 'system' } }).catch(() => {});
    await launched.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
