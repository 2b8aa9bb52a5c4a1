/**
 * Where readCustomerTone's time goes IN ITS OWN FLOW (issue 13): each cue module's reader timed inside the real
 * readCustomerTone calls (wrapped before lib/tone/read.ts takes the readers), the rest (parseMessage, the language
 * layer, analyse, questions, the report) as the shared part. Unlike scripts/tone-stages.ts, which loops one stage over
 * every message (warm caches, a stage's shared work charged to it), this charges a module what it costs after the
 * modules before it ran on the same message. CPU time of whole passes; µs per message, best of --rounds.
 *   npx tsx scripts/tone-flow.ts [--rounds N] [--dir DIR]     (DIR: another checkout's root, e.g. a base commit's copy)
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 5;
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : new URL('..', import.meta.url).pathname.replace(/\/$/, '');
type Mod = { name: string; read: (ctx: unknown) => unknown };
const { CUE_MODULES } = (await import(pathToFileURL(`${dir}/lib/tone/cues/index.ts`).href)) as { CUE_MODULES: Mod[] };
const spent = new Map<string, number>(CUE_MODULES.map((m) => [m.name, 0]));
/** CPU time in µs (process.cpuUsage: the machine is shared, so wall time counts other processes' turns). */
const now = (): number => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
for (const m of CUE_MODULES) {
  const read = m.read;
  const name = m.name;
  m.read = (ctx) => {
    const t0 = now();
    const out = read(ctx);
    spent.set(name, spent.get(name)! + now() - t0);
    return out;
  };
}
const { readCustomerTone } = (await import(pathToFileURL(`${dir}/lib/tone/index.ts`).href)) as { readCustomerTone: (t: string) => unknown };
// The corpus loader imports lib/tone: loaded only after the readers are wrapped.
const { airline } = (await import('../tests/bench/tone.train.ts')) as { airline: (s: string) => { text: string }[] };
const texts = airline('test').map((t) => t.text);
for (let w = 0; w < 3; w++) for (const t of texts) readCustomerTone(t);
let best: { total: number; per: Map<string, number> } | null = null;
for (let r = 0; r < rounds; r++) {
  for (const k of spent.keys()) spent.set(k, 0);
  const t0 = now();
  for (const t of texts) readCustomerTone(t);
  const total = (now() - t0) / texts.length;
  if (!best || total < best.total) best = { total, per: new Map([...spent].map(([k, v]) => [k, v / texts.length])) };
}
const mods = [...best!.per.values()].reduce((a, b) => a + b, 0);
console.log(`${'whole'.padEnd(14)} ${best!.total.toFixed(2).padStart(7)} µs/msg (best of ${rounds} passes, CPU time; each module's figure holds about one cpuUsage call)`);
console.log(`${'shared'.padEnd(14)} ${(best!.total - mods).toFixed(2).padStart(7)} µs/msg (parseMessage, language layer, analyse, questions, report)`);
for (const [k, v] of best!.per) console.log(`${k.padEnd(14)} ${v.toFixed(2).padStart(7)} µs/msg`);
console.log(`load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
