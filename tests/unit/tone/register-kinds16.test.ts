// @vitest-environment node
/**
 * Sixteenth session's Persian register kind (lib/tone/cues/register.kinds16.ts). Sentences written for this test (not
 * from any eval split).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const kinds = (text: string) => readCustomerTone(text).cues.map((c) => c.kind);

describe('Persian: «سلام» … «با سپاس» around plain written Persian is neutral', () => {
  it('a plain greeting and the sign-off «با سپاس» alone: not formal', () => {
    expect(kinds('سلام،\nیخچالی که ماه گذشته خریدم صدای زیادی می‌دهد و درست خنک نمی‌کند. لطفاً زمان بازدید را اعلام کنید.\nبا سپاس')).not.toContain('formal');
    expect(kinds('سلام وقت بخیر\nفاکتور خرید هفته گذشته به ایمیل من ارسال نشده است. لطفاً دوباره ارسال کنید.\n\nبا سپاس\nمریم کاظمی')).not.toContain('formal');
  });
  it('with a formal greeting or officialese the letter stays formal', () => {
    expect(kinds('با سلام و احترام\nاحتراماً، خواهشمند است نسبت به بازگرداندن وجه اینجانب اقدام فرمایید.\nبا سپاس')).toContain('formal');
    expect(kinds('سلام،\nاحتراماً به استحضار می‌رساند درخواست اینجانب تاکنون بررسی نگردیده است. خواهشمند است رسیدگی فرمایید.\nبا سپاس')).toContain('formal');
  });
});
