/**
 * How often each text gate (lib/tone/textgate.ts) opens on the bench's airline test tweets (ArmanEmo test with --fa), and
 * which of its words open it most (tonefast34): a gate open on most messages saves little, and the word that opens it is
 * where a narrower derivation would pay.
 *
 *   npx tsx scripts/tone-textgates34.ts [--fa] [--min 10]     gates open on at least min% of the messages
 */
import { readToneContext } from '../lib/tone/read.ts';
import { opens, textGates } from '../lib/tone/textgate.ts';
import { airline, armanEmo } from '../tests/bench/tone.train.ts';

const args = process.argv.slice(2);
const min = Number(args[args.indexOf('--min') + 1]) || 10;
const texts = args.includes('--fa') ? armanEmo('test').map((r) => r.text) : airline('test').map((r) => r.text);
const lows = texts.map((t) => readToneContext(t).ctx.low);
const rows: { id: number; rate: number; words: string }[] = [];
for (const g of textGates()) {
  let open = 0;
  const by = new Map<string, number>();
  for (const low of lows) {
    if (!opens(low, g)) continue;
    open++;
    for (const w of g.words) if (low.includes(w)) by.set(w, (by.get(w) ?? 0) + 1);
  }
  const rate = (100 * open) / lows.length;
  if (rate < min) continue;
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([w, n]) => `${JSON.stringify(w)} ${((100 * n) / lows.length).toFixed(0)}%`);
  rows.push({ id: g.id, rate, words: `${g.words.length} words; ${top.join(', ')}` });
}
rows.sort((a, b) => b.rate - a.rate);
for (const r of rows) console.log(`gate ${String(r.id).padStart(4)} open ${r.rate.toFixed(1).padStart(5)}%  ${r.words}`);
console.log(`${textGates().length} gates, ${rows.length} open on ${min}% or more of ${lows.length} messages`);
