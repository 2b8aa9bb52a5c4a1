// @vitest-environment node
/**
 * Reader gates (lib/tone/readergate.ts, perftone32): a reader behind a closed gate is never called, so every gate must be
 * a necessary condition of its reader finding anything. Under the audit every gate reads open, every reader runs, and a
 * reader that found something on a message its gate closed is recorded. Proved here over every tone fixture split (the
 * aside splits too: only the count of misses is read, never a message), and every cue example; the tone bench's public sets
 * (../shared/corpus, not beside a clean clone, and minutes of work) are audited by `npx tsx scripts/tone-gate-audit.ts`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readCustomerTone, readToneContext } from '../../../lib/tone/read.ts';
import { audited, found, gateAudit, gated, gateOf, readerGates } from '../../../lib/tone/readergate.ts';
import { evalSets, exampleSets } from '../../bench/tone.golden.ts';

const sets = [...evalSets(), ...(await exampleSets())];

/** The number of misses over the texts (only the number is asserted on: an aside split's messages are measured, never read). */
function audit(texts: readonly string[]): number {
  gateAudit(true);
  let misses: unknown[] = [];
  try {
    for (const t of texts) readCustomerTone(t);
  } finally {
    misses = gateAudit(false);
  }
  return misses.length;
}

afterAll(() => void gateAudit(false));

describe('reader gates: the audit', () => {
  it('every declared gate has a name and is not always open (a gate that never closes saves nothing)', () => {
    expect(readerGates().length).toBeGreaterThan(0);
    for (const g of readerGates().filter((x) => x.name !== 'narrowOnPurpose')) {
      expect(g.name).toMatch(/^[A-Za-z]\w*$/);
      expect(g.always, g.name).toBe(false);
    }
  });

  it('finds a gate that closes where its reader reads something (the audit itself works)', () => {
    const wrong = gateOf('narrowOnPurpose', { text: [/\bzzqxv\b/] });
    const { ctx } = readToneContext('Third time writing and still no refund, this is ridiculous.');
    gateAudit(true);
    const r = gated(ctx, wrong) ? audited(wrong, { score: 1, evidence: [] }) : null;
    const quiet = gated(ctx, wrong) ? audited(wrong, { score: 0, evidence: [] }) : null;
    const misses = gateAudit(false);
    expect(r).toEqual({ score: 1, evidence: [] });
    expect(quiet).toEqual({ score: 0, evidence: [] });
    expect(misses.map((m) => m.gate)).toEqual(['narrowOnPurpose']);
    // Outside the audit the same gate is closed and the reader is not called.
    expect(gated(ctx, wrong)).toBe(false);
  });

  it('reads a result as found when it holds a score, evidence, a flag or an item', () => {
    expect(found({ score: 0, evidence: [] })).toBe(false);
    expect(found({ score: 0, evidence: [], laughedAt: false })).toBe(false);
    expect(found({ score: 0.3, evidence: [] })).toBe(true);
    expect(found({ score: 0, evidence: [{ start: 0, end: 1, text: 'x' }] })).toBe(true);
    expect(found({ score: 0, evidence: [], mistakeTurned: true })).toBe(true);
    expect(found(null)).toBe(false);
    expect(found([])).toBe(false);
  });

  for (const s of sets) {
    it(`no gate closes where its reader reads something: ${s.name} (${s.texts.length} messages)`, () => {
      expect(audit(s.texts)).toBe(0);
    });
  }
});
