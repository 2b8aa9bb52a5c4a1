// @vitest-environment node
/**
 * The twenty-eighth session's English kinds by category (rwenb28: lib/rewrite/generic/kinds28b.en.ts): the look-alike matrix
 * of scripts/en-kinds28b-matrix.ts keeps its floor of positives caught per kind and its close contrasts stay silent; every
 * new hit is advice, never a rewrite.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';
import { KINDS28B } from '../../../scripts/en-kinds28b-matrix.ts';

/** Positives caught when the readers were written (the matrix's misses are listed in the script's output). */
const FLOOR: Record<string, number> = { 'sorry-before-ask': 21, 'code-beside-code': 7, 'not-before-event': 20, 'obligation-future': 15, 'refer-back': 12 };

describe('English kinds 28b: look-alike matrix', () => {
  for (const r of runKinds21(KINDS28B)) {
    it(`${r.kind}: positives caught, contrasts silent`, () => {
      expect(r.caught, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[r.kind]);
      expect(r.falses).toEqual([]);
    });
  }
  it('the new readings are advice', () => {
    for (const text of ['Sorry, could you confirm the postcode for the delivery?', "We'll send the K12 to the LRO once the survey's back.", 'the groomer isnt out your way till weds', 'ur gonna need to reset the router first', 'I refer you to my email of 12 June about the deposit.']) {
      const s = suggestRewrites(text, builtinPacks).filter((x) => ['reflex-apology', 'internal-jargon', 'time-refusal', 'customer-obligation', 'talking-down'].includes(x.ruleId));
      expect(s.length, text).toBeGreaterThan(0);
      expect(s.every((x) => x.kind === 'advice'), text).toBe(true);
    }
  });
});
