/**
 * Where readCustomerTone's time goes, per stage, on the tone bench's test tweets (the speed test's texts):
 *
 *   npx tsx scripts/tone-stages.ts [rounds=5] [--warm]
 *
 * A replica of readToneContext (lib/tone/read.ts) with a clock between its stages, checked against the real
 * reader's report on every tweet (a replica that drifts from read.ts says so). Per stage: the median over rounds
 * of the mean µs per tweet without the slowest 10% of tweets (pauses of a loaded machine and the GC), so stages
 * add up; and the whole reader's p50 beside the real one's (interleaved).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../lib/nlp/index.ts';
import { parseMessage, type TextSpan } from '../lib/text/message.ts';
import { type CueContext, evidenceIn, type Outcome, type Region } from '../lib/tone/cue.ts';
import { CUE_MODULES } from '../lib/tone/cues/index.ts';
import { questionSpans } from '../lib/tone/cues/questions.ts';
import { readRegister } from '../lib/tone/cues/register.ts';
import { analyse } from '../lib/tone/features.ts';
import { readDoc } from '../lib/tone/layer.ts';
import { matcherFor, readCustomerTone } from '../lib/tone/read.ts';
import type { Matcher } from '../lib/tone/tokens.ts';

const texts: string[] = await (async () => {
  const cache = '.output/tone-stages.tweets.json';
  try {
    return JSON.parse(readFileSync(cache, 'utf8'));
  } catch {
    const { airline } = await import('../tests/bench/tone.train.ts');
    const t = airline('test').map((x) => x.text);
    (await import('node:fs')).writeFileSync(cache, JSON.stringify(t));
    return t;
  }
})();
const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5) || 5;
const warm = process.argv.includes('--warm');

const STAGES = ['parseMessage', 'readDoc (lib/nlp + layer)', 'analyse (match + features)', 'regions + questions', ...CUE_MODULES.map((m) => `cue ${m.name}`), 'register'];
const acc = new Float64Array(STAGES.length);

function region(span: TextSpan | null, matcher: Matcher): Region | null {
  if (!span || span.end <= span.start) return null;
  const doc = readDoc(span.text);
  return { span, doc, hits: matcher.match(doc.tokens, doc.text) };
}

/** readToneContext with clocks; returns the cue kinds and figures (checked against the real reader). */
function staged(message: string): string {
  let s = 0;
  let t = performance.now();
  const lap = () => {
    const n = performance.now();
    acc[s++] += n - t;
    t = n;
  };
  const matcher = matcherFor();
  const parts = parseMessage(message);
  const latest = parts.latest;
  const offset = latest.start;
  lap();
  const doc = readDoc(latest.text);
  lap();
  const a = analyse(doc, matcher);
  lap();
  const outer = [region(parts.closing, matcher), region(parts.signature, matcher)].filter((r): r is Region => r !== null);
  const empty = latest.text.trim() === '';
  const got: Record<string, Outcome> = {};
  const ctx: CueContext = { message, parts, doc, a, hits: a.hits, outer, fa: a.faShare >= 0.5, empty, got, offset, questions: [], ev: evidenceIn };
  ctx.questions = questionSpans(a.questions.map((q) => ctx.ev(q)), latest.text, offset, message);
  lap();
  const kinds: string[] = [];
  for (const m of CUE_MODULES) {
    const out = m.read(ctx);
    got[m.name] = out;
    for (const c of out.cues) kinds.push(c.kind);
    lap();
  }
  const reg = empty && outer.length === 0 ? { formality: 'neutral' } : readRegister(ctx);
  lap();
  return `${kinds.sort().join(',')}|${reg.formality}`;
}

// Warm up both, and check the replica reads as the reader does.
let drift = 0;
for (const m of texts) {
  const r = readCustomerTone(m);
  const want = `${r.cues.map((c) => c.kind).sort().join(',')}|${r.formality}`;
  if (staged(m) !== want) drift++;
}
if (drift) console.log(`WARNING: the replica differs from readCustomerTone on ${drift} tweets (update it from lib/tone/read.ts)`);

const per: number[][] = STAGES.map(() => []);
const realP50: number[] = [];
const nlpP50: number[] = [];
const latest = texts.map((m) => parseMessage(m).latest.text);
const stageEach = STAGES.map(() => new Float64Array(texts.length));
const p50Of = (x: Float64Array) => x.sort()[Math.ceil(x.length / 2) - 1] * 1000;
for (let r = 0; r < rounds; r++) {
  // The real reader alone (as the bench times it), then lib/nlp alone, then the replica: one pass each, no text read twice in a row.
  const each = new Float64Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t0 = performance.now();
    readCustomerTone(texts[i]);
    each[i] = performance.now() - t0;
  }
  realP50.push(p50Of(each));
  for (let i = 0; i < texts.length; i++) {
    const t0 = performance.now();
    analyze(latest[i]);
    each[i] = performance.now() - t0;
  }
  nlpP50.push(p50Of(each));
  for (let i = 0; i < texts.length; i++) {
    // --warm: each tweet read once before it is timed (what its words cost when their data is in the caches).
    if (warm) staged(texts[i]);
    acc.fill(0);
    staged(texts[i]);
    for (let k = 0; k < STAGES.length; k++) stageEach[k][i] = acc[k];
  }
  const total = new Float64Array(texts.length);
  for (let k = 0; k < STAGES.length; k++) for (let i = 0; i < texts.length; i++) total[i] += stageEach[k][i];
  // The fastest 90% of tweets by their staged total: the same tweets for every stage.
  const order = [...total.keys()].sort((x, y) => total[x] - total[y]).slice(0, Math.floor(texts.length * 0.9));
  for (let k = 0; k < STAGES.length; k++) per[k].push((order.reduce((z, i) => z + stageEach[k][i], 0) * 1000) / order.length);
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
console.log(`µs per tweet (${texts.length} test tweets; mean over the fastest 90%, median of ${rounds} rounds):`);
let sum = 0;
for (let k = 0; k < STAGES.length; k++) {
  const v = med(per[k]);
  sum += v;
  console.log(`  ${STAGES[k].padEnd(26)} ${v.toFixed(2).padStart(7)}`);
}
console.log(`  ${'sum'.padEnd(26)} ${sum.toFixed(2).padStart(7)}`);
console.log(`lib/nlp analyze alone, p50: ${nlpP50.map((x) => x.toFixed(1)).join(', ')} µs (median ${med(nlpP50).toFixed(1)})`);
console.log(`readCustomerTone p50 (same rounds): ${realP50.map((x) => x.toFixed(1)).join(', ')} µs (median ${med(realP50).toFixed(1)})`);
