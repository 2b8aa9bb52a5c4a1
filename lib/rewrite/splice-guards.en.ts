/**
 * English splice guards: a replacement read where Apply puts it, against the words right around it.
 * Each reads a construction, not a sentence:
 *
 * - a "please" request where no bare imperative can stand: after a complementizer or subordinator
 *   ("Please note that please return it", "the only thing is that please show ID", "because please…",
 *   "I think please…"), in a relative clause on a predicate noun ("That is a question please put to your
 *   employer"), or with no base-form verb after it ("must of typed" -> "Please of typed"), or where the order
 *   itself is the dismissive part ("You need to relax" -> "Please relax");
 * - "must have" + a noun phrase (possession, a requirement: "You MUST have your booking code ready")
 *   turned into an epistemic guess ("it looks like you may have your booking code ready"): only
 *   "must have" + a past participle ("you must have entered") is a guess;
 * - a hedge doubled: "it looks like" / "it seems" put into a sentence that already hedges so;
 * - a recap or apology phrase replaced while its tail stays ("As I said in my email of 12 March" ->
 *   "Just to recap in my email of 12 March"; "…inconvenience to you and your family" -> "Thank you
 *   for your understanding to you and your family");
 * - an empathy line spliced after a clause that minimises ("it's only ten minutes late, so I
 *   understand how frustrating this is" reads sarcastic);
 * - a subject dropped while a verb joined to it stays ("I apologize … and appreciate your patience" -> "Thank you … and
 *   appreciate your patience");
 * - a replacement's own determiner after the draft's ("the L2 queue" -> "the our specialist team queue");
 * - a closing phrase ("Thank you for your understanding") put before a clause the draft ran on with no mark ("sry for the
 *   inconvinience your account is unlocked now");
 * - a not-knowing template whose carried clause runs on into another ("… on when it will ship but I will email you,
 *   and ___").
 */

/** Words after which a bare "please" imperative cannot start: a complementizer, subordinator, clause-taking verb or subject. */
const NO_IMPERATIVE_BEFORE =
  /\b(?:that|because|cause|cos|since|as|if|whenever|when|whether|unless|although|though|while|whilst|which|who|whom|whose|where|than|until|till|once|before|after|in case|think|thought|guess|believe|suppose|reckon|assume|sure|mean|means|meant|know|knew|hope|feel|felt|said|say|says|told|tell|is|was|are|were|be|been|note|noted|understand|aware|afraid|sorry|glad|seems|seem|appears|realise|realize|i|we|you|they|he|she|it|of|to|for|with|by|the|a|an|your|our|my)\s*$/i;

/** Not a base-form verb right after "please". */
const NOT_BASE_VERB =
  /^\s*(?:of|to|been|being|had|has|was|were|is|are|am|the|a|an|your|my|our|their|you|it|that|this|not|very|so|[a-z]*[aeiouy][a-z]*ing|(?![a-z]*(?:eed|bed)\b)[a-z]+ed)\b/i;

/** Why a "please" request does not fit where it lands. `before`: the sentence before it as Apply leaves it. */
function pleaseReason(before: string, original: string, rep: string): string | null {
  const m = /^(\s*)please\b/i.exec(rep);
  if (!m || /\bplease\b/i.test(original)) return null;
  if (/\b(?:must|should|could|would|might|may) of\b/i.test(original)) return 'please:must-of';
  if (NOT_BASE_VERB.test(rep.slice(m[0].length))) return 'please:no-verb';
  // "You need to relax" -> "Please relax": the order is the dismissive part, and "please" keeps it.
  if (/^\s*(?:relax|calm down|chill|cool down|settle down|stop (?:shouting|yelling|complaining|panicking)|be (?:more )?patient|be calm|keep calm|stay calm|take a (?:deep )?breath)\b/i.test(rep.slice(m[0].length))) return 'please:dismissive';
  // "must have clicked" is a guess about the past: "Please have clicked" is no request.
  const have = /^\s*have\b/i.exec(rep.slice(m[0].length));
  if (have && PARTICIPLE.test(rep.slice(m[0].length + have[0].length))) return 'please:perfect';
  // The clause before it, from the last mark that can end one.
  const cut = Math.max(...['.', '!', '?', '\n', ',', ';', ':', '(', '\u2014', ' - ', ' \u2013 '].map((c) => before.lastIndexOf(c) + (c.length === 3 ? 2 : 0)));
  const clause = before.slice(cut + 1);
  if (NO_IMPERATIVE_BEFORE.test(clause)) return 'please:after-subordinator';
  // A relative clause on a predicate noun: "That is a question you need to put to your employer", "it's something you'll
  // have to sign" (not "To get a refund, you need to …": no copula before the noun).
  if (/(?:\b(?:is|are|was|were)|['’]s)\s+(?:a|an|the|one|something|anything|someone|somebody|what|where|who)\b[^,;:]*$/i.test(clause)) return 'please:relative-clause';
  return null;
}

/** A past participle (or an adverb before one) after "must have": the guess reading. */
const PARTICIPLE =
  /^\s*(?:(?:already|just|accidentally|mistakenly|probably|perhaps|maybe|somehow|then|also|actually|originally|previously|still|never|not|only|simply|inadvertently|\w+ly)\s+)*(?:[a-z]+(?:ed|en|wn|ne)|been|had|got|gotten|made|put|set|sent|left|lost|paid|bought|kept|read|said|told|thought|found|brought|caught|taught|sold|heard|held|meant|built|spent|felt|hit|let|cut|shut|run|come|become|begun|won|seen|done|gone|known|taken|given|written|chosen|forgotten|mistyped|typed|missed|signed|clicked)\b/i;

/** Why turning "must have" into a guess is wrong here. */
function mustHaveReason(original: string, rep: string): string | null {
  const m = /\bmust\s+have\b/i.exec(original);
  if (!m) return null;
  if (!/\b(?:may|might|could|it looks like|it seems|seems|probably|perhaps)\b/i.test(rep)) return null;
  if (!/\bhave\b/i.test(rep) && !/\bwas\b|\bwere\b/i.test(rep)) return null;
  return PARTICIPLE.test(original.slice(m.index + m[0].length)) ? null : 'must-have:requirement';
}

/** A clause already put in someone else's mouth ("According to the rider", "the driver says", "our records show"). */
const ATTRIBUTED = /\b(?:according to|as per|going by)\b[^.!?\n]*$|\b(?:says|said|reports|reported|shows|showed|notes|noted|states|stated)\s+(?:that\s+)?$/i;

// rwen28: "it would appear (that)", "it would seem" are the same hedge in a letter's register.
const HEDGE = /\b(?:it\s+looks\s+like|looks\s+like|it\s+seems|seems\s+(?:like|that|to)|it\s+appears|appears\s+(?:that|to)|it\s+(?:would|does|may|might)\s+(?:appear|seem)|apparently)\b/i;

/** A hedge the replacement adds to a sentence that already has one. */
function hedgeReason(before: string, original: string, rep: string, after: string): string | null {
  if (!HEDGE.test(rep) || HEDGE.test(original)) return null;
  if (HEDGE.test(before) || HEDGE.test(after.split(/[.!?\n]/)[0])) return 'hedge-doubled';
  // "According to the rider it looks like you didn't pick up": the report is already someone else's; a hedge on it reads twice removed.
  return ATTRIBUTED.test(before) ? 'hedge-after-attribution' : null;
}

/** A closing or recap phrase that stands alone: it takes no object or tail after it. */
const STANDALONE =
  /^\s*(?:just to recap|to recap|to sum up|let me clarify|thank(?:s| you) (?:so much |again )?for (?:your|bearing with|waiting)(?: \w+)?|thank(?:s| you)|i understand(?: how \w+ (?:this|that) (?:is|must be))?(?: this is \w+)?|i appreciate (?:your|you)(?: \w+)?)[\s.!,]*$/i;

/** What a removed recap's own tail looks like: where or when it was said ("in my email of 12 March", "to your colleague", "yesterday"). */
const RECAP_TAIL =
  /^\s*(?:of|in|on|at|to|from|by|with|over|via|during|about|regarding|re|for|earlier|before|yesterday|today|last|previously|below|above|already|twice|several|many|more than|this|that)\b/i;
/**
 * What a removed apology's own tail looks like: who was troubled or what caused it ("to you and your family", "caused by
 * the outage", "this may cause", "my earlier mail may have caused").
 */
const THANKS_TAIL =
  /^\s*(?:to|by|caused|this|that|which|it|from|of|you(?:['’]ve| have)? (?:experienced|had|suffered)|(?:my|our|the|your|his|her|their)\s+(?:\w+\s+){0,3}(?:(?:may|might|could|must)\s+have\s+|has\s+|have\s+|had\s+)?caused)\b/i;

function tailReason(original: string, rep: string, after: string): string | null {
  if (!STANDALONE.test(rep)) return null;
  if (!/\b(?:said|mentioned|explained|stated|told|advised|wrote|noted|informed|apologi[sz]e|sorry|inconvenience|apologies|trouble|delay|confusion)\b/i.test(original)) return null;
  if (/^\s*[,.;:!?\n)\u2014"”]/.test(after) || !after.trim()) return null;
  // "…for your understanding and thank you for waiting", "… we are looking into it" are a new clause; "…for your patience on this one" fits.
  const recap = /\b(?:recap|sum up)\b/i.test(rep);
  // A match that stopped inside its noun phrase ("As I said in my earlier| reply, …"): the head noun would be left behind.
  if (recap && /\b(?:my|our|the|your)\s+(?:earlier|last|previous|first|recent|latest|original|prior)\s*$/i.test(original)) return 'tail-left';
  return (recap ? RECAP_TAIL : THANKS_TAIL).test(after) ? 'tail-left' : null;
}

/**
 * A new clause the draft ran on with no mark before it ("sry for the inconvinience your account is unlocked now"): a
 * closing replacement put there reads as one broken sentence ("Thank you for your understanding your account is unlocked
 * now"). A subject (a pronoun, or a determiner and up to six words: "the freeze on ur debit card has been lifted") and a finite
 * verb right after the match.
 */
const RUN_ON_CLAUSE =
  /^[ \t]+(?:(?:i|we|you|u|it|they|he|she|there)\s+(?:[\w'’-]+\s+){0,2}?(?:is|are|was|were|am|has|have|had|will|would|can|could|should|may|might|must|did|do|does|need|needs|[a-z]+ed)\b|(?:this|that|the|your|ur|my|our|their|his|her)\s+(?:[\w'’-]+\s+){0,6}?(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|isn['’]?t|wasn['’]?t|hasn['’]?t|won['’]?t)\b)/i;

function runOnReason(rep: string, after: string): string | null {
  // A thanks that closes on its own words (a recap or an empathy line that ends in its own comma leads into the clause).
  if (!/^\s*thank/i.test(rep) || /[,.!;:]\s*$/.test(rep)) return null;
  return STANDALONE.test(rep) && RUN_ON_CLAUSE.test(after) ? 'run-on-clause' : null;
}

/** An empathy line, and a clause that minimises the trouble before it in its sentence. */
const EMPATHY = /\b(?:i understand|i can see|i know how|i hear you|i appreciate|frustrat\w*|upsetting|annoying|i['’]?m sorry (?:you|this|that))\b/i;
const MINIMISER =
  /\b(?:only|just|merely|barely|simply|a (?:few|couple of) (?:seconds?|minutes?|mins?|hours?|days?|pounds?|dollars?|euros?|quid)|a (?:small|minor|tiny|little|slight|quick)\b|not (?:a|that|such a|very) (?:big|huge|major|long|serious)|no big deal|nothing (?:serious|major|to worry about)|hardly)\b/i;

function empathyReason(before: string, original: string, rep: string, after = ''): string | null {
  if (!EMPATHY.test(rep) || EMPATHY.test(original)) return null;
  if (MINIMISER.test(before)) return 'empathy-after-minimising';
  // "Relax, it's just a delay at the wholesaler" -> "I understand this is frustrating, it's just a delay …": the clause right
  // after the empathy line takes it back.
  const next = after.replace(/^\s*[,;:\u2014-]?\s*/, '').split(/[,;.!?\n]/)[0];
  return MINIMISER.test(next) ? 'empathy-before-minimising' : null;
}

/**
 * Why `rep`, put in place of `original` between `before` and `after` (the sentence as Apply leaves it),
 * would not read right, or null.
 */
/**
 * A not-knowing template that carries the rest of its clause ("I don't have a confirmed answer yet on when {rest}, and
 * ___") where that rest runs on into a clause of its own ("… when it will ship but I will email you"): the blank lands
 * after the agent's next clause.
 */
const CARRIED_CLAUSE = /\bconfirmed answer yet on\b.*\b(?:(?:but|and|so|because|cause|as|though|although)\s+(?:i|we|you|it|they|this|that|there|he|she)|(?:but|so|because|cause|though|although)\s+(?:the|my|our|your|their))\b.*,\s*and ___/i;

/** A replacement that opens with its own determiner put after the draft's ("the L2 queue" -> "the our specialist team queue"). */
function determinerReason(before: string, original: string, rep: string): string | null {
  const det = /^\s*(?:the|a|an|our|your|my|their|his|her)\s/i;
  if (!det.test(rep) || det.test(original)) return null;
  return /(?:^|\s)(?:the|a|an|our|your|my|their|his|her|this|that|these|those)\s*$/i.test(before) ? 'determiner-doubled' : null;
}

/**
 * The subject a replacement drops while a verb joined to it stays: "I apologize for any inconvenience and appreciate your
 * patience" -> "Thank you for your understanding and appreciate your patience" (not "… and thank you for …", "… and have a
 * good day": those stand on their own).
 */
function subjectReason(original: string, rep: string, after: string): string | null {
  if (!/^\s*(?:i|we)\b/i.test(original) || /^\s*(?:i|we)\b/i.test(rep)) return null;
  return /^\s*and\s+(?!(?:thank|thanks|i|we|you|the|your|it|this|that|have|enjoy|take|let|please|so|then|our|my)\b)(?:will\s+|would\s+|also\s+|really\s+)?(?:appreciate|value|hope|look|trust|want|wish|understand|am|are|will|would|can|shall|remain)\b/i.test(after)
    ? 'subject-lost'
    : null;
}

/**
 * A third-person "doesn't" dropped in front of its bare verb: "The discount doesn't apply until your next order" -> "The
 * discount apply once …" (the verb would need its -s, and the rule cannot know it).
 */
function doesReason(original: string, rep: string): string | null {
  const m = /^\s*(?:doesn['’]?t|does\s+not)\s+([a-z]+)/i.exec(original);
  if (!m) return null;
  const first = /^\s*([a-z]+)/i.exec(rep);
  return first && first[1].toLowerCase() === m[1].toLowerCase() ? 'agreement:does-dropped' : null;
}

/**
 * A replacement that opens with a fronted phrase of its own ("to accept returns, we'll just need a receipt", "rather than
 * …, we can", "while we don't …") put after a verb that takes a clause: "Policy states we can't accept returns without a
 * receipt" -> "Policy states to accept returns, we'll just need a receipt" reads as the policy telling someone to accept.
 */
function clauseVerbReason(before: string, rep: string): string | null {
  if (!/^\s*(?:to|in order to|rather than|while|whilst|once|instead of)\b/i.test(rep)) return null;
  return /\b(?:states?|stated|says?|said|dictates?|stipulates?|means|meant|requires?|required|explains?|explained|confirms?|confirmed|shows?|showed|notes?|noted|mentions?|mentioned|is|was|are|were)(?:\s+that)?\s*$/i.test(before) ? 'splice:after-clause-verb' : null;
}

/** "ill try and see if the driver can …" -> "I'll aim to see if …": a hedge on a hedge ("see if" already says it may not work). */
function aimToSeeReason(rep: string): string | null {
  return /\baim to (?:see|check|find out|look into) (?:if|whether)\b/i.test(rep) ? 'hedge:aim-to-see-if' : null;
}

export function spliceReason(before: string, original: string, rep: string, after: string, kind: 'rewrite' | 'template'): string | null {
  if (kind === 'template' && CARRIED_CLAUSE.test(rep)) return 'template:carried-clause';
  if (kind !== 'rewrite') return null;
  return doesReason(original, rep) ?? clauseVerbReason(before, rep) ?? determinerReason(before, original, rep) ?? subjectReason(original, rep, after) ?? pleaseReason(before, original, rep) ?? mustHaveReason(original, rep) ?? hedgeReason(before, original, rep, after) ?? tailReason(original, rep, after) ?? runOnReason(rep, after) ?? empathyReason(before, original, rep, after) ?? aimToSeeReason(rep);
}
