// @vitest-environment node
/**
 * Back-office stages, teams and statuses that are not capitals codes (lib/rewrite/generic/jargon19.en.ts): the whole
 * matrix of scripts/en-jargon19-matrix.ts, flagged where wanted and silent on every look-alike.
 */
import { describe, expect, it } from 'vitest';
import { buildMatrix, flags } from '../../../scripts/en-jargon19-matrix.ts';

describe('back-office stage jargon (jargon19.en.ts)', () => {
  const items = buildMatrix();
  it('flags every stage, team, participle and record of the matrix', () => {
    const missed = items.filter((i) => i.want && !flags(i)).map((i) => i.text);
    expect(missed.slice(0, 10)).toEqual([]);
  });
  it('stays silent on every look-alike', () => {
    const wrong = items.filter((i) => !i.want && flags(i)).map((i) => i.text);
    expect(wrong).toEqual([]);
  });
});
