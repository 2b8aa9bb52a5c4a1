/**
 * How often each function of lib/tone runs per message, and how often it finds something (issue 13, perftone31): the
 * figures a {gate, read} table needs (a reader called on every message that finds something on 0.1% of them is where a
 * gate pays; one that finds on 30% is not).
 *
 *   npx tsx scripts/tone-reader-calls.ts [--top 80] [--fa]
 *
 * lib/tone/index.ts is bundled with esbuild (under .output/tone-reader-calls/), every `function NAME(` of a lib/tone file
 * in the bundle is wrapped by a counter, and the bundle reads the bench's airline test tweets (ArmanEmo test with --fa)
 * once to warm and once counted. Printed per function: calls per message, the share of calls that returned something
 * (not null, undefined, false, -1, an empty array, nor a { score: 0 } without cues or evidence), and inclusive µs per
 * message. The wrapper's own cost (a clock read per call) is inside every inclusive figure above it: read the µs as an
 * order, the calls and the found share as exact.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { airline, armanEmo } from '../tests/bench/tone.train.ts';

const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 80;
const root = join(import.meta.dirname, '..');
const dir = join(root, '.output', 'tone-reader-calls');
mkdirSync(dir, { recursive: true });
const plain = join(dir, 'bundle.mjs');
await build({ entryPoints: [join(root, 'lib', 'tone', 'index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: plain, logLevel: 'error' });

// Wrap every function declaration of a lib/tone file (esbuild marks each source file with a `// path` line).
const names: string[] = [];
let file = '';
const out: string[] = [];
for (const line of readFileSync(plain, 'utf8').split('\n')) {
  const marker = /^\/\/ (\S+\.ts)$/.exec(line);
  if (marker) file = marker[1];
  const fn = /^(\s*)function ([A-Za-z_$][\w$]*)\((.*)$/.exec(line);
  if (fn && file.startsWith('lib/tone/')) {
    const [, indent, name, rest] = fn;
    out.push(`${indent}function ${name}(...a) { return __count(${names.length}, ${name}$raw, this, a); }`);
    out.push(`${indent}function ${name}$raw(${rest}`);
    names.push(`${file.replace('lib/tone/', '')} ${name}`);
  } else out.push(line);
}
const head = `const __n = ${names.length};
export const __calls = new Float64Array(__n), __found = new Float64Array(__n), __ms = new Float64Array(__n);
function __count(i, f, self, a) {
  const t = performance.now();
  const r = f.apply(self, a);
  __ms[i] += performance.now() - t;
  __calls[i]++;
  if (r !== null && r !== undefined && r !== false && r !== -1 && !(Array.isArray(r) && r.length === 0) &&
    !(typeof r === 'object' && 'score' in r && !r.score && !(r.cues && r.cues.length) && !(r.evidence && r.evidence.length))) __found[i]++;
  return r;
}
`;
const counted = join(dir, 'counted.mjs');
writeFileSync(counted, head + out.join('\n'));

const m = await import(pathToFileURL(counted).href);
const texts = args.includes('--fa') ? armanEmo('test').map((r) => r.text) : airline('test').map((r) => r.text);
for (const t of texts) m.readCustomerTone(t);
m.__calls.fill(0);
m.__found.fill(0);
m.__ms.fill(0);
for (const t of texts) m.readCustomerTone(t);
const n = texts.length;
const rows = names.map((name, i) => ({ name, calls: m.__calls[i] / n, found: m.__calls[i] ? m.__found[i] / m.__calls[i] : 0, us: (m.__ms[i] * 1000) / n }));
const total = rows.reduce((s, r) => s + r.calls, 0);
console.log(`${n} messages; ${names.length} lib/tone functions wrapped; ${total.toFixed(0)} calls of them per message`);
console.log('calls/msg  found   µs/msg (incl., with the counters)  function');
for (const r of rows.filter((x) => x.calls > 0).sort((x, y) => y.us - x.us).slice(0, top)) {
  console.log(`${r.calls.toFixed(2).padStart(9)} ${(100 * r.found).toFixed(1).padStart(5)}% ${r.us.toFixed(1).padStart(8)}  ${r.name}`);
}
