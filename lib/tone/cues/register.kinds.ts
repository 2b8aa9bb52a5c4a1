/**
 * Register, more kinds (eleventh session, read off the fresh writers' splits by family, not by sentence).
 * Each kind is data: its words, its weight and its own examples (written for this file; the register
 * test runs them). Categories are the register module's own, so the learnt politeness and frustration
 * models (which read the shared `slang` sum) see nothing new.
 *
 * - `register.casual`: words that say the writer is chatting (weight = how casual on its own; 0.8 or
 *   more is enough alone, less needs a second sign): greetings of friends ("heya", "hiya", "yo"),
 *   texting forms ("quick q", "tmrw", "ngl"), interjections ("haha", "gosh", "sooo"), British chat
 *   ("cheers for", "ta", "mate", "taking the mick"). Emoji are read apart (register.ts): every emoji
 *   a customer types reads casual, in both languages.
 * - `register.official`: Persian officialese, the letter register of offices («می‌باشد», «نموده»،
 *   «گردیده», «خواهشمند است», «احتراماً», «اینجانب», «به استحضار»). Plain written standard Persian
 *   («است», «را», «می‌شود», «کنید») is neither formal nor casual: a Persian message reads formal only
 *   with one of these (or a formal closing line such as «با احترام»).
 */
import type { LexiconPart } from '../tokens.ts';

export const CASUAL = 'register.casual';
export const OFFICIAL = 'register.official';
/** Greetings of friends: they count towards casual but are never shown as evidence (a greeting carries no cue). */
export const CASUAL_GREETING = 'register.casual.greeting';

/** A casual word of this weight is enough on its own. */
export const CASUAL_ALONE = 0.8;

export interface RegisterKind {
  name: string;
  category: typeof CASUAL | typeof CASUAL_GREETING | typeof OFFICIAL;
  words: Readonly<Record<string, number>>;
  /** Messages of the kind: the cue fires (casual, or formal for officialese). */
  fires: readonly string[];
  /** Near misses that stay quiet. */
  quiet: readonly string[];
}

export const REGISTER_KINDS: readonly RegisterKind[] = [
  {
    name: 'greeting of friends',
    category: CASUAL_GREETING,
    words: { heya: 0.9, 'heyy*': 0.9, hiya: 0.9, howdy: 0.9, yo: 0.9, hey: 0.3 },
    // Shown with a second sign only (a greeting is never the evidence): "me again", an emoji, "cheers".
    fires: ['heya, me again about the blue kettle', 'Heyyy, the app logged me out again. cheers', 'Hiya, is the pool open on Sundays? 🙂'],
    quiet: ['Hi there, could you tell me the opening hours?', 'Good morning, is the pool open on Sundays?'],
  },
  {
    name: 'texting forms',
    category: CASUAL,
    words: { 'quick q': 0.9, tmrw: 0.9, tmr: 0.9, tmw: 0.9, abt: 0.9, ngl: 0.9, rn: 0.5, fr: 0.5, bday: 0.8, 'hols': 0.5, 'def': 0.3, convo: 0.8, mins: 0.3, sec: 0.3 },
    fires: ['quick q - is the shop open tmrw?', 'ngl the new app is so much better', 'can I move my booking to tmrw morning'],
    quiet: ['Is the shop open tomorrow?', 'The delivery took 40 minutes.'],
  },
  {
    name: 'interjections',
    category: CASUAL,
    words: { 'haha*': 0.9, hehe: 0.9, gosh: 0.9, 'sooo*': 0.9, oops: 0.6, whoops: 0.8, yay: 0.9, woohoo: 0.9, meh: 0.8, ugh: 0.5 },
    fires: ['haha my dog chewed the cable, can I order a new one?', 'sooo the parcel went to my neighbour again', 'Gosh, the app actually works now'],
    quiet: ['The parcel went to my neighbour. Could you check the address?'],
  },
  {
    name: 'British chat',
    category: CASUAL,
    words: { 'cheers for': 0.9, 'cheers mate': 1, mate: 0.6, ta: 0.8, 'taking the mick': 0.9, 'taking the piss': 0.9, 'not fussed': 0.8, 'no biggie': 0.9, 'ping me': 0.8, 'bumping this': 0.4, 'when you get a sec': 0.9, 'give me a shout': 0.8, cheers: 0.3, 'me again': 0.3 },
    fires: ['Cheers for sorting the refund so fast', 'Any chance of a window seat? Ta!', 'Not fussed which colour, just need it by Friday'],
    quiet: ['Thank you for sorting the refund so quickly.', 'No worries if not, just asking about the colours.'],
  },
  {
    // Written Persian raised above the plain standard: a letter's opening «با سلام», the humble «بنده», «نیز», «می‌توان»,
    // «سپاسگزارم», «مربوطه», «ضمن», «عدم», «چه میزان», literary «نخستین», «ناگزیرم», «قدری», «منطبق», «جای تأسف».
    name: 'elevated written Persian',
    category: OFFICIAL,
    words: {
      'با سلام': 1, 'عرض سلام': 1, 'بنده': 1, 'نیز': 1, 'میتوان': 1, 'نمیتوان': 1, 'نمود': 1, 'سپاسگزارم': 1, 'سپاسگزار': 1, 'مربوطه': 1, 'ضمن': 1, 'عدم': 1,
      'چه میزان': 1, 'نخستین': 1, 'ناگزیر*': 1, 'قدری': 1, 'منطبق': 1, 'جای تاسف': 1, 'جای تعجب': 1, 'میفرمایید': 1, 'میفرمائید': 1, 'مشارالیه': 1, 'تقاضا دارم': 1,
      // The humble verb of speaking and the set phrases of a letter: «عرض کنم», «با کمال تأسف», «به اطلاع می‌رساند», «علی‌رغم», «مبنی بر».
      'عرض': 1, 'با کمال': 1, 'با نهایت': 1, 'بسی': 1, 'با احترام': 1, 'میرساند': 1, 'ناچار به': 1, 'خواهشمندیم': 1, 'ارجاع': 1, 'عودت': 1, 'علیرغم': 1,
      'علی رغم': 1, 'مبنی بر': 1, 'در خصوص': 1, 'طرح شکایت': 1,
      // Written forms whose everyday spoken twins are other words: «تاکنون» (تا حالا), «بگویم» (بگم). Not «چگونه», «دهید»:
      // plain written questions and requests use them too.
      'تاکنون': 1, 'بگویم': 1,
    },
    // Two everyday elevated words are plain writing; three, or one word of a letter («آن شرکت»), are a letter (register.kinds19.ts).
    fires: ['با سلام، ضمن تشکر، آیا امکان تمدید قرارداد نیز وجود دارد؟', 'بنده از رسیدگی سریع همکاران محترم آن شرکت سپاسگزارم.'],
    quiet: ['سلام. پرواز من فردا صبح است و هنوز بلیطم صادر نشده!', 'گوشی من سامسونگ است و نسخه برنامه هم به‌روز است.', 'با سلام، آیا امکان تمدید قرارداد نیز وجود دارد؟'],
  },
  {
    name: 'Persian officialese',
    category: OFFICIAL,
    words: {
      'میباشد': 1, 'میباشند': 1, 'نمیباشد': 1, 'نموده': 1, 'نمودم': 1, 'نمودیم': 1, 'نمودند': 1, 'نمودهام': 1, 'نموده ام': 1, 'نماید': 1, 'نمایند': 1, 'نمایید': 1, 'نمائید': 1,
      'گردیده': 1, 'نگردیده': 1, 'گردید': 1, 'گردد': 1, 'میگردد': 1, 'نمیگردد': 1,
      'خواهشمند است': 1, 'خواهشمندم': 1, 'احتراما': 1, 'با سلام و احترام': 1, 'با عرض سلام': 1, 'اینجانب': 1, 'به استحضار': 1, 'استحضار': 1, 'مستدعی': 1,
      'فرمایید': 1, 'بفرمایید': 0.5, 'عنایت': 1, 'مساعدت': 1, 'بدینوسیله': 1, 'مکاتبه': 1, 'مکاتبات': 1, 'پیرو مکاتبات': 1, 'پیرو نامه': 1, 'مقتضی': 1, 'مبذول': 1,
      'در اسرع وقت': 1, 'جناب آقای': 1, 'سرکار خانم': 1, 'آن واحد': 1, 'آن شرکت': 1, 'آن مجموعه': 1, 'آن مؤسسه': 1, 'به پیوست': 1, 'مورخ': 1, 'لذا': 1, 'ارادتمند': 1, 'عطف به': 1,
    },
    fires: ['با سلام و احترام\nخواهشمند است نسبت به صدور صورتحساب اقدام فرمایید.', 'احتراماً، درخواست اینجانب تاکنون بررسی نگردیده است.'],
    quiet: ['سلام. فاکتور سفارش من هنوز صادر نشده است. لطفاً بررسی کنید.', 'برنامه روی گوشی من باز نمی‌شود. راه حل چیست؟'],
  },
];

/** The kinds as one lexicon part for the matcher. */
export const registerKindsLexicon: LexiconPart = (() => {
  const out: Record<string, Record<string, number>> = {};
  for (const k of REGISTER_KINDS) Object.assign((out[k.category] ??= {}), k.words);
  return out;
})();
