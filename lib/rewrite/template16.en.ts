/**
 * Sentence templates for English refusals left as advice (seventeenth session, branch rwtpl10en, issue 12).
 *
 * Writers of the late13-late15 splits wanted a template ("What I can do is ___") for a plain refusal, a "the system won't
 * let me", a policy wall, "not my department" and "I don't know", and the engine mostly gave advice: the pack's template
 * frames a clause ("while I can't X, what I can do is ___"), and a frame does not fit a refusal with a reason or a time
 * after it ("… as the elements are no longer manufactured"), after "but" ("I tried twice but the system doesn't allow …"),
 * a policy named as the reason, or a not-knowing with a guess after it. The guards (guard.ts, keep-refusal.ts,
 * redirect-blank.alt7.ts) rightly turned those frames into advice.
 *
 * This stage keeps the agent's sentence exactly as written and adds one sentence after it, before its own end mark:
 * "We don't offer repairs on models made before 2015, as the elements are no longer manufactured. What we can do is ___."
 * The refusal stays a refusal, its reason stays, and the blank is where the agent types what they can do: the template
 * promises nothing, names nobody and dates nothing. It is offered only where the agent has not already given a way
 * forward (keep-refusal.ts: blind readers judged a second offer wrong):
 *
 * - an offer, an alternative or a positive "can/will" in the refusal's sentence after it or in the next two sentences
 *   ("…, but once it's cleared the site manager can do it", "… However, we can send a replacement.");
 * - a redirect (who handles it, whom to contact, where it goes through: "billing handles refunds over £200");
 * - an offer of the agent's before the refusal, in its sentence or the sentence before;
 * - "nothing I can do", "out of our hands", "no other options": an offer would contradict the agent;
 * - a refusal inside an "if", "while", "although", "because" clause, a question, a sentence closed by "!" or "…";
 * - a regret ("Sorry about that.") as the next sentence: the blank would come before the apology;
 * - a second template in the sentence, or a pack template the guard turned into advice for a reason this stage cannot
 *   mend (an offer already there, a redirect said, a refusal repeated, a dismissive remark).
 *
 * The suggestion's text runs from the refusal's words to the sentence's end (before its full stop, or at the end of a line
 * with no mark: chat stays as written) and gives them back with the blank sentence after them; its flag stays on the
 * refusal's words. Only en-core's rules (by id, so a team's copy of the pack behaves the same) and the generic reader's:
 * a team's own advice rule is left as its author made it.
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { GENERIC_PACK_ID } from './generic/index.ts';
import { sentences } from '../text/index.ts';
import { tokenize } from '../nlp/index.ts';
import { finglishIndices, isFinglishWord } from '../tone/cues/finglish.ts';

/**
 * (rwfa28) Persian in Latin letters («salam, estakhr ta avale mehr baz nemishe»): the English layer reads it, but an English
 * blank sentence after it («… What we can do is ___») puts English text into a Persian reply. The sentence is Finglish when
 * its flagged words hold a Finglish word («nemishe», «nistam») or its words are Finglish by lib/tone's measure; it keeps
 * its advice.
 */
function finglishSentence(sentence: string, flagged: string): boolean {
  const keys = (t: string) => tokenize(t).filter((x) => x.word && x.lang === 'en').map((x) => x.text.toLowerCase());
  return keys(flagged).some(isFinglishWord) || finglishIndices(keys(sentence)).length > 0;
}

/** Why the guard turned a template into advice (set by engine.ts's toAdvice). */
export const adviceReasons = new WeakMap<object, string>();

/** Guard reasons that mean the sentence already says something this template would contradict or repeat. */
const KEEP_ADVICE = /^(?:template:offer-already|template:redirect-said|refusal-repeated|dismissive-to-promise|template:not-knowing|regret-to-upset-customer|regret-only-softener|softener-on-bad-news|polarity)/;

export type TemplateFamily = 'refusal' | 'not-knowing' | 'not-my-dept';

/**
 * en-core's refusal and policy rules (advice and templates; a team's copy of the pack keeps their ids, a team's own rule is
 * left as its author made it). The generic reader's refusals are read by category.
 */
const REFUSAL_IDS = new Set([
 'cant-help-with', 'against-policy', 'rules-are-rules', 'no-exceptions', 'not-authorized', 'refusal-i-cant',
 'refusal-we-cant', 'refusal-no-way-we', 'refusal-no-way-i', 'refusal-you-cant', 'refusal-not-possible-to',
 'refusal-not-possible-for-us', 'refusal-cant-once', 'refusal-cant-when', 'refusal-cant-if', 'refusal-cant-because',
 'refusal-not-possible', 'refusal-not-possible-where', 'refusal-not-possible-rest', 'refusal-impossible',
 'refusal-we-dont', 'refusal-we-wont', 'refusal-not-allowed', 'refusal-not-allowed-we', 'refusal-doesnt-cover',
 'refusal-doesnt-include', 'refusal-dont-cover', 'not-something-we-can', 'not-something-we-offer',
 'system-wont-let-me-action', 'system-wont-let-me', 'system-wont-bare', 'policy-wall-advice', 'against-policy-2',
 'wont-work-for', 'we-no-longer', 'is-not-available', 'are-not-available', 'no-option-to', 'not-eligible',
 'cant-do-that', 'is-not-included', 'are-not-included', 'is-not-included-bare', 'are-not-included-bare',
 'not-our-policy-to', 'policy-doesnt-allow', 'no-can-do',
 'refuse-to', 'wont-be-possible-to', 'refusal-named-subject', 'refusal-no-way-for-us', 'refusal-flat-advice',
 'cant-do-bare', 'refusal-we-dont-sell', 'against-policy-to', 'policy-forbids-en', 'policy-says-only',
 'system-wont-let-general',
]);
/** Pack rules (and generic constructions) whose advice reads a plain refusal, a system or policy wall, or a not-knowing. */
const REFUSAL_EXCLUDED = new Set(['cant-find-any', 'declined', 'cant-do-anything', 'cant-without-we', 'cant-without-i', 'cant-without-you', 'cant-unless', 'cant-until', 'no-access']);
const NOT_KNOWING = new Set([
  'dont-have-info', 'i-dont-know-when', 'i-dont-know-why', 'i-dont-know-if', 'i-dont-know-how', 'i-dont-know-what', 'i-dont-know-where', 'i-dont-know-which', 'i-dont-know',
  'not-sure', 'not-knowing-wh', 'not-knowing', 'not-sure-bare', 'not-sure-bare-filler', 'not-sure-bare-end', 'we-dont-know', 'no-information', 'cant-say-when',
]);
const NOT_MY_DEPT = new Set([
  'not-my-department', 'not-my-department-2', 'not-my-department-bare', 'not-something-i-handle', 'only-handle-not', 'not-my-dept-more',
  'not-my-dept-cant-help-with',
]);
/** "Not our responsibility once it's delivered" may have no team behind it: the refusal's blank ("What we can do is ___"). */
const RESPONSIBILITY = new Set(['not-my-responsibility', 'not-our-responsibility-cond']);

export function familyOf(s: Pick<Suggestion, 'ruleId' | 'category' | 'packId'>): TemplateFamily | null {
  if (NOT_KNOWING.has(s.ruleId)) return 'not-knowing';
  if (NOT_MY_DEPT.has(s.ruleId)) return 'not-my-dept';
  if (RESPONSIBILITY.has(s.ruleId)) return 'refusal';
  if (s.packId === GENERIC_PACK_ID ? (s.category === 'cant-wont' || s.category === 'policy') && !REFUSAL_EXCLUDED.has(s.ruleId) : REFUSAL_IDS.has(s.ruleId)) return 'refusal';
  return null;
}

const NEG_AUX = String.raw`(?!n['’]?t\b|not\b|never\b|only\b|just\b|no\b|hardly\b|barely\b|be (?:charged|billed|held|liable|responsible)\b)`;
/**
 * A way forward already written: an offer, an alternative, a positive can/will, a next step for the customer, a redirect.
 * (Read on the refusal's sentence after the refusal and on the next sentences.)
 */
const WAY_FORWARD = new RegExp(
  [
    String.raw`\b(?:i|we|you) (?:may|might) be able to\b`,
    String.raw`\b(?:can|will|['’]ll|could(?! be\b| have\b|['’]ve\b))\s+${NEG_AUX}(?:still |also |then |now |happily |gladly |easily |definitely )?[a-z]`,
    String.raw`\b(?:ill|youll|well|theyll)\s+(?:be|get|send|have|need|pass|ask|arrange|book|look|check|do|sort|call|email)\b`,
    String.raw`\b(?:however|alternatively|instead|though|although|meanwhile|in the meantime|the good news|on the bright side|either way)\b`,
    String.raw`\bbut (?!(?:i|we|you|it|they|that|this|there)(?:['’]?re|['’]?m|['’]?s)? (?:can['’]?t|cannot|can not|won['’]?t|wont|don['’]?t|dont|doesn['’]?t|doesnt|are not|aren['’]?t|am not|is not|isn['’]?t|was not|wasn['’]?t|have no|had no)\b)(?:i|we|you|your|the|there|it|they|once|if|after|when|as soon as)\b`,
    String.raw`\b(?:you(?:['’]d| would| will|['’]ll)? (?:need|have|want) to|you(?:['’]ll| will)? need\b|you (?:should|must|may want to|might want to|could try)\b|(?:please|kindly|pls|plz)(?! (?:note|be aware|understand|bear in mind|accept|know))|is how|the (?:best|only|quickest|easiest) (?:way|option|route)|(?:i|we)['’]?d (?:suggest|recommend|advise)|(?:i|we) (?:suggest|recommend|advise)|feel free|you['’]re welcome to|you are welcome to|happy to|glad to)\b`,
    String.raw`\b(?:i|we)(?:['’]m|['’]re| am| are) (?!afraid\b|sorry\b|unable\b|not\b|really\b|very\b|so\b|just\b|still\b|also\b)\w+ing\b`,
    String.raw`\b(?:i|we)(?:['’]ve| have| had|['’]d) (?:just |already |now )?(?:sent|issued|refunded|arranged|added|booked|passed|raised|asked|emailed|credited|escalated|applied|put|set up|flagged|logged|made|found|reserved|moved|forwarded|contacted|spoken|reached out)\b`,
    String.raw`\b(?:i|we)(?:['’]d| would) (?:need|have) to\b`,
    String.raw`\b(?:will|would|shall) (?:still |then |now |also |automatically )?be (?:credited|refunded|returned|reimbursed|reissued|issued|sent|covered|honou?red|waived|paid|available|open|ready|back|fine|possible|processed|released|restored|delivered|replaced|extended)\b`,
    String.raw`\b(?:is|are|['’]s|['’]re) (?:still |also )?(?:possible|available|fine|ok|okay|allowed|free|eligible|open|an option|doable)\b`,
    String.raw`(?<!\b(?:the|a|an|by|over|on|your|our|via|per|this|that|any|no) )\b(?:contact|call|ring|phone|e-?mail|message|ask|write to|reach out to|speak (?:to|with)|talk to|get in touch with|visit|pop (?:in|into|by)|head to|go to|apply (?:online|through|via|at)|use|try|book|order)\s+(?:the |your |our |their |a |an |us |them |it |this |that )?[a-z0-9]`,
    String.raw`\b(?:go(?:es)?|went|come|comes|has to come|have to come|need to go|needs to go|must go|must come) (?:straight |directly )?(?:through|via|to)\b`,
    String.raw`\b(?:handled|dealt with|managed|decided|answered|processed|covered|sorted|taken care of|looked after) by\b`,
    String.raw`\b(?:until|till|unless|without|as soon as)\b`,
    String.raw`\b(?:sort|sorts|sorted) (?:out|that|this|these|those|it|them)\b|\b(?:handle|handles|deal with|deals with|manage|manages|take care of|takes care of|look after|looks after|cover|covers|process|processes|own|owns|issue|issues|look into|looks into|pick (?:it|this|that|them) up|picks (?:it|this|that|them) up)\b`,
    String.raw`\b(?:would|will|['’]d|['’]ll|need to|needs to|has to|have to) (?:have to |need to )?(?:answer|handle|deal with|sort|decide)\b`,
    String.raw`\b(?:decides?|decided|is up to|are up to|up to (?:the|your|our|their)|you (?:want|need) (?:the|to speak|to talk|to contact|to ask|to call))\b`,
    String.raw`\bis (?:one|a question|a matter) for\b|\b(?:team|department|desk|office|support|agent|provider|issuer|bank|carrier|courier|insurer|manufacturer|landlord|airline)\s+(?:can|could|will|would|should)\b(?!\s+not\b|n['’]?t)`,
    String.raw`\b(?:via|through|using) (?:the |our |your |a |an )?(?:online |web |mobile )?(?:portal|website|site|app|form|link|account|dashboard)\b|\b(?:in (?:store|branch|person)|online|at (?:the|any|a|your nearest) (?:store|branch|counter|desk|office|service centre|service center))\b`,
    // (twentieth session) the alternative said in other words: "you'd need Pro for that", ", only paper and card", "it only
    // goes back to the original card", "set by the port", "a permit is needed", "drops off automatically", "checking now".
    String.raw`\byou(?:['’]d|d| would) need\b`,
    String.raw`[,;:\u2013\u2014]\s*(?:but\s+)?only\b`,
    String.raw`\b(?:it|they|we|this|that|refunds?|payments?)\s+only\s+(?:goes|go|works|work|accepts?|takes?|ships?|covers?|allows?|lets?|comes?|supports?|applies|apply|returns?|gets?)\b`,
    String.raw`\b(?:is|are) (?:run|set|owned|controlled|operated) by\b|\b(?:sets|controls|owns|runs) (?:the|these|those|them|it|this|that|all|any)\b`,
    String.raw`\b(?:is|are) (?:needed|required)\b`,
    String.raw`\bautomatically\b`,
    String.raw`\bchecking (?:now|on (?:it|this|that)|with)\b|\blooking into (?:it|this|that) now\b`,
    String.raw`___`,
  ].join('|'),
  'i',
);

/** An offer of the agent's before the refusal ("I can send a label, but we can't …"); "we can't" is no offer. */
const OFFER_BEFORE = /\b(?:(?:i|we)(?:['’]ll| will| can| could| would be happy to| am happy to|['’]m happy to|['’]re happy to| are happy to)|you (?:can|could|may))(?!['’]?t\b|not\b| not\b| only\b| never\b)\b/i;

/** The sentence says there is nothing to offer: an offer after it would contradict the agent. */
const NOTHING_TO_OFFER =
  /\bnothing (?:else |more |further )?(?:i|we|anyone|they|the team) (?:can|could|am able to|are able to) do\b|\bnothing (?:else |more |further )?(?:can|could) be done\b|\b(?:can['’]?t|cannot|can not|cant) do anything\b|\bout of (?:our|my) hands\b|\bno other (?:options?|alternatives?|way)\b|\bthere['’]?s no way\b|\bthere is no way\b|\bno way (?:around|round)\b|\bthat['’]?s (?:final|that)\b|\b(?:decision|answer|ruling|outcome|verdict)s? (?:is|are|was|were) final\b|\b(?:decision|ruling|outcome|verdict) stands\b|\b(?:under|in) (?:any|no) circumstances?\b|\bno exceptions?\b|\bend of\b/i;

/** The refusal sits in a clause that is not the agent's own no: a condition, a concession, a reason, a report, a question. */
const SUBORDINATE_BEFORE =
  /\b(?:if|unless|whether|in case|when|whenever|while|whilst|although|though|even though|even if|because|since|as|so that|which|who|where|why|you (?:said|mentioned|asked|wrote|thought|think|were told)|(?:he|she|they) (?:said|told|mentioned))\b[^,;:.!?]*$/i;

/** A remark on the customer's feelings ("not sure why you're so worried", "no idea why ur so stressed"). */
const DISMISSIVE_WHY = /\bwhy (?:you|u|ur)(?:['’]re| are| re| r|['’]d| would| think| keep| feel| expect| need| want| so)?\b[^.!?]*\b(?:so|that|this|such|getting|being) (?:worried|upset|angry|annoyed|stressed|bothered|surprised|worked up|concerned|cross|mad|fussed)\b|\bwhy (?:you|u)(?:['’]re| are| re| would| keep| think)\b/i;

const TIME_LIMIT =
  /\b(?:until|till|before|earlier than|sooner than|any (?:earlier|sooner)|within the (?:first|next|last))\b|\bfor (?:(?:another|the next|the first|a further|a few|a couple of|an?|more|further|at least|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty)\s+){0,3}(?:hours?|days?|weeks?|months?|minutes?|business days?|working days?)\b/i;

/** A forecast in the negative: "won't make much difference", "doesn't matter", "wouldn't be worth it". */
const PREDICTION = /\b(?:won['’]?t|wont|will not|doesn['’]?t|doesnt|does not|wouldn['’]?t|wouldnt|would not)\s+(?:really\s+)?(?:make (?:much |any |a (?:big |huge |real )?)?difference|matter|help much|be worth)\b/i;
/** Any negation or restriction: a refusal has one. */
const NEG_ANY = /\b(?:not|no|never|cannot|unable|only|non[- ]?[a-z]+|against|excluded|final|ineligible|prohibit|prohibits|prohibited|forbid|forbids|forbidden|restricted|impossible)\b|n['’]t\b|\b(?:cant|wont|dont|doesnt|isnt|arent|didnt|couldnt|shouldnt|wasnt|werent|havent|hasnt)\b/i;
/** A way forward for the customer said before the refusal in its own sentence ("You need to upload it via the portal, we don't …"). */
const WAY_BEFORE = /\b(?:you(?:['’]d| would| will|['’]ll)? (?:need|have) to|you(?:['’]ll| will|['’]d| would)? need\b|you (?:can|could|may|should|must)\b|(?:please|kindly|pls|plz)\b(?! (?:note|be aware|understand|bear in mind|accept|know)))/i;
/** The next sentence goes on about the system the refusal named ("It greys the button out …"): a rewrite that drops the
 *  system from the refusal leaves that "it" with nothing to point at, and a blank before it breaks the explanation. */
const IT_NEXT = /^\s*(?:it|this|that)\s+(?!(?:is|was|['’]s)\s+(?:a|an|the|my|our|your)\b)[a-z'’]+/i;

/** A regret or an apology opening the next sentence ("Sorry about that."): the blank would stand before it. */
const REGRET_NEXT = /^\s*(?:so sorry|sorry|apologies|my apologies|i['’]?m sorry|im sorry|i am sorry|we['’]?re sorry|we are sorry|i apologi[sz]e|we apologi[sz]e|unfortunately|sadly|i['’]?m afraid|im afraid)\b/i;

/** Words of the agent as one person, and as the team. */
const FIRST_SINGULAR = /\b(?:i|i['’]m|im|i['’]ve|ive|i['’]ll|i['’]d|me|my|myself)\b/i;
const FIRST_PLURAL = /\b(?:we|we['’]re|we['’]ve|we['’]ll|we['’]d|us|our|ours)\b/i;

function person(flaggedText: string, sentence: string): 'I' | 'we' {
  if (FIRST_PLURAL.test(flaggedText)) return 'we';
  if (/\bi\b/i.test(flaggedText) || FIRST_SINGULAR.test(flaggedText)) return 'I';
  if (/\b(?:system|computer|tool|software|app|portal|platform|screen|program) (?:won['’]?t|wont|will not|doesn['’]?t|doesnt|does not|isn['’]?t|isnt|is not) (?:let|allow)(?:ing)? me\b/i.test(sentence)) return 'I';
  const i = sentence.search(FIRST_SINGULAR);
  const w = sentence.search(FIRST_PLURAL);
  if (i >= 0 && (w < 0 || i < w)) return 'I';
  return 'we';
}

/** The blank sentence each family adds, for the agent as `p`. */
export function templatesFor(family: TemplateFamily, p: 'I' | 'we'): string[] {
  if (family === 'not-my-dept') return ['The team that handles this is ___'];
  if (family === 'not-knowing') return [`What ${p} can do is ___`, `What ${p} can tell you now is ___`];
  return [`What ${p} can do is ___`];
}

interface Sent {
  start: number;
  end: number;
  text: string;
}

/**
 * Where a sentence's added template goes: before its closing full stop, or after its last word when it has no mark
 * (a chat line). null for a question, an exclamation, a trailing "…", a colon or a sentence ending on an emoticon.
 */
export function insertionPoint(draft: string, sent: Sent): number | null {
  let e = sent.end;
  while (e > sent.start && /\s/.test(draft[e - 1])) e--;
  if (e <= sent.start) return null;
  const last = draft[e - 1];
  if (last === '.') {
    if (draft[e - 2] === '.') return null;
    return e - 1;
  }
  if (/[\p{L}\p{N}%)'’"”]/u.test(last)) {
    if (last === ')' && /[:;]-?\)$/.test(draft.slice(sent.start, e))) return null;
    return e;
  }
  return null;
}

const lower = (s: string) => s.toLowerCase();

/**
 * Why no sentence template fits, or null. `sent`: the refusal's sentence; `next`: the text of up to two sentences after it;
 * `prev`: the sentence before it.
 */
export function sentenceTemplateReason(draft: string, s: Pick<Suggestion, 'flagged' | 'ruleId' | 'category'>, family: TemplateFamily, sent: Sent, prev: string, next: string): string | null {
  const before = lower(draft.slice(sent.start, s.flagged.start));
  const flaggedText = lower(draft.slice(s.flagged.start, s.flagged.end));
  // For a not-knowing, the clause it doesn't know ("when the engineer will arrive") is no offer: read from its end on.
  const after0 = lower(draft.slice(s.flagged.end, sent.end));
  const after = family === 'not-knowing' ? after0.replace(/^[^,;:\u2013\u2014]*?(?=\b(?:but|and|so|though|although|however|because|as|since)\b|[,;:\u2013\u2014]|$)/, '') : after0;
  const nextLo = lower(next);
  if (/\?/.test(sent.text)) return 'question';
  // A forecast, not a refusal ("the faster package won't make much difference over wifi"): no offer is missing.
  if (PREDICTION.test(flaggedText + after)) return 'prediction';
  // A policy named where nothing is refused ("The hold is released once the car is back. It's company policy."): no blank.
  if (family === 'refusal' && prev.trim() && !NEG_ANY.test(sent.text) && !NEG_ANY.test(prev)) return 'no-refusal';
  // The next sentence explains the refusal ("It locks 24 hours before the start."): a blank would cut the explanation off.
  if (family === 'refusal' && IT_NEXT.test(next)) return 'explains-next';
  // A sentence in capitals reads as shouting: a blank sentence in normal case after it fits neither way.
  if ((sent.text.match(/[A-Z]/g) ?? []).length > 3 * (sent.text.match(/[a-z]/g) ?? []).length) return 'capitals';
  // A remark on the customer's feelings ("not sure why you're so worried") is no question to answer: no blank after it.
  if (DISMISSIVE_WHY.test(sent.text)) return 'dismissive';
  if (SUBORDINATE_BEFORE.test(before.replace(/^[\s\S]*[,;:\u2013\u2014]/, ''))) return 'subordinate';
  if (NOTHING_TO_OFFER.test(sent.text) || NOTHING_TO_OFFER.test(nextLo)) return 'nothing-to-offer';
  if (OFFER_BEFORE.test(before) || OFFER_BEFORE.test(lower(prev)) || WAY_FORWARD.test(before.replace(/\bbut\b[^,;]*$/, ''))) return 'offer-before';
  // The refusal's own words can hold the way forward ("only handles", "goes through"): read them with what follows.
  if (WAY_FORWARD.test(after) || WAY_FORWARD.test(nextLo)) return 'offer-after';
  // The flagged words themselves can run on into a redirect ("that's not my department, you'll have to speak to billing"):
  // read them without the refusal's own verb ("something I handle", "we don't cover", "only deal with").
  // A not-knowing's slot can run past its clause ("not sure why it failed so we are checking the logs"): read what follows
  // the clause it doesn't know.
  if (family === 'not-knowing') {
    const tail = (flaggedText + after0).replace(/^[\s\S]*?\b(?:why|when|what|where|which|who|how|if|whether)\b/, '');
    if (WAY_FORWARD.test(tail.replace(/^[^,;:\u2013\u2014]*?(?=\b(?:but|and|so|though|although|however|because|as|since)\b|[,;:\u2013\u2014]|$)/, ''))) return 'offer-in-flag';
  }
  if (family !== 'not-knowing' && WAY_FORWARD.test(flaggedText.replace(/\b(?:not|n['’]?t|nt|something|anything|only|no)\b(?:\s+[\w'’]+){0,3}?\s+(?:handle|handles|deal with|deals with|cover|covers|look after|looks after|manage|manages|process|processes|do|does|work on|sort out)\b/g, ' ') + after)) return 'offer-in-flag';
  if (family !== 'refusal' && /\b(?:but|however)\b/.test(after)) return 'offer-after';
  if (REGRET_NEXT.test(next)) return 'regret-next';
  // A time limit is a time refusal ("won't be unlocked for 24 hours", "can't be collected before 9am"): its rewrite names
  // the time ("from 9am"); a blank after it asks for an alternative the draft's time already is.
  if (TIME_LIMIT.test(flaggedText + after)) return 'time-refusal';
  // A bare wall with nothing in it ("Those are the rules, sorry.", "Company rules, I'm afraid."): the rule itself is what
  // is missing, not an offer.
  if (family === 'refusal' && s.category === 'policy' && (sent.text.match(/[a-z0-9'’]+/gi) ?? []).filter((w) => !/^(?:sorry|afraid|i['’]?m|im|i|am|unfortunately|sadly|just|the|those|these|that|thats|that['’]s|it|its|it['’]s|are|is)$/i.test(w)).length <= 3) return 'bare-wall';
  if (/___/.test(sent.text)) return 'blank-already';
  return null;
}

/**
 * The next sentences already give the way forward, in words that leave no doubt: an alternative opening the sentence, an
 * offer or a done step of the agent's, a next step for the customer, a redirect, "nothing else I can do", an apology.
 * A pack template that frames the refusal ("We can't X, but what we can do is ___. However, I can offer you a voucher.")
 * would ask the agent for a second offer there: it stays advice.
 */
const NEXT_OFFER = new RegExp(
  [
    String.raw`^\s*(?:however|instead|alternatively|but|what (?:i|we) can do|the good news|in the meantime|meanwhile|that said|on the plus side)\b`,
    String.raw`\b(?:i|we)(?:['’]ll| will| can| could| would be happy to| am happy to|['’]m happy to| are happy to|['’]re happy to| have|['’]ve|['’]m going to| am going to|['’]re going to| are going to)\s+(?:just |already |now |also |gladly |happily |personally |quickly )?(?!not\b|n['’]t)(?:offer|send|sent|arrange|arranged|refund|refunded|replace|swap|exchange|add|added|credit|credited|book|booked|issue|issued|cover|give|waive|waived|extend|move|moved|set up|pass|passed|escalate|escalated|ask|asked|check|checked|look|find|update|call|email|emailed|contact|contacted|keep|follow|chase|raise|raised|reserve|reserved|hold|put|get|make|try|request|requested|log|logged|flag|flagged|note|noted|forward|forwarded|reach|reached|speak|spoken)\b`,
    String.raw`\blet me (?:find out|check|look|ask|see|chase|follow|get|sort|try)\b`,
    String.raw`\byou (?:can|could|may|are welcome to|['’]re welcome to)\s+(?!not\b|only\b)|\byou(?:['’]d| would| will|['’]ll)? (?:need|have) to\b|\b(?:please|kindly|pls|plz) (?:contact|call|use|visit|drop|bring|return|share|upload|submit|take|reply|send|email|e-mail|get in touch|reach out|pop|head|try|book|apply|fill|speak|ring|message|write)\b`,
    String.raw`\bthe (?:best|only|quickest|easiest|fastest|simplest) (?:way|option|route|thing|bet)\b|\bis how\b|\b(?:i|we)['’]?d (?:suggest|recommend|advise)\b|\b(?:i|we) (?:would )?(?:suggest|recommend|advise)\b|\bfeel free\b|\bhappy to\b`,
    String.raw`\b(?:handles?|deals? with|takes? care of|looks? after|handled by|dealt with by|goes through|go through|will pick (?:it|this|that) up)\b`,
  ].join('|'),
  'i',
);

/** Up to two sentences after sentence k, in its paragraph (a blank line ends it). */
function nearNext(draft: string, sents: readonly Sent[], k: number): string {
  const out: string[] = [];
  for (let j = k + 1; j < Math.min(sents.length, k + 3); j++) {
    if (/\n\s*\n/.test(draft.slice(sents[j - 1].end - 1, sents[j].start + 1))) break;
    out.push(sents[j].text);
  }
  return out.join(' ');
}

/**
 * The suggestions with English refusal, not-knowing and not-my-department advice turned into a sentence template where one
 * fits (see the file's comment). `exclude`: quoted customer text, never read.
 */
// `split`: the draft's sentences (lib/text sentences()) when the caller has them already (perfen32: the engine splits the
// draft before it reads it; splitting it again here was a pass over the whole draft at every keystroke).
export function sentenceTemplatesEn(draft: string, list: Suggestion[], exclude: ReadonlyArray<readonly [number, number]> = [], split?: readonly Sent[]): Suggestion[] {
  if (!list.some((s) => s.language === 'en' && (s.kind === 'advice' || s.kind === 'template'))) return list;
  let sents: Sent[] | null = null;
  let changed = false;
  const out = list.slice();
  const used = new Set<number>();
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    if (s.language !== 'en') continue;
    // A pack template of these families, with the way forward already in the next sentences: advice.
    if (s.kind === 'template' && s.replacements.some((r) => r.includes('___')) && familyOf(s)) {
      sents ??= (split ?? sentences(draft)).filter((x) => !exclude.some(([a, b]) => a < x.end && x.start < b));
      const k = sents.findIndex((x) => x.start <= s.flagged.start && s.flagged.start < x.end);
      if (k < 0) continue;
      const next = nearNext(draft, sents, k);
      // (A condition in the refusal's own sentence, "… without a receipt, but what I can do is ___", stays: writers took it.)
      const beforeIn = draft.slice(sents[k].start, s.flagged.start);
      const prevIn = k > 0 && !/\n\s*\n/.test(draft.slice(sents[k - 1].end, sents[k].start)) ? sents[k - 1].text : '';
      if (
        NEXT_OFFER.test(next) ||
        NOTHING_TO_OFFER.test(next) ||
        REGRET_NEXT.test(next) ||
        (familyOf(s) === 'not-knowing' && DISMISSIVE_WHY.test(sents[k].text)) ||
        (familyOf(s) === 'refusal' && ((prevIn.trim() && !NEG_ANY.test(sents[k].text) && !NEG_ANY.test(prevIn)) || WAY_BEFORE.test(beforeIn.replace(/^[\s\S]*\bbut\b/i, '')) || /^\s*you(?:['’]d| would) need\b/i.test(next) || IT_NEXT.test(next)))
      ) {
        out[i] = asAdvice(draft, s);
        changed = true;
      }
      continue;
    }
    if (s.kind !== 'advice') continue;
    const family = familyOf(s);
    if (!family) continue;
    const why = adviceReasons.get(s);
    if (why && KEEP_ADVICE.test(why)) continue;
    sents ??= (split ?? sentences(draft)).filter((x) => !exclude.some(([a, b]) => a < x.end && x.start < b));
    const k = sents.findIndex((x) => x.start <= s.flagged.start && s.flagged.start < x.end);
    if (k < 0 || used.has(sents[k].start)) continue;
    const sent = sents[k];
    // A quoted line, a list item's marker or a line of several sentences run together: read as written only.
    if (/^\s*>/.test(sent.text)) continue;
    if (finglishSentence(sent.text, draft.slice(s.flagged.start, s.flagged.end))) continue;
    const p = insertionPoint(draft, sent);
    if (p === null || p < s.flagged.end) continue;
    // Another template in the sentence: two blanks.
    if (out.some((o, j) => j !== i && o.kind !== 'advice' && o.start < sent.end && o.end > sent.start && (o.replacements[0] ?? '').includes('___'))) continue;
    // The template replaces the refusal's words through the sentence's end with themselves and the blank sentence (as
    // the pack's "{=}, but what we can do is ___" does): it starts after any other suggestion inside that stretch, so
    // suggestions never overlap, and holds at least the sentence's last word.
    let from = s.start;
    for (const o of out) if (o !== s && o.start < p && o.end > from) from = Math.max(from, o.end);
    if (out.some((o) => o !== s && o.start < p && o.end > p)) continue;
    while (from < p && /\s/.test(draft[from])) from++;
    if (from >= p) continue;
    const next = nearNext(draft, sents, k);
    const prev = k > 0 && !/\n\s*\n/.test(draft.slice(sents[k - 1].end, sent.start)) ? sents[k - 1].text : '';
    if (sentenceTemplateReason(draft, s, family, sent, prev, next)) continue;
    const flag = draft.slice(s.flagged.start, s.flagged.end);
    // "no idea when …", "dunno": the one who doesn't know is the agent, whoever "us" is later in the sentence.
    const pp = family === 'not-knowing' && !FIRST_PLURAL.test(flag) ? 'I' : person(flag, draft.slice(sent.start, sent.end));
    const reps = templatesFor(family, pp).map((t) => `. ${t}`);
    const kept = draft.slice(from, p);
    out[i] = { ...s, kind: 'template', start: from, end: p, original: kept, replacements: reps.map((r) => kept + r) };
    used.add(sent.start);
    changed = true;
  }
  // (A template that starts after another suggestion in its sentence moves after it in the list.)
  return changed ? out.sort((a, b) => a.start - b.start || a.end - b.end) : list;
}
