// @vitest-environment node
/**
 * Session 27's repeat-contact and urgency kinds, English and Persian (lib/tone/cues/repeat.kinds27.ts,
 * lib/tone/cues/urgency.kinds27.ts): a look-alike set written from general knowledge across trades and registers
 * (scripts/tone-kinds27r-matrix.ts), never from a development sentence's nouns. Each kind's positives show the cue and its
 * close contrasts do not; evidence is never a bare pronoun, "thanks" or article.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { REPEAT27, REPEAT27_FA, URGENCY27, URGENCY27_FA } from '../../../scripts/tone-kinds27r-matrix.ts';
import { cueMatrixSuite } from './family.ts';

const PLAIN = /^(?:you|i|your|thanks?|thank you|the|a|من|شما|ممنون|مرسی)$/i;
cueMatrixSuite('repeat kinds (session 27, English)', REPEAT27, 'repeat', PLAIN);
cueMatrixSuite('repeat kinds (session 27, Persian)', REPEAT27_FA, 'repeat', PLAIN);
cueMatrixSuite('urgency kinds (session 27, English)', URGENCY27, 'urgent', PLAIN);
cueMatrixSuite('urgency kinds (session 27, Persian)', URGENCY27_FA, 'urgent', PLAIN);

describe('session 27 evidence', () => {
  const ev = (text: string, kind: 'repeat' | 'urgent') => readCustomerTone(text).cues.find((x) => x.kind === kind)?.evidence.map((e) => e.text) ?? [];
  it('the company\'s people counted show the count and who', () => {
    expect(ev("I've talked to four different agents about this meter and nobody can tell me why the reading is wrong.", 'repeat')).toContain('four different agents');
  });
  it('a notice given before shows the words of telling', () => {
    expect(ev('هفته گذشته همین مشکل را به اطلاع پشتیبانی رساندم که گویا بی‌نتیجه بوده است.', 'repeat')).toContain('به اطلاع پشتیبانی رساندم');
  });
  it('a Finglish earlier call shows "ham zang zadam"', () => {
    expect(ev('hafte pish ham zang zadam goftid dorost mishe, vali hanooz internet ghate', 'repeat')).toContain('ham zang zadam');
  });
  it('stranded now shows when and where', () => {
    expect(ev('با سلام، اینجانب در حال حاضر در فرودگاه مشهد هستم و بلیت برگشت صادر نشده است.', 'urgent')).toContain('در حال حاضر در فرودگاه');
  });
  it('a loss by the day shows the rate and the loss', () => {
    expect(ev('احتراماً، طی این مدت هر روز خسارت قابل توجهی به این شرکت وارد می‌شود.', 'urgent')).toContain('هر روز خسارت');
  });
  it('pay due soon shows the due words and the day', () => {
    expect(ev('Staff are supposed to be paid tomorrow and the payroll run failed again.', 'urgent')).toContain('supposed to be paid tomorrow');
  });
});
