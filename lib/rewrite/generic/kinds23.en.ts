/**
 * The twenty-third session's English kinds (rwen23), read in the tenth pass (./kinds22.en.ts calls this file, so no sentence
 * is read once more): each a construction over the language layer, tried on scripts/en-recall23-matrix.ts (many trades and
 * voices, positives and close contrasts) before the development splits were measured.
 *
 * - **The business side refusing in the third person**: the staff by their trade or the place by its kind or name as the
 *   subject of "won't / doesn't / will not / is unable to" + an action ("our fitters won't lay carpet on wet screed", "the
 *   salon doesnt take bookings for under 16s", "The Old Mill does not permit confetti"). "We won't" and "our team can't"
 *   were read already; a company refuses as often through its people and places. Never a harm not done ("our engineers
 *   won't charge for the second visit", "the gym doesn't lock you into a contract", "our fitters won't leave any mess"),
 *   a courtesy ("won't hesitate", "don't mind"), a state ("won't be long", "doesn't have a dress code", "doesn't usually take
 *   long"), a thing ("the parcel won't fit through a letterbox"), a condition ("if our drivers can't find you") or a time
 *   ("doesn't close until 8pm": the time readers' own).
 *
 * Every hit is advice; a refusal's advice becomes the "What we can do is ___" template after the sentence (template16.en.ts).
 */
import type { Token } from '../../nlp/index.ts';
import { PERSON_NOUNS } from '../../nlp/lexicon.en.ts';
import { BENEFITS, ORG_NOUNS } from './en.ts';
import type { GenericHit } from './types.ts';

const nrm = (toks: readonly Token[], i: number) => (i >= 0 && i < toks.length ? toks[i].norm : '');

/** The head noun at p names the business side: a trade's people, a place of business, or (capitalised) a venue's name. */
function businessHead(toks: readonly Token[], p: number): 'our' | 'the' | 'name' | null {
  const t = toks[p];
  if (!t || !t.word) return null;
  // The determiner of the noun phrase: "our (senior) fitters", "the (print) shop", "The Old Mill".
  let d = p - 1;
  let proper = t.pos === 'PROPN' || /^[A-Z]/.test(t.text);
  while (d >= 0 && d >= p - 3 && toks[d].word && /^(?:NOUN|ADJ|PROPN)$/.test(toks[d].pos) && !/^(?:other|same|new|old)$/.test(toks[d].norm)) {
    if (!/^[A-Z]/.test(toks[d].text)) proper = false;
    d--;
  }
  const det = nrm(toks, d);
  if (det !== 'our' && det !== 'the') return null;
  const sing = t.norm.length > 3 && /s$/.test(t.norm) && !/ss$/.test(t.norm) ? t.norm.slice(0, -1) : t.norm;
  const person = PERSON_NOUNS.has(t.norm) || PERSON_NOUNS.has(sing) || /(?:ist|ician)s?$/.test(t.norm);
  if (person || ORG_NOUNS.has(t.norm) || ORG_NOUNS.has(sing)) return det;
  // "The Old Mill", "The Riverside Centre": a name in capitals in the middle of a sentence in lower case or at its head.
  if (det === 'the' && proper && p > d + 0 && toks[d].text !== 'THE') return 'name';
  return null;
}

/** Verbs that say no harm, a courtesy or a state: "won't charge", "don't mind", "won't be long"; "deal / handle" are the scope
 * reader's (kinds20.en.ts, with its hand-over guard). */
const NOT_A_REFUSAL = /^(?:be|have|need|mind|hesitate|feel|seem|look|stop|charge|bill|debit|cost|lose|sell|disclose|spam|judge|ask|require|rush|pressure|forget|worry|find|hear|notice|imagine|thank|stress|believe|lie|miss|mean|get|go|usually|always|often|normally|generally|typically|tend|appear|happen|deal|handle|matter|expect|know|affect|change|increase|apply|expire|count|last|break)$/;
/** Between the negation and the verb: "won't (actually) carry". */
const SKIP = /^(?:actually|currently|ever|just|really|simply|still|yet|unfortunately|sadly)$/;

/** "our fitters won't lay …", "the salon doesnt take …", "The Old Mill is unable to allow …": offsets of each refusal. */
export function readStaffRefusal(toks: readonly Token[]): GenericHit[] {
  const out: GenericHit[] = [];
  for (let n = 2; n < toks.length - 1; n++) {
    if (toks[n].norm !== 'not' && toks[n].norm !== 'unable') continue;
    let aux = n - 1;
    let v = n + 1;
    if (toks[n].norm === 'unable') {
      if (!/^(?:is|are|am)$/.test(nrm(toks, aux)) || nrm(toks, v) !== 'to') continue;
      v++;
    } else {
      const a = nrm(toks, aux);
      if (a === 'will' || a === 'would' || a === 'do' || a === 'does') {
        // "won't be able to carry"
        if (nrm(toks, v) === 'be' && nrm(toks, v + 1) === 'able' && nrm(toks, v + 2) === 'to') v += 3;
      } else if (/^(?:is|are)$/.test(a) && nrm(toks, v) === 'able' && nrm(toks, v + 1) === 'to') v += 2;
      else continue;
    }
    while (v < toks.length && SKIP.test(toks[v].norm)) v++;
    const verb = toks[v];
    if (!verb || !verb.word || /^(?:DET|PRON|ADP|ADV|NUM|PART|CONJ|INTJ)$/.test(verb.pos)) continue;
    if (verb.pos === 'AUX' && verb.lemma !== 'do') continue;
    const lemma = verb.lemma;
    if (NOT_A_REFUSAL.test(lemma) || NOT_A_REFUSAL.test(verb.norm)) continue;
    // "won't take long", "won't keep you waiting", "won't leave any mess": time, or a harm not done to the customer.
    const obj = nrm(toks, v + 1);
    if (lemma === 'take' && /^(?:long|more|much|ages|forever)$/.test(obj)) continue;
    if (/^(?:you|your|yours|yourself)$/.test(obj) && !BENEFITS.has(lemma)) continue;
    if (lemma === 'leave' && /^(?:any|a|anything|marks|mess|you|your)$/.test(obj)) continue;
    // "the groomers dont use any harsh shampoos": no X at all, a reassurance ("our couriers don't accept any cash" still refuses).
    if (/^(?:any|anything)$/.test(obj) && !BENEFITS.has(lemma)) continue;
    // The subject: the noun right before the auxiliary (past one adverb), in the same clause.
    let s = aux - 1;
    if (s >= 0 && SKIP.test(toks[s].norm)) s--;
    if (s < 0 || toks[s].clause !== toks[n].clause) continue;
    const who = businessHead(toks, s);
    if (!who) continue;
    // A condition, a question or a time: read elsewhere, or no refusal.
    let hedged = false;
    for (let k = 0; k < toks.length; k++) {
      if (toks[k].sentence !== toks[n].sentence) continue;
      const w = toks[k].norm;
      if (k < n && toks[k].clause === toks[n].clause && /^(?:when|whether|once|should)$/.test(w)) hedged = true;
      if (w === 'if' || w === 'unless') hedged = true;
      if (k > v && toks[k].clause === toks[n].clause && /^(?:until|till|unless)$/.test(w)) hedged = true;
      if (w === '?') hedged = true;
    }
    if (hedged) continue;
    out.push({ start: toks[aux].start, end: verb.end, category: 'cant-wont', construction: 'negated-ability' });
  }
  return out;
}
