/**
 * Modifiers every cue reads (see weigh() in cue.ts): intensifiers raise the word after them,
 * hedges lower it, softeners ("but it's fine", «مهم نیست») lower the whole message's feeling.
 */
import type { LexiconPart } from './tokens.ts';
import { MOD } from './cue.ts';

export const modifiersEn: LexiconPart = {
  [MOD.intensifier]: {
    really: 1, very: 1, so: 1, extremely: 1, incredibly: 1, totally: 1, absolutely: 1, completely: 1, utterly: 1,
    deeply: 1, truly: 1, seriously: 1, beyond: 1, super: 1, 'so very': 1, 'really really': 1, damn: 1, bloody: 1, fucking: 1,
    freaking: 1, 'at all': 1, highly: 1, thoroughly: 1, quite: 1,
  },
  [MOD.hedge]: {
    'a bit': 1, 'a little': 1, 'a little bit': 1, slightly: 1, 'kind of': 1, 'sort of': 1, kinda: 1, somewhat: 1, 'a tad': 1,
    'a touch': 1, mildly: 1, 'not very': 1, 'not too': 1, 'bit of': 1,
  },
  [MOD.softener]: {
    "it's fine": 1, 'its fine': 1, 'otherwise fine': 1, 'no big deal': 1, 'not a big deal': 1, 'no worries': 1, 'no rush': 1,
    'no hurry': 1, "don't mind": 1, 'dont mind': 1, 'not urgent': 1, 'no need to hurry': 1, 'no need to rush': 1, "don't rush": 1, 'dont rush': 1, "it's ok": 1, "that's ok": 1, 'not a problem': 1,
  },
};

export const modifiersFa: LexiconPart = {
  [MOD.intensifier]: {
    'واقعا': 1, 'خیلی': 1, 'بسیار': 1, 'به شدت': 1, 'شدیدا': 1, 'کاملا': 1, 'اصلا': 1, 'دیگه واقعا': 1, 'بی نهایت': 1,
    'فوق العاده': 1, 'حسابی': 1, 'جدا': 1, 'واقعن': 1,
  },
  [MOD.hedge]: {
    'یه کم': 1, 'یکم': 1, 'کمی': 1, 'یک کم': 1, 'یه خرده': 1, 'یک مقدار': 1, 'یه مقدار': 1, 'تا حدی': 1, 'نسبتا': 1, 'یه ذره': 1,
  },
  [MOD.softener]: {
    'مشکلی نیست': 1, 'مهم نیست': 1, 'اشکالی نداره': 1, 'اشکال نداره': 1, 'عجله ای نیست': 1, 'فوری نیست': 1, 'عجله نکنید': 1, 'عجله نکنین': 1, 'اشکالی ندارد': 1,
  },
};
