// @vitest-environment node
/**
 * Reader gates (lib/tone/readergate.ts, perftone32): a reader behind a closed gate is never called, so every gate must be
 * a necessary condition of its reader finding anything. Under the audit every gate reads open, every reader runs, and a
 * reader that found something on a message its gate closed is recorded. This file tests the audit itself; the audit over
 * every tone fixture split and every cue example runs in ./gates-off.test.ts, in the same pass that opens the text gates
 * (one pass over the messages instead of two); the tone bench's public sets (../shared/corpus, not beside a clean clone,
 * and minutes of work) are audited by `npx tsx scripts/tone-gate-audit.ts`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readToneContext } from '../../../lib/tone/read.ts';
import { audited, found, gateAudit, gated, gateOf, readerGates } from '../../../lib/tone/readergate.ts';

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
});
