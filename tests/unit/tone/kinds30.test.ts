// @vitest-environment node
/**
 * Session 30's tone kinds (lib/tone/cues/frustration.kinds30.ts): look-alike sets written from general knowledge across
 * trades and registers (scripts/tone-kinds30-matrix.ts), never from a development sentence's nouns. Each kind keeps its
 * close contrasts (an edge word, a cost, a demand, capitals, a rhetorical or angry mark keep the cue).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { t } from '../../../lib/i18n/index.ts';
import { FRUSTRATION30_EN } from '../../../scripts/tone-kinds30-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// A chase told plainly then a courteous request; help asked in trouble with alarm marks only; a label echoed in mockery;
// a courtesy conceded before a complaint.
cueMatrixSuite('English frustration calm kinds (session 30)', FRUSTRATION30_EN, 'frustrated', /^(?:hi|hello|i|we|the|a|is|to|you|thanks?)$/i);

describe('session 30 evidence', () => {
  it('a label echoed in mockery shows the quoted label and the mocking sentence, with a reason in both languages', () => {
    const ev = readCustomerTone('Booked your "express cleaning" for 9am, the cleaner arrived at 2pm. Express indeed.').cues.find((x) => x.kind === 'frustrated')?.evidence ?? [];
    expect(ev.filter((e) => e.why === 'tone.why.echoed').map((e) => e.text)).toEqual(['"express cleaning"', 'Express indeed.']);
    expect(t('en', 'tone.why.echoed')).not.toBe('tone.why.echoed');
    expect(t('fa', 'tone.why.echoed')).not.toBe(t('en', 'tone.why.echoed'));
  });
});
