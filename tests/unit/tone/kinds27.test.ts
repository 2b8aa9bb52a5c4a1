// @vitest-environment node
/**
 * Session 27's English frustration kinds (lib/tone/cues/frustration.kinds27.ts, and the narrowings it lends to older
 * readers: a label a screen reports at a distance, "never" of a good history, "again" of a thing restored, a request
 * repeated on a date): a look-alike set written from general knowledge across trades (scripts/tone-kinds27-matrix.ts),
 * never from a development sentence's nouns. Each kind's positives show the cue and its close contrasts do not; evidence
 * is never a bare "thanks", "you" or article.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { t } from '../../../lib/i18n/index.ts';
import { FRUSTRATION27 } from '../../../scripts/tone-kinds27-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('frustration kinds (session 27)', FRUSTRATION27, 'frustrated', /^(?:you|i|thanks?|thank you|cheers|the|a|an)$/i);

const evidenceOf = (text: string) => readCustomerTone(text).cues.find((x) => x.kind === 'frustrated')?.evidence ?? [];

describe('session 27 evidence', () => {
  it('money the fault costs them shows the words, with a reason in both languages', () => {
    const ev = evidenceOf('You took £640 from my account for an order I cancelled. That was my rent money.');
    const money = ev.find((e) => e.why === 'tone.why.moneyLost');
    expect(money?.text).toBe('That was my rent money');
    expect(t('en', 'tone.why.moneyLost')).not.toBe('tone.why.moneyLost');
    expect(t('fa', 'tone.why.moneyLost')).not.toBe(t('en', 'tone.why.moneyLost'));
  });
  it('time refused shows the clause', () => {
    expect(evidenceOf('Third password reset this week. I do not have time for this nonsense.').map((e) => e.text)).toContain('I do not have time for this nonsense');
  });
  it('withholding after an unmet condition shows the withholding', () => {
    expect(evidenceOf('Unless the boiler is repaired this week, I will withhold my rent.').map((e) => e.text)).toContain('withhold my rent');
  });
  it('"spare me" shows the object whole', () => {
    expect(evidenceOf('Kindly spare me a third reference number and send an engineer.').map((e) => e.text)).toContain('spare me a third reference number');
  });
});
