/**
 * The thirty-third session's English kinds (rwen33: late32's misses, two writers who read no rule). Each is a form the
 * readers did not know of a kind the older development splits hold in other forms (caught there), stated by what the
 * language layer sees (the token norms: contractions opened, lower case): read in the tenth pass (./kinds22.en.ts) beside
 * kinds32 behind one word bit (21). Look-alikes in other trades, spellings and registers, with contrasts that must stay
 * silent: tests/unit/rewrite/en-recall33.test.ts. Every hit is advice (no text change); the policy wall takes template16's
 * blank as kinds28's and kinds32's policy-shield do.
 *
 * - **not knowing with an adverb before the modal** (`not-knowing`): "I really couldn't say how long …", "we honestly can't
 *   tell you when …" (the packs read "I couldn't say how", "I honestly couldn't tell you" in fresh2 and late10; kinds29 "I
 *   don't really know if"). Never praise or thanks ("I honestly can't tell you how grateful we are"), a question.
 * - **not knowing in the passive** (`not-knowing`): "The reason for the delay is not known to me", "is still unknown to us",
 *   "is not known at this time" (late27's "It is unclear at this time whether …" is the impersonal kind). Never "at the
 *   time" (a story of what was known then), a question.
 * - **the promise disclaimed as "I promise nothing"** (`hedged-effort`): "…, but I promise nothing", "guarantee nothing
 *   though" closing its clause (the disclaimer "no promises / can't promise anything" is in nearly every split), and the
 *   learner's present "I try to …" before it (kinds31 reads it before "cannot promise"). Never "I promise nothing will go
 *   wrong" (a reassurance: the clause goes on).
 * - **the customer's slip in the learner's present** (`second-person-blame`): "You forget to tick the MOT box when booking,
 *   so only the service was done" ("you forgot to …" is caught in some thirty splits). Only with its result after "so /
 *   that's why" told in the past or as a not; never a condition ("if / when / in case you forget"), a habit ("sometimes",
 *   "always", "people"), a reassurance ("don't worry", "easy to"), a question.
 * - **"this time" hung on the customer's duty** (`talking-down`): "I trust you will read the terms this time", "we hope
 *   you'll follow the care sheet next time" (late4's and mix3's "Please read … carefully this time", late30's "I hope this
 *   time it is clear"). Only a duty of attention (read, check the …, follow the …, note, fill in the …, remember to); never
 *   "I hope you'll enjoy it this time", "check out our menu next time", a welcome.
 * - **the customer's choice named as the cause** (`second-person-blame`): "you picked the fat quarter option instead of the
 *   full metre, so that's why the piece is smaller" (late22's and late23's "you selected / picked the wrong …, which is
 *   why …" are caught by "wrong"). Only with "instead of / rather than" and "that's / which is why" after it; never a good
 *   outcome (cheaper, faster, saved, free, no charge, great), a condition, a question.
 * - **the customer's worry waved off beside "it's normal"** (`minimising`): "peeling on day 4 is normal. dont stress about
 *   it", "Don't worry about it!! A bit of rattling is totally normal" (late27, late32; late28's "Please do not worry too
 *   much, … is normal" is caught). The sentence reader reads "don't stress / worry / fret about it"; neutral33.en.ts drops it
 *   unless the draft calls the matter normal, common or expected within a sentence either side, and never where "normal"
 *   is a result the customer waited for ("the bloods came back normal").
 * - **"no X, no Y": an ultimatum withholding a service** (`customer-obligation`): "no receipt no return", "No receipt, no
 *   exchange.", "No helmet no lesson." (late23, late29, late32: three writers, the multi-span items' second span). Only a
 *   service withheld closes it, as a clause of its own; never "no worries, no rush", "no fees, no booking needed", "no
 *   queues, no waiting", a question.
 * - **the rule cited for an expiry** (`policy-shield`): "in accordance with our Terms of Service, lesson credits expire
 *   twelve months from …" after an opener ("Please be advised that, …"): kinds32's citation with an expiry or a validity
 *   where kinds32 reads a limit word. Never a grant ("you are entitled", "free").
 */
import type { Token } from '../../nlp/index.ts';
import { CLAUSE_NO32, DOC32 } from './kinds32.en.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns, someNormIn } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

/** Feelings after "can't tell you how": praise, thanks, regret said fully, not a fact unknown. */
const HOW_FEELING = /\bhow (?:much|many|grateful|happy|pleased|glad|sorry|thankful|excited|lovely|great|good|proud|delighted|nice|kind|wonderful|amazing|relieved|thrilled|important|helpful|brilliant|beautiful|gorgeous|stunning|fantastic|awesome|chuffed|touched|moved|appreciated|appreciative)\b/;
const GRANTS = /\b(?:entitled|eligible|welcome to|you (?:can|may|will get|get) (?!not\b)|free of charge|at no (?:extra )?cost|refunded in full|full refund|complimentary|guaranteed|extended|extend)\b|\?/;

const FORMS33: readonly NormPattern[] = [
  {
    // "I really couldn't say how long the lock change will take", "we honestly can't tell you when the part lands".
    re: /\b(?:i|we) (?:really|honestly|genuinely|truly|just|actually|simply|rly|frankly|literally) (?:could not|can not|cannot|would not) (?:say|tell you|tell|confirm) (?:for sure |for certain |exactly |yet )?(?:how|when|whether|if|what|where|which|who|why)\b/,
    construction: 'not-knowing',
    category: 'uncertainty',
    not: new RegExp(`${HOW_FEELING.source}|\\?`),
  },
  {
    // "The reason for the delay is not known to me", "the cause is still unknown to us", "is not known at this time".
    re: /\b(?:is|are|was|were) (?:still |currently |as yet |yet )?(?:not (?:yet |currently )?known|unknown) (?:to (?:me|us|myself|our team)\b|(?:at|as of) (?:this time|the moment|present|this stage|this point)\b)/,
    construction: 'not-knowing',
    category: 'uncertainty',
    not: /\bat the time\b|\?/,
  },
  {
    // "…, but I promise nothing.", "guarantee nothing though": the disclaimer closing its clause.
    re: /(?<=^|[,;] |\b(?:but|and|though|although|so|yet) )(?:(?:i|we) (?:can |will )?)?(?:promise|guarantee) (?:you )?nothing(?= (?:though |tho |sorry |mate |love )?(?:[.!,;]|$)|$)/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    not: /\?/,
  },
  {
    // "I try to find one more man for the team on Friday, but I promise nothing": the learner's present "try" before it.
    re: /^(?:[a-z]+ (?:, )?)?(?:i|we) (?:will )?try (?:to|and) [a-z]+/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    need: /\b(?:promise|guarantee) (?:you )?nothing(?= (?:though |tho )?(?:[.!,;]|$)|$)/,
    not: /\?/,
  },
  {
    // "You forget to tick the MOT box when booking, so only the service was done."
    re: /(?<=^|[,;] |\b(?:and|but|ok|okay|hi|hey|oh|well|look|sadly|unfortunately|sir|madam) )(?:you|u|ya|yu) (?:just |probably |maybe |also )?forget (?:to [a-z]+|the|your|about)\b/,
    construction: 'second-person-blame',
    category: 'blame',
    need: /\b(?:so|that is why|which is why|thats why|this is why)\b.{0,160}?\b(?:was|were|did not|could not|would not|got|went|came|has been|have been|ended up|bounced|failed|missed|only|not|no)\b/,
    not: /\b(?:if|when (?:you|u|ya|people|customers|someone)|whenever|in case|unless|worry|worries|easy to|sometimes|always|often|usually|every time|everyone|people|most|many|lots of|might|may|happens)\b|\?/,
  },
  {
    // "I trust you will read the terms this time before making the booking", "we hope you'll follow the care sheet next time".
    re: /\b(?:i|we) (?:trust|hope|assume|expect|presume) (?:that )?(?:you|u) (?:will|would|can|are going to) (?:now |finally |actually |properly |carefully |all )?(?:read|re-read|reread|double-check|double check|note|remember to|pay (?:more |proper |closer )?attention|take note|follow (?:the|our|all|these|those)|fill (?:in|out) (?:the|all|every)|check (?:the|your|all|that|it|before|carefully|properly))\b/,
    construction: 'talking-down',
    category: 'passive-aggressive',
    need: /\b(?:this time|next time|in future|in the future|going forward|from now on|in the meantime)\b/,
    not: /\b(?:enjoy|love|welcome|glad|pleasure|come back|visit|see you|again soon|treat)\b|\?/,
  },
  {
    // "Looks like you picked the fat quarter option instead of the full metre, so that's why the piece is smaller": the
    // customer's choice named as the cause by "instead of" and "that's why" (late22's and late23's "you selected / picked the
    // wrong …, which is why" are caught by "wrong").
    re: /(?<=^|[,;] |\b(?:and|but|so|ok|okay|hi|hey|oh|well|like|seems|sadly|unfortunately) )(?:you|u|ya) (?:have |had )?(?:just |probably |accidentally |actually )?(?:picked|chose|chosen|selected|ordered|booked|bought|went for|gone for|opted for|clicked|ticked|pressed|tapped) (?:[a-z0-9&'-]+ ){1,8}?(?:instead of|rather than)\b/,
    construction: 'second-person-blame',
    category: 'blame',
    need: /\b(?:instead of|rather than)\b.{0,200}?\b(?:that is|thats|which is|this is) why\b/,
    not: /\b(?:if|great|perfect|cheaper|faster|quicker|early|earlier|saved|save|thanks|thank|glad|lucky|luckily|good|free|no (?:extra |delivery )?(?:charge|fee|cost))\b|\?/,
  },
  {
    // "peeling on day 4 is normal. dont stress about it", "Don't worry about it!! A bit of rattling is totally normal": the
    // customer's worry waved off (late27, late32). Read here in any sentence; neutral33.en.ts keeps it only where the draft
    // calls the matter normal beside it.
    re: /(?<=^|[,;.!] |\b(?:oh|ah|so|but|and|please|honestly|seriously|really|just|mate|love|hun) )(?:do not|dont) (?:stress|worry|fret)(?: (?:too much|yourself|yaself|ya self))? about (?:it|that|this)\b/,
    construction: 'minimising',
    category: 'dismissive',
    not: /\?/,
  },
  {
    // "no receipt no return", "No receipt, no exchange.", "No helmet no lesson." (late23, late29, late32: three writers): the
    // ultimatum withholding a service, a clause of its own. Never a reassurance or an offer ("no worries, no rush", "no
    // fees, no booking needed", "no queues, no waiting"): only a service withheld closes it.
    re: /(?<=^|[,;:.!] |\b(?:so|and|but|sorry|remember|rule is|rules are) (?:, )?)no (?:[a-z'-]+ )?(?!(?:worries|worry|problem|problems|fuss|stress|drama|dramas|catch|strings|hassle|pressure|obligation|charge|charges|fee|fees|cost|costs|risk|risks|waiting|wait|queue|queues|questions|paperwork|hidden)\b)[a-z'-]+ (?:[,–-] )?no (?:return|returns|refund|refunds|exchange|exchanges|entry|admission|lesson|lessons|class|ride|boarding|service|repair|repairs|collection|delivery|treatment|appointment|booking|access|swap|sale|release|pickup|pick-up|ticket|session|entrance|table|seat|game|job|tattoo|cut|fitting|installation|visit|play|dive|jump|flight|hire|rental|loan|parcel)(?= [.!,;]| (?:sorry|mate|love|pet|hun|folks|guys|ok|okay|i am afraid)\b|$)/,
    construction: 'customer-obligation',
    category: 'commands',
    not: /\?/,
  },
  {
    // "Please be advised that, in accordance with our Terms of Service, lesson credits expire twelve months from …".
    re: new RegExp(String.raw`(?<=^|\b(?:however|but|and|also|so|unfortunately|sadly|sorry|that) |[,;] )(?:as per|per|in accordance with|in line with|pursuant to) (?:${CLAUSE_NO32} of )?(?:the|our) (?:[a-z&'-]+ ){0,4}?${DOC32}\b`),
    construction: 'policy-shield',
    category: 'policy',
    need: /\b(?:expire|expires|expired|expiry|lapse|lapses|lapsed|valid only|only valid|cease|ceases)\b/,
    not: GRANTS,
  },
];

/** Norms one of which every reading needs. */
const GATE = new Set(['no', 'instead', 'rather', 'stress', 'worry', 'fret', 'say', 'tell', 'confirm', 'known', 'unknown', 'promise', 'guarantee', 'forget', 'trust', 'hope', 'assume', 'expect', 'presume', 'per', 'accordance', 'line', 'pursuant']);

/** The gate's word test (./kinds22.en.ts's word bit 21, audited by tests/unit/rewrite/en-gates.test.ts). */
export const kinds33Word = (w: string): boolean => GATE.has(w);

export function kinds33MayStart(tokens: readonly Token[]): boolean {
  return someNormIn(GATE, tokens);
}

/** The thirty-third session's English kinds in one sentence. */
export function readKinds33(tokens: Token[]): GenericHit[] {
  // readNormPatterns already keeps its hits apart.
  return readNormPatterns(FORMS33, tokens);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(FORMS33);
