/**
 * jargon33: jargon the rarity reading (./jargon32.ts) and the code slots (./jargon31.ts) miss on fresh writers, read by
 * kind. Each kind was named from late28-late32's jargon misses and taken only where it recurs in three of those splits or
 * more (lib/rewrite/README.md, "jargon33", has the table):
 *
 * 1. **A code in a sentence of Persian written in Latin letters** (Finglish: "otagh-e shoma DBL ba HB reserve shode",
 *    "MRZ-e passportetoon ta2id shod", "dar vaziat-e 221g gharar gerefte"): the English slots do not know Finglish's
 *    words, and a Persian reader never sees Latin script. A code no list of everyday acronyms holds (./jargon31.ts's
 *    unknownCode: never SMS, PIN, DHL, VIP …), letters only, anywhere in a Finglish sentence; any code after «vaziat /
 *    marhale» (the state the case is in). Never a code the customer types or picks ("code OFF20 ro vared konid").
 * 2. **An English code in a slot jargon31 does not know**: a code that applies or does not ("2WW doesn't apply"); a team
 *    named by a code that did something to the case ("flagged by T&S"); two initials joined by "&" used as the name of a
 *    thing of the case ("in the P&D bays", "the T&S review"; never Q&A, B&B, T&Cs … : jargon21's KNOWN_AMPERSAND).
 * 3. **A Persian back-office label named by its number** («پرونده‌ت هنوز فرم ۲ نخورده», «رو پرونده‌ت کد ۲۲ خورده», «فرم
 *    ت-۵ لازمه», «تو لاین ۲ مونده»): a code, a form or a line with a number of one to three digits (or a letter and a
 *    number, «ت-۵»), that the case got or did not get (a light verb after it), that is needed, or that the case sits in
 *    or goes by. Never a discount («کد ۵۰ درصدی»), a count of digits («کد ۶ رقمی»), a reference or an office's code of
 *    four digits or more («دفتر پیشخوان کد ۱۲۳۴»), a phone line or a speed («خط ۰۹۱۲», «خط ۱۶ مگه»), a form the customer
 *    fills in or numbered by «شماره».
 * Not taken (it cost trust): a word customers do not write after "needs / recommends" ("needs its soundpost reset")
 * also read "won't need a wetsuit", "can't recommend the rioja enough", "we need the signed inventory".
 *
 * Advice only, with the jargon strings that exist in English and Persian (EXPLAIN_JARGON's internal-jargon). Look-alikes and contrasts: tests/unit/rewrite/jargon33.test.ts.
 */
import { explainedAt } from './jargon.ts';
import { KNOWN_AMPERSAND } from './jargon21.en.ts';
import { quoted, unknownCode } from './jargon31.ts';
import type { GenericHit } from './types.ts';

/** A URL, an email address or a path around the word. */
function inLink(text: string, start: number, end: number): boolean {
  const left = text.slice(0, start).match(/\S*$/)?.[0] ?? '';
  const right = text.slice(end).match(/^\S*/)?.[0] ?? '';
  return /@|:\/\/|www\.|\.(?:com|org|net|ir|co|io)\b|[/\\=]/i.test(left + right);
}

const hit = (start: number, end: number, construction: string): GenericHit => ({ start, end, category: 'jargon', construction });

// 1. Finglish.
/** Persian words in Latin letters that English does not use (verbs, clitics, particles, everyday service words). */
const FINGLISH_WORD =
  /(?<![A-Za-z'-])(?:ast|hast|hastid|hastin|mishe|misheh|mishavad|mishan|shode|shodeh|shod|shodan|nashod|nashode|gerefte|gereft|kardim|kardam|kard|konid|konin|nakonid|nakonin|mide|midim|midam|midan|mikonim|mikonam|mikone|ro|ra|ba|va|ta|tu|too|dar|az|ke|ham|shoma|baraye|baratoon|baratun|hanooz|hanuz|alan|lotfan|salam|vali|sabt|sader|faal|ersal|hesab|vaziat|vaziate|baste|mersole|gharar|otagh|sefaresh|etoon|etun|khamush|tanzim|dasti|tamdid|ta2id|taeed|taiid|hamin|bayad|beshe|gushi|dige|chon|vase|vaseye|hatman)(?![A-Za-z'])/gi;
/** A Persian verb form in Latin letters: one must be there, not only particles. */
const FINGLISH_VERB = /(?<![A-Za-z'-])(?:ast|hast|hastid|hastin|mishe|misheh|mishavad|mishan|shode|shodeh|shod|nashod|nashode|gerefte|gereft|kardim|kardam|konid|konin|nakonid|nakonin|mide|midim|mikonim|mikonam)(?![A-Za-z'])/i;
/** A Latin token of a Finglish sentence, with a Persian ezafe or clitic after a hyphen ("MRZ-e", "hub-esh"). */
const FINGLISH_TOKEN = /(?<![A-Za-z0-9&_-])([A-Za-z0-9]+(?:[&/][A-Za-z0-9]+)*)(?:-(?:e|ye|esh|ash|etoon|etun|ro|ha))?(?![A-Za-z0-9&_])/dg;
/** Before a code: the state or stage the case is in («vaziat-e 221g»). */
const FINGLISH_STATE_BEFORE = /(?:vaziat|vaziyat|marhale|marhaleh)(?:-?y?e)?\s+$/i;
/** Before or after a code: the customer types, enters, picks, sends or reads it (a discount code, a model). */
const FINGLISH_CUSTOMER_BEFORE = /(?:code|kod|ramz|shomare|shomareh|takhfif|model|mdl)(?:-?e)?\s+$/i;
const FINGLISH_CUSTOMER_AFTER = /^[^.!?,]{0,24}?(?:vared|bezan|type|taip|entekhab|copy|kopi|befrest|ersal kon|scan|eskan)/i;

/** Whether the sentence is Persian in Latin letters: a Finglish verb and three Finglish words at least. */
export function finglishSentence(text: string): boolean {
  if (!FINGLISH_VERB.test(text)) return false;
  const seen = new Set<string>();
  for (const m of text.matchAll(FINGLISH_WORD)) seen.add(m[0].toLowerCase());
  return seen.size >= 3;
}

/** A code in a Finglish sentence (see the header). */
export function readFinglishCodes33(text: string): GenericHit[] {
  if (!/[A-Z0-9]/.test(text) || !finglishSentence(text)) return [];
  const out: GenericHit[] = [];
  for (const m of text.matchAll(FINGLISH_TOKEN)) {
    const code = m[1];
    const [start, end] = m.indices![1]!;
    const before = text.slice(0, start);
    const state = FINGLISH_STATE_BEFORE.test(before) && /[0-9]/.test(code) && /[A-Za-z]/.test(code);
    // Letters only away from a state word: a model or a product with digits ("PS5-e shoma") is the customer's own.
    if (!state && !(/^[A-Za-z&/]+$/.test(code) && isCode(code))) continue;
    if (FINGLISH_CUSTOMER_BEFORE.test(before) || FINGLISH_CUSTOMER_AFTER.test(text.slice(end))) continue;
    if (quoted(text, start) || inLink(text, start, end)) continue;
    out.push(hit(start, end, 'internal-jargon'));
  }
  return out;
}

// 2. English codes in slots jargon31 does not know.
/** Two or three initials joined by "&" that customers do not read every day ("T&S", "P&D"; not Q&A, B&B, T&Cs). */
export function ampersandCode(w: string): boolean {
  if (!/^[A-Z]{1,3}&[A-Z]{1,3}s?$/.test(w)) return false;
  const l = w.toLowerCase();
  return !KNOWN_AMPERSAND.has(l) && !KNOWN_AMPERSAND.has(l.replace(/s$/, ''));
}
/** A code: "&" initials by ampersandCode alone (jargon21's known list), any other by unknownCode. */
const isCode = (w: string): boolean => (w.includes('&') ? ampersandCode(w) : unknownCode(w));
const CODE = String.raw`([A-Z0-9][A-Za-z0-9]*(?:[&/-][A-Za-z0-9]+)*)`;
/** A code that applies or does not: "2WW doesn't apply", "the LPC no longer applies". */
const EN_CODE_APPLIES = new RegExp(String.raw`(?<![A-Za-z0-9&/-])${CODE}\s+(?:(?:doesn['’]?t|does not|won['’]?t|will not|wouldn['’]?t|no longer|also|still|now|only)\s+)?appl(?:y|ies)\b`, 'dg');
/** A team named by a code that did something to the case: "flagged by T&S", "held by AML", "picked up by the ROC team". */
const EN_CODE_BY = new RegExp(
  String.raw`\b(?:flagged|reviewed|blocked|held|checked|rejected|declined|removed|suspended|restricted|actioned|investigated|assessed|locked|frozen|paused|stopped|queried|picked up|pulled)\s+(?:up\s+)?by\s+(?:the\s+|our\s+)?${CODE}(?![A-Za-z0-9&])`,
  'dg',
);
/** "&" initials as a thing of the case after a determiner: "the F&B min spend", "in the P&D bays". */
const EN_AMP_THING = /\b(?:the|your|our|its|their|a|an)\s+([A-Z]{1,3}&[A-Z]{1,3}s?)\s+(?=[a-z])/dg;
/** After the code: what the customer does with it, or a label they read. */
const EN_CUSTOMER_AFTER = /^\s*(?:code|button|key|tab|option|menu|app|website|site|page|store|shop|brand|at checkout|when you)\b/i;
const EN_CUSTOMER_BEFORE = /\b(?:enter|type|use|select|choose|pick|press|tap|click|quote|code|promo|voucher|coupon|reference|ref|number|no\.?)\s*[:#]?\s*$/i;

const EN_CODE_SLOTS = [EN_CODE_APPLIES, EN_CODE_BY, EN_AMP_THING];
const EN_CODE_ANCHORS = [/appl(?:y|ies)\b/, /\bby\s/, /&/];

/** English: a code that applies, a team by its code, "&" initials as a thing of the case (see the header). */
export function readCodeSlots33En(text: string): GenericHit[] {
  if (!/[A-Z0-9][A-Za-z0-9]*[A-Z]|&/.test(text)) return [];
  const out: GenericHit[] = [];
  const seen = new Set<number>();
  for (let r = 0; r < EN_CODE_SLOTS.length; r++) {
    // Each slot's anchor word first: one cheap test spares the sentence its slot's regex.
    if (!EN_CODE_ANCHORS[r].test(text)) continue;
    const re = EN_CODE_SLOTS[r];
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const code = m[1];
      const [start, end] = m.indices![1]!;
      if (seen.has(start) || !isCode(code)) continue;
      if (quoted(text, start) || inLink(text, start, end) || explainedAt(text, start, end)) continue;
      if (EN_CUSTOMER_AFTER.test(text.slice(end)) || EN_CUSTOMER_BEFORE.test(text.slice(0, start))) continue;
      seen.add(start);
      out.push(hit(start, end, 'internal-jargon'));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// 3. Persian labels named by a number.
const FA = '\u0600-\u06FF';
const FA_LETTER = '\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0';
/** A number of one to three digits (Persian or Latin), or a Persian letter and a number («ت-۵», «ب۲»). */
const FA_NUM = `(?:[${FA_LETTER}][-‐–]?)?[0-9۰-۹]{1,3}(?![0-9۰-۹.,/:٫٬])`;
/** The label got or did not get: «کد ۲۲ خورده», «فرم ۲ نخورده», «کد ۱۲ نخورده است». */
const FA_NUM_GOT = new RegExp(`(?<![${FA}\\u200c])((?:[کك]د|فرم|برگه|برگ)[\\s\\u200c]*${FA_NUM})\\s+(?:هنوز\\s+)?(?:ن?خورده|ن?خورد|ن?می[\\u200c ]?خوره|ن?گرفته|ن?زده)(?![${FA_LETTER}\\u200c])`, 'dg');
/** The form that is needed: «فرم ۲۰۵ از ناظر … لازم است», «فرم ت-۵ لازمه». */
const FA_NUM_NEEDED = new RegExp(`(?<![${FA}\\u200c])((?:فرم|برگه|برگ)[\\s\\u200c]*${FA_NUM})(?=[^.!؟?\\n]{0,40}?(?:لازم|نیاز|الزامی|ضروری))`, 'dg');
/** The line the case sits in or goes by: «تو لاین ۲ مونده», «با لاین ۳ میره». */
const FA_NUM_LINE = new RegExp(`(?<![${FA}\\u200c])(?:تو|توی|در|با|به|از)\\s+((?:لاین|لاين)[\\s\\u200c]*${FA_NUM})`, 'dg');
/** After the label: a discount, a count of digits, a size («درصدی», «رقمی», «هزار تومنی», «مگ»). */
const FA_NUM_NOT_LABEL = /^\s*(?:درصد|رقم|هزار|تومن|تومان|ریال|مگ|گیگ|ساعت|روز|دقیقه)/;

/** Persian: a back-office label named by its number (see the header). */
export function readJargon33Fa(text: string): GenericHit[] {
  if (!/[0-9۰-۹]/.test(text) || !new RegExp(`[${FA}]`).test(text)) return [];
  const out: GenericHit[] = [];
  for (const re of [FA_NUM_GOT, FA_NUM_NEEDED, FA_NUM_LINE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const [start, end] = m.indices![1]!;
      if (out.some((h) => h.start < end && start < h.end)) continue;
      if (FA_NUM_NOT_LABEL.test(text.slice(end)) || quoted(text, start) || /^\s*(?:[(\[]|،?\s*یعنی)/.test(text.slice(end))) continue;
      out.push(hit(start, end, 'internal-jargon'));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** English (and Finglish, which lib/text hands to the English readers): the first two kinds above. */
export function readJargon33En(text: string): GenericHit[] {
  const out = [...readFinglishCodes33(text), ...readCodeSlots33En(text)];
  if (out.length < 2) return out;
  out.sort((a, b) => a.start - b.start);
  return out.filter((h, i) => !out.slice(0, i).some((e) => e.start < h.end && h.start < e.end));
}
