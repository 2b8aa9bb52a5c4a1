/**
 * English frustration, session 15 (issue 13): constructions that misled the reader on new writers' messages (read off late11,
 * fresh4 and late10), each a general construction, never one sentence.
 *
 * False alarms (a false alarm costs more than a miss):
 * - a procedure question: "What do I need to do to close my account?", "Also, do I need to send the receipt in myself?" in a
 *   message where nothing has gone wrong asks how, not "do I have to do your job myself?";
 * - a check asked for: "Can you check if the ticket was actually raised?": "actually" inside an if/whether clause asks to
 *   verify, it does not doubt that anyone reads;
 * - a third party set apart by place or dealing: "The builders next door … unbelievable people", "The seller I bought the lamp
 *   from is being incredibly rude": the judgement is theirs, not the company's;
 * - a complaint disowned: "I have no complaint of my own", "this isn't a complaint": escalation words there are a topic
 *   ("a copy of your complaints procedure … consumer protection"), not a threat;
 * - "I'm afraid it was the most disappointing stay": the courtesy formula "I'm afraid" before a judgement is no fear, so it
 *   does not lower what the judgement says.
 */
import { anchor, has } from '../anchors.ts';
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import type { Hit, LexiconPart } from '../tokens.ts';
import { statusQuote } from './frustration.en.calm.ts';
import { labelQuote20 } from './frustration.kinds20.ts';
import { systemQuote } from './frustration.en.fp14.ts';
import { opens, textGate } from '../textgate.ts';
import { formalCondition25 } from './frustration.kinds25.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const YOU_WORD = /^(?:you|your|u|ur|yours|yourselves)$/;
const YOU_OR_WE_WORD = /^(?:you|your|u|ur|yours|yourselves|we|our|us)$/;
const PRAISE_CATEGORY = /^frustration\.(?:praise|thanks|positive)$/;

/** Categories that tell something went wrong (a grievance): without one, "do I need to … myself?" asks how. */
const GRIEVANCE = /^frustration(?:\.(?:judgement|complaint|escalation|rude|failure|report|sarcasm|rhetorical|lacking|en\.count|implicit\.promise))?$/;

/** "What do I need to do to close my account?", "do I need to send the receipt in myself?" with nothing wrong told: a procedure question. */
export function procedureAsk(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  // "Do I really have to come in myself just to update a phone number?": exasperation said in the question itself.
  const t = ctx.doc.tokens;
  const s = t[h.from]?.sentence;
  if (t.some((x) => x.sentence === s && /^(?:really|just|seriously|honestly|actually|even|again|every|keep|still)$/.test(x.key))) return false;
  if (ctx.hits.some((o) => o.weight > 0 && GRIEVANCE.test(o.category))) return false;
  // A contact the repeat cue shows ("I've called twice, do I have to come in myself?") is a grievance too.
  return (ctx.got.repeat?.cues.length ?? 0) === 0;
}

/** "Can you check if the ticket was actually raised?": "actually" / "even" inside an if/whether clause asks to verify. */
export function checkedWhether(ctx: CueContext, ev: Evidence): boolean {
  const t = ctx.doc.tokens;
  const i = t.findIndex((x) => x.start === ev.start - ctx.offset);
  if (i < 0 || t[i].fa) return false;
  for (let k = i - 1; k >= 0 && k >= i - 8 && t[k].sentence === t[i].sentence; k--) {
    if (/^(?:if|whether)$/.test(t[k].key)) return true;
  }
  return false;
}

/** Parties other than the company who may be named by where they are or what the customer bought from them. */
const PARTY = /^(?:builders?|workmen|workers|contractors?|sellers?|vendors?|people|guys|lads|family|neighbours?|neighbors?|tenants?|plumbers?|decorators?|roofers?|scaffolders?|landlords?|kids|dogs?|students|owners?)$/;
/** Where the party is, away from the company: "next door", "upstairs", "across the road". */
function placed(t: CueContext['doc']['tokens'], k: number): boolean {
  const a = t[k + 1]?.key ?? '';
  const b = t[k + 2]?.key ?? '';
  if (a === 'next' && b === 'door') return true;
  if (/^(?:upstairs|downstairs|opposite|nextdoor)$/.test(a)) return true;
  if ((a === 'across' || a === 'over') && b === 'the' && /^(?:road|street|way|hall|landing|corridor)$/.test(t[k + 3]?.key ?? '')) return true;
  if (a === 'in' && b === 'the' && /^(?:flat|house|unit)$/.test(t[k + 3]?.key ?? '') && /^(?:above|below|opposite)$/.test(t[k + 4]?.key ?? '')) return true;
  return false;
}
/** "the seller I bought the lamp from", "the vendor we ordered it from": someone the customer dealt with apart from the company. */
function dealtWith(t: CueContext['doc']['tokens'], k: number): boolean {
  if (!/^(?:i|we)$/.test(t[k + 1]?.key ?? '') || !/^(?:bought|ordered|purchased|got|rented|hired)$/.test(t[k + 2]?.key ?? '')) return false;
  for (let j = k + 3; j < t.length && j <= k + 7 && t[j].clause === t[k].clause; j++) if (t[j].key === 'from') return true;
  return false;
}

/**
 * A judgement or rude word in a sentence that names a party set apart by place or dealing and never the company ("The
 * builders next door have sliced through our cable — unbelievable people"; "The seller I bought the lamp from is being
 * incredibly rude"); a "you" or "your" in the sentence keeps it.
 */
export function placedOther(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa) return false;
  let party = false;
  for (let k = 0; k < t.length; k++) {
    if (t[k].sentence !== x.sentence) continue;
    if (YOU_WORD.test(t[k].key)) return false;
    if (k < h.from && PARTY.test(t[k].key) && (placed(t, k) || dealtWith(t, k))) party = true;
  }
  return party;
}

/** "I have no complaint (of my own)", "this isn't a complaint", "I'm not complaining": escalation words here are a topic. */
export function complaintDisowned(ctx: CueContext): boolean {
  const t = ctx.doc.tokens;
  if (ctx.fa) return false;
  for (let i = 0; i + 1 < t.length; i++) {
    const k = t[i].key;
    const n = t[i + 1].key;
    const disowns =
      (k === 'no' && /^(?:complaint|complaints)$/.test(n) && /^(?:have|had|is|s|got)$/.test(t[i - 1]?.key ?? '')) ||
      ((k === 'not' || k === 'nt') && n === 'a' && t[i + 2]?.key === 'complaint') ||
      ((k === 'not' || k === 'nt') && n === 'complaining');
    // "not a complaint yet", "not complaining, but …": a complaint still to come.
    if (disowns && !/^(?:yet|but)$/.test(t[i + (n === 'a' ? 3 : 2)]?.key ?? '')) return true;
  }
  return false;
}

/** "I'm afraid it was the most disappointing stay": "I'm afraid" beside a judgement in its sentence is a courtesy formula, not fear. */
export function afraidFormula(ctx: CueContext, h: Hit, judged: readonly Hit[]): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa || x.key !== 'afraid') return false;
  if (!/^(?:am|m)$/.test(t[h.from - 1]?.key ?? '')) return false;
  return judged.some((j) => t[j.from].sentence === x.sentence && j.from > h.from);
}

const LAUGH_WORD: ReadonlySet<string> = new Set(['lol', 'lols', 'lolol', 'haha', 'hahaha', 'hahahaha', 'hehe', 'lmao', 'lmfao', 'rofl']);
const LAUGH_EMOJI = /[\u{1f605}\u{1f602}\u{1f923}\u{1f606}]/u;

/**
 * "game crashed AGAIN on the loading screen lol. 3rd time tonight. any fix?? 😅": the customer laughs the fault off ("lol",
 * "haha", 😅): with no word of displeasure, the capitals, counts and "??" tell a fault report, not anger (read with the
 * displeasure-free condition in frustration.ts).
 */
export function laughedOff(ctx: CueContext): boolean {
  if (ctx.fa) return false;
  const text = ctx.doc.text;
  // The emojis are all astral (a high surrogate \ud83d or \ud83e): a text without one is not scanned.
  return ctx.doc.tokens.some((x) => LAUGH_WORD.has(x.key)) || ((text.includes('\ud83d') || text.includes('\ud83e')) && LAUGH_EMOJI.test(text));
}

/**
 * The courtesy of a formal request: "Kindly assist", "I would be grateful if somebody could look into it", "I'd appreciate a
 * call": like "please", it makes a broken promise or a payment told beside it a plain report asked about.
 */
export function formalCourtesy(t: CueContext['doc']['tokens']): boolean {
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    if (t[i].fa) continue;
    if (k === 'kindly' && !t[i].negated) return true;
    if (k !== 'grateful' && k !== 'appreciate') continue;
    // The request forms only ("I would be grateful if", "I'd appreciate a call"), not thanks or a preface ("I appreciate you're busy, but").
    const before = t[i - 1]?.key === 'very' || t[i - 1]?.key === 'most' || t[i - 1]?.key === 'really' || t[i - 1]?.key === 'greatly' ? t[i - 2]?.key ?? '' : t[i - 1]?.key ?? '';
    if (k === 'grateful' && before === 'be' && !t[i].negated) return true;
    if (k === 'appreciate' && (before === 'would' || before === 'd') && !t[i].negated) return true;
  }
  return false;
}

/** Words of awe that also judge ("Unbelievable service!!", "insane", "unreal"): praise in a message of thanks with nothing gone wrong. */
const AWE = /^(?:unbelievable|unreal|insane|crazy|incredible|mental|mad|ridiculous|absurd|shocking|speechless)$/;
const WRONG_CAT = /^frustration(?:\.(?:complaint|escalation|rude|failure|report|sarcasm|rhetorical|lacking|en\.count|implicit\.promise))?$/;

/**
 * "Unbelievable service!! Ordered at 11pm, arrived by 8am … Thank you!!": a word of awe in a message that thanks or praises and
 * tells nothing gone wrong (no fault, wait, complaint, escalation or sarcasm) praises.
 */
export function aweInPraise(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa || h.to - h.from !== 1 || !AWE.test(x.key) || x.negated) return false;
  // Thanks said plainly, to the end of its sentence ("Thank you!!", "Thanks so much guys"), not "Thanks a lot for losing my parcel".
  let thanked = false;
  for (let i = 0; i < t.length && !thanked; i++) {
    if (!/^(?:thank|thanks|cheers)$/.test(t[i].key)) continue;
    let j = i + 1;
    while (j < t.length && t[j].sentence === t[i].sentence && /^(?:you|so|very|much|again|guys|all|team|loads|heaps|lots|a|million|ever)$/.test(t[j].key)) j++;
    thanked = (j >= t.length || t[j].sentence !== t[i].sentence) && !(t[i + 1]?.key === 'a' && t[i + 2]?.key === 'lot');
  }
  if (!thanked) return false;
  return !ctx.hits.some((o) => o !== h && o.weight > 0 && (WRONG_CAT.test(o.category) || (o.category === 'frustration.judgement' && !AWE.test(t[o.from].key))));
}

const ASIDE_OPENER = /^(?:anyway|anyways|regardless|anyhow)$/;

/**
 * "ugh the airline has been hopeless tbh, lost my bag for five days, rude staff, the lot. Anyway, I'm claiming for the
 * essentials…": a judgement of another firm named in the third person ("the airline", "the hotel"), in a sentence that never
 * addresses the company, set aside by a later "Anyway," that turns to what the customer asks of this company.
 */
export function otherFirmSetAside(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa) return false;
  let firm = false;
  for (let k = 0; k < t.length; k++) {
    if (t[k].sentence !== x.sentence) continue;
    if (YOU_OR_WE_WORD.test(t[k].key)) return false;
    if (k < h.from && FIRM.test(t[k].key) && /^(?:the|that|this)$/.test(t[k - 1]?.key ?? '')) firm = true;
  }
  if (!firm) return false;
  // The next sentence opens with "Anyway," (a later one may too: the aside is over once the customer turns).
  return t.some((y, k) => y.sentence > x.sentence && ASIDE_OPENER.test(y.key) && (k === 0 || t[k - 1].sentence !== y.sentence));
}
const FIRM = /^(?:airline|airlines|hotel|hotels|courier|couriers|seller|sellers|shop|store|landlord|council|bank|insurer|garage|agency|restaurant|builders?|airport|retailer|marketplace|venue|school|hospital|pharmacy|dealer|dealership|manufacturer|carrier|contractor|contractors|agent|letting)$/;

/** A feeling in the sentence of a judgement aimed at a party set apart ("ugh the airline has been hopeless …. Anyway, …"): theirs too. */
export function feelingBesideOther(ctx: CueContext, h: Hit, judged: readonly Hit[]): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa) return false;
  return judged.some((j) => t[j.from].sentence === x.sentence && (placedOther(ctx, j) || otherFirmSetAside(ctx, j)));
}

/**
 * Words of displeasure and escalation the lists lacked, each said only of displeasure (recall where the words are
 * unmistakable): formal dismay and exhausted patience, "I'm over it", "I find it quite extraordinary that…", "Really poor.",
 * "that is not an answer", escalation to someone more senior, a card issuer or a consumer body.
 */
export const enKinds15Lexicon: LexiconPart = {
  // "…I will cancel the subscription, no hard feelings": a calm marker.
  'frustration.implicit.calm': { 'no hard feelings': 1 },
  frustration: {
    dismay: 1.1, 'my dismay': 1.2, 'patience is exhausted': 1.3, 'patience is now exhausted': 1.3, 'patience has been exhausted': 1.3, 'patience is now wearing thin': 1.2,
    'i am over it': 1.1, 'so over it': 1.1, 'i am so over': 1.1,
  },
  'frustration.judgement': {
    'find it quite extraordinary': 1.1, 'find it extraordinary': 1.1, 'find it astonishing': 1, 'find it staggering': 1, 'find it quite astonishing': 1,
    // The bot or the help pages that send the customer round again: "Your chatbot has now sent me in a loop five times".
    'sent me in a loop': 0.9, 'sending me in a loop': 0.9, 'sends me in a loop': 0.9, 'sent me round in a loop': 0.9,
    'really poor': 1, 'poor show': 1.1, 'poor form': 1, 'is not an answer': 0.9, 'is not an acceptable answer': 1.1, 'are trash': 1.1, 'is trash': 1.1, 'absolute trash': 1.2,
  },
  'frustration.complaint': {
    // "I will await your response with interest": the formal idiom of a customer who expects to be let down again.
    'await your response with interest': 0.6, 'await your reply with interest': 0.6, 'awaiting your response with interest': 0.6,
    // "ok this is getting silly now", "Nobody asked for this", "who is going to compensate me", "rather than a further acknowledgement".
    'this is getting silly': 1, 'getting silly now': 0.9, 'getting beyond a joke': 1.2, 'nobody asked for this': 0.9, 'no one asked for this': 0.9,
    'who is going to compensate': 0.8, 'not interested in another': 0.8, 'rather than a further': 0.7, 'rather than another': 0.7, 'same automated': 0.6,
    'would have been nice to be told': 0.7, 'would have been nice to be informed': 0.7, 'would have been nice to be warned': 0.7, 'would have been nice to know': 0.5,
  },
  'frustration.escalation': {
    'a human being': 0.7, 'an actual human': 0.8, 'an actual person': 0.8,
    'someone more senior': 1, 'somebody more senior': 1, 'my card issuer': 0.9, 'card issuer': 0.8, 'consumer organisation': 1, 'consumer organization': 1,
    'consumer association': 1, 'i am now complaining': 1,
  },
  // "Honestly, I'm impressed. You've managed to lose the same parcel twice": praise the sarcasm reader sets beside the failure.
  // "I must commend your team on its consistency: every single invoice … has been wrong": praise the sarcasm reader weighs beside a fault.
  'frustration.praise': { 'i am impressed': 1, 'commend your': 1, 'congratulate you on': 1, 'hats off to': 1 },
};

/** A kept escalation hit ("a chargeback", "a one-star review", "my card issuer") given as the outcome of an unmet condition. */
function conditioned(t: CueContext['doc']['tokens'], h: Hit): boolean {
  const x = t[h.from];
  for (let k = h.from - 1; k >= 0 && t[k].sentence === x.sentence; k--) {
    const key = t[k].key;
    if (key === 'unless') return true;
    // "if i dont get a refund by end of week", "If this isn't sorted by the weekend": a condition with its own negation.
    if (key === 'if') {
      for (let j = k + 1; j < h.from && j <= k + 6; j++) if (t[j].neg) return true;
      return false;
    }
    if (key === 'otherwise' || (key === 'else' && t[k - 1]?.key === 'or')) return true;
    // "Should I not hear from you …", "Failing which, …", "In the absence of …" (./frustration.kinds25.ts).
    if (formalCondition25(t, k)) return true;
  }
  // "… by Friday. Otherwise I will write to …": "otherwise" opening the hit's sentence.
  return false;
}

/** For ./frustration.kinds26.ts: the words at token h.from are the outcome of an unmet condition. */
export const conditioned15 = (t: readonly CueContext['doc']['tokens'][number][], h: { from: number }): boolean => conditioned(t as CueContext['doc']['tokens'], h as Hit);

/**
 * English constructions of session 15 read from the tokens (recall only where the construction is unmistakable):
 * - an ultimatum: an escalation given as what follows an unmet condition ("if i dont get a refund by end of week im doing a
 *   chargeback", "unless the charge is reversed … I shall raise the matter with my card issuer", "Otherwise I will write to the
 *   consumer organisation"); never in a question ("If it isn't fixed, can I get a chargeback?");
 * - "Please read the email below and actually answer it this time": "actually" or "properly" in a request that ends "this
 *   time" says the earlier answers did not.
 */
export function readEnKinds15(ctx: CueContext, escalations: readonly Hit[]): { score: number; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  let score = 0;
  const t = ctx.doc.tokens;
  if (ctx.fa || t.length < 4) return { score, evidence };
  for (const h of escalations) {
    // A strong escalation (a chargeback, a review, the ombudsman, "my money back"), not "I will cancel" (a calm switcher's words too).
    if (t[h.from].fa || h.weight < 0.8 || inQuestionAt(ctx, h) || !conditioned(t, h)) continue;
    score += 0.6;
    evidence.push(ctx.ev(h, 'tone.why.threat'));
    break;
  }
  const mocked = mockedClaim(ctx);
  if (mocked) {
    // With a word of irony beside it ("I suppose if I squint…", "apparently", "technically") the mockery is said outright.
    score += t.some((x) => IRONY_WORD.test(x.key) && x.key !== 'means' && x.key !== 'meant' && !inQuestionAt(ctx, x)) ? 1 : 0.6;
    evidence.push(mocked);
  }
  const echo = echoedWait(ctx);
  if (echo) {
    score += 0.6;
    evidence.push(echo);
  }
  const thanked = thanksForComplaint(ctx);
  if (thanked) {
    score += 1.2;
    evidence.push(thanked);
  }
  const redefined = apparentlyMeans(ctx);
  if (redefined) {
    score += 1;
    evidence.push(redefined);
  }
  for (let i = 0; i + 2 < t.length; i++) {
    const key = t[i].key;
    if ((key !== 'actually' && key !== 'properly') || t[i].negated || inQuestionAt(ctx, t[i])) continue;
    let end = -1;
    for (let k = i + 1; k + 1 < t.length && t[k].sentence === t[i].sentence && k <= i + 8; k++) if (t[k].key === 'this' && t[k + 1].key === 'time') end = k + 1;
    if (end < 0 || (end + 1 < t.length && t[end + 1].sentence === t[i].sentence)) continue;
    score += 0.6;
    evidence.push(ctx.ev({ start: t[i].start, end: t[end].end }, 'tone.why.complaint'));
    break;
  }
  return { score, evidence };
}

/** Scare quotes of up to four words (the shared reader takes two in single quotes): "Your 'next day delivery' took nine days". */
const CLAIM_QUOTES = /(?<![\p{L}\p{N}])(['\u2018"\u201c])([\p{L}\p{N}/-]+(?: [\p{L}\p{N}/-]+){0,3})['\u2019"\u201d](?![\p{L}\p{N}])/gu;
/** What a company claims of its service, mocked in quotes: "guaranteed", "next day", "24/7", "premium", "free", "replacement". */
const CLAIM = /^(?:guaranteed|guarantee|next[- ]day|same[- ]day|24\/7|premium|priority|express|urgent|free|replacement|fixed|sorted|help|support|emergency|known issues|definitely|fast|quick|instant|unlimited|sea view|care|customer care|customer service|save me money|value|within 24 hours|24 hours|48 hours)\b/i;
/** Words that tell the claim came to nothing: "apparently", "I suppose", "technically", "means". */
const IRONY_WORD = /^(?:apparently|suppose|technically|means|meant|clearly|evidently)$/;
/** A word every CLAIM match holds (same flags: `i` without `u`, no character outside ASCII matches these letters): a text without one is not scanned for quotes. */
const CLAIM_WORDS = /guarantee|next[- ]day|same[- ]day|24\/7|premium|priority|express|urgent|free|replacement|fixed|sorted|help|support|emergency|known issues|definitely|fast|quick|instant|unlimited|sea view|care|service|save me money|value|24 hours|48 hours/i;
const DETERMINER = new Set(['your', 'the', 'ur', 'another', 'second', 'third', 'fourth', 'fifth']);
/** "Your 'next day delivery'", "the 'premium' support tier": a determiner of the company's claim at token i. */
function claimDet(t: CueContext['doc']['tokens'], i: number): boolean {
  const x = t[i];
  return x !== undefined && DETERMINER.has(x.key);
}
const GOOD = /^frustration\.praise$/;
const BAD = /^frustration(?:\.(?:failure|complaint|report|en\.count))?$/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Whether some quote mark CLAIM_QUOTES opens with stands where it may open (not after a letter or digit: "I'm" opens
 * nothing): a text without one holds no match (a lone surrogate before the mark counts as no letter, a wider test).
 */
function quoteOpens(text: string): boolean {
  for (const q of QUOTE_MARKS) {
    for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) if (i === 0 || !LETTER_OR_DIGIT.test(text[i - 1])) return true;
  }
  return false;
}
const QUOTE_MARKS = ["'", '\u2018', '"', '\u201c'];

/**
 * A claim of the company's mocked in quotes: "Your 'next day delivery' took nine days", "The 'guaranteed' Christmas delivery
 * arrived on the 29th", "So the 'premium' support tier means I get ignored faster? Good to know.": a quoted claim after "your"
 * or "the" (not a status shown, "stuck on 'out for delivery'", nor a label, "a 'service fee'"), in a message that also tells
 * what came of it (a fault, a wait, a count), a word of irony ("apparently", "I suppose", "means") or praise alone ("Good to know.").
 */
export function mockedClaim(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  if (ctx.fa || !quoteOpens(text) || !CLAIM_WORDS.test(text)) return null;
  for (const m of text.matchAll(CLAIM_QUOTES)) {
    const inner = m[2];
    if (!CLAIM.test(inner)) continue;
    const q = { start: m.index, end: m.index + m[0].length };
    if (statusQuote(ctx, q) || systemQuote(ctx, q) || labelQuote20(ctx, q)) continue;
    let k = -1;
    for (let i = 0; i < t.length && t[i].end <= q.start; i++) k = i;
    if (k < 0) continue;
    // "Your 'next day delivery'", "the 'premium' support tier", "your so-called 'express' option".
    if (!claimDet(t, k) && !(claimDet(t, k - 1) && t[k - 1].sentence === t[k].sentence)) continue;
    // A quote in a question ("I suppose the 'express' option would be quicker?") asks about the claim: only praise alone mocks it
    // there ("So the 'premium' support tier means I get ignored faster? Good to know.").
    const asked = inQuestionAt(ctx, q);
    const irony = t.some((x) => IRONY_WORD.test(x.key) && !inQuestionAt(ctx, x));
    // What came of it: a fault or complaint, or a wait told as a number of days ("has taken eleven days").
    const bad = ctx.hits.some((h) => h.weight > 0 && BAD.test(h.category)) || t.some((x, i) => NUMBER.test(x.key) && UNIT.test(t[i + 1]?.key ?? '') && !/^(?:in|within)$/.test(t[i - 1]?.key ?? ''));
    const good = ctx.hits.some((h) => h.weight > 0 && GOOD.test(h.category) && sentenceOnly(t, h));
    if (asked ? good : irony || bad || good) return ctx.ev(q, 'tone.why.irony');
  }
  return null;
}

/** Whether hit h is all its sentence says ("Wonderful!", "Good to know."). */
function sentenceOnly(t: CueContext['doc']['tokens'], h: Hit): boolean {
  const s = t[h.from].sentence;
  return (h.from === 0 || t[h.from - 1].sentence !== s) && (h.to >= t.length || t[h.to].sentence !== s);
}

const UNIT = /^(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)$/;
const NUMBER = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)$/;
/** Anchors of echoedWait: a number and a unit of time, each some token's key (necessary: its wait is a number then a unit). */
const A_NUMBER = anchor({ key: (k) => NUMBER.test(k) });
const A_UNIT = anchor({ key: (k) => UNIT.test(k) });

/** "Five weeks to process a refund … Five weeks.": a wait said again as a sentence of its own, for weight. */
function echoedWait(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  if (!has(ctx.doc, A_UNIT) || !has(ctx.doc, A_NUMBER)) return null;
  // "Five days is how long the battery lasts. Five days. Amazing!": said again in praise, a wonder, not a wait.
  if (ctx.hits.some((h) => h.weight > 0 && PRAISE_CATEGORY.test(h.category))) return null;
  for (let i = 1; i + 1 < t.length; i++) {
    if (!NUMBER.test(t[i].key) || !UNIT.test(t[i + 1].key)) continue;
    const s = t[i].sentence;
    // The whole sentence is the wait ("Five weeks.", "Nine days. Nine."), and the same wait was told in an earlier sentence.
    if (t[i - 1].sentence === s || (t[i + 2] && t[i + 2].sentence === s)) continue;
    for (let k = 0; k + 1 < i; k++) {
      if (t[k].sentence < s && t[k].key === t[i].key && t[k + 1].key === t[i + 1].key) return ctx.ev({ start: t[i].start, end: t[i + 1].end }, 'tone.why.complaint');
    }
  }
  return null;
}

/** "thanks for the copy-paste answer", "thanks for the same scripted reply": thanks whose object is itself a complaint. */
function thanksForComplaint(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (const h of ctx.hits) {
    // A complaint of weight ("copy-paste", "scripted", "the same answer"), not a word of the customer's own errand ("Thanks for chasing the courier").
    if (h.category !== 'frustration.complaint' || h.weight < 0.7 || t[h.from].fa) continue;
    // "Thanks for the same answer as yesterday, it worked this time!": thanks for what put things right.
    if (t.some((x) => /^(?:worked|works|working|fixed|sorted|resolved|solved|helped)$/.test(x.key) && !x.negated)) return null;
    for (let k = h.from - 1; k >= 1 && k >= h.from - 4 && t[k].sentence === t[h.from].sentence; k--) {
      if (t[k].key === 'for' && /^(?:thanks|thank|cheers|ta)$/.test(t[k - 1].key === 'you' ? t[k - 2]?.key ?? '' : t[k - 1].key)) {
        return ctx.ev({ start: t[t[k - 1].key === 'you' ? k - 2 : k - 1].start, end: h.end }, 'tone.why.sarcasm');
      }
    }
  }
  return null;
}

/** "Apparently urgent means 'sometime next quarter' at your company": a word of the company's redefined, in quotes, never asked. */
function apparentlyMeans(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  for (let i = 1; i < t.length; i++) {
    if (t[i].key !== 'means' || t[i].fa) continue;
    const s = t[i].sentence;
    let apparently = -1;
    for (let k = i - 1; k >= 0 && t[k].sentence === s; k--) if (t[k].key === 'apparently') apparently = k;
    if (apparently < 0) continue;
    const span = ctx.doc.sentences[s];
    if (!span || /\?/.test(text.slice(span.start, span.end))) continue;
    // The new meaning in quotes right after "means".
    if (!/^\s*['\u2018"\u201c]/.test(text.slice(t[i].end, t[i].end + 3))) continue;
    return ctx.ev({ start: t[apparently].start, end: t[i].end }, 'tone.why.sarcasm');
  }
  return null;
}

const WITHDRAW = /\b(?:(?:please\s+)?(?:ignore|disregard)\s+my\s+(?:\w+\s+){0,2}(?:email|e-mail|message|mail|note|rant|complaint)|(?:sorry|apologies|apologise|apologize)\s+(?:for|about)\s+(?:the|my)\s+(?:\w+\s+)?(?:tone|rant|outburst|last\s+(?:email|message)|earlier\s+(?:email|message)|previous\s+(?:email|message)|angry\s+(?:email|message)))\b/i;
/**
 * What every WITHDRAW match holds (same flags: `i` without `u`, no character outside ASCII matches these letters): "ignore" or
 * "disregard", or an apology with its "for" / "about" ("sorry" alone, common in complaints, is not scanned further).
 */
const WITHDRAW_WORDS = /ignore|disregard|(?:sorry|apologies|apologise|apologize)\s+(?:for|about)/i;
/** WITHDRAW_WORDS' words alone, a text gate (lib/tone/textgate.ts: found in the shared pass; most texts hold none). */
const WITHDRAW_GATE = textGate(['ignore', 'disregard', 'sorry', 'apologies', 'apologise', 'apologize']);

/**
 * "Hi again, please ignore my angry email above - your colleague called me … Thank you, and sorry for the tone.": the customer
 * withdraws the anger of an earlier message (forwarded above, or the first half of this one). Every word of displeasure told
 * before the withdrawal is theirs no longer: the cue stays quiet (read in frustration.ts).
 */
export function angerWithdrawn(ctx: CueContext): boolean {
  if (ctx.fa || !opens(ctx.low, WITHDRAW_GATE) || !WITHDRAW_WORDS.test(ctx.doc.text)) return false;
  const m = WITHDRAW.exec(ctx.doc.text);
  if (!m) return false;
  const at = m.index;
  // Nothing of displeasure after the withdrawal ("sorry for the tone, but this is still unacceptable").
  // (Strain told after it, "I was stressed", explains the tone: it is no new displeasure.)
  return !ctx.hits.some((h) => h.weight > 0 && h.start > at + m[0].length && /^frustration(?:\.(?:judgement|complaint|escalation|rude|sarcasm|rhetorical|failure))?$/.test(h.category) && !/^(?:stressed|stressed out|stressing|overwhelmed)$/i.test(ctx.doc.text.slice(h.start, h.end)));
}

const DATE_ORDINAL = /^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth|twentieth|thirtieth)$/;

/**
 * "It's now the 19th", "Today is the 4th": the date it is now, told after a promise ("you promised a call within 24 hours …
 * It's now the 19th."), outlives it like "It is Thursday." (read by frustration.ts's todayIs at token j).
 */
export function dateIsNow(t: CueContext['doc']['tokens'], j: number): boolean {
  const k = t[j]?.key;
  let i = j + 1;
  if (k === 'it' || k === 'today') {
    if (t[i]?.key !== 'is') return false;
    i++;
  } else return false;
  if (t[i]?.key === 'now') i++;
  if (t[i]?.key !== 'the' || !DATE_ORDINAL.test(t[i + 1]?.key ?? '')) return false;
  // The date ends its sentence ("It's now the 19th."), not "it is the 19th floor".
  return !t[i + 2] || t[i + 2].sentence !== t[i + 1].sentence || t[i + 2].key === 'and';
}

/** Whether a span of the latest words lies in one of the customer's questions. */
function inQuestionAt(ctx: CueContext, x: { start: number; end: number }): boolean {
  return ctx.questions.some((q) => q.start - ctx.offset <= x.start && x.end <= q.end - ctx.offset);
}
