// @vitest-environment node
/**
 * Session 26's English repeat-contact and urgency kinds (lib/tone/cues/repeat.kinds26.ts, lib/tone/cues/urgency.kinds26r.ts):
 * a look-alike set written from general knowledge across trades (scripts/tone-kinds26r-matrix.ts), never from a development
 * sentence's nouns. Each kind's positives show the cue and its close contrasts do not; evidence is never a bare "thanks",
 * "you" or article.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { REPEAT26, URGENCY26 } from '../../../scripts/tone-kinds26r-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('repeat kinds (session 26)', REPEAT26, 'repeat', /^(?:you|i|your|thanks?|thank you|the|a)$/i);
cueMatrixSuite('urgency kinds (session 26)', URGENCY26, 'urgent', /^(?:you|i|your|thanks?|thank you|the|a)$/i);

describe('session 26 evidence', () => {
  const ev = (text: string, kind: 'repeat' | 'urgent') => readCustomerTone(text).cues.find((x) => x.kind === kind)?.evidence.map((e) => e.text) ?? [];
  it('a letter answered shows the letter and its date', () => {
    expect(ev('Thank you for your letter of 12 March. I am afraid it does not answer my question about the deposit.', 'repeat')).toContain('your letter of 12 March');
  });
  it('a call cut off shows the cut', () => {
    expect(ev('Forty minutes on hold, then cut off. Brilliant.', 'repeat')).toContain('cut off');
  });
  it('an occasion soon shows the occasion and its day', () => {
    expect(ev('can u fix my car aircon before my road trip on the 22nd? its blowing warm', 'urgent')).toContain('trip on the 22nd');
  });
});
