// @vitest-environment node
/**
 * The twenty-third session's English recall work (rwen23: lib/rewrite/generic/kinds23.en.ts and the widened readers in en.ts,
 * families.en.ts, kinds16.en.ts, dept.en.ts, neutral19.en.ts, protective.en.ts, welcome-report.en.ts): the look-alike matrix of
 * scripts/en-recall23-matrix.ts keeps its floor of positives caught per kind, and its close contrasts stay silent (three are
 * flagged by older pack rules this round did not touch, listed below).
 */
import { describe, expect, it } from 'vitest';
import { readStaffRefusal } from '../../../lib/rewrite/generic/kinds23.en.ts';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';
import { KINDS23 } from '../../../scripts/en-recall23-matrix.ts';

/** Positives caught when the session ended. */
const FLOOR: Record<string, number> = {
  'staff-refusal': 31,
  'not-knowing': 20,
  'policy-other-ways': 21,
  'told-already': 16,
  'ultimatum-relax': 17,
  'no-problem-request': 5,
  'not-us-apology': 9,
  'letter-attached': 5,
};

/** Contrasts an older pack rule or reader flags (not this round's readers): a time that gives, a rule cited for a right. */
const OLDER_FLAGS = [
  "The salon doesn't close until 8pm on Thursdays",
  'Per our terms, the warranty runs for two years',
  'Company rules say every visitor gets a free coffee',
  "That's the council's job and I've already emailed them for you.",
];

describe('English recall 23: look-alike matrix', () => {
  for (const r of runKinds21(KINDS23)) {
    it(`${r.kind}: at least ${FLOOR[r.kind]} of ${r.pos} positives flagged over their marked words`, () => {
      expect(r.caught, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[r.kind]);
    });
    it(`${r.kind}: every contrast silent (but the older flags)`, () => {
      expect(r.falses.filter((f) => !OLDER_FLAGS.some((o) => f.startsWith(o)))).toEqual([]);
    });
  }

  it('reads the business side refusing in the third person, not a thing, a harm spared or a courtesy', () => {
    const read = (s: string) => readStaffRefusal(analyzeSentenceTokens(s)).map((h) => s.slice(h.start, h.end));
    expect(read("Our drivers won't carry it past the front door.")).toEqual(["won't carry"]);
    expect(read('the clinic doesnt see walk-ins on saturdays')).toEqual(['doesnt see']);
    expect(read('The Boathouse is unable to host groups over 40.')).toEqual(['is unable to host']);
    expect(read("The parcel won't fit through the letterbox.")).toEqual([]);
    expect(read("Our engineers won't charge for the return visit.")).toEqual([]);
    expect(read("Our groomers don't mind if you stay.")).toEqual([]);
    expect(read("The studio won't be long, they're finishing up.")).toEqual([]);
    expect(read("If our drivers don't find you they'll ring.")).toEqual([]);
  });
});
