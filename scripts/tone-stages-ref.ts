/**
 * readCustomerTone's stages in this worktree against another build, interleaved message by message in one process
 * (so a busy shared machine slows both alike), on the tone bench's test tweets:
 *
 *   npx tsx scripts/tone-stages-ref.ts [ref=main] [rounds=3]
 *
 * lib/ of the ref is copied to .output/tone-stages-ref/<commit> (its read.ts's matcherFor exported there when it was
 * not yet); both builds run the replica of readToneContext of scripts/tone-stages.ts. Per stage: the mean µs of each
 * build's fastest 90% of tweets, median over rounds, and this build's ratio. The tweets come from
 * .output/tone-stages.tweets.json (run scripts/tone-stages.ts once to make it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const texts: string[] = JSON.parse(readFileSync(join(root, '.output', 'tone-stages.tweets.json'), 'utf8'));
const ref = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 3) || 3;
const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
const refDir = join(root, '.output', 'tone-stages-ref', sha);
if (!existsSync(join(refDir, 'lib', 'tone', 'read.ts'))) {
  rmSync(refDir, { recursive: true, force: true });
  mkdirSync(refDir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} lib | tar -x -C "${refDir}"`], { cwd: root });
  const read = join(refDir, 'lib', 'tone', 'read.ts');
  writeFileSync(read, readFileSync(read, 'utf8').replace(/^function matcherFor\(/m, 'export function matcherFor('));
}
async function build(dir: string) {
  const at = (p: string) => pathToFileURL(join(dir, p)).href;
  const msg = await import(at('lib/text/message.ts'));
  const cue = await import(at('lib/tone/cue.ts'));
  const cues = await import(at('lib/tone/cues/index.ts'));
  const q = await import(at('lib/tone/cues/questions.ts'));
  const reg = await import(at('lib/tone/cues/register.ts'));
  const feat = await import(at('lib/tone/features.ts'));
  const layer = await import(at('lib/tone/layer.ts'));
  const read = await import(at('lib/tone/read.ts'));
  const mods = cues.CUE_MODULES as { name: string; read: (c: unknown) => { cues: { kind: string }[] } }[];
  const names = ['parseMessage', 'readDoc (lib/nlp + tone layer)', 'analyse (matcher + features)', 'regions + questions', ...mods.map((m) => `cue ${m.name}`), 'register'];
  const acc = new Float64Array(names.length);
  function staged(message: string) {
    let s = 0;
    let t = performance.now();
    const lap = () => { const n = performance.now(); acc[s++] += n - t; t = n; };
    const matcher = read.matcherFor();
    const parts = msg.parseMessage(message);
    const latest = parts.latest;
    const offset = latest.start;
    lap();
    const doc = layer.readDoc(latest.text);
    lap();
    const a = feat.analyse(doc, matcher);
    lap();
    const region = (span: { start: number; end: number; text: string } | null) => {
      if (!span || span.end <= span.start) return null;
      const d = layer.readDoc(span.text);
      return { span, doc: d, hits: matcher.match(d.tokens, d.text) };
    };
    const outer = [region(parts.closing), region(parts.signature)].filter((r) => r !== null);
    const empty = latest.text.trim() === '';
    const got: Record<string, unknown> = {};
    const ctx = { message, parts, doc, a, hits: a.hits, outer, fa: a.faShare >= 0.5, empty, got, offset, questions: [] as unknown[], ev: cue.evidenceIn };
    ctx.questions = q.questionSpans(a.questions.map((x: unknown) => ctx.ev(x)), latest.text, offset, message);
    lap();
    for (const m of mods) { got[m.name] = m.read(ctx); lap(); }
    if (!(empty && outer.length === 0)) reg.readRegister(ctx);
    lap();
  }
  return { names, acc, staged, read: read.readCustomerTone as (m: string) => unknown };
}
const A = await build(refDir);
const B = await build(root);
for (const t of texts) { A.staged(t); B.staged(t); A.read(t); B.read(t); }
const per = [A, B].map((x) => x.names.map(() => [] as number[]));
for (let r = 0; r < rounds; r++) {
  const each = [A, B].map((x) => x.names.map(() => new Float64Array(texts.length)));
  for (let i = 0; i < texts.length; i++) {
    for (let k = 0; k < 2; k++) {
      const w = (k === 0) === ((i + r) % 2 === 0) ? 0 : 1;
      const X = w === 0 ? A : B;
      X.acc.fill(0);
      X.staged(texts[i]);
      for (let s = 0; s < X.names.length; s++) each[w][s][i] = X.acc[s];
    }
  }
  for (let w = 0; w < 2; w++) {
    const tot = new Float64Array(texts.length);
    for (const e of each[w]) for (let i = 0; i < texts.length; i++) tot[i] += e[i];
    const order = [...tot.keys()].sort((x, y) => tot[x] - tot[y]).slice(0, Math.floor(texts.length * 0.9));
    each[w].forEach((e, s) => per[w][s].push((order.reduce((z, i) => z + e[i], 0) * 1000) / order.length));
  }
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
console.log(`µs per tweet, mean of each build's fastest 90%, median of ${rounds} rounds, builds interleaved message by message`);
console.log(`  ${'stage'.padEnd(32)} ${sha.slice(0, 7).padStart(8)} ${'this'.padStart(8)}  ratio`);
let sa = 0, sb = 0;
A.names.forEach((n, s) => { const a = med(per[0][s]); const b = med(per[1][s]); sa += a; sb += b; console.log(`  ${n.padEnd(32)} ${a.toFixed(2).padStart(8)} ${b.toFixed(2).padStart(8)}  ${(b / a).toFixed(2)}`); });
console.log(`  ${'sum'.padEnd(32)} ${sa.toFixed(2).padStart(8)} ${sb.toFixed(2).padStart(8)}  ${(sb / sa).toFixed(3)}`);
