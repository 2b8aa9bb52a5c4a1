/**
 * Repeat contact, session 26 (toneenr26), English: earlier contacts told in ways the older readers did not read. Tried on
 * scripts/tone-kinds26r-matrix.ts (REPEAT26: positives and close contrasts across trades), never on a development
 * sentence's nouns.
 *
 * - **the company's letter or reply answered**: "Thank you for your letter of 12 March", "Further to your email dated 3
 *   June", "In your letter of the 9th you state…", "Thanks for your reply, but it still fails": the correspondence goes on
 *   and the matter is not settled, so the customer has been in touch about it. Thanked, dated or pointed to ("further to",
 *   "with reference to", "in your letter … you state"), and always with a turn after it (but, however, still, remain,
 *   regret, a negation): a letter answered with the papers it asked for, a confirmation or a question about it is an
 *   answer to the company (no repeat, as repeat.kinds18.ts reads "further to your letter"). Not "your newsletter", "a
 *   letter from the council", "the letter of the 4th from my solicitor".
 * - **an earlier call cut off, a booked visit missed more than once**: "Forty minutes on hold, then cut off", "Got
 *   disconnected again", "second missed appointment", "no-show twice": the customer called, or booked, before. Not a
 *   line or a supply that cuts off ("the wifi cut off twice"), nor "I missed the appointment".
 * - **an earlier word to the company by a verb read by its form**: "I telephoned last week", "I informed your company",
 *   "I notified you of the fault", "I was chatting with someone on your chat earlier", "you've told me it's fixed", "you
 *   replied that…". Not "I informed my landlord", "Please inform me", "I telephoned the hospital", "I will telephone".
 * - **a fault back after the company's repair**: "leaking again after your technician replaced the pump", "your engineer
 *   fixed it on Monday and it's making the same noise": the visit was a contact. Not the fix praised, nor a fault again
 *   with no visit of theirs.
 * - **the customer's own earlier mail to the company, quoted below**: a quoted header with "From:" and "To: Support" (or
 *   customer service, the help desk, billing…): they wrote before. Not a quoted mail of the company's ("From: Support, To:
 *   Raj", which repeat.kinds18.ts reads as the agent's question answered), nor one forwarded from someone else to them.
 * - quiet ({@link quiet26}): evidence all a chore the company keeps asking for ("keeps asking me to re-verify") or the
 *   customer's email address changed ("I changed my email 10 minutes ago").
 *
 * Cheap: one text gate before any token is read; each reader walks the tokens once.
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

const GATE = textGate(['your letter', 'your email', 'your e-mail', 'your reply', 'your response', 'your answer', 'your message', 'your correspondence', 'your note', 'ur reply', 'cut off', 'disconnected', 'no-show', 'no show', 'missed appointment', 'missed the', 'missed visit', 'missed slot', 'missed booking', 'missed install', 'telephoned', 'informed', 'notified', 'advised', 'chatting', 'talking', 'told me', 'told us', 'assured me', 'assured us', 'promised me', 'promised us', 'speaking', 'answered', 'replied', 'responded', 'your engineer', 'your technician', 'your plumber', 'your fitter', 'your electrician', 'your mechanic', 'your installer', 'your repair', 'your team', 'your workshop', 'your garage', 'your contractor', 'your guy', 'your man', 'your crew']);

const LETTER = /^(?:letter|e-?mail|reply|response|answer|message|correspondence|note)$/;
/** A reply or answer implies the customer wrote first; a letter or mail needs a date, a formal pointer or a turn. */
const ANSWERED = /^(?:reply|response|answer)$/;
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last|\d{1,2}(?:st|nd|rd|th)?)$/;
/** What turns after the thanks: the answer did not settle it. */
const TURN = new Set(['but', 'however', 'unfortunately', 'still', 'remain', 'remains', 'afraid', 'puzzled', 'confused', 'dispute', 'disagree', 'again', 'despite', 'regret', 'inadequate', 'unsatisfactory', 'unacceptable', 'wrong', 'incorrect']);
const POINTER_BEFORE = new Set(['further', 'reference', 'refer', 'regarding', 're', 'following', 'respond', 'responding', 'reply', 'replying', 'answer', 'answering']);
const STATE = new Set(['state', 'states', 'stated', 'say', 'says', 'said', 'mention', 'mentioned', 'claim', 'claimed', 'write', 'wrote', 'suggest', 'suggested']);

/** "Thank you for your letter of the 4th", "Further to your email dated 3 June", "In your letter you state". */
function companyLetter(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'your' || !LETTER.test(t[i + 1].key)) continue;
    const n = i + 1;
    const s = t[i].sentence;
    // Dated: "of 12 March", "dated 3 June", "of the 21st", "of last Tuesday".
    let dated = false;
    let last = n;
    if (t[n + 1]?.key === 'of' || t[n + 1]?.key === 'dated' || t[n + 1]?.key === 'on' || t[n + 1]?.key === 'from') {
      for (let j = n + 2; j < t.length && j <= n + 4 && t[j].sentence === s; j++) {
        if (!MONTH.test(t[j].key)) continue;
        dated = true;
        last = j;
      }
    }
    const p1 = t[i - 1]?.sentence === s ? t[i - 1].key : '';
    const p2 = t[i - 2]?.sentence === s ? t[i - 2].key : '';
    const thanked = p1 === 'for' && (p2 === 'thanks' || p2 === 'thank' || p2 === 'you');
    const pointed = POINTER_BEFORE.has(p1) || (p1 === 'to' && POINTER_BEFORE.has(p2)) || (p1 === 'in' && t.slice(n + 1, n + 6).some((y) => y.sentence === s && y.key === 'you') && t.slice(n + 1, n + 7).some((y) => y.sentence === s && STATE.has(y.key)));
    // A turn after it, in this sentence or the next two: "but the code still doesn't work", "I remain puzzled".
    let turned = false;
    for (let j = n + 1; j < t.length && t[j].sentence <= s + 2; j++) {
      if (TURN.has(t[j].key) || t[j].neg) {
        turned = true;
        break;
      }
    }
    // Only with a turn: a letter thanked and answered with the papers asked for, a confirmation or a question about it is
    // an answer to the company (no repeat contact, the labels' rule), "it does not answer my question" goes on with it.
    // A notice received ('in receipt of your letter dated 3 June informing me of …') is the company's, not an answer to them.
    const fires = turned && (thanked || pointed || (dated && p1 === 'in') || (ANSWERED.test(t[n].key) && p1 === 'to'));
    if (fires) return ctx.ev({ start: t[i].start, end: t[last].end }, 'tone.why.earlierContact');
  }
  return null;
}

const CALLISH = new Set(['hold', 'queue', 'line', 'call', 'calls', 'phone', 'chat', 'again', 'twice', 'times', 'helpline', 'minutes', 'hour', 'hours', 'agent']);
const ORDINAL = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', '2nd', '3rd', '4th', '5th', 'another', 'two', 'three', 'four', 'five', 'multiple', 'several', 'repeated']);
const VISIT = /^(?:appointments?|visits?|slots?|bookings?|installs?|installations?)$/;
const WE = new Set(['i', 'we']);

/** "then cut off", "Got disconnected again", "cut off twice": the customer's call, subject left out. */
function cutOff(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    const cut = x.key === 'cut' && t[i + 1]?.key === 'off';
    if (!cut && x.key !== 'disconnected') continue;
    // No subject of its own in the clause (a line or the wifi that cuts off), or "got" / "then" / "and" before it.
    let j = i - 1;
    let linked = false;
    while (j >= 0 && t[j].clause === x.clause && /^(?:then|and|got|get|getting|been|just|finally|was|were)$/.test(t[j].key)) {
      if (t[j].key === 'then' || t[j].key === 'and') linked = true;
      j--;
    }
    // "An hour in the queue and cut off twice": a verb joined on with its subject left out; "the wifi cut off" has its own.
    if (!linked && j >= 0 && t[j].clause === x.clause && t[j].sentence === x.sentence && !WE.has(t[j].key)) continue;
    if (j >= 0 && WE.has(t[j].key) && t[j].clause === x.clause) continue; // "I was cut off": the older reader's.
    // A call in this or the previous sentence, or a count of the cuts.
    const end = cut ? i + 2 : i + 1;
    const near = t.slice(Math.max(0, i - 12), Math.min(t.length, end + 3)).some((y) => y.sentence >= x.sentence - 1 && y.sentence <= x.sentence && CALLISH.has(y.key));
    if (near) return ctx.ev({ start: x.start, end: t[end - 1].end }, 'tone.why.earlierContact');
  }
  return null;
}

/** "second missed appointment", "no-show twice", "missed the appointment again, two missed appointments". */
function missedVisits(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    const noShow = x.key === 'no-show' || x.key === 'no-shows' || (x.key === 'no' && t[i + 1]?.key === 'show');
    const missed = x.key === 'missed' && (VISIT.test(t[i + 1]?.key ?? '') || (t[i + 1]?.key === 'the' && VISIT.test(t[i + 2]?.key ?? '')));
    if (!noShow && !missed) continue;
    // The customer who missed it is no contact of theirs ("I missed the appointment").
    if (missed && t.slice(Math.max(0, i - 3), i).some((y) => y.clause === x.clause && WE.has(y.key))) continue;
    const end = noShow && x.key === 'no' ? i + 2 : missed ? (t[i + 1].key === 'the' ? i + 3 : i + 2) : i + 1;
    const before = t[i - 1]?.clause === x.clause ? t[i - 1].key : '';
    const after = t.slice(end, end + 3).filter((y) => y.clause === x.clause || y.sentence === x.sentence).map((y) => y.key);
    const counted = ORDINAL.has(before) || after.includes('twice') || after.includes('again') || (after.includes('times') && after.length > 0);
    if (counted) return ctx.ev({ start: (ORDINAL.has(before) ? t[i - 1] : x).start, end: t[end - 1].end }, 'tone.why.contactCount');
  }
  return null;
}

const TOLD_TO = /^(?:informed|notified|advised)$/;
const THIRD = new Set(['the', 'my', 'his', 'her', 'their', 'a', 'an', 'our']);
const TALKING = /^(?:chatting|talking|speaking)$/;
const EARLIER = new Set(['before', 'earlier', 'yesterday', 'previously', 'closed', 'cut', 'disconnected', 'dropped', 'ended', 'timed']);
const SAID_TO = /^(?:told|assured|promised)$/;
const ANSWER_VERB = /^(?:answered|replied|responded)$/;

/** "I telephoned last week", "I informed your company", "I was chatting with someone earlier", "you've told me", "you replied that". */
function toldByForm(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 1; i < t.length; i++) {
    const x = t[i];
    const k = x.key;
    const subjI = (j: number) => {
      for (let m = j - 1; m >= 0 && m >= j - 3 && t[m].clause === x.clause; m--) if (WE.has(t[m].key)) return true;
      return false;
    };
    if (/^telephoned$/.test(k) && subjI(i) && !x.negated) {
      if (THIRD.has(t[i + 1]?.key ?? '') && t[i + 1]?.clause === x.clause) continue;
      if (t.slice(Math.max(0, i - 3), i).some((y) => y.key === 'will' || y.key === 'ill')) continue;
      return ctx.ev(x, 'tone.why.earlierContact');
    }
    if (TOLD_TO.test(k) && subjI(i) && !x.negated && (t[i + 1]?.key === 'you' || t[i + 1]?.key === 'your')) {
      if (t[i - 1]?.key === 'was' || t[i - 1]?.key === 'were' || t[i - 1]?.key === 'been') continue;
      return ctx.ev({ start: x.start, end: t[t[i + 1].key === 'your' && t[i + 2] ? i + 2 : i + 1].end }, 'tone.why.earlierContact');
    }
    if (TALKING.test(k) && (t[i - 1].key === 'was' || t[i - 1].key === 'were') && WE.has(t[i - 2]?.key ?? '')) {
      // With someone of theirs or on their chat, and earlier or ended: "talking to someone on chat before but it closed".
      const rest = t.slice(i + 1, i + 12).filter((y) => y.sentence === x.sentence);
      const theirs = rest.slice(0, 5).some((y) => y.key === 'someone' || y.key === 'somebody' || y.key === 'your' || y.key === 'agent' || y.key === 'chat' || y.key === 'advisor' || y.key === 'adviser');
      const family = rest.slice(0, 3).some((y) => THIRD.has(y.key) && y.key !== 'the' && y.key !== 'a' && y.key !== 'an');
      if (theirs && !family && rest.some((y) => EARLIER.has(y.key))) return ctx.ev({ start: t[i - 2].start, end: x.end }, 'tone.why.earlierContact');
    }
    if (t[i - 1].key === 'you' || (t[i - 2]?.key === 'you' && (t[i - 1].key === 'have' || t[i - 1].key === 'had'))) {
      const obj = t[i + 1]?.key;
      if (SAID_TO.test(k) && (obj === 'me' || obj === 'us') && !x.negated && !ctx.questions.some((q) => q.start <= x.start + ctx.offset && x.end + ctx.offset <= q.end)) {
        return ctx.ev({ start: t[t[i - 1].key === 'you' ? i - 1 : i - 2].start, end: t[i + 1].end }, 'tone.why.earlierContact');
      }
      if (ANSWER_VERB.test(k) && obj === 'that' && !x.negated) return ctx.ev({ start: t[i - 1].start, end: x.end }, 'tone.why.earlierContact');
    }
  }
  return null;
}

const FIXER = /^(?:engineer|engineers|technician|technicians|plumber|fitter|fitters|electrician|mechanic|mechanics|installer|installers|repairman|contractor|contractors|team|workshop|garage|guy|man|crew)$/;
const FIXED = /^(?:fixed|repaired|replaced|serviced|installed|fitted|came|visited|sorted|patched|adjusted|reset|swapped|changed)$/;
const BACK = new Set(['again', 'same', 'back', 'returned', 'recurring']);
const PRAISE = new Set(['perfect', 'great', 'brilliant', 'thanks', 'thank', 'fine', 'lovely', 'excellent', 'smoothly']);

/** "leaking again after your technician replaced the pump", "your engineer fixed it on Monday and it's making the same noise". */
function backAfterFix(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'your' || !FIXER.test(t[i + 1].key)) continue;
    let v = -1;
    for (let j = i + 2; j < t.length && j <= i + 4 && t[j].sentence === t[i].sentence; j++) {
      if (FIXED.test(t[j].key) && !t[j].negated) {
        v = j;
        break;
      }
    }
    if (v < 0) continue;
    const s = t[i].sentence;
    const inReach = t.filter((y) => y.sentence >= s - 1 && y.sentence <= s + 1);
    if (!inReach.some((y) => BACK.has(y.key) && !(y.key === 'back' && t[t.indexOf(y) - 1]?.key === 'call'))) continue;
    if (inReach.some((y) => PRAISE.has(y.key))) continue;
    return ctx.ev({ start: t[i].start, end: t[v].end }, 'tone.why.earlierContact');
  }
  return null;
}

/** A header line of a quoted mail sent to the company's desk: "To: Support", "To: Customer Service <care@…>". */
const TO_DESK = /^[>\s]*To:[ \t]*(?:"?(?:the[ \t]+)?(?:support|help ?desk|help|customer[ \t]+(?:service|services|care|support|relations)|customer[ \t]+team|service[ \t]+desk|care|complaints|billing|accounts|bookings|reservations|sales|info)\b[^\n]*)$/im;
const SETTLED = /\b(?:sorted|working now|all working|resolved|fixed|shown up|thanks for bearing)\b/i;
const OPEN = /\b(?:still|not|never|again)\b|n't/i;
const FROM_LINE = /^[>\s]*From:[ \t]*\S/im;

/** The customer's own earlier mail to the company, quoted below ("-----Original Message----- From: … To: Support …"). */
function quotedOwnMail(ctx: CueContext): Evidence | null {
  const q = ctx.parts.quoted;
  // A thank-you above it for a matter now settled ("all working now", "that's sorted") chases nothing.
  if (!q || (SETTLED.test(ctx.doc.text) && !OPEN.test(ctx.doc.text))) return null;
  const text = ctx.message.slice(q.start, q.end);
  if (!FROM_LINE.test(text)) return null;
  const m = TO_DESK.exec(text);
  if (!m) return null;
  const at = q.start + m.index + m[0].indexOf('To:');
  const end = q.start + m.index + m[0].length;
  return ctx.ev({ start: at, end }, 'tone.why.earlierContact', 0);
}

/** Session 26's earlier contacts (English): each alone is one. */
export function kinds26Finds(ctx: CueContext): Evidence[] {
  if (ctx.fa) return [];
  const out: Evidence[] = [];
  const own = ctx.parts.quoted ? quotedOwnMail(ctx) : null;
  if (own) out.push(own);
  if (!opens(ctx.low, GATE)) return out;
  for (const f of [companyLetter(ctx), cutOff(ctx), missedVisits(ctx), toldByForm(ctx), backAfterFix(ctx)]) if (f) out.push(f);
  return out;
}

const CHORE_GATE = textGate(['keep asking', 'keeps asking', 'kept asking', 'email', 'e-mail', 'from my', 'from our', 'from his', 'from her', 'from their', 'from a']);
const CHANGE = /^(?:changed|change|changing|updated|update|updating|reset|confirm|confirmed|verify|verified|new)$/;

/** Evidence all "keep(s) asking me / us" (a chore the company asks for) or the customer's email address changed: no contact. */
export function quiet26(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0 || !opens(ctx.low, CHORE_GATE)) return false;
  const t = ctx.doc.tokens;
  return evidence.every((e) => {
    const a = e.start - ctx.offset;
    const i = t.findIndex((x) => x.start >= a);
    if (i < 0) return false;
    const words = e.text.toLowerCase();
    if (/^(?:keeps?|kept) asking$/.test(words)) {
      const next = t.slice(i + 2, i + 3)[0]?.key;
      return (next === 'me' || next === 'us') && !t.slice(Math.max(0, i - 2), i).some((y) => WE.has(y.key));
    }
    // "the letter of the 4th from my solicitor": someone else's letter.
    if (/^(?:letter|e-?mail|message)\b/.test(words)) {
      const k = t.findIndex((x) => x.start >= e.end - ctx.offset);
      if (k >= 0 && t[k].key === 'from' && THIRD.has(t[k + 1]?.key ?? '') && t[k + 1].key !== 'the') return true;
    }
    if (/^e-?mail$/.test(words)) {
      const own = t[i - 1]?.key === 'my' || t[i - 1]?.key === 'our';
      return (own && CHANGE.test(t[i - 2]?.key ?? '')) || t[i + 1]?.key === 'address';
    }
    return false;
  });
}
