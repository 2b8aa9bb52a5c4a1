// @vitest-environment node
/**
 * rwfa28's kinds of wrong Persian alternative (lib/rewrite/trust28.fa.ts, template16.en.ts's Finglish sentence,
 * template16.fa.ts's offer frame, lib/text's closings and shop footers, guard.fa.ts's sold-out news): the look-alikes
 * of scripts/fa-wrong28-matrix.ts, each with the whole text after Apply all, contrasts included.
 */
import { describe, expect, it } from 'vitest';
import { WRONG28_CASES, applied28 } from '../../../scripts/fa-wrong28-matrix.ts';

describe('rwfa28: wrong Persian alternatives by kind', () => {
  for (const c of WRONG28_CASES) {
    it(`${c.kind}${c.contrast ? ' (contrast)' : ''}: ${c.draft.replace(/\n/g, ' ⏎ ').slice(0, 60)}`, () => {
      expect(applied28(c.draft)).toBe(c.applied);
    });
  }
});
