/**
 * English frustration, session 18 (issue 13, tfren18): kinds named from how fresh writers' frustration errors differ from
 * what the earlier matrices enumerate, each built as a family with its look-alikes in scripts/tone-frustration-matrix18.en.ts
 * (words and constructions from general knowledge, not from the development sentences).
 *
 * Calm kinds (precision first: where one is said, the marks around it are not a complaint):
 * - **sincere thanks or praise with intensity**: thanks for something the company did for the customer ("thank you so much
 *   for sorting my refund!!!", "tysm for getting my account back 😭"), a tribute ("you're a lifesaver", "ur the best"), or a
 *   formal praise of staff ("was most helpful and kind", "please pass on my thanks"): with no ironic mark, no contrast after
 *   it and no harm said of the company, the "!!!", crying emoji and "I thought I'd lost it forever" are relief.
 * - **the fault is said not to be the company's** ("not your fault at all!", "nothing to do with you"), with no "but" after.
 * - **own mistake, worry or a plea**: "I think I've done something stupid", "my own fault", "I clicked a link in a text",
 *   "pls pls pls tell me…", "help!! … how do I reset": the marks are panic, and "stupid" / "scam" are about themselves.
 * - **a troubleshooting report**: specs or steps tried and "any fix?": "crashed AGAIN … specs … any ideas??" asks for help.
 * - **a formal chase**: a letter's frame and a courteous request ("Further to my letter of … I have yet to receive a
 *   substantive response … I trust this matter will now receive your prompt attention"); **an offer declined** ("I regret
 *   that it is not acceptable to me") is a negotiation.
 * - **a solicitor who is a party to a transaction** ("the buyer's solicitor has asked for the certificate") is no threat.
 *
 * Frustrated kinds (no word of feeling the older readers count):
 * - **"not gonna lie, I'm fuming"**: the formula's "not" negates nothing.
 * - **slang judgement of the company's thing**: "ur anticheat is actually trash", "your app is garbage".
 * - **"how is that fair?" protest**: "how is that cheating lol", "how is that my fault", "how is that acceptable".
 * - **ironic praise with a mark** beside a failure: "Fantastic service as always 👏", "Oh brilliant, … logged me out",
 *   "Top work, really.", "Really feel the love.", "the care you show your customers is inspiring", "took my money fast enough".
 * - **a formal count of contacts or formal displeasure**: "This is my fourth message regarding …", "I find it remarkable
 *   that a simple correction has taken a month".
 * - **paid extra and did not get it, with a demand**: "I paid extra for express … or I want every penny back".
 * - **service denied its name, an accusation of ignoring, a change nobody wanted**: "… is not customer service.", "I sent the
 *   photos. You ignored them.", "Nobody asked for this. Put it back.".
 *
 * Read from the latest words' text (the signature and quoted history are not in it).
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentences of the latest words, split after . ! ? and line breaks (the punctuation stays with its sentence); `re` is a
 * global pattern matching one sentence (./frustration.en.kinds19.ts passes one that keeps "no. 12" whole).
 */
export function sentences(text: string, re: RegExp = /[^.!?\n]+(?:[.!?]+|$)/g): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    if (s) out.push({ start: m.index + lead, end: m.index + lead + s.length });
  }
  return out;
}

/** A text's sentences, split when first asked for (most messages need none). */
interface Sents {
  text: string;
  spans: Span[] | null;
}
function sentsOf(c: Sents): Span[] {
  return (c.spans ??= sentences(c.text));
}

/** The sentence holding offset `at` (also ./frustration.en.kinds19.ts). */
export function sentenceAt(sents: readonly Span[], at: number): Span | null {
  for (const s of sents) if (at >= s.start && at < s.end) return s;
  return null;
}

/** Each pattern's global copy, made once (allMatches runs it from the start every time). */
const globalOf = new Map<RegExp, RegExp>();

/** Every match of `re` in `text` (also ./frustration.en.kinds19.ts). */
export function allMatches(re: RegExp, text: string): Span[] {
  let g = globalOf.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globalOf.set(re, g);
  }
  g.lastIndex = 0;
  const out: Span[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Calm kinds

/** Evidence that marks intensity only (punctuation, crying or tired emoji, capitals, a fault or wait told). */
const MARK_WHYS = new Set<string>([
  'tone.why.punctuation', 'tone.why.emoji', 'tone.why.caps', 'tone.why.failure', 'tone.why.complaint', 'tone.why.emphasis',
  'tone.why.impatient', 'tone.why.capsComplaint', 'tone.why.elapsed', 'tone.why.time',
]);
/** Angry faces are never relief or panic. */
const ANGRY_FACE = /[\u{1f620}\u{1f621}\u{1f92c}\u{1f624}\u{1f44e}\u{1f595}]/u;
/** Marks of irony: with one, praise and thanks are not sincere. */
const IRONY =
  /[\u{1f643}\u{1f644}\u{1f921}\u{1f480}\u{1f44f}]|\b(?:as (?:always|usual|ever)|yet again|really feel the|i'?m sure|yeah right|thanks for nothing|cheers for nothing|not!|\/s)\b|\btruly,/iu;
/** Contrast after thanks or praise: what follows is the point ("lovely driver but …"). */
const CONTRAST = /\b(?:but|however|though|although|except|shame|pity|unfortunately|sadly)\b/i;
/** Harm said of the company or its people ("you refused", "your driver lost", "they cancelled"). */
const HARM =
  /\b(?:you|u|ya|they|he|she|your \w+|ur \w+)\s+(?:have\s+|has\s+|had\s+|just\s+|then\s+|now\s+|also\s+)*(?:refused|cancell?ed|lost|charged|overcharged|ignored|deleted|banned|closed|broke|damaged|forgot|hung up|blocked|froze|suspended|wiped)\b/i;

const THANKS_FOR =
  /\b(?:thank(?:s| you| u|ing you)?|ty|tysm|thx|cheers)\b[^.!?\n]{0,24}?\bfor\s+(?:all\s+|everything\s+)?(?:your\s+(?:help|patience|kindness|time|support)|the\s+(?:help|quick reply|fast reply|refund|replacement)|helping|getting|sorting|fixing|recovering|restoring|finding|refunding|replacing|resolving|reinstating|unlocking|unbanning|returning|being so|going above|looking after|taking care)\b/i;
const TRIBUTE =
  /\b(?:you(?:'re| are)|youre|ur|u r|you guys are|you lot are|your team is|your team are)\s+(?:the best|a (?:life ?saver|legend|star|gem|hero|saint)|amazing|legends|stars|heroes|angels|brilliant|wonderful)\b|\b(?:life ?saver|saved my (?:life|bacon|day|skin|sanity))\b/i;
const STAFF_PRAISE =
  /\b(?:was|were|has been|have been|is|are)\s+(?:most|very|so|extremely|incredibly|really|ever so|truly|exceptionally|wonderfully)\s+(?:helpful|kind|patient|courteous|professional|friendly|polite|considerate|thoughtful|efficient|reassuring)\b|\bplease (?:pass on|convey|give) (?:my|our) (?:thanks|gratitude|compliments|appreciation)\b|\bwent (?:above and beyond|the extra mile)\b|\b(?:very much|greatly|truly|really|much) appreciated\b/i;

/** Thanks or praise said and meant: the spans of the sentences that say it, or null. */
function sincerePraise(text: string, low: string, sents: Sents): Span[] | null {
  const thanks = opens(low, THANKS_FOR_GATE);
  const tribute = opens(low, TRIBUTE_GATE);
  const staff = opens(low, STAFF_PRAISE_GATE);
  if (!thanks && !tribute && !staff) return null;
  if (IRONY.test(text) || HARM.test(text)) return null;
  const found = [
    ...(thanks ? allMatches(THANKS_FOR, text) : []),
    ...(tribute ? allMatches(TRIBUTE, text) : []),
    ...(staff ? allMatches(STAFF_PRAISE, text) : []),
  ];
  if (!found.length) return null;
  // Nothing but more of the same after it: a contrast after the first thanks makes the rest the point.
  const first = Math.min(...found.map((f) => f.start));
  if (CONTRAST.test(text.slice(first))) return null;
  const out: Span[] = [];
  for (const f of found) out.push(sentenceAt(sentsOf(sents), f.start) ?? f);
  return out;
}

const EXONERATE =
  /\b(?:(?:it'?s|it is|this is|that'?s|that is|this was|it was)\s+)?(?:not|isn'?t|wasn'?t)\s+(?:at all\s+)?(?:your|ur|you guys'?|the driver'?s|your driver'?s|your team'?s|the company'?s)\s+fault\b|\bnothing to do with (?:you|u|your (?:team|company|side))\b|\bi (?:don'?t|do not) blame (?:you|u)\b|\bnot blaming (?:you|u|your)\b/i;

/** "Not your fault at all!" said plainly: not followed by "?", "personally" or a "but" in its sentence. */
function exonerated(text: string, low: string, sents: Sents): boolean {
  if (!opens(low, EXONERATE_GATE)) return false;
  for (const m of allMatches(EXONERATE, text)) {
    const s = sentenceAt(sentsOf(sents), m.start);
    const after = text.slice(m.end, s ? s.end : m.end + 40);
    if (/^\s*\?|^\s*(?:personally|though)\b/i.test(after) || CONTRAST.test(after)) continue;
    if (/\bpersonally\b/i.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    return true;
  }
  return false;
}

const SELF_BLAME =
  /\bdone something (?:very |really |so |a bit |rather |incredibly |really really )?(?:silly|stupid|daft|dumb|foolish|idiotic)\b|\b(?:my (?:own )?(?:fault|mistake|bad|error))\b(?!\s+(?:was|for (?:trusting|believing|ordering|choosing|using|picking|thinking|expecting)))|\bi (?:messed|screwed|mucked|cocked|stuffed) (?:it |this |things |everything )?up\b|\bsilly me\b|\bi(?:'m| am|m) (?:such )?an? (?:idiot|muppet|numpty|fool)\b|\bi (?:fell for|got caught by|got caught out by) (?:a|the|some|this|that) (?:\w+ )?(?:scam|phishing|fake)\b|\bi (?:clicked|tapped|opened|followed) (?:on )?(?:a|the|some|this|that) (?:dodgy |suspicious |fake |scam |weird |strange )?(?:link|text|email|message)\b|\b(?:typed|entered|put|gave|filled)(?: in| out)? (?:all )?my (?:card|bank|account|login|banking) (?:details|number|info|information)\b|\b\d+ wrong (?:pw'?s|passwords?|pins?|passcodes?|attempts|tries)\b|\bwrong (?:pw|password|pin|passcode) (?:\d+|three|too many) times\b/i;
const PLEA =
  /(?:^|\n)\s*(?:please\s+|pls\s+)?help\b|\b(?:pls|please|plz)(?:[\s,]+(?:pls|please|plz)\b)+|\b(?:please|pls|plz) help\b|\b(?:please|pls|plz) (?:tell me|say) (?:my|that|it|the)\b|\bwhat (?:do|should|can) i do\b|\bhow do i (?:reset|get|fix|unlock|recover|stop|cancel|block|undo|sort)\b|\bcan (?:you|somebody|someone|anyone|u) (?:please |pls )?(?:block|stop|freeze|cancel|lock) (?:my|the) (?:card|account|payment)\b/i;
const WORRY =
  /[\u{1f62d}\u{1f630}\u{1f628}\u{1f631}\u{1f629}\u{1f97a}\u{1f64f}\u{1f622}\u{1f625}]|\b(?:worried|worrying|panick?(?:ing|ed)?|scared|terrified|freaking out|anxious|nervous|stressed|desperate|in tears|crying|beg(?:ging)?)\b/iu;
/** "Scam" said of the company ("you are a scam", "this company is a scam") is an accusation, never explained. */
const SCAM_AT_COMPANY = /\b(?:you|u|you guys|you lot|your (?:company|firm|service|business|app|site)|this (?:company|firm|service|business|app|site)|ur \w+)\s+(?:are|is|r|=)\s+(?:a |an |such a |just a |running a |total |complete |absolute )*(?:scam|scammers?|fraud)/i;

/** The customer's own skill or kit judged ("my aim is trash lol", "I'm rubbish at this game"). */
const OWN_THING_JUDGED =
  /\bmy (?:aim|skills?|gameplay|game|timing|internet|wifi|wi-fi|laptop|pc|phone|memory|english|spelling|handwriting|luck|connection) (?:is|are|was) (?:actually |literally |so |just |pretty )?(?:trash|garbage|rubbish|terrible|awful|hopeless|useless)\b|\bi(?:'m| am|m) (?:so |actually |literally |just )?(?:trash|garbage|rubbish|terrible|hopeless|useless) (?:at|with)\b/gi;

const SPECS =
  /\b(?:specs?|rtx ?\d+|gtx ?\d+|rx ?\d{3,4}|ryzen|intel|i[3579]-?\d+|\d+ ?gb(?: ram)?|ram|gpu|cpu|drivers?|windows (?:10|11)|ios ?\d+|android ?\d+|firmware|version \d|build \d|reinstalled|re-installed|cleared (?:the )?cache|restarted|rebooted|verified (?:the )?(?:game )?files|factory reset)\b/gi;
const HELP_ASK =
  /\bany (?:fix|fixes|ideas|idea|suggestions|advice|help|workaround|solution|tips)\b|\bis there (?:a|any) (?:fix|workaround|solution|patch)\b|\bhow (?:do|can) i fix\b|\banything (?:else )?i can (?:try|do)\b|\bwhat else can i try\b/i;

/** A letter's frame ("Dear Sirs", "Further to my letter of …") and a courteous request to act: a formal chase, told calmly. */
const FORMAL_LETTER = /(?:^\s*|\n\s*)dear (?:sir|sirs|madam|mr|mrs|ms|miss|dr|prof|colleagues|team)\b|\byours (?:faithfully|sincerely|truly)\b|\bfurther to (?:my|our) (?:letter|email|e-mail|call|telephone call)\b|\bi write further to\b/i;
const COURTEOUS_ASK =
  /\bi trust (?:that )?(?:this|the) (?:matter )?will (?:now )?(?:receive|be given) (?:your|the) (?:prompt|urgent|immediate|full|kind|due) attention\b|\bi (?:would|should|shall) be (?:most |very |extremely )?grateful\b|\bi look forward to (?:your|hearing|receiving)\b|\bkindly (?:confirm|arrange|advise|let me know|issue|send|reply|respond|look into)\b|\bi would ask that you\b/i;
const CHASE =
  /\bi (?:have|am) (?:yet to|still to|still not|not yet) (?:receive|received|had|have)\s+(?:a |an |any )?(?:substantive |full |proper |formal |written )?(?:response|reply|answer|acknowledge?ment|decision|update)\b[^.!?\n]*?(?=[.!?\n]|$)/gi;
/** An offer or proposal declined ("I regret that it is not acceptable to me"): a negotiation, not a judgement of the service. */
const DECLINED =
  /\b(?:it|this|that|the (?:offer|proposal|settlement|quote|terms|amount|figure|sum)(?: (?:proposed|offered|suggested))?|your (?:offer|proposal|settlement|quote|terms))\s+(?:is|are|was)\s+not acceptable to (?:me|us|my client|our client)\b/gi;
const OFFER_WORDS = /\b(?:offer|proposal|proposed|settlement|quote|terms|goodwill payment)\b|\bi regret that (?:it|this|that) is not acceptable\b/i;

const SOLICITOR_PARTY =
  /\b(?:buyers?'?s?|sellers?'?s?|purchasers?'?s?|vendors?'?s?|landlord'?s|tenants?'?s?|estate'?s|executors?'?s?|lender'?s|mortgage|conveyancing|probate|family)\s+(?:solicitors?|lawyers?|attorneys?|conveyancers?|legal team)\b/gi;
const LEGAL_THREAT = /\b(?:proceedings|court|legal action|sue|suing|letter before action|small claims|ombudsman|claim against|take (?:this|it|you) further)\b/i;

// Text gates (./textgate.ts): words one of which, in lower case, every match of the pattern beside them holds (a
// necessary condition, checked in the one shared pass over ctx.low before the pattern runs). None for the /u patterns.
const THANKS_FOR_GATE = textGate(['for']);
const TRIBUTE_GATE = textGate(['best', 'saver', 'legend', 'star', 'gem', 'hero', 'saint', 'amazing', 'angel', 'brilliant', 'wonderful', 'saved']);
const STAFF_PRAISE_GATE = textGate([
  'helpful', 'kind', 'patient', 'courteous', 'professional', 'friendly', 'polite', 'considerate', 'thoughtful', 'efficient', 'reassuring',
  'please', 'went', 'appreciated',
]);
const EXONERATE_GATE = textGate(['fault', 'nothing', 'blam']);
const SELF_BLAME_GATE = textGate([
  'something', 'fault', 'mistake', 'bad', 'error', 'messed', 'screwed', 'mucked', 'cocked', 'stuffed', 'silly', 'idiot', 'muppet',
  'numpty', 'fool', 'fell', 'caught', 'clicked', 'tapped', 'opened', 'followed', 'details', 'number', 'info', 'wrong',
]);
const OWN_THING_GATE = textGate(['trash', 'garbage', 'rubbish', 'terrible', 'awful', 'hopeless', 'useless']);
const PLEA_GATE = textGate(['help', 'pls', 'please', 'plz', 'what', 'how', 'card', 'account', 'payment']);
const HELP_ASK_GATE = textGate(['fix', 'idea', 'suggestion', 'advice', 'help', 'workaround', 'solution', 'tip', 'patch', 'anything', 'else']);
const SOLICITOR_GATE = textGate(['solicitor', 'lawyer', 'attorney', 'conveyancer', 'legal']);
const CHASE_GATE = textGate(['yet', 'still']);
const LETTER_GATE = textGate(['dear', 'yours', 'further']);
const DECLINED_GATE = textGate(['acceptable']);

/**
 * One of the calm kinds is said and every piece of the cue's evidence is explained by it: a mark of intensity (never an
 * angry face) or words inside the calm construction. `evidence` is the frustration cue's evidence (message offsets).
 */
export function calmKinds18(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  const text = ctx.doc.text;
  const low = ctx.low;
  const sents: Sents = { text, spans: null };
  const inside: Span[] = [];
  let marksExplained = false;
  let sarcasmExplained = false;
  let judgementExplained = false;
  let scamExplained = false;

  const praise = sincerePraise(text, low, sents);
  if (praise) {
    inside.push(...praise);
    marksExplained = true;
    // "most helpful … without being asked": the old sarcasm reader's praise-beside-a-fault, when nothing ironic is said.
    sarcasmExplained = true;
  }
  if (exonerated(text, low, sents)) {
    marksExplained = true;
    judgementExplained = true;
  }
  // "how is that my fault", "not my fault": the opposite of owning the mistake.
  const self = (opens(low, SELF_BLAME_GATE) ? allMatches(SELF_BLAME, text) : []).filter((m) => !/(?:\bnot|n'?t|\bnever|\bhow (?:is|was|'?s) (?:that|this|it)|\bwhy (?:is|was) (?:that|this|it))\s+(?:even\s+|really\s+)?$/i.test(text.slice(Math.max(0, m.start - 24), m.start)));
  if (opens(low, OWN_THING_GATE)) inside.push(...allMatches(OWN_THING_JUDGED, text));
  // A plea counts with worry or panic said ("please help … I'm so worried", "pls pls … 😭"), or with one's own mistake.
  const plea = opens(low, PLEA_GATE) && PLEA.test(text) && WORRY.test(text);
  if (self.length || plea) {
    marksExplained = true;
    for (const m of self) inside.push(sentenceAt(sentsOf(sents), m.start) ?? m);
    scamExplained = !SCAM_AT_COMPANY.test(text);
  }
  if (opens(low, HELP_ASK_GATE) && HELP_ASK.test(text) && (text.match(SPECS) ?? []).length >= 2) marksExplained = true;
  if (opens(low, SOLICITOR_GATE) && !LEGAL_THREAT.test(text)) inside.push(...allMatches(SOLICITOR_PARTY, text));
  // The chase's own words ("I have yet to receive a substantive response") only: a promise recalled, a count of weeks or
  // of acknowledgements beside it still speaks (different writers label those frustrated).
  const chased: Span[] = opens(low, CHASE_GATE) && opens(low, LETTER_GATE) && FORMAL_LETTER.test(text) && COURTEOUS_ASK.test(text) ? allMatches(CHASE, text) : [];
  if (opens(low, DECLINED_GATE) && OFFER_WORDS.test(text)) inside.push(...allMatches(DECLINED, text));

  if (!inside.length && !marksExplained && !chased.length) return false;
  for (const e of evidence) {
    const start = e.start - ctx.offset;
    const end = e.end - ctx.offset;
    const words = text.slice(start, end);
    if (ANGRY_FACE.test(words)) return false;
    if (inside.some((s) => start >= s.start && end <= s.end)) continue;
    if (marksExplained && e.why && MARK_WHYS.has(e.why)) continue;
    if (e.why === 'tone.why.complaint' && chased.some((c) => start >= c.start && end <= c.end)) continue;
    if (sarcasmExplained && e.why === 'tone.why.sarcasm') continue;
    if (judgementExplained && (e.why === 'tone.why.judgement' || e.why === 'tone.why.politeAnger')) continue;
    // A feeling of someone else's ("my neighbour, who is so annoying"), never the customer's own ("I'm furious, but I
    // understand it isn't your fault").
    if (judgementExplained && e.why === 'tone.why.feeling') {
      const s = sentenceAt(sentsOf(sents), start);
      if (!/\b(?:i(?:'m| am|m)|i feel|i was|we(?:'re| are)|we feel|i'?ve been|makes me|made me|got me)\b/i.test(text.slice(s ? s.start : 0, start))) continue;
    }
    if (scamExplained && /^scam/i.test(words)) continue;
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------------
// Frustrated kinds

const NOT_GONNA_LIE =
  /\b(?:not gonna lie|not going to lie|ngl|i won'?t lie|i'?m not gonna lie|i'?m not going to lie|not gonna sugarcoat it|i'?m not going to sugarcoat it)\b[,\s-]*(?:but\s+)?(?:i'?m|im|i am|i feel|feeling)\s+(?:(?:so|really|absolutely|proper|properly|well|pretty|quite|a bit|beyond|bloody|fucking)\s+)*(fuming|furious|livid|raging|seething|gutted|fed up|annoyed|pissed(?: off)?|angry|mad|disappointed|frustrated|sick of (?:this|it|you)|done with (?:this|you|it))\b/i;

const TRASH =
  /\b(?:your|ur|the|this|that)\s+(?:\w+\s+)?(?:app|game|anticheat|anti-cheat|service|support|company|update|patch|system|website|site|servers?|customer service|matchmaking|product|software|team|delivery|courier|tracking|chat ?bot|bot|launcher|checkout)\s+(?:is|are|was|r|=)\s+(?:actually\s+|absolutely\s+|literally\s+|complete\s+|total\s+|utter\s+|pure\s+|straight\s+|hot\s+|such\s+)*(trash|garbage|dogshit|dog shit|a dumpster fire|hot garbage|a clown show)\b/i;

const HOW_IS_THAT =
  /\bhow (?:is|was|'?s) (?:that|this|it) (?:even |remotely |in any way |at all )?(cheating|fair|my fault|legal|allowed|acceptable|reasonable|ok|okay|right|customer service|good service|a solution|a fix|my problem|justified|an? (?:improvement|upgrade))\b/i;
/** "how is that fair to the other players?" in a calm question about rules, or the customer's own wrongdoing: never after "if". */
const HOW_IS_THAT_CALM = /\b(?:just wondering|out of curiosity|curious)\b/i;

const PRAISE_WORD =
  /\b(?:fantastic|brilliant|great|amazing|top|stellar|superb|wonderful|excellent|outstanding|lovely|fab|cracking|first[- ]class|world[- ]class|5[- ]star|five[- ]star|spectacular|impressive|exceptional)\s+(?:service|work|job|stuff|communication|customer (?:service|care)|effort|support|teamwork|team work|planning|organisation|organization)\b/gi;
const PRAISE_MARK = /^[\s,.]*(?:as (?:always|usual|ever)|yet again|once again|again|,?\s*really|,?\s*truly|,?\s*honestly|,?\s*guys|,?\s*team|there|you lot)?[\s,.!]*(?:[\u{1f44f}\u{1f44d}\u{1f64c}\u{1f644}\u{1f643}\u{1f44c}]|as (?:always|usual|ever)|yet again|once again|,?\s*really\s*[.!]|,?\s*truly\s*[.!])/iu;
const OH_PRAISE = /(?:^|[.!?\n]\s*)oh,? (?:brilliant|great|lovely|wonderful|perfect|fantastic|amazing|super|marvellous|marvelous|joy)\b[,!.]/gi;
const LOVE = /\breally (?:feel(?:ing)?|felt) (?:the love|valued|appreciated|special|cared for)\b|\bthe care you (?:show|have for) (?:your |us )?(?:customers|users|clients|players|members)?\s*is (?:inspiring|touching|moving|something else|remarkable|heartwarming)\b|\b(?:took|take|taking|charged?|charging|grabbed|happy to take) (?:my|our|the) (?:money|£\s?\d+|\$\s?\d+|€\s?\d+|payment|cash|subscription)\b[^.!?\n]{0,30}?\b(?:fast|quick(?:ly)?|quick) enough\b|\b(?:fast|quick) enough to (?:take|charge) (?:my|our|the)\b/gi;
/** A failure or loss told in the message: what makes the praise ironic. */
const FAILURE =
  /\b(?:cold|late|missing|lost|refused|cancell?ed|logged (?:\w+ )?out|couldn'?t|didn'?t|never|down for|crashed|broken|wrong|still (?:no|not|nothing|waiting)|nobody|no one|zero|\d+ (?:minutes|mins|hours|hrs|days|weeks)|hasn'?t|haven'?t|wasn'?t|won'?t|removed|deleted|doubled|charged)\b/i;
/** Thanks beside a fault put right ("sorted in 5 minutes, thank you"): the praise is meant. */
const THANKED_SINCERELY = /\bthank(?:s| you)\b(?!\s+for nothing)/i;
const PUT_RIGHT = /\b(?:fixed|sorted|resolved|arrived early|came early|a day early|on time|ahead of schedule|in no time|straight away|quick|quickly|fast)\b/i;

const NTH_CONTACT =
  /\bthis is (?:now )?(?:my|our|the) (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|[3-9](?:rd|th)|1\d(?:th)?|\d{2}th) (?:message|email|e-mail|letter|attempt|request|chaser|reminder|complaint|call|time (?:writing|asking|contacting|chasing|emailing|calling|raising|explaining|reporting))\b/i;
const FORMAL_DISPLEASURE =
  /\bi (?:find|found) it (?:remarkable|astonishing|extraordinary|staggering|incredible|hard to believe|difficult to believe|baffling|unacceptable|disappointing|frankly absurd|absurd) that\b[^.!?\n]*\b(?:has (?:now )?taken|have (?:now )?taken|still|not|no one|nobody|cannot|can'?t|yet to|failed|been ignored|weeks|months|a month)\b/i;
const APOLOGY = /\b(?:sorry|apologies|apologise|apologize)\b/i;

const PAID_EXTRA =
  /\bi (?:paid|have paid|'ve paid|had paid) (?:extra|more|a premium|double|the extra|£\s?\d+ extra|\$\s?\d+ extra) for (?:express|next[- ]day|priority|fast[- ]track|premium|same[- ]day|the express|the fast|the priority|faster)\b/i;
const UNDELIVERED = /\b(?:still (?:have |got )?(?:nothing|no\b|not)|was due (?:yesterday|on|last)|never (?:arrived|came|turned up)|hasn'?t (?:arrived|come)|not (?:arrived|here|received)|nothing yet)\b/i;
const MONEY_BACK_DEMAND = /\b(?:i want|i expect|i demand|give me) (?:every penny|every cent|all (?:of )?my money|my money|a full refund|the (?:extra|difference|express fee)) (?:back|refunded)?\b|\bor i want (?:every penny|my money|a (?:full )?refund)\b/i;

/** Thanks for an act that harmed the customer ("Thank you so much for cancelling my flight by text at 3am"). */
const THANKS_FOR_HARM =
  /\b(?:thank(?:s| you| u)?|cheers|ty)\b[^.!?\n]{0,24}?\bfor\s+(?:cancell?ing|losing|charging|overcharging|double[- ]charging|closing|deleting|ignoring|refusing|banning|suspending|blocking|freezing|breaking|damaging|wasting|hanging up on|raising|hiking|doubling|leaving (?:me|my|us|our))\b/i;
/** The harm was asked for ("thanks for cancelling my order as I asked"). */
const REQUESTED = /\b(?:as (?:i |we )?(?:asked|requested)|as requested|for me|on my behalf|so quickly|so fast|promptly|no problem|no worries)\b/i;
/** What makes the act unwelcome: again, twice, without a word, at 3am, the night before. */
const UNWELCOME = /\b(?:again|twice|(?:second|third|fourth) time|without (?:a word|telling|notice|warning|asking|any)|by text|at [1-5] ?am|at [1-5]:\d\d ?am|the (?:night|day) before|last minute|last-minute|for no reason)\b/i;
/** "My mistake was trusting you", "my fault for ordering from you again": owning a mistake that is the company's. */
const MISTAKE_WAS_YOU = /\bmy (?:only |biggest |big |real |first )?(?:mistake|fault|error)(?: was| for)\s+(?:ever\s+|even\s+)?(?:trusting|believing|ordering|choosing|using|picking|thinking|expecting|booking|buying|signing up)\b/i;

/** "… is not customer service.", "That's not an answer.": what the company did, denied the name of service (a statement, never a question or "… related"). */
const NOT_SERVICE =
  /\b(?:is|was|that'?s|this is|that is|it'?s)\s+not\s+(?:what i(?:'d| would) call\s+)?(?:customer service|customer care|customer support|service|support|an answer|a solution|a resolution|help)(?=\s*(?:[.!]|$|\n))/i;
/** "You ignored them.", "you ignored my emails": an accusation, not "if you ignored it as spam". */
const YOU_IGNORED = /\b(?:you|your (?:team|staff|agents?|office)|they)\s+(?:just\s+|simply\s+|completely\s+|have\s+|then\s+)*(?:ignored|disregarded|dismissed)\s+(?:it|them|me|us|my \w+|our \w+|the (?:photos|evidence|emails|messages|letters|calls|complaints?))\b/i;
const HEDGED_BEFORE = /\b(?:if|in case|maybe|perhaps|might|may|unless|whether|sorry)\b[^.!?\n]*$/i;
/** "Nobody asked for this.": a change the customer did not want (not "nobody asked for this, but I love it"). */
const NOBODY_ASKED = /\b(?:nobody|no one|no-one|not one person)\s+asked for (?:this|that|it|these|any of this)\b/i;
const NOBODY_ASKED_PLEASED = /\b(?:but|love|loving|great|brilliant|nice|thanks|thank you|appreciated?)\b/i;

const NGL_GATE = textGate(['ngl', 'lie', 'sugarcoat']);
const TRASH_GATE = textGate(['trash', 'garbage', 'dog', 'dumpster', 'clown']);
const HOW_GATE = textGate(['how']);
/** PRAISE_WORD's second word, OH_PRAISE's "oh", LOVE's "really" / "care" / "enough": the ironic praise block. */
const PRAISE_WORD_GATE = textGate(['service', 'work', 'job', 'stuff', 'communication', 'customer', 'effort', 'support', 'team', 'planning', 'organi']);
const OH_PRAISE_GATE = textGate(['oh']);
const LOVE_GATE = textGate(['really', 'care', 'enough']);
const THANKS_FOR_HARM_GATE = textGate([
  'cancel', 'losing', 'charging', 'closing', 'deleting', 'ignoring', 'refusing', 'banning', 'suspending', 'blocking', 'freezing', 'breaking',
  'damaging', 'wasting', 'hanging', 'raising', 'hiking', 'doubling', 'leaving',
]);
const MISTAKE_WAS_YOU_GATE = textGate(['mistake', 'fault', 'error']);
const FORMAL_DISPLEASURE_GATE = textGate(['find', 'found']);
const NOT_SERVICE_GATE = textGate(['service', 'care', 'support', 'answer', 'solution', 'resolution', 'help']);
const YOU_IGNORED_GATE = textGate(['ignored', 'disregarded', 'dismissed']);
const NOBODY_ASKED_GATE = textGate(['asked']);
const PAID_EXTRA_GATE = textGate(['paid']);

type Read18 = { evidence: readonly Evidence[]; sarcasm: boolean; rhetorical: boolean };
type Out18 = { score: number; evidence: Evidence[]; mistakeTurned: boolean };

/** Adds a kind's words to `out` unless the older readers already read them (see readEnKinds18). */
function add18(ctx: CueContext, read: Read18, out: Out18, start: number, end: number, w: number, why: Parameters<CueContext['ev']>[1]): void {
  const e = ctx.ev({ start, end }, why);
  if (read.evidence.some((o) => o.start < e.end && e.start < o.end && !(o.why && MARK_WHYS.has(o.why)))) return;
  // Sarcasm already read counts once, unless it was too weak to say anything (then the stronger reading here stands).
  if (why === 'tone.why.sarcasm' && read.sarcasm) return;
  if (why === 'tone.why.rhetoricalQuestion' && read.rhetorical) return;
  out.score += w;
  out.evidence.push(e);
}

/** The session-18 frustrated kinds: score and the words that carry them. */
/**
 * `read`: what the older readers already found (their evidence, whether they read sarcasm or a rhetorical question): a kind
 * that reads the same words, or sarcasm or a rhetorical question already counted, adds nothing (no double count).
 */
export function readEnKinds18(
  ctx: CueContext,
  read: Read18 = { evidence: [], sarcasm: false, rhetorical: false },
): { score: number; evidence: Evidence[]; mistakeTurned: boolean } {
  const out: Out18 = { score: 0, evidence: [], mistakeTurned: false };
  if (ctx.fa) return out;
  const text = ctx.doc.text;
  const low = ctx.low;

  const ngl = opens(low, NGL_GATE) ? NOT_GONNA_LIE.exec(text) : null;
  if (ngl && ngl[1]) {
    const at = ngl.index + ngl[0].length - ngl[1].length;
    add18(ctx, read, out, at, at + ngl[1].length, 1.2, 'tone.why.feeling');
  }
  const trash = opens(low, TRASH_GATE) ? TRASH.exec(text) : null;
  if (trash && trash[1]) {
    const at = trash.index + trash[0].length - trash[1].length;
    add18(ctx, read, out, at, at + trash[1].length, 1.1, 'tone.why.judgement');
  }
  const how = opens(low, HOW_GATE) ? HOW_IS_THAT.exec(text) : null;
  if (how && !HOW_IS_THAT_CALM.test(text) && !/\bif\s+$/i.test(text.slice(Math.max(0, how.index - 6), how.index))) {
    add18(ctx, read, out, how.index, how.index + how[0].length, 1, 'tone.why.rhetoricalQuestion');
    // "how is that my fault": the calm marker "my fault" (./frustration.implicit.ts) is turned against the company.
    if (/my (?:fault|problem)/i.test(how[1])) out.mistakeTurned = true;
  }

  const praiseWord = opens(low, PRAISE_WORD_GATE);
  const ohPraise = opens(low, OH_PRAISE_GATE);
  const love = opens(low, LOVE_GATE);
  if ((praiseWord || ohPraise || love) && FAILURE.test(text) && !(THANKED_SINCERELY.test(text) && PUT_RIGHT.test(text))) {
    let ironic: Span | null = null;
    for (const m of praiseWord ? allMatches(PRAISE_WORD, text) : []) {
      if (PRAISE_MARK.test(text.slice(m.end, m.end + 24))) {
        ironic = m;
        break;
      }
    }
    if (!ironic && ohPraise) {
      for (const m of allMatches(OH_PRAISE, text)) {
        const s = text.slice(m.start, m.end);
        const lead = s.length - s.replace(/^[.!?\n\s]+/, '').length;
        const sentEnd = text.slice(m.end).search(/[.!?\n]/);
        const rest = text.slice(m.end, sentEnd < 0 ? text.length : m.end + sentEnd);
        if (FAILURE.test(rest)) {
          ironic = { start: m.start + lead, end: m.end - 1 };
          break;
        }
      }
    }
    if (!ironic && love) ironic = allMatches(LOVE, text)[0] ?? null;
    if (ironic) add18(ctx, read, out, ironic.start, ironic.end, 1.2, 'tone.why.sarcasm');
  }

  const thanksHarm = opens(low, THANKS_FOR_HARM_GATE) ? THANKS_FOR_HARM.exec(text) : null;
  if (thanksHarm && !REQUESTED.test(text) && (IRONY.test(text) || UNWELCOME.test(text))) add18(ctx, read, out, thanksHarm.index, thanksHarm.index + thanksHarm[0].length, 1.2, 'tone.why.sarcasm');
  const mistake = opens(low, MISTAKE_WAS_YOU_GATE) ? MISTAKE_WAS_YOU.exec(text) : null;
  if (mistake) {
    add18(ctx, read, out, mistake.index, mistake.index + mistake[0].length, 1, 'tone.why.sarcasm');
    out.mistakeTurned = true;
  }

  // A count of contacts alone ("This is my fourth message about …") is repeat contact, not frustration (the labelling rule):
  // it counts only beside a formal word of displeasure, which carries the cue.
  const formal = opens(low, FORMAL_DISPLEASURE_GATE) ? FORMAL_DISPLEASURE.exec(text) : null;
  if (formal) {
    add18(ctx, read, out, formal.index, formal.index + formal[0].length, 1, 'tone.why.judgement');
    const nth = APOLOGY.test(text) ? null : NTH_CONTACT.exec(text);
    if (nth) add18(ctx, read, out, nth.index, nth.index + nth[0].length, 0.3, 'tone.why.contactCount');
  }

  const notService = opens(low, NOT_SERVICE_GATE) ? NOT_SERVICE.exec(text) : null;
  if (notService) add18(ctx, read, out, notService.index, notService.index + notService[0].length, 1, 'tone.why.judgement');
  const ignored = opens(low, YOU_IGNORED_GATE) ? YOU_IGNORED.exec(text) : null;
  if (ignored && !HEDGED_BEFORE.test(text.slice(Math.max(0, ignored.index - 40), ignored.index))) add18(ctx, read, out, ignored.index, ignored.index + ignored[0].length, 1, 'tone.why.failure');
  const nobody = opens(low, NOBODY_ASKED_GATE) ? NOBODY_ASKED.exec(text) : null;
  if (nobody && !NOBODY_ASKED_PLEASED.test(text.slice(nobody.index))) add18(ctx, read, out, nobody.index, nobody.index + nobody[0].length, 1, 'tone.why.judgement');

  const paid = opens(low, PAID_EXTRA_GATE) ? PAID_EXTRA.exec(text) : null;
  if (paid && UNDELIVERED.test(text) && MONEY_BACK_DEMAND.test(text)) add18(ctx, read, out, paid.index, paid.index + paid[0].length, 1, 'tone.why.paidVsGot');
  return out;
}
