// @vitest-environment node
/**
 * fa38's Persian kinds (lib/rewrite/generic/kinds38.fa.ts and the Finglish turns beside it), read by kind: look-alikes of my
 * own across trades, registers, Arabic ي/ك and no-ZWNJ spellings, with the close contrasts that must stay quiet (the
 * customer's success after trouble, earnest thanks, "my bread", lost for words, an invitation to relax, a process's second
 * try, the agent's own first person).
 */
import { describe, expect, it } from 'vitest';
import { flagged29w as flagged } from '../../../scripts/fa-wrong29-matrix.ts';
import { readConstructionsFa } from '../../../lib/rewrite/generic/constructions.fa.ts';
import { flagKindTests } from './helpers.ts';

const KINDS38: Record<string, { flagged: string[]; quiet: string[] }> = {
  // Grudging praise of the customer's act, "at last": a reproach in thanks.
  'at-last-praise': {
    flagged: [
      'خوبه بالاخره فیش واریزی رو فرستادی، حالا ثبتش می‌کنیم.',
      'خوب شد آخرش فرم رو امضا کردین.',
      'سپاسگزاریم که سرانجام مدارک تکمیلی را بارگذاری فرمودید.',
      'خوبه حداقل این بار شماره پلاک رو درست نوشتین 🙃',
      'متشکریم که بالاخره قسط معوق را پرداخت کردید.',
      'خوبه بالاخره جواب دادي، كارت آماده‌ست.',
    ],
    quiet: [
      'خوب شد بالاخره مشکل اتصال حل شد.',
      'خوب شد بالاخره تونستید وارد حسابتون بشید.',
      'خوبه که بالاخره رسیدید، کلید دست نگهبانه.',
      'سپاسگزاریم که بالاخره به ما اعتماد کردید.',
      'ممنونیم که سفارش دادید.',
      'اگه خوب شد بالاخره فاکتور رو فرستادین، خبر بدین.',
      'خوب شد بالاخره موفق شدید کارت رو فعال کنید.',
    ],
  },
  // Dialect "I don't know" (Kermani, Khorasani) where the customer asked a question.
  'dialect-dont-know': {
    flagged: [
      'نانم والا تکنسین کی میاد.',
      'نیدونم کاکو چرا پیامک نیومده.',
      'والا نانم بیمه‌نامه‌ت کی صادر میشه.',
      'نانم جان، هنوز از انبار جواب نیومده.',
    ],
    quiet: [
      'نانم تموم شد، یه نون دیگه بخر.',
      'نانم را خوردم و رفتم سر کار.',
      'نیدونم چی بگم، خیلی شرمنده‌ام.',
      'نانم؟',
    ],
  },
  // The customer told to relax, «ریلکس» heading the sentence with an address word or «کن / کنید».
  'relax': {
    flagged: [
      'ریلکس داداش، قبض که چیزی نیست، فردا صادر میشه.',
      'ریلکس کنید، این خط و خش با پولیش میره.',
      'ریلکس کن بابا، تمدیدش دو دقیقه کاره.',
    ],
    quiet: [
      'ریلکس کنید و از سفرتون لذت ببرید.',
      'اینجا ریلکس کنید تا نوبتتون بشه.',
      'ریلکس‌ترین اتاق ما طبقه سومه.',
    ],
  },
  // Counting the times, or the same question back: said again with a sigh.
  'said-again': {
    flagged: [
      'برای بار پنجم 😑 فاکتور رو از پنل دانلود کنید.',
      'برای دهمین بار، لطفاً کد ملی رو کامل بفرستید.',
      'دوباره مُگُم، بیمه شامل شیشه نمِشه.',
      'باز هم همون سوال؟ جوابش تو پیام قبلیه.',
    ],
    quiet: [
      'برای بار دوم رمز رو وارد کنید.',
      'برای بار سوم از این دستگاه لذت می‌برم.',
      'برای بار سوم بسته رو ارسال کردیم و این بار با پیک.',
      'دوباره همون سوال پیش اومد؟',
      'مُگُم که بدونی، فردا تعطیلیم.',
    ],
  },
  // The same kinds typed in Latin letters.
  'finglish': {
    flagged: ['relax konid, in faghat ye update sadast', 'relax baba, fardam mishe', 'mersi ke baraye 4omin bar zang zadin', 'hich idea-i nadaram key miad'],
    quiet: ['relax konid va az safar lezat bebarid'],
  },
};

describe('Persian kinds 38: look-alikes flagged, contrasts quiet', () => {
  flagKindTests(KINDS38, flagged);
});

describe('Persian kinds 38: what the readers say', () => {
  const read = (t: string, construction: string) => {
    const hit = readConstructionsFa(t).find((h) => h.construction === construction);
    return hit && t.slice(hit.start, hit.end);
  };
  it('reads grudging praise as sarcasm up to the customer\u2019s verb', () => {
    expect(read('خوبه بالاخره فیش واریزی رو فرستادی، حالا ثبتش می‌کنیم.', 'sarcasm')).toBe('خوبه بالاخره فیش واریزی رو فرستادی');
  });
  it('reads the dialect «I don\u2019t know» with its «والا»', () => {
    expect(read('نانم والا تکنسین کی میاد.', 'not-knowing')).toBe('نانم والا');
  });
  it('reads «ریلکس» over the word, «ریلکس کنید» over both', () => {
    expect(read('ریلکس داداش، قبض که چیزی نیست.', 'calm-down')).toBe('ریلکس');
    expect(read('ریلکس کنید، این خط و خش با پولیش میره.', 'calm-down')).toBe('ریلکس کنید');
  });
  it('reads the count of times over «برای بار …» alone', () => {
    expect(read('برای بار پنجم 😑 فاکتور رو از پنل دانلود کنید.', 'repeating-myself')).toBe('برای بار پنجم');
  });
});
