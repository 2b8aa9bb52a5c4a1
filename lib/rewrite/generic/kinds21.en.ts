/**
 * The English generic reader's ninth pass (twenty-first session, rwen21): kinds fresh writers use that the other passes
 * leave, each a construction over the language layer's norms (lib/nlp: contractions spelt out, "u", "pls" folded), tried
 * on scripts/en-kinds21-matrix.ts (many trades, positives and close contrasts), never from a split's wording:
 *
 * - **told already, by pointing back at an earlier message** ("Like I wrote in my previous message", "as per my prev
 *   msg", "per my earlier email", "Like I've already written"): the packs list the "as I said" forms; these point at
 *   the writing. Never what the customer wrote ("as you said in your last email"), nor a promise kept ("as promised in
 *   my last email");
 * - **read it again**: the customer told to re-read what they were sent ("Kindly re-read the confirmation email",
 *   "Please read the terms again", "go back over the instructions we sent"), which says they did not read it. Never the
 *   agent re-reading ("I re-read your email"), a first reading ("Please read the attached guide"), a condition, or an
 *   offer ("feel free to read it again any time");
 * - **the tool as the reason, in the words the other passes leave**: the scheduling tools of a business (a diary, a
 *   calendar, a rota, a planner) as the machine that won't let the agent, "the portal maybe isn't letting me", and "our
 *   systems are (currently) unable to …";
 * - **an apology as a reflex**: a bare, emphatic "Sorry!!" / "Sooo sorry!" / "so so sorry!" standing as its own
 *   exclamation (two marks, or a drawn-out word), where nothing is named to be sorry for; never sympathy ("so sorry to
 *   hear that", "sorry for your loss", "Oh no, so sorry!!" after bad news), nor a plain "Sorry!" or "Sorry, …";
 *   and "I do / really / truly apologise for any confusion", the stock apology with its word of emphasis;
 * - **not ours, disowned** ("that one's not on our side", "thats a finance thing not us", "this might not be our team",
 *   "Potholes aren't a council matter, they're …"): never the customer's side ("not on your side"), a fault fixed, or a
 *   hand-over the agent makes ("… I've passed it on for you");
 * - **a rule fronted before a refusal** ("it's a company rule that we can't …") and **a service refused in a notice's
 *   words** ("No refunds after 30 days", "No exchanges on sale items"; never "No refund needed", "no charge for …");
 * - **an effort hedged without a subject, before a noun** ("Will attempt a reset overnight", "Will try a re-sync").
 *
 * Every hit is advice (no text change): only the agent knows what to say instead.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { SYSTEM_NOUNS } from './en.ts';
import type { GenericExplain, GenericHit } from './types.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns } from './norm-patterns.en.ts';

export const EXPLAIN_KINDS21_EN: GenericExplain = {
  'read-it-again': {
    en: 'This tells the customer to read again what they were sent ({words}), which says they did not read it: give the detail they need in this reply.',
    fa: 'این جمله از مشتری می‌خواهد آنچه را برایش فرستاده شده دوباره بخواند ({words})، یعنی آن را نخوانده است: همان نکته‌ای را که لازم دارد در همین پاسخ بدهید.',
  },
  'reflex-apology': {
    en: 'An apology on its own ({words}), with nothing named to be sorry for, reads as a reflex: go straight to the answer, or thank the customer.',
    fa: 'این عذرخواهی بی‌آنکه بگوید برای چه ({words})، از سر عادت خوانده می‌شود: مستقیم سراغ پاسخ بروید، یا از مشتری تشکر کنید.',
  },
};

/** What the customer was sent and may be told to read again. */
const WRITING = String.raw`(?:email|emails|e-mail|mail|message|messages|msg|msgs|text|texts|sms|letter|letters|confirmation|confirmations|terms|conditions|t&cs|tcs|instructions|guide|guidance|policy|faq|faqs|notes|note|reply|replies|response|invoice|booking|details|information|info|page|article|leaflet|booklet|manual|contract|agreement|thread|chat|ticket)`;
/** Openers of an instruction to the customer. */
const ASK = String.raw`(?:^|[,;:.!] |\b(?:so|and|but|then) )(?:(?:please|pls|plz|kindly|just|maybe|perhaps|can you|could you|would you|you may want to|you might want to|you will want to|i would suggest you|i would ask you to|i suggest you|it might help to|it may help to|try to|do) (?:(?:please|kindly|just) )?)?`;

const MACHINE = String.raw`(?:diary|diaries|calendar|calendars|rota|rotas|planner|scheduler|schedule|booking diary|appointment book|booking sheet|spreadsheet|card machine|card reader)`;
const SYSTEM = [...SYSTEM_NOUNS].filter((w) => w !== 'it' && w !== 'form' && w !== 'site').join('|');

const PATTERNS: readonly NormPattern[] = [
  // ---- told already, pointing at the writing ----
  {
    re: /(?:^|[,;:] |\b(?:and|but|so) )(?:as|like) (?:i|we) (?:have |had )?(?:already |previously |just )?(?:wrote|written|put|typed|emailed|messaged|texted)\b(?! (?:to|for) (?:your|the|our) (?!email|message|mail)[a-z]+ (?:team|colleague|manager))/,
    construction: 'talking-down',
    category: 'passive-aggressive',
    // Good news told again is no reproach: "Like I wrote to you yesterday, I'm so glad it worked out!"
    not: /\b(?:glad|happy|delighted|pleased|thrilled|congratulations|congrats|thank you|thanks|good news|great news)\b/,
  },
  {
    re: /(?:^|[,;:] |\b(?:and|but|so) )(?:as )?per (?:my|our|the|me) (?:earlier|previous|prev|last|prior|original|first|recent|past) (?:msg|message|mail|email|e-mail|reply|response|note|letter|text|chat|comment|post|emails|messages)\b/,
    construction: 'talking-down',
    category: 'passive-aggressive',
  },
  // ---- read it again ----
  {
    re: new RegExp(String.raw`${ASK}(?:re-read|reread|re read|re-check|recheck) (?:(?:the|my|our|your|that|this|all|through|over) )*(?:[a-z-]+ ){0,2}${WRITING}\b`),
    construction: 'read-it-again',
    category: 'passive-aggressive',
    not: /\b(?:if|whenever|feel free|any ?time|you are welcome|welcome to|happy to|glad to|i will|we will|i have|we have|i am|we are|let me|i can|we can|i just|we just|i)\b (?:[a-z]+ ){0,3}(?:re-read|reread|re read|re-check|recheck)\b|\?\s*$/,
  },
  {
    re: new RegExp(String.raw`${ASK}(?:read|look at|look over|check|go through|go over) (?:(?:the|my|our|that|this|all) )+(?:[a-z-]+ ){0,2}${WRITING} (?:(?:we|i) (?:sent|gave|emailed) (?:you )?)?(?:(?:once )?again|one more time|a second time|properly|more carefully|carefully this time)\b`),
    construction: 'read-it-again',
    category: 'passive-aggressive',
    not: /\b(?:if|whenever|feel free|any ?time|you are welcome|welcome to|happy to|glad to)\b|\?\s*$/,
  },
  {
    re: new RegExp(String.raw`${ASK}go back (?:over|through|to) (?:(?:the|my|our|that) )+(?:[a-z-]+ ){0,2}${WRITING}\b`),
    construction: 'read-it-again',
    category: 'passive-aggressive',
    not: /\b(?:if|whenever|feel free|any ?time|welcome to|happy to|glad to)\b|\?\s*$/,
  },
  // ---- the tool as the reason ----
  {
    re: new RegExp(String.raw`(?:^|\b(?:the|my|our|this) (?:[a-z-]+ )?)${MACHINE} (?:(?:just|still|simply|really|currently|maybe|probably|apparently) )?(?:will not|would not|does not|did not|cannot|can not|is not|keeps not) (?:(?:just|really|even) )?(?:let|letting|allow|allowing|accept|accepting|take|taking|permit|permitting) (?:me|us)\b`),
    construction: 'system-blocks',
    category: 'cant-wont',
  },
  {
    re: new RegExp(String.raw`\b(?:the|my|our|this) (?:[a-z-]+ )?(?:${SYSTEM}) (?:(?:maybe|probably|apparently|possibly|perhaps|still|currently) )+(?:is not|are not|will not|does not|do not) (?:(?:just|really) )?(?:let|letting|allow|allowing|accept|accepting|permit|permitting) (?:me|us)\b`),
    construction: 'system-blocks',
    category: 'cant-wont',
  },
  {
    re: new RegExp(String.raw`\b(?:the|my|our|this) (?:[a-z-]+ )?(?:${SYSTEM}|${MACHINE}) (?:is|are) (?:(?:currently|still|just|sadly|unfortunately|simply) )*(?:unable|not able) to\b`),
    construction: 'system-blocks',
    category: 'cant-wont',
    not: /\b(?:your|any) (?:card|password|pin|data|details|personal|bank)\b|\b(?:unable|not able) to (?:see|access|store|read|view|share) (?:your|any)\b/,
  },
  // ---- an apology as a reflex ----
  // A bare exclamation: "Sorry!!", "Sooo sorry!", "so so sorry!!", "Ahh sorry!!" (nothing named, no sympathy after).
  {
    re: /^(?:(?:ah+|ahh+|oops+|eek+|argh+|oh|omg|gosh|ugh) ,? ?)?(?:(?:so+|really|very|super|truly|so so) )*(?:sorry|sorr+y+|soz|sry)(?: (?:sorry|sorr+y+))?(?= ! !| [!]+ *$)/,
    construction: 'reflex-apology',
    category: 'over-apology',
    // Two marks or a drawn-out word; a plain "So sorry!!" is as often sympathy after bad news as a reflex.
    need: /^(?!.*\b(?:so|really|very|truly) sorry\b).*! !|\b(?:so{2,}|sorr+y{2,}|sorr{2,}y+)\b/,
    not: /\boh (?:no|dear)\b|\b(?:to hear|your loss|for you|about your)\b/,
  },
  // "I do apologise for any confusion": the stock apology with its word of emphasis.
  {
    re: /^(?:(?:and|but|again|firstly|first) ,? )?(?:i|we) (?:do|really|truly|sincerely|do sincerely|do truly) (?:apologise|apologize) (?:again )?for (?:any|the|all the|all of the) (?:confusion|inconvenience|trouble|hassle|frustration|bother|disruption)\b/,
    construction: 'stock-apology',
    category: 'over-apology',
  },
  // ---- not ours, disowned ----
  // "that one's not on our side", "the fault isn't with our team": the matter put outside (never "not on your side").
  {
    re: /\b(?:that|this|it|that one|this one|the (?:issue|problem|fault|error|delay|matter|bit|part)) (?:is|was|are|were|'s) (?:probably |really |actually |just |definitely )?not (?:on|with|at|from) (?:our|my) (?:side|end|team|department|dept|desk|office)\b(?! of (?:the|things) (?:street|road|building|town|river|border)\b)/,
    construction: 'handled-elsewhere',
    category: 'dismissive',
    not: /\b(?:for you|on your behalf|i have|i will|we will|i am passing|i have passed|i passed|we have fixed|we fixed|i fixed|i have fixed|so you do not|no need|good news)\b|\bnot (?:from|on) (?:our|my) (?:side|end)[^.]*\b(?:so|and) (?:your|you)\b/,
  },
  // "thats a finance thing not us", "it's a landlord issue, not ours".
  {
    re: /\b(?:a|an) (?:[a-z-]+ ){1,2}(?:thing|matter|issue|question|problem|query|job)(?: ,)? (?:and )?not (?:us|ours|our (?:team|department|side|thing|problem|job|area)|me|mine)\b/,
    construction: 'handled-elsewhere',
    category: 'dismissive',
  },
  // "this might not be our team", "it probably isn't our department": the scope denied with a hedge.
  {
    re: /\b(?:might|may|could|would) not be (?:our|my|this) (?:team|department|dept|area|side|desk|remit|thing|call|responsibility|office)\b|\b(?:is|are) (?:probably|possibly|maybe|likely) not (?:our|my) (?:team|department|dept|area|desk|remit|thing|responsibility|office)\b/,
    construction: 'handled-elsewhere',
    category: 'dismissive',
    not: /\b(?:for you|on your behalf|i will|we will|i have|i am passing|i have passed|i passed|who will|so you do not|no need)\b|\b(?:fault|mistake|error)\b/,
  },
  // "Potholes aren't a council matter, they're the highways agency's": a matter denied, then someone else named.
  {
    re: /\b(?:is|are|was|were) not (?:a|an|really a|really an) (?!(?:big|huge|major|serious|real|small|minor|little|new|common|problem|issue|stupid|silly|bad|wrong|strange|weird|odd|rare|unusual|easy|simple|difficult|hard|tricky|one-off|good|great|fair|valid|quick|short|long|safety|security|health|billing error|scam)\b)(?:[a-z'-]+ ){1,2}(?:matter|issue|question|thing|problem|query|job)\b(?=(?: ,)? (?:they are|it is|that is|those are|these are|they belong|that belongs|it belongs|you (?:would|will) need|try|ask|contact)\b)/,
    construction: 'handled-elsewhere',
    category: 'dismissive',
    not: /\b(?:for you|on your behalf|i have|i will|we will|i am passing|i have passed|i passed|who will|so you do not|no need)\b/,
  },
  // ---- a rule as the reason ----
  // "it's a company rule that we can't …", "It's a strict rule that we don't …": the rule fronted before the refusal.
  {
    re: /(?<=^(?:(?:sorry|but|well|unfortunately|so+|and|i checked with [a-z ]{2,20} and|i am afraid) ,? ?)*)(?:(?:it|that) is|its) (?:a|an|our|the) (?:(?:strict|firm|company|store|shop|house|club|site|head office|new|standard|general|blanket) )*(?:rule|policy|requirement|regulation) that\b/,
    construction: 'policy-shield',
    category: 'policy',
    need: /\b(?:not|only|no|never|cannot|can not|must|will not|forfeited|non-refundable)\b/,
  },
  // "No refunds after 30 days", "No exchanges on sale items": a service refused in a notice's words.
  {
    re: /(?:^|[.;:!] )no (?:refunds?|returns?|exchanges?|cancellations?|credits?|compensation|extensions?|transfers?|amendments?|changes|rebookings?|re-bookings?|late entries|late entry|admittance|admission|entry|swaps?|deferrals?|substitutions?) (?:(?:will be|are|can be) (?:given|made|offered|accepted|issued|allowed|possible) )?(?:after|beyond|past|once|outside|without|unless|on|for|within|inside|under|over|if)\b/,
    construction: 'not-available',
    category: 'cant-wont',
    not: /\bno (?:[a-z-]+ )(?:needed|necessary|required|fee|charge|cost|worries)\b|\b(?:no (?:refunds?|returns?|exchanges?) (?:needed|necessary|required))\b/,
  },
  // ---- an effort hedged without a subject, before a noun ----
  { re: /^(?:(?:ok|okay|sure) ,? ?)?(?:will|shall) (?:attempt|try) (?:a|an|another|one more|the) [a-z-]+/, construction: 'hedged-effort', category: 'uncertainty' },
];

/** The generic reader's ninth English pass: what the patterns read, offsets into `text`. */
export function readKinds21En(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  return readNormPatterns(PATTERNS, tokens);
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(PATTERNS);
