/**
 * The English generic reader's third pass (thirteenth session, issue 12): families of negative
 * phrasing that writers nobody on the team was use in many *shapes* (word order, person, tense,
 * no apostrophes, chat spellings), read over lib/nlp's tokens (norms fold "Im", "ur", "inconvinience";
 * contractions are split) rather than listed phrase by phrase:
 *
 * - the stock apology: an apology word + "for / if … caused" + a generic trouble noun ("Sorry for any
 *   trouble", "We deeply regret any inconvenience", "I apologise if this has caused any inconvenience",
 *   "sorry for bothering you"); an apology for a named trouble the customer had ("sorry for the trouble
 *   you've had with the app") is no reflex and stays quiet;
 * - blame by a possessive or a cleft: "your mistake / error / fault" as what caused it, "due to your
 *   incorrect settings", "you are the one who picked", "filled in wrongly by you";
 * - sent elsewhere: "I'm not the right person / team for", "That question is for the technical team",
 *   "the courier's problem, not ours", "my team has no control over", "direct your complaint to";
 * - reproach: "(carefully) this time", "once and for all", "I thought I was / I'd made it clear",
 *   "as mentioned several times", "this was already answered", "which I already gave you";
 * - played down: "it's (just / only) a minor / tiny issue", "(really) not that serious / complicated",
 *   "no need to get upset", "no need for that tone", "these things happen", "nobody else has
 *   complained", "everyone else manages", "making this bigger than it is", "I don't see what the issue is";
 * - policy: a rule that prohibits ("store policy prohibits"), "due to policy reasons".
 *
 * Every hit is advice (no text change). Nothing in a question or a condition; the agent's own side
 * ("our mistake", "not your fault", "no need to worry") and reassurance stay quiet.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { conditionalClauses, hit, inCondition, isQuestion, nextWord, norm, prevWord, words } from './en.ts';
import type { GenericExplain, GenericHit, GenericReader } from './types.ts';
import { ownedMisroute } from './misroute.en.ts';

export const EXPLAIN_FAMILIES_EN: GenericExplain = {
  'stock-apology': {
    en: 'A stock apology ({words}) reads as a formula: thank the customer or name what went wrong and what you did about it.',
    fa: 'این عذرخواهی کلیشه‌ای است ({words}): از مشتری تشکر کنید، یا بگویید چه چیزی اشتباه شد و چه کردید.',
  },
};

const is = (toks: Token[], i: number, re: RegExp) => re.test(norm(toks, i));
/** A clause opens at j: a subject pronoun and its verb, or "the / your X is|are|will …" ("relax its just a hold"). */
function relaxThenClause(toks: Token[], j: number): boolean {
  const w = norm(toks, j);
  if (/^(?:its|nothing|everything|there)$/.test(w)) return true;
  const v = norm(toks, j + 1);
  const FIN = /^(?:is|are|was|were|will|has|have|had|should|can|did|do|does|am|not)$/;
  // en40: an adverb between the pronoun and its verb, "got" as the chat verb ("relax u still got the full hour").
  if (/^(?:it|that|this|we|i|he|she|they|you)$/.test(w)) return FIN.test(v) || (/^(?:still|already|only|just|even)$/.test(v) && (FIN.test(norm(toks, j + 2)) || norm(toks, j + 2) === 'got'));
  if (/^(?:the|your)$/.test(w)) return FIN.test(norm(toks, j + 2)) || FIN.test(norm(toks, j + 3));
  return false;
}

// ---- The stock apology -------------------------------------------------------------------------

const APOLOGY = /^(?:sorry|sry|soz|sorri|apologise|apologize|apologies|apology|regret|regrets|excuse|pardon|forgive|excuses|pole|samahani)$/;
/**
 * en39: a learner's or another language's apology word heading the formula, only as the sentence's first word and only
 * before "for": "Excuses for the inconvenience." (train34), "Pole sana for the inconvenience, …" (Swahili, train35c).
 */
const LEARNER_APOLOGY = /^(?:excuses|pole|samahani)$/;
/** Generic troubles an apology formula names (not a delay or a mistake the agent owns). */
const TROUBLE = /^(?:inconvenience|inconveniences|inconvenient|trouble|troubles|hassle|hassles|bother|bothering|troubling|disturbance|disturb|disturbing|interruption|intrusion|disruption|annoyance|nuisance|mix-up|mixup|back-and-forth)$/;
const TROUBLE_DET = /^(?:any|the|all|this|that|such)$/;
/** Feelings and troubles an apology names only as a blanket, after "any": "for any frustration caused" (rwen22). */
const ANY_TROUBLE = /^(?:confusion|frustration|frustrations|distress|upset|disappointment|delay|delays|misunderstanding|misunderstandings|worry|stress|difficulty|difficulties|problems|issues|annoyance|concern|disruptions|upheaval|hassles)$/;

/** Start of the apology with its subject: "We deeply regret", "I do apologise", "so sorry". */
function apologyStart(toks: Token[], a: number): number {
  let s = a;
  for (let n = 0; n < 3; n++) {
    const p = prevWord(toks, s, false);
    if (p < 0 || !/^(?:i|we|do|deeply|sincerely|truly|really|so|very|again|am|are|once|most|terribly|awfully)$/.test(toks[p].norm)) break;
    s = p;
  }
  return s;
}

function readStockApology(toks: Token[], i: number): GenericHit | null {
  if (!APOLOGY.test(toks[i].norm)) return null;
  // "Please excuse any inconvenience", "pardon the hassle": only as the request itself.
  const excuse = /^(?:excuse|pardon|forgive)$/.test(toks[i].norm);
  if (excuse && !(is(toks, prevWord(toks, i), /^(?:please|kindly)$/) || prevWord(toks, i) < 0)) return null;
  let j = nextWord(toks, i);
  if (LEARNER_APOLOGY.test(toks[i].norm)) {
    if (prevWord(toks, i) >= 0) return null;
    if (toks[i].norm === 'pole' && is(toks, j, /^sana$/)) j = nextWord(toks, j);
    if (!is(toks, j, /^for$/)) return null;
  }
  if (excuse && is(toks, j, /^(?:us|me)$/)) j = nextWord(toks, j);
  // "once again", "once more", "again": an apology said again is a formula even over "the inconvenience" (rwen22).
  let again = false;
  // en40: a discourse particle of the writer's English after the apology word ("So sorry po for the trouble"; seams30's
  // particles of Philippine, Singaporean and Nigerian English) is read past like "so" or "again".
  for (let n = 0; n < 2 && is(toks, j, /^(?:again|once|so|very|much|more|po|lah|lor|leh|ah|naman)$/); n++) {
    if (is(toks, j, /^(?:again|more)$/)) again = true;
    j = nextWord(toks, j);
  }
  // "Apologies in advance for any disruption": sorry before anything has happened.
  if (is(toks, j, /^in$/) && is(toks, nextWord(toks, j), /^advance$/)) j = nextWord(toks, nextWord(toks, j));
  if (is(toks, prevWord(toks, apologyStart(toks, i), false), /^again$/)) again = true;
  let e = -1;
  if (is(toks, j, /^(?:for|about)$/) || (/^(?:regret|regrets|excuse|pardon|forgive)$/.test(toks[i].norm) && TROUBLE_DET.test(norm(toks, j)))) {
    let k = is(toks, j, /^(?:for|about)$/) ? nextWord(toks, j) : j;
    const det = norm(toks, k);
    if (is(toks, k, TROUBLE_DET)) k = nextWord(toks, k);
    if (is(toks, k, /^(?:the|this|that)$/)) k = nextWord(toks, k);
    if (is(toks, k, /^(?:and|or)$/) && is(toks, nextWord(toks, k), /^(?:all|any)$/)) k = nextWord(toks, nextWord(toks, k));
    if (is(toks, k, /^(?:inconvenience|trouble|hassle)$/) || (is(toks, k, /^(?:bothering|troubling|disturbing)$/) && is(toks, nextWord(toks, k), /^you$/))) e = k;
    // "any mix up", "all the back and forth": two- and three-word troubles.
    else if (is(toks, k, /^mix$/) && is(toks, nextWord(toks, k), /^up$/)) e = nextWord(toks, k);
    else if (is(toks, k, /^back$/) && norm(toks, k + 1) === 'and' && norm(toks, k + 2) === 'forth') e = k + 2;
    else if (is(toks, k, TROUBLE) && !is(toks, k, /^(?:bother)$/)) e = k;
    // "sorry for any frustration / distress / confusion this may have caused": "any" makes any trouble a blanket (rwen22).
    else if (det === 'any' && is(toks, k, ANY_TROUBLE)) e = k;
    if (e < 0) return null;
    // "sorry for any mix-up" is the hedge; "We must apologise for the mix-up" owns a real mistake.
    if (/^(?:mix-up|mixup|up)$/.test(toks[e].norm) && det !== 'any') return null;
    // "I apologize for any inconvenience (caused)": how calm assistants apologise (every Bitext response), left to the packs;
    // read here: "sorry" with it, and the other trouble words ("any trouble", "the hassle", "for bothering you").
    // "We (deeply) regret any / the inconvenience (caused)" is the formula itself, rare in the assistants' replies: read here
    // when no pack rule took it.
    // So is the emphatic "I do apologise for the inconvenience".
    // (The feelings read after "any" follow the same line: "I apologize for any frustration caused" is Bitext's calm formula.)
    if ((/^(?:inconvenience|inconveniences)$/.test(toks[e].norm) || (det === 'any' && ANY_TROUBLE.test(toks[e].norm) && !TROUBLE.test(toks[e].norm))) && !/^(?:sorry|sry|soz|sorri|excuse|pardon|forgive|regret|regrets|excuses|pole|samahani)$/.test(toks[i].norm) && !is(toks, prevWord(toks, i, false), /^do$/) && !again) return null;
    // "sorry for the trouble you've had with the app", "the hassle of re-entering": a named trouble of the customer's.
    const n = nextWord(toks, e);
    // ("the hassle with this one" names nothing: only "you …", "your …", or "with / of / in" + a thing of the customer's.)
    // (A new clause run on without a comma names nothing: "sry for the inconvinience your account is unlocked now".)
    const runOn = is(toks, n, /^your$/) && is(toks, nextWord(toks, nextWord(toks, n)), /^(?:is|are|was|were|has|have|will|should)$/);
    // (rwen23: nor does a new clause after a comma: "Sorry for the hassle, your refund is on its way".)
    const afterComma = e + 1 < toks.length && !toks[e + 1].word && /^[,;:]$/.test(toks[e + 1].norm);
    const named = (is(toks, n, /^(?:you|your)$/) && !runOn && !afterComma) || (is(toks, n, /^(?:of|with|in|on)$/) && !is(toks, nextWord(toks, n), /^(?:this|that|it|all|everything)$/));
    if (named && !/^(?:bothering|troubling|disturbing)$/.test(toks[e].norm)) return null;
  } else if (is(toks, j, /^to$/) && is(toks, nextWord(toks, j), /^(?:bother|trouble|disturb|chase|pester|nag|bug|hassle)$/) && /^sorry$/.test(toks[i].norm)) {
    // "sorry to bother you", and the same apology for asking in other verbs: "sorry to chase", "sorry to nag" (rwen22).
    e = nextWord(toks, j);
    if (is(toks, nextWord(toks, e), /^(?:you|again)$/)) e = nextWord(toks, e);
  } else if (is(toks, j, /^to$/) && is(toks, nextWord(toks, j), /^be$/) && is(toks, nextWord(toks, nextWord(toks, j)), /^(?:a|an)$/) && /^sorry$/.test(toks[i].norm)) {
    // "sorry to be a pain / a nuisance / a bother"
    const n = nextWord(toks, nextWord(toks, nextWord(toks, j)));
    if (!is(toks, n, /^(?:pain|nuisance|bother|pest|nag)$/)) return null;
    e = n;
  } else if (is(toks, j, /^if$/)) {
    // "I apologise if this has caused any inconvenience"
    for (let k = nextWord(toks, j), n = 0; k >= 0 && n < 6; k = nextWord(toks, k), n++) {
      if (is(toks, k, /^(?:caused|causes|cause|created|meant)$/)) {
        let m = nextWord(toks, k);
        if (is(toks, m, /^you$/)) m = nextWord(toks, m);
        if (is(toks, m, TROUBLE_DET)) m = nextWord(toks, m);
        if (is(toks, m, /^(?:inconvenience|trouble|hassle|inconveniences)$/)) e = m;
        else if (norm(toks, prevWord(toks, m)) === 'any' && is(toks, m, ANY_TROUBLE)) e = m;
        break;
      }
    }
    if (e < 0) return null;
  } else return null;
  if (excuse && e < 0) return null;
  return hit(toks, excuse && is(toks, prevWord(toks, i), /^(?:please|kindly)$/) ? prevWord(toks, i) : apologyStart(toks, i), e, 'stock-apology', 'over-apology');
}

// ---- Blame by a possessive or a cleft ----------------------------------------------------------

const FAULT = /^(?:mistake|mistakes|error|errors|fault|oversight|negligence|carelessness)$/;
const WRONG_ADJ = /^(?:incorrect|wrong|mistaken|faulty|invalid|outdated|out-of-date|incomplete|inaccurate|improper|poor|bad)$/;
const CAUSE_WORDS = /^(?:to|of|by)$/;
/** Giving or choosing verbs in the past ("you've put / entered / selected the wrong …"). */
const GAVE = /^(?:put|entered|typed|selected|chose|chosen|picked|ordered|booked|used|gave|given|provided|sent|uploaded|filled|clicked|added|set|scanned)$/;

/** Whether token i opens its clause (nothing but an opener before it). */
function clauseOpen(toks: Token[], i: number): boolean {
  const p = prevWord(toks, i, false);
  return p < 0 || toks[p].clause !== toks[i].clause || /^(?:but|so|and|honestly|actually|basically)$/.test(toks[p].norm);
}

function negatedBefore(toks: Token[], i: number, span = 4): boolean {
  for (let k = i - 1; k >= 0 && k >= i - span; k--) {
    if (toks[k].clause !== toks[i].clause) break;
    if (toks[k].neg || /^(?:not|no|never|nothing|none)$/.test(toks[k].norm)) return true;
  }
  return false;
}

function readBlameFamilies(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (w === 'your') {
    const n = nextWord(toks, i);
    // "Your mistake caused the double booking", "it was your error" (not "not your fault", "your error message").
    if (is(toks, n, FAULT)) {
      // As the cause ("Your mistake caused …", "your error meant …") or as what it was ("it was your error", "that's your fault");
      // not "your error is attended to", "your error message", "not your fault".
      const after = nextWord(toks, n);
      const asCause = is(toks, after, /^(?:caused|causes|led|meant|resulted|made|created|triggered)$/);
      const p = prevWord(toks, i);
      const asWhat = is(toks, p, /^(?:is|was)$/) && is(toks, prevWord(toks, p), /^(?:it|this|that)$/) && (after < 0 || !toks[after].word || is(toks, after, /^(?:not|and|so|i|we)$/));
      if (!asCause && !asWhat) return null;
      if (negatedBefore(toks, i) || is(toks, p, /^(?:of|for|no|not)$/)) return null;
      return hit(toks, i, n, 'second-person-blame', 'blame');
    }
    // "due to your incorrect settings", "because of your wrong address".
    if (is(toks, n, WRONG_ADJ) && nextWord(toks, n) >= 0 && toks[nextWord(toks, n)].pos === 'NOUN') {
      const p = prevWord(toks, i);
      if (is(toks, p, CAUSE_WORDS) && is(toks, prevWord(toks, p), /^(?:due|because|result|caused|thanks)$/)) return hit(toks, prevWord(toks, p), nextWord(toks, n), 'second-person-blame', 'blame');
    }
  }
  // "If you'd checked your spam folder you would have found it": a counterfactual that blames (not "if you have …").
  if (w === 'if' && norm(toks, i + 1) === 'you' && is(toks, i + 2, /^(?:had|would)$/)) {
    const v = nextWord(toks, i + 2);
    const later = toks.slice(v + 1).map((t) => t.norm).join(' ');
    if (v >= 0 && /(?:ed|read|put|sent|paid|done|seen|told|given|kept)$/.test(toks[v].norm) && /\bwould (?:not )?have\b|\bwould've\b|\bcould have been avoided\b/.test(later)) return hit(toks, i, v, 'second-person-blame', 'blame');
  }
  if (w === 'you') {
    // "I understand (that) you have entered the wrong address": the customer's own report told back.
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (/^(?:understand|understood|see|saw|noticed|notice|mentioned|said|say|told|tell|realise|realize|realised|realized|know|gather|hear|heard|appreciate|note|if|whether|when|where)$/.test(toks[k].norm)) return null;
    let v = nextWord(toks, i);
    // "You keep entering the old password", "you kept clicking resend": a habit held against the customer.
    if (is(toks, v, /^(?:keep|kept)$/) && /ing$/.test(norm(toks, nextWord(toks, v))) && !is(toks, nextWord(toks, v), /^(?:receiving|getting|earning|enjoying|using)$/) && !negatedBefore(toks, i, 2)) return hit(toks, i, nextWord(toks, v), 'second-person-blame', 'blame');
    // "You've put the wrong date on the form", "you had selected the wrong plan".
    if (is(toks, v, /^(?:have|had)$/)) v = nextWord(toks, v);
    if (v >= 0 && GAVE.test(toks[v].norm)) {
      let d = nextWord(toks, v);
      if (is(toks, d, /^(?:us|me)$/)) d = nextWord(toks, d);
      const a = is(toks, d, /^(?:the|a|an)$/) ? nextWord(toks, d) : d;
      if (is(toks, a, /^(?:wrong|incorrect|invalid|old|expired)$/) && nextWord(toks, a) >= 0 && toks[nextWord(toks, a)].pos === 'NOUN' && !negatedBefore(toks, i, 3) && !is(toks, prevWord(toks, i), /^(?:if|whether|when|nothing|no)$/)) return hit(toks, i, nextWord(toks, a), 'second-person-blame', 'blame');
    }
    return null;
  }
  // "It's down to you to keep your details up to date", "it's up to you to check" (not "up to you to decide": a choice).
  if (/^(?:down|up)$/.test(w) && norm(toks, i + 1) === 'to' && norm(toks, i + 2) === 'you' && norm(toks, i + 3) === 'to' && !is(toks, i + 4, /^(?:decide|choose|pick|say|select|tell|let)$/) && is(toks, prevWord(toks, i), /^(?:is|was)$/)) return hit(toks, prevWord(toks, prevWord(toks, i)) >= 0 ? prevWord(toks, prevWord(toks, i)) : i, i + 3, 'second-person-blame', 'blame');
  // "The fault lies with your device settings", "the blame rests with you".
  if (/^(?:lies|lie|rests|rest|lay|sits)$/.test(w) && is(toks, prevWord(toks, i), /^(?:fault|blame|problem|issue|responsibility|error|mistake)$/) && is(toks, nextWord(toks, i), /^(?:with|on)$/)) {
    const y = nextWord(toks, nextWord(toks, i));
    if (is(toks, y, /^(?:you|your|yourself)$/) && !negatedBefore(toks, i, 3)) return hit(toks, prevWord(toks, i), y, 'second-person-blame', 'blame');
  }
  // "Your own settings are blocking the emails, not our servers": the customer's thing against ours, as the subject.
  if (w === 'your' && clauseOpen(toks, i)) {
    for (let k = i + 2; k < toks.length && k <= i + 12; k++) if (toks[k].norm === 'not' && is(toks, k + 1, /^(?:our|ours|us)$/) && !toks[k - 1].word) return hit(toks, i, nextWord(toks, i), 'second-person-blame', 'blame');
  }
  // "The issue is your router settings, not our network": the customer's side against ours.
  if (/^(?:issue|problem|fault|cause|culprit)$/.test(w) && is(toks, nextWord(toks, i), /^(?:is|was)$/) && is(toks, nextWord(toks, nextWord(toks, i)), /^(?:your)$/)) {
    const y = nextWord(toks, nextWord(toks, i));
    for (let k = y + 1; k < toks.length && k <= y + 6; k++) if (toks[k].norm === 'not' && is(toks, k + 1, /^(?:our|ours|us|with)$/)) return hit(toks, y, nextWord(toks, y), 'second-person-blame', 'blame');
    return null;
  }
  // "you are the one who selected", "ur the one who put" (norm "your the one").
  if (w === 'your') return null;
  if (w === 'one' && norm(toks, i - 1) === 'the') {
    const p = prevWord(toks, i - 1);
    const pp = prevWord(toks, p);
    const youBe = (norm(toks, p) === 'are' && norm(toks, pp) === 'you') || (norm(toks, p) === 'were' && norm(toks, pp) === 'you') || norm(toks, p) === 'your';
    if (!youBe) return null;
    const who = nextWord(toks, i);
    if (!is(toks, who, /^(?:who|that)$/)) return null;
    const v = nextWord(toks, who);
    // A past act of the customer's ("who selected"), not a present right ("the one who decides").
    if (v < 0 || !(toks[v].pos === 'VERB' || toks[v].pos === 'AUX') || !/(?:ed|put|chose|chosen|sent|gave|made|wrote|set|did|forgot|told|said|paid|bought|left|took|entered)$/.test(toks[v].norm)) return null;
    const s = norm(toks, p) === 'your' ? p : pp;
    return hit(toks, s, who, 'second-person-blame', 'blame');
  }
  // "filled in incorrectly by you", "was entered wrongly by you"
  if (w === 'by' && norm(toks, i + 1) === 'you') {
    const p = prevWord(toks, i);
    if (is(toks, p, /^(?:incorrectly|wrongly|wrong|badly|incompletely|improperly|inaccurately)$/)) {
      let s = prevWord(toks, p);
      if (is(toks, s, /^(?:in|out|up)$/)) s = prevWord(toks, s);
      if (s >= 0 && (toks[s].pos === 'VERB' || /ed$/.test(toks[s].norm))) return hit(toks, s, i + 1, 'second-person-blame', 'blame');
    }
  }
  return null;
}

// ---- Sent elsewhere ----------------------------------------------------------------------------

const ELSEWHERE_NOUNS = /^(?:team|teams|department|dept|desk|person|people|place|channel|line|office|contact|address|unit|group|folks|guys|lot|crew)$/;
const THIRD_PARTIES = words(`courier couriers carrier carriers manufacturer manufacturers maker seller sellers bank banks airline airlines
  landlord insurer insurers retailer retailers store shop warehouse supplier suppliers vendor vendors brand post office postman
  driver drivers provider providers partner partners merchant merchants network operator developer developers council government
  marketplace platform app hotel venue organiser organizer agency agent broker`);
const ORG_SIDE = /^(?:team|department|dept|desk|we|i|company|office|staff|branch|store|shop)$/;

function readSentElsewhere(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  // "I'm not the right person for this", "we're not the right team to ask", "this is the wrong department".
  if ((w === 'right' && norm(toks, i - 1) === 'the' && norm(toks, i - 2) === 'not') || (w === 'wrong' && norm(toks, i - 1) === 'the')) {
    const n = nextWord(toks, i);
    if (!is(toks, n, ELSEWHERE_NOUNS)) return null;
    // "you've come to the right place", "not the right size": only people, teams and channels; "not the wrong number" etc. stay.
    if (w === 'wrong' && is(toks, n, /^(?:address|line|contact|person|people|place)$/) && !is(toks, prevWord(toks, i - 1), /^(?:is|are|am|to|at)$/)) return null;
    let s = w === 'right' ? i - 2 : i - 1;
    const p = prevWord(toks, s);
    if (w === 'right' && !is(toks, p, /^(?:am|are|is)$/)) return null;
    if (w === 'right') {
      const subj = prevWord(toks, p);
      if (!is(toks, subj, /^(?:i|we|team|department|desk|this|that|here)$/)) return null;
      s = subj;
    } else {
      // "the wrong department": the agent sending the customer away ("you've reached / this is the wrong team").
      const v = prevWord(toks, s);
      if (!is(toks, v, /^(?:is|are|reached|contacted|come|emailed|called|asking|asked|to|at)$/)) return null;
      if (is(toks, n, /^(?:address|number)$/)) return null;
      // "I sent it to the wrong department, sorry": a mistake owned, not the customer sent away (misroute.en.ts).
      if (ownedMisroute(toks, i - 1)) return null;
    }
    return hit(toks, s, n, 'handled-elsewhere', 'dismissive');
  }
  // "that's one for the billing folks", "this is one for your landlord"
  if (w === 'one' && is(toks, i - 1, /^(?:is|was)$/) && is(toks, prevWord(toks, i - 1), /^(?:that|this|it)$/) && norm(toks, i + 1) === 'for' && is(toks, i + 2, /^(?:the|your|their)$/)) {
    for (let k = i + 3; k < toks.length && k <= i + 5; k++) if (ELSEWHERE_NOUNS.test(toks[k].norm) || THIRD_PARTIES.has(toks[k].norm)) return hit(toks, prevWord(toks, i - 1), k, 'handled-elsewhere', 'dismissive');
  }
  // "a matter between you and the seller", "that's between you and your bank".
  if (w === 'between' && norm(toks, i + 1) === 'you' && norm(toks, i + 2) === 'and' && is(toks, i + 3, /^(?:the|your)$/) && (THIRD_PARTIES.has(norm(toks, i + 4)) || ELSEWHERE_NOUNS.test(norm(toks, i + 4)))) {
    let s = i;
    const p = prevWord(toks, i);
    if (is(toks, p, /^(?:matter|issue|thing|dispute|is|that)$/)) s = p;
    return hit(toks, s, i + 4, 'handled-elsewhere', 'dismissive');
  }
  // "I'm not the person who can approve that", "we're not the ones who decide".
  if (/^(?:person|one|ones|team)$/.test(w) && norm(toks, i - 1) === 'the' && norm(toks, i - 2) === 'not' && is(toks, i + 1, /^(?:who|that)$/) && is(toks, i + 2, /^(?:can|could|decides|decide|handles|handle|deals|approves)$/)) {
    const b = prevWord(toks, i - 2);
    if (is(toks, b, /^(?:am|are|is)$/) && is(toks, prevWord(toks, b), /^(?:i|we)$/)) return hit(toks, prevWord(toks, b), i + 2, 'handled-elsewhere', 'dismissive');
  }
  // "That question is for the technical team", "this request is one for your bank".
  if (/^(?:question|questions|query|queries|request|requests|complaint|complaints|issue|matter|one)$/.test(w) && is(toks, i - 1, /^(?:that|this|your|those|these)$/)) {
    let b = nextWord(toks, i);
    if (!is(toks, b, /^(?:is|are|would|will)$/)) return null;
    if (is(toks, b, /^(?:would|will)$/)) b = nextWord(toks, b);
    if (is(toks, b, /^be$/)) b = nextWord(toks, b);
    // "is for the …", "is one for your …"
    let f = nextWord(toks, b);
    if (norm(toks, f) === 'one') f = nextWord(toks, f);
    if (norm(toks, f) !== 'for') return null;
    f = nextWord(toks, f);
    if (!is(toks, f, /^(?:the|your|our|their|a)$/)) return null;
    for (let k = nextWord(toks, f), n = 0; k >= 0 && n < 3; k = nextWord(toks, k), n++) {
      if (ELSEWHERE_NOUNS.test(toks[k].norm) || THIRD_PARTIES.has(toks[k].norm)) return hit(toks, i - 1, k, 'handled-elsewhere', 'dismissive');
    }
    return null;
  }
  // "That's something the landlord has to sort out", "this is one your insurer needs to answer".
  if (/^(?:something|one)$/.test(w) && is(toks, i - 1, /^(?:is|was)$/) && is(toks, prevWord(toks, i - 1), /^(?:that|this|it)$/) && is(toks, i + 1, /^(?:the|your)$/) && (THIRD_PARTIES.has(norm(toks, i + 2)) || ELSEWHERE_NOUNS.test(norm(toks, i + 2)))) {
    const v = i + 3;
    if (is(toks, v, /^(?:has|have|needs|need|will|would|must|should|can)$/)) return hit(toks, prevWord(toks, i - 1), i + 2, 'handled-elsewhere', 'dismissive');
  }
  // "I'm only in charge of bookings", "we're just responsible for the deliveries", "I'm just support".
  if (/^(?:only|just|merely)$/.test(w) && is(toks, i - 1, /^(?:am|are)$/) && is(toks, i - 2, /^(?:i|we)$/)) {
    const n = nextWord(toks, i);
    if (norm(toks, n) === 'in' && norm(toks, n + 1) === 'charge' && norm(toks, n + 2) === 'of') return hit(toks, i - 2, n + 2, 'handled-elsewhere', 'dismissive');
    if (is(toks, n, /^(?:responsible)$/) && norm(toks, n + 1) === 'for') return hit(toks, i - 2, n + 1, 'handled-elsewhere', 'dismissive');
    const r = is(toks, n, /^(?:a|an|the)$/) ? nextWord(toks, n) : n;
    // A role ("I'm just support", "we're only the chat team"), not a distance ("We're only a phone call away").
    if (is(toks, r, /^(?:support|agent|advisor|adviser|assistant|rep|representative|receptionist|cashier|operator|temp|intern|chat|phone|frontline|messenger|bot|helpdesk|sales|reception)$/)) {
      let e = r;
      if (toks[r + 1]?.word) {
        if (!is(toks, r + 1, /^(?:agent|agents|support|team|desk|advisor|adviser|rep|staff|line|here)$/)) return null;
        e = r + 1;
      } else if (is(toks, r, /^(?:chat|phone|sales|reception)$/)) return null;
      return hit(toks, i - 2, e, 'handled-elsewhere', 'dismissive');
    }
  }
  // "This needs to go to your insurer", "it has to be raised with the seller".
  if (/^(?:go|be)$/.test(w) && is(toks, i - 1, /^to$/) && is(toks, i - 2, /^(?:needs|need|has|have|got)$/)) {
    let k = nextWord(toks, i);
    if (w === 'be') {
      if (!is(toks, k, /^(?:sent|raised|taken|sorted|handled|directed|referred|addressed)$/)) return null;
      k = nextWord(toks, k);
      if (norm(toks, k) === 'up') k = nextWord(toks, k);
    }
    if (!is(toks, k, /^(?:to|with|by)$/)) return null;
    const d = nextWord(toks, k);
    const o = is(toks, d, /^(?:the|your|their)$/) ? nextWord(toks, d) : -1;
    if (o >= 0 && (THIRD_PARTIES.has(toks[o].norm) || ELSEWHERE_NOUNS.test(toks[o].norm))) {
      const subj = prevWord(toks, i - 2);
      return hit(toks, is(toks, subj, /^(?:this|that|it|which)$/) ? subj : i - 2, o, 'handled-elsewhere', 'dismissive');
    }
  }
  // "That's not handled here", "refunds aren't dealt with by this team".
  if (/^(?:handled|dealt|done|covered|managed|processed)$/.test(w) && norm(toks, i - 1) === 'not' && is(toks, prevWord(toks, i - 1), /^(?:is|are|was|were)$/)) {
    let k = nextWord(toks, i);
    if (w === 'dealt' && norm(toks, k) === 'with') k = nextWord(toks, k);
    if (is(toks, k, /^(?:here)$/)) return hit(toks, prevWord(toks, i - 1), k, 'handled-elsewhere', 'dismissive');
    if (is(toks, k, /^by$/) && is(toks, nextWord(toks, k), /^(?:us|me|this|our)$/)) return hit(toks, prevWord(toks, i - 1), nextWord(toks, k), 'handled-elsewhere', 'dismissive');
  }
  // "It's up to the airline, not us", "that's up to your bank".
  if (w === 'up' && norm(toks, i + 1) === 'to' && is(toks, i + 2, /^(?:the|your)$/) && THIRD_PARTIES.has(norm(toks, i + 3)) && is(toks, prevWord(toks, i), /^(?:is|was)$/)) return hit(toks, prevWord(toks, i), i + 3, 'handled-elsewhere', 'dismissive');
  // "I can only help with orders placed online", "we can only assist with bookings".
  if (w === 'only' && is(toks, i - 1, /^(?:can|could)$/) && is(toks, i - 2, /^(?:i|we)$/) && is(toks, i + 1, /^(?:help|assist|deal|advise)$/) && is(toks, i + 2, /^(?:with|on)$/)) return hit(toks, i - 2, i + 2, 'handled-elsewhere', 'dismissive');
  // "This is a bank matter", "that's an airline issue".
  if (/^(?:matter|issue|question|thing|problem)$/.test(w) && THIRD_PARTIES.has(norm(toks, i - 1)) && is(toks, i - 2, /^(?:a|an)$/) && is(toks, i - 3, /^(?:is|was)$/) && is(toks, prevWord(toks, i - 3), /^(?:this|that|it)$/)) return hit(toks, prevWord(toks, i - 3), i, 'handled-elsewhere', 'dismissive');
  // "Please raise it with your internet provider", "discuss this with the seller".
  if (/^(?:raise|discuss|check|sort)$/.test(w) && is(toks, i + 1, /^(?:it|this|that)$/) && norm(toks, i + 2) === 'with' && is(toks, i + 3, /^(?:the|your|their)$/)) {
    for (let k = i + 4; k < toks.length && k <= i + 5; k++) if (THIRD_PARTIES.has(toks[k].norm)) return hit(toks, i, k, 'handled-elsewhere', 'dismissive');
  }
  // "Our department does not deal with parking fines", "this desk doesn't handle refunds".
  if (/^(?:deal|handle|cover|manage|process)$/.test(w) && norm(toks, i - 1) === 'not' && is(toks, i - 2, /^(?:does|do)$/) && is(toks, i - 3, /^(?:department|team|desk|office|unit|dept|branch|store|shop)$/) && !(norm(toks, i + 1) === 'your' && /^(?:card|password|pin|data|details|personal|payment|bank)$/.test(norm(toks, i + 2)))) {
    // (Not a reassurance: "The team does not handle your card details", rwen20.)
    const s = is(toks, i - 4, /^(?:our|this|my|the)$/) ? i - 4 : i - 3;
    return hit(toks, s, w === 'deal' && norm(toks, i + 1) === 'with' ? i + 1 : i, 'handled-elsewhere', 'dismissive');
  }
  // "Please take this up with the seller", "take it up with your bank".
  if (w === 'take' && is(toks, i + 1, /^(?:this|that|it)$/) && norm(toks, i + 2) === 'up' && norm(toks, i + 3) === 'with' && is(toks, i + 4, /^(?:the|your|their)$/)) return hit(toks, i, i + 4, 'handled-elsewhere', 'dismissive');
  // "This is the courier's problem, not ours", "that's the bank's responsibility", "the manufacturer's job".
  if (/^(?:problem|issue|responsibility|call|business|concern|department|job|area|domain|remit|thing)$/.test(w) && norm(toks, i - 1) === "'s") {
    const owner = i - 2;
    if (!THIRD_PARTIES.has(norm(toks, owner)) || norm(toks, owner - 1) !== 'the') return null;
    const v = prevWord(toks, owner - 1);
    if (!is(toks, v, /^(?:is|was|be)$/)) return null;
    const subj = prevWord(toks, v);
    if (!is(toks, subj, /^(?:this|that|it)$/)) return null;
    return hit(toks, subj, i, 'handled-elsewhere', 'dismissive');
  }
  // "My team has no control over", "we have no say in", "I have no authority over".
  if (w === 'no' && is(toks, i + 1, /^(?:control|say|influence|authority|power)$/) && is(toks, i + 2, /^(?:over|in|on)$/)) {
    const v = prevWord(toks, i);
    if (!is(toks, v, /^(?:have|has|had)$/)) return null;
    const subj = prevWord(toks, v);
    if (!is(toks, subj, ORG_SIDE)) return null;
    let s = subj;
    if (is(toks, prevWord(toks, s), /^(?:my|our|the)$/)) s = prevWord(toks, s);
    return hit(toks, s, i + 2, 'handled-elsewhere', 'dismissive');
  }
  // "direct your complaint to the store", "please address your query to".
  if (/^(?:direct|redirect|address|forward|take|send)$/.test(w) && norm(toks, i + 1) === 'your' && is(toks, i + 2, /^(?:complaint|complaints|query|queries|question|questions|concern|concerns|grievance)$/) && norm(toks, i + 3) === 'to') {
    const k = nextWord(toks, i + 3);
    if (!is(toks, k, /^(?:the|your|their)$/)) return null;
    return hit(toks, i, i + 3, 'handled-elsewhere', 'dismissive');
  }
  return null;
}

// ---- Reproach ---------------------------------------------------------------------------------

const RECAP = /^(?:mentioned|stated|said|explained|noted|advised|informed|told|outlined|pointed|highlighted|indicated|communicated|answered|addressed|covered|clarified)$/;
const COMMUNICATED = /^(?:answered|addressed|explained|covered|clarified|told|said|stated|mentioned|responded|replied)$/;

function readReproach(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  // "read the email carefully this time", "check it properly this time".
  if (w === 'this' && norm(toks, i + 1) === 'time' && !toks[i + 2]?.word) {
    const p = prevWord(toks, i);
    if (is(toks, p, /^(?:carefully|properly|correctly|right|fully|thoroughly|again)$/)) return hit(toks, p, i + 1, 'talking-down', 'passive-aggressive');
  }
  // "Hopefully this time the instructions make sense", "maybe this time it'll work".
  if (w === 'this' && norm(toks, i + 1) === 'time' && is(toks, i - 1, /^(?:hopefully|maybe|perhaps)$/) && sentenceOpening(toks, i - 1)) {
    return hit(toks, i - 1, i + 1, 'talking-down', 'passive-aggressive');
  }
  // "Once more: the code is …", "Once again, …" as the sentence's opener (a reproach, not "once again, thank you").
  if (w === 'once' && is(toks, i + 1, /^(?:more|again)$/) && sentenceOpening(toks, i) && toks[i + 2] && !toks[i + 2].word && !/^(?:thank|thanks|apologies|sorry|welcome|congratulations)$/.test(norm(toks, nextWord(toks, i + 1)))) return hit(toks, i, i + 1, 'talking-down', 'passive-aggressive');
  // "I'll say it again: …", "let me say this once more," (an opener before a colon or comma).
  if (w === 'say' && is(toks, i + 1, /^(?:it|this|that)$/) && (is(toks, i + 2, /^again$/) || (norm(toks, i + 2) === 'once' && norm(toks, i + 3) === 'more'))) {
    const e = norm(toks, i + 2) === 'again' ? i + 2 : i + 3;
    if (toks[e + 1] && !toks[e + 1].word && /^[:,]/.test(toks[e + 1].text)) return hit(toks, is(toks, i - 1, /^(?:will|me)$/) ? i - 2 : i, e, 'talking-down', 'passive-aggressive');
  }
  // "we've been over this", "we have been through this already".
  if (w === 'been' && is(toks, i + 1, /^(?:over|through)$/) && is(toks, i + 2, /^(?:this|that|it)$/) && is(toks, i - 1, /^(?:have|had)$/) && is(toks, i - 2, /^(?:we|i)$/)) return hit(toks, i - 2, i + 2, 'talking-down', 'passive-aggressive');
  // "With respect, …", "with the greatest respect," as an opener.
  if (w === 'with' && sentenceOpening(toks, i)) {
    let k = i + 1;
    if (is(toks, k, /^(?:all|the|great|greatest|due)$/)) k++;
    if (is(toks, k, /^(?:due|greatest)$/)) k++;
    if (norm(toks, k) === 'respect' && toks[k + 1] && !toks[k + 1].word) return hit(toks, i, k, 'talking-down', 'passive-aggressive');
  }
  // "Like I already explained", "like I told you".
  if (w === 'like' && norm(toks, i + 1) === 'i' && sentenceOpening(toks, i)) {
    let k = i + 2;
    if (is(toks, k, /^(?:already|previously|said|have|had)$/) && !is(toks, k, /^said$/)) k++;
    if (is(toks, k, /^(?:already|previously)$/)) k++;
    if (RECAP.test(norm(toks, k)) || is(toks, k, /^(?:explained|told|said)$/)) return hit(toks, i, k, 'talking-down', 'passive-aggressive');
  }
  // "Let me repeat myself", "I'll repeat it again", "to repeat myself".
  if (w === 'repeat' && is(toks, i + 1, /^(?:myself|ourselves)$/)) return hit(toks, is(toks, i - 1, /^(?:me|to)$/) && is(toks, i - 2, /^(?:let)$/) ? i - 2 : i, i + 1, 'talking-down', 'passive-aggressive');
  // "As I'm sure you're aware", "as I'm sure you know".
  if (w === 'as' && norm(toks, i + 1) === 'i' && is(toks, i + 2, /^(?:am|was)$/) && norm(toks, i + 3) === 'sure' && norm(toks, i + 4) === 'you' && is(toks, i + 5, /^(?:are|know|understand|appreciate|remember|will)$/)) return hit(toks, i, i + 5, 'talking-down', 'passive-aggressive');
  // "Thanks for finally sending the photos".
  if (w === 'finally' && is(toks, i - 1, /^(?:for)$/) && is(toks, i - 2, /^(?:thanks|thank|you)$/)) return hit(toks, is(toks, i - 2, /^you$/) ? i - 3 : i - 2, i, 'talking-down', 'passive-aggressive');
  // "As noted previously", "as mentioned before" (not "as noted above" or "as you mentioned").
  if (w === 'as' && RECAP.test(norm(toks, i + 1)) && is(toks, i + 2, /^(?:previously|before|earlier|repeatedly)$/)) return hit(toks, i, i + 2, 'talking-down', 'passive-aggressive');
  // "Please refer back to the email", "refer to my earlier reply".
  if (w === 'refer' && norm(toks, i + 1) === 'back' && norm(toks, i + 2) === 'to') return hit(toks, is(toks, i - 1, /^(?:please|kindly)$/) ? i - 1 : i, i + 2, 'talking-down', 'passive-aggressive');
  // "As has been said before", "as was mentioned previously".
  if (w === 'as' && is(toks, i + 1, /^(?:has|had|was|have)$/)) {
    let k = i + 2;
    if (norm(toks, k) === 'been') k++;
    if (RECAP.test(norm(toks, k)) && is(toks, k + 1, /^(?:before|previously|already|repeatedly|earlier)$/)) return hit(toks, i, k + 1, 'talking-down', 'passive-aggressive');
  }
  // "I have now answered this question three times", "I've explained it twice already".
  if (/^(?:times|twice)$/.test(w) && (w === 'twice' || is(toks, i - 1, /^(?:multiple|several|many|numerous|countless|three|four|five|few|\d+)$/))) {
    for (let k = i - 1; k >= 0 && k >= i - 7 && toks[k].clause === toks[i].clause; k--) {
      if (!COMMUNICATED.test(toks[k].norm) && toks[k].norm !== 'explained') continue;
      const subj = toks.slice(Math.max(0, k - 3), k).findIndex((t) => t.norm === 'i' || t.norm === 'we');
      if (subj >= 0) return hit(toks, Math.max(0, k - 3) + subj, i, 'talking-down', 'passive-aggressive');
    }
  }
  // "once and for all"
  if (w === 'once' && norm(toks, i + 1) === 'and' && norm(toks, i + 2) === 'for' && norm(toks, i + 3) === 'all') {
    let s = i;
    // "Hope this clears it up once and for all": the whole wish.
    for (let k = i - 1, n = 0; k >= 0 && n < 6 && toks[k].clause === toks[i].clause; k--, n++) if (/^(?:hope|hopefully)$/.test(toks[k].norm)) s = k;
    return hit(toks, s, i + 3, 'talking-down', 'passive-aggressive');
  }
  // "I thought I was clear", "I thought I'd made it clear", "I thought I had explained".
  if (w === 'thought' && norm(toks, i - 1) === 'i' && norm(toks, i + 1) === 'i') {
    let k = i + 2;
    if (is(toks, k, /^(?:was|had|would|made|explained|said)$/)) {
      const rest = toks.slice(k, k + 4).map((t) => t.norm);
      if (rest.includes('clear') || rest.some((x) => /^(?:explained|said|mentioned)$/.test(x))) {
        const e = toks.findIndex((t, x) => x >= k && x < k + 4 && /^(?:clear|explained|said|mentioned)$/.test(t.norm));
        return hit(toks, i - 1, e, 'talking-down', 'passive-aggressive');
      }
    }
  }
  // "as mentioned multiple times", "as I've said several times"
  if (w === 'times' && is(toks, i - 1, /^(?:multiple|several|many|numerous|countless|three|four|five|few)$/)) {
    const v = prevWord(toks, i - 1);
    if (RECAP.test(norm(toks, v)) || is(toks, v, /^(?:explained|repeated|told|said)$/)) {
      let s = v;
      for (let k = v - 1, n = 0; k >= 0 && n < 4; k--, n++) if (toks[k].norm === 'as') s = k;
      return hit(toks, s, i, 'talking-down', 'passive-aggressive');
    }
  }
  // "this was already answered", "which I already gave you", "I have already explained this".
  if (w === 'already') {
    const n = nextWord(toks, i);
    const p = prevWord(toks, i);
    // passive: "this / that / it was already answered"
    if (is(toks, n, /^(?:answered|addressed|explained|covered|clarified)$/) && is(toks, p, /^(?:was|has|have|been|is)$/)) {
      const subj = prevWord(toks, p);
      if (is(toks, subj, /^(?:this|that|it|which|question|query)$/)) return hit(toks, subj, n, 'talking-down', 'passive-aggressive');
    }
    // "which I already gave you", "as I already told you" (told/said/explained + you / it / this / that)
    if (is(toks, p, /^(?:i|have|had)$/) && toks.slice(0, i).some((t) => t.norm === 'i')) {
      if (is(toks, n, /^(?:gave|given)$/) && norm(toks, nextWord(toks, n)) === 'you') {
        const before = toks.slice(Math.max(0, i - 4), i).map((t) => t.norm);
        if (before.includes('which') || before.includes('that') || before.includes('as')) return hit(toks, toks.slice(0, i).map((t) => t.norm).lastIndexOf(before.includes('which') ? 'which' : before.includes('as') ? 'as' : 'that'), nextWord(toks, n), 'talking-down', 'passive-aggressive');
      }
      if (is(toks, n, COMMUNICATED)) {
        const o = nextWord(toks, n);
        if (o < 0 || is(toks, o, /^(?:you|this|that|it|above|before|twice|earlier)$/) || !toks[o].word) {
          const s = toks.slice(0, i).map((t) => t.norm).lastIndexOf('i');
          return hit(toks, s, o >= 0 && toks[o].word ? o : n, 'talking-down', 'passive-aggressive');
        }
      }
    }
  }
  return null;
}

// ---- Played down ------------------------------------------------------------------------------

const SMALL = /^(?:minor|tiny|small|little|slight|trivial|teeny|insignificant|negligible)$/;
const SMALL_TROUBLE = /^(?:issue|problem|scratch|dent|mark|delay|glitch|bug|hiccup|thing|matter|inconvenience|error|blip|wait|fault|detail|niggle|difference)$/;
const SEVERE = /^(?:serious|complicated|bad|big|hard|difficult|important|urgent|complex|dramatic|deep|major)$/;
const UPSET = /^(?:upset|angry|rude|aggressive|abusive|shout|shouting|yell|yelling|swear|swearing|hostile|emotional|dramatic|worked|heated|personal|nasty|tone|language|attitude|raise)$/;

function readPlayedDown(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  // "This is a minor issue", "It's a tiny scratch", "it's just a small delay" (en.ts reads "just/only a …").
  if (SMALL.test(w) && (norm(toks, i - 1) === 'a' || (is(toks, i - 1, /^(?:very|really|pretty|quite|such|tiny)$/) && norm(toks, i - 2) === 'a'))) {
    const n = nextWord(toks, i);
    const a = norm(toks, i - 1) === 'a' ? i - 1 : i - 2;
    // "a very small charge (really)", not "a small fee of £2 to reissue" (a cost explained).
    const cost = is(toks, n, /^(?:charge|fee|amount|sum|difference)$/) && !is(toks, nextWord(toks, n), /^(?:of|to|for|on|per)$/);
    if (!is(toks, n, SMALL_TROUBLE) && !cost) return null;
    let b = prevWord(toks, a);
    if (is(toks, b, /^(?:just|only|merely|simply|really|such)$/)) b = prevWord(toks, b);
    if (!is(toks, b, /^(?:is|was|be)$/)) return null;
    const subj = prevWord(toks, b);
    if (!is(toks, subj, /^(?:it|this|that|which)$/) || negatedBefore(toks, i, 3)) return null;
    // "it's a small fee of £2 to reissue" explained, "this is a minor update": only the customer's trouble.
    return hit(toks, subj, n, 'minimising', 'dismissive');
  }
  // "It's really not that complicated", "its not that serious", "it isn't that big a deal".
  if (w === 'that' && norm(toks, i - 1) === 'not' && is(toks, i + 1, SEVERE)) {
    let b = prevWord(toks, i - 1);
    if (is(toks, b, /^(?:really|honestly|just|actually|truly)$/)) b = prevWord(toks, b);
    if (!is(toks, b, /^(?:is|was|are)$/)) return null;
    const subj = prevWord(toks, b);
    if (!is(toks, subj, /^(?:it|this|that)$/)) return null;
    // "it's not that hard to fix, and we'll do it today" reads the same: the customer hears it played down.
    return hit(toks, subj, i + 1, 'minimising', 'dismissive');
  }
  // "No need to get upset", "there's no need for that tone", "no need to shout", "really no reason to be angry".
  if (/^(?:need|reason|call|cause)$/.test(w) && is(toks, i - 1, /^(?:no)$/)) {
    const k = nextWord(toks, i);
    const k2 = nextWord(toks, k);
    if (norm(toks, k) === 'for' && (is(toks, k2, UPSET) || (is(toks, k2, /^(?:that|this|such)$/) && is(toks, nextWord(toks, k2), UPSET)))) return hit(toks, i - 1, is(toks, k2, UPSET) ? k2 : nextWord(toks, k2), 'minimising', 'dismissive');
    if (norm(toks, k) === 'to') {
      let v = k2;
      if (is(toks, v, /^(?:get|be|become|sound|go)$/)) v = nextWord(toks, v);
      if (is(toks, v, /^(?:so|that|this)$/)) v = nextWord(toks, v);
      if (is(toks, v, UPSET) && !is(toks, v, /^(?:personal)$/)) return hit(toks, i - 1, v, 'minimising', 'dismissive');
    }
  }
  // "These things happen (all the time)", "such things happen", "stuff happens".
  const tail = nextWord(toks, i);
  const timeTail = is(toks, tail, /^(?:all|sometimes|occasionally|from|now|every)$/);
  // With "these / such" the shrug may name when it happens: "these things happen on busy Friday nights", "… at this time of year".
  const whenTail = is(toks, tail, /^(?:on|at|in|during|around|over|with|when|to|especially|though)$/);
  if (/^(?:happen|happens)$/.test(w) && (!toks[tail]?.word || timeTail || whenTail)) {
    const p = prevWord(toks, i);
    if (is(toks, p, /^(?:things|stuff|mistakes|accidents|delays|glitches|errors|hiccups|issues|problems)$/) && is(toks, prevWord(toks, p), /^(?:these|such|those|sometimes)$/)) return hit(toks, prevWord(toks, p), i, 'minimising', 'dismissive');
    if (whenTail && !timeTail && toks[tail]?.word) return null;
    if (is(toks, p, /^(?:stuff|things|delays|mistakes|glitches)$/) && (prevWord(toks, p) < 0 || toks[prevWord(toks, p)].clause !== toks[p].clause)) return hit(toks, p, i, 'minimising', 'dismissive');
  }
  // "Nobody else has complained", "no one else has had this problem", "everyone else manages".
  if (/^(?:nobody|noone|everyone|everybody|no)$/.test(w)) {
    let k = i + 1;
    if (w === 'no') {
      if (norm(toks, k) !== 'one') return null;
      k++;
    }
    if (norm(toks, k) !== 'else') return null;
    const n = nextWord(toks, k);
    let v = n;
    if (is(toks, v, /^(?:has|have|had|seems|seem|is|does)$/)) v = nextWord(toks, v);
    if (w === 'everyone' || w === 'everybody') {
      if (is(toks, v, /^(?:manages|manage|managed|copes|cope|coped|seems|understands|understood|gets|got|figured|finds)$/)) return hit(toks, i, v, 'others-cope', 'dismissive');
      return null;
    }
    if (is(toks, v, /^(?:complained|complains|reported|reports|mentioned|noticed|struggled|had|raised)$/)) return hit(toks, i, v, 'others-cope', 'dismissive');
    return null;
  }
  // "nothing to complain about", "nothing to get upset about", "not a huge deal".
  if (w === 'nothing' && norm(toks, i + 1) === 'to' && (is(toks, i + 2, /^(?:complain|fuss|moan)$/) || (is(toks, i + 2, /^(?:get|be)$/) && is(toks, i + 3, /^(?:upset|angry|worked|annoyed|excited)$/)))) return hit(toks, i, is(toks, i + 2, /^(?:get|be)$/) ? i + 3 : i + 2, 'minimising', 'dismissive');
  if (w === 'deal' && is(toks, i - 1, /^(?:huge|massive|major|great|biggie)$/) && (is(toks, i - 2, /^no$/) || (norm(toks, i - 2) === 'a' && norm(toks, i - 3) === 'not'))) return hit(toks, norm(toks, i - 2) === 'no' ? i - 2 : i - 3, i, 'minimising', 'dismissive');
  // "It's nothing." (bare, at the clause's end), "you're worrying over nothing", "calm yourself".
  if (w === 'nothing' && is(toks, i - 1, /^(?:is)$/) && is(toks, i - 2, /^(?:it|that)$/) && (!toks[i + 1] || !toks[i + 1].word) && !negatedBefore(toks, i - 2, 3)) return hit(toks, i - 2, i, 'minimising', 'dismissive');
  if (w === 'nothing' && is(toks, i - 1, /^(?:over|about)$/) && is(toks, i - 2, /^(?:worrying|worry|fussing|panicking|stressing|upset|worried|stressed)$/)) return hit(toks, i - 2, i, 'minimising', 'dismissive');
  if (w === 'calm' && is(toks, i + 1, /^(?:yourself|yourselves)$/)) return hit(toks, i, i + 1, 'minimising', 'dismissive');
  // "Cheer up, it's only a parcel" (an opener), "you'll survive", "I wouldn't call that a problem", "simple as that".
  if (w === 'cheer' && norm(toks, i + 1) === 'up' && sentenceOpening(toks, i)) return hit(toks, i, i + 1, 'minimising', 'dismissive');
  if (/^(?:survive|live)$/.test(w) && is(toks, i - 1, /^will$/) && is(toks, i - 2, /^you$/) && (!toks[i + 1]?.word || is(toks, i + 1, /^(?:a|without|it|one)$/))) return hit(toks, i - 2, i, 'minimising', 'dismissive');
  if (w === 'call' && norm(toks, i - 1) === 'not' && is(toks, i - 2, /^(?:would|do)$/) && is(toks, i - 3, /^(?:i|we)$/) && is(toks, i + 1, /^(?:that|this|it)$/) && norm(toks, i + 2) === 'a' && is(toks, i + 3, /^(?:problem|issue|delay|fault|big|complaint|mistake)$/)) return hit(toks, i - 3, i + 3, 'minimising', 'dismissive');
  if (w === 'simple' && norm(toks, i + 1) === 'as' && norm(toks, i + 2) === 'that' && !toks[i + 3]?.word) return hit(toks, is(toks, i - 1, /^(?:as|is)$/) ? i - 1 : i, i + 2, 'minimising', 'dismissive');
  // "It's hardly the end of the world", "hardly a big deal", "scarcely a problem".
  if (/^(?:hardly|scarcely|barely)$/.test(w) && is(toks, i - 1, /^(?:is|was)$/)) {
    const n = nextWord(toks, i);
    if (is(toks, n, /^(?:the|a|an)$/) && is(toks, nextWord(toks, n), /^(?:end|big|huge|major|problem|issue|disaster|catastrophe|crisis)$/)) return hit(toks, prevWord(toks, i - 1) >= 0 ? prevWord(toks, i - 1) : i - 1, nextWord(toks, n), 'minimising', 'dismissive');
    // rwen28: "This is hardly a significant matter", "hardly a serious issue": a weighing adjective before a word of trouble.
    const adj = nextWord(toks, n);
    if (is(toks, n, /^(?:a|an)$/) && is(toks, adj, /^(?:significant|serious|major|real|great|grave|pressing|substantial|material)$/) && is(toks, nextWord(toks, adj), /^(?:matter|issue|problem|concern|fault|defect|deal|difference)$/)) return hit(toks, prevWord(toks, i - 1) >= 0 ? prevWord(toks, i - 1) : i - 1, nextWord(toks, adj), 'minimising', 'dismissive');
  }
  // "Most people wouldn't even notice the mark", "most customers don't mind".
  if (/^(?:most|many)$/.test(w) && is(toks, i + 1, /^(?:people|customers|users|folks|guests|clients)$/)) {
    let k = i + 2;
    if (is(toks, k, /^(?:would|do|does|will)$/) && norm(toks, k + 1) === 'not') k += 2;
    else return null;
    if (norm(toks, k) === 'even') k++;
    if (is(toks, k, /^(?:notice|mind|care|see|complain|bother)$/)) return hit(toks, i, k, 'others-cope', 'dismissive');
  }
  // "You're making this bigger than it is", "making a mountain out of a molehill".
  if (w === 'making' && is(toks, i - 1, /^(?:are|is|were)$/) && is(toks, prevWord(toks, i - 1), /^(?:you)$/)) {
    const o = nextWord(toks, i);
    if (is(toks, o, /^(?:this|it|that)$/) && is(toks, nextWord(toks, o), /^(?:bigger|worse|more)$/)) return hit(toks, i - 2, nextWord(toks, o), 'minimising', 'dismissive');
    if (is(toks, o, /^a$/) && is(toks, nextWord(toks, o), /^(?:mountain|drama|fuss|meal)$/)) return hit(toks, i - 2, nextWord(toks, o), 'minimising', 'dismissive');
  }
  // "It's only two days late", "only a few minutes overdue": a lateness made small ("only two days away" is good news).
  if ((w === 'only' || w === 'just') && is(toks, prevWord(toks, i), /^(?:is|was|are|be)$/)) {
    let k = nextWord(toks, i);
    if (is(toks, k, /^(?:a)$/)) k = nextWord(toks, k);
    if (is(toks, k, /^(?:few|couple|day|week|hour|minute|little)$/) || /^\d+$|^(?:one|two|three|four|five|six|seven|ten)$/.test(norm(toks, k))) {
      for (let m = nextWord(toks, k), n = 0; m >= 0 && n < 3; m = nextWord(toks, m), n++) {
        if (/^(?:late|overdue|behind|delayed|out|delay|wait)$/.test(toks[m].norm)) return hit(toks, prevWord(toks, i), m, 'minimising', 'dismissive');
        if (!/^(?:of|days|day|weeks|week|hours|hour|minutes|minute|bit|little)$/.test(toks[m].norm)) break;
      }
    }
  }
  // "Try not to take it so personally", "don't take it personally": the customer's reaction put down.
  if (w === 'personally' && is(toks, i - 1, /^(?:so|too)$/) ? is(toks, i - 2, /^(?:it|this|that)$/) && norm(toks, i - 3) === 'take' : w === 'personally' && is(toks, i - 1, /^(?:it|this|that)$/) && norm(toks, i - 2) === 'take') {
    const t = norm(toks, i - 1) === 'so' || norm(toks, i - 1) === 'too' ? i - 3 : i - 2;
    if (is(toks, t - 1, /^(?:not)$/) || is(toks, t - 1, /^(?:to)$/)) {
      let s = t - 1;
      if (norm(toks, s) === 'to' && norm(toks, s - 1) === 'not') s -= 1;
      const p = prevWord(toks, s);
      if (is(toks, p, /^(?:try|do|please)$/)) s = p;
      if (norm(toks, s) === 'not' || norm(toks, s) === 'do' || norm(toks, s) === 'try' || norm(toks, s) === 'please') return hit(toks, s, i, 'minimising', 'dismissive');
    }
  }
  // "Chill, we've got it", "chill out": the customer told to calm down (a sentence opener only).
  if (w === 'chill' && !toks.slice(0, i).some((t) => t.word) && !is(toks, nextWord(toks, i), /^(?:the|a|your|it|them|in|for)$/)) return hit(toks, i, is(toks, i + 1, /^out$/) ? i + 1 : i, 'minimising', 'dismissive');
  // "relax sir, your money is safe", "Relax mate, it's sorted": told to the customer by name or title at the head of the sentence.
  if (w === 'relax' && !toks.slice(0, i).some((t) => t.word && !/^(?:just|please|oh|ok|okay|so|now|look)$/.test(t.norm))) {
    // en40: or with a discourse particle of the writer's English before the comma ("Relax po, the scratch is small").
    if (is(toks, i + 1, /^(?:sir|madam|maam|ma'am|mate|man|dude|bro|buddy|hun|guys|please|lol|ok|okay)$/) || (is(toks, i + 1, /^(?:po|lah|lor|leh|naman)$/) && is(toks, i + 2, /^[,;:!.]$/))) return hit(toks, i, i, 'minimising', 'dismissive');
    // rwen23: "relax its just a hold", "just relax the engineer will be there": no comma, the order run into what the agent then
    // says (a subject and its verb); never "Relax and enjoy", "Relax your shoulders", "relax in the lounge".
    if (toks[i + 1]?.word && relaxThenClause(toks, i + 1)) return hit(toks, i, i, 'minimising', 'dismissive');
  }
  // "I don't see what the issue is", "I don't see why this is a problem".
  if (w === 'see' && norm(toks, i - 1) === 'not' && is(toks, prevWord(toks, i - 1), /^(?:do|can)$/) && is(toks, i + 1, /^(?:what|why|how)$/)) {
    for (let k = i + 2; k < toks.length && k <= i + 7; k++) {
      if (!toks[k].word) break;
      if (/^(?:issue|problem|fuss|deal|matter|big)$/.test(toks[k].norm)) return hit(toks, prevWord(toks, prevWord(toks, i - 1)) >= 0 && norm(toks, prevWord(toks, prevWord(toks, i - 1))) === 'i' ? prevWord(toks, prevWord(toks, i - 1)) : i - 1, k, 'minimising', 'dismissive');
    }
  }
  return null;
}

// ---- Policy ---------------------------------------------------------------------------------

const RULE_WORDS = /^(?:policy|policies|rules|rule|rulebook|rulebooks|regs|regulations|guidelines|terms|procedure|procedures|protocol)$/;

function readPolicyFamilies(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  // "Store policy prohibits returns of opened software", "our rules forbid it" (not "prohibits us from sharing your data").
  if (/^(?:prohibits|prohibit|forbids|forbid|bars|bar|precludes|preclude|disallows|disallow)$/.test(w) && is(toks, prevWord(toks, i), RULE_WORDS)) {
    const o = nextWord(toks, i);
    const rest = toks.slice(o, o + 8).map((t) => t.norm).join(' ');
    if (/\b(?:sharing|share|selling|sell|disclos\w*|pass\w*|charg\w*|contact\w*|spam\w*|your (?:data|details|information))\b/.test(rest)) return null;
    let s = prevWord(toks, i);
    const d = prevWord(toks, s);
    if (d >= 0 && toks[d].clause === toks[s].clause && (toks[d].pos === 'NOUN' || toks[d].pos === 'DET' || toks[d].pos === 'PRON' || toks[d].pos === 'ADJ')) s = d;
    return hit(toks, s, i, 'policy-shield', 'policy');
  }
  // "Those are the terms you agreed to", "the rules you accepted when you signed up": the customer held to the small print.
  if (/^(?:terms|conditions|rules|t&cs|t&c|policy|contract)$/.test(w) && norm(toks, i + 1) === 'you' && is(toks, i + 2, /^(?:agreed|accepted|signed)$/) && !is(toks, prevWord(toks, i), /^(?:new|updated)$/)) {
    let s = i;
    const d = prevWord(toks, i);
    if (is(toks, d, /^(?:the|our)$/)) s = d;
    const b = prevWord(toks, s);
    if (is(toks, b, /^(?:are|is|were|was|per|under)$/) && is(toks, prevWord(toks, b), /^(?:those|these|that|this|as)$/)) s = prevWord(toks, b);
    return hit(toks, s, i + 2, 'policy-shield', 'policy');
  }
  // "It's a company rule, nothing I can do", "that's the policy." (the rule as the whole answer, at its clause's end).
  if (/^(?:rule|policy|rules)$/.test(w) && (!toks[i + 1] || !toks[i + 1].word) && !toks[nextWord(toks, i)]?.norm?.match(/^(?:to|that|which)$/)) {
    let k = i - 1;
    if (is(toks, k, /^(?:company|store|house|strict|standard|internal|firm|club|hotel|bank)$/)) k--;
    if (!is(toks, k, /^(?:a|the|our)$/) || !is(toks, k - 1, /^(?:is|was)$/) || !is(toks, k - 2, /^(?:it|this|that)$/)) return null;
    if (toks[i + 1] && !/^[,;]/.test(toks[i + 1].text) && !/^[.!]/.test(toks[i + 1].text)) return null;
    // Said alone ("That's the policy.") or before a no ("…, nothing I can do"); "That's our policy, and it means you get a
    // full refund" is a rule that gives.
    if (nextWord(toks, i) >= 0 && !refusalAfter(toks, i)) return null;
    return hit(toks, k - 2, i, 'policy-shield', 'policy');
  }
  // "Due to policy reasons", "for policy reasons", "because of policy restrictions".
  if (w === 'policy' && is(toks, i + 1, /^(?:reasons|reason|restrictions|restriction|constraints|limitations)$/)) {
    const p = prevWord(toks, i);
    if (is(toks, p, /^(?:to|of|for)$/)) {
      let s = p;
      if (is(toks, prevWord(toks, p), /^(?:due|because)$/)) s = prevWord(toks, p);
      return hit(toks, s, i + 1, 'policy-shield', 'policy');
    }
  }
  return null;
}

/** Words that may open a sentence before its frame ("But as per policy", "Sorry, under our terms"). */
const OPENERS = /^(?:but|so|and|unfortunately|sadly|sorry|however|also|well|ok|okay|hi|again)$/;
function sentenceOpening(toks: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (toks[k].word && !OPENERS.test(toks[k].norm)) return false;
  return true;
}
const FRAME_RULES = /^(?:t&cs|t&c|conditions|regulation|agreement|contract|lease|tenancy)$/;
const NEG_AFTER = /^(?:not|no|never|cannot|unable|only|nothing|none|non-refundable|nobody)$/;
const refusalAfter = (toks: Token[], b: number) => toks.slice(b + 1).some((t) => t.neg || NEG_AFTER.test(t.norm));

/**
 * A rule put first as the reason for the refusal that follows: "As per policy, we can't reissue the voucher", "Under
 * our terms we can't refund", "Policy states we can't accept returns". The refusal has its own flag (often a pack
 * rewrite); the rule in front is a frame of its own (lib/rewrite/engine.ts keeps its advice beside the refusal's).
 * Only before a refusal: "Under our terms, you're covered for a year" is a rule that gives.
 */
const FRAME_STARTS = words('as per under following according pursuant in the our company store policy policies rules rule rulebook rulebooks regs regulations guidelines terms procedure procedures protocol');
function readPolicyFrame(toks: Token[], i: number): GenericHit | null {
  const w = toks[i].norm;
  if (!FRAME_STARTS.has(w) || !sentenceOpening(toks, i)) return null;
  let r = -1;
  if (w === 'as' && norm(toks, i + 1) === 'per') r = i + 2;
  else if (w === 'per' || w === 'under' || w === 'following') r = i + 1;
  else if ((w === 'according' || w === 'pursuant') && norm(toks, i + 1) === 'to') r = i + 2;
  else if (w === 'in' && is(toks, i + 1, /^(?:line|accordance|keeping)$/) && norm(toks, i + 2) === 'with') r = i + 3;
  if (r >= 0) {
    if (is(toks, r, /^(?:the|our|company|store|these|this)$/)) r++;
    // "the rental agreement", "our standard terms of service": up to two words naming the rule's kind.
    for (let n = 0; n < 2 && r < toks.length && toks[r].word && !RULE_WORDS.test(toks[r].norm) && !FRAME_RULES.test(toks[r].norm) && (toks[r].pos === 'NOUN' || toks[r].pos === 'ADJ' || toks[r].pos === 'PROPN'); n++) r++;
    if (!is(toks, r, RULE_WORDS) && !is(toks, r, FRAME_RULES)) return null;
    if (!refusalAfter(toks, r)) return null;
    return hit(toks, i, r, 'policy-shield', 'policy');
  }
  // "Policy states we can't …", "Our rules say no", "the terms dictate that …"
  let k = i;
  if (is(toks, k, /^(?:the|our|company|store)$/)) k++;
  if (is(toks, k, /^(?:company|store|internal)$/)) k++;
  if (k > i + 2 || !is(toks, k, RULE_WORDS) || !is(toks, k + 1, /^(?:states|says|state|say|dictates|dictate|stipulates|requires)$/)) return null;
  if (!refusalAfter(toks, k + 1)) return null;
  return hit(toks, i, k + 1, 'policy-shield', 'policy');
}

/** "Clearly you haven't read the terms", "CLEARLY THE LABEL SAYS FRAGILE": the customer told it was obvious. */
function readClearlyOpener(toks: Token[], i: number): GenericHit | null {
  if (!/^(?:clearly|obviously)$/.test(toks[i].norm) || !sentenceOpening(toks, i)) return null;
  const n = nextWord(toks, i);
  // "Clearly, we got this wrong", "Obviously I'll refund it": the agent's own side.
  if (n < 0 || is(toks, n, /^(?:we|i|our|my|us)$/)) return null;
  if (!is(toks, n, /^(?:you|your|the|it|this|that|there)$/)) return null;
  return hit(toks, i, i, 'talking-down', 'passive-aggressive');
}

/** "I apologise but that's the rule", "Apologies, but that's how it works": an apology as the preface to a rule. */
function readApologyBut(toks: Token[], i: number): GenericHit | null {
  if (!/^(?:apologise|apologize|apologies)$/.test(toks[i].norm) || !sentenceOpening(toks, prevWord(toks, i) >= 0 && /^(?:i|we)$/.test(norm(toks, prevWord(toks, i))) ? prevWord(toks, i) : i)) return null;
  const n = nextWord(toks, i);
  // Only before a rule or a "that's how it is" ("I apologise, but I'm unable to assist" has its refusal's own flag).
  if (!is(toks, n, /^but$/)) return null;
  const subj = nextWord(toks, n);
  const be = nextWord(toks, subj);
  if (!is(toks, subj, /^(?:that|this|it|those)$/) || !is(toks, be, /^(?:is|are|was)$/)) return null;
  const rest = toks.slice(be + 1, be + 4).map((t) => t.norm);
  if (!rest.some((x) => /^(?:rule|rules|policy|how|way|procedure|process|terms|system|final|life)$/.test(x))) return null;
  const s = is(toks, prevWord(toks, i), /^(?:i|we)$/) ? prevWord(toks, i) : i;
  return hit(toks, s, i, 'stock-apology', 'over-apology');
}

const READERS: ((toks: Token[], i: number) => GenericHit | null)[] = [readPolicyFrame, readClearlyOpener, readApologyBut, readStockApology, readBlameFamilies, readSentElsewhere, readReproach, readPlayedDown, readPolicyFamilies];


type Reader = (toks: Token[], i: number) => GenericHit | null;
/** Each reader by the words it can start on (one Map lookup per token, as in constructions.en.ts). */
const TRIGGERS: [Reader, string][] = [
  [readPolicyFrame, 'as per under following according pursuant in the our company store policy policies rules rule rulebook rulebooks regs regulations guidelines terms procedure procedures protocol'],
  [readClearlyOpener, 'clearly obviously'],
  [readApologyBut, 'apologise apologize apologies'],
  [readStockApology, 'sorry sry soz sorri apologise apologize apologies apology regret regrets excuse pardon forgive excuses pole samahani'],
  [readBlameFamilies, 'your you if one by lies lie rests rest lay sits issue problem fault cause culprit down up'],
  [
    readSentElsewhere,
    `right wrong question questions query queries request requests complaint complaints issue matter one something only just merely go be take
     raise discuss check sort handled dealt done covered managed processed up thing problem deal handle cover manage process no direct redirect
     address forward send between person ones team responsibility call business concern department job area domain remit`,
  ],
  [readReproach, 'this once thought times twice already as repeat say been with like finally refer'],
  [
    readPlayedDown,
    `minor tiny small little slight trivial teeny insignificant negligible that need reason call cause happen happens nobody noone everyone
     everybody no making see only just personally chill relax nothing calm cheer survive live simple hardly scarcely barely most many deal`,
  ],
  [readPolicyFamilies, 'prohibits prohibit forbids forbid bars bar precludes preclude disallows disallow policy terms conditions rules t&cs t&c contract rule'],
];
const BY_WORD = (() => {
  const m = new Map<string, Reader[]>();
  for (const r of READERS) for (const [reader, ws] of TRIGGERS) if (reader === r) for (const w of words(ws)) m.set(w, [...(m.get(w) ?? []), r]);
  return m;
})();
const QUESTION_BY_WORD = new Map([...BY_WORD].flatMap(([w, rs]) => (rs.includes(readStockApology) ? [[w, [readStockApology]] as [string, Reader[]]] : [])));

/** The families above in one English sentence (offsets into it, never overlapping); nothing in a question or a condition. */
export const readFamiliesEn: GenericReader = (sentence, tokens) => {
  if (typeof sentence !== 'string' || sentence.length < 4) return [];
  const toks = tokens ?? analyzeSentenceTokens(sentence);
  if (!toks.length) return [];
  // In a question only the stock apology opening it is read ("Sorry to bother you again, could you read me …?").
  const question = isQuestion(toks);
  const conditional = conditionalClauses(toks);
  const out: GenericHit[] = [];
  let after = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || t.lang !== 'en' || t.start < after) continue;
    const list = (question ? QUESTION_BY_WORD : BY_WORD).get(t.norm);
    if (!list) continue;
    for (const read of list) {
      const h = read(toks, i);
      if (!h) continue;
      // A condition hedges, but a counterfactual reproach is one ("If you'd checked …, you would have …"), and "Once more:" opens no condition.
      const ownCondition = (h.construction === 'second-person-blame' && t.norm === 'if') || (h.construction === 'talking-down' && t.norm === 'once');
      if ((inCondition(toks, conditional, i) && !ownCondition) || (out.length && h.start < out[out.length - 1].end)) continue;
      out.push(h);
      after = h.end;
      break;
    }
  }
  return out;
};
