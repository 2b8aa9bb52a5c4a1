/**
 * Reader gates (lib/tone/readergate.ts, perftone32): the audit by hand, and how often each gate opens.
 *
 *   npx tsx scripts/tone-gate-audit.ts            audit over every tone fixture split, the cue examples and the public sets
 *                                                 (tests/unit/tone/reader-gates.test.ts does the same), then each gate's
 *                                                 open rate on the bench's airline test tweets and ArmanEmo test
 *
 * Only the number of misses per set is printed, never a message (the aside splits are measured, never read).
 */
import { readCustomerTone, readToneContext } from '../lib/tone/read.ts';
import { gateAudit, gated, readerGates } from '../lib/tone/readergate.ts';
import { airline, armanEmo, bitext, politeness, shekasteh } from '../tests/bench/tone.train.ts';
import { evalSets, exampleSets } from '../tests/bench/tone.golden.ts';

const both = <T>(f: (s: 'train' | 'test') => T[]) => [...f('train'), ...f('test')];
const sets = [
  ...evalSets(),
  ...(await exampleSets()),
  { name: 'public.airline', texts: both(airline).map((r) => r.text) },
  { name: 'public.armanemo', texts: both(armanEmo).map((r) => r.text) },
  { name: 'public.shekasteh', texts: [...shekasteh('dev'), ...shekasteh('test')].flatMap((p) => [p.casual, p.formal]) },
  { name: 'public.bitext', texts: both(bitext).map((r) => r.text) },
  { name: 'public.politeness', texts: both(politeness).map((r) => r.text) },
];
let total = 0;
let messages = 0;
for (const s of sets) {
  gateAudit(true);
  for (const t of s.texts) readCustomerTone(t);
  const misses = gateAudit(false);
  total += misses.length;
  messages += s.texts.length;
  if (misses.length) console.log(`  ${s.name}: ${misses.length} misses (${[...new Set(misses.map((m) => m.gate))].join(', ')})`);
}
console.log(`audit: ${readerGates().length} gates, ${messages} messages in ${sets.length} sets, ${total} misses`);

for (const [name, texts] of [
  ['airline test', airline('test').map((r) => r.text)],
  ['ArmanEmo test', armanEmo('test').map((r) => r.text)],
] as const) {
  const open = new Map<string, number>();
  for (const t of texts) {
    const { ctx } = readToneContext(t);
    for (const g of readerGates()) if (gated(ctx, g)) open.set(g.name, (open.get(g.name) ?? 0) + 1);
  }
  console.log(`open rate on ${name} (${texts.length}): ${readerGates().map((g) => `${g.name} ${((100 * (open.get(g.name) ?? 0)) / texts.length).toFixed(1)}%`).join(', ')}`);
}
process.exit(total ? 1 : 0);
