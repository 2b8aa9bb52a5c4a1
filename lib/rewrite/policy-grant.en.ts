/**
 * rwen27: one reading of "a policy cited over what it grants" (English), shared by every rule that reads a policy
 * citation (en-core's per-policy and as-per-policy, en-core-more's per-company-policy, the policy-end tail, the generic
 * policy-shield and its template). "Per our policy, you have the option to exchange it", "Under our terms, the repair is
 * covered at no cost", "Our policy lets you return it within 60 days", "As per our returns policy you're entitled to a
 * full refund": the rule book speaks for the customer, nothing hides behind it. Before this reading each rule kept its own
 * list of grant forms, so a sentence one rule let go was flagged by the next.
 *
 * A sentence is read as granting when
 * - it holds a policy **citation frame**: a rule noun (policy, terms, rules, guidelines, warranty, T&Cs …) after a
 *   fronting preposition ("per", "as per", "under", "according to", "in line with", "based on", "pursuant to", "as set
 *   out in" …), or as the subject of a verb of granting ("our policy lets / allows / entitles / gives you …");
 * - the rest of the sentence has the customer as beneficiary of a permissive or benefit word: "you can / may / could …",
 *   "you are entitled / eligible / covered / welcome / free / able to …", "you get / receive / keep / have the option …",
 *   "you have 30 days to …", "… lets / allows / entitles / gives you", "we will refund / replace / cover …", "we can …",
 *   "the repair is covered / free / included", "at no cost", "free of charge", "you won't be charged", "you don't need to";
 * - and nothing in it restricts: a negation (other than the reliefs just named), "only", "unless", "except", "must",
 *   "have to", "need to", "required", "but", "however", "instead", "as long as", "provided", a fee or a charge, or a
 *   softener of bad news ("unfortunately", "I'm afraid", "sorry").
 *
 * "That's our policy", "Per our policy we can't …", "Our policy doesn't allow …", "Policy states you must …" are no
 * grants and stay flagged.
 */
import { analyzeSentenceTokens, type Token } from '../nlp/index.ts';

/** Nouns that name the rule book. */
const RULE_NOUN = /^(?:law|legislation|regulation|policy|policies|terms|conditions|rules|guidelines|regulations|procedure|procedures|warranty|guarantee|agreement|contract|tcs|charter|code|scheme|cover|plan)$/;
/** Nouns that stand alone as a rule book (the rest only after "our/the/company …": "under our plan", not "under plan"). */
const RULE_CORE = /^(?:law|legislation|regulation|policy|policies|terms|conditions|rules|guidelines|regulations|procedure|procedures|warranty|guarantee|tcs)$/;
/** Words between a fronting preposition and the rule noun: "per our standard returns policy", "under clause 9 of the regulations" (rwen28). */
const RULE_MOD = /^(?:our|the|company|store|shop|standard|usual|current|new|returns?|refunds?|exchange|cancellation|warranty|guarantee|service|booking|membership|loyalty|delivery|shipping|repair|insurance|price|privacy|'s|s|and|&|t|terms|conditions|of|sale|general|house|fair|use|satisfaction|customer|customers|care|money|back|money-back|protection|extended|manufacturer|manufacturers|hotel|airline|clinic|practice|gym|salon|school|bank|tenancy|rental|hire|subscription|plan|plans|regulations|membership|clause|section|article|paragraph|part|schedule|\d[\d.]*[a-z]?)$/;
/** The verbs that make a rule book grant: "our policy lets you …". */
const GRANT_VERB = /^(?:let|lets|allow|allows|permit|permits|entitle|entitles|give|gives|offer|offers|grant|grants|guarantee|guarantees|cover|covers|include|includes|enable|enables|protect|protects|mean|means)$/;

/** After "you (are|will be …)": the customer as beneficiary. */
const YOU_STATE = /^(?:entitled|eligible|covered|welcome|free|able|protected|due|allowed|permitted|insured|guaranteed|refunded|reimbursed|credited|compensated|exempt|owed|given|offered|upgraded|qualified|invited)$/;
/** After "you (will)": a benefit received. */
const YOU_GET = /^(?:get|gets|getting|receive|keep|qualify|earn|retain|enjoy|benefit|have|collect|claim)$/;
/** After "we (will|can …)" or as our own verb: what we do for the customer. */
const WE_GIVE = /^(?:refund|replace|cover|give|send|offer|provide|repair|waive|pay|reimburse|credit|extend|honour|honor|match|include|exchange|upgrade|fix|collect|arrange|reissue|rebook|swap|return|deliver|accept|guarantee|hold|keep|transfer|cancel|absorb)$/;
/** A thing's state that favours the customer: "the repair is covered", "returns are free". */
const THING_STATE = /^(?:covered|free|included|refundable|complimentary|waived|reimbursed|refunded|replaced|repaired|guaranteed|returnable|exchangeable|transferable|protected|fully|100%)$/;
/** Words that restrict what is granted, anywhere in the sentence. */
const RESTRICT = /^(?:only|unless|except|excluding|exclusively|solely|must|required|require|requires|requirement|but|however|although|though|instead|rather|provided|providing|fee|fees|penalty|penalties|deduct|deducted|deduction|minus|restocking|forfeit|forfeited|void|voids|invalid|invalidate|invalidates|unfortunately|sadly|regrettably|afraid|sorry|apologies|regret|unable|cannot|impossible|limited|maximum|max|strictly|solely|responsible|liable|charged|charge|charges|billed|refuse|refused|decline|declined|reject|rejected|expired|lapsed|excluded|exclusion|exclusions)$/;
/** The customer named as a group ("members are welcome to …", "all guests can …"). */
const CUSTOMER = /^(?:members|guests|customers|clients|patients|tenants|students|passengers|owners|holders|cardholders|policyholders|subscribers|users|buyers|everyone|anyone|parents|residents|visitors)$/;
/** Words of a cost, restrictive unless given back. */
const COST = /^(?:fee|fees|penalty|penalties|charge|charges|charged|billed|restocking)$/;
/** Words before a cost that give it back: "refund of the fee", "waive the charge", "cover the call-out fee". */
const COST_GIVEN = /^(?:refund|refunded|refunds|waive|waived|waives|cover|covered|covers|reimburse|reimbursed|credit|credited|cancel|remove)$/;
/** Words after a cost that give it back: "the fee back", "the charge is refunded / waived". */
const COST_BACK = /^(?:back|refunded|waived|returned|reimbursed|credited|covered|removed|cancelled|canceled)$/;
/** The business that keeps what is held back: "the raw files stay with the studio" (rwen34). */
const HOLDER = /^(?:studio|shop|store|company|business|practice|office|venue|clinic|salon|gallery|agency|firm|bank|hotel|library|school|club|surgery|workshop|garage|lab|laboratory|photographer|team)$/;
/** Modals of permission or ability. */
const MAY = /^(?:can|could|may|might)$/;
const SOFT_ADV = /^(?:also|still|always|now|then|absolutely|certainly|definitely|of|course|totally|fully|happily|just|even|already|easily|simply|automatically|normally|usually|generally|typically|then|actually|indeed|too)$/;

interface W { t: Token; i: number }

/** Word tokens of the sentence with their index. */
function wordsOf(toks: readonly Token[]): W[] {
  const out: W[] = [];
  toks.forEach((t, i) => { if (t.word) out.push({ t, i }); });
  return out;
}

const n = (w: W[], k: number): string => (k >= 0 && k < w.length ? w[k].t.norm : '');

/** Skip soft adverbs from k on. */
function skipSoft(w: W[], k: number): number {
  while (k < w.length && SOFT_ADV.test(n(w, k))) k++;
  return k;
}

/**
 * The citation frames of a sentence as [first, last] word positions: "per our returns policy", "under the terms",
 * "according to company policy", "our policy (lets)". A frame of the subject kind also reports its granting verb.
 */
export function policyCitations(w: W[]): { a: number; b: number; grantVerb: boolean }[] {
  const out: { a: number; b: number; grantVerb: boolean }[] = [];
  for (let r = 0; r < w.length; r++) {
    const noun = n(w, r);
    if (!RULE_NOUN.test(noun)) continue;
    let k = r - 1;
    let mods = 0;
    while (k >= 0 && mods < 7 && RULE_MOD.test(n(w, k)) && !(n(w, k) === 'plan' || n(w, k) === 'plans')) { k--; mods++; }
    const first = k + 1;
    // A frame's own words: "our/the/company" somewhere before a non-core noun ("under our plan"), or a core noun.
    const owned = w.slice(first, r).some((x) => /^(?:our|the|company|store|shop|house)$/.test(x.t.norm));
    if (!RULE_CORE.test(noun) && !owned) continue;
    const p = n(w, k), p2 = n(w, k - 1), p3 = n(w, k - 2);
    let a = -1;
    if (p === 'per') a = p2 === 'as' ? k - 1 : k;
    else if (p === 'under' || p === 'following' || p === 'by') a = k;
    else if (p === 'to' && (p2 === 'according' || p2 === 'pursuant' || p2 === 'due')) a = k - 1;
    else if (p === 'with' && /^(?:line|accordance|keeping|compliance)$/.test(p2) && p3 === 'in') a = k - 2;
    else if (p === 'on' && p2 === 'based') a = k - 1;
    else if ((p === 'in' || p === 'by' || p === 'under') && /^(?:out|down|stated|set|specified|outlined|detailed|described|explained|laid)$/.test(p2)) a = p3 === 'as' ? k - 2 : k - 1;
    if (a >= 0) { out.push({ a, b: r, grantVerb: false }); continue; }
    // "Our policy lets you …", "The warranty covers …", "Our terms give you …": the rule book as the granting subject.
    let v = r + 1;
    while (v < w.length && /^(?:also|always|now|still|fully|automatically)$/.test(n(w, v))) v++;
    if (owned && GRANT_VERB.test(n(w, v))) out.push({ a: first, b: r, grantVerb: true });
  }
  return out;
}

/** A negation that is itself the relief granted: "no cost", "no charge", "not need to", "won't be charged", "no need". */
function reliefAt(w: W[], k: number): number {
  const x = n(w, k), y = n(w, k + 1), z = n(w, k + 2);
  if (x === 'no' && /^(?:cost|charge|charges|fee|fees|need|questions|obligation|quibble|hassle|catch)$/.test(y)) return k + 1;
  if (x === 'no' && /^(?:extra|additional|further|added|hidden)$/.test(y) && /^(?:cost|costs|charge|charges|fee|fees)$/.test(z)) return k + 2;
  if (x === 'not' && /^(?:need|have)$/.test(y) && z === 'to') return k + 2;
  if (x === 'not' && /^(?:need|needed|required)$/.test(y)) return k + 1;
  if (x === 'not' && y === 'be' && /^(?:charged|billed)$/.test(z)) return k + 2;
  if (x === 'not' && /^(?:charge|bill)$/.test(y) && /^(?:you|for)$/.test(z)) return k + 1;
  if (x === 'at' && y === 'no') {
    const m = /^(?:extra|additional|further|added)$/.test(z) ? k + 3 : k + 2;
    return /^(?:cost|costs|charge|fee|expense)$/.test(n(w, m)) ? m : -1;
  }
  if (x === 'nothing' && y === 'to' && /^(?:pay|worry)$/.test(z)) return k + 2;
  if (x === 'free' && y === 'of' && /^(?:charge|cost)$/.test(z)) return k + 2;
  if (x === 'without' && /^(?:charge|cost|paying|any|a)$/.test(y)) return k + 1;
  return -1;
}

/** The sentence's words outside [a, b] read for a grant (true) or a restriction (false), or neither (null). */
function readRest(w: W[], a: number, b: number): boolean {
  let grant = false;
  for (let k = 0; k < w.length; k++) {
    if (k >= a && k <= b) continue;
    const r = reliefAt(w, k);
    if (r >= 0) { grant = true; k = r; continue; }
    const t = w[k].t;
    const x = t.norm;
    // A cost that is itself given back: "a refund of the fee", "we'll waive the late fee", "the charge is refunded".
    if (COST.test(x) && (w.slice(Math.max(0, k - 4), k).some((p) => COST_GIVEN.test(p.t.norm)) || COST_BACK.test(n(w, k + 1)) || COST_BACK.test(n(w, k + 2)))) { grant = true; continue; }
    if (t.neg || RESTRICT.test(x)) return false;
    // rwen34: the grant used up or held back restricts it: "… can skip two shipments a year, and both have been used",
    // "you get three free swaps, all already used", "… and the raw files stay with the studio" (late28, late29).
    if (/^(?:used|exhausted)$/.test(x) && (/^(?:been|already|all|both|up)$/.test(n(w, k - 1)) || n(w, k + 1) === 'up')) return false;
    // (Never the customer's own thing left for the work: "while yours stays with the workshop".)
    if (/^(?:stay|stays|remain|remains)$/.test(x) && n(w, k + 1) === 'with' && (/^(?:us|me)$/.test(n(w, k + 2)) || (n(w, k + 2) === 'the' && HOLDER.test(n(w, k + 3)))) && !w.slice(Math.max(0, k - 4), k).some((p) => /^(?:you|your|yours|u|ur)$/.test(p.t.norm))) return false;
    // "have to", "has to", "need to", "needs to", "got to", "as long as", "so long as", "subject to", "no longer", "up until".
    const y = n(w, k + 1);
    if (/^(?:have|has|had|need|needs|got|gotta)$/.test(x) && y === 'to' && !(x === 'have' && /^(?:[0-9]+|up)$/.test(n(w, k - 1)))) return false;
    if ((x === 'as' || x === 'so') && y === 'long' && n(w, k + 2) === 'as') return false;
    if (x === 'subject' && y === 'to') return false;
    if (x === 'you' || x === 'u' || CUSTOMER.test(x)) {
      let m = skipSoft(w, k + 1);
      if (MAY.test(n(w, m))) { grant = true; continue; }
      if (/^(?:will|would|shall)$/.test(n(w, m))) m = skipSoft(w, m + 1);
      if (/^(?:are|be|were|have|has)$/.test(n(w, m)) && n(w, m + 1) === 'been') m++;
      if (/^(?:are|be|were|become|remain|stay)$/.test(n(w, m))) {
        const s = skipSoft(w, m + 1);
        if (YOU_STATE.test(n(w, s))) { grant = true; continue; }
      }
      if (YOU_GET.test(n(w, m))) {
        // "you have" grants only a period, an option, a right or a choice: "you have 60 days", "you have the option".
        if (n(w, m) !== 'have' || /^(?:[0-9]+|up|a|an|the|full|every|until|till|another|plenty|two|three|thirty|sixty|ninety|fourteen|one)$/.test(n(w, m + 1))) grant = true;
      }
      continue;
    }
    if (x === 'we') {
      let m = skipSoft(w, k + 1);
      if (MAY.test(n(w, m)) || (n(w, m) === 'are' && /^(?:able|happy|glad|pleased)$/.test(n(w, skipSoft(w, m + 1))))) { grant = true; continue; }
      if (/^(?:will|would|shall)$/.test(n(w, m))) {
        m = skipSoft(w, m + 1);
        if (n(w, m) === 'be' && /^(?:happy|glad|pleased)$/.test(n(w, m + 1))) { grant = true; continue; }
      }
      if (WE_GIVE.test(n(w, m)) || WE_GIVE.test(w[m]?.t.lemma ?? '')) grant = true;
      continue;
    }
    // "… lets / allows / entitles / gives you …", "… means you can …".
    if (GRANT_VERB.test(x) && /^(?:you|u|your)$/.test(y)) { grant = true; continue; }
    // "the repair is covered", "returns are free", "delivery is included".
    if (/^(?:is|are|be|comes|come)$/.test(x)) {
      const s = skipSoft(w, k + 1);
      if (THING_STATE.test(n(w, s))) { grant = true; continue; }
    }
    if (x === 'for' && y === 'free') { grant = true; k++; continue; }
    if (/^(?:free|complimentary)$/.test(x) && w[k + 1] && /^(?:NOUN|PROPN)$/.test(w[k + 1].t.pos)) grant = true;
  }
  return grant;
}

/**
 * Whether the sentence of analysed tokens `toks` cites a policy over what it grants the customer (see the file comment).
 * `span`, when given, is an offset range (in the tokens' own offsets) that a citation frame must overlap (the rule's
 * match); only the tokens of the sentence holding the span's start are read.
 */
export function policyGrantsIn(toks: readonly Token[], span?: [number, number]): boolean {
  let sent = toks;
  if (span) {
    const at = toks.find((t) => t.end > span[0]);
    if (at) sent = toks.filter((t) => t.sentence === at.sentence);
  }
  const w = wordsOf(sent);
  for (const c of policyCitations(w)) {
    const a = w[c.a].t.start, b = w[c.b].t.end;
    // A match that holds the whole sentence (a template over it) holds any frame inside it.
    if (span && !(a < span[1] && b > span[0])) continue;
    // A subject frame's own verb ("our policy lets you …") lies after the frame and is read with the rest.
    if (readRest(w, c.a, c.b)) return true;
  }
  return false;
}

/** policyGrantsIn over a sentence's text. */
export function policyGrants(sentence: string, span?: [number, number]): boolean {
  return policyGrantsIn(analyzeSentenceTokens(sentence), span);
}

const STOP = /[.!?\n]/;

/**
 * A policy-category candidate [start, end) of an English draft whose sentence cites a policy over what it grants: the
 * neutral readers drop it (no flag, no advice).
 */
export function policyGrantReason(draft: string, c: { start: number; end: number }, category: string): string | null {
  if (category !== 'policy') return null;
  let s = c.start;
  while (s > 0 && c.start - s < 400 && !STOP.test(draft[s - 1])) s--;
  let e = c.end;
  while (e < draft.length && e - c.end < 400 && !STOP.test(draft[e])) e++;
  if (e < draft.length) e++;
  return policyGrants(draft.slice(s, e), [c.start - s, c.end - s]) ? 'neutral:policy-grants' : null;
}
