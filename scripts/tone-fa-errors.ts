/**
 * Full text of the Persian tone errors of one development split, with the gold labels, the writer's note and
 * the cues' evidence (tone.eval.ts --errors cuts each message at 140 characters).
 * Usage: npx tsx scripts/tone-fa-errors.ts late23 [cue]
 */
import { readCustomerTone } from '../lib/tone/index.ts';
import { ASIDE_SPLITS, HELD_OUT_SPLIT, loadEval, shows, type EvalSplit } from '../tests/bench/tone.eval.ts';

const split = (process.argv[2] ?? 'late23') as EvalSplit;
const only = process.argv[3];
const lang = (process.argv[4] ?? 'fa') as 'en' | 'fa';
const CUES = ['frustrated', 'repeat', 'urgent', 'casual'] as const;
// Like tone.eval.ts --errors: the held-out and aside splits are measured, never read message by message.
if (split === HELD_OUT_SPLIT || (ASIDE_SPLITS as readonly string[]).includes(split)) {
  console.error(`${split} is held out or aside: its errors are never listed (npx tsx tests/bench/tone.eval.ts prints its figures)`);
  process.exit(2);
}
for (const m of loadEval(lang, split)) {
  const r = readCustomerTone(m.text);
  for (const c of CUES) {
    if (only && c !== only) continue;
    const got = shows(r, c as never);
    const want = m.y.includes(c as never);
    if (got === want) continue;
    const ev = r.cues.find((x) => x.kind === c)?.evidence.map((e) => e.text).join(' | ') ?? '';
    console.log(`== ${got ? 'FP' : 'FN'} ${c}  gold=[${m.y.join(',')}]  note=${(m as { note?: string }).note ?? ''}`);
    console.log(`   scores f=${r.emotions.frustration.toFixed(2)} u=${r.emotions.urgency.toFixed(2)} rep=${r.repeatContact} form=${r.formality} colloq=${r.colloquial}${ev ? `  evidence: ${ev}` : ''}`);
    console.log(m.text.replace(/^/gm, '   > '));
  }
}
