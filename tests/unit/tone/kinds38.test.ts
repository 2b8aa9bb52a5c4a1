// @vitest-environment node
/**
 * The thirty-eighth session's tone kinds, sentences written for this test (no eval split):
 * - lib/tone/cues/repeat.fa.kinds38.ts: a Persian earlier contact told with its moment, with its look-alikes;
 * - lib/tone/cues/academic.sig38.ts: a title or affiliation in the signature (a physician's too), against a doctor in the
 *   body, "Dr" as Drive, a quoted Dr (more rows in scripts/tone-register-matrix19.ts).
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const shows = (t: string, kind: string) => readCustomerTone(t).cues.some((c) => c.kind === kind);
const evidence = (t: string, kind: string) => readCustomerTone(t).cues.filter((c) => c.kind === kind).flatMap((c) => c.evidence.map((e) => e.text));

const REPEAT_FA = [
  { text: 'با سلام\nموضوع قطعی آب را هفته گذشته حضوراً با دفتر شهرک مطرح کردم ولی هنوز اقدامی نشده. لطفاً رسیدگی کنید.', ev: ['هفته گذشته', 'مطرح کردم'] },
  { text: 'احتراماً، اینجانب در تاریخ ۱۴۰۳/۰۵/۱۲ درخواست استرداد را کتباً اعلام نموده‌ام. خواهشمند است نتیجه را اعلام فرمایید.', ev: ['در تاریخ', 'اعلام نموده‌ام'] },
  { text: 'سلام. خرابی کولر را سه روز پیش خبر دادم. کی تکنسین میاد؟', ev: ['سه روز پیش', 'خبر دادم'] },
  { text: 'با سلام، تاکنون دو نامه در این خصوص به آن اداره ارسال نموده‌ام و پاسخی دریافت نکرده‌ام.', ev: ['تاکنون', 'نامه', 'ارسال نموده‌ام'] },
  { text: 'سلام، مه پیش از این هم تیلفون کرده بودم. کارت من کی آماده میشود؟', ev: ['پیش از این', 'تیلفون کرده بودم'] },
];
const QUIET_FA = [
  // a fault that repeats, with no earlier contact
  'سلام، یخچال دوباره خراب شد و صدا میده. لطفاً یه تکنسین بفرستید.',
  // a first message mentioning an old order that went well
  'سلام، سفارش قبلیم که ماه پیش رسید عالی بود. حالا می‌خوام یه مدل بزرگ‌ترش رو بخرم، موجوده؟',
  // a contact with a third party
  'سلام، دیروز به بانک زنگ زدم گفتن پول از حساب رفته. شما دریافتش کردید؟',
  // an earlier report of a separate matter
  'سلام، میخوام یه فروشنده رو گزارش بدم. قبلاً هم یه نفر دیگه رو گزارش کرده بودم ولی اون ماجرای جدایی بود.',
  // a parcel sent, not a message
  'سلام، در تاریخ ۳ آبان بسته را با پست پیشتاز ارسال کرده‌ام. کد رهگیری را از کجا ببینم؟',
  // a plan, not a past contact
  'سلام، فردا صبح با دفتر شما تماس می‌گیرم که موضوع رو مطرح کنم.',
];

describe('repeat.fa.kinds38: a Persian earlier contact told with its moment', () => {
  for (const { text, ev } of REPEAT_FA) {
    it(`fires: ${text.slice(0, 40)}`, () => {
      expect(shows(text, 'repeat')).toBe(true);
      expect(evidence(text, 'repeat')).toEqual(expect.arrayContaining(ev));
      for (const e of evidence(text, 'repeat')) expect(e).not.toMatch(/^(?:سلام|با سلام|ممنون|لطفاً|شما)$/);
    });
  }
  for (const text of QUIET_FA) it(`quiet: ${text.slice(0, 40)}`, () => expect(shows(text, 'repeat')).toBe(false));
});

describe('academic.sig38: a title in the signature, whatever the trade', () => {
  it('a physician signing with the title shows the cue, the title as evidence', () => {
    const t = 'Hi, can I pause my membership in October?\nThanks,\nDr Amara Eze, Consultant Haematologist';
    expect(shows(t, 'academic')).toBe(true);
    expect(evidence(t, 'academic')).toEqual(['Dr']);
    expect(shows('سلام، بیمارم فردا MRI لازم داره، نوبت دارید؟\nدکتر علی صفایی\nمتخصص مغز و اعصاب', 'academic')).toBe(true);
  });
  it('an affiliation under the name with no closing line', () => {
    expect(shows('Hi, our VM is throttled again. Any update?\n\nChen Wei\nSchool of Informatics, University of Edinburgh', 'academic')).toBe(true);
  });
  it('a doctor in the body, a Drive, a quoted Dr: no cue', () => {
    expect(shows("Hi, my Dr said I need a letter for work. Can you send my appointment confirmation?\n\nThanks,\nJane Moss", 'academic')).toBe(false);
    expect(shows('Hi, please update my address.\n\nKind regards,\nJohn Smith\n7 Sunset Dr, Perth WA 6000', 'academic')).toBe(false);
    expect(shows('thanks, that worked!\n\nOn Mon, 3 May, Clinic wrote:\n> Dr Lewis will see you at 10.\n> Kind regards,\n> Dr Amy Lewis', 'academic')).toBe(false);
    expect(shows('سلام. برای دکتر چشم نوبت گرفتم ولی پیامک نیومد. اسم دکتر رو هم نمی‌دونم. نوبت ثبت شده؟', 'academic')).toBe(false);
    expect(shows('سلام\nلطفاً آدرس را اصلاح کنید.\nممنون\nعلی رضایی\nتهران، خیابان دکتر فاطمی، پلاک ۱۲', 'academic')).toBe(false);
  });
});
