/**
 * Run by `npm test` before anything else: the browser tests need Debian's Chromium (or
 * CHROME_PATH). When it is missing and this user may install packages (root, or sudo without a
 * password), it installs `chromium fonts-liberation` with apt-get; otherwise it prints one line
 * saying exactly what to run and exits non-zero, so a fresh machine never fails halfway through
 * with a browser error.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath } from '../tests/e2e/chrome.ts';

const PACKAGES = ['chromium', 'fonts-liberation'];
const HOWTO = `sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`;

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

function canRun(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  fail(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist: fix it, or unset it and run ${HOWTO}`);
}
if (chromePath()) process.exit(0);

const hasApt = existsSync('/usr/bin/apt-get');
const root = process.getuid?.() === 0;
const sudo = !root && hasApt && canRun('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;
if (!hasApt || (!root && !sudo)) {
  fail(`No Chromium found for the browser tests: run \`${hasApt ? HOWTO : 'install Chromium'}\` (or set CHROME_PATH to a Chrome or Chromium binary), then npm test again.`);
}

console.log(`No Chromium found: installing Debian's ${PACKAGES.join(' ')} for the browser tests…`);
const run = (args: string[]) => {
  const [cmd, ...rest] = [...(sudo ?? []), ...args];
  execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
try {
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...PACKAGES]);
} catch {
  fail(`Installing Chromium failed: run \`${HOWTO}\` and read its error, then npm test again.`);
}
if (!chromePath()) fail(`apt-get installed ${PACKAGES.join(' ')} but no Chromium is at /usr/bin/chromium: set CHROME_PATH to the binary.`);
console.log(`Chromium installed: ${chromePath()}`);
