/**
 * Reader and pattern gates (lib/tone/gate.ts), checked and counted (speed, issue 13, session 25):
 *   npx tsx scripts/tone-gates25.ts            every regular expression the reader runs on the tone goldens' messages (eval sets and
 *                                             cue examples): whenever it matches, does its input hold a word of each of requiredSets(re)?
 *                                             (the derivation checked on every pattern of the reader, gated or not); then the gates'
 *                                             audit (a shut gate whose reader would have said something) and how often each gate shuts
 *                                             on the speed messages (airline test tweets, ArmanEmo test).
 */
import { readFileSync } from 'node:fs';
import { evalSets, exampleSets } from '../tests/bench/tone.golden.ts';
import { corpusPath, readCsv } from '../tests/bench/stats.ts';

const seen = new Map<string, { re: RegExp; words: string[][] | null; matched: number; bad: string[] }>();
let on = false;
const exec = RegExp.prototype.exec;
const { requiredSets, auditGates, countGates, gateMisses, readerGates, patternGates } = await import('../lib/tone/gate.ts');
RegExp.prototype.exec = function (this: RegExp, s: string) {
  const m = exec.call(this, s);
  if (on && m) {
    on = false;
    const k = `/${this.source}/${this.flags}`;
    let e = seen.get(k);
    if (!e) seen.set(k, (e = { re: this, words: requiredSets(this), matched: 0, bad: [] }));
    e.matched++;
    if (e.words) {
      const low = String(s).toLowerCase();
      if (!e.words.every((set) => set.some((w) => low.includes(w))) && e.bad.length < 3) e.bad.push(String(s).slice(0, 80));
    }
    on = true;
  }
  return m;
};
const { readCustomerTone } = await import('../lib/tone/index.ts');
const texts = [...evalSets(), ...(await exampleSets())].flatMap((s) => s.texts);
on = true;
for (const t of texts) readCustomerTone(t);
on = false;
RegExp.prototype.exec = exec;
const derived = [...seen.values()].filter((e) => e.words);
const wrong = derived.filter((e) => e.bad.length);
console.log(`${texts.length} messages; ${seen.size} patterns matched something; ${derived.length} have derived words; ${wrong.length} matched an input without them`);
for (const e of wrong) console.log(`  WRONG /${e.re.source.slice(0, 100)}/${e.re.flags} ${JSON.stringify(e.words)} on ${JSON.stringify(e.bad)}`);

auditGates(true);
for (const t of texts) readCustomerTone(t);
auditGates(false);
console.log(`audit: ${gateMisses().length} shut gates whose reader said something`);
for (const m of gateMisses().slice(0, 20)) console.log(`  ${m.gate}: ${JSON.stringify(m.message.slice(0, 100))}`);

const rows = readCsv(readFileSync(corpusPath('airline-tweets-nc', 'airline_tweets_labeled.csv'), 'utf8'));
const ti = rows[0].indexOf('text');
const en = rows.slice(1).filter((r) => r.length > ti).filter((_, i) => i % 2 === 1).map((r) => r[ti]);
const fa = readFileSync(corpusPath('armanemo-fa-emotion-nc', 'test.tsv'), 'utf8').split('\n').filter((l) => l.includes('\t')).map((l) => l.slice(0, l.lastIndexOf('\t')));
for (const [lang, set] of [['en', en], ['fa', fa]] as const) {
  for (const g of readerGates()) g.calls = g.shut = 0;
  countGates(true);
  for (const t of set) readCustomerTone(t);
  countGates(false);
  console.log(`${lang}: reader gates (calls per message, shut share)`);
  for (const g of readerGates()) console.log(`  ${g.name.padEnd(36)} ${(g.calls / set.length).toFixed(2)}  ${g.calls ? ((100 * g.shut) / g.calls).toFixed(0) : '-'}% shut`);
}
console.log(`pattern gates: ${patternGates().map((g) => g.name).join(', ')}`);
