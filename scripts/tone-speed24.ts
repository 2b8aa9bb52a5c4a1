/**
 * Speed of readCustomerTone by language (issue 13, session 24): English = the bench's speed messages (airline test
 * tweets), Persian = ArmanEmo test rows (tweet-length Persian). Loads the corpora itself (no import of tone.train.ts,
 * whose main runs when this file is bundled for a profile).
 *   npx tsx scripts/tone-speed24.ts [--passes N]               p50 / p99 (wall, per message) and CPU µs/msg per language
 *   npx tsx scripts/tone-speed24.ts --base DIR [--passes N]    this tree against DIR/lib (e.g. `git archive BASE lib | tar -x -C DIR`),
 *                                                             alternated in chunks, outputs compared (JSON of every report)
 *   npx tsx scripts/tone-speed24.ts --loop N [--fa]            N rounds only (under node --cpu-prof)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { readCustomerTone } from '../lib/tone/index.ts';
import { corpusPath, percentile, readCsv } from '../tests/bench/stats.ts';

const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
type Reader = (t: string) => unknown;

function tweets(): string[] {
  const rows = readCsv(readFileSync(corpusPath('airline-tweets-nc', 'airline_tweets_labeled.csv'), 'utf8'));
  const ti = rows[0].indexOf('text');
  return rows.slice(1).filter((r) => r.length > ti).filter((_, i) => i % 2 === 1).map((r) => r[ti]);
}
function arman(): string[] {
  const out: string[] = [];
  for (const line of readFileSync(corpusPath('armanemo-fa-emotion-nc', 'test.tsv'), 'utf8').split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab >= 0) out.push(line.slice(0, tab));
  }
  return out;
}
const sets: [string, string[]][] = [['en', tweets()], ['fa', arman()]];

const loop = opt('--loop');
if (loop !== undefined) {
  const texts = args.includes('--fa') ? sets[1][1] : sets[0][1];
  for (let w = 0; w < 3; w++) for (const t of texts) readCustomerTone(t);
  const c0 = process.cpuUsage();
  for (let r = 0; r < Number(loop); r++) for (const t of texts) readCustomerTone(t);
  const c = process.cpuUsage(c0);
  console.log(`${((c.user + c.system) / Number(loop) / texts.length).toFixed(1)} CPU µs/msg`);
  process.exit(0);
}

const passes = Number(opt('--passes') ?? 6);
const baseDir = opt('--base');
const readers: [string, Reader][] = [['new', readCustomerTone]];
if (baseDir) {
  const mod = (await import(pathToFileURL(`${baseDir}/lib/tone/index.ts`).href)) as { readCustomerTone: Reader };
  readers.unshift(['base', mod.readCustomerTone]);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [lang, texts] of sets) {
  if (baseDir) {
    let diff = 0;
    for (const t of texts) if (JSON.stringify(readers[0][1](t)) !== JSON.stringify(readCustomerTone(t))) diff++;
    console.log(`${lang}: reports differing ${diff} of ${texts.length}`);
  }
  for (const [, f] of readers) for (let w = 0; w < 2; w++) for (const t of texts) f(t);
  const CHUNK = 100;
  const cpu = new Map<string, number[]>(readers.map(([n]) => [n, []]));
  const p50 = new Map<string, number[]>(readers.map(([n]) => [n, []]));
  const p99 = new Map<string, number[]>(readers.map(([n]) => [n, []]));
  for (let p = 0; p < passes; p++) {
    const sum = new Map<string, number>(readers.map(([n]) => [n, 0]));
    const times = new Map<string, number[]>(readers.map(([n]) => [n, []]));
    for (let at = 0, k = 0; at < texts.length; at += CHUNK, k++) {
      const end = Math.min(texts.length, at + CHUNK);
      for (const [n, f] of (k + p) % 2 ? [...readers].reverse() : readers) {
        const ts = times.get(n)!;
        const c0 = process.cpuUsage();
        for (let i = at; i < end; i++) {
          const t0 = performance.now();
          f(texts[i]);
          ts.push(performance.now() - t0);
        }
        const c = process.cpuUsage(c0);
        sum.set(n, sum.get(n)! + c.user + c.system);
      }
    }
    for (const [n] of readers) {
      cpu.get(n)!.push(sum.get(n)! / texts.length);
      const ts = times.get(n)!.sort((a, b) => a - b);
      p50.get(n)!.push(percentile(ts, 50) * 1000);
      p99.get(n)!.push(percentile(ts, 99) * 1000);
    }
  }
  for (const [n] of readers)
    console.log(`${lang} ${n.padEnd(5)} p50 µs median ${med(p50.get(n)!).toFixed(1)} (best ${Math.min(...p50.get(n)!).toFixed(1)})  p99 median ${med(p99.get(n)!).toFixed(1)}  CPU µs/msg median ${med(cpu.get(n)!).toFixed(1)} (best ${Math.min(...cpu.get(n)!).toFixed(1)})  n=${texts.length}`);
  if (baseDir) {
    const r = (m: Map<string, number[]>) => med(m.get('new')!.map((x, i) => x / m.get('base')![i])).toFixed(3);
    console.log(`${lang} new/base: p50 ${r(p50)}  CPU ${r(cpu)}`);
  }
}
console.log(`load ${loadavg().map((x) => x.toFixed(1)).join(' ')}, ${passes} passes`);
