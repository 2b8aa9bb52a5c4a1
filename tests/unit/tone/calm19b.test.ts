// @vitest-environment node
/**
 * Urgency and repeat-contact false alarms, session 19b (lib/tone/cues/urgency.calm19b.ts, repeat.calm19b.ts), on a
 * sample of scripts/tone-urgent-calm19b.ts: dates without pressure, «فوری»/"urgent" naming a service, a past emergency,
 * "no rush", ultimatums days out, polite "at your earliest convenience"; "again" about the fault, "still", "my last
 * order", replies to the agent, loyal customers, thanks again, an order's number alone; against look-alikes that keep
 * firing (hacked accounts, deadlines today, harm told with "as soon as you can", "third time I'm writing", case numbers).
 * The kinds named knownMiss are older misses, left out.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { urgentCalm19b } from '../../../scripts/tone-urgent-calm19b.ts';

describe('urgent/repeat calm matrix 19b (every second quiet message, every look-alike that must fire)', () => {
  const sample = urgentCalm19b().filter((m, i) => !m.kind.endsWith('knownMiss') && (i % 2 === 0 || m.fire));
  it('reads every sampled message by its label', () => {
    const wrong = sample.filter((m) => readCustomerTone(m.text).cues.some((c) => c.kind === m.cue) !== m.fire);
    expect(wrong.map((m) => `${m.lang} ${m.cue} ${m.kind}: ${m.text}`)).toEqual([]);
  });
});
