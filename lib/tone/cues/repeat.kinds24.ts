/**
 * Repeat contact, session 24 (toneen24), English: a contact the customer says they have NOT made.
 *
 * "We haven't reported it before", "Not contacted you about this before", "I never emailed you before", "I didn't raise
 * it before": the reading of an earlier contact ("reported it before") lies in the customer's own negation, so it says
 * this is the FIRST contact. The cue stays quiet when every piece of its evidence is such a denied contact: a contact verb
 * in the scope of "not" / "never" (the layer's negation), said by the customer (I, we, or no subject), outside a question.
 * Not "Nobody has replied to my email" (someone else's silence), "You never called me back" (the company's), nor "Didn't I
 * tell you last week?" (a question that says they did). Look-alikes: scripts/tone-kinds24-matrix.ts.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

/** Verbs of getting in touch or telling, by lemma. */
const CONTACT_VERB = new Set(['report', 'contact', 'write', 'email', 'e-mail', 'call', 'ring', 'phone', 'message', 'mention', 'raise', 'tell', 'flag', 'log', 'submit', 'complain', 'chase', 'text', 'reach', 'notify', 'inform']);
/** Adverbs that may stand between the negator and the verb. */
const ADVERB = new Set(['yet', 'ever', 'already', 'previously', 'actually', 'really', 'even', 'formally', 'officially']);
/** Who else may be the subject of the denial (then it is not the customer's own). */
const OTHER_SUBJECT = new Set(['you', 'they', 'he', 'she', 'nobody', 'noone', 'anyone', 'anybody', 'someone', 'somebody', 'one', 'it', 'your', 'their', 'his', 'her']);

/** The customer's own negation of the contact verb at i: "we have not reported", "never emailed", "Not contacted". */
function ownDenial(t: readonly Tok[], i: number): boolean {
  const v = t[i];
  if (!v.negated || !CONTACT_VERB.has(v.lemma)) return false;
  // The negator, in the verb's clause, a few words before it: "not" or "never" (not "nobody", "no one": someone else's silence).
  let neg = -1;
  for (let j = i - 1; j >= 0 && j >= i - 4 && t[j].clause === v.clause; j--) {
    if (t[j].neg) {
      neg = j;
      break;
    }
  }
  if (neg < 0 || (t[neg].key !== 'not' && t[neg].key !== 'never')) return false;
  // The negator governs the verb: right before it, or with one adverb between ("have not yet called"), and the verb a past
  // form or after "did not" ("didn't raise it"); not a noun further on ("not convinced my earlier emails were read").
  if (i - neg > 2 || (i - neg === 2 && !ADVERB.has(t[neg + 1].key))) return false;
  if (!v.past && t[neg - 1]?.key !== 'did' && t[neg - 1]?.key !== 'do' && t[neg - 1]?.key !== 'does') return false;
  // The subject, if any, before the negator in the clause: the customer ("I", "we") or none ("Not reported it before").
  for (let j = neg - 1; j >= 0 && t[j].clause === v.clause; j--) if (OTHER_SUBJECT.has(t[j].key)) return false;
  return true;
}

/** Whether evidence e lies in one of the customer's questions ("Didn't I tell you last week?"). */
function asked(ctx: CueContext, e: Evidence): boolean {
  for (const q of ctx.questions) if (q.start <= e.start && e.end <= q.end) return true;
  return false;
}

/** True when every piece of the repeat cue's evidence is a contact the customer says they have not made. */
export function deniedContact24(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  const t = ctx.doc.tokens;
  for (const e of evidence) {
    if (asked(ctx, e)) return false;
    const a = e.start - ctx.offset;
    const b = e.end - ctx.offset;
    let denied = false;
    for (let i = 0; i < t.length && t[i].start < b; i++) {
      if (t[i].end <= a) continue;
      if (ownDenial(t, i)) {
        denied = true;
        break;
      }
    }
    if (!denied) return false;
  }
  return true;
}
