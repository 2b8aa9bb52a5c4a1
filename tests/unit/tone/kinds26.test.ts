// @vitest-environment node
/**
 * Session 26's English frustration kinds (lib/tone/cues/frustration.kinds26.ts, and the "should … remain unresolved"
 * condition it lends to lib/tone/cues/frustration.kinds25.ts): a look-alike set written from general knowledge across
 * trades (scripts/tone-kinds26-matrix.ts), never from a development sentence's nouns. Each kind's positives show the cue
 * and its close contrasts do not; evidence is never a bare "thanks", "you" or article.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION26 } from '../../../scripts/tone-kinds26-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('frustration kinds (session 26)', FRUSTRATION26, 'frustrated', /^(?:you|i|thanks?|thank you|cheers|the|a|an)$/i);

const evidenceOf = (text: string) => readCustomerTone(text).cues.find((x) => x.kind === 'frustrated')?.evidence.map((e) => e.text) ?? [];

describe('session 26 evidence', () => {
  it('a rating given to a failure shows the rating and the failure', () => {
    const ev = evidenceOf('The taxi never turned up and I missed my train. A+ service as always.');
    expect(ev).toContain('A+ service');
    expect(ev).toContain('never turned up');
  });
  it('a weary word shows the word', () => {
    expect(evidenceOf('Every order I have to re-enter my address from scratch. Honestly it is tiresome.')).toContain('tiresome');
  });
  it('a formal ultimatum shows the withdrawal', () => {
    expect(evidenceOf('Should this matter remain unresolved by the end of the month, we will have to review our use of your services.')).toContain('review our use');
  });
});
