/**
 * A/B speed of readCustomerTone in one process (issue 13): this tree's reader against another checkout's (a copy of
 * a base commit's lib/, e.g. `git archive BASE lib | tar -x -C DIR`), passes alternated, CPU time (process.cpuUsage)
 * per message over the airline test tweets (the bench's speed messages). Same outputs checked (JSON of every report).
 *   npx tsx scripts/tone-ab.ts --base DIR [--passes N]
 *   npx tsx scripts/tone-ab.ts            (this tree only)
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { readCustomerTone } from '../lib/tone/index.ts';
import { airline } from '../tests/bench/tone.train.ts';

const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const passes = opt('--passes') === undefined ? 8 : Number(opt('--passes'));
const baseDir = opt('--base');
type Reader = (t: string) => unknown;
const texts = airline('test').map((t) => t.text);
const readers: [string, Reader][] = [['new', readCustomerTone]];
if (baseDir) {
  const mod = (await import(pathToFileURL(`${baseDir}/lib/tone/index.ts`).href)) as { readCustomerTone: Reader };
  readers.unshift(['base', mod.readCustomerTone]);
  let diff = 0;
  for (const t of texts) if (JSON.stringify(mod.readCustomerTone(t)) !== JSON.stringify(readCustomerTone(t))) diff++;
  console.log(`reports differing: ${diff} of ${texts.length}`);
}
for (const [, f] of readers) for (let w = 0; w < 3; w++) for (const t of texts) f(t);
// Passes over every message, each pass in chunks of CHUNK messages read by each reader in turn (the order swapped per
// chunk): the load of a shared machine drifts over seconds, and both readers see the same drift.
const CHUNK = 200;
const got = new Map<string, number[]>(readers.map(([n]) => [n, []]));
for (let p = 0; p < passes; p++) {
  const sum = new Map<string, number>(readers.map(([n]) => [n, 0]));
  for (let at = 0, k = 0; at < texts.length; at += CHUNK, k++) {
    const end = Math.min(texts.length, at + CHUNK);
    for (const [n, f] of (k + p) % 2 ? [...readers].reverse() : readers) {
      const c0 = process.cpuUsage();
      for (let i = at; i < end; i++) f(texts[i]);
      const c = process.cpuUsage(c0);
      sum.set(n, sum.get(n)! + c.user + c.system);
    }
  }
  for (const [n, v] of sum) got.get(n)!.push(v / texts.length);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [n, xs] of got) console.log(`${n.padEnd(5)} CPU µs/msg: median ${med(xs).toFixed(1)}  min ${Math.min(...xs).toFixed(1)}  (${xs.map((x) => x.toFixed(0)).join(' ')})`);
if (baseDir) {
  const ratios = got.get('new')!.map((x, i) => x / got.get('base')![i]);
  console.log(`new/base: median ${med(ratios).toFixed(3)}  (n=${texts.length} msgs, ${passes} passes, load ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
}
