// @vitest-environment node
/**
 * "you typed the wrong X" -> "it looks like the wrong X was used" only where X is a simple object:
 * "you must have typed the wrong address when ordering" became "It looks like the wrong address when
 * ordering was used" (late7 judging). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

const suggest = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false });
const after = (draft: string) => applyAll(draft, suggest(draft));

describe('a blame rewrite into the passive needs a simple object', () => {
  it('a clause or a place after the object: no passive with it inside', () => {
    for (const d of [
      'you must have typed the wrong postcode when checking out',
      'You must have picked the wrong date on the booking form.',
      'You selected the wrong plan during sign-up.',
      "You must've entered the wrong code before the timer ran out.",
    ]) {
      expect(after(d), d).not.toMatch(/the wrong [^,.]* (?:when|on|during|before)\b[^,.]* was used/);
    }
    // the rest of the sentence's blame family still reads it
    expect(after('you must have typed the wrong postcode when checking out')).toBe('It looks like you may have typed the wrong postcode when checking out');
  });
  it('a simple object keeps its rewrite', () => {
    expect(after('You must have entered the wrong card number.')).toBe('It looks like the wrong card number was used.');
    expect(after('you typed the wrong PIN')).toBe('It looks like the wrong PIN was used');
    expect(after('You entered the wrong email, so the receipt bounced.')).toBe('It looks like the wrong email was used, so the receipt bounced.');
  });
});
