// @vitest-environment node
/**
 * Session 19's Persian frustration kinds (lib/tone/cues/frustration.fa.kinds19.ts) on a sample of their matrix
 * (scripts/tone-frustration-matrix19.fa.ts: every third frustrated message, every calm one): the calm look-alikes (a belief
 * taken back, the company cleared, «این دفعه آخره قول میدم», one's own tone withdrawn, a glad surprise, a protest asked
 * about, «عجله‌ای نیست», a sincere «خسته نباشید واقعاً») stay quiet; the frustrated kinds show the cue.
 */
import { describe, expect, it } from 'vitest';
import { faFrustMatrix19, runFaMatrix19 } from '../../../scripts/tone-frustration-matrix19.fa.ts';

describe('Persian frustration kinds, session 19 (a sample)', () => {
  const sample = faFrustMatrix19().filter((m, i) => i % 3 === 0 || !m.frustrated);
  it('has frustrated and calm messages', () => {
    expect(sample.filter((m) => m.frustrated).length).toBeGreaterThan(150);
    expect(sample.filter((m) => !m.frustrated).length).toBeGreaterThan(200);
  });
  it('keeps every calm look-alike quiet', () => {
    const wrong = [...runFaMatrix19(sample)].filter(([k]) => k.startsWith('calm')).flatMap(([k, r]) => r.misses.map((m) => `${k}: ${m}`));
    expect(wrong).toEqual([]);
  });
  it('shows the cue on the frustrated kinds (the joined «عصبانیام و …» spelling aside)', () => {
    const wrong = [...runFaMatrix19(sample)].filter(([k]) => k.startsWith('frustrated')).flatMap(([k, r]) => r.misses.map((m) => `${k}: ${m}`));
    expect(wrong.filter((m) => !m.includes('عصبانیام'))).toEqual([]);
  });
});
