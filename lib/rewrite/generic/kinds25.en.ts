/**
 * The twenty-fifth session's English readings (rwen25, issue 12).
 *
 * - **"do my / our best" for a result for this customer** (`bestForCustomer`, read by constructions.en.ts's readBestEffort and
 *   by guard.ts): "I'll do my best to have your car ready by 5" is the same hedge as "I'll try" (the lead's decision): advice,
 *   never a rewrite into "I will" (a promise). The packs' "I'll try my best / hardest" -> "I'll do my best" is withheld (advice)
 *   where the sentence then reads as that hedge.
 * - **a counterfactual blame** (`readCounterfactualBlame`, in the tenth pass behind a gate: an "if" or a fronted "had", a
 *   "you" and a "would / 'd"): "If you'd read the label you'd know it needs shade", "if you had checked the email you would
 *   have seen the new time", "Had you called ahead, you'd have known". The customer's past act in a past perfect after
 *   "if" (or "had you"), then "you would (have)" + a verb of knowing or seeing. Never an offer or a plain condition ("if
 *   you'd like", "if you'd rather", "if you'd prefer"), a present condition ("if you read the label you'll see"), nor a
 *   consequence that is not the customer knowing ("if you had told us we would have refunded it": a regret of ours).
 *   en41: the reading as a noun ("If you'd had a look at the timetable you'd have seen …"), and a reading in the simple
 *   form over something we sent, with "you would know / see" after it ("If you read the confirmation you would see …"; never
 *   over a thing the customer holds: "If you look at the back of the card you'd see a 3-digit number").
 * - **"sincerely," as "to be honest"** (`readSincerelyOpener`, gated on a sentence that opens with it): a second-language
 *   writer's candour opener, "sincerely, the intensive course is very hard for beginners", "Sincerely speaking, I think …".
 *   Never the letter's sign-off ("Sincerely, Anna Kim", "Sincerely,\nThe team": no verb after it on its line).
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { nextWord, words } from './en.ts';
import type { GenericHit } from './types.ts';

/** Verbs of help in general: "I'll do my best to assist / help / resolve …" is how calm assistants offer help (Bitext). */
const HELP_VERBS = words('assist help support address resolve answer accommodate provide ensure guide handle respond serve meet satisfy understand explain make keep expedite prioritise prioritize process investigate facilitate fulfil fulfill');
/** Words that name when ("by Friday", "before 6", "today", "this week"): a result promised for a time. */
const BEST_WHEN = words(`
  today tonight tomorrow asap monday tuesday wednesday thursday friday saturday sunday weekend christmas morning afternoon evening
  week month
`);
/**
 * rwen25: "I'll / we'll do my / our best to" + a result for this customer is the same hedge as "I'll try" (the lead's decision,
 * issue 12): the verb phrase after "to", up to the clause's end, names the customer ("you / your / u / ur") or a time ("by
 * Thursday", "before the weekend", "today"), and its verb is not one of general help ("to assist you", "to resolve your
 * concerns promptly": every Bitext response). A help verb with a time still counts ("to resolve this by Monday").
 */
export function bestForCustomer(toks: Token[], v: number): boolean {
  const verb = toks[v];
  if (!verb || !verb.word) return false;
  let you = false;
  let when = false;
  for (let k = v + 1; k < toks.length && k < v + 16; k++) {
    const t = toks[k];
    if (!t.word) {
      if (/[,.;!?:]/.test(t.text)) break;
      continue;
    }
    if (/^(?:but|though|although|so|and|because|as|if|unless|while)$/.test(t.norm) && k > v + 1) {
      // rwen26: "and" joining two verbs of one result ("to have it cleaned and pressed for Friday") goes on; before a
      // subject it opens a clause of its own.
      if (t.norm !== 'and' || /^(?:i|we|you|u|they|it|he|she|that|this|there)$/.test(nextNorm(toks, k))) break;
    }
    if (/^(?:you|your|u|ur|yours)$/.test(t.norm)) you = true;
    else if (BEST_WHEN.has(t.norm) || /^(?:by|before)$/.test(t.norm) && toks[k + 1]?.word && /^(?:\d|the|end|then|close|noon|midday|lunch|tonight|tomorrow|next|this)/.test(nextNorm(toks, k))) when = true;
  }
  if (when) return true;
  return you && !HELP_VERBS.has(verb.norm) && !HELP_VERBS.has(verb.lemma);
}

function nextNorm(toks: Token[], k: number): string {
  const n = nextWord(toks, k);
  return n >= 0 && n < toks.length ? toks[n].norm : '';
}

/** Whether an English sentence holds "I'll / we'll do my / our best to" + a result for this customer (the guard's reading). */
export function hedgedBestIn(sentence: string): boolean {
  if (!/\bbest\s+to\b/i.test(sentence)) return false;
  const toks = analyzeSentenceTokens(sentence);
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].norm !== 'best' || toks[i + 1].norm !== 'to') continue;
    const p = toks[i - 1]?.norm;
    const d = toks[i - 2]?.norm;
    if (/^(?:my|our)$/.test(p ?? '') && d === 'do' && bestForCustomer(toks, i + 2)) return true;
  }
  return false;
}

/** Verbs of knowing or seeing after "you would (have)": what the customer would have found out themselves. */
const KNOW_VERBS = words('know known knew see seen saw notice noticed realise realised realize realized understand understood find found spot spotted avoid avoided');
/** Verbs of wanting after "if you'd": an offer, not a past act ("if you'd like / rather / prefer"). */
const WANT_AFTER = words('like love prefer rather want care wish');
const YOU = words('you u ya');
/** en41: reading and looking in the simple form after "if you" (present or past: "read" is both). */
const READ_SIMPLE = words('read check checked look looked');
/**
 * en41: what the business sent or published, read after a simple-form "if you read / check / look at" ("If you read the
 * confirmation you would see …"); a thing the customer holds ("the back of the card", "the app") is guidance, not read.
 */
const SENT_DOCS = words('confirmation email emails e-mail mail message messages reply letter contract agreement terms conditions policy listing description manual instructions instruction guide leaflet booklet pack invoice receipt ticket booking itinerary schedule timetable faq faqs website site page notice notes label sheet form text texts sms');

/** Cheap gate: an "if" or a "had", a "you", and a "would" (the layer reads "'d" as "would" or "had"). */
export function counterfactualMayStart(toks: readonly Token[]): boolean {
  let ifHad = false;
  let you = false;
  let would = false;
  for (const t of toks) {
    if (t.norm === 'if' || t.norm === 'had') ifHad = true;
    else if (YOU.has(t.norm)) you = true;
    else if (t.norm === 'would' || t.text === "'d" || t.text === '’d') would = true;
  }
  return ifHad && you && would;
}

/**
 * The customer's act after "if you" at i (the token the hit ends on), or -1: "you'd / you had" + a past participle (not
 * "you'd like", "you'd rather"); en41: the reading as a noun ("if you'd had a read / look of / at …", "if you had a look
 * at …"), and a reading in the simple form over something we sent ("If you read the confirmation you would see …": the
 * same reproach, since the caller wants "you would know / see" after it; "you'll see" after it is a present condition,
 * never read).
 */
function ifYouAct(toks: Token[], i: number): number {
  const aux = toks[i + 2];
  if (!aux) return -1;
  if (READ_SIMPLE.has(aux.norm)) {
    let d = i + 3;
    if (/^(?:at|through|over)$/.test(toks[d]?.norm ?? '')) d++;
    if (/^(?:the|your|ur|our|my|this|that)$/.test(toks[d]?.norm ?? '')) d++;
    if (toks[d] && /^[a-z-]+$/.test(toks[d].norm) && !SENT_DOCS.has(toks[d].norm)) d++;
    return toks[d] && SENT_DOCS.has(toks[d].norm) ? i + 2 : -1;
  }
  if (!(aux.norm === 'had' || aux.text === "'d" || aux.text === '’d')) return -1;
  let v = i + 3;
  if (aux.norm === 'had' && toks[v]?.norm === 'a') v--;
  if (toks[v]?.norm === 'had' && toks[v + 1]?.norm === 'a' && /^(?:read|look)$/.test(toks[v + 2]?.norm ?? '') && /^(?:of|at|through)$/.test(toks[v + 3]?.norm ?? '')) return v + 2;
  if (/^(?:just|only|actually|already|properly|even)$/.test(toks[v]?.norm ?? '')) v++;
  const verb = toks[v];
  if (!verb || !verb.word || WANT_AFTER.has(verb.norm) || verb.norm === 'have' || verb.norm === 'been') return -1;
  if (!/(?:ed|en|wn|ne|ad|id|ght|ld|ung)$/.test(verb.norm) && !/^(?:read|put|kept|sent|left|paid|let|set|told|heard|rung|run|come)$/.test(verb.norm)) return -1;
  return v;
}

/** "If you'd read X, you'd know …": the hit runs from "If" (or "Had") to the past act's verb. */
export function readCounterfactualBlame(toks: Token[]): GenericHit[] {
  for (let i = 0; i + 3 < toks.length; i++) {
    const t = toks[i];
    let act = -1;
    if (t.norm === 'if' && YOU.has(toks[i + 1]?.norm ?? '')) {
      act = ifYouAct(toks, i);
    } else if (t.norm === 'had' && YOU.has(toks[i + 1]?.norm ?? '') && (i === 0 || !toks[i - 1].word || /^(?:and|but|so|honestly|well)$/.test(toks[i - 1].norm))) {
      const verb = toks[i + 2];
      if (!verb || !verb.word || !/(?:ed|en|wn|ne|ad|id|ght|ld|ung)$/.test(verb.norm) && !/^(?:read|put|kept|sent|left|paid|told|heard|rung)$/.test(verb.norm)) continue;
      act = i + 2;
    }
    if (act < 0) continue;
    // Then "you would / you'd (have)" + a verb of knowing or seeing, within the sentence.
    for (let k = act + 1; k + 2 < toks.length && k < act + 18; k++) {
      if (!YOU.has(toks[k].norm)) continue;
      const w = toks[k + 1];
      if (!(w.norm === 'would' || w.text === "'d" || w.text === '’d')) continue;
      let v = k + 2;
      if (/^(?:have|of|already|easily|clearly|probably)$/.test(toks[v]?.norm ?? '')) v++;
      if (/^(?:have|already)$/.test(toks[v]?.norm ?? '')) v++;
      const know = toks[v];
      if (know && KNOW_VERBS.has(know.norm)) return [{ start: t.start, end: toks[act].end, category: 'blame', construction: 'second-person-blame' }];
    }
  }
  return [];
}

/** Verbs that make what follows "sincerely," a clause (an opinion said), not a name signed. */
const CLAUSE_VERB = words('is are was were am be will would can could should think recommend suggest advise believe feel do does did have has need must may might');

/** "sincerely, the course is very hard …": the opener over "sincerely" (and "speaking"). */
export function readSincerelyOpener(toks: Token[]): GenericHit[] {
  let i = 0;
  while (i < toks.length && !toks[i].word) i++;
  const t = toks[i];
  if (!t || t.norm !== 'sincerely') return [];
  let e = i;
  if (toks[i + 1]?.norm === 'speaking') e = i + 1;
  const comma = toks[e + 1];
  if (!comma || comma.word || comma.text !== ',') return [];
  for (let k = e + 2; k < toks.length && k <= e + 8; k++) {
    const w = toks[k];
    if (!w.word) return [];
    if (CLAUSE_VERB.has(w.norm) || w.neg) return [{ start: t.start, end: toks[e].end, category: 'other', construction: 'candour-opener' }];
  }
  return [];
}
