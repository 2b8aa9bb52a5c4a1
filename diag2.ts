import { fit, trainingSamples, itemSamples } from './scripts/train-clause-model.ts';
import { loadEvalSet } from './tests/bench/rewrite-quality.ts';
import { readFileSync } from 'node:fs';
const miss = new Set([...readFileSync('/tmp/ml23/base-late22.txt','utf8').matchAll(/MISS (\S+)/g)].map(m=>m[1]));
const lang = (process.argv[2] ?? 'fa') as 'en'|'fa';
const samples = await trainingSamples(lang, ['late22']);
const items = loadEvalSet(lang, 'late22');
for (const cfg of JSON.parse(process.argv[3])) {
  for (const [k,v] of Object.entries(cfg)) process.env[k] = String(v);
  const t0 = Date.now();
  const m = fit(lang, samples, []);
  const W = new Map(Object.entries(m.weights));
  const sc = (f: string[]) => 1/(1+Math.exp(-(m.bias + f.reduce((a,x)=>a+(W.get(x)??0),0))));
  const res: string[] = [];
  for (const thr of [0.8, 0.9, 0.95]) {
    let hit=0, nfp=0;
    for (const it of items) {
      const ss = itemSamples(lang, it.text, it.spans, 'x', it.category);
      if (it.label==='neutral') { if (ss.some(s=>sc(s.feats)>=thr)) nfp++; continue; }
      if (miss.has(it.id) && ss.filter(s=>s.y).some(s=>sc(s.feats)>=thr)) hit++;
    }
    res.push(`@${thr}: misses hit ${hit}, neutral items ${nfp}`);
  }
  console.log(JSON.stringify(cfg), Object.keys(m.weights).length, 'feats', Date.now()-t0, 'ms |', res.join(' | '));
}
