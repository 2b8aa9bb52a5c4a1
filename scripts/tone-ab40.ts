/**
 * Interleaved A/B of the tone reader (tperf40): lib/ of a git ref (copied under .output/tone-ref, as scripts/tone-golden.ts
 * --ref does) and this tree in one process, message by message, the order swapped every message; per round each build's
 * p50 wall time and summed CPU time (process.cpuUsage around each call), and their ratios.
 *
 *   npx tsx scripts/tone-ab40.ts <ref> fixtures|en|fa [rounds] [every]   tone-eval messages (every Nth, default 6)
 *   npx tsx scripts/tone-ab40.ts <ref> tweets|arman [rounds] [every]     the bench's airline test tweets / ArmanEmo test
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';
const root = join(import.meta.dirname, '..');
const ref = process.argv[2];
const which = process.argv[3] ?? 'fixtures';
const rounds = Number(process.argv[4] ?? 3);
const sha = execFileSync('git', ['rev-parse', ref], { cwd: root, encoding: 'utf8' }).trim();
const dir = join(root, '.output', 'tone-ref', sha);
if (!existsSync(join(dir, 'lib', 'tone', 'index.ts'))) {
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} lib | tar -x -C "${dir}"`], { cwd: root });
}
const A = (await import(pathToFileURL(join(dir, 'lib/tone/index.ts')).href)).readCustomerTone as (t: string) => unknown;
const B = (await import(join(root, 'lib/tone/index.ts'))).readCustomerTone as (t: string) => unknown;
let texts: string[] = [];
if (which === 'fixtures' || which === 'en' || which === 'fa') {
  const fdir = join(root, 'tests/fixtures/tone-eval');
  for (const f of readdirSync(fdir).sort()) if (f.endsWith('.jsonl') && (which === 'fixtures' || f.startsWith(which + '.'))) for (const l of readFileSync(join(fdir, f), 'utf8').split('\n')) if (l.trim()) texts.push(JSON.parse(l).text);
  const step = Number(process.argv[5] ?? 6);
  texts = texts.filter((_, i) => i % step === 0);
} else {
  const { airline, armanEmo } = await import(join(root, 'tests/bench/tone.train.ts'));
  texts = which === 'arman' ? armanEmo('test').map((r: { text: string }) => r.text) : airline('test').map((t: { text: string }) => t.text);
  const step = Number(process.argv[5] ?? 1);
  texts = texts.filter((_, i) => i % step === 0);
}
for (const t of texts) { A(t); B(t); }
const p50 = (x: Float64Array) => [...x].sort((p, q) => p - q)[Math.ceil(x.length / 2) - 1] * 1000;
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
const ra: number[] = [], rc: number[] = [], pa: number[] = [], pb: number[] = [];
const l0 = loadavg()[0];
for (let r = 0; r < rounds; r++) {
  const ta = new Float64Array(texts.length), tb = new Float64Array(texts.length);
  let ca = 0, cb = 0;
  for (let i = 0; i < texts.length; i++) {
    const first = (i + r) % 2 === 0;
    for (let k = 0; k < 2; k++) {
      const isA = (k === 0) === first;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      (isA ? A : B)(texts[i]);
      const dt = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (isA) { ta[i] = dt; ca += c.user + c.system; } else { tb[i] = dt; cb += c.user + c.system; }
    }
  }
  pa.push(p50(ta)); pb.push(p50(tb)); ra.push(p50(tb) / p50(ta)); rc.push(cb / ca);
  console.log(`round ${r + 1}: p50 ref ${p50(ta).toFixed(1)} µs, this ${p50(tb).toFixed(1)} µs, ratio ${(p50(tb) / p50(ta)).toFixed(3)}; CPU per msg ref ${(ca / texts.length).toFixed(0)} µs, this ${(cb / texts.length).toFixed(0)} µs, ratio ${(cb / ca).toFixed(3)}`);
}
console.log(`${which}: ${texts.length} messages (mean ${(texts.reduce((s, t) => s + t.length, 0) / texts.length).toFixed(0)} chars), ${rounds} rounds: p50 ref ${med(pa).toFixed(1)} / this ${med(pb).toFixed(1)} µs, p50 ratio median ${med(ra).toFixed(3)}, CPU ratio median ${med(rc).toFixed(3)}; load ${l0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
