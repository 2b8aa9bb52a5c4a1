/** Persian figures of every development and aside split, one line each (frustrated, repeat, urgent, casual: acc/P/R). `npx tsx scripts/tone-fa-figures.ts` */
import { ASIDE_SPLITS, DEV_SPLITS, evalExists, evaluate, loadEval } from '../tests/bench/tone.eval.ts';

const f2 = (x: number) => x.toFixed(2);
for (const split of [...DEV_SPLITS, ...ASIDE_SPLITS]) {
  if (!evalExists('fa', split)) continue;
  const f = evaluate(loadEval('fa', split), 'fa');
  const c = (k: 'frustrated' | 'repeat' | 'urgent' | 'casual') => `${k.slice(0, 4)} ${f2(f.cues[k].accuracy)}/${f2(f.cues[k].precision)}/${f2(f.cues[k].recall)}`;
  console.log(`${split.padEnd(7)} ${c('frustrated')}  ${c('repeat')}  ${c('urgent')}  ${c('casual')}`);
}
