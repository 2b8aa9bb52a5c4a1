// @vitest-environment node
/**
 * Persian calm messages with strong words (lib/tone/cues/frustration.fa.calm19b.ts, matrix scripts/tone-calm19.fa.ts):
 * every calm kind stays quiet (a device's fault with «اصلاً» then a plain request, a former provider judged, «دیوونه‌م
 * کردید» beside praise, تعارف, worry, negated anger, quoted history, «متأسفانه», «فرم شکایت»…), and the frustrated
 * look-alikes of the new kinds keep the cue.
 */
import { describe, expect, it } from 'vitest';
import { faCalm19, runFaCalm19 } from '../../../scripts/tone-calm19.fa.ts';

describe('Persian calm kinds 19b', () => {
  const rows = runFaCalm19(faCalm19());
  it('keeps every calm message quiet', () => {
    const wrong = [...rows].filter(([k]) => k.startsWith('calm')).flatMap(([k, r]) => r.misses.map((m) => `${k}: ${m}`));
    expect(wrong).toEqual([]);
  });
  it('shows the cue on the look-alikes of the new kinds', () => {
    for (const k of ['frustrated F:faultImpatient', 'frustrated F:madYou', 'frustrated F:sarcasm', 'frustrated F:vaghean', 'frustrated F:threat', 'frustrated F:broken', 'frustrated F:angryAtYou', 'frustrated F:circYours', 'frustrated F:hateYou', 'frustrated F:sueYou', 'frustrated F:pastThenBarb', 'frustrated F:yourOld', 'frustrated F:askedYes', 'frustrated F:circButYou']) {
      expect(rows.get(k)?.misses ?? ['missing']).toEqual([]);
    }
    // «شرکت قبلی افتضاح بود، شما هم همین‌طورید»: the company set beside the former one is never cleared.
    expect(rows.get('frustrated F:likeFormer')?.fired).toBeGreaterThanOrEqual(15);
    // «پیک خیلی بی‌ادب بود و شما هم هیچ کاری نکردید»: a third party judged is not cleared without praise of the company.
    expect(rows.get('frustrated F:thirdAndYou')?.fired).toBeGreaterThanOrEqual(6);
  });
});
