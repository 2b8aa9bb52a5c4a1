/**
 * `npx tsx tests/bench/trace.ts open|key-textarea|key-contenteditable[-off]|module-eval [--no-profile]`: a Chromium trace of
 * what Tactful costs the host page's main thread, broken down by task and by script, to find what
 * to cut (the platform bench only gives the total). Needs the built extension (npm run build).
 * Prints the host renderer main thread's top-level tasks in the measured window, grouped by what
 * they ran (script URL, layout, style, parse, GC…), and the hottest functions from a V8 CPU profile.
 * For readable function names in the profile, build without minifying first:
 * `TACTFUL_NO_MINIFY=1 npm run build` (wxt.config.ts), and build again before measuring anything else.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, panelFrame, sendFromExtension, startServer, tabIdOf } from '../e2e/harness.ts';
import { threadPage } from './threadpage.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8', 'toplevel', 'blink', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'latencyInfo', 'benchmark'].join(',');

async function startTrace(cdp: CDPSession) {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** The renderer main thread that runs the traced page's top frame (the panel's iframe runs in the extension's process). */
function hostThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = (started?.args?.data?.frames ?? []) as { processId: number; isOutermostMainFrame?: boolean }[];
  const pid = frames.find((f) => f.isOutermostMainFrame)?.processId;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid);
  return main ? { pid: main.pid, tid: main.tid } : null;
}

function classify(e: TraceEvent, kids: TraceEvent[]): string {
  // The first descriptive child names the task.
  for (const k of kids) {
    const d = k.args?.data ?? {};
    const u = (d.url as string | undefined) ?? (d.stackTrace as { url: string }[] | undefined)?.[0]?.url;
    if (k.name === 'FunctionCall' || k.name === 'EvaluateScript' || k.name === 'v8.compileModule' || k.name === 'v8.evaluateModule' || k.name === 'TimerFire' || k.name === 'FireAnimationFrame' || k.name === 'EventDispatch') {
      const what = k.name === 'EventDispatch' ? `event ${d.type as string}` : k.name;
      return `${what} ${shortUrl(u ?? (d.functionName as string) ?? '')}`.trim();
    }
    if (['Layout', 'UpdateLayoutTree', 'ParseHTML', 'Paint', 'PrePaint', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseAuthorStyleSheet', 'HitTest', 'RunMicrotasks', 'v8.run', 'V8.Execute', 'ResourceReceivedData', 'ResourceFinish'].includes(k.name)) return k.name;
  }
  return e.name;
}

/** What part of opening the panel (or typing) a top-level task of the host's main thread was, from what ran in it. */
const PHASES: [marker: string, phase: string][] = [
  ['LocalWindowProxy::Initialize', 'isolated world created, script injected'],
  ['v8.evaluateModule', 'page script run (and what it started in the same task)'],
  ['WebLocalFrameImpl::createChildframe', "panel's frame inserted"],
  ['Frame::Detach', "frame's first document swapped for the panel's process"],
  ['ProxyMain::BeginMainFrame', 'host frames (style, layout, paint, commit)'],
  ['v8.compileModule', 'page script loaded'],
  ['FunctionCall', 'our script called (messages, port, timers, observers)'],
  ['EventDispatch', 'events'],
];
function phaseOf(kids: TraceEvent[]): string {
  for (const [marker, phase] of PHASES) if (kids.some((k) => k.name === marker)) return phase;
  return 'other (loading, IPC, scheduling)';
}

const shortUrl = (u: string) => u.replace(/^chrome-extension:\/\/[^/]+/, 'ext:').replace(/^https?:\/\/[^/]+/, 'host:');

function summarise(events: TraceEvent[], thread: { pid: number; tid: number }, from: number, to: number) {
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.ts >= from && e.ts <= to).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Every outermost event of the thread: a task's own name varies (ThreadControllerImpl::RunTask,
  // or a bare RunTask around a microtask checkpoint, which is where the panel's frame is inserted).
  const tops: TraceEvent[] = [];
  let busyUntil = -Infinity;
  for (const e of mine) {
    if (e.ts < busyUntil) continue;
    tops.push(e);
    busyUntil = e.ts + (e.dur ?? 0);
  }
  const groups = new Map<string, { ms: number; n: number }>();
  const phases = new Map<string, { cpu: number; wall: number; n: number }>();
  const detail = new Map<string, number>();
  let total = 0;
  for (const t of tops) {
    const end = t.ts + (t.dur ?? 0);
    const kids = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end);
    const key = classify(t, kids);
    const g = groups.get(key) ?? { ms: 0, n: 0 };
    // CPU time: the machine is shared, and a task that waits for a core is not slower code.
    g.ms += (t.tdur ?? t.dur ?? 0) / 1000;
    g.n++;
    groups.set(key, g);
    const ph = phaseOf(kids);
    const p = phases.get(ph) ?? { cpu: 0, wall: 0, n: 0 };
    p.cpu += (t.tdur ?? t.dur ?? 0) / 1000;
    p.wall += (t.dur ?? 0) / 1000;
    p.n++;
    phases.set(ph, p);
    total += (t.tdur ?? t.dur ?? 0) / 1000;
    for (const k of kids) {
      if (['Layout', 'UpdateLayoutTree', 'v8.compile', 'v8.compileModule', 'V8.GC_SCAVENGER', 'MinorGC', 'MajorGC', 'ParseHTML', 'Paint', 'PrePaint', 'v8.parseOnBackground', 'V8.ParseFunction', 'v8.produceCache', 'v8.deserializeCache', 'HitTest', 'IntersectionObserverController::computeIntersections', 'UpdateLayer'].includes(k.name)) detail.set(k.name, (detail.get(k.name) ?? 0) + (k.tdur ?? k.dur ?? 0) / 1000);
    }
  }
  return { total, groups: [...groups].sort((a, b) => b[1].ms - a[1].ms), phases: [...phases].sort((a, b) => b[1].cpu - a[1].cpu), detail: [...detail].sort((a, b) => b[1] - a[1]) };
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

function hotFunctions(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, top = 40) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') return;
    const key = `${n.callFrame.functionName || '(anon)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const u = shortUrl(n.callFrame.url) || n.callFrame.functionName;
    byUrl.set(u, (byUrl.get(u) ?? 0) + dt);
  });
  return { fns: [...self].sort((a, b) => b[1] - a[1]).slice(0, top), urls: [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12), total: inclusive(profile, byId).slice(0, top) };
}

/** Total (inclusive) time per function of the extension's scripts: what each call costs with what it calls. */
function inclusive(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, byId: Map<number, ProfileNode>) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (!f.url.startsWith('chrome-extension:')) continue;
      const key = `${f.functionName || '(anon)'} ${shortUrl(f.url)}:${f.lineNumber}`;
      if (seen.has(key)) continue; // recursion counts once
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  return [...total].sort((a, b) => b[1] - a[1]);
}

async function measure(page: Page, act: () => Promise<void>, label: string, out: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Performance.enable');
  const stopTrace = await startTrace(cdp);
  if (profile) await cdp.send('Profiler.start');
  const before = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const t0 = Date.now();
  await act();
  const after = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const t1 = Date.now();
  const cpu = profile ? ((await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }).profile : null;
  const events = await stopTrace();
  const task = (m: typeof before) => (m.metrics.find((x) => x.name === 'TaskDuration')?.value ?? 0) * 1000;
  console.log(`\n## ${label}: Performance.TaskDuration ${(task(after) - task(before)).toFixed(1)} ms over ${t1 - t0} ms wall`);
  writeFileSync(out, JSON.stringify({ traceEvents: events }));
  const thread = hostThread(events);
  if (!thread) return console.log('host thread not found in trace');
  const starts = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const s = summarise(events, thread, Math.min(...starts.map((e) => e.ts)), Infinity);
  console.log(`host main-thread top-level tasks in trace, CPU time: ${s.total.toFixed(1)} ms`);
  for (const [k, g] of s.groups.slice(0, 30)) console.log(`  ${g.ms.toFixed(1).padStart(7)} ms ${String(g.n).padStart(4)}x  ${k}`);
  console.log('  inside tasks:', s.detail.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
  console.log('by phase, CPU / wall (a task that waits for a core is longer in wall time only):');
  for (const [k, p] of s.phases) console.log(`  ${p.cpu.toFixed(1).padStart(7)} / ${p.wall.toFixed(1).padStart(6)} ms ${String(p.n).padStart(4)}x  ${k}`);
  if (!cpu) return void (await cdp.detach());
  writeFileSync(out.replace(/\.trace\.json$/, '.cpuprofile'), JSON.stringify(cpu));
  const hot = hotFunctions(cpu);
  console.log('CPU profile self time by script:');
  for (const [k, v] of hot.urls) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  console.log('hottest functions (self):');
  for (const [k, v] of hot.fns) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  console.log('hottest functions (total, with what they call):');
  for (const [k, v] of hot.total) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  await cdp.detach();
}

/**
 * `module-eval [rounds]`: opens the panel `rounds` times (5 by default), each on a fresh page, and
 * prints the host main thread's CPU time compiling and evaluating the page script module (its
 * v8.compileModule and v8.evaluateModule events), p50 and p25–p75.
 */
async function moduleEval(rounds: number, url: string) {
  const times: Record<string, number[]> = { 'v8.compileModule': [], 'v8.evaluateModule': [] };
  for (let r = 0; r < rounds; r++) {
    const page = await launched.context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const tabId = await tabIdOf(launched, page);
    await page.waitForTimeout(300);
    const cdp = await page.context().newCDPSession(page);
    const stop = await startTrace(cdp);
    await sendFromExtension(launched, { type: 'panel.toggleInTab', tabId });
    await page.waitForTimeout(1500);
    for (const e of await stop()) {
      if (e.ph !== 'X') continue;
      const ours = e.name === 'v8.compileModule' ? String(e.args?.data?.url ?? '').endsWith('/tactful-page.js') : e.name === 'v8.evaluateModule' && (e.args as { worldName?: string } | undefined)?.worldName === 'Tactful';
      if (ours) times[e.name]!.push((e.tdur ?? e.dur ?? 0) / 1000);
    }
    await cdp.detach();
    await page.close();
  }
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * q)] ?? NaN;
  for (const [k, xs] of Object.entries(times)) console.log(`page script ${k}, host CPU ms: p50 ${at(xs, 0.5).toFixed(2)} (p25–p75 ${at(xs, 0.25).toFixed(2)}–${at(xs, 0.75).toFixed(2)}) of ${xs.length}`);
}

const what = process.argv[2] ?? 'open';
const profile = !process.argv.includes('--no-profile');
/** Where the raw traces go (open them in chrome://tracing or Perfetto). */
const OUT = process.env.TRACE_DIR ?? tmpdir();
const server = await startServer();
const launched = await launchWithExtension();
const other = server.origin.replace('127.0.0.1', 'localhost');
for (const kind of ['textarea', 'contenteditable'] as const) {
  for (const origin of [server.origin, other]) await launched.context.route(`${origin}/bench/thread-${kind}`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: threadPage(kind) }));
}
try {
  if (what === 'module-eval') {
    await moduleEval(Number(process.argv[3] ?? 5), `${other}/plain.html`);
  } else if (what === 'open') {
    const page = await launched.context.newPage();
    const url = `${other}/plain.html`;
    await page.goto(url, { waitUntil: 'networkidle' });
    const tabId = await tabIdOf(launched, page);
    await page.waitForTimeout(500);
    await measure(page, async () => {
      await sendFromExtension(launched, { type: 'panel.toggleInTab', tabId });
      await page.waitForTimeout(1500); // no polling in the host page while measured
    }, 'open the panel on a loaded page', `${OUT}/open.trace.json`);
    const frame = await panelFrame(page);
    console.log('panel present:', !!(await frame.$('.tf-panel, .tf-collapsed')));
  } else {
    const kind = what.startsWith('key-textarea') ? 'textarea' : 'contenteditable';
    // key-<kind>-off: the same keystrokes where Tactful is not used (the host's own cost, to compare).
    const off = what.endsWith('-off');
    await sendFromExtension(launched, { type: 'sites.add', host: new URL(server.origin).host });
    const page = await launched.context.newPage();
    const url = `${off ? other : server.origin}/bench/thread-${kind}`;
    await page.goto(url, { waitUntil: 'networkidle' });
    if (!off) await panelFrame(page);
    await page.waitForTimeout(1000);
    await page.locator('#reply').click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(500);
    await measure(page, async () => {
      for (let i = 0; i < 20; i++) {
        await page.keyboard.type('abcdefghij'[i % 10]);
        await page.waitForTimeout(450);
      }
    }, `20 keystrokes in a ${kind}`, `${OUT}/${what}.trace.json`);
  }
} finally {
  await launched.close();
  await server.close();
}
