// @vitest-environment node
/**
 * Session 25's English kinds (lib/tone/cues/frustration.kinds25.ts, lib/tone/cues/urgency.kinds25.ts and the formal conditional read by
 * lib/tone/cues/frustration.kinds20.ts's ultimatum): a look-alike set written from general knowledge across trades
 * (scripts/tone-kinds25-matrix.ts), never from a development sentence's nouns. Each kind's positives show the cue and its
 * close contrasts do not (or the reverse for calm kinds); evidence is never a bare "thanks", "you" or article.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION25, URGENCY25 } from '../../../scripts/tone-kinds25-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('frustration kinds (session 25)', FRUSTRATION25, 'frustrated', /^(?:you|i|thanks?|thank you|cheers|the|a)$/i);
cueMatrixSuite('urgency kinds (session 25)', URGENCY25, 'urgent');

describe('session 25 evidence', () => {
  it('"someone actually" shows the one asked and the word', () => {
    const c = readCustomerTone('I have sent three photos of the damage. Please can someone actually look at them.').cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.map((e) => e.text)).toContain('someone actually');
  });
  it('a formal conditional shows the step threatened', () => {
    const c = readCustomerTone('Please refund the deposit. Should I not hear from you within 14 days I will raise a chargeback with my bank.').cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.some((e) => /chargeback/.test(e.text))).toBe(true);
  });
});
