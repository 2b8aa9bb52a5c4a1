/**
 * The thirty-second session's English kinds (rwen32: late31's misses, two writers who read no rule, kept only where the kind
 * recurs in late27 … late30 or train31), read in the tenth pass (./kinds22.en.ts) beside kinds31 behind one cheap gate, over
 * the language layer's token norms, lemmas, negation and clauses. Look-alikes in other trades, spellings and registers, with
 * contrasts that must stay silent: scripts/en-recall32-matrix.ts (tests/unit/rewrite/en-recall32.test.ts).
 *
 * - **the customer's slip given as the cause, in the forms kinds24 leaves** (`second-person-blame`): a second-person act
 *   that goes wrong in the customer's hands (put, left, uploaded, used, forgot, parked, washed …, in the past or the perfect)
 *   tied to a bad outcome by "because / bc / since" or by "that's why / which is why" after it: "The bin was not emptied
 *   because you have put the plastic bags inside" (a service of ours not done, said in the passive: kinds24 reads any
 *   negation there as a harm spared), "the mice came back bc u left the dog food out" ("came back" beside kinds24's "sent /
 *   gone back"), "you've uploaded a low-res file, that's why the print's come out blurry" (an outcome of a bad state:
 *   blurry, pixelated, stuck, flat). Never a question, a condition, a reassurance ("not your fault", "no worries"), a good
 *   outcome ("that's why it arrived so fast"), the agent putting it right in the same sentence ("…, so I've rebooked you"),
 *   an act that asks or chooses (booked, ordered, paid: kinds24's NOT_SLIPS), nor our own refusal ("we can't deliver
 *   because you've moved": a negation that is not a passive of a service).
 * - **the rule cited as the reason, in the forms kinds28 leaves** (`policy-shield`): "As per the University Library
 *   regulations, a maximum of …" (the citation heading the sentence), "however per our terms and conditions the card is
 *   non-transferable" (a limit word kinds28's list lacks: maximum, non-transferable, within, no more than), "This is
 *   stipulated / set out in (section 4.2 of) our terms and conditions" (the rule named by a copula), "its council policy that
 *   proof of address has to be …", "them's the rules" (the dialect form of "rules are rules"). Never a grant ("you can / are entitled", "free"), the customer's own request ("as per
 *   your email"), a document only pointed to ("the steps are set out in our guide").
 *
 * - **praise for a duty "finally" done** (`talking-down`): "glad you finally read the manual", "Nice to see you've finally
 *   paid the invoice", "Congrats pon finally bringing back di books" (kinds28 reads "thanks for finally"; every "finally"
 *   in the English development splits is in a passive-aggressive negative: late28 … late31, train31, mix3). Only a duty
 *   the customer owed (read, reply, send, pay, bring back, turn up); never "glad you finally got your keys back" or "made
 *   it" (a relief shared), "glad it finally arrived" (not the customer's act), a question.
 *
 * Every hit is advice (no text change); a policy wall takes template16's blank as kinds28's policy-shield does.
 */
import type { Token } from '../../nlp/index.ts';
import { hit, words } from './en.ts';
import { type NormPattern, readNormPatterns, registerNormPatterns, someNormIn } from './norm-patterns.en.ts';
import type { GenericHit } from './types.ts';

// ---------------------------------------------------------------- the customer's slip given as the cause

const YOU = words('you u ya yu');
const CAUSE_OPENERS = words('because since cos coz cuz bc bcoz bcos becoz');
/** What may stand before the customer's act at the head of a clause ("Had a look and you've …", "ok so u …"). */
const CLAUSE_HEAD = words('and but so ok okay oh well look hi hey right yeah yep then');
/** Adverbs between "you (have)" and the act. */
const ADVERBS = words('just actually accidentally probably obviously clearly already also still maybe prob');
/**
 * Acts that go wrong in the customer's hands (the written past or participle). Acts that ask or choose (booked, ordered,
 * paid, asked) are kinds24's NOT_SLIPS and stay out.
 */
const SLIPS = words(`put left placed uploaded used entered typed keyed pressed clicked forgot forgotten missed ignored skipped
  removed opened dropped washed dried ironed tumble-dried bleached plugged unplugged turned switched installed filled overfilled
  overloaded parked mixed poured stored inserted loaded fitted mounted connected wired disconnected deleted overwrote
  overwritten reset unscrewed tightened painted sprayed fed watered overwatered cut lost broke broken spilled spilt
  stacked leaned leant stood covered blocked locked shut closed tied kept`);
/** Irregular pasts the layer gives the present's lemma for, or spelt like the present: read as past after a cause word. */
const SAME_FORM = words('put cut set shut hit let read');
/** Outcomes that are a harm (norms or lemmas): kinds24's list with the states of a thing gone wrong. */
const HARMS = words(`void voided invalid invalidated charge charged fee fees fine fined penalty forfeit forfeited lose lost damage
  damaged break broke broken crack cracked fail failed lock locked block blocked cancel cancelled canceled expire expired reject
  rejected decline declined drain drained bubble bubbled fade faded shrink shrank shrunk stain stained leak leaked ruin ruined
  burn burnt burned peel peeled worse die died dead scratch scratched tear tore torn warp warped rot rotted mould mouldy mold
  moldy flood flooded overheat overheated wrong incorrect disappear disappeared missing wiped blurry blurred pixelated pixelly
  grainy fuzzy distorted jammed jam stuck flat bounced refused tripped trip rusted rusty smelly smell infested chewed eaten`);
/** Movements of a thing or a pest coming back: "the mice came back", "it was sent back". */
const BACK_VERBS = words('come came coming comes gone went go sent send returned return bounced');
/** Words of a good outcome or thanks: no blame. */
const GOOD = words('well luckily thankfully fortunately glad great perfect perfectly lovely brilliant saved thanks thank quick quickly fast early');
/** The agent putting it right ("so I've rebooked you", "we'll waive the fee"). */
const FIX_VERBS = words(`rebook rebooked reschedule rescheduled waive waived refund refunded send sent replace replaced repair repaired
  fix fixed book booked arrange arranged cover covered credit credited reset extend extended offered sort sorted`);
/** Words of a reassurance in the sentence. */
const CLEARED = /\b(?:not your fault|nothing you did|no worries|no problem|do not worry|easy mistake|common mistake|happens to|no harm)\b/;
/** Verbs of a service whose passive negation is a harm to the customer ("was not emptied", "wasn't collected"). */
const BE = words('was were is are be been');

const isWord = (t: Token | undefined): t is Token => !!t && t.word;
/** Words read either side of a cause for its outcome. */
const WINDOW = 24;

/** The customer's act after "you" at i: returns [index of the act, whether it is read as past] or null. */
function actAt(toks: readonly Token[], i: number, afterCause: boolean): number {
  let j = i + 1;
  let perfect = false;
  if (toks[j]?.norm === 'have' || toks[j]?.norm === 'had' || toks[j]?.norm === 'has') {
    perfect = true;
    j++;
  }
  while (isWord(toks[j]) && ADVERBS.has(toks[j].norm)) j++;
  const t = toks[j];
  if (!isWord(t) || !SLIPS.has(t.norm)) return -1;
  // "you put" is a past only after a cause word or in the perfect ("when you put it in, it clicks" is a present).
  if (SAME_FORM.has(t.norm) && !perfect && !afterCause) return -1;
  return j;
}

/** A harm in tokens [a, b): a harm word not under a negation, a thing come back, or a service of ours not done (a passive). */
function harmIn(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k];
    if (!w.word) continue;
    if (GOOD.has(w.norm)) return false;
    if ((HARMS.has(w.norm) || HARMS.has(w.lemma)) && !w.negated) return true;
    if (BACK_VERBS.has(w.norm) && toks[k + 1]?.norm === 'back') return true;
    // "was not emptied", "weren't collected", "could not be processed": the passive of a service, negated.
    if (w.neg && w.norm === 'not' && k > 0 && BE.has(toks[k - 1].norm)) {
      const v = toks[k + 1];
      if (isWord(v) && v.norm !== v.lemma && /(?:ed|en|t)$/.test(v.norm) && !HARMS.has(v.norm) && !HARMS.has(v.lemma)) return true;
    }
    if (w.neg && w.norm === 'not' && toks[k + 1]?.norm === 'be' && isWord(toks[k + 2]) && /ed$/.test(toks[k + 2].norm) && !HARMS.has(toks[k + 2].norm)) return true;
  }
  return false;
}

/** The act's clause end: a comma, "so / and / that / which", a clause change or a few words. */
function actEnd(toks: readonly Token[], v: number): number {
  let e = v;
  for (let k = v + 1; k < toks.length && k <= v + 6; k++) {
    const w = toks[k];
    if (!w.word || w.clause !== toks[v].clause || /^(?:so|and|but|that|which|this|when|while|before|after|then|lol|haha)$/.test(w.norm)) break;
    e = k;
  }
  return e;
}

export function readCauseBlame32(toks: Token[]): GenericHit[] {
  if (toks.some((t) => t.text === '?')) return [];
  let joined = '';
  for (const t of toks) joined += ' ' + t.norm;
  if (CLEARED.test(joined) || /\b(?:if|unless|whether)\b/.test(joined)) return [];
  // The agent putting it right in the same sentence.
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].norm !== 'i' && toks[k].norm !== 'we') continue;
    for (let j = k + 1; j < toks.length && j < k + 5; j++) if (FIX_VERBS.has(toks[j].norm) && !toks[j].negated) return [];
  }
  for (let i = 0; i < toks.length; i++) {
    if (!YOU.has(toks[i].norm)) continue;
    let p = i - 1;
    while (p >= 0 && !toks[p].word && toks[p].text !== ',') p--;
    const cause = p >= 0 && CAUSE_OPENERS.has(toks[p].norm) && !(p > 0 && toks[p - 1].norm === 'not');
    if (cause) {
      const v = actAt(toks, i, true);
      if (v < 0) continue;
      const e = actEnd(toks, v);
      // The outcome: the main clause before the cause word, or after the cause clause's comma.
      let after = toks.length;
      for (let k = e + 1; k < toks.length && k <= e + WINDOW; k++) if (toks[k].text === ',' || toks[k].text === ';') (after = k), (k = toks.length);
      // Within a window of words either side (a run-on draft of many causes stays linear).
      if (harmIn(toks, Math.max(0, p - WINDOW), p) || (after < toks.length && harmIn(toks, after + 1, Math.min(toks.length, after + 1 + WINDOW)))) return [hit(toks, i, e, 'second-person-blame', 'blame')];
      continue;
    }
    // At a clause head ("Had a look and you've uploaded …", "You left the gate open, …"), with "that's / which is why" after.
    const head = p < 0 || toks[p].text === ',' || CLAUSE_HEAD.has(toks[p].norm);
    if (!head) continue;
    const v = actAt(toks, i, false);
    if (v < 0) continue;
    const e = actEnd(toks, v);
    for (let k = e + 1; k + 2 < toks.length && k <= e + WINDOW; k++) {
      if (/^(?:that|which|this|thats)$/.test(toks[k].norm) && toks[k + 1].norm === 'is' && toks[k + 2].norm === 'why') {
        if (harmIn(toks, k + 3, Math.min(toks.length, k + 3 + WINDOW))) return [hit(toks, i, e, 'second-person-blame', 'blame')];
        break;
      }
    }
  }
  return [];
}

// ---------------------------------------------------------------- the rule cited as the reason

/** (rwen33: exported for kinds33.en.ts's cited rule with an expiry.) */
export const DOC32 = String.raw`(?:terms and conditions|terms & conditions|terms of (?:service|business|use|hire|membership)|terms|t & cs|t & c|ts & cs|conditions|regulations|rules|policy|policies|agreement|contract|handbook|code of conduct|bylaws|by-laws|charter|booking conditions|conditions of (?:carriage|hire|sale))`;
export const CLAUSE_NO32 = String.raw`(?:section|clause|article|paragraph|rule|term|condition|part|schedule) [0-9][0-9.]*(?: [a-z])?`;
/** A restriction, a duty, a charge or a limit in the sentence the rule is cited for. */
const LIMIT = /\b(?:not|no|never|cannot|unable|required|require|requires|must|only|charge|charged|charges|fee|fees|penalty|fine|fined|applied|retained|withheld|forfeit|forfeited|excluded|non-refundable|nonrefundable|non-transferable|nontransferable|non-exchangeable|non-returnable|declined|refused|void|invalid|prohibited|mandatory|compulsory|liable|deducted|payable|maximum|max|minimum|min|limit|limited|within|at most|no more than|up to|has to|have to|need to|needs to)\b/;
/** A grant or a treat: the rule is on the customer's side. */
const GRANTS = /\b(?:entitled|eligible|welcome to|you (?:can|may|will get|get) (?!not\b)|free of charge|at no (?:extra )?cost|refunded in full|full refund|complimentary|guaranteed)\b|\?/;

const RULE32: readonly NormPattern[] = [
  {
    // "As per the University Library regulations, …", "however per our terms and conditions the card is non-transferable".
    re: new RegExp(String.raw`(?<=^|\b(?:however|but|and|also|so|unfortunately|sadly|sorry) |[,;] )(?:as per|per|in accordance with|in line with|pursuant to) (?:${CLAUSE_NO32} of )?(?:the|our) (?:[a-z&'-]+ ){0,4}?${DOC32}\b`),
    construction: 'policy-shield',
    category: 'policy',
    need: LIMIT,
    not: GRANTS,
  },
  {
    // "This is stipulated in our terms and conditions", "this is set out in section 4.2 of our Terms of Service".
    re: new RegExp(String.raw`\b(?:this|that|it|which) (?:is|are|was) (?:clearly |all |also |explicitly )?(?:stipulated|set out|laid out|laid down|specified|stated|outlined|written|detailed) in (?:${CLAUSE_NO32} of )?(?:the|our|your) (?:[a-z&'-]+ ){0,4}?${DOC32}\b`),
    construction: 'policy-shield',
    category: 'policy',
    need: LIMIT,
    not: GRANTS,
  },
  {
    // "so its council policy that proof of address has to be …", "it is company policy that all visitors must sign in".
    re: /\b(?:it is|its|it was) (?:(?:our|the|council|company|store|shop|school|hotel|club|bank|practice|surgery|library|airline|government|head office|management) )?(?:policy|rules|the rule|a rule) that\b/,
    construction: 'policy-shield',
    category: 'policy',
    need: /\b(?:not|no|never|cannot|must|only|has to|have to|need to|needs to|required|mandatory|compulsory|at least|maximum|minimum)\b/,
    not: GRANTS,
  },
  {
    // "but them's the rules, one free swap a month", "dem's di rules": the dialect form of "rules are rules" / "those are
    // the rules" (the packs' and kinds30's readings), late31 and train31. Never "give them the rules sheet" (no copula).
    re: /\b(?:(?:them|dem) (?:'s|is|are|be)|thems|dems) (?:the|di|de|da) (?:rules|rule)\b(?! (?:sheet|book|of the game|page|card|leaflet))/,
    construction: 'policy-shield',
    category: 'policy',
    not: /\?/,
  },
];

export function readRuleCited32(toks: Token[]): GenericHit[] {
  return readNormPatterns(RULE32, toks);
}

// ---------------------------------------------------------------- praise for a duty "finally" done

/** Duties the customer was expected to do (the past, the participle or the -ing form): reading, replying, sending, paying. */
const DUTY = String.raw`(?:read|reading|checked|checking|replied|replying|responded|responding|answered|answering|sent|sending|brought|bringing|returned|returning|paid|paying|followed|following|listened|listening|filled|filling|signed|signing|uploaded|uploading|called|calling|rang|ringing|phoned|phoning|confirmed|confirming|provided|providing|submitted|submitting|bothered|bothering|updated|updating|looked at|looking at|got back|getting back|gotten back|got round|got around|getting round|getting around|turned up|turning up|showed up|showing up|cleared|clearing|tidied|emptied|settled|settling)`;
const FINALLY32: readonly NormPattern[] = [
  {
    // "glad you finally read the manual", "Nice to see you've finally paid the invoice", "good that u finally replied",
    // "Congrats pon finally bringing back di books" (kinds28 reads "thanks for finally").
    re: new RegExp(String.raw`\b(?:glad|good|nice|great|pleased|happy|lovely|congrats|congratulations|well done)(?: ,)?(?: (?:that|to see|to hear|on|pon|for))? (?:(?:you|u|ya|yu) (?:have |has )?)?finally ${DUTY}\b`),
    construction: 'talking-down',
    category: 'passive-aggressive',
    // A tag question stays ("…, so the steps work now right?"): the praise itself is not asked.
    not: /\b(?:if|whether)\b/,
  },
];

// ---------------------------------------------------------------- forms of older kinds: a machine greying out, not knowing, candour

/** A machine of ours (not "your screen": the customer's own device is no refusal of ours). */
const OUR_MACHINE = String.raw`(?:(?:my|our|the|this) (?:[a-z-]+ )?|booking |(?<=^|, )(?:[a-z-]+ )?)(?:screen|system|portal|app|till|site|website|page|thing|computer|software|tool|calendar|diary|planner|terminal|machine)`;
const FORMS32: readonly NormPattern[] = [
  {
    // "my screen's greying out the date box", "booking screen greys out saturdays so cant do it", "the portal keeps greying
    // out the return button" (kinds27 / kinds29 read "it's greyed out on my end", "won't let me"): our tool greying out an
    // option the customer wants. Never "your screen", "the days grey out when you pick one", "greys out while it saves",
    // "the calendar greys out any day that is fully booked, so the white ones are free" (what the colours mean).
    re: new RegExp(String.raw`${OUR_MACHINE} (?:is |'s |has |keeps |keeps on |just |is just |'s just |has just |is still |still )?(?:greying|graying|greys|grays|greyed|grayed|grey|gray) out(?= (?!(?:while|when|whilst|during|until|till|briefly|for a (?:second|sec|moment|bit))\b)(?:the|my|all|any|that|this|it|them|those|every|[a-z]+days|dates?|slots?|times?|options?|buttons?|box|boxes|for|on)\b)`),
    construction: 'system-blocks',
    category: 'cant-wont',
    // Our tool in the way, said with a regret, a repeat or the refusal: "The calendar greys out any day that is fully
    // booked, so the white ones are free" explains what the colours mean (rwen30's and rwen27's contrasts).
    need: /\b(?:sorry|soz|ugh|argh|urgh|again|keeps|still|can not|cannot|will not|for me|on my end|on my side|right now|at the moment|atm|frustrating|annoying|annoyingly)\b/,
    not: /\b(?:if|unless|whether|that is normal|which is normal|is normal|(?:any|every|all) (?:[a-z]+ )?(?:that|which) (?:is|are|has|have))\b|\?/,
  },
  {
    // "I haven't got a clue if the crematorium allows live music" (the packs read "I have no clue", "I haven't a clue").
    re: /\b(?:i|we) (?:have|has) not got (?:a|any|the (?:faintest|slightest|foggiest)) (?:clue|idea)\b/,
    construction: 'not-knowing',
    category: 'uncertainty',
  },
  {
    // "dont know yet if marquee price includes heating": the subject left out, an adverb before the question word (kinds28
    // reads "don't know if", kinds29 "I don't really know if").
    re: /(?:^|[,;] )(?:(?:sorry|ok|okay|hmm|so|still|honestly|tbh|um|erm|ah|oh|yeah) (?:, )?)?(?:do not|dont|don't) know (?:yet|exactly|for sure|for certain|right now|at the moment|as yet) (?:if|when|whether|where|what|how long|how much|who|which)\b/,
    construction: 'not-knowing',
    category: 'uncertainty',
  },
  {
    // "Tbf he was a right wriggler, so the fringe isn't dead straight", "to be fair most people dont bother": "to be fair"
    // heading a sentence without its comma, or as "tbf" (the packs read "To be fair," and "tbh"). Never "to be fair to you",
    // nor a concession owed to the customer ("to be fair, the old form was confusing, so we've simplified it": neutral15).
    re: /^(?:(?:ok|okay|well|but|and|look|so|ah|oh|yeah|honestly) (?:, )?)?(?:tbf|to be fair)(?= (?!(?:to|on|with|about|enough)\b)[a-z])/,
    construction: 'candour-opener',
    category: 'other',
    not: /\b(?:we|our|us|i|my|me|you are right|you have a point)\b/,
  },
  {
    // "It is self-evident that a book printed in 1962 shows signs of age", "It should be obvious that the app needs a
    // signal": the impersonal form of "Obviously" (en-core's `obviously`, the kind in nearly every split). Never where the
    // agent owns the fault or puts it right ("it is obvious that we sent the wrong size, so I'll replace it"), "evident
    // from the photos" (evidence, not a reproach), "it became obvious" (a story).
    re: /(?<=^|, |\b(?:but|and|so|well|sir|madam|ma'am|now) )it (?:is|'s|should be|must be|ought to be|would be|really is|surely is) (?:quite |very |pretty |fairly |perfectly |surely |rather |fully |entirely )?(?:obvious|self-evident|self evident|selfevident|self-explanatory|self explanatory) that\b/,
    construction: 'talking-down',
    category: 'passive-aggressive',
    not: /\b(?:we|our|us|i|my|sorry|apologi[sz]e|refund|replace|thank|thanks)\b|\?/,
  },
  {
    // "I see what I can do for the 8pm slot" (a learner's present; the packs read "I'll / let me see what I can do").
    re: /\b(?:i|we) (?:just |go |gon |gonna |going to |would )?see what (?:i|we) (?:can|could) (?:do|manage|sort)\b/,
    construction: 'hedged-effort',
    category: 'uncertainty',
  },
];

// ---------------------------------------------------------------- the gate and the reader

/** Norms one of which every reading needs. */
const GATE = new Set(['because', 'since', 'cos', 'coz', 'cuz', 'bc', 'bcoz', 'bcos', 'becoz', 'why', 'per', 'accordance', 'line', 'pursuant', 'stipulated', 'set', 'laid', 'specified', 'stated', 'outlined', 'written', 'detailed', 'policy', 'rules', 'rule', 'finally', 'thems', 'dems',
  'greying', 'graying', 'greys', 'grays', 'greyed', 'grayed', 'grey', 'gray', 'clue', 'idea', 'know', 'tbf', 'fair', 'see', 'obvious', 'self-evident', 'selfevident', 'self-explanatory', 'evident', 'explanatory']);

/** The gate's word test (./kinds22.en.ts's word bit 20, audited by tests/unit/rewrite/en-gates.test.ts). */
export const kinds32Word = (w: string): boolean => GATE.has(w);

export function kinds32MayStart(tokens: readonly Token[]): boolean {
  return someNormIn(GATE, tokens);
}

/** The thirty-second session's English kinds in one sentence. */
export function readKinds32(tokens: Token[]): GenericHit[] {
  const hits = readRuleCited32(tokens);
  for (const h of [...readNormPatterns(FINALLY32, tokens), ...readNormPatterns(FORMS32, tokens)]) if (!hits.some((e) => e.start < h.end && h.start < e.end)) hits.push(h);
  const blame = readCauseBlame32(tokens).filter((h) => !hits.some((e) => e.start < h.end && h.start < e.end));
  return blame.length ? [...hits, ...blame].sort((a, b) => a.start - b.start) : hits;
}

// (rperf41) The literal pre-check's scanner is built once over every list (norm-patterns.en.ts).
registerNormPatterns(RULE32, FINALLY32, FORMS32);
