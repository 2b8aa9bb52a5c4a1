import { readCustomerTone } from '../lib/tone/index.ts';
import { learnt34Switch } from '../lib/tone/cues/frustration.learnt34.ts';
import { DEV_SPLITS, ASIDE_SPLITS, loadEval, evalExists } from '../tests/bench/tone.eval.ts';
const f = (ps: boolean[], gs: boolean[]) => { let tp=0,fp=0,fn=0,tn=0; ps.forEach((p,i)=> p?(gs[i]?tp++:fp++):(gs[i]?fn++:tn++)); return `${((tp+tn)/ps.length).toFixed(3)} / ${(tp/(tp+fp)).toFixed(3)} / ${(tp/(tp+fn)).toFixed(3)} (fp ${fp} fn ${fn})`; };
const lang = (process.argv[2] ?? 'en') as 'en'|'fa';
for (const s of [...DEV_SPLITS, ...ASIDE_SPLITS]) {
  if (!evalExists(lang, s)) continue;
  const ms = loadEval(lang, s);
  const g = ms.map((m) => m.y.includes('frustrated'));
  learnt34Switch.on = false;
  const a = ms.map((m) => readCustomerTone(m.text).cues.some((c) => c.kind === 'frustrated'));
  learnt34Switch.on = true;
  const rs = ms.map((m) => readCustomerTone(m.text));
  const b = rs.map((r) => r.cues.some((c) => c.kind === 'frustrated'));
  const aside = (ASIDE_SPLITS as readonly string[]).includes(s);
  const ch = ms.map((m, i) => a[i] !== b[i] ? `    ${b[i] === g[i] ? 'RIGHT' : 'WRONG'} ${aside ? '(aside)' : JSON.stringify(m.text).slice(0, 160) + ' EVIDENCE ' + JSON.stringify(rs[i].cues.find((c) => c.kind === 'frustrated')?.evidence.map((e) => e.text))}` : '').filter(Boolean);
  if (ch.length || /^late(2\d|3\d)$/.test(s)) console.log(`${s.padEnd(7)} ${f(a, g)} -> ${f(b, g)}${aside ? ' (aside)' : ''}\n${ch.join('\n')}`);
}
