/**
 * Register, the nineteenth session's Persian kinds (read off late18, late17, late15 and late13 by kind, built as a
 * family with look-alikes in scripts/tone-register-matrix19.ts). Persian formal is the letter register of offices,
 * not written standard Persian nor the polite speech of an elderly or courteous customer:
 *
 * - Letter style (formal): «احتراماً»، «خواهشمند است»، «اینجانب»، «می‌باشد»، «نموده»، «گردیده»، «به استحضار می‌رساند»،
 *   «مستدعی است»، «بدینوسیله»، «لذا»، «مقتضی»، «مبذول»، «مورخ»، «عطف به»، «پیرو نامه»، «به پیوست»، «آن شرکت»، and the
 *   opening «با سلام و احترام». One of them is a letter.
 * - Elevated but everyday (not formal on its own, nor two of them together): the opening «با سلام» over plain text, the
 *   closings «با تشکر»، «با سپاس»، «سپاس»، the courteous تعارف «بنده»، «بفرمایید»، «تشریف»، «عرض کنم»، «جناب آقای»,
 *   plain written words «عودت»، «پیرو تماس»، «تاکنون»، «در خصوص»، «عدم»، «ایشان»، «باید بگویم»، «با احترام بیشتری» inside a
 *   sentence. Three distinct ones together are a letter after all (a writer who piles up elevated words writes one).
 * - «با احترام» counts as a closing only on a line of its own; inside a sentence it is plain speech.
 */
import type { CueContext } from '../cue.ts';
import type { Hit } from '../tokens.ts';
import { OFFICIAL } from './register.kinds.ts';
import type { LetterReading } from './register.kinds15.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const LETTER_FORMULA = /respected|thanking|needful|kind\s+(?:notice|attention|information)|this\s+is\s+to/i;

/** Letter style: one of these words (spaces and ZWNJ removed, tanwin dropped) makes a Persian message a letter. */
export const LETTER_FA = new Set([
  'احتراما', 'باسلامواحترام', 'باعرضسلام', 'باعرضسلاموادب', 'خواهشمنداست', 'خواهشمندم', 'خواهشمندیم', 'مستدعیاست', 'مستدعی', 'اینجانب',
  'میباشد', 'میباشند', 'نمیباشد', 'نموده', 'نمودم', 'نمودیم', 'نمودند', 'نمودهام', 'نماید', 'نمایند', 'نمایید', 'نمائید', 'نمود',
  'گردیده', 'نگردیده', 'گردید', 'گردد', 'میگردد', 'نمیگردد', 'بهاستحضار', 'استحضار', 'بدینوسیله', 'مقتضی', 'مبذول', 'لذا',
  'آنشرکت', 'آنمجموعه', 'آنواحد', 'آنمؤسسه', 'آنموسسه', 'بهپیوست', 'مورخ', 'پیرونامه', 'پیرومکاتبات', 'مکاتبه', 'مکاتبات', 'دراسرعوقت',
  'میرساند', 'فرمایید', 'فرمائید', 'عطفبه', 'مشارالیه', 'ارادتمند',
  // Literary set phrases of a letter: «با کمال تأسف / احترام», «با نهایت», «جای بسی تأسف», «جای تعجب», «منطبق», «ناگزیرم».
  'باکمال', 'بانهایت', 'بسی', 'جایتاسف', 'جایتأسف', 'جایتعجب', 'منطبق', 'ناگزیر', 'ناگزیرم', 'ناگزیریم', 'ناچاربه', 'قدری', 'نخستین',
  // The closing «با احترام» on a line of its own or before a comma (in a sentence it is plain speech: closingInSentence).
  'بااحترام',
]);

/** Distinct elevated words of everyday writing that together make a letter. */
export const ELEVATED_ENOUGH = 3;

const norm = (s: string) => s.replace(/[\u200c\s\u064b-\u065f]+/g, '').replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9');

const marker = (h: Hit) => h.category === OFFICIAL || (h.category === 'formality' && h.weight >= 0.8);

/** «با احترام» inside a sentence («با احترام بیشتری رفتار شود») is no closing. */
function closingInSentence(text: string, h: Hit, word: string): boolean {
  if (word !== 'بااحترام') return false;
  return /^[^\S\n]*[\u0621-\u064a\u067e-\u06d3A-Za-z]/.test(text.slice(h.end, h.end + 20));
}

/** The Persian letter markers of the latest words and of the closing and signature (normalised, distinct). */
export function letterWordsFa(ctx: CueContext): Set<string> {
  const words = new Set<string>();
  const add = (text: string, h: Hit) => {
    const w = norm(text.slice(h.start, h.end));
    if (!closingInSentence(text, h, w)) words.add(w);
  };
  for (const h of ctx.a.hits) if (marker(h)) add(ctx.a.text, h);
  for (const r of ctx.outer) for (const h of r.hits) if (marker(h)) add(r.doc.text, h);
  return words;
}

/** Whether the Persian message is a letter: one letter-style word, or ELEVATED_ENOUGH distinct elevated ones. */
export function letterFa(ctx: CueContext): boolean {
  const words = letterWordsFa(ctx);
  for (const w of words) if (LETTER_FA.has(w)) return true;
  return words.size >= ELEVATED_ENOUGH;
}

/**
 * English (read off late18 and late13, built in scripts/tone-register-matrix19.ts): "Dear <name or team> … Kind
 * regards" is the frame of every e-mail, not a letter: with no other letter family the writers label it neutral
 * ("Dear Mr Hollis, I have now emailed you four times … Regards, Priya"; "Dear Support, my exam software keeps
 * failing … Kind regards"). The frame is a letter when its body makes a formal request ("I would like to enquire /
 * request / reserve …", "on behalf of", "we would be grateful"). The Indian English letter is formal on its own:
 * "Respected Sir/Madam", "Thanking you" as the closing, "do the needful", "bring to your kind notice".
 */
const FORMAL_REQUEST_EN =
  /\bwould\s+(?:also\s+)?like\s+to\s+(?:enquire|inquire|request|reserve|arrange|apply|register|obtain|query)\b|\bon\s+behalf\s+of\b|\b(?:i|we)\s+(?:would|should)\s+be\s+(?:most\s+|very\s+|extremely\s+)?(?:grateful|obliged)\b|\bi\s+am\s+writing\b/i;
/** Enough on its own: the salutation "Respected Sir/Madam", the closing line "Thanking you". */
const INDIAN_ALONE_EN = /\brespected\s+(?:sir|madam|sirs)\b|(?:^|\n)[^\S\n]*thanking\s+you[^\S\n]*,?[^\S\n]*(?:\n|$)/gi;
/** A letter family of its own, formal with a second family ("Kindly do the needful" in a plain message is not). */
const INDIAN_FORMULA_EN = /\bdo\s+the\s+needful\b|\bto\s+your\s+kind\s+(?:notice|attention|information)\b|\bthis\s+is\s+to\s+(?:inform|bring|state|request)\b/gi;

/** The English letter reading with the e-mail frame and the Indian English letter read as above. */
export function letterEn19(ctx: CueContext, letter: LetterReading): LetterReading {
  if (letter.formal && letter.families.length === 2 && letter.families.includes('salutation') && letter.families.includes('regards')) {
    const whole = ctx.message.slice(ctx.offset);
    if (!FORMAL_REQUEST_EN.test(whole)) return { ...letter, formal: false };
  }
  if (letter.formal || !LETTER_FORMULA.test(ctx.message)) return letter;
  const evidence = [...letter.evidence];
  const found = (re: RegExp) => {
    let any = false;
    for (const m of ctx.message.slice(ctx.offset).matchAll(re)) {
      const lead = m[0].length - m[0].replace(/^\s+/, '').length;
      const trail = m[0].length - m[0].replace(/[\s,]+$/, '').length;
      evidence.push(ctx.ev({ start: ctx.offset + m.index + lead, end: ctx.offset + m.index + m[0].length - trail }, 'tone.why.letter', 0));
      any = true;
    }
    return any;
  };
  const alone = found(INDIAN_ALONE_EN);
  const formula = found(INDIAN_FORMULA_EN);
  const families = [...letter.families, ...(alone ? ['Indian English letter'] : []), ...(formula ? ['Indian English formula'] : [])];
  return alone || (formula && families.length >= 2) ? { formal: true, families, evidence } : letter;
}
