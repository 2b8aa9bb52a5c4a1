/**
 * The English generic reader's second pass (twelfth session, issue 12): negative phrasing built by
 * *construction* rather than read off one writer's sentences, for the families the main reader
 * (en.ts) reached only in part on writers nobody on the team was:
 *
 * - a rule as the reason: "it's (simply) not our policy to", "As per regulations,", "because of our
 *   policy", "the guidelines are very clear on this", "rules are rules", "the policy won't let me",
 *   "policy says we have to", "against regulations", "a no-refund policy";
 * - the machine as the reason: "the portal is blocking me from", "the booking engine rejects any
 *   change", "I'm locked out of editing", "the system isn't set up to", "the tool doesn't have an
 *   option for", "there's no option in the system to", "it's a system limitation", "my screen only
 *   lets me";
 * - time refusals: "the earliest (slot) is", "at the earliest", "nothing will happen till Monday",
 *   "we only release funds after", "nothing available for another 6 weeks", "you'll need to hang on
 *   till", "isn't expected until April", "it'll be another three weeks before";
 * - refusals with a negated modal in any person or none: "the manager wouldn't approve it", "they
 *   won't accept the claim", "I'm not going to be able to", "no refunds can be given", "we r unable to";
 * - candour openers: "I'll be straight with you", "let me be frank", "truth be told", "not gonna
 *   lie", "between you and me";
 * - sent elsewhere: "not my area", "not our job".
 *
 * Each hit is advice (lib/rewrite/engine.ts adds generic hits as advice only where no pack rule
 * touched the clause), so it never invents an offer. The neutral look-alikes stay silent: security
 * that protects the customer ("the system blocks suspicious logins"), reassurance ("the terms don't
 * allow us to charge you", "nothing will change until you tell us", "you won't be charged until"),
 * rules that give ("by law you're entitled to"), soon-ish earliest dates offered or booked, "only once"
 * as a count, and conditions and questions (as in en.ts).
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { BENEFITS, CUSTOMER_NOUNS, conditionalClauses, inCondition, isQuestion, nextWord, norm, offerFollows, prevWord, REASSURING, soonerStepGiven, SYSTEM_NOUNS, TIME_UNITS, words } from './en.ts';
import { ACRONYMS, KNOWN } from './jargon.ts';
import { bestForCustomer } from './kinds25.en.ts';
import type { GenericHit, GenericReader } from './types.ts';
import { policyGrantsIn } from '../policy-grant.en.ts';

/** What a company's rules are called. */
const RULES = 'policy|policies|rules|rule|regulations|regulation|guidelines|guideline|terms|procedure|procedures|protocol|protocols|law|legislation|t&cs|t&c|conditions|contract|agreement';
const RULE_SET = words(RULES.replace(/\|/g, ' '));
/** Words that may stand before a rule noun in its noun phrase ("our returns policy", "the company rules"). */
const RULE_DETS = words('the our company store house internal strict standard general usual returns refund cancellation booking fare data privacy protection security');
/** Machines, with a few more than en.ts's SYSTEM_NOUNS ("the booking engine", "my screen", "the back end"). */
const MACHINES = new Set([...SYSTEM_NOUNS, 'sytem', 'systen', 'sysem', 'engine', 'screen', 'backend', 'back-end', 'sap', 'salesforce', 'zendesk', 'gateway', 'workflow', 'queue']);
/** Security and reassurance: a machine or a rule that blocks them protects the customer. */
const PROTECTS = words(`suspicious fraud fraudulent fraudsters spam scam scams phishing unauthorised unauthorized protect protects protected protecting
  safe safety secure security accidental accidentally accidental twice double duplicate duplicates malware virus viruses bots hackers hacker
  charged billed overcharged overcharging mistakes misuse abuse stolen theft`);
/** Verbs a block or a rule that reassures has as its object ("doesn't allow us to charge you"). */
const REASSURING_OBJ = words('charge bill debit sell share disclose pass penalise penalize fine overcharge contact spam track keep store');
/** Clause words that make a rule give rather than refuse ("By law you're entitled to a refund"). */
const GIVING = /^(?:you (?:can|get|have|may|will (?:get|have|be covered|be refunded|receive)|are (?:covered|entitled|eligible|protected|welcome|free|able|due)|do not (?:need|have) to|don't (?:need|have) to)|we (?:will|can|are happy|refund|cover|offer|give|always)|your (?:money|refund|deposit|data) (?:is|will))/;
/** Openers that may stand before a fronted rule ("Sorry, as per regulations, …"). */
const FRONT_OPENERS = words('but and so however also unfortunately sadly i am afraid well ok okay sorry hi hello yes no');

/** The clause's word norms from k on (at most n), joined by spaces. */
function restOf(toks: Token[], k: number, n = 6): string {
  const out: string[] = [];
  for (let e = k; e >= 0 && e < toks.length && out.length < n; e++) if (toks[e].word) out.push(toks[e].norm);
  return out.join(' ');
}

/** Any word in `set` from token a to b (inclusive, clamped). */
const anyIn = (toks: Token[], a: number, b: number, set: ReadonlySet<string>) => {
  for (let k = Math.max(0, a); k <= b && k < toks.length; k++) if (set.has(toks[k].norm) || set.has(toks[k].lemma)) return true;
  return false;
};

/** Token a heads its sentence, after at most a few openers ("Sorry, as per regulations"). */
function fronted(toks: Token[], a: number): boolean {
  for (let k = 0; k < a; k++) if (toks[k].word && !FRONT_OPENERS.has(toks[k].norm)) return false;
  return true;
}

/** A negation (not, no, never, nothing, cannot…) in the sentence after token b. */
function negationAfter(toks: Token[], b: number, upTo = toks.length): boolean {
  for (let k = b + 1; k < toks.length && k < upTo; k++) if (toks[k].neg || /^(?:only|must|have|sorry|afraid|unfortunately)$/.test(toks[k].norm)) return true;
  return false;
}

/** A contracted "'s" / "s" at a starts with the word it leans on ("It's", "its", "thats"): a flag never starts inside a word. */
function withHost(toks: Token[], a: number): number {
  return a > 0 && toks[a - 1].word && toks[a - 1].end === toks[a].start ? a - 1 : a;
}

function hit(toks: Token[], a: number, b: number, construction: string, category: GenericHit['category']): GenericHit {
  return { start: toks[withHost(toks, a)].start, end: toks[b].end, category, construction };
}

// ---- a rule as the reason -------------------------------------------------------------------------

/** The first token of the rule noun phrase that ends at r ("our returns policy" from "our"), or r. */
function ruleStart(toks: Token[], r: number): number {
  let a = r;
  while (a > 0 && a > r - 3 && toks[a - 1].word && RULE_DETS.has(toks[a - 1].norm)) a--;
  return a;
}

/** "it's not our policy to", "not company policy", "not standard practice" is en.ts's. */
function readNotOurPolicy(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'not') return null;
  let k = nextWord(toks, i);
  if (/^(?:simply|really|actually|just|strictly|exactly)$/.test(norm(toks, k))) k = nextWord(toks, k);
  let d = k;
  if (/^(?:our|the|company|store|standard|usual|general)$/.test(norm(toks, d))) d = nextWord(toks, d);
  if (/^(?:company|store|standard|usual|general|house)$/.test(norm(toks, d))) d = nextWord(toks, d);
  if (d < 0 || !/^(?:policy|practice)$/.test(toks[d].norm)) return null;
  // Bare "not policy" only before what it forbids: "it's not policy to", "not policy for refunds".
  if (d === k && (toks[d].norm !== 'policy' || !/^(?:to|for)$/.test(norm(toks, nextWord(toks, d))))) return null;
  // "not our policy anymore", "not only our policy but …"
  if (/^(?:anymore|any|only)$/.test(norm(toks, nextWord(toks, d)))) return null;
  const p = prevWord(toks, i);
  return hit(toks, p >= 0 && /^(?:is|are|was|be)$/.test(toks[p].norm) ? p : i, d, 'policy-shield', 'policy');
}

/** "As per regulations,", "Per policy", "Under regulations", "By law": a bare rule fronted as the reason. */
function readBareRuleFronted(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  let r = -1;
  if (w === 'as' && norm(toks, i + 1) === 'per') r = i + 2;
  else if (w === 'per' || w === 'under' || w === 'by') r = i + 1;
  else if ((w === 'according' || w === 'pursuant') && norm(toks, i + 1) === 'to') r = i + 2;
  // "In line with our underwriting guidelines, …", "In accordance with the store's returns policy, …".
  else if (w === 'in' && /^(?:line|accordance|keeping)$/.test(norm(toks, i + 1)) && norm(toks, i + 2) === 'with') {
    r = i + 3;
    for (let n = 0; n < 3 && r + 1 < toks.length && toks[r].word && !RULE_SET.has(toks[r].norm) && (RULE_DETS.has(toks[r].norm) || /^(?:NOUN|ADJ|PROPN)$/.test(toks[r].pos)); n++) r++;
  }
  if (r < 0 || r >= toks.length || !toks[r].word) return null;
  const rule = toks[r].norm;
  if (!/^(?:regulations|regulation|policy|policies|rules|guidelines|protocol|procedure|procedures|law|legislation|terms)$/.test(rule) || (w === 'in' && rule === 'law')) return null;
  // "by law" only with "we"/"I" refusing or obliged after it; "under rules" is rare English, keep to regulations/policy.
  if (w === 'by' && rule !== 'law') return null;
  if (!fronted(toks, i)) return null;
  // rwen27: a rule fronted over what it grants ("Per policy, you can …"): one reading for every policy rule (policy-grant.en.ts).
  if (policyGrantsIn(toks, [toks[i].start, toks[r].end])) return null;
  return hit(toks, i, r, 'policy-shield', 'policy');
}

/** "because of our policy", "due to company rules", "owing to regulations", "for policy reasons". */
function readRuleAsCause(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  let k: number;
  if (w === 'because' && norm(toks, i + 1) === 'of') k = i + 2;
  else if ((w === 'due' || w === 'owing') && norm(toks, i + 1) === 'to') k = i + 2;
  else if (w === 'for' && norm(toks, i + 1) === 'policy' && /^(?:reasons|reason)$/.test(norm(toks, i + 2))) return hit(toks, i, i + 2, 'policy-shield', 'policy');
  else return null;
  let r = k;
  for (let n = 0; n < 3 && r < toks.length && toks[r].word && RULE_DETS.has(toks[r].norm) && !RULE_SET.has(toks[r].norm); n++) r++;
  if (r >= toks.length || !/^(?:policy|policies|rules|regulations|regulation|guidelines|protocol|procedures|procedure|legislation)$/.test(toks[r].norm)) return null;
  // "due to the new rules, you can now …": a rule that gives.
  if (GIVING.test(restOf(toks, nextWord(toks, r), 6))) return null;
  return hit(toks, i, r, 'policy-shield', 'policy');
}

/**
 * "the guidelines are very clear on this", "the rules are pretty strict about that", "our policy is
 * clear: no exchanges": the rule's firmness as the answer (not "the guidelines are clear and easy").
 */
function readRuleIsClear(toks: Token[], i: number): GenericHit | null {
  if (!RULE_SET.has(toks[i].norm) || toks[i].norm === 'law') return null;
  let k = nextWord(toks, i);
  if (!/^(?:is|are|was|were)$/.test(norm(toks, k))) return null;
  k = nextWord(toks, k);
  if (/^(?:very|quite|pretty|really|perfectly|extremely|super|crystal|absolutely|fairly|rather)$/.test(norm(toks, k))) k = nextWord(toks, k);
  if (k < 0 || !/^(?:clear|strict|firm|explicit|specific|unambiguous|black|rigid|inflexible|tight)$/.test(toks[k].norm)) return null;
  const n = k + 1 < toks.length ? toks[k + 1] : undefined;
  const a = ruleStart(toks, i);
  if (!n) return null;
  if (n.word && /^(?:on|about|regarding|here|there|with|that)$/.test(n.norm)) {
    // "explicit about your right to a refund": the rule on the customer's side.
    if (/^(?:on|about|regarding) (?:your (?:right|rights|entitlement|protection)|how you can|what you can)/.test(restOf(toks, k + 1, 4))) return null;
    return hit(toks, a, k, 'policy-shield', 'policy');
  }
  // A colon, dash or comma, then a negation or an obligation: "is clear: no exchanges", "are strict, sorry".
  if (!n.word && /^[:–—;,-]$/.test(n.norm) && negationAfter(toks, k)) return hit(toks, a, k, 'policy-shield', 'policy');
  return null;
}

/** "Rules are rules", "policy is policy", "the rules are the rules". */
function readRulesAreRules(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (!/^(?:rules|policy|regulations|terms)$/.test(w)) return null;
  const be = nextWord(toks, i);
  if (!/^(?:is|are)$/.test(norm(toks, be))) return null;
  let k = nextWord(toks, be);
  if (norm(toks, k) === 'the' && norm(toks, i - 1) === 'the') k = nextWord(toks, k);
  if (norm(toks, k) !== w) return null;
  return hit(toks, norm(toks, i - 1) === 'the' ? i - 1 : i, k, 'policy-shield', 'policy');
}

/** "the policy won't let me", "our terms don't allow", "regulations do not permit" (not "… to charge you"). */
function readRuleDoesNotAllow(toks: Token[], i: number): GenericHit | null {
  if (!RULE_SET.has(toks[i].norm)) return null;
  const aux = nextWord(toks, i);
  if (!/^(?:does|do|did|will|would|can|could)$/.test(norm(toks, aux))) return null;
  const neg = nextWord(toks, aux);
  if (!/^(?:not|never)$/.test(norm(toks, neg))) return null;
  let v = nextWord(toks, neg);
  if (/^(?:really|actually|currently|simply)$/.test(norm(toks, v))) v = nextWord(toks, v);
  if (v < 0 || !/^(?:allow|permit|let|authorise|authorize|accept|entitle)$/.test(toks[v].lemma)) return null;
  // "doesn't allow us to charge you", "won't let anyone share your data": the rule protects.
  for (let k = v + 1; k < toks.length && k <= v + 6 && toks[k].clause === toks[v].clause; k++) if (REASSURING_OBJ.has(toks[k].lemma) || PROTECTS.has(toks[k].norm)) return null;
  return hit(toks, ruleStart(toks, i), v, 'policy-shield', 'policy');
}

/** "Policy says we have to keep the deposit", "the rules state that we cannot": a rule quoted before a refusal. */
function readRuleSays(toks: Token[], i: number): GenericHit | null {
  if (!RULE_SET.has(toks[i].norm) || toks[i].norm === 'law' || toks[i].norm === 'contract' || toks[i].norm === 'agreement') return null;
  const v = nextWord(toks, i);
  if (!/^(?:says|say|state|states|stipulate|stipulates|dictate|dictates|require|requires|mandate|mandates|specify|specifies)$/.test(norm(toks, v))) return null;
  // Only before a refusal or an obligation in the rest of the sentence (not "the policy says you're covered").
  let neg = false;
  for (let k = v + 1; k < toks.length && k <= v + 10; k++) {
    const t = toks[k];
    if (t.neg || /^(?:must|only|cannot|no)$/.test(t.norm) || (t.norm === 'have' && norm(toks, k + 1) === 'to') || (t.norm === 'need' && norm(toks, k + 1) === 'to')) neg = true;
  }
  // The clause the rule says, after an optional "that": a rule that gives is no shield.
  const said = norm(toks, nextWord(toks, v)) === 'that' ? nextWord(toks, nextWord(toks, v)) : nextWord(toks, v);
  if (!neg || GIVING.test(restOf(toks, said, 6))) return null;
  return hit(toks, ruleStart(toks, i), v, 'policy-shield', 'policy');
}

/** "against policy", "against regulations", "against the law" said of what the customer asked (not "… for us to charge you"). */
function readAgainstRule(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'against') return null;
  let r = nextWord(toks, i);
  if (norm(toks, r) === 'the' || norm(toks, r) === 'company' || norm(toks, r) === 'our') r = nextWord(toks, r);
  if (r < 0 || !/^(?:policy|regulations|regulation|rules|protocol|procedure|guidelines|law)$/.test(toks[r].norm)) return null;
  for (let k = r + 1; k < toks.length && k <= r + 7; k++) if (REASSURING_OBJ.has(toks[k].lemma) || PROTECTS.has(toks[k].norm)) return null;
  const p = prevWord(toks, i);
  return hit(toks, p >= 0 && /^(?:is|are|goes|go|was)$/.test(toks[p].norm) ? p : i, r, 'policy-shield', 'policy');
}

/** "sorry, its policy" (typed without its apostrophe) closing the clause: the rule as the whole answer. */
function readItsPolicy(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'its' || toks[i].text.toLowerCase() !== 'its') return null;
  let r = nextWord(toks, i);
  if (/^(?:company|store|our|the)$/.test(norm(toks, r))) r = nextWord(toks, r);
  if (!/^(?:policy|rules|procedure|protocol)$/.test(norm(toks, r))) return null;
  const n = r + 1 < toks.length ? toks[r + 1] : undefined;
  // "its store policy for hygiene reasons": the rule with its stated reason, at the head of its clause (not the possessive
  // of "the shop changed its policy for safety reasons").
  const reason = n?.norm === 'for' && [r + 2, r + 3, r + 4].some((k) => /^(?:reasons?|purposes)$/.test(norm(toks, k))) && (prevWord(toks, i, false) < 0 || toks[prevWord(toks, i, false)].clause !== toks[i].clause || /^(?:and|but|so)$/.test(norm(toks, prevWord(toks, i, false))));
  if (n && n.word && !reason && !/^(?:sorry|im|unfortunately|i|afraid)$/.test(n.norm)) return null;
  return hit(toks, i, r, 'policy-shield', 'policy');
}

/** "a no-refund policy", "our no returns policy", "a strict no-exchange rule". */
function readNoXPolicy(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  let k: number;
  if (/^no-(?:refunds?|returns?|exchanges?|cancellations?|changes?|transfers?|show)$/.test(w)) k = nextWord(toks, i);
  else if (w === 'no' && /^(?:refunds?|returns?|exchanges?|cancellations?|changes?|transfers?)$/.test(norm(toks, i + 1))) k = nextWord(toks, i + 1);
  else return null;
  if (!/^(?:policy|rule)$/.test(norm(toks, k))) return null;
  return hit(toks, i, k, 'policy-shield', 'policy');
}

// ---- the machine as the reason ---------------------------------------------------------------------

/** The first token of the machine noun phrase ending at m ("the booking engine" from "the"), or -1 when it has no determiner. */
function machineStart(toks: Token[], m: number): number {
  let a = m;
  for (let n = 0; n < 2 && a > 0 && toks[a - 1].word && (toks[a - 1].pos === 'NOUN' || MACHINES.has(toks[a - 1].norm)) && !/^(?:the|our|my|this|that|your)$/.test(toks[a - 1].norm); n++) a--;
  if (a > 0 && /^(?:the|our|my|this|that|your)$/.test(toks[a - 1].norm)) return a - 1;
  // Chat drops the article at the head of a sentence: "system's not letting me", "sorry, portal won't take it".
  return fronted(toks, a) ? a : -1;
}

/** The clause after b protects the customer ("blocks suspicious logins", "stops you being charged twice"). */
function protects(toks: Token[], b: number): boolean {
  for (let k = b + 1; k < toks.length && k <= b + 9; k++) if (PROTECTS.has(toks[k].norm) || PROTECTS.has(toks[k].lemma)) return true;
  return false;
}

const BLOCKING = words('block blocks blocked blocking reject rejects rejected rejecting prevent prevents prevented preventing stop stops stopping stopped disallow disallows restrict restricts restricted bar bars barred locks lock locking locked refuses');

/**
 * "The portal is blocking me from", "the booking engine rejects any change", "our system blocks any
 * refund over £500", "the tool prevents me from splitting", "the system isn't set up to take",
 * "the app isn't built for that", "the system doesn't have an option for", "my screen only lets me",
 * "the system won't generate a second invoice" (en.ts reads "won't let / allow / accept").
 */
/** Costs a machine may leave off (rwen24): a cost not added is good news. */
const COST_WORDS = words('fee fees charge charges vat tax taxes commission interest surcharge surcharges penalty penalties markup postage cost costs extra');
function readMachine(toks: Token[], i: number): GenericHit | null {
  const m = toks[i].text.toLowerCase() === 'till' ? -1 : i;
  if (m < 0 || !MACHINES.has(toks[m].norm) || toks[m].norm === 'it' || toks[m].norm === 'site' || toks[m].norm === 'form' || toks[m].norm === 'queue') return null;
  if (toks[m].pos !== 'NOUN' && toks[m].pos !== 'PROPN') return null;
  const a = machineStart(toks, m);
  if (a < 0) return null;
  let j = nextWord(toks, m);
  if (/^(?:automatically|just|simply|always|still|now|currently|also|auto)$/.test(norm(toks, j))) j = nextWord(toks, j);
  if (j < 0) return null;
  const w = toks[j].norm;
  // "is blocking", "has blocked", "keeps rejecting" (en.ts), or the verb itself.
  let v = j;
  // The machine's standing rule ("rejects any change") or what it is doing now ("is blocking me"): not what it did once
  // ("the app rejected my top-up", "has locked the card": news of an event) nor what was done to it ("was rejected").
  const x0 = nextWord(toks, j);
  if (/^(?:is|are)$/.test(w) && /ing$/.test(norm(toks, x0)) && BLOCKING.has(norm(toks, x0))) v = x0;
  else if (/^(?:is|are|was|were|has|have|had)$/.test(w) && BLOCKING.has(norm(toks, x0))) return null;
  if (/ed$/.test(toks[v].norm)) return null;
  // A blocking verb the tagger read as a noun ("the tool prevents me") still counts before its object.
  if (BLOCKING.has(toks[v].norm) && (toks[v].pos !== 'NOUN' || /^(?:me|us|you|any|all|the|it|this|that|anything|your|every|them)$/.test(norm(toks, nextWord(toks, v))))) {
    if (protects(toks, v)) return null;
    const obj = norm(toks, nextWord(toks, v));
    // "it stops working", "blocks out": not a refusal of the customer's request.
    if (/^(?:working|responding|loading|out|up)$/.test(obj)) return null;
    return hit(toks, a, v, 'system-blocks', 'cant-wont');
  }
  // "only lets / allows / accepts me", "will only let us"
  if (w === 'only' || ((w === 'will' || w === 'can') && norm(toks, nextWord(toks, j)) === 'only')) {
    const o = w === 'only' ? j : nextWord(toks, j);
    const v2 = nextWord(toks, o);
    if (/^(?:let|lets|allow|allows|permit|permits)$/.test(norm(toks, v2)) && /^(?:me|us)$/.test(norm(toks, nextWord(toks, v2))) && !protects(toks, v2)) return hit(toks, a, nextWord(toks, v2), 'system-blocks', 'cant-wont');
    return null;
  }
  if (!/^(?:is|are|was|does|do|did|will|would|can|could|has|'s|s)$/.test(w)) return null;
  const neg = nextWord(toks, j);
  if (norm(toks, neg) !== 'not') return null;
  let x = nextWord(toks, neg);
  if (/^(?:currently|really|actually|simply|yet)$/.test(norm(toks, x))) x = nextWord(toks, x);
  if (x < 0) return null;
  const xv = toks[x].norm;
  // "isn't set up to / built for / designed to handle / configured for"
  if (/^(?:is|are|was)$/.test(w) && /^(?:set|setup|built|designed|configured|programmed|equipped|made)$/.test(xv)) {
    let e = x;
    if (xv === 'set' && norm(toks, x + 1) === 'up') e = x + 1;
    const n = nextWord(toks, e);
    if (!/^(?:to|for)$/.test(norm(toks, n))) return null;
    if (protects(toks, n) || REASSURING_OBJ.has(norm(toks, nextWord(toks, n)))) return null;
    return hit(toks, a, n, 'system-blocks', 'cant-wont');
  }
  // "doesn't have an option / a field / the ability for"
  if ((w === 'does' || w === 'do' || w === 'did') && (xv === 'have' || xv === 'offer' || xv === 'give' || xv === 'provide')) {
    let o = nextWord(toks, x);
    if (/^(?:me|us)$/.test(norm(toks, o))) o = nextWord(toks, o);
    if (/^(?:an|a|the|any)$/.test(norm(toks, o))) o = nextWord(toks, o);
    if (/^(?:option|options|field|button|setting|way|facility|function|functionality|ability|feature|capability|box)$/.test(norm(toks, o))) return hit(toks, a, o, 'system-blocks', 'cant-wont');
    return null;
  }
  // A machine en.ts does not list (a typo: "the sytem wont let me"): its let / allow / accept too.
  if (!SYSTEM_NOUNS.has(toks[m].norm) && /^(?:let|allow|permit|accept)$/.test(toks[x].lemma) && /^(?:me|us|it|that|this|the|any)$/.test(norm(toks, nextWord(toks, x)))) return hit(toks, a, x, 'system-blocks', 'cant-wont');
  // "won't generate / create / issue / go that far", beyond en.ts's let / allow / accept.
  if (/^(?:generate|create|issue|add|register|apply|release|book|extend|display|produce|raise)$/.test(toks[x].lemma) && !protects(toks, x)) {
    if (REASSURING.has(toks[x].lemma)) return null;
    // rwen24: a cost not added ("our checkout doesn't add VAT on overseas orders", "doesn't apply a card fee"): good news.
    for (let k = x + 1; k < toks.length && k <= x + 4; k++) if (COST_WORDS.has(toks[k].norm)) return null;
    return hit(toks, a, x, 'system-blocks', 'cant-wont');
  }
  if (toks[x].lemma === 'go' && /^(?:that|any|so|further|past|beyond|back|far)$/.test(norm(toks, nextWord(toks, x)))) return hit(toks, a, x, 'system-blocks', 'cant-wont');
  // "my system won't budge on that"
  if (toks[x].norm === 'budge') return hit(toks, a, x, 'system-blocks', 'cant-wont');
  // "system's not letting me" ("'s" as "is"): let / allow / accept in the progressive, which en.ts reads after "is" only.
  if ((w === "'s" || w === 's') && /^(?:letting|allowing|accepting|taking|permitting)$/.test(xv) && /^(?:me|us|it|that|this|the|any)$/.test(norm(toks, nextWord(toks, x)))) return hit(toks, a, x, 'system-blocks', 'cant-wont');
  return null;
}

/** "I'm locked out of editing", "we're blocked from changing", "I've been barred from" (the agent, never "you"). */
function readAgentLockedOut(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w !== 'i' && w !== 'we') return null;
  let k = nextWord(toks, i);
  if (!/^(?:am|are|was|were|get|got|have|has)$/.test(norm(toks, k))) return null;
  k = nextWord(toks, k);
  if (norm(toks, k) === 'been') k = nextWord(toks, k);
  if (!/^(?:locked|blocked|barred|restricted|prevented|stopped)$/.test(norm(toks, k))) return null;
  let e = nextWord(toks, k);
  if (norm(toks, e) === 'out') e = nextWord(toks, e);
  if (!/^(?:of|from)$/.test(norm(toks, e))) return null;
  // "I was locked out of my own account once too": the agent's own story, not a refusal: needs an -ing verb or the customer's thing after.
  const x = nextWord(toks, e);
  if (x < 0 || !(/ing$/.test(toks[x].norm) || /^(?:your|the|this|that|it|any)$/.test(toks[x].norm))) return null;
  return hit(toks, i, e, 'system-blocks', 'cant-wont');
}

/** "There's no option in the system to", "no button on my screen for", "no field on the form". */
function readNoOptionInMachine(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'no') return null;
  const o = nextWord(toks, i);
  if (!/^(?:option|options|button|field|setting|facility|function|functionality|feature|box|way)$/.test(norm(toks, o))) return null;
  const p = nextWord(toks, o);
  if (!/^(?:in|on|within)$/.test(norm(toks, p))) return null;
  let d = nextWord(toks, p);
  if (!/^(?:the|my|our|this)$/.test(norm(toks, d))) return null;
  d = nextWord(toks, d);
  if (norm(toks, d) === 'end' || norm(toks, d) === 'side') return hit(toks, i, d, 'system-blocks', 'cant-wont');
  if (!MACHINES.has(norm(toks, d)) && !MACHINES.has(norm(toks, nextWord(toks, d)))) return null;
  const e = MACHINES.has(norm(toks, d)) ? d : nextWord(toks, d);
  return hit(toks, i, e, 'system-blocks', 'cant-wont');
}

/** "It's a system limitation", "a technical restriction", "that's a portal constraint" (not "we've lifted the limit"). */
function readSystemLimitation(toks: Token[], i: number): GenericHit | null {
  if (!/^(?:system|systems|technical|software|portal|platform|tool)$/.test(toks[i].norm)) return null;
  const n = nextWord(toks, i);
  if (!/^(?:limitation|limitations|restriction|restrictions|constraint|constraints|block|lock)$/.test(norm(toks, n))) return null;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) if (/^(?:removed|lifted|fixed|resolved|solved|dropped|no|without|around)$/.test(toks[k].norm)) return null;
  return hit(toks, i, n, 'system-blocks', 'cant-wont');
}

/** "I don't have the option on my end to", "we don't get the ability to": the agent without the means (not "access", often a reassurance). */
function readNoMeansOnMyEnd(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w !== 'i' && w !== 'we') return null;
  let k = nextWord(toks, i);
  if (!/^(?:do|did)$/.test(norm(toks, k)) || norm(toks, nextWord(toks, k)) !== 'not') return null;
  k = nextWord(toks, nextWord(toks, k));
  if (!/^(?:have|get)$/.test(norm(toks, k))) return null;
  let o = nextWord(toks, k);
  if (/^(?:the|an|any)$/.test(norm(toks, o))) o = nextWord(toks, o);
  if (!/^(?:option|ability|authority|permission|permissions|rights|button|facility|power)$/.test(norm(toks, o))) return null;
  const n = nextWord(toks, o);
  if (!/^(?:to|on|in|for|here)$/.test(norm(toks, n))) return null;
  return hit(toks, i, o, 'system-blocks', 'cant-wont');
}

// ---- time refusals ----------------------------------------------------------------------------------

/** Words that name a date or a time ("Friday at the earliest", "next week at the earliest"). */
const WHEN_WORDS = words(`mon tue tues wed weds thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december week month year weekend tomorrow tonight morning afternoon evening end start beginning spring summer
  autumn fall winter noon midday midnight`);
/** Soon: an earliest date that is good news ("the earliest slot is tomorrow morning"). */
const SOON = words('today tonight tomorrow now this asap immediately');

/** "The earliest is the 20th", "the earliest slot we have is", "Friday at the earliest" (not an earliest slot booked or offered). */
function readEarliest(toks: Token[], i: number, lower: string): GenericHit | null {
  if (toks[i].norm !== 'earliest' && toks[i].norm !== 'soonest') return null;
  if (/\b(?:i(?:'ve| have)? (?:booked|reserved|put you)|shall i|should i|want me to|would you like|do you want|we(?:'ve| have) booked|booked you)\b/.test(lower)) return null;
  if (soonerStepGiven(lower)) return null;
  // The earliest slot given with the agent's own offer for sooner ("…, and I can add you to the cancellation list"): information.
  if (/\b(?:i|we) can (?:add|book|put|pop|place|reserve|hold|offer|call|text|email|notify|let|get)\b|\b(?:i|we)(?:'ll| will) (?:add|book|put|pop|reserve|hold|call|text|email|notify|let)\b/.test(lower)) return null;
  // "at the earliest"
  // "at the earliest opportunity / possible moment", "at your earliest convenience": as soon as possible, good news.
  if (/^(?:opportunity|convenience|possible|moment|chance|instance)$/.test(norm(toks, i + 1))) return null;
  if (norm(toks, i - 1) === 'the' && norm(toks, i - 2) === 'at') {
    // After the date it limits ("Friday at the earliest", "the 14th at the earliest"), not "to assist you at the earliest" (soon).
    for (let k = i - 3; k >= 0 && k >= i - 5; k--) if (WHEN_WORDS.has(toks[k].norm) || /\d/.test(toks[k].norm) || TIME_UNITS.has(toks[k].norm)) return hit(toks, i - 2, i, 'time-refusal', 'until');
    return null;
  }
  // "the / our earliest …", or at the head of a chat sentence: "earliest i can do is thursday".
  if (norm(toks, i - 1) !== 'the' && norm(toks, i - 1) !== 'our' && !fronted(toks, i)) return null;
  // "the earliest (available) (slot) (we have / I can see) is / would be / will be"
  for (let k = i + 1; k < toks.length && k <= i + 7 && toks[k].clause === toks[i].clause; k++) {
    const w = toks[k].norm;
    if (/^(?:arrives|arrive|leaves|leave|departs|runs|goes|gets)$/.test(w)) return null;
    let e = -1;
    if (w === 'is' || w === 'are') e = k;
    else if ((w === 'would' || w === 'will') && norm(toks, k + 1) === 'be') e = k + 1;
    if (e < 0) continue;
    // "the earliest we can do is …" is en.ts's; "… is tomorrow" is soon.
    if (SOON.has(norm(toks, nextWord(toks, e)))) return null;
    return hit(toks, fronted(toks, i) ? i : i - 1, e, 'time-refusal', 'until');
  }
  return null;
}

/** "the next available slot is in three weeks", "the first available date isn't until May" (not "… is tomorrow", "… is on Friday"). */
function readNextAvailable(toks: Token[], i: number): GenericHit | null {
  if (norm(toks, i + 1) !== 'available') return null;
  for (let k = i + 2; k < toks.length && k <= i + 6 && toks[k].clause === toks[i].clause; k++) {
    if (toks[k].norm !== 'is' && toks[k].norm !== 'are') continue;
    const n = nextWord(toks, k);
    if (norm(toks, n) === 'not' && /^(?:until|before)$/.test(norm(toks, nextWord(toks, n)))) return hit(toks, i, nextWord(toks, n), 'time-refusal', 'until');
    if (norm(toks, n) !== 'in') return null;
    let u = nextWord(toks, n);
    if (/^(?:a|about|around|roughly|over)$/.test(norm(toks, u))) u = nextWord(toks, u);
    if (u >= 0 && (toks[u].pos === 'NUM' || /^(?:\d+|few|couple|two|three|four|five|six|seven|eight|nine|ten|several)$/.test(toks[u].norm))) u = nextWord(toks, u);
    if (norm(toks, u) === 'of') u = nextWord(toks, u);
    if (!/^(?:weeks?|months?|fortnight)$/.test(norm(toks, u))) return null;
    return hit(toks, norm(toks, i - 1) === 'the' || norm(toks, i - 1) === 'our' ? i - 1 : i, u, 'time-refusal', 'until');
  }
  return null;
}

/**
 * "nothing will happen till Monday", "nothing can be done until the investigation closes", "no one
 * will look at it before Tuesday" (not "nothing will change until you tell us", "nothing will be charged").
 */
function readNothingUntil(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (!/^(?:nothing|nobody|noone)$/.test(w) && !(w === 'no' && /^(?:one|action|work|progress|decision|movement|further)$/.test(norm(toks, i + 1)))) return null;
  let s = w === 'no' ? i + 1 : i;
  // "no further action will be taken"
  if (norm(toks, s) === 'further' && /^(?:action|work|progress|steps)$/.test(norm(toks, s + 1))) s++;
  for (let k = s + 1; k < toks.length && k <= s + 7 && toks[k].clause === toks[i].clause; k++) {
    const t = toks[k];
    // "No one will call you until …": what the customer will or won't get told, not a refusal.
    if (/^(?:charge|bill|debit|lose|cost|change|affect|share|delete|cancel|close|remove|need)$/.test(t.lemma) || /^(?:lost|wrong|changes|changed|charged|billed|you)$/.test(t.norm)) return null;
    if (t.norm !== 'until' && t.norm !== 'before') continue;
    if (k === s + 1) return null;
    const after = norm(toks, nextWord(toks, k));
    // "until you confirm": the customer holds the key, a reassurance.
    if (after === 'you' || after === 'your') return null;
    if (!/^(?:will|can|could|would|is|are|gets|get|happens)$/.test(norm(toks, s + 1)) && norm(toks, s + 1) !== 'going' && norm(toks, s + 1) !== 'gonna') return null;
    return hit(toks, i, k, 'time-refusal', 'until');
  }
  return null;
}

/** What the company gives only after a date or an event ("we only release funds after", "refunds are only issued once"). */
const RELEASED = words('release refund issue process ship send dispatch reopen book deliver pay credit approve start begin look review reissue schedule return replace repair activate unlock open transfer confirm arrange');

/** "We only release funds after the hold", "Refunds are only issued once the item is back", "we can only reopen it after the audit". */
function readOnlyAfter(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'only') return null;
  // "Refunds are processed only after inspection": the participle before "only".
  const pv = prevWord(toks, i);
  const nx = nextWord(toks, i);
  if (pv >= 0 && /^(?:after|once)$/.test(norm(toks, nx)) && /(?:ed|sent|done|given|made|paid)$/.test(toks[pv].norm) && (RELEASED.has(toks[pv].lemma) || RELEASED.has(toks[pv].norm.replace(/(?:ed|d)$/, '')))) {
    const aux = prevWord(toks, pv);
    if (aux >= 0 && /^(?:is|are|be|get|gets)$/.test(toks[aux].norm)) {
      const n = nextWord(toks, nx);
      if (norm(toks, nx) === 'once' && (n < 0 || toks[n].clause !== toks[nx].clause || /^(?:a|per|every|more|again|or|and)$/.test(toks[n].norm))) return null;
      return hit(toks, aux, nx, 'time-refusal', 'until');
    }
  }
  let v = nextWord(toks, i);
  if (norm(toks, v) === 'be') v = nextWord(toks, v);
  if (v < 0 || !(RELEASED.has(toks[v].lemma) || RELEASED.has(toks[v].norm.replace(/(?:ed|d)$/, '')))) return null;
  if (/^(?:charge|bill|debit)$/.test(toks[v].lemma)) return null;
  // The "after" / "once" may open a clause of its own ("… dispatched once we receive it").
  for (let k = v + 1; k < toks.length && k <= v + 5 && (toks[k].clause === toks[i].clause || /^(?:after|once)$/.test(toks[k].norm)); k++) {
    const w = toks[k].norm;
    if (w !== 'after' && w !== 'once') continue;
    const n = nextWord(toks, k);
    // "only once" as a count: "you'll only be charged once", "once a month".
    if (w === 'once' && (n < 0 || toks[n].clause !== toks[k].clause || /^(?:a|per|every|more|again|or|and)$/.test(toks[n].norm))) return null;
    if (n >= 0 && (toks[n].norm === 'you' || toks[n].norm === 'your') && w === 'once') return null;
    // The subject: the agent, the company or an impersonal benefit ("refunds are only issued").
    let a = i;
    const p = prevWord(toks, i);
    if (p >= 0 && /^(?:can|will|do|does|is|are|would)$/.test(toks[p].norm)) a = p;
    return hit(toks, a, k, 'time-refusal', 'until');
  }
  return null;
}

/** "there's nothing available for another 6 weeks", "no slots for another fortnight" (en.ts reads "won't … for another"). */
function readNoneForAnother(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'for') return null;
  let k = nextWord(toks, i);
  let least = false;
  if (norm(toks, k) === 'at' && norm(toks, k + 1) === 'least') {
    k = nextWord(toks, k + 1);
    least = true;
  }
  if (norm(toks, k) === 'a' && norm(toks, k + 1) === 'further') k = nextWord(toks, k + 1);
  else if (norm(toks, k) === 'another') k = nextWord(toks, k);
  else if (least && /^(?:a|an|one)$/.test(norm(toks, k))) k = nextWord(toks, k);
  else if (!least) return null;
  let u = k;
  if (u >= 0 && (toks[u].pos === 'NUM' || /^\d/.test(toks[u].norm) || /^(?:few|couple|one|two|three|four|five|six|seven|eight|nine|ten|several)$/.test(toks[u].norm))) u = nextWord(toks, u);
  if (norm(toks, u) === 'of') u = nextWord(toks, u);
  if (norm(toks, u) === 'working' || norm(toks, u) === 'business') u = nextWord(toks, u);
  if (u < 0 || !TIME_UNITS.has(toks[u].norm)) return null;
  for (let n = i - 1; n >= 0 && n >= i - 6 && toks[n].clause === toks[i].clause; n--) {
    if (/^(?:nothing|no|none)$/.test(toks[n].norm)) {
      for (let r = n; r < i; r++) if (REASSURING.has(toks[r].lemma) || /^(?:charge|fee|charges|fees|payment|cost)$/.test(toks[r].norm)) return null;
      let a = n;
      const p = prevWord(toks, n);
      if (p >= 0 && /^(?:is|are|have|has)$/.test(toks[p].norm)) a = p;
      if (a !== n && prevWord(toks, a) >= 0 && /^(?:there|we|i)$/.test(norm(toks, prevWord(toks, a)))) a = prevWord(toks, a);
      return hit(toks, a, u, 'time-refusal', 'until');
    }
  }
  return null;
}

/** "you'll need to hang on till Friday", "you'll have to wait until the 14th", "u gotta sit tight till" (not "you won't need to wait"). */
function readWaitUntil(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (!/^(?:wait|hang|hold|sit)$/.test(w)) return null;
  let e = i;
  if (w === 'hang' || w === 'hold') {
    if (!/^(?:on|fire|off)$/.test(norm(toks, i + 1))) return null;
    e = i + 1;
  } else if (w === 'sit') {
    if (norm(toks, i + 1) !== 'tight') return null;
    e = i + 1;
  }
  const u = nextWord(toks, e);
  if (norm(toks, u) !== 'until') return null;
  // The obligation before it: "need to", "have to", "got to", "gotta"; never negated ("you won't need to wait").
  const to = prevWord(toks, i, false);
  if (to < 0) return null;
  let m = -1;
  if (toks[to].norm === 'to' && /^(?:need|have|got|needs|has)$/.test(norm(toks, to - 1))) m = to - 1;
  else if (toks[to].norm === 'gotta') m = to;
  if (m < 0) return null;
  for (let k = m - 1; k >= 0 && k >= m - 3; k--) if (toks[k].neg || toks[k].norm === 'not') return null;
  // The customer as the one who waits: "you'll / u'll / you will / you" ("I have to wait until Monday" is the writer's own wait).
  let a = -1;
  for (let k = m - 1; k >= 0 && k >= m - 3; k--) if (/^(?:you|u|ya)$/.test(toks[k].norm)) a = k;
  if (a < 0) return null;
  return hit(toks, a, u, 'time-refusal', 'until');
}

/** "The part isn't expected until April", "it's not scheduled until the spring", "not planned before June". */
function readNotExpectedUntil(toks: Token[], i: number): GenericHit | null {
  if (!/^(?:is|are|was|were|be)$/.test(toks[i].norm) || norm(toks, i + 1) !== 'not') return null;
  const v = nextWord(toks, i + 1);
  // "isn't due to ship until": due to happen (not "the payment isn't due until the 30th", time given).
  if (!/^(?:expected|scheduled|planned|slated|booked|likely)$/.test(norm(toks, v)) && !(norm(toks, v) === 'due' && norm(toks, v + 1) === 'to')) return null;
  for (let k = v + 1; k < toks.length && k <= v + 4 && toks[k].clause === toks[i].clause; k++) {
    if (toks[k].norm !== 'until' && toks[k].norm !== 'before') continue;
    const after = norm(toks, nextWord(toks, k));
    if (after === 'you' || after === 'your') return null;
    return hit(toks, i, k, 'time-refusal', 'until');
  }
  return null;
}

/** "It'll be another three weeks before it ships", "it will be at least a fortnight before we can look at it". */
function readBeTimeBefore(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'be') return null;
  const p = prevWord(toks, i, false);
  if (p < 0 || !/^(?:will|would|going|gonna|to)$/.test(toks[p].norm) || (toks[p].norm === 'to' && norm(toks, p - 1) !== 'going')) return null;
  for (let k = i + 1; k < toks.length && k <= i + 6 && toks[k].clause === toks[i].clause; k++) {
    if (!TIME_UNITS.has(toks[k].norm)) continue;
    const b = nextWord(toks, k);
    if (norm(toks, b) !== 'before' && norm(toks, b) !== 'until') return null;
    // "It'll be a few days before you see it": the customer's own wait is information; keep to the agent's and the thing's.
    const s = prevWord(toks, p, false);
    const a = s >= 0 && /^(?:it|that|this|there)$/.test(toks[s].norm) ? s : p;
    return hit(toks, a, b, 'time-refusal', 'until');
  }
  return null;
}

// ---- refusals in any person -------------------------------------------------------------------------

/** What a refusal gives (the benefits of en.ts, briefly), for third persons and the conditional. */
const GIVES = words('refund release return exchange accept approve grant offer cover issue extend waive reimburse reopen reinstate credit replace repair compensate reconsider authorise authorize upgrade transfer honour honor agree budge sign');

/** "The manager wouldn't approve it", "they won't accept the claim", "he can't authorise that", "the warehouse won't take it back". */
function readThirdPersonRefusal(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (!/^(?:would|will|can|could)$/.test(w) || norm(toks, i + 1) !== 'not') return null;
  const s = prevWord(toks, i);
  if (s < 0) return null;
  const subj = toks[s].norm;
  let a = s;
  if (/^(?:he|she|they)$/.test(subj)) a = s;
  else if (/^(?:manager|supervisor|warehouse|insurer|underwriter|underwriters|landlord|bank|airline|carrier|courier|seller|manufacturer|supplier|team|office|department|lender|hotel|venue|school|university|council|registry|board|panel|committee)$/.test(subj)) {
    if (!/^(?:the|our|my)$/.test(norm(toks, s - 1))) return null;
    a = s - 1;
  } else return null;
  let v = nextWord(toks, i + 1);
  if (norm(toks, v) === 'be' && norm(toks, v + 1) === 'able' && norm(toks, v + 2) === 'to') v = nextWord(toks, v + 2);
  if (v < 0) return null;
  const lemma = toks[v].lemma;
  if (GIVES.has(lemma) || GIVES.has(toks[v].norm)) return hit(toks, a, v, 'negated-ability', 'cant-wont');
  // "won't take it back"
  if (lemma === 'take' && /^(?:it|them|this|that|the)$/.test(norm(toks, v + 1))) {
    for (let k = v + 1; k <= v + 4 && k < toks.length; k++) if (toks[k].norm === 'back') return hit(toks, a, k, 'negated-ability', 'cant-wont');
  }
  return null;
}

/** "I'm not going to be able to refund this", "we're not gonna be able to". */
function readNotGoingToBeAble(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'not') return null;
  let k = nextWord(toks, i);
  if (norm(toks, k) === 'going' && norm(toks, k + 1) === 'to') k = nextWord(toks, k + 1);
  else if (norm(toks, k) === 'gonna') k = nextWord(toks, k);
  else return null;
  if (norm(toks, k) !== 'be' || norm(toks, k + 1) !== 'able' || norm(toks, k + 2) !== 'to') return null;
  const v = nextWord(toks, k + 2);
  // A refusal of something the customer asked for ("refund", "change", "get it to you"), not the writer's own trouble ("sit through the exam").
  if (v < 0 || !(BENEFITS.has(toks[v].lemma) || GIVES.has(toks[v].lemma) || /^(?:change|cancel|move|help|get|amend|expedite|rush|speed)$/.test(toks[v].lemma))) return null;
  const s = prevWord(toks, i);
  const b = s >= 0 && /^(?:am|are|is)$/.test(toks[s].norm) ? s : i;
  const subj = prevWord(toks, b);
  if (subj < 0 || !/^(?:i|we)$/.test(toks[subj].norm)) return null;
  return hit(toks, subj, v, 'negated-ability', 'cant-wont');
}

/** "we're not gonna get to it till next week", "I won't get round to yours before Friday": the agent's own work put off. */
function readNotGetToUntil(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'get') return null;
  let k = nextWord(toks, i);
  if (/^(?:round|around)$/.test(norm(toks, k))) k = nextWord(toks, k);
  if (norm(toks, k) !== 'to') return null;
  let neg = -1;
  for (let b = i - 1; b >= 0 && b >= i - 4 && toks[b].clause === toks[i].clause; b--) if (toks[b].norm === 'not' || toks[b].neg) neg = b;
  if (neg < 0) return null;
  // From the auxiliary of the negation ("won't", "'re not gonna").
  const a = neg > 0 && /^(?:will|can|am|are|is|do|does)$/.test(toks[neg - 1].norm) ? neg - 1 : neg;
  for (let e = k + 1; e < toks.length && e <= k + 4 && toks[e].clause === toks[i].clause; e++) if (toks[e].norm === 'until' || toks[e].norm === 'before') return hit(toks, a, e, 'time-refusal', 'until');
  return null;
}

/** "No refunds can be given", "no exceptions can be made", "no changes are allowed after dispatch". */
function readNoXCanBe(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'no') return null;
  const n = nextWord(toks, i);
  if (!/^(?:refunds?|exchanges?|returns?|exceptions?|changes?|amendments?|extensions?|cancellations?|credits?|compensation|allowances?)$/.test(norm(toks, n))) return null;
  let k = nextWord(toks, n);
  if (/^(?:can|will|could|would|may)$/.test(norm(toks, k))) k = nextWord(toks, k);
  if (!/^(?:be|are|is)$/.test(norm(toks, k))) return null;
  const v = nextWord(toks, k);
  if (!/^(?:given|made|offered|issued|accepted|granted|allowed|permitted|processed|done|applied|considered|possible)$/.test(norm(toks, v))) return null;
  return hit(toks, i, v, 'passive-refusal', 'cant-wont');
}

/** "we r unable to", "i r not able to", "our hands r tied": the texting "r". */
function readTextingUnable(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'r' && toks[i].text !== 'r') return null;
  if (norm(toks, i - 1) === 'hands' && norm(toks, i + 1) === 'tied') return hit(toks, i - 1, i + 1, 'policy-shield', 'policy');
  const s = prevWord(toks, i);
  if (s < 0 || !/^(?:we|i)$/.test(toks[s].norm)) return null;
  let k = nextWord(toks, i);
  if (norm(toks, k) === 'not' && norm(toks, k + 1) === 'able') k = k + 1;
  else if (norm(toks, k) !== 'unable') return null;
  if (norm(toks, k + 1) !== 'to') return null;
  return hit(toks, s, k + 1, 'negated-ability', 'cant-wont');
}

/** What can no longer be done to an order or a booking ("can no longer be changed"; never "charged"). */
const NO_LONGER_DONE = words('changed cancelled canceled amended refunded modified edited returned exchanged reopened extended transferred moved booked used redeemed accepted processed upgraded reinstated split merged');

/**
 * "That option is no longer available", "the order can no longer be changed", "your account doesn't qualify for",
 * "you'd not be eligible", "that can't happen", "that won't be happening", "that's not how we do things".
 */
function readNoLonger(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w === 'no' && norm(toks, i + 1) === 'longer') {
    const p = prevWord(toks, i);
    const n = nextWord(toks, i + 1);
    if (p >= 0 && /^(?:is|are)$/.test(toks[p].norm) && /^(?:available|possible|offered|supported|accepted|allowed|permitted)$/.test(norm(toks, n))) return hit(toks, p, n, 'not-available', 'cant-wont');
    if (p >= 0 && /^(?:is|are)$/.test(toks[p].norm) && norm(toks, n) === 'an' && norm(toks, n + 1) === 'option') return hit(toks, p, n + 1, 'not-available', 'cant-wont');
    if (p >= 0 && /^(?:can|could)$/.test(toks[p].norm) && norm(toks, n) === 'be' && NO_LONGER_DONE.has(norm(toks, nextWord(toks, n)))) return hit(toks, p, nextWord(toks, n), 'passive-refusal', 'cant-wont');
  }
  return null;
}

/** "Your account doesn't qualify for", "you'd not be eligible for", "you wouldn't qualify": the customer told they fall outside. */
function readNotQualify(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'not') return null;
  const p = prevWord(toks, i);
  if (p < 0 || !/^(?:does|do|did|will|would)$/.test(toks[p].norm)) return null;
  let v = nextWord(toks, i);
  if (norm(toks, v) === 'be' && /^(?:eligible|entitled)$/.test(norm(toks, nextWord(toks, v)))) v = nextWord(toks, v);
  else if (norm(toks, v) !== 'qualify') return null;
  if (!/^(?:for|to)$/.test(norm(toks, nextWord(toks, v)))) return null;
  // "don't qualify for the delivery fee": spared a cost, good news.
  if (/\b(?:fee|fees|charge|charges|surcharge|penalty|penalties|tax|levy)\b/.test(restOf(toks, nextWord(toks, v), 4))) return null;
  return hit(toks, p, v, 'not-available', 'cant-wont');
}

/** "that can't happen, sorry", "that won't be happening", "that's not how we do things" (not "that won't happen again"). */
function readThatWontHappen(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w !== 'that' && w !== 'this') return null;
  const m = nextWord(toks, i);
  if (/^(?:is|was)$/.test(norm(toks, m)) && norm(toks, m + 1) === 'not' && norm(toks, m + 2) === 'how' && /^(?:we|things|it)$/.test(norm(toks, m + 3))) {
    const e = nextWord(toks, m + 3);
    if (!/^(?:do|work|works|operate|go)$/.test(norm(toks, e))) return null;
    const end = norm(toks, e) === 'do' && norm(toks, e + 1) === 'things' ? e + 1 : e;
    if (/^(?:anymore|any|now|since)$/.test(norm(toks, nextWord(toks, end)))) return null;
    return hit(toks, i, end, 'refusal-idiom', 'cant-wont');
  }
  // "can" and "will" only: "this wouldn't happen if …" is a hypothetical, "this can't be happening" disbelief.
  if (!/^(?:can|will)$/.test(norm(toks, m)) || norm(toks, m + 1) !== 'not') return null;
  let v = nextWord(toks, m + 1);
  if (norm(toks, m) === 'will' && norm(toks, v) === 'be' && norm(toks, v + 1) === 'happening') v = v + 1;
  else if (norm(toks, v) !== 'happen') return null;
  // "that won't happen again / twice / to you": a reassurance.
  const n = v + 1 < toks.length ? toks[v + 1] : undefined;
  if (n && n.word && !/^(?:sorry|unfortunately|i|im|afraid|then|now|today|here)$/.test(n.norm)) return null;
  return hit(toks, i, v, 'refusal-idiom', 'cant-wont');
}

// ---- candour openers and sent elsewhere -------------------------------------------------------------

const CANDID = words('honest straight frank candid blunt upfront up-front truthful open');

/** "I'll be straight with you", "I'm going to be honest,", "let me be frank:", "I'll be honest with you here". */
function readCandour(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  let be = -1;
  if (w === 'let' && norm(toks, i + 1) === 'me' && norm(toks, i + 2) === 'be') be = i + 2;
  else if (w === 'i' || w === 'we') {
    let k = nextWord(toks, i);
    if (norm(toks, k) === 'will' || norm(toks, k) === 'must') k = nextWord(toks, k);
    else if (norm(toks, k) === 'am' && norm(toks, k + 1) === 'going' && norm(toks, k + 2) === 'to') k = k + 3;
    else if (norm(toks, k) === 'am' && norm(toks, k + 1) === 'gonna') k = k + 2;
    else return null;
    if (norm(toks, k) !== 'be') return null;
    be = k;
  } else return null;
  let c = nextWord(toks, be);
  if (/^(?:completely|totally|perfectly|brutally|really|quite|dead|very|100%|straight|fully)$/.test(norm(toks, c)) && CANDID.has(norm(toks, nextWord(toks, c)))) c = nextWord(toks, c);
  if (c < 0 || !CANDID.has(toks[c].norm)) return null;
  let e = c;
  if (toks[c].norm === 'straight' && norm(toks, c + 1) === 'up') e = c + 1;
  const n = e + 1 < toks.length ? toks[e + 1] : undefined;
  if (n && n.word) {
    if (n.norm === 'with' && norm(toks, e + 2) === 'you') e = e + 2;
    else if (n.norm !== 'here' && n.norm !== 'now') return null;
  }
  // "I'll be honest with you about the price, it's the lowest we've had": praise or good news is still fine to open with candour? Keep it: the opener is the point.
  return hit(toks, i, e, 'candour-opener', 'other');
}

/** "truth be told", "to tell you the truth", "not gonna lie", "ngl", "I won't lie", "hand on heart", "between you and me". */
function readCandourIdiom(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w === 'truth' && norm(toks, i + 1) === 'be' && norm(toks, i + 2) === 'told') return hit(toks, i, i + 2, 'candour-opener', 'other');
  if (w === 'tell' && norm(toks, i - 1) === 'to' && (norm(toks, i + 1) === 'the' || (norm(toks, i + 1) === 'you' && norm(toks, i + 2) === 'the'))) {
    const t = norm(toks, i + 1) === 'the' ? i + 2 : i + 3;
    if (norm(toks, t) === 'truth' && fronted(toks, i - 1)) return hit(toks, i - 1, t, 'candour-opener', 'other');
  }
  if (w === 'ngl' || w === 'tbqh') return hit(toks, i, i, 'candour-opener', 'other');
  if (w === 'not' && ((norm(toks, i + 1) === 'going' && norm(toks, i + 2) === 'to' && norm(toks, i + 3) === 'lie') || (norm(toks, i + 1) === 'gonna' && norm(toks, i + 2) === 'lie'))) {
    const e = norm(toks, i + 1) === 'gonna' ? i + 2 : i + 3;
    // "I'm not going to lie to you about the fees" still an opener; "we're not going to lie about it in the review" rare.
    if (prevWord(toks, i) >= 0 && !/^(?:i|am|im)$/.test(norm(toks, prevWord(toks, i)))) return null;
    return hit(toks, prevWord(toks, i) >= 0 ? prevWord(toks, i) : i, e, 'candour-opener', 'other');
  }
  if ((w === 'will' || w === 'would') && norm(toks, i + 1) === 'not' && norm(toks, i + 2) === 'lie' && norm(toks, i - 1) === 'i') {
    const e = norm(toks, i + 3) === 'to' && norm(toks, i + 4) === 'you' ? i + 4 : i + 2;
    return hit(toks, i - 1, e, 'candour-opener', 'other');
  }
  if (w === 'hand' && norm(toks, i + 1) === 'on' && norm(toks, i + 2) === 'heart' && fronted(toks, i)) return hit(toks, i, i + 2, 'candour-opener', 'other');
  if (w === 'between' && norm(toks, i + 1) === 'you' && norm(toks, i + 2) === 'and' && /^(?:me|i)$/.test(norm(toks, i + 3))) return hit(toks, i, i + 3, 'candour-opener', 'other');
  if (w === 'real' && norm(toks, i + 1) === 'talk' && fronted(toks, i) && toks[i + 2] && !toks[i + 2].word) return hit(toks, i, i + 1, 'candour-opener', 'other');
  // "Being honest, …" fronted with its comma.
  if (w === 'being' && fronted(toks, i)) {
    let c = i + 1;
    if (/^(?:completely|totally|brutally|really|perfectly)$/.test(norm(toks, c))) c++;
    if (/^(?:honest|frank|candid|blunt|straight)$/.test(norm(toks, c)) && toks[c + 1] && !toks[c + 1].word) return hit(toks, i, c, 'candour-opener', 'other');
  }
  return null;
}

/** "not my area", "not our job", "not my field": the request put outside the agent's lane (en.ts reads department / remit / desk). */
function readNotMyArea(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'not') return null;
  // "A refund is not on the cards": a blunt refusal idiom.
  if (norm(toks, i + 1) === 'on' && norm(toks, i + 2) === 'the' && norm(toks, i + 3) === 'cards') return hit(toks, i, i + 3, 'refusal-idiom', 'cant-wont');
  const d = nextWord(toks, i);
  if (!/^(?:my|our)$/.test(norm(toks, d))) return null;
  const n = nextWord(toks, d);
  if (!/^(?:area|job|field|patch|speciality|specialty|responsibility|bag|wheelhouse|domain|side)$/.test(norm(toks, n))) return null;
  // "not our side's fault"? the word after: "not our side of things" is en.ts's; "not our job to judge you" is fine? keep: it still refuses.
  if (norm(toks, n) === 'side' && norm(toks, nextWord(toks, n)) !== 'of') return null;
  // "it's not my job to decide" reads fine as a refusal too; "not my area of expertise" the same.
  return hit(toks, i, n, 'handled-elsewhere', 'dismissive');
}

// ---- hedged effort, orders, talking down, refusals of habit --------------------------------------------

/** "I might be able to get it moved", "we may be able to squeeze you in" (never "you might be able to find it"). */
function readHedgedEffort(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w !== 'i' && w !== 'we') return null;
  const m = nextWord(toks, i);
  if (/^(?:might|may)$/.test(norm(toks, m)) && norm(toks, m + 1) === 'be' && norm(toks, m + 2) === 'able' && norm(toks, m + 3) === 'to') return hit(toks, i, m + 3, 'hedged-effort', 'uncertainty');
  // Not "I'll do my best": calm writers promise their effort that way too (the positive-frames reframes).
  return null;
}

const CUSTOMER_SET = new Set(CUSTOMER_NOUNS.split('|'));

/** "Customers are required to return the box", "guests will be expected to", "passengers are obliged to": an order said of everyone. */
function readPeopleRequired(toks: Token[], i: number): GenericHit | null {
  if (!CUSTOMER_SET.has(toks[i].norm) || !/s$/.test(toks[i].norm)) return null;
  let k = nextWord(toks, i);
  if (norm(toks, k) === 'will' && norm(toks, k + 1) === 'be') k = k + 1;
  else if (!/^(?:are|must)$/.test(norm(toks, k))) return null;
  if (norm(toks, k) === 'must') {
    const v = nextWord(toks, k);
    return v >= 0 && toks[v].pos === 'VERB' ? hit(toks, i, k, 'customer-obligation', 'commands') : null;
  }
  const r = nextWord(toks, k);
  if (!/^(?:required|expected|obliged|obligated|asked)$/.test(norm(toks, r)) || norm(toks, r + 1) !== 'to') return null;
  const a = norm(toks, i - 1) === 'all' || norm(toks, i - 1) === 'our' ? i - 1 : i;
  return hit(toks, a, r + 1, 'customer-obligation', 'commands');
}

/** "As you can (clearly) see", "as you can plainly tell": the customer told they should have seen it. */
function readAsYouCanSee(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'as' || norm(toks, i + 1) !== 'you' || norm(toks, i + 2) !== 'can') return null;
  // Only with its adverb: a plain "As you can see in the invoice, the credit is applied" points at a document.
  const v = i + 4;
  if (!/^(?:clearly|plainly|obviously|surely)$/.test(norm(toks, i + 3)) || !/^(?:see|tell)$/.test(norm(toks, v))) return null;
  return hit(toks, i, v, 'talking-down', 'passive-aggressive');
}

/** "something the registry has never done", "we've never offered refunds on", "won't start doing now": a refusal by habit. */
function readNeverDone(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'never') return null;
  const p = prevWord(toks, i);
  if (p < 0 || !/^(?:has|have)$/.test(toks[p].norm)) return null;
  const s = prevWord(toks, p);
  if (s < 0) return null;
  const subj = toks[s].norm;
  const agent = subj === 'we' || subj === 'i' || (toks[s].pos === 'NOUN' && /^(?:the|our)$/.test(norm(toks, machineStart(toks, s) >= 0 ? machineStart(toks, s) : s - 1)));
  if (!agent) return null;
  const v = nextWord(toks, i);
  if (v < 0 || !/^(?:done|offered|allowed|accepted|permitted|agreed|given|made|granted|issued)$/.test(toks[v].norm)) return null;
  // "we've never done this before, so bear with us" is the agent's own inexperience only with "before".
  if (norm(toks, nextWord(toks, v)) === 'before' || norm(toks, nextWord(toks, nextWord(toks, v))) === 'before') return null;
  return hit(toks, s, v, 'negated-ability', 'cant-wont');
}

// ---- internal codes (jargon) ----------------------------------------------------------------------------

/** Words customers know in capitals, besides jargon.ts's KNOWN ("the HR team", "an IT issue", "your GP"). */
const KNOWN_MORE = words('hr it pr gp mot dbs ceo cfo vip tv uk us eu ok id');
/** What an internal code names in a back office: a hold, a queue, a review, a stage. */
const CODE_HEADS = words('hold holds queue review check referral flag block stage status bucket team desk sign-off signoff approval verification level location zone remark tag mismatch');
/** Where a status code stands ("with status EXC-04", "at stage 4b", "in bucket C3"). */
const CODE_SLOTS = words('status stage bucket queue flag state step-code');
/** A code: letters and digits mixed ("EXC-04", "4b", "C3", "QA-2"), never a plain number or word. */
const CODE = /^(?:[a-z]{1,5}-?\d{1,4}[a-z]?|\d{1,3}[a-z])$/;

/** An acronym in capitals, not one customers know (jargon.ts lists the trades' own; this reads the head after it). */
function unknownAcronym(t: Token): boolean {
  return /^[A-Z]{2,5}$/.test(t.text) && !KNOWN.has(t.norm) && !KNOWN_MORE.has(t.norm);
}

/**
 * "on SIU hold", "the QC queue", "pending an FRT review", "pending PA", "a PAC mismatch": an unknown acronym naming a back-office hold
 * or queue; "with status EXC-04", "at stage 4b (AQ)": a status written as its code.
 */
function readInternalCode(toks: Token[], i: number, lower: string): GenericHit | null {
  const t = toks[i];
  // A sentence in capitals throughout is shouting, not acronyms.
  if (lower.toUpperCase() === lower) return null;
  if (unknownAcronym(t) && !ACRONYMS.has(t.norm)) {
    const h = nextWord(toks, i);
    if (h === i + 1 && CODE_HEADS.has(toks[h].norm)) return { start: t.start, end: toks[h].end, category: 'jargon', construction: 'internal-jargon' };
    // "is pending PA from your insurer", "awaiting QC": a back-office step the case waits on, named by its acronym.
    const p = i - 1;
    if (p >= 0 && /^(?:pending|awaiting)$/.test(toks[p].norm)) return { start: toks[p].start, end: t.end, category: 'jargon', construction: 'internal-jargon' };
    // "passed it to the TPA", "referred to the SIU": a back-office team the case is handed to, named by its acronym.
    if (p >= 1 && toks[p].norm === 'the' && toks[p - 1].norm === 'to') {
      for (let k = p - 2; k >= 0 && k >= p - 5; k--) if (/^(?:passed|sent|referred|escalated|forwarded|transferred|handed|assigned|routed|raised|moved)$/.test(toks[k].norm)) return { start: t.start, end: t.end, category: 'jargon', construction: 'internal-jargon' };
    }
    return null;
  }
  if (!CODE_SLOTS.has(t.norm)) return null;
  const c = i + 1;
  if (c >= toks.length || !CODE.test(toks[c].norm) || !/\d/.test(toks[c].norm)) return null;
  let e = c;
  // "(AQ)" right after the code: its abbreviation, as internal as the code.
  if (toks[c + 1]?.norm === '(' && toks[c + 2] && /^[A-Z]{1,5}$/.test(toks[c + 2].text) && toks[c + 3]?.norm === ')') e = c + 3;
  return { start: t.start, end: toks[e].end, category: 'jargon', construction: 'internal-jargon' };
}

/** Go-betweens an agent says they only are: the request belongs to someone else. */
const GO_BETWEENS = words('platform marketplace middleman intermediary reseller agent agency broker courier retailer reseller app website booker');
/** Front-line teams an agent says they only are ("I'm just the chat team"). */
const FRONT_LINE = words('chat phone sales reception booking bookings front frontline front-line helpline switchboard call');

/** "we're just the delivery platform", "I'm only the chat team, so …", "we are merely the booking agent" (not "we're just the team to help"). */
function readJustTheMiddle(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w !== 'i' && w !== 'we') return null;
  const be = nextWord(toks, i);
  if (!/^(?:am|are)$/.test(norm(toks, be))) return null;
  const j = nextWord(toks, be);
  if (!/^(?:just|only|merely|simply)$/.test(norm(toks, j))) return null;
  const d = nextWord(toks, j);
  if (!/^(?:the|a|an)$/.test(norm(toks, d))) return null;
  for (let k = nextWord(toks, d), n = 0; k >= 0 && n < 3; k = nextWord(toks, k), n++) {
    const x = toks[k].norm;
    const after = norm(toks, nextWord(toks, k));
    if (/^(?:to|for|who|that)$/.test(after) && toks[k + 1]?.word) return null;
    if (GO_BETWEENS.has(x)) return hit(toks, i, k, 'handled-elsewhere', 'dismissive');
    if ((x === 'team' || x === 'desk' || x === 'line') && FRONT_LINE.has(norm(toks, k - 1))) return hit(toks, i, k, 'handled-elsewhere', 'dismissive');
  }
  return null;
}

/** "For the avoidance of doubt," at the head of a sentence: a legal opener that reads as a reproach. */
function readAvoidanceOfDoubt(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'for' || norm(toks, i + 1) !== 'the' || norm(toks, i + 2) !== 'avoidance' || norm(toks, i + 3) !== 'of' || norm(toks, i + 4) !== 'doubt') return null;
  return hit(toks, i, i + 4, 'talking-down', 'passive-aggressive');
}

// ---- a formal register (fresh2's writers: "as already informed", "does not come under our team") -----------

/** Institutions whose rules an agent cites ("in line with hotel policy", "this is university policy"). */
const INSTITUTIONS = words('hotel university college school bank airline store shop company club programme program course council clinic practice insurer agency firm house standard general strict government legal');
/** Words of a restriction, a cost or a refusal elsewhere in the sentence, which a rule cited at the tail then justifies. */
const RESTRICTS = words('charged charge fee fees only cannot must required non-refundable forfeit forfeited retained deducted penalty surcharge exception exceptions capped limited declined refused rejected excluded void voided');

/** A restriction, a cost or a negation anywhere in the sentence but the span [a, b]. */
function restrictedElsewhere(toks: Token[], a: number, b: number): boolean {
  for (let k = 0; k < toks.length; k++) if ((k < a || k > b) && (toks[k].neg || RESTRICTS.has(toks[k].norm))) return true;
  return false;
}

/**
 * "… are charged at half the rate in line with hotel policy", "… only in August, as per university rules": a rule cited
 * at the tail of a restriction (en.ts reads it fronted); "this is university policy", "that's company policy";
 * "without exception" / "no exceptions" after a restriction.
 */
function readRuleAtTail(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w === 'without' && norm(toks, i + 1) === 'exception') return restrictedElsewhere(toks, i, i + 1) ? hit(toks, i, i + 1, 'policy-shield', 'policy') : null;
  if (w === 'no' && norm(toks, i + 1) === 'exceptions' && !/^(?:are|needed|required)$/.test(norm(toks, nextWord(toks, i + 1)))) return restrictedElsewhere(toks, i, i + 1) ? hit(toks, i, i + 1, 'policy-shield', 'policy') : null;
  // "this / that / it is university policy (and …)"
  if (/^(?:this|that|it)$/.test(w) && /^(?:is|'s|s)$/.test(norm(toks, i + 1))) {
    const m = nextWord(toks, i + 1);
    if (!INSTITUTIONS.has(norm(toks, m)) || !/^(?:policy|rules|regulations|procedure|protocol)$/.test(norm(toks, m + 1))) return null;
    if (GIVING.test(restOf(toks, m + 2, 8).replace(/^(?:and )?(?:it )?(?:means )?/, ''))) return null;
    return hit(toks, i, m + 1, 'policy-shield', 'policy');
  }
  // "…, as stated in our policy", "as set out in the terms": the rule quoted after a restriction (not at the head of the sentence).
  if (w === 'as' && /^(?:stated|set|specified|outlined|laid|detailed|described|explained)$/.test(norm(toks, i + 1)) && !fronted(toks, i)) {
    let k = i + 2;
    if (norm(toks, k) === 'out') k++;
    if (norm(toks, k) !== 'in' || !/^(?:the|our)$/.test(norm(toks, k + 1))) return null;
    let e = k + 2;
    if (INSTITUTIONS.has(norm(toks, e)) || RULE_DETS.has(norm(toks, e))) e++;
    if (!/^(?:policy|policies|rules|regulations|guidelines|procedure|procedures|terms|protocol)$/.test(norm(toks, e))) return null;
    return restrictedElsewhere(toks, i, e) ? hit(toks, i, e, 'policy-shield', 'policy') : null;
  }
  // "in line with / as per / according to (the) hotel policy" not at the head of the sentence.
  let r = -1;
  if ((w === 'in' && /^(?:line|accordance|keeping)$/.test(norm(toks, i + 1)) && norm(toks, i + 2) === 'with')) r = i + 3;
  else if (w === 'as' && norm(toks, i + 1) === 'per') r = i + 2;
  else if ((w === 'according' || w === 'pursuant') && norm(toks, i + 1) === 'to') r = i + 2;
  if (r < 0 || fronted(toks, i)) return null;
  if (/^(?:the|our)$/.test(norm(toks, r))) r++;
  if (!(INSTITUTIONS.has(norm(toks, r)) || RULE_DETS.has(norm(toks, r)))) return null;
  const e = r + 1;
  if (!/^(?:policy|policies|rules|regulations|guidelines|procedure|procedures|terms|protocol)$/.test(norm(toks, e))) return null;
  if (!restrictedElsewhere(toks, i, e)) return null;
  return hit(toks, i, e, 'policy-shield', 'policy');
}

/** "does not come under our team", "doesn't fall under this department's scope": the request put outside the agent's lane. */
function readNotUnderUs(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'not') return null;
  const v = nextWord(toks, i);
  if (/^(?:come|comes|fall|falls)$/.test(norm(toks, v)) && norm(toks, v + 1) === 'under') {
    let d = v + 2;
    if (!/^(?:our|my|this|the)$/.test(norm(toks, d))) return null;
    d++;
    if (!/^(?:team|department|desk|unit|scope|remit|purview|jurisdiction|section|division|branch|side|area|team's|department's)$/.test(norm(toks, d))) return null;
    const p = prevWord(toks, i);
    return hit(toks, p >= 0 && /^(?:does|do|will|would)$/.test(toks[p].norm) ? p : i, d, 'handled-elsewhere', 'dismissive');
  }
  // "not handled by this unit", "not dealt with at this branch" (en.ts reads desk / team / department / line / queue / office).
  if (/^(?:handled|processed|dealt|managed|looked)$/.test(norm(toks, v))) {
    let k = v + 1;
    if (/^(?:with|after|at)$/.test(norm(toks, k))) k++;
    if (!/^(?:by|at|in|from)$/.test(norm(toks, k))) return null;
    if (!/^(?:this|our|my)$/.test(norm(toks, k + 1))) return null;
    if (!/^(?:unit|section|division|branch|cell|counter|centre|center|store|outlet|level)$/.test(norm(toks, k + 2))) return null;
    const p = prevWord(toks, i);
    return hit(toks, p >= 0 && /^(?:is|are|was|were)$/.test(toks[p].norm) ? p : i, k + 2, 'handled-elsewhere', 'dismissive');
  }
  return null;
}

/** Verbs a recap reproaches with ("As already informed", "As earlier stated", "as advised previously"): never "agreed", "promised", "discussed". */
const RECAP_VERBS = words('informed stated advised mentioned said told explained communicated conveyed highlighted indicated notified intimated');

/** "As already informed", "As earlier stated", "As informed earlier", "Just to reiterate", "To reiterate": telling the customer again. */
function readAsInformed(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w === 'reiterate' && norm(toks, i - 1) === 'to') {
    const a = norm(toks, i - 2) === 'just' ? i - 2 : i - 1;
    return fronted(toks, a) ? hit(toks, a, i, 'talking-down', 'passive-aggressive') : null;
  }
  if (w !== 'as') return null;
  let k = i + 1;
  let adv = false;
  if (/^(?:already|earlier|previously|before)$/.test(norm(toks, k))) {
    adv = true;
    k++;
  }
  if (!RECAP_VERBS.has(norm(toks, k))) return null;
  let e = k;
  if (/^(?:earlier|previously|before|already)$/.test(norm(toks, k + 1))) {
    adv = true;
    e = k + 1;
  }
  // A bare "As mentioned," is en.ts's and the packs'; with its "already / earlier" it reproaches.
  if (!adv) return null;
  return hit(toks, i, e, 'talking-down', 'passive-aggressive');
}

/** "We will try our level best", "I'll do my best anyway": the effort promised instead of the result, in a reply about the customer's case. */
function readBestEffort(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'best') return null;
  let p = i - 1;
  if (/^(?:level|very|utmost)$/.test(norm(toks, p))) p--;
  if (!/^(?:my|our)$/.test(norm(toks, p))) return null;
  const v = p - 1;
  if (!/^(?:do|try)$/.test(norm(toks, v))) return null;
  const m = v - 1;
  if (!/^(?:will|shall)$/.test(norm(toks, m))) return null;
  let s = m - 1;
  // "Will do my best to …" with its subject left out (a chat line): "will" heads the sentence.
  if (!/^(?:i|we)$/.test(norm(toks, s))) {
    if (!(norm(toks, p) === 'my' && fronted(toks, m))) return null;
    s = m;
  }
  // Then: nothing, "anyway / but / though", or "to" + the customer's case ("to resolve the issue", "to get it to you"); not
  // "to get through these hard times" or "so I can …" (a calm writer's own effort, as in the positive-frames reframes).
  // "our best to resolve …" is how calm assistants promise work (every Bitext response): only "our level best" (the
  // formula) or the effort left standing alone ("I'll do my best anyway", "… my best, but no promises").
  const n = i + 1 < toks.length ? toks[i + 1] : undefined;
  const level = norm(toks, i - 1) === 'level';
  if (!level && n && n.word && !/^(?:anyway|anyhow|but|though)$/.test(n.norm) && !(n.norm === 'to' && bestForCustomer(toks, i + 2))) return null;
  return hit(toks, s, i, 'hedged-effort', 'uncertainty');
}


/** "Regret the inconvenience caused": a formula with nobody apologising. */
function readInconvenienceFormula(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'inconvenience') return null;
  const d = i - 1;
  if (!/^(?:any|the)$/.test(norm(toks, d))) return null;
  // The apology word before it, at most four words back.
  let a = -1;
  for (let k = d - 1; k >= 0 && k >= d - 4; k--) if (/^(?:apologise|apologize|apologies|apology|regret|regrets|sorry)$/.test(toks[k].norm)) a = k;
  if (a < 0) return null;
  // "any inconvenience (this / it) may have caused": the conditional; "the inconvenience caused": the formula.
  // Only the subjectless formula "Regret the inconvenience caused": "I apologize for any inconvenience (this may have)
  // caused" is how calm assistants apologise (the Bitext responses), which this reader leaves to the packs.
  let e = -1;
  const n = nextWord(toks, i);
  if (norm(toks, n) === 'caused' && /^(?:regret|regrets)$/.test(toks[a].norm) && fronted(toks, a)) e = n;
  if (e < 0) return null;
  // The subject: "We sincerely apologise", "I do regret", or none ("Regret the inconvenience").
  const s = a > 0 && /^(?:i|we|sincerely|truly|deeply|do|really)$/.test(norm(toks, a - 1)) ? Math.max(0, a - (/^(?:i|we)$/.test(norm(toks, a - 2)) ? 2 : 1)) : a;
  return hit(toks, s, e, 'non-apology', 'over-apology');
}

type Reader = (toks: Token[], i: number, lower: string) => GenericHit | null;

/** The readers by the word that can start them (one Map lookup per token). */
const BY_WORD = (() => {
  const m = new Map<string, Reader[]>();
  const add = (r: Reader, ws: Iterable<string>) => {
    for (const w of ws) m.set(w, [...(m.get(w) ?? []), r]);
  };
  add(readNotOurPolicy, ['not']);
  add(readNotGoingToBeAble, ['not']);
  add(readNotMyArea, ['not']);
  add(readBareRuleFronted, ['as', 'per', 'under', 'by', 'according', 'pursuant', 'in']);
  add(readRuleAsCause, ['because', 'due', 'owing', 'for']);
  add(readNoneForAnother, ['for']);
  add(readRuleIsClear, RULE_SET);
  add(readRulesAreRules, ['rules', 'policy', 'regulations', 'terms']);
  add(readRuleDoesNotAllow, RULE_SET);
  add(readRuleSays, RULE_SET);
  add(readAgainstRule, ['against']);
  add(readItsPolicy, ['its']);
  add(readNoXPolicy, ['no', ...['refund', 'return', 'exchange', 'cancellation', 'change', 'transfer'].flatMap((x) => [`no-${x}`, `no-${x}s`]), 'no-show']);
  add(readNoOptionInMachine, ['no']);
  add(readNoXCanBe, ['no']);
  add(readMachine, MACHINES);
  add(readAgentLockedOut, ['i', 'we']);
  add(readNoMeansOnMyEnd, ['i', 'we']);
  add(readCandour, ['i', 'we', 'let']);
  add(readSystemLimitation, ['system', 'systems', 'technical', 'software', 'portal', 'platform', 'tool']);
  add(readEarliest, ['earliest', 'soonest']);
  add(readNextAvailable, ['next', 'first']);
  add(readNothingUntil, ['nothing', 'nobody', 'noone', 'no']);
  add(readOnlyAfter, ['only']);
  add(readWaitUntil, ['wait', 'hang', 'hold', 'sit']);
  add(readNotExpectedUntil, ['is', 'are', 'was', 'were', 'be']);
  add(readBeTimeBefore, ['be']);
  add(readThirdPersonRefusal, ['would', 'will', 'can', 'could']);
  add(readTextingUnable, ['r']);
  add(readNotGetToUntil, ['get']);
  add(readHedgedEffort, ['i', 'we']);
  add(readRuleAtTail, ['without', 'no', 'this', 'that', 'it', 'in', 'as', 'according', 'pursuant']);
  add(readNotUnderUs, ['not']);
  add(readAsInformed, ['as', 'reiterate']);
  add(readBestEffort, ['best']);
  add(readInconvenienceFormula, ['inconvenience']);
  add(readNoLonger, ['no']);
  add(readNotQualify, ['not']);
  add(readThatWontHappen, ['that', 'this']);
  add(readJustTheMiddle, ['i', 'we']);
  add(readAvoidanceOfDoubt, ['for']);
  add(readPeopleRequired, CUSTOMER_SET);
  add(readAsYouCanSee, ['as']);
  add(readNeverDone, ['never']);
  add(readInternalCode, CODE_SLOTS);
  add(readCandourIdiom, ['truth', 'tell', 'ngl', 'tbqh', 'not', 'will', 'would', 'hand', 'between', 'real', 'being']);
  return m;
})();

/** An unknown acronym in capitals (no word list can hold them all): read by its shape. */
const ACRONYM_READERS: Reader[] = [readInternalCode];

/**
 * The constructions above in one English sentence (offsets into it, never overlapping). Like en.ts:
 * nothing in a question (but "why"), nothing in a condition's clause (but a candour opener), and a
 * refusal followed by the agent's own offer ("…, but we can …") is left alone.
 */
export const readConstructionsEn: GenericReader = (sentence, tokens) => {
  if (typeof sentence !== 'string' || sentence.length < 4) return [];
  const toks = tokens ?? analyzeSentenceTokens(sentence);
  if (!toks.length) return [];
  // A question reads nothing but its back-office acronyms: "… due to a PAC mismatch, could you send the code again?" is jargon
  // whatever the mood.
  const question = isQuestion(toks);
  const conditional = conditionalClauses(toks);
  const lower = sentence.toLowerCase().replace(/[’‘]/g, "'");
  const out: GenericHit[] = [];
  let after = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || t.lang !== 'en' || t.start < after) continue;
    // (perfen31) One look-up per word, and no lower-cased copy of every word's text (only "r" and "R" lower-case to "r").
    const byWord = BY_WORD.get(t.norm);
    const acronym = byWord === undefined && t.text.length >= 2 && t.text.length <= 5 && /^[A-Z]{2,5}$/.test(t.text);
    if (question && !acronym) continue;
    const list = byWord ?? (t.text === 'r' || t.text === 'R' ? BY_WORD.get('r') : acronym ? ACRONYM_READERS : undefined);
    if (!list) continue;
    for (const read of list) {
      const h = read(toks, i, lower);
      if (!h) continue;
      if (inCondition(toks, conditional, i) && h.construction !== 'candour-opener') continue;
      if (h.category === 'cant-wont' && offerFollows(toks, i)) continue;
      out.push(h);
      after = h.end;
      break;
    }
  }
  return out;
};
