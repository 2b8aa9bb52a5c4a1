// @vitest-environment node
/**
 * The thirtieth session's English wrong and awkward alternatives, by kind (rwen30: neutral30.en.ts, seams30.en.ts): the
 * look-alike rows of scripts/en-wrong30-matrix.ts write what they should under Apply all, stay flagged with no text change,
 * or stay silent (praise with a negated modal, an unavailable item refunded), with contrasts that keep the older behaviour.
 */
import { describe, expect, it } from 'vitest';
import { runWrong30 } from '../../../scripts/en-wrong30-matrix.ts';

describe('English wrong alternatives 30: look-alike rows', () => {
  for (const r of runWrong30()) {
    it(`${r.kind}: Apply all writes what it should`, () => {
      expect(r.bad, r.bad.join('\n')).toEqual([]);
    });
  }
});
