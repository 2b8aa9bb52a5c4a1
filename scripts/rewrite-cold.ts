/**
 * The first analysis in a fresh process, by stage: what a panel pays before its first suggestion.
 *
 *   npx tsx scripts/rewrite-cold.ts [--runs=3] [--base=DIR] [--only=en|fa|mixed] [--prof]
 *
 * Each child imports the engine and the built-in packs (CPU of the import reported apart), then times one
 * suggestRewrites of an English, a Persian or a mixed draft (CPU time, process.cpuUsage). With --prof the child also
 * samples the call (the inspector, every 100 µs) and prints the inclusive share of the stages named in STAGES. With
 * --base every child runs once on DIR's code and once on this checkout's, alternating run by run.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCpuProfile } from './cpu-profile.ts';

const DRAFTS: Record<string, string> = {
  en: "Hi Sara,\n\nUnfortunately we can't refund the order because it was shipped last week. You must send the item back first, and we won't be able to help until we receive it. Sorry for the inconvenience, that is just our policy.\n\nBest,\nAlex",
  fa: 'سلام،\n\nمتأسفانه نمی‌توانیم سفارش شما را لغو کنیم چون ارسال شده است. شما باید اول کالا را برگردانید و تا آن را دریافت نکنیم کاری از دست ما برنمی‌آید. این قانون شرکت است.\n\nبا احترام',
  mixed: "Hi Sara,\n\nUnfortunately we can't refund the order because it was shipped last week. You must send the item back first.\n\nسلام، متأسفانه نمی‌توانیم سفارش شما را لغو کنیم چون ارسال شده است. شما باید اول کالا را برگردانید.\n\nBest,\nAlex",
};

/** Functions whose inclusive time is reported (first match of the name in a sample's stack counts once). */
const STAGES = ['compilePack', 'build', 'LiteralScanner', 'requiredLiterals', 'scanRegion', 'analyzeSentenceTokens', 'readGeneric', 'scanStream', 'choosePackSuggestions', 'addGenericAdvice', 'withFinglishReading', 'sentences', 'expand', 'parsePattern', 'patternUnitStream'];

const argOf = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const child = argOf('child');
const here = resolve(import.meta.dirname, '..');
const from = (root: string, path: string) => pathToFileURL(resolve(root, path)).href;
const ms = (d: NodeJS.CpuUsage) => (d.user + d.system) / 1000;

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

if (child) {
  const atStart = process.cpuUsage();
  const root = argOf('root') ?? here;
  const { builtinPacks } = await import(from(root, 'lib/packs/index.ts'));
  const { suggestRewrites } = await import(from(root, 'lib/rewrite/index.ts'));
  const imported = ms(process.cpuUsage(atStart));
  const draft = DRAFTS[child];
  const prof = process.argv.includes('--prof');
  const session = await startCpuProfile(prof);
  const t = process.cpuUsage();
  const n = suggestRewrites(draft, builtinPacks).length;
  const spent = ms(process.cpuUsage(t));
  const t2 = process.cpuUsage();
  suggestRewrites(draft, builtinPacks, { cache: false });
  const second = ms(process.cpuUsage(t2));
  let stages: Record<string, number> | undefined;
  let top: [string, number][] | undefined;
  if (session) {
    const profile = (await session.stop()) as unknown as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
    const parent = new Map<number, number>();
    for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
    const inc = new Map<string, number>();
    const self = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, k) => {
      const dt = profile.timeDeltas[k] / 1000;
      total += dt;
      const seen = new Set<string>();
      const leaf = byId.get(id)!;
      const lk = `${leaf.callFrame.functionName || '(anon)'} ${leaf.callFrame.url.split('/').slice(-2).join('/')}:${leaf.callFrame.lineNumber + 1}`;
      self.set(lk, (self.get(lk) ?? 0) + dt);
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const name = byId.get(at)!.callFrame.functionName;
        if (!seen.has(name)) {
          seen.add(name);
          inc.set(name, (inc.get(name) ?? 0) + dt);
        }
      }
    });
    stages = { total };
    for (const s of STAGES) stages[s] = inc.get(s) ?? 0;
    top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  }
  process.stdout.write(JSON.stringify({ ms: spent, imported, second, n, stages, top }));
} else {
  const runs = Number(argOf('runs') ?? 3);
  const base = argOf('base');
  const roots: [string, string][] = base ? [['base', resolve(base)], ['this', here]] : [['this', here]];
  const only = argOf('only');
  const items = Object.keys(DRAFTS).filter((i) => !only || only.split(',').includes(i));
  const self = resolve(import.meta.dirname, 'rewrite-cold.ts');
  const got = new Map<string, { ms: number[]; imported: number[]; second: number[]; n: number }>();
  const extra = process.argv.includes('--prof') ? ['--prof'] : [];
  for (let r = 0; r < runs; r++) {
    for (const item of items) {
      for (const [name, root] of r % 2 ? [...roots].reverse() : roots) {
        const res = spawnSync(process.execPath, ['--import', 'tsx', self, `--child=${item}`, `--root=${root}`, ...extra], { encoding: 'utf8', cwd: here });
        if (res.status !== 0) throw new Error(`${item}: ${res.stderr}`);
        const j = JSON.parse(res.stdout) as { ms: number; imported: number; second: number; n: number; stages?: Record<string, number>; top?: [string, number][] };
        const key = `${name} ${item}`;
        const g = got.get(key) ?? { ms: [], imported: [], second: [], n: j.n };
        g.ms.push(j.ms);
        g.imported.push(j.imported);
        g.second.push(j.second);
        got.set(key, g);
        if (j.stages) {
          console.log(`${key} run ${r}: first ${j.ms.toFixed(0)} ms CPU; profile ${Object.entries(j.stages).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
          for (const [f, v] of j.top ?? []) console.log(`    ${v.toFixed(1).padStart(7)}  ${f}`);
        }
      }
    }
  }
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const f = (a: number[]) => `min ${Math.min(...a).toFixed(0)} med ${med(a).toFixed(0)}`;
  for (const [key, g] of got) console.log(`${key.padEnd(12)} first analysis CPU ${f(g.ms)} ms | import ${f(g.imported)} ms | second (warm, no cache) ${f(g.second)} ms | ${g.n} suggestions | runs ${g.ms.map((x) => x.toFixed(0)).join(' ')}`);
}
