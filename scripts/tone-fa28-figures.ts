/**
 * Session 28 (tonefa28): Persian frustrated and repeat figures on late20 … late27 and pooled over every development split,
 * and which messages fire (written to a file so a change can be read message by message: `--save <file>`, then
 * `--diff <file>` lists the messages whose cue changed, by split). `npx tsx scripts/tone-fa28-figures.ts [--save f | --diff f]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readCustomerTone } from '../lib/tone/index.ts';
import { DEV_SPLITS, evalExists, loadEval, shows } from '../tests/bench/tone.eval.ts';
import { prf } from '../tests/bench/stats.ts';

const CUES = ['frustrated', 'repeat'] as const;
const fired: Record<string, string[]> = {};
const gold: Record<string, string[]> = {};
const pooled = { frustrated: { p: [] as boolean[], g: [] as boolean[] }, repeat: { p: [] as boolean[], g: [] as boolean[] } };
const f2 = (x: number) => x.toFixed(2);
for (const split of DEV_SPLITS) {
  if (!evalExists('fa', split)) continue;
  const ms = loadEval('fa', split);
  const line: string[] = [];
  for (const c of CUES) {
    const p: boolean[] = [];
    const g: boolean[] = [];
    ms.forEach((m, i) => {
      const r = readCustomerTone(m.text);
      const on = shows(r, c);
      p.push(on);
      g.push(m.y.includes(c));
      if (on) (fired[`${split}:${c}`] ??= []).push(String(i));
      if (m.y.includes(c)) (gold[`${split}:${c}`] ??= []).push(String(i));
    });
    pooled[c].p.push(...p);
    pooled[c].g.push(...g);
    const f = prf(p, g);
    line.push(`${c.slice(0, 4)} ${f2(f.accuracy)}/${f2(f.precision)}/${f2(f.recall)}`);
  }
  if (/^late2\d$/.test(split)) console.log(`${split.padEnd(7)} ${line.join('  ')}`);
}
for (const c of CUES) {
  const f = prf(pooled[c].p, pooled[c].g);
  console.log(`pooled dev ${c}: acc ${f2(f.accuracy)} P ${f2(f.precision)} R ${f2(f.recall)} (n=${pooled[c].p.length})`);
}
const i = process.argv.indexOf('--save');
if (i > 0) writeFileSync(process.argv[i + 1], JSON.stringify(fired));
const d = process.argv.indexOf('--diff');
if (d > 0) {
  const old = JSON.parse(readFileSync(process.argv[d + 1], 'utf8')) as Record<string, string[]>;
  for (const key of new Set([...Object.keys(old), ...Object.keys(fired)])) {
    const a = new Set(old[key] ?? []);
    const b = new Set(fired[key] ?? []);
    const g = new Set(gold[key] ?? []);
    for (const x of b) if (!a.has(x)) console.log(`+ ${key} #${x} ${g.has(x) ? 'right' : 'WRONG'}`);
    for (const x of a) if (!b.has(x)) console.log(`- ${key} #${x} ${g.has(x) ? 'WRONG (lost)' : 'right (false alarm gone)'}`);
  }
}
