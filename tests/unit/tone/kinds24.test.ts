// @vitest-environment node
/**
 * Session 24's English kinds (lib/tone/cues/frustration.kinds24.ts, lib/tone/cues/repeat.kinds24.ts): a look-alike set
 * written from general knowledge across trades (scripts/tone-kinds24-matrix.ts), never from a development sentence's
 * nouns. Each kind's positives show the cue and its close contrasts do not (or the reverse for calm kinds); evidence is
 * never a bare "thanks", "you" or article.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION24, REPEAT24, URGENCY24 } from '../../../scripts/tone-kinds24-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('frustration kinds (session 24)', FRUSTRATION24, 'frustrated', /^(?:you|i|thanks?|thank you|cheers|the|a)$/i);
cueMatrixSuite('repeat kinds (session 24)', REPEAT24, 'repeat', /^(?:you|i|thanks?|thank you|cheers|the|a)$/i);
cueMatrixSuite('urgency kinds (session 24)', URGENCY24, 'urgent');

describe('session 24 evidence', () => {
  it('a promise outlived shows the promise', () => {
    const c = readCustomerTone('I was promised a refund within 10 working days. It is now 3 March. Please process it.').cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.map((e) => e.text)).toContain('promised');
  });
});
