/**
 * (frust40) The fortieth session's frustration readers (lib/tone/cues/frustration.kinds40.ts) on the public sets, switch
 * off and on in one process: the frustrated cue on the airline tweets' test half (negative vs not), ArmanEmo's test rows
 * (ANGRY vs rest), Bitext's calm test requests (firing rate) and Shekasteh's test pairs (both sides: every cue it adds is
 * on a sentence of neutral prose). Needs ../shared/corpus (measure only; nothing here ships).
 *
 *   npx tsx scripts/frust40-public.ts
 */
import { readCustomerTone } from '../lib/tone/index.ts';
import { kinds40Switch } from '../lib/tone/cues/frustration.kinds40.ts';
import { airline, armanEmo, bitext, shekasteh } from '../tests/bench/tone.train.ts';
import { prf } from '../tests/bench/stats.ts';

const shown = (t: string) => readCustomerTone(t).cues.some((c) => c.kind === 'frustrated');
function both(texts: readonly string[]): { off: boolean[]; on: boolean[]; changed: string[] } {
  kinds40Switch.on = false;
  const off = texts.map(shown);
  kinds40Switch.on = true;
  const on = texts.map(shown);
  return { off, on, changed: texts.filter((_, i) => off[i] !== on[i]) };
}
const f = (x: number) => x.toFixed(3);
const line = (name: string, p: ReturnType<typeof prf>) => `${name}: acc ${f(p.accuracy)} P ${f(p.precision)} R ${f(p.recall)}`;

const tweets = airline('test');
const t = both(tweets.map((x) => x.text));
const tg = tweets.map((x) => x.label);
console.log(`airline tweets test (${tweets.length}): ${line('off', prf(t.off, tg))} -> ${line('on', prf(t.on, tg))}; ${t.changed.length} decisions changed`);
for (const c of t.changed) console.log(`   ${JSON.stringify(c)}`);

const arman = armanEmo('test');
const a = both(arman.map((x) => x.text));
const ag = arman.map((x) => x.label === 'ANGRY');
console.log(`ArmanEmo test (${arman.length}) ANGRY vs rest: ${line('off', prf(a.off, ag))} -> ${line('on', prf(a.on, ag))}; ${a.changed.length} decisions changed`);
for (const c of a.changed) console.log(`   ${JSON.stringify(c)}`);

const calm = bitext('test').filter((r) => !r.tags.includes('W'));
const b = both(calm.map((x) => x.text));
const rate = (xs: boolean[]) => `${((100 * xs.filter(Boolean).length) / xs.length).toFixed(2)}%`;
console.log(`Bitext calm test requests (${calm.length}): frustrated fires on ${rate(b.off)} -> ${rate(b.on)}; ${b.changed.length} changed`);
for (const c of b.changed) console.log(`   ${JSON.stringify(c)}`);

const pairs = shekasteh('test');
const s = both(pairs.flatMap((p) => [p.casual, p.formal]));
console.log(`Shekasteh test pairs (${pairs.length}, both sides): frustrated fires on ${rate(s.off)} -> ${rate(s.on)}; ${s.changed.length} changed`);
for (const c of s.changed) console.log(`   ${JSON.stringify(c)}`);
