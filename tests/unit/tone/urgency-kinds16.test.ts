// @vitest-environment node
/**
 * Sixteenth session's urgency kinds (lib/tone/cues/urgency.kinds16.ts). Sentences written for this test (not from any
 * eval split).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const kinds = (text: string) => readCustomerTone(text).cues.map((c) => c.kind);

describe('Persian: «هرچه زودتر» alone after a wait of weeks or months is the complaint, not time pressure', () => {
  it('a formal complaint after months, with only "as soon as possible": not urgent', () => {
    expect(kinds('با سلام\nدو ماه است که هزینه‌ی بیمه‌ی اینجانب بازپرداخت نشده و نامه‌های قبلی بی‌پاسخ مانده است. خواهشمند است هرچه سریع‌تر رسیدگی گردد.\nبا احترام')).not.toContain('urgent');
    expect(kinds('با سلام\nپس از گذشت سه هفته هنوز قطعه‌ی یخچال تأمین نشده است. انتظار می‌رود هرچه زودتر اقدام گردد.')).not.toContain('urgent');
  });
  it('"as soon as possible" without a long wait, or beside a deadline, stays urgent', () => {
    expect(kinds('با سلام\nسامانه‌ی ثبت نمرات از صبح قطع است. خواهشمند است هرچه سریع‌تر رسیدگی فرمایید.')).toContain('urgent');
    expect(kinds('با سلام\nدو ماه است منتظر گواهی هستم و مهلت ثبت‌نام فردا تمام می‌شود. خواهشمند است هرچه سریع‌تر اقدام فرمایید.')).toContain('urgent');
  });
});

describe('English: "no immediate hurry", a word between "no" and "hurry"', () => {
  it('softens like "no hurry"', () => {
    expect(kinds('The grant deadline is 30 May, so there is no immediate hurry. Could you confirm you received my form?')).not.toContain('urgent');
    expect(kinds('No particular rush, but the deadline for the form is in June.')).not.toContain('urgent');
  });
  it('a real hurry stays urgent', () => {
    expect(kinds('The grant deadline is tomorrow at noon and the portal rejects my form. Please hurry.')).toContain('urgent');
  });
});

describe('Persian: «تا پس‌فردا» with its ZWNJ is a deadline like «تا پس فردا»', () => {
  it('a deadline the day after tomorrow with a fault fires, however the word is joined', () => {
    expect(kinds('سلام. مهلت ثبت‌نام تا پس‌فردا است و سایت هنگام پرداخت خطا می‌دهد. چه کنم؟')).toContain('urgent');
    expect(kinds('سلام. مهلت ثبت‌نام تا پس فردا است و سایت هنگام پرداخت خطا می‌دهد. چه کنم؟')).toContain('urgent');
  });
  it('asking which day, or a plain mention, stays quiet', () => {
    expect(kinds('برف اومده میدونم، فقط بگین فردا میارن یا پس‌فردا؟')).not.toContain('urgent');
    expect(kinds('سلام، کلاس یوگا پس‌فردا برگزار می‌شود؟ ممنون')).not.toContain('urgent');
  });
});
