// @vitest-environment node
/**
 * Session 32's tone kinds (lib/tone/cues/frustration.kinds32.ts, urgency.kinds32.ts): look-alike sets written from general
 * knowledge across trades, registers and scripts (scripts/tone-kinds32-matrix.ts), never from a development sentence's
 * nouns. Each kind keeps its close contrasts (a protest in the alternative, a hedged "doesn't quite answer", an answer
 * thanked stay as they were).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION32, URGENCY32 } from '../../../scripts/tone-kinds32-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// A sincere check asked as the alternative to redoing it; the agent's last reply did not answer.
cueMatrixSuite('frustration kinds (session 32)', FRUSTRATION32, 'frustrated', /^(?:hi|hello|i|we|the|a|is|to|you|thanks?|your?)$/i);
// A Finglish deadline or departure soon with something in the way; English needs for a near event (older readers).
cueMatrixSuite('urgency kinds (session 32)', URGENCY32, 'urgent', /^(?:hi|salam|lotfan|i|the|a|to|you|thanks?|merci)$/i);

describe('session 32 readings', () => {
  it('a reply that did not answer is shown with its own reason, the words that say it', () => {
    const text = 'That does not answer my question at all. I asked why my deposit was kept, not when the flat was inspected.';
    const c = readCustomerTone(text).cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.some((e) => e.why === 'tone.why.notAnswered' && /answer/.test(e.text))).toBe(true);
  });
  it('a Finglish deadline is shown with the near time and what is at stake as its evidence', () => {
    const c = readCustomerTone('salam, farda sobh parvaz daram va belitam hanooz sader nashode. lotfan barresi konid').cues.find((x) => x.kind === 'urgent');
    expect(c?.evidence.map((e) => e.text)).toContain('farda sobh parvaz');
  });
});
