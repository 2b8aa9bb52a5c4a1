// @vitest-environment node
/**
 * The twenty-second session's English recall work (rwen22: lib/rewrite/generic/kinds22.en.ts and the widened readers in
 * dept.en.ts, families.en.ts and jargon21.en.ts): the look-alike matrix of scripts/en-recall22-matrix.ts (written before any
 * development item was read) keeps its floor of positives caught per category, and every close contrast stays silent.
 */
import { describe, expect, it } from 'vitest';
import { readKinds22En } from '../../../lib/rewrite/generic/kinds22.en.ts';
import { readJargon21En } from '../../../lib/rewrite/generic/jargon21.en.ts';
import { CATS22, FRESH22, runCats22 } from '../../../scripts/en-recall22-matrix.ts';

/** Positives caught when the session ended; the jargon misses left are trade words in lower case no reader can tell. */
const FLOOR: Record<string, number> = { jargon: 23, 'not-my-dept': 40, 'apology-reflex': 39, 'ill-try': 41 };

/** The second set's floor (written after the readers: a measure of transfer, not a target). */
const FRESH_FLOOR: Record<string, number> = { jargon: 5, 'not-my-dept': 10, 'apology-reflex': 11, 'ill-try': 13 };

describe('English recall 22: look-alike matrix', () => {
  for (const r of runCats22(CATS22)) {
    it(`${r.cat}: at least ${FLOOR[r.cat]} of ${r.pos} positives flagged over their marked words`, () => {
      expect(r.caught, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[r.cat]);
    });
    it(`${r.cat}: every contrast silent`, () => {
      expect(r.falses).toEqual([]);
    });
  }

  for (const r of runCats22(FRESH22)) {
    it(`second set, ${r.cat}: every contrast silent, at least ${FRESH_FLOOR[r.cat]} of ${r.pos} positives flagged`, () => {
      expect(r.falses).toEqual([]);
      expect(r.caught, r.misses.join('\n')).toBeGreaterThanOrEqual(FRESH_FLOOR[r.cat]);
    });
  }

  it('reads the construction it names', () => {
    const kinds = (s: string) => readKinds22En(s).map((h) => `${h.construction}:${s.slice(h.start, h.end)}`);
    expect(kinds('So sorry, your table is booked for 8pm.')).toEqual(['reflex-apology:So sorry']);
    expect(kinds('Apologies, the door code is 2291.')).toEqual(['reflex-apology:Apologies']);
    expect(kinds('Sorry, the door code changed last week, it is now 2291.')).toEqual([]);
    expect(kinds('Sorry, your table is not booked yet.')).toEqual([]);
    expect(kinds('i will try ask the chef about it')).toEqual(['hedged-effort:i will try ask']);
    expect(kinds('Try asking the chef about it.')).toEqual([]);
    expect(kinds('I tried asking the chef, he says yes.')).toEqual([]);
    expect(kinds("We'll do our best to fit you in.")).toEqual([]);
    expect(kinds("We'll do our best to fit you in, no promises.")).toEqual(["hedged-effort:We'll do our best"]);
  });

  it('reads a code the case waits on or sits at', () => {
    const codes = (s: string) => readJargon21En(s).map((h) => s.slice(h.start, h.end));
    expect(codes('We are waiting on the K42 from the supplier.')).toEqual(['K42']);
    expect(codes('Your order is sitting at WH3 until Monday.')).toEqual(['WH3']);
    expect(codes('Please bring your V5C form.')).toEqual([]);
    expect(codes('Your car is at VW Leeds for its service.')).toEqual([]);
  });
});
