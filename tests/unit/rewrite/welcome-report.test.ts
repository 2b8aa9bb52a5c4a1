// @vitest-environment node
/**
 * "No problem" after a customer's report of a fault stays advice (lib/rewrite/welcome-report.en.ts); after a request
 * done or alone the welcome rewrite is unchanged (scripts/en-welcome-report-matrix.ts).
 */
import { describe, expect, it } from 'vitest';
import { asWanted, buildMatrix, kindOn } from '../../../scripts/en-welcome-report-matrix.ts';

describe('no "my pleasure" to a complaint', () => {
  it('every item of the matrix as wanted', () => {
    expect(buildMatrix().filter((i) => !asWanted(i, kindOn(i.text))).map((i) => i.text)).toEqual([]);
  });
});
