// @vitest-environment node
/**
 * Session 35's English frustration kinds (lib/tone/cues/frustration.kinds35.ts): look-alike sets written from general
 * knowledge across trades, registers and spellings (scripts/tone-kinds35-matrix.ts), never from a development sentence's
 * nouns. Each kind keeps its close contrasts (sincere praise, a harm put right, a short wait, a sincere "I'm sure", "no
 * rush", a chase with thanks, a hypothetical).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION35 } from '../../../scripts/tone-kinds35-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// Ironic praise closing a harm; a mock assurance.
cueMatrixSuite('frustration kinds (session 35)', FRUSTRATION35, 'frustrated', /^(?:hi|hello|i|we|the|a|is|to|you|thanks?|please|your?)$/i);

describe('session 35 readings', () => {
  it('ironic praise is shown with the praise sentence as its evidence, reason sarcasm', () => {
    const text = 'Day 6 of no hot water in the flat. Love it. When is the engineer coming?';
    const c = readCustomerTone(text).cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.some((e) => e.why === 'tone.why.sarcasm' && e.text === 'Love it')).toBe(true);
  });
  it('a mock assurance is shown with its "I\'m sure" words', () => {
    const text = "Third time asking for the parking permit. I'm sure it's an easy thing to miss.";
    const c = readCustomerTone(text).cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.some((e) => e.why === 'tone.why.sarcasm' && e.text.startsWith("I'm sure it's an easy thing to miss"))).toBe(true);
  });
  it('praise said with "!" after a fault put right stays quiet', () => {
    expect(readCustomerTone('The card reader failed twice last week. Your engineer swapped it today. Love it!').cues.find((x) => x.kind === 'frustrated')).toBeUndefined();
  });
});
