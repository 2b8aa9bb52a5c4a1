/**
 * The tone reader's golden check (see tests/bench/tone.golden.ts for what it keeps).
 *
 *   npx tsx scripts/tone-golden.ts               compare the code with tests/fixtures/tone-golden
 *                                                (what tests/unit/tone/golden.test.ts does)
 *   npx tsx scripts/tone-golden.ts --write       rewrite tests/fixtures/tone-golden from the code
 *                                                (only for a change meant to change the reader's output)
 *   npx tsx scripts/tone-golden.ts --ref main    the code against another build (lib/ of a git ref,
 *                                                copied to .output/tone-ref/<commit>), in one process,
 *                                                on the kept sets AND the public sets of the tone bench
 *                                                (tone reports, and lib/nlp analyses of the same texts)
 *   ... --kept-only                              without the public sets (quicker, while working)
 *   ... --no-ext                                 lib/nlp analyses compared without Token.slot.ext (the tone reader's
 *                                                per-word record: its anchor bits move when anchors are added)
 *   ... --show 500                               list up to 500 differing messages per set (3 by default)
 *   ... --ref main --time 6                      and then time both builds on the bench's test
 *                                                tweets, interleaved message by message, 6 rounds
 *                                                (p50 of each per round, and their ratio)
 *   ... --ref main --time 6 --fa                 the same on the bench's Persian messages (ArmanEmo test)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../lib/nlp/index.ts';
import { readCustomerTone } from '../lib/tone/index.ts';
import type { ToneReport } from '../lib/tone/index.ts';
import { evalSets, exampleSets, GOLDEN_DIR, goldenPath, type MessageSet, publicSets, reportLine } from '../tests/bench/tone.golden.ts';

type Reader = (text: string) => ToneReport;
type Layer = (text: string) => unknown;
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : (args[i + 1] ?? '');
};
const root = join(import.meta.dirname, '..');

/** lib/ of a git ref, copied once under .output/tone-ref (inside the worktree, so packages resolve). */
async function refReader(ref: string): Promise<{ sha: string; read: Reader; layer: Layer }> {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(root, '.output', 'tone-ref', sha);
  if (!existsSync(join(dir, 'lib', 'tone', 'index.ts'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} lib | tar -x -C "${dir}"`], { cwd: root });
  }
  const mod = (await import(pathToFileURL(join(dir, 'lib', 'tone', 'index.ts')).href)) as { readCustomerTone: Reader };
  const nlp = (await import(pathToFileURL(join(dir, 'lib', 'nlp', 'index.ts')).href)) as { analyze: Layer };
  return { sha, read: mod.readCustomerTone, layer: nlp.analyze };
}

/** Messages of `set` whose lines differ between two lists of report lines (the first few shown). */
function differences(set: string, want: readonly string[], got: readonly string[], show = Number(flag('--show') ?? 3) || 3): number {
  let n = Math.abs(want.length - got.length);
  if (n) console.log(`  ${set}: ${want.length} messages expected, ${got.length} read`);
  for (let i = 0; i < Math.min(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    if (n++ < show) console.log(`  ${set}:${i + 1}\n    want ${want[i]}\n    got  ${got[i]}`);
  }
  return n;
}

const linesOf = (set: MessageSet, read: Reader) => set.texts.map((t) => reportLine(t, read(t)));

async function kept(): Promise<MessageSet[]> {
  return [...evalSets(), ...(await exampleSets())];
}

async function write(): Promise<void> {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  const sets = await kept();
  const names = new Set(sets.map((s) => `${s.name}.jsonl`));
  for (const f of readdirSync(GOLDEN_DIR)) if (f.endsWith('.jsonl') && !names.has(f)) rmSync(join(GOLDEN_DIR, f));
  let n = 0;
  for (const s of sets) {
    writeFileSync(goldenPath(s.name), linesOf(s, readCustomerTone).join('\n') + '\n');
    n += s.texts.length;
  }
  console.log(`wrote ${sets.length} files, ${n} reports, to ${GOLDEN_DIR}`);
}

async function check(): Promise<number> {
  let bad = 0;
  let n = 0;
  for (const s of await kept()) {
    const path = goldenPath(s.name);
    const want = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
    bad += differences(s.name, want, linesOf(s, readCustomerTone));
    n += s.texts.length;
  }
  console.log(`${n} messages against ${GOLDEN_DIR}: ${bad} differ`);
  return bad;
}

/**
 * Both builds on every kept and public message: the tone reports, and lib/nlp's analysis of the
 * same texts (the layer the rewrite engine shares: tokens, tags, lemmas, clauses, negation).
 */
async function compare(ref: string): Promise<{ bad: number; old: Reader }> {
  const { sha, read, layer } = await refReader(ref);
  let bad = 0;
  let n = 0;
  const sets = [...(await kept()), ...(args.includes('--kept-only') ? [] : await publicSets())];
  // --no-ext: without Token.slot.ext, the tone reader's own per-word cache record (its anchor bits move with every anchor added).
  const replacer = args.includes('--no-ext') ? (k: string, v: unknown) => (k === 'ext' ? undefined : v) : undefined;
  const layerLines = (s: MessageSet, f: Layer) => s.texts.map((t) => JSON.stringify(f(t), replacer));
  for (const s of sets) {
    const d = differences(s.name, linesOf(s, read), linesOf(s, readCustomerTone));
    const dl = differences(`${s.name} (lib/nlp)`, layerLines(s, layer), layerLines(s, analyze));
    console.log(`  ${s.name.padEnd(28)} ${String(s.texts.length).padStart(6)} messages: reports ${d} differ, lib/nlp ${dl} differ`);
    bad += d + dl;
    n += s.texts.length;
  }
  console.log(`${n} messages, ${ref} (${sha.slice(0, 7)}) vs this worktree: ${bad} differences (reports and lib/nlp analyses)`);
  return { bad, old: read };
}

/**
 * Both builds on the same tweets, interleaved message by message (the order of the two swapped
 * every message), so a busy shared machine slows both alike: per round, each build's p50 in µs.
 */
function interleaved(texts: readonly string[], a: Reader, b: Reader, round: number): [number, number] {
  const ta = new Float64Array(texts.length);
  const tb = new Float64Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const first = (i + round) % 2 === 0;
    for (let k = 0; k < 2; k++) {
      const read = (k === 0) === first ? a : b;
      const t0 = performance.now();
      read(texts[i]);
      const dt = performance.now() - t0;
      if (read === a) ta[i] = dt;
      else tb[i] = dt;
    }
  }
  const p50 = (x: Float64Array) => x.sort()[Math.ceil(x.length / 2) - 1] * 1000;
  return [p50(ta), p50(tb)];
}

async function time(rounds: number, old: Reader, ref: string): Promise<void> {
  const { airline, armanEmo } = await import('../tests/bench/tone.train.ts');
  // --fa: the Persian messages of the tone bench (ArmanEmo test) instead of the airline test tweets.
  const texts = args.includes('--fa') ? armanEmo('test').map((r) => r.text) : airline('test').map((t) => t.text);
  for (const t of texts) {
    old(t);
    readCustomerTone(t);
  }
  const a: number[] = [];
  const b: number[] = [];
  const load0 = loadavg()[0];
  for (let r = 0; r < rounds; r++) {
    const [x, y] = interleaved(texts, old, readCustomerTone, r);
    a.push(x);
    b.push(y);
  }
  const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
  const f = (x: number[]) => x.map((v) => v.toFixed(1)).join(', ');
  console.log(`p50 per message (${texts.length} ${args.includes('--fa') ? 'ArmanEmo test rows' : 'test tweets'}), ${rounds} rounds, the two builds interleaved message by message:`);
  console.log(`  ${ref.padEnd(10)} ${f(a)} µs  (median ${med(a).toFixed(1)}, best ${Math.min(...a).toFixed(1)})`);
  console.log(`  ${'this'.padEnd(10)} ${f(b)} µs  (median ${med(b).toFixed(1)}, best ${Math.min(...b).toFixed(1)})`);
  const ratios = a.map((x, i) => b[i] / x);
  console.log(`  this / ${ref} per round: ${ratios.map((x) => x.toFixed(3)).join(', ')} (median ${med(ratios).toFixed(3)})`);
  console.log(`  load average ${load0.toFixed(2)} -> ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`);
}

if (args.includes('--write')) await write();
else if (flag('--ref') !== undefined) {
  const ref = flag('--ref') || 'main';
  const { bad, old } = await compare(ref);
  const rounds = flag('--time');
  if (rounds !== undefined) await time(Number(rounds) || 6, old, ref);
  process.exitCode = bad ? 1 : 0;
} else process.exitCode = (await check()) ? 1 : 0;
