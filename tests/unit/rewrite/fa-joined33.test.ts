// @vitest-environment node
/**
 * lang33: Persian drafts typed without the space between two words are read through the language layer's cut
 * (lib/nlp/fa.joined.ts): a joined refusal, not-knowing, command, blame or impersonal refusal is flagged on the joined
 * word as its spaced version is; joined neutrals, reassurances and look-alikes (names, brands, compound verbs, a verb
 * with its clitic) stay silent. Sentences of our own, several trades; none from an evaluation split.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { loadLearntModels } from '../../../lib/rewrite/engine.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

/** [sentence, a written word the flag must cover]. */
const FLAG: Array<[string, string]> = [
  // refusals (online shop, accounting, insurance, clinic)
  ['متاسفانهامکانش نیست سفارش رو امروز بفرستیم', 'نیست'],
  ['نمیتونمبراتون فاکتور جدید صادر کنم', 'نمیتونمبراتون'],
  ['نمیشهبراتون بیمه رو تمدید کرد', 'نمیشهبراتون'],
  ['ما تلفنیثبتنمیکنیم، باید حضوری بیاید', 'تلفنیثبتنمیکنیم'],
  ['نمی تونمبراتون کارت جدید صادر کنم', 'تونمبراتون'],
  ['متاسفانهنمیتونیم نوبت دندانپزشکی رو جابجا کنیم', 'متاسفانهنمیتونیم'],
  // not knowing (airline, courier)
  ['ما اطلاعینداریم که پرواز کی راه میفته', 'اطلاعینداریم'],
  ['اصلانمیدونم بسته کجاست', 'نمیدونم'],
  // commands (bank, car rental)
  ['شما بایدبرید شعبه و حضوری پیگیری کنید', 'بایدبرید'],
  ['حتماباید کارت ملی همراهتون باشه', 'حتماباید'],
  // bad news said with «متاسفانه» glued to the next word (school)
  ['متاسفانهظرفیت کلاس شنا پر شده', 'متاسفانهظرفیت'],
  // with Arabic yeh and kaf
  ['متاسفانهامكانش نيست سفارش رو امروز بفرستيم', 'نيست'],
];

const SILENT: string[] = [
  // joined neutrals and reassurances
  'پولینمیخواد، تعمیرش رایگانه',
  'هیچ مشکلینداره، فردا میرسه دستتون',
  'میتونیمبراتون ارسال رایگان بذاریم',
  'خوشبختانهمشکل حل شد و کارتتون فعاله',
  'لطفاًفرم رو امضا کنید و برگردونید، ممنون',
  // names, brands, compounds and nouns that hold a short verb form
  'آقای آقامیری سفارشتون ارسال شد',
  'فروشگاه پارسنگین امروز تا ساعت ده بازه',
  'کارمندانی که شیفت شب دارن فردا مرخصن',
  'برنده قرعه‌کشی فردا اعلام میشه',
  'شوینده‌ها تو قفسه سوم هستن',
  'صدای فن درنمیاد دیگه، درست شد',
  'مسافران ساعت پنج بازمیگردند',
  'فاکتورها رو تو پنل میبینیدشون',
  'کد ABC123 فعال شد و www.example.com هم بازه',
];

beforeAll(async () => {
  await loadLearntModels();
});

const show = (s: string) => suggestRewrites(s, builtinPacks, { generic: true }).map((x) => `${x.ruleId}: ${s.slice(x.flagged.start, x.flagged.end)}`);

describe('lang33: joined refusals, not-knowing and commands are flagged', () => {
  for (const [s, word] of FLAG) {
    it(s, () => {
      const at = s.indexOf(word);
      const sg = suggestRewrites(s, builtinPacks, { generic: true });
      expect(
        sg.some((x) => x.flagged.start < at + word.length && at < x.flagged.end),
        show(s).join('\n'),
      ).toBe(true);
    });
  }
});

describe('lang33: joined neutrals and look-alikes stay silent', () => {
  for (const s of SILENT) it(s, () => expect(show(s)).toEqual([]));
});
