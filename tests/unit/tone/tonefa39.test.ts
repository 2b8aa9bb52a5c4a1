// @vitest-environment node
/**
 * The thirty-ninth session's look-alike guards (tonefa39), sentences written for this test (no eval split): each kind with a
 * look-alike that no longer shows the cue and a true case of the same shape that still shows it, with words that carry it.
 * - lib/tone/cues/frustration.fa39.ts: a lawyer's trade, «وکیل» of a place, a feeling at a third party (Persian frustration);
 * - lib/tone/cues/urgency.39.ts: a promised time frame told back, «ظرف N ساعت» of a formal letter, "emergency" naming a thing,
 *   a shop's routine fault, a place told of the past (urgency). Every look-alike here shows the cue with the guards off.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

const shows = (t: string, kind: string) => readCustomerTone(t).cues.some((c) => c.kind === kind);
const evidence = (t: string, kind: string) => readCustomerTone(t).cues.filter((c) => c.kind === kind).flatMap((c) => c.evidence.map((e) => e.text));

interface Row { kind: string; quiet: string; fires: string; ev: string[] }

const FRUSTRATION_FA: Row[] = [
  {
    kind: 'legalTrade',
    quiet: 'احتراماً، به استناد وکالت‌نامه پیوست، خواهشمند است گردش حساب موکل اینجانب را ارائه فرمایید. همچنین اعلام فرمایید آیا امکان دریافت آن از طریق اپلیکیشن برای وکیل وجود دارد یا مراجعه حضوری الزامی است.',
    fires: 'با سلام\nاحتراماً، موکل اینجانب سه ماه است منتظر پاسخ شماست و این بی‌توجهی به هیچ وجه قابل قبول نیست. در صورت عدم پاسخ از طریق مراجع قضایی اقدام خواهد شد.\nم. کریمی، وکیل دادگستری',
    ev: ['قابل قبول نیست'],
  },
  {
    kind: 'legalTrade (a police report of the file; the customer\'s own lawyer is no trade)',
    quiet: 'احتراماً، گزارش پلیس فتا در خصوص سرقت کارت موکل اینجانب پیوست است. خواهشمند است کارت مسدود شود.',
    fires: 'اگه تا فردا پولمو برنگردونید وکیلم ازتون شکایت می‌کنه.',
    ev: ['شکایت'],
  },
  {
    kind: 'placeName',
    quiet: 'سلام، دفتر ما بلوار وکیل آباد است. کی می‌تونید برای نصب بیاید؟',
    fires: 'سلام، سه بار زنگ زدم کسی نیومد. کارم رو میدم دست وکیل، دیگه واقعاً خسته شدم.',
    ev: ['خسته شدم'],
  },
  {
    kind: 'thirdPartyBlamed',
    quiet: 'سلام. همسایه‌مون بسته رو تحویل گرفته و حالا میگه نگرفته و واقعا اعصابمو خورد کرده 😤 عکس تحویل رو برام می‌فرستید؟',
    fires: 'سلام. پیکتون بسته رو دم در ول کرده و رفته، واقعاً اعصابم خورده 😤 این چه وضعشه؟',
    ev: ['اعصابم خورده'],
  },
];

const URGENT: Row[] = [
  {
    kind: 'promisedFrame (English)',
    quiet: "Day 6 of 'your engineer will call within 24 hours'. Wonderful.",
    fires: 'Water is pouring through the ceiling onto the fuse box. Please get an engineer here within 2 hours.',
    ev: ['within 2 hours'],
  },
  {
    kind: 'promisedFrame (Persian)',
    quiet: 'با سلام\nدر تماس تلفنی، همکار شما تعهد نمودند که وجه ظرف ۷۲ ساعت مسترد گردد. اکنون دو هفته گذشته و خبری نشده است.',
    fires: 'سلام، آب از سقف روی کنتور برق میریزه! لطفاً ظرف دو ساعت یکی رو بفرستید.',
    ev: ['ظرف دو ساعت'],
  },
  {
    kind: 'formalFrameFa',
    quiet: 'با سلام\nاحتراماً، فاکتور سفارش شماره ۴۴۱۰ هنوز صادر نشده است. خواهشمند است ظرف ۴۸ ساعت نسبت به ارسال آن اقدام فرمایید.',
    fires: 'با سلام\nاحتراماً، حساب شرکت همین الان مورد برداشت غیرمجاز قرار گرفت. خواهشمند است فوراً نسبت به انسداد حساب اقدام فرمایید.',
    ev: ['فوراً'],
  },
  {
    kind: 'emergencyNamed',
    quiet: 'Hello, my payslip shows emergency tax this month. What does it mean and can I get it back?',
    fires: 'My dog ate rat poison and is at the emergency vet right now, they need to know if I am covered before they start.',
    ev: ['emergency'],
  },
  {
    kind: 'emergencyNamed (a title line)',
    quiet: "Hello,\n\nCould you send me a copy of last month's invoice for my records?\n\nDr. Sarah Okafor\nEmergency Medicine, City Hospital",
    fires: 'Hello,\n\nMy husband collapsed and I need the emergency number for the night nurse now.\n\nSarah',
    ev: ['collapsed'],
  },
  {
    kind: 'shopFaultFa',
    quiet: 'سلام. کارتخوان مغازه خرابه، روشن نمیشه. تکنسین میفرستین یا خودم بیارم نمایندگی؟',
    fires: 'سلام. کارتخوان مغازه خرابه و از صبح یه ریال فروش نداشتیم، کلی ضرر کردم. همین امروز یکی رو بفرستید.',
    ev: ['همین امروز'],
  },
  {
    kind: 'placeToldFa',
    quiet: 'سلام. کتاب آشپزی ساده دارین؟ سواد ما زیاد نیست. پولشِم دم در میدیم، میشه؟',
    fires: 'سلام، ماشینی که اجاره دادید همین الان وسط جاده خاموش شد و با دو تا بچه کوچیک موندیم. کمک کنید!',
    ev: ['همین الان'],
  },
];

describe('frustration.fa39: Persian look-alikes of frustration', () => {
  for (const r of FRUSTRATION_FA) {
    it(`${r.kind}: the look-alike is quiet`, () => expect(shows(r.quiet, 'frustrated')).toBe(false));
    it(`${r.kind}: the true case fires with its words`, () => {
      expect(shows(r.fires, 'frustrated')).toBe(true);
      expect(evidence(r.fires, 'frustrated').join(' | ')).toEqual(expect.stringContaining(r.ev[0]));
    });
  }
});

describe('urgency.39: look-alikes of pressure', () => {
  for (const r of URGENT) {
    it(`${r.kind}: the look-alike is quiet`, () => expect(shows(r.quiet, 'urgent')).toBe(false));
    it(`${r.kind}: the true case fires with its words`, () => {
      expect(shows(r.fires, 'urgent')).toBe(true);
      const ev = evidence(r.fires, 'urgent');
      expect(ev.join(' | ')).toEqual(expect.stringContaining(r.ev[0]));
      // Evidence is the words that carry the cue, never a courtesy or a pronoun alone.
      for (const e of ev) expect(/^(?:thanks|thank you|you|please|ممنون|لطفاً|شما)$/i.test(e.trim())).toBe(false);
    });
  }
});
