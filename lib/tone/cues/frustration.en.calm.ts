/**
 * English calm look-alikes of frustration (issue 13, twelfth session): words the frustration cue reads as a complaint
 * that, in these constructions, are a calm customer's report or request. Read off the development splits' false alarms by
 * kind, and checked against calm messages written for each kind (tests/unit/tone/frustration-calm.test.ts):
 * - a role that is a party, not someone to escalate to: "my manager wants to know", "our solicitor needs it", "the store
 *   manager told me", "power of attorney" (but "your manager", "I've passed this to my solicitor");
 * - a scam the customer fell for or fears, not one they accuse the company of: "I think it's a scam", "I've been
 *   scammed", "a scam text" (but "this is a scam", "you scammed me");
 * - a rude word aimed at themselves: "ordered the wrong colour like an idiot", "I'm such an idiot", "stupid me"
 *   (but "treated me like an idiot");
 * - a feeling or a fault in a condition: "if it turns up late again I'd be a bit disappointed", "if this arrives late
 *   again I'll switch" (the fault has not happened);
 * - "again" of writing again ("Me again", "Once again I'm writing about…"): the repeat cue's contact, not a fault that recurs;
 * - a status quoted as the screen shows it ("still shows 'pending'", "stuck on 'out for delivery'"), not scare quotes;
 * - "what's the process for raising a complaint with the ombudsman?": a question about a process, not a threat;
 * - "nothing wrong", "I might be doing it wrong", "my bad", "is that normal?", "just confused": calm markers (lexicon);
 * - "it's frustrating when the app logs out, but I understand it's for security": an impersonal feeling conceded;
 * - sincere praise beside a fault ("The driver was brilliant, but the box was damaged", "Perfect, thanks. One more thing…");
 * - a judgement of a former company ("my previous provider was useless, which is why I joined you");
 * - a past grievance put right in its sentence ("I had a terrible experience, but your team sorted it"), the feeling of the
 *   person written about ("a very unhappy client", "a customer of ours is furious"), and a judgement word that praises
 *   ("ridiculous good value", "insanely good").
 */
import type { CueContext } from '../cue.ts';
import type { Hit, LexiconPart } from '../tokens.ts';
import type { ToneToken } from '../layer.ts';

type Toks = readonly ToneToken[];

export const enCalmLexicon: LexiconPart = {
  // Shame felt for the company: "I am embarrassed on your behalf".
  'frustration.judgement': { 'embarrassed on your behalf': 1.2, 'embarrassed for you': 1.1, 'ashamed on your behalf': 1.2, 'embarrassed for your company': 1.2 },
  // "I'm just confused": the customer says confusion is all it is.
  frustration: { 'just confused': 0, 'just a bit confused': 0, 'just a little confused': 0, 'only confused': 0 },
  // A legal arrangement, not a lawyer called in.
  'frustration.escalation': { 'power of attorney': 0, 'attorney general': 0, 'lasting power of attorney': 0 },
  // "Nothing wrong, just moving abroad": neither a failure nor a report.
  'frustration.failure': { 'nothing wrong': 0, 'nothing is wrong': 0, 'nothing was wrong': 0 },
  'frustration.report': { 'nothing wrong': 0, 'nothing is wrong': 0, 'nothing was wrong': 0, 'doing it wrong': 0, 'doing something wrong': 0 },
  // Self-doubt and "no fault": the implicit readers stay silent and the cue halves what words did not make.
  'frustration.implicit.calm': {
    'nothing wrong': 1, 'nothing is wrong': 1, 'nothing was wrong': 1, 'doing it wrong': 1, 'doing something wrong': 1,
    'missing something': 1, 'my bad': 1, 'silly me': 1, 'user error': 1, 'probably me': 1, 'probably my fault': 1,
    // A wait told, then asked about: "two weeks now - is that normal?"
    'is that normal': 1, 'is this normal': 1, 'is it normal': 1, 'is that usual': 1, 'is this usual': 1, 'is that expected': 1,
  },
  // "probably a stupid question": the customer's own question, not an insult.
  'frustration.rude': { 'stupid question': 0, 'silly question': 0, 'dumb question': 0, 'stupid questions': 0, 'dumb questions': 0 },
};

const ROLE = /^(?:manager|managers|supervisor|supervisors|boss|solicitor|solicitors|lawyer|lawyers|attorney|attorneys)$/;
const LEGAL = /^(?:solicitor|solicitors|lawyer|lawyers|attorney|attorneys)$/;
/** Whose role it is: the customer's own side or someone else's, never the company's ("your manager"). */
const OWN = new Set(['my', 'our', 'his', 'her', 'their', 'mum', 'dad', 'company', "company's", 'family']);
/** A job title: "the store manager", "our account manager", "the branch supervisor". */
const TITLE = new Set(['account', 'project', 'branch', 'store', 'shop', 'property', 'site', 'office', 'area', 'general', 'line', 'relationship', 'case', 'hiring', 'duty', 'team', 'practice', 'estate', 'sales', 'finance', 'payroll', 'hr', 'it', 'bank', 'building', 'facilities', 'operations', 'conveyancing', 'family', 'immigration', 'divorce', 'estate', 'wedding', 'event', 'venue']);
/** What a customer does with their own lawyer when it is a threat: "passed this to my solicitor", "my lawyer will be in touch". */
const LEGAL_STEP = /^(?:pass|passed|passing|forward|forwarded|forwarding|hand|handed|handing|instruct|instructed|instructing|involve|involved|involving|refer|referred|referring|consult|consulted|consulting|contact|contacted|contacting|speak|speaking|spoke|spoken|talk|talking|will|shall|going|gonna|ll|hear|be|advised|advise|advising|letter|writing|write)$/;

/** "my manager wants to know", "our solicitor needs it", "the store manager told me": a role that is a party, not an escalation. */
export function roleParty(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || h.to - h.from !== 1 || !ROLE.test(x.key)) return false;
  const before = t[h.from - 1];
  if (!before || before.sentence !== x.sentence) return false;
  // "I'm a lawyer", "I work as a supervisor": the customer's own job.
  if (/^(?:a|an)$/.test(before.key) && /^(?:m|am|as|was|a)$/.test(t[h.from - 2]?.key ?? '')) return true;
  const own = OWN.has(before.key);
  const title = TITLE.has(before.key) && t[h.from - 2]?.key !== 'your';
  if (!own && !title) return false;
  if (!LEGAL.test(x.key)) return true;
  // Their own lawyer is a threat when they hand the matter over or say the lawyer will act.
  for (let k = Math.max(0, h.from - 6); k < t.length && k <= h.to + 4; k++) {
    if (k !== h.from && t[k].clause === x.clause && t[k].sentence === x.sentence && LEGAL_STEP.test(t[k].key)) return false;
  }
  return true;
}

const PROCESS = new Set(['process', 'procedure', 'steps', 'policy', 'route', 'form', 'address', 'details', 'timeframe', 'timescale', 'way', 'rules', 'deadline']);
const WH = new Set(['what', 'whats', 'which', 'who', 'whom']);

/** "What's the process for raising a complaint with the ombudsman?": an escalation word in a question about a process. */
export function processQuestion(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const at = t[h.from];
  if (at.fa) return false;
  let first = h.from;
  while (first > 0 && t[first - 1].sentence === at.sentence) first--;
  if (!WH.has(t[first].key)) return false;
  if (!ctx.a.questions.some((q) => q.start <= at.start && at.start < q.end)) return false;
  for (let k = first; k < t.length && t[k].sentence === at.sentence; k++) if (PROCESS.has(t[k].key)) return true;
  return false;
}

const CHANNEL = new Set(['call', 'calls', 'caller', 'callers', 'text', 'texts', 'email', 'emails', 'message', 'messages', 'link', 'links', 'site', 'website', 'websites', 'number', 'sms', 'letter', 'letters', 'ad', 'ads', 'advert', 'adverts', 'page', 'app', 'account', 'accounts', 'artist', 'artists', 'alert', 'warning', 'attempt', 'attempts']);
const SUSPECT = new Set(['think', 'suspect', 'suspected', 'worried', 'worry', 'afraid', 'fear', 'might', 'may', 'maybe', 'possibly', 'probably', 'perhaps', 'scared', 'concerned', 'unsure', 'whether', 'if', 'looks', 'seems']);
const VICTIM = new Set(['been', 'got', 'get', 'getting', 'was', 'were', 'being']);

/** "I think it's a scam", "I've been scammed", "a scam text": a fraud the customer fell for or fears, not an accusation. */
export function scamReported(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || !x.key.startsWith('scam')) return false;
  if (CHANNEL.has(t[h.to]?.key ?? '')) return true;
  // A scam against them by someone else: "been scammed" without "by you".
  if (VICTIM.has(t[h.from - 1]?.key ?? '') && x.key === 'scammed') {
    const by = t[h.to]?.key === 'by' && /^(?:you|your)$/.test(t[h.to + 1]?.key ?? '');
    if (!by) return true;
  }
  if (x.key === 'scammers' && t[h.from - 1]?.key === 'the') return true;
  // Suspicion before it in its sentence ("I think it's a scam", "worried I've been scammed"), not "you" as the one who did it.
  for (let k = h.from - 1; k >= 0 && k >= h.from - 8 && t[k].sentence === x.sentence; k--) {
    if (t[k].key === 'you' || t[k].key === 'your') return false;
    if (SUSPECT.has(t[k].key)) return true;
  }
  return false;
}

const SELF_WORDS = new Set(['i', 'me', 'my', 'myself']);
const SELF_RUDE = /^(?:idiot|idiots|idiotic|stupid|stupidly|dumb|silly)$/;
/** Who makes them feel a fool: "treated me like an idiot", "spoke to me like I was stupid". */
const TREAT = /^(?:treat|treated|treating|treats|talk|talked|talking|talks|speak|spoke|spoken|speaking|made|make|makes|making|feel|felt|look|looked|looking|think|thinks|think)$/;

/** "ordered the wrong colour like an idiot", "I'm such an idiot", "stupid me": a rude word aimed at the customer themselves. */
export function selfDirected(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || !SELF_RUDE.test(x.key)) return false;
  // "stupid me", "stupid mistake on my part".
  if (t[h.to]?.key === 'me' && t[h.to + 1]?.sentence !== x.sentence) return true;
  let self = false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 5 && t[k].clause === x.clause && t[k].sentence === x.sentence; k--) {
    if (t[k].key === 'you' || t[k].key === 'your' || t[k].key === 'they' || t[k].key === 'he' || t[k].key === 'she') return false;
    if (TREAT.test(t[k].key)) return false;
    if (SELF_WORDS.has(t[k].key)) self = true;
  }
  if (self) return true;
  // "like an idiot" after what the customer did (no one else in the clause).
  const like = t[h.from - 1]?.key === 'like' || (/^(?:a|an)$/.test(t[h.from - 1]?.key ?? '') && t[h.from - 2]?.key === 'like');
  return like;
}

const MODAL = new Set(['would', 'd', 'might', 'could', 'should']);
const IF = new Set(['if', 'unless']);

/** An "if" or "unless" earlier in token i's clause and sentence: what it tells has not happened. */
function inCondition(t: Toks, i: number): boolean {
  for (let k = i - 1; k >= 0 && t[k].sentence === t[i].sentence && t[k].clause === t[i].clause; k--) if (IF.has(t[k].key)) return true;
  return false;
}

/** "if it turns up late again I'd be a bit disappointed": a feeling under "would" in a sentence with "if". */
export function hypotheticalFeeling(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  let modal = false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 6 && t[k].sentence === x.sentence; k--) if (MODAL.has(t[k].key)) modal = true;
  if (!modal) return false;
  for (let k = 0; k < t.length; k++) if (t[k].sentence === x.sentence && IF.has(t[k].key)) return true;
  return false;
}

/** A fault told inside a condition ("if this arrives late again"): not one that happened. */
export function conditionalFault(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  return !t[h.from].fa && inCondition(t, h.from);
}

const CONTACT = /^(?:writ\w*|wrote|email\w*|e-mail\w*|call\w*|phon\w*|chas\w*|contact\w*|ask\w*|messag\w*|follow\w*|ring\w*|rang|reach\w*|send\w*|sent|raise\w*|rais\w*|here|back|me)$/;

/** "Me again", "writing again", "Once again I'm writing about…": "again" of a contact (the repeat cue's), not a fault that recurs. */
export function contactAgain(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || x.key !== 'again' || h.to - h.from !== 1) return false;
  // "I have to write this again", "had to call again": a contact they were made to repeat is a complaint, not a plain chase.
  for (let k = h.from - 1; k >= 1 && k >= h.from - 5 && t[k].sentence === x.sentence; k--) if (t[k].key === 'to' && /^(?:have|had|has|having)$/.test(t[k - 1].key)) return false;
  for (let k = Math.max(0, h.from - 3); k < t.length && k <= h.from + 3; k++) {
    if (k === h.from || t[k].sentence !== x.sentence || t[k].clause !== x.clause) continue;
    if (CONTACT.test(t[k].key)) return true;
  }
  return contactAgain22(t, h.from, ctx.doc.text);
}

const AGAIN_WHEN = /^(?:on|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|at|in|later|after|\d{1,2}(?:st|nd|rd|th)?)$/;
/**
 * Session 22: "again" of a contact the sentence told before it, with the verb left out ("I rang on Tuesday and again on
 * Thursday", "emailed on the 2nd and again last week"), and "again" of a writer naming themselves ("This is Maria again",
 * "it's Tom again, about the gate"): a contact, not a fault.
 */
function contactAgain22(t: CueContext['doc']['tokens'], i: number, text: string): boolean {
  const x = t[i];
  // "… and again on Thursday": a time right after, a contact verb earlier in the sentence.
  if ((t[i - 1]?.key === 'and' || t[i - 1]?.key === 'then') && AGAIN_WHEN.test(t[i + 1]?.key ?? '') && t[i + 1].sentence === x.sentence) {
    // "We requested it on the 2nd and again on the 9th", "reminded you on Monday and again …" (session 27).
    for (let k = i - 2; k >= 0 && t[k].sentence === x.sentence; k--) if ((CONTACT.test(t[k].key) || /^(?:request|remind)\w*$/.test(t[k].key)) && t[k].key !== 'here' && t[k].key !== 'back' && t[k].key !== 'me') return true;
  }
  // "This is Maria again", "it's me again", "Tom here again": the sentence opens with the writer's name.
  let a = i;
  while (a > 0 && t[a - 1].sentence === x.sentence) a--;
  if (i - a <= 4 && ((t[a].key === 'this' || t[a].key === 'it') && t[a + 1]?.key === 'is' || t[i - 1]?.key === 'here')) {
    // Nothing after "again" but a greeting's tail ("again, about …", end of the sentence).
    const next = t[i + 1];
    if (!next || next.sentence !== x.sentence || next.key === 'about' || next.key === 'regarding' || next.key === 're' || /^\s*[,:;\-\u2013\u2014]/.test(text.slice(x.end, x.end + 3))) return true;
  }
  return false;
}

/** Words before a quote that say it is what a screen or a page shows: "still shows 'pending'", "marked as 'delivered'". */
const SHOWS = new Set(['shows', 'showing', 'showed', 'show', 'shown', 'says', 'saying', 'reads', 'reading', 'status', 'marked', 'labelled', 'labeled', 'listed', 'displays', 'displaying', 'displayed', 'states', 'stating', 'as', 'message', 'error', 'option', 'button', 'tab', 'menu', 'field', 'section']);
/** Statuses a tracker or a portal shows while a thing waits (never one that claims it is done: "fixed", "resolved"). */
const STATUS = /^(?:pending|pending review|processing|in review|under review|in progress|awaiting\b.*|in transit|out for delivery|on hold|scheduled|submitted|preparing|being prepared|being processed|queued|in queue|received|open)$/;
/** What shows a status: a screen, a page, a tracker. */
const SCREEN = new Set(['app', 'page', 'screen', 'tracker', 'tracking', 'status', 'website', 'site', 'portal', 'system', 'account', 'dashboard', 'error', 'it', 'still', 'order', 'parcel', 'request', 'application', 'claim', 'ticket', 'booking', 'payment', 'transfer', 'refund', 'bill', 'invoice', 'statement', 'checkout', 'display', 'meter', 'router', 'box', 'tv', 'light', 'label', 'box']);
/** Nouns after a quote that make it the words a screen shows: "the 'session expired' message", "a 'card declined' error". */
const LABEL_AFTER = new Set(['message', 'messages', 'error', 'errors', 'notification', 'notifications', 'popup', 'pop-up', 'prompt', 'warning', 'alert', 'banner', 'code', 'status', 'screen']);
const STUCK = new Set(['stuck', 'still', 'sitting', 'sat', 'stayed', 'remains', 'remained', 'frozen']);

/** A quote of a status or a label as shown ("stuck on 'out for delivery'", "has been 'in review' for 5 days"), not scare quotes. */
export function statusQuote(ctx: CueContext, q: { start: number; end: number }): boolean {
  const t = ctx.doc.tokens;
  let k = -1;
  for (let i = 0; i < t.length && t[i].end <= q.start; i++) k = i;
  if (k < 0 || t[k].fa) return false;
  // "the 'session expired' message", "a 'payment failed' error": the quote names what a screen says (the noun after it).
  const after = t.find((x) => x.start >= q.end);
  if (after && !after.fa && LABEL_AFTER.has(after.key) && after.sentence === t[k].sentence && /^[\s]*$/.test(ctx.doc.text.slice(q.end, after.start))) return true;
  const key = t[k].key;
  if (key === 'on' || key === 'at') return STUCK.has(t[k - 1]?.key ?? '');
  // "the tracker says 'in transit'", not "your email says the refund 'has been processed'" (the company's words quoted back).
  if (key === 'says' || key === 'said' || key === 'saying' || key === 'reads' || key === 'shows' || key === 'showing') {
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (SCREEN.has(t[j].key)) return true;
    return key === 'shows' || key === 'showing' ? t[k - 1]?.key === 'still' || t[k - 1]?.key === 'it' : false;
  }
  // "has been 'in review' for 5 days", not "it's been 'fixed' three times" (scare quotes on what was claimed).
  if (key === 'been' || key === 'is' || key === 'still') return STATUS.test(ctx.doc.text.slice(q.start + 1, q.end - 1).trim().toLowerCase());
  return SHOWS.has(key);
}

/** Businesses a customer may have left for this one ("my previous provider was useless, which is why I joined you"). */
const FIRM = new Set(['provider', 'providers', 'supplier', 'bank', 'insurer', 'network', 'company', 'broker', 'landlord', 'agent', 'agency', 'carrier', 'courier', 'host', 'lender', 'firm', 'isp', 'operator', 'energy', 'airline', 'gym', 'dentist', 'garage', 'builder', 'builders', 'contractor', 'phone', 'shop', 'store']);
const FORMER = new Set(['previous', 'former', 'old', 'ex', 'other', 'last', 'prior']);

/** A judgement of another or a former company ("my old bank was useless"), not of this one. */
export function formerCompany(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  for (let k = h.from - 1; k >= 1 && k >= h.from - 6 && t[k].sentence === x.sentence && t[k].clause === x.clause; k--) {
    // "the last company I used"; not "the last courier you sent" (the company's own, sent by "you").
    if (FIRM.has(t[k].key) && FORMER.has(t[k - 1].key)) return !(t[k - 1].key === 'last' || t[k - 1].key === 'prior') || !t.slice(k, h.from).some((y) => /^(?:you|your|u|ur)$/.test(y.key));
  }
  return false;
}

/** Words that say a fault is raised apart from praise: "The driver was brilliant, but the box was damaged". */
const CONTRAST = new Set(['but', 'though', 'although', 'however', 'unfortunately', 'sadly', 'except', 'only', 'thing']);
const THANKS = new Set(['thanks', 'thank', 'cheers', 'ta']);

/**
 * Praise said sincerely beside a fault ("Lovely product, thank you. The charger is missing though", "Your app is fantastic,
 * but it crashed"): praise of a thing named by a noun, followed by thanks, or with "but", "though", "unfortunately", "one
 * thing" between it and the fault; not "Brilliant, another delay" (the praise is the comment on the fault).
 */
export function sincerePraise(ctx: CueContext, p: Hit, f: { from: number; to: number }): boolean {
  const t = ctx.doc.tokens;
  if (t[p.from].fa || f.from < p.to) return false;
  // "Perfect, thanks." / "Lovely product, thank you.": praise closed by thanks.
  const after = t[p.to]?.key === 'product' || t[p.to]?.key === 'service' ? p.to + 1 : p.to;
  // The thanks closes its clause ("Perfect, thanks.", "thank you."), not "Wow, thanks for closing my ticket".
  if (THANKS.has(t[after]?.key ?? '') && t[after].sentence === t[p.from].sentence) {
    let end = after + 1;
    while (end < t.length && /^(?:you|so|much|very|a|lot)$/.test(t[end].key) && t[end].sentence === t[after].sentence) end++;
    if (end >= t.length || t[end].sentence !== t[after].sentence || t[end].clause !== t[after].clause) return true;
  }
  // A contrast between the praise and the fault, or "though" closing the fault's sentence.
  let contrast = false;
  for (let k = p.to; k < f.from; k++) if (CONTRAST.has(t[k].key)) contrast = true;
  for (let k = f.to; k < t.length && t[k].sentence === t[f.from].sentence; k++) if (t[k].key === 'though') contrast = true;
  if (!contrast) return false;
  // The praise is of a thing: a noun or "it" / "you" before it in its clause ("The driver was brilliant", "Your app is
  // fantastic", "Excellent support"), not a bare "Great," that opens the complaint.
  const s = t[p.from];
  let named = false;
  for (let k = p.from - 1; k >= 0 && k >= p.from - 4 && t[k].clause === s.clause && t[k].sentence === s.sentence; k--) if (!/^(?:so|just|oh|really|very|absolutely|truly|how|wow|yeah|well)$/.test(t[k].key)) named = true;
  if (!named && t[p.to]?.clause === s.clause && t[p.to]?.sentence === s.sentence && /^[a-z]{3,}$/.test(t[p.to].key) && !/^(?:job|work|one|going|news|stuff)$/.test(t[p.to].key)) named = true;
  return named;
}

const UNDERSTAND = new Set(['understand', 'appreciate', 'get', 'realise', 'realize', 'know']);

/** "It's frustrating when the app logs out, but I understand it's for security": an impersonal feeling conceded in its own sentence. */
export function conceded(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  // "I'm annoyed, but I understand…" says the feeling is theirs: only an impersonal one ("it's frustrating when…") is conceded.
  for (let k = h.from - 1; k >= 0 && k >= h.from - 4 && t[k].clause === x.clause; k--) if (SELF_WORDS.has(t[k].key) || t[k].key === 'we' || t[k].key === 'am') return false;
  for (let k = h.to; k + 2 < t.length && t[k].sentence === x.sentence; k++) {
    if (t[k].key !== 'but' || t[k + 1].key !== 'i') continue;
    const v = t[k + 2].key === 'do' || t[k + 2].key === 'totally' || t[k + 2].key === 'completely' || t[k + 2].key === 'fully' ? t[k + 3] : t[k + 2];
    if (v && v.sentence === x.sentence && UNDERSTAND.has(v.key) && !v.negated && !v.neg) return true;
  }
  return false;
}

const RESOLVED = new Set(['sorted', 'fixed', 'resolved', 'solved', 'handled', 'rectified']);

/** "Last year I had a terrible experience, but your team sorted it": a past grievance put right, in its own sentence. */
export function resolvedSince(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  let but = false;
  for (let k = h.to; k < t.length && t[k].sentence === x.sentence; k++) {
    if (t[k].key === 'but') but = true;
    else if (but && RESOLVED.has(t[k].key) && !t[k].negated && !t[k].neg && t[k - 1]?.key !== 'not' && t[k - 1]?.key !== 'still') return true;
  }
  return false;
}

/** People a customer speaks for ("a customer of ours is furious", "a very unhappy client"), singular. */
const PERSON = new Set(['customer', 'client', 'tenant', 'patient', 'member', 'guest', 'user', 'neighbour', 'neighbor', 'resident', 'caller', 'student', 'employee']);
const ME = new Set(['i', 'me', 'my', 'myself', 'am', 'we', 'us']);

/** A feeling of the person the customer writes about, not their own: "a very unhappy client", "a customer of ours is furious". */
export function theirPerson(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 6 && t[k].clause === x.clause && t[k].sentence === x.sentence; k--) {
    if (ME.has(t[k].key)) return false;
    if (PERSON.has(t[k].key)) return true;
  }
  // "on behalf of a very unhappy client": the person after the feeling, with no "I am" before it.
  return PERSON.has(t[h.to]?.key ?? '') && !t.slice(Math.max(0, h.from - 4), h.from).some((y) => y.key === 'am' || y.key === 'as' || (y.key === 'm' && y.contraction !== null));
}

/** Words a "ridiculous" or "insane" before them praises: "ridiculous good value", "insanely good". */
const GOOD_AFTER = new Set(['good', 'cheap', 'fast', 'quick', 'easy', 'value', 'comfy', 'comfortable', 'tasty', 'helpful', 'nice', 'well', 'soft', 'cute', 'delicious', 'handy', 'quiet', 'smooth', 'reliable', 'generous', 'friendly', 'efficient', 'beautiful', 'lovely', 'fun']);
const INTENSE = /^(?:ridiculous|ridiculously|insane|insanely|absurd|absurdly|unreal|stupid|stupidly|crazy|shocking|shockingly)$/;

/** "ridiculous good value", "insanely good": a judgement word used to praise. */
export function praisingIntensifier(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || h.to - h.from !== 1 || !INTENSE.test(x.key)) return false;
  return GOOD_AFTER.has(t[h.to]?.key ?? '') || (GOOD_AFTER.has(t[h.to + 1]?.key ?? '') && /^(?:good|fast|quick|well)$/.test(t[h.to + 1]?.key ?? '') && t[h.to]?.key === 'so');
}
