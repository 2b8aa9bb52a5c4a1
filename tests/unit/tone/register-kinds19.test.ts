// @vitest-environment node
/**
 * Nineteenth session's register and academic kinds (lib/tone/cues/register.kinds19.ts, academic.kinds19.ts): every
 * item of scripts/tone-register-matrix19.ts (families written from knowledge, with look-alikes) reads as wanted.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { registerMatrix19 } from '../../../scripts/tone-register-matrix19.ts';

const items = registerMatrix19();

describe('register and academic matrix 19', () => {
  for (const kind of [...new Set(items.map((i) => `${i.lang} ${i.cue} ${i.want ? 'fires' : 'quiet'}: ${i.kind}`))]) {
    it(kind, () => {
      const wrong = items
        .filter((i) => `${i.lang} ${i.cue} ${i.want ? 'fires' : 'quiet'}: ${i.kind}` === kind)
        .filter((i) => readCustomerTone(i.text).cues.some((c) => c.kind === i.cue) !== i.want)
        .map((i) => i.text);
      expect(wrong).toEqual([]);
    });
  }
  it('«با احترام» inside a sentence is no closing; on its own line it is', () => {
    const kinds = (t: string) => readCustomerTone(t).cues.map((c) => c.kind);
    expect(kinds('سلام\nباید بگویم از برخورد کارمند شعبه راضی نبودم. انتظار داشتم با احترام بیشتری رفتار شود.')).not.toContain('formal');
    expect(kinds('با احترام، از نحوهٔ رسیدگی به شکایتم به هیچ وجه رضایت ندارم.')).toContain('formal');
  });
});
