/**
 * Where readCustomerTone's time goes, per stage and per cue module (issue 13, session 24): each module's reader is
 * wrapped with a clock before lib/tone/read.ts takes them; the shared stages (parse, language layer, analysis) are
 * timed by calling them alone on the same latest words. English = airline test tweets, Persian = ArmanEmo test.
 *   npx tsx scripts/tone-stages24.ts [--rounds N]
 */
import { readFileSync } from 'node:fs';
import { CUE_MODULES } from '../lib/tone/cues/index.ts';
import { corpusPath, readCsv } from '../tests/bench/stats.ts';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 5;
const spent = new Map<string, number>();
for (const m of CUE_MODULES) {
  const read = m.read;
  const name = m.name;
  spent.set(name, 0);
  (m as { read: typeof read }).read = (ctx) => {
    const t0 = performance.now();
    const out = read(ctx);
    spent.set(name, spent.get(name)! + performance.now() - t0);
    return out;
  };
}
const { readCustomerTone, matcherFor } = await import('../lib/tone/read.ts');
const { parseMessage } = await import('../lib/text/message.ts');
const { readDoc } = await import('../lib/tone/layer.ts');
const { analyse } = await import('../lib/tone/features.ts');
const { analyze } = await import('../lib/nlp/index.ts');

const rows = readCsv(readFileSync(corpusPath('airline-tweets-nc', 'airline_tweets_labeled.csv'), 'utf8'));
const ti = rows[0].indexOf('text');
const en = rows.slice(1).filter((r) => r.length > ti).filter((_, i) => i % 2 === 1).map((r) => r[ti]);
const fa = readFileSync(corpusPath('armanemo-fa-emotion-nc', 'test.tsv'), 'utf8').split('\n').filter((l) => l.includes('\t')).map((l) => l.slice(0, l.lastIndexOf('\t')));

for (const [lang, texts] of [['en', en], ['fa', fa]] as const) {
  for (const t of texts) readCustomerTone(t);
  for (const k of spent.keys()) spent.set(k, 0);
  const stage = { whole: 0, parse: 0, nlp: 0, readDoc: 0, analyse: 0 };
  for (let r = 0; r < rounds; r++)
    for (const t of texts) {
      let t0 = performance.now();
      readCustomerTone(t);
      stage.whole += performance.now() - t0;
      t0 = performance.now();
      const latest = parseMessage(t).latest.text;
      stage.parse += performance.now() - t0;
      t0 = performance.now();
      analyze(latest);
      stage.nlp += performance.now() - t0;
      t0 = performance.now();
      const doc = readDoc(latest);
      stage.readDoc += performance.now() - t0;
      const m = matcherFor(undefined, t);
      t0 = performance.now();
      analyse(doc, m);
      stage.analyse += performance.now() - t0;
    }
  const per = (ms: number) => ((ms * 1000) / rounds / texts.length).toFixed(1).padStart(6);
  console.log(`${lang} (n=${texts.length}) µs/msg: whole ${per(stage.whole)}  parseMessage ${per(stage.parse)}  lib/nlp analyze ${per(stage.nlp)}  readDoc (analyze + tone tokens) ${per(stage.readDoc)}  analyse (phrases, features) ${per(stage.analyse)}`);
  let cues = 0;
  for (const [k, v] of spent) cues += v;
  console.log(`   cue modules ${per(cues)}: ` + [...spent].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${per(v).trim()}`).join(', '));
}
