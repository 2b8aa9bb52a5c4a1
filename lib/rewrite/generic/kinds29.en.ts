/**
 * The twenty-ninth session's English kinds (rwen29: late28's development misses, by kind), read in the tenth pass
 * (./kinds22.en.ts) behind one cheap gate, over the language layer's token norms ("don't" -> "do not", "y'all gotta" ->
 * "y'all got to"). Each kind was written first as look-alikes in other trades, spellings and registers with contrasts that must
 * stay silent (scripts/en-recall29-matrix.ts, tests/unit/rewrite/generic-recall29-en.test.ts):
 *
 * - **telling the customer to calm down, in the words the packs leave** (`minimising`): "don't panic / freak out", "settle
 *   down", "simmer down", "calm yourself", "keep your hair on", "take it easy," / "tek it easy", "no need to get (all) worked
 *   up / to panic / to shout". Never "don't panic if / when …" (guidance about a thing that may happen), "take it easy on
 *   the knee / for a few days" (care advice), nor "no need to worry" (a reassurance the packs keep).
 * - **the customer's trouble called no big deal** (`minimising`): "<trouble> is not a major issue" (a noun as the subject:
 *   "this isn't a big problem, it's easy to fix" is about the fix), "and not big deal". Never the agent's own burden ("not a big deal for us / to swap it") nor a polite "if it's not a big deal".
 * - **a rule of the house as the answer** (`policy-shield`): "store / company / club policy is no …", "our terms say / the rules
 *   state …" with a limit in the sentence, "per our <kind of> policy, …" over something done to the customer's thing. Never a
 *   rule that grants ("our terms say you can cancel any time for free"; policy-grant.en.ts reads those too).
 * - **an order to a group or in a spelling the packs do not list** (`customer-obligation`): "y'all / you all / everyone /
 *   everybody / all guests has to / gotta / must …", "yuh haffi / you hafta …". Never "not everyone has to", "nobody has to",
 *   a condition or a question.
 * - **talking down, in the forms the packs leave** (`talking-down`): "as mentioned like 3 times", "see previous reply." as the
 *   whole answer's opener, "I trust that is now clear", "bless your heart". Never "see my previous email for the link" (a
 *   pointer with its purpose), "I trust you had a good trip", "God bless".
 * - **"we are not responsible" sending the customer elsewhere** (`handled-elsewhere`): only with a redirect in the sentence
 *   ("please ask the operator", "you'll need to contact the manufacturer"); a disclaimer alone is left to the packs.
 * - **the till or the system saying no** (`system-blocks`): "the till's saying no", "system cannot, it only …", "the
 *   computer nah mek mi". Never "the system can't be accessed by anyone else" (protective.en.ts) nor a thing working.
 * - **candour in "transparent / upfront" words** (`candour-opener`): "To be completely transparent, …", "Just to be upfront
 *   with you, …". Never "to be clear" nor "we want to be transparent about pricing" (not an opener).
 * - **not knowing, with an adverb or "not clear"** (`not-knowing`): "I don't rightly / really / honestly know if …", "I am not
 *   clear how much / whether …". Never "I don't really know how to thank you", "I'm not clear what you mean" (asking back).
 * - **the customer's repeated contact told off** (`talking-down`): "there is no need to keep calling / emailing / chasing".
 *   Never a cost that stops ("no need to keep paying once you cancel") nor a thing kept ("no need to keep the box").
 * - **blame in "shoulda / coulda"** (`second-person-blame`): "y'all shoulda told us", "you coulda just asked the driver". Never
 *   the expectation "you shoulda got it by now".
 * - **none of a thing before a time** (`time-refusal`): "There's no sea trips before May", "there are no lessons until the 5th".
 *   Never a charge spared ("no charge until your trial ends") nor "no rush / no need".
 *
 * Every hit is advice (no text change): only the agent knows the plain words and the way forward.
 */
import type { Token } from '../../nlp/index.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns, someNormIn } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

/** Interjections, greetings and "please" before a calm-down order at a sentence's or clause's head. */
const HEAD = String.raw`(?<=^|[,!.;:] |(?:^|[,!.] )(?:(?:oh|no|oh no|hey|hon|honey|love|mate|sir|ma'am|maam|madam|now|look|well|aw|ah|ok|okay|so|guys|y'all|yall|bro|boss|dear|darling)(?: [,!])? )+)`;
const PLEASE = String.raw`(?:(?:please|pls|plz|kindly) )?`;

const TROUBLE_NOT_BIG = String.raw`(?<!\b(?:this|that|it|which|there|what|who) )(?:is|are|was|'s) (?:not|n't) (?:a |that |such a |any |really a |really that |that much of a )?(?:big|major|huge|massive) (?:deal|issue|problem|thing|concern)`;

/** Words of a limit in a rule's sentence: what the rule forbids or requires. */
const LIMIT = /\b(?:no|not|only|must|got to|have to|has to|need to|needs to|cannot|can not|by|before|within|non-refundable|nonrefundable|at least|no later|latest|strictly|forbidden|prohibited|charged|fee|extra)\b/;
/** A rule that grants: the customer may, gets, is covered. */
const GRANTS = /\b(?:you (?:can|may|will get|will receive|get|are entitled|are covered|will be refunded|will be covered)|free of charge|for free|full refund|refund in full|entitled|covered|complimentary|at no (?:extra )?cost)\b/;

/** A condition, a group that need not, or a real question (a tag such as "okay?" after an order is none). */
const TAGLESS_QUESTION_OR_CONDITION = /\b(?:if|whether|unless|not everyone|not everybody|nobody|no one|none of)\b|(?<!\b(?:ok|okay|alright|right|yeah|yes|k|yea|ya|eh|hey|innit|yh)) \?/;

const PATTERNS: readonly NormPattern[] = [
  // Telling the customer to calm down.
  { re: new RegExp(String.raw`${HEAD}${PLEASE}(?:do not|never) (?:panic|freak out|get (?:so )?(?:worked up|wound up|het up|stressed out))\b`), construction: 'minimising', category: 'dismissive', not: /\b(?:if|when|whenever|should you|in case)\b/ },
  { re: new RegExp(String.raw`${HEAD}${PLEASE}(?:settle down|simmer down|calm yourself(?: down)?|keep your hair on|chill out|cool it|tek it easy|take it easy)\b(?! (?:on|for|with|after|today|tonight|this|over|while|when|until|till|and rest|the next))`), construction: 'minimising', category: 'dismissive', not: /\b(?:take it easy on|recover|recovery|rest|surgery|injury|stitches|knee|back|leg|ankle|wound)\b|\b(?:i|we) (?:will|would|am going to|are going to|need to|want to|should|must|can|could|might|just)\b/ },
  { re: new RegExp(String.raw`\b(?:there is |there's )?no need (?:to|for you to) (?:get (?:all |so |that )?(?:worked up|wound up|het up|upset|angry|cross|shirty|stroppy)|panic|freak out|shout|be (?:so |that )?(?:upset|rude|angry|dramatic|worked up))\b`), construction: 'minimising', category: 'dismissive' },
  // The customer's trouble called no big deal.
  { re: new RegExp(String.raw`\b${TROUBLE_NOT_BIG}\b(?! (?:for (?:us|me|the|our|them|him|her)|to (?:us|me|swap|change|fix|sort|do|redo|send)))|(?<=^|[,;] |and |is |it is |that is )(?:not|no) (?:a )?big deal\b(?! (?:for (?:us|me)|to (?:us|me|swap|change|fix|sort|do|redo|send)))`), construction: 'minimising', category: 'dismissive', not: /\b(?:(?:if|unless|whether) (?:[a-z']+ ){0,4}(?:is|are|'s|was|were) (?:not|n't)|happy to help|glad to help|my pleasure|you are welcome|thank you|thanks)\b/ },
  // A rule of the house as the answer.
  { re: /\b(?:store|shop|company|club|house|hotel|salon|gallery|venue|our|the|studio|school|library|park) (?:policy|rules?|regulations?) (?:is|are|says?|states?) (?:no|not|that|only|strictly)\b|\b(?:company|the) regulations? (?:is|are) not allow\b/, construction: 'policy-shield', category: 'policy', not: GRANTS },
  { re: /\b(?:our|the|store|shop|company|club) (?:terms|rules|policy|regulations|terms and conditions|t&cs|t & cs|conditions) (?:say|says|state|states|stipulate|stipulates|require|requires)\b/, construction: 'policy-shield', category: 'policy', need: LIMIT, not: GRANTS },
  { re: /^(?:[a-z]+ ,? )?(?:per|according to|in line with) (?:our|the|company|store) (?:[a-z-]+ ){0,2}(?:policy|policies|rules|terms|guidelines|procedure|procedures) ,/, construction: 'policy-shield', category: 'policy', not: GRANTS },
  // An order to a group, or in a spelling the packs do not list.
  { re: /(?<=^|[,!.;] |^(?:[a-z]+ ,? )?(?:ok |okay |so |and |but |right |now |hi |hey )*)(?:y'all|yall|you all|you guys|everyone|everybody|all guests|all students|all members|each (?:guest|student|member|person|player|rider|parent)) (?:got to|has to|have to|hafta|haffi|must|need to|needs to)\b/, construction: 'customer-obligation', category: 'commands', not: TAGLESS_QUESTION_OR_CONDITION },
  { re: /\b(?:yu|ya|you|u) (?:haffi|hafi|affi|hafta|haveta)\b/, construction: 'customer-obligation', category: 'commands', not: TAGLESS_QUESTION_OR_CONDITION },
  // Talking down.
  { re: /\bas (?:i )?(?:have )?(?:mentioned|said|stated|explained|told you|noted|advised)(?: (?:like|about|at least|literally|already|now|before|previously|earlier))* (?:\d+|two|three|four|five|several|many|multiple|a few|a couple of|a couple|a bunch of|a million|100) times\b/, construction: 'talking-down', category: 'passive-aggressive' },
  { re: /^(?:please )?(?:see|refer to|check|read|reread|re-read) (?:my |our |the )?(?:previous|last|earlier|prior|above) (?:reply|email|e-mail|message|response|answer|mail|post)(?: above)? [.!]*$/, construction: 'talking-down', category: 'passive-aggressive' },
  { re: /\bi trust (?:that|this|it|the above|everything) (?:is|makes|has made|now makes|clarifies) (?:now |all |things |everything )*(?:clear|sense|things clear|matters|the matter|the situation|the position)\b/, construction: 'talking-down', category: 'passive-aggressive' },
  { re: /(?<=^|[,!.;] |^(?:[a-z]+ ,? )?(?:well |oh |aw |ah )*)bless (?:your|ur|yer) (?:heart|little heart|soul)\b/, construction: 'talking-down', category: 'passive-aggressive', not: /\b(?:thank you|thanks|so kind|lovely)\b/ },
  // "We are not responsible" sending the customer elsewhere.
  { re: /\b(?:we|i|our (?:team|company|store|shop|office|branch)|this (?:office|branch|team|department)) (?:are|am|is) not (?:responsible|liable|accountable)\b/, construction: 'handled-elsewhere', category: 'dismissive', need: /\b(?:please (?:ask|contact|call|speak|get in touch|reach out|talk|check with|email|write to)|you (?:will |would )?(?:need|have|must) to (?:ask|contact|call|speak|get in touch|reach out|talk|email)|you should (?:ask|contact|call|speak|talk))\b/ },
  // The till or the system saying no.
  { re: /\b(?:the |our |my |di |da )?(?:till|system|computer|terminal|card machine|machine|booking system|software|portal) (?:is |'s )?(?:saying|says|said|keeps saying) no\b|\b(?:the |our |di )?(?:system|computer|till|terminal) (?:cannot|can not|nah mek|no let|won't let|will not let)(?= (?:[,.;!]|lah|la|leh|one|mi|me)|$)/, construction: 'system-blocks', category: 'cant-wont' },
  // Candour in "transparent / upfront" words.
  { re: /^(?:[a-z]+ ,? )?(?:just |and |but |ok |okay |so )*(?:to be|in the interests? of being|i want to be|i will be|i'll be|i am going to be|let me be) (?:completely |totally |fully |100 % |100% |perfectly |entirely |brutally |quite |very |really )?(?:transparent|upfront|up front|up-front|candid|straight) (?:with you )?,/, construction: 'candour-opener', category: 'negative-words' },
  // Not knowing, with an adverb or "not clear".
  { re: /\bi (?:do not|did not|really do not|honestly do not) (?:rightly|really|honestly|exactly|quite|truly|actually) know (?:if|whether|when|how|what|why|where|who|which)\b/, construction: 'not-knowing', category: 'uncertainty', not: /\b(?:thank|thanks|grateful|what i would do without)\b/ },
  { re: /\bi (?:am|'m) (?:not|still not|really not) (?:clear|sure clear|too clear|very clear) (?:on |about )?(?:if|whether|when|how|what|why|where|who|which)\b/, construction: 'not-knowing', category: 'uncertainty', not: /\b(?:you mean|you are asking|you're asking|you meant|your (?:question|message|email|order number|reference))\b/ },
  // The customer's repeated contact told off ("there is no need to keep calling"): never a cost that stops ("no need to keep
  // paying once you cancel") nor a thing kept ("no need to keep the box").
  { re: /\b(?:there is |there's )?no need (?:to|for you to) keep (?:on )?(?:calling|ringing|phoning|emailing|e-mailing|messaging|texting|chasing|asking|writing|contacting us|following up|sending (?:emails|messages)|coming in|popping in)\b/, construction: 'talking-down', category: 'passive-aggressive' },
  // Blame in "shoulda / coulda / oughta": what the customer should have done, in a chat spelling the packs do not list. Never
  // the expectation "you shoulda got / received it by now" (only verbs of an act the customer left undone).
  { re: /\b(?:you|u|ya|y'all|yall|you guys|you all) (?:really |just )?(?:shoulda|coulda|oughta|shudda|shoulda just|coulda just) (?:just )?(?:told|called|rang|rung|phoned|asked|checked|read|sent|booked|said|let|messaged|emailed|texted|brought|mentioned|updated|given|contacted|looked|measured|ordered|cancelled|canceled|paid|signed|kept|come|came|waited)\b/, construction: 'second-person-blame', category: 'blame' },
  // None of a thing before a time.
  { re: /\bthere (?:is|are|'s|will be|won't be any) no (?:[a-z-]+ ){1,3}(?:before|until|till|til|prior to)\b/, construction: 'time-refusal', category: 'until', not: /\b(?:charge|charges|fee|fees|cost|costs|penalty|interest|payment|payments|bill|rush|hurry|need|pressure|deadline|obligation|commitment|risk)\b/ },
];

/** Norms any of the patterns needs (the gate: most sentences hold none). */
const GATE = new Set(
  `panic freak settle simmer calm keep chill cool tek take need big major huge massive deal policy rules rule regulation regulations terms conditions per according line
  y'all yall everyone everybody all each guys haffi hafi affi hafta haveta mentioned said stated explained told noted advised see refer check read reread
  re-read trust bless responsible liable accountable till system computer terminal machine software portal transparent upfront up-front candid straight
  rightly really honestly exactly quite truly actually clear there shoulda coulda oughta shudda`.split(/\s+/),
);

/** (perfen31) kinds29MayStart's word (./dispatch.en.ts). */
export const kinds29Word = (w: string): boolean => GATE.has(w);

export function kinds29MayStart(tokens: readonly Token[]): boolean {
  return someNormIn(GATE, tokens);
}

/** The twenty-ninth session's English kinds in one sentence. */
export function readKinds29(tokens: Token[]): GenericHit[] {
  return readNormPatterns(PATTERNS, tokens);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(PATTERNS);
