// @vitest-environment node
/**
 * Every gate of the tone reader is a prefilter only (tonefast34): with every text gate (textgate.ts, the shared scan that
 * patternGate / readerGate / unionGate / textGate words are read from) and every reader gate (readergate.ts) forced
 * open, so that every reader runs every pattern on every message, each report must be the one the gated reader gives.
 * A gate derived too narrow (a word a pattern's match need not hold, a reader that can find something without it) shows
 * here as a changed report, whichever reader it belongs to and however it was derived, and a new reader joins the check
 * with no code. The same pass is the reader-gate audit (./reader-gates.test.ts tests the audit itself): a reader that
 * finds something on a message its gate closed is a miss, even where the report happens not to change. Both used to be
 * separate passes over the same messages (68 s and 42 s of a 2-core CI run); with every text gate open, a reader runs
 * at least the patterns it runs with them gated, so a miss of the gated audit is a miss here too. Over every tone
 * fixture split (the aside splits too: only the number of differing reports and of misses is asserted, no message is
 * shown) and every cue example: a third of each set's messages in `npm test` (../audit-slice.ts), every message in
 * `npm run audit`. `npx tsx scripts/tone-gate-audit.ts` audits the public sets.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/read.ts';
import { gateAudit } from '../../../lib/tone/readergate.ts';
import { opens, textGate, textGatesOpen } from '../../../lib/tone/textgate.ts';
import { existsSync, readFileSync } from 'node:fs';
import { evalSets, exampleSets, goldenPath, reportLine } from '../../bench/tone.golden.ts';
import { auditSlice } from '../audit-slice.ts';

const sets = [...evalSets(), ...(await exampleSets())];

/**
 * Reports that change with every gate open (none since toneen35). d3be6914 had six, each a hand gate narrower than its
 * reader: repeat.kinds26's GATE (no "your correspondence", "you assured me"), urgency.kinds22's damage gate (no "drip"),
 * urgency.kinds29's living gate (no "for my work"), frustration.kinds20's «این بود / اینه» (no «این است»), and
 * urgency.kinds27's calm Persian reading, whose thanks-or-praise condition lived only in its gate (now read by the reader
 * too). `npx tsx scripts/tone-gates35.ts <set>` names the gates a changed report needs. Any set must stay at 0.
 */
const KNOWN: Record<string, number> = {};

/**
 * How many of the texts read differently with every gate open from the reports kept in tests/fixtures/tone-golden (the
 * gated reader's, checked line by line by ./golden.test.ts: the open reading is compared with those lines instead of a
 * second gated pass over the same messages, a third of this file's time), and how many reader-gate misses the same pass
 * recorded. A set whose kept reports are stale fails ./golden.test.ts too, which says how to write them again.
 */
function differing(texts: readonly string[], kept: readonly string[] = texts.map((t) => reportLine(t, readCustomerTone(t)))): { changed: number; misses: number } {
  textGatesOpen(true);
  gateAudit(true);
  let changed = 0;
  let misses = 0;
  try {
    for (let i = 0; i < texts.length; i++) if (reportLine(texts[i], readCustomerTone(texts[i])) !== kept[i]) changed++;
  } finally {
    textGatesOpen(false);
    misses = gateAudit(false).length;
  }
  return { changed, misses };
}

/** The gated reader's reports of a set, as tests/fixtures/tone-golden keeps them. */
function keptReports(set: string): string[] {
  const path = goldenPath(set);
  expect(existsSync(path), `${set}: npx tsx scripts/tone-golden.ts --write`).toBe(true);
  return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}

afterAll(() => {
  textGatesOpen(false);
  gateAudit(false);
});

describe('tone gates are prefilters only: every gate forced open changes no report, and no reader finds what its gate closed', () => {
  it('the switch opens every text gate, and closes them again', () => {
    const g = textGate(['zzqxv']);
    expect(opens('nothing here', g)).toBe(false);
    textGatesOpen(true);
    expect(opens('nothing here', g)).toBe(true);
    textGatesOpen(false);
    expect(opens('nothing here', g)).toBe(false);
    expect(differing(['Third time writing and still no refund, this is ridiculous.', 'سه بار پیام دادم هنوز هیچی!!'])).toEqual({ changed: 0, misses: 0 });
  });
  for (const s of sets) {
    it(`${s.name} (${auditSlice(s.texts, 3).length} of ${s.texts.length} messages; all in npm run audit)`, { timeout: 600_000 }, () => {
      const kept = keptReports(s.name);
      expect(kept.length, `${s.name}: one kept report per message: npx tsx scripts/tone-golden.ts --write`).toBe(s.texts.length);
      expect(differing(auditSlice(s.texts, 3), auditSlice(kept, 3))).toEqual({ changed: KNOWN[s.name] ?? 0, misses: 0 });
    });
  }
});
