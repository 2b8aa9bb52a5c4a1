// @vitest-environment node
/**
 * The twenty-fourth session's English work (rwen24: lib/rewrite/generic/kinds24.en.ts and the widened readers in kinds22.en.ts,
 * jargon21.en.ts, dept.en.ts, en.ts, constructions.en.ts, neutral19.en.ts, guard.ts and lib/nlp's epistemic "must"): the
 * look-alike matrix of scripts/en-recall24-matrix.ts keeps its floor of positives caught per kind, and its close contrasts
 * stay silent; a softener deleted never leaves a word that leaned on it at the head of the sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { causeBlameMayStart, readCauseBlame } from '../../../lib/rewrite/generic/kinds24.en.ts';
import { runKinds21 } from '../../../scripts/en-kinds21-matrix.ts';
import { KINDS24 } from '../../../scripts/en-recall24-matrix.ts';

/** Positives caught when the session ended. */
const FLOOR: Record<string, number> = {
  'must-have-guess': 8,
  'no-problem-done': 8,
  'earliest-with-step': 3,
  'apology-done': 10,
  'status-code': 8,
  attempt: 3,
  'not-under-us': 5,
  'cause-blame': 17,
  'our-system-wont': 6,
};

describe('English recall 24: look-alike matrix', () => {
  for (const r of runKinds21(KINDS24)) {
    it(`${r.kind}: at least ${FLOOR[r.kind]} of ${r.pos} positives flagged over their marked words`, () => {
      expect(r.caught, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[r.kind]);
    });
    it(`${r.kind}: every contrast silent`, () => {
      expect(r.falses).toEqual([]);
    });
  }
});

describe('English recall 24: pieces', () => {
  it('"must have had" is a guess, unless a requirement window follows', () => {
    const must = (s: string) => analyzeSentenceTokens(s).find((t) => t.norm === 'must')?.epistemic === true;
    expect(must('You must have had the old version of the app.')).toBe(true);
    expect(must('You must have had two doses before you travel.')).toBe(false);
    expect(must('You must have had the account for at least a year.')).toBe(false);
  });
  it('the cause-blame gate holds for every sentence the reader flags', () => {
    for (const k of KINDS24.filter((x) => x.kind === 'cause-blame')) {
      for (const s of [...k.pos, ...k.neg].map((x) => x.replace(/\[\[|\]\]/g, ''))) {
        const toks = analyzeSentenceTokens(s);
        if (readCauseBlame(toks).length) expect(causeBlameMayStart(toks), s).toBe(true);
      }
    }
  });
  it('a softener deleted never leaves "though" or "enough" opening the sentence', () => {
    for (const s of ['We found the part. Sadly though, it is the wrong size, so I have reordered.', 'Sadly enough, the venue changed hands last month.']) {
      const sug = suggestRewrites(s, builtinPacks).find((x) => /sadly/i.test(s.slice(x.flagged.start, x.flagged.end)));
      expect(sug?.kind, s).toBe('advice');
    }
  });
});
