// @vitest-environment node
/**
 * Session 28's English frustration and urgency kinds (lib/tone/cues/frustration.kinds28.ts, urgency.kinds28.ts): a look-alike set written from general
 * knowledge across trades (scripts/tone-kinds28-matrix.ts), never from a development sentence's nouns. Each kind's
 * positives show the cue and its close contrasts do not; evidence is never a bare "thanks", "you" or article.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { t } from '../../../lib/i18n/index.ts';
import { FRUSTRATION28, URGENCY28 } from '../../../scripts/tone-kinds28-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('frustration kinds (session 28)', FRUSTRATION28, 'frustrated', /^(?:you|i|thanks?|thank you|cheers|the|a|an)$/i);
cueMatrixSuite('urgency kinds (session 28)', URGENCY28, 'urgent', /^(?:you|i|thanks?|thank you|cheers|the|a|an)$/i);

const evidenceOf = (text: string) => readCustomerTone(text).cues.find((x) => x.kind === 'frustrated')?.evidence ?? [];

describe('session 28 evidence', () => {
  it('a deadline with the company\'s part pending shows the deadline and its day', () => {
    const ev = readCustomerTone('My work visa expires on the 30th and the sponsor letter is still pending with your HR team.').cues.find((x) => x.kind === 'urgent')?.evidence ?? [];
    expect(ev.map((e) => e.text)).toContain('My work visa expires on the 30th');
  });
  it('a demand in capitals shows the demand and the company\'s fault, with a reason in both languages', () => {
    const ev = evidenceOf('your booking system cancelled my table for tonight without asking me. reinstate it NOW please');
    expect(ev.find((e) => e.why === 'tone.why.demandNow')?.text).toBe('reinstate it NOW');
    expect(ev.map((e) => e.text)).toContain('your booking system cancelled');
    expect(t('en', 'tone.why.demandNow')).not.toBe('tone.why.demandNow');
    expect(t('fa', 'tone.why.demandNow')).not.toBe(t('en', 'tone.why.demandNow'));
  });
});
