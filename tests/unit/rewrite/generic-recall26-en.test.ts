// @vitest-environment node
/**
 * The twenty-sixth session's English work (rwen26: lib/rewrite/generic/kinds26.en.ts and the readers it widened): the
 * look-alike matrix of scripts/en-recall26-matrix.ts keeps its floor of positives caught per kind and its close contrasts stay
 * silent; every new hit is advice (no text change).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';
import { KINDS26 } from '../../../scripts/en-recall26-matrix.ts';

/** Positives caught when the session ended. */
const FLOOR: Record<string, number> = {
  'time-not-before': 23,
  'reread-as-said': 14,
  'not-with-us': 10,
  'not-quite-sure': 8,
  'candour-more': 4,
  'best-endeavour': 5,
  'cause-wrong-missing': 6,
  'basic-stuff': 6,
  'wish-delight': 2,
};

describe('English recall 26: look-alike matrix', () => {
  for (const r of runKinds21(KINDS26)) {
    it(`${r.kind}: positives caught, contrasts silent`, () => {
      expect(r.caught, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[r.kind] ?? r.pos);
      expect(r.falses).toEqual([]);
    });
  }
});

describe('English recall 26: advice only', () => {
  const kindsOf = (s: string) => suggestRewrites(s, builtinPacks, { generic: true }).map((g) => [g.ruleId, g.kind]);
  it('the new readings change no text', () => {
    for (const s of [
      "The patch isn't going out till the next update, sorry.",
      'Kindly re-read the guide I attached, step 3 covers this.',
      'This concern is not under our team, kindly raise it to the Accounts Department.',
      'This is pretty basic stuff - the setting is under your profile.',
    ]) {
      const k = kindsOf(s);
      expect(k.length, s).toBeGreaterThan(0);
      for (const [, kind] of k) expect(kind, s).toBe('advice');
    }
  });
});
