/**
 * The twenty-seventh session's English readings (rwen27, issue 12), read in the tenth pass (./kinds22.en.ts) behind cheap
 * gates, each tried first on scripts/en-recall27-matrix.ts (positives and close contrasts in many trades and voices):
 *
 * - **a machine of ours refuses** (`readMachineRefuses`, gate: "refuse(s)", "reject(ing)", "grey(s)/gray(s)"): a machine
 *   noun of ours (till, portal, screen, card machine, booking tool …, with "our / the" and at most two modifiers) as the
 *   subject of "refuses to", "keeps rejecting", "greys / grays (it) out". Never the customer's device doing its job with a
 *   condition of theirs ("refuses to open if your phone …"), a result given to the customer ("so the white ones are free
 *   for you"), a pause ("for a second"), a person refusing.
 * - **a bare rule as the answer** (`readRuleOpener`, gate: the first word is company/house/store/shop/gym/club …): "company
 *   rules mate, …", "House rules, I'm afraid – …", "store policy hun, …": a rule noun phrase opening the sentence, then a
 *   vocative or a softener, then its break. Never a rule as a topic ("Company rules are …"), a rule that grants
 *   (policy-grant.en.ts).
 * - **not my department, as an idiom** (`readNotMyCircus`, gate: "circus", "monkeys", "grade"): "not my circus (, not my
 *   monkeys)", "(that's) above my pay grade". Never inside quotes (the caller leaves quoted text out), "within my pay grade".
 * - **a back-office status code** (`readStatusCode`, gate: a token in capitals with a hyphen, an underscore or a digit part,
 *   or a capitals code before "comes out at / is at N%"): "flagged NOSHOW-R", "marked RTS-2", "showing as HOLD_CX", "came
 *   back DECL-07", "set to PEND-QA"; "LTV comes out at 85%", "your DTI is at 44%". Only after a status verb (flagged,
 *   marked, showing as, set to, logged as, came back, moved to, status) or as a ratio of the office: a product model, an
 *   order or flight reference, a discount code, a known measure (BMI: KNOWN_CAPS_EN) stay silent.
 *
 * Every hit is advice (no text change).
 */
import type { Token } from '../../nlp/index.ts';
import { KNOWN_CAPS_EN } from './jargon.caps.en.ts';
import { words } from './en.ts';
import type { GenericHit } from './types.ts';

const norm = (toks: readonly Token[], k: number): string => (k >= 0 && k < toks.length ? toks[k].norm : '');
const span = (toks: readonly Token[], a: number, b: number, construction: string, category: GenericHit['category']): GenericHit => ({ start: toks[a].start, end: toks[b].end, category, construction });

// ---------------------------------------------------------------- a machine of ours refuses

/** Machines of ours (the head noun). */
const MACHINES = words(`system systems till tills portal screen software app platform terminal machine reader scanner tool
  website site checkout dashboard database computer program programme printer kiosk`);
/** Words that may stand between "our / the" and the machine: "our old till", "the booking screen", "our card machine". */
const MACHINE_MODS = words(`old ancient new booking scheduling ticket card payment online web billing ordering checkout admin
  internal booking-system reservation reservations stock till pos epos self-service lovely trusty stupid silly`);

export function machineRefusesMayStart(toks: readonly Token[]): boolean {
  return toks.some((t) => /^(?:refuses|refused|refusing|rejecting|rejects|greys|grays|greyed|grayed|blanks)$/.test(t.norm));
}

export function readMachineRefuses(toks: Token[]): GenericHit[] {
  const out: GenericHit[] = [];
  for (let v = 1; v < toks.length; v++) {
    const w = toks[v].norm;
    let e = -1;
    if (/^(?:refuses|refused)$/.test(w) && norm(toks, v + 1) === 'to') e = v;
    else if (/^(?:rejecting|refusing)$/.test(w) && /^(?:keeps|kept|is|was)$/.test(norm(toks, v - 1))) e = v;
    else if (/^(?:greys|grays|blanks)$/.test(w)) {
      // "greys out …", "greys it / that option / the 14th out": the particle within four words.
      for (let k = v + 1; k < toks.length && k <= v + 4 && toks[k].word; k++) if (toks[k].norm === 'out') { e = k; break; }
    }
    if (e < 0) continue;
    // The subject: the machine noun right before (past "just / still / always / keeps"), after "our / the" and modifiers.
    let n = v - 1;
    while (n >= 0 && /^(?:just|still|always|keeps|kept|is|was|now|simply)$/.test(toks[n].norm)) n--;
    // ("till" is read as "until" by the language layer: the written word is the machine.)
    if (n < 0 || !(MACHINES.has(toks[n].norm) || MACHINES.has(toks[n].text.toLowerCase()))) continue;
    let a = n;
    while (a - 1 >= 0 && MACHINE_MODS.has(toks[a - 1].norm) && n - a < 2) a--;
    if (!/^(?:our|the|this|my)$/.test(norm(toks, a - 1))) continue;
    a--;
    // The rest of the sentence: a condition of the customer's ("if your phone …"), a result for them, a pause.
    const rest = toks.slice(e + 1).filter((t) => t.word).map((t) => t.norm).join(' ');
    if (/\b(?:if|unless|when|whenever) (?:you|your|u|ur)\b|\bfor you\b|\bfree for\b|\bfor a (?:second|moment|sec)\b|\bthat is normal\b|\bthats normal\b|\bis normal\b/.test(rest)) continue;
    if (/\balready booked\b|\bso you(?:re| are)? (?:safe|protected)\b/.test(rest)) continue;
    out.push(span(toks, a, e, 'system-blocks', 'cant-wont'));
  }
  return out;
}

// ---------------------------------------------------------------- a bare rule as the answer

const RULE_OWNERS = words('company house store shop gym club school venue site park hotel clinic practice salon library pool studio');
const RULE_WORDS = words('rules policy policies regs regulations');
const VOCATIVES = words('mate mates love luv hun hon pal buddy bud dear sir madam maam guys folks friend chief boss bro');
const SOFTENERS = words('sorry unfortunately sadly afraid apologies');

/** (perfen31) A word ruleOpenerMayStart cannot pass without (./dispatch.en.ts). */
export const ruleOpenerWord = (w: string): boolean => RULE_OWNERS.has(w);

export function ruleOpenerMayStart(toks: readonly Token[]): boolean {
  const f = toks.find((t) => t.word);
  return !!f && RULE_OWNERS.has(f.norm);
}

export function readRuleOpener(toks: Token[]): GenericHit[] {
  const f = toks.findIndex((t) => t.word);
  if (f < 0 || !RULE_OWNERS.has(toks[f].norm) || !RULE_WORDS.has(norm(toks, f + 1))) return [];
  let k = f + 2;
  if (toks[k] && !toks[k].word && toks[k].text === ',') k++;
  let e = -1;
  if (VOCATIVES.has(norm(toks, k)) || SOFTENERS.has(norm(toks, k))) e = k;
  else if (norm(toks, k) === 'i' && norm(toks, k + 1) === 'am' && norm(toks, k + 2) === 'afraid') e = k + 2;
  if (e < 0) return [];
  // Its break: a comma, a dash or a colon right after.
  const br = toks[e + 1];
  if (!br || br.word || !/^[,\u2013\u2014:;-]$/.test(br.text)) return [];
  // A rule that gives: "House rules mate, you are welcome to …" (policy-grant.en.ts reads the rest of the sentence).
  const rest = toks.slice(e + 2).filter((t) => t.word).map((t) => t.norm).join(' ');
  if (/^(?:you|u) (?:are|can|may|get|will get) (?:welcome|free|able|entitled|eligible|covered|allowed)?/.test(rest) && !/\b(?:not|only|must|cannot)\b/.test(rest)) return [];
  return [span(toks, f, e, 'policy-shield', 'policy')];
}

// ---------------------------------------------------------------- not my department, as an idiom

export function notMyCircusMayStart(toks: readonly Token[]): boolean {
  return toks.some((t) => t.norm === 'circus' || t.norm === 'monkeys' || t.norm === 'grade');
}

export function readNotMyCircus(toks: Token[]): GenericHit[] {
  const out: GenericHit[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].norm === 'not' && norm(toks, i + 1) === 'my' && /^(?:circus|monkeys)$/.test(norm(toks, i + 2))) {
      // The idiom, not "it was not my circus to judge" (a clause goes on with "to").
      if (norm(toks, i + 3) === 'to') continue;
      let e = i + 2;
      if (norm(toks, e) === 'circus' && norm(toks, e + 1) === 'not' && norm(toks, e + 2) === 'my' && norm(toks, e + 3) === 'monkeys') e += 3;
      else if (norm(toks, e) === 'circus' && !toks[e + 1]?.word && norm(toks, e + 2) === 'not' && norm(toks, e + 3) === 'my' && norm(toks, e + 4) === 'monkeys') e += 4;
      out.push(span(toks, i, e, 'handled-elsewhere', 'dismissive'));
      i = e;
      continue;
    }
    if (toks[i].norm === 'above' && norm(toks, i + 1) === 'my' && norm(toks, i + 2) === 'pay' && norm(toks, i + 3) === 'grade') {
      let a = i;
      if (/^(?:is|are|s)$/.test(norm(toks, i - 1)) && /^(?:that|this|it|thats|those)$/.test(norm(toks, i - 2))) a = i - 2;
      else if (/^(?:thats|that|its)$/.test(norm(toks, i - 1))) a = i - 1;
      out.push(span(toks, a, i + 3, 'handled-elsewhere', 'dismissive'));
    }
  }
  return out;
}

// ---------------------------------------------------------------- a back-office status code

/** A compound code written in capitals: letters with a hyphen or underscore part ("NOSHOW-R", "HOLD_CX", "RTS-2"). */
const COMPOUND_CODE = /^[A-Z]{2,}(?:[-_][A-Z0-9]{1,4})+$/;
/** A short capitals code: "LTV", "DTI". */
const CAPS_CODE = /^[A-Z]{2,4}$/;
/** The words before a status: "flagged", "marked (as)", "showing as", "set to", "logged as", "came back", "moved to". */
function statusBefore(toks: readonly Token[], k: number): boolean {
  const p = norm(toks, k - 1), q = norm(toks, k - 2);
  if (/^(?:flagged|marked|coded|tagged|stamped|returned|pended)$/.test(p)) return true;
  if (p === 'as' && /^(?:flagged|marked|showing|shows|shown|logged|coded|tagged|listed|recorded|classed|classified|set|closed|status)$/.test(q)) return true;
  if (p === 'to' && /^(?:set|moved|changed|updated|switched|put)$/.test(q)) return true;
  if (p === 'back' && /^(?:came|come|comes|coming)$/.test(q)) return true;
  if (p === 'status' || (p === 'in' && q === 'is')) return true;
  return false;
}

export function statusCodeMayStart(toks: readonly Token[]): boolean {
  return toks.some((t) => COMPOUND_CODE.test(t.text) || CAPS_CODE.test(t.text));
}

export function readStatusCode(toks: Token[]): GenericHit[] {
  const out: GenericHit[] = [];
  // A sentence written in capitals has no codes to tell apart.
  const letters = toks.filter((t) => t.word && /[a-z]/i.test(t.text));
  if (letters.length && letters.filter((t) => t.text === t.text.toUpperCase()).length > letters.length / 2) return out;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.word) continue;
    if (COMPOUND_CODE.test(t.text) && statusBefore(toks, k)) {
      out.push(span(toks, k, k, 'internal-jargon', 'jargon'));
      continue;
    }
    // "LTV comes out at 85%", "your DTI is at 44%": a ratio of the office, with its per cent.
    if (CAPS_CODE.test(t.text) && !KNOWN_CAPS_EN.has(t.norm)) {
      let v = k + 1;
      let ok = false;
      if (/^(?:comes|came|works)$/.test(norm(toks, v)) && norm(toks, v + 1) === 'out' && norm(toks, v + 2) === 'at') { v += 3; ok = true; } else if (/^(?:is|was|sits|stands)$/.test(norm(toks, v)) && norm(toks, v + 1) === 'at') { v += 2; ok = true; }
      if (ok && /^\d+(?:\.\d+)?$/.test(norm(toks, v)) && toks[v + 1]?.text === '%') out.push(span(toks, k, k, 'internal-jargon', 'jargon'));
    }
  }
  return out;
}
