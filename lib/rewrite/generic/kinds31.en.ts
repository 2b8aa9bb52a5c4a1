/**
 * The thirty-first session's English kinds (rwen31: late30's misses, two writers who read no rule, kept only where the kind
 * recurs in late26 … late29 in another form), read in the tenth pass (./kinds22.en.ts) behind one cheap gate, over the
 * language layer's token norms ("'ve" -> "have", "ye" -> "you", "can't" -> "can not"). Each kind is stated by what the
 * layer sees (person of the subject, aspect and modal, negation, clause end) and was written first as look-alikes in other
 * trades, spellings and registers with contrasts that must stay silent (scripts/en-recall31-matrix.ts,
 * tests/unit/rewrite/en-recall31.test.ts):
 *
 * - **blame in the perfect or with "musta", and of the customer named in the third person** (`second-person-blame`): the
 *   customer as subject, a verb of an act the customer does (typed, booked, picked, …) in the past or the perfect, and
 *   "wrong / wrongly / incorrectly" later in its clause ("you have typed the registration wrong", "ye've booked it for the
 *   wrang branch"); "you musta put in the old code"; "the passenger / account holder / tenant failed to …"; "because your
 *   team missed the cut-off", "root cause was your team pushing a rule" (the customer's organisation as the subject of a
 *   slip given as the cause); "…, in breach of step 2" after the customer's act. Never a
 *   condition ("if you've booked the wrong day"), a reassurance ("no worries", "easy mistake"), a question, what was done
 *   to the customer ("you've been sent the wrong size"), "may / might have" (the packs' own softened rewrite of "must
 *   have"), nor a third party ("the previous tenant", "the courier").
 * - **an obligation said as a necessity** (`customer-obligation`): "it is necessary / compulsory / obligatory that you",
 *   "for you to"; a subject-less "gotta / have to …" with its threat ("… or the crew can't load you"). Never "it is not
 *   necessary", "if it is necessary", "or you can …".
 * - **not ours, said of any matter** (`not-ours`): "<matter>'s not us, dear, that's the council", "courier problem, not
 *   ours", "<matter> not under us", "not coming under our office / desk", "isn't a service we handle / offer". Never "not
 *   ours to keep", "not usual", a scam disowned, a question, "not under warranty / our control".
 * - **the effort hedged or made impersonal** (`hedged-effort`): "should come on Friday, hopefully." (a step of ours or a
 *   delivery, "hopefully" closing the clause), "Hopefully we can have the dress taken in by Saturday!" (our causative
 *   effort, "!" or not), "Every reasonable effort will be made to …" (the passive only: "we will make every effort to help"
 *   is an assistant's own promise), "we try to file before the 31st, if …" / "I try to
 *   …, cannot promise". Never "see you Friday, hopefully", "hopefully you enjoy it", "we try to reply within a day" (a
 *   standard stated), "every effort was made" (a report).
 * - **the rule named as the reason after the news** (`policy-shield`): "…, it is the shop policy." closing a sentence that
 *   holds a limit or a negation. Never a rule that grants ("free returns within 30 days, it's our policy!").
 * - **our tool blamed as misbehaving, and refusing** (`system-blocks`): "our booking thing's being dodgy and won't take your
 *   postcode", "the card machine is playing up and won't accept it"; "the till is refusing the code" (the layer reads "till"
 *   as "until"; lib/rewrite/neutral31.en.ts drops the time rules' reading of it). Never an outage with a way round and no
 *   refusal.
 * - **a calm-down order in the "state" idiom** (`minimising`): "don't go getting yourself in a state", "don't get yourself
 *   worked up / in a tizzy". Never "the car was in a state".
 * - **talking down in Scots** (`talking-down`): "as I've tellt ye three times" ("telt" is "told" in the layer, lib/nlp/dialect.en.ts: recap-repeated reads it).
 * - **a back-office status code after "status … now", "flagged" or "come up as"** (`internal-jargon`): "status now
 *   PND-EXM", "flagged OOS-sub", "come up as NS2 on the sheet". Never a postcode, a seat or a room ("came up as LS6").
 *
 * Every hit is advice (no text change): only the agent knows the plain words and the way forward.
 */
import type { Token } from '../../nlp/index.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

/** The customer as a subject, in the spellings the layer leaves ("ya", "yu"); "ye", "u" and "yuh" (lib/nlp/dialect.en.ts) are "you" already. */
const YOU = String.raw`(?:you|ya|yu|y'all|yall|you guys)`;
/** Acts the customer does to a form, a booking or a thing, in the past or the participle. */
const ACT = String.raw`(?:typed|entered|put|keyed|booked|ordered|picked|chose|chosen|selected|clicked|pressed|ticked|spelt|spelled|filled|filed|written|wrote|used|scanned|set|sent|paid|registered|uploaded|input|inputted|added|plugged|fitted|installed|connected|wired|loaded|addressed|labelled|labeled|dialled|dialed|bought|purchased|reserved)`;
/** The customer named in the third person, as an office writes it. */
const CUSTOMER_NOUN = String.raw`(?:passenger|passengers|customer|client|guest|tenant|buyer|purchaser|member|patient|policyholder|policy holder|cardholder|card holder|account holder|applicant|candidate|student|learner|traveller|traveler|hirer|renter|lessee|borrower|subscriber|claimant|registered keeper|vehicle owner|homeowner|householder)`;
/** A reassurance or a condition: the act is not held against the customer. */
const NOT_BLAME = /\b(?:if|unless|whether|no worries|no problem|do not worry|dont worry|easy mistake|common mistake|happens to|happens all the time|no harm|no biggie|not your fault|(?:understand|see|gather|hear|note|noticed|know) (?:that )?(?:you|ya|yuh)|(?:you|ya|yuh) (?:mentioned|said|told us|have told us|let us know|realised|realized|noticed|spotted)|(?:want|wanted|would like|wish|need) to (?:change|update|correct|fix|amend|edit|swap|move))\b|\?/;
/** A limit or a negation in the sentence a rule is named as the reason for. */
const LIMIT = /\b(?:not|no|never|cannot|unable|only|must|non-refundable|nonrefundable|strictly|forbidden|prohibited|banned|without)\b/;
/** A rule that grants or a treat. */
const GRANTS = /\b(?:you (?:can|may|will get|get|are entitled|are covered)|free|complimentary|on the house|bonus|no questions asked|no charge|no extra|money back|full refund)\b/;
/** Our tool said to misbehave ("being dodgy", "playing up", "on the blink"). */
const MISBEHAVES = String.raw`(?:(?:being|acting|going) (?:dodgy|weird|funny|glitchy|temperamental|silly|difficult|stupid|slow|buggy)|(?:playing|acting) up|on the blink|having a (?:moment|wobble|tantrum|meltdown)|dodgy|glitchy|temperamental|buggy)`;
/** A machine of ours, or "our <x> thing". */
const MACHINE = String.raw`(?:(?:our|the|my|this) (?:[a-z-]+ )?(?:system|systems|thing|machine|computer|till|portal|app|site|website|software|terminal|tool|printer|scanner|network|server|database|crm|reader|programme|program))`;

const PATTERNS: readonly NormPattern[] = [
  // ---- blame in the perfect or with "musta", and of the customer named in the third person ----
  {
    // "you have typed the registration wrong", "ye've booked it for the wrang branch", "u had put the date in wrongly".
    re: new RegExp(String.raw`\b${YOU} (?:(?:have|has|had) (?:(?:just|actually|accidentally|mistakenly|already|gone and) )?|musta |must have )${ACT}\b(?: (?!(?:and|but|so|we|i|they|because|which|then|our|us)\b)[a-z0-9'-]+){0,6}? (?:wrong|wrang|wrongly|incorrectly|incorrect)\b`),
    construction: 'second-person-blame',
    category: 'blame',
    not: NOT_BLAME,
  },
  {
    // "you musta put in the old password" (the layer leaves "musta" whole): "must have" is read by the packs.
    re: new RegExp(String.raw`\b${YOU} (?:musta|mustve|must of|must a) (?!(?:been|be|had|seen|heard|felt|thought|loved|enjoyed|known|wondered|worried|panicked|got|gotten|received|missed us)\b)[a-z]+`),
    construction: 'second-person-blame',
    category: 'blame',
    not: NOT_BLAME,
  },
  {
    // "The passenger failed to present at the desk", "as the account holder neglected to notify us".
    re: new RegExp(String.raw`(?:^|[,;:.] |\b(?:as|because|since|and|so|but|sir|madam|show|shows|showed|indicate|indicates|indicated|confirm|confirms|that) )(?:the|this|our) ${CUSTOMER_NOUN} (?:has |had |have )?(?:(?:failed|neglected|omitted) to|did not (?:attend|present|arrive|turn up|show up|check in|submit|provide|return|respond|reply|complete|pay|notify|inform|register|declare|read|follow))\b`),
    construction: 'second-person-blame',
    category: 'blame',
    not: /\b(?:if|unless|whether)\b|\?/,
  },

  {
    // "Payroll ran late because your team missed the 2pm cut-off", "Root cause was your team pushing a firewall rule …": the
    // customer's own organisation as the subject of the slip given as the cause (kinds24.en.ts reads "because you …").
    re: /\b(?:because|since|cos|as a result of|due to|caused by|(?:the )?root cause (?:was|is|being)|(?:the )?cause (?:was|is)) (?:of )?your (?:own )?(?:team|staff|it team|it department|it people|it guys|developers?|devs?|admins?|administrator|colleagues?|engineers?|web (?:developer|designer|team)|finance team|payroll team|office) (?:(?:has|have|had) )?(?:missed|pushed|pushing|changed|changing|deleted|deleting|removed|removing|disabled|disabling|blocked|blocking|entered|entering|set(?! up)|setting(?! up)|forgot|forgetting|failed|failing|did not|installed|installing|uploaded|uploading|turned off|switched off|ignored|ignoring|skipped|skipping|overwrote|overwriting|reverted|reverting|misconfigured|deployed|deploying)\b/,
    construction: 'second-person-blame',
    category: 'blame',
    not: /\b(?:if|unless|whether|thanks|thank you|great|so you can|now you can|all set|well done|no worries)\b|\?/,
  },
  {
    // "…, in breach of step 2 of the enclosed instructions": the customer's act named a breach.
    re: /(?<=^|[,;–-] |\b(?:and|which is|this is|that is|which was) )(?:in (?:clear |direct )?(?:breach|violation|contravention) of|contrary to) (?:step|clause|section|rule|rules|the|our|your|condition|conditions|paragraph|term|terms|point)\b/,
    construction: 'second-person-blame',
    category: 'blame',
    need: /\b(?:you|ya) (?:have |had )?(?:failed|neglected|did not|never|forgot|omitted|ignored|chose|decided|went|used|returned|opened|removed|left|sent|posted|booked|brought|parked|smoked|kept)\b/,
    not: /\b(?:if|unless|whether)\b|\?/,
  },

  {
    // "you never put the unit number": "never" with a past that is spelt as its present (put, set, let), which the older
    // "you never + past" readers do not take for a past. Never a purpose or a praise ("so you never set foot in a queue",
    // "you never put a foot wrong").
    re: /(?<!\b(?:so|that|sure|ensure|if|when|once|then|will|would|can|need|needs) )\b(?:you|ya) (?:just )?never (?:put|set|let|cut|shut|read)\b(?! (?:a foot|foot|your mind|a step wrong|anyone|anybody)\b)(?= (?:the|your|ur|a|an|in|down|on|it|them|us|any|that|this|those|these|me)\b)/,
    construction: 'second-person-blame',
    category: 'blame',
    not: /\b(?:if|unless|whether|no worries|no problem)\b|\?$/,
  },

  // ---- an obligation said as a necessity ----
  {
    re: new RegExp(String.raw`(?<!\b(?:if|whether|not|unless) )\b(?:it is|it will be|it would be|its) (?:absolutely |strictly |really |very )?(?:necessary|compulsory|obligatory|a must|a requirement) (?:that (?:${YOU}|the customer|all customers|the client|guests|all guests|the passenger|passengers)|for (?:${YOU}|the customer|guests|passengers) to)\b`),
    construction: 'customer-obligation',
    category: 'commands',
    not: /\?/,
  },
  {
    // "gotta have your rego on the booking … or the crew can't load ya": an order with no subject, and its threat.
    // The span is the order alone: the threat is often a refusal another reader flags ("the crew can't load ya").
    re: /^(?:[a-z]+ (?:, )?)?(?:got to|have to|hafta|need to|must) (?!(?:love|say|admit|hand|laugh|run|dash|go|be|agree)\b)[a-z]+(?= .{3,}? (?:or|otherwise|or else) (?:the [a-z']+|they|we|it|she|he|you|ya|your [a-z']+) (?:will|would|can not|cannot|might|may|could) (?!(?:also|still|happily|gladly)\b)(?:not |no |never )?[a-z]+)/,
    construction: 'customer-obligation',
    category: 'commands',
    not: /\bor (?:else )?(?:you|we) (?:can|could|may|might|are welcome|will also|would also)\b|\?|\b(?:if|unless)\b/,
  },

  // ---- not ours, said of any matter ----
  {
    // "Not our fault the app crashed.", "not our fault, you resized the volume": the fault disowned with no subject (the packs
    // read "It's not our fault"). Never "not your fault" (a reassurance) nor "not our fault alone" / a question.
    re: /^(?:(?:well|look|sorry|hi|hey|ok|okay|but|and|honestly|tbh) (?:, )?)?not (?:our|my|the company 's|the shop 's|the team 's) (?:fault|problem|responsibility|issue|doing)\b(?! (?:alone|entirely|either|too)\b)/,
    construction: 'not-ours',
    category: 'dismissive',
    not: /\?/,
  },
  {
    // "the car park's not us, dear, that's the council", "parking fines are not us, it's the landlord": a matter as the
    // subject (the readers of dept.en.ts take "that / this / it is not us"), the words closing the clause or a vocative.
    re: /\b(?:[a-z-]+) (?:is|'s|are) (?:really |just |actually |definitely )?not (?:us|ours)(?= *(?:[,;:.!–-]|$)| (?:sorry|mate|pal|love|hun|dear|sir|madam|maam|i am afraid|unfortunately|lol)\b)/,
    construction: 'not-ours',
    category: 'dismissive',
    need: /\b(?:that is|it is|thats|its|they are|theyre|their|contact|ring|call|phone|email|speak to|talk to|ask|handled by|deals with|deal with|sorts|look after|looks after|covered by|the council|the landlord|the bank|the courier|the manufacturer)\b/,
    not: /\b(?:scam|scams|phishing|fraud|fraudulent|fake|spam|hoax|suspicious|impersonat[a-z]*|we never|we would never|we do not (?:call|text|email|ask)|never (?:call|text|email|ask)|our (?:fault|mistake|error)|not (?:us|ours) to)\b|\?/,
  },
  {
    // "courier problem, not ours", "a bank thing - not us": the matter named and "not ours" after it, with no verb.
    re: /\b(?:problem|issue|thing|matter|job|responsibility|department|side|area|call|concern|question|headache) (?:[,–-] )?not (?:us|ours)\b(?! to\b)/,
    construction: 'not-ours',
    category: 'dismissive',
    not: /\b(?:scam|phishing|fraud|fake|spam|our (?:fault|mistake|error))\b|\?/,
  },
  {
    // "Theory test result not under us", "it is not coming under our office / desk / branch".
    re: /\b(?:(?:is|are|'s) )?not (?:coming |falling |come |fall )?(?:under|within) (?:us|me|(?:our|my|this) (?:[a-z-]+ )?(?:team|department|dept|office|desk|branch|section|unit|side|scope|remit|purview|counter|shop|store))\b/,
    construction: 'not-ours',
    category: 'dismissive',
    // The cover words only where they say what the thing is under ("not under warranty / our control / your name"): "the
    // insurance company handles contents claims" after the disowning is the party it is sent to (en40; late33, train35b).
    not: /\b(?:under|within) (?:(?:our|my|your|the|this|its|their|a|an) )?(?:[a-z-]+ )?(?:warranty|guarantee|control|cover|insurance|policy|plan|contract|name|account|care)\b|\?/,
  },
  {
    // "Moving the piano isn't a service we handle / offer", "that's not a job our team takes on".
    re: /\b(?:is|are|'s) not (?:a|an|the (?:kind|sort|type) of) (?:[a-z-]+ )?(?:service|thing|job|task|request|product|area|matter|question|repair|work)s? (?:that |which )?(?:we|i|our (?:[a-z-]+ )?(?:team|office|shop|store|branch|garage|salon|clinic|desk)) (?:can |will |would |normally |usually |currently |really )?(?:handle|handles|deal with|deals with|do|does|offer|offers|provide|provides|cover|covers|look after|looks after|take care of|take on|takes on|support|supports|carry out|carries out|arrange|arranges|sell|sells|stock|stocks)\b/,
    construction: 'handled-elsewhere',
    category: 'dismissive',
    // Sent elsewhere or regretted: "cutting corners is not a thing we do" is a boast.
    need: /\b(?:you (?:would|will|might|may)? ?need|you need|best to|would be best|be best|try|contact|ring|call|ask|recommend|suggest|specialist|another|elsewhere|sorry|afraid|unfortunately|instead|someone else|other)\b/,
    not: /\b(?:glad|happy|love|enjoy|pleasure|free|proud|every day|all the time)\b|\?/,
  },

  // ---- the effort hedged or made impersonal ----
  {
    // "Your replacement box should come on Friday, hopefully.": a step of ours or a delivery, "hopefully" closing it.
    re: /(?<=\b(?:should|will|would|could|might|may|can) (?:(?:be|get) )?(?:come|coming|arrive|land|reach|ship|ready|back|done|fixed|sorted|repaired|with you|there|here|out|in|delivered|dispatched|posted|sent|processed|through|go out|go through|clear|reflect|show up|turn up|get there|get to you)\b(?: [a-z0-9'-]+){0,6}?(?: ,)? )hopefully(?= *(?:[.!]+ *)*$)/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    not: /\b(?:see you|meet you|enjoy|love|weather|sunny|rain|dry|warm|help you|helps|you will like)\b|\?/,
  },
  {
    // "Hopefully we can have the wedding dress taken in by Saturday!": our causative effort hoped for.
    re: /^(?:[a-z]+ (?:, )?)?hopefully (?:, )?(?:i|we|the team|someone|our (?:team|tailor|engineer|technician|fitter|staff)) (?:can|will|should|could|shall) (?:have|get) (?:it|them|that|this|the [a-z-]+(?: [a-z-]+)?|your [a-z-]+(?: [a-z-]+)?) (?:[a-z]+ed|done|ready|sorted|fixed|back|made|sent|seen to|looked at|taken in|taken up|let out|put right|up and running|sewn|sown)\b/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    not: /\?/,
  },
  {
    // "hopefully it can be finish before weekend": the outcome of our step hoped for with "can", by a time (readHopefully in
    // ./en.ts reads "will / should").
    re: /\bhopefully (?:it|this|that|they|the [a-z-]+|your [a-z-]+) (?:can|could) (?:be )?(?:finish|finished|done|fixed|ready|sorted|completed|complete|repaired|delivered|sent|processed|installed|fitted|back|arranged|booked|shipped)\b(?= .{0,40}\b(?:by|before|on|until|till|this|next|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|end of)\b)/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    not: /\?|!/,
  },
  {
    // "Every reasonable effort will be made to fit the tyre", "we shall make every effort to": the effort without a result.
    // Only the impersonal passive: "we will make every effort to help" is the first person's promise an assistant writes
    // (Bitext's agent lines), next to the packs' own "we'll do our best".
    re: /\b(?:every|all) (?:reasonable |possible |practicable )?efforts? (?:will|shall|would) be made to\b|\b(?:reasonable|best) endeavou?rs (?:will|shall) be (?:made|used)\b/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    not: /\b(?:if|whether)\b|\?/,
  },
  {
    // "I try to get the doctor to call you back, cannot promise", "We try to file before 31 January, if the statements come":
    // the present "try" of a learner, for one case, with its result disclaimed or hung on a condition by a date.
    re: /^(?:[a-z]+ (?:, )?)?(?:i|we) (?:will )?try (?:to|and) [a-z]+/,
    construction: 'hedged-effort',
    category: 'uncertainty',
    need: /\b(?:can not promise|cannot promise|could not promise|no promises?|no guarantees?|not guaranteed|can not guarantee|cannot guarantee)\b|\b(?:before|by) .{1,40}, if\b/,
    not: /\?/,
  },

  // ---- the rule named as the reason after the news ----
  {
    re: /(?<=[,;–-] )(?:(?:and|but|sorry|i am afraid) (?:, )?)?(?:it is|that is|this is|its|thats) (?:just |simply |only |strictly )?(?:the|our|a|company|shop|store|house) (?:(?:shop|store|company|house|club|gym|salon|clinic|hotel|school|site|park|centre|center|firm|office|bank|airline|venue|studio|garage|practice|business|standard|strict|own|official|usual) )?(?:policy|rule|rules)(?= *(?:[.!]+ *)*$| , (?:sorry|i am afraid|unfortunately|love|mate|dear|sir|madam)\b)/,
    construction: 'policy-shield',
    category: 'policy',
    need: LIMIT,
    // A rule that protects the customer or a house standard boasted: "We never share your data, it is our company policy".
    not: new RegExp(`${GRANTS.source}|\\b(?:never (?:share|sell|pass on|give out|charge)|safe|safety|secure|securely|privacy|protect|protected|your data|only (?:use|uses|serve|serves|stock|stocks|sell|sells|source|sources))\\b`),
  },

  // ---- our tool blamed as misbehaving, and refusing ----
  {
    re: new RegExp(String.raw`\b${MACHINE} (?:is |'s |are |has been |keeps |kept |seems to be |seems )?${MISBEHAVES}\b`),
    construction: 'system-blocks',
    category: 'cant-wont',
    need: /\b(?:will not|would not|can not|cannot|does not|do not|is not|keeps? (?:rejecting|refusing|declining)) (?:take|taking|let|letting|accept|accepting|load|work|go through|allow|save|process|book|find|recognise|recognize|read)\b/,
    not: /\b(?:if|once|so you can|so that you can|instead|meanwhile|but we (?:can|will|have))\b|\?/,
  },

  {
    // "The till is refusing the discount code", "our till won't take the voucher": the layer reads "till" as "until", so
    // "the / our until" can only be the machine.
    re: /\b(?:the|our|my|this|that|shop 's|store 's) until (?:(?:is|was|'s|keeps|kept|has been) (?:just )?(?:refusing|rejecting|declining|not (?:taking|accepting|letting|reading|scanning|allowing))|(?:will not|would not|can not|cannot|does not|did not|refuses to|keeps refusing to) (?:take|accept|let|read|scan|process|allow|go through))\b/,
    construction: 'system-blocks',
    category: 'cant-wont',
    not: /\b(?:if|once|so you can|so that you can)\b|\?/,
  },

  // ---- a calm-down order in the "state" idiom ----
  {
    re: /\b(?:do not|no need to|there is no need to) (?:go )?(?:get|getting|work|working|wind|winding) (?:yourself |all |your self )?(?:(?:in|into) (?:a|such a) (?:state|tizzy|tizz|flap|stew|lather|twist|fluster|panic)|worked up|wound up|het up|riled up|in a twist|bent out of shape)\b(?! (?:if|when|while|whenever)\b)/,
    construction: 'minimising',
    category: 'dismissive',
  },

  // ---- talking down in Scots ----
  {
    re: /\bas (?:i|we) (?:have |had )?(?:tellt|tolt) (?:you|ya|yous|youse)(?: (?:already|before|afore|again|twice|(?:[a-z0-9]+ )?times|noo|now))*\b/,
    construction: 'talking-down',
    category: 'passive-aggressive',
  },
];

/** Norms any of the patterns needs (the gate: most sentences hold none). */
const GATE = new Set(
  `wrong wrang wrongly incorrectly incorrect musta mustve failed neglected omitted did necessary compulsory obligatory must requirement
  got have hafta need not hopefully effort efforts endeavours endeavors endeavour endeavor try policy rule rules dodgy weird funny
  glitchy temperamental silly difficult stupid slow buggy playing acting blink having state tizzy tizz flap stew lather twist fluster
  worked wound het riled bent tellt tolt breach violation contravention contrary team staff developers developer devs dev admins
  admin administrator colleagues colleague engineers engineer office never until`.split(/\s+/),
);

export function kinds31MayStart(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (GATE.has(t.norm) || (t.word && CODE.test(t.text))) return true;
  return false;
}

// ---------------------------------------------------------------- a back-office status code

/** A compound code: capitals, then a hyphen or underscore part of letters or digits ("PND-EXM", "OOS-sub", "RTN_2"). */
const CODE = /^[A-Z]{2,}(?:[-_/][A-Za-z0-9]{1,5})+$|^[A-Z]{2,4}\d{1,3}$/;
/** Words of a place, a seat or an address: "came up as LS6" is where, not a code of ours. */
const PLACE_WORDS = /\b(?:postcode|post code|zip|address|area|flat|unit|room|seat|seats|gate|table|platform|bay|row|zone|terminal|size|aisle|stand|block|pitch|berth|cabin|deck|floor|level|locker|pump)\b/;

function statusBefore(toks: readonly Token[], k: number): boolean {
  let p = k - 1;
  if (toks[p]?.norm === ':' || toks[p]?.norm === '=' || toks[p]?.norm === 'now' || toks[p]?.norm === 'is' || toks[p]?.norm === 'currently') p--;
  if (toks[p]?.norm === 'is' || toks[p]?.norm === 'now' || toks[p]?.norm === 'currently') p--;
  const w = toks[p]?.norm ?? '';
  const q = toks[p - 1]?.norm ?? '';
  // "status now PND-EXM", "status is HOLD-2", "status: RTS-1".
  if (w === 'status' && p < k - 1) return true;
  // "got flagged OOS-sub" (kinds27 reads capitals-only compounds after "flagged").
  if (/^(?:flagged|marked|coded|tagged)$/.test(w) && p === k - 1) return true;
  // "it's come up as NS2 on the sheet", "showing as RV".
  if (w === 'as' && p === k - 1 && (q === 'up' || q === 'showing' || q === 'shows')) return true;
  return false;
}

function readStatusCode31(toks: readonly Token[]): GenericHit[] {
  const out: GenericHit[] = [];
  const letters = toks.filter((t) => t.word && /[a-z]/i.test(t.text));
  if (letters.length && letters.filter((t) => t.text === t.text.toUpperCase()).length > letters.length / 2) return out;
  const lower = toks.map((t) => t.norm).join(' ');
  if (PLACE_WORDS.test(lower)) return out;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k];
    if (!t.word || !CODE.test(t.text) || !statusBefore(toks, k)) continue;
    out.push({ start: t.start, end: t.end, category: 'jargon', construction: 'internal-jargon' });
  }
  return out;
}

/** The thirty-first session's English kinds in one sentence. */
export function readKinds31(tokens: Token[]): GenericHit[] {
  const hits = readNormPatterns(PATTERNS, tokens);
  const codes = readStatusCode31(tokens).filter((h) => !hits.some((e) => e.start < h.end && h.start < e.end));
  return codes.length ? [...hits, ...codes].sort((a, b) => a.start - b.start) : hits;
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(PATTERNS);
