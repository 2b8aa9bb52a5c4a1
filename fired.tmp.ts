import { DEV_SPLITS, loadEval, evalExists } from './tests/bench/tone.eval.ts';
import { readCustomerTone } from './lib/tone/index.ts';
const held = new Set(['late14','fresh4']);
for (const s of DEV_SPLITS) { if (held.has(s) || !evalExists('en', s)) continue;
  for (const m of loadEval('en', s)) {
    const r = readCustomerTone(m.text);
    const f = r.cues.find(c => c.kind==='frustrated');
    const ev = (f as any)?.evidence?.filter((e:any)=>e.why==='tone.why.sarcasm') ?? [];
    const k16 = ev.filter((e:any)=> /^(lol|lmao|lmfao|rofl|haha|hah|very|so|how|really|most|ever|amazing|fantastic|great|brilliant|excellent|superb|wonderful|stellar|outstanding|fab|lovely|makes|cheers|thanks|thank)/i.test(e.text) && e.text.length<200);
    if (k16.length) console.log(s, m.y.includes('frustrated')?'TP':'FP', JSON.stringify(k16.map((e:any)=>e.text)), '|', m.text.replace(/\n/g,' / ').slice(0,150));
  }
}
