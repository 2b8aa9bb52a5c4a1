/**
 * The side panel's start cost: what a fresh extension page pays before its first suggestion and its first tone cue.
 * Each figure is measured in a fresh child process (nothing warm: no compiled pack, no built matcher, no JIT), as CPU
 * time (process.cpuUsage, user + system) around the one call, after the modules are imported.
 *
 *   npx tsx scripts/start-cost.ts [--runs=3] [--base=DIR] [--only=compile|suggest|tone...]
 *
 *   compile <pack id>    compilePack of one built-in pack
 *   suggest en / fa      the first suggestRewrites of an English / Persian draft (compiles the packs it needs)
 *   tone en / fa         the first readCustomerTone of an English / Persian message
 *   import               CPU time of the process up to the first call (tsx, module load, pack validation), for scale
 *
 * Prints the lowest and the median of the runs (the machine is shared: the lowest is the least disturbed reading). With
 * --base (another checkout, e.g. `git archive <commit> | tar -x -C DIR` with node_modules linked) every child runs once
 * on DIR's code and once on this checkout's, alternating, run by run, so both see the same load.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCpuProfile } from './cpu-profile.ts';

const EN_DRAFT = "Hi Sara,\n\nUnfortunately we can't refund the order because it was shipped last week. You must send the item back first, and we won't be able to help until we receive it.\n\nBest,\nAlex";
const FA_DRAFT = 'سلام،\n\nمتأسفانه نمی‌توانیم سفارش شما را لغو کنیم چون ارسال شده است. شما باید اول کالا را برگردانید و تا آن را دریافت نکنیم کاری از دست ما برنمی‌آید.\n\nبا احترام';
const EN_MESSAGE = "This is the third time I'm writing about this. My order still hasn't arrived and nobody answers. I need it by Friday, please fix this now!";
const FA_MESSAGE = 'این سومین بار است که پیام می‌دهم. سفارشم هنوز نرسیده و هیچ‌کس جواب نمی‌دهد. تا جمعه لازمش دارم، لطفاً همین حالا درستش کنید!';

const argOf = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const child = argOf('child');
const here = resolve(import.meta.dirname, '..');
const from = (root: string, path: string) => pathToFileURL(resolve(root, path)).href;

if (child) {
  const atStart = process.cpuUsage();
  const root = argOf('root') ?? here;
  const { builtinPacks } = await import(from(root, 'lib/packs/index.ts'));
  const { compilePack, suggestRewrites } = await import(from(root, 'lib/rewrite/index.ts'));
  const { readCustomerTone } = await import(from(root, 'lib/tone/index.ts'));
  const ms = (d: NodeJS.CpuUsage) => (d.user + d.system) / 1000;
  const imported = ms(atStart);
  const [what, arg] = child.split(':');
  let f: () => unknown;
  if (what === 'compile') {
    const pack = builtinPacks.find((p: { id: string }) => p.id === arg);
    if (!pack) throw new Error(`no built-in pack ${arg}`);
    f = () => compilePack(pack).nodeCount;
  } else if (what === 'suggest') f = () => suggestRewrites(arg === 'fa' ? FA_DRAFT : EN_DRAFT, builtinPacks).length;
  else if (what === 'tone') f = () => readCustomerTone(arg === 'fa' ? FA_MESSAGE : EN_MESSAGE).cues.length;
  else throw new Error(`unknown measurement ${child}`);
  // START_COST_PROF=file.cpuprofile: a CPU profile of the call alone (the inspector's own cost is in the figure then).
  const prof = process.env.START_COST_PROF;
  const session = await startCpuProfile(Boolean(prof));
  const t = process.cpuUsage();
  const out = f();
  const spent = ms(process.cpuUsage(t));
  if (session && prof) {
    const profile = await session.stop();
    (await import('node:fs')).writeFileSync(prof, JSON.stringify(profile));
  }
  process.stdout.write(JSON.stringify({ ms: spent, imported, out }));
} else {
  const runs = Number(argOf('runs') ?? 3);
  const base = argOf('base');
  const roots: [string, string][] = base ? [['base', resolve(base)], ['this', here]] : [['this', here]];
  const { builtinPacks } = await import('../lib/packs/index.ts');
  const only = argOf('only');
  const items = [...builtinPacks.map((p) => `compile:${p.id}`), 'suggest:en', 'suggest:fa', 'tone:en', 'tone:fa'].filter((i) => !only || i.startsWith(only));
  const self = resolve(import.meta.dirname, 'start-cost.ts');
  const got = new Map<string, { ms: number[]; imported: number[]; out: unknown }>();
  for (let r = 0; r < runs; r++) {
    for (const item of items) {
      for (const [name, root] of r % 2 ? [...roots].reverse() : roots) {
        const res = spawnSync(process.execPath, ['--import', 'tsx', self, `--child=${item}`, `--root=${root}`], { encoding: 'utf8', cwd: here });
        if (res.status !== 0) throw new Error(`${item}: ${res.stderr}`);
        const j = JSON.parse(res.stdout) as { ms: number; imported: number; out: unknown };
        const key = `${name} ${item}`;
        const g = got.get(key) ?? { ms: [], imported: [], out: j.out };
        g.ms.push(j.ms);
        g.imported.push(j.imported);
        got.set(key, g);
      }
    }
  }
  const lo = (a: number[]) => Math.min(...a);
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
  console.log(`CPU ms, ${runs} fresh processes each (lowest / median [every run]; result of the call; import CPU lowest)`);
  for (const item of items) {
    for (const [name] of roots) {
      const g = got.get(`${name} ${item}`)!;
      console.log(`${(base ? `${name} ` : '') + item.padEnd(28)} ${lo(g.ms).toFixed(0).padStart(5)} / ${med(g.ms).toFixed(0).padStart(5)}  [${g.ms.map((x) => x.toFixed(0)).join(' ')}]   (${String(g.out).padStart(6)})   import ${lo(g.imported).toFixed(0)}`);
    }
  }
}
