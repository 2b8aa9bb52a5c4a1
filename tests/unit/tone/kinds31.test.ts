// @vitest-environment node
/**
 * Session 31's tone kinds (lib/tone/cues/frustration.kinds31.ts): look-alike sets written from general knowledge across
 * trades, registers and both languages (scripts/tone-kinds31-matrix.ts), never from a development sentence's nouns. Each
 * kind keeps its close contrasts (a claim mocked in quotes, thanks for a harm or with a sour mark, the company called a
 * scam, anger disowned and then said keep the cue).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION31 } from '../../../scripts/tone-kinds31-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// A plain label in quotes; sincere thanks to a person; a word of anger not the customer's own at the company.
cueMatrixSuite('frustration calm kinds (session 31)', FRUSTRATION31, 'frustrated', /^(?:hi|hello|i|we|the|a|is|to|you|thanks?|سلام|این|من)$/i);

describe('session 31 readings', () => {
  it('a status quoted as the screen shows it is no irony, the company claim quoted back still is', () => {
    const plain = readCustomerTone('درخواست انتقال پرونده‌ام یک هفته است در وضعیت «در انتظار تایید» مانده است. لطفاً بفرمایید چه مدارکی کم است.');
    expect(plain.cues.some((c) => c.kind === 'frustrated')).toBe(false);
    const mocked = readCustomerTone('Your "next day delivery" took nine days. Brilliant.');
    expect(mocked.cues.some((c) => c.kind === 'frustrated')).toBe(true);
  });
});
