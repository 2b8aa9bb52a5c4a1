/**
 * Where the rewrite analysis spends its time, full analysis or one keystroke, printed as the top self-time and inclusive
 * items of a CPU profile taken through the inspector after a warm-up (so the first passes' optimisation is not counted).
 *
 *   npx tsx scripts/rewrite-keyprof.ts [fa|en] [full|key] [rounds=3] [--top=40] [--out=file.cpuprofile]
 *
 * key: the bench's drafts analysed (sentence cache on), then a letter typed mid-draft, a different letter each round, so
 * the typed sentence is read afresh each time (the bench's own keystroke types the same letter twice).
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { loadLearntModels } from '../lib/rewrite/learnt/load.ts';
import { badExamples, drafts, englishSentences, persianSentences } from '../tests/bench/rewrite.bench.ts';

const pos = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const opt = (n: string) => process.argv.find((a) => a.startsWith(`--${n}=`))?.split('=')[1];
const lang = pos[0] ?? 'fa';
const mode = pos[1] ?? 'key';
const rounds = Number(pos[2] ?? 3);
const top = Number(opt('top') ?? 40);
await loadLearntModels();
const list = lang === 'en' ? drafts(englishSentences(), badExamples('en'), 300, 1) : drafts(persianSentences(), badExamples('fa'), 150, 2);
const letters = 'sdtkmnrlpb';
const typedAt = (d: string, r: number) => {
  const at = d.indexOf(' ', Math.floor(d.length / 2));
  return `${d.slice(0, at)}${letters[r % letters.length]}${d.slice(at)}`;
};
const pass = (r: number) => {
  for (const d of list) {
    if (mode === 'full') suggestRewrites(d, builtinPacks, { cache: false });
    else {
      suggestRewrites(d, builtinPacks);
      suggestRewrites(typedAt(d, r), builtinPacks);
    }
  }
};
// (perf34) The warm-up types letters the profiled rounds do not (it typed rounds 100-103, the same letters as rounds 0-3,
// so every profiled keystroke was a fully cached call); more than six rounds repeat letters again.
for (let r = 0; r < 4; r++) pass(6 + r);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let r = 0; r < rounds; r++) pass(r);
const { profile } = await session.post('Profiler.stop');
const out = opt('out');
if (out) writeFileSync(out, JSON.stringify(profile));
// Self time per function (name + file:line), and inclusive time (each function counted once per sample stack).
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
const nodes = new Map<number, Node>(profile.nodes.map((n: Node) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes as Node[]) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(lib|tests|scripts)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const incl = new Map<string, number>();
const counts = new Map<number, number>();
for (const s of profile.samples as number[]) counts.set(s, (counts.get(s) ?? 0) + 1);
let total = 0;
for (const [id, c] of counts) {
  const n = nodes.get(id)!;
  if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
  total += c;
  self.set(name(n), (self.get(name(n)) ?? 0) + c);
  const seen = new Set<string>();
  for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
    const k = name(nodes.get(p)!);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + c);
  }
}
const show = (m: Map<string, number>, label: string) => {
  console.log(`${label} (${lang} ${mode}, ${total} samples)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
show(self, 'self');
show(incl, 'inclusive');
