/**
 * Tone reader on our held-out messages and on real data. Weights and thresholds were tuned on
 * train/dev splits only (frustration, repeat and urgency are hand lexicons + patterns, tuned on
 * tests/fixtures/tone-eval dev and Bitext train); every public figure is on the test split.
 *
 * Splits (corpora without one get a deterministic split by data row index i, from 0):
 *   airline-tweets-nc       i even = train (only to choose the score threshold), i odd = TEST
 *   armanemo-fa-emotion-nc  train.tsv / TEST = test.tsv
 *   shekasteh-fa-colloquial dev.tsv (tuning) / TEST = test.tsv
 *   bitext-cs-intents       i even = train, i odd = TEST
 *   stanford-politeness     per file, i even = train, i odd = TEST; top vs bottom quartile per file
 * Run: npx tsx tests/bench/run.ts tone
 */
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { readCustomerTone } from '../../lib/tone/index.ts';
import { printEval } from './tone.eval.ts';
import { airline, armanEmo, banking77, bitext, politeness, shekasteh } from './tone.train.ts';
import { fmt, prf, timeEach } from './stats.ts';

// vader-sentiment ships no types; load it through require with the one call we use.
const vader = createRequire(import.meta.url)('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);
const line = (name: string, r: { precision: number; recall: number; f1: number; accuracy: number }, n: number) =>
  console.log(`  ${name.padEnd(40)} P ${f3(r.precision)}  R ${f3(r.recall)}  F1 ${f3(r.f1)}  acc ${f3(r.accuracy)}  (n=${n})`);

export default async function run(): Promise<void> {
  // 0. Our own held-out messages (tests/fixtures/tone-eval): the cues an agent would see.
  console.log('cues shown on messages we wrote (development splits; the held-out split is measured by the lead)');
  printEval();
  console.log('');

  // 1. Airline tweets, negative vs not. "Negative" is the tweet's sentiment: most are complaints
  // about a delay, a lost bag or a wait told plainly, not the feeling the "frustrated" cue is for
  // (which must stay quiet on a plain report). So two readings: the frustration score as a
  // negativity detector (any evidence of a complaint, its threshold chosen on the train half, as
  // VADER's -0.05 is a low bar too), and the cue itself (precision first).
  const tweets = airline('test');
  const gold = tweets.map((t) => t.label);
  const scoreOf = (text: string) => readCustomerTone(text).emotions.frustration;
  const train = airline('train');
  const trainScores = train.map((t) => scoreOf(t.text));
  const trainGold = train.map((t) => t.label);
  const grid = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
  const bar = grid.reduce((best, th) => (prf(trainScores.map((s) => s >= th), trainGold).accuracy > prf(trainScores.map((s) => s >= best), trainGold).accuracy ? th : best), 0.5);
  const scores = tweets.map((t) => scoreOf(t.text));
  const vad = tweets.map((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t.text).compound <= -0.05);
  console.log(`negative vs not — airline tweets, test split (${gold.filter(Boolean).length} negative of ${gold.length})`);
  line(`Tactful frustration score >= ${bar} (train)`, prf(scores.map((s) => s >= bar), gold), gold.length);
  line('Tactful "frustrated" cue shown', prf(scores.map((s) => s >= 0.5), gold), gold.length);
  line('VADER compound <= -0.05', prf(vad, gold), gold.length);
  line('(always "negative" baseline)', prf(gold.map(() => true), gold), gold.length);

  // 2. Persian anger: ArmanEmo test.
  const arman = armanEmo('test');
  const faPred = arman.map((r) => readCustomerTone(r.text).emotions.frustration >= 0.5);
  console.log(`\nPersian anger — ArmanEmo test (${arman.length} rows)`);
  line('ANGRY vs rest', prf(faPred, arman.map((r) => r.label === 'ANGRY')), arman.length);
  line('ANGRY+HATE vs rest', prf(faPred, arman.map((r) => r.label === 'ANGRY' || r.label === 'HATE')), arman.length);
  const faVader = arman.map((r) => vader.SentimentIntensityAnalyzer.polarity_scores(r.text).compound <= -0.05);
  line('(VADER on Persian, for scale)', prf(faVader, arman.map((r) => r.label === 'ANGRY')), arman.length);

  // 3. Formality: Shekasteh pairs, formal (col 3) should score higher than casual (col 1).
  console.log('\nformality — Shekasteh pairs: share where formal text scores higher');
  for (const split of ['dev', 'test'] as const) {
    const pairs = shekasteh(split);
    let higher = 0;
    let ties = 0;
    let casualFlag = 0;
    let formalFlag = 0;
    for (const p of pairs) {
      const c = readCustomerTone(p.casual);
      const f = readCustomerTone(p.formal);
      if (f.formalityScore > c.formalityScore) higher++;
      else if (f.formalityScore === c.formalityScore) ties++;
      if (c.colloquial || c.formality === 'casual') casualFlag++;
      if (f.colloquial || f.formality === 'casual') formalFlag++;
    }
    console.log(
      `  ${split === 'dev' ? 'dev (tuned on)' : 'TEST'.padEnd(14)}  ${pct(higher / pairs.length)} higher, ${pct(ties / pairs.length)} ties  (n=${pairs.length});` +
        ` flagged casual: col1 ${pct(casualFlag / pairs.length)}, col3 ${pct(formalFlag / pairs.length)}`,
    );
  }

  // 4. Bitext colloquial tag Q vs rest.
  const bt = bitext('test');
  const bGold = bt.map((r) => r.tags.includes('Q'));
  const bPred = bt.map((r) => {
    const t = readCustomerTone(r.text);
    return t.colloquial || t.formality === 'casual';
  });
  console.log(`\ncolloquial — Bitext test, tag Q vs rest (${bGold.filter(Boolean).length} Q of ${bt.length})`);
  line('colloquial || casual', prf(bPred, bGold), bt.length);
  line('(always "not colloquial" baseline)', prf(bt.map(() => false), bGold), bt.length);
  // Frustration should stay quiet on calm requests; tag W (offensive) is a weak positive.
  const calm = bt.filter((r) => !r.tags.includes('W'));
  const calmFp = calm.filter((r) => readCustomerTone(r.text).emotions.frustration >= 0.5).length;
  const rude = bt.filter((r) => r.tags.includes('W'));
  const rudeTp = rude.filter((r) => readCustomerTone(r.text).emotions.frustration >= 0.5).length;
  console.log(`  frustration fires on ${pct(calmFp / calm.length)} of calm requests (n=${calm.length}), on ${pct(rudeTp / rude.length)} of offensive ones (W, n=${rude.length})`);
  // Repeat contact and urgency on requests written as first contacts (Bitext: none says it wrote before or is
  // in a hurry); Banking77's test queries hold real urgencies (stolen cards, unknown charges), so a share is expected.
  const firing = (texts: readonly string[], kind: 'repeat' | 'urgent') => texts.filter((t) => readCustomerTone(t).cues.some((c) => c.kind === kind)).length;
  const b77 = banking77('test');
  for (const kind of ['repeat', 'urgent'] as const) {
    const n = firing(calm.map((r) => r.text), kind);
    console.log(`  ${kind} fires on ${n} of ${calm.length} calm Bitext test requests (${pct(n / calm.length)}); Banking77 test ${pct(firing(b77, kind) / b77.length)} (n=${b77.length})`);
  }

  // 5. Politeness: Stanford top vs bottom quartile.
  const pol = politeness('test');
  const { politenessEn } = await import('../../lib/tone/learnt.en.ts');
  const pPred = pol.map((r) => readCustomerTone(r.text).emotions.politeness >= politenessEn.threshold);
  console.log(`\npoliteness — Stanford test, top vs bottom quartile (threshold ${politenessEn.threshold}, chosen on train)`);
  line('politeness >= threshold', prf(pPred, pol.map((r) => r.label)), pol.length);
  const cueFires = pol.map((r) => readCustomerTone(r.text).cues.some((c) => c.kind === 'polite'));
  line('"polite" cue shown', prf(cueFires, pol.map((r) => r.label)), pol.length);

  // 6. Speed per message on the test tweets.
  const texts = tweets.map((t) => t.text);
  const time = timeEach(texts, (t) => readCustomerTone(t), 2);
  const chars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  console.log(`\nspeed — readCustomerTone per tweet (mean ${chars.toFixed(0)} chars): p50 ${fmt(time.p50)}  p99 ${fmt(time.p99)}  mean ${fmt(time.mean)}  (n=${time.n}; target p50 < 50 µs)`);
  const vtime = timeEach(texts, (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t), 2);
  console.log(`        VADER polarity_scores, same tweets: p50 ${fmt(vtime.p50)}  p99 ${fmt(vtime.p99)}`);
  // The machine is shared: one pass's p50 moves with the load, so five more passes each, alternating, and the best.
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < 5; round++) {
    ours.push(timeEach(texts, (t) => readCustomerTone(t), 0).p50);
    theirs.push(timeEach(texts, (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t), 0).p50);
  }
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`        five more passes, p50 each: Tactful ${ours.map(fmt).join(', ')} (best ${fmt(Math.min(...ours))}); VADER best ${fmt(Math.min(...theirs))}; load average ${load} on ${cpus().length} cores`);
}
