/**
 * Data of any size, measured for real: the built extension in Debian's Chromium (real IndexedDB),
 * driven through Options > Data as an agent would. It restores a backup of 100,000 articles, then
 * one of 1,000,000 tag events (restores merge by id), saves a backup of both, and restores that
 * backup again, timing each step and reading every Chromium process's peak resident memory
 * (VmHWM) at the end. The largest message is bounded by the chunked transfer (CHUNK_CHARS).
 *
 * Slow (minutes) and needs `npm run build` first, so it runs only when named:
 * `npm run bench -- bigdata`. Sizes: TACTFUL_BENCH_ARTICLES, TACTFUL_BENCH_EVENTS.
 */
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { launchWithExtension } from '../e2e/harness.ts';
import { CHUNK_CHARS } from '../../lib/messaging/chunked.ts';

const ARTICLES = Number(process.env.TACTFUL_BENCH_ARTICLES ?? 100_000);
const EVENTS = Number(process.env.TACTFUL_BENCH_EVENTS ?? 1_000_000);

/** Writes a backup file row by row (a 300 MB string is not needed to make one). */
async function writeBackup(file: string, rows: { kbArticles?: number; tagEvents?: number }): Promise<number> {
  const out = createWriteStream(file);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('{"format":"tactful-backup","formatVersion":1,"kbArticles":[');
  const body = (i: number) => `Article ${i}. If your refund has not arrived after five working days, contact us with the order number. بازپرداخت تا پنج روز کاری انجام می\u200cشود. `.repeat(8);
  for (let i = 0; i < (rows.kbArticles ?? 0); i++) {
    await write(`${i ? ',' : ''}${JSON.stringify({ id: `help.example.com/a/${i}`, title: `Article ${i}`, url: `https://help.example.com/a/${i}`, body: body(i), source: 'file', updatedAt: 1_700_000_000_000 + i })}`);
  }
  await write('],"tagEvents":[');
  const tags = ['billing', 'delivery-delay', 'account', 'policy', 'order-data'];
  for (let i = 0; i < (rows.tagEvents ?? 0); i++) {
    await write(`${i ? ',' : ''}${JSON.stringify({ id: `e${i}`, tagId: tags[i % 5], conversation: `desk.example.com/tickets/${i >> 2}`, site: 'desk.example.com', agent: 'Sara', createdAt: 1_700_000_000_000 + i * 1000 })}`);
  }
  await write(']}');
  out.end();
  await once(out, 'finish');
  return statSync(file).size;
}

/** Every process of the browser we started (found by its profile folder), with its children. */
function browserProcesses(profileMarker: string): number[] {
  const procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number);
  const parent = new Map<number, number>();
  const roots: number[] = [];
  for (const pid of procs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileMarker)) roots.push(pid);
    } catch {
      // gone meanwhile
    }
  }
  const ours = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) if (!ours.has(pid) && ours.has(ppid)) (ours.add(pid), (grew = true));
  }
  return [...ours];
}

function memoryKiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-bigdata-'));
  const articlesFile = join(dir, 'articles.json');
  const eventsFile = join(dir, 'events.json');
  const aSize = await writeBackup(articlesFile, { kbArticles: ARTICLES });
  const eSize = await writeBackup(eventsFile, { tagEvents: EVENTS });
  console.log(`backup files: ${ARTICLES.toLocaleString('en-US')} articles ${(aSize / 2 ** 20).toFixed(0)} MiB; ${EVENTS.toLocaleString('en-US')} tag events ${(eSize / 2 ** 20).toFixed(0)} MiB`);

  const launched = await launchWithExtension();
  const marker = 'tactful-chromium-';
  let peakSum = 0;
  const sampler = setInterval(() => {
    const sum = browserProcesses(marker).reduce((s, pid) => s + memoryKiB(pid, 'VmRSS'), 0);
    peakSum = Math.max(peakSum, sum);
  }, 250);
  try {
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/options.html#data`);
    // Done when the page says so: restored, or an error.
    const outcome = page.locator('.tf-ok, [role="alert"]').first();
    const restore = async (label: string, file: string) => {
      const t0 = performance.now();
      await page.locator('[data-testid="tf-backup-file"]').setInputFiles(file);
      // A restore asks first (Options > Data); the time includes reading the file for that question.
      await page.locator('[data-testid="tf-restore-confirm"] .tf-primary').click({ timeout: 1_800_000 });
      await outcome.waitFor({ timeout: 1_800_000 });
      console.log(`${label}: ${secs(performance.now() - t0)} (${(await outcome.textContent())?.trim()})`);
      await page.reload();
    };
    await restore(`restore ${ARTICLES.toLocaleString('en-US')} articles (Options > Data, file read + chunked transfer + validation + write)`, articlesFile);
    await restore(`restore ${EVENTS.toLocaleString('en-US')} tag events`, eventsFile);

    const t0 = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 1_800_000 }), page.getByRole('button', { name: 'Save a backup' }).click()]);
    const saved = await download.path();
    console.log(`save a backup of both (export + download): ${secs(performance.now() - t0)}, ${(statSync(saved).size / 2 ** 20).toFixed(0)} MiB`);
    await restore('restore that backup again (both, merged by id)', saved);

    const pids = browserProcesses(marker);
    const peaks = pids.map((pid) => memoryKiB(pid, 'VmHWM')).sort((a, b) => b - a);
    console.log(`peak resident memory: largest process ${mib(peaks[0] ?? 0)}, next ${mib(peaks[1] ?? 0)}; all ${pids.length} Chromium processes together at most ${mib(peakSum)} (sampled every 250 ms)`);
    console.log(`largest single message: at most ${((2 * CHUNK_CHARS) / 1e6).toFixed(1)} million characters (chunked transfer; Chrome's limit is 64 MiB)`);
  } finally {
    clearInterval(sampler);
    await launched.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
