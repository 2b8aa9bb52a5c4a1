// @vitest-environment node
/**
 * The twentieth session's English kinds (lib/rewrite/generic/kinds20.en.ts, jargon.caps.en.ts frames, hedged effort
 * and misspelt "honestly" in lib/nlp): every positive of scripts/en-kinds20-matrix.ts is flagged, every close contrast
 * stays silent, and each new construction explains itself in both languages.
 */
import { describe, expect, it } from 'vitest';
import { explainGeneric } from '../../../lib/rewrite/generic/index.ts';
import { EXPLAIN_KINDS20_EN, readKinds20En } from '../../../lib/rewrite/generic/kinds20.en.ts';
import { KINDS20, flaggedWords } from '../../../scripts/en-kinds20-matrix.ts';

describe('English kinds 20 (kinds20.en.ts): look-alike matrix', () => {
  for (const k of KINDS20) {
    it(`${k.kind}: every positive flagged`, () => {
      expect(k.pos.filter((s) => flaggedWords(s).length === 0)).toEqual([]);
    });
    it(`${k.kind}: every contrast silent`, () => {
      expect(k.neg.map((s) => ({ s, f: flaggedWords(s) })).filter((x) => x.f.length)).toEqual([]);
    });
  }

  it('reads the construction it names', () => {
    const kinds = (s: string) => readKinds20En(s).map((h) => h.construction);
    expect(kinds('Owners must bring the vaccination card to the first appointment.')).toEqual(['duty-by-role']);
    expect(kinds('Guests must be 18 or over to book a room.')).toEqual([]);
    expect(kinds("that's up to the landlord")).toEqual(['scope-denial']);
    expect(kinds("It's up to you which plan you choose.")).toEqual([]);
    expect(kinds('Your vet appointment is on Monday, as we already told you.')).toEqual(['told-already']);
    expect(kinds('Deposits are kept for late cancellations, no exceptions.')).toEqual(['no-exceptions']);
    expect(kinds("The visit was cancelled because you weren't home.")).toEqual(['absence-blame']);
    expect(kinds('your refill isnt due until next tuesday')).toEqual(['time-refusal']);
    expect(kinds("Your bill isn't due until the 28th.")).toEqual([]);
  });

  it('explains every new construction in English and Persian', () => {
    for (const c of Object.keys(EXPLAIN_KINDS20_EN)) {
      expect(explainGeneric('en', c, 'en', 'x')).toContain('x');
      expect(explainGeneric('en', c, 'fa', 'x')).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
