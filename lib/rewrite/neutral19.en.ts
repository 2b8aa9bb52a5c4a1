/**
 * Already positive replies with a "no problem" in them (nineteenth session, issue 12; family matrix
 * scripts/neutral19-matrix.ts, kind `en-pos-thanks-reply`). en-core's `no-problem-at-all` and `no-problem-comma` hints
 * offer "my pleasure" / "of course" for "No problem, …"; when the emphatic "not a problem at all" is followed in the same
 * sentence by the agent saying they are glad ("Not a problem at all, happy to help!", "No problem at all - enjoy the rest of
 * your day!", "no problem at all, you're very welcome"), the reply is the warm answer to thanks the rewrite would make, and
 * the hint only repeats it (like guard.fa.lookalike.ts's «اصلاً مشکلی نیست،»). Left flagged (the rules' deliberate reading,
 * and the late split's writer marked "No problem, glad I could help!" dismissive): "No problem," without "at all", a bare
 * "No problem at all." and "No problem at all, I'll resend the link" (a request answered with an action, no warmth said).
 */
import type { NeutralCandidate } from './neutral16.en.ts';
import { toldOfFault } from './welcome-report.en.ts';

const NO_PROBLEM = /^(?:no|not a)\s+(?:problem|prob|probs|problemo|worries|worry|trouble)\s+at\s+all\s*$/i;
/** What follows the "no problem" in its sentence: a comma, dash or "!" and then a warm phrase. */
const WARM_AFTER =
  /^\s*(?:at\s+all\s*)?(?:[,!–—-]|\.{3}|…)?\s*(?:(?:i(?:['’]m|m| am)|we(?:['’]re| are)|always|so|very|really|more than|just)\s+)?(?:(?:happy|glad|pleased|delighted)\s+(?:to\s+help|i\s+could\s+help|we\s+could\s+help|to\s+have\s+helped|it\s+(?:worked|helped)|to\s+hear|that)|my\s+pleasure|(?:it\s+was\s+|it['’]s\s+|its\s+)?a\s+pleasure|any\s*time|you['’]?re\s+(?:very\s+|so\s+|most\s+)?welcome|youre\s+(?:very\s+|so\s+)?welcome|enjoy\b|have\s+a\s+(?:lovely|great|good|nice|wonderful|fab)|thanks?\s+(?:for|so|again)|thank\s+you\s+(?:for|so|again)|take\s+care|all\s+the\s+best)/i;

/**
 * The lead, session 19: "No problem at all, I've added the second driver" / "no problem at all, ive updated the address" /
 * "No problem at all, happy to add the suitcase": the emphatic form answering a request with what the agent has done or is
 * glad to do. The brief the writers follow calls "no problem" dismissive *as a reply to a complaint*; the newer
 * development writers mark these neutral. Only when nothing in the draft tells of a fault or a complaint ("the chicken
 * arrived warm", "your comments about the cold food", "sorry to hear"): there it brushes the complaint off and stays
 * flagged, as does "No problem," without "at all" (older writers marked it dismissive).
 */
const DONE_AFTER =
  /^\s*(?:at\s+all\s*)?(?:[,!–—-]|\.{3}|…)\s*(?:[A-Z][a-z]+\s*,\s*)?(?:(?:i|we)(?:['’]ve|ve| have)\s+(?:just\s+|now\s+|already\s+)?(?:[a-z]+ed|sent|made|done|put|set|got|given|taken|paid|brought|found|kept|rung|written|split|reset|resent)\b|(?:i(?:['’]m|m| am)|we(?:['’]re| are))?\s*(?:happy|glad|pleased)\s+to\s+(?!help\b)[a-z]+)/i;
/**
 * rwen23 (late21 and late22 writers, both neutral): the request itself named after "no problem at all" ("No problem at all
 * changing the size, that's done now", "No problem at all moving the appointment, you're booked for Thursday"), or a permission
 * given right after it ("No problem at all, the pram can stay with us at the desk", "…, you're welcome to drop it in"). Like
 * DONE_AFTER, only where nothing in the draft tells of a fault.
 */
const REQUEST_AFTER =
  /^\s*(?:at\s+all\s+)?[a-z]+ing\b|^\s*(?:at\s+all\s*)?(?:[,!–—-]|\.{3}|…)\s*(?:[A-Z][a-z]+\s*,\s*)?(?:(?:you|(?:the|your)(?:\s+[a-z]+){1,3}?|he|she|they|it)\s+(?:can|could|may)(?!['’]?t|\s+not)\s+[a-z]+|you(?:['’]re|re| are)\s+(?:very\s+|more\s+than\s+|most\s+)?welcome\s+to)\b/i;
/**
 * rwen24 (late23's writers, both neutral; the lead's kind): "no problem (at all)" as a yes before the news that the thing
 * asked for is arranged, told as the thing's new state: "no problem, the table is now booked for 8", "No problem, the extra
 * towels are on their way up", "no problem at all, the spare keys are at reception for you". A subject (the / your / that /
 * it …), "is / are / has been", then "now", a participle or a place (or any short subject + "is now": "pickup is now 10:30") (on / at / in / with + the / your / its / their). Never
 * with a negation, "only", "still" or "just" in its sentence ("the scratch is only cosmetic", "the booking is still valid":
 * a fault played down), and never where the draft tells of a fault (as DONE_AFTER). Said with or without "at all", in one
 * sentence with the news: "No problem! Your address is updated." (two sentences) stays en-core-more's `no-problem-exclaim`
 * hint, its own bad example.
 */
const NO_PROBLEM_BARE = /^(?:no|not a)\s+(?:problem|prob|probs|problemo|worries|worry|trouble)(?:\s+at\s+all)?\s*$/i;
const STATE_AFTER =
  /^\s*(?:at\s+all\s*)?(?:[,–—-]|\.{3}|…)\s*(?:[A-Z][a-z]+\s*,\s*)?(?:[a-z-]+(?:\s+[a-z0-9-]+){0,2}\s+(?:is|are|['’]s)\s+now\b|(?:the|your|that|this|it|everything|all)(?:\s+[a-z0-9]+){0,4}?\s+(?:is|are|['’]s|has\s+been|have\s+been)\s+(?:all\s+|also\s+)?(?:now\b|(?!(?:not|only|still|just|a|an|the|very|really|so|too|fine|ok|okay|normal|common|cosmetic|valid)\b)[a-z]+(?:ed|en|t)\b|(?:set|put|kept|held|moved|booked)\b|(?:on|at|in|with)\s+(?:the|your|its|their|our)\b))/i;
const STATE_STOP = /\b(?:not|no|never|only|still|just|happens?|happened|unfortunately|sadly|afraid)\b|n['’]t\b/i;
/** Why a "no problem" candidate is neutral (the warm answer is already said, or a request answered with it done), or null. */
export function neutral19Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'other' && category !== 'negative-words') return null;
  const match = draft.slice(c.start, c.end).replace(/[,!.\s]+$/, '');
  if (NO_PROBLEM_BARE.test(match)) {
    const rest = draft.slice(c.start + match.length, c.start + match.length + 120);
    const stop = /[.!?\n]/.exec(rest.replace(/^\s*(?:at\s+all\s*)?[,!–—-]/, (m) => ' '.repeat(m.length)));
    const sentence = stop ? rest.slice(0, stop.index) : rest;
    if (STATE_AFTER.test(rest) && !STATE_STOP.test(sentence) && !toldOfFault(draft)) return 'neutral:no-problem-done';
  }
  if (!NO_PROBLEM.test(match)) return null;
  const after = draft.slice(c.start + match.length, c.start + match.length + 80);
  if (WARM_AFTER.test(after)) return 'neutral:no-problem-warm';
  return (DONE_AFTER.test(after) || REQUEST_AFTER.test(after)) && !toldOfFault(draft) ? 'neutral:no-problem-done' : null;
}

/**
 * "Don't hesitate to call the out-of-hours line if the stitches look swollen", "do not hesitate to ring 999 if the pain gets
 * worse", "Don't hesitate to go straight to A&E": urging the customer to get help in an emergency. en-core's `dont-hesitate`
 * hint offers "feel free to", which turns an urgent safety instruction into a casual invitation; in this construction the
 * negation is the urging. A help line or service after the verb, or a sign of danger in the same sentence, makes it one.
 * "Don't hesitate to contact us if anything changes" and "Don't hesitate to reply here" stay the rule's hint.
 */
const HESITATE = /^(?:please\s+)?(?:don['’]?t|dont|do\s+not)\s+hesitate\s+to\s*$/i;
const HELP_VERB = /^\s*(?:call|ring|phone|contact|dial|go|come|head|bring|take|seek|get|use|press|text)\b/i;
const URGENT =
  /\b(?:emergenc(?:y|ies)|out[- ]of[- ]hours|after[- ]hours|24[- /]?(?:hour|hr|7)|999|911|112|111|a&e|a & e|er\b|urgent(?:ly)?|immediately|right away|straight away|at once|the vet|a vet|your vet|your (?:gp|doctor)|a doctor|the doctor|pharmacist|hospital|ambulance|breakdown|roadside|recovery line|helpline|crisis|gets? worse|worsens?|worsening|swollen|swelling|bleed(?:ing|s)?|pain(?:ful)?|fever|temperature|vomit(?:ing|s)?|rash|allergic|reaction|breathing|unsafe|danger(?:ous)?|smell (?:of )?gas|gas leak|leak(?:ing|s)?|sparks?|smoke|burning smell|gives you (?:any )?trouble|stranded|break(?:s)? down|unwell|ill\b|sick\b|symptoms?)\b/i;

/** Why a "don't hesitate to" candidate urges help in an emergency (neutral), or null. */
export function hesitateUrgentReason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'closings') return null;
  if (!HESITATE.test(draft.slice(c.start, c.end))) return null;
  const end = (() => {
    const m = /[.!?\n]/.exec(draft.slice(c.end, c.end + 240));
    return m ? c.end + m.index : Math.min(draft.length, c.end + 240);
  })();
  const rest = draft.slice(c.end, end);
  return HELP_VERB.test(rest) && URGENT.test(rest) ? 'neutral:hesitate-urgent' : null;
}

/**
 * rwen23 (late20 and late22, two writers, both neutral): "Please find attached your certificate" in a letter that opens "Dear
 * …" is the letter's own register, as "Yours sincerely" is: en-core's `please-find-attached` hint ("I've attached") is for a
 * chat or a quick reply, where the phrase is stiff. A letter is read by its salutation at the head of the draft.
 */
const FIND_ATTACHED = /^(?:please|kindly)\s+find\s+(?:attached|enclosed|herewith)/i;
const LETTER_HEAD = /^\s*(?:dear|to whom it may concern)\b/i;
/** Why a "please find attached" candidate is the formal letter's own wording (neutral), or null. */
export function letterAttachedReason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'jargon' || !FIND_ATTACHED.test(draft.slice(c.start, c.end))) return null;
  return LETTER_HEAD.test(draft) ? 'neutral:letter-attached' : null;
}
