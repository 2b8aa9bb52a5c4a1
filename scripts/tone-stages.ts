/**
 * Where readCustomerTone's time goes, stage by stage (issue 13): parseMessage, readDoc, analyse, and each cue module's
 * reader on the context readToneContext built, timed apart over the airline test tweets (sum of µs per message).
 *   npx tsx scripts/tone-stages.ts [--rounds N]
 */
import { loadavg } from 'node:os';
import { CUE_MODULES } from '../lib/tone/cues/index.ts';
import { analyse } from '../lib/tone/features.ts';
import { readDoc } from '../lib/tone/layer.ts';
import { matcherFor, readToneContext } from '../lib/tone/read.ts';
import { parseMessage } from '../lib/text/message.ts';
import { airline } from '../tests/bench/tone.train.ts';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 5;
const texts = airline('test').map((t) => t.text);
const ctxs = texts.map((t) => readToneContext(t).ctx);
const m = matcherFor();
const latest = texts.map((t) => parseMessage(t).latest.text);
const docs = latest.map((t) => readDoc(t));
function time(label: string, f: (i: number) => unknown): void {
  const best: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) f(i);
    best.push(((performance.now() - t0) * 1000) / texts.length);
  }
  console.log(`${label.padEnd(14)} ${Math.min(...best).toFixed(2).padStart(7)} µs/msg`);
}
time('whole', (i) => readToneContext(texts[i]));
time('parseMessage', (i) => parseMessage(texts[i]));
time('readDoc', (i) => readDoc(latest[i]));
time('analyse', (i) => analyse(docs[i], m));
for (const mod of CUE_MODULES) time(mod.name, (i) => mod.read(ctxs[i]));
console.log(`load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
