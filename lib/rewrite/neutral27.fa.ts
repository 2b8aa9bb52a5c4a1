/**
 * Persian neutrals of the twenty-seventh session (rwfa27), from late26's four flagged neutrals, each kind written out first
 * as a look-alike set of its own (scripts/fa-matrix27.ts FAMILIES27, «neutral27» families, with contrasts that stay
 * flagged). Read on the flag's own sentence, folded (faFold), one short slice per suggestion:
 *
 * - **our own past slip, apologised for** (`cant-wont`): «از اینکه … نتوانستم پاسخ کاملی ارائه دهم متأسفم», «ببخشید که
 *   نتونستم زودتر تماس بگیرم», «عذرخواهی می‌کنم که نتوانستم در زمان مقرر پاسخ دهم»: a first-person past «could not»
 *   inside an apology («از اینکه … متأسفم», «(متأسفم | ببخشید | …) که …»). The agent owns a failure already past; there is
 *   no refusal to soften, and «…، ولی می‌تونم ___» after it reads as an excuse. A present «نمی‌توانم» («متأسفم که
 *   نمی‌توانم درخواست شما را بپذیرم») is a refusal and stays;
 * - **eager to see** (`hedged-effort`): «دل تو دلم نیست ببینم لباس اندازه شده یا نه», «مشتاقم ببینم طرح رو می‌پسندید»,
 *   «کنجکاوم ببینم عکس‌ها چطور دراومده»: «ببینم» after the agent's eagerness is looking forward, not a hedge on an effort.
 *   The same apology read whole by the generic apology reader («از اینکه نتوانستیم تماس شما را پاسخ دهیم پوزش
 *   می‌طلبیم») names its failure: no reflex.
 *   «حالا ببینم میتونم کاری بکنم یا نه» stays.
 */
import { faFold as fold } from './guard.fa.text.ts';

const SENTENCE_END = /[.!?؟\n؛;]/;
const APOLOGY = '(?:متاسف(?:م|یم)|ببخشید|ببخشین|عذر\\s?(?:می\\s?)?خوا(?:م|هم|یم|هیم)|معذرت\\s?(?:می\\s?)?خوا(?:م|هم|یم|هیم)|شرمنده(?:م|ام|یم)?|عذرخواهی\\s?(?:می\\s?)?کن(?:م|یم)|پوزش\\s?(?:می\\s?)?(?:طلب|خواه)(?:م|یم))';
/** An apology then «که» and up to four words, ending where the flag starts. */
const APOLOGY_THAT = new RegExp(`(?:^|\\s)${APOLOGY}\\s+که\\s+(?:\\S+\\s+){0,4}$`);
/** «از اینکه» before the flag in its sentence, and an apology after it before the sentence ends. */
const FROM_THAT = /(?:^|\s)از\s?(?:اینکه|این\s+که)\s/;
const APOLOGY_AFTER = new RegExp(`(?:^|\\s)${APOLOGY}(?=\\s|$|[،,؛;.!])`);
/** A first-person past «could not», the whole flag's verb («نتوانستم», «نتونستیم», «نشد که» is left out: no person). */
const COULD_NOT_PAST_1 = /(?:^|\s)(?:نتوانست|نتونست)(?:م|یم)(?=\s|$|[،,])/;
const EAGER = /(?:دل\s?(?:تو|توی)\s?دلم\s?نیست|مشتاق(?:م|یم)|بی\s?صبرانه|کنجکاو(?:م|یم)|بی\s?تاب(?:م|یم)|لحظه\s?شماری)(?:\s?منتظر(?:م|یم))?\s*$/;

export function faNeutral27(draft: string, fs: number, fe: number, category: string, id: string): boolean {
  if (category === 'cant-wont' || id === 'apology-reflex') {
    const words = ` ${fold(draft.slice(fs, fe))} `;
    if (!COULD_NOT_PAST_1.test(words)) return false;
    // The generic apology reader flags the whole «از اینکه … نتوانستیم … پوزش می‌طلبیم»: an apology for a failure it names.
    if (id === 'apology-reflex') return FROM_THAT.test(words) && APOLOGY_AFTER.test(words);
    let a = fs;
    while (a > 0 && fs - a < 200 && !SENTENCE_END.test(draft[a - 1])) a--;
    let b = fe;
    while (b < draft.length && b - fe < 200 && !SENTENCE_END.test(draft[b])) b++;
    // The verb read on its own: the flag may run on past the apology.
    const head = fold(draft.slice(a, fs)).replace(/\s+/g, ' ');
    if (APOLOGY_THAT.test(head.endsWith(' ') ? head : `${head} `)) return true;
    if (FROM_THAT.test(` ${head}`) && APOLOGY_AFTER.test(fold(draft.slice(fs, b)))) return true;
    return false;
  }
  if (id === 'hedged-effort') {
    if (!/^ببینم/.test(fold(draft.slice(fs, fe)).trim())) return false;
    return EAGER.test(fold(draft.slice(Math.max(0, fs - 40), fs)).trim());
  }
  return false;
}
