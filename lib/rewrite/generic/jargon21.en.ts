/**
 * Unlisted capitals codes by the role they play in the sentence (rwen21): the caps reader (jargon.caps.en.ts) reads a
 * code no list holds only as a status, a stage or a record ("showing as HX", "DIP review"); fresh writers put the back
 * office's codes in other roles, and a customer knows none of them:
 *
 * - a fault, hold, part or filing named by the code: "seeing DHCP issues", "a CDS hold", "the EGR valve", "the EPS
 *   submission failed";
 * - a regime or basis the case is under: "inside IR35", "under GA", "put through as FOC", "outside MSA terms";
 * - an office the case is handed to or raised with: "raised it with NOC", "gone to the SIU", "escalated to SRE";
 * - a procedure the business will do: "do a BPE", "run some LFTs", "book an EICR";
 * - the code as the one that acted in the back office: "The AVS flagged …", "Our WAF blocked …".
 *
 * What makes a code the customer's own, and so no jargon, is read too: their possession ("your PCN", "your NI number"),
 * an identifier they hold or type (a following "number / code / reference / certificate / form / card …"), a unit or a
 * model (a number on either side), a brand (a capitalised word on either side), the known lists of the other readers
 * (PIN, MOT, HMRC, GPS, USB, VAT …), an English word in capitals, a sentence in capitals, and a gloss in the sentence
 * (jargon.ts's explainedAt). Advice only (`internal-jargon`): only the agent knows what the code stands for.
 * Matrix: scripts/en-kinds21-matrix.ts.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { ADJECTIVES, CLOSED, NOUNS, VERBS } from '../../nlp/lexicon.en.ts';
import { words } from './en.ts';
import { KNOWN_CAPS_EN, unknownCaps } from './jargon.caps.en.ts';
import { ACRONYMS, KNOWN, explainedAt } from './jargon.ts';
import { mixedCode } from './jargon19.en.ts';
import { settlementDay } from './jargon23.ts';
import type { GenericHit } from './types.ts';

/** More capitals customers meet as customers (documents, benefits, everyday services, banks), never read as a code here. */
const KNOWN21 = words(`
  pcn pcns ni nhs paye gdpr nics utr hmo epc lpa dbs pt pe re rsvp ymca ywca ppe sd aa aaa aaaa fyi tba
  hsbc rbs tsb ubs bnp jpm nbs bt ee o2 sky aol msn diy bbq pta agm rrp rip ptsd adhd ocd ibs iud std sti hiv
  ulez cctv usb uv spf abc ok usps mri payg
`);

/** Nouns after a code that make it a fault, a hold, a part or a filing of the back office. */
const PROCESS_HEADS = words(`
  issue issues problem problems error errors fault faults failure failures outage outages glitch glitches hold holds
  submission submissions filing filings cable cables valve valves connector connectors sensor sensors module modules
  board boards relay relays chip controller controllers pump regulator mismatch mismatches rejection rejections
  breach breaches exception exceptions alert alerts
  token tokens figure figures reading readings
`);
/** Words after a code that make it an identifier or a document the customer holds, types or reads. */
const IDENT_HEADS = words(`
  number numbers no code codes reference ref certificate certificates card cards form forms licence license account
  app website site login password box sticker label plate tag id pin portal page button field tab menu option setting
  settings mode key letter statement document scheme bill invoice slip receipt results score grade rating
  light lights lamp port socket
`);
/** Prepositions that put the case under a regime: "inside IR35", "under GA". */
const REGIME = words('inside outside under within');
/** Prepositions of a hand-over: "raised it with NOC", "gone to the SIU". */
const HANDOVER_PREP = words('with to');
/** Verbs that hand a case to an office or wait on it. */
const HANDOVER_VERBS = words(`
  raised raise escalated escalate passed pass referred refer sent gone went forwarded forward handed hand moved transferred
  transfer queried chasing chased flagged reported logged lodged submitted waiting awaiting
`);
/** Verbs of a procedure the business does: "do a BPE", "run some LFTs", "book an EICR". */
const PROCEDURE_VERBS = words('do doing run running carry carrying perform performing book booking arrange arranging order ordering');
/** What the procedure verb takes before the code. */
const PROCEDURE_DETS = words('a an some another the');
/** Verbs of the back office acting, after a code at the head of its clause. */
const ACTED = words('flagged failed rejected bounced blocked killed dropped declined tripped timed threw caught picked kicked refused took stopped crashed cut held removed deleted');
/** Words that open a clause before "the X …": "because the AVS flagged …". */
const CLAUSE_OPENERS = words('and but so then because as since when after once while until like looks');
/** Verbs before "as" that bill or process something as a code: "put through as FOC", "billed as T&M". */
const AS_VERBS = words('put through billed charged invoiced processed supplied sent shipped went gone booked treated coded classed done');

/** Words before "on / for" that make the code a thing waited on: "waiting on the X", "held for X". */
const WAIT_BEFORE = words('waiting wait waits waited held hold holding');
/** Verbs of a case that sits somewhere: "sitting at X", "stuck in X" (never a plain "is at", which names shops and places). */
const SIT_VERBS = words('sitting sits sat stuck parked queued held waiting');
/** Heads after a code that make it a list, an upgrade or a check of the back office: "the SB list", "a PQ verification". */
const LIST_HEADS = words('list lists upgrade upgrades verification verifications swap swaps declaration declarations');

/**
 * "waiting on the G99", "pending the XR2", "awaiting KC7", "held for ISF", "sitting at KCI2", "stuck in QX3": the code as a
 * thing the case waits on or a place it sits (rwen22). The code ends its clause or goes on to "from / before / so / and …",
 * never to a noun of its own (a document the customer holds: "waiting on the V5C form" is read by the heads above).
 */
function waitedOrSitting(tokens: readonly Token[], k: number, sitting = true): boolean {
  let j = k - 1;
  if (isWord(tokens[j]) && /^(?:the|a|an|your|our)$/.test(tokens[j].norm)) {
    if (tokens[j].norm === 'your') return false;
    j--;
  }
  const before = tokens[j];
  if (!isWord(before)) return false;
  const n1 = tokens[k + 1];
  if (isWord(n1) && !/^(?:from|before|so|and|but|then|now|yet|which|to|at|for|since|as|because|until|till|on|in|with|by|today|tomorrow|first|waiting|pending|awaiting|while|whilst|overnight)$/.test(n1.norm)) return false;
  if (/^(?:pending|awaiting)$/.test(before.norm)) return true;
  const b2 = tokens[j - 1];
  // "needs a PA before we can …", "requires an ECO first": a step the back office needs, named by its code (never "you
  // will need a …": what the customer brings).
  if (/^(?:needs|need|requires|require|needed|required)$/.test(before.norm)) return j === k - 2 && /^(?:a|an)$/.test(tokens[k - 1].norm) && !(isWord(b2) && /^(?:you|u|will|would|i|we)$/.test(b2.norm));
  if (/^(?:on|for)$/.test(before.norm)) return isWord(b2) && WAIT_BEFORE.has(b2.norm);
  if (sitting && /^(?:at|in)$/.test(before.norm)) {
    for (let m = j - 1; m >= Math.max(0, j - 3); m--) {
      const w = tokens[m];
      if (!isWord(w)) return false;
      if (SIT_VERBS.has(w.norm)) return true;
      if (!/^(?:still|currently|now|just|right|over|there|here)$/.test(w.norm)) return false;
    }
  }
  return false;
}

/** Verbs that set a status on a thing (jargon23): "marked the parcel X", "has coded your invoice X". */
const CLASS_VERBS = words('marked mark marks flagged flag flags coded code codes tagged tag tags classed class classified listed logged recorded graded');
/** Words that may follow a status code at its clause's end: "marked the parcel X, so …", "X on arrival", "X this morning". */
const STATUS_END = words('so and but then which as because since when after until on at in this today yesterday overnight tonight earlier');
/** Words that may stand in the object between the verb and the code: determiners, quantifiers, a title, a possessive. */
const OBJECT_WORDS = words("the a an your ur our his her their its this that these those both all each my last first second new old mr mrs ms dr 's");
/**
 * "The courier marked the parcel X", "The vet nurse marked Milo's bloods X", "Billing has coded your last invoice X": a
 * verb of classing, its object (one to five words: determiners, names, nouns) and the code, which ends its clause. The
 * object holds a noun, never "as" ("marked the parcel as delivered") or a preposition ("tagged the ticket with …").
 */
function statusAfterObject(tokens: readonly Token[], k: number): boolean {
  const n1 = tokens[k + 1];
  if (isWord(n1) && !STATUS_END.has(n1.norm)) return false;
  let nouns = 0;
  for (let m = k - 1; m >= Math.max(0, k - 6); m--) {
    const w = tokens[m];
    if (!isWord(w)) return false;
    if (m < k - 1 && nouns > 0 && (CLASS_VERBS.has(w.norm) || CLASS_VERBS.has(w.lemma))) return true;
    if (OBJECT_WORDS.has(w.norm)) continue;
    if (CLOSED.has(w.norm) || /^[0-9]/.test(w.norm)) return false;
    if (/^[a-z]+$/.test(w.text) || /^[A-Z][a-z]+$/.test(w.text)) nouns++;
    else return false;
  }
  return false;
}
/** Verbs that raise a record of the back office, before "a / an" + a code of letters and digits + a noun (jargon23). */
const RECORD23 = words('raised raise logged log filed lodged generated threw thrown triggered returned opened');
/** A modal or "to" before the procedure verb: a plan, not a shop's range ("we do X" sells X). */
const PLAN_MODALS = words('will would can could shall should must to');
/** What may follow a procedure's bare code: "on both ears", "against the card", "and bloods", the clause's end. */
const PROC_AFTER = words('on for at and when before after first next during with as against in today tomorrow');
/** "we'll do X on both ears", "need to run X on the line", "I will carry out X on the boiler" (jargon23). */
function procedureBare(tokens: readonly Token[], k: number): boolean {
  const n1 = tokens[k + 1];
  if (isWord(n1) && !PROC_AFTER.has(n1.norm)) return false;
  let j = k - 1;
  const v = tokens[j];
  if (!isWord(v)) return false;
  if (v.norm === 'out' && isWord(tokens[j - 1]) && tokens[j - 1].norm === 'carry') j--;
  else if (!/^(?:do|run|perform)$/.test(v.norm)) return false;
  const m = tokens[j - 1];
  return isWord(m) && PLAN_MODALS.has(m.norm);
}

/** Whether token t is written as a code in capitals (two to five, a plural s, or two or three letters and digits) no list knows. */
function codeShape(t: Token): 'caps' | 'mixed' | '' {
  if (t.lang !== 'en' || !t.word) return '';
  const s = t.text;
  let letters: string;
  let kind: 'caps' | 'mixed';
  if (/^[A-Z]{2,5}$/.test(s)) (letters = s), (kind = 'caps');
  else if (/^[A-Z]{2,5}s$/.test(s)) (letters = s.slice(0, -1)), (kind = 'caps');
  else if (/^[A-Z]{2,3}\d{1,3}$/.test(s)) (letters = s.replace(/\d+$/, '')), (kind = 'mixed');
  else return '';
  const lower = letters.toLowerCase();
  const norm = t.norm;
  // A code of letters and digits is known as a whole ("P45", "IR35" is not "IR" the country).
  for (const w of kind === 'mixed' ? [norm] : [lower, norm]) if (KNOWN.has(w) || KNOWN_CAPS_EN.has(w) || KNOWN21.has(w) || ACRONYMS.has(w)) return '';
  if (kind === 'mixed') return kind;
  if (CLOSED.has(lower) || VERBS.has(lower) || ADJECTIVES.has(lower) || NOUNS.has(lower)) return '';
  const vowels = letters.match(/[AEIOU]/g)?.length ?? 0;
  // A word in capitals ("LATE", "DONE", "AGAIN"): four or more letters with a vowel, a consonant and a vowel, or an English ending.
  if (letters.length >= 4 && (/[AEIOUY][^AEIOUY][AEIOUY]/.test(letters) || /(?:ED|ING|LY|ER|EST|ION)$/.test(letters))) return '';
  if (letters.length === 5 && vowels > 1) return '';
  return kind;
}

/** Shouting: most words of two letters or more written in capitals. */
function shouting(tokens: readonly Token[]): boolean {
  let caps = 0;
  let all = 0;
  for (const t of tokens) {
    if (!t.word || t.lang !== 'en' || t.text.length < 2 || !/^[A-Za-z]{2}/.test(t.text)) continue;
    all++;
    if (/^[A-Z]{2}/.test(t.text)) caps++;
  }
  return all >= 4 && caps / all >= 0.5;
}

const isWord = (t: Token | undefined): t is Token => !!t && t.word;
/** A capitalised word that is not the sentence's first: a brand or a name ("VW Golf", "ABC Logistics"). */
const properAt = (tokens: readonly Token[], k: number): boolean => k > 0 && isWord(tokens[k]) && /^[A-Z][a-z]/.test(tokens[k].text);

/** The role that makes the code at token k the back office's, or '' (see the list at the top). */
function codeRole(tokens: readonly Token[], k: number, shape: 'caps' | 'mixed', seen: ReadonlySet<string>): string {
  const p1 = tokens[k - 1];
  const n1 = tokens[k + 1];
  // A unit, a model or a brand: a number or a capitalised word beside it.
  if ((isWord(p1) && /^\d/.test(p1.norm)) || (isWord(n1) && /^\d/.test(n1.norm))) return '';
  if (properAt(tokens, k - 1) || properAt(tokens, k + 1)) return '';
  // Theirs: "your PCN", "my IR35 status".
  if (isWord(p1) && /^(?:your|you|my|yours|their)$/.test(p1.norm)) return '';
  if (isWord(n1) && IDENT_HEADS.has(n1.norm)) return '';
  // A fault, hold, part or filing: "DHCP issues", "the EGR valve".
  if (isWord(n1) && PROCESS_HEADS.has(n1.norm)) return 'process';
  // A regime: "inside IR35", "under GA" (a code straight after the preposition, the clause ending or going on to its terms).
  if (isWord(p1) && REGIME.has(p1.norm) && !(tokens[k - 2] && /^(?:your|you)$/.test(tokens[k - 2].norm))) return 'regime';
  // rwen22: a code the case waits on or sits at, in either shape: "waiting on the G99 from …", "sitting at KCI2", "the SB list".
  if (waitedOrSitting(tokens, k)) return 'waited';
  if (isWord(n1) && LIST_HEADS.has(n1.norm) && isWord(p1) && /^(?:the|a|an|our)$/.test(p1.norm)) return 'list';
  // jargon23: a status set on a thing ("marked the parcel X"), a record raised ("logged an XX9 lockout").
  if ((shape === 'mixed' || unknownCaps(tokens[k])) && statusAfterObject(tokens, k)) return 'status';
  if (isWord(p1) && /^(?:a|an)$/.test(p1.norm) && isWord(tokens[k - 2]) && RECORD23.has(tokens[k - 2].norm) && isWord(n1) && /^[a-z]+$/.test(n1.text) && !CLOSED.has(n1.norm)) return 'record';
  if (shape === 'mixed') return '';
  // jargon23: a procedure named by a bare code after a modal ("we'll do X on both ears", "need to run X first").
  if (procedureBare(tokens, k)) return 'procedure';
  // "put through as FOC", "billed as T&M": as + code ending the clause, a billing verb just before.
  if (isWord(p1) && p1.norm === 'as' && (!n1 || !n1.word || /^(?:since|so|because|as|and|but|rather|instead|for|this|which)$/.test(n1.norm))) {
    for (let m = k - 2; m >= Math.max(0, k - 5); m--) if (isWord(tokens[m]) && AS_VERBS.has(tokens[m].norm)) return 'as';
  }
  // The determiner and one lower-case modifier before the code: "the SIU", "the lead LPA".
  let j = k - 1;
  if (isWord(tokens[j]) && /^[a-z]+$/.test(tokens[j].text) && !CLOSED.has(tokens[j].norm) && isWord(tokens[j - 1]) && /^(?:the|a|an|our)$/.test(tokens[j - 1].norm)) j--;
  if (isWord(tokens[j]) && /^(?:the|a|an|some|another|our)$/.test(tokens[j].norm)) j--;
  const before = tokens[j];
  // A hand-over: "raised it with NOC", "gone to the SIU", "escalated this to SRE".
  if (isWord(before) && HANDOVER_PREP.has(before.norm)) {
    for (let m = j - 1; m >= Math.max(0, j - 4); m--) {
      const w = tokens[m];
      if (!isWord(w)) break;
      if (HANDOVER_VERBS.has(w.norm) || HANDOVER_VERBS.has(w.lemma)) return 'handover';
    }
  }
  // A procedure: "do an FNA", "run some LFTs", "carry out a TPI", "book an EICR".
  if (j < k - 1 && isWord(tokens[j + 1]) && PROCEDURE_DETS.has(tokens[j + 1].norm) && isWord(before)) {
    const verb = before.norm === 'out' && isWord(tokens[j - 1]) ? tokens[j - 1] : before;
    if (PROCEDURE_VERBS.has(verb.norm)) return 'procedure';
  }
  // A second code joined to one already read: "do an FNA and a BPE".
  if (isWord(before) && /^(?:and|or)$/.test(before.norm) && seen.has(tokens[j - 1]?.norm ?? '')) return 'joined';
  // The code acting: "The AVS flagged …", "Our WAF blocked …" (the code at its clause's head).
  // One agent noun may stand between: "the ATS scanner rejected …", "the OOM killer took out …".
  const verb = isWord(n1) && /^[a-z]+(?:er|or)$/.test(n1.text) && !ACTED.has(n1.norm) ? tokens[k + 2] : n1;
  const head = k === 0 || (isWord(p1) && /^(?:the|our)$/.test(p1.norm) && (k === 1 || !isWord(tokens[k - 2]) || CLAUSE_OPENERS.has(tokens[k - 2].norm)));
  if (isWord(verb) && ACTED.has(verb.norm) && head) return 'acted';
  return '';
}

/** Two initials joined by "&" that customers read every day (Q&A, B&B, A&E, T&Cs, shops and brands). */
export const KNOWN_AMPERSAND = words('q&a r&d b&b a&e t&c t&cs m&s h&m p&o b&q d&g s&p m&a r&b g&t j&j p&g a&w p&p h&s f&b b&w c&c d&d');
/** Words after an "&" code that make it a stage or a unit of the back office: "L&D approval", "the R&V team". */
const JOINED_HEADS = words('approval approvals review reviews sign-off signoff check checks team desk queue hold clearance');
/** Verbs of a hand-over or a wait before "to / with / for / on" + an "&" code. */
const JOINED_VERBS = words(`
  raised escalated passed referred sent gone went forwarded handed moved transferred flagged auto-flagged reported logged
  lodged submitted waiting held queued is 's are sits sitting sat stuck
`);

/**
 * "T+2", "T+5" (a settlement day, always a trade's term) or "L&D" / "P&C" (two initials joined by "&") used as a unit
 * or a stage of the back office: after "to / with / for / on" and a verb of hand-over or waiting, or before "approval /
 * review / team". Returns 3 (the tokens the code spans) or 0. The three tokens touch: "T + 2" in prose is no code.
 */
function joinedCodeAt(text: string, tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  const op = tokens[k + 1];
  const y = tokens[k + 2];
  if (!op || !y || op.start !== t.end || y.start !== op.end || !/^[A-Z]$/.test(t.text)) return 0;
  if (k > 0 && tokens[k - 1].end === t.start) return 0;
  if (op.text === '+') return settlementDay(text, tokens, k) ? 3 : 0;
  if (op.text !== '&' || !/^[A-Z]{1,2}$/.test(y.text) || KNOWN_AMPERSAND.has(`${t.norm}&${y.norm}`)) return 0;
  const n = tokens[k + 3];
  if (isWord(n) && JOINED_HEADS.has(n.norm)) return 3;
  let j = k - 1;
  if (isWord(tokens[j]) && /^(?:the|our)$/.test(tokens[j].norm)) j--;
  if (!isWord(tokens[j]) || !/^(?:to|with|for|on)$/.test(tokens[j].norm)) return 0;
  for (let m = j - 1; m >= Math.max(0, j - 3); m--) if (isWord(tokens[m]) && JOINED_VERBS.has(tokens[m].norm)) return 3;
  return 0;
}

/** One segment of a compound status code: capitals only, joined by hyphens ("PND-REV", "QA-HOLD"). */
const COMPOUND_SEGMENTS = /^[A-Z]{2,6}(?:-[A-Z]{2,6})*$/;
/** Words before a compound code that make it the status shown or returned: "showing X", "came back as X", "sat in X status". */
const STATUS_BEFORE = words('show shows showing shown showed displays displaying reads reading says saying sat sitting sits stuck parked marked flagged coded returned returning set');
/** The customer's own device or its face, before a code it shows. */
const DEVICE_FACES = words('screen display panel device unit remote thermostat printer boiler router modem handset phone watch dashboard dash keypad console');
/** Words after a compound code that make it a status: "X status", "X on our side". */
const STATUS_AFTER = words('status state stage flag');
/** Whether a capitals segment is plain English or a code customers know ("SOFT", "HOLD", "USB", "PDF"). */
const plainSegment = (seg: string): boolean => {
  const w = seg.toLowerCase();
  return CLOSED.has(w) || VERBS.has(w) || ADJECTIVES.has(w) || NOUNS.has(w) || KNOWN.has(w) || KNOWN_CAPS_EN.has(w) || KNOWN21.has(w) || ACRONYMS.has(w);
};
/**
 * rwen24: a back-office status code of capitals joined by "-" or "/" ("PND-REV", "CR-HLD", "WIP / AWT-PRT", "EST/NR")
 * shown to the customer as the status: after a verb of showing or sitting ("showing X", "shows X in the tracker", "came
 * back as X", "sat in X status") or before "status / state / stage" or "on our side / system / end". Returns the index of
 * the code's last token, or -1. Never a code with digits (an order number, a model, a booking reference: "ORD-55231",
 * "XR-500", "HDMI-1"), a one-letter part ("USB-C", "N/A"), or one whose parts are all English words or known codes ("PDF/CSV").
 */
function compoundStatusAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!COMPOUND_SEGMENTS.test(t.text)) return -1;
  let e = k;
  while (tokens[e + 1]?.text === '/' && isWord(tokens[e + 2]) && COMPOUND_SEGMENTS.test(tokens[e + 2].text)) e += 2;
  if (e === k && !t.text.includes('-')) return -1;
  const segs = tokens.slice(k, e + 1).filter((x) => x.word).flatMap((x) => x.text.split('-'));
  // Parts that are all English words or known codes ("PDF/CSV", "ON-HOLD") are a label the customer reads, unless the
  // sentence names it a status of ours ("in QA-HOLD status", "showing CLR-HOLD on our system").
  const plain = segs.every(plainSegment);
  // "came back as X": a return; "showing X", "sat in X status": a status shown.
  let role = false;
  for (let m = k - 1; m >= Math.max(0, k - 3) && !role; m--) {
    const w = tokens[m];
    if (!isWord(w)) break;
    if (STATUS_BEFORE.has(w.norm)) role = true;
    else if (w.norm === 'as' && isWord(tokens[m - 1]) && /^(?:back|returned|showing|shows|listed|marked|flagged|coded)$/.test(tokens[m - 1].norm)) role = true;
    else if (!/^(?:as|in|at|on|the|a|an|currently|now|still|up)$/.test(w.norm)) break;
  }
  if (plain) role = false;
  // A code on the customer's own device, read off its screen ("The display reads LO-BAT", "the boiler shows FL-PRS"): what
  // they see in front of them, not our back office.
  for (let m = k - 1; m >= Math.max(0, k - 6) && role; m--) if (isWord(tokens[m]) && DEVICE_FACES.has(tokens[m].norm)) role = false;
  const n1 = tokens[e + 1];
  if (!role && isWord(n1) && STATUS_AFTER.has(n1.norm)) role = true;
  if (!role && isWord(n1) && /^(?:on|in)$/.test(n1.norm) && /^(?:our|the)$/.test(tokens[e + 2]?.norm ?? '') && /^(?:side|system|end|records?|tracker)$/.test(tokens[e + 3]?.norm ?? '')) role = true;
  return role ? e : -1;
}

/** The unlisted codes of one English sentence, read by their role: `internal-jargon` advice, at most one hit per code. */
export function readJargon21En(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  // The cheap gate: a token with two capitals in a row, or a capital and a digit ("G99"), or one capital before "+" or
  // "&" ("T+2", "L&D").
  let any = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.word && t.lang === 'en' && (/[A-Z]{2}|^[A-Z][0-9]/.test(t.text) || (t.text.length === 1 && /^[+&]$/.test(tokens[k + 1]?.text ?? '')))) any = true;
  }
  if (!any || shouting(tokens)) return [];
  const out: GenericHit[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word || t.lang !== 'en') continue;
    // jargon23: a settlement day ("T+2") or two initials joined by "&" in a hand-over ("gone to L&D"), three tokens.
    const joined = t.text.length === 1 ? joinedCodeAt(text, tokens, k) : 0;
    if (joined) {
      const end = tokens[k + 2].end;
      if (!seen.has(text.slice(t.start, end)) && !explainedAt(text, t.start, end)) {
        seen.add(text.slice(t.start, end));
        out.push({ start: t.start, end, category: 'jargon', construction: 'internal-jargon' });
      }
      k += 2;
      continue;
    }
    // rwen24: a compound status code shown to the customer ("showing CR-HLD on our side", "came back as EST/NR").
    if (/^[A-Z]{2}/.test(t.text) && (t.text.includes('-') || tokens[k + 1]?.text === '/')) {
      const e = compoundStatusAt(tokens, k);
      if (e >= 0) {
        const end = tokens[e].end;
        if (!seen.has(text.slice(t.start, end)) && !explainedAt(text, t.start, end)) {
          seen.add(text.slice(t.start, end));
          out.push({ start: t.start, end, category: 'jargon', construction: 'internal-jargon' });
        }
        k = e;
        continue;
      }
    }
    const shape = codeShape(t);
    if (!shape) {
      // A code of one letter and digits ("G99", "K42") only as a thing waited on: as a place it is as often a road, a
      // terminal or a junction ("stuck on the M6", "sitting at T5").
      if (!seen.has(t.norm) && mixedCode(t) && /^[A-Z][0-9]/.test(t.text) && waitedOrSitting(tokens, k, false) && !explainedAt(text, t.start, t.end)) {
        seen.add(t.norm);
        out.push({ start: t.start, end: t.end, category: 'jargon', construction: 'internal-jargon' });
      }
      continue;
    }
    if (seen.has(t.norm)) continue;
    if (!codeRole(tokens, k, shape, seen) || explainedAt(text, t.start, t.end)) continue;
    seen.add(t.norm);
    out.push({ start: t.start, end: t.end, category: 'jargon', construction: 'internal-jargon' });
  }
  return out;
}
