/**
 * The sixth English pass (rwen10): the not-my-department and the system-as-the-reason families in the forms the other
 * passes leave, generated and checked with scripts/en-family-matrix.ts (parts × persons × surface forms, and their
 * neutral look-alikes). Written from knowledge of how agents send a customer elsewhere, not from any split's items.
 *
 * - handled-elsewhere: "that's handled by / dealt with by / falls under our billing team" with nothing after it (a
 *   handover in which someone acts, "…, who will email you today", is not read), "I only handle / we only deal with
 *   billing", "we don't look after that", "you've got the wrong department", "that's outside my remit / not in my
 *   remit", "that's for your bank", "that's something to ask the airline", "that's not up to us";
 * - policy-shield: "my hands are (kind of) tied", "my hand are tied";
 * - system-blocks: "there's no way for me to override it", "I don't have / have no access to that" (not a promise of
 *   privacy: "we don't have access to your password").
 *
 * The reader reads the sentence's tokens (their norms: contractions spelt out, "thats" → "that is", "u" → "you") joined
 * by single spaces, and maps every match back to the tokens' offsets.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import type { GenericHit } from './types.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns } from './norm-patterns.en.ts';

/** Teams, desks and outside parties a customer is sent to. */
const PLACE = String.raw`(?:[a-z'-]+ ){0,2}(?:team|teams|department|departments|dept|desk|office|warehouse|unit|branch|people|folks|guys|specialists|colleagues|bank|airline|courier|carrier|issuer|manufacturer|insurer|hotel|provider|seller|retailer|landlord|council|school|supplier|vendor|partner|partners|agency|agent|agents|handler|handlers|operator|company|store)`;
/** Outside parties, for "that's for / a question for / something to ask …". */
const THIRD = String.raw`(?:your|the) (?:[a-z'-]+ ){0,2}(?:bank|airline|courier|carrier|issuer|manufacturer|insurer|hotel|provider|seller|retailer|landlord|council|school|supplier|vendor|employer|gp|doctor|pharmacy|network|university|lender|broker|agent|venue|organiser|organizer|shop|store|dealer|dealership|manager|management|registrar|installer)`;
/** Nothing after the place but an apology or "not us": the customer is left to go there alone. */
const BARE_END = String.raw`(?= *(?:[,;.!]|$)(?: *(?:sorry|not us|not me|not ours|not mine|not this team|not here|i am afraid|unfortunately|so|i am sorry|[,;.!]))* *$)`;
/** Only help with / handle / deal with: the agent's own narrow remit. */
const ONLY_VERB = String.raw`(?:handle|handles|deal with|deals with|look after|looks after|cover|covers|work on|works on|support|supports|take care of|takes care of|process|processes)`;


const ACTS_FOR_YOU = /\b(?:for you|on your behalf|i have|i will|we will|they will|who will|which will|i am passing|i have passed|i passed|so you do not|no need)\b/;

/** What a bare "not us / not me" never disowns: a scam or a message the company never sends, the customer's own side, a question. */
const NOT_OURS_EXCEPT = /\b(?:scam|scams|phishing|fraud|fraudulent|fake|spam|hoax|suspicious|impersonat[a-z]*|being|who sent|we never|we would never|we do not (?:call|text|email|ask)|never (?:call|text|email|ask))\b|\?/;

const PATTERNS: readonly NormPattern[] = [
  { re: new RegExp(String.raw`\b(?:that|this|it) (?:is|was|would be|will be|gets|is all) (?:handled|dealt with|managed|looked after|covered|taken care of|processed|done) by (?:the|our|a|another|a different|your|their) ${PLACE}${BARE_END}`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  { re: new RegExp(String.raw`\b(?:that|this|it|which) (?:falls|comes|sits) (?:under|within|with) (?:the remit of )?(?:the|our|a|another|a different|your) ${PLACE}${BARE_END}`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  { re: new RegExp(String.raw`\b(?:i|we|my team|our team|this team|this line|this desk|this department|this chat|our department) (?:only|just) ${ONLY_VERB}\b`), construction: 'handled-elsewhere', category: 'dismissive', not: /\b(?:for you|on your behalf|myself|ourselves|securely|safely|your (?:data|details|information)|trusted|approved|authorised|authorized|official|reputable|licensed|certified|genuine|registered|vetted|verified)\b/ },
  { re: /\b(?:i|we) am only able to (?:help|assist|deal) with\b|\b(?:i|we) are only able to (?:help|assist|deal) with\b/, construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  { re: /\b(?:i|we|our team|this team|this department|this desk) (?:do|does) not (?:look after|take care of)\b/, construction: 'handled-elsewhere', category: 'dismissive', not: /\byour (?:card|payment|bank|personal|password)\b/ },
  { re: /\b(?:you|u) (?:have|have got|got|are through to|are on to|are in) the wrong (?:department|dept|team|desk|line|place|office)\b/, construction: 'handled-elsewhere', category: 'dismissive' },
  { re: /^(?:(?:sorry|hi|unfortunately|i am afraid) *,? *)?(?:the )?wrong (?:department|dept|team|desk)\b/, construction: 'handled-elsewhere', category: 'dismissive' },
  { re: /\b(?:that|this|it) is (?:outside|beyond|not in|not within|not part of|out of) (?:(?:my|our) (?:area|remit|scope|department|responsibility|job)\b|what (?:we|i) (?:cover|handle|deal with|look after|do) here\b)/, construction: 'handled-elsewhere', category: 'dismissive' },
  { re: new RegExp(String.raw`\b(?:that|this|it) (?:is|would be|will be) (?:for|something to ask|something for|one to ask|something you will need to ask|one for) ${THIRD}(?! is\b)(?: to (?:answer|decide|confirm|sort|sort out|deal with|look at|look into|handle))?${BARE_END}`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  { re: /\b(?:that|this|it) is not up to (?:us|me)\b/, construction: 'handled-elsewhere', category: 'dismissive' },
  // "the courier handles that, not us", "your bank deals with that side", "that goes through the handling agent": another
  // party named, and nothing after it (no one acts for the customer). Not "Returns are handled by our warehouse team": a
  // topic as the subject may only say how things work.
  { re: new RegExp(String.raw`\b(?:${THIRD}|(?:the|our) ${PLACE}) (?:handles|deals with|looks after|takes care of|covers|manages|sorts|sorts out) (?:that|this|those|these)(?: (?:side|part|bit|one|kind of thing|sort of thing|stuff))?${BARE_END}`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  { re: new RegExp(String.raw`\b(?:that|this|it|those|these|claims|refunds|returns|complaints|disputes|billing|payments|changes) (?:goes|go|has to go|have to go|needs to go|need to go|would have to go|will have to go|must go) (?:through|via) (?:the|your|our|a) ${PLACE}${BARE_END}`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  // "your bank is the one to talk to", "the airline would know more than us", "that's down to the airline", "it's your bank's responsibility".
  { re: new RegExp(String.raw`\b${THIRD} (?:is|are|would be|will be|are really|is really) (?:the|your) (?:one|ones|people|person|best people|best ones|right people|right ones|best place|right place|best person|right person) to (?:ask|talk to|speak to|contact|call|go to|deal with)\b|\b${THIRD} (?:would|will|should|might) know (?:more|better) than (?:us|me)\b`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  { re: new RegExp(String.raw`\b(?:that|this|it) is (?:down to|on|the responsibility of) ${THIRD}${BARE_END}|\b(?:that|this|it|[a-z]+ (?:is|are)) ${THIRD} 's (?:responsibility|problem|job|call|issue|decision|department|area)\b`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  { re: new RegExp(String.raw`\b(?:you are|you would be|you will be|you might be|u are|u would be) better off (?:calling|asking|contacting|speaking to|talking to|emailing|going to|going back to|ringing) ${THIRD}\b`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  // A suggestion to go elsewhere "about that" or "instead": not advice to act ("… to block your card").
  { re: new RegExp(String.raw`\b(?:i would suggest|i would recommend|i suggest|i recommend|best to|it is best to|your best bet is to|your best bet would be to|it would be best to|it might be best to) (?:reach out to|reaching out to|contact|contacting|call|calling|speak to|speaking to|ask|asking|get in touch with|getting in touch with|check with|checking with) ${THIRD} (?:about (?:that|this|it)|directly|instead|for that|on that)\b`), construction: 'handled-elsewhere', category: 'dismissive', not: /\bto (?:block|cancel|freeze|report|stop|secure|protect|dispute)\b|\b(?:for you|on your behalf|i have|i will|we will|who will|no need)\b/ },
  // rwen22: the agent's own small role given as the reason ("I'm just front desk, I can't …", "we're only the installers, the
  // warranty is with …"): read only beside a refusal or another party holding the matter.
  { re: /\b(?:we|i) (?:am|are) (?:just|only|merely|simply) (?:the )?(?:front desk|reception|receptionist|installers?|fitters?|drivers?|delivery drivers?|delivery team|sales team|sales|admin|admin team|booking office|bookings team|cleaners?|porters?|temp|temps|messenger|call centre|call center)\b/, construction: 'handled-elsewhere', category: 'dismissive', need: /\b(?:can not|cannot|do not|does not|not able|unable|is with|are with|is handled|are handled|deals with|deal with|handles|handle|is for|is down to)\b/, not: ACTS_FOR_YOU },
  { re: /\b(?:we|i) (?:am|are) (?:just|only|merely|simply) (?:a|an|the) (?:third party|third-party|middleman|middle man|go-between|marketplace|platform|reseller|retailer|booking agent|agent|broker|intermediary)\b(?! (?:who|that|to|you|for)\b)/, construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  // "we only sell the tickets", "we just do the deliveries": a narrow remit, read only beside the party the customer is sent to.
  { re: /\b(?:i|we|my team|our team) (?:only|just) (?:sell|sells|ship|ships|deliver|delivers|install|installs|provide|provides|arrange|arranges|book|books|make|makes|do the|run the|take the)\b/, construction: 'handled-elsewhere', category: 'dismissive', need: /\b(?:the|your) (?:[a-z'-]+ )?(?:airline|shop|store|seller|bank|manufacturer|courier|hotel|insurer|provider|retailer|landlord|venue|organiser|organizer|team|department|brand|supplier|carrier|operator|issuer) (?:handles|deals|does|is responsible|will have to|would need to|will need to|looks after|takes care|sorts|covers)\b|\b(?:ask|contact|call|speak to|check with|email) (?:the|your) /, not: /\b(?:genuine|trusted|approved|official|original|authorised|authorized|certified|registered)\b/ },
  // "you should ask the airline about that", "you would need to check with your bank": the customer sent to someone else.
  { re: new RegExp(String.raw`\b(?:you|u) (?:should|will need to|would need to|would have to|will have to|must|need to|have to) (?:ask|check with|contact|call|ring|speak to|speak with|talk to|email|write to|take it up with|take that up with|raise it with|raise that with|go through|go back to) ${THIRD}\b`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  // rwen25: a party named by its own name, then "'s problem / headache / lookout" ("hardware faults are the maker's problem" is
  // above; "… are Acme's problem", "that's Vodafone's headache"): the matter thrown over the fence. Never our / my / your own.
  { re: /\b(?:that|this|it|[a-z]+ (?:is|are)) (?!(?:our|my|your|his|her|their|its|everyone|everybody|nobody|no one|someone|somebody|one)\b)[a-z][a-z-]+ 's (?:problem|headache|lookout)\b(?! to solve| to fix)/, construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  // The lead, session 19: the company or team disowning the matter ("that's not on us", "not our problem", "we've got
  // nothing to do with the courier's schedule"), never the customer's ("that's not on you", "nothing to do with anything
  // you did"), nor scams disowned ("we have nothing to do with those texts": a warning, not a deflection).
  { re: /\b(?:that|this|it|which) (?:is|was) not (?:on (?:us|me)|(?:our|my) (?:problem|issue|responsibility|fault|concern|call|doing|business|department|dept|area|job|remit))\b(?! to\b)/, construction: 'not-ours', category: 'dismissive' },
  // rwen22: the same with the matter named ("The outage on the main road is not our responsibility - …").
  { re: /\b(?:is|are|was|were) not (?:on (?:us|me)|(?:our|my) (?:problem|issue|responsibility|department|dept|area|job|remit))\b(?! to\b)/, construction: 'not-ours', category: 'dismissive', not: /\b(?:your (?:fault|mistake)|not (?:on )?(?:your|you))\b/ },
  { re: /^(?:(?:sorry|hi|but|well|unfortunately|i am afraid) *,? *)?not (?:really |quite |exactly )?(?:our|my) (?:problem|issue|responsibility|concern|call|department|dept|area|job|remit)\b/, construction: 'not-ours', category: 'dismissive' },
  { re: /\b(?:that|this|it|which) (?:is|has|has got|was|had) (?:got )?nothing to do with (?:us|me|our (?:team|company|side|end|department|shop|store|office)|this (?:team|department|office|desk))\b/, construction: 'not-ours', category: 'dismissive' },
  { re: /\b(?:we|i|our (?:team|company|shop|store|office)) (?:have|had|have got|has|has got|do not have|does not have|did not have) (?:nothing|anything) to do with\b/, construction: 'not-ours', category: 'dismissive', not: /\b(?:scam|scams|phishing|fraud|fraudulent|fake|spam|hoax|impersonat[a-z]*|suspicious)\b|\b(?:our|my) (?:mistake|error|fault)\b/ },
  // A diagnosis that sends the customer elsewhere: "that's not a pharmacy issue, you'd need to ring the surgery", "it's not
  // a billing problem - ask your bank". Not a diagnosis the agent acts on ("it's not a hardware fault, so I've sent a new
  // router"), nor "not a big problem".
  { re: /\b(?:that|this|it) (?:is|was) not (?:a|an) (?!(?:big|huge|major|serious|real|small|minor|little|new|common)\b)(?:[a-z'-]+ ){1,2}(?:issue|problem|matter|question|fault|thing)\b/, construction: 'handled-elsewhere', category: 'dismissive', need: /\b(?:you|u) (?:would |will |might |may )?(?:need to|have to|should|must|are best to) (?:ring|call|contact|ask|speak|talk|email|write|take|raise|go back|check with|get in touch)\b|\b(?:contact|ring|call|ask|speak to|talk to|check with|get in touch with|reach out to|take it up with|take that up with) (?:the|your) [a-z]/, not: /\b(?:for you|on your behalf|i have|i will|we will|they will|who will|i am passing|so you do not|no need)\b/ },
  // rwen22: the matter disowned by naming who it is not ("this is not us, it's the bank", "thats not me sorry", "not our side -
  // the registrar has it"), the words ending their clause, in the present (the past "it wasn't me" tells who did a thing);
  // never the customer's ("not you"), a scam disowned ("not us, we never text"), "not us being difficult", or a question.
  // rwen25: "this is not for us, … are done by …" (second-language English); never "not for us to decide" (the clause goes on).
  { re: /\b(?:that|this|it|which)(?: (?:side|part|bit|one|stuff|side of things|part of it|bit of it|kind of thing|sort of thing))? (?:is|are) (?:really |just |actually |definitely )?not (?:us|me|for us|for me|our side|our end|my side|my end)(?= *(?:[,;:.!–-]|$|sorry|i am afraid|unfortunately))/, construction: 'not-ours', category: 'dismissive', not: NOT_OURS_EXCEPT },
  { re: /^(?:(?:sorry|hi|but|well|unfortunately|i am afraid|ok|okay|yeah) *,? *)?not (?:us|me|our side|our end|on our side|on our end|from our side|from our end)(?= *(?:[,;:.!–-]|$|sorry|i am afraid|unfortunately))/, construction: 'not-ours', category: 'dismissive', not: NOT_OURS_EXCEPT },
  // rwen23: the other party named, then "not us" ("thats the harbour office not us mate", "that is the council, not us"): the
  // matter handed away with "us" ruled out; never "your fault not ours" nor a question.
  { re: /\b(?:that|this|it) is (?:(?:the|your|a|an) )?(?!not\b|your fault|our fault)(?:[a-z'-]+ ){0,2}[a-z'-]+ (?:[,–-] )?not (?:us|me)(?= *(?:[,;:.!–-]|$)| (?:sorry|mate|pal|love|hun|i am afraid|unfortunately|lol)\b)/, construction: 'not-ours', category: 'dismissive', not: NOT_OURS_EXCEPT },
  // rwen24: the same in the English of agents for whom it is a second language: "screen damage is not coming under our team",
  // "this does not come under our department", "…, is not us." (a clause with its subject left out). Never "comes under the
  // warranty" (a cover given), a question, a scam disowned.
  { re: /\b(?:is|are|was|does|do) not (?:coming|come|falling|fall|covered) (?:under|within|in) (?:(?:our|my|this) (?:[a-z'-]+ )?(?:team|department|dept|scope|remit|side|area|section|jurisdiction|responsibility)|us|me)\b/, construction: 'not-ours', category: 'dismissive', not: NOT_OURS_EXCEPT },
  { re: /(?<=^|[,;:–-] )(?:that |this |it )?is not (?:us|me)(?= *(?:[,;:.!–-]|$| sorry\b))/, construction: 'not-ours', category: 'dismissive', not: NOT_OURS_EXCEPT },
  // "one for the courier, not us", "this would be one for the landlord rather than us": a matter sent on with "us" ruled out.
  { re: new RegExp(String.raw`\b(?:is|are|would be|will be|is really|are really|is more|would really be) (?:(?:one|ones|a question|questions|a job|a matter|something|a thing) )?for ${THIRD}(?: ,| -| –)? (?:not|rather than|instead of|and not) (?:us|me|our team|this team)\b`), construction: 'handled-elsewhere', category: 'dismissive', not: ACTS_FOR_YOU },
  { re: /\b(?:my|our) hands? (?:are|r|is) (?:(?:kind of|kinda|sort of|a bit|a little|really|completely|totally|rather|well and truly|pretty much) )?tied\b/, construction: 'policy-shield', category: 'policy' },
  { re: /\bno way for (?:me|us) to (?:override|bypass|change|undo|reverse)\b/, construction: 'system-blocks', category: 'cant-wont' },
  { re: /\b(?:it|that|this) is (?:just )?(?:a|an) (?:system|computer|systems|it|automated|automatic) (?:thing|limitation|restriction|rule|setting)\b/, construction: 'system-blocks', category: 'cant-wont' },
  { re: /\bthe (?:system|computer|software|tool|portal|platform) (?:just |simply )?(?:does not|do not|will not|cannot|can not) work (?:that way|like that|that|this way|like this)\b|\bthat is not how (?:the|our) (?:system|computer|software|tool|portal|platform) works\b/, construction: 'system-blocks', category: 'cant-wont' },
  { re: /\b(?:i|we) (?:do not have|have no|do not have any|have not got) access to\b(?! (?:your|any of your) (?:password|passwords|pin|card|card details|payment details|bank details|data|personal|private|messages|emails|login))/, construction: 'system-blocks', category: 'cant-wont' },
];

/** The explanations of the constructions only this pass reads (the others share ./en.ts's). */
export const EXPLAIN_DEPT_EN: Record<string, { en: string; fa: string }> = {
  'not-ours': {
    en: 'This disowns the problem ({words}): say what you can do, or who can and how to reach them.',
    fa: 'این جمله مسئولیت مشکل را از خود دور می‌کند ({words}): بگویید چه کاری از دستتان برمی‌آید، یا چه کسی رسیدگی می‌کند و چطور به او برسد.',
  },
};

/** The generic reader's sixth English pass: what the patterns read, offsets into `text`. */
export function readDeptEn(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  return readNormPatterns(PATTERNS, tokens);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(PATTERNS);
