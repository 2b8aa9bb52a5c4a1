// @vitest-environment node
/**
 * Session 23's Persian frustration kinds (lib/tone/cues/frustration.fa.kinds23.ts and the guards it lends to the older
 * readers): a look-alike set written from general knowledge across trades and both registers
 * (scripts/tone-kinds23-fa-matrix.ts), never from a development sentence's nouns. Calm kinds keep their close contrasts
 * frustrated; evidence is never a bare thanks, greeting or function word.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { FRUSTRATION23_FA } from '../../../scripts/tone-kinds23-fa-matrix.ts';

describe('Persian frustration kinds (session 23)', () => {
  for (const [kind, cases] of Object.entries(FRUSTRATION23_FA)) {
    describe(kind, () => {
      for (const [text, shown] of cases) {
        it(`${shown ? 'shown' : 'quiet'}: ${text.slice(0, 60)}`, () => {
          const c = readCustomerTone(text).cues.find((x) => x.kind === 'frustrated');
          expect(!!c).toBe(shown);
          if (c) for (const e of c.evidence) expect(/^(?:سلام|ممنون|مرسی|با تشکر|شما|من|و|که|از)$/.test(e.text.trim())).toBe(false);
        });
      }
    });
  }
});
