// @vitest-environment node
/**
 * Session 21's English frustration kinds (lib/tone/cues/frustration.kinds21.ts): a look-alike set written from general
 * knowledge across trades (venues, garages, clinics, software, utilities, shops, travel, councils), never from a
 * development sentence's nouns. Calm kinds stay quiet; their close frustrated contrasts (the same frame with a word of
 * displeasure, irony or a threat) still show the cue; the frustrated kinds show it with evidence in the words that carry it.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { KINDS21, URGENCY21 } from '../../../scripts/tone-kinds21-matrix.ts';

describe('frustration kinds (session 21)', () => {
  for (const [kind, cases] of Object.entries(KINDS21)) {
    describe(kind, () => {
      for (const [text, frustrated] of cases) {
        it(`${frustrated ? 'frustrated' : 'calm'}: ${text.slice(0, 70)}`, () => {
          const r = readCustomerTone(text);
          const c = r.cues.find((x) => x.kind === 'frustrated');
          expect(!!c).toBe(frustrated);
          if (c) for (const e of c.evidence) expect(/^(?:you|i|thanks?|thank you|the|a)$/i.test(e.text.trim())).toBe(false);
        });
      }
    });
  }
});

describe('urgency kinds (session 21)', () => {
  for (const [kind, cases] of Object.entries(URGENCY21)) {
    describe(kind, () => {
      for (const [text, urgent] of cases) {
        it(`${urgent ? 'urgent' : 'calm'}: ${text.slice(0, 70)}`, () => {
          expect(readCustomerTone(text).cues.some((x) => x.kind === 'urgent')).toBe(urgent);
        });
      }
    });
  }
});
