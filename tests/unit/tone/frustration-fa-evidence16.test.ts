// @vitest-environment node
/**
 * How much evidence is enough (lib/tone/cues/frustration.fa.evidence16.ts): a Persian account of what happened (a counted
 * contact, «هنوز», what they were told) tipped over the threshold only by a trace is not shown; any stance beside it is.
 */
import { describe, expect, it } from 'vitest';
import { enoughEvidence16, shapeOf } from '../../../lib/tone/cues/frustration.fa.evidence16.ts';
import { fam } from './family.ts';

fam(
  'frustrated',
  'fa evidence16: an account alone needs more than a trace',
  [
    { text: 'بار چهارمه ایمیل میزنم و هنوز کسی درخواستمو بررسی نکرده!!', evidence: '!!' },
    { text: 'بار چهارمه ایمیل میزنم و هنوز کسی درخواستمو بررسی نکرده. واقعاً افتضاحه.', evidence: 'واقعاً افتضاحه' },
    { text: 'کارشناستون دوشنبه گفت فاکتور رو پیامک می‌کنه. هنوز هیچی. خسته شدم دیگه.', evidence: 'خسته شدم' },
    { text: 'چرااااا هنوز جواب ندادید؟', evidence: 'چرااااا' },
  ],
  [
    'بار چهارمه ایمیل میزنم و هنوز کسی درخواستمو بررسی نکرده.',
    'کارشناستون دوشنبه گفت فاکتور رو پیامک می‌کنه. هنوز هیچی.',
  ],
);

describe('fa evidence16: the decision over pieces', () => {
  it('turns off an account tipped by a trace, in Persian only', () => {
    const pieces = [{ kind: 'count', w: 0.8 }, { kind: 'complaint', w: 0.25 }];
    expect(enoughEvidence16(true, pieces, 1.05)).toBeLessThan(1);
    expect(enoughEvidence16(false, pieces, 1.05)).toBe(1.05);
  });
  it('keeps an account that reaches the threshold without its traces, and any stance', () => {
    expect(enoughEvidence16(true, [{ kind: 'count', w: 0.8 }, { kind: 'silence', w: 0.5 }], 1.3)).toBe(1.3);
    expect(enoughEvidence16(true, [{ kind: 'count', w: 0.8 }, { kind: 'complaint', w: 0.25 }, { kind: 'punct', w: 0.35 }], 1.4)).toBe(1.4);
    expect(enoughEvidence16(true, [{ kind: 'emotion', w: 0.8 }, { kind: 'complaint', w: 0.25 }], 1.05)).toBe(1.05);
  });
  it('names shapes', () => {
    expect(shapeOf([{ kind: 'emotion', w: 1.3 }])).toBe('one strong');
    expect(shapeOf([{ kind: 'count', w: 0.8 }, { kind: 'complaint', w: 0.25 }, { kind: 'punct', w: 0.35 }])).toBe('2 kinds weak +amp');
  });
});

describe('fa drawn-out words', () => {
  it('a number of repeated digits is not a word held', async () => {
    const { readCustomerTone } = await import('../../../lib/tone/index.ts');
    const c = readCustomerTone('چرا هنوز ۵۰۰۰۰۰۰ ریال برنگشته؟ خیلی بده!').cues.find((x) => x.kind === 'frustrated');
    expect(c?.evidence.map((e) => e.text) ?? []).not.toContain('۵۰۰۰۰۰۰');
  });
});
