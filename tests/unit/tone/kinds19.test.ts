// @vitest-environment node
/**
 * Urgency and repeat contact, session 19 (lib/tone/cues/urgency.kinds19.ts, repeat.kinds19.ts), on a sample of their
 * matrices (scripts/tone-urgency-matrix19.ts: promised time frames told back, "what do I do now?", "scam" as an insult,
 * hold-later requests, «یکی توضیح بده», money taken with a threat days out, cancelled events, against a third party's
 * deadline within days and card details given to a scam; scripts/tone-repeat-matrix19.ts: the phone as a device, a
 * count of charges, event tickets, a claim's decision, "u said 3 days", a request refused by the system, time on hold
 * alone, against calls back, own contacts counted, support tickets, a claim chased).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { urgencyMatrix19 } from '../../../scripts/tone-urgency-matrix19.ts';
import { repeatMatrix19 } from '../../../scripts/tone-repeat-matrix19.ts';

const shows = (text: string, kind: 'urgent' | 'repeat') => readCustomerTone(text).cues.some((c) => c.kind === kind);

describe('urgency matrix 19 (every third message, all look-alikes that must fire)', () => {
  const sample = urgencyMatrix19().filter((m, i) => i % 3 === 0 || m.urgent);
  it('reads every sampled message by its label', () => {
    expect(sample.filter((m) => shows(m.text, 'urgent') !== m.urgent).map((m) => `${m.lang} ${m.kind}: ${m.text}`)).toEqual([]);
  });
});

describe('repeat matrix 19 (every third message, all look-alikes that must fire)', () => {
  const sample = repeatMatrix19().filter((m, i) => i % 3 === 0 || m.repeat);
  it('reads every sampled message by its label', () => {
    expect(sample.filter((m) => shows(m.text, 'repeat') !== m.repeat).map((m) => `${m.lang} ${m.kind}: ${m.text}`)).toEqual([]);
  });
});
