// @vitest-environment node
/**
 * Session 23's English kinds (lib/tone/cues/frustration.kinds23.ts): a look-alike set written from general knowledge
 * across trades (scripts/tone-kinds23-matrix.ts), never from a development sentence's nouns. Each kind's positives show
 * the cue and its close contrasts do not (or the reverse for calm kinds); evidence is never a bare "thanks", "you" or
 * article, and the ironic reading shows the praise and the harm it mocks.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION23 } from '../../../scripts/tone-kinds23-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('frustration kinds (session 23)', FRUSTRATION23, 'frustrated', /^(?:you|i|thanks?|thank you|cheers|the|a)$/i);

describe('session 23 evidence', () => {
  it('ironic praise shows the praise and the harm', () => {
    const c = readCustomerTone('Brilliant. The pizza turned up stone cold and squashed flat. Fantastic effort.').cues.find((x) => x.kind === 'frustrated');
    const words = c?.evidence.map((e) => e.text) ?? [];
    expect(words.some((w) => /Brilliant|Fantastic effort/.test(w))).toBe(true);
    expect(words.some((w) => /cold|squashed/.test(w))).toBe(true);
  });
  it('a wait still running is shown whole', () => {
    const c = readCustomerTone('Thanks a million for the express repair. Five weeks and counting. Superb.').cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.map((e) => e.text)).toContain('Five weeks and counting');
  });
});
