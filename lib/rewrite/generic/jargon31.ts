/**
 * jargon31: a term read as internal by what makes it internal, not by a trade's list. Pooling the marked jargon of every
 * development split (late20 … late30 and older, both languages) showed that most misses were codes no list held, in
 * any trade, and that what gave them away was the slot they sat in, not their letters: a code the case is IN ("in RMA
 * status", "moved to NtO stage", «در وضعیت UN»), a code the record is SET TO or SHOWS ("flagged OOS-sub", "come up as
 * NS2", "status now PND-EXM"), a code named by the kind of back-office thing it is («سنسور NTC», «کد PNR», «حالت drip»).
 *
 * A code: two capitals or more (with digits, "-", "/" or "_" joined: "PCN-HOLD", "OPEN-RTN/FLEX", "NS2"), a mix
 * of capitals and small letters with two capitals ("NtO", "CoT", "PPPoE"), or a snake_case status ("pending_rider").
 *
 * Never: an acronym customers write themselves (jargon.ts's KNOWN, jargon.caps.en.ts's KNOWN_CAPS_EN, jargon25's
 * EVERYDAY_ACRONYMS, and CUSTOMER_WRITTEN below: the acronyms customers wrote in the banking77 and Bitext customer
 * messages), a dictionary word in capitals, a code the sentence explains ("RMA (return authorisation)", «یعنی …»), a code
 * in quotation marks (someone else's words), a number-heavy reference (order, booking, flight: three digits or more with
 * at most two letters), a code the customer types or picks («کد OFF رو وارد کنید», "enter code SAVE10"), a sentence in
 * capitals. Advice only (the EXPLAIN_JARGON strings, English and Persian): only the agent knows what the code stands for.
 * Look-alikes and contrasts: tests/unit/rewrite/jargon31.test.ts.
 */
import { ADJECTIVES, CLOSED, NOUNS, VERBS } from '../../nlp/lexicon.en.ts';
import { words } from './en.ts';
import { explainedAt, KNOWN } from './jargon.ts';
import { KNOWN_CAPS_EN } from './jargon.caps.en.ts';
import { EVERYDAY_ACRONYMS } from './jargon25.en.ts';
import type { GenericHit } from './types.ts';

/**
 * Acronyms customers wrote at least twice in banking77 (train and test) and the Bitext customer instructions
 * (../shared/corpus: CC-BY-4.0 and CDLA-Sharing-1.0): if customers write it, it is not jargon.
 */
export const CUSTOMER_WRITTEN = words('asap atm atms aud eta eu eur gbp id pin sepa swift uk us usa usd visa mastercard');

/** Capitals mixed with small letters that everyone writes: degrees and big brands. */
const EVERYDAY_MIXED = words(`
  phd mba bsc msc llb llm mphil dphil bba beng meng ebay paypal youtube linkedin tiktok whatsapp wechat facebook iphone ipad
  imac macbook airpods playstation xbox powerpoint onedrive icloud itunes dropbox mcdonalds
`);
/** One code, as a regex source (no flags, no groups of its own that capture). */
const CODE_SRC = String.raw`(?:[A-Za-z0-9]+(?:[-/_][A-Za-z0-9]+)*)`;

const FA = '\u0600-\u06FF';

/** Whether a word is a code no list of everyday acronyms holds (see the header). */
export function unknownCode(w: string): boolean {
  if (w.length < 2 || w.length > 16) return false;
  const snake = /^[a-z]+(?:_[a-z]+)+$/.test(w);
  const caps = (w.match(/[A-Z]/g) ?? []).length;
  const digits = (w.match(/[0-9]/g) ?? []).length;
  if (!snake) {
    if (caps === 0) return false;
    if (caps < 2 && !(caps === 1 && digits >= 1 && /^[A-Z]/.test(w))) return false;
    // A reference, a flight, an order: three digits or more with at most two letters ("BA245", "A1234").
    if (digits >= 3 && w.replace(/[^A-Za-z]/g, '').length <= 2) return false;
    if (/^\d/.test(w) && !/[A-Z]{2}/.test(w)) return false;
    // A capitalised word ("Hello") has one capital; a word in capitals is a word ("PAID", "LATE").
    if (/^[A-Z][a-z]+$/.test(w)) return false;
    // With digits, a run of two capitals at least, and not one or two letters before a number: customers name their own
    // forms, papers, periods and documents so ("P45", "W2", "A4", "Q3", "FY24", "V5C": jargon19's look-alikes).
    if (digits && (!/[A-Z]{2}/.test(w) || /^[A-Z]{1,2}\d{2,}$/.test(w))) return false;
  }
  const parts = w.toLowerCase().split(/[-/_]/);
  const lower = w.toLowerCase();
  const known = (s: string) => KNOWN.has(s) || KNOWN_CAPS_EN.has(s) || EVERYDAY_ACRONYMS.has(s) || CUSTOMER_WRITTEN.has(s) || KNOWN.has(s.replace(/s$/, '')) || EVERYDAY_ACRONYMS.has(s.replace(/s$/, ''));
  if (known(lower) || EVERYDAY_MIXED.has(lower)) return false;
  if (!snake && parts.length === 1 && /^[A-Z]+$/.test(w) && (CLOSED.has(lower) || VERBS.has(lower) || ADJECTIVES.has(lower) || NOUNS.has(lower))) return false;
  // A word in capitals of four letters or more with two vowels ("SOLD OUT", "DONE", "ACTIVE") reads as a word.
  if (!snake && /^[A-Z]{4,}$/.test(w) && (w.match(/[AEIOU]/g)?.length ?? 0) >= 2) return false;
  if (!snake && parts.length > 1 && parts.every((p) => known(p) || /^\d+$/.test(p))) return false;
  return true;
}

/** Whether text[start, end) sits inside quotation marks of its sentence. */
export function quoted(text: string, start: number): boolean {
  const before = text.slice(0, start);
  if ((before.match(/"/g)?.length ?? 0) % 2 === 1) return true;
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  if (before.lastIndexOf('«') > before.lastIndexOf('»')) return true;
  return false;
}

/** A URL, an email address or a path around the code: the customer's or a link's text. */
function inLink(text: string, start: number, end: number): boolean {
  const left = text.slice(0, start).match(/\S*$/)?.[0] ?? '';
  const right = text.slice(end).match(/^\S*/)?.[0] ?? '';
  const tok = left + text.slice(start, end) + right;
  return /@|:\/\/|www\.|\.(?:com|org|net|ir|co|io)\b/i.test(tok);
}

/** Most of the sentence's Latin words in capitals: a heading or a shouted line, where capitals say nothing. */
function shouting(text: string): boolean {
  const ws = text.match(/[A-Za-z]{2,}/g) ?? [];
  if (ws.length < 4) return false;
  return ws.filter((w) => /^[A-Z]{2,}$/.test(w)).length / ws.length >= 0.6;
}

// English slots.
/** "status PCN-HOLD", "slot status now PND-EXM", "status code: XR3". */
const EN_STATUS_BEFORE = new RegExp(String.raw`\b(?:status|stage|state)(?:\s+(?:is|of|now|currently|shows|showing|reads|=|:|-))*\s+(${CODE_SRC})(?![A-Za-z0-9])`, 'dg');
/** "flagged OOS-sub", "come up as NS2", "marked as QX", "coded as an FTA" (the record set to, or showing, a code). */
const EN_SET_AS = new RegExp(String.raw`\b(?:flagged|marked|logged|coded|classed|classified|recorded|showing|shows|showed|shown|came up|come up|comes up|put down|set)\s+(?:(?:as|at|to|with)\s+)?(?:an?\s+)?(${CODE_SRC})(?![A-Za-z0-9])`, 'dg');
/** "in RMA status", "moved to NtO stage", "under OPEN-RTN/FLEX fare", "on the RTT pathway": the code the case is in. */
const EN_IN_STATE = new RegExp(String.raw`\b(?:[Ii]n|[Oo]n|at|to|into|onto|[Uu]nder)\s+(?:the\s+|an?\s+)?(${CODE_SRC})\s+(?:status|stage|state|hold|queue|pathway|fare|tier|bucket|phase|review|check|sign-?off)\b`, 'dg');
/**
 * "your GAD is now on file", "Biscuit's T4 is a bit high", "the SOOC previews", "Yer TPMS sensor": a code as a thing of
 * the case, after a determiner or a possessive, with a small word after it (a verb or a noun of the sentence, not a
 * label, a number or a name).
 * Only the possessive reads (jargon33 found it): the determiner branch held a backspace character where `\b` was meant, so it
 * never matched; read as meant it flags the customer's own codes in five development neutrals ("the PCN cancelled",
 * "passed its WOF"), so it is left out until a narrower slot is found.
 */
const EN_THING = new RegExp(String.raw`[a-z]['’]s\s+(${CODE_SRC})(?:['’]s)?\s+([a-z][a-z-]*)`, 'dg');
/** Words after a code that make it a label the customer reads, types or owns, or a product's name. */
const EN_LABEL_NEXT = words(`
  button key tab menu option field box code app website site page store shop brand model series version edition range kit
  pack line collection logo sign card number no ref reference account login portal channel network file format team teams
  department dept desk office machine device phone laptop tablet console camera printer tv car van bike engine size cable
  charger adapter port socket slot drive disk disc chip tag label sticker form certificate licence license test exam score
  grade course class degree rating stars voucher discount sale deal offer points miles
`);
/**
 * "moved to pre-arb", "showing as pre-collections", "currently in post-pro": a clipped back-office stage made with pre- or
 * post-, as the place the case is in. Never the stages customers name themselves (PRE_POST_KNOWN).
 */
const EN_PRE_STAGE = /\b(?:(?:moved|gone|goes|go|going|sent|passed|referred|escalated|transferred) to|(?:is|are|currently|still|now|sitting|stuck) in|showing as|shows as|listed as|marked as)\s+(?:the\s+)?((?:pre|post)-[a-z]+)(?![a-z-])/dg;
const PRE_POST_KNOWN = words(`
  pre-order pre-orders pre-sale pre-sales pre-booking pre-booked pre-approved pre-approval pre-paid pre-payment pre-register
  pre-registration pre-qualification pre-launch pre-release pre-production pre-season pre-op pre-school post-op post-production
  post-season post-sale post-purchase post-delivery post-launch post-release post-mortem post-code post-office post-event
`);
/** After the code: what the customer does with it (types, enters, picks): then it is theirs to use. */
const EN_CUSTOMER_USES = /^\s*(?:code|button|key|tab|option|menu|app|at checkout|when you)\b/i;
/** Before the code: the customer types, enters, picks or quotes it. */
const EN_CUSTOMER_USES_BEFORE = /\b(?:enter|type|use|select|choose|pick|press|tap|click|quote|code|promo|voucher|coupon|reference|ref|number|no\.?|flight|order|booking|model|size|gate|terminal|seat|room|platform)\s*[:#]?\s*$/i;

/** Before the code: a screen or device the customer looks at shows it. */
const EN_SCREEN_SHOWS = /\b(?:screen|display|panel|boiler|thermostat|meter|device|dashboard|router|app|monitor|remote|unit)\s+(?:shows?|showing|says|reads|displays?)\s+$/i;
/** A postcode named in the sentence, and a code shaped like a UK postcode district or a US state and zip prefix. */
const POSTCODE_SAID = /\b(?:post\s?code|postal code|zip(?:\s?code)?|eircode|area code)\b/i;
const POSTCODE_DISTRICT = /^[A-Z]{1,2}\d{1,2}[A-Z]?$/;
/** Words a status is said in plainly, in capitals ("ON-HOLD", "OUT-OF-STOCK", "IN-TRANSIT"). */
const PLAIN_STATUS_WORDS = new Set('on off in out of hold low high open closed done paid due late new full empty ready sent stock transit wait waiting pending active inactive live back order ordered shipped delivered cancelled canceled complete completed review approved declined failed error'.split(' '));
const plainWordsCode = (code: string): boolean => /[-_]/.test(code) && code.split(/[-_]/).every((p) => PLAIN_STATUS_WORDS.has(p.toLowerCase()));

/** English: a code in a status slot (see the header). */
export function readJargon31En(text: string): GenericHit[] {
  if (!/[A-Z][A-Za-z0-9]*[A-Z0-9]|_|\b(?:pre|post)-/.test(text) || shouting(text)) return [];
  const out: GenericHit[] = [];
  const seen = new Set<number>();
  for (const re of [EN_STATUS_BEFORE, EN_SET_AS, EN_IN_STATE, EN_THING]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const code = m[1];
      const [start, end] = m.indices![1]!;
      if (seen.has(start) || !unknownCode(code)) continue;
      if (re === EN_THING) {
        // Two capitals at least, no digits-only tail, and never a label the customer reads or types.
        if (!/[A-Z].*[A-Z]|^[A-Z]\d$/.test(code) || /^[A-Z]\d{2,}/.test(code) || EN_LABEL_NEXT.has(m[2].toLowerCase())) continue;
      }
      if (quoted(text, start) || inLink(text, start, end) || explainedAt(text, start, end)) continue;
      if (EN_CUSTOMER_USES.test(text.slice(end)) || EN_CUSTOMER_USES_BEFORE.test(text.slice(0, start))) continue;
      // What the customer's own screen shows ("if the boiler screen shows PR-LOW, top up the pressure": rwen24's contrast), a
      // postcode district ("Your postcode came up as LS6": rwen31's), a state in plain words in capitals ("ON-HOLD").
      if (EN_SCREEN_SHOWS.test(text.slice(0, start)) || (POSTCODE_SAID.test(text) && POSTCODE_DISTRICT.test(code)) || plainWordsCode(code)) continue;
      seen.add(start);
      out.push({ start, end, category: 'jargon', construction: 'internal-jargon' });
    }
  }
  EN_PRE_STAGE.lastIndex = 0;
  for (const m of text.matchAll(EN_PRE_STAGE)) {
    const [start, end] = m.indices![1]!;
    if (seen.has(start) || PRE_POST_KNOWN.has(m[1]) || quoted(text, start) || explainedAt(text, start, end)) continue;
    seen.add(start);
    out.push({ start, end, category: 'jargon', construction: 'internal-jargon' });
  }
  return out.sort((a, b) => a.start - b.start);
}

// Persian slots.
/** Back-office nouns that name what a code is: a status, a stage, a mode, a code, a tag, a line, a sensor, a group. */
const FA_KIND_BEFORE = 'وضعیت|مرحله|حالت|کد|تگ|خط|لاین|سنسور|پوشش|گروه|جلسات|پنل|کلاس|سطح|صف|تیکت|فیلد|پروتکل|استاندارد';
const FA_KIND = new RegExp(`(?<![${FA}])(?:${FA_KIND_BEFORE})(?:[\u200c ]?(?:ی|ای|ه|ها|های))?\\s+(${CODE_SRC})(?![A-Za-z0-9])`, 'dg');
/** A code the case got or did not get, was or was not made: «POD نخورده», «هنوز G4 نشده», «QC شد». */
const FA_GOT = new RegExp(`(?<![A-Za-z0-9])(${CODE_SRC})\\s+(?:ن?خورده|ن?خورد|ن?شده|ن?گرفته|ن?زده)(?![${FA}])`, 'dg');
/** Settings and words in Latin letters a Persian customer knows (a mode of their phone, a plan's tier). */
const FA_KNOWN_LATIN = words(`
  online offline silent normal dark light airplane flight auto manual private public standard pro plus premium basic lite
  max mini ultra default gold silver bronze vip eco sport comfort night day home work game gaming kids guest test demo
  free trial wifi bluetooth hotspot roaming data password email mail gmail google android ios apple samsung xiaomi
`);
/** A status written as a variable («pending_rider»), anywhere in a Persian sentence: the system's own word. */
const FA_SNAKE = /(?<![A-Za-z0-9_])([a-z]+(?:_[a-z]+)+)(?![A-Za-z0-9_])/dg;
/** The customer enters, types, picks or sends the code: theirs to use («کد OFF رو وارد کنید», «شبکه رو BEP20 انتخاب کنید»). */
const FA_CUSTOMER_USES = /^[^.!؟?،,]{0,20}(?:وارد|بزن|تایپ|انتخاب|ارسال|بفرست|کپی|اسکن)/;

/** Persian: a Latin-letter code named by the back-office thing it is, or got by the case (see the header). */
export function readJargon31Fa(text: string): GenericHit[] {
  if (!/[A-Za-z]/.test(text) || !new RegExp(`[${FA}]`).test(text)) return [];
  const out: GenericHit[] = [];
  const seen = new Set<number>();
  for (const re of [FA_KIND, FA_GOT, FA_SNAKE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const code = m[1];
      const [start, end] = m.indices![1]!;
      // After a noun that names the kind of thing (a mode, a tag, a field), a lower-case English word is the system's own
      // name too («حالت drip», «تگ enclosure»), unless it is a setting customers know («حالت silent / dark / offline»).
      const plainWord = re === FA_KIND && /^[a-z]{3,}$/.test(code) && !KNOWN.has(code) && !FA_KNOWN_LATIN.has(code);
      if (seen.has(start) || !(unknownCode(code) || plainWord)) continue;
      // A code among other Latin words is an English phrase or a name, not a code in a Persian sentence.
      const l = text.slice(0, start).match(/([A-Za-z]+)\s*$/);
      const r = text.slice(end).match(/^\s*([A-Za-z]+)/);
      if ((l && !/^(?:A|B)$/.test(l[1])) || (r && !/^(?:A|B)$/.test(r[1]))) continue;
      if (quoted(text, start) || inLink(text, start, end)) continue;
      if (FA_CUSTOMER_USES.test(text.slice(end))) continue;
      // Explained: «… یعنی …» or a gloss in brackets after it.
      if (/^\s*(?:[(\[]|،?\s*یعنی)/.test(text.slice(end))) continue;
      seen.add(start);
      out.push({ start, end, category: 'jargon', construction: 'internal-jargon' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
