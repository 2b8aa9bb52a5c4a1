/**
 * The English generic reader's eighth pass (twentieth session, rwen20): kinds fresh writers use that the other passes
 * leave, each written as a construction over the language layer's norms (lib/nlp: contractions spelt out, "isnt",
 * "werent", "u", "pls" folded) and tried on scripts/en-kinds20-matrix.ts (many trades, positives and close contrasts),
 * never from a split's wording:
 *
 * - **a duty put on the customer named by role** ("Owners must bring …", "Members have to book …", "The recipient must be
 *   in to sign", "Tenant has to be present"): a person the business serves, at the head of its clause, then must / has to
 *   / needs to / is required to, then an action or being present. An eligibility said as a state ("Guests must be 18 or
 *   over", "Drivers must be over 25") is a fact of the booking, not a task, and stays quiet, as do a conclusion ("must
 *   have arrived", "must be so relieved"), a feeling or knowledge ("have to love", "need to know"), a relative clause,
 *   a condition or a question, and a duty that is no longer or not there ("no longer need to", "do not have to");
 * - **a scope denial** ("This isn't a payroll question, so please ask …", "Our clinic does not deal with insurance
 *   claims", "that's up to the landlord", "Lost keys are the responsibility of the tenant", "isn't the responsibility
 *   of this office"): never the customer's choice ("up to you"), our own duty ("our responsibility to keep your data
 *   safe"), a measure ("up to the standard", "up to 5 days"), nor a hand-over the agent made ("… so I've passed it to …");
 * - **the system as the reason, said without "won't let me"** ("Refunds over £200 are blocked in my system", "System
 *   not allowing me to …", "locked on my end", "disabled on my side"): a block word on the agent's own tool or side;
 *   never a block that protects the customer ("Your card is blocked for your safety", "blocked on your line");
 * - **told already / nothing more to say / no exceptions** ("as we already told you", "Like we told you yesterday",
 *   "There is nothing more I can add", "…, no exceptions.", "We make no exceptions"): never "as you asked", "anything more
 *   I can add?", "No exceptions were raised", "No exceptions needed", nor an inclusion ("Everyone is welcome, no
 *   exceptions!");
 * - **blame by the customer's absence** ("The visit was cancelled because you weren't home", "as you were not in",
 *   "because nobody was home", "because you did not turn up"): a reason clause of absence after a loss (cancelled,
 *   missed, returned, lost, charged, failed); never a reassurance ("went to your neighbour because you weren't home, and
 *   it's safe there" names no loss), a condition ("If you weren't home, …") or being unwell;
 * - **a wait for what the customer wants** ("your refill isn't due until next Tuesday", "the upgrade isn't due until
 *   May"): a benefit the customer waits for; a payment the customer owes ("Your bill isn't due until the 28th") gives
 *   time and stays quiet.
 *
 * - **an effort hedged where the packs need a subject** ("Can't promise anything but …", "Will try to get it back to you")
 *   and an outcome hoped for in place of a date ("Hopefully it'll be there by Friday"; never "Hopefully this helps").
 *
 * Every hit is advice (no text change): only the agent knows what to offer, who handles it, or what to ask instead.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import type { GenericExplain, GenericHit } from './types.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns } from './norm-patterns.en.ts';

export const EXPLAIN_KINDS20_EN: GenericExplain = {
  'duty-by-role': {
    en: 'This states a duty of the customer as a rule about people like them ({words}): ask for it directly and say how it helps ("Please bring …, so that …").',
    fa: 'این جمله تکلیف مشتری را مثل قانونی کلی درباره‌ی «مشتریان» می‌گوید ({words}): مستقیم درخواست کنید و بگویید چه کمکی به او می‌کند («لطفاً … بیاورید تا …»).',
  },
  'scope-denial': {
    en: 'This says the matter is not yours to deal with ({words}): say who handles it and how to reach them, or pass it on yourself.',
    fa: 'این جمله می‌گوید رسیدگی به این موضوع با شما نیست ({words}): بگویید چه کسی رسیدگی می‌کند و چطور به او برسد، یا خودتان ارجاع دهید.',
  },
  'told-already': {
    en: 'This reminds the customer they were already told ({words}): give the information again plainly, without the reproach.',
    fa: 'این جمله به مشتری یادآوری می‌کند که قبلاً به او گفته شده ({words}): اطلاعات را دوباره و ساده بدهید، بدون سرزنش.',
  },
  'no-exceptions': {
    en: 'This shuts the door on the customer ({words}): give the reason for the rule and what is still possible.',
    fa: 'این عبارت راه را بر مشتری می‌بندد ({words}): دلیل قانون را بگویید و آنچه هنوز ممکن است.',
  },
  'absence-blame': {
    en: 'This puts the failed visit or delivery on the customer\'s absence ({words}): say what happened and how to rebook, without pointing at "you".',
    fa: 'این جمله شکست مراجعه یا تحویل را به نبودن مشتری نسبت می‌دهد ({words}): بگویید چه شد و چطور دوباره وقت بگیرد، بدون انگشت گرفتن به سمت «شما».',
  },
};

/** People a business serves, named by their role (singular and plural, with an optional modifier word before). */
const ROLE = String.raw`(?:customer|customers|client|clients|guest|guests|member|members|passenger|passengers|patient|patients|resident|residents|tenant|tenants|recipient|recipients|buyer|buyers|owners|pet owners|dog owners|cat owners|home owners|cardholder|cardholders|account holder|account holders|policyholder|policyholders|policy holder|policy holders|applicant|applicants|holders|student|students|subscriber|subscribers|parent|parents|caller|callers|homeowner|homeowners|visitor|visitors|learner|learners|attendee|attendees|participant|participants|traveller|travellers|traveler|travelers|diner|diners|borrower|borrowers|claimant|claimants|shopper|shoppers|renter|renters|occupant|occupants|hirer|hirers|bidder|bidders|user|users|someone|somebody|an adult|a responsible adult|an adult over 18|someone over 18|somebody over 18)(?! of\b)`;
/** What may open the clause before the role: nothing, an opener, or a fronted "please note (that)". */
const ROLE_HEAD = String.raw`(?:^|[,;:] |\b(?:so|and|but|also|then) )(?:(?:please note|note|just so you know|as a reminder|fyi|remember)(?: that)? ,? ?)?(?:(?:the|all|every|each|any) )?(?:(?!our\b|your\b|their\b|my\b)[a-z-]+ )?`;
const DUTY = String.raw`(?:(?:also|always|still|first|then|now|definitely) )?(?:must|has to|have to|need to|needs to|will need to|will have to|is required to|are required to|is expected to|are expected to|is obliged to|are obliged to)`;
/** Being somewhere or present is a task ("must be in to sign", "has to be at home"); any other "be" is a state. */
const PRESENT = String.raw`be (?:at home|home|in|there|present|available|on site|onsite|in person|in attendance|on time|at the (?:[a-z-]+ ){0,2}(?:door|property|address|house|flat|clinic|surgery|branch|desk|gate|port|terminal|venue|reception)|ready at|ready for|the (?:named |main )?(?:account holder|cardholder|policyholder|person named))\b`;
/** Verbs of feeling, knowing or liking: "Customers have to love this", "Patients need to know their rights". */
const NOT_TASK = String.raw`(?:love|like|know|enjoy|feel|see|hear|agree|appreciate|understand|wonder|think|try|receive|get a kick|be|have (?:been|had|gone|left|come|arrived|received|seen|missed|forgotten|[a-z]+ed)|have [a-z]+en)\b`;

const TEAM_HEAD = String.raw`(?:team|teams|department|dept|desk|office|service|services|support|clinic|branch|store|shop|surgery|reception|centre|center|unit|line|chat|admissions|accounts|billing|sales|finance|pharmacy|helpdesk|help desk|warehouse|practice|lettings|payroll|hr|it|front desk|front of house|box office|customer care|customer service|customer services|our side|this side)`;
const MATTER = String.raw`(?:issue|problem|matter|question|query|thing|request|concern|topic|case)`;
/** A hand-over the agent made or help given: the scope is said, but the customer is not left alone. */
const ACTS_FOR_YOU = /\b(?:(?:she|he|they|it|the [a-z]+) (?:has|have) (?:approved|agreed|accepted|confirmed|refunded|sent|waived|signed)|for you|on your behalf|i have|i will|we will|they will|who will|i am passing|i have passed|i passed|i have sent|i sent|i have forwarded|i forwarded|i have asked|so you do not|no need|i have refunded|we have refunded|i have fixed|i have added)\b/;
/** A cost said to be the customer's under the terms ("Customs charges are the responsibility of the recipient"): terms, not a deflection. */
const COST_OWED = /\b(?:charges?|fees?|costs?|duties|duty|tax|taxes|postage|shipping|customs|vat|import)\b[a-z ,]* (?:is|are) (?:the|solely the|entirely the) (?:sole )?responsibility of\b/;
const REDIRECT = /\b(?:please|pls|plz|kindly|you will need to|you would need to|you need to|you have to|you will have to|you should|best to|try) (?:(?:get in touch with|reach out to|contact|email|call|ring|raise|ask|speak to|speak with|talk to|write to|send|go to|direct|forward|take (?:it|this|that) (?:up )?(?:with|to)|check with|message|phone|visit)\b)|\b(?:that|this|it) is (?:the|your|a) [a-z-]+(?: [a-z-]+)? (?:team|department|office|desk|job|one)\b|, (?:that|this|it) is (?:the|your) [a-z-]+\b|\bnot us\b|\binstead\b/;

const SYSTEM = String.raw`(?:system|systems|tool|screen|portal|platform|software|app|application|crm|till|terminal|dashboard|back office|back end|backend|booking tool|booking system|admin panel|console|end|side)`;
const BLOCKED = String.raw`(?:blocked|locked|restricted|disabled|barred|greyed out|grayed out|frozen|capped|not available|unavailable)`;

/** Losses a reason clause of absence follows. */
const LOSS = /\b(?:cancel(?:l)?ed|cancel(?:l)?ation|failed|missed|lost|forfeit(?:ed)?|returned|went back|sent back|taken back|charged|fee|lapsed|left|moved on|no-access|no access|marked as|expired|closed|released|given away|could not|was not|were not|unable|had to leave|rescheduled|re-?booked for a fee|refused|not completed)\b/;
const ABSENT = String.raw`(?:(?:you|u) (?:were|was) not (?:home|at home|in|there|around|available|present|reachable|contactable|answering|at (?:the|your) [a-z-]+|on time|ready)|(?:you|u) (?:did not|never) (?:turn up|show up|show|attend|answer|arrive|come|pick up|collect|open the door|respond)|(?:nobody|no one|noone|no-one) (?:was|were) (?:home|at home|in|there|around|available|present))`;

/** Benefits the customer waits for. */
const WANTED = String.raw`(?:fix|fixes|patch|firmware update|software update|update|part|parts|spare part|replacement part|stock|new stock|visit|engineer visit|refill|refills|prescription|repeat prescription|upgrade|refund|replacement|repair|delivery|order|shipment|restock|payout|reward|rewards|bonus|cashback|voucher|allowance|top-up|topup|new card|new phone|handset|dividend|rebate|grant|loan payout|pension|credit|points|entitlement)`;

const PATTERNS: readonly NormPattern[] = [
  // ---- duty by role ----
  {
    re: new RegExp(String.raw`${ROLE_HEAD}${ROLE} ((?:over|under|aged) [0-9]+ )?${DUTY} (?:${PRESENT}|(?!${NOT_TASK})[a-z-]+\b)`),
    construction: 'duty-by-role',
    category: 'commands',
    // A condition, a question, or a relative clause owns the duty; a shared rule of the company's own staff is not the customer's.
    // The rule said, then eased by the agent ("…, but I've extended yours to 1pm"): the offer is the answer.
    not: /\bbut (?:i|we) (?:have|can|will|am|are)\b|\b(?:if|unless|whether|when|once|who|which|that must|in case)\b [a-z ]*\b(?:must|has to|have to|need to|needs to|required to)\b|\?\s*$|\b(?:do|does|did) (?:the|our|all|any)? ?[a-z-]* ?(?:have to|need to)\b/,
  },
  // ---- scope denial ----
  // "This isn't a payroll question, so please ask your HR team": a diagnosis that sends the customer on.
  { re: new RegExp(String.raw`\b(?:this|that|it) (?:is|was) not (?:a|an|really a|really an) (?!(?:big|huge|major|serious|real|small|minor|little|new|common|problem|issue|stupid|silly|dumb|daft|bad|wrong|strange|weird|odd|rare|unusual|easy|simple|difficult|hard|tricky|one-off|unreasonable|good|great|fair|valid|quick|short|long)\b)(?:[a-z'-]+ ){1,2}${MATTER}\b`), construction: 'scope-denial', category: 'dismissive', need: REDIRECT, not: ACTS_FOR_YOU },
  // "Our clinic does not deal with insurance claims", "Customer service does not handle refunds for …".
  { re: new RegExp(String.raw`(?:^|[,;:] |\b(?:so|but|and) )(?:(?:the|our|this|your) )?(?:[a-z-]+ ){0,2}${TEAM_HEAD} (?:does not|do not|will not|cannot|can not) (?:deal with|handle|cover|look after|process|manage|take care of|sort out|work on|deal in)\b(?! (?:your|any of your) (?:card|password|pin|data|details|payment|personal|bank))`), construction: 'scope-denial', category: 'dismissive', not: ACTS_FOR_YOU },
  // "that's up to the landlord", "Whether you get a credit is up to the network": the decision handed to another party.
  { re: /\b(?:(?:is|are|was|will be|would be) (?:(?:entirely|completely|really|totally|solely|ultimately|very much|all) )?(?:up to|down to)|(?:lies|rests) (?:(?:entirely|solely|ultimately) )?with) (?:the|your|each|their) (?!(?:minute|hour|day|end|top|limit|maximum|max|date|point|standard|mark|level|same|job|task|challenge|required|highest|usual|last|brim|usual)\b)(?:[a-z'-]+ ){0,2}(?:owner|owners|landlord|landlords|manager|managers|franchise|franchisee|franchisees|council|airline|network|bank|courier|carrier|manufacturer|insurer|seller|sellers|merchant|vendor|supplier|provider|operator|host|hosts|venue|organiser|organizer|school|university|employer|agent|agency|hotel|property|lender|issuer|retailer|store|shop|brand|developer|publisher|partner|club|board|committee|authority|authorities|government|regulator|practice|surgery|doctor|gp|vet|dentist|pharmacy|office|team|department|company)\b/, construction: 'scope-denial', category: 'dismissive', not: ACTS_FOR_YOU },
  // "Lost keys are the responsibility of the tenant", "isn't the responsibility of this office".
  { re: /\b(?:is|are|was|were) (?:the|solely the|entirely the) (?:sole )?responsibility of (?:the|your|each) (?!(?:company|store|shop|hotel|business)\b)[a-z-]+/, construction: 'scope-denial', category: 'dismissive', not: new RegExp(`${ACTS_FOR_YOU.source}|${COST_OWED.source}`) },
  { re: /\b(?:is|are|was|were) not (?:the )?responsibility of (?:this|our|the) (?:[a-z-]+ ){0,2}(?:office|team|department|desk|branch|store|shop|company|clinic|surgery|practice|unit|service)\b/, construction: 'scope-denial', category: 'dismissive', not: ACTS_FOR_YOU },
  // ---- the system as the reason ----
  { re: new RegExp(String.raw`\b(?:is|are|get|gets|have been|has been) (?:(?:just|currently|still|all|automatically) )?${BLOCKED} (?:in|on|by|from) (?:my|our|the) (?:[a-z-]+ ){0,2}${SYSTEM}\b`), construction: 'system-blocks', category: 'cant-wont', not: /\b(?:for your (?:safety|security|protection)|to protect you|your (?:safety|security))\b|^(?:your|the) (?:[a-z-]+ )?(?:card|account|login|profile|number|line|sim)\b|\b(?:unlocked|unblocked|lifted|removed the block)\b/ },
  { re: new RegExp(String.raw`(?:^|\b(?:the|my|our) (?:[a-z-]+ )?)${SYSTEM} (?:is |are |keeps )?(?:not|still not|just not) (?:allowing|letting|permitting|accepting|taking) (?:me|us|it|this|that|the|any|my)\b`), construction: 'system-blocks', category: 'cant-wont' },
  // ---- told already, nothing more, no exceptions ----
  { re: /\b(?:as|like) (?:we|i) (?:have |had |'ve )?(?:already |previously |clearly )?(?:told|informed|advised|warned|notified) (?:you|u)\b(?! (?:we|i) would\b)|\b(?:as|like) (?:you|u) (?:were|have been|had been) (?:already |previously )?(?:told|informed|advised|warned|notified)\b/, construction: 'told-already', category: 'passive-aggressive' },
  { re: /\b(?:there is|there are|i have|we have|i have got|we have got) (?:really )?nothing (?:more|else|further) (?:(?:that )?(?:i|we) can (?:add|say|tell you|offer you|share)|to (?:add|say|tell you)|i can say)\b/, construction: 'stonewalling', category: 'passive-aggressive', not: /\ball (?:set|done|sorted)\b|\bgood to go\b/ },
  { re: /(?:^|, |\b(?:with|and|but|so|really) )no exceptions?(?: (?:whatsoever|at all|sorry|i am afraid))?(?= *(?:[.!,;]|$))/, construction: 'no-exceptions', category: 'policy', not: /\b(?:welcome|everyone|everybody|all ages|for all|free for|inclusive|accessible)\b/ },
  { re: /\b(?:we|i|the (?:[a-z-]+ )?(?:team|company|club|office|airline|hotel|school|clinic|gym|practice|store|shop)) (?:make|makes|will make|can make|do|give) no exceptions?\b|\b(?:we|i) (?:do not|cannot|can not|will not|never) (?:make|give|grant|allow) (?:any )?exceptions?\b/, construction: 'no-exceptions', category: 'policy' },
  { re: /\bno[- ]exceptions?[- ]polic(?:y|ies)\b/, construction: 'no-exceptions', category: 'policy' },
  // ---- a rule named as the whole reason ----
  // "it's site policy, sorry", "its policy that permits are issued per household not per car": the rule as the answer, at
  // the end of its clause or before a restriction. Never a rule that gives ("It's our policy to refund within a day").
  { re: /\b(?:(?:it|that|this) is|its) (?:just |simply )?(?:(?:site|company|store|shop|house|hotel|club|park|school|clinic|bank|office|head office|group|our|the) )?(?:policy|policies|the policy|the rules|the rule|regulations|procedure)(?= *(?:[,;.!]|$)(?: *(?:sorry|i am afraid|unfortunately|so|[,;.!]))* *$)/, construction: 'policy-shield', category: 'policy' },
  { re: /^(?:(?:sorry|but|well|unfortunately) ,? ?)?(?:(?:it|that) is|its) (?:(?:site|company|store|shop|house|hotel|club|park|school|clinic|bank|our) )?policy that\b/, construction: 'policy-shield', category: 'policy', need: /\b(?:not|only|no|never|cannot|can not|must|will not|forfeited|non-refundable)\b/ },
  // ---- not knowing, subjectless ----
  // "Couldn't tell you why the charger stopped", "can't tell you when it'll land": never delight ("… how happy we are").
  { re: /^(?:(?:honestly|sorry|tbh|ok|okay|hmm|well) ,? ?)?(?:i )?(?:could not|cannot|can not) (?:really )?(?:tell you|say) (?:why|when|how|what|where|if|whether|exactly)\b(?! (?:happy|glad|pleased|sorry|grateful|much|excited|thrilled|delighted|proud|lovely|nice|great|good)\b)/, construction: 'not-knowing', category: 'uncertainty' },
  // ---- someone or something not free until ----
  // "the stylist isn't free until next Friday", "the vet is not available till Monday": a wait led by when it won't happen.
  { re: /\b(?:is|are) not (?:free|available|in|back|around|on shift|working|on|open) (?:again )?(?:until|till)\b/, construction: 'time-refusal', category: 'until', not: /\bso you (?:have|have got) time\b|\b(?:you|your card|your account|you are) (?:are |is )?not (?:free|available|in|back|on)\b|\b(?:charged|due|billed|taken)\b/ },
  // ---- blame by absence ----
  { re: new RegExp(String.raw`\b(?:because|as|since|cause|cos|coz|given that|due to the fact that) ${ABSENT}`), construction: 'absence-blame', category: 'blame', need: LOSS, not: /^(?:if|when|whenever|in case)\b|\b(?:sorry|apologies|apologise|apologize|no worries|do not worry|safe|no charge|no fee|free|free of charge|at no cost)\b|\b(?:i|we) have (?:booked|rebooked|re-booked|arranged|sent|moved)\b/ },
  // ---- an effort hedged, in the forms the packs leave ----
  // "Can't promise anything but …", "Will try to get it back to you": the hedge with its subject left off.
  { re: /^(?:(?:but|and|though|ok|okay|sure) ,? ?)?(?:can not|cannot) (?:promise|guarantee) (?:anything|you anything|much|that|it)\b/, construction: 'hedged-effort', category: 'uncertainty' },
  { re: /^(?:(?:ok|okay|sure) ,? ?)?(?:will|shall) (?:try|attempt|endeavour|endeavor) (?:to|and|my best)\b/, construction: 'hedged-effort', category: 'uncertainty' },
  // "Hopefully it'll be there by Friday": an outcome hoped for in place of a date (not "Hopefully this helps").
  { re: /\bhopefully (?:it |that |this |they |the (?:[a-z-]+ ){1,2}|your (?:[a-z-]+ ){1,2})(?:will|should|would) (?:be there|be with you|arrive|reach you|get to you|land|turn up|come through|go through|be back|be fixed|be sorted|be resolved|be ready|be delivered|be done|be approved|be processed|clear)(?: [a-z0-9]+){0,3} (?:by|before|within|soon|in time|this week|next week|tomorrow|today|later today)\b/, construction: 'hedged-effort', category: 'uncertainty' },
  // ---- a wait for a benefit ----
  { re: new RegExp(String.raw`\b(?:your|the|this|my|our) (?:[a-z-]+ ){0,2}${WANTED} (?:is|are|was) not (?:(?:actually|yet) )?(?:due|scheduled|set|booked) (?:in |out |back )?(?:until|till|before)\b`), construction: 'time-refusal', category: 'until', not: /\bso you (?:have|have got|have plenty of) time\b|\bnothing to pay\b/ },
];

/** The generic reader's eighth English pass: what the patterns read, offsets into `text`. */
export function readKinds20En(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  return readNormPatterns(PATTERNS, tokens);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(PATTERNS);
