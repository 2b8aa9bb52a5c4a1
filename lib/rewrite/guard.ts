/**
 * Honest English alternatives: before a rewrite or a template is offered, the sentence it lands in is
 * read as a person reads Apply's result. Where the replacement would leave the rest of the clause
 * broken or saying something else, the suggestion becomes *advice*: still flagged, explanation kept,
 * no text change. A wrong alternative costs more trust than a missing one.
 *
 * Guards, each over constructions rather than sentences:
 * - a negation removed while its clause keeps a word that needs it: "any", "anything", "yet", "ever",
 *   "either", "at all", "anymore", "until" ("Rather than ship to PO boxes yet, we can ___");
 * - a negation removed and "any" turned into "some": a new fact ("We will have some news once…");
 * - a template whose blank ends the replacement while the sentence goes on after the match: the
 *   tail ("…, there's nothing I can do", "…, as the key was revealed", "…, I'm afraid") follows the
 *   agent's offer and contradicts it or gives the refusal's reason to the offer;
 * - a reason inside the refused action that the frame would give to the wrong verb ("rather than
 *   give out the number for privacy reasons");
 * - the sentence still says "I'm afraid", "sorry", "sadly"… after a rewrite made it good news, or
 *   says "nothing I/we can do" next to an offer;
 * - time: "from"/"once" before a limiter ("from after 2pm", "from at least next week") or "once"
 *   before a point ("once next month"); a refused one-off event turned into "will … from <point>";
 *   "won't … before X" turned into "will … once X" (a promise the draft never made); an instruction to wait
 *   ("Don't close the browser until …", no subject before it) turned into one to act ("Close the browser from …");
 * - a "why you…" clause about the customer's feelings or opinions ("not sure why you're so worried")
 *   turned into "I'll find out why…", or "I don't know how many times I have to say this" made a not-knowing
 *   template: a dismissive remark is not a question to look into;
 * - "we'll just need" + a gerund with its object or "being …" ("need charging the fee"); "just"
 *   before a cost is dropped instead ("we'll need a deposit");
 * - the replacement's words repeated at the seam ("Just to recap, just to recap, …") or four of its words in a row
 *   already said elsewhere in the sentence ("Thank you for your understanding and thank you for your understanding");
 * - a past slip turned into a request while the sentence goes on with what it caused ("Please enter the right
 *   postcode, so the order went to the wrong depot");
 * - a softener ("I'm afraid", "regrettably", "sadly", "I regret to inform you") deleted from bad
 *   news, or next to a passive-aggressive opener the deletion leaves standing: the sentence gets
 *   colder, not kinder.
 */

import { fitKeptRefusal, keptRefusalReason } from './keep-refusal.ts';
import { spliceReason } from './splice-guards.en.ts';
import { welcomeToReportReason } from './welcome-report.en.ts';
import { cutTemplateAtDash, seams27Reason, welcomeAfterFaultReason } from './seams27.en.ts';
import { hedgedBestIn } from './generic/kinds25.en.ts';
import { offersSomething, quotedCustomerUpset } from './regret-keep.alt7.ts';
import { REGRET_VOICE_TEXT, regretVoice } from './regret-voice.en.ts';
import { GENERIC_PACK_ID } from './generic/index.ts';
import { redirectBlankReasonEn, whileFrameReasonEn } from './redirect-blank.alt7.ts';
import { draftQuoteRanges } from '../text/quotes.ts';

/** A suggestion as the guards read it: where it sits in the draft and what Apply would write. */
export interface GuardedSuggestion {
  start: number;
  end: number;
  flagged: { start: number; end: number };
  kind: 'rewrite' | 'template' | 'advice';
  replacements: string[];
  original: string;
  /** The pack the rule belongs to (the regret said in the agent's voice applies to the built-in packs only). */
  packId?: string;
}

/**
 * The packs whose regret deletions are said in the agent's voice (en38): the built-in English packs and the generic
 * reader. A trainer's pack keeps what its rule says ("unfortunately" -> nothing), so its examples still hold and an
 * installed pack reads the same after an update.
 */
const VOICED_PACKS = new Set(['tactful.en.core', 'tactful.en.core.more', GENERIC_PACK_ID]);
/**
 * `every`: voice every pack's regret deletions (pack example checks only: a copy of a built-in pack under its own id keeps
 * the built-in examples, which show the voiced alternative; lib/packs/parse.ts accepts an example either way).
 */
export const REGRET_VOICE = { every: false };

const NEG = /\b(?:not|no|never|nothing|nobody|none|nowhere|neither|nor|cannot|cant|wont|dont|doesnt|didnt|isnt|arent|wasnt|werent|couldnt|wouldnt|shouldnt|havent|hasnt|hadnt|mustnt|unable|impossible)\b|n['’]t\b/gi;
const negCount = (s: string) => (s.match(NEG) ?? []).length;

/** Words that need a negation (or a question, an "if") in their clause. */
const NPI = /\b(?:any(?:one|body|thing|where|more)?|ever|yet|either|at all|until|till)\b/gi;
const SOME = /\bsome(?:one|body|thing|where)?\b/gi;

/** Where a clause ends inside a sentence. */
const CLAUSE_BREAK = /[,;:\u2014]|\s[-\u2013]\s|\b(?:but|and|so|because|since|although|though|while|whereas)\b/i;

function npisIn(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.matchAll(NPI)) {
    const w = m[0].toLowerCase();
    const before = s.slice(0, m.index);
    const after = s.slice((m.index ?? 0) + m[0].length);
    // Licensed: a conditional or a question before it, "either … or", "any more/further than".
    if (/\b(?:if|whether|unless)\b[^,;.]*$/i.test(before)) continue;
    if (w === 'either' && /^\s*\w+[^.;]*\bor\b/i.test(after)) continue;
    // "any more/further/longer (than)" is a degree, grammatical without the negation.
    if (w === 'any' && /^\s+(?:more|further|longer|sooner|earlier|later|quicker|faster|cheaper|lower|higher|less|better|bigger|smaller)\b/i.test(after)) continue;
    // Free choice: "anyone other than the account holder", "anything but", "anyone except".
    if (/^any/.test(w) && /^\s+(?:\w+\s+)?(?:other than|but|except|else but)\b/i.test(after)) continue;
    // A search: "still looking for any record", "checking for any updates".
    if (/^any/.test(w) && /\b(?:look|looking|search|searching|check|checking|watch|watching)(?: out)? for\s*$/i.test(before)) continue;
    out.add(w);
  }
  return out;
}

/** Regret that reads wrong next to good news or an offer ("sorry" is an apology for the trouble and still fits: "Sorry, I can ship it from Monday."). */
const REGRET = /\b(?:i['’]?m afraid|i am afraid|im afraid|unfortunately|unfortunatly|unfortunatley|unfortunetly|sadly|regrettably|regretfully|i regret)\b/i;
const SOFT_REGRET = /\b(?:i['’]?m afraid|i am afraid|im afraid|sadly|regrettably|i regret)\b/i;
/** A softener whose deletion makes bad news colder ("unfortunately" is left to its own rule: guides say drop it). */
const SOFTENER = /\b(?:afraid|sadly|regrettably|regret|sorry to (?:say|tell|inform))\b/i;
/** What keeps a sentence bad news, or a passive-aggressive opener that a removed softener was cushioning. */
const BAD_NEWS =
  /\b(?:declin\w*|reject\w*|cancel\w*|unsuccessful|expir\w*|postpon\w*|out of|ran out|run out|sold out|full|closed|outside|refus\w*|denied|lost|damaged|delay\w*|late|fail\w*|unavailable|suspend\w*|terminat\w*|had to|have to|has to|only|policy|rules?|fee|charge[ds]?|no longer|stuck|broken|missing|withdrawn|ended|over|as (?:i|we) (?:said|mentioned|explained|stated|told you)|like i (?:said|told you)|as (?:previously|already) (?:mentioned|stated|explained)|per my|obviously|clearly)\b/i;

/** A word that leans on the adverb before it, left at the head of a sentence when that adverb is deleted. */
const LEANING_START = /^\s*[,;:]?\s*(?:though|tho|enough|too|also|then|again|however)\b/i;

/** What a past slip caused, said right after it: "…, so the order went…", "… and the payment failed". */
const CONSEQUENCE = /^\s*(?:[,;\u2014-]\s*)?(?:so|which|and|hence|therefore|that['’]?s why|that is why|meaning|as a result)\b\s+\w+/;

/** A slip told in the past ("you didn't enter", "you forgot to", "you should have", "you selected"): an order ("you must reset…") is not one. */
const PAST_SLIP = /\b(?:didn['’]?t|didnt|did not|forgot|failed|neglected|should(?:n['’]?t)? have|shouldnt have|must have|\w+ed)\b/;

/** A customer's feeling or opinion in a "why" clause: a dismissive remark, not a question to look into. */
const FEELING_WHY =
  /\byou(?:['’](?:re|d)| are| were| would| seem| keep| still)?\s+(?:so |really |even |still |all |getting )?(?:think|thought|feel|felt|believe|expect\w*|keep|want|need|insist\w*|assume|worr\w*|upset|angry|annoyed|bother\w*|care|mind|concerned|stressed|panick\w*|fuss\w*|complain\w*|chas\w*|email\w*|writ\w*|call\w*|ask\w*)\b|\b(?:so|such a|this) (?:big deal|worried|upset|angry|concerned|bothered|urgent)\b|\bbig deal\b|\bour fault\b/i;

const TIME_LIMITER = /\b(?:from|once) (?:after|before|at least|at the earliest|around|about|by|within|no|not|until|till)\b/i;
const ONCE_POINT =
  /\bonce (?:next|this|last|on|in|at|by|the \d|\d|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|new year|the (?:end|start|beginning|middle) of)\b/i;
/** "will be available from Monday" keeps its meaning; an event "will go out from next month" does not. */
/** "before" a point that reads as a deadline or an anaphor: an event, a holiday, the weekend, a day of the month, "then". */
const BEFORE_DEADLINE =
  /\b(?:before|earlier than|sooner than)\s+(?:then|that|this|now|your|his|her|their|christmas|xmas|easter|eid|nowruz|diwali|thanksgiving|new year(?:['’]s)?|the (?:weekend|holidays?|bank holiday|deadline|event|wedding|trip|move|party|exam)|(?:the )?\d{1,2}(?:st|nd|rd|th)\b)/;
const WILL_STATE_FROM = /\bwill (?:open|run) from\b|\bwill be (?:available|open|back|live|active|ready|in stock|on sale|valid|able to|possible|running|working|up)\b/i;
const REASON_IN_FRAME = /^rather than\b[^,]*\b(?:because|since|due to|owing to|given that|as a result of|for (?:\w+ ){0,3}reasons?|regardless)\b/i;
const RUN_ON = /^(?:, )?rather than\b(?:(?!\b(?:once|when|whenever|if|unless|after|before|until|till|that|which|who|where|because|since|as|while|so|and|or|but)\b)[^,])*\b(?:i|you|we|they|he|she|it)(?:['’](?:d|ll|re|ve|s)|\s+(?:would|will|need|needs|have|has|can|must|should|are|is))\b/;
const COST = /\b(?:fee|fees|charge|charges|charging|payment|pay|paying|deposit|cost|costs|difference|surcharge|price|excess|premium|balance)\b|[£$€]/i;

/** How much of a sentence before a suggestion the guards read. */
const CONTEXT = 400;
/** How far past a regret's sentence its offer is looked for (guardEnglish's regret-to-upset-customer). */
const OWN_AFTER = 2000;

const TRAILING_FILLERS = /^(?:[\s,]*\b(?:sorry|lol|thanks|thank you|ok|okay|tho|though|mate|haha|cheers|x+)\b)+[\s,]*$/i;

const words = (s: string) => s.toLowerCase().match(/[a-z0-9'’]+/g) ?? [];

/** The text of the sentence around [a, b) in `draft`: from `sentenceStart` to the end mark (or line end). */
function sentenceEnd(draft: string, at: number): number {
  // (rwen30) A point before a digit is a decimal or a version ("£1.99", "v2.1"), not the sentence's end.
  const m = /[!?\n]|\.(?!\d)/.exec(draft.slice(at, at + 400));
  return m ? at + m.index + 1 : Math.min(draft.length, at + 400);
}

/** (perfen31) CLAUSE_BREAK's every match, built once (matchAll reads a copy, so the shared expression never moves). */
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');

/** The clause of `s` that holds [a, b): back to the previous clause break, on to the next one. */
function clauseAround(s: string, a: number, b: number): [number, number] {
  let lo = a;
  const before = s.slice(0, a);
  const breaks = [...before.matchAll(CLAUSE_BREAKS)];
  if (breaks.length) {
    const last = breaks[breaks.length - 1];
    lo = (last.index ?? 0) + last[0].length;
  } else lo = 0;
  const after = s.slice(b);
  const m = CLAUSE_BREAK.exec(after);
  const hi = m ? b + m.index : s.length;
  return [lo, hi];
}

/**
 * Why the first replacement of `s` would be wrong in its sentence, or null when it reads right.
 * `before`/`after`: the sentence's text before s.start and after s.end, as Apply would leave it
 * (other suggestions already applied); `rep`: the replacement.
 */
export function unsafeReason(before: string, original: string, rep: string, after: string, kind: 'rewrite' | 'template'): string | null {
  const origLo = original.toLowerCase();
  const repLo = rep.toLowerCase();
  const afterLo = after.toLowerCase();
  const beforeLo = before.toLowerCase();
  const removesNeg = negCount(origLo) > negCount(repLo);
  const applied = beforeLo + repLo + afterLo;
  const [cLo, cHi] = clauseAround(applied, beforeLo.length, beforeLo.length + repLo.length);
  const question = /\?\s*$/.test(afterLo);

  if (removesNeg && !question) {
    // The clause as the draft had it vs as Apply leaves it: an NPI that was licensed by the negation.
    const origClause = (() => {
      const s = beforeLo + origLo + afterLo;
      const [a, b] = clauseAround(s, beforeLo.length, beforeLo.length + origLo.length);
      return s.slice(a, b);
    })();
    const had = npisIn(origClause);
    for (const w of npisIn(applied.slice(cLo, cHi))) if (had.has(w)) return `polarity:${w}`;
    // "any" turned into "some": the rewrite asserts something exists.
    if ((origLo.match(NPI) ?? []).some((w) => /^any/i.test(w)) && (repLo.match(SOME) ?? []).length > (origLo.match(SOME) ?? []).length) return 'polarity:some';
  }
  const blankLast = /___[\s.!?]*$/.test(rep);
  // (A filler left at the end, "sorry", "lol", "thanks", is not the sentence going on.)
  // (nor the text after a closing quote mark: the quoted clause ended there.)
  if (kind === 'template' && blankLast && !/^\s*["”»]/.test(after) && /[a-z]/i.test(after.split(/[.!?\n]/)[0].replace(TRAILING_FILLERS, ''))) return 'template:sentence-goes-on';
  if (REASON_IN_FRAME.test(repLo)) return 'template:reason-in-frame';
  const redirect = redirectBlankReasonEn(beforeLo, repLo, afterLo, kind) ?? whileFrameReasonEn(beforeLo, repLo, kind);
  if (redirect) return redirect;
  const kept = kind === 'template' ? keptRefusalReason(before, original, rep, after) : null;
  if (kept) return kept;
  // A second clause run into the refused action ("rather than swap the sim you'd need to pop in, we can ___").
  // (A subordinate clause, "once it's been engraved", "unless it is unopened", is the refused action's own.)
  if (RUN_ON.test(repLo) && !/\brather than\b/.test(origLo)) return 'template:run-on';
  // Regret left around a rewrite that made the news good, or a refusal repeated next to an offer.
  // Next to an offer any regret reads wrong; next to a rewritten time or fact, "Unfortunately, I can ship it from
  // Monday" still reads as "only from Monday", while "I'm afraid" and "sadly" stay apologies for news that is now good.
  // (perf36en) The expression itself, not a closure over it (a closure is named per call under tsx).
  const regret = kind === 'template' ? REGRET : SOFT_REGRET;
  if (removesNeg && (regret.test(beforeLo) || regret.test(afterLo))) return 'regret-left';
  if (kind === 'template' && repLo.includes('___') && regret.test(repLo.slice(repLo.lastIndexOf('___') + 3) + afterLo)) return 'regret-after-offer';
  if (kind === 'template' && /\bnothing (?:else |more )?(?:i|we) can do\b|\bthere['’]?s no way\b/.test(beforeLo + ' ' + afterLo)) return 'refusal-repeated';
  // Time.
  const wasTime = /\b(?:until|till|til|before|earlier than|sooner than)\b/.test(origLo);
  if (wasTime) {
    if (TIME_LIMITER.test(repLo) || TIME_LIMITER.test(repLo + ' ' + afterLo.trimStart())) return 'time:limiter';
    if (ONCE_POINT.test(repLo)) return 'time:once-point';
    // A bare "Not until next week," turned into "From next week," in front of another clause gives the time to that
    // clause ("From next week, sorry, the team is fully booked" says the opposite of the draft).
    if (/^\s*from\b/.test(repLo) && !/\b(?:can|will|is|are|we|i|you)\b/.test(repLo)) {
      const next = afterLo.replace(/^\s*,\s*(?:(?:sorry|i['’]?m afraid|im afraid|unfortunately|sadly),\s*)*/, '');
      if (next !== afterLo && /^(?:[a-z'’]+\s+){2,}[a-z]/.test(next.split(/[.!?\n]/)[0])) return 'time:onto-next-clause';
    }
    // "Don't close the browser until the page reloads" is an instruction to wait: with no subject before "don't", the
    // customer is the one told, and "Close the browser from …" tells them to do what the draft warned against.
    const clauseBefore = beforeLo.slice(Math.max(...[',', '.', ';', ':', '!', '?', '\n'].map((c) => beforeLo.lastIndexOf(c))) + 1);
    if (removesNeg && /^\s*(?:don['’]?t|dont|do not)\b/.test(origLo) && /^(?:\s|please|pls|just|and|but|so|oh|ok|okay)*$/.test(clauseBefore)) return 'time:imperative-wait';
    // "Can't deliver before Christmas / the weekend / the 14th / your move / then": the point may be a deadline the customer
    // named ("in time for"), not a start; "from Christmas", "once then" says what the draft did not (brief 20: the 14th).
    if (/\b(?:from|once)\b/.test(repLo) && BEFORE_DEADLINE.test(origLo + ' ' + afterLo.slice(0, 40))) return 'time:before-deadline';
    const wasWillNot = /\b(?:won['’]?t|will not|wont)\b/.test(origLo);
    const willNow = /\bwill\b/.test(repLo.replace(/\bwill not\b/g, ''));
    if (wasWillNot && willNow && /\bfrom\b/.test(repLo) && !WILL_STATE_FROM.test(repLo)) return 'time:event-from-point';
    if (wasWillNot && willNow && /\bbefore\b/.test(origLo) && /\bonce\b/.test(repLo)) return 'adds-commitment:before-to-once';
  }
  // A dismissive "why you…" is not something to look into.
  const why = /\b(?:find out|confirmed answer yet on) (?:why|how come|what)\b(.*)$/.exec(repLo);
  if (why && FEELING_WHY.test(why[1] + ' ' + afterLo)) return 'dismissive-to-promise';
  // "We don't have any information about when …" is not knowing, not a service refused: "while we don't have any
  // information …, what we do offer is ___" answers a question nobody asked.
  if (/\bwhile (?:i|we) (?:do not|don['’]t|dont) have (?:any |an |the |a |much )?(?:information|idea|update|updates|news|details|clue|eta|confirmation|answer|visibility)\b/.test(repLo)) return 'template:not-knowing';
  // Nor is an exasperated "I don't know how many times I have to say this": a reproach, not a question.
  if (/\b(?:find out|confirmed answer yet on) how many (?:more )?times\b/.test(repLo)) return 'dismissive-to-promise';
  // Clause splicing after "need".
  if (/\bneed (?:to have )?\w+ing (?:the|a|an|your|my|our|their|his|her|it|them|this|that|you|us|me|some|any)\b/.test(repLo) && !/\bneed \w+ing\b/.test(origLo)) return 'splice:gerund';
  if (/\bneed\b[^,.;]*\bbeing \w+/.test(repLo) && !/\bneed\b[^,.;]*\bbeing\b/.test(origLo)) return 'splice:being';
  // A past slip turned into a request while the sentence goes on with what the slip caused ("Please enter the right
  // postcode, so the order went to the wrong depot"): the request and its consequence no longer fit together.
  if (kind === 'rewrite' && /^\s*please\b/.test(repLo) && !/\bplease\b/.test(origLo) && PAST_SLIP.test(origLo) && CONSEQUENCE.test(afterLo.split(/[.!?\n]/)[0])) return 'request-with-consequence';
  // A request, a guess, a hedge, a closing phrase or an empathy line that does not fit the words around it (splice-guards.en.ts).
  const splice = spliceReason(before, original, rep, after, kind);
  if (splice) return splice;
  // rwen25: "I'll try my best to have it ready by 5" -> "I'll do my best to …" keeps the hedge the generic reader flags.
  if (/\bdo (?:my|our) best$/.test(repLo) && /^\s+to\b/.test(afterLo) && hedgedBestIn(applied.slice(cLo, cHi))) return 'hedge-kept';
  // "No problem" after a customer's report of a fault is no "my pleasure" (welcome-report.en.ts).
  const report = welcomeToReportReason(before, original, rep, after);
  if (report) return report;
  // rwen27: a candour or regret word deleted from its frame, a courtesy said twice, a blank run into "?" (seams27.en.ts).
  const seam = seams27Reason(before, original, rep, after, kind);
  if (seam) return seam;
  // The replacement's words repeated at a seam.
  const rw = words(repLo);
  const aw = words(afterLo).slice(0, 3);
  const bw = words(beforeLo).slice(-3);
  for (const k of [3, 2]) {
    if (rw.length >= k && aw.length >= k && rw.slice(-k).join(' ') === aw.slice(0, k).join(' ')) return 'doubled-phrase';
    if (rw.length >= k && bw.length >= k && rw.slice(0, k).join(' ') === bw.slice(-k).join(' ')) return 'doubled-phrase';
  }
  // …or anywhere else in its sentence ("Thank you for your understanding and thank you for your understanding."):
  // four words in a row of the replacement that the sentence already says.
  // (before and after are already bounded to the sentence by both callers.)
  const rest = ` ${words(beforeLo).join(' ')} | ${words(afterLo).join(' ')} `;
  for (let i = 0; i + 4 <= rw.length; i++) if (rest.includes(` ${rw.slice(i, i + 4).join(' ')} `)) return 'doubled-phrase';
  // …or its closing three words ("…, and thank you again for your patience" after "Thank you for your patience on this"),
  // or a repeated word cut to one next to the same word again ("Sorry sorry sorry" -> "Sorry sorry").
  if (rw.length >= 3 && rest.includes(` ${rw.slice(-3).join(' ')} `)) return 'doubled-phrase';
  if (rw.length === 1 && words(origLo).filter((w) => w === rw[0]).length > 1 && (aw[0] === rw[0] || bw[bw.length - 1] === rw[0])) return 'doubled-phrase';
  return null;
}

/**
 * (perfen32) unsafeReason's answers, keyed by its five arguments (it reads nothing else: its readers are pure functions of
 * the strings they are given). Bounded by count and by characters, as the engine's sentence cache is (a key holds up to a
 * sentence and CONTEXT characters): emptied when full. A keystroke asks it of a few dozen suggestions.
 */
const UNSAFE_MEMO_MAX = 2048;
const UNSAFE_MEMO_CHARS = 400_000;
const unsafeMemo = new Map<string, string | null>();
let unsafeMemoChars = 0;
function rememberedUnsafeReason(before: string, original: string, rep: string, after: string, kind: 'rewrite' | 'template'): string | null {
  // The lengths make the key unambiguous whatever characters the strings hold.
  const key = `${kind}|${before.length}|${original.length}|${rep.length}|${before}${original}${rep}${after}`;
  const hit = unsafeMemo.get(key);
  if (hit !== undefined) return hit;
  const reason = unsafeReason(before, original, rep, after, kind);
  if (unsafeMemo.size >= UNSAFE_MEMO_MAX || unsafeMemoChars + key.length > UNSAFE_MEMO_CHARS) {
    unsafeMemo.clear();
    unsafeMemoChars = 0;
  }
  unsafeMemo.set(key, reason);
  unsafeMemoChars += key.length;
  return reason;
}

/** "we'll just need a deposit": "just" makes a cost sound small; drop it where the draft had no "just". */
export function withoutJustBeforeCost(original: string, rep: string): string {
  if (/\bjust\b/i.test(original)) return rep;
  const m = /\bjust (need)\b(.*)$/i.exec(rep);
  if (!m || !COST.test(m[2])) return rep;
  return rep.slice(0, m.index) + rep.slice(m.index + 'just '.length);
}

/** A deletion of a softener (the replacement says nothing) from a sentence that stays bad news. */
function isSoftenerDeletion(s: GuardedSuggestion, draft: string): boolean {
  if (s.kind !== 'rewrite' || !s.replacements.length) return false;
  const rep = s.replacements[0].trim();
  if (rep.length > 1 && rep !== ',') return false;
  return SOFTENER.test(draft.slice(s.flagged.start, s.flagged.end));
}

/**
 * The English suggestions of one draft, each checked in its sentence as Apply all would leave it.
 * Returns the suggestions with unsafe ones turned into advice (same flag, same explanation), and
 * "just" dropped before a cost. `sentenceStarts[i]` is where suggestion i's sentence starts.
 */
// `memo`: unsafeReason's answers may come from the calls before (remembered per its five arguments; a keystroke asks it again
// of every unchanged sentence's suggestions). Off for a full analysis (the engine's `cache: false`), which reads afresh.
export function guardEnglish<T extends GuardedSuggestion>(draft: string, list: T[], sentenceStarts: readonly number[], toAdvice: (s: T, reason: string) => T, memo = false, uiLang: 'en' | 'fa' = 'en'): T[] {
  const out = list.slice();
  for (let i = 0; i < out.length; i++) {
    let s = out[i];
    if (s.kind === 'advice' || !s.replacements.length) continue;
    // rwen27: a template run past a spaced dash is cut back to it (seams27.en.ts).
    const cut = cutTemplateAtDash(draft, s);
    if (cut) out[i] = s = cut;
    const fixed = fitKeptRefusal(draft.slice(Math.max(sentenceStarts[i], s.start - CONTEXT), s.start), s.original, withoutJustBeforeCost(s.original, s.replacements[0]));
    if (fixed !== s.replacements[0]) out[i] = { ...s, replacements: [fixed, ...s.replacements.slice(1)] };
  }
  // Apply's text of a sentence with every kept suggestion in it applied, except `skip`.
  // The sentence is read at most CONTEXT characters before the suggestion (a 100 KB run-on "sentence"
  // with thousands of suggestions stays linear), and only its neighbours in that window are applied.
  const appliedAround = (k: number): { before: string; after: string } => {
    const ss = Math.max(sentenceStarts[k], out[k].start - CONTEXT);
    const se = Math.max(sentenceEnd(draft, out[k].end), out[k].end);
    let lo = k;
    while (lo > 0 && out[lo - 1].start >= ss) lo--;
    let hi = k;
    while (hi + 1 < out.length && out[hi + 1].end <= se) hi++;
    let acc = '';
    let cut = 0;
    let pos = lo > 0 ? Math.max(ss, out[lo - 1].end) : ss;
    let last: 'none' | 'skip' | 'text' = 'none';
    for (let j = lo; j <= hi; j++) {
      const o = out[j];
      if (o.start < ss || o.end > se) continue;
      // A sentence-start deletion lent this suggestion its first letter (sharesCapital): give it back.
      if (o.start === pos - 1 && last !== 'none') {
        if (last === 'text') acc = acc.slice(0, -1);
        pos = o.start;
      }
      if (o.start < pos) continue;
      acc += draft.slice(pos, o.start);
      pos = o.end;
      if (j === k) {
        cut = acc.length;
        last = 'skip';
        continue;
      }
      acc += o.kind === 'advice' || !o.replacements.length ? draft.slice(o.start, o.end) : o.replacements[0];
      last = 'text';
    }
    acc += draft.slice(pos, se);
    return { before: acc.slice(0, cut), after: acc.slice(cut) };
  };
  // en38: a regret adverb that is its sentence's only warm word is said in the agent's voice or kept as advice, never
  // dropped bare (regret-voice.en.ts); only where no other alternative of the sentence changes its news.
  const regretVoiced = (i: number): boolean => {
    const s = out[i];
    if (!REGRET_VOICE.every && (s.packId === undefined || !VOICED_PACKS.has(s.packId))) return false;
    // The sentence read at most CONTEXT characters back (a run-on stays linear); the list is in draft order and its
    // suggestions do not overlap, so only the neighbours inside [ss, se) are read.
    const ss = Math.max(sentenceStarts[i], s.start - CONTEXT);
    const se = Math.max(sentenceEnd(draft, s.end), s.end);
    const near = (from: number, to: number, test: (o: T) => boolean): boolean => {
      for (let j = i - 1; j >= 0 && out[j].end > from; j--) if (test(out[j])) return true;
      for (let j = i + 1; j < out.length && out[j].start < to; j++) if (test(out[j])) return true;
      return false;
    };
    if (near(ss, se, (o) => o.kind !== 'advice' && o.replacements.length > 0 && o.end > ss && o.start < se)) return false;
    const v = regretVoice(draft, s.start, s.end, s.flagged.start, s.flagged.end, ss, se);
    if (!v) return false;
    const withText = <U extends T>(x: U, text: string): U => ('explanation' in x ? Object.assign(x, { explanation: text }) : x);
    if (v.kind === 'opener') out[i] = withText({ ...s, replacements: v.replacements }, REGRET_VOICE_TEXT.opener[uiLang]);
    else if (v.kind === 'inline' && !near(v.start, v.end, (o) => o.end > v.start && o.start < v.end)) {
      out[i] = withText({ ...s, start: v.start, end: v.end, original: draft.slice(v.start, v.end), replacements: [v.text] }, REGRET_VOICE_TEXT.opener[uiLang]);
    } else out[i] = withText(toAdvice(s, 'regret-only-softener'), REGRET_VOICE_TEXT.advice[uiLang]);
    return true;
  };
  // Rewrites and templates first, softener deletions after (whether the news stays bad depends on
  // the others), and once more if a softener stays: a rewrite that made the news good no longer fits.
  let quotes: ReturnType<typeof draftQuoteRanges> | undefined;
  let upset: boolean | undefined;
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (let i = 0; i < out.length; i++) {
      const s = out[i];
      if (s.kind === 'advice' || !s.replacements.length) continue;
      // "Unfortunately" deleted from bare bad news in a reply to a frustrated customer (regret-keep.alt7.ts): advice.
      if (isRegretDeletion(s, draft) && /unfortunat/i.test(draft.slice(s.flagged.start, s.flagged.end))) {
        const { before, after } = appliedAround(i);
        const rest = before + ' ' + after;
        if (negCount(rest) > 0 || BAD_NEWS.test(rest)) {
          quotes ??= draftQuoteRanges(draft);
          const nextQuote = Math.min(draft.length, ...quotes.filter(([a]) => a >= s.end).map(([a]) => a));
          // The agent's own words after the sentence, up to the next quote, read at most OWN_AFTER characters on (an offer
          // pages later is not beside the bad news, and a one-sentence run-on would read the rest of the draft per match).
          const ownFrom = Math.min(nextQuote, sentenceEnd(draft, s.end));
          const own = rest + ' ' + draft.slice(ownFrom, Math.min(nextQuote, ownFrom + OWN_AFTER));
          if (!offersSomething(own) && (upset ??= quotedCustomerUpset(draft))) {
            out[i] = toAdvice(s, 'regret-to-upset-customer');
            changed = true;
            continue;
          }
        }
      }
      if (isSoftenerDeletion(s, draft)) {
        const { before, after } = appliedAround(i);
        const rest = before + ' ' + after;
        // rwen24: a word that leaned on the softener would open the sentence ("Sadly though, it's …" -> "Though, it's …",
        // "Sadly enough, …" -> "Enough, …"): the start is broken.
        if ((negCount(rest) > 0 || BAD_NEWS.test(rest)) || (!before.trim() && LEANING_START.test(s.replacements[0].trim() + after))) {
          out[i] = toAdvice(s, 'softener-on-bad-news');
          changed = true;
        } else if (regretVoiced(i)) changed = true;
        continue;
      }
      const { before, after } = appliedAround(i);
      // A softener that another suggestion deletes is not there when Apply all is done.
      const reason = (memo ? rememberedUnsafeReason(before, s.original, s.replacements[0], after, s.kind) : unsafeReason(before, s.original, s.replacements[0], after, s.kind)) ?? welcomeAfterFaultReason(draft, s);
      if (reason) {
        out[i] = toAdvice(s, reason);
        changed = true;
      } else if (isRegretDeletion(s, draft) && regretVoiced(i)) changed = true;
    }
    if (!changed) break;
  }
  return mergeRegret(draft, out, sentenceStarts);
}

/** A suggestion that only deletes a regret marker ("Unfortunately", ", I'm afraid."): its text is a capital, a mark or nothing. */
const isRegretDeletion = (s: GuardedSuggestion, draft: string) =>
  s.kind === 'rewrite' && s.replacements.length > 0 && s.replacements[0].trim().length <= 1 && REGRET.test(draft.slice(s.flagged.start, s.flagged.end)) && !/[a-z]/i.test(draft.slice(s.flagged.start, s.flagged.end).replace(REGRET, '').replace(/\b(?:that|but)\b/gi, ''));

/**
 * A rewrite that reads right only once the regret marker next to it is gone ("Not till Thursday,
 * I'm afraid." -> "From Thursday, I'm afraid." alone) becomes one suggestion with that deletion, so
 * Apply on it alone leaves the same sentence as Apply all ("From Thursday.").
 */
function mergeRegret<T extends GuardedSuggestion>(draft: string, list: T[], sentenceStarts: readonly number[]): T[] {
  const out: T[] = [];
  // One pass: a regret deletion joins the suggestion after it, else the one before it (already in `out`).
  const tryMerge = (d: T, di: number, m: T | undefined, mi: number): T | null => {
    if (!m || m.kind === 'advice' || !m.replacements.length || sentenceStarts[mi] !== sentenceStarts[di] || isRegretDeletion(m, draft)) return null;
    const [a, b] = mi > di ? [d, m] : [m, d];
    const lent = b.start === a.end - 1 && /[A-Z]$/.test(a.replacements[0]);
    if (!lent && !/^[\s,]*$/.test(draft.slice(a.end, b.start))) return null;
    // Only where the marker is what would make the other one wrong on its own (it reads right with the marker gone: it was kept).
    const ss = Math.max(sentenceStarts[di], m.start - CONTEXT);
    const se = Math.max(sentenceEnd(draft, m.end), m.end);
    if (!unsafeReason(draft.slice(ss, m.start), m.original, m.replacements[0], draft.slice(m.end, se), m.kind === 'template' ? 'template' : 'rewrite')) return null;
    let text = lent ? a.replacements[0].slice(0, -1) + upperFirst(b.replacements[0]) : a.replacements[0] + draft.slice(a.end, b.start) + b.replacements[0];
    // A deletion that took the comma before it ("Hi Sam, unfortunately we can't…") gives it back to what follows.
    if (a === d && /^\s*,/.test(d.original) && !/^\s*[,.;:!?]/.test(text)) text = ',' + (/^\s/.test(text) ? '' : ' ') + text;
    return { ...m, start: a.start, end: b.end, original: draft.slice(a.start, b.end), flagged: { start: Math.min(a.flagged.start, b.flagged.start), end: Math.max(a.flagged.end, b.flagged.end) }, replacements: [text] };
  };
  let lastIndex = -1;
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (isRegretDeletion(d, draft)) {
      const next = tryMerge(d, i, list[i + 1], i + 1);
      if (next) {
        out.push(next);
        lastIndex = -1;
        i++;
        continue;
      }
      const prev = lastIndex === i - 1 ? tryMerge(d, i, out[out.length - 1], i - 1) : null;
      if (prev) {
        out[out.length - 1] = prev;
        lastIndex = -1;
        continue;
      }
    }
    out.push(d);
    lastIndex = i;
  }
  return out;
}

const upperFirst = (s: string) => (/^[a-z]/.test(s) ? s[0].toUpperCase() + s.slice(1) : s);
