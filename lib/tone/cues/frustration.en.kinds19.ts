/**
 * English frustration, session 19 (issue 13, tfren19): kinds named from how late18, late17 and late15's frustration errors
 * differ from what the earlier matrices enumerate, each built as a family with its look-alikes in
 * scripts/tone-frustration-matrix19.en.ts (words and constructions from general knowledge, not from the development
 * sentences).
 *
 * Calm kinds (precision first: each explains pieces of the cue's evidence; when every piece is explained, here or by
 * session 18's calm kinds, the marks around them are not a complaint):
 * - **a procedure asked as alternatives**: "Is it covered at the in-network rate, or do I need to submit a claim myself?",
 *   "does it come out of my wages or do i have to set something up?", "What do I need to do on your end for the report?":
 *   "do I need to" asks how, unless the question protests ("every single day", "around here", "switch providers").
 * - **thanks said as the message's act**: "Just wanted to say a huge thank you to the team …", "OMG thank you so much!!!":
 *   with no irony, no harm said of the company and no contrast after the thanks, the "!!", "without us even asking",
 *   "amazing" and a fear told in the past ("I honestly thought I'd lost the tickets … but they're all back") are relief.
 * - **a third party's doing, the company cleared**: "the man at no. 12 is a nightmare, he's been 'borrowing' parcels for
 *   months … I'm so sick of him. Not your fault at all.", "someone reversed into the hire car … Very frustrating but
 *   obviously not your fault!": the faults told are that party's, the feeling is about them.
 * - **a victim of someone else's act, asking what to do**: "someone logged into my account from Romania … I didn't do
 *   this … !! how do I log out every device? And can they still unlock my door??": the marks are alarm.
 * - **something due today has not come, asked for with a plea**: "my tickets for the concert TONIGHT still havent come
 *   thru 😭 … can u resend them pls??": with no wait counted and no judgement, the marks are anxiety.
 *
 * Frustrated kinds (no word of feeling the older readers count):
 * - **a count of contacts in any register or spelling**: "ok so this is literally the 3rd time im messaging about this".
 * - **"stop telling me it's sorted when it's not"**, "stop estimating my usage when …": the company accused of saying
 *   what is not so (session 27: "kindly stop closing it as "resolved"", "stop marking my repair as fixed").
 * - **a sarcastic inference about oneself**: "I can only assume I'm running a secret swimming pool".
 * - **paying for one thing and getting another, said as love**: "love paying for 4K and getting a picture that looks like
 *   it was filmed on a potato", "Nothing like paying for fibre and getting dial-up speeds".
 * - **the price up and the quality down**: "the price goes up and the quality goes down", "paying more for less".
 * - **a rebuttal in capitals**: "the last 2 agents told me to restart the router. i HAVE.".
 * - **leaving weighed, with an intensifier or as the alternative to being helped**: "genuinely considering cancelling",
 *   "can someone actually look at the line this time or do i need to switch providers".
 *
 * Read from the latest words' text (the signature and quoted history are not in it).
 */
import type { CueContext } from '../cue.ts';
import { mayMatch, opens, patternGate, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';
import { allMatches, calmKinds18, sentenceAt, sentences, type Span } from './frustration.en.kinds18.ts';

/** "no. 12", "Mr. Khan", "St. Albans": an abbreviation before a word does not end the sentence. */
const SENTENCE19 = /(?:\b(?:[Nn]o|[Mm]rs?|[Mm]s|[Dd]r|[Ss]t|[Vv]s|[Rr]ef|approx)\.(?=[ \t]*\w)|[^.!?\n])+(?:[.!?]+|$)/g;
let sentencesText: string | null = null;
let sentencesKept: readonly Span[] = [];
/**
 * The text's sentences, split when a reader first needs them and kept for the last text (readEnKinds19 and calmKinds19
 * read the same message; most messages need none). Shared: read it, never change it.
 */
function sentences19(text: string): readonly Span[] {
  if (text !== sentencesText) {
    sentencesKept = sentences(text, SENTENCE19);
    sentencesText = text;
  }
  return sentencesKept;
}


// ---------------------------------------------------------------------------------------------------------------------
// Calm kinds

/** Evidence that marks intensity only. */
const MARK_WHYS = new Set<string>(['tone.why.punctuation', 'tone.why.emoji', 'tone.why.caps', 'tone.why.emphasis', 'tone.why.impatient', 'tone.why.capsComplaint']);
/** Words of displeasure: never explained by a calm kind here, except a feeling about a third party. */
const ANGRY_FACE = /[\u{1f620}\u{1f621}\u{1f92c}\u{1f624}\u{1f44e}\u{1f595}\u{1f644}\u{1f643}]/u;
const IRONY =
  /[\u{1f643}\u{1f644}\u{1f921}\u{1f480}\u{1f44f}]|\b(?:as (?:always|usual|ever)|yet again|i'?m sure|yeah right|thanks for nothing|cheers for nothing|not!|\/s)\b/iu;
const CONTRAST = /\b(?:but|however|though|although|except|shame|pity|unfortunately|sadly)\b/i;
const HARM =
  /\b(?:you|u|they|he|she|your \w+|ur \w+|who)\s+(?:have\s+|has\s+|had\s+|just\s+|then\s+|now\s+|also\s+)*(?:refused|cancell?ed|lost|charged|overcharged|ignored|deleted|banned|closed|broke|damaged|forgot|hung up|blocked|froze|suspended|wiped|left|threw|dumped|smashed|dropped|kicked|ruined)\b/i;

/** "…, or do I need to …?", "do I have to … or can he …?", "What do I need to do for …": asking how. */
const PROC = /\b(?:do|will|would|should|shall)\s+(?:i|we)\s+(?:need|have)\s+to\b/gi;
/** A protest in the same question: the procedure asked is the complaint. */
const PROC_PROTEST =
  /\b(?:every (?:single )?(?:day|time|week)|around here|to get (?:a (?:straight|proper|real) |an? (?:answer|response|reply)|some(?:one|body)|any(?:one|body))|from you lot|your job|court|sue|switch|elsewhere|cancel|leave you|again|already|still|beg|chase|keep (?:asking|chasing|telling|calling|ringing|emailing)|since (?:you|nobody|no one))\b|\bto get (?:(?:a|an|my|this|the|it|anything|something|someone|somebody|any)\s+)?(?:\w+\s+){0,2}?(?:processed|done|sorted|fixed|answered|looked at|dealt with|resolved|approved|actioned|moving)\b|\?\?|\?!/i;

function procedureAsked(text: string, s: Span, at: Span): boolean {
  const sent = text.slice(s.start, s.end);
  if (!/\?\s*$/.test(sent) && !/^(?:what|which|when|where|how)\b/i.test(sent)) return false;
  if (PROC_PROTEST.test(sent)) return false;
  const before = text.slice(s.start, at.start);
  // The alternative: "…, or do I need to …", "do I have to … or can …", or a wh- question of procedure.
  return /\bor\s*$/i.test(before) || /\bor\b/i.test(text.slice(at.end, s.end)) || /^(?:\w+,?\s+){0,3}?(?:what|which|when|where|how|who)\b/i.test(before);
}

/** Thanks said as the message's act (its opening words, or the first sentence). */
const THANKS_ACT =
  /\b(?:(?:just\s+)?(?:wanted|want|like|wish)\s+to\s+say\s+(?:a\s+)?(?:huge|big|massive|great|heartfelt|special|quick)?\s*thank(?:s| you)\b|(?:a\s+)?(?:huge|big|massive|heartfelt|special)\s+thank(?:s| you)\s+to\b|can i (?:just )?say (?:a (?:huge |big )?)?thank(?:s| you)\b|\b(?:a |just a )?(?:quick )?(?:note|message|line) to say (?:a (?:huge |big )?)?thank(?:s| you)\b|\b(?:massive|huge|big) (?:shout ?-?out|kudos|props) to\b|\bshout ?-?out to\b|\bkudos to\b|(?:omg|oh|oh my god|wow)[,!\s]+thank(?:s| you| u)\b|thank(?:s| you| u)\s+(?:so+|very)\s+much\b|thank you,? thank you\b|can'?t thank you enough)/i;
/** Thanks for a harm, never sincere ("thanks for nothing", "thank you for losing my suitcase", "for my latest bill"). */
const THANKS_HARM = /\bthank(?:s| you| u)\b[^.!?\n]{0,40}?\bfor\s+(?:nothing|losing|cancell?ing|charging|ignoring|wasting|ruining|breaking|my (?:latest |new )?(?:bill|invoice|charge|statement))\b/i;
/** Praise words the old sarcasm reader counts beside a fault; in sincere thanks they are praise. */
const PRAISE_PIECE = /^(?:amazing|brilliant|fantastic|great|lovely|wonderful|perfect|excellent|superb|incredible|without(?: even)?|even)$/i;
/** A fear told in the past and undone ("I honestly thought I'd lost …, but they're all back"). */
const RELIEF = /\bi\s+(?:honestly\s+|genuinely\s+|really\s+|actually\s+|seriously\s+)?(?:thought|was sure|was convinced|was certain|feared|was scared|was worried|had given up)\b/i;

/** The deed praised: done unasked or free ("he waited for my gran without being asked", "without even charging me"). */
const UNASKED = /\bwithout (?:even |us |me |being |them |him |her )*(?:asking|asked|being asked|charging|a fuss|complaint|question|hesitation|prompting)\b/i;

function thanksAct(text: string, sents: readonly Span[]): readonly Span[] | null {
  const m = THANKS_ACT.exec(text);
  if (!m) return null;
  if (IRONY.test(text) || HARM.test(text) || THANKS_HARM.test(text)) return null;
  const s = sentenceAt(sents, m.index);
  // The thanks opens the message (after a greeting): it is what the message is for.
  const first = sents.findIndex((x) => x === s);
  if (first > 2) return null;
  // Nothing but more of the same after it: a contrast after the thanks makes the rest the point (a fear undone, "I thought
  // I'd lost it but it's all back", is no contrast).
  if (CONTRAST.test(text.slice(m.index + m[0].length, s ? s.end : m.index + m[0].length))) return null;
  for (const x of sents) if (x.start > m.index && CONTRAST.test(text.slice(x.start, x.end)) && !RELIEF.test(text.slice(x.start, x.end))) return null;
  return sents;
}

/** The company cleared: "not your fault (at all)", "nothing to do with you (though)", not taken back in its sentence. */
const EXONERATE =
  /\b(?:(?:it'?s|it is|this is|that'?s|that is|this was|it was|obviously|of course|clearly)\s+)*(?:not|isn'?t|wasn'?t)\s+(?:at all\s+)?(?:your|ur|you guys'?|the driver'?s|your driver'?s|your team'?s|the company'?s)\s+fault\b|\bnothing to do with (?:you|u|your (?:team|company|side))\b|\bi (?:don'?t|do not|can'?t|cannot) blame (?:you|u)\b|\b(?:it'?s|it is|that'?s|that is|this is|it was|that was)\s+(?:(?:honestly|obviously|clearly|really|totally|definitely)\s+)?not\s+(?:on|down to)\s+(?:you|u)(?:\s+guys|\s+lot)?\b|\b(?:no fault of (?:yours|your own)|nothing you (?:could|can) (?:have )?do(?:ne)?|out of your (?:hands|control)|you(?:'re| are) not to blame|not (?:the|your) (?:company'?s|shop'?s|store'?s) (?:fault|doing)|not (?:your|ur) (?:guys'? )?(?:doing|fault))\b/i;
function cleared(text: string, sents: readonly Span[]): Span | null {
  for (const m of allMatches(EXONERATE, text)) {
    const s = sentenceAt(sents, m.start);
    const after = text.slice(m.end, s ? s.end : m.end + 40);
    if (/^\s*\?|^\s*personally\b/i.test(after) || /\bpersonally\b/i.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    // "though" closing the sentence ("nothing to do with you though!") concedes; a "but" after takes it back.
    if (CONTRAST.test(after.replace(/^\s*(?:at all\s+)?(?:though|tho)\s*[.!]*\s*$/i, ''))) continue;
    // Nothing after it takes the fault back to the company.
    if (HARM.test(text.slice(m.end)) || /\bbut\b[^.!?\n]*\byour?\b/i.test(text.slice(m.end))) continue;
    // The fault put back on the company after it ("it's your kitchen that …", "your problem", session 20).
    if (/\b(?:it'?s|it is|that'?s|that is|blame) (?:your|ur)\b|\b(?:your|ur) (?:fault|problem|mess|doing)\b/i.test(text.slice(m.end))) continue;
    return m;
  }
  return null;
}

/** A third party as the sentence's subject ("Problem is the man at no. 12 …", "someone reversed into …"). */
const THIRD_SUBJECT =
  /^(?:(?:the\s+)?(?:problem|trouble|thing|issue) is,?\s+|and\s+|but\s+|honestly,?\s+|so\s+)?(?:he|she|he'?s|she'?s|someone|somebody|some (?:kid|idiot|guy|bloke|woman|man|one)s?|a (?:stranger|delivery van|van|car|lorry|driver|kid|cyclist|neighbour|hacker|scammer|fraudster)|the (?:man|woman|lady|guy|bloke|neighbours?|caretaker|landlord|tenants?|other driver|previous (?:owner|tenant)|kids?|people)\b|my (?:\w+\s+)?(?:neighbours?|landlord|flatmate|housemate|ex|brother|sister|son|daughter|partner|caretaker))/i;
/** A feeling about a third party ("I'm so sick of him", "done with that man", "sick of the lot of them"). */
const FEELING_AT_THIRD = /^[^.!?\n]{0,30}\b(?:of|with|at)\s+(?:him|her|that (?:man|woman|lady|guy|bloke)|the lot of them|my (?:\w+\s+)?(?:neighbours?|landlord|flatmate|housemate|ex))\b/i;

/** Someone else's act against the customer (a breach, a fraud, a knock). */
const SOMEONE_DID =
  /\b(?:someone|somebody|a stranger|an unknown (?:device|person|number|user)|a hacker|hackers|scammers?|a fraudster|fraudsters)\s+(?:has\s+|have\s+|had\s+|just\s+|keeps?\s+|kept\s+)?(?:logged|logging|signed|used|using|changed|tried|trying|accessed|hacked|took|taken|made|ordered|spent|withdrew|opened|reversed|scratched|clipped|broke|stole|cloned|set up)\b/i;
const DONE_TO_ME =
  /\bmy (?:card|account|identity|email|phone|details|number|profile|wallet) (?:has been|have been|was|got|were) (?:cloned|hacked|stolen|compromised|skimmed|used|taken over|copied|breached)\b|\b(?:payments?|transactions?|charges?|purchases?|orders?|withdrawals?) (?:that )?(?:i|we) (?:never|didn'?t|did not) (?:make|made|authori[sz]e|place|placed|recogni[sz]e)\b|\b(?:opened|taken out|set up) (?:a |an )?\w*\s*(?:contract|account|loan|card) in my name\b/i;
/** The victim's denial, a short sentence of its own ("I didn't do this.", "I have never been a customer."). */
const DENIAL = /^(?:i|we) (?:have |had )?(?:never|didn'?t|did not|haven'?t|have not|wasn'?t|was not)\b[^.!?\n]{0,40}[.!]*$/i;
const WHAT_DO = /\bhow (?:do|can|should) (?:i|we)\b|\bwhat (?:do|should|can) (?:i|we) do\b|\bcan (?:they|he|she|someone|it) still\b|\bcan (?:you|u|someone) (?:please |pls )?(?:freeze|block|lock|stop|cancel)\b|\bis (?:my|the) \w+ (?:still )?safe\b/i;
/** "still" of a state that lasts ("can they still unlock", "is my money still safe", "it's all still there"), not of a wait. */
const STILL_STATE = /^\s*(?:safe|there|here|use|get|unlock|access|log|have|valid|able|open|in|fine|ok|okay|intact|working)\b/i;

/** "still" of a chance or a state asked about ("Can I still change the date??", "is the sale still on??", "am I still covered?"). */
const STILL_ASK =
  /\b(?:can|could|may|will|would|do|does|is|are|am|was|were|should)\s+(?:i|we|you|u|it|they|he|she|my \w+|our \w+|the \w+|this|that)\s+still\b(?!\s+(?:not|no|nothing|broken|missing|waiting|down|failing|stuck|wrong|charging|ignoring|happening|going on|a problem)\b)/gi;
/** A question that is a protest: "…or did you lie about that too??", "or have you lost that as well". */
const STILL_ASK_PROTEST = /\b(?:too|as well|either)\s*\?|\bor (?:did|have|has|will) (?:you|u|they)\b|\bwhy\b/i;

/** Something due today or within hours, and a plea for it. */
const DUE_TODAY =
  /\b(?:tonight|today|this (?:evening|afternoon|morning)|in (?:an|one|two|three|\d) (?:hours?|hrs?)|tomorrow morning|doors open|kick-?off|check-?in is|\d{1,2}(?::\d\d)? ?(?:am|pm) (?:flight|train|ferry|show|match))\b/i;
const DUE_PLEA = /\b(?:pls|plz|please|can (?:u|you|someone|anyone)|could (?:u|you|someone))\b/i;
/** The report that it has not come ("still havent", "hasn't arrived", "still isnt showing"). */
const NOT_COME = /^(?:still(?:\s+(?:hasn'?t|havent|haven'?t|has not|have not|isn'?t|isnt|is not|not|no))?|(?:hasn'?t|havent|haven'?t|has not|have not|didn'?t|isn'?t|isnt|is not|n'?t) (?:arrived|come(?: thr(?:ough|u))?|shown(?: up)?|turned up|been sent|showing|appeared|landed))$/i;
/** A wait counted or a contact repeated: the plea is a complaint then. */
const WAITED = /(?<!\bin (?:a |the next )?)\b(?:\d+|two|three|four|five|six|several|few|couple of)\s+(?:days?|weeks?|months?|hours?|hrs?|times|emails|calls|messages)\b|\b(?:since|ago|already|yet again|still waiting|(?:messag|email|call|writ|chas|contact)\w* (?:you |u )?again)\b|\b(?:no ?one|nobody) (?:has |have )?(?:answered|replied|got back|responded)\b|\b(?:emailed|called|rang|rung|messaged|wrote|chased) (?:you |u )?(?:on|yesterday|last|twice|before)\b/i;

/** Evidence kinds that are words of displeasure; a calm kind here explains them only where said. */
export function calmKinds19(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  const text = ctx.doc.text;
  const low = ctx.low;
  const sents = sentences19(text);
  const thanks = opens(low, THANKS_GATE) ? thanksAct(text, sents) : null;
  const clear = opens(low, CLEAR_GATE) ? cleared(text, sents) : null;
  const victim = (SOMEONE_DID.test(text) || DONE_TO_ME.test(text)) && WHAT_DO.test(text) && !IRONY.test(text);
  const due = DUE_TODAY.test(text) && DUE_PLEA.test(text) && !WAITED.test(text) && !IRONY.test(text);
  const procs = opens(low, PROC_GATE) ? allMatches(PROC, text) : [];
  const stillAsked = opens(low, STILL_GATE) && !IRONY.test(text) ? allMatches(STILL_ASK, text).filter((m) => { const x = sentenceAt(sents, m.start); return !!x && /\?/.test(text.slice(x.start, x.end)) && !STILL_ASK_PROTEST.test(text.slice(x.start, x.end)); }) : [];
  if (!thanks && !clear && !victim && !due && !procs.length && !stillAsked.length) return false;

  const rest: Evidence[] = [];
  let explained = 0;
  for (const e of evidence) {
    const start = e.start - ctx.offset;
    const end = e.end - ctx.offset;
    const words = text.slice(start, end);
    if (ANGRY_FACE.test(words)) return false;
    const s = sentenceAt(sents, start);
    const sent = s ? text.slice(s.start, s.end) : words;
    let ok = false;
    // "…, or do I need to …?": the procedure asked.
    if (e.why === 'tone.why.exasperated' && s) ok = procs.some((p) => p.start >= start && p.end <= end + 2 && procedureAsked(text, s, p)) || procs.some((p) => p.start < end && start < p.end && procedureAsked(text, s, p));
    if (!ok && thanks) {
      if (e.why && MARK_WHYS.has(e.why)) ok = true;
      else if (e.why === 'tone.why.sarcasm' && PRAISE_PIECE.test(words.trim())) ok = true;
      else if (e.why === 'tone.why.politeAnger' && /^(?:honestly|genuinely|seriously|truly)$/i.test(words.trim())) ok = true;
      else if ((e.why === 'tone.why.failure' || e.why === 'tone.why.complaint') && (RELIEF.test(sent) || UNASKED.test(sent))) ok = true;
    }
    if (!ok && clear) {
      const inClear = !!s && clear.start >= s.start && clear.end <= s.end;
      if (e.why === 'tone.why.politeAnger' && (inClear || /^(?:honestly|genuinely|seriously|truly)$/i.test(words.trim()))) ok = true;
      // What a third party did, told in a sentence with that party as its subject.
      else if (e.why !== 'tone.why.feeling' && e.why !== 'tone.why.rude' && e.why !== 'tone.why.escalation' && THIRD_SUBJECT.test(sent)) ok = true;
      // Session 20: the clearing words themselves ("that's not on you", "nothing you could have done"); the fault told before
      // the company is cleared ("arrived 40 mins late but that's not on you", "… for three hours. I know it was nothing you
      // could have done"); praise of the people who did the work ("The driver was great though").
      else if (start >= clear.start && end <= clear.end) ok = true;
      else if (start < clear.start && e.why !== 'tone.why.feeling' && e.why !== 'tone.why.rude' && e.why !== 'tone.why.escalation' && e.why !== 'tone.why.judgement') ok = true;
      else if (e.why === 'tone.why.sarcasm' && PRAISE_PIECE.test(words.trim()) && start > clear.end) ok = true;
      // A feeling about that party, or "Very frustrating but obviously not your fault" (no "I'm" before it).
      else if (e.why === 'tone.why.feeling' && (FEELING_AT_THIRD.test(text.slice(start)) || (inClear && start < clear.start && !/\b(?:i(?:'m| am|m)|i feel|i was|we(?:'re| are))\b/i.test(text.slice(s!.start, start))))) ok = true;
      else if (e.why === 'tone.why.judgement' && THIRD_SUBJECT.test(sent) && !/\byour?\b/i.test(sent)) ok = true;
      else if (e.why && MARK_WHYS.has(e.why)) ok = true;
    }
    // "Can I still …?", "is the sale still on??": the "still" asked about, and the marks of eagerness around it.
    if (!ok && stillAsked.length) {
      if (e.why === 'tone.why.complaint' && /^still$/i.test(words.trim()) && stillAsked.some((m) => start >= m.start && end <= m.end)) ok = true;
      else if (e.why && MARK_WHYS.has(e.why) && e.why !== 'tone.why.impatient') ok = true;
    }
    if (!ok && (victim || due)) {
      if (e.why && MARK_WHYS.has(e.why)) ok = true;
      else if (e.why === 'tone.why.complaint' && /^still$/i.test(words.trim()) && STILL_STATE.test(text.slice(end))) ok = true;
      // "payments I never made": the act done to them, told in its own sentence.
      else if (victim && e.why === 'tone.why.failure' && (SOMEONE_DID.test(sent) || DONE_TO_ME.test(sent) || DENIAL.test(sent))) ok = true;
      // The thing due "still hasn't come": that report only, never another complaint beside it ("this is getting silly").
      else if (due && (e.why === 'tone.why.complaint' || e.why === 'tone.why.failure') && NOT_COME.test(words)) ok = true;
    }
    if (ok) explained++;
    else rest.push(e);
  }
  if (!explained) return false;
  // What no kind here explains may be explained by session 18's calm kinds.
  return rest.length === 0 || calmKinds18(ctx, rest);
}

// ---------------------------------------------------------------------------------------------------------------------
// Frustrated kinds

const COUNT =
  /\b(?:this is|that'?s|thats|it'?s|its)\s+(?:now\s+|literally\s+|like\s+|seriously\s+|honestly\s+|officially\s+|actually\s+|at least\s+)*(?:the|my)\s+((?:third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th|umpteenth|nth|millionth|hundredth|\d{2}th)\s+time)\s+(?:that\s+)?(?:i'?m|im|i am|i'?ve|ive|i have|we'?re|we are|we'?ve|we have)\s+(?:had to\s+|now\s+|been\s+)?(?:messag|contact|writ|wrote|email|e-mail|call|ring|rung|rang|chat|ask|rais|report|complain|reach|phon|explain|chas|sen[dt])/i;
/** The count said with exasperation ("literally", "now", "like", "at least"); a plain count ("This is the fourth time I've
 * had to contact you about …") is the repeat cue's, and different writers label it calm. */
const COUNT_MARK = /\b(?:literally|seriously|honestly|actually|officially|like|now|at least|genuinely|legit)\b/i;
/** A terse count opening a sentence, with "now", "again" or "already": "3rd time messaging about this now." */
const TERSE_COUNT =
  /(?:^|[.!?\n]\s*)((?:third|3rd|fourth|4th|fifth|5th|sixth|6th|tenth|10th|umpteenth|nth)\s+time)\s+(?:i'?m\s+|im\s+|i'?ve\s+|ive\s+|i have\s+|now\s+)?(?:had to\s+)?(?:messag|writ|email|call|ring|rung|chat|ask|chas|contact|rais|report|explain)\w*\b[^.!?\n]{0,40}?\b(?:now|again|already)\b/i;
const COUNT_SORRY = /\bsorry\b|\bapolog|\bmy (?:own )?(?:fault|bad|mistake)\b|\bi keep forgetting\b|\u{1f648}/iu;

const STOP_TELLING =
  /\bstop\s+(?:telling (?:me|us)|saying|promising|lying|fobbing (?:me|us) off|giving (?:me|us) the run-?around|making excuses|pretending|passing (?:me|us) (?:around|from)|estimating|guessing|closing my (?:ticket|complaint|case)|(?:closing|marking) (?:it|this|my|our|the)(?: (?:ticket|complaint|case|query|fault|repair|report|issue|job|claim|order))? as(?: (?:resolved|fixed|closed|complete|completed|sorted|done)|(?= ["'\u201c\u2018](?:resolved|fixed|closed|complete|completed|sorted|done)["'\u201d\u2019]))|ignoring (?:me|us|my))\b/i;
const STOP_HOW = /\b(?:how (?:do|can) (?:i|we)|is there a way to|can (?:i|we)|want to)\s+$/i;

const ABSURD =
  /\b(?:(?:i can only assume|apparently|unless|i guess|i suppose|presumably)\s+(?:that\s+)?(?:i'?m|i am|i have been|i'?ve been|we'?re|we are|we have been)|(?:i|we) must (?:be|have been))\s+(?:secretly\s+|now\s+)?(?:running|heating|hosting|operating|powering|feeding|streaming|filling|watering|lighting)\b[^.!?\n]*/i;
/** The same inference about the company ("I can only assume nobody at your company reads emails"). */
const ASSUME_NOBODY =
  /\bapparently\s+(?:nobody|no one|no-one)\b[^.!?\n]*|\b(?:i can only assume|i(?:'m| am) (?:forced|left) to assume|i have to assume)\s+(?:that\s+)?(?:nobody|no one|no-one|you (?:don'?t|do not|never|can'?t|cannot|just don'?t)|your (?:\w+ ){1,3}?(?:don'?t|doesn'?t|do not|does not|never|can'?t|cannot))\b[^.!?\n]*/i;
const ABSURD_MARK = /\bsecret(?:ly)?\b|\bin (?:my|our) sleep\b|\b(?:running|heating|hosting|operating|powering|feeding|filling|watering|lighting) (?:a|an|half|the whole|my own|a small)\b/i;

const PAID_GOT =
  /\b(?:(?:gotta |got to |i )?lov(?:e|ing)|nothing (?:quite )?like|(?:so |really )?great|brilliant|fantastic)\s+(?:paying|forking out|shelling out|spending)\s+(?:for|£|\$|€|extra|premium|good money|top dollar)[^.!?\n]{0,60}?(?:\b(?:and|then|only to)\s+(?:then\s+)?(?:getting|get|being|boarding|receiving|ending up|waiting|watching|having)\b|\b(?:that|which) (?:is (?:always |constantly |never |usually )?(?:down|broken|closed|off|late|empty|useless)|keeps|never|doesn'?t|does not|breaks|goes down|crashes|drops|stops|fails|cuts out))/i;

const UP_DOWN =
  /\b(?:price|prices|premium|premiums|bill|bills|cost|costs|fees?|subscription|rent)\s+(?:keeps?\s+|just\s+)?(?:goes|go|going|went|gone|rises|rise|rising|creeps?|creeping)\s+up\b(?!\s+and\s+down)[^.!?\n]{0,40}?\b(?:quality|service|cover|speeds?|picture|signal|content|food|portions?|choice|support)\s+(?:keeps?\s+|just\s+)?(?:goes|go|going|went|gets|getting|got|drops|dropping|falls|falling)\s+(?:down|worse|smaller)\b|\bpay(?:ing)? (?:more and more|more)\b[^.!?\n]{0,40}?\bfor less(?: and less)?\b|\bpay more,? get less\b/i;

/** "i HAVE.", "I DID." in capitals, after being told to do it. */
const REBUT = /(?:^|[.!?\s])[iI] (?:HAVE(?: DONE| TRIED)?|DID|AM)(?=\s*[.!,]|\s+(?:done|tried|already|that|it)\b)/;
/** Read off REBUT itself (it ran on every English message before). */
const REBUT_GATE = patternGate(REBUT);
const TOLD_TO = /\b(?:told|asked|advised) (?:me|us) to\b|\b(?:was|were|been|got) (?:told|asked|advised) to\b|\b(?:said|says|keep telling me) to\b/i;

const LEAVING_MOOD =
  /\b(?:genuinely|seriously|honestly|really|actually|strongly|now)\s+(?:considering|thinking (?:about|of)|contemplating|tempted to)\s+(?:cancell?(?:ing)?|leaving|switching|moving (?:to|elsewhere|provider)|going elsewhere|taking my (?:business|custom|money) elsewhere|closing my account)\b/i;
const OR_LEAVE =
  /\bor (?:do|should|shall|must) (?:i|we) (?:just\s+)?(?:need to\s+|have to\s+)?(?:switch|change|move) (?:providers?|suppliers?|banks?|networks?|companies|insurers?|to (?:another|someone else|a different))\b|\bor (?:do|should|shall) (?:i|we) (?:just\s+)?(?:need to\s+|have to\s+)?(?:go elsewhere|take my (?:business|custom) elsewhere)\b/i;
const OR_LEAVE_ASK = /\b(?:actually|finally|this time|properly|ever)\b/i;

/** The procedure asked as a protest ("Do I have to take you to court to get my deposit back?", "do I need to do your job for you"). */
const PROC_AS_PROTEST =
  /\b(?:do|will|must|should) (?:i|we) (?:need|have) to (?:take (?:you|u|this|it|you lot) to (?:court|the ombudsman|small claims)|sue (?:you|u)|do your (?:job|jobs)|beg\b|come (?:down|in|round) (?:there |to (?:the|your) (?:shop|store|branch|office) )?(?:myself|in person)|camp outside|(?:call|ring|email|message|chase) (?:you|u) every (?:single )?(?:day|hour|week))|\bwhat (?:do|will|must) (?:i|we) (?:need|have) to do to get (?:a straight answer|an answer out of|anything (?:done|out of)|some(?:one|body) to (?:listen|care)|a refund around here)|\bwhat (?:do|will|must) (?:i|we) (?:need|have) to do\b[^.!?\n]{0,40}\b(?:from you lot|around here)\b/i;

/** Thanks or a shout-out for a harm ("thanks for losing my bag", "shout out to your driver who threw my parcel"). */
const THANKED_FOR_HARM =
  /\b(?:thank(?:s| you| u)|cheers|shout ?-?out|kudos|props)\b[^.!?\n]{0,40}?\b(?:for (?:losing|ignoring|wasting|ruining|breaking (?!down\b)(?:my|our)|smashing|damaging|dumping)|who (?:\w+ )?(?:threw|lost|broke|damaged|dumped|smashed|dropped|ignored|ruined) (?:my|our) (?:\w+ )?\w+(?![^.!?\n]*\b(?:off|round|back|early|in person|to my door|as i asked|for free)\b))\b/i;
/** Praise taken back with "… not!" ("the fastest refund ever... not!"). */
const PRAISE_NOT = /\b(?:ever|best|fastest|quickest|greatest|brilliant|great|amazing|fantastic|top)\b[^.!?\n]{0,12}?(?:\.{2,}|…|,)?\s*not!/i;

/** Evidence the older readers already gave for the same words (a mark of intensity does not count). */
function overlaps(found: readonly Evidence[], e: Evidence): boolean {
  return found.some((o) => o.start < e.end && e.start < o.end && o.why !== 'tone.why.punctuation' && o.why !== 'tone.why.caps' && o.why !== 'tone.why.emoji');
}

/** readEnKinds19's find [start, end) with its weight (a module function: no closure made per message). */
function add19(ctx: CueContext, out: { score: number; evidence: Evidence[] }, found: readonly Evidence[], start: number, end: number, w: number, why: Parameters<CueContext['ev']>[1]): void {
  const e = ctx.ev({ start, end }, why);
  if (overlaps(out.evidence, e)) return;
  // Words an older reader already read (often weakly: "promising" alone): half the kind's weight, the older evidence stays.
  if (overlaps(found, e)) {
    out.score += w / 2;
    return;
  }
  out.score += w;
  out.evidence.push(e);
}

/**
 * The session-19 frustrated kinds: score and the words that carry them. `found`: the evidence the older readers gave
 * (a kind already read on the same words is not counted twice).
 */
export function readEnKinds19(ctx: CueContext, found: readonly Evidence[]): { score: number; evidence: Evidence[] } {
  const out = { score: 0, evidence: [] as Evidence[] };
  if (ctx.fa) return out;
  const text = ctx.doc.text;
  const low = ctx.low;

  const count = opens(low, TIME_GATE) ? COUNT.exec(text) : null;
  if (count && !COUNT_SORRY.test(text) && (COUNT_MARK.test(count[0]) || /^[A-Z0-9]{3,}/.test(count[1]) || /(?:^|[.!?\n]\s*)(?:ok(?:ay)?|right|so|ugh|seriously|again)[,.!\s]+(?:so\s+)?$/i.test(text.slice(Math.max(0, count.index - 14), count.index)))) {
    const at = count.index + count[0].toLowerCase().indexOf(count[1].toLowerCase());
    add19(ctx, out, found, at, at + count[1].length, 1.1, 'tone.why.complaint');
  }
  const terse = opens(low, TIME_GATE) && !count ? TERSE_COUNT.exec(text) : null;
  if (terse && !COUNT_SORRY.test(text)) {
    const at = terse.index + terse[0].indexOf(terse[1]);
    add19(ctx, out, found, at, at + terse[1].length, 1.1, 'tone.why.complaint');
  }
  if (opens(low, STOP_GATE)) {
    for (const m of allMatches(STOP_TELLING, text)) {
      const s = sentenceAt(sentences19(text), m.start);
      if (STOP_HOW.test(text.slice(s ? s.start : 0, m.start))) continue;
      add19(ctx, out, found, m.start, m.end, 1.1, 'tone.why.brokenPromise');
      break;
    }
  }
  const absurd = opens(low, ABSURD_GATE) ? ABSURD.exec(text) : null;
  if (absurd && ABSURD_MARK.test(absurd[0])) add19(ctx, out, found, absurd.index, absurd.index + absurd[0].length, 1.2, 'tone.why.sarcasm');
  const nobody = opens(low, ASSUME_GATE) ? ASSUME_NOBODY.exec(text) : null;
  if (nobody) add19(ctx, out, found, nobody.index, nobody.index + nobody[0].length, 1.1, 'tone.why.sarcasm');
  const paid = opens(low, PAID_GATE) ? PAID_GOT.exec(text) : null;
  // The evidence is the ironic head ("love paying"), the rest may hold a wait an older reader already read ("a month").
  if (paid) add19(ctx, out, found, paid.index, paid.index + paid[0].search(/(?:paying|forking out|shelling out|spending)/i) + (/forking out|shelling out/i.test(paid[0]) ? 11 : /spending/i.test(paid[0]) ? 8 : 6), 1.2, 'tone.why.sarcasm');
  const upDown = opens(low, UP_GATE) ? UP_DOWN.exec(text) : null;
  if (upDown) add19(ctx, out, found, upDown.index, upDown.index + upDown[0].length, 1.1, 'tone.why.judgement');
  const rebut = mayMatch(low, REBUT_GATE) ? REBUT.exec(text) : null;
  if (rebut && TOLD_TO.test(text.slice(0, rebut.index))) {
    const at = rebut.index + rebut[0].search(/[iI] /);
    add19(ctx, out, found, at, rebut.index + rebut[0].length, 1, 'tone.why.emphasis');
  }
  const protest = opens(low, PROC_GATE) ? PROC_AS_PROTEST.exec(text) : null;
  if (protest) add19(ctx, out, found, protest.index, protest.index + protest[0].length, 1.1, 'tone.why.rhetoricalQuestion');
  const harmThanks = opens(low, THANKS_GATE) ? THANKED_FOR_HARM.exec(text) : null;
  if (harmThanks) add19(ctx, out, found, harmThanks.index, harmThanks.index + harmThanks[0].length, 1.2, 'tone.why.sarcasm');
  const notBang = opens(low, NOT_GATE) ? PRAISE_NOT.exec(text) : null;
  if (notBang) add19(ctx, out, found, notBang.index, notBang.index + notBang[0].length, 1.2, 'tone.why.sarcasm');
  const mood = opens(low, LEAVE_GATE) ? LEAVING_MOOD.exec(text) : null;
  if (mood) add19(ctx, out, found, mood.index, mood.index + mood[0].length, 1.1, 'tone.why.threat');
  const orLeave = opens(low, OR_GATE) ? OR_LEAVE.exec(text) : null;
  if (orLeave) {
    const s = sentenceAt(sentences19(text), orLeave.index);
    if (OR_LEAVE_ASK.test(text.slice(s ? s.start : 0, orLeave.index))) add19(ctx, out, found, orLeave.index + 3, orLeave.index + orLeave[0].length, 1.1, 'tone.why.threat');
  }
  return out;
}

// Text gates (./textgate.ts): a word one of which every match of the pattern holds, in lower case.
const THANKS_GATE = textGate(['thank', 'shout', 'kudos', 'props']);
const CLEAR_GATE = textGate(['fault', 'nothing', 'blame', 'not', 'hands', 'control']);
const PROC_GATE = textGate(['need', 'have']);
const TIME_GATE = textGate(['time']);
const STOP_GATE = textGate(['stop']);
const PAID_GATE = textGate(['paying', 'forking', 'shelling', 'spending']);
const UP_GATE = textGate(['up', 'less']);
const LEAVE_GATE = textGate(['consider', 'thinking', 'contemplat', 'tempted']);
const OR_GATE = textGate(['or']);
const ASSUME_GATE = textGate(['assume', 'apparently']);
const STILL_GATE = textGate(['still']);
const NOT_GATE = textGate(['not!']);
/** ABSURD's verbs: every match holds one. */
const ABSURD_GATE = textGate(['running', 'heating', 'hosting', 'operating', 'powering', 'feeding', 'streaming', 'filling', 'watering', 'lighting']);
