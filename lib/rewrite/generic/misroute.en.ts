/**
 * "the wrong department / team" said of where the agent's side sent the customer's request (the eighteenth session's
 * rwen18 round): "I sent it to the wrong department, sorry", "we passed it to the wrong team, my mistake", "your ticket
 * was routed to the wrong queue", "sorry you were transferred to the wrong team", "I emailed the wrong team". That owns a
 * mistake in the first person; it does not send the customer away (not-my-dept). "You've come / written to the wrong
 * department", "this is the wrong team", "you sent it to the wrong department" (the customer acting) stay read.
 */
import type { Token } from '../../nlp/index.ts';

/** Verbs that move a request or a caller somewhere. */
const ROUTE = /^(?:sent|send|sending|passed|pass|passing|forwarded|forward|routed|rerouted|re-routed|transferred|transfer|put|assigned|allocated|moved|escalated|directed|redirected|misdirected|referred|logged|filed|raised|submitted|booked|allocated|went|gone|go|landed|ended|connected|emailed|copied|cced|cc'd|addressed|posted|delivered|handed|given|flagged|queued|opened)$/;
/** Verbs for contacting the wrong team oneself: "I emailed the wrong team", "we called the wrong depot". */
const CONTACTED = /^(?:emailed|called|contacted|rang|phoned|messaged|asked|asking|chased|pinged)$/;
/** Passive or perfect auxiliaries and adverbs between the subject and its verb. */
const AUX = /^(?:was|were|been|be|being|got|get|gets|getting|is|are|am|has|have|had|having|did|accidentally|mistakenly|wrongly|incorrectly|somehow|also|then|originally|initially|first|just|actually|unfortunately|apparently|clearly|must|may|might|would|probably|seem|seems|seemed|to|ve|d|s)$/;
const PASSIVE_AUX = /^(?:was|were|been|be|being|got|get|gets|getting|is|are|am)$/;
/** Who did it: the agent's side. */
const OUR_SIDE = /^(?:i|we|me|us|my|our|colleague|colleagues|team|agent|agents|system|staff|someone|somebody|it|ticket|request|case|query|email|message|complaint|claim|form|call|chat|enquiry|inquiry|return|parcel|order|application|refund|they)$/;

/**
 * Whether the words before "the wrong <place>" (at index `the`) say the agent's side sent it there (true) or the sentence
 * sends the customer away (false).
 */
export function ownedMisroute(toks: Token[], the: number): boolean {
  // The preposition before "the wrong …": "to", "at", "with", "through to", "over to", or a contact verb right there.
  let j = the - 1;
  while (j >= 0 && !toks[j].word && !/[.,;:!?]/.test(toks[j].text ?? '')) j--;
  if (j < 0 || !toks[j].word) return false;
  const w = toks[j].norm;
  let verb = -1;
  if (CONTACTED.test(w)) verb = j;
  else if (/^(?:to|at|into|in|with|through|via|toward|towards)$/.test(w)) {
    // The routing verb within eight words before ("sent your last two emails to", "was passed over to").
    for (let k = j - 1, n = 0; k >= 0 && n < 8; k--) {
      if (!toks[k].word) {
        if (/[.;:!?]/.test(toks[k].text ?? '')) break;
        continue;
      }
      n++;
      if (ROUTE.test(toks[k].norm) || CONTACTED.test(toks[k].norm)) {
        verb = k;
        break;
      }
    }
  }
  if (verb < 0) return false;
  // The subject: skip auxiliaries and adverbs back from the verb.
  let passive = false;
  let s = verb - 1;
  for (; s >= 0; s--) {
    if (!toks[s].word) continue;
    if (AUX.test(toks[s].norm)) {
      if (PASSIVE_AUX.test(toks[s].norm) && !/ing$/.test(toks[verb].norm)) passive = true;
      continue;
    }
    break;
  }
  const subj = s >= 0 && toks[s].word ? toks[s].norm : '';
  // "you were sent / transferred to the wrong team": the customer was moved by our side.
  if (passive) return true;
  // "you sent it to the wrong department", "you've emailed the wrong team": the customer acting.
  if (/^(?:you|u|ya|yourself)$/.test(subj)) return false;
  return OUR_SIDE.test(subj) || /^(?:sorry|apologies|oops|unfortunately)$/.test(subj);
}
