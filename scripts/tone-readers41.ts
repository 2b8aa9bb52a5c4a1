/**
 * The per-reader map of readCustomerTone's time (issue 13, tperf41): for every function of lib/tone, how often it runs per
 * message, how often it finds something, and its inclusive share of the CPU time, over the bench's airline test tweets
 * or the tone fixture messages. No timing code in the readers: lib/tone/index.ts is bundled with esbuild twice, once with
 * every `function NAME(` of a lib/tone file wrapped by a counter (calls and found, no clock), once plain for a sampled
 * CPU profile (node:inspector, 100 µs) whose samples are attributed to each function on the stack once (inclusive).
 *
 *   npx tsx scripts/tone-readers41.ts tweets|fixtures|arman [--rounds 3] [--every 5] [--top 40] [--md]
 *
 * --every N: every Nth message (default 1 for tweets); fixtures = every Nth message (default 5) of every tests/fixtures/tone-eval split of both languages (aside
 * splits included: timed, never shown). found = share of calls that returned something (not null, undefined, false,
 * -1, an empty array, nor a { score: 0 } without cues or evidence). µs/msg = inclusive share × the profiled CPU time
 * per message (sampling under load: read as an order; the share and the counts are what to compare).
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const which = args[0] ?? 'tweets';
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || d : d);
const rounds = opt('--rounds', 3);
const top = opt('--top', 40);
const root = join(import.meta.dirname, '..');
const dir = join(root, '.output', 'tone-readers41');
mkdirSync(dir, { recursive: true });
const plain = join(dir, 'bundle.mjs');
await build({ entryPoints: [join(root, 'lib', 'tone', 'index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: plain, logLevel: 'error' });

// Each bundle line's source file (esbuild marks each file with a `// path` line) and the counted copy.
const src = readFileSync(plain, 'utf8').split('\n');
const fileAt: string[] = [];
const names: string[] = [];
const out: string[] = [];
let file = '';
for (const line of src) {
  const marker = /^\/\/ (\S+\.ts)$/.exec(line);
  if (marker) file = marker[1];
  fileAt.push(file);
  const fn = /^(\s*)function ([A-Za-z_$][\w$]*)\((.*)$/.exec(line);
  if (fn && file.startsWith('lib/tone/')) {
    const [, indent, name, rest] = fn;
    out.push(`${indent}function ${name}(...a) { return __count(${names.length}, ${name}$raw, this, a); }`);
    out.push(`${indent}function ${name}$raw(${rest}`);
    names.push(`${file.replace('lib/tone/', '')} ${name}`);
  } else out.push(line);
}
const head = `export const __calls = new Float64Array(${names.length}), __found = new Float64Array(${names.length});
function __count(i, f, self, a) {
  const r = f.apply(self, a);
  __calls[i]++;
  if (r !== null && r !== undefined && r !== false && r !== -1 && !(Array.isArray(r) && r.length === 0) &&
    !(typeof r === 'object' && 'score' in r && !r.score && !(r.cues && r.cues.length) && !(r.evidence && r.evidence.length))) __found[i]++;
  return r;
}
`;
const counted = join(dir, 'counted.mjs');
writeFileSync(counted, head + out.join('\n'));

let texts: string[] = [];
if (which === 'fixtures') {
  const fdir = join(root, 'tests/fixtures/tone-eval');
  for (const f of readdirSync(fdir).sort())
    if (f.endsWith('.jsonl')) for (const l of readFileSync(join(fdir, f), 'utf8').split('\n')) if (l.trim()) texts.push(JSON.parse(l).text);
  const every = opt('--every', 5);
  texts = texts.filter((_, i) => i % every === 0);
} else {
  const { airline, armanEmo } = await import('../tests/bench/tone.train.ts');
  texts = which === 'arman' ? armanEmo('test').map((r) => r.text) : airline('test').map((t) => t.text);
  const every = opt('--every', 1);
  texts = texts.filter((_, i) => i % every === 0);
}
const n = texts.length;

// Counts.
const c = await import(pathToFileURL(counted).href);
for (const t of texts) c.readCustomerTone(t);
c.__calls.fill(0);
c.__found.fill(0);
for (const t of texts) c.readCustomerTone(t);
const calls = new Map<string, number>();
const found = new Map<string, number>();
names.forEach((k, i) => {
  calls.set(k, (calls.get(k) ?? 0) + c.__calls[i]);
  found.set(k, (found.get(k) ?? 0) + c.__found[i]);
});

// Profile of the plain bundle.
const p = await import(pathToFileURL(plain).href);
for (const t of texts) p.readCustomerTone(t);
const session = new Session();
session.connect();
const post = (m: string, q?: object) => new Promise<any>((res, rej) => session.post(m, q ?? {}, (e, r) => (e ? rej(e) : res(r))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 100 });
const l0 = loadavg()[0];
const cpu0 = process.cpuUsage();
await post('Profiler.start');
for (let r = 0; r < rounds; r++) for (const t of texts) p.readCustomerTone(t);
const { profile } = await post('Profiler.stop');
const cpu = process.cpuUsage(cpu0);
const cpuPerMsg = (cpu.user + cpu.system) / (rounds * n);

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
const nodes = new Map<number, Node>();
const parent = new Map<number, number>();
for (const nd of profile.nodes as Node[]) nodes.set(nd.id, nd);
for (const nd of profile.nodes as Node[]) for (const ch of nd.children ?? []) parent.set(ch, nd.id);
const keyOf = (nd: Node): string => {
  const f = nd.callFrame;
  if (!f.url.endsWith('bundle.mjs')) return f.functionName ? `(${f.functionName})` : '(program)';
  const file = (fileAt[f.lineNumber] ?? '').replace('lib/tone/', '');
  return `${file} ${f.functionName || '(anonymous)'}`;
};
// --under 'cues/frustration.ts read': also each direct callee's share of the samples under that function.
const underKeys = args.includes('--under') ? args[args.indexOf('--under') + 1].split(',') : [];
const unders = underKeys.map(() => ({ map: new Map<string, number>(), total: 0 }));
const incl = new Map<string, number>();
const self = new Map<string, number>();
let total = 0;
const samples: number[] = profile.samples;
for (let s = 0; s < samples.length; s++) {
  // Each sample counts once: a sample after the process was descheduled (a long time delta on a loaded machine) would
  // otherwise charge the whole gap to whatever function it landed in.
  const dt = 1;
  const seen = new Set<string>();
  let id: number | undefined = samples[s];
  let inside = false;
  const leaf = keyOf(nodes.get(id)!);
  let below = '(self)';
  const callee: (string | null)[] = underKeys.map(() => null);
  while (id !== undefined) {
    const k = keyOf(nodes.get(id)!);
    if (k.endsWith(' readCustomerTone')) inside = true;
    const u = underKeys.indexOf(k);
    if (u >= 0) callee[u] = below;
    below = k;
    seen.add(k);
    id = parent.get(id);
  }
  callee.forEach((c, u) => {
    if (c === null || !inside) return;
    unders[u].total += dt;
    unders[u].map.set(c, (unders[u].map.get(c) ?? 0) + dt);
  });
  if (!inside) continue;
  total += dt;
  self.set(leaf, (self.get(leaf) ?? 0) + dt);
  for (const k of seen) incl.set(k, (incl.get(k) ?? 0) + dt);
}
const rows = [...incl.entries()]
  .filter(([k]) => !k.startsWith('('))
  .map(([k, t]) => ({ k, share: t / total, self: (self.get(k) ?? 0) / total, calls: (calls.get(k) ?? NaN) / n, found: (found.get(k) ?? 0) / (calls.get(k) || 1) }))
  .sort((a, b) => b.share - a.share);
const mean = texts.reduce((s, t) => s + t.length, 0) / n;
console.log(`${which}: ${n} messages (mean ${mean.toFixed(0)} chars), ${rounds} profiled rounds; CPU ${cpuPerMsg.toFixed(0)} µs/msg under the profiler; load ${l0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
const gc = [...self.entries()].filter(([k]) => k.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, 4);
console.log(`outside lib/tone at the leaf: ${gc.map(([k, t]) => `${k} ${((100 * t) / total).toFixed(1)}%`).join(', ')}`);
const md = args.includes('--md');
if (md) console.log('| function | incl. % | self % | µs/msg | calls/msg | found |\n|---|---|---|---|---|---|');
else console.log('  incl%  self%  µs/msg  calls/msg  found  function');
for (const r of rows.slice(0, top)) {
  const us = r.share * cpuPerMsg;
  const callsS = Number.isNaN(r.calls) ? '-' : r.calls.toFixed(2);
  const foundS = Number.isNaN(r.calls) ? '-' : `${(100 * r.found).toFixed(1)}%`;
  if (md) console.log(`| \`${r.k}\` | ${(100 * r.share).toFixed(1)} | ${(100 * r.self).toFixed(1)} | ${us.toFixed(1)} | ${callsS} | ${foundS} |`);
  else console.log(`${(100 * r.share).toFixed(1).padStart(7)} ${(100 * r.self).toFixed(1).padStart(6)} ${us.toFixed(1).padStart(7)} ${callsS.padStart(10)} ${foundS.padStart(6)}  ${r.k}`);
}
for (const [u, underKey] of underKeys.entries()) {
  const { map: under, total: underTotal } = unders[u];
  console.log(`\nunder ${underKey} (${((100 * underTotal) / total).toFixed(1)}% of the reader's samples): its direct callees`);
  for (const [k, t] of [...under.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * t) / total).toFixed(1).padStart(7)}  ${(calls.get(k) === undefined ? '-' : (calls.get(k)! / n).toFixed(2)).padStart(8)} ${(calls.get(k) ? `${((100 * found.get(k)!) / calls.get(k)!).toFixed(1)}%` : '-').padStart(6)}  ${k}`);
}

// --lines 'cues/frustration.ts read': that function's own samples by line of the bundle (V8's position ticks), hottest first.
if (args.includes('--lines')) {
  const key = args[args.indexOf('--lines') + 1];
  const byLine = new Map<number, number>();
  let all = 0;
  for (const nd of profile.nodes as (Node & { positionTicks?: { line: number; ticks: number }[] })[]) {
    if (keyOf(nd) !== key) continue;
    for (const pt of nd.positionTicks ?? []) {
      byLine.set(pt.line, (byLine.get(pt.line) ?? 0) + pt.ticks);
      all += pt.ticks;
    }
  }
  console.log(`\n${key}: self samples by line (${all} samples, ${((100 * all) / total).toFixed(1)}% of the reader's)`);
  for (const [line, t] of [...byLine.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * t) / total).toFixed(2).padStart(6)}%  ${String(line).padStart(6)}  ${src[line - 1].trim().slice(0, 150)}`);
}
