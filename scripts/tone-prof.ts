/**
 * Profiling driver for readCustomerTone over the tone bench's speed messages (airline test tweets), issue 13:
 *   node --cpu-prof --import tsx scripts/tone-prof.ts [--rounds N]        mean µs per message (a CPU profile beside it)
 *   node --expose-gc --max-semi-space-size=64 --import tsx scripts/tone-prof.ts --alloc    bytes allocated per message
 */
import { readCustomerTone } from '../lib/tone/index.ts';
import { airline } from '../tests/bench/tone.train.ts';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 20;
const texts = airline('test').map((t) => t.text);
for (let w = 0; w < 3; w++) for (const t of texts) readCustomerTone(t);
if (args.includes('--alloc')) {
  // Bytes allocated per message: heap growth over chunks of 200 messages, each started right after a full GC, with
  // a young generation large enough (--max-semi-space-size=64) that no collection runs inside a chunk (a chunk whose
  // growth came out negative had one, and is left out). Median over the chunks.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc --max-semi-space-size=64');
  const per: number[] = [];
  for (let i = 0; i + 200 <= texts.length; i += 200) {
    gc();
    const h0 = process.memoryUsage().heapUsed;
    for (let k = i; k < i + 200; k++) readCustomerTone(texts[k]);
    const d = process.memoryUsage().heapUsed - h0;
    if (d > 0) per.push(d / 200);
  }
  per.sort((a, b) => a - b);
  const mean = per.reduce((s, x) => s + x, 0) / per.length;
  console.log(`allocated per message: median ${(per[per.length >> 1] / 1024).toFixed(1)} KB, mean ${(mean / 1024).toFixed(1)} KB (${per.length} chunks of 200)`);
} else {
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) readCustomerTone(t);
  console.log(`${(((performance.now() - t0) * 1000) / rounds / texts.length).toFixed(1)} µs/msg mean over ${rounds} rounds`);
}
