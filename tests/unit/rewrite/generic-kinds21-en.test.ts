// @vitest-environment node
/**
 * The twenty-first session's English kinds (rwen21: lib/rewrite/generic/jargon21.en.ts, kinds21.en.ts and the widened
 * readers): every positive of scripts/en-kinds21-matrix.ts is flagged over its marked words, every close contrast stays
 * silent, and each new construction explains itself in both languages.
 */
import { describe, expect, it } from 'vitest';
import { explainGeneric } from '../../../lib/rewrite/generic/index.ts';
import { readJargon21En } from '../../../lib/rewrite/generic/jargon21.en.ts';
import { EXPLAIN_KINDS21_EN, readKinds21En } from '../../../lib/rewrite/generic/kinds21.en.ts';
import { KINDS21, runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';

describe('English kinds 21: look-alike matrix', () => {
  for (const r of runKinds21(KINDS21)) {
    it(`${r.kind}: every positive flagged over its marked words`, () => {
      expect(r.misses).toEqual([]);
    });
    it(`${r.kind}: every contrast silent`, () => {
      expect(r.falses).toEqual([]);
    });
  }

  it('reads the construction it names', () => {
    const kinds = (s: string) => readKinds21En(s).map((h) => h.construction);
    expect(kinds('Kindly re-read the confirmation email, the address is at the top.')).toEqual(['read-it-again']);
    expect(kinds('I re-read your email and I think I understand now.')).toEqual([]);
    expect(kinds('Like I wrote in my previous message, the class starts at 6.')).toEqual(['talking-down']);
    expect(kinds('As you wrote in your last email, the boiler is noisy.')).toEqual([]);
    expect(kinds("The diary won't let me put you in on a Saturday.")).toEqual(['system-blocks']);
    expect(kinds('Sorry!! Yes, the class is still on.')).toEqual(['reflex-apology']);
    expect(kinds('Oh no, so sorry to hear that!!')).toEqual([]);
    expect(kinds("that's a finance thing not us")).toEqual(['handled-elsewhere']);
    expect(kinds('No refunds after 30 days.')).toEqual(['not-available']);
    expect(kinds('No refund needed, keep it!')).toEqual([]);
  });

  it('reads an unlisted code by its role, and leaves the customer’s own codes alone', () => {
    const codes = (s: string) => readJargon21En(s).map((h) => s.slice(h.start, h.end));
    expect(codes("I've raised it with NOC and they're seeing MTU issues.")).toEqual(['NOC', 'MTU']);
    expect(codes('The contract falls inside IR35.')).toEqual(['IR35']);
    expect(codes('Your PCN has been cancelled.')).toEqual([]);
    expect(codes('Please bring your NI number.')).toEqual([]);
    expect(codes('The RMA (return authorisation) has been raised.')).toEqual([]);
  });

  it('explains its new constructions in English and Persian', () => {
    for (const id of Object.keys(EXPLAIN_KINDS21_EN)) {
      for (const ui of ['en', 'fa'] as const) {
        const text = explainGeneric('en', id, ui, 'words');
        expect(text).toContain('words');
        expect(text.length).toBeGreaterThan(30);
      }
    }
  });
});
