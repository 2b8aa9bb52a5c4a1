/**
 * One Chromium with the built extension and the test-page server per browser-test file, with the
 * server's host added in Options > Sites so the panel opens by itself there.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, panelFrame, sendFromExtension, startServer, type Launched } from './harness.ts';

export interface TestBrowser {
  launched: Launched;
  origin: string;
  /** Opens a test page and waits for the panel on it. */
  open(path: string, origin?: string): Promise<{ page: Page; panel: Frame }>;
}

export function useTestBrowser(): TestBrowser {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const b: TestBrowser = {
    launched: undefined as unknown as Launched,
    origin: '',
    async open(path: string, origin = b.origin) {
      const page = await b.launched.context.newPage();
      await page.goto(`${origin}${path}`);
      if (path.startsWith('/real/')) await page.waitForSelector('body[data-ready="1"]', { timeout: 20_000 });
      return { page, panel: await panelFrame(page) };
    },
  };
  beforeAll(async () => {
    server = await startServer();
    b.origin = server.origin;
    b.launched = await launchWithExtension();
    await sendFromExtension(b.launched, { type: 'sites.add', host: new URL(b.origin).host });
  });
  afterAll(async () => {
    await b.launched?.close();
    await server?.close();
  });
  return b;
}
