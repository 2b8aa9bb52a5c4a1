/**
 * Frustration, session 25 (toneen25), English kinds, each tried on a look-alike set written across trades
 * (scripts/tone-kinds25-matrix.ts, run by tests/unit/tone/kinds25.test.ts), never on a development sentence's nouns.
 *
 * - **an ultimatum in a formal conditional** (read by the ultimatum reader of ./frustration.en.kinds15.ts through
 *   {@link formalCondition25}): "Should I not hear from you within 14 days I will raise a chargeback", "Should you fail to
 *   reply …", "Failing which, I will …", "In the absence of a refund …": the letter-writer's "if … not" before an
 *   escalation. Not "Should I not be home, please leave it with …" (no escalation), nor a question about the step.
 * - **"someone actually" in a plea** ({@link readKinds25}): "Please can someone actually look at this", "Will anyone
 *   actually reply?", "Could you please actually read my email": asking that someone at last do the company's work says
 *   nobody has. Not "Does anyone actually use the premium plan?", "Someone actually called me back!", "what the parcel
 *   actually contains" (a fact asked about).
 * - calm ({@link calmKinds25}):
 *   - **a charge questioned for an explanation, with no stance taken**: "My bill went from £30 to £45 without any
 *     explanation. Could you send me a breakdown?", "Nobody mentioned the "admin fee". Could you clarify what it is for?":
 *     a customer disputing a figure by asking how it was reached. The missing explanation, "nobody mentioned", the fee's
 *     name in quotes and "actually" of a figure asked about are the dispute's facts. Any other piece (a judgement, a
 *     threat, a count of contacts, a feeling, capitals) keeps the cue.
 *   - **"actually" of a fact asked about**: "Could you confirm which readings you actually used?", "Is anyone actually
 *     allowed to park there?": the word stresses the fact wanted, not a service that never came.
 *   - **a feeling made small and shrugged off**: "lowkey annoying but whatever", "kinda annoying but no biggie", "a bit
 *     irritating but oh well": the customer says the bother is small; the fault told beside it is a report. Not with a
 *     stance beside it ("… Useless.").
 *   - **praise-led feedback with a minor point**: "Loved the update! One small thing: …", "Two small suggestions: … Otherwise,
 *     excellent!", "honestly the new checkout is so fast!! only thing, where did … go??": the points told beside praise of
 *     the work are feedback (the sarcasm reader pairs the praise with them). Not with a sarcasm formula ("Great, just
 *     great", 🙃), a total failure ("never arrived", "nobody replies") or any stance piece.
 *   - **harm to other people a report warns of**: "Please take it down before more people are scammed", "so nobody else
 *     gets ripped off": being cheated said of others in a passive, not the company judged ("You scammed me" stays).
 *
 * English only. Cheap: the plea reader opens on a text gate ("actually"); the calm reading runs only on a message the
 * cue would show.
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import { gateOf } from '../readergate.ts';
import type { Evidence } from '../types.ts';
import { unsettled26 } from './frustration.kinds26.ts';

type Tok = CueContext['doc']['tokens'][number];

// ---------------------------------------------------------------------------------------------------------------------
// An ultimatum in a formal conditional

/** Nouns "failing" governs in a conditional ("failing which", "failing that", "failing a refund"). */
const FAILING_OBJ = new Set(['which', 'that', 'this', 'a', 'an', 'any', 'payment', 'receipt', 'resolution', 'response', 'reply', 'refund', 'confirmation']);
/** Words that may open a clause before an inverted "should" ("…, and should you fail to …"). */
const CLAUSE_OPEN = new Set(['and', 'but', 'so', 'however']);

/**
 * Token k opens a formal "if … not" condition: "Should I not hear", "Should this not be resolved", "Should you fail to",
 * "Failing which", "failing that", "In the absence of", "Absent a response". "should" must open its sentence or clause
 * (not "you should not have …") and be followed by a negation or "fail" within six words.
 */
export function formalCondition25(t: readonly Tok[], k: number): boolean {
  const x = t[k];
  const key = x.key;
  if (key === 'should') {
    const p = t[k - 1];
    if (p && p.sentence === x.sentence && p.clause === x.clause && !CLAUSE_OPEN.has(p.key)) return false;
    // "Should this matter remain unresolved": the unmet state said with an "un-" word (./frustration.kinds26.ts).
    for (let j = k + 1; j < t.length && j <= k + 6 && t[j].sentence === x.sentence; j++) if (t[j].neg || t[j].lemma === 'fail' || unsettled26(t, j)) return true;
    return false;
  }
  if (key === 'failing') return FAILING_OBJ.has(t[k + 1]?.key ?? '');
  if (key === 'absence') return t[k - 1]?.key === 'the' && t[k - 2]?.key === 'in' && t[k + 1]?.key === 'of';
  if (key === 'absent') {
    const p = t[k - 1];
    return !p || p.sentence !== x.sentence;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------------
// "Someone actually" in a plea

const ACTUALLY_GATE = textGate(['actually']);
/** Who is asked: anyone at the company. */
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'anybody']);
/** Words of a plea or a question before the one asked ("can", "will", "is … going to", "please"). */
const PLEA_AUX = new Set(['can', 'could', 'will', 'would', 'please', 'pls', 'plz', 'is', 'does', 'did', 'has']);
/** What the company is asked at last to do: attend to the matter (base forms, or "-ing" after "is … going to"). */
const ATTEND = new Set([
  'look', 'read', 'check', 'reply', 'respond', 'answer', 'help', 'fix', 'sort', 'call', 'ring', 'phone', 'listen', 'deal', 'investigate',
  'process', 'contact', 'escalate', 'resolve', 'refund', 'care', 'bother', 'email', 'action', 'review', 'chase', 'explain', 'acknowledge',
  'looking', 'reading', 'checking', 'replying', 'responding', 'answering', 'helping', 'fixing', 'sorting', 'calling', 'listening', 'dealing',
  'investigating', 'processing', 'working', 'resolving', 'doing', 'do', 'get', 'getting',
]);
/** Words allowed between "actually" and the verb ("actually going to look", "actually please read", "actually get back"). */
const SKIP = new Set(['going', 'gonna', 'to', 'please', 'bother', 'be', 'able']);

/**
 * Token i ("actually") stresses what someone at the company is asked at last to do: "can someone actually look", "will
 * anyone actually reply", "is anyone actually going to fix", "could you please actually read". The one asked comes just
 * before, after a plea's or a question's word; the verb after is one of attending to the matter.
 */
function attendPlea(t: readonly Tok[], i: number): number {
  const x = t[i];
  // "someone actually", "anyone there actually", "someone from your team actually".
  let who = -1;
  for (let k = i - 1; k >= 0 && k >= i - 4 && t[k].sentence === x.sentence; k--) {
    if (SOMEONE.has(t[k].key) || (t[k].key === 'you' && t[k + 1]?.key === 'please')) {
      who = k;
      break;
    }
    if (t[k].key === 'you' && t[k - 1]?.key === 'please') {
      who = k;
      break;
    }
  }
  if (who < 0) return -1;
  const aux = t[who - 1];
  const first = t.find((y) => y.sentence === x.sentence);
  if (!(aux && aux.sentence === x.sentence && PLEA_AUX.has(aux.key)) && first?.key !== 'please') return -1;
  // "you" is asked only in a plea ("could you please actually read"): "can you actually refund a gift card?" is a question.
  if (t[who].key === 'you' && !(t[who + 1]?.key === 'please' || t[who - 1]?.key === 'please' || first?.key === 'please')) return -1;
  let j = i + 1;
  while (j < t.length && j <= i + 4 && t[j].sentence === x.sentence && SKIP.has(t[j].key) && !ATTEND.has(t[j].key)) j++;
  const v = t[j];
  if (!v || v.sentence !== x.sentence || v.neg) return -1;
  // "does anyone actually do this?": "do" and "get" only as a plea's verb ("can someone actually do something", "get back to me").
  if ((v.key === 'do' || v.key === 'doing') && !(t[j + 1]?.key === 'something' || t[j + 1]?.key === 'anything')) return -1;
  if ((v.key === 'get' || v.key === 'getting') && t[j + 1]?.key !== 'back' && t[j + 1]?.key !== 'this' && t[j + 1]?.key !== 'it') return -1;
  return ATTEND.has(v.key) ? who : -1;
}

/** "Someone actually" in a plea (see the header); counted once, and not where the older readers already read the word. */
/** readKinds25's gate (perftone32): it reads nothing unless ACTUALLY_GATE opens. */
export const KINDS25_GATE = gateOf('readKinds25', { text: [ACTUALLY_GATE] });

export function readKinds25(ctx: CueContext, prior: readonly Evidence[]): { score: number; evidence: Evidence[] } {
  if (ctx.fa || !opens(ctx.low, ACTUALLY_GATE)) return NONE25;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i].key !== 'actually') continue;
    const s = attendPlea(t, i);
    if (s < 0) continue;
    const at = ctx.offset + t[i].start;
    if (prior.some((e) => e.start <= at && at < e.end)) return NONE25;
    return { score: 1, evidence: [ctx.ev({ start: t[s].start, end: t[i].end }, 'tone.why.rhetorical')] };
  }
  return NONE25;
}
const NONE25: { score: number; evidence: Evidence[] } = { score: 0, evidence: [] };

// ---------------------------------------------------------------------------------------------------------------------
// Calm kinds

/** Tokens of evidence e (indices into the latest words' tokens). */
function tokensIn(ctx: CueContext, e: Evidence): number[] {
  const a = e.start - ctx.offset;
  const b = e.end - ctx.offset;
  const t = ctx.doc.tokens;
  const out: number[] = [];
  for (let i = 0; i < t.length && t[i].start < b; i++) if (a < t[i].end) out.push(i);
  return out;
}

/** A figure charged: a currency amount, or a word for what is charged. */
const MONEY = /[£$€]\s?\d|\d\s?(?:eur|usd|gbp|euros?|dollars?|pounds?)\b/i;
const CHARGE_WORD = new Set(['bill', 'invoice', 'charge', 'charges', 'charged', 'fee', 'fees', 'premium', 'price', 'tariff', 'rate', 'quote', 'estimate', 'payment', 'debit', 'subscription', 'rent']);
/** Asking how a figure was reached: "explain", "a breakdown", "itemised", "clarify", "how it was calculated". */
const EXPLAIN_ASK = /\b(?:explain|explanation of|(?:a|an|the) (?:full |itemi[sz]ed |detailed )?breakdown|itemi[sz]e|itemi[sz]ed|clarify|how (?:it|this|the [a-z ]{1,20}) (?:was|were|is|has been) (?:calculated|worked out|arrived at|reached)|what (?:it|this|the [a-z -]{1,25}) (?:is|was|are|were) for|what [a-z ]{0,25}(?:covers|includes|include|cover)|(?:send|show|give|tell|confirm)(?: me| us)? (?:the|which|what|how) [a-z ]{0,30}(?:readings?|calculation|figures?|rates?|usage|details|costs?|charges?|amounts?)\b)\b/i;
const EXPLAIN_GATE = textGate(['explain', 'explanation', 'calculation', 'usage', 'detail', 'cost', 'charge', 'amount', 'breakdown', 'itemi', 'clarify', 'calculated', 'worked out', 'arrived at', 'reached', ' for', 'cover', 'include', 'reading', 'rate', 'figure']);
/** What the company gave no word of: the dispute's fact ("without any explanation", "without notice", "without asking"). */
const UNTOLD = new Set(['explanation', 'notice', 'warning', 'asking', 'telling', 'consent', 'word', 'notification', 'informing', 'reason']);
const TOLD = new Set(['mentioned', 'told', 'said', 'explained', 'warned', 'asked', 'informed', 'mention', 'tell', 'explain', 'warn']);
/** A length of time a price is for ("£260 for three months"). */
const PERIOD = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'year', 'years']);

/** Piece idx is "without (any) explanation | notice | asking", or "nobody | no one mentioned | told …". */
function untold(t: readonly Tok[], idx: readonly number[]): boolean {
  const i = idx[0];
  const last = idx[idx.length - 1];
  if (t[i].key === 'without') {
    for (let k = i + 1; k <= last + 2 && k < t.length && k <= i + 3; k++) if (UNTOLD.has(t[k].key)) return true;
    return false;
  }
  const nobody = t[i].key === 'nobody' || t[i].key === 'noone' || (t[i].key === 'no' && t[i + 1]?.key === 'one');
  if (!nobody) return false;
  const v = t[i].key === 'no' ? i + 2 : i + 1;
  return TOLD.has(t[v]?.key ?? '') || (t[v]?.key === 'had' || t[v]?.key === 'has' || t[v]?.key === 'ever') && TOLD.has(t[v + 1]?.key ?? '');
}

/** Verbs "actually" may stress in a question about a fact; a service asked for at last, or "going on", is not one. */
const NOT_FACT = new Set([...ATTEND, 'going', 'happening', 'happened', 'done', 'bothered', 'listened', 'read', 'replied', 'answered', 'received', 'arrive', 'arrived', 'work', 'works', 'working']);

/** The company as the one asked ("do you actually …", "do they actually …"). */
const COMPANY_SUBJECT = new Set(['you', 'u', 'ya', 'they', 'we']);
/** Words that open a clause of a fact ("which readings you actually used", "whether it actually …"). */
const WH_EMBED = new Set(['which', 'what', 'whether', 'how', 'where', 'when', 'who']);
const HOW_MUCH = new Set(['much', 'many', 'long', 'often']);
/** Words that open a yes/no question before the one asked ("Do you actually …"). */
const QUESTION_AUX = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'are', 'is', 'have', 'has', 'were', 'was', 'dont', 'doesnt']);

/** Piece idx is "actually" (or "anyone actually") asking about a fact: "which readings you actually used", "is anyone actually allowed". */
function factActually(ctx: CueContext, t: readonly Tok[], idx: readonly number[]): boolean {
  const i = idx.find((k) => t[k].key === 'actually');
  if (i === undefined) return false;
  // The piece's sentence is a question, or a request for a figure ("Could you confirm which …", "Please tell me what …").
  const s = ctx.doc.sentences[t[i].sentence];
  const sent = s ? ctx.doc.text.slice(s.start, s.end) : '';
  if (!/\?\s*$/.test(sent.trim()) && !/^(?:could|can|would|please)\b/i.test(sent.trim())) return false;
  if (/\bthis time\b/i.test(sent)) return false;
  // The one asked: "actually" stresses a fact only inside a clause of it ("which readings you actually used", "what the
  // parcel actually contains", "the figures they actually charged"): a question word before it, or a noun the clause
  // follows. "Do you (lot) actually test your updates?", "Is anyone actually assigned to it?" ask whether the work is done.
  let k = i - 1;
  while (k >= 0 && t[k].sentence === t[i].sentence && (t[k].key === 'lot' || t[k].key === 'guys' || t[k].key === 'people' || t[k].key === 'even' || t[k].key === 'ever')) k--;
  if (k < 0 || t[k].sentence !== t[i].sentence || SOMEONE.has(t[k].key)) return false;
  let embedded = false;
  // "how much you actually charged"; not "How do you actually expect me to …".
  for (let w = k - 1; w >= 0 && t[w].sentence === t[i].sentence; w--) if (WH_EMBED.has(t[w].key) && (t[w].key !== 'how' || HOW_MUCH.has(t[w + 1]?.key ?? ''))) embedded = true;
  const p = t[k - 1];
  if (!embedded && COMPANY_SUBJECT.has(t[k].key) && p && p.sentence === t[i].sentence && !QUESTION_AUX.has(p.key) && !p.verb && !CLAUSE_OPEN.has(p.key) && p.key !== 'please') embedded = true;
  if (!embedded) return false;
  // "the flag was actually added", "has it actually been sent": whether a doing was done is doubted, not a fact asked.
  if (k >= 0 && (t[k].key === 'was' || t[k].key === 'were' || t[k].key === 'been' || t[k].key === 'has' || t[k].key === 'have' || t[k].key === 'is')) {
    const n = t[i + 1]?.key === 'been' ? t[i + 2] : t[i + 1];
    if (n && n.past) return false;
  }
  let j = i + 1;
  while (j < t.length && j <= i + 3 && t[j].sentence === t[i].sentence && (t[j].key === 'be' || t[j].key === 'been' || t[j].key === 'get' || t[j].key === 'to')) j++;
  const v = t[j];
  if (!v || v.sentence !== t[i].sentence || v.neg || NOT_FACT.has(v.key) || NOT_FACT.has(v.lemma)) return false;
  return /^[a-z]+$/.test(v.key);
}

/** A minimiser before a feeling word ("lowkey annoying", "kinda annoying", "a bit irritating"). */
const MINIMISER = new Set(['lowkey', 'kinda', 'sorta', 'slightly', 'mildly', 'somewhat', 'bit', 'little', 'tad', 'tiny']);
/** A shrug after it in the same sentence. */
const SHRUG = /\b(?:but )?(?:whatever|oh well|no biggie|no big deal|not a (?:big|huge|major) deal|not the end of the world|(?:but )?it'?s (?:fine|ok|okay|all good)|no worries|not a problem|never mind|nevermind|no drama)\b/i;
const SHRUG_GATE = textGate(['whatever', 'oh well', 'biggie', 'big deal', 'huge deal', 'major deal', 'end of the world', 'fine', 'ok', 'all good', 'worries', 'not a problem', 'never', 'drama']);

/** A minor point framed as feedback ("one small thing", "two small suggestions", "only thing", "minor niggle"). */
const FEEDBACK = /\b(?:(?:one|two|three|a few|a couple of|couple of|just one) (?:small |tiny |minor |little )?(?:suggestions?|things?|points?|niggles?|nitpicks?|bits? of feedback)|(?:small|tiny|minor|little) (?:suggestions?|points?|niggles?|nitpicks?)|only thing|nitpick|niggle)\b/i;
const FEEDBACK_GATE = textGate(['suggestion', 'thing', 'point', 'niggle', 'nitpick', 'feedback']);
/** Praise said of the work itself ("so pleased with", "did a brilliant job", "the tutor was knowledgeable", "Otherwise, excellent"). */
const SINCERE = /\b(?:(?:so|really|very|extremely|absolutely|thoroughly|super) (?:pleased|happy|impressed|chuffed|delighted)|loved|love the|(?:did|done) (?:a|an|such a) (?:brilliant|great|fantastic|amazing|excellent|lovely|superb) job|otherwise,? (?:perfect|excellent|great|wonderful|brilliant|fantastic|amazing|spot on|all good|lovely)|(?:is|was|were) (?:so |really |very )?(?:fast|smooth|lovely|knowledgeable|helpful|brilliant|fantastic|excellent|superb|nice)|(?:great|fantastic|lovely|brilliant|excellent) (?:course|stay|service|work|job|experience) overall)\b/i;
/** Praise formulas of sarcasm ("Great, just great", "Well done") and ironic marks: no feedback then. */
const IRONIC_PRAISE = /\b(?:just (?:great|brilliant|perfect|fantastic|wonderful)|well done|thanks a lot|cheers for that)\b|[\u{1f643}\u{1f644}\u{1f44f}\u{1f921}]/iu;
/** A total failure told ("never arrived", "nobody replies"): not a minor point. */
const TOTAL = new Set(['never', 'nobody', 'noone', 'nothing']);

/** People other than the customer, who may yet be harmed ("more people", "other buyers", "anyone", "nobody else"). */
const OTHERS = new Set(['people', 'others', 'customers', 'buyers', 'users', 'friends', 'contacts', 'anyone', 'anybody', 'nobody', 'someone', 'somebody', 'else', 'members', 'sellers', 'shoppers', 'residents', 'neighbours', 'neighbors', 'everyone', 'them', 'they', 'folk', 'folks']);
/** Words of being cheated. */
const CHEATED = new Set(['scammed', 'conned', 'defrauded', 'ripped', 'swindled', 'cheated', 'fooled', 'duped']);
/** A passive's auxiliary before it ("are scammed", "gets ripped off", "be conned"). */
const PASSIVE_AUX = new Set(['are', 'is', 'get', 'gets', 'getting', 'be', 'been', 'being', 'got']);

/** Piece idx is being cheated said of other people who may yet be ("before more people are scammed", "so nobody else gets conned"). */
function othersAtRisk(t: readonly Tok[], idx: readonly number[]): boolean {
  const i = idx.find((k) => CHEATED.has(t[k].key));
  if (i === undefined) return false;
  let k = i - 1;
  if (t[k]?.key === 'not') k--;
  if (!PASSIVE_AUX.has(t[k]?.key ?? '')) return false;
  if (t[k - 1]?.key === 'not') k--;
  const s = t[k - 1];
  return !!s && s.clause === t[i].clause && OTHERS.has(s.key);
}

/** Pieces a plain report is made of; with a shrug or a charge questioned they are its facts. */
const REPORT = new Set(['tone.why.complaint', 'tone.why.failure']);

/**
 * Calm session-25 reading: true when every piece of evidence is explained by one of the calm kinds of the header, so the
 * cue stays quiet. Run only when the cue would show.
 */
export function calmKinds25(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  const low = ctx.low;
  // A charge questioned: a figure charged and a request for how it was reached.
  const charge = opens(low, EXPLAIN_GATE) && (MONEY.test(text) || t.some((x) => CHARGE_WORD.has(x.key))) && EXPLAIN_ASK.test(text);
  // A shrug: a feeling made small and shrugged off in its sentence.
  let shrugged = false;
  if (opens(low, SHRUG_GATE) && SHRUG.test(text)) {
    for (const e of evidence) {
      if (e.why !== 'tone.why.feeling') continue;
      const idx = tokensIn(ctx, e);
      const i = idx[0];
      if (i === undefined || !(MINIMISER.has(t[i - 1]?.key ?? '') || MINIMISER.has(t[i - 2]?.key ?? ''))) continue;
      const s = ctx.doc.sentences[t[i].sentence];
      if (s && SHRUG.test(text.slice(t[i].end, s.end))) shrugged = true;
    }
  }
  // Praise-led feedback: a minor point framed as such, beside praise of the work, with no ironic formula.
  const feedback = opens(low, FEEDBACK_GATE) && FEEDBACK.test(text) && SINCERE.test(text) && !IRONIC_PRAISE.test(text);
  let explained = 0;
  for (const e of evidence) {
    const why = e.why ?? '';
    if (why === 'tone.why.punctuation' && feedback) {
      explained++;
      continue;
    }
    // "??" beside a shrugged feeling: the marks of a question, not of anger (a mark is no token).
    if (why === 'tone.why.punctuation' && shrugged && !/!/.test(e.text)) {
      explained++;
      continue;
    }
    const idx = tokensIn(ctx, e);
    if (idx.length === 0) return false;
    const i = idx[0];
    let ok = false;
    if ((why === 'tone.why.rhetorical' || why === 'tone.why.judgement' || why === 'tone.why.exasperated') && idx.length <= 2 && factActually(ctx, t, idx)) ok = true;
    else if (charge && REPORT.has(why) && untold(t, idx)) ok = true;
    // The fee's own name in quotes ("a "call-out fee"", "the "wellness panel"").
    else if (charge && why === 'tone.why.irony' && idx.length <= 4 && !/[!?]/.test(e.text)) ok = true;
    // "£260 for three months": what a price is for, not a wait.
    else if (charge && why === 'tone.why.complaint' && PERIOD.has(t[idx[idx.length - 1]].key) && (t[i - 1]?.key === 'for' || t[i - 1]?.key === 'per' || t[i - 1]?.key === 'a')) ok = true;
    else if (shrugged && REPORT.has(why)) ok = true;
    // Feedback's points: the faults it tells, a quoted word, the praise the sarcasm reader paired with them, "honestly".
    else if (feedback && (REPORT.has(why) || why === 'tone.why.irony' || why === 'tone.why.sarcasm') && !idx.some((k) => TOTAL.has(t[k].key) || (t[k].key === 'no' && t[k + 1]?.key === 'one'))) ok = true;
    else if (feedback && why === 'tone.why.politeAnger' && /^(?:honestly|to be honest|tbh)$/i.test(e.text.trim())) ok = true;
    // "before more people are scammed": a harm the report warns others of, not the company judged.
    else if (why === 'tone.why.judgement' && othersAtRisk(t, idx)) ok = true;
    else if (shrugged && why === 'tone.why.feeling' && (MINIMISER.has(t[i - 1]?.key ?? '') || MINIMISER.has(t[i - 2]?.key ?? ''))) ok = true;
    if (!ok) return false;
    explained++;
  }
  return explained > 0;
}
