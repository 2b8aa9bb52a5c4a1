/**
 * Unlisted back-office codes in an English sentence: a short code in capitals that no list of ours
 * names ("showing as HX", "logged as an NDR", "waiting on the AVM", "goes to DIP review", "came back
 * NTF"), read only where the sentence uses it as a status, a stage, a result or a document of the
 * back office. Every trade has codes no list can hold; the construction around the code is what
 * tells the customer's word from the office's.
 *
 * Trust before coverage: the code must be two to four capital letters (five with at most one vowel),
 * not a word ("DELAYED", "PAID"), not a code every customer knows (KNOWN_CAPS_EN: organisations,
 * couriers, countries, currencies, units, exams, health services…), not after a number, and the
 * sentence must not be written in capitals. A code the customer types or reads on their own
 * screen ("enter the code", "press OK") stands after words this reader never reads as a trigger.
 */
import type { Token } from '../../nlp/index.ts';
import { ADJECTIVES, CLOSED, NOUNS, VERBS } from '../../nlp/lexicon.en.ts';
import { words } from './en.ts';

/**
 * Capitals customers read every day, beyond jargon.ts's KNOWN (which its caller checks first): organisations and
 * services, couriers, places, currencies, units, days and months, exams and degrees, health, vehicles, finance
 * products, web words.
 */
export const KNOWN_CAPS_EN = words(`
  dvsa dwp fca ico fos ofcom ofgem ofwat tfl itv hbo espn nba nfl nhl mlb fifa uefa nasa fbi cia irs dmv ssa
  dpd gls evri ems ctt sncf db amtrak ba klm ana jal sas tap lot easyjet
  ie fr de es it nl se no dk fi pl pt ch at be cz gr tr ir iq ae sa in pk cn jp kr au nz ca mx br za ng eg
  ny la sf dc nyc ldn lhr lgw stn ltn man edi gla jfk lax sfo ord atl dxb ist cdg ams fra mad bcn fco
  gbp usd eur aud cad chf jpy inr aed sek nok dkk pln try irr cny
  kg km cm mm ml kb kw kwh mph kph hz ghz mah psi
  mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec bst gmt utc est pst cet
  gcse gcses sats act gpa phd mba msc bsc ma llb ucas fafsa ielts toefl gre gmat
  gp icu er mri ct ecg ekg ent ivf pcr
  mot suv ev evs vin abs mpg hgv
  apr apy bmi isa isas aer atms etf etfs ipo nft pos ppi ccj iva sipp lisa hsa ira
  api apis sdk ssl sso 2fa mfa urls html css json xml pdfs ids faqs tc ps nb rsvp btw
  ai ar vr hr pr cfo cto
  uhd pcs ram cpu gpu led lcd oled imei
  dns isp
  xs xl xxl xxxl
  ac
`);
/** Status words a system writes in capitals, each a plain English word: "showing as SOLD", "marked VOID". */
const CAPS_STATUS_WORDS = words('sold lost held sent live void full due out off kept gone won used fail pass hold stop wait lock shut');

/** Words after which a code is a status, a result or a stage: "showing as X", "marked X", "came back X". */
const STATUS_VERBS = words('showing shows shown show marked flagged logged listed coded tagged classed classified recorded reported updated changed set returned');
/** Verbs that make "a / an X" a document or record of the back office: "I've raised an RMA", "we issued a DRN". */
const RECORD_VERBS = words('raised raise raising issued issue issuing opened open logged log filed file lodged generated created submitted');
/** Nouns after a code that make it a stage or status of a process: "DIP review", "in CFS status", "the AVM result". */
const STAGE_NOUNS = words('review reviews stage status state step steps pending margin check checks approval clearance sign-off signoff referral result results release hold breach clock queue process cycle flag flags level');
/** Words before a code that make it a stage waited on: "pending X", "awaiting the X", "waiting on the X", "held at the X". */
const WAIT_WORDS = words('pending awaiting await');
const DETERMINERS = words('a an the');
/** An object between the verb and "as": "logged it as", "marked them as". */
const OBJECTS = words('it this that them these those');
const POSSESSIVES = words('your our his her their its my');
/** What a status is set on: "set the ticket to X", "marked your order as X". */
const RECORD_NOUNS = words('ticket case status order booking claim request account parcel shipment application file line payment');

/** Whether token k is a code in capitals no list knows: 2-4 capitals, or 5 with at most one vowel. */
export function unknownCaps(t: Token): boolean {
  if (t.lang !== 'en' || !t.word) return false;
  const s = t.text;
  if (s.length < 2 || s.length > 5 || !/^[A-Z]+$/.test(s)) return false;
  if (s.length === 5 && (s.match(/[AEIOU]/g)?.length ?? 0) > 1) return false;
  const lower = t.norm;
  if (KNOWN_CAPS_EN.has(lower) || CAPS_STATUS_WORDS.has(lower) || CLOSED.has(lower) || VERBS.has(lower) || ADJECTIVES.has(lower) || NOUNS.has(lower)) return false;
  // A word in capitals ("LATE", "DONE", "SOLD"): four letters with two vowels, or an English ending.
  if (s.length >= 4 && ((s.match(/[AEIOU]/g)?.length ?? 0) >= 2 || /(?:ED|ING|LY|ER|EST|ION)$/.test(s))) return false;
  return true;
}

/** The word token before k (skipping none) and after k, or undefined. */
const wordAt = (tokens: readonly Token[], k: number): Token | undefined => (k >= 0 && k < tokens.length && tokens[k].word ? tokens[k] : undefined);

/**
 * Whether the code at token k is used as a back-office status, stage, result or record in its
 * sentence (see the constructions above). The caller checks the sentence is not written in capitals.
 */
export function enCapsCode(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!unknownCaps(t)) return false;
  const p1 = wordAt(tokens, k - 1);
  if (p1 && /^[0-9]/.test(p1.norm)) return false;
  const n1 = wordAt(tokens, k + 1);
  // "X review", "the X stage", "in X status"
  // ("your X status" is the customer's own tier or programme: theirs, so a word they know.)
  if (n1 && STAGE_NOUNS.has(n1.norm) && !(wordAt(tokens, k + 2)?.norm === 'of')) return !(p1 && p1.norm === 'your');
  // "an LPR above 2%", "your ODR over 1%": a code read as a measure against a threshold (rwen20). Never the customer's own
  // figure ("your APR", "your BMI" are known, above).
  if (n1 && /^(?:above|below|over|under|exceeding)$/.test(n1.norm) && /^[0-9]/.test(wordAt(tokens, k + 2)?.norm ?? '') && p1 && /^(?:a|an|the|our|its)$/.test(p1.norm)) return true;
  // "with status EXC", "status: QX": the system's own status word.
  if (p1 && p1.norm === 'status' && wordAt(tokens, k - 2)?.norm !== 'your') return true;
  // Skip one determiner before the code: "as an NDR", "on the AVM".
  let j = k - 1;
  if (p1 && DETERMINERS.has(p1.norm)) j--;
  const before = wordAt(tokens, j);
  const before2 = wordAt(tokens, j - 1);
  if (!before) return false;
  // "showing as X", "logged as an X", "marked X", "set to X", "logged it as an X"
  if (before.norm === 'as' || before.norm === 'to') {
    // The verb, with at most an object between: "logged it as", "set the ticket to", "marked your order as".
    for (let m = j - 1; m >= Math.max(0, j - 4); m--) {
      const w = wordAt(tokens, m);
      if (!w) return false;
      if (STATUS_VERBS.has(w.norm)) return true;
      if (!OBJECTS.has(w.norm) && !DETERMINERS.has(w.norm) && !POSSESSIVES.has(w.norm) && !RECORD_NOUNS.has(w.norm)) return false;
    }
    return false;
  }
  if (STATUS_VERBS.has(before.norm) && !(before2 && DETERMINERS.has(before2.norm)) && before.norm !== 'set' && before.norm !== 'show' && before.norm !== 'open' && (j === k - 1)) return n1 === undefined || !/^[A-Za-z]/.test(n1.text) || CLOSED.has(n1.norm);
  // "came back X", "come back X"
  if (before.norm === 'back' && before2 && /^(?:came|come|comes|coming)$/.test(before2.norm)) return true;
  // "pending X", "awaiting the X", "waiting on/for the X"
  if (WAIT_WORDS.has(before.norm)) return true;
  if ((before.norm === 'on' || before.norm === 'for') && before2 && /^(?:waiting|wait|waits|hold)$/.test(before2.norm) && p1 && DETERMINERS.has(p1.norm)) return true;
  // "raised an X", "issued a X": a record of the back office
  if (RECORD_VERBS.has(before.norm) && p1 && (p1.norm === 'a' || p1.norm === 'an')) return true;
  return false;
}
