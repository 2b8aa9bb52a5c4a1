/**
 * English pack matches whose trigger words stand in a warm or neutral construction, read by kind (issue 12, false flags
 * on neutral sentences; the fifteenth session's near15 split). Like protective.en.ts, a candidate read here is dropped
 * before any suggestion is chosen: no flag, no advice. Each kind names the general condition that separates it from the
 * negative the rule was written for:
 *
 * - **an appreciation idiom** ("you have to love a customer who …", "you've gotta hand it to your team", "you must admire
 *   the view"): "you have to" before a verb of liking or praise is an exclamation, not an order. "You have to
 *   understand / accept / appreciate that …" stays a command;
 * - **praise after a candour opener** ("honestly, great question", "Frankly, what a lovely idea", "To be honest, you
 *   made a brilliant choice"): the opener only intensifies the compliment. "To be honest, the blue one is more
 *   popular" stays flagged;
 * - **mock regret about our own side** ("Sadly for me, you've picked my favourite pizza", "Unfortunately for our sales
 *   team, the cheaper plan is the better fit"): the regret falls on the agent or the company, so the customer hears a
 *   joke in their favour. "Unfortunately for you, …" and a bare "Unfortunately, …" stay flagged;
 * - **a warm intensifier** ("We're obviously delighted that …", "Obviously we're thrilled for you"): "obviously" before our
 *   own joy says how glad we are, not that the customer missed something. "The code is obviously case sensitive" stays;
 * - **a concession in the customer's favour** ("To be fair, the old form was confusing, so we've simplified it", "To be
 *   fair, you're right"): the fairness is owed to the customer. "To be fair, the courier was late" (an excuse) stays;
 * - **a nuisance stopped** ("we won't be sending any more marketing emails, you're fully unsubscribed", "we won't bother
 *   you with reminders again"): what we won't do is something the customer asked us to stop. "We won't be sending any
 *   more replacements" stays a refusal;
 * - **praise by a negated limit** ("I can't recommend the fast-track lane enough if …", "we cannot praise them enough"):
 *   the negation measures the praise, no refusal;
 * - **not knowing our own courtesy** ("im not sure i've said it yet but welcome aboard", "not sure if I mentioned it,
 *   congratulations"): the agent is unsure of their own past words, not of anything the customer asked;
 * - **a question to the customer** ("Not sure which size to go for? Our fit guide …", "Unsure how to set it up?"): a
 *   bare "not sure …?" with a choice left to the customer asks after their doubt; "Not sure what happened there." stays;
 * - **the wait that is left** ("It's only a short wait now, the engineer is 10 minutes away", "just a little wait left"):
 *   news that the wait is nearly over, not the customer's wait played down. "It's only a short wait, please be patient"
 *   stays flagged.
 */

import { hesitateUrgentReason, letterAttachedReason, neutral19Reason } from './neutral19.en.ts';
import { neutral19bReason } from './neutral19b.en.ts';
import { neutral20Reason } from './neutral20.en.ts';
import { neutral28Reason } from './neutral28.en.ts';
import { explainedAt } from './generic/jargon.ts';
import { policyGrantReason } from './policy-grant.en.ts';
import { neutral29Reason } from './neutral29.en.ts';
import { neutral30Reason } from './neutral30.en.ts';
import { neutral31Reason } from './neutral31.en.ts';
import { neutral32Reason } from './neutral32.en.ts';
import { neutral33Reason } from './neutral33.en.ts';
import { neutral38Reason } from './neutral38.en.ts';
import { neutral16Reason, type NeutralCandidate, sentenceEnd } from './neutral16.en.ts';

export type { NeutralCandidate };


/** "you have to love", "you've gotta hand it to", "you must admire": liking or praise, said as an exclamation. */
const APPRECIATION_IDIOM =
  /^you\s*(?:['’]ve\s+)?(?:have to|gotta|got to|must|just have to|(?:['’]ve|have) got to)\s+(?:just\s+|really\s+)?(?:love|adore|admire|hand it to|give it to|take your hat off to|tip (?:your|my|our) hat to)\b/i;

/** The praise a candour opener intensifies: "great question", "what a lovely idea", "you made a brilliant choice". */
const PRAISE_AFTER =
  /^\s*(?:(?:that['’]?s|that is|this is|it['’]?s|it is|you(?:['’]ve| have)?\s+(?:made|picked|chosen|asked|found|got)|what)\s+)?(?:a\s+|an\s+|such a\s+|such an\s+)?(?:really\s+|very\s+|truly\s+)?(?:great|good|lovely|brilliant|excellent|fantastic|amazing|awesome|wonderful|smart|clever|fair|superb|perfect|spot-on)\s+(?:question|choice|idea|pick|call|spot|catch|point|shout|thought|find|suggestion|plan|taste|eye)s?\b/i;
const CANDOUR_OPENER = /^(?:to be (?:perfectly |completely |totally )?(?:honest|frank|fair)(?: with you)?|honestly|frankly|truthfully|to tell you the truth|truth be told|if i['’]m (?:being )?honest|tbh)(?:\s*[,!:–—-]\s*|\s+)/i;

/** "Sadly for me", "Unfortunately for our sales team", "regrettably for us": the regret falls on our side. */
const REGRET_ON_US =
  /^(?:sadly|unfortunately|regrettably|regretfully|alas)\s+for\s+(?:(?:me|us|myself|ourselves)(?!\s+(?:all|both|two))|my\s+[\w-]+|our\s+(?:(?:sales|marketing|accounts|finance|support|kitchen|product)\s+)?(?:team|staff|department|accountants|budget|bakers|chefs|engineers|colleagues|managers?|boss|bottom line|margins?|commission)|the\s+(?:sales|marketing|accounts|finance)\s+(?:team|department))\b/i;
const REGRET_WORD = /^(?:sadly|unfortunately|regrettably|regretfully|alas)\b/i;


/** Our own joy after "obviously": "we're obviously delighted", "obviously we're thrilled". */
const JOY = String.raw`(?:so\s+|very\s+|really\s+|absolutely\s+|just\s+|more than\s+)?(?:delighted|thrilled|happy|glad|pleased|excited|grateful|proud|chuffed|over the moon|honou?red)\b`;
const OBVIOUSLY_JOY = new RegExp(String.raw`^obviously\s*,?\s*(?:(?:we|i)\s*(?:['’]re|['’]m|are|am|were|was)\s+)?${JOY}`, 'i');
const FIRST_PERSON_BE_BEFORE = /\b(?:we|i)\s*(?:['’]re|['’]m|are|am|were|was|['’]d be|would be|will be|['’]ll be)\s*$/i;
const OBVIOUSLY_JOY_AFTER_US = new RegExp(String.raw`^obviously\s+${JOY}`, 'i');

/**
 * (ml40) Praise after a candour opener, read on a whole sentence: "Frankly, what a lovely idea for a birthday present",
 * "tbh great call on the blue one". The learnt English reader's to-be-honest gate (learnt/neg.en.ts), the same kind the
 * rules leave alone here ('neutral:praise-after-candour').
 */
export function praiseAfterCandour(sentence: string): boolean {
  const text = sentence.replace(/^[\s"“'‘(]+/, '');
  const m = CANDOUR_OPENER.exec(text);
  return !!m && PRAISE_AFTER.test(text.slice(m[0].length));
}

/** A concession owed to the customer after "to be fair": our old thing was flawed, they are right, it is on us. */
const FAIR_TO_CUSTOMER =
  /^\s*(?:(?:the|our)\s+(?:old|previous|former|earlier)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:was|were|is|are)\s+(?:a bit\s+|quite\s+|really\s+|very\s+)?(?:confusing|unclear|misleading|hard to (?:\w+)|tricky|clunky|buggy|poorly (?:worded|designed|written)|not (?:very |that )?clear)|you(?:['’]re| are) (?:right|not wrong|absolutely right)|you(?:['’]ve| have) (?:a point|got a point)|that(?:['’]s| is| was) (?:on us|our (?:fault|mistake|doing))|(?:we|i) (?:should|could|ought to) have|(?:it|this|that) (?:was|is) (?:our|my) (?:fault|mistake|error))/i;

/** A nuisance the customer asked us to stop. */
const NUISANCE_STOPPED =
  /\bwe\s*(?:won['’]?t|wont|will not|will never)\s+(?:be\s+)?(?:send(?:ing)?|email(?:ing)?|mail(?:ing)?|text(?:ing)?|call(?:ing)?|ring(?:ing)?|contact(?:ing)?|bother(?:ing)?)\s+(?:you\s+)?(?:(?:with\s+)?(?:any\s+more|anymore|any\s+further|further|more|any|again\s+with)\s+)?(?:marketing|promotional|promo|newsletters?|spam|adverts?|ads|offers|reminders?|notifications?|surveys?|sales\s+calls?|cold\s+calls?)\b/i;

/** Praise measured by a negated limit: "can't recommend X enough", "cannot praise them enough". */
const PRAISE_ENOUGH = /\b(?:can['’]?t|cannot|can not|couldn['’]?t|could not)\s+(?:recommend|praise|rate|endorse|rave about|speak highly enough of)\b[^,.;!?]{0,60}?\benough\b/i;

/** The agent unsure of their own past words: "not sure i've said it yet", "not sure if I mentioned it". */
const OWN_WORDS_UNSURE =
  /\b(?:not|n['’]?t)\s+(?:sure|certain)\s+(?:if\s+|whether\s+)?(?:i|we)\s*(?:['’]ve|have|had|['’]d)?\s*(?:already\s+|actually\s+|even\s+)?(?:said|mentioned|told you|introduced (?:myself|ourselves)|welcomed you|thanked you|congratulated you)\b/i;
const KNOW_OWN_WORDS = /\b(?:don['’]?t|do not|dunno)\s+know\s+(?:if\s+|whether\s+)(?:i|we)\s*(?:['’]ve|have|had)?\s*(?:already\s+|actually\s+|even\s+)?(?:said|mentioned|told you|introduced (?:myself|ourselves)|welcomed you|thanked you|congratulated you)\b/i;

/** A bare doubt asked of the customer: "Not sure which size to go for?", "Unsure how to set it up?" */
const DOUBT_ASKED =
  /^(?:not (?:sure|certain)|unsure|no idea|(?:don['’]?t|dont|do not) know)\s+(?:(?:which|what)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:suits|fits|is right for|is best for|works (?:best )?for|would suit)\s+you\b[^?.!\n]*\?|(?:which|what|how|where|when|whether)\b(?:\s+[\w'’-]+){0,4}?\s+to\s+(?!(?:tell|say|do|expect)\b)[\w'’-]+(?:\s+[\w'’-]+){0,4}\s*\?)/i;

/** The wait made small is the part still to come: "only a short wait now", "just a little wait left". */
const WAIT_LEFT = /\b(?:just|only|merely)\s+(?:a|an)\s+(?:(?:short|little|quick|small|tiny|few[- ]minute)\s+)?wait\s+(?:now|left|to go|from here|remaining)\b/i;

/** A time after "ETA": "ETA about 8:40pm", "ETA is now 3pm", "ETA: 20 mins", "ETA tomorrow morning". */
const ETA_GIVEN =
  /^\s*(?:['’]s\s+|is\s+|of\s+|[:=~–—-]\s*)?(?:now\s+|still\s+)?(?:about\s+|around\s+|approx\.?\s+|approximately\s+|roughly\s+|~\s*)?(?:\d|today\b|tonight\b|tomorrow\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|noon\b|midday\b|half an hour\b|an hour\b|in\s+(?:\d|an?\b|half))/i;

/** "won't need (to) / won't have to / won't be asked to" before "until": no duty yet. */
const NO_DUTY_YET = /^(?:(?:you|it|they|he|she|we|[a-z]+)\s+)*?(?:won['’]?t|will not|wont|shouldn['’]?t|should not)\s+(?:(?:even|actually|really)\s+)?(?:need|have to|be (?:asked|required|expected) to|require)\b/i;

/** Someone or something on its way to the customer: the update "ETA" belongs to. */
const ON_THE_WAY =
  /\b(?:on (?:his|her|their|its|the|my|our) way|en route|out for delivery|dispatched|shipped|picked up|collected|left (?:the|our)|driver|courier|rider|engineer|technician|fitter|van|taxi|cab)\b/i;

/** Why an English pack candidate is neutral in its construction (the kind), or null. */
export function neutralReason(draft: string, c: NeutralCandidate, category: string): string | null {
  // rwen27: a policy cited over what it grants the customer, one reading for every policy rule (policy-grant.en.ts).
  const rg = policyGrantReason(draft, c, category);
  if (rg) return rg;
  // The sixteenth session's readings, generalised over their parts (neutral16.en.ts).
  const r16 = neutral16Reason(draft, c, category);
  if (r16) return r16;
  // "Not a problem at all, happy to help!": the warm answer already said (neutral19.en.ts).
  const r19 = neutral19Reason(draft, c, category) ?? hesitateUrgentReason(draft, c, category) ?? letterAttachedReason(draft, c, category);
  if (r19) return r19;
  // "I gave you the wrong date, sorry for the confusion", "No worries, these things happen", "in case you need to" (neutral19b.en.ts).
  const r19b = neutral19bReason(draft, c, category);
  if (r19b) return r19b;
  // "doesn't just include … it also", "your staff won't see it until you publish", "so it will be declined" after a block the
  // customer asked for (neutral20.en.ts).
  const r20 = neutral20Reason(draft, c, category);
  if (r20) return r20;
  // rwen28: "no problem" answering thanks, regret on a thing in a story, knowing of no other charges (neutral28.en.ts).
  const r28 = neutral28Reason(draft, c, category);
  if (r28) return r28;
  // rwen29: an obligation the agent lifts ("Please don't feel you must decide today"; neutral29.en.ts).
  const r29 = neutral29Reason(draft, c, category);
  if (r29) return r29;
  // rwen30: praise said with a negated modal ("Can't say enough good things"), an unavailable item refunded (neutral30.en.ts).
  const r30 = neutral30Reason(draft, c, category);
  if (r30) return r30;
  // rwen31: regret on someone or something in a story that ends well ("unfortunately for them, it poured, but …"; neutral31.en.ts).
  const r31 = neutral31Reason(draft, c, category);
  if (r31) return r31;
  // rwen32: "no problem" closing a warm answer in more forms, regret in a story whose bad turn is theirs (neutral32.en.ts).
  const r32 = neutral32Reason(draft, c, category);
  if (r32) return r32;
  // rwen33: "don't stress about it" with no matter called normal beside it (neutral33.en.ts).
  const r33 = neutral33Reason(draft, c, category);
  if (r33) return r33;
  // en38: "not a problem at all" closing gladness, thanks for kind words, a wish to enjoy, after "you're welcome" (neutral38.en.ts).
  const r38 = neutral38Reason(draft, c, category);
  if (r38) return r38;
  // A back-office term the agent explains in the same sentence ("your RMA (return authorisation) number"): rwen10.
  if (category === 'jargon' && explainedAt(draft, c.start, c.end)) return 'neutral:jargon-explained';
  const match = draft.slice(c.start, c.end);
  // rwen25: "ETA about 8:40pm", "your ETA is now 3pm": an update that gives the time is good news in a word customers know;
  // "I don't have an ETA yet" (no time given) stays the pack's hint.
  // rwen25: "won't need watering until the soil is dry", "you won't have to pay until you move in": no duty on the customer
  // yet, a relief, not a time refused.
  if (category === 'until' && NO_DUTY_YET.test(match)) return 'neutral:no-duty-yet';
  if (category === 'jargon' && /^eta$/i.test(match) && ETA_GIVEN.test(draft.slice(c.end, c.end + 40)) && ON_THE_WAY.test(draft.slice(Math.max(0, c.start - 160), c.end + 160))) return 'neutral:eta-given';
  if (category === 'commands') {
    // The verb may lie past the match ("You've got to" alone is some rules' match).
    return APPRECIATION_IDIOM.test(draft.slice(c.start, Math.max(sentenceEnd(draft, c.end), c.end))) ? 'neutral:appreciation-idiom' : null;
  }
  if (category === 'other') {
    const se = Math.max(sentenceEnd(draft, c.end), c.end);
    const m = CANDOUR_OPENER.exec(draft.slice(c.start, se));
    if (!m) return null;
    const rest = draft.slice(c.start + m[0].length, se);
    if (PRAISE_AFTER.test(rest)) return 'neutral:praise-after-candour';
    return /^to be fair/i.test(m[0]) && FAIR_TO_CUSTOMER.test(rest) ? 'neutral:fair-to-customer' : null;
  }
  if (category === 'passive-aggressive') {
    const from = draft.slice(c.start, Math.max(sentenceEnd(draft, c.end), c.end));
    if (OBVIOUSLY_JOY.test(from)) {
      const before = draft.slice(Math.max(c.sentenceStart, c.start - 30), c.start);
      // Not before a "but": "Obviously we're happy to help, but the form must be signed" still talks down.
      if (/\b(?:but|however|although|though)\b/i.test(from)) return null;
      if (/^obviously\s*,?\s*(?:we|i)\b/i.test(from) || (OBVIOUSLY_JOY_AFTER_US.test(from) && FIRST_PERSON_BE_BEFORE.test(before))) return 'neutral:warm-intensifier';
    }
    return null;
  }
  if (category === 'dismissive') {
    const lo = Math.max(c.sentenceStart, c.start - 8);
    const m = WAIT_LEFT.exec(draft.slice(lo, Math.max(sentenceEnd(draft, c.end), c.end)));
    return m && lo + m.index < c.end && lo + m.index + m[0].length > c.start ? 'neutral:wait-left' : null;
  }
  if (category === 'cant-wont') {
    // From a little before the match (a generic reader's span starts at the negation) to the sentence's end; the
    // construction must hold the candidate's own negation.
    const lo = Math.max(c.sentenceStart, c.start - 12);
    const text = draft.slice(lo, Math.max(sentenceEnd(draft, c.end), c.end));
    for (const [re, why] of [[NUISANCE_STOPPED, 'neutral:nuisance-stopped'], [PRAISE_ENOUGH, 'neutral:praise-enough']] as const) {
      const m = re.exec(text);
      if (m && lo + m.index < c.end && lo + m.index + m[0].length > c.start) return why;
    }
    return null;
  }
  if (category === 'uncertainty') {
    const se = Math.max(sentenceEnd(draft, c.end), c.end);
    const lo = Math.max(c.sentenceStart, c.start - 20);
    const text = draft.slice(lo, se);
    if (OWN_WORDS_UNSURE.test(text) || KNOW_OWN_WORDS.test(text)) return 'neutral:own-words-unsure';
    // Only a bare doubt at the start of its sentence, asked with "?".
    if (!/^[\s"“'‘(]*$/.test(draft.slice(c.sentenceStart, c.start))) return null;
    const q = draft.slice(c.start, Math.min(draft.length, se));
    return DOUBT_ASKED.test(q) ? 'neutral:doubt-asked' : null;
  }
  if (category === 'negative-words') {
    const m = match.trim();
    if (!REGRET_WORD.test(m)) return null;
    const se = Math.max(sentenceEnd(draft, c.end), c.end);
    const from = draft.slice(c.start, se);
    // Not before bad news of its own: "Unfortunately for us, we can't ship there" is a regret opener all the same.
    return REGRET_ON_US.test(from) && !/(?:\bnot\b|n['’]t\b|\bno\b|\bnever\b|\bunable\b|\bcannot\b)/i.test(from) ? 'neutral:regret-on-us' : null;
  }
  return null;
}
