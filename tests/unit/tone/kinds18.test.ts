// @vitest-environment node
/**
 * Urgency and repeat contact, session 18 (lib/tone/cues/urgency.kinds18.ts, repeat.kinds18.ts), on a sample of their
 * matrices (scripts/tone-urgency-matrix18.ts: travel now, stranded now, a sale or payroll at hand, card details given to a
 * scam, food spoiling, against the past, dates weeks away, "every Friday", a payment that failed; scripts/tone-repeat-matrix18.ts:
 * formal chasing letters, the agent's word days ago, learner English, against an apology for "my last email", the
 * agent's quoted question answered, news told, the customer's own follow-up, app usage, a request for the service).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { urgencyMatrix18 } from '../../../scripts/tone-urgency-matrix18.ts';
import { repeatMatrix18 } from '../../../scripts/tone-repeat-matrix18.ts';

const shows = (text: string, kind: 'urgent' | 'repeat') => readCustomerTone(text).cues.some((c) => c.kind === kind);

describe('urgency matrix 18 (every third message, all look-alikes)', () => {
  const sample = urgencyMatrix18().filter((m, i) => i % 3 === 0 || !m.urgent);
  it('reads every sampled message by its label', () => {
    expect(sample.filter((m) => shows(m.text, 'urgent') !== m.urgent).map((m) => `${m.lang} ${m.kind}: ${m.text}`)).toEqual([]);
  });
});

describe('repeat matrix 18 (every third message, all look-alikes)', () => {
  const sample = repeatMatrix18().filter((m, i) => i % 3 === 0 || !m.repeat);
  it('reads every sampled message by its label', () => {
    expect(sample.filter((m) => shows(m.text, 'repeat') !== m.repeat).map((m) => `${m.lang} ${m.kind}: ${m.text}`)).toEqual([]);
  });
});
