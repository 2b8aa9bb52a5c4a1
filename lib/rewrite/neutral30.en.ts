/**
 * English neutrals read by kind in the thirtieth session (rwen30; late29's writers, who read no rule, marked them neutral;
 * look-alikes and contrasts in tests/unit/rewrite/en-wrong30.test.ts). Wired in neutral15.en.ts's `neutralReason`, so a
 * candidate read here is dropped before any suggestion is chosen: a refusal's template ("What we can do is ___") must follow
 * a real refusal of what the customer asked, never praise or good news.
 *
 * - **praise said with a negated modal** ("Can't say enough good things about …", "we can't thank you enough", "I cannot
 *   recommend them highly enough", "you can't fail to have a laugh", "ye cannae go wrang wi the pies", "you can't beat the
 *   view", "you can't miss it, it's next to the bank", "couldn't be happier"): the "can't" denies a limit on the good thing.
 *   Never "I can't say when …", "you can't miss the deadline", "we can't thank-you-card every order" — only the fixed
 *   frames below, each with its own closing word ("enough", "fail to", "go wrong", "beat", "miss it");
 * - **a thing that was unavailable, as the object of a remedy done** ("£6.40 has been refunded for the unavailable items",
 *   "we've substituted the out-of-stock yoghurt", "you won't be charged for the unavailable bulbs" is not read here: a
 *   negation in the sentence leaves it to the other readers): "unavailable" before its noun names which items, it refuses
 *   nothing. The predicate ("the item is unavailable") stays flagged.
 */
import type { NeutralCandidate } from './neutral16.en.ts';

const NEG_MODAL = String.raw`(?:can['’]?t|cannot|can\s+not|cannae|canna|cant|couldn['’]?t|could\s+not|couldnae|couldnt)`;
const SUBJECT = String.raw`(?:(?:i|we|you|ye|ya|yous|youse|u|y['’]all|yall|one|folks?|they|people|customers)\s+)`;
const INTENS = String.raw`(?:(?:honestly|really|just|simply|truly|seriously|genuinely|literally|actually)\s+)`;
/** What follows the negated modal in a praise frame. */
const PRAISE =
  String.raw`(?:` +
  // "say / thank / praise / recommend / stress … enough" within a few words
  String.raw`(?:say|thank|praise|recommend|rave|speak|tell|express|emphasi[sz]e|stress|sing)\b[^.!?\n]{0,60}?\benough\b` +
  String.raw`|(?:fail|fault)\s+(?:to|tae|ta)\s+(?:have|love|enjoy|be|get|find|like|notice|smile|laugh)\b` +
  String.raw`|fault\s+(?:it|them|him|her|the)\b` +
  String.raw`|go\s+(?:wrong|wrang)\b` +
  String.raw`|beat\s+(?:it|that|the|them|our|their|a|this|those)\b` +
  String.raw`|miss\s+(?:it|us|them)\b(?!\s+(?:out|the|your|a|any))` +
  String.raw`|ask\s+for\s+(?:a\s+)?(?:better|more|anything\s+(?:more|better))\b` +
  String.raw`|be\s+(?:happier|prouder|more\s+(?:pleased|proud|grateful|thankful|chuffed|delighted|impressed))\b` +
  String.raw`|wait\s+to\b` +
  String.raw`)`;
const PRAISE_AT = new RegExp(String.raw`^${SUBJECT}?${INTENS}?${NEG_MODAL}\s+${INTENS}?${PRAISE}`, 'i');
/** The same frame with the subject before the candidate's start ("We honestly can't thank you enough"). */
const PRAISE_SUBJECT_BEFORE = new RegExp(String.raw`\b${SUBJECT}${INTENS}?$`, 'i');

const UNAVAILABLE_ATTR = /^(?:unavailable|out[- ]of[- ]stock|sold[- ]out|discontinued)\s+(?!(?:for|to|until|till|at|on|in|from|this|today|now|right|anymore|any\s+more)\b)[a-z]/i;
const DETERMINER_BEFORE = /\b(?:the|any|those|these|all|your|two|three|\d+)\s+$/i;
const REMEDY_DONE =
  /\b(?:refunded|credited|reimbursed|substituted|replaced|swapped|removed\s+from\s+(?:your\s+)?(?:order|bill|basket|invoice|total)|taken\s+off\s+(?:your\s+)?(?:order|bill|invoice|total)|money\s+back|refund\s+(?:of|for)\b[^.!?\n]{0,40}\b(?:has|have)\s+been|has\s+been\s+(?:issued|processed|applied)|have\s+been\s+(?:issued|processed|applied))\b/i;
const ANY_NEGATION = /\b(?:not|no|never|cannot|unable|unfortunately|sadly|sorry)\b|n['’]t\b|\b(?:cant|wont|dont|doesnt|isnt|arent|didnt)\b/i;

function sentenceAround(draft: string, c: NeutralCandidate): string {
  const from = Math.max(c.sentenceStart ?? 0, draft.lastIndexOf('\n', c.start - 1) + 1);
  const m = /[.!?\n]/.exec(draft.slice(c.end));
  return draft.slice(from, m ? c.end + m.index : draft.length);
}

/** (perfen31) Built once (it was built per candidate, at every call): the candidate starting at the modal. */
const PRAISE_AT_MODAL = new RegExp(String.raw`^${INTENS}?${NEG_MODAL}\s+${INTENS}?${PRAISE}`, 'i');

export function neutral30Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'cant-wont' && category !== 'negative-words' && category !== 'dismissive' && category !== 'commands') return null;
  const at = draft.slice(c.start, c.start + 120);
  if (PRAISE_AT.test(at)) return 'neutral:praise-negated-modal';
  // The candidate may start at the modal with its subject before it.
  if (PRAISE_AT_MODAL.test(at) && PRAISE_SUBJECT_BEFORE.test(draft.slice(Math.max(0, c.start - 30), c.start))) {
    return 'neutral:praise-negated-modal';
  }
  if (category === 'cant-wont' && UNAVAILABLE_ATTR.test(at) && DETERMINER_BEFORE.test(draft.slice(Math.max(0, c.start - 20), c.start))) {
    const sent = sentenceAround(draft, c);
    if (REMEDY_DONE.test(sent) && !ANY_NEGATION.test(sent.replace(/\bunavailable\b/gi, ''))) return 'neutral:unavailable-remedied';
  }
  return null;
}
