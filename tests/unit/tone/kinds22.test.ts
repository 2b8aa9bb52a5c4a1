// @vitest-environment node
/**
 * Session 22's English kinds (lib/tone/cues/frustration.kinds22.ts, urgency.kinds22.ts): a look-alike set written from
 * general knowledge across trades (scripts/tone-kinds22-matrix.ts), never from a development sentence's nouns. Each kind's
 * positives show the cue and its close contrasts do not (or the reverse for calm kinds); evidence is never a bare
 * "thanks", "you" or article, and a new reading shows the words that carry it.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION22, URGENCY22 } from '../../../scripts/tone-kinds22-matrix.ts';
import { cueMatrixSuite } from './family.ts';

const PLAIN = /^(?:you|i|thanks?|thank you|the|a)$/i;
cueMatrixSuite('frustration kinds (session 22)', FRUSTRATION22, 'frustrated', PLAIN);
cueMatrixSuite('urgency kinds (session 22)', URGENCY22, 'urgent', PLAIN);

describe('session 22 evidence', () => {
  it('a wait judged out of measure shows its judgement', () => {
    const c = readCustomerTone('Eight weeks is excessive for a simple refund. Please advise when it will be paid.').cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.map((e) => e.text)).toContain('excessive');
  });
  it('damage going on now shows the doing', () => {
    const c = readCustomerTone('Water is coming through our ceiling from the flat above and dripping onto the sofa.').cues.find((x) => x.kind === 'urgent');
    expect(c?.evidence.some((e) => /coming/.test(e.text) && e.why === 'tone.why.damageNow')).toBe(true);
  });
  it('hours left said roughly show the span', () => {
    const c = readCustomerTone('The auction closes in roughly 2 hours and I still cannot log in!').cues.find((x) => x.kind === 'urgent');
    expect(c?.evidence.map((e) => e.text)).toContain('in roughly 2 hours');
  });
});
