// @vitest-environment node
/**
 * Every gate of the tone reader is a prefilter only (tonefast34): with every text gate (textgate.ts, the shared scan that
 * patternGate / readerGate / unionGate / textGate words are read from) and every reader gate (readergate.ts) forced
 * open, so that every reader runs every pattern on every message, each report must be the one the gated reader gives.
 * A gate derived too narrow (a word a pattern's match need not hold, a reader that can find something without it) shows
 * here as a changed report, whichever reader it belongs to and however it was derived, and a new reader joins the check
 * with no code. Over every tone fixture split (the aside splits too: only the number of differing reports is asserted,
 * no message is shown) and every cue example. `npx tsx scripts/tone-gate-audit.ts` audits the public sets.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/read.ts';
import { gateAudit } from '../../../lib/tone/readergate.ts';
import { opens, textGate, textGatesOpen } from '../../../lib/tone/textgate.ts';
import { evalSets, exampleSets } from '../../bench/tone.golden.ts';

const sets = [...evalSets(), ...(await exampleSets())];

/**
 * Reports that already changed with every gate open at d3be6914, where this check was written: gates whose words do not
 * cover what their reader finds (so the reader misses it on the gated path), e.g. repeat.kinds26's hand-listed GATE has
 * no "your correspondence" though its LETTER words hold "correspondence" ("your correspondence of 12 May"), and the
 * "flood|leak|pour …" gate no "drip" ("ceiling is dripping"). Fixing such a gate changes what the reader says (a recall
 * change, to be made and measured as one): then lower the count here. Any other set must stay at 0.
 */
const KNOWN: Record<string, number> = { 'en.late25': 1, 'en.late28': 1, 'en.late8': 1, 'fa.late23': 1, 'fa.late8': 1, 'examples.frustration': 1 };

/** How many of the texts read differently with every gate open. */
function differing(texts: readonly string[]): number {
  const gatedReports = texts.map((t) => JSON.stringify(readCustomerTone(t)));
  textGatesOpen(true);
  gateAudit(true);
  let n = 0;
  try {
    for (let i = 0; i < texts.length; i++) if (JSON.stringify(readCustomerTone(texts[i])) !== gatedReports[i]) n++;
  } finally {
    textGatesOpen(false);
    gateAudit(false);
  }
  return n;
}

afterAll(() => {
  textGatesOpen(false);
  gateAudit(false);
});

describe('tone gates are prefilters only: every gate forced open changes no report', () => {
  it('the switch opens every text gate, and closes them again', () => {
    const g = textGate(['zzqxv']);
    expect(opens('nothing here', g)).toBe(false);
    textGatesOpen(true);
    expect(opens('nothing here', g)).toBe(true);
    textGatesOpen(false);
    expect(opens('nothing here', g)).toBe(false);
    expect(differing(['Third time writing and still no refund, this is ridiculous.', 'سه بار پیام دادم هنوز هیچی!!'])).toBe(0);
  });
  for (const s of sets) {
    it(`${s.name} (${s.texts.length} messages)`, { timeout: 600_000 }, () => {
      expect(differing(s.texts)).toBe(KNOWN[s.name] ?? 0);
    });
  }
});
