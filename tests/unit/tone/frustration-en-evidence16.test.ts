// @vitest-environment node
/**
 * How much evidence is enough, English (lib/tone/cues/frustration.en.evidence16.ts): amplifiers ("!!", capitals, an angry
 * emoji) with no word beside them are not enough, and the same emoji repeated counts once; any word of displeasure keeps the cue.
 */
import { describe, expect, it } from 'vitest';
import { enoughEvidenceEn16 } from '../../../lib/tone/cues/frustration.en.evidence16.ts';
import { fam } from './family.ts';

fam(
  'frustrated',
  'en evidence16: one sign counts once, and signs need words',
  [
    { text: 'This is ridiculous 😡😡', evidence: 'ridiculous' },
    { text: 'My bag did not arrive in Denver!! Again!! 😡', evidence: '😡' },
    { text: 'Absolutely fed up with this airline 😤', evidence: 'Absolutely fed up' },
  ],
  [
    'Is the lounge at gate 4 open on Sunday? 😤😤',
    'my flight got moved to 6am 😩😩',
  ],
);

describe('en evidence16: the decision over pieces', () => {
  it('amplifiers alone stay under the threshold', () => {
    expect(enoughEvidenceEn16([{ kind: 'emoji', w: 1.2 }], 1.2)).toBeLessThan(1);
    expect(enoughEvidenceEn16([{ kind: 'emoji', w: 0.6 }, { kind: 'caps', w: 0.5 }], 1.1)).toBeLessThan(1);
  });
  it('two emoji weigh as one', () => {
    expect(enoughEvidenceEn16([{ kind: 'report', w: 0.3 }, { kind: 'emoji', w: 1.2 }], 1.5)).toBeLessThan(1);
    expect(enoughEvidenceEn16([{ kind: 'report', w: 0.5 }, { kind: 'emoji', w: 1.2 }], 1.7)).toBe(1.7);
  });
  it('keeps words, and a score under the threshold as it was', () => {
    expect(enoughEvidenceEn16([{ kind: 'judgement', w: 1.1 }, { kind: 'emoji', w: 1.2 }], 2.3)).toBe(2.3);
    expect(enoughEvidenceEn16([{ kind: 'emoji', w: 0.6 }], 0.6)).toBe(0.6);
  });
});
