/**
 * The twenty-fourth session's English kind (rwen24), read in the tenth pass (./kinds22.en.ts calls it behind a cheap gate):
 *
 * - **the customer's own past act given as the cause of a bad outcome**: "the stitches came loose because you took the
 *   bandage off too early", "the warranty is void because you opened the case", "you weren't in when the driver called, so
 *   the parcel has gone back", "you missed the appointment, so the fee is charged". A second-person past act (a past verb,
 *   "did not" + a verb, "were not" + a place) after "because / since / cos" or at the head of the sentence before "so", and
 *   in another clause of the same sentence a harm (void, charged, fee, damaged, shrank, cracked, gone back …, the lemma
 *   read over lib/nlp's tokens). Never a good outcome ("because you booked before noon, it'll arrive tomorrow"), the agent
 *   putting it right in the same sentence ("…, so I've rebooked you"), a request the customer made ("because you asked"),
 *   a condition, a question, or the customer spared ("you weren't charged because …": the harm is not theirs to cause).
 *
 * Advice (`second-person-blame`): only the agent knows how to say what happened without pointing at "you".
 */
import type { Token } from '../../nlp/index.ts';
import { hit, words } from './en.ts';
import type { GenericHit } from './types.ts';

/** Words that open a clause giving a cause. "as" is left out: "as you know", "as you left, the door locked" (a time). */
const CAUSE_OPENERS = words('because since cos coz cuz bc');
/** What may stand before a second-person act at the head of the sentence. */
const HEAD_OPENERS = words('but well unfortunately sadly so and hi hello hey ok okay oh ah');
/** Past acts that ask, tell or choose: the customer's request, not a slip ("because you asked", "since you chose express"). */
const NOT_SLIPS = words(`asked requested mentioned said told wanted wished chose picked selected preferred agreed confirmed let
  paid ordered booked bought signed registered joined subscribed upgraded renewed contacted called emailed wrote reported
  noticed spotted flagged raised sent returned moved been had got did done followed`);
/** Harms an act of the customer is blamed for (lemmas and written forms). */
const HARMS = words(`void voided invalid invalidated charge charged fee fees fine fined penalty forfeit forfeited lose lost loose
  damage damaged break broke broken crack cracked fail failed lock locked block blocked cancel cancelled canceled expire expired
  reject rejected decline declined drain drained bubble bubbled fade faded shrink shrank shrunk stain stained leak leaked
  miss missed no-show ruin ruined burn burnt burned peel peeled infect infected infection worse die died dead scratch scratched
  tear tore torn warp warped rot rotted mould mouldy mold moldy patch patches flood flooded overheat overheated wear worn
  wrong incorrect disappear disappeared vanish vanished missing wiped`);
/** Movements of a thing sent back: "has gone back to the depot", "was sent back", "returned to sender". */
const BACK_VERBS = words('gone went go sent send returned return bounced');
/** The agent putting it right in the same sentence ("so I've rebooked you", "we'll waive the fee"). */
const FIX_VERBS = words(`rebook rebooked reschedule rescheduled waive waived refund refunded add added send sent replace replaced
  repair repaired fix fixed book booked arrange arranged cover covered credit credited upgrade upgraded reset extend extended
  gave give offered offer kept keep held hold saved save`);

/** Words of a good outcome or praise: "the stain came out because you rinsed it straight away, well done!". */
const GOOD = words('well done luckily thankfully fortunately glad great saved out');

/** What "too" says of an act done wrongly. */
const TOO_DEGREES = words('early soon late quickly fast much hard hot long short often tight loose');

const isWord = (t: Token | undefined): t is Token => !!t && t.word;

/** A past act at token j (after "you"): a past verb, "did not" + verb, "were / was not" + a place or state. Returns its last index or -1. */
function pastActAt(toks: Token[], j: number): number {
  const t = toks[j];
  if (!isWord(t)) return -1;
  if ((t.norm === 'did' || t.norm === 'were' || t.norm === 'was') && toks[j + 1]?.norm === 'not') return isWord(toks[j + 2]) ? j + 2 : -1;
  // rwen29: the present perfect of a second-language writer ("because you have used force to turn it"): the participle is
  // the act, read as a past form below.
  if ((t.norm === 'have' || t.norm === 'had') && isWord(toks[j + 1]) && toks[j + 1].norm !== 'not' && toks[j + 1].norm !== 'been' && toks[j + 1].norm !== 'to') {
    const v = pastActAt(toks, j + 1);
    return v === j + 1 ? v : -1;
  }
  // Right after "you" a word is a verb whatever the tagger guessed ("you mowed it", "you drove on it"); never an auxiliary.
  if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'ADJ' || NOT_SLIPS.has(t.norm)) return -1;
  // A past form: "-ed" or an irregular past the language layer lemmatised ("took", "left", "drove").
  if (!(t.norm.endsWith('ed') && t.norm.length > 3) && (t.lemma === t.norm || t.norm.endsWith('s'))) return -1;
  if (/ing$/.test(t.norm)) return -1;
  return j;
}

/** The customer's past act given as the cause of a harm in another clause of the sentence (see the top of the file). */
export function readCauseBlame(toks: Token[]): GenericHit[] {
  // A question, or the customer cleared in the same sentence ("it's not your fault", "nothing you did").
  if (toks.some((t) => t.text === '?' || (t.norm === 'fault' && t.negated) || (t.norm === 'nothing' && toks[toks.indexOf(t) + 1]?.norm === 'you'))) return [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.norm !== 'you' && t.norm !== 'u') continue;
    let p = i - 1;
    while (p >= 0 && !toks[p].word) p--;
    // "not because you did anything wrong": a cause denied.
    const cause = p >= 0 && CAUSE_OPENERS.has(toks[p].norm) && !(p > 0 && toks[p - 1].norm === 'not');
    // At the head of the sentence (nothing before "you" but an opener or a greeting's name) or of a clause after "but" or a
    // comma ("Engineer came at 9 but you were not in, so …"), and a "so" later.
    let head = false;
    if (!cause) {
      head = true;
      for (let k = 0; k < i; k++) if (toks[k].word && !HEAD_OPENERS.has(toks[k].norm) && !/^[A-Z]/.test(toks[k].text)) head = false;
      if (!head && i > 0 && (toks[i - 1].text === ',' || toks[p]?.norm === 'but')) head = true;
      if (!head) continue;
    }
    const v = pastActAt(toks, i + 1);
    if (v < 0) continue;
    // The act's clause: up to a comma, "so", "and", a clause change or a few words.
    let e = v;
    for (let k = v + 1; k < toks.length && k <= v + 4; k++) {
      const w = toks[k];
      if (!w.word || w.clause !== toks[v].clause || /^(?:so|and|but|before|when|while|after|too|inside|within|without|on|at|in|every|abroad|flat|early|late)$/.test(w.norm) || /^\d/.test(w.norm)) break;
      e = k;
    }
    let soAt = -1;
    if (head) {
      for (let k = e + 1; k < toks.length; k++) if (toks[k].norm === 'so' || toks[k].norm === 'therefore') (soAt = k), (k = toks.length);
      if (soAt < 0) continue;
    }
    // The harm, outside the act's own words: after "so" (the act at the head), or before "because" and after the cause
    // clause's comma ("Since you cancelled late, the deposit is forfeit").
    let causeEnd = toks.length;
    if (!head) for (let k = e + 1; k < toks.length; k++) if (toks[k].text === ',' || toks[k].text === ';') (causeEnd = k), (k = toks.length);
    const from = head ? soAt + 1 : 0;
    let harm = false;
    let fix = false;
    let spared = false;
    let negSeen = false;
    for (let k = from; k < toks.length; k++) {
      const w = toks[k];
      if (!head && k === p) negSeen = false;
      if (!w.word || (!head && k >= p && k <= causeEnd)) continue;
      if (w.neg) negSeen = true;
      // rwen26: "out" is good news only as "came out" ending its words ("the stain came out because …"), not "came out the
      // wrong length".
      if (GOOD.has(w.norm) && !(w.norm === 'out' && toks[k + 1]?.word && !CAUSE_OPENERS.has(toks[k + 1].norm))) fix = true;
      if (HARMS.has(w.norm) || HARMS.has(w.lemma)) {
        // "You weren't charged because …": a harm spared, not caused (a negation in the harm's own part of the sentence).
        if (negSeen) spared = true;
        else harm = true;
      }
      if (BACK_VERBS.has(w.norm) && toks[k + 1]?.norm === 'back') harm = true;
      if ((w.norm === 'i' || w.norm === 'we') && toks.slice(k + 1, k + 4).some((x) => FIX_VERBS.has(x.norm))) fix = true;
    }
    // The act said to be done wrongly ("took it off too early", "washed it too hot"): a slip on its own.
    for (let k = v + 1; k + 1 < toks.length && k <= v + 7 && toks[k].clause === toks[v].clause; k++) {
      if (toks[k].norm === 'too' && TOO_DEGREES.has(toks[k + 1].norm)) harm = true;
      if (toks[k].norm === 'so' || toks[k].text === ',') break;
    }
    if (harm && !spared && !fix) return [hit(toks, i, e, 'second-person-blame', 'blame')];
  }
  return [];
}

/** The cheap gate: a "you" after a cause word, or a "so" in a sentence that holds a "you". */
export function causeBlameMayStart(toks: Token[]): boolean {
  let you = false;
  let so = false;
  for (let i = 0; i < toks.length; i++) {
    const n = toks[i].norm;
    if (n === 'you' || n === 'u') {
      you = true;
      if (i > 0 && CAUSE_OPENERS.has(toks[i - 1].norm)) return true;
    } else if (n === 'so' || n === 'therefore') so = true;
  }
  return you && so;
}
