/**
 * Session 35 (toneen35): which text gates a report needs open. For each message of the named tone-eval sets (e.g. en.late8)
 * whose report changes with every text gate forced open (tests/unit/tone/gates-off.test.ts), opens the gates a subset at a
 * time and prints a smallest set of gates that still changes it, with their words: the hand gate narrower than its reader.
 * Development sets only: the aside splits are refused (their messages are never shown).
 * Run: `npx tsx scripts/tone-gates35.ts en.late8 fa.late23 …`
 */
import { readCustomerTone } from '../lib/tone/read.ts';
import { textGates, textGatesOpen } from '../lib/tone/textgate.ts';
import { ASIDE_SPLITS } from '../tests/bench/tone.eval.ts';
import { evalSets } from '../tests/bench/tone.golden.ts';

const names = process.argv.slice(2).filter((n) => !(ASIDE_SPLITS as readonly string[]).includes(n.replace(/^(?:en|fa)\./, '')));
const all = textGates().map((g) => g.id);

for (const s of evalSets().filter((x) => names.includes(x.name)))
  for (const t of s.texts) {
    const gated = JSON.stringify(readCustomerTone(t));
    const differs = (ids: readonly number[]) => {
      const open = new Set(ids);
      textGatesOpen(true, (g) => open.has(g.id));
      try {
        return JSON.stringify(readCustomerTone(t)) !== gated;
      } finally {
        textGatesOpen(false);
      }
    };
    if (!differs(all)) continue;
    // Drop gates in halving chunks while the report still changes.
    let cur = [...all];
    for (let chunk = Math.ceil(cur.length / 2); chunk >= 1; ) {
      let dropped = false;
      for (let i = 0; i < cur.length; ) {
        const trial = cur.filter((_, k) => k < i || k >= i + chunk);
        if (trial.length < cur.length && differs(trial)) {
          cur = trial;
          dropped = true;
        } else i += chunk;
      }
      if (!dropped) chunk = Math.floor(chunk / 2);
    }
    console.log(`${s.name} ${JSON.stringify(t).slice(0, 100)}`);
    for (const id of cur) console.log(`  gate ${id} ${JSON.stringify(textGates()[id].words).slice(0, 200)}`);
  }
