/**
 * Frustration, session 35 (toneen35): English kinds the readers missed on late34 (the split nobody had tuned on) that recur
 * in three splits or more of late27 … late34 and train34 (look-alikes in scripts/tone-kinds35-matrix.ts, run by
 * tests/unit/tone/kinds35.test.ts; lib/tone/README.md, "toneen35").
 *
 * - **ironic praise closing a harm, the words session 31 did not read** (late32, late33 ×2, late34 ×4): a short praise
 *   sentence after the first ("Love it.", "Truly a bargain.", "Cracking job.", "Quite the service.", "amazing service as
 *   always 👍", "Marvellous.") in a message whose harm session 31's list of harm words does not hold: a count of days or a
 *   wait ("day 19 of", "has been … for 50 minutes", "now takes 40 seconds"), a promised day gone ("it is thursday"), a third
 *   ticket, a thing lost, forgotten or left out ("forgets half my workouts", "left the dresser in the yard"). Session 31's
 *   guards hold (not sincere praise, thanks to a person, a negated stop of a doing); and not a harm put right ("… but the
 *   update fixed it. Love it."), nor a short wait ("only 2 minutes on hold. Brilliant.").
 * - **a mock assurance** (late33, late34 ×2, train34): "I'm sure it's an easy thing to miss three times in a row", "I'm sure
 *   it's a very complicated fix, but …", "I'm sure you're all very busy!", "i'm sure there's a perfectly reasonable reason
 *   like 'we felt like it'". "I'm sure" granting the company an excuse it does not have: a thing called very complicated /
 *   easy to miss, busy said with "!", in a message that chases (again, per my last email, three times, in a row, still,
 *   "circling back"); or a perfectly reasonable reason given in quotes ("like 'we felt like it'"), enough alone. Not a sincere
 *   "I'm sure it's just a glitch", "I'm sure you're busy" with "no rush", nor session 30's "I'm sure you're busy, but …"
 *   (read there).
 *
 * - **the step already done, its count said curtly** (late27, late29, late34): "I have already restarted the router. Twice.",
 *   "I've already done that. Twice.", "i have. 5 times.": a sentence that is only a count ("Twice.", "Three times.", "5 times
 *   now.") right after one telling the customer's own doing ("already", "I have", "I did", "I've tried"). Reason
 *   `tone.why.alreadyDone`. Not a count inside its sentence ("I already paid twice by mistake"), nor a count of the fault's own
 *   ("It crashed. Twice." tells no step of the customer's).
 *
 * All are "enough alone" readers in frustration.ts's list (score 1.1), English only.
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';
import { PRAISE_SENTENCE, SINCERE, STOP_DOING, THANK_PERSON_EN } from './frustration.kinds31.ts';

const NOTHING: { score: number; evidence: Evidence[] } = { score: 0, evidence: [] };

// ---------------------------------------------------------------------------------------------------------------------
// Ironic praise closing a harm (session 31's reader, with the praise and harm words it lacked)

/** Praise sentences session 31's PRAISE_SENTENCE does not read: "Love it", "Truly a bargain", "amazing service as always". */
const PRAISE35 = /^(?:(?:well|oh|ah|so|and|yeah|wow|just)[\s,]+)*(?:(?:that['\u2019]?s|this\s+is|what\s+an?|such\s+an?|it['\u2019]?s)\s+)?(?:(?:really|very|truly|just|so|simply|absolutely|a)\s+)*(?:lov(?:e|ing)\s+(?:it|that|this)|(?:real\s+)?bargain|cracking\s+(?:job|work|stuff|service)|quite\s+the\s+(?:service|operation|experience|job)|top\s+(?:notch|job|service)|nice\s+(?:one|work|job)|good\s+(?:job|work|one)|well\s+(?:done|played)|bravo|chef['\u2019]?s\s+kiss|(?:10|ten)\s*(?:\/|out\s+of)\s*(?:10|ten)|(?:five|5)\s+stars?|(?:great|amazing|fantastic|brilliant|excellent|stellar|superb|wonderful|lovely|fab|impressive)\s+(?:service|value|work|job|stuff|customer\s+service|support)|(?:great|amazing|fantastic|brilliant|excellent|superb|wonderful|impressive|lovely)\b[^.!?\n]{0,20}\bas\s+(?:always|ever|usual))\b[^.!?\n]{0,30}$/iu;
/** Harms session 31's HARM_TOLD does not hold: a count of days or of a wait, a promised day gone, a third ticket, a loss. */
const HARM35 = /\bday\s+\d+\b|\b(?:been|waiting|waited|wait|hold)\b[^.!?\n]{0,50}?\bfor\s+(?:\d+|two|three|four|five|six|several|many|over\s+an?)\s*(?:mins?|minutes|hours?|hrs?|days|weeks|months)\b|\bnow\s+takes?\s+(?:\d+|ages|forever)\b|\b(?:it\s+is|it['\u2019]s|today\s+is)\s+(?:now\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:third|fourth|fifth|3rd|4th|5th)\s+(?:ticket|email|call|time|attempt|message|chat|complaint|visit)\b|\b\d+\s+(?:hours?|days|weeks)\s+in\b|\bforgets?\b|\b(?:you|they|your\s+\p{L}+|it)\s+(?:lost|crashed)\b|\b(?:got|been|was|were|is|are)\s+lost\b|\bcrash(?:es|ing)\b|\bmissing\b|\bleft\s+(?:it|them|my\s+\p{L}+|the\s+\p{L}+)\s+(?:in|on|outside|at)\s+the\b/iu;
/** A harm put right, or a short wait: the praise is sincere. */
const PUT_RIGHT = /\b(?:but|and|then)\s+(?:(?:the|your|a)\s+(?:\p{L}+\s+){0,2}|you\s+|they\s+|he\s+|she\s+|it\s+)?(?:(?:has|have|was|were|got|is|are)\s+)?(?:fixed|sorted|resolved|solved|replaced|refunded|found)\b|\bworks?\s+(?:now|again|perfectly|great|fine)\b|\b(?:only|just|under|less\s+than|within)\s+(?:\d+|a|an|two|three|five|ten)\s*(?:mins?|minutes|hours?|hrs?|days)\b/iu;
/** Session 31's harm words without its put-right asks (a refund got is no harm) nor "forever" ("the first time in forever"): a negation, "still", "again", "never". */
const HARM_SAID = /\b(?:doesn['\u2019]?t|didn['\u2019]?t|hasn['\u2019]?t|haven['\u2019]?t|isn['\u2019]?t|wasn['\u2019]?t|won['\u2019]?t|can['\u2019]?t|never|no\s+longer|not|no\s+(?:reason|reply|response|answer|explanation|update|timeframe|word|one|way)|again|twice|still)\b/iu;
/** A negation that praises: "you didn't disappoint", "never fails", "won't hesitate to recommend". */
const PRAISING_NOT = /\b(?:didn['\u2019]?t|don['\u2019]?t|doesn['\u2019]?t|won['\u2019]?t|never|not)\s+(?:disappoint\p{L}*|fail\p{L}*|let\s+(?:me|us)\s+down|hesitate)\b/giu;
/** Sincere praise's own turns: "would order again", "honestly", "from me", and a complaint turned after it with "but". */
const SINCERE35 = /\bwould\s+(?:\p{L}+\s+)?(?:order|buy|recommend|use|come|book|shop|stay|fly|go)\b|\bhonestly\b|\bfrom\s+(?:me|us)\b/iu;
const TURNED_AFTER = /^\s*(?:but|though|however|although|only|just\s+one\s+thing)\b/iu;
const PRAISE35_GATE = readerGate([PRAISE35, PRAISE_SENTENCE]);

/** Ironic praise closing a harm (see the header): the praise sentence, with tone.why.sarcasm; English only. */
export function readIronicPraise35(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, PRAISE35_GATE)) return NOTHING;
  const text = ctx.doc.text;
  const re = /[^.!?\n]+[.!?]*/gu;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = /^\s*/u.exec(m[0])?.[0].length ?? 0;
    const body = m[0].slice(lead).replace(/[\s.!?\u{1f44f}\u{1f643}\u{1f44d}\u{1f44c}]+$/u, '');
    if (!body) continue;
    n++;
    // Praise said with "!" is meant ("Five stars from me!!"); the sarcasm closes flat, or with an emoji.
    if (n === 1 || body.split(/\s+/u).length > 7 || m[0].includes('!')) continue;
    const old = PRAISE_SENTENCE.test(body);
    if (!old && !PRAISE35.test(body)) continue;
    const plain = text.replace(STOP_DOING, ' ').replace(PRAISING_NOT, ' ');
    // Session 31's own reading (its praise words with its harm words) is read there.
    if (!(HARM35.test(plain) || (!old && HARM_SAID.test(plain)))) continue;
    if (SINCERE35.test(body) || TURNED_AFTER.test(text.slice(m.index + m[0].length))) return NOTHING;
    if (SINCERE.test(text) || THANK_PERSON_EN.test(text) || PUT_RIGHT.test(text)) return NOTHING;
    const start = m.index + lead;
    return { score: 1.1, evidence: [ctx.ev({ start, end: start + body.length }, 'tone.why.sarcasm')] };
  }
  return NOTHING;
}

// ---------------------------------------------------------------------------------------------------------------------
// A mock assurance

/** "I'm sure it's a very complicated fix", "I'm sure it's an easy thing to miss", "I'm sure you're all very busy!". */
const SURE = /\bi(?:['\u2019]?m|\s+am)\s+(?:quite\s+|absolutely\s+)?sure\s+(?:(?:it|that|this)(?:['\u2019]s|\s+is|\s+was)\s+(?:an?\s+)?(?:(?:very|super|really|terribly|incredibly|extremely|hugely|fiendishly)\s+(?:complicated|complex|difficult|hard|tricky)|(?:easy|simple|understandable)\s+(?:thing|mistake|one)\s+to\s+(?:miss|make|forget|overlook|get\s+wrong))|you(?:['\u2019]re|\s+are)\s+(?:all\s+)?(?:very|really|terribly|incredibly|extremely|super)\s+busy\s*!)/iu;
/** "I'm sure there's a perfectly reasonable reason like 'we felt like it'": enough alone. */
const SURE_REASON = /\bi(?:['\u2019]?m|\s+am)\s+sure\s+there(?:['\u2019]s|\s+is)\s+an?\s+(?:perfectly|entirely|very)\s+(?:reasonable|good|valid|sensible)\s+(?:reason|explanation)\b[^.!?\n]{0,20}\b(?:like|such\s+as)\s+['\u2018"\u201c]/iu;
/** The message chases: the excuse is granted for a thing asked before. */
const CHASE = /\b(?:again|(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:time|email|request|message|call|chase)|(?:two|three|four|2|3|4)\s+times|in\s+a\s+row|per\s+my\s+(?:last|previous|earlier)|circling\s+back|following\s+up|chasing|(?:my|the)\s+(?:last|previous|earlier)\s+(?:two\s+|three\s+)?(?:emails?|messages?|calls?)|(?:my\s+)?emails?\s+of\s+the|last\s+(?:two|three)\s+times|at\s+some\s+point\s+this\s+(?:quarter|year|century|decade))\b/iu;
const NO_RUSH = /\bno\s+(?:rush|hurry|pressure)\b/iu;
const SURE_GATE = readerGate([SURE, SURE_REASON]);

/** A mock assurance (see the header): the "I'm sure …" words, with tone.why.sarcasm; English only. */
export function readMockSure35(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, SURE_GATE)) return NOTHING;
  const text = ctx.doc.text;
  const r = SURE_REASON.exec(text);
  const m = r ?? SURE.exec(text);
  if (!m) return NOTHING;
  if (!r && (!CHASE.test(text) || NO_RUSH.test(text))) return NOTHING;
  const end = m.index + m[0].replace(/[\s!'\u2018"\u201c]+$/u, '').length;
  return { score: 1.1, evidence: [ctx.ev({ start: m.index, end }, 'tone.why.sarcasm')] };
}

// ---------------------------------------------------------------------------------------------------------------------
// The step already done, its count said curtly

/** A sentence that is only a count: "Twice.", "Three times now.", "5 times." (at its start: the text after the last stop). */
const COUNT_ALONE = /^\s*(?:(?:twice|(?:three|four|five|six|several|multiple|many|\d+)\s+times)(?:\s+(?:already|now|over|in\s+fact))?)\s*[.!]/iu;
/** The sentence before it tells the customer's own doing. */
const OWN_STEP = /\b(?:already|i\s+have|i['\u2019]ve|ive|i\s+did|i\s+tried|we\s+have|we['\u2019]ve|we\s+did|we\s+tried)\b/iu;
const COUNT_GATE = readerGate([COUNT_ALONE]);

/** The step already done, its count said curtly (see the header): the count, with tone.why.alreadyDone; English only. */
export function readAlreadyDone35(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || ctx.empty || !mayMatch(ctx.low, COUNT_GATE)) return NOTHING;
  const text = ctx.doc.text;
  const re = /[.!]\s+/gu;
  let prev = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const c = COUNT_ALONE.exec(text.slice(at, at + 40));
    if (c && OWN_STEP.test(text.slice(prev, m.index))) {
      const lead = c[0].length - c[0].trimStart().length;
      return { score: 1.1, evidence: [ctx.ev({ start: at + lead, end: at + c[0].replace(/[.!\s]+$/u, '').length }, 'tone.why.alreadyDone')] };
    }
    prev = at;
  }
  return NOTHING;
}

export const strings = {
  en: {
    'tone.why.alreadyDone': 'has already done what is asked, and says how often',
  },
  fa: {
    'tone.why.alreadyDone': 'کاری را که خواسته می‌شود قبلاً انجام داده و می‌گوید چند بار',
  },
} as const;
