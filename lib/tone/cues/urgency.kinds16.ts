/**
 * Urgency, the sixteenth session's guard (issue 13), read off late10 and late11 (two Persian writers): a formal
 * complaint after a long wait whose only hurry is "as soon as possible" («انتظار می‌رود هرچه زودتر تکلیف دستگاه روشن
 * گردد» after «پس از گذشت یک ماه»; «خواهشمند است … هرچه سریع‌تر تعیین تکلیف گردد» after «سه ماه است که …»). The
 * writers label it frustrated, not urgent: a wait of weeks or months with no deadline, loss or danger now is no time
 * pressure, and "ASAP" there is the complaint's demand. Over the development splits every Persian «در اسرع وقت» /
 * «هرچه سریع‌تر» beside a deadline, an outage, a theft or a flight stays urgent (its other evidence keeps the cue);
 * only a message whose whole evidence is the hurry word, and that tells a wait of a month or weeks, is quiet.
 * Persian only: no English message of the splits has this shape.
 */
import { type CueContext, MOD } from '../cue.ts';
import type { LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';

/**
 * No hurry with a word between "no" and "hurry" (read off late13 and fresh4): "so there is no immediate hurry", "no
 * particular rush", "no great urgency". The softener list has "no hurry" and "no rush" only, so "immediate" and
 * "hurry" read as time pressure. A softener like the others (the score is cut, the deadline beside it stays weak).
 */
const NO = ['immediate', 'particular', 'great', 'real', 'big', 'huge', 'massive', 'desperate', 'pressing'];
export const urgencyKinds16Lexicon: LexiconPart = {
  [MOD.softener]: Object.fromEntries(NO.flatMap((a) => ['hurry', 'rush', 'urgency'].map((n) => [`no ${a} ${n}`, 1]))),
  // «مهلت ثبت تا پس‌فردا است»: the day after tomorrow written with its ZWNJ is one word, so a deadline after «تا» /
  // «مهلت» did not see the day that «تا پس فردا» (two words, «فردا» among the days) already shows (late11; calm15 and
  // late7 write it the same way). The same weight as «فردا».
  'urgency.when': { 'پسفردا': 0.9, 'پسفرداست': 0.9 },
};

const HURRY_FA = /^(?:هر\s?چه|هرچه)\s*(?:سریع|زود)[\u200c\s]?تر$|^در\s+اسرع\s+وقت$|^(?:سریع|زود)[\u200c\s]?تر$/;
const DIGIT = '[\\d\\u06f0-\\u06f9]+';
const COUNT_FA = `(?:${DIGIT}|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند)`;
/** A wait told in weeks or months: «سه ماه است که», «پس از گذشت یک ماه», «بیش از دو هفته», «دو ماهه». */
const LONG_WAIT_FA = new RegExp(`${COUNT_FA}\\s*(?:ماه|هفته)(?:\\s*(?:است|هست|ه\\b)|ه(?=\\s)|\\s+(?:گذشته\\s+)?(?:منتظر|انتظار))|(?:پس\\s+از|بعد\\s+از|بیش\\s+از|از)\\s+(?:گذشت\\s+)?${COUNT_FA}\\s*(?:ماه|هفته)`);

/** Whether the urgency evidence is only "as soon as possible" after a wait of weeks or months (Persian). */
export function staleHurryFa(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!ctx.fa || evidence.length === 0) return false;
  if (!evidence.every((e) => HURRY_FA.test(e.text.replace(/[\u064a\u0649]/g, '\u06cc').trim()))) return false;
  return LONG_WAIT_FA.test(ctx.doc.text.replace(/[\u064a\u0649]/g, '\u06cc'));
}
