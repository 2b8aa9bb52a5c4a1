// @vitest-environment node
/**
 * Session 33's tone kinds (lib/tone/cues/frustration.kinds33.ts, urgency.kinds33.ts): look-alike sets written from general
 * knowledge across trades, registers and spellings (scripts/tone-kinds33-matrix.ts), never from a development sentence's
 * nouns. Each kind keeps its close contrasts (a courteous request, a question, a thing's own poor quality, an age told
 * beside a question with nothing out, a loss of the past stay as they were).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION33, URGENCY33 } from '../../../scripts/tone-kinds33-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// A bare order to put it right; displeasure said by understatement.
cueMatrixSuite('frustration kinds (session 33)', FRUSTRATION33, 'frustrated', /^(?:hi|hello|i|we|the|a|is|to|you|thanks?|your?)$/i);
// A living stopped by the fault; someone vulnerable left without heat or a telephone.
cueMatrixSuite('urgency kinds (session 33)', URGENCY33, 'urgent', /^(?:hi|hello|i|the|a|to|you|thanks?)$/i);

describe('session 33 readings', () => {
  it('a bare order is shown with its own reason, the words of the order', () => {
    const text = 'the update deleted my save file. restore it or im uninstalling';
    const c = readCustomerTone(text).cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.some((e) => e.why === 'tone.why.bareOrder' && e.text === 'restore it')).toBe(true);
  });
  it('someone vulnerable without heat is shown with the outage and the person as its evidence', () => {
    const c = readCustomerTone('My gran is 91 and her boiler has stopped, the house is freezing. Can someone come?').cues.find((x) => x.kind === 'urgent');
    expect(c?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['boiler has stopped', 'My gran is 91']));
  });
});
