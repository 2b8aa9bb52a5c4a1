/**
 * Back-office words that are not capitals codes (rwen19): the name of an internal stage, team or record used as the
 * status of the customer's case. "your ticket is in triage", "the claim is sitting in underwriting", "it has gone to
 * recon", "your account is in dunning", "the return is with goods-in", "I've passed it to ops", "the recon team",
 * "the sofa is backordered", "your card was soft-declined", "we've raised a chargeback", "the balance is on an owing",
 * "the claim is with UW". A customer reads a place their case is in without knowing what happens there.
 *
 * Read by construction, never by the word alone: a stage word counts only after a preposition of place or motion
 * (in, into, at, with, through, to, on) that follows a verb of being or moving (is, 's, sitting, stuck, gone, passed,
 * sent, moved …) or as the head of a team, desk or queue ("the recon team"); a status participle only after a form of
 * "be", "get" or "have been"; a record noun only with the verb that raises it. Plain words a customer knows are never
 * listed: in the post, in transit, in progress, under review, on hold, with the courier, at the depot, the returns or
 * billing team, the fulfilment centre, the amount owing, declined, refunded, dispatched. Capitals codes after "with"
 * ("sitting with UW") use jargon.caps.en.ts's test of an unlisted code; a code of letters and digits or in mixed case before
 * a stage or record head ("the G99 application", "the CoT date", "moved to NtO stage") is read here too.
 *
 * Advice only (construction `internal-jargon`, whose text exists in English and Persian): only the agent knows what the
 * word stands for in their company. Matrix: scripts/en-jargon19-matrix.ts.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { words } from './en.ts';
import { KNOWN_CAPS_EN, unknownCaps } from './jargon.caps.en.ts';
import { KNOWN } from './jargon.ts';
import type { GenericHit } from './types.ts';

/** Internal stages a case sits in or goes to, named as the back office names them. */
const STAGES = words(`
  triage dunning underwriting recon reconciliation remediation fulfilment fulfillment pre-auth preauth pre-authorisation
  pre-authorization preauthorisation preauthorization allocation picking putaway put-away sortation provisioning adjudication
  goods-in goods-inward goods-inwards backoffice back-office ops inbound backorder back-order
`);
/** Stage words that are a place only "on": "on backorder". */
const ON_STAGES = words('backorder back-order');
/** Two-word stages, by first word: "back office", "goods in", "pre auth". */
/** A Map, not an object: a draft's word is looked up in it, and "constructor" or "toString" is a key of every object. */
const STAGE_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([['back', ['office', 'order']], ['goods', ['in', 'inward', 'inwards']], ['pre', ['auth', 'authorisation', 'authorization']]]);
/** Capitals that name a back-office stage or team and that no list of the caps reader would leave as a code. */
const CAPS_STAGES = words('qc qa');
/** Heads that make a stage word the name of a team: "the recon team", "our dunning desk". */
const TEAM_HEADS = words('team teams desk queue department dept unit squad');
/** Nouns after a stage word that make it an everyday compound: "the fulfilment centre", "allocation date". */
const COMPOUND_AFTER = words('centre center centres centers fee fees charge charges partner partners service services date dates number numbers email emails letter letters code codes');
/** rwen29: a person's job title after a stage word ("our ops manager", "the fulfilment lead"): a person the customer can picture. */
const PERSON_AFTER = words('manager managers lead leads supervisor supervisors director directors head heads officer officers coordinator coordinators');
/** Prepositions of place or motion before a stage. */
const PLACE = words('in into at with through to');
/** Words between the verb and the preposition, or before the verb: adverbs and the parts of a verb phrase. */
const FILLER = words('still currently now already just back over across been being it this that them these those the case your our across right straight');
/** Verbs of being or moving that make the stage the case's whereabouts. */
const BE_MOVE = words(`
  is 's are 're was were be been being sits sitting sat stuck held waiting queued parked gone go goes going went moved move
  moving passed pass passing sent send sending referred refer transferred transfer forwarded forward handed escalated
  escalate put placed routed route assigned assign raised lodged logged
`);
/** Participles that are the back office's own status words. */
const PARTICIPLES = words(`
  backordered back-ordered triaged dunned reprovisioned re-provisioned deprovisioned de-provisioned soft-declined
  hard-declined requeued re-queued manifested remediated dispositioned short-shipped short-picked mis-sorted missorted
  deallocated de-allocated
`);
/** Forms of "be", "get" and "have been" before a participle, with adverbs that may stand between. */
const BE_GET = words("is 's are 're was were be been being get gets got getting");
const ADVERBS = words('still now currently already just not never no longer also');
/** "soft declined", "hard declined": two words. */
const SOFT_HARD = words('soft hard');
/** Records a back office raises: "raised a chargeback". */
const RECORD_NOUNS = words('chargeback chargebacks charge-back charge-backs');
const RECORD_VERBS = words('raise raised raising open opened opening file filed filing lodge lodged lodging submit submitted initiate initiated issue issued process processed log logged received receive put');
const DETS = words('a an the this that your our their its');

const word = (tokens: readonly Token[], k: number): Token | undefined => (k >= 0 && k < tokens.length && tokens[k].word ? tokens[k] : undefined);

/** The end (exclusive token index) of a stage starting at k, or -1. */
function stageAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (STAGES.has(t.norm)) return k + 1;
  if (CAPS_STAGES.has(t.norm) && t.text === t.text.toUpperCase()) return k + 1;
  // An operations team named in one word ("AdOps", "FinOps", "SecOps"): the back office's own name for a desk (rwen22).
  if (/^[A-Z][a-z]{1,6}Ops$/.test(t.text)) return k + 1;
  const pair = STAGE_PAIRS.get(t.norm);
  const n = word(tokens, k + 1);
  if (pair && n && pair.includes(n.norm)) return k + 2;
  return -1;
}

/** Whether the stage at k..end stands after a preposition that follows a verb of being or moving. */
function placedStage(tokens: readonly Token[], k: number, end: number): boolean {
  let j = k - 1;
  const det = word(tokens, j);
  if (det && (det.norm === 'the' || det.norm === 'our')) j--;
  const prep = word(tokens, j);
  if (!prep) return false;
  const onStage = ON_STAGES.has(tokens[k].norm) || (tokens[k].norm === 'back' && word(tokens, k + 1)?.norm === 'order');
  if (onStage ? prep.norm !== 'on' : !PLACE.has(prep.norm)) return false;
  const after = word(tokens, end);
  if (after && (COMPOUND_AFTER.has(after.norm) || PERSON_AFTER.has(after.norm))) return false;
  // "the plan is to triage them": a verb with its object, not a place.
  if (prep.norm === 'to' && after && !/Ops$/.test(tokens[k].text) && (DETS.has(after.norm) || /^(?:it|them|this|these|those|all|every|each|any)$/.test(after.norm))) return false;
  // The verb before, over at most four words of a verb phrase: "is still sitting in", "has been passed back to".
  for (let m = j - 1; m >= Math.max(0, j - 5); m--) {
    const w = word(tokens, m);
    if (!w) return false;
    if (BE_MOVE.has(w.norm)) return true;
    // "sitting in pre-auth with UW": a stage already named before this one.
    if (STAGES.has(w.norm) || PLACE.has(w.norm)) continue;
    if (!FILLER.has(w.norm) && !ADVERBS.has(w.norm) && !w.norm.endsWith('ly')) return false;
  }
  return false;
}

/** "the recon team", "our dunning desk": a stage word as the name of a team. */
function teamStage(tokens: readonly Token[], end: number): boolean {
  const h = word(tokens, end);
  return !!h && TEAM_HEADS.has(h.norm);
}

/** A participle at k after a form of be or get (adverbs between): "is backordered", "has been soft-declined". */
function participleAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  let end = -1;
  if (PARTICIPLES.has(t.norm)) end = k + 1;
  else if (SOFT_HARD.has(t.norm) && word(tokens, k + 1)?.norm === 'declined') end = k + 2;
  if (end < 0) return -1;
  for (let m = k - 1; m >= Math.max(0, k - 3); m--) {
    const w = word(tokens, m);
    if (!w) return -1;
    if (BE_GET.has(w.norm)) return end;
    if (!ADVERBS.has(w.norm)) return -1;
  }
  return -1;
}

/** "raised a chargeback", "we've received a chargeback", "a chargeback was raised". */
function recordAt(tokens: readonly Token[], k: number): boolean {
  if (!RECORD_NOUNS.has(tokens[k].norm)) return false;
  for (let m = k - 1; m >= Math.max(0, k - 3); m--) {
    const w = word(tokens, m);
    if (!w) break;
    if (RECORD_VERBS.has(w.norm)) return true;
    if (!DETS.has(w.norm) && !ADVERBS.has(w.norm)) break;
  }
  for (let m = k + 1; m <= Math.min(tokens.length - 1, k + 3); m++) {
    const w = word(tokens, m);
    if (!w) break;
    if (RECORD_VERBS.has(w.norm)) return true;
    if (!BE_GET.has(w.norm) && w.norm !== 'has' && w.norm !== 'have' && !ADVERBS.has(w.norm)) break;
  }
  return false;
}

/** "on an owing", "an owing slip": the pharmacy's noun for what it still owes the customer. */
function owingNoun(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].norm !== 'owing' && tokens[k].norm !== 'owings') return false;
  const p = word(tokens, k - 1);
  return !!p && (p.norm === 'an' || p.norm === 'a');
}

/** A capitals code after "with" in a case's whereabouts: "the claim is sitting with UW", "it's with CFT now". */
function capsWith(tokens: readonly Token[], k: number): boolean {
  if (KNOWN.has(tokens[k].norm) || !unknownCaps(tokens[k])) return false;
  let j = k - 1;
  const det = word(tokens, j);
  if (det && (det.norm === 'the' || det.norm === 'our')) j--;
  const prep = word(tokens, j);
  if (!prep || (prep.norm !== 'with' && prep.norm !== 'to')) return false;
  const n = word(tokens, k + 1);
  if (n && !TEAM_HEADS.has(n.norm) && !/^(?:now|at|for|so|until|today|already|who|which|while|since|to)$/.test(n.norm)) return false;
  return placedStage(tokens, k, k + 1);
}

/** Heads after a code that make it a stage, a status or a record of the back office: "the G99 application", "NtO stage". */
const CODE_HEADS = words('stage status approval clearance application submission form notice process queue');
/** Forms and codes customers fill in or hold themselves, quarters and halves of a year: not the back office's words. */
const CUSTOMER_CODES = words('p45 p60 p11d p800 p85 w2 w4 w8 w9 v5c sa100 sa302 i9 i130 ds160 ds11 d1 d2 dl1 n400 q1 q2 q3 q4 h1 h2 fy1 fy2 y1 y2 y3 y4 y5 y6 y7 y8 y9 y10 y11 y12 y13 b12 d3 g7 g20');
/**
 * A code no list knows that is not written in capitals only: letters then digits ("G99", "E7", "RT42") or capital,
 * small, capital ("CoT", "NtO"). Not a paper size or a road ("A4", "M25": one letter and digits before "form" is left
 * alone only for A-sizes), not a code customers know (jargon.ts's KNOWN, jargon.caps.en.ts's KNOWN_CAPS_EN: PhD, P45).
 */
const PAPER = /^A[0-9]$/;
export function mixedCode(t: Token): boolean {
  if (!t.word || t.lang !== 'en') return false;
  const s = t.text;
  if (!(/^[A-Z]{1,3}[0-9]{1,3}$/.test(s) || /^[A-Z][a-z][A-Z]$/.test(s))) return false;
  if (PAPER.test(s) || CUSTOMER_CODES.has(t.norm) || /^fy[0-9]+$/.test(t.norm) || KNOWN.has(t.norm) || KNOWN_CAPS_EN.has(t.norm)) return false;
  return true;
}
/** One internal-jargon hit over tokens [a, b). (perf36en: module-level, not a closure named per sentence under tsx.) */
function pushJargon(out: GenericHit[], tokens: readonly Token[], a: number, b: number): void {
  out.push({ start: tokens[a].start, end: tokens[b - 1].end, category: 'jargon', construction: 'internal-jargon' });
}

/** "the G99 application", "your CoT date", "has moved to NtO stage": a mixed code before a stage or record head. */
function mixedCodeAt(tokens: readonly Token[], k: number): boolean {
  if (!mixedCode(tokens[k])) return false;
  const h = word(tokens, k + 1);
  if (!h || !CODE_HEADS.has(h.norm)) return false;
  const p = word(tokens, k - 1);
  // After a number it is a model or a unit ("2 E7 forms"); otherwise a determiner, a preposition or a verb stands before.
  return !(p && /^[0-9]/.test(p.norm));
}

function shoutingAscii(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
  }
  return letters > 8;
}

export function readJargon19En(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  // A sentence in capitals throughout is shouting, not codes: more than 8 ASCII letters, none lower case (perfen30: counted
  // in one pass instead of a string of the letters made and upper-cased per sentence).
  if (shoutingAscii(text)) return [];
  const out: GenericHit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k].word) continue;
    const end = stageAt(tokens, k);
    if (end > k) {
      if (teamStage(tokens, end)) {
        pushJargon(out, tokens, k, end + 1);
        k = end;
        continue;
      }
      if (placedStage(tokens, k, end)) {
        pushJargon(out, tokens, k, end);
        k = end - 1;
        continue;
      }
    }
    const pEnd = participleAt(tokens, k);
    if (pEnd > k) {
      pushJargon(out, tokens, k, pEnd);
      k = pEnd - 1;
      continue;
    }
    if (recordAt(tokens, k) || owingNoun(tokens, k) || capsWith(tokens, k) || mixedCodeAt(tokens, k)) pushJargon(out, tokens, k, k + 1);
  }
  return out;
}
