/** Where the browser tests, `npm start` and scripts/ensure-chromium.ts look for Chromium. */
import { existsSync } from 'node:fs';

export function chromePath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}
