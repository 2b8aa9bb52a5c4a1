/**
 * Tone reader speed alone and after the rewrite bench (issue 13): the reproduction of "readCustomerTone is slower
 * when tests/bench/rewrite.bench.ts ran first in the same process".
 *
 *   npx tsx scripts/tone-speed.ts [--before] [--rewrite] [--lite N] [--rx] [--rounds N] [--prof out.cpuprofile]
 *
 *   --before   time the tone reader first (then it is warm before the rewrite side runs)
 *   --rewrite  run tests/bench/rewrite.bench.ts's default export (output hidden; RW=path runs another module's)
 *   --lite N   instead, only N English and N Persian drafts through suggestRewrites
 *   --rx       time two plain regular expressions over the tweets before and after (no tone code at all)
 *   --prof f   a CPU profile (100 µs sampling) of the last tone pass only
 * Try the same run under `node --no-regexp-tier-up --import tsx scripts/tone-speed.ts ...` (see the report in git log).
 * Times readCustomerTone over the airline test tweets (the tone bench's speed messages), best p50 of N rounds.
 */
import { loadavg } from 'node:os';
import { readCustomerTone } from '../lib/tone/index.ts';
import { airline } from '../tests/bench/tone.train.ts';
import { fmt, timeEach } from '../tests/bench/stats.ts';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 5;
const texts = airline('test').map((t) => t.text);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

function pass(label: string): void {
  const p50s: number[] = [];
  const p99s: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = timeEach(texts, (x) => readCustomerTone(x), r === 0 ? 2 : 0);
    p50s.push(t.p50);
    p99s.push(t.p99);
  }
  p50s.sort((a, b) => a - b);
  console.log(`${label}: p50 best ${fmt(p50s[0])} median ${fmt(p50s[p50s.length >> 1])}  p99 best ${fmt(Math.min(...p99s))}  (n=${texts.length}; load ${load()})`);
}

/** Two regular expressions the tone side uses, run on the tweets: no tone or rewrite code involved. */
// Garbage collections seen (a loop of RegExp#test on flat strings should allocate next to nothing).
let gcs = 0;
new (await import('node:perf_hooks')).PerformanceObserver((l) => { gcs += l.getEntries().length; }).observe({ entryTypes: ['gc'] });
const tick = () => new Promise((r) => setTimeout(r, 10));
function rx(label: string, on: readonly string[] = texts): void {
  const r1 = /[A-Z]{2}/;
  const r2 = /dear|whom|yours|sincerely|respectfully|writing|kindly|grateful/i;
  let n = 0;
  const g0 = gcs;
  const h0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let k = 0; k < 20; k++) for (const x of on) { if (r1.test(x)) n++; if (r2.test(x)) n++; }
  console.log(`${label}: two regexes over the tweets x20: ${(performance.now() - t0).toFixed(1)} ms (${n} matches; heap +${((process.memoryUsage().heapUsed - h0) / 1e6).toFixed(0)} MB, ${gcs - g0} GCs seen before; load ${load()})`);
}

if (args.includes('--rx')) rx('regex before');
if (args.includes('--before')) pass('tone alone');
if (args.includes('--rewrite')) {
  const mod = (await import(process.env.RW ?? '../tests/bench/rewrite.bench.ts')) as { default: () => Promise<void> | void };
  const log = console.log;
  if (!args.includes('--verbose')) console.log = () => {};
  await mod.default();
  console.log = log;
} else if (args.includes('--lite')) {
  // A few drafts through the rewrite engine only: its code paths, little of its work.
  const { builtinPacks } = await import('../lib/packs/index.ts');
  const { suggestRewrites } = await import('../lib/rewrite/index.ts');
  const b = await import('../tests/bench/rewrite.bench.ts');
  const n = Number(args[args.indexOf('--lite') + 1]) || 20;
  const en = b.drafts(b.englishSentences(), b.badExamples('en'), n, 1);
  const fa = b.drafts(b.persianSentences(), b.badExamples('fa'), n, 2);
  for (const d of [...en, ...fa]) suggestRewrites(d, builtinPacks, { cache: false });
}
if (args.includes('--rx')) {
  rx('regex after');
  // The same texts copied into new strings (a flat one-byte or two-byte copy each): is it the strings or the engine?
  rx('regex after, fresh copies of the texts', texts.map((t) => Buffer.from(t, 'utf8').toString('utf8')));
}
const mu = process.memoryUsage();
console.log(`heap used ${(mu.heapUsed / 1e6).toFixed(0)} MB (rss ${(mu.rss / 1e6).toFixed(0)} MB)`);

const profOut = args.includes('--prof') ? args[args.indexOf('--prof') + 1] : null;
const { Session } = await import('node:inspector');
const session = profOut ? new Session() : null;
const post = (m: string, p?: object) => new Promise<any>((res, rej) => session!.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
}
if (!args.includes('--notone')) pass(args.includes('--rewrite') || args.includes('--lite') ? 'tone after rewrite' : 'tone');
if (session && profOut) {
  const { profile } = await post('Profiler.stop');
  (await import('node:fs')).writeFileSync(profOut, JSON.stringify(profile));
}
