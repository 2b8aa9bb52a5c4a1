/**
 * Session 18's English frustration kinds (lib/tone/cues/frustration.en.kinds18.ts), on a sample of their matrix
 * (scripts/tone-frustration-matrix18.en.ts: every third message): calm kinds (sincere thanks with "!!!" and 😭, "not your
 * fault at all", one's own mistake or a plea with worry, a troubleshooting report, a formal chase, the buyer's solicitor) stay
 * quiet; their look-alikes and the frustrated kinds show the cue with evidence in the words that carry it.
 */
import { describe, expect, it } from 'vitest';
import { runFrustrationMatrix } from '../../../scripts/tone-frustration-matrix.en.ts';
import { matrix18 } from '../../../scripts/tone-frustration-matrix18.en.ts';

describe('English frustration kinds, session 18 (a sample: every third message)', () => {
  const sample = matrix18().filter((_, i) => i % 3 === 0);
  it('has frustrated and calm messages', () => {
    expect(sample.filter((m) => m.frustrated).length).toBeGreaterThan(40);
    expect(sample.filter((m) => !m.frustrated).length).toBeGreaterThan(40);
  });
  it('reads every sampled message by its label, with evidence in the words that carry it', () => {
    const wrong = [...runFrustrationMatrix(sample)].flatMap(([kind, r]) => r.misses.map((m) => `${kind}: ${m}`));
    expect(wrong).toEqual([]);
  });
});
